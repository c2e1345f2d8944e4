"""Accounts of a protected office: who may log in, with which role; and the rule, enforced on
the connection itself, that an account writes only what its role allows.

The rule is an SQLite authorizer: a statement that would write where the role may not is
refused when it is prepared, whichever code path sends it, so hiding a button is never the
only guard. Every store refuses to change or delete an audit entry (a trigger does too).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core import roles
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.store import vault

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.store.db import Store


class NotPermitted(UserError):
    pass


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    recovery: bool = False  # logged in with the recovery key: a lãnh đạo's rights

    @property
    def role_label(self) -> str:
        return roles.ROLES.get(self.role, self.role)


_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
# Tables only a lãnh đạo writes (besides the rules for documents and sync_keys below).
_LEADER_TABLES = {"accounts", "settings", "sync_upper_keys", "sync_commune_keys"}
_DENIED_MESSAGE = "not authorized"


def authorizer(
    role: str | None,
) -> Callable[[int, str | None, str | None, str | None, str | None], int]:
    def check(
        action: int, table: str | None, _column: str | None, _db: str | None, _trigger: str | None
    ) -> int:
        if action not in _WRITES:
            return sqlite3.SQLITE_OK
        if table == "audit_log":
            return sqlite3.SQLITE_OK if action == sqlite3.SQLITE_INSERT else sqlite3.SQLITE_DENY
        if role is None or role == roles.LANH_DAO or (table or "").startswith("sqlite_"):
            return sqlite3.SQLITE_OK
        if role == roles.CHI_XEM:
            return sqlite3.SQLITE_DENY
        if table in _LEADER_TABLES:
            return sqlite3.SQLITE_DENY
        if table == "documents" and action == sqlite3.SQLITE_INSERT:  # a new number is issued
            return sqlite3.SQLITE_DENY
        if table == "sync_keys" and action != sqlite3.SQLITE_INSERT:  # replacing the office's keys
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    return check


def is_refusal(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and _DENIED_MESSAGE in str(exc)


def refused(account: Account | None) -> NotPermitted:
    role = account.role_label if account else ""
    return NotPermitted(
        f"Tài khoản vai trò “{role}” không được thay đổi phần dữ liệu này. "
        "Dữ liệu không bị thay đổi; hãy nhờ lãnh đạo Ban Thường trực làm việc này."
    )


# ---- the accounts table ---------------------------------------------------------------------
def get(store: Store, name: str) -> dict | None:
    rows = store.query("select * from accounts where id = ?", [vault.name_key(name)])
    return rows[0] if rows else None


def all_accounts(store: Store) -> list[dict]:
    return store.query(
        "select id, name, role, created_at, created_by, updated_at, disabled_at, disabled_by "
        "from accounts order by disabled_at is not null, name"
    )


def _keys_file(store: Store):
    return vault.keys_path(store.path)


def _key(store: Store) -> bytes:
    if store.key is None:
        raise UserError(
            "Đơn vị này chưa được bảo vệ bằng mật khẩu; hãy thiết lập tài khoản lãnh đạo trước."
        )
    return store.key


def add(store: Store, name: str, role: str, password: str) -> dict:
    """A new account; its own wrap of the database key goes into the key file and the database."""
    store.require("accounts")
    if store.key is None:
        raise UserError(
            "Đơn vị này chưa được bảo vệ bằng mật khẩu; hãy thiết lập tài khoản lãnh đạo trước."
        )
    name = vault.clean_name(name)
    if role not in roles.ROLES:
        raise UserError("Vai trò phải là lãnh đạo, cán bộ hoặc chỉ xem.")
    vault.check_password(password)
    if get(store, name) is not None:
        raise UserError(
            f"Đã có tài khoản “{name}” (tài khoản bị khóa vẫn giữ tên để nhật ký còn đúng)."
        )
    entry = vault.wrap(_key(store), name, password)
    now = utc_now()
    row = {
        "id": vault.name_key(name),
        "name": name,
        "role": role,
        "key_wrap": _json(entry),
        "created_at": now,
        "created_by": store.actor,
        "updated_at": now,
    }
    with store.transaction():
        store.db["accounts"].insert(row)
        store.audit("account_add", "accounts", row["id"], None, {"name": name, "role": role})
    vault.set_entry(_keys_file(store), _key(store), name, entry)
    return row


def change_password(store: Store, name: str, password: str) -> None:
    """One's own password, or (lãnh đạo) anyone's: only that account's wrap is rewritten."""
    row = get(store, name)
    if row is None:
        raise UserError(f"Không có tài khoản “{name}”.")
    own = store.account is not None and vault.name_key(store.account.name) == row["id"]
    if not own:
        store.require("accounts")
    if row["disabled_at"]:
        raise UserError(f"Tài khoản “{row['name']}” đã bị khóa; không đổi được mật khẩu.")
    vault.check_password(password)
    entry = vault.wrap(_key(store), row["name"], password)
    with store.transaction():
        # an account's own password change goes through the leader-only table as the leader rule's
        # one exception: the authorizer is lifted for this statement alone
        with _unguarded(store):
            store.db["accounts"].update(
                row["id"], {"key_wrap": _json(entry), "updated_at": utc_now()}
            )
        store.audit("password", "accounts", row["id"], None, {"name": row["name"]})
    vault.set_entry(_keys_file(store), _key(store), row["name"], entry)


def disable(store: Store, name: str) -> None:
    """Never deleted: the row stays (the audit trail names it), its wrap of the key is removed."""
    store.require("accounts")
    row = get(store, name)
    if row is None:
        raise UserError(f"Không có tài khoản “{name}”.")
    if row["disabled_at"]:
        return
    if store.account is not None and vault.name_key(store.account.name) == row["id"]:
        raise UserError("Không tự khóa tài khoản đang dùng.")
    leaders = [
        a for a in all_accounts(store) if a["role"] == roles.LANH_DAO and not a["disabled_at"]
    ]
    if row["role"] == roles.LANH_DAO and len(leaders) <= 1:
        raise UserError("Phải còn ít nhất một tài khoản lãnh đạo đang dùng.")
    now = utc_now()
    with store.transaction():
        store.db["accounts"].update(
            row["id"],
            {"key_wrap": None, "disabled_at": now, "disabled_by": store.actor, "updated_at": now},
        )
        store.audit("account_disable", "accounts", row["id"], None, {"name": row["name"]})
    vault.set_entry(_keys_file(store), _key(store), row["name"], None)


def rewrite_key_file(store: Store) -> None:
    """The key file again from the database's copy of every wrap (after a recovery-key log-in)."""
    import json

    data = vault.new_keyfile(_key(store))
    for row in store.query("select name, key_wrap, disabled_at from accounts"):
        entry = (
            {"disabled": True}
            if row["disabled_at"] or not row["key_wrap"]
            else json.loads(row["key_wrap"])
        )
        data["accounts"][vault.name_key(row["name"])] = {"name": row["name"], **entry}
    vault.write(_keys_file(store), data)


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


class _unguarded:
    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> None:
        self.store.conn.set_authorizer(authorizer(None))

    def __exit__(self, *exc: object) -> None:
        self.store.conn.set_authorizer(authorizer(self.store.role))
