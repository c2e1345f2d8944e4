"""A commune's log of the bundles it exported, and the receipts that acknowledged them.

Functions take the `Store`; the caller owns the transaction (store.transaction()).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def last_export(store: Store) -> dict | None:
    rows = store.query("select * from sync_exports order by sequence desc, created_at desc limit 1")
    return rows[0] if rows else None


def acknowledged_base(store: Store) -> dict | None:
    rows = store.query(
        "select * from sync_exports where acknowledged_at is not null"
        " order by sequence desc, created_at desc limit 1",
    )
    return rows[0] if rows else None


def export_by_id(store: Store, bundle_id: str) -> dict | None:
    rows = store.query("select * from sync_exports where bundle_id = ?", [bundle_id])
    return rows[0] if rows else None


def exports(store: Store, limit: int = 50) -> list[dict]:
    return store.query(
        "select * from sync_exports order by sequence desc, created_at desc limit ?", [limit]
    )


def record_export(store: Store, row: dict) -> None:
    store.db["sync_exports"].insert(row, pk="bundle_id")


def forget_export(store: Store, bundle_id: str) -> None:
    """An export recorded before its file was written, whose writing then failed."""
    store.conn.execute(
        "delete from sync_exports where bundle_id = ? and acknowledged_at is null", [bundle_id]
    )


def set_export_file(store: Store, bundle_id: str, file_name: str) -> None:
    store.db["sync_exports"].update(bundle_id, {"file_name": file_name})


def acknowledge_export(
    store: Store, bundle_id: str, at: str, signer: str, imported_at: str
) -> None:
    store.db["sync_exports"].update(
        bundle_id,
        {"acknowledged_at": at, "receipt_signer": signer, "receipt_imported_at": imported_at},
    )
