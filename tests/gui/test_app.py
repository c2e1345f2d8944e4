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
from desktop_app.gui.app import register_fonts, setup_logging, start


@pytest.fixture
def restore_hooks(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_fonts_are_registered(qapp: Any) -> None:
    assert "Tinos" in register_fonts()


def test_unexpected_error_is_logged_and_reported(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 restore_hooks: Any) -> None:
    log_file = setup_logging(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(errors_dialog.ErrorReportDialog, "exec", lambda self: shown.append(self.report.toPlainText()))
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


def test_start_opens_the_window_on_an_existing_office(qtbot: Any, tmp_path: Path, restore_hooks: Any,
                                                      _gui_demo_template: Path) -> None:
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
        assert sys.excepthook is errors_dialog.handle_exception
    finally:
        for timer in window.findChildren(QTimer):
            timer.stop()
        window.hide()
        store.close()
