import json
import unicodedata

import pytest

from desktop_app.core.errors import UserError, ValidationFailed


def snapshot(store):
    """Everything a failed write must leave as it was."""
    counts = {
        t: store.db.execute(f"select count(*), max(rev) from {t}").fetchone()
        for t in ("people", "villages", "memberships", "bodies")
    }
    audit = store.db.execute("select count(*) from audit_log").fetchone()
    return counts | {"audit": audit, "rev": store.current_rev()}


@pytest.fixture
def village(store):
    return store.villages.add({"name": "Nà Cạn", "kind": "ban"})


def test_database_is_wal_with_foreign_keys(store):
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1


def test_add_normalises_text_and_records_rev_and_audit(store, village):
    decomposed = unicodedata.normalize("NFD", "  Hoàng   Thị Hoà ")
    p = store.people.add(
        {
            "full_name": decomposed,
            "sex": "female",
            "birth_date": "1990",
            "village_id": village["id"],
        }
    )
    assert p["full_name"] == "Hoàng Thị Hoà"  # as typed, NFC only
    assert unicodedata.is_normalized("NFC", p["full_name"])
    assert p["name_fold"] == "hoang thi hoa"
    assert p["commune_code"] == "06280" and p["rev"] == store.current_rev()
    assert len(p["id"]) == 36 and p["created_at"].endswith("Z") and p["deleted_at"] is None
    audit = list(store.db.query("select * from audit_log where record_id = ?", [p["id"]]))
    assert (
        audit[0]["action"] == "add" and json.loads(audit[0]["new"])["full_name"] == "Hoàng Thị Hoà"
    )


def test_each_change_takes_a_new_rev(store, village):
    p = store.people.add({"full_name": "Nông Văn Dũng", "sex": "male", "village_id": village["id"]})
    q = store.people.update(p["id"], {"phone": "0912 345 678"})
    assert q["rev"] > p["rev"] and q["updated_at"] >= p["updated_at"]
    assert (
        store.people.update(p["id"], {"phone": "0912 345 678"})["rev"] == q["rev"]
    )  # nothing changed


@pytest.mark.parametrize(
    "bad",
    [
        {"full_name": "", "sex": "male"},
        {"full_name": "Lục Văn An", "sex": "male", "id_number": "1234"},
        {"full_name": "Lục Văn An", "sex": "male", "birth_date": "2090"},
        {"full_name": "Lục Văn An", "sex": "x"},
    ],
)
def test_a_refused_person_leaves_the_database_unchanged(store, village, bad):
    before = snapshot(store)
    with pytest.raises(ValidationFailed) as exc:
        store.people.add(bad)
    assert exc.value.errors and exc.value.message.startswith("Chưa lưu được")
    assert snapshot(store) == before


def test_warnings_ask_once_then_save(store, village):
    data = {
        "full_name": "Hứa Thị Mai",
        "sex": "male",
        "birth_date": "1985",
        "id_number": "020185000001",
    }
    with pytest.raises(ValidationFailed) as exc:
        store.people.add(data)
    assert exc.value.only_warnings and "giới tính nữ" in exc.value.message
    assert store.people.add(data, accept_warnings=True)["full_name"] == "Hứa Thị Mai"


def test_duplicate_person_is_a_warning(store, village):
    base = {
        "full_name": "Vi Văn Hùng",
        "sex": "male",
        "birth_date": "1970-01-01",
        "village_id": village["id"],
    }
    store.people.add(base)
    with pytest.raises(ValidationFailed) as exc:
        store.people.add({**base, "full_name": "vi van hung", "birth_date": "1970"})
    assert exc.value.only_warnings and "trùng" in exc.value.message


def test_delete_is_a_tombstone(store, village):
    p = store.people.add({"full_name": "Bế Thị Lan", "sex": "female"})
    store.people.delete(p["id"])
    assert store.people.get(p["id"]) is None
    row = store.people.get(p["id"], include_deleted=True)
    assert row["deleted_at"] and row["rev"] > p["rev"]
    assert store.people.count() == 0 and store.people.count(include_deleted=True) == 1


def test_people_search_is_diacritic_blind_and_sorted_vietnamese(store, village):
    for name in ("Nguyễn Văn Dũng", "Trần Thị Ánh", "Nguyễn Văn An", "Lê Văn Đạt", "Đỗ Thị Bình"):
        store.people.add({"full_name": name, "sex": "male" if "Văn" in name else "female"})
    found = [p["full_name"] for p in store.people.query(search="nguyen van")]
    assert found == ["Nguyễn Văn An", "Nguyễn Văn Dũng"]
    assert [p["full_name"] for p in store.people.query(search="dung")] == ["Nguyễn Văn Dũng"]
    assert [p["full_name"] for p in store.people.query(search="dat")] == ["Lê Văn Đạt"]
    ordered = [p["full_name"] for p in store.people.query()]
    assert ordered == [
        "Nguyễn Văn An",
        "Trần Thị Ánh",
        "Đỗ Thị Bình",
        "Nguyễn Văn Dũng",
        "Lê Văn Đạt",
    ]


def test_a_body_term_rolls_over_with_continuing_members(store, village):
    body = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Nà Cạn",
            "village_id": village["id"],
            "term_label": "2019–2024",
            "term_start": "2019-09-01",
        }
    )
    people = [
        store.people.add({"full_name": f"Lương Văn {n}", "sex": "male"})
        for n in ("An", "Bình", "Cường")
    ]
    ms = [
        store.memberships.add(
            {
                "person_id": p["id"],
                "body_id": body["id"],
                "role": "head" if i == 0 else "member",
                "start_date": "2019-09-01",
            }
        )
        for i, p in enumerate(people)
    ]
    new = store.bodies.start_new_term(
        body["id"],
        "2024–2029",
        "2024-09-01",
        "2029-08-31",
        continuing=[ms[0]["id"], ms[2]["id"]],
        decision_number="50/QĐ-MTTQ-BTT",
    )
    assert new["predecessor_id"] == body["id"]
    assert [m["full_name"] for m in store.bodies.members(new["id"])] == [
        "Lương Văn An",
        "Lương Văn Cường",
    ]
    assert store.bodies.members(new["id"])[0]["role"] == "head"
    old = store.bodies.members(body["id"], current_only=False)
    assert {m["end_reason"] for m in old} == {"term_ended"}
    assert [b["id"] for b in store.bodies.history(new["id"])] == [new["id"], body["id"]]
    assert [b["id"] for b in store.bodies.query(current_only=True)] == [new["id"]]


def test_reform_ends_and_adds_members_in_one_transaction(store, village):
    body = store.bodies.add({"kind": "inspection_board", "name": "Ban thanh tra nhân dân xã"})
    a = store.people.add({"full_name": "Hà Văn Sơn", "sex": "male"})
    b = store.people.add({"full_name": "Hà Thị Huệ", "sex": "female"})
    m = store.memberships.add({"person_id": a["id"], "body_id": body["id"], "role": "head"})
    before = snapshot(store)
    with pytest.raises(ValidationFailed):  # the second joining member has no role: nothing is saved
        store.memberships.reform(
            body["id"],
            {m["id"]: "moved"},
            [{"person_id": b["id"], "role": "head"}, {"person_id": a["id"], "role": "?"}],
            "2026-06-01",
            "30/QĐ-MTTQ-BTT",
            "2026-06-01",
        )
    assert snapshot(store) == before
    store.memberships.reform(
        body["id"],
        {m["id"]: "moved"},
        [{"person_id": b["id"], "role": "head"}],
        "2026-06-01",
        "30/QĐ-MTTQ-BTT",
        "2026-06-01",
    )
    assert [x["full_name"] for x in store.bodies.members(body["id"])] == ["Hà Thị Huệ"]
    assert store.memberships.get(m["id"])["end_reason"] == "moved"
    with pytest.raises(UserError, match="đã thôi"):
        store.memberships.end(m["id"], "2026-07-01", "resigned")


def test_document_numbers_follow_the_year_and_survive_reprints(store):
    d1 = store.documents.number_for("QD", "decision:a", "Công nhận ban A", "2026-03-01")
    d2 = store.documents.number_for("QD", "decision:b", "Công nhận ban B", "2026-03-02")
    r1 = store.documents.number_for("QD", "decision:a", "Công nhận ban A", "2026-05-01")
    other = store.documents.number_for("BC", "report:2026", "Báo cáo", "2026-06-01")
    next_year = store.documents.number_for("QD", "decision:c", "Công nhận ban C", "2027-01-05")
    assert (d1["symbol"], d2["symbol"], r1["id"]) == ("1/QĐ-MTTQ-BTT", "2/QĐ-MTTQ-BTT", d1["id"])
    assert other["number"] == 1 and next_year["number"] == 1


def test_settings_are_checked_before_any_is_written(store):
    with pytest.raises(UserError, match="số nguyên"):
        store.settings.set_many({"signer_name": "Hoàng Văn Thắng", "committee_size_min": "chín"})
    assert store.settings("signer_name") == "" and store.settings("committee_size_min") == 9
    store.settings.set_many({"signer_name": "Hoàng Văn Thắng", "committee_size_min": "7"})
    assert store.settings("committee_size_min") == 7


def test_office_code_must_be_five_digits(store):
    with pytest.raises(UserError, match="5 chữ số"):
        store.setup_office(commune_code="0628")
    assert store.office()["commune_code"] == "06280"


def test_id_warnings_find_exactly_the_people_whose_number_disagrees(store):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from desktop_app.core import idnumber

    @settings(max_examples=60, deadline=None)
    @given(
        st.sampled_from(["male", "female"]),
        st.integers(1900, 2025),
        st.integers(0, 9),
        st.integers(0, 99),
        st.booleans(),
    )
    def check(sex, year, digit, yy, year_only):
        store.db.execute("delete from people")
        number = f"020{digit}{yy:02d}123456"
        birth = str(year) if year_only else f"{year}-06-15"
        store.db["people"].insert(
            {
                "id": "p",
                "commune_code": "06280",
                "created_at": "x",
                "updated_at": "x",
                "rev": 1,
                "full_name": "Lý Văn Tài",
                "sex": sex,
                "birth_date": birth,
                "id_number": number,
                "sort_key": "k",
            }
        )
        expected = bool(idnumber.check(number, sex, year))
        assert bool(store.people.id_warnings()) == expected

    check()


def test_rows_of_another_commune_are_read_only_here(store):
    """At the upper level the communes' imported rows keep their owner's code: no edits."""
    store.db["people"].insert(
        {
            "id": "x1",
            "commune_code": "06124",
            "created_at": "t",
            "updated_at": "t",
            "rev": 1,
            "full_name": "Lý Thị Nga",
            "sex": "female",
            "sort_key": "k",
        }
    )
    before = store.current_rev()
    with pytest.raises(UserError, match="thuộc đơn vị mã 06124"):
        store.people.update("x1", {"phone": "0912345678"})
    with pytest.raises(UserError, match="không sửa hay xóa"):
        store.people.delete("x1")
    assert store.people.get("x1")["phone"] is None and store.current_rev() == before
