"""The upper level's log of the bundles it imported, and the quarantine of the records it
held back.

Functions take the `Store`; the caller owns the transaction (store.transaction()).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.store.synced_tables import chunks, json_text

if TYPE_CHECKING:
    from desktop_app.store.db import Store


# ---- imports -----------------------------------------------------------------------------------
def import_of_bundle(store: Store, bundle_id: str) -> dict | None:
    rows = store.query(
        "select * from sync_imports where bundle_id = ? and status = 'imported'", [bundle_id]
    )
    return rows[0] if rows else None


def import_by_id(store: Store, import_id: str) -> dict | None:
    rows = store.query("select * from sync_imports where id = ?", [import_id])
    return rows[0] if rows else None


def record_import(store: Store, row: dict) -> None:
    store.db["sync_imports"].insert(row, pk="id")


def finish_import(store: Store, import_id: str, counts: dict, quarantined: int) -> None:
    store.db["sync_imports"].update(
        import_id, {"counts": json_text(counts), "quarantined": quarantined}
    )


def imports(store: Store, commune_code: str | None = None, limit: int = 200) -> list[dict]:
    sql, params = "select * from sync_imports", []
    if commune_code:
        sql += " where commune_code = ?"
        params.append(commune_code)
    return store.query(sql + " order by imported_at desc, rowid desc limit ?", [*params, limit])


# ---- quarantine --------------------------------------------------------------------------------
def quarantine(store: Store, rows: list[dict]) -> None:
    if rows:
        store.db["sync_quarantine"].insert_all(rows, pk="id")


def open_quarantine(
    store: Store, commune_code: str | None = None, import_id: str | None = None
) -> list[dict]:
    sql, params = "select * from sync_quarantine where resolved_at is null", []
    if commune_code:
        sql += " and commune_code = ?"
        params.append(commune_code)
    if import_id:
        sql += " and import_id = ?"
        params.append(import_id)
    return store.query(sql + " order by id", params)


def quarantined_of_import(store: Store, import_id: str) -> list[dict]:
    return store.query("select * from sync_quarantine where import_id = ? order by id", [import_id])


def resolve_quarantine(
    store: Store, table: str, record_ids: Iterable[str], at: str, resolution: str
) -> None:
    """Close the open quarantine entries of these records (a newer version arrived, or re-run)."""
    for chunk in chunks(list(record_ids)):
        marks = ",".join("?" * len(chunk))
        store.conn.execute(
            f"update sync_quarantine set resolved_at = ?, resolution = ? where table_name = ?"
            f" and resolved_at is null and record_id in ({marks})",
            [at, resolution, table, *chunk],
        )
