"""Accounts and the audit trail on the command line, and the log-in every command of a protected
office goes through:

    somattran users --list | --add NAME --role lanh-dao|can-bo|chi-xem | --disable NAME | --password NAME
    somattran audit [--user NAME] [--record ID] [--since DATE] [--format table|json]

The account and password come from SOMATTRAN_USER / SOMATTRAN_PASSWORD when set, else they are
asked on the terminal (the password without echo); a new password from SOMATTRAN_NEW_PASSWORD,
else asked twice. The password may be the recovery key.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path

from desktop_app import paths
from desktop_app.core import roles
from desktop_app.core.errors import UserError

ENV_USER, ENV_PASSWORD, ENV_NEW_PASSWORD = (
    "SOMATTRAN_USER",
    "SOMATTRAN_PASSWORD",
    "SOMATTRAN_NEW_PASSWORD",
)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def credentials(what: str = "dữ liệu của đơn vị") -> tuple[str, str]:
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    if password is None:
        if not _interactive():
            raise UserError(
                f"{what[:1].upper()}{what[1:]} được bảo vệ bằng mật khẩu: hãy đặt {ENV_USER} và "
                f"{ENV_PASSWORD}, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập."
            )
        if user is None:
            print("Tài khoản: ", end="", file=sys.stderr, flush=True)
            user = sys.stdin.readline().strip()
        password = getpass.getpass("Mật khẩu (hoặc khóa khôi phục): ")
    return user or "", password


def new_password(name: str) -> str:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if not _interactive():
        raise UserError(
            f"Hãy đặt {ENV_NEW_PASSWORD}, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập mật khẩu mới."
        )
    first = getpass.getpass(f"Mật khẩu mới cho “{name}”: ")
    if getpass.getpass("Nhập lại mật khẩu mới: ") != first:
        raise UserError("Hai lần nhập mật khẩu mới không giống nhau; chưa thay đổi gì.")
    return first


def open_with_login(
    args: argparse.Namespace, create: bool = True, access: str = "write", program: str | None = None
):
    """The office's store; a protected office asks for the account first."""
    from desktop_app.store.db import LoginRequired, open_store

    path = paths.database_path(args.data_dir)
    try:
        return open_store(path, create=create, access=access, program=program)
    except LoginRequired:
        pass
    user, password = credentials()
    return open_store(
        path, create=create, access=access, program=program, user=user, password=password
    )


# ---- setup --user and restore -----------------------------------------------------------------
def protect_office(args: argparse.Namespace) -> None:
    """`setup --user NAME`: the first account (lãnh đạo), the data encrypted, the recovery key shown once."""
    from desktop_app.store.protect import protect

    password = os.environ.get(ENV_NEW_PASSWORD) or os.environ.get(ENV_PASSWORD)
    if password is None:
        password = new_password(args.user)
    recovery = protect(
        paths.database_path(args.data_dir), args.user, password, paths.backups_dir(args.data_dir)
    )
    print(f"Đã tạo tài khoản lãnh đạo «{args.user}»; dữ liệu của đơn vị được mã hóa.")
    print("KHÓA KHÔI PHỤC (chỉ hiện một lần — chép hoặc in ra, cất vào tủ của Chủ tịch):")
    print(f"    {recovery}")
    print("Khi quên hết mật khẩu, đây là cách duy nhất để mở dữ liệu.")


def restore_office(args: argparse.Namespace) -> Path:
    from desktop_app.store import vault
    from desktop_app.store.backup import opens_with, restore, unlock_backup
    from desktop_app.store.db import looks_encrypted

    db_path = paths.database_path(args.data_dir)
    backup_path = Path(args.backup)
    current_key = None
    user = password = None
    if db_path.exists() and looks_encrypted(db_path):
        store = open_with_login(args, create=False, access="read", program="lệnh khôi phục dữ liệu")
        try:
            store.require("restore")
            current_key = store.key
            account = store.account
        finally:
            store.close()
        user, password = credentials()
        name = None if account is None or account.recovery else account.name
        if opens_with(backup_path, current_key, name):  # this office's backup: its key opens it
            return restore(
                db_path,
                backup_path,
                paths.backups_dir(args.data_dir),
                current_key=current_key,
                unlocked=(current_key, name),
            )
    if backup_path.is_file() and looks_encrypted(backup_path):
        if password is None:
            user, password = credentials("bản sao lưu")
        try:
            unlock_backup(backup_path, user, password)
        except vault.WrongPassword:
            if not _interactive():
                raise UserError(
                    "Mật khẩu này không mở được bản sao lưu (sao lưu lúc các tài khoản có mật khẩu "
                    "khác). Hãy dùng mật khẩu của lúc sao lưu hoặc khóa khôi phục."
                ) from None
            print("Bản sao lưu được tạo khi mật khẩu khác.", file=sys.stderr)
            user = input("Tài khoản lúc sao lưu (để trống nếu dùng khóa khôi phục): ").strip()
            password = getpass.getpass("Mật khẩu lúc sao lưu hoặc khóa khôi phục: ")
    return restore(
        db_path,
        backup_path,
        paths.backups_dir(args.data_dir),
        user=user,
        password=password,
        current_key=current_key,
    )


# ---- users ----------------------------------------------------------------------------------
def cmd_users(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import accounts

    store = open_store(args, create=False)
    try:
        if args.list:
            store.require("accounts")
            rows = accounts.all_accounts(store)
            if not rows:
                print(
                    "Đơn vị chưa có tài khoản (chưa bảo vệ bằng mật khẩu). Tạo tài khoản lãnh đạo đầu tiên: "
                    "somattran setup ... --user TÊN"
                )
                return 0
            for row in rows:
                state = f"đã khóa {row['disabled_at'][:10]}" if row["disabled_at"] else "đang dùng"
                print(f"{row['name']:<24} {roles.ROLES.get(row['role'], row['role']):<10} {state}")
            return 0
        if args.add:
            role = roles.role_from_cli(args.role or "")
            if role is None:
                raise UserError("Hãy chọn vai trò: --role lanh-dao, can-bo hoặc chi-xem.")
            store.require("accounts")
            accounts.add(store, args.add, role, new_password(args.add))
            print(f"Đã thêm tài khoản «{args.add}» ({roles.ROLES[role]}).")
        elif args.disable:
            accounts.disable(store, args.disable)
            print(f"Đã khóa tài khoản «{args.disable}» (tên vẫn giữ trong nhật ký).")
        elif args.password:
            if store.key is None:
                raise UserError("Đơn vị này chưa có tài khoản nào.")
            accounts.change_password(store, args.password, new_password(args.password))
            print(f"Đã đổi mật khẩu của «{args.password}».")
    finally:
        store.close()
    return 0


# ---- audit ----------------------------------------------------------------------------------
def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            "ngày viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-26"
        ) from None


def cmd_audit(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import audit_trail

    store = open_store(args, create=False)
    try:
        found = audit_trail.changes(store, user=args.user, record=args.record, since=args.since)
    finally:
        store.close()
    if args.format == "json":
        json.dump(
            [c.as_json() for c in found], sys.stdout, ensure_ascii=False, indent=1, default=str
        )
        print()
        return 0
    from desktop_app.core.audit_labels import field_label, table_label, value_label

    for c in found:  # the table for people reads Vietnamese names; json keeps the codes
        what = audit_trail.ACTION_LABELS.get(c.action, c.action)
        old, new = (audit_trail.shown(value_label(c.table, c.field, v)) for v in (c.old, c.new))
        field = f" {field_label(c.table, c.field)}: {old!r} → {new!r}" if c.field else ""
        print(
            f"{c.at[:19]}  {c.user:<20} {what:<14} {table_label(c.table)} "
            f"{c.record_id or ''}{field}"
        )
    print(f"({len(found)} dòng)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="tài khoản: liệt kê, thêm, khóa, đổi mật khẩu (lãnh đạo)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--list", action="store_true", help="liệt kê các tài khoản")
    group.add_argument("--add", metavar="NAME", help="thêm tài khoản (cần --role)")
    group.add_argument("--disable", metavar="NAME", help="khóa tài khoản (không xóa)")
    group.add_argument(
        "--password", metavar="NAME", help="đổi mật khẩu (SOMATTRAN_NEW_PASSWORD hoặc nhập)"
    )
    p.add_argument("--role", metavar="ROLE", help="lanh-dao, can-bo hoặc chi-xem")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("audit", help="nhật ký: ai sửa gì, khi nào (lãnh đạo)")
    p.add_argument("--user", metavar="NAME", help="chỉ của tài khoản này")
    p.add_argument("--record", metavar="ID", help="chỉ của bản ghi này (mã)")
    p.add_argument("--since", type=_day, metavar="DATE", help="từ ngày (NĂM-THÁNG-NGÀY)")
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="cách in kết quả: bảng hay JSON",
    )
    p.set_defaults(func=cmd_audit)
