"""The overview: counts, per-village figures and the items needing attention, which open their record."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.gui.dates_ahead import dates_ahead, in_peak_month, next_occurrence
from desktop_app.gui.overview_page import attention_items


def test_attention_lists_the_demo_problems(demo_store: Any) -> None:
    items = attention_items(demo_store)
    warned = demo_store.people.id_warnings()
    assert warned, "the demo commune carries an ID-number slip"
    ids = [(i.table, i.record_id) for i in items if i.group == "Số định danh (CCCD) cần kiểm tra"]
    assert ids == [("people", p["id"]) for p in warned]
    groups = {i.group for i in items}
    assert "Ngày sắp tới" in groups
    for body in demo_store.bodies.query(current_only=True):
        if demo_store.bodies.composition_issues(body):
            assert ("bodies", body["id"]) in [
                (i.table, i.record_id) for i in items if i.group == "Ban chưa đúng quy định"
            ]


def test_overview_shows_counts_and_opens_a_record(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = main_window.open_page("overview")
    assert main_window.current_page() is page
    assert not page.loaded  # the checks run once the window has been drawn
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    cards = {
        c.accessibleName()
        for c in page.findChildren(type(page.cards.itemAt(0).widget()))
        if c.accessibleName()
    }
    assert f"Người trong sổ: {demo_store.people.count()}" in cards
    assert page.village_model.rowCount() == len(demo_store.villages.current())
    first = page.village_model.record(0)
    assert first["people"] == demo_store.people.count_query(village_id=first["id"])

    slip = demo_store.people.id_warnings()[0]
    rows = page.find_items(slip["full_name"])
    assert rows, "the person with an ID-number warning is listed"
    page.attention.setFocus()
    page.attention.setCurrentItem(rows[0])
    qtbot.keyClick(page.attention, Qt.Key.Key_Return)
    people = main_window.current_page()
    assert type(people).__name__ == "PeoplePage"
    assert people.selected_record()["id"] == slip["id"]


def test_overview_dates_ahead() -> None:
    assert next_occurrence(18, 11, date(2026, 11, 26)) == date(2027, 11, 18)
    assert next_occurrence(17, 10, date(2026, 10, 17)) == date(2026, 10, 17)
    assert in_peak_month(date(2026, 11, 1)) and not in_peak_month(date(2026, 11, 19))
    ahead = dates_ahead(date(2026, 9, 1), {"reg213_due": "30/11", "half_year_end": "14/06"}.get)
    labels = [a.label[:5] for a in ahead]
    assert labels == ["17/10", "18/11", "30/11"]
    assert ahead[0].campaign_code == "fund_for_the_poor"


def test_the_overview_waits_while_a_task_uses_the_database(main_window, qtbot, monkeypatch) -> None:
    from desktop_app.gui import worker

    page = main_window.open_page("overview")
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    busy = [object()]
    monkeypatch.setattr(worker, "running_tasks", lambda: list(busy))
    page.refresh()
    qtbot.wait(300)
    assert not page.loaded  # an export or import is running in its thread: no read yet
    busy.clear()
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
