"""The application: Qt set-up, fonts, the error hook, first run, the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__, paths, startup

log = logging.getLogger("somattran")


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


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: the error dialog's module (and its imports) loads only when an error happens."""
    from desktop_app.gui.errors_dialog import handle_exception

    handle_exception(exc_type, exc, tb)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    from desktop_app.gui import collector

    collector.install(app)  # Qt objects in cycles are deleted on this thread, never on a reader's
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("somattran")
    if app.property("somattran_vi") is None:
        from desktop_app.gui.qt_vietnamese import vietnamese_translator

        translator = vietnamese_translator(app)
        if translator is not None:
            app.installTranslator(translator)
        app.setProperty("somattran_vi", True)
    return app  # type: ignore[return-value]


def start(data_dir: str | None, opened: Any = None) -> tuple[QApplication, Any, Any] | int:
    """Everything up to the main window shown: (app, window, store), or an exit code when the
    database cannot be opened or the first-run wizard is cancelled. `opened` is what
    startup.open_office gave when the caller ran it before loading Qt."""
    if opened is None:
        opened = startup.open_office(data_dir)
    app = make_application()
    sys.excepthook = excepthook
    register_fonts()
    if isinstance(opened, str):
        QMessageBox.critical(None, APP_NAME, opened)
        return 1
    if isinstance(opened, startup.Protected):
        from desktop_app.gui.login import log_in

        opened = log_in(opened.path)
        if opened is None:
            return 0
        from desktop_app.store.backup import clean_leftovers

        clean_leftovers(opened.path, paths.backups_dir(opened.path.parent))  # as for a plain one
    store = opened
    if store.office() is None:
        from desktop_app.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(store, with_account=True)  # a real office: the chairman's account
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        store = wizard.store  # protected and logged in once the account page was passed
        if not accepted or store.office() is None:
            store.close()
            return 0
    elif not store.protected and store.meta("protect_at_start") == "1" and not store.read_only:
        store = _protected(store)  # an office of an earlier version (or left at the account page)
        if store is None:
            return 0
    from desktop_app.gui import pages
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(store, pages=pages.for_account(store))
    if store.protected:
        from desktop_app.gui.login import SessionGuard

        window.session = SessionGuard(window, store)
    window.show()
    return app, window, store


def _protected(store: Any) -> Any:
    """The protected store, or None (and the plain one closed) when the chairman declines."""
    from desktop_app.gui.login import protect_office

    store = protect_office(store)
    if store.protected:
        return store
    store.close()
    return None


def run(data_dir: str | None, opened: Any = None) -> int:
    started = start(data_dir, opened)
    if isinstance(started, int):
        return started
    app, window, _store = started
    try:
        return app.exec()
    finally:
        window.stop_background()  # however the loop ended, no page reads on past this point
        startup.close_office(
            window.store
        )  # the store in use at exit (a restore replaces the first)
        log.info("closed")
