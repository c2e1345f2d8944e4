"""The Regulation-213 round end to end: register, open, comment, confirm, return, versions, forms."""

import json
from datetime import date

import pytest

from desktop_app import paths
from desktop_app.core.errors import UserError, ValidationFailed
from desktop_app.store.refdata import FormDataError

V1_RATINGS = {
    "ethics": "good",
    "civic_duty": "fair",
    "meetings": "good",
    "liaison": "good",
    "movements": "fair",
}
FULL = {
    "recommendation": "none",
    "comments": "Gương mẫu, nhiệt tình.",
    "meeting_date": "2026-10-20",
    "cell_signer": "Hoàng Văn Sơn",
    "front_signer": "Lý Thị Mai",
}


@pytest.fixture
def villages(store):
    return [store.villages.add({"name": n, "kind": "thon"}) for n in ("Nà Cạn", "Bản Pò")]


def member(
    store,
    village,
    name,
    category="ordinary",
    received="2025-03-01",
    registered="2025-03-10",
    left=None,
    sex="male",
):
    """A resident party member registered from an introduction letter."""
    resident = store.residents.add_with_person(
        {
            "full_name": name,
            "sex": sex,
            "birth_date": "1985-05-05",
            "party_admission_date": "2010-05-19",
        },
        {
            "village_id": village["id"],
            "party_cell": f"Chi bộ {village['name']}",
            "letter_number": "15-GGT/ĐU",
            "letter_date": received,
            "letter_issuer": "Đảng ủy Sở Tài chính",
            "workplace": "Sở Tài chính",
            "workplace_party_org": "Đảng bộ Sở Tài chính",
            "category": category,
            "received_date": received,
            "registered_date": registered,
        },
        accept_warnings=True,
    )
    if left:
        resident = store.residents.update(resident["id"], {"left_date": left})
    return resident


@pytest.fixture
def commune(store, villages):
    """Members of every kind the round must tell apart."""
    a, b = villages
    return {
        "an": member(store, a, "Lục Văn An"),
        "binh": member(store, a, "Hoàng Thị Bình", sex="female"),
        "cuong": member(store, b, "Nông Văn Cường"),
        "exempt": member(store, b, "Vi Văn Dũng", category="exempt_armed_forces"),
        "introduced": member(store, b, "Lăng Văn Em", received="2026-10-01", registered=None),
        "left": member(store, a, "Chu Văn Phúc", left="2026-06-30"),
        "late": member(store, b, "Đàm Văn Giang", received="2026-11-20", registered="2026-11-25"),
    }


def requests(store, year):
    return {e["resident_id"]: e for e in store.evaluations.query(year=year)}


def test_open_round_asks_every_resident_member_once_and_skips_exempt(store, commune):
    assert store.evaluations.open_round(2026) == 4
    asked = requests(store, 2026)
    who = {k for k, r in commune.items() if r["id"] in asked}
    assert who == {
        "an",
        "binh",
        "cuong",
        "late",
    }  # not exempt, not unregistered, not gone before the due date
    assert all(
        e["state"] == "requested" and e["due_date"] == "2026-11-30" and e["form_version"] == 1
        for e in asked.values()
    )
    assert store.evaluations.open_round(2026) == 0  # none twice
    assert store.db.execute("select count(*) from evaluations where year = 2026").fetchone()[0] == 4
    # a member registered later is added by opening again, alone
    store.residents.mark_registered(commune["introduced"]["id"], "2026-11-26")
    assert store.evaluations.open_round(2026) == 1
    # last year: Giang was not resident yet, Phúc still was
    store.evaluations.open_round(2025)
    assert {k for k, r in commune.items() if r["id"] in requests(store, 2025)} == {
        "an",
        "binh",
        "cuong",
        "left",
    }


def test_the_round_end_to_end(store, commune):
    store.evaluations.open_round(2026)
    e = requests(store, 2026)[commune["an"]["id"]]
    with pytest.raises(UserError):
        store.evaluations.confirm(e["id"])  # nothing to confirm yet
    done = store.evaluations.comment(e["id"], V1_RATINGS, **FULL)
    assert done["state"] == "commented" and json.loads(done["ratings"]) == V1_RATINGS
    assert done["commented_date"] == "2026-11-26" and done["version"] == 1
    with pytest.raises(UserError):
        store.evaluations.mark_returned(e["id"])  # must be confirmed first
    with pytest.raises(UserError, match="trước ngày họp"):
        store.evaluations.confirm(e["id"], "2026-10-01")
    confirmed = store.evaluations.confirm(e["id"], "2026-11-02")
    assert confirmed["state"] == "confirmed" and confirmed["confirmed_date"] == "2026-11-02"
    with pytest.raises(UserError, match="sau ngày hôm nay"):
        store.evaluations.mark_returned(e["id"], "2026-12-01")
    returned = store.evaluations.mark_returned(e["id"])
    assert returned["state"] == "returned" and returned["returned_date"] == "2026-11-26"
    with pytest.raises(UserError):
        store.evaluations.confirm(e["id"])
    actions = [
        r[0]
        for r in store.db.execute(
            "select action from audit_log where record_id = ? order by id", [e["id"]]
        )
    ]
    assert actions == ["add", "update", "update", "update"]


def test_a_comment_must_fill_the_form(store, commune):
    store.evaluations.open_round(2026)
    e = requests(store, 2026)[commune["an"]["id"]]
    partial = {k: v for k, v in V1_RATINGS.items() if k != "meetings"}
    with pytest.raises(ValidationFailed) as exc:
        store.evaluations.comment(e["id"], {**partial, "ethics": "excellent"}, None)
    messages = " ".join(i.message for i in exc.value.errors)
    assert (
        "Tham gia sinh hoạt" in messages
        and "không hợp lệ" in messages
        and "Chưa chọn đề nghị" in messages
    )
    with pytest.raises(ValidationFailed) as exc:  # only warnings: no meeting date, no signers
        store.evaluations.comment(e["id"], V1_RATINGS, "commend")
    assert exc.value.only_warnings and {i.field for i in exc.value.warnings} == {
        "meeting_date",
        "cell_signer",
        "front_signer",
    }
    assert store.evaluations.get(e["id"])["state"] == "requested"
    saved = store.evaluations.comment(e["id"], V1_RATINGS, "commend", accept_warnings=True)
    assert saved["state"] == "commented" and saved["recommendation"] == "commend"
    with pytest.raises(ValidationFailed, match="sau ngày hôm nay"):
        store.evaluations.comment(e["id"], V1_RATINGS, **{**FULL, "meeting_date": "2026-12-24"})


def test_a_confirmed_comment_is_locked_and_a_change_makes_a_new_version(store, commune):
    store.evaluations.open_round(2026)
    e = requests(store, 2026)[commune["binh"]["id"]]
    store.evaluations.comment(e["id"], V1_RATINGS, **FULL)
    store.evaluations.confirm(e["id"], "2026-11-01")
    same = store.evaluations.comment(e["id"], V1_RATINGS, **FULL)
    assert same["id"] == e["id"] and len(store.evaluations.versions(e["resident_id"], 2026)) == 1
    changed = store.evaluations.comment(e["id"], {**V1_RATINGS, "meetings": "fair"}, **FULL)
    assert (
        changed["id"] != e["id"] and changed["version"] == 2 and changed["supersedes_id"] == e["id"]
    )
    assert changed["changed_after_confirmation"] == 1 and changed["state"] == "commented"
    assert changed["form_version"] == 1 and changed["due_date"] == "2026-11-30"
    old = store.evaluations.get(e["id"])
    assert (
        old["state"] == "confirmed" and json.loads(old["ratings"])["meetings"] == "good"
    )  # still readable
    assert [v["version"] for v in store.evaluations.versions(e["resident_id"], 2026)] == [1, 2]
    assert (
        requests(store, 2026)[commune["binh"]["id"]]["id"] == changed["id"]
    )  # the list shows the newest
    assert len(store.evaluations.query(year=2026, latest_only=False)) == 5
    with pytest.raises(UserError, match="bản sửa lần 2"):
        store.evaluations.comment(e["id"], V1_RATINGS, **FULL)
    store.evaluations.confirm(changed["id"])
    store.evaluations.mark_returned(changed["id"])
    assert store.evaluations.round_progress(2026)["returned"] == 1


def test_overdue_means_not_sent_back_by_the_due_date(store, commune):
    store.evaluations.open_round(2026)
    ids = {k: requests(store, 2026)[commune[k]["id"]]["id"] for k in ("an", "binh", "cuong")}
    store.evaluations.comment(ids["binh"], V1_RATINGS, **FULL)
    store.evaluations.comment(ids["cuong"], V1_RATINGS, **FULL)
    store.evaluations.confirm(ids["cuong"])
    store.evaluations.mark_returned(ids["cuong"])
    assert not store.evaluations.query(year=2026, overdue=True)
    store.today = lambda: date(2026, 12, 1)
    late = {e["resident_id"] for e in store.evaluations.query(year=2026, overdue=True)}
    assert late == {commune[k]["id"] for k in ("an", "binh", "late")}
    progress = store.evaluations.round_progress(2026)
    assert progress["overdue"] == 3 and progress["registration_overdue"] == 1
    assert progress["returned"] == progress["done"] == 1 and progress["exempt"] == 1
    store.residents.mark_registered(
        commune["introduced"]["id"], "2026-11-28"
    )  # registered, never asked
    progress = store.evaluations.round_progress(2026)
    assert progress["overdue"] == 4 and progress["not_requested"] == 1 and progress["due"] == 5


def test_checklist_village_by_village(store, commune, villages):
    store.today = lambda: date(2026, 11, 26)
    store.evaluations.open_round(2026)
    store.evaluations.comment(requests(store, 2026)[commune["an"]["id"]]["id"], V1_RATINGS, **FULL)
    groups = {g["village_name"]: g for g in store.evaluations.checklist(2026)}
    assert list(groups) == ["Bản Pò", "Nà Cạn"]  # Vietnamese order
    na_can = groups["Nà Cạn"]
    assert [m["full_name"] for m in na_can["members"]] == [
        "Lục Văn An",
        "Hoàng Thị Bình",
    ]  # given names
    assert na_can["counts"]["commented"] == 1 and na_can["counts"]["requested"] == 1
    status = {m["full_name"]: m["status"] for m in groups["Bản Pò"]["members"]}
    assert status == {
        "Nông Văn Cường": "requested",
        "Vi Văn Dũng": "exempt",
        "Lăng Văn Em": "unregistered",
        "Đàm Văn Giang": "requested",
    }
    em = next(m for m in groups["Bản Pò"]["members"] if m["full_name"] == "Lăng Văn Em")
    assert em["registration_overdue"] and groups["Bản Pò"]["counts"]["registration_overdue"] == 1
    assert [r["full_name"] for r in store.residents.unregistered_overdue()] == ["Lăng Văn Em"]
    store.residents.mark_registered(em["id"])
    assert not store.residents.unregistered_overdue()
    assert {
        m["status"] for m in store.evaluations.checklist(2026, villages[1]["id"])[0]["members"]
    } >= {"not_requested"}


def test_a_member_who_becomes_exempt_or_leaves_loses_the_unanswered_request(store, commune):
    store.evaluations.open_round(2026)
    asked = requests(store, 2026)
    store.evaluations.comment(asked[commune["binh"]["id"]]["id"], V1_RATINGS, **FULL)
    store.residents.update(commune["an"]["id"], {"category": "exempt_training"})
    store.residents.update(commune["binh"]["id"], {"left_date": "2026-11-20"})
    after = requests(store, 2026)
    assert (
        commune["an"]["id"] not in after and commune["binh"]["id"] in after
    )  # a written comment stays
    with pytest.raises(UserError, match="ngày chuyển đi"):
        store.residents.delete(commune["binh"]["id"])


def test_registering_an_existing_person_keeps_one_person_record(store, villages):
    person = store.people.add(
        {
            "full_name": "Hoàng Văn Sơn",
            "sex": "male",
            "birth_date": "1980",
            "village_id": villages[0]["id"],
        }
    )
    body = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Nà Cạn",
            "village_id": villages[0]["id"],
        }
    )
    store.memberships.add(
        {
            "person_id": person["id"],
            "body_id": body["id"],
            "role": "member",
            "start_date": "2024-09-01",
        }
    )
    before = store.people.count()
    resident = store.residents.add_with_person(
        {"id": person["id"], "party_admission_date": "2005-02-03"},
        {
            "village_id": villages[0]["id"],
            "workplace": "Công an tỉnh",
            "category": "ordinary",
            "received_date": "2026-11-01",
            "letter_number": "7-GGT",
        },
        accept_warnings=True,
    )
    assert resident["person_id"] == person["id"] and store.people.count() == before
    again = store.people.get(person["id"])
    assert again["party_member"] == 1 and again["party_admission_date"] == "2005-02-03"
    with pytest.raises(ValidationFailed, match="đã được ghi nhận"):
        store.residents.add_with_person(
            {"id": person["id"]},
            {
                "village_id": villages[0]["id"],
                "workplace": "Công an tỉnh",
                "category": "ordinary",
                "received_date": "2026-11-01",
            },
            accept_warnings=True,
        )


def test_a_refused_letter_reports_person_and_letter_problems_together(store, villages):
    before = store.people.count()
    with pytest.raises(ValidationFailed) as exc:
        store.residents.add_with_person(
            {"full_name": "", "sex": "male"},
            {"village_id": villages[0]["id"], "category": "ordinary"},
        )
    fields = {i.field for i in exc.value.errors}
    assert {"full_name", "workplace", "received_date"} <= fields
    assert store.people.count() == before  # nothing half-written


def _write_v2(folder, valid_from="2026-01-01"):
    data = json.loads((paths.DATA_DIR / "reg213_form_v1.json").read_text(encoding="utf-8"))
    data.update(
        version=2,
        code="213-v2",
        valid_from=valid_from,
        title="PHIẾU NHẬN XÉT ĐẢNG VIÊN NƠI CƯ TRÚ (MẪU MỚI)",
    )
    data["criteria"] = data["criteria"][:2] + [
        {
            "code": "digital",
            "title": "Tham gia chuyển đổi số ở khu dân cư",
            "levels": [
                {"code": "yes", "label": "Có tham gia"},
                {"code": "no", "label": "Chưa tham gia"},
            ],
        }
    ]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reg213_form_v2.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )


def test_a_second_form_version_dropped_in_the_forms_folder_serves_the_next_round(store, commune):
    store.evaluations.open_round(2025)
    old = requests(store, 2025)[commune["an"]["id"]]
    store.evaluations.comment(old["id"], V1_RATINGS, **{**FULL, "meeting_date": "2025-10-20"})
    store.evaluations.confirm(old["id"], "2025-11-01")
    _write_v2(store.form_dirs()[0])
    assert store.evaluations.form_versions() == [1, 2]
    assert store.evaluations.round_form_version() == 2
    store.evaluations.open_round(2026)
    new = requests(store, 2026)[commune["an"]["id"]]
    assert new["form_version"] == 2
    with pytest.raises(ValidationFailed, match="không có trong phiếu"):
        store.evaluations.comment(new["id"], V1_RATINGS, **FULL)
    v2 = {"ethics": "good", "civic_duty": "good", "digital": "yes"}
    assert store.evaluations.comment(new["id"], v2, **FULL)["state"] == "commented"
    # last year's comment keeps version 1, reads with its own criteria, and versions on version 1
    kept = store.evaluations.get(old["id"])
    assert kept["form_version"] == 1
    assert store.evaluations.form_of(kept).label("meetings", "good") == "Tham gia đầy đủ"
    fixed = store.evaluations.comment(
        old["id"], {**V1_RATINGS, "ethics": "fair"}, **{**FULL, "meeting_date": "2025-10-20"}
    )
    assert fixed["form_version"] == 1 and fixed["version"] == 2


def test_the_setting_pins_a_form_version(store, commune):
    _write_v2(store.form_dirs()[0], valid_from="2027-01-01")
    assert store.evaluations.round_form_version() == 1  # v2 is not in force yet
    store.settings.set("reg213_form_version", 2)
    assert store.evaluations.round_form_version() == 2
    store.settings.set("reg213_form_version", 3)
    with pytest.raises(FormDataError, match="phiên bản 3"):
        store.evaluations.open_round(2026)
    assert not store.evaluations.query(year=2026)
    assert store.evaluations.open_round(2026, form_version=1) == 4


def test_round_preview_counts_what_opening_would_add(store, commune):
    assert store.evaluations.round_preview(2026) == 4
    store.evaluations.open_round(2026)
    assert store.evaluations.round_preview(2026) == 0
    e = requests(store, 2026)[commune["an"]["id"]]
    assert store.evaluations.last_signers(commune["an"]["village_id"]) == (None, None)
    store.evaluations.comment(e["id"], V1_RATINGS, **FULL)
    assert store.evaluations.last_signers(commune["an"]["village_id"]) == (
        "Hoàng Văn Sơn",
        "Lý Thị Mai",
    )
    assert [r["id"] for r in store.evaluations.query(resident_id=commune["an"]["id"])] == [e["id"]]
