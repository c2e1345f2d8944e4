"""Reading the audit trail: who changed what and when, one line per field changed.

Entries are written by Store.audit (one per write, with the old and new values of the fields it
changed) and never changed or deleted (an authorizer and two triggers refuse). This module only
reads them, for the Nhật ký page and `somattran audit`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.store.db import Store

# The kinds the page filters by, with the actions each covers.
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "add": ("Thêm", ("add",)),
    "update": ("Sửa", ("update", "setting", "office")),
    "delete": ("Xóa", ("delete",)),
    "import": ("Nhập dữ liệu", ("import", "import-undo", "quarantine_rerun", "receipt")),
    "export": ("Xuất dữ liệu", ("export",)),
    "print": ("In danh sách có thông tin nhạy cảm", ("print",)),
    "restore": ("Khôi phục", ("restore",)),
    "login_failed": ("Đăng nhập sai", ("login_failed",)),
    "accounts": (
        "Tài khoản, đăng nhập",
        ("login", "account_add", "account_disable", "password", "protect"),
    ),
    "keys": (
        "Khóa đồng bộ",
        ("sync_keys", "replace_keys", "trust_upper_key", "enrol_key", "revoke_key"),
    ),
}
ACTION_LABELS = {
    "add": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "setting": "Đổi cài đặt",
    "office": "Thông tin đơn vị",
    "import": "Nhập dữ liệu",
    "import-undo": "Hoàn tác lần nhập",
    "export": "Xuất gói",
    "print": "In",
    "restore": "Khôi phục",
    "login": "Đăng nhập",
    "login_failed": "Đăng nhập sai",
    "account_add": "Thêm tài khoản",
    "account_disable": "Khóa tài khoản",
    "password": "Đổi mật khẩu",
    "protect": "Bảo vệ bằng mật khẩu",
    "sync_keys": "Tạo khóa",
    "replace_keys": "Thay khóa",
    "trust_upper_key": "Tin cậy khóa cấp trên",
    "enrol_key": "Ghi nhận khóa xã",
    "revoke_key": "Thu hồi khóa",
    "quarantine_rerun": "Xét lại bản ghi",
    "receipt": "Biên nhận",
}
# Bookkeeping columns not worth a line of their own.
_QUIET = {"id", "created_at", "updated_at", "rev", "name_fold", "sort_key", "commune_code"}


@dataclass(frozen=True)
class Change:
    entry_id: int
    user: str
    at: str
    action: str
    table: str
    record_id: str | None
    field: str | None
    old: Any
    new: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "at": self.at,
            "action": self.action,
            "table": self.table,
            "record_id": self.record_id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _changes(row: dict) -> list[Change]:
    old, new = _load(row["old"]), _load(row["new"])

    def change(field: str | None, o: Any, n: Any) -> Change:
        return Change(
            row["id"],
            row["actor"] or "?",
            row["at"],
            row["action"],
            row["table_name"] or "",
            row["record_id"],
            field,
            o,
            n,
        )

    if isinstance(old, dict) or isinstance(new, dict):
        old_d = old if isinstance(old, dict) else {}
        new_d = new if isinstance(new, dict) else {}
        fields = [k for k in dict.fromkeys([*new_d, *old_d]) if k not in _QUIET]
        if row["action"] == "add":
            fields = [k for k in fields if new_d.get(k) not in (None, "")]
        lines = [change(k, old_d.get(k), new_d.get(k)) for k in fields]
        return lines or [change(None, None, None)]
    if row["action"] == "setting":
        return [change(row["record_id"], old, new)]
    return [change(None, old, new)]


def changes(
    store: Store,
    *,
    user: str | None = None,
    record: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    table: str | None = None,
    limit: int = 5000,
) -> list[Change]:
    """Newest first. `since`/`until`: ISO dates (until inclusive); `kind` a key of KINDS;
    `table` a table's code as stored (people, accounts…)."""
    store.require("audit")
    where, params = [], []
    if user:
        where.append("lower(actor) = lower(?)")
        params.append(user.strip())
    if record:
        where.append("record_id = ?")
        params.append(record.strip())
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < date(?, '+1 day')")
        params.append(until)
    if table:
        where.append("table_name = ?")
        params.append(table)
    if kind:
        actions = KINDS[kind][1]
        where.append(f"action in ({', '.join('?' * len(actions))})")
        params.extend(actions)
    sql = "select * from audit_log" + (" where " + " and ".join(where) if where else "")
    rows = store.query(sql + " order by id desc limit ?", [*params, limit])
    return [c for row in rows for c in _changes(row)]


def tables(store: Store) -> list[str]:
    """The tables (and printed lists) the trail names, as stored."""
    store.require("audit")
    return [
        r["table_name"]
        for r in store.query(
            "select distinct table_name from audit_log where table_name is not null"
        )
    ]


def actors(store: Store) -> list[str]:
    return [
        r["actor"]
        for r in store.query(
            "select distinct actor from audit_log where actor is not null order by actor"
        )
    ]


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
