"""Checking a commune's records before the upper level takes them: shape, owner, references.

A record that fails goes to the quarantine with its reason and does not block the others; a
record that refers to a quarantined one follows it there. The same checks serve a first import
and a re-run of the quarantine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.store import synced_tables
from desktop_app.store.db import Store
from desktop_app.store.schema import SYNCED_TABLES

TABLE_LABELS = synced_tables.REGISTER_LABELS


@dataclass(frozen=True)
class Quarantined:
    table: str
    record_id: str
    reason: str
    row: dict[str, Any]


def _kind(declared: str) -> type | tuple[type, ...]:
    if declared.startswith("INT"):
        return int
    if declared in ("REAL", "FLOAT", "DOUBLE"):
        return (int, float)
    return str


class _Shape:
    """A register's columns, prepared once for checking many records quickly."""

    def __init__(self, cols: dict[str, tuple[str, bool]], commune_code: str) -> None:
        self.names = set(cols)
        self.commune_code = commune_code
        self.columns = [
            (name, _kind(declared), not_null) for name, (declared, not_null) in cols.items()
        ]

    def reason(self, row: dict[str, Any]) -> str | None:
        if row.keys() != self.names:
            unknown = sorted(k for k in row if k not in self.names)
            if unknown:
                return f"có trường không có trong sổ: {', '.join(unknown)}"
            return f"thiếu trường: {', '.join(k for k in self.names if k not in row)}"
        if row["commune_code"] != self.commune_code:
            return (
                f"bản ghi mang mã xã {row['commune_code']!s}, khác mã xã gửi gói "
                f"({self.commune_code})"
            )
        for name, kind, not_null in self.columns:
            value = row[name]
            if value is None:
                if not_null:
                    return f"thiếu giá trị bắt buộc «{name}»"
                continue
            if not isinstance(value, kind) or value is True or value is False:
                what = "chữ" if kind is str else "số"
                return f"trường «{name}» phải là {what}, nhận được {value!r}"
            if not_null and value == "":
                return f"thiếu giá trị bắt buộc «{name}»"
        return None


def check_records(
    store: Store, commune_code: str, tables: dict[str, list[dict[str, Any]]]
) -> tuple[dict[str, list[dict[str, Any]]], list[Quarantined]]:
    """(records accepted per table, records quarantined with their reason)."""
    accepted: dict[str, dict[str, dict[str, Any]]] = {}
    held: list[Quarantined] = []
    for table in SYNCED_TABLES:
        rows = tables.get(table)
        if rows is None:
            continue
        shape = _Shape(synced_tables.columns(store, table), commune_code)
        keep: dict[str, dict[str, Any]] = {}
        for row in rows:
            reason = shape.reason(row)
            if reason is None and row["id"] in keep:
                reason = "bản ghi lặp lại trong cùng một gói"
            if reason is not None:
                held.append(Quarantined(table, row["id"], reason, row))
            else:
                keep[row["id"]] = row
        owners = synced_tables.owners_of(store, table, keep)
        for rid, owner in owners.items():
            if owner != commune_code:
                held.append(
                    Quarantined(
                        table, rid, f"mã bản ghi đã thuộc về xã {owner} ở cấp trên", keep.pop(rid)
                    )
                )
        accepted[table] = keep
    held += _check_references(store, commune_code, accepted)
    return {t: list(rows.values()) for t, rows in accepted.items()}, held


def _check_references(
    store: Store, commune_code: str, accepted: dict[str, dict[str, dict[str, Any]]]
) -> list[Quarantined]:
    """Drop records whose references lead nowhere in this commune; repeat until stable."""
    fks = {t: synced_tables.foreign_keys(store, t) for t in accepted}
    stored: dict[
        str, dict[str, str]
    ] = {}  # table → id → owner, of referenced ids not in the bundle

    def owner_in_db(table: str, rid: str) -> str | None:
        return stored.setdefault(table, {}).get(rid)

    for table, links in fks.items():
        for column, target in links:
            wanted = {r[column] for r in accepted[table].values() if r.get(column)}
            wanted -= set(stored.get(target, {}))
            if wanted:
                stored.setdefault(target, {}).update(synced_tables.owners_of(store, target, wanted))
    held: list[Quarantined] = []
    changed = True
    while changed:
        changed = False
        for table, links in fks.items():
            for rid, row in list(accepted[table].items()):
                for column, target in links:
                    ref = row.get(column)
                    if not ref or ref in accepted.get(target, {}):
                        continue
                    owner = owner_in_db(target, ref)
                    if owner == commune_code:
                        continue
                    label = TABLE_LABELS.get(target, target).lower()
                    reason = (
                        f"trường «{column}» trỏ tới {label} của xã {owner}"
                        if owner
                        else f"trường «{column}» trỏ tới {label} không có ở cấp trên (mã {ref})"
                    )
                    held.append(Quarantined(table, rid, reason, accepted[table].pop(rid)))
                    changed = True
                    break
    return held
