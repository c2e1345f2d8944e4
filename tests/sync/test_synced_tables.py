"""The SQL of sync in the store (store/synced_tables.py and its neighbours), where a wrong query
would go unnoticed elsewhere, and the one calling convention of those modules."""

from __future__ import annotations

import inspect
import sys
import uuid
from pathlib import Path

import pytest

from desktop_app.store import (
    consolidation,
    export_log,
    id_filter,
    import_log,
    sync_keys,
    synced_tables,
    upper_copy,
)

SYNC_STORE = (
    sync_keys,
    export_log,
    synced_tables,
    upper_copy,
    id_filter,
    import_log,
    consolidation,
)


def test_changed_rows_include_tombstones_in_rev_order(commune):
    start = commune.current_rev()
    person = commune.people.add({"full_name": "Lò Văn Pọm", "sex": "male"}, accept_warnings=True)
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    commune.people.delete(person["id"])
    rows = synced_tables.changed_rows(commune, "people", start, commune.current_rev())
    assert [r["rev"] for r in rows] == sorted(r["rev"] for r in rows) and len(rows) == 2
    assert next(r for r in rows if r["id"] == person["id"])["deleted_at"]
    assert synced_tables.count_changed(commune, "people", start, commune.current_rev()) == 2
    assert synced_tables.changed_rows(commune, "people", start, start) == []


def test_dangling_references_of_written_rows(commune):
    person = commune.people.all()[0]
    assert synced_tables.dangling_references(commune, "people", [person]) == []
    ghost = {**person, "village_id": "no-such-village"}
    assert synced_tables.dangling_references(commune, "people", [ghost]) == [
        (person["id"], "village_id", "no-such-village")
    ]


def test_columns_defaults_and_foreign_keys(commune):
    cols = synced_tables.columns(commune, "people")
    assert cols["full_name"] == ("TEXT", True) and cols["party_member"][0] == "INTEGER"
    assert set(synced_tables.column_defaults(commune, "people").values()) == {None}
    assert ("village_id", "villages") in synced_tables.foreign_keys(commune, "people")


def test_upsert_never_touches_another_communes_row(commune):
    person = commune.people.all()[0]
    names = list(synced_tables.columns(commune, "people"))
    with commune.transaction():
        synced_tables.upsert_rows(
            commune, "people", names, [{**person, "commune_code": "99999", "full_name": "Khác"}]
        )
    assert commune.people.get(person["id"])["full_name"] == person["full_name"]
    with commune.transaction():
        synced_tables.upsert_rows(commune, "people", names, [{**person, "notes": "đã sửa"}])
    assert commune.people.get(person["id"])["notes"] == "đã sửa"


def test_bulk_writing_restores_the_connection(commune):
    conn = commune.conn
    cache = conn.execute("pragma cache_size").fetchone()[0]
    with synced_tables.bulk_writing(commune):
        assert conn.execute("pragma foreign_keys").fetchone()[0] == 0
    assert conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert conn.execute("pragma cache_size").fetchone()[0] == cache
    assert conn.execute("pragma temp_store").fetchone()[0] == 0


def _bytes_written() -> int:
    """What this process has written to files so far (Linux: /proc/self/io's wchar)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise AssertionError("no wchar in /proc/self/io")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/io")
def test_bulk_writing_keeps_statement_journals_off_the_disk(commune):
    """Each upserted row is a statement SQLite may have to undo: the pages it changes go to a
    statement journal, a temporary file with the standard SQLite (about 50 KB a person in an
    import). Under bulk_writing nothing reaches a file before the commit."""
    person = commune.people.all()[0]
    names = list(synced_tables.columns(commune, "people"))
    rows = [
        {**person, "id": str(uuid.uuid4()), "id_number": f"0010{n:08d}", "full_name": f"Lò Văn {n}"}
        for n in range(3000)
    ]
    rows.sort(key=lambda row: row["id"])
    with synced_tables.bulk_writing(commune), commune.transaction():
        before = _bytes_written()
        synced_tables.upsert_rows(commune, "people", names, rows)
        written = _bytes_written() - before
    assert commune.conn.execute("select count(*) from people").fetchone()[0] >= 3000
    assert written < 1_000_000, f"{written:,} bytes written before the commit"


HELPERS = (
    *("chunks", "synced", "json_text"),  # no database: the ids, a table name, a value
    "add_to",  # id_filter.add on the connection, for m0014: a migration has no Store
)


@pytest.mark.parametrize("module", SYNC_STORE, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_function_of_the_sync_store_takes_the_store(module):
    """One calling convention, as the registers have: the Store first, never sqlite-utils' db."""
    functions = {
        name: f
        for name, f in vars(module).items()
        if inspect.isfunction(f) and f.__module__ == module.__name__ and not name.startswith("_")
    }
    other = [
        name
        for name, f in functions.items()
        if name not in HELPERS
        and [(p.name, p.annotation) for p in inspect.signature(f).parameters.values()][:1]
        != [("store", "Store")]
    ]
    assert functions and other == []
