"""Python's cycle collector, run on the window's thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
threshold is passed. This window reads the store in threads (gui/reader_thread.py) and prints,
imports and syncs in threads (gui/worker.py); they allocate much more than the window's thread,
so most collections ran there, and deleted there every Qt object found in unreachable cycles
(gdb: QObject::~QObject() called from a collection in a printing task's thread, for a closed
dialog's objects). A Qt object must be deleted on the thread it lives on, not while the
window's thread may be using it.

`install(app)` turns the automatic collection off and lets a timer on the window's thread run
it instead, with the same thresholds: a generation is collected when its count passes its
threshold, as CPython would have done, only always here. `check()` does one such step; the
tests call it between tests (the event loop does not run there). Threads that are not Qt's
(the command line, the import of a bundle outside the window) keep the automatic collector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # a few collections a second at most; each young one takes well under a ms


def check() -> int:
    """Collect the oldest generation whose count has passed its threshold (the step CPython
    takes on an allocation); the number of objects found unreachable (0: nothing was due)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
    return gc.collect(max(due)) if due else 0


class Collector(QObject):
    """The timer that collects on the thread of `parent` (the QApplication)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(check)
        self.timer.start()


def install(app: QObject) -> Collector:
    """Collect cycles only on the thread of `app` from now on (once per application)."""
    found = app.findChild(Collector)
    if found is not None:
        return found
    gc.disable()
    return Collector(app)
