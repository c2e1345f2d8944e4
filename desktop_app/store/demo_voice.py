"""The demo commune's year of the people's voice: three rounds of opinions (some grouped across
villages, some answered late, some still overdue), the year's supervisions (one with three
recommendations, one through the inspection board) and social criticism of two drafts.

Dates run back from the store's today, so the demo looks the same whatever day it is made.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.store.demo import _Builder

# (field, opinion, agency): what villages commonly raise at voter meetings.
OPINIONS = (
    ("infrastructure", "Đường liên thôn xuống cấp, đề nghị sửa chữa trước mùa mưa", "UBND xã"),
    ("infrastructure", "Đề nghị lắp đèn chiếu sáng đoạn đường qua khu dân cư", "UBND xã"),
    (
        "land",
        "Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ",
        "UBND xã",
    ),
    ("land", "Đề nghị công khai quy hoạch khu tái định cư", "UBND xã"),
    ("environment", "Rác thải sinh hoạt chưa được thu gom thường xuyên", "UBND xã"),
    ("environment", "Cơ sở chăn nuôi gây ô nhiễm nguồn nước sinh hoạt", "Công an xã"),
    ("social_policy", "Đề nghị xem xét lại danh sách hộ cận nghèo năm nay", "UBND xã"),
    ("social_policy", "Chậm chi trả trợ cấp cho người cao tuổi", "UBND xã"),
    ("agriculture", "Đề nghị hỗ trợ giống cây trồng sau thiên tai", "UBND xã"),
    ("agriculture", "Kênh mương nội đồng bị bồi lấp, thiếu nước tưới", "UBND xã"),
    ("health_education", "Trạm y tế thiếu thuốc điều trị bệnh mạn tính", "Trạm Y tế xã"),
    ("public_order", "Tình trạng xe tải chở quá tải làm hỏng đường", "Công an xã"),
    ("administration", "Thủ tục hành chính còn phải đi lại nhiều lần", "UBND xã"),
    ("economy", "Đề nghị mở lớp dạy nghề cho thanh niên", "UBND xã"),
)
CHANNELS = (
    "voter_before",
    "voter_after",
    "village_committee",
    "dialogue",
    "letter",
    "box",
    "direct",
)
GROUPED = (
    (
        "infrastructure",
        "Cử tri nhiều thôn đề nghị sửa chữa, nâng cấp tuyến đường liên thôn trước mùa mưa",
    ),
    ("environment", "Cử tri các thôn đề nghị tổ chức thu gom rác thải sinh hoạt thường xuyên"),
)


def _iso(d: date) -> str:
    return d.isoformat()


def build_voice(b: _Builder, villages: list[dict], people: dict[str, list[dict]]) -> dict[str, int]:
    """Petitions, supervisions, recommendations and criticisms of the last twelve months."""
    store, rng, today = b.store, b.rng, b.today
    counts = {"petitions": 0, "supervisions": 0, "recommendations": 0, "criticisms": 0}
    rounds = (
        (today - timedelta(days=300), "Tiếp xúc cử tri trước kỳ họp giữa năm HĐND xã", True),
        (today - timedelta(days=150), "Tiếp xúc cử tri sau kỳ họp giữa năm HĐND xã", True),
        (today - timedelta(days=45), "Tiếp xúc cử tri trước kỳ họp cuối năm HĐND xã", False),
    )
    for number, (held, label, old) in enumerate(rounds):
        opinions: list[dict] = []
        for village in villages:
            for _ in range(rng.randint(1, 3)):
                field, content, agency = rng.choice(OPINIONS)
                channel = "voter_after" if "sau kỳ họp" in label else "voter_before"
                if rng.random() < 0.25:
                    channel = rng.choice(CHANNELS[2:])
                received = held + timedelta(days=rng.randint(0, 5))
                anonymous = channel in ("box", "letter") and rng.random() < 0.5
                who = None if anonymous else rng.choice(people[village["id"]])["full_name"]
                opinions.append(
                    {
                        "received_date": _iso(received),
                        "channel": channel,
                        "round_label": label,
                        "village_id": village["id"],
                        "raised_by": who,
                        "content": content,
                        "field": field,
                        "agency": agency,
                    }
                )
        # similar opinions of several villages become one recommendation, each keeping its origin
        group_field, group_text = GROUPED[number % len(GROUPED)]
        members = [o for o in opinions if o["field"] == group_field][:4]
        if len(members) < 2:
            members = opinions[:3]
        forwarded = held + timedelta(days=10)
        top: list[dict] = [o for o in opinions if o not in members]
        group = b.put(
            store.petitions,
            {
                "is_group": 1,
                "content": group_text,
                "field": group_field,
                "received_date": min(m["received_date"] for m in members),
                "round_label": label,
                "channel": members[0]["channel"],
                "agency": "UBND xã",
            },
        )
        top.append(group)
        follow: dict[str, dict] = {}
        for item in top:
            follow[id(item)] = _follow(b, item, forwarded, old)
        group_follow = follow[id(group)]
        _rewrite(b, group, group_follow)
        for member in members:
            b.put(store.petitions, {**member, **group_follow, "grouped_into": group["id"]})
        for item in top:
            if item is not group:
                b.put(store.petitions, {**item, **follow[id(item)]})
        counts["petitions"] += len(opinions) + 1
    counts.update(_supervisions(b, villages, people))
    return counts


def _follow(b: _Builder, item: dict, forwarded: date, old: bool) -> dict:
    """Forwarded ten days after the meeting; most old ones answered (a few late), the last round
    mostly waiting, some past their due date."""
    rng, today = b.rng, b.today
    if not old and rng.random() < 0.15:
        return {}  # still being gathered
    days = 30 if item.get("channel") in ("voter_before", "voter_after", "dialogue") else 15
    due = forwarded + timedelta(days=days)
    out: dict[str, Any] = {
        "forwarded_date": _iso(forwarded),
        "forwarded_doc": f"{rng.randint(10, 90)}/CV-MTTQ",
        "due_date": _iso(due),
    }
    if old and rng.random() < 0.85 or not old and rng.random() < 0.3:
        late = rng.random() < 0.25
        reply = (
            due + timedelta(days=rng.randint(3, 25))
            if late
            else forwarded + timedelta(days=rng.randint(5, days))
        )
        reply = min(reply, today)
        out.update(
            reply_date=_iso(reply),
            reply_doc=f"{rng.randint(100, 400)}/UBND-VP",
            reply_content="UBND xã đã tiếp thu, giao bộ phận chuyên môn kiểm tra, giải quyết.",
            made_public=1 if rng.random() < 0.7 else 0,
        )
        if old and rng.random() < 0.6:
            out["resolved_date"] = _iso(min(reply + timedelta(days=rng.randint(10, 60)), today))
    return out


def _rewrite(b: _Builder, record: dict, changes: dict) -> None:
    """Give a record already put its follow-up (before the bulk write)."""
    record.update(changes)
    record.update(b.store.petitions.derive(record))


def _supervisions(
    b: _Builder, villages: list[dict], people: dict[str, list[dict]]
) -> dict[str, int]:
    store, rng, today = b.store, b.rng, b.today
    year = today.year

    def _iso(d: date) -> str:  # nothing recorded after today, however early in the year
        return min(d, today).isoformat()

    inspection = store.query(
        "select id from bodies where kind = 'inspection_board' and deleted_at is null"
        " order by rowid limit 1"
    )
    # the team: people who serve in a body (the demo keeps those when it trims its people)
    serving = [
        r["person_id"]
        for r in store.query(
            "select distinct person_id from memberships where deleted_at is null order by person_id"
        )
    ]
    team = rng.sample(serving, min(5, len(serving)))
    start = max(date(year, 1, 10), today - timedelta(days=120))
    plan: list[dict[str, Any]] = [
        {
            "subject": "Việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
            "form": "team",
            "team_ids": team,
            "start_date": _iso(start),
            "end_date": _iso(start + timedelta(days=10)),
            "findings": "Cơ bản đúng đối tượng; còn 3 hộ chưa được rà soát lại; chậm công khai danh sách.",
        },
        {
            "subject": "Việc thu, chi các khoản đóng góp tự nguyện của nhân dân",
            "form": "inspection_board",
            "body_id": inspection[0]["id"] if inspection else None,
            "start_date": _iso(start + timedelta(days=40)),
            "end_date": _iso(start + timedelta(days=45)),
            "findings": "Thu chi có sổ sách; chưa niêm yết công khai đầy đủ tại nhà văn hóa thôn.",
        },
        {
            "subject": "Việc giải quyết thủ tục hành chính tại bộ phận một cửa",
            "form": "documents",
            "start_date": min(today + timedelta(days=20), date(year, 12, 20)).isoformat(),
        },
    ]
    rows = [b.put(store.supervisions, {"year": year, **p}) for p in plan]
    first, second = rows[0], rows[1]
    made = min(date.fromisoformat(first["end_date"]) + timedelta(days=5), today)
    recommendations = [
        {
            "content": "Rà soát lại 3 hộ chưa được bình xét, bổ sung vào danh sách nếu đủ điều kiện",
            "agency": "UBND xã",
            "reply_date": _iso(made + timedelta(days=20)),
            "reply_doc": "215/UBND-LĐTBXH",
            "reply_content": "Đã rà soát, bổ sung 2 hộ.",
            "resolved_date": _iso(made + timedelta(days=40)),
        },
        {
            "content": "Công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa các thôn",
            "agency": "UBND xã",
            "reply_date": _iso(made + timedelta(days=41)),
            "reply_doc": "240/UBND-VP",
            "reply_content": "Đã chỉ đạo các thôn niêm yết (trả lời chậm so với hạn).",
        },
        {
            "content": "Bố trí cán bộ theo dõi, cập nhật biến động hộ nghèo hằng quý",
            "agency": "UBND xã",
        },
    ]
    for r in recommendations:
        b.put(
            store.recommendations,
            {
                "supervision_id": first["id"],
                "made_date": _iso(made),
                "forwarded_date": _iso(made),
                "forwarded_doc": "31/KN-MTTQ",
                **r,
            },
        )
    b.put(
        store.recommendations,
        {
            "supervision_id": second["id"],
            "content": "Niêm yết công khai thu chi tại nhà văn hóa các thôn",
            "agency": "Trưởng các thôn",
            "made_date": second["end_date"],
            "forwarded_date": second["end_date"],
        },
    )
    conference = today - timedelta(days=60)
    b.put(
        store.criticisms,
        {
            "draft": "Dự thảo Đề án xây dựng nông thôn mới nâng cao giai đoạn tới",
            "drafting_agency": "UBND xã",
            "conference_date": _iso(conference),
            "participants": 42,
            "participants_note": "Ủy viên Ủy ban MTTQ xã, trưởng các Ban công tác Mặt trận, đại diện nhân dân",
            "opinions": "Đề nghị bổ sung tiêu chí về môi trường và nước sạch; làm rõ nguồn vốn đối ứng của nhân dân.",
            "sent_doc": "40/MTTQ-BTT",
            "sent_date": _iso(conference + timedelta(days=5)),
            "answer_date": _iso(conference + timedelta(days=30)),
            "answer_content": "UBND xã tiếp thu, bổ sung tiêu chí môi trường vào Đề án.",
        },
    )
    b.put(
        store.criticisms,
        {
            "draft": "Dự thảo quy định mức đóng góp xây dựng đường giao thông nông thôn",
            "drafting_agency": "UBND xã",
            "conference_date": _iso(today - timedelta(days=12)),
            "participants": 35,
            "opinions": "Mức đóng góp cần miễn, giảm cho hộ nghèo, hộ cận nghèo.",
            "sent_doc": "52/MTTQ-BTT",
            "sent_date": _iso(today - timedelta(days=8)),
        },
    )
    return {"supervisions": len(rows), "recommendations": len(recommendations) + 1, "criticisms": 2}
