"""Keyboard shortcuts that stay where they belong.

PySide6 ignores the `context=` keyword of QShortcut's constructor: the shortcut becomes
window-wide, so Delete typed in a search box would delete the selected record and two
tables on one page would cancel each other's keys. Always set the context afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(
    key: Any,
    parent: QWidget,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A key acting on `parent` (and its children, by default) only."""
    made = QShortcut(key if isinstance(key, QKeySequence) else QKeySequence(key), parent, slot)
    made.setContext(context)
    return made


def widget_shortcut(key: Any, widget: QWidget, slot: Callable[[], Any]) -> QShortcut:
    """A key acting only while `widget` itself has the focus (Enter, F2, Delete on a table)."""
    return shortcut(key, widget, slot, Qt.ShortcutContext.WidgetShortcut)
