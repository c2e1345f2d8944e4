"""Unexpected errors: logged, and shown in a dialog with a report the officer can copy and send."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__

log = logging.getLogger("somattran")


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"Sổ Mặt trận {__version__}",
        f"Thời điểm: {datetime.now():%d/%m/%Y %H:%M:%S}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Hệ điều hành: {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sổ Mặt trận — lỗi ngoài dự kiến")
        self.resize(720, 460)
        intro = QLabel(
            "Chương trình gặp một lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng.\n"
            "Hãy bấm “Chép báo cáo” rồi gửi cho người hỗ trợ kỹ thuật; báo cáo cũng đã được ghi vào "
            "tệp nhật ký.",
            self,
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report, self)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton("Chép báo cáo", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: an expected error gets its plain message, anything else the report."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from desktop_app.store.faults import explain

    parent = QApplication.activeWindow()
    message = explain(exc)
    if message is not None:  # a UserError, a full disk, a read-only stick, a busy office…
        log.info("expected error: %r", exc)
        if QApplication.instance() is None:
            return
        QMessageBox.warning(parent, "Sổ Mặt trận", message)
        return
    report = build_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    ErrorReportDialog(report, parent).exec()
