"""Petitions followed to their answer, grouping, supervisions with their recommendations, social
criticism; the rules (reply before the petition, a past due date, no agency); migration m0009."""

from datetime import date

import pytest

from desktop_app.core import petitions as rules
from desktop_app.core.errors import UserError, ValidationFailed
from desktop_app.store.db import open_store
from tests.store.schema_before import database_before


@pytest.fixture
def office(store):
    store.villages.add({"name": "Nà Cạn", "kind": "thon"})
    store.villages.add({"name": "Khòn Pát", "kind": "thon"})
    store.villages.add({"name": "Pò Lọi", "kind": "ban"})
    return store


def vid(store, name):
    return store.villages.require_by_name(name)["id"]


def opinion(
    store, village, content="Đường liên thôn xuống cấp", day="2026-09-01", accept=False, **more
):
    return store.petitions.add(
        {
            "received_date": day,
            "channel": "voter_before",
            "village_id": vid(store, village),
            "content": content,
            "field": "infrastructure",
            **more,
        },
        accept_warnings=accept,
    )


def test_the_life_of_a_petition_received_forwarded_overdue_answered_resolved(office):
    store = office
    p = opinion(store, "Nà Cạn", raised_by="Hoàng Văn Páo")
    assert p["status"] == "received" and p["due_date"] is None
    store.today = lambda: date(2026, 9, 12)
    p = store.petitions.forward(p["id"], "UBND xã", "2026-09-10", "12/CV-MTTQ")
    # voter meetings: 30 days (setting) from the forwarding
    assert p["status"] == "forwarded" and p["due_date"] == "2026-10-10"
    assert not store.petitions.query()[0]["overdue"]
    store.today = lambda: date(2026, 10, 11)
    row = store.petitions.query()[0]
    assert row["overdue"] and rules.is_overdue(row, store.today())
    assert [r["id"] for r in store.petitions.overdue()] == [p["id"]]
    assert [r["id"] for r in store.petitions.query(status="overdue")] == [p["id"]]
    assert store.petitions.overdue_by_commune() == {p["commune_code"]: 1}
    p = store.petitions.record_reply(
        p["id"], "2026-10-11", "30/UBND-VP", "Đã bố trí vốn sửa đường", made_public=1
    )
    assert p["status"] == "answered" and p["made_public"] == 1
    assert not store.petitions.query()[0]["overdue"] and store.petitions.overdue() == []
    assert store.petitions.overdue_by_commune() == {}
    p = store.petitions.resolve(p["id"], "2026-10-11")
    assert p["status"] == "resolved"
    history = store.query(
        "select action from audit_log where table_name = 'petitions' and record_id = ?", [p["id"]]
    )
    assert [h["action"] for h in history] == ["add", "update", "update", "update"]


def test_the_due_date_follows_the_setting_by_kind(office):
    store = office
    store.settings.set("petition_days_other", 10)
    p = store.petitions.add(
        {"received_date": "2026-11-01", "channel": "box", "content": "Góp ý thu gom rác"}
    )
    assert p["raised_by"] is None  # anonymous
    p = store.petitions.forward(p["id"], "UBND xã", "2026-11-02")
    assert p["due_date"] == "2026-11-12"
    typed = store.petitions.add(
        {
            "received_date": "2026-11-01",
            "channel": "letter",
            "content": "Đơn đề nghị",
            "agency": "UBND xã",
            "forwarded_date": "2026-11-02",
            "due_date": "2026-12-31",
        }
    )
    assert typed["due_date"] == "2026-12-31"


def test_bad_input_errors_and_warnings(office):
    store = office
    before = store.current_rev()
    with pytest.raises(ValidationFailed, match="Ngày trả lời không thể trước ngày tiếp nhận"):
        opinion(store, "Nà Cạn", reply_date="2026-08-01")
    with pytest.raises(ValidationFailed) as warned:
        opinion(
            store, "Nà Cạn", agency="UBND xã", forwarded_date="2026-09-02", due_date="2026-10-01"
        )
    assert warned.value.only_warnings and "Hạn trả lời đã qua" in warned.value.message
    assert store.current_rev() == before and store.petitions.count() == 0  # nothing written
    assert (
        opinion(
            store,
            "Nà Cạn",
            agency="UBND xã",
            forwarded_date="2026-09-02",
            due_date="2026-10-01",
            accept=True,
        )["due_date"]
        == "2026-10-01"
    )
    with pytest.raises(ValidationFailed, match="Chưa chọn hình thức"):
        store.petitions.add({"received_date": "2026-09-01", "content": "x"})
    with pytest.raises(ValidationFailed, match="không có trong danh mục"):
        opinion(store, "Nà Cạn", field="weather")
    s = store.supervisions.add({"year": 2026, "subject": "Thu chi quỹ", "form": "team"})
    with pytest.raises(ValidationFailed, match="cơ quan, đơn vị chịu trách nhiệm"):
        store.recommendations.add(
            {"supervision_id": s["id"], "content": "Công khai thu chi", "made_date": "2026-11-01"}
        )
    # a reply dated before a recommendation was made
    r = store.recommendations.add(
        {
            "supervision_id": s["id"],
            "content": "Công khai thu chi",
            "agency": "UBND xã",
            "made_date": "2026-11-01",
        }
    )
    with pytest.raises(ValidationFailed, match="Ngày trả lời không thể trước ngày kiến nghị"):
        store.recommendations.record_reply(r["id"], "2026-10-01")


def test_grouping_keeps_each_origin_and_follows_the_group(office):
    store = office
    a = opinion(store, "Nà Cạn", raised_by="Hoàng Văn Páo")
    b = opinion(store, "Khòn Pát", content="Đường liên thôn hỏng nặng", day="2026-09-03")
    c = opinion(store, "Pò Lọi", content="Xin lắp đèn đường", day="2026-09-04")
    group = store.petitions.group([a["id"], b["id"]], "Cử tri đề nghị sửa đường liên thôn")
    assert group["is_group"] == 1 and group["received_date"] == "2026-09-01"
    assert group["field"] == "infrastructure" and group["channel"] == "voter_before"
    members = store.petitions.members(group["id"])
    assert {(m["village_name"], m["raised_by"]) for m in members} == {
        ("Nà Cạn", "Hoàng Văn Páo"),
        ("Khòn Pát", None),
    }
    top = store.petitions.query(top_level=True)
    assert {r["id"] for r in top} == {group["id"], c["id"]}
    listed = next(r for r in top if r["id"] == group["id"])
    assert listed["member_count"] == 2 and set(listed["origin_villages"].split(",")) == {
        "Nà Cạn",
        "Khòn Pát",
    }
    # filtering by a village finds the group through its opinion
    assert {
        r["id"] for r in store.petitions.query(village_id=vid(store, "Khòn Pát"), top_level=True)
    } == {group["id"]}
    store.petitions.forward(group["id"], "UBND xã", "2026-09-10", "15/CV-MTTQ")
    store.petitions.record_reply(group["id"], "2026-10-01", "40/UBND", "Đưa vào kế hoạch năm sau")
    for m in store.petitions.members(group["id"]):
        assert (
            m["status"] == "answered" and m["agency"] == "UBND xã" and m["reply_doc"] == "40/UBND"
        )
        assert m["village_id"] in (vid(store, "Nà Cạn"), vid(store, "Khòn Pát"))  # origin kept
    with pytest.raises(UserError, match="đã được gộp"):
        store.petitions.group([a["id"], c["id"]], "x")
    with pytest.raises(UserError, match="ít nhất hai"):
        store.petitions.group([c["id"]], "x")
    store.petitions.delete(group["id"])  # its opinions stand alone again
    assert {store.petitions.get(i)["grouped_into"] for i in (a["id"], b["id"])} == {None}


def test_a_supervision_and_its_recommendations_followed_to_their_replies(office):
    store = office
    people = [
        store.people.add({"full_name": n, "sex": "male"})
        for n in ("Lương Văn Tài", "Hoàng Văn Sơn")
    ]
    board = store.bodies.add({"kind": "inspection_board", "name": "Ban thanh tra nhân dân xã"})
    s = store.supervisions.add(
        {
            "year": 2026,
            "subject": "Việc thu chi các khoản đóng góp",
            "form": "inspection_board",
            "body_id": board["id"],
            "team_ids": [p["id"] for p in people],
            "start_date": "2026-06-01",
            "end_date": "2026-06-05",
        }
    )
    assert s["status"] == "planned" and [p["full_name"] for p in store.supervisions.team(s)] == [
        "Lương Văn Tài",
        "Hoàng Văn Sơn",
    ]
    s = store.supervisions.update(s["id"], {"findings": "Chưa công khai thu chi"})
    assert s["status"] == "done"
    recs = [
        store.recommendations.add(
            {
                "supervision_id": s["id"],
                "made_date": "2026-06-10",
                "content": text,
                "agency": "UBND xã",
            }
        )
        for text in ("Công khai thu chi", "Lập sổ quỹ", "Báo cáo")
    ]
    assert {r["due_date"] for r in recs} == {"2026-07-10"}  # 30 days (setting)
    store.recommendations.record_reply(recs[0]["id"], "2026-07-01", "50/UBND", "Đã công khai")
    store.recommendations.resolve(recs[0]["id"], "2026-07-15")
    store.recommendations.forward(recs[1]["id"], "UBND xã", "2026-06-12")
    store.recommendations.record_reply(recs[1]["id"], "2026-08-01", "70/UBND")  # late
    row = store.supervisions.query(year=2026)[0]
    assert row["body_name"] == "Ban thanh tra nhân dân xã"
    assert (row["recommendation_count"], row["answered_count"], row["overdue_count"]) == (3, 2, 1)
    assert [r["status"] for r in store.recommendations.for_supervision(s["id"])] == [
        "resolved",
        "answered",
        "received",
    ]
    assert [r["content"] for r in store.recommendations.query(status="overdue")] == ["Báo cáo"]
    with pytest.raises(UserError, match="đã có 3 kiến nghị"):
        store.supervisions.delete(s["id"])


def test_social_criticism_is_recorded(office):
    store = office
    c = store.criticisms.add(
        {
            "draft": "Dự thảo Đề án nông thôn mới",
            "conference_date": "2026-10-01",
            "participants": 40,
            "opinions": "Bổ sung tiêu chí môi trường",
            "sent_doc": "40/MTTQ-BTT",
            "sent_date": "2026-10-05",
        }
    )
    with pytest.raises(ValidationFailed, match="Ngày nhận trả lời"):
        store.criticisms.update(c["id"], {"answer_date": "2026-10-01"})
    store.criticisms.update(c["id"], {"answer_date": "2026-10-30", "answer_content": "Đã tiếp thu"})
    assert [r["draft"] for r in store.criticisms.query(year=2026, search="nong thon")] == [
        "Dự thảo Đề án nông thôn mới"
    ]


def test_migration_m0009_adds_the_registers_and_keeps_the_data(tmp_path):
    path = tmp_path / "before-m0009.db"
    db = database_before(path, "m0009_petitions_supervision")
    assert not db["petitions"].exists()
    db.execute("update meta set value = '3' where key = 'rev'")
    stamp = "2025-01-01T00:00:00Z"
    db["villages"].insert(
        {
            "id": "v1",
            "commune_code": "06280",
            "created_at": stamp,
            "updated_at": stamp,
            "rev": 1,
            "name": "Nà Cạn",
            "kind": "thon",
            "name_fold": "na can",
            "sort_key": "x",
        }
    )
    db.conn.close()
    store = open_store(path)
    try:
        assert store.villages.get("v1")["name"] == "Nà Cạn" and store.current_rev() == 3
        assert list(tmp_path.glob("before-m0009.before-migration-*.db"))
        p = store.petitions.add(
            {
                "received_date": "2025-05-01",
                "channel": "direct",
                "village_id": "v1",
                "content": "Xin hỗ trợ giống",
            }
        )
        assert p["rev"] == 4 and p["commune_code"] == "06280"
        for table in ("petitions", "supervisions", "recommendations", "criticisms"):
            assert store.db[table].exists()
    finally:
        store.close()


def test_the_demo_has_a_year_of_them(demo):
    rows = demo.petitions.query()
    groups = [r for r in rows if r["is_group"]]
    assert len(rows) > 30 and groups and all(g["member_count"] >= 2 for g in groups)
    late = [
        r for r in rows if r["reply_date"] and r["due_date"] and r["reply_date"] > r["due_date"]
    ]
    assert late and any(r["overdue"] for r in rows)
    done = [s for s in demo.supervisions.query() if s["recommendation_count"] == 3]
    assert len(done) == 1 and done[0]["answered_count"] == 2
    assert demo.criticisms.count() == 2


def test_overdue_counted_per_commune_as_the_lists_count_them(demo):
    """The upper level's attention list counts overdue replies in SQL: the same as the lists."""
    from collections import Counter

    petitions = Counter(r["commune_code"] for r in demo.petitions.overdue())
    recommendations = Counter(r["commune_code"] for r in demo.recommendations.query(overdue=True))
    assert petitions and recommendations  # the demo commune has both
    assert demo.petitions.overdue_by_commune() == petitions
    assert demo.recommendations.overdue_by_commune() == recommendations
