"""GUI fixtures: a copy of a small demo commune per test, the main window over it, and
message boxes that tests answer instead of a person."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window geometry and column widths (QSettings) go to a throw-away folder, not the tester's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="somattran-gui-config-")

from desktop_app.store.db import Store, open_store  # noqa: E402
from desktop_app.store.demo import build_demo  # noqa: E402
from tests.conftest import open_copy, template_of  # noqa: E402

GUI_TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_window_thread(qapp: Any) -> None:
    """As the application does (gui/app.py): cycles are collected on this thread only, never in
    a page's reader or a task's thread (tests/conftest.py collects between tests)."""
    from desktop_app.gui import collector

    collector.install(qapp)


@pytest.fixture(scope="session")
def _gui_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gui-demo") / "demo.db"
    store = open_store(path)
    store.today = lambda: GUI_TODAY
    build_demo(store, people=300, villages=6, seed=1)
    return template_of(store)


@pytest.fixture
def demo_store(tmp_path: Path, _gui_demo_template: Path) -> Iterator[Store]:
    """A demo commune (300 people, 6 villages, seed 1) in this test's own folder, dated 26/11/2026."""
    store = open_copy(_gui_demo_template, tmp_path / "data" / "somattran.db", GUI_TODAY)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new database with no office yet (the first run)."""
    path = tmp_path / "empty" / "somattran.db"
    store = open_store(path)
    store.today = lambda: GUI_TODAY
    yield store
    store.close()


@pytest.fixture
def main_window(qtbot: Any, demo_store: Store) -> Iterator[Any]:
    from PySide6.QtCore import QTimer

    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)  # keyboard shortcuts (F2, Delete, Ctrl+N) need the active window
    yield window
    # The store closes before qtbot disposes of the window: nothing may still be due to read it.
    for timer in window.findChildren(QTimer):
        timer.stop()
    # Nor may a page's background reader (the overview's counts) run on into the next test: the
    # window is not closed here (a page with unsaved edits would ask), so it is told what its
    # closeEvent does.
    window.stop_background()
    window.hide()


@dataclass
class MessageBoxes:
    """Every QMessageBox the code shows, answered with `answer` (Yes unless a test says No)."""

    answer: Any = None
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes(answer=QMessageBox.StandardButton.Yes)

    def fake(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            boxes.shown.append((kind, title, text))
            if kind == "question":
                return boxes.answer
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return boxes


@pytest.fixture(autouse=True)
def _lists_in_their_own_order() -> Iterator[None]:
    """A list's sort order (a header click) is remembered per page: no test leaves one to the next."""
    yield
    if "PySide6.QtCore" in __import__("sys").modules:
        from desktop_app.gui import ui_state

        settings = ui_state.ui_settings()
        for key in settings.allKeys():
            if key.endswith(
                ("/sort", "/hidden", "/shown", "/sized")
            ):  # nor columns hidden or shown
                settings.remove(key)
        settings.sync()
