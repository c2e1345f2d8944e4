"""Long work off the UI thread, behind a modal progress dialog that can cancel it.

    task = run_in_thread(parent, "In phiếu nhận xét", print_comment_forms, store, 2026, out,
                         village_id=vid, on_done=lambda path: ..., label="Đang dựng phiếu…")

`run_in_thread(parent, title, fn, *args, on_done=None, on_error=None, on_cancel=None,
on_progress=None, cancellable=True, label="", progress_arg="progress", report_errors=True,
**kwargs) -> Task`

- `fn(*args, **kwargs, progress=callback)` runs in a QThread (`progress_arg=None` passes no
  callback; another name passes it under that keyword). `callback(done, total) -> bool` may be
  called as often as the work likes (it only stores the numbers) and returns False once the
  officer has pressed "Hủy" (or Esc, or closed the dialog): the function should then stop — the
  reports raise `PrintCancelled` and write no file. A function that ignores the answer runs on.
- The dialog (a `QProgressDialog`, window-modal over `parent`) appears only when the work lasts
  longer than `SHOW_AFTER_MS`; it shows a busy bar until the first `progress` call, then
  "label (done/total)". After a cancel it reads "Đang dừng…" and stays until the function has
  really returned.
- On the UI thread, when the function returns: `on_done(result)`. When it raises: after a cancel
  the officer asked for, a `UserError` (PrintCancelled) calls `on_cancel()` and shows nothing;
  another `UserError` is shown as its plain Vietnamese message (QMessageBox.warning, titled
  `title`); anything else is logged and shown in the app's error-report dialog; then
  `on_error(exc)`. `report_errors=False` leaves all showing to `on_error`.
  `on_progress(done, total)` is called on the UI thread as the bar moves.
- The returned `Task`: `cancel()`, `is_cancelled()`, `is_running()`, `wait(ms) -> bool` (the
  thread has returned; callbacks run later from the event loop), `progress() -> (done, total)`,
  `result`, `error`, `dialog` (the ProgressDialog). Tests wait with
  `qtbot.waitUntil(lambda: not task.is_running())`. A task keeps itself alive until it
  finishes; at application exit running tasks are cancelled and waited for (`stop_all`).

No Python-side `Signal.emit()` is used: PySide6 6.12 on Python 3.11 drops a reference to `True`
at every Python `emit()` and the process aborts after a few hundred. The thread stores its
progress under a lock, a QTimer on the UI thread reads it, and QThread's own `finished`
(emitted by Qt) brings the end back to the UI thread.

The store's SQLite connection is opened with `check_same_thread=False`. A task whose arguments
hold a store holds that store's guard (gui/store_guard.py) until it finishes: a second task is
refused with a message naming the first, pages wait to reload, saves are refused; the dialog is
modal too, once shown. Before it shows (the first SHOW_AFTER_MS), the window the task works for
takes no click, key, wheel or drop either (`_InputHold`): a click on a row then would read the
store on the UI thread while the task uses the same connection, and the two threads can wait on
each other for good (the UI thread inside SQLite needs the GIL for the store's authorizer; the
task's thread holds the GIL and waits for SQLite's connection).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShortcut, QWindow
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from desktop_app.core.errors import UserError
from desktop_app.gui.store_guard import StoreGuard, guard_for, is_store

log = logging.getLogger("somattran.gui")

SHOW_AFTER_MS = 300
POLL_MS = 100
STOPPING = "Đang dừng…"
_running: set[Task] = set()


class _Thread(QThread):
    """Runs the call once; keeps the outcome and the latest progress for the UI thread."""

    def __init__(
        self, call: Callable[[Callable[[int, int], bool] | None], Any], wants_progress: bool
    ) -> None:
        super().__init__()
        self._call = call
        self._wants_progress = wants_progress
        self._lock = threading.Lock()
        self.latest: tuple[int, int] | None = None
        self.cancel_flag = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int) -> bool:
        with self._lock:
            self.latest = (int(done), int(total))
        return not self.cancel_flag.is_set()

    def progress(self) -> tuple[int, int] | None:
        with self._lock:
            return self.latest

    def run(self) -> None:
        try:
            self.result = self._call(self.report if self._wants_progress else None)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.error = exc


_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
    }
)


class _InputHold(QObject):
    """While tasks run, the windows they work for (and the windows those stand on) take no input
    from the officer: what the window-modal dialog does once shown, from the task's first
    moment. Installed on the application while a task runs, removed with the last one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT:
            return False
        window = _window_of(watched)
        if window is None:
            # a QWindow passes its events on to its widgets, which are held there; an action or
            # shortcut of no window (Thoát…) waits for the task like everything else
            return not isinstance(watched, QWindow)
        if isinstance(window, ProgressDialog):
            return False
        for task in list(_running):
            parent = task.parent_widget
            if parent is None:
                return True  # a task of no window holds every window, as its dialog would
            if isValid(parent) and window in _windows_above(parent):
                return True
        return False


def _window_of(watched: QObject) -> QWidget | None:
    """The top-level widget an event's target belongs to (a widget, or an action's or shortcut's
    widget); None for a QWindow or an object of no widget."""
    item: QObject | None = watched
    while item is not None and isValid(item):
        if isinstance(item, QWidget):
            return item.window()
        item = item.parent()
    return None


def _windows_above(widget: QWidget) -> list[QWidget]:
    """The widget's window and the windows it stands on (a dialog's main window…): what its
    window-modal dialog blocks once shown."""
    found: list[QWidget] = []
    top: QWidget | None = widget.window()
    while top is not None and top not in found:
        found.append(top)
        above = top.parentWidget()
        top = above.window() if above is not None else None
    return found


_hold: list[_InputHold] = []  # made with the first task (a QObject wants the application first)


def _hold_input(on: bool) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    if not _hold:
        _hold.append(_InputHold())
    if on:
        app.installEventFilter(_hold[0])  # installing it twice keeps one
    else:
        app.removeEventFilter(_hold[0])


class ProgressDialog(QProgressDialog):
    """A progress dialog whose "Hủy", Esc and close button ask the work to stop, and which stays
    open until the work has stopped."""

    def __init__(self, title: str, label: str, cancellable: bool, parent: QWidget | None) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.cancellable = cancellable
        self.on_cancel: Callable[[], None] | None = None
        self.cancel_button: QPushButton | None = None
        self.finished_work = False
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self._show_timer = QTimer(self)  # Qt's own timer waits 4 s while the bar is busy
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_working)
        self._show_timer.start(SHOW_AFTER_MS)
        self.setMinimumWidth(440)
        if cancellable:
            self.cancel_button = QPushButton("Hủy", self)
            self.setCancelButton(self.cancel_button)
        else:
            self.setCancelButton(None)  # type: ignore[arg-type]
        for shortcut in self.findChildren(QShortcut):  # Qt adds one Esc shortcut per cancel button:
            shortcut.setParent(None)  # two are ambiguous and neither fires; keyPressEvent has Esc
            shortcut.deleteLater()
        self.canceled.disconnect(self.cancel)  # keep showing until the thread has returned
        self.canceled.connect(self._ask_cancel)

    def _show_if_working(self) -> None:
        if not self.finished_work and not self.isVisible():
            self.show()

    def _ask_cancel(self) -> None:
        if self.cancellable and self.on_cancel is not None:
            self.on_cancel()

    def reject(self) -> None:
        self._ask_cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self._ask_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_work:
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_cancel()


class Task(QObject):
    """One function running in its own thread, with its progress dialog."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        cancellable: bool,
        call: Callable[[Callable[[int, int], bool] | None], Any],
        wants_progress: bool,
        callbacks: dict[str, Callable[..., Any] | None],
        report_errors: bool,
    ) -> None:
        super().__init__()
        self.title = title
        self.label = label or title
        self.parent_widget = parent
        self.result: Any = None
        self.error: BaseException | None = None
        self._callbacks = callbacks
        self._report_errors = report_errors
        self._done = False
        self.guard: StoreGuard | None = None  # held from start to finish when fn works on a store
        self._shown: tuple[int, int] | None = None
        self.dialog = ProgressDialog(title, self.label, cancellable, parent)
        self.dialog.on_cancel = self.cancel
        self.thread = _Thread(call, wants_progress)
        self.thread.setObjectName(f"somattran-task: {title}")
        self.thread.finished.connect(self._thread_finished, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    # ---- control --------------------------------------------------------------------------------
    def start(self) -> Task:
        _running.add(self)
        _hold_input(True)
        self._timer.start()
        self.thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call."""
        if self._done or self.thread.cancel_flag.is_set():
            return
        self.thread.cancel_flag.set()
        log.info("%s: cancel asked", self.title)
        if not isValid(self.dialog):
            return
        self.dialog.setLabelText(STOPPING)
        if self.dialog.cancel_button is not None:
            self.dialog.cancel_button.setEnabled(False)

    def is_cancelled(self) -> bool:
        return self.thread.cancel_flag.is_set()

    def is_running(self) -> bool:
        return not self._done

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def progress(self) -> tuple[int, int]:
        """The latest (done, total) the bar shows; (0, 0) before the first report."""
        return self._shown or (0, 0)

    # ---- on the UI thread -----------------------------------------------------------------------
    def _poll(self) -> None:
        latest = self.thread.progress()
        if latest is None or latest == self._shown or self._done or not isValid(self.dialog):
            return
        self._shown = latest
        done, total = latest
        if total > 0:
            if self.dialog.maximum() != total:
                self.dialog.setRange(0, total)
            self.dialog.setValue(max(0, min(done, total)))
            if not self.is_cancelled():
                self.dialog.setLabelText(f"{self.label} ({done}/{total})")
        if self._callbacks.get("on_progress") is not None:
            self._callbacks["on_progress"](done, total)

    def _thread_finished(self) -> None:
        if self._done:
            return
        self._poll()
        self._done = True
        self._timer.stop()
        self.result, self.error = self.thread.result, self.thread.error
        if isValid(self.dialog):  # gone with its parent when that was closed meanwhile
            self.dialog.finished_work = True
            self.dialog.close()
            self.dialog.deleteLater()
        _running.discard(self)
        if not _running:
            _hold_input(False)
        if self.guard is not None:  # pages that waited reload now, before on_done
            self.guard.release()
            self.guard = None
        self._deliver()

    def _deliver(self) -> None:
        exc = self.error
        if exc is None:
            if self._callbacks.get("on_done") is not None:
                self._callbacks["on_done"](self.result)
            return
        if self.is_cancelled() and isinstance(exc, UserError):
            log.info("%s: cancelled", self.title)
            if self._callbacks.get("on_cancel") is not None:
                self._callbacks["on_cancel"]()
            return
        if self._report_errors:
            report_error(self.parent_widget, self.title, exc)
        if self._callbacks.get("on_error") is not None:
            self._callbacks["on_error"](exc)


def report_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """An expected failure (a UserError, a full disk, a read-only stick…: store/faults.py) as its
    plain message; anything else logged and in the error-report dialog."""
    from desktop_app.store.faults import explain

    message = explain(exc)
    if message is not None:
        log.info("%s: %r", title, exc)
        QMessageBox.warning(parent, title, message)
        return
    from desktop_app.gui.errors_dialog import ErrorReportDialog, build_report

    report = build_report(type(exc), exc, exc.__traceback__)
    log.error("unexpected error in %s\n%s", title, report)
    ErrorReportDialog(report, parent).exec()


def run_in_thread(
    parent: QWidget | None,
    title: str,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
    on_cancel: Callable[[], Any] | None = None,
    on_progress: Callable[[int, int], Any] | None = None,
    cancellable: bool = True,
    label: str = "",
    progress_arg: str | None = "progress",
    report_errors: bool = True,
    **kwargs: Any,
) -> Task:
    """Run fn(*args, **kwargs[, progress=…]) in a thread behind a progress dialog (module doc)."""

    def call(progress: Callable[[int, int], bool] | None) -> Any:
        if progress_arg is not None:
            return fn(*args, **{**kwargs, progress_arg: progress})
        return fn(*args, **kwargs)

    callbacks = {
        "on_done": on_done,
        "on_error": on_error,
        "on_cancel": on_cancel,
        "on_progress": on_progress,
    }
    store = next((a for a in args if is_store(a)), None)
    guard = guard_for(store) if store is not None else None
    if guard is not None:
        guard.hold(title)  # one task at a time on the office's connection (gui/store_guard.py)
    try:
        task = Task(
            parent,
            title,
            label,
            cancellable,
            call,
            progress_arg is not None,
            callbacks,
            report_errors,
        )
    except BaseException:
        if guard is not None:
            guard.release()
        raise
    task.guard = guard
    _install_quit_guard()
    return task.start()


def after_task(widget: QWidget, store: Any, call: Callable[[], Any]) -> bool:
    """True when a task holds the store's connection: call() then runs once the task has
    finished (one pending call per widget; none if the widget is gone by then). For a page or
    view about to read the store on the UI thread — from a timer, say — which must not while a
    task uses the same connection (module doc)."""
    guard = guard_for(store)
    if not guard.busy:
        return False

    def when_free() -> None:
        if isValid(widget):
            call()

    guard.when_free(when_free, key=widget)
    return True


def running_tasks() -> list[Task]:
    return list(_running)


def stop_all(ms: int = 10_000) -> None:
    """Cancel every running task and wait for its thread (the application is quitting)."""
    for task in list(_running):
        task.thread.cancel_flag.set()
    for task in list(_running):
        if not task.thread.wait(ms):
            print(f"somattran: '{task.title}' did not stop", file=sys.stderr)


def _install_quit_guard() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("somattran_worker_guard"):
        app.aboutToQuit.connect(stop_all)
        app.setProperty("somattran_worker_guard", True)
