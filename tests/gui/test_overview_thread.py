"""The overview counts in a thread of its own (overview_page.py): no such thread outlives its page.
Closing the window, or restoring a backup over the open database, cancels a fill in flight and
waits for its thread, so no thread reads a closed or replaced database."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.overview_page import OverviewPage

# A statement that never ends by itself: only a cancelled fill stops it.
ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


def overview_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "overview" and t.is_alive()]


@pytest.fixture
def endless_fill(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Once armed, the next fill run in a thread reads for ever (until cancelled); `ended` says
    how it ended."""
    real = OverviewPage._compute
    seen: dict[str, Any] = {"armed": False, "started": threading.Event(), "ended": []}

    def compute(store: Any, upper: bool) -> dict[str, Any]:
        if not seen["armed"] or not store.read_only or seen["started"].is_set():
            return real(store, upper)
        seen["started"].set()
        try:
            store.conn.execute(ENDLESS).fetchone()
        except Exception as exc:
            seen["ended"].append(str(exc))
            raise
        seen["ended"].append("finished")
        return real(store, upper)

    monkeypatch.setattr(OverviewPage, "_compute", staticmethod(compute))
    return seen


def start_endless_fill(window: Any, qtbot: Any, fill: dict[str, Any]) -> threading.Thread:
    page = window.open_page("overview")
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)  # the first fill, as usual
    fill["armed"] = True
    page.refresh()
    qtbot.waitUntil(fill["started"].is_set, timeout=10_000)
    thread = page._background.thread
    assert thread is not None and thread.is_alive()
    return thread


def test_closing_the_window_cancels_the_fill_in_flight_and_waits_for_its_thread(
    main_window: Any, qtbot: Any, endless_fill: dict[str, Any]
) -> None:
    thread = start_endless_fill(main_window, qtbot, endless_fill)
    page = main_window.page("overview")
    began = time.monotonic()
    assert main_window.close()
    assert time.monotonic() - began < 5
    assert not thread.is_alive()
    assert overview_threads() == []  # nothing left running
    assert endless_fill["ended"] == ["interrupted"]  # its statement was stopped, not waited out
    assert not page._poll_timer.isActive() and not page._load_timer.isActive()
    qtbot.wait(100)
    assert not page.loaded and overview_threads() == []  # and nothing starts it again


def test_a_restore_waits_for_the_overview_before_it_replaces_the_database(
    main_window: Any,
    qtbot: Any,
    endless_fill: dict[str, Any],
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from desktop_app.gui import restore_dialog
    from desktop_app.gui.restore_dialog import RestoreConfirmation
    from desktop_app.store.backup import backup
    from tests.gui.modal import run_modal

    store = main_window.store
    copy = backup(store, tmp_path / "usb")
    thread = start_endless_fill(main_window, qtbot, endless_fill)
    settings = main_window.open_page("settings")  # the overview keeps counting, hidden
    assert thread.is_alive()

    readers_at_swap: list[list[threading.Thread]] = []
    real_swap = restore_dialog.swap_database

    def swap(*args: Any, **kwargs: Any) -> Any:
        readers_at_swap.append(overview_threads())
        return real_swap(*args, **kwargs)

    monkeypatch.setattr(restore_dialog, "swap_database", swap)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    message_boxes.answer = QMessageBox.StandardButton.Discard

    def confirm(box: Any) -> None:
        assert isinstance(box, RestoreConfirmation)
        box.restore_button.click()

    run_modal(lambda: restore_dialog.restore_from_backup(settings), confirm)
    QApplication.processEvents()
    try:
        assert readers_at_swap == [[]], message_boxes.shown
        assert not thread.is_alive() and endless_fill["ended"] == ["interrupted"]
        assert main_window.store is not store
        assert not message_boxes.texts("critical") and not message_boxes.texts("warning")
    finally:
        main_window.stop_background()
        main_window.store.close()


def test_the_counts_wait_to_be_shown_while_a_task_uses_the_store(
    main_window: Any, qtbot: Any
) -> None:
    """Showing the counts asks the window's store which page opens each item; a task (printing,
    export) uses that same connection in its thread, and both at once deadlocked (seen in CI: a
    print task and the overview's items). The counts read meanwhile wait for the task."""
    from desktop_app.gui.worker import run_in_thread, running_tasks

    page = main_window.open_page("overview")
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    page.refresh()
    page._load_when_idle()  # the counts are being read, in the page's thread
    release = threading.Event()
    task = run_in_thread(
        main_window,
        "In",
        lambda store: release.wait(10),
        main_window.store,
        progress_arg=None,
    )
    try:
        page._background.thread.join(10)  # the counts are in
        qtbot.wait(200)  # the page looks for them many times over
        assert running_tasks() and not page.loaded
    finally:
        release.set()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)  # shown once the task is done
