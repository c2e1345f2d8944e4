"""Every register list sorts on a header click (issue 13 item 1): A→Z, Z→A, back to the
register's order, with the arrow shown and the choice remembered per page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.text import sort_key


def click_header(page: Any, qtbot: Any, header_text: str) -> None:
    headers = [c.header for c in page.model.columns]
    section = headers.index(header_text)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def column(page: Any, key: str) -> list[Any]:
    return [page.model.record(i).get(key) for i in range(page.model.rowCount())]


def test_people_sort_by_birth_date_and_id_number_in_sql(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = main_window.open_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    header = page.table.horizontalHeader()
    click_header(page, qtbot, "Ngày sinh")
    births = column(page, "birth_date")
    filled = [b for b in births if b]
    assert filled == sorted(filled) and len(set(filled)) > 10
    assert (
        header.isSortIndicatorShown() and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    )
    assert header.sortIndicatorSection() == 2
    # the whole register is sorted, not the 200 rows loaded: the first is the oldest of all
    oldest = min(p["birth_date"] for p in demo_store.people.all() if p["birth_date"])
    assert births[0] == oldest

    click_header(page, qtbot, "Ngày sinh")
    births = [b for b in column(page, "birth_date") if b]
    assert births == sorted(births, reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    click_header(page, qtbot, "Số định danh (CCCD)")
    ids = [i for i in column(page, "id_number") if i]
    assert ids == sorted(ids) and ids
    assert column(page, "id_number")[0]  # empty ID numbers come last

    click_header(page, qtbot, "Khu dân cư")
    villages = [v for v in column(page, "village_name") if v]
    assert villages == sorted(villages, key=sort_key)


def test_sort_is_remembered_per_page_and_third_click_restores(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    people = main_window.open_page("people")
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)
    natural = column(people, "id")
    click_header(people, qtbot, "Điện thoại")
    assert people.sort_order() == ("phone", False)

    from desktop_app.gui.people_page import PeoplePage

    again = PeoplePage(demo_store)  # a new session of the same page
    qtbot.addWidget(again)
    assert again.sort_order() == ("phone", False)
    assert again.table.horizontalHeader().isSortIndicatorShown()

    click_header(people, qtbot, "Điện thoại")
    click_header(people, qtbot, "Điện thoại")
    assert people.sort_order() is None and column(people, "id") == natural
    assert not people.table.horizontalHeader().isSortIndicatorShown()


def test_villages_sort_by_people_count_and_name(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    demo_store.villages.add({"name": "Thôn Mới", "kind": "thon"})  # nobody lives there yet
    page = main_window.open_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    counts_col = next(c for c in page.model.columns if c.key == "people")
    click_header(page, qtbot, counts_col.header)
    counts = [int(counts_col.text(page.model.record(i))) for i in range(page.model.rowCount())]
    assert counts == sorted(counts) and counts[0] == 0 and len(set(counts)) > 1
    assert column(page, "name")[0] == "Thôn Mới"
    click_header(page, qtbot, "Tên khu dân cư")
    click_header(page, qtbot, "Tên khu dân cư")
    names = column(page, "name")
    assert names == sorted(names, key=sort_key, reverse=True)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
