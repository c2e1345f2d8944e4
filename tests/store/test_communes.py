"""The registers at an upper-level office that imported three demo communes: the communes that
own rows, with the names their bundles gave; each register narrowed to one commune in SQL; people
listed commune after commune, page by page; the index that keeps this fast."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import text
from desktop_app.store import communes
from desktop_app.store.db import Store
from tests.reports.upper_store import COMMUNES, SILENT


def sql_count(store: Store, table: str, code: str, extra: str = "") -> int:
    return store.conn.execute(
        f"select count(*) from {table} where deleted_at is null and commune_code = ?" + extra,
        [code],
    ).fetchone()[0]


def bundle_names(store: Store) -> dict[str, str]:
    return dict(
        store.conn.execute("select commune_code, commune_name from sync_imports").fetchall()
    )


def test_communes_with_people_are_named_by_their_bundles_in_vietnamese_order(upper: Store) -> None:
    listed = communes.with_rows(upper, "people")
    named = bundle_names(upper)
    assert {c.code for c in listed} == {code for code, _ in COMMUNES}
    for c in listed:
        assert c.name == named[c.code] and c.label == c.name
        assert c.rows == sql_count(upper, "people", c.code)
    assert [text.sort_key(c.label) for c in listed] == sorted(
        text.sort_key(c.label) for c in listed
    )
    # a commune known only by its enrolled key, and this office itself, are named too
    assert communes.names(upper) == named | {SILENT[0]: SILENT[1], "20": upper.office()["name"]}


def test_communes_of_one_kind_of_body(upper: Store) -> None:
    listed = communes.with_rows(upper, "bodies", kind="village_committee")
    assert {c.code: c.rows for c in listed} == {
        code: sql_count(upper, "bodies", code, " and kind = 'village_committee'")
        for code, _ in COMMUNES
    }
    assert communes.with_rows(upper, "bodies", kind="no_such_kind") == []


def test_deleted_rows_do_not_count_and_a_commune_without_a_name_shows_its_code(
    upper: Store,
) -> None:
    before = sql_count(upper, "people", "06286")
    gone = upper.people.query(commune_code="06286")[0]
    upper.conn.execute(
        "update people set deleted_at = '2026-01-01T00:00:00Z' where id = ?", [gone["id"]]
    )
    upper.conn.execute("update sync_imports set commune_name = null where commune_code = '06286'")
    upper.conn.execute(
        "update sync_commune_keys set commune_name = null where commune_code = '06286'"
    )
    listed = {c.code: c for c in communes.with_rows(upper, "people")}
    assert listed["06286"].rows == before - 1
    assert listed["06286"].name is None and listed["06286"].label == "06286"
    assert "06286" not in communes.names(upper)


def test_a_commune_office_lists_itself_by_its_own_name(demo: Store) -> None:
    (own,) = communes.with_rows(demo, "people")
    assert own.code == demo.office()["commune_code"]
    assert own.name == demo.office()["commune_name"] and own.rows == demo.people.count()
    assert communes.names(demo) == {own.code: own.name}


def test_not_a_register_is_refused(upper: Store) -> None:
    with pytest.raises(ValueError):
        communes.with_rows(upper, "sync_keys")


def test_each_register_narrows_to_one_commune_in_sql(upper: Store) -> None:
    sizes = {code: sql_count(upper, "people", code) for code, _ in COMMUNES}
    assert len(set(sizes.values())) == len(COMMUNES)
    for code, _ in COMMUNES:
        rows = upper.people.query(commune_code=code)
        assert len(rows) == sizes[code] == upper.people.count_query(commune_code=code)
        assert {r["commune_code"] for r in rows} == {code}
        villages = upper.villages.query(commune_code=code)
        assert len(villages) == sql_count(upper, "villages", code) > 0
        assert {v["commune_code"] for v in villages} == {code}
        bodies = upper.bodies.query(commune_code=code)
        assert len(bodies) == sql_count(upper, "bodies", code) > 0
        assert {b["commune_code"] for b in bodies} == {code}
        members = upper.memberships.query(commune_code=code)
        assert len(members) == sql_count(upper, "memberships", code) > 0
        assert {m["commune_code"] for m in members} == {code}
    assert upper.people.count_query() == sum(sizes.values())


def test_search_and_other_filters_combine_with_the_commune(upper: Store) -> None:
    person = upper.people.query(commune_code="06283", party_member=False)[5]
    family = text.fold(person["full_name"]).split()[0]
    everywhere = {p["id"] for p in upper.people.query(search=family)}
    here = upper.people.query(search=family, commune_code="06283")
    assert person["id"] in {p["id"] for p in here}
    assert (
        {p["id"] for p in here}
        == {p["id"] for p in upper.people.query(search=family) if p["commune_code"] == "06283"}
        < everywhere | {""}
    )
    assert upper.people.count_query(search=family, commune_code="06283") == len(here)
    village = person["village_id"]
    assert upper.people.count_query(
        commune_code="06283", village_id=village, sex=person["sex"]
    ) == sql_count(
        upper, "people", "06283", f" and village_id = '{village}' and sex = '{person['sex']}'"
    )
    assert upper.people.count_query(search=family, commune_code="99999") == 0


def test_counts_by_commune_and_by_village_match_sql(upper: Store) -> None:
    assert upper.people.count_by_commune() == {
        code: sql_count(upper, "people", code) for code, _ in COMMUNES
    }
    assert upper.people.count_by_commune(search="thi") == {
        code: upper.people.count_query(search="thi", commune_code=code) for code, _ in COMMUNES
    }
    by_village = upper.people.counts_by_village("06280")
    assert sum(by_village.values()) == upper.people.count_query(commune_code="06280")
    for village_id, n in by_village.items():
        assert n == upper.people.count_query(village_id=village_id)
    assert upper.people.counts_by_village() == {
        **upper.people.counts_by_village("06280"),
        **upper.people.counts_by_village("06283"),
        **upper.people.counts_by_village("06286"),
    }


def laid_end_to_end(store: Store, order: list[str], search: str) -> list[str]:
    return [
        p["id"]
        for code in order
        for p in store.people.query(search=search, commune_code=code, rank=False)
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.permutations([code for code, _ in COMMUNES]),
    search=st.sampled_from(["", "thi", "n", "van", "zz"]),
    offset=st.integers(0, 200),
    limit=st.one_of(st.none(), st.integers(1, 200)),
)
def test_people_listed_commune_after_commune_page_by_page(
    upper: Store, order: list[str], search: str, offset: int, limit: int | None
) -> None:
    expected = laid_end_to_end(upper, order, search)
    got = [
        p["id"]
        for p in upper.people.query(search=search, commune_order=order, limit=limit, offset=offset)
    ]
    assert got == expected[offset : None if limit is None else offset + limit]
    counts = upper.people.count_by_commune(search=search)
    again = upper.people.query(
        search=search, commune_order=order, commune_counts=counts, limit=limit, offset=offset
    )
    assert [p["id"] for p in again] == got


def test_communes_left_out_of_the_order_come_last_by_code(upper: Store) -> None:
    got = [p["id"] for p in upper.people.query(commune_order=["06283"])]
    assert got == laid_end_to_end(upper, ["06283", "06280", "06286"], "")
    assert all("village_name" in p for p in upper.people.query(commune_order=["06286"], limit=5))


def test_search_narrowed_to_a_commune_reads_the_commune_index(upper: Store) -> None:
    where = upper.people._filters("nguyen van", None, None, None, "06280")
    for sql in (
        "select count(*)" + where.sql,
        "select p.*" + where.sql + " order by p.sort_key, p.id limit 200",
    ):
        plan = " ".join(
            r[-1] for r in upper.conn.execute("explain query plan " + sql, where.params)
        )
        assert "idx_people_commune_code_sort_key (commune_code=?)" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_an_inspection_board_is_checked_against_its_own_communes_villages(upper: Store) -> None:
    for code, _ in COMMUNES:
        (board,) = upper.bodies.query(kind="inspection_board", commune_code=code, current_only=True)
        villages = {v["id"] for v in upper.villages.query(current_only=True, commune_code=code)}
        covered = {m["village_id"] for m in upper.bodies.members(board["id"])}
        missing = len(villages - covered)
        messages = [i.message for i in upper.bodies.composition_issues(board)]
        about_villages = [m for m in messages if "khu dân cư chưa có thành viên" in m]
        assert about_villages == (
            [f"{missing} khu dân cư chưa có thành viên ban thanh tra nhân dân."] if missing else []
        )
        assert (
            len(villages) < upper.villages.count()
        )  # the other communes' villages are not asked of it
