"""The `somattran` command: the window by default, and the stable commands of DESIGN.md."""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__, paths
from desktop_app.core.errors import UserError

# Feature areas add their own subcommands: each module has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = ("desktop_app.workflow_commands", "desktop_app.sync.commands", "desktop_app.reports.commands")

log = logging.getLogger("somattran")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 for bad usage, in Vietnamese
        self.print_usage(sys.stderr)
        self.exit(2, f"somattran: lỗi cách dùng: {message}\n")


def open_office_store(args: argparse.Namespace, create: bool = True):
    from desktop_app.store.db import open_store

    return open_store(paths.database_path(args.data_dir), create=create)


StoreFactory = Callable[..., object]


def cmd_demo(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.store.demo import build_demo

    store = open_store(args)
    try:
        if store.office() is not None:
            raise UserError("Thư mục dữ liệu này đã có đơn vị. Dùng --data-dir với một thư mục trống để tạo xã mẫu.")
        summary = build_demo(store, people=args.people, villages=args.villages, seed=args.seed,
                             commune_code=args.commune_code, commune_name=args.commune_name)
    finally:
        store.close()
    print(f"Đã tạo xã mẫu {summary['commune_name']} ({summary['commune_code']}): "
          f"{summary['villages']} khu dân cư, {summary['people']} người, {summary['bodies']} ban, "
          f"{summary['activities']} hoạt động, {summary['residents']} đảng viên nơi cư trú.")
    return 0


def cmd_list(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app import listing

    store = open_store(args, create=False)
    try:
        rows = listing.rows_for(store, args.register, {"search": args.search, "village": args.village,
                                                       "year": args.year})
        upper = (store.office() or {}).get("role") == "upper"
    finally:
        store.close()
    out = sys.stdout
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return 0
    columns = listing.LISTINGS[args.register].columns
    if upper:  # the upper level holds every commune's rows: say whose each one is
        columns = {"commune_code": "Mã xã", **columns}
    if args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns.values())
        for row in rows:
            writer.writerow(listing.shown(args.register, k, row.get(k)) for k in columns)
        return 0
    table = [list(columns.values())] + [
        [listing.shown(args.register, k, row.get(k)) for k in columns] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    for i, r in enumerate(table):
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        if i == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    out.write(f"({len(rows)} dòng)\n")
    return 0


def cmd_backup(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.store.backup import backup

    store = open_store(args, create=False)
    try:
        target = backup(store, Path(args.to) if args.to else paths.backups_dir(args.data_dir))
    finally:
        store.close()
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.store.backup import restore

    safety = restore(paths.database_path(args.data_dir), Path(args.backup), paths.backups_dir(args.data_dir))
    print(f"Đã khôi phục từ {args.backup}. Bản dữ liệu trước khi khôi phục được giữ tại {safety}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.listing import REGISTERS

    parser = Parser(prog="somattran", description="Sổ Mặt trận — sổ sách của Ủy ban MTTQ xã.")
    parser.add_argument("--version", action="version", version=f"Sổ Mặt trận {__version__}")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục người dùng; hoặc SOMATTRAN_DATA_DIR)")
    parser.add_argument("--demo-if-new", action="store_true",
                        help="mở cửa sổ trên một xã mẫu nếu chưa thiết lập đơn vị (để làm quen)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    p = sub.add_parser("demo", help="tạo một xã mẫu để làm quen")
    p.add_argument("--villages", type=int, default=12)
    p.add_argument("--people", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--commune-code", default="06280")
    p.add_argument("--commune-name", default=None)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="liệt kê một sổ")
    p.add_argument("register", choices=REGISTERS)
    p.add_argument("--search")
    p.add_argument("--village")
    p.add_argument("--year", type=int)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", help="thư mục ghi bản sao lưu")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục từ một bản sao lưu")
    p.add_argument("backup")
    p.set_defaults(func=cmd_restore)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when the command line asks for the window alone, else None.

    Opening the window is the common case: it skips building the full parser, whose
    command modules import the sync and report layers (cryptography, reportlab)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--demo-if-new", action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else known


def open_window(args: argparse.Namespace) -> int:
    from desktop_app.startup import open_office

    opened = open_office(args.data_dir, demo_if_new=args.demo_if_new)  # before Qt: see startup.py
    from desktop_app.gui.app import run

    return run(args.data_dir, opened)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else argv
    window = window_options(argv)
    if window is not None:
        return _guarded(open_window, window)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _guarded(open_window, args)
    return _guarded(lambda a: a.func(a, open_office_store), args)


def _guarded(action: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return action(args)
    except UserError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `somattran list … | head`
        sys.stderr.close()
        return 0
