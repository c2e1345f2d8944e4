"""The Regulation-213 round of every commune is read in a thread on a reader of the store when it
is big (a province: 12,000 members, reg213_upper.IN_THREAD_FROM): "Đang tính…" meanwhile, then the
same tree as read on the window's thread; a commune chosen meanwhile is shown at once and the
province's result dropped; closing the window cancels the reading and waits for its thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from desktop_app.gui import reg213_round, reg213_upper
from desktop_app.gui.reg213_round import COMPUTING
from desktop_app.store.db import Store
from tests.gui import upper_fixtures
from tests.gui.sync_fixtures import _no_thread_left, upper_window  # noqa: F401
from tests.gui.upper_fixtures import choose_commune, names_of

_upper_template, upper_store, window = (
    upper_fixtures._upper_template,
    upper_fixtures.upper_store,
    upper_fixtures.window,
)

TITLE = "Đảng viên nơi cư trú"
# A statement that never ends by itself: only a cancelled reading stops it.
ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


def round_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "reg213-round" and t.is_alive()]


def shown(view: Any) -> tuple[str, list[str], list[tuple[str, bool]]]:
    """The progress line, the members' ids in order and every row's first text (with whether
    it is a heading spanning the columns), as the officer sees them."""
    ids, texts, items = [], [], QTreeWidgetItemIterator(view.tree)
    while (item := items.value()) is not None:
        member = item.data(0, Qt.ItemDataRole.UserRole)
        if member:
            ids.append(member["id"])
        texts.append((item.text(0), item.isFirstColumnSpanned() and item.isExpanded()))
        items += 1
    return view.progress.text(), ids, texts


def round_view(window: Any) -> Any:
    page = window.open_page(TITLE)
    page.tabs.setCurrentWidget(page.round_view)
    return page.round_view


def test_every_communes_round_read_in_a_thread_fills_the_same_tree(
    window: Any, qtbot: Any, upper_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = round_view(window)  # three small communes: read at once on the window's thread
    assert view.loaded and view._background.thread is None
    at_once = shown(view)
    assert len(at_once[1]) > 0
    monkeypatch.setattr(reg213_upper, "IN_THREAD_FROM", 0)  # as if it were a province
    view.reload()
    assert not view.loaded and view._background.thread is not None
    assert COMPUTING in view.progress.text()
    assert view.tree.topLevelItemCount() == 1 and view.tree.topLevelItem(0).text(0) == COMPUTING
    assert view.selected_member() is None and not view.comment_button.isEnabled()
    qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
    assert view._background.thread is None and round_threads() == []
    assert shown(view) == at_once
    # once read, the rows are made a commune a turn of the event loop, then put in at once
    monkeypatch.setattr(reg213_round, "FILL_MS", 0)  # a commune a turn
    view.reload()
    view._background.thread.join()
    view._poll()
    assert not view.loaded and len(view._parts) == len(names_of(upper_store)) > 1
    assert view.tree.topLevelItemCount() == 1 and view.tree.topLevelItem(0).text(0) == COMPUTING
    assert view.progress.text() == at_once[0]  # the figures are in already
    qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
    assert shown(view) == at_once
    # a member selected stays selected across a reload in a thread
    view.tree.setCurrentItem(
        view.tree.topLevelItem(0).child(0).child(0)
    )  # commune, village, member
    chosen = view.selected_member()["id"]
    view.reload()
    qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
    assert view.selected_member()["id"] == chosen


def test_a_commune_chosen_while_every_commune_is_read_is_shown_at_once(
    window: Any, qtbot: Any, upper_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = round_view(window)
    code, name = sorted(names_of(upper_store).items())[1]
    choose_commune(view, name)
    one = shown(view)
    monkeypatch.setattr(
        reg213_upper.UpperRoundView,
        "_in_thread",
        lambda self, asked: asked[2] is None,  # every commune in a thread, a commune at once
    )
    view.commune_filter.set_code(None)  # every commune: read in a thread
    assert not view.loaded
    choose_commune(view, name)
    assert view.loaded and shown(view) == one  # at once, while the province is read
    qtbot.waitUntil(lambda: view._background.thread is None, timeout=20_000)
    qtbot.wait(50)
    assert view.commune_code() == code and shown(view) == one  # the province's is dropped


def test_closing_the_window_cancels_the_reading_and_waits_for_its_thread(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = round_view(window)
    started, ended = threading.Event(), []

    def endless(self: Any, store: Store, asked: tuple) -> dict:
        started.set()
        try:
            store.conn.execute(ENDLESS).fetchone()
        except Exception as exc:
            ended.append(str(exc))
            raise
        ended.append("finished")
        return {}

    monkeypatch.setattr(reg213_upper, "IN_THREAD_FROM", 0)
    monkeypatch.setattr(reg213_upper.UpperRoundView, "_read", endless)
    view.reload()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    thread = view._background.thread
    assert thread is not None and thread.is_alive()
    began = time.monotonic()
    assert window.close()
    assert time.monotonic() - began < 5
    assert not thread.is_alive() and round_threads() == []
    assert ended == ["interrupted"]  # its statement was stopped, not waited out
    assert not view._poll_timer.isActive()
    qtbot.wait(100)
    assert not view.loaded and round_threads() == []  # and nothing starts it again
