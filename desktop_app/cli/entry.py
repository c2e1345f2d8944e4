"""The entry point: the parser, the window shortcut and the one handler that turns errors into messages."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable

from desktop_app import __version__, paths
from desktop_app.core.errors import UserError

# Feature areas add their own subcommands: each module has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    "desktop_app.cli.registers",
    "desktop_app.cli.report",
    "desktop_app.cli.sync",
    "desktop_app.cli.printing",
    "desktop_app.cli.excel",
)

log = logging.getLogger("somattran")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 for bad usage, in Vietnamese
        self.print_usage(sys.stderr)
        self.exit(2, f"somattran: lỗi cách dùng: {message}\n")


# Commands that only read the office: they run beside the window or an import (store/lock.py).
# Any other command is a writer: one at a time per data folder.
READERS: frozenset[str] = frozenset({
    "list", "verify", "print", "report", "communes", "import-record", "backup", "attention", "audit"})


def open_office_store(args: argparse.Namespace, create: bool = True):
    from desktop_app.store.db import open_store

    command = getattr(args, "command", None)
    access = "read" if command in READERS else "write"
    return open_store(paths.database_path(args.data_dir), create=create, access=access,
                      program=f"lệnh “somattran {command}”")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="somattran", description="Sổ Mặt trận — sổ sách của Ủy ban MTTQ xã.")
    parser.add_argument("--version", action="version", version=f"Sổ Mặt trận {__version__}")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục người dùng; hoặc SOMATTRAN_DATA_DIR)")
    parser.add_argument("--demo-if-new", action="store_true",
                        help="mở cửa sổ trên một xã mẫu nếu chưa thiết lập đơn vị (để làm quen)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

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
