"""The entry point: the parser, the window shortcut and the one handler that turns errors into messages."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
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
    "desktop_app.cli.attention",
    "desktop_app.cli.admin",
)

log = logging.getLogger("somattran")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 for bad usage, in Vietnamese
        self.print_usage(sys.stderr)
        self.exit(2, f"somattran: lỗi cách dùng: {message}\n")


# Commands that only read the office: they run beside the window or an import (store/lock.py).
# Any other command is a writer: one at a time per data folder.
READERS: frozenset[str] = frozenset(
    {
        "list",
        "verify",
        "print",
        "report",
        "communes",
        "import-record",
        "backup",
        "attention",
        "audit",
    }
)


def open_office_store(args: argparse.Namespace, create: bool = True):
    from desktop_app.cli.admin import open_with_login  # a protected office asks for the account

    command = getattr(args, "command", None)
    access = "read" if command in READERS else "write"
    store = open_with_login(
        args, create=create, access=access, program=f"lệnh “somattran {command}”"
    )
    if (
        access == "write"
    ):  # an interrupted restore or backup: cleaned when nothing else has the office
        from desktop_app.store.backup import clean_leftovers

        clean_leftovers(store.path, paths.backups_dir(args.data_dir))
    return store


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.cli import usage_vi

    usage_vi.install()
    parser = Parser(prog="somattran", description="Sổ Mặt trận — sổ sách của Ủy ban MTTQ xã.")
    parser.add_argument(
        "--version",
        action="version",
        version=f"Sổ Mặt trận {__version__}",
        help="in phiên bản của chương trình rồi thoát",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="thư mục dữ liệu (mặc định: thư mục người dùng; hoặc SOMATTRAN_DATA_DIR)",
    )
    parser.add_argument(
        "--demo-if-new",
        action="store_true",
        help="mở cửa sổ trên một xã mẫu nếu chưa thiết lập đơn vị (để làm quen)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="LỆNH")

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when the command line asks for the window alone, else None.

    Opening the window is the common case: it skips building the full parser, whose
    command modules import the sync and report layers (cryptography, reportlab)."""
    pre = _Probe(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--demo-if-new", action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except _NotTheWindow:  # bad usage: the full parser says what is wrong, once
        return None
    return None if rest else known


class _NotTheWindow(Exception):
    pass


class _Probe(argparse.ArgumentParser):
    """The window's few options, read without printing anything."""

    def error(self, message: str) -> None:
        raise _NotTheWindow(message)


NO_DISPLAY = (
    "Không có màn hình để mở cửa sổ (máy không có giao diện đồ họa). Hãy chạy trên máy có màn "
    "hình, hoặc dùng các lệnh như “somattran attention”, “somattran list people”."
)


def _no_display() -> bool:
    """A Linux session without X11 or Wayland (an SSH login, a server): Qt would abort with its
    own English message. Windows and macOS always have a screen."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def open_window(args: argparse.Namespace) -> int:
    if _no_display():  # before anything is made in the data folder
        raise UserError(NO_DISPLAY)
    from desktop_app.startup import open_office

    opened = open_office(args.data_dir, demo_if_new=args.demo_if_new)  # before Qt: see startup.py
    from desktop_app.gui.app import run

    return run(args.data_dir, opened)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            # backslashreplace: a name with bytes that are not UTF-8 still prints (as \xNN)
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    if not log.handlers:  # records go to the log file only, never to the officer's terminal
        log.addHandler(logging.NullHandler())
    logging.raiseExceptions = False  # a log on a full disk says nothing on the terminal either
    argv = sys.argv[1:] if argv is None else argv
    window = window_options(argv)
    if window is not None:
        return _guarded(open_window, window)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _guarded(open_window, args)
    return _guarded(lambda a: a.func(a, open_office_store), args)


def say(text: str) -> None:
    """A message on stderr that prints whatever the terminal can encode (never raises)."""
    stream = sys.stderr
    if stream is None:  # pythonw: no console
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (UnicodeError, ValueError, OSError):
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            stream.buffer.write((text + "\n").encode(encoding, "replace"))
            stream.buffer.flush()
        except Exception:  # noqa: BLE001 - nowhere left to say it
            pass


def _log_to_file(args: argparse.Namespace) -> str:
    """The rotating log of the data folder, else of the user's log folder; its path or ""."""
    from desktop_app.startup import setup_logging

    where = ""
    for folder in (
        lambda: paths.logs_dir(getattr(args, "data_dir", None)),
        paths.fallback_logs_dir,
    ):
        try:
            where = str(setup_logging(folder()))
            break
        except Exception:  # noqa: BLE001 - a bad data folder may be why we are here
            continue
    return where


def _guarded(action: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """The command line's one handler: an expected failure is its plain Vietnamese message
    (exit 1), anything else a short message pointing at the log, never a traceback."""
    from desktop_app.store.faults import explain

    try:
        return action(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `somattran list … | head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the top-level handler
        message = explain(exc)
        if message is not None:
            if not isinstance(exc, UserError):
                _log_to_file(args)
                log.warning("%s: %r", getattr(args, "command", None), exc)
            hint = exc.command_hint if isinstance(exc, UserError) else ""
            say(f"Lỗi: {message}" + (f" ({hint})" if hint else ""))
            return 1
        where = _log_to_file(args)
        log.error("unexpected error in %r", getattr(args, "command", None), exc_info=exc)
        say(
            "Lỗi: chương trình gặp một lỗi ngoài dự kiến; việc vừa làm không hoàn tất. "
            + (
                f"Chi tiết đã ghi vào nhật ký “{where}”: hãy gửi tệp này cho người hỗ trợ kỹ thuật."
                if where
                else "Hãy báo cho người hỗ trợ kỹ thuật."
            )
        )
        return 1
