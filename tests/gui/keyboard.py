"""Typing Vietnamese into widgets in tests.

qtbot.keyClicks with a non-ASCII character aborts the process (docs/toolchain.md), so each
character goes as a QKeyEvent carrying its text, as an input method would deliver it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type text into the widget (or its focus proxy) one character at a time."""
    target = widget.focusProxy() or widget
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(target, event)
    QApplication.processEvents()


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press and release one key (Enter, Esc, Delete, F2…) on the widget."""
    target = widget.focusProxy() or widget
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


def replace_text(widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it."""
    target = widget.focusProxy() or widget
    target.selectAll()  # type: ignore[attr-defined]
    type_text(target, text)
