"""One user of the office's connection at a time in the window.

The window has one SQLite connection (store.conn). A background task (export, import, printing,
backup — gui/worker.run_in_thread) uses it from its own thread; while it does, a page that
reloads would read in the middle of the task's transaction, and a save would even join it (one
connection has one transaction). So each store has one guard:

- a task holds it from start to finish (`try_hold` / `release`); a second task is refused with
  a plain message naming the first;
- a page that wants to reload while it is held waits (`when_free`): the reload runs when the
  task has finished;
- a save while it is held is refused (`refuse_if_busy`, used by gui/saving.py), and an operation
  runner for writes from the window can hold the guard itself (`holding`).

Chosen over a connection per worker thread: a second connection would need its own Store
(settings, caches, the audit actor, the office lock), would see the task's writes only after its
commit, and SQLite would still let only one of them write at a time; with the guard, every
task keeps the store it was given and the window never waits on a lock inside SQLite.

Qt-free on purpose (a lock and callbacks), so it is small, separate and reusable.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from desktop_app.core.errors import UserError

BUSY = "Chương trình đang {what}. Hãy chờ việc đó xong rồi làm lại."


class StoreBusy(UserError):
    """The office's connection is in use by a background task."""


class StoreGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holder: str | None = None
        self._waiting: dict[Any, Callable[[], None]] = {}

    @property
    def holder(self) -> str | None:
        """What holds the connection now ("xuất gói đồng bộ"…), or None."""
        return self._holder

    @property
    def busy(self) -> bool:
        return self._holder is not None

    def try_hold(self, what: str) -> bool:
        with self._lock:
            if self._holder is not None:
                return False
            self._holder = what
            return True

    def hold(self, what: str) -> None:
        """Hold it or raise StoreBusy naming the holder."""
        if not self.try_hold(what):
            raise StoreBusy(self.message())

    def message(self) -> str:
        """'Chương trình đang xuất gói đồng bộ. Hãy chờ…' for the current holder."""
        holder = (self._holder or "làm việc khác").rstrip("…. ")
        holder = holder[:1].lower() + holder[1:]
        if holder.lower().startswith("đang "):
            holder = holder[5:]
        return BUSY.format(what=holder)

    def release(self) -> None:
        """Free it and run what waited (on the caller's thread: the UI thread in the window)."""
        with self._lock:
            self._holder = None
            waiting, self._waiting = self._waiting, {}
        for callback in waiting.values():
            if self.busy:  # a callback started another task: the rest wait for that one
                self._waiting.setdefault(callback, callback)
                continue
            callback()

    def when_free(self, callback: Callable[[], None], key: Any = None) -> bool:
        """Run callback now if free (True), else once the holder releases (False). One pending
        callback per key (a page that asks to reload five times reloads once)."""
        with self._lock:
            if self._holder is not None:
                self._waiting[key if key is not None else callback] = callback
                return False
        callback()
        return True

    @contextlib.contextmanager
    def holding(self, what: str) -> Iterator[None]:
        self.hold(what)
        try:
            yield
        finally:
            self.release()


_guards: weakref.WeakKeyDictionary[Any, StoreGuard] = weakref.WeakKeyDictionary()
_guards_lock = threading.Lock()


def guard_for(store: Any) -> StoreGuard:
    """The one guard of this store (made on first use)."""
    with _guards_lock:
        guard = _guards.get(store)
        if guard is None:
            guard = _guards[store] = StoreGuard()
        return guard


def is_store(value: Any) -> bool:
    return hasattr(value, "conn") and hasattr(value, "path") and hasattr(value, "transaction")
