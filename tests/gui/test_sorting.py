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


def shown(page: Any, header_text: str) -> list[str]:
    col = next(c for c in page.model.columns if c.header == header_text)
    return [col.text(page.model.record(i)) for i in range(page.model.rowCount())]


def vietnamese(texts: list[str], descending: bool = False) -> list[str]:
    """The oracle: Qt's ICU collator for Vietnamese, numbers by value, empty texts last."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setNumericMode(True)
    import functools

    filled = sorted((t for t in texts if t), key=functools.cmp_to_key(collator.compare))
    return (filled[::-1] if descending else filled) + [t for t in texts if not t]


def test_commune_registers_sort_by_shown_text_in_sql(
    main_window: Any, qtbot: Any, demo_store: Any, monkeypatch: Any
) -> None:
    """Several columns of several registers, clicked as an officer would: the whole register
    (checked against the database) in the Vietnamese order of what the column shows; coded
    columns ("Dân tộc", "Lĩnh vực", "Trạng thái", "Hình thức") by their label, not their code."""
    from desktop_app.gui import register_page

    assert not hasattr(register_page, "sort_value")  # no sorting of loaded rows in Python

    people = main_window.open_page("people")
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)
    click_header(people, qtbot, "Dân tộc")
    names = shown(people, "Dân tộc")
    assert len(set(names)) > 2 and names == vietnamese(names)
    in_db = {
        r[0]
        for r in demo_store.conn.execute(
            "select ethnicity_code from people where deleted_at is null"
        )
    }
    from desktop_app.store import refdata

    assert names[0] == vietnamese([refdata.ethnic_name(c) for c in in_db if c])[0]

    petitions = main_window.open_page("petitions")
    qtbot.waitUntil(lambda: petitions.model.rowCount() > 0)
    petitions.clear_filters()
    petitions.reload()
    ids = {
        r[0]
        for r in demo_store.conn.execute(
            "select id from petitions where deleted_at is null and commune_code = ?",
            [demo_store.owner_code()],
        )
    }
    for header, descending in (
        ("Cơ quan", False),
        ("Lĩnh vực", False),
        ("Trạng thái", False),
        ("Trạng thái", True),
    ):
        click_header(petitions, qtbot, header)
        assert petitions.sort_order()[1] is descending
        texts = [t.removesuffix(" — QUÁ HẠN") for t in shown(petitions, header)]
        assert texts == vietnamese(texts, descending), header
        listed = {petitions.model.record(i)["id"] for i in range(petitions.model.rowCount())}
        assert listed <= ids and len(listed) == petitions.model.total()

    verdicts = main_window.open_page("verdicts")
    commendations = verdicts.commendations
    verdicts.tabs.setCurrentWidget(commendations)
    commendations.reload()
    if commendations.model.rowCount():
        click_header(commendations, qtbot, "Hình thức")
        forms = shown(commendations, "Hình thức")
        assert forms == vietnamese(forms)

    villages = main_window.open_page("villages")
    qtbot.waitUntil(lambda: villages.model.rowCount() > 0)
    click_header(villages, qtbot, "Loại")
    click_header(villages, qtbot, "Loại")
    kinds = shown(villages, "Loại")
    assert kinds == vietnamese(kinds, descending=True)


def test_every_column_of_every_register_page_sorts(main_window: Any, qtbot: Any) -> None:
    from desktop_app.gui.register_page import RegisterPage

    pages: list[Any] = []
    for key in ("villages", "people", "committees", "inspection-boards", "supervision-boards"):
        pages.append(main_window.open_page(key))
    for key in ("campaigns", "reg213", "funds", "verdicts", "petitions", "supervision"):
        page = main_window.open_page(key)
        pages += [page] if isinstance(page, RegisterPage) else page.findChildren(RegisterPage)
    assert len(pages) >= 15
    for page in pages:
        unsortable = [c.header for c in page.columns() if not page.sortable(c.key)]
        assert not unsortable, (type(page).__name__, unsortable)
        for column in page.columns():  # each runs its ORDER BY against the database
            page._sort = (column.key, True)
            page.reload()
            assert page.model.total() >= 0
        page._sort = None
