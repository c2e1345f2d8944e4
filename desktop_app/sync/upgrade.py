"""Bundles written by another version of the program: an older schema is brought up to this
one, a newer one is refused with "update the program".

Migrations only ever add register columns (docs/architecture.md: a migration never loses data), so a
record of an older schema is upgraded by giving the columns it did not have their default
(empty unless the migration declared one).
"""

from __future__ import annotations

from typing import Any

from desktop_app.store import synced_tables
from desktop_app.store.db import SCHEMA_VERSION, Store
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync.errors import BundleCorrupt, SchemaTooNewForSync


def upgrade_tables(
    store: Store, tables: dict[str, list[dict[str, Any]]], schema_version: int, commune: str
) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """(the tables in this program's schema, notes for the officer)."""
    if schema_version > SCHEMA_VERSION:
        raise SchemaTooNewForSync(
            f"Gói của {commune} do phiên bản Sổ Mặt trận mới hơn tạo ra (lược đồ số "
            f"{schema_version}, máy này: {SCHEMA_VERSION}). Hãy cập nhật chương trình lên bản mới "
            "nhất rồi nhập lại."
        )
    unknown = sorted(set(tables) - set(SYNCED_TABLES))
    if unknown:
        raise BundleCorrupt(
            f"Gói của {commune} có sổ mà chương trình không biết: "
            f"{', '.join(unknown)}. Hãy đề nghị xã xuất lại gói."
        )
    if schema_version == SCHEMA_VERSION:
        return tables, []
    upgraded: dict[str, list[dict[str, Any]]] = {}
    for table, rows in tables.items():
        defaults = synced_tables.column_defaults(store, table)
        upgraded[table] = [defaults | row for row in rows]
    note = (
        f"Gói do phiên bản cũ hơn của chương trình tạo (lược đồ số {schema_version}, máy này: "
        f"{SCHEMA_VERSION}); dữ liệu đã được nâng cấp khi nhập. Nên đề nghị xã cập nhật "
        "chương trình."
    )
    return upgraded, [note]
