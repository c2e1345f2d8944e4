"""Cycles holding Qt objects are collected on the window's thread, never in a reader's or a
task's thread (gui/collector.py): a collection there deleted Qt objects from a thread they do
not live on."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject

from desktop_app.gui import collector


def _garbage_cycle(freed_in: list[str] | None = None) -> weakref.ref:
    """A Qt object (living on this thread) that only the cycle collector can free; freed_in
    gets the name of the thread that freed it."""
    thing = QObject()
    thing.me = thing  # type: ignore[attr-defined]
    if freed_in is None:
        return weakref.ref(thing)
    return weakref.ref(thing, lambda _: freed_in.append(threading.current_thread().name))


def _allocate_much() -> list[dict]:
    """What a reader does: thousands of tracked objects, far past the collector's thresholds."""
    return [{"id": n} for n in range(50_000)]


def test_a_thread_allocating_much_collects_nothing_the_window_thread_does(qtbot: Any) -> None:
    assert not gc.isenabled()  # installed by tests/gui/conftest.py as by the application
    gone = _garbage_cycle()
    read: list = []  # what the reader gives the page: its rows stay
    reader = threading.Thread(target=lambda: read.append(_allocate_much()))
    reader.start()
    reader.join()
    assert gone() is not None  # the thread passed every threshold and deleted nothing
    qtbot.waitUntil(lambda: gone() is None, timeout=4 * collector.INTERVAL_MS)
    assert read


def test_without_it_the_thread_would_have_deleted_the_qt_object() -> None:
    """The fault the collector removes (so that the test above can fail)."""
    gc.enable()
    try:
        gc.collect()
        freed_in: list[str] = []
        gone = _garbage_cycle(freed_in)
        reader = threading.Thread(target=_allocate_much, name="reader")
        reader.start()
        reader.join()
        assert gone() is None and freed_in == ["reader"]
    finally:
        gc.disable()


def test_the_application_installs_it_once(qapp: Any) -> None:
    from desktop_app.gui.app import make_application

    app = make_application()
    assert app is qapp and len(app.findChildren(collector.Collector)) == 1
    assert collector.install(app) is app.findChild(collector.Collector)


def test_check_collects_only_what_is_due() -> None:
    gc.collect()
    assert collector.check() == 0  # nothing allocated since: nothing due
    holder = QObject()
    holder.me = holder  # type: ignore[attr-defined]
    gone = weakref.ref(holder)
    del holder
    rows = _allocate_much()
    assert collector.check() >= 1 and gone() is None and rows
