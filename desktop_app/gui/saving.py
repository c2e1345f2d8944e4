"""Saving through the store's rules: errors block and point at the field, warnings ask once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop_app.core.errors import Issue, UserError, ValidationFailed

T = TypeVar("T")
log = logging.getLogger("somattran.gui")


class InvalidInput(UserError):
    """A field the dialog could not read (a date that is not a date): names its widget."""

    def __init__(self, message: str, widget: QWidget | None = None) -> None:
        super().__init__(message)
        self.widget = widget


def focus_field(widget: QWidget | None) -> None:
    """Put the cursor in a field, first bringing forward the tab or page that holds it."""
    if widget is None:
        return
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget | QStackedWidget):
            for i in range(ancestor.count()):
                page = ancestor.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    ancestor.setCurrentIndex(i)
                    break
        ancestor = ancestor.parentWidget()
    widget.setFocus()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        widget.selectAll()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.lineEdit().selectAll()


def _bullets(issues: list[Issue]) -> str:
    return "\n".join(f"• {i.message}" for i in issues)


def save_with_rules(
    parent: QWidget | None,
    action: Callable[[bool], T],
    field_widgets: dict[str, QWidget] | None = None,
    title: str = "Chưa lưu được",
) -> T | None:
    """The one way the window writes: run action(accept_warnings), which makes one store call
    (one transaction); show what stops it in Vietnamese — a rule's error points at its field,
    warnings are asked once and the call repeated accepting them, a UserError is shown under
    `title`. The saved value, or None (nothing was written)."""
    widgets = field_widgets or {}
    from desktop_app.gui.store_guard import guard_for

    store = getattr(parent, "store", None)
    if store is not None and guard_for(store).busy:  # a background task is using the connection
        QMessageBox.warning(parent, "Chưa lưu được", guard_for(store).message())
        return None
    try:
        return action(False)
    except ValidationFailed as failed:
        if failed.errors:
            QMessageBox.warning(
                parent,
                title,
                "Chưa lưu được vì:\n" + _bullets(failed.errors) + "\n\nHãy sửa rồi lưu lại.",
            )
            first = next((widgets[i.field] for i in failed.errors if i.field in widgets), None)
            focus_field(first)
            return None
        answer = QMessageBox.question(
            parent,
            "Cần xác nhận",
            _bullets(failed.warnings) + "\n\nVẫn lưu?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            focus_field(
                next((widgets[i.field] for i in failed.warnings if i.field in widgets), None)
            )
            return None
        try:
            return action(True)
        except UserError as again:
            _show_user_error(parent, again, widgets, title)
            return None
    except UserError as exc:
        _show_user_error(parent, exc, widgets, title)
        return None


def _show_user_error(
    parent: QWidget | None,
    exc: UserError,
    widgets: dict[str, QWidget],
    title: str = "Chưa lưu được",
) -> None:
    log.info("not saved: %s", exc.message)
    QMessageBox.warning(parent, title, exc.message)
    if isinstance(exc, InvalidInput):
        focus_field(exc.widget)
    elif isinstance(exc, ValidationFailed):
        focus_field(next((widgets[i.field] for i in exc.issues if i.field in widgets), None))
    return None
