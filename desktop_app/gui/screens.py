"""The screens, asked of the application, never of a widget.

PySide6 6.11 makes the QScreen that `QWidget.screen()` or `QWindow.screen()` returns a child of
that widget or window, and gives it to Python when the widget is deleted: the next time Python
frees its wrapper it deletes the application's screen, and the next window shown or hidden
reads the freed screen (the crash seen in CI, in QCursor::pos() when a dialog closed, and in
QGuiApplication::screenAt() when a window was made). `QGuiApplication.screens()`,
`primaryScreen()` and `screenAt()` hand screens over without that, so the program asks them;
tests/test_screens.py keeps `.screen()` out of the code.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_geometry(widget: QWidget | None = None) -> QRect | None:
    """The room (without task bars) of the screen under the middle of `widget`, or of the
    primary screen when the widget is on none or not given; None without any screen."""
    screen = None
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.frameGeometry().center())
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def on_some_screen(area: QRect) -> bool:
    """Whether any part of `area` (a window's frame) is on a screen."""
    return any(s.availableGeometry().intersects(area) for s in QGuiApplication.screens())
