# ruff: noqa: F811 - the fixtures imported from tests.gui.sync_fixtures are test parameters
"""Tổng quan at an upper-level office: one line per commune, and what needs the upper level
(late communes, quarantined records, bodies and terms, late comments), each naming its commune."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QFrame

from desktop_app.core import text
from desktop_app.gui.overview_upper import upper_attention_items
from desktop_app.store import import_log
from desktop_app.store.db import Store
from tests.gui.sync_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    _no_thread_left,
    upper_window,
)
from tests.gui.upper_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    _upper_template,
    names_of,
    sql_count,
    upper_store,
)


def overview(window: Any) -> Any:
    page = window.current_page()
    page.load_now()
    return page


def test_one_line_per_commune_with_what_it_holds(upper_window: Any, upper_store: Store) -> None:
    page = overview(upper_window)
    names = names_of(upper_store)
    rows = [page.village_model.record(i) for i in range(page.village_model.rowCount())]
    assert [r["code"] for r in rows] == sorted(
        names, key=lambda c: text.sort_key(f"{names[c]} ({c})")
    )
    for r in rows:
        assert r["label"] == f"{names[r['code']]} ({r['code']})"
        assert r["people"] == sql_count(upper_store, "people", " and commune_code = ?", [r["code"]])
        assert r["party"] == sql_count(
            upper_store, "people", " and commune_code = ? and party_member = 1", [r["code"]]
        )
        assert r["last"].startswith("số 1 · ")
    for i, r in enumerate(rows):  # the counts as the cards show them: 1.234, not 1234
        people = page.village_model.data(page.village_model.index(i, 1))
        assert people == f"{r['people']:,}".replace(",", ".")
    assert [
        c.text(r)
        for c in page.village_model.columns[1:3]
        for r in [{"people": 25202, "party": 2093}]
    ] == ["25.202", "2.093"]
    first_card = page.findChild(QFrame, "card_0")
    assert first_card is not None and first_card.accessibleName() == f"Xã: {len(names)}"
    groups = {
        page.attention.topLevelItem(i).text(0).split(" (")[0]
        for i in range(page.attention.topLevelItemCount())
    }
    assert (
        "Số định danh (CCCD) cần kiểm tra" not in groups
    )  # the commune's own checks stay at the commune


def test_late_communes_quarantine_and_late_comments_name_their_commune(upper_store: Store) -> None:
    names = names_of(upper_store)
    code = sorted(names)[0]
    import_id = upper_store.conn.execute(
        "select id from sync_imports where commune_code = ?", [code]
    ).fetchone()[0]
    import_log.quarantine(
        upper_store,
        [
            {
                "import_id": import_id,
                "commune_code": code,
                "table_name": "people",
                "record_id": "p-x",
                "record": "{}",
                "reason": "thiếu khu dân cư",
                "created_at": "2026-11-20T00:00:00Z",
                "resolved_at": None,
                "resolution": None,
            }
        ],
    )
    items = upper_attention_items(upper_store)
    by_group: dict[str, list[Any]] = {}
    for item in items:
        by_group.setdefault(item.group, []).append(item)
    assert "Xã gửi dữ liệu quá hạn" not in by_group  # every commune sent a bundle today
    assert [(i.text, i.detail.split(" ")[0]) for i in by_group["Bản ghi cách ly chờ xử lý"]] == [
        (f"{names[code]} ({code})", "1")
    ]
    late = {
        i.text: int(i.detail.split(" ")[0])
        for i in by_group["Phiếu nhận xét đảng viên nơi cư trú quá hạn"]
    }
    expected = {
        f"{names[c]} ({c})": n
        for c, n in upper_store.conn.execute(
            "select commune_code, count(*) from evaluations where deleted_at is null group by commune_code"
        )
    }
    assert set(late) <= set(expected) and all(n > 0 for n in late.values())
    assert all(any(f"({c})" in i.detail for c in names) for i in by_group["Ban chưa đúng quy định"])

    later = upper_store.today() + timedelta(days=60)
    upper_store.today = lambda: later
    overdue = [i for i in upper_attention_items(upper_store) if i.group == "Xã gửi dữ liệu quá hạn"]
    assert sorted(i.text for i in overdue) == sorted(f"{names[c]} ({c})" for c in names)
    assert all(i.urgent and "ngày" in i.detail for i in overdue)


def test_double_click_on_a_commune_opens_its_people(
    qtbot: Any, upper_window: Any, upper_store: Store
) -> None:
    page = overview(upper_window)
    row = 1
    code = page.village_model.record(row)["code"]
    index = page.village_model.index(row, 0)
    page.villages.doubleClicked.emit(index)
    people = upper_window.current_page()
    assert upper_window.titles()[upper_window.ui.nav.currentRow()] == "Người"
    assert people.commune_filter.code() == code
    qtbot.waitUntil(
        lambda: (
            people.model.total()
            == sql_count(upper_store, "people", " and commune_code = ?", [code])
        )
    )


def test_the_overview_fills_in_from_a_thread_with_the_same_answers(
    upper_window: Any, upper_store: Store, qtbot: Any
) -> None:
    """refresh() counts and checks off the UI thread, on a connection of its own (issue 12);
    what it shows is what load_now() shows."""
    page = overview(upper_window)
    shown = [page.village_model.record(i) for i in range(page.village_model.rowCount())]
    items = list(page.items)
    page.village_model.set_rows([])
    page.refresh()
    assert not page.loaded
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    assert page._background.thread is None  # it ran, and is done
    assert [page.village_model.record(i) for i in range(page.village_model.rowCount())] == shown
    assert page.items == items == upper_attention_items(upper_store)
