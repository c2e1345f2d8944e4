"""The shared mechanics of every register: normalised text, rules, rev, audit, tombstones.

A register module subclasses Register, names its table, editable fields and rules,
and adds its own queries. Every write here is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from desktop_app.core import bounds, text
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import Issue, NotFound, UserError, ValidationFailed

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class Register:
    table: ClassVar[str]
    label: ClassVar[str]  # Vietnamese name of one record, for messages
    fields: ClassVar[tuple[str, ...]]
    multiline_fields: ClassVar[tuple[str, ...]] = ("notes", "description", "comments")
    # Fields holding codes or ids: stripped, never title-cased or folded.
    raw_fields: ClassVar[tuple[str, ...]] = ()
    int_fields: ClassVar[tuple[str, ...]] = ()
    default_order: ClassVar[str] = "rowid"
    validator: ClassVar[Callable[[dict, date], list[Issue]] | None] = None

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self):
        return self.store.db

    # ---- reading -------------------------------------------------------------
    def get(self, record_id: str, include_deleted: bool = False) -> dict | None:
        rows = self.store.query(f"select * from {self.table} where id = ?", [record_id])
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            return None
        return rows[0]

    def require(self, record_id: str) -> dict:
        row = self.get(record_id)
        if row is None:
            raise NotFound(f"Không tìm thấy {self.label} (mã {record_id}).")
        return row

    def require_own(self, record_id: str) -> dict:
        """A record this office may change: each commune owns its rows, and the upper level
        that imported them only reads them."""
        row = self.require(record_id)
        if row["commune_code"] != self.store.owner_code():
            raise UserError(
                f"Bản ghi này thuộc đơn vị mã {row['commune_code']}, do đơn vị đó quản lý; "
                "ở đây chỉ xem, không sửa hay xóa được."
            )
        return row

    def count(self, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " where deleted_at is null"
        return self.store.conn.execute(f"select count(*) from {self.table}{where}").fetchone()[0]

    def all(self, include_deleted: bool = False) -> list[dict]:
        where = "" if include_deleted else " where deleted_at is null"
        return self.store.query(f"select * from {self.table}{where} order by {self.default_order}")

    # ---- shaping input ----------------------------------------------------------
    def clean(self, data: dict[str, Any]) -> dict[str, Any]:
        """Keep known fields, normalise text (NFC, one tone-mark placement), coerce ints."""
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key not in self.fields:
                continue
            if isinstance(value, str):
                if key in self.raw_fields:
                    value = value.strip() or None
                elif key in self.multiline_fields:
                    value = text.normalize_multiline(value) or None
                else:
                    value = text.normalize(value) or None
            if key in self.int_fields and value is not None and not isinstance(value, int):
                try:
                    value = int(str(value).replace(".", "").replace(",", "").strip())
                except ValueError:
                    pass  # left as text: the rules report it in Vietnamese
            out[key] = value
        return out

    def derive(self, record: dict[str, Any]) -> dict[str, Any]:
        """Computed columns (folded name, sort key); subclasses add theirs."""
        return {}

    def check(self, record: dict[str, Any]) -> list[Issue]:
        """Rules for one record; subclasses add checks that need the database."""
        return (
            list(type(self).validator(record, self.store.today())) if type(self).validator else []
        )

    def _validate(self, record: dict[str, Any], accept_warnings: bool) -> None:
        issues = self.check(record)
        if any(i.is_error for i in issues) or (issues and not accept_warnings):
            raise ValidationFailed(issues)

    # ---- writing ----------------------------------------------------------------
    def add(self, data: dict[str, Any], accept_warnings: bool = False) -> dict:
        record = self.clean(data)
        record["id"] = data.get("id") or self.store.new_id()
        with self.store.transaction():
            self._validate(record, accept_warnings)
            now = utc_now()
            record.update(self.derive(record))
            record.update(
                commune_code=self.store.owner_code(),
                created_at=now,
                updated_at=now,
                deleted_at=None,
                rev=self.store.next_rev(),
            )
            self.db[self.table].insert(record)
            self.store.audit("add", self.table, record["id"], None, record)
        return self.get(record["id"])  # type: ignore[return-value]

    def update(
        self, record_id: str, changes: dict[str, Any], accept_warnings: bool = False
    ) -> dict:
        with self.store.transaction():
            old = self.require_own(record_id)
            record = {**old, **self.clean(changes)}
            self._validate(record, accept_warnings)
            record.update(self.derive(record))
            diff = {k: v for k, v in record.items() if old.get(k) != v}
            if not diff:
                return old
            diff.update(updated_at=utc_now(), rev=self.store.next_rev())
            self.db[self.table].update(record_id, diff)
            self.store.audit("update", self.table, record_id, {k: old.get(k) for k in diff}, diff)
        return self.get(record_id)  # type: ignore[return-value]

    def delete(self, record_id: str) -> None:
        """A tombstone: the record stays, marked deleted, and travels in the next bundle."""
        with self.store.transaction():
            self.require_own(record_id)
            self._before_delete(record_id)
            now = utc_now()
            self.db[self.table].update(
                record_id, {"deleted_at": now, "updated_at": now, "rev": self.store.next_rev()}
            )
            self.store.audit("delete", self.table, record_id, None, {"deleted_at": now})

    def _before_delete(self, record_id: str) -> None:
        """Subclasses refuse or cascade here (inside the transaction)."""


class Where:
    """SQL conditions from the filters a caller gave: a filter left empty adds nothing.

    `given(value, clause)` repeats the value for every `?` in the clause; `search(query,
    *columns)` adds, for every folded word of the query, "one of these columns contains it".
    """

    def __init__(self, sql: str) -> None:
        self.sql = sql
        self.params: list[Any] = []

    def given(self, value: Any, clause: str) -> Where:
        if value not in (None, ""):
            self.sql += f" and {clause}"
            self.params += [value] * clause.count("?")
        return self

    def search(self, query: str | None, *columns: str) -> Where:
        for term in text.search_terms(query or ""):
            self.sql += " and (" + " or ".join(f"{c} like ? escape '\\'" for c in columns) + ")"
            self.params += [bounds.like_contains(term)] * len(columns)
        return self
