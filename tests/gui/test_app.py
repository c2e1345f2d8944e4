"""The application object: log file, fonts, the error hook with its copyable report, start-up."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from desktop_app.core.errors import UserError
from desktop_app.gui import errors_dialog
from desktop_app.gui.app import excepthook, register_fonts, start
from desktop_app.startup import setup_logging


@pytest.fixture
def restore_hooks(monkeypatch: pytest.MonkeyPatch, own_log_handlers: None) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_fonts_are_registered(qapp: Any) -> None:
    assert "Tinos" in register_fonts()


def test_unexpected_error_is_logged_and_reported(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: Any
) -> None:
    log_file = setup_logging(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(
        errors_dialog.ErrorReportDialog,
        "exec",
        lambda self: shown.append(self.report.toPlainText()),
    )
    try:
        raise RuntimeError("hỏng ở đâu đó")
    except RuntimeError as exc:
        errors_dialog.handle_exception(type(exc), exc, exc.__traceback__)
    report = shown[0]
    assert "Sổ Mặt trận" in report and "PySide6" in report and "Python" in report
    assert "RuntimeError: hỏng ở đâu đó" in report and "Traceback" in report
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hỏng ở đâu đó" in log_file.read_text(encoding="utf-8")


def test_copy_report_puts_it_on_the_clipboard(qapp: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = errors_dialog.ErrorReportDialog("báo cáo lỗi: Traceback …")
    dialog.copy_report()
    assert QGuiApplication.clipboard().text() == "báo cáo lỗi: Traceback …"


def test_expected_error_is_a_plain_message(qapp: Any, message_boxes: Any) -> None:
    exc = UserError("Không tìm thấy tệp. Hãy chọn lại.")
    errors_dialog.handle_exception(UserError, exc, None)
    assert message_boxes.texts("warning") == ["Không tìm thấy tệp. Hãy chọn lại."]


def test_the_installed_hook_shows_an_expected_error_plainly(qapp: Any, message_boxes: Any) -> None:
    excepthook(UserError, UserError("Tệp đang được chương trình khác dùng."), None)
    assert message_boxes.texts("warning") == ["Tệp đang được chương trình khác dùng."]


def test_start_opens_the_window_on_an_existing_office(
    qtbot: Any, tmp_path: Path, restore_hooks: Any, _gui_demo_template: Path
) -> None:
    import shutil

    from desktop_app import paths

    shutil.copy(_gui_demo_template, paths.database_path(tmp_path))
    started = start(str(tmp_path))
    assert not isinstance(started, int)
    _app, window, store = started
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and "Sổ Mặt trận" in window.windowTitle()
        assert store.office()["commune_name"] in window.windowTitle()
        assert (paths.logs_dir(tmp_path) / "somattran.log").exists()
        assert sys.excepthook is excepthook
    finally:
        for timer in window.findChildren(QTimer):
            timer.stop()
        window.hide()
        store.close()


def test_opening_the_window_loads_no_heavy_library(
    tmp_path: Path, _gui_demo_template: Path
) -> None:
    """The start-up budget: sqlite-utils waits for the first write, the sync, print and Excel
    libraries for their pages; the store is opened before Qt is imported."""
    import shutil
    import subprocess

    from desktop_app import paths

    shutil.copy(_gui_demo_template, paths.database_path(tmp_path))
    code = (
        "import sys\n"
        "from desktop_app.startup import open_office\n"
        "opened = open_office(sys.argv[1])\n"
        "print('PySide6' in sys.modules)\n"
        "from desktop_app.gui.app import start\n"
        "app, window, store = start(sys.argv[1], opened)\n"
        "app.processEvents()\n"
        "print(window.isVisible(), window.windowTitle())\n"
        "heavy = ('sqlite_utils', 'reportlab', 'openpyxl', 'cryptography', 'PySide6.QtPdf')\n"
        "print(','.join(m for m in heavy if m in sys.modules) or '-')\n"
        "import os; os._exit(0)\n"
    )
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
        timeout=60,
    )
    qt_before, shown, heavy = done.stdout.strip().splitlines()[-3:]
    assert qt_before == "False"
    assert shown.startswith("True Sổ Mặt trận")
    assert heavy == "-"


def test_a_protected_office_shows_its_log_in_before_any_key_is_derived(tmp_path: Path) -> None:
    """The window of a protected office is its log-in dialog: it shows without the crypto stack
    (cryptography for scrypt and AES-GCM, sqlcipher3) or any other heavy library; the key is derived
    and the database decrypted only once the officer has typed a password."""
    import subprocess

    from desktop_app import paths
    from desktop_app.store import protect
    from desktop_app.store.db import open_store

    path = paths.database_path(tmp_path)
    store = open_store(path)
    store.setup_office(commune_name="Hòa Cư", commune_code="06280", province_name="Lạng Sơn")
    store.close()
    protect.protect(path, "chutich", "mat-khau-chu-tich")
    code = (
        "import sys\n"
        "from desktop_app.startup import open_office\n"
        "opened = open_office(sys.argv[1])\n"
        "print(type(opened).__name__, 'PySide6' in sys.modules)\n"
        "heavy = ('sqlite_utils', 'reportlab', 'openpyxl', 'cryptography', 'sqlcipher3', "
        "'PySide6.QtPdf')\n"
        "def loaded(): return ','.join(m for m in heavy if m in sys.modules) or '-'\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.gui.app import make_application, start\n"
        "from desktop_app.gui.login import LoginDialog\n"
        "app = make_application()\n"
        "def type_password():\n"
        "    dialog = next(w for w in QApplication.topLevelWidgets()\n"
        "                  if isinstance(w, LoginDialog) and w.isVisible())\n"
        "    app.processEvents()\n"
        "    print('login', loaded())\n"
        "    dialog.ui.userEdit.setText('chutich')\n"
        "    dialog.ui.passwordEdit.setText('mat-khau-chu-tich')\n"
        "    dialog.ui.buttonBox.accepted.emit()\n"
        "QTimer.singleShot(0, type_password)\n"
        "app_, window, store = start(sys.argv[1], opened)\n"
        "app.processEvents()\n"
        "print('window', window.isVisible(), store.account.name, loaded())\n"
        "import os; os._exit(0)\n"
    )
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
        timeout=60,
    )
    opened, at_login, at_window = done.stdout.strip().splitlines()[-3:]
    assert opened == "Protected False"  # nothing decrypted before Qt either
    assert at_login == "login -"
    assert at_window.startswith("window True chutich")
    assert "cryptography" in at_window and "sqlcipher3" in at_window  # loaded by the log-in


def test_the_upper_office_window_loads_no_sync_or_crypto_library(tmp_path: Path) -> None:
    """At an upper level too (issue 12): the overview (communes, attention list) is filled
    without sqlite-utils, cryptography, reportlab or the other heavy libraries."""
    import subprocess

    from tests.conftest import TODAY
    from tests.reports.upper_store import build_upper

    build_upper(tmp_path, TODAY)
    code = (
        "import sys, time\n"
        "from desktop_app.startup import open_office\n"
        "opened = open_office(sys.argv[1])\n"
        "from desktop_app.gui.app import start\n"
        "app, window, store = start(sys.argv[1], opened)\n"
        "page = window.current_page()\n"
        "while not getattr(page, 'loaded', True):\n"
        "    app.processEvents(); time.sleep(0.005)\n"
        "print(window.isVisible(), page.village_model.rowCount())\n"
        "heavy = ('sqlite_utils', 'reportlab', 'openpyxl', 'cryptography', 'PySide6.QtPdf')\n"
        "print(','.join(m for m in heavy if m in sys.modules) or '-')\n"
        "import os; os._exit(0)\n"
    )
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "upper")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
        timeout=60,
    )
    shown, heavy = done.stdout.strip().splitlines()[-2:]
    assert shown.split()[0] == "True" and int(shown.split()[1]) >= 3  # the communes are listed
    assert heavy == "-"


def test_run_backs_up_and_closes_the_store_in_use_at_exit(
    qapp: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_hooks: Any,
    _gui_demo_template: Path,
) -> None:
    """After a restore the window works on another store: that one is copied (the day's automatic
    backup) and closed when the program ends."""
    import shutil
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from desktop_app import paths
    from desktop_app.gui.app import run
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.startup import open_office
    from desktop_app.store.db import open_store

    shutil.copy(_gui_demo_template, paths.database_path(tmp_path))
    opened = open_office(str(tmp_path))
    replacement = open_store(paths.database_path(tmp_path))
    windows: list[MainWindow] = []

    def working_day() -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        windows.append(window)
        window.replace_store(replacement)
        return 0

    monkeypatch.setattr(QApplication, "exec", lambda *_args: working_day())
    assert run(str(tmp_path), opened) == 0
    try:
        with pytest.raises(sqlite3.ProgrammingError):
            replacement.conn.execute("select 1")
        assert (
            len(list(paths.backups_dir(tmp_path).glob("somattran-*-tu-dong.db"))) == 1
        )  # the day's copy
    finally:
        for timer in windows[0].findChildren(QTimer):
            timer.stop()
        windows[0].hide()
        opened.close()


def test_a_full_disk_or_a_read_only_stick_is_a_plain_message_in_the_window(
    qapp: Any, message_boxes: Any
) -> None:
    import errno
    import sqlite3

    errors_dialog.handle_exception(
        OSError, OSError(errno.ENOSPC, "No space left on device", "/media/usb/x"), None
    )
    errors_dialog.handle_exception(
        sqlite3.OperationalError, sqlite3.OperationalError("database is locked"), None
    )
    errors_dialog.handle_exception(
        OSError, OSError(errno.EROFS, "Read-only file system", "/media/usb"), None
    )
    shown = message_boxes.texts("warning")
    assert shown[0].startswith("Ổ đĩa đã đầy")
    assert shown[1] == "Dữ liệu đang được dùng bởi một chương trình khác, thử lại sau."
    assert "ổ chỉ đọc" in shown[2]
