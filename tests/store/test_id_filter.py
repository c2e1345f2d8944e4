"""The upper level's ID-number check without a province-wide index (issue 12, m0014): the filter
never forgets a number it was given, rarely claims one it was not, rolls back with the import's
transaction, and the check finds what the one query over every commune found before."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.store import id_filter, upper_copy
from desktop_app.store.db import Store, open_store
from tests.reports.upper_store import COMMUNES
from tests.store.schema_before import OFFICE, database_before

numbers = st.text(alphabet="0123456789", min_size=12, max_size=12)


def bare_store() -> SimpleNamespace:
    """What the filter's functions use of a Store: its connection, with the filter's table."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(id_filter.SCHEMA)
    return SimpleNamespace(conn=db)


@pytest.fixture
def bare() -> Iterator[SimpleNamespace]:
    store = bare_store()
    yield store
    store.conn.close()


@settings(max_examples=40, deadline=None)
@given(batches=st.lists(st.lists(numbers, max_size=60), min_size=1, max_size=5))
def test_every_number_added_is_said_maybe_held(batches: list[list[str]]) -> None:
    store = bare_store()
    for batch in batches:
        id_filter.add(store, [*batch, None, ""])
    added = {n for batch in batches for n in batch}
    assert id_filter.may_hold(store, added) == added
    store.conn.close()


def test_numbers_never_added_are_nearly_always_said_absent(bare: SimpleNamespace) -> None:
    pick = random.Random(5)
    made = {f"{pick.randrange(10**12):012d}" for _ in range(40_000)}
    held, others = sorted(made)[:20_000], sorted(made)[20_000:]
    id_filter.add(bare, held)
    assert id_filter.may_hold(bare, held) == set(held)
    assert len(id_filter.may_hold(bare, others)) <= 2  # about one in ten million at this size
    written = bare.conn.execute(
        "select count(*), max(length(bits)) from id_number_filter"
    ).fetchone()
    assert written == (id_filter.PARTS, id_filter.PART_BYTES)  # 140,000 bits reach every part


def test_the_filter_rolls_back_with_the_transaction(bare: SimpleNamespace) -> None:
    id_filter.add(bare, ["001234567890"])
    bare.conn.execute("begin")
    id_filter.add_to(bare.conn, ["079123456789"])
    assert id_filter.may_hold(bare, ["079123456789"]) == {"079123456789"}
    bare.conn.execute("rollback")
    assert id_filter.may_hold(bare, ["001234567890", "079123456789"]) == {"001234567890"}


def _the_query_before(store: Store, code: str, asked: list[str]) -> dict[str, list[str]]:
    """upper_copy.id_numbers_elsewhere before m0014: one query over every commune's people."""
    found: dict[str, list[str]] = {}
    marks = ",".join("?" * len(asked))
    for number, other in store.conn.execute(
        f"select distinct id_number, commune_code from people where id_number in ({marks})"
        " and commune_code != ? and deleted_at is null order by commune_code",
        [*asked, code],
    ):
        found.setdefault(number, []).append(other)
    return found


def test_the_check_finds_what_the_query_over_every_commune_found(upper: Store) -> None:
    held = dict(
        upper.conn.execute("select id_number, commune_code from people where id_number is not null")
    )
    assert {held[n] for n in held} == {code for code, _ in COMMUNES}
    first, second = COMMUNES[0][0], COMMUNES[1][0]
    theirs = [n for n, c in held.items() if c == second][:5]
    # a number of another commune given to a person here, and one to a person deleted there
    mine = upper.conn.execute(
        "select id from people where commune_code = ? and deleted_at is null limit 2", [first]
    ).fetchall()
    gone = upper.conn.execute(
        "select id, id_number from people where commune_code = ? and id_number is not null"
        " and deleted_at is null limit 1",
        [second],
    ).fetchone()
    with upper.transaction():
        upper.conn.execute("update people set id_number = ? where id = ?", [theirs[0], mine[0][0]])
        upper.conn.execute("update people set deleted_at = '2026-01-01' where id = ?", [gone[0]])
    asked = [*held, "000000000000", "999999999999", gone[1]]
    for code, _ in COMMUNES:
        assert upper_copy.id_numbers_elsewhere(upper, code, asked) == _the_query_before(
            upper, code, asked
        ), code
    found = upper_copy.id_numbers_elsewhere(upper, second, theirs)
    assert found == {theirs[0]: [first]}  # the deleted person's number is nobody's now
    assert gone[1] not in upper_copy.id_numbers_elsewhere(upper, first, [gone[1]])


def test_the_check_reads_each_communes_stretch_of_its_index(upper: Store) -> None:
    indexes = {name for (name,) in upper.conn.execute("select name from sqlite_master")}
    assert "idx_people_commune_code_id_number" in indexes
    assert "idx_people_id_number" not in indexes
    statements: list[str] = []
    number = upper.conn.execute(
        "select id_number from people where id_number is not null"
    ).fetchone()[0]
    upper.conn.set_trace_callback(statements.append)
    try:
        assert upper_copy.id_numbers_elsewhere(upper, "99999", [number])
    finally:
        upper.conn.set_trace_callback(None)
    lookup = next(s for s in statements if "distinct id_number" in s)
    plan = " | ".join(r[3] for r in upper.conn.execute("explain query plan " + lookup))
    assert "idx_people_commune_code_id_number (commune_code=? AND id_number=?)" in plan, plan


def test_a_communes_list_is_still_read_along_its_order(upper: Store) -> None:
    """The per-commune index of ID numbers is partial: SQLite took it, the smallest index on
    commune_code, for a commune's search, reading every row of the commune to sort them."""
    statements: list[str] = []
    upper.conn.set_trace_callback(statements.append)
    try:
        upper.people.query(search="ng", commune_code=COMMUNES[0][0], limit=20)
        upper.people.query(search="nguyen v", commune_code=COMMUNES[0][0], limit=20)
    finally:
        upper.conn.set_trace_callback(None)
    for sql in [s for s in statements if s.lstrip().lower().startswith("select p.*")]:
        plan = " | ".join(r[3] for r in upper.conn.execute("explain query plan " + sql))
        assert "idx_people_commune_code_id_number" not in plan, plan


def test_a_commune_keeps_its_index_of_id_numbers(store: Store) -> None:
    indexes = {name for (name,) in store.conn.execute("select name from sqlite_master")}
    assert "idx_people_id_number" in indexes and "idx_people_commune_code_id_number" not in indexes
    assert store.conn.execute("select count(*) from id_number_filter").fetchone()[0] == 0


def test_an_upper_office_made_before_fills_the_filter_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "upper.db"
    db = database_before(
        path, "m0014_upper_id_numbers_by_commune", {**OFFICE, "role": "upper", "commune_code": "20"}
    )
    stamp = "2025-01-01T00:00:00Z"
    for i, (code, number, gone) in enumerate(
        [
            ("06280", "001090000001", None),
            ("06281", "001090000002", None),
            ("06281", "001090000003", stamp),
        ]
    ):
        db["people"].insert(
            {"id": f"p{i}", "commune_code": code, "created_at": stamp, "updated_at": stamp,
             "rev": i + 1, "full_name": "Lò Văn Páo", "sex": "male", "id_number": number,
             "deleted_at": gone}
        )  # fmt: skip
    db.conn.close()
    upper = open_store(path)
    try:
        assert id_filter.may_hold(upper, ["001090000001", "001090000002"]) == {
            "001090000001",
            "001090000002",
        }
        assert upper_copy.id_numbers_elsewhere(
            upper, "06280", ["001090000002", "001090000003"]
        ) == {"001090000002": ["06281"]}
        indexes = {name for (name,) in upper.conn.execute("select name from sqlite_master")}
        assert "idx_people_id_number" not in indexes
    finally:
        upper.close()
