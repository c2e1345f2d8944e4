"""A read of the store in a thread of its own, for a page whose figures take more than a frame
at the upper level (the overview, the campaigns' roll-up, the Regulation-213 round).

The read runs on a reader connection of its own (`store.reader()`), whose every statement gives
up once the read is cancelled, so `stop()` ends it at once: the page calls it when it or the
window closes and before the store is closed or swapped, and no thread is left reading a closed
or replaced database. The page polls `finished()` from a timer on the window's thread and takes
the outcome there; a widget is never touched from the thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("somattran.gui")


class ReaderThread:
    """One read at a time. Its outcome is what the read returned, the exception it raised, or
    None when it was cancelled before it began."""

    def __init__(self, name: str) -> None:
        self.name = name  # the thread's name; also the log line's
        self.thread: threading.Thread | None = None  # started and not yet taken
        self._cancel = threading.Event()
        self._box: list[Any] = []

    def start(self, store: Any, read: Callable[[Any], Any]) -> None:
        """Run read(reader) in a new thread. Each run has its own cancel flag and outcome, so a
        cancelled run still ending cannot answer for the next one."""
        cancel, box = threading.Event(), list[Any]()
        self._cancel, self._box = cancel, box

        def run() -> None:
            try:
                if cancel.is_set():
                    return
                reader = store.reader()
                try:  # every statement gives up once the read is cancelled
                    reader.conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 10_000)
                    box.append(read(reader))
                finally:
                    reader.close()
            except Exception as exc:  # noqa: BLE001 - the page shows it as a plain message, logged
                box.append(exc)

        self.thread = threading.Thread(target=run, name=self.name, daemon=True)
        self.thread.start()

    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def finished(self) -> bool:
        """A read has ended and its outcome is not taken yet."""
        return self.thread is not None and not self.thread.is_alive()

    def take(self) -> Any:
        """Wait for the read started last and give its outcome (None when none was started)."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.join()
        return self._box[0] if self._box else None

    def cancel(self) -> None:
        """Tell the read in flight to give up, without waiting for it."""
        self._cancel.set()

    def stop(self, timeout: float = 30.0) -> bool:
        """Cancel the read in flight and wait for its thread (its reader closed). True when no
        thread is left; a statement that cannot be interrupted is logged and left to end."""
        thread, self.thread = self.thread, None
        if thread is None:
            return True
        self._cancel.set()
        thread.join(timeout)
        if thread.is_alive():
            log.warning("%s reader still running after %.0f s", self.name, timeout)
            self.thread = thread
            return False
        self._box = []
        return True
