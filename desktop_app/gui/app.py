"""The application: fonts, log file, error hook, the office's store, first run, the main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__, paths
from desktop_app.core.errors import UserError

log = logging.getLogger("somattran")


def setup_logging(logs_dir: Path) -> Path:
    """A rotating log file (1 MB × 5) beside the office's data."""
    target = logs_dir / "somattran.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == target
               for h in root.handlers):
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def register_fonts() -> list[str]:
    """The Tinos family (Times-compatible, full Vietnamese) for previews of printed forms."""
    families: list[str] = []
    for font in sorted(paths.FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("could not load font %s", font)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("somattran")
    if app.property("somattran_vi") is None:
        from desktop_app.gui.qt_vietnamese import QtVietnamese

        app.installTranslator(QtVietnamese(app))
        app.setProperty("somattran_vi", True)
    return app  # type: ignore[return-value]


def start(data_dir: str | None) -> tuple[QApplication, Any, Any] | int:
    """Everything up to the main window shown: (app, window, store), or an exit code when the
    database cannot be opened or the first-run wizard is cancelled."""
    app = make_application()
    log_file = setup_logging(paths.logs_dir(data_dir))
    from desktop_app.gui.errors_dialog import install_excepthook

    install_excepthook()
    register_fonts()
    log.info("Sổ Mặt trận %s starting, log %s", __version__, log_file)
    from desktop_app.store.db import open_store

    try:
        store = open_store(paths.database_path(data_dir))
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    if store.office() is None:
        from desktop_app.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(store)
        if wizard.exec() != QDialog.DialogCode.Accepted or store.office() is None:
            store.close()
            return 0
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    return app, window, store


def run(data_dir: str | None) -> int:
    started = start(data_dir)
    if isinstance(started, int):
        return started
    app, _window, store = started
    try:
        return app.exec()
    finally:
        store.close()
        log.info("closed")
