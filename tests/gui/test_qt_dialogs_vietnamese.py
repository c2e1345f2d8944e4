"""Issue 13 item 4: Qt's own file dialog speaks Vietnamese (no translation of Qt ships with PySide6)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from desktop_app.gui.qt_vietnamese import QtVietnamese

ENGLISH = {
    "Look in:",
    "File name:",
    "Files of type:",
    "Choose",
    "Open",
    "Save",
    "Cancel",
    "Directory:",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
}


@pytest.fixture
def vietnamese(qapp: Any) -> Any:
    translator = QtVietnamese(qapp)
    QApplication.installTranslator(translator)
    yield translator
    QApplication.removeTranslator(translator)


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_has_no_english_left(
    qtbot: Any, vietnamese: Any, tmp_path: Any, mode: str
) -> None:
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [
        w.text().replace("&", "")
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
    ]
    tips = [w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    shown = {t for t in texts + tips if t}
    assert not shown & ENGLISH, shown & ENGLISH
    assert {"Xem trong:", "Hủy"} <= shown
    assert "Tên tệp:" in shown or "Thư mục:" in shown
