"""The synced registers as sync sees them: their labels, their shape (columns, defaults, foreign
keys), the rows changed between two revs, and the bulk writing of a bundle's rows that keeps
each value as the commune sent it.

Functions take the `Store`; the caller owns the transaction (store.transaction()). The bulk
writes go straight to the store's connection (`store.conn.executemany`), here and nowhere else.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from desktop_app.core.audit_labels import TABLE_LABELS
from desktop_app.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    from desktop_app.store.db import Store

BATCH = 500  # ids a query names at once ("where id in (…)")

# The synced registers as the sync summaries and the import record name them: the names the
# Nhật ký gives them too (one table, in core).
REGISTER_LABELS = TABLE_LABELS


def chunks(items: list[Any]) -> Iterator[list[Any]]:
    """The items BATCH at a time."""
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def synced(table: str) -> str:
    """The table's name, when it is a synced register (the only names put into SQL here)."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"not a synced table: {table}")
    return table


def json_text(value: Any) -> str:
    """The JSON the sync logs keep (counts, warnings, a quarantined record)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# ---- the shape of the registers ----------------------------------------------------------------
def columns(store: Store, table: str) -> dict[str, tuple[str, bool]]:
    """name → (declared type, not null)."""
    return {
        r[1]: (r[2].upper(), bool(r[3]))
        for r in store.conn.execute(f"pragma table_info({synced(table)})").fetchall()
    }


def column_defaults(store: Store, table: str) -> dict[str, Any]:
    """name → the value a column takes when a record does not give one (None when no default)."""
    found: dict[str, Any] = {}
    for row in store.conn.execute(f"pragma table_info({synced(table)})").fetchall():
        found[row[1]] = (
            None if row[4] is None else store.conn.execute(f"select {row[4]}").fetchone()[0]
        )
    return found


def foreign_keys(store: Store, table: str) -> list[tuple[str, str]]:
    """(column, referenced table) of a register's foreign keys."""
    return [(r[3], r[2]) for r in store.conn.execute(f"pragma foreign_key_list({synced(table)})")]


# ---- what changed ------------------------------------------------------------------------------
def changed_rows(store: Store, table: str, after_rev: int, up_to_rev: int) -> list[dict]:
    """Every record (tombstones included) with after_rev < rev <= up_to_rev, in rev order."""
    return store.query(
        f"select * from {synced(table)} where rev > ? and rev <= ? order by rev",
        [after_rev, up_to_rev],
    )


def count_changed(store: Store, table: str, after_rev: int, up_to_rev: int) -> int:
    return int(
        store.conn.execute(
            f"select count(*) from {synced(table)} where rev > ? and rev <= ?",
            [after_rev, up_to_rev],
        ).fetchone()[0]
    )


# ---- records by id -----------------------------------------------------------------------------
def rows_by_ids(store: Store, table: str, ids: Iterable[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for chunk in chunks(sorted(ids, key=str)):  # in key order: the index read page after page
        marks = ",".join("?" * len(chunk))
        for row in store.query(f"select * from {synced(table)} where id in ({marks})", chunk):
            found[row["id"]] = row
    return found


def owners_of(store: Store, table: str, ids: Iterable[str]) -> dict[str, str]:
    """id → commune_code for the given ids present in table."""
    found: dict[str, str] = {}
    for chunk in chunks(sorted(ids, key=str)):  # in key order: the index read page after page
        marks = ",".join("?" * len(chunk))
        for rid, code in store.conn.execute(
            f"select id, commune_code from {synced(table)} where id in ({marks})", chunk
        ):
            found[rid] = code
    return found


# ---- writing a bundle's rows -------------------------------------------------------------------
@contextlib.contextmanager
def bulk_writing(store: Store, cache_kib: int = 65536) -> Iterator[None]:
    """Writing a bundle's rows: a larger page cache (the many indexes of people make 20,000
    upserts 2-3 times faster), foreign keys checked once at the end by dangling_references()
    instead of row by row (half the time again), and SQLite's temporary files kept in memory.
    The last matters most: each row's upsert is a statement that may fail after writing part of
    its indexes, so SQLite keeps the pages it changes in a statement journal, which the standard
    SQLite writes to a temporary file (/var/tmp/etilqs_*) — about 50 KB written a person
    imported, a sixth of the import's time. In memory it holds one row's pages at a time
    (SQLCipher, the encrypted office's library, keeps it there already). All three are restored
    afterwards. Enter it outside any transaction (SQLite ignores the foreign-key switch inside
    one, which is then merely slower)."""
    conn = store.conn
    previous = conn.execute("pragma cache_size").fetchone()[0]
    temp_store = conn.execute("pragma temp_store").fetchone()[0]
    conn.execute(f"pragma cache_size = {-abs(int(cache_kib))}")
    conn.execute("pragma temp_store = memory")
    conn.execute("pragma foreign_keys = off")
    try:
        yield
    finally:
        conn.execute("pragma foreign_keys = on")
        conn.execute(f"pragma temp_store = {int(temp_store)}")
        conn.execute(f"pragma cache_size = {int(previous)}")


def defer_foreign_keys(store: Store) -> None:
    """Inside a transaction: references are checked at commit, not row by row (a record may
    arrive before the one it refers to)."""
    store.conn.execute("pragma defer_foreign_keys = on")


def dangling_references(store: Store, table: str, rows: list[dict]) -> list[tuple[str, str, str]]:
    """(record id, column, missing id) for references of these rows that lead nowhere: the
    check SQLite would make, limited to the rows just written (a whole-table check would grow
    with every commune imported)."""
    found: list[tuple[str, str, str]] = []
    for column, target in foreign_keys(store, table):
        wanted = {r[column] for r in rows if r.get(column)}
        present = set(owners_of(store, target, wanted))
        found += [
            (r["id"], column, r[column]) for r in rows if r.get(column) and r[column] not in present
        ]
    return found


def upsert_rows(store: Store, table: str, names: list[str], rows: list[dict]) -> None:
    """Insert or replace the commune's own rows, keeping every value as the commune sent it.

    Every row holds every name (the importer checked their shape). A row whose id belongs to
    another commune is never touched (the planner quarantines it).
    """
    if not rows:
        return
    cols = ", ".join(names)
    marks = ", ".join("?" * len(names))
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    store.conn.executemany(
        f"insert into {synced(table)} ({cols}) values ({marks}) on conflict(id) do update set "
        f"{sets} where {table}.commune_code = excluded.commune_code",
        map(itemgetter(*names), rows),
    )
