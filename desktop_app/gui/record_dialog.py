"""The base of every edit dialog: Enter saves through the rules, Esc cancels, and closing with
unsaved changes asks first.

A dialog reads its fields into values and makes the one store call of its write in save();
accept() runs it through gui.saving.save_with_rules, so a refused write keeps the dialog open
with the cursor in the field at fault (docs/architecture.md, "The write path")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.gui.confirm import ask
from desktop_app.gui.saving import save_with_rules

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def input_state(root: QWidget) -> list[Any]:
    """What the inputs under root hold now, to tell whether anything was changed."""
    state: list[Any] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(
            w.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            state.append((w.objectName(), w.text()))
        elif isinstance(w, QComboBox):
            state.append((w.objectName(), w.currentIndex(), w.currentText()))
        elif isinstance(w, QPlainTextEdit):
            state.append((w.objectName(), w.toPlainText()))
        elif isinstance(w, QTextEdit) and not w.isReadOnly():
            state.append((w.objectName(), w.toPlainText()))
        elif isinstance(w, QAbstractSpinBox):
            state.append((w.objectName(), w.text()))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append((w.objectName(), w.isChecked()))
    return state


def confirm_discard(parent: QWidget) -> bool:
    return ask(parent, "Chưa lưu", "Các thay đổi chưa được lưu. Bỏ các thay đổi này?")


class RecordDialog(QDialog):
    """Subclasses lay out their form, fill it from `record`, then call `mark_clean()`; they
    implement save(accept_warnings) -> saved record, and field_widgets() for pointing at errors."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.record = record
        self.saved: dict | None = None
        self._clean_state: list[Any] = []
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)

    # ---- subclasses --------------------------------------------------------------------------------
    def save(self, accept_warnings: bool) -> dict:
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        return {}

    # ---- state -----------------------------------------------------------------------------------
    def mark_clean(self) -> None:
        self._clean_state = input_state(self)

    def is_dirty(self) -> bool:
        return input_state(self) != self._clean_state

    # ---- QDialog ---------------------------------------------------------------------------------
    def accept(self) -> None:
        saved = save_with_rules(self, self.save, self.field_widgets())
        if saved is not None:
            self.saved = saved
            self.mark_clean()
            super().accept()

    def reject(self) -> None:
        if self.is_dirty() and not confirm_discard(self):
            return
        self._clean_state = input_state(self)
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a multi-line note adds a line; elsewhere the dialog's default button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), QPlainTextEdit | QTextEdit
        ):
            return
        super().keyPressEvent(event)

    @classmethod
    def run(
        cls, store: Store, record: dict | None = None, parent: QWidget | None = None, **kwargs: Any
    ) -> dict | None:
        dialog = cls(store, record, parent, **kwargs)
        dialog.exec()
        return dialog.saved
