"""What the window needs before Qt loads (the log file and the office's database), and what
closing it does (the day's automatic backup).

`somattran` runs this before importing PySide6. Once PySide6 is loaded it reads the source of
every module imported after it (looking for `from __feature__ import …`), about 0.3 ms a module;
the store, the core and the standard-library modules they pull in load faster before it.
"""

from __future__ import annotations

import logging
import sqlite3
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__, paths

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran")


def setup_logging(logs_dir: Path) -> Path:
    """A rotating log file (1 MB × 5) beside the office's data."""
    target = logs_dir / "somattran.log"
    root = logging.getLogger()
    if not any(
        isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == target for h in root.handlers
    ):
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


class Protected:
    """An office whose database is encrypted: the window asks for a log-in before opening it."""

    def __init__(self, path: Path) -> None:
        self.path = path


def open_office(data_dir: str | None, demo_if_new: bool = False) -> Store | Protected | str:
    """The log file, then the office's store (with the demo commune built into an empty one when
    asked), a Protected office to log in to, or the Vietnamese message saying why the database
    cannot be opened (a bad data folder, a read-only medium, another program holding the office…)."""
    from desktop_app.store.faults import explain

    try:
        log_file = setup_logging(paths.logs_dir(data_dir))
        log.info("Sổ Mặt trận %s starting, log %s", __version__, log_file)
        from desktop_app.store.db import looks_encrypted, open_store

        if paths.database_path(data_dir).exists() and looks_encrypted(
            paths.database_path(data_dir)
        ):
            return Protected(paths.database_path(data_dir))
        store = open_store(paths.database_path(data_dir), program="cửa sổ Sổ Mặt trận")
        from desktop_app.store.backup import clean_leftovers

        clean_leftovers(store.path, paths.backups_dir(data_dir))
    except Exception as exc:  # noqa: BLE001 - every failure to open is a message for the window
        message = explain(exc)
        if message is None:
            raise
        log.warning("cannot open the database: %r", exc)
        return message
    if demo_if_new and store.office() is None:
        from desktop_app.store.demo import build_demo

        try:
            build_demo(store)
        except BaseException:
            store.close()
            raise
    store.office()  # the window's title; read now, before Qt is loaded
    return store


def close_office(store: Store) -> None:
    """The day's automatic backup beside the data (setting auto_backup_keep), then close. A
    failed backup (disk full, folder not writable) is logged and never keeps the program open."""
    from desktop_app.store.backup import automatic_backup

    try:
        made = automatic_backup(
            store, paths.backups_dir(store.path.parent), store.settings("auto_backup_keep")
        )
        if made:
            log.info("automatic backup %s", made)
    except (OSError, sqlite3.Error) as exc:
        log.warning("automatic backup failed: %s", exc)
    finally:
        store.close()
