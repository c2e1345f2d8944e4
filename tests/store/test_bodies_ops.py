"""The store operations the body pages rely on: adding a member together with a new person,
kiện toàn with its warnings asked once, and the list of terms."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import UserError, ValidationFailed
from desktop_app.store.db import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "office.db")
    s.setup_office(
        commune_code="06280", commune_name="Hòa Cư", name="Ủy ban MTTQ Việt Nam xã Hòa Cư"
    )
    s.today = lambda: date(2026, 6, 15)
    yield s
    s.close()


@pytest.fixture
def village(store):
    return store.villages.add({"name": "Nà Cạn", "kind": "ban"})


@pytest.fixture
def committee(store, village):
    return store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Nà Cạn",
            "village_id": village["id"],
            "term_label": "2024–2029",
            "term_start": "2024-09-01",
            "term_end": "2029-08-31",
        }
    )


def counts(store):
    return {
        t: store.db.execute(f"select count(*) from {t}").fetchone()[0]
        for t in ("people", "memberships", "audit_log")
    } | {"rev": store.current_rev()}


def person(store, village, name, sex="male", birth="1970"):
    return store.people.add(
        {"full_name": name, "sex": sex, "birth_date": birth, "village_id": village["id"]}
    )


def test_new_person_and_membership_ask_their_warnings_together(store, village, committee):
    head = person(store, village, "Hoàng Văn Thắng")
    store.memberships.add({"person_id": head["id"], "body_id": committee["id"], "role": "head"})
    twin = person(store, village, "Lộc Thị Hoa", "female", "1982-04-02")
    before = counts(store)
    new = {
        "full_name": "Lộc  Thị Hoa",
        "sex": "female",
        "birth_date": "1982",
        "village_id": village["id"],
    }
    data = {"body_id": committee["id"], "role": "head", "start_date": "2026-06-01"}
    with pytest.raises(ValidationFailed) as exc:
        store.memberships.add_with_person(data, new)
    assert exc.value.only_warnings
    assert {i.field for i in exc.value.warnings} == {"full_name", "role"}
    assert counts(store) == before
    m = store.memberships.add_with_person(data, new, accept_warnings=True)
    created = store.people.require(m["person_id"])
    assert created["full_name"] == "Lộc Thị Hoa" and created["id"] != twin["id"]
    assert [x["full_name"] for x in store.bodies.members(committee["id"])] == [
        "Lộc Thị Hoa",
        "Hoàng Văn Thắng",
    ]


def test_an_error_in_the_membership_creates_no_person(store, village, committee):
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        store.memberships.add_with_person(
            {"body_id": committee["id"], "role": "chairman"},
            {"full_name": "Vy Văn Lâm", "sex": "male"},
            accept_warnings=True,
        )
    assert [i.field for i in exc.value.errors] == ["role"]
    with pytest.raises(ValidationFailed) as exc:
        store.memberships.add_with_person(
            {"body_id": committee["id"], "role": "member"},
            {"full_name": "", "sex": "male"},
            accept_warnings=True,
        )
    assert [i.field for i in exc.value.errors] == ["full_name"]
    assert counts(store) == before


def test_issues_for_an_existing_person_writes_nothing(store, village, committee):
    a = person(store, village, "Chu Văn Đạt")
    store.memberships.add({"person_id": a["id"], "body_id": committee["id"], "role": "member"})
    before = counts(store)
    issues = store.memberships.issues_for(
        {"person_id": a["id"], "body_id": committee["id"], "role": "member"}
    )
    assert [(i.level, i.field) for i in issues] == [("error", "person_id")]
    assert "đang là thành viên" in issues[0].message
    assert counts(store) == before


def test_reform_promotes_a_leaving_member_and_creates_a_new_one(store, village, committee):
    head = person(store, village, "Hoàng Văn Thắng")
    member = person(store, village, "Nông Thị Mai", "female")
    mh = store.memberships.add(
        {"person_id": head["id"], "body_id": committee["id"], "role": "head"}
    )
    mm = store.memberships.add(
        {"person_id": member["id"], "body_id": committee["id"], "role": "member"}
    )
    store.memberships.reform(
        committee["id"],
        {mh["id"]: "moved", mm["id"]: "replaced"},
        [
            {"person_id": member["id"], "role": "head", "branch": "women"},
            {
                "new_person": {
                    "full_name": "Triệu Văn Sáng",
                    "sex": "male",
                    "birth_date": "1990",
                    "village_id": village["id"],
                },
                "role": "member",
                "branch": "youth",
            },
        ],
        "2026-05-20",
        "31/QĐ-MTTQ-BTT",
        "2026-05-20",
        accept_warnings=False,
    )
    now = store.bodies.members(committee["id"])
    assert [(m["full_name"], m["role"], m["start_date"], m["decision_number"]) for m in now] == [
        ("Nông Thị Mai", "head", "2026-05-20", "31/QĐ-MTTQ-BTT"),
        ("Triệu Văn Sáng", "member", "2026-05-20", "31/QĐ-MTTQ-BTT"),
    ]
    assert store.memberships.get(mh["id"])["end_reason"] == "moved"
    assert store.memberships.get(mm["id"])["end_date"] == "2026-05-20"


def test_reform_asks_about_a_second_head_once_and_refuses_a_person_twice(store, village, committee):
    head = person(store, village, "Hoàng Văn Thắng")
    other = person(store, village, "Lăng Văn Tú")
    store.memberships.add({"person_id": head["id"], "body_id": committee["id"], "role": "head"})
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        store.memberships.reform(
            committee["id"],
            {},
            [{"person_id": other["id"], "role": "head"}],
            "2026-05-20",
            None,
            None,
            accept_warnings=False,
        )
    assert exc.value.only_warnings and [i.field for i in exc.value.warnings] == ["role"]
    with pytest.raises(ValidationFailed, match="hai lần"):
        store.memberships.reform(
            committee["id"],
            {},
            [
                {"person_id": other["id"], "role": "member"},
                {"person_id": other["id"], "role": "deputy"},
            ],
            "2026-05-20",
            None,
            None,
        )
    assert counts(store) == before
    store.memberships.reform(
        committee["id"],
        {},
        [{"person_id": other["id"], "role": "head"}],
        "2026-05-20",
        None,
        None,
        accept_warnings=True,
    )
    assert sum(m["role"] == "head" for m in store.bodies.members(committee["id"])) == 2


def test_reform_refuses_a_membership_of_another_body(store, village, committee):
    other_body = store.bodies.add({"kind": "inspection_board", "name": "Ban thanh tra nhân dân xã"})
    a = person(store, village, "Hà Văn Sơn")
    m = store.memberships.add({"person_id": a["id"], "body_id": other_body["id"], "role": "member"})
    with pytest.raises(UserError, match="không thuộc ban"):
        store.memberships.reform(committee["id"], {m["id"]: "moved"}, [], "2026-05-20", None, None)
    assert store.memberships.get(m["id"])["end_date"] is None


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_after_reform_the_body_holds_the_stayers_and_the_joiners(store, village, committee, data):
    names = ["Lý Văn An", "Lý Thị Bích", "Lý Văn Cường", "Lý Thị Dung", "Lý Văn Giang", "Lý Thị Hà"]
    for m in store.bodies.members(committee["id"]):  # a clean body for each example
        store.memberships.delete(m["id"])
    people = {}
    for n in names:  # created by the first example, found again by the next ones
        rows = store.people.query(search=n)
        people[n] = (
            rows[0] if rows else person(store, village, n, "female" if "Thị" in n else "male")
        )
    members = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=4))
    ms = {
        n: store.memberships.add(
            {
                "person_id": people[n]["id"],
                "body_id": committee["id"],
                "role": "member",
                "start_date": "2024-09-01",
            }
        )
        for n in members
    }
    leaving = data.draw(st.lists(st.sampled_from(members), unique=True)) if members else []
    outsiders = [n for n in names if n not in members or n in leaving]
    joining = (
        data.draw(st.lists(st.sampled_from(outsiders), unique=True, max_size=3))
        if outsiders
        else []
    )
    store.memberships.reform(
        committee["id"],
        {ms[n]["id"]: "resigned" for n in leaving},
        [{"person_id": people[n]["id"], "role": "member"} for n in joining],
        "2026-05-20",
        "32/QĐ-MTTQ-BTT",
        "2026-05-20",
    )
    now = {m["full_name"] for m in store.bodies.members(committee["id"])}
    assert now == (set(members) - set(leaving)) | set(joining)
    for n in leaving:
        assert store.memberships.get(ms[n]["id"])["end_reason"] == "resigned"


def test_term_labels_are_the_kinds_terms_newest_first(store, village, committee):
    old = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Nà Cạn",
            "village_id": village["id"],
            "term_label": "2019–2024",
            "term_start": "2019-09-01",
        }
    )
    store.bodies.add(
        {
            "kind": "inspection_board",
            "name": "Ban thanh tra nhân dân xã",
            "term_label": "2025–2030",
            "term_start": "2025-03-01",
        }
    )
    gone = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận cũ",
            "village_id": village["id"],
            "term_label": "2014–2019",
            "term_start": "2014-09-01",
        }
    )
    store.bodies.delete(gone["id"])
    assert store.bodies.term_labels("village_committee") == ["2024–2029", "2019–2024"]
    assert store.bodies.term_labels() == ["2025–2030", "2024–2029", "2019–2024"]
    assert old["term_label"] in store.bodies.term_labels("village_committee")
