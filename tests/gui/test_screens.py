"""The application's screen is never handed to Python to delete (gui/screens.py): PySide6 6.11
does so with the screen of `QWidget.screen()` once that widget is deleted, and the next window
shown or hidden read the freed screen."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[2]


def _delete_now(widget: Any) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_the_comment_form_and_the_window_leave_the_screen_to_qt(
    main_window: Any, demo_store: Any
) -> None:
    """The comment form sizes its criteria to the screen and the window places itself on it:
    the screen's wrapper gets no parent from either (QWidget.screen() made the form or the
    window its parent, which hands the screen to Python once that parent is deleted)."""
    from desktop_app.gui.reg213_dialogs import CommentDialog

    record = next(e for e in demo_store.evaluations.query(year=2026) if e["state"] == "requested")
    dialog = CommentDialog(demo_store, record, main_window)
    assert dialog.screen_height() > 0
    main_window._restore_geometry()
    screen = QGuiApplication.primaryScreen()
    assert "parent" not in shiboken6.dump(screen) and not shiboken6.ownedByPython(screen)
    _delete_now(dialog)
    assert not shiboken6.ownedByPython(QGuiApplication.primaryScreen())


def test_no_code_asks_a_widget_or_window_for_its_screen() -> None:
    calls = []
    for folder in ("desktop_app", "tests", "bench", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == Path(__file__).name:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#")[0]
                if re.search(r"[\w)\]]\.screen\(\)", code) and "`" not in code:
                    calls.append(f"{path.relative_to(ROOT)}:{n}")
    assert calls == []
