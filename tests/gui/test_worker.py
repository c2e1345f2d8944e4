"""The worker runs long work off the UI thread with a progress dialog that can cancel it."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui import worker
from desktop_app.gui.worker import run_in_thread
from desktop_app.reports.page import PrintCancelled
from tests.gui.keyboard import press


@pytest.fixture(autouse=True)
def _no_thread_left() -> Any:
    yield
    worker.stop_all(5000)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finish(qtbot: Any, task: Any, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not task.is_running(), timeout=timeout)


def counting(total: int, *, step_s: float = 0.0, progress: Any = None) -> dict:
    """Counts to total, reporting each step; stops like the reports do when told to."""
    threads = {threading.get_ident()}
    for i in range(total):
        if progress is not None and progress(i, total) is False:
            raise PrintCancelled()
        time.sleep(step_s)
    if progress is not None:
        progress(total, total)
    return {"counted": total, "threads": threads}


def test_runs_off_the_ui_thread_and_reports_progress(
    qtbot: Any, parent: QWidget, message_boxes: Any
) -> None:
    done: list[Any] = []
    seen: list[tuple[int, int]] = []
    task = run_in_thread(
        parent,
        "Đếm",
        counting,
        25,
        step_s=0.02,
        on_done=done.append,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    finish(qtbot, task)
    assert done and done[0]["counted"] == 25
    assert threading.get_ident() not in done[0]["threads"]
    assert seen[-1] == (25, 25) and len(seen) > 2  # the bar moved along the way
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert task.progress() == (25, 25)
    assert task.result is done[0] and task.error is None and not task.is_running()
    assert task not in worker.running_tasks()
    assert message_boxes.shown == []


def test_progress_moves_the_dialog_bar(qtbot: Any, parent: QWidget) -> None:
    gate = threading.Event()

    def slow(progress: Any) -> str:
        progress(3, 8)
        gate.wait(5)
        return "xong"

    task = run_in_thread(parent, "Đang in", slow, label="Đang dựng phiếu")
    qtbot.waitUntil(lambda: task.dialog.value() == 3, timeout=5000)
    assert task.dialog.maximum() == 8
    assert task.dialog.labelText() == "Đang dựng phiếu (3/8)"
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)  # shown once the work lasts
    assert task.dialog.windowModality() == Qt.WindowModality.WindowModal
    gate.set()
    finish(qtbot, task)
    assert task.result == "xong"


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_stops_the_work_quietly(
    qtbot: Any, parent: QWidget, message_boxes: Any, how: str
) -> None:
    done: list[Any] = []
    cancelled: list[bool] = []
    errors: list[BaseException] = []
    task = run_in_thread(
        parent,
        "Đếm",
        counting,
        100_000,
        step_s=0.001,
        on_done=done.append,
        on_cancel=lambda: cancelled.append(True),
        on_error=errors.append,
    )
    qtbot.waitUntil(lambda: task.dialog.value() >= 3, timeout=5000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    if how == "button":
        qtbot.mouseClick(task.dialog.cancel_button, Qt.MouseButton.LeftButton)
    else:
        press(task.dialog, Qt.Key.Key_Escape)
    assert task.is_cancelled()
    finish(qtbot, task)
    assert cancelled == [True]
    assert done == [] and errors == []
    assert isinstance(task.error, PrintCancelled)
    assert message_boxes.shown == []  # the officer asked for it: no message


def test_dialog_stays_until_the_work_has_stopped(qtbot: Any, parent: QWidget) -> None:
    gate = threading.Event()

    def stubborn(progress: Any) -> str:
        progress(1, 2)
        gate.wait(5)
        return "vẫn xong"

    task = run_in_thread(parent, "Đếm", stubborn)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    task.dialog.cancel_button.click()
    qtbot.wait(50)
    assert task.dialog.isVisible() and task.dialog.labelText() == worker.STOPPING
    assert not task.dialog.cancel_button.isEnabled()
    gate.set()
    finish(qtbot, task)
    assert task.result == "vẫn xong"


def test_user_error_is_a_plain_message(qtbot: Any, parent: QWidget, message_boxes: Any) -> None:
    errors: list[BaseException] = []

    def refuse(progress: Any) -> None:
        raise UserError("Ban này chưa có thành viên nào. Hãy thêm thành viên trước khi in.")

    task = run_in_thread(parent, "In quyết định", refuse, on_error=errors.append)
    finish(qtbot, task)
    assert message_boxes.shown == [
        (
            "warning",
            "In quyết định",
            "Ban này chưa có thành viên nào. Hãy thêm thành viên trước khi in.",
        )
    ]
    assert len(errors) == 1 and isinstance(errors[0], UserError)


def test_unexpected_error_goes_to_the_report_dialog(
    qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    from desktop_app.gui import errors_dialog

    reports: list[str] = []
    monkeypatch.setattr(
        errors_dialog.ErrorReportDialog,
        "exec",
        lambda self: reports.append(self.report.toPlainText()) or 0,
    )

    def crash(progress: Any) -> None:
        {}["không có"]  # noqa: B018

    task = run_in_thread(parent, "Xuất gói", crash)
    finish(qtbot, task)
    assert message_boxes.shown == []
    assert len(reports) == 1
    assert "KeyError" in reports[0] and "crash" in reports[0] and "Sổ Mặt trận" in reports[0]


def test_without_progress_and_without_cancel(qtbot: Any, parent: QWidget) -> None:
    done: list[Any] = []
    task = run_in_thread(
        parent,
        "Sao lưu",
        lambda a, b=0: a + b,
        2,
        b=3,
        on_done=done.append,
        progress_arg=None,
        cancellable=False,
    )
    assert task.dialog.cancel_button is None
    finish(qtbot, task)
    assert done == [5]


def test_stop_all_cancels_running_work(qtbot: Any, parent: QWidget) -> None:
    task = run_in_thread(parent, "Đếm", counting, 100_000, step_s=0.001)
    qtbot.waitUntil(lambda: task.dialog.value() >= 1, timeout=5000)
    worker.stop_all(5000)
    assert not task.thread.isRunning() or task.wait(1000)
    finish(qtbot, task)
    assert isinstance(task.error, PrintCancelled)


def test_parent_closed_while_working(qtbot: Any, message_boxes: Any) -> None:
    window = QWidget()
    window.show()
    done: list[Any] = []
    task = run_in_thread(window, "Đếm", counting, 30, step_s=0.01, on_done=done.append)
    qtbot.waitUntil(lambda: task.progress()[0] >= 2, timeout=5000)
    window.deleteLater()
    finish(qtbot, task)
    assert done and done[0]["counted"] == 30


def test_a_full_disk_in_a_task_is_a_plain_message(
    qtbot: Any, parent: QWidget, message_boxes: Any
) -> None:
    import errno

    def fill(progress: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    task = run_in_thread(parent, "Sao lưu", fill)
    finish(qtbot, task)
    assert [(kind, title) for kind, title, _ in message_boxes.shown] == [("warning", "Sao lưu")]
    assert message_boxes.shown[0][2].startswith("Ổ đĩa đã đầy")


def test_one_task_at_a_time_on_a_store_and_pages_wait(
    qtbot: Any, parent: QWidget, demo_store: Any
) -> None:
    """Issue 11: no page reloads or writes while a task uses the connection (gui/store_guard.py)."""
    import threading

    from desktop_app.core.errors import UserError
    from desktop_app.gui.store_guard import guard_for

    gate = threading.Event()
    reloaded: list[str] = []

    def slow(store: Any, progress: Any) -> int:
        gate.wait(10)
        return store.people.count()

    task = run_in_thread(parent, "Xuất gói đồng bộ", slow, demo_store)
    guard = guard_for(demo_store)
    assert guard.busy and guard.holder == "Xuất gói đồng bộ"
    with pytest.raises(UserError, match="Chương trình đang xuất gói đồng bộ"):
        run_in_thread(parent, "Sao lưu", lambda store, progress: None, demo_store)
    assert guard.when_free(lambda: reloaded.append("a"), key="page") is False
    assert guard.when_free(lambda: reloaded.append("b"), key="page") is False  # one reload per page
    assert reloaded == []
    gate.set()
    finish(qtbot, task)
    assert not guard.busy and reloaded == ["b"]
    assert guard.when_free(lambda: reloaded.append("c")) is True and reloaded == ["b", "c"]


def test_a_save_while_a_task_runs_is_refused(
    qtbot: Any, parent: QWidget, demo_store: Any, message_boxes: Any
) -> None:
    import threading

    from desktop_app.gui.saving import save_with_rules

    gate = threading.Event()
    task = run_in_thread(
        parent, "Đang sao lưu dữ liệu…", lambda store, progress: gate.wait(10), demo_store
    )
    parent.store = demo_store  # type: ignore[attr-defined]
    saved: list[bool] = []
    assert save_with_rules(parent, lambda accept: saved.append(accept)) is None
    assert saved == [] and message_boxes.texts("warning") == [
        "Chương trình đang sao lưu dữ liệu. Hãy chờ việc đó xong rồi làm lại."
    ]
    gate.set()
    finish(qtbot, task)


def test_a_page_reloads_only_after_the_task_using_the_store(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    import threading

    page = main_window.open_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = page.model.total()
    assert (
        page.search_edit.maxLength() == 200
    )  # longer searches are refused by the store (core/bounds)
    gate = threading.Event()
    task = run_in_thread(
        main_window, "Xuất gói đồng bộ", lambda store, progress: gate.wait(10), demo_store
    )
    demo_store.people.add({"full_name": "Hoàng Thị Mai", "sex": "female"})  # as the task might
    page.reload()
    assert page.model.total() == before  # waited: nothing read through the task's connection
    gate.set()
    finish(qtbot, task)
    qtbot.waitUntil(lambda: page.model.total() == before + 1)


def test_the_window_takes_no_input_before_the_dialog_shows(qtbot: Any, parent: QWidget) -> None:
    """Until its dialog appears (SHOW_AFTER_MS), a task's window ignores clicks and keys: a click
    on a row would read the store on the UI thread while the task uses the same connection, and
    the two threads could wait on each other for good. Another window is not held."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    def controls(window: QWidget) -> tuple[QPushButton, QLineEdit, list[int]]:
        layout = QVBoxLayout(window)
        button, edit, clicks = QPushButton("Bấm", window), QLineEdit(window), []
        layout.addWidget(button)
        layout.addWidget(edit)
        button.clicked.connect(lambda: clicks.append(1))
        return button, edit, clicks

    button, edit, clicks = controls(parent)
    other = QWidget()
    qtbot.addWidget(other)
    other_button, other_edit, other_clicks = controls(other)
    other.show()
    gate = threading.Event()
    task = run_in_thread(parent, "Chờ", lambda: gate.wait(10), progress_arg=None)
    try:
        assert not task.dialog.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(edit, "abc")
        qtbot.mouseClick(other_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(other_edit, "xyz")
    finally:
        gate.set()
    assert clicks == [] and edit.text() == ""
    assert other_clicks == [1] and other_edit.text() == "xyz"
    finish(qtbot, task)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "abc")
    assert clicks == [1] and edit.text() == "abc"


def test_a_task_of_a_dialog_holds_the_window_under_it_too(qtbot: Any, parent: QWidget) -> None:
    """As its window-modal dialog will: the dialog the task works for and the window it stands on."""
    from PySide6.QtWidgets import QDialog, QPushButton

    button = QPushButton("Bấm", parent)
    clicks: list[int] = []
    button.clicked.connect(lambda: clicks.append(1))
    dialog = QDialog(parent)
    dialog.show()
    gate = threading.Event()
    task = run_in_thread(dialog, "Chờ", lambda: gate.wait(10), progress_arg=None)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    assert clicks == []
    finish(qtbot, task)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]


@pytest.mark.parametrize(
    ("title", "view_of", "reader"),
    [
        ("Đảng viên nơi cư trú", lambda page: page.round_view, "_read"),
        ("Cuộc vận động & hoạt động", lambda page: page.rollup, "_outcome_of"),
    ],
    ids=["reg213 round", "campaigns roll-up"],
)
def test_views_that_read_on_the_ui_thread_wait_for_the_task(
    main_window: Any, qtbot: Any, demo_store: Any, title: str, view_of: Any, reader: str
) -> None:
    """The Regulation-213 round and the campaigns' roll-up read a commune's figures on the UI
    thread; reloaded while a task uses the connection (their timers do), they read after it."""
    view = view_of(main_window.open_page(title))
    reads: list[int] = []
    real = getattr(view, reader)

    def counted(*args: Any) -> Any:
        reads.append(1)
        return real(*args)

    setattr(view, reader, counted)
    gate = threading.Event()
    task = run_in_thread(
        main_window, "Xuất gói đồng bộ", lambda store, progress: gate.wait(10), demo_store
    )
    try:
        view.reload()
        view.reload()
    finally:
        gate.set()
    assert reads == []
    finish(qtbot, task)
    assert reads == [1]  # once, however often it was asked meanwhile


def test_the_window_s_shortcuts_wait_for_the_task_too(qtbot: Any, parent: QWidget) -> None:
    """A shortcut of the window (Ctrl+F, Ctrl+P…) would open a page or a dialog that reads the
    store: held like a click until the task is done."""
    from PySide6.QtGui import QKeySequence, QShortcut

    fired: list[int] = []
    QShortcut(QKeySequence("Ctrl+K"), parent).activated.connect(lambda: fired.append(1))
    parent.activateWindow()
    qtbot.waitUntil(parent.isActiveWindow)
    qtbot.keyClick(parent, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == [1]
    gate = threading.Event()
    task = run_in_thread(parent, "Chờ", lambda: gate.wait(10), progress_arg=None)
    try:
        qtbot.keyClick(parent, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    finally:
        gate.set()
    assert fired == [1]
    finish(qtbot, task)
    qtbot.keyClick(parent, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == [1, 1]
