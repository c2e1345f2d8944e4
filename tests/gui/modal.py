"""Driving modal dialogs in tests: the handler runs inside the dialog's own event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def run_modal(
    trigger: Callable[[], Any], handler: Callable[[QWidget], None], tries: int = 200
) -> Any:
    """Call trigger() (which opens a modal dialog); handler(dialog) then works the dialog as a
    user would and must close it. A failure in the handler closes the dialog and is re-raised."""
    errors: list[BaseException] = []
    handled: list[QWidget] = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            else:
                errors.append(AssertionError("no modal dialog opened"))
            return
        handled.append(dialog)
        # As a window manager would, the new dialog is the active window with the focus in it
        # (offscreen Qt has none: keys would still be matched against the main window's shortcuts).
        dialog.activateWindow()
        QApplication.processEvents()
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised below, after the loop ends
            errors.append(exc)
        if errors and dialog.isVisible() and isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, lambda: attempt(tries))
    result = trigger()
    if errors:
        raise errors[0]
    assert handled, "no modal dialog opened"
    # QMessageBox's static functions delete their box once it closes: it then has no owner to return to
    owner = handled[0].parentWidget() if shiboken6.isValid(handled[0]) else None
    if owner is not None:  # as a window manager would: the window under the dialog is active again
        owner.window().activateWindow()
        QApplication.processEvents()
    return result
