"""Issue 13 item 4: Qt's own strings in Vietnamese, from resources/translations/qt_vi.ts compiled
to qt_vi.qm (no translation of Qt ships with PySide6): the file dialog, message box buttons,
the edit menus of line and text edits, dialog button boxes and the wizard's buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWizard,
)

from desktop_app.gui import qt_vietnamese

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
    translator = qt_vietnamese.vietnamese_translator(qapp)
    assert translator is not None and not translator.isEmpty()
    QApplication.installTranslator(translator)
    yield translator
    QApplication.removeTranslator(translator)


def test_the_translation_is_a_compiled_qm_not_python() -> None:
    assert qt_vietnamese.QM_FILE.name == "qt_vi.qm" and qt_vietnamese.QM_FILE.exists()
    assert qt_vietnamese.QM_FILE.with_suffix(".ts").exists()
    assert not hasattr(qt_vietnamese, "QtVietnamese")  # the Python translator is gone


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
    if mode == "folder":
        assert "Thư mục:" in shown and "Chọn" in shown
    else:
        assert {"Tên tệp:", "Loại tệp:"} <= shown
        assert ("Lưu" if mode == "save" else "Mở") in shown


def test_buttons_and_edit_menus_in_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {
        "Đồng ý",
        "Hủy",
        "Có",
        "Không",
        "Đóng",
    }

    message = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Xóa?")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Có", "Không"}

    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Tiếp")
    assert wizard.buttonText(QWizard.WizardButton.FinishButton).replace("&", "") == "Hoàn tất"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"

    for edit in (QLineEdit("chữ"), QPlainTextEdit("chữ")):
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu() if isinstance(edit, QLineEdit) else None
        if menu is None:
            menu = edit.createStandardContextMenu(QPoint(0, 0))
        items = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()}
        assert {"Hoàn tác", "Cắt", "Chép", "Dán", "Xóa", "Chọn tất cả"} <= items, items
        assert not items & {"Undo", "Cut", "Copy", "Paste", "Delete", "Select All"}
        assert isinstance(menu, QMenu)
        menu.deleteLater()
