"""Excel imports as batches: which records an import added or changed (with their old values),
so the last import can be undone. Local bookkeeping of this office: no rev, never synced."""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db["import_batches"].create(
        {
            "id": str,
            "file_name": str,
            "sheet": str,
            "target": str,
            "body_id": str,
            "created_at": str,
            "actor": str,
            "counts": str,
            "first_rev": int,
            "last_rev": int,
            "undone_at": str,
        },
        pk="id",
        not_null={"file_name", "target", "created_at"},
    )
    db["import_items"].create(
        {
            "batch_id": str,
            "seq": int,
            "table_name": str,
            "record_id": str,
            "action": str,
            "old": str,
        },
        pk=("batch_id", "seq"),
        foreign_keys=[("batch_id", "import_batches", "id")],
        not_null={"table_name", "record_id", "action"},
    )
