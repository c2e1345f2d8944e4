"""Sync commands: setup, key, export, verify, import, quarantine, communes, import-record.

Each subcommand's func(args, store_factory) returns the exit code; a UserError propagates to
cli.main, which prints its Vietnamese message and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import paths
from desktop_app.sync.files import FileOutcome
from desktop_app.sync.plan import ImportPlan

ROLE_CHOICES = ("commune", "upper")


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_setup(args: argparse.Namespace, open_store) -> int:
    from desktop_app.sync.office import setup_office

    store = open_store(args)
    try:
        if store.protected and args.user:
            from desktop_app.core.errors import UserError

            raise UserError(
                "Đơn vị đã có tài khoản; thêm người dùng bằng: somattran users --add TÊN --role ..."
            )
        store.require("settings")
        result = setup_office(
            store,
            args.role,
            args.name,
            args.code,
            upper_name=args.upper_name,
            upper_code=args.upper_code,
            unit_kind=args.unit_kind,
        )
    finally:
        store.close()
    verb = "Đã thiết lập" if result.created else "Đã cập nhật"
    role = "đơn vị cấp trên" if args.role == "upper" else "Ủy ban MTTQ xã"
    print(f"{verb} {role} «{args.name}» (mã {args.code}).")
    print(f"Dấu vân tay khóa của đơn vị: {result.fingerprint}")
    if args.user:
        from desktop_app.cli.admin import protect_office

        protect_office(args)
    if args.role == "upper":
        print("Tiếp theo: xuất tệp khóa công khai cho các xã: somattran key --export THƯ_MỤC")
    return 0


def cmd_key(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import sync_keys
    from desktop_app.sync import keys

    store = open_store(args)
    try:
        if args.export:
            result = keys.export_public_key(store, args.export)
            print(result.path)
            _err(f"Dấu vân tay: {result.fingerprint} — đọc cho các xã để họ đối chiếu.")
        elif args.trust:
            trusted = keys.trust_upper_key(store, args.trust)
            print(f"Đã tin cậy khóa của {trusted.office_name} (mã {trusted.office_code}).")
            print(f"Dấu vân tay: {trusted.fingerprint} — hãy đối chiếu với cấp trên.")
            if trusted.replaced:
                print(f"Khóa cũ ({trusted.replaced}) không còn được dùng cho gói mới.")
        elif args.new:
            new = keys.replace_own_keys(store)
            print(f"Dấu vân tay khóa mới của xã: {new.fingerprint}")
            _err(
                "Gọi điện cho cấp trên, đọc dấu vân tay này để cấp trên đối chiếu khi nhập gói "
                "tiếp theo, và đề nghị cấp trên thu hồi khóa cũ."
            )
        elif args.revoke:
            keys.revoke_commune_key(store, args.revoke)
            print(f"Đã thu hồi khóa {args.revoke}: gói ký bằng khóa này sẽ bị từ chối.")
        elif args.list:
            for row in sync_keys.commune_keys(store):
                state = f"thu hồi {row['revoked_at']}" if row["revoked_at"] else "đang dùng"
                print(
                    f"{row['commune_code']}  {row['fingerprint']}  {row['commune_name']}  ({state})"
                )
        else:
            office = keys.office_or_fail(store)
            print(f"{keys.office_name(office)} (mã {office['commune_code']})")
            print(f"Dấu vân tay khóa của đơn vị: {keys.ensure_keys(store).fingerprint}")
            upper = sync_keys.trusted_upper(store)
            if upper:
                print(f"Khóa cấp trên tin cậy: {upper['office_name']} — {upper['fingerprint']}")
    finally:
        store.close()
    return 0


def cmd_export(args: argparse.Namespace, open_store) -> int:
    from desktop_app.sync.export import export_bundle

    store = open_store(args, create=False)
    try:
        result = export_bundle(store, args.to, full=args.full, allow_plain=args.unencrypted)
    finally:
        store.close()
    print(result.path)
    kind = (
        "đầy đủ"
        if result.full
        else (f"nối tiếp gói số {result.base_sequence}" if result.base_sequence else "gói đầu tiên")
    )
    _err(
        f"Gói số {result.sequence} ({kind}): {result.total_rows} bản ghi; "
        + (f"mã hóa cho {result.recipient}." if result.encrypted else "không mã hóa.")
    )
    for warning in result.warnings:
        _err(
            f"Cảnh báo: {warning}"
            + (" (dòng lệnh: somattran key --trust TỆP)" if "Nhận tệp khóa" in warning else "")
        )
    return 0


def cmd_verify(args: argparse.Namespace, open_store) -> int:
    from desktop_app.sync.files import verify_file

    store = None
    if paths.database_path(args.data_dir).exists():
        store = open_store(args, create=False)
    try:
        report = verify_file(args.bundle, store)
    finally:
        if store is not None:
            store.close()
    print("\n".join(report.lines))
    if report.problem:
        _err(f"Lỗi: {report.problem}")
        return 1
    return 0


def _print_plan(plan: ImportPlan) -> None:
    for s in plan.summaries:
        if s.new or s.changed or s.deleted or s.unchanged or s.quarantined:
            print(
                f"    {s.label}: {s.new} mới, {s.changed} sửa, {s.deleted} xóa, "
                f"{s.unchanged} không đổi, {s.quarantined} cách ly"
            )
    for q in plan.quarantine[:20]:
        print(f"    cách ly {q.table} {q.record_id}: {q.reason}")
    if len(plan.quarantine) > 20:
        print(f"    … và {len(plan.quarantine) - 20} bản ghi cách ly khác")
    for w in plan.warnings:
        print(
            f"    ! {w}"
            + (" (dòng lệnh: somattran key --export THƯ_MỤC)" if "Xuất tệp khóa" in w else "")
        )
    for c in plan.confirmations:
        print(f"    !! Cần xác nhận: {c}")


def _print_outcome(outcome: FileOutcome, dry_run: bool) -> None:
    name = outcome.path.name
    if outcome.error is not None:
        _err(f"Lỗi: {name}: {outcome.error.message}")
        return
    if outcome.receipt is not None:
        r = outcome.receipt
        said = {
            "acknowledged": f"cấp trên đã xác nhận tới gói số {r.base_sequence}",
            "older": f"không đổi mốc (đã xác nhận tới gói số {r.base_sequence})",
            "repeat": "đã nhập biên nhận này trước đây, không có gì thay đổi",
        }[r.status]
        prefix = "(chạy thử) " if dry_run else ""
        print(f"{name}: {prefix}biên nhận gói số {r.sequence} của {r.upper_name} — {said}.")
        if r.quarantined:
            print(f"    ! Cấp trên đã cách ly {r.quarantined} bản ghi của gói này.")
        return
    plan = outcome.plan
    assert plan is not None
    h = plan.header
    head = f"{name}: {plan.commune}, gói số {h.sequence}"
    if plan.status == "repeat":
        print(f"{head} — đã nhập trước đây, không có gì thay đổi.")
    elif dry_run:
        print(f"{head} — chạy thử, chưa ghi gì:")
    else:
        print(f"{head} — đã nhập:")
    if plan.needs_enrolment:
        verb = "Đã ghi nhận" if outcome.result and outcome.result.enrolled else "Cần ghi nhận"
        print(f"    {verb} khóa của xã, dấu vân tay {plan.fingerprint}")
    if plan.status != "repeat":
        _print_plan(plan)
    result = outcome.result
    if result is not None and result.receipt_path:
        print(f"    Biên nhận: {result.receipt_path}")
    if result is not None and result.receipt_error:
        _err(f"Cảnh báo: {name}: chưa ghi được biên nhận: {result.receipt_error}")


def _ask_enrolment(plan: ImportPlan) -> bool:
    """At a terminal, --enrol still shows the fingerprint and asks before trusting the key."""
    print(
        f"{plan.path.name}: {plan.commune} ký bằng khóa có dấu vân tay\n    {plan.fingerprint}\n"
        "Đối chiếu với dấu vân tay trên máy của xã (đọc qua điện thoại)."
    )
    answer = input("Gõ “co” nếu trùng khớp để ghi nhận khóa này: ")
    return answer.strip().lower() in ("co", "có", "c", "y", "yes")


def cmd_import(args: argparse.Namespace, open_store) -> int:
    from desktop_app.sync.files import import_files

    enrol = (_ask_enrolment if sys.stdin.isatty() else True) if args.enrol else False
    store = open_store(args, create=False)
    try:
        outcomes = import_files(
            store,
            args.files,
            dry_run=args.dry_run,
            enrol=enrol,
            confirm=args.confirm_restore,
            receipt_dir=args.receipt_dir,
            on_file=lambda o: _print_outcome(o, args.dry_run),
        )
    finally:
        store.close()
    return 1 if any(o.error for o in outcomes) else 0


def cmd_quarantine(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import import_log
    from desktop_app.sync.importer import rerun_quarantine
    from desktop_app.sync.keys import office_or_fail

    store = open_store(args, create=False)
    try:
        office_or_fail(store, "upper")
        if args.rerun:
            result = rerun_quarantine(store, args.commune)
            print(
                f"Đã nhập lại {result.applied} bản ghi; còn {len(result.still_held)} bản ghi cách ly."
            )
        for row in import_log.open_quarantine(store, args.commune):
            print(
                f"{row['commune_code']}  {row['table_name']}  {row['record_id']}  {row['reason']}"
            )
    finally:
        store.close()
    return 0


def cmd_communes(args: argparse.Namespace, open_store) -> int:
    from desktop_app.sync.consolidate import commune_statuses

    store = open_store(args, create=False)
    try:
        rows = commune_statuses(store)
    finally:
        store.close()
    for r in rows:
        state = "QUÁ HẠN" if r.overdue else "đúng hạn"
        last = (
            f"gói số {r.last_sequence} ngày {r.last_bundle_date}"
            if r.last_sequence
            else "chưa có gói"
        )
        print(
            f"{r.commune_code}  {r.commune_name or ''}  {last}  {state}"
            + (f"  ({r.quarantined} bản ghi cách ly)" if r.quarantined else "")
        )
    return 0


def cmd_import_record(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.import_record import write_import_record

    store = open_store(args, create=False)
    try:
        out = write_import_record(store, Path(args.out), args.import_id)
    finally:
        store.close()
    print(out)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("setup", help="thiết lập đơn vị (xã hoặc cấp trên) và tạo khóa")
    p.add_argument(
        "--role",
        choices=ROLE_CHOICES,
        required=True,
        help="commune: Ủy ban MTTQ xã; upper: đơn vị cấp trên",
    )
    p.add_argument("--name", required=True, metavar="NAME", help="tên đơn vị")
    p.add_argument(
        "--code", required=True, metavar="CODE", help="mã đơn vị (xã 5 chữ số, tỉnh 2 chữ số)"
    )
    p.add_argument("--upper-name", metavar="NAME", help="tên đơn vị cấp trên (ở xã)")
    p.add_argument("--upper-code", metavar="CODE", help="mã đơn vị cấp trên (ở xã)")
    p.add_argument("--unit-kind", choices=("xa", "phuong", "dac_khu"), help="xã, phường, đặc khu")
    p.add_argument(
        "--user", metavar="NAME", help="tạo tài khoản lãnh đạo đầu tiên và mã hóa dữ liệu"
    )
    p.set_defaults(func=cmd_setup)

    p = subparsers.add_parser("key", help="khóa của đơn vị: xuất, tin cậy, liệt kê, thu hồi")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--export", metavar="FILE", help="ghi tệp khóa công khai (tệp hoặc thư mục)")
    group.add_argument("--trust", metavar="FILE", help="ở xã: tin cậy tệp khóa của cấp trên")
    group.add_argument("--list", action="store_true", help="ở cấp trên: các khóa xã đã ghi nhận")
    group.add_argument("--revoke", metavar="FINGERPRINT", help="ở cấp trên: thu hồi khóa của xã")
    group.add_argument(
        "--new",
        action="store_true",
        help="ở xã: tạo khóa mới khi máy hoặc khóa cũ có thể đã lọt vào tay người khác",
    )
    p.set_defaults(func=cmd_key)

    p = subparsers.add_parser("export", help="xuất gói đồng bộ gửi cấp trên")
    p.add_argument("--to", required=True, metavar="DIR", help="thư mục (USB) ghi gói")
    p.add_argument("--full", action="store_true", help="xuất toàn bộ thay vì phần thay đổi")
    p.add_argument(
        "--unencrypted",
        action="store_true",
        help="vẫn xuất khi chưa có khóa cấp trên: gói KHÔNG mã hóa, ai nhặt được USB cũng đọc được",
    )
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("verify", help="kiểm tra một gói, biên nhận hoặc tệp khóa")
    p.add_argument("bundle", metavar="FILE")
    p.set_defaults(func=cmd_verify)

    p = subparsers.add_parser("import", help="cấp trên: nhập gói của các xã; xã: nhập biên nhận")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và tóm tắt, không ghi")
    p.add_argument(
        "--enrol",
        action="store_true",
        help="ghi nhận khóa của xã (sau khi đã đối chiếu dấu vân tay)",
    )
    p.add_argument(
        "--confirm-restore",
        action="store_true",
        help="vẫn nhập khi dữ liệu của xã đã được khôi phục hoặc sao chép",
    )
    p.add_argument("--receipt-dir", metavar="DIR", help="nơi ghi biên nhận (mặc định: cạnh gói)")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("quarantine", help="cấp trên: các bản ghi bị cách ly khi nhập")
    p.add_argument("--commune", metavar="CODE", help="chỉ của xã có mã này")
    p.add_argument("--rerun", action="store_true", help="thử nhập lại các bản ghi bị cách ly")
    p.set_defaults(func=cmd_quarantine)

    p = subparsers.add_parser("communes", help="cấp trên: tình hình nhận gói của các xã")
    p.set_defaults(func=cmd_communes)

    p = subparsers.add_parser("import-record", help="cấp trên: in biên bản một lần nhập (PDF)")
    p.add_argument(
        "import_id", nargs="?", metavar="ID", help="mã lần nhập (mặc định: lần gần nhất)"
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")
    p.set_defaults(func=cmd_import_record)
