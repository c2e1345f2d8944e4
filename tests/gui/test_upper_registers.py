"""The register pages at an upper-level office that imported three demo communes, driven as its
officer would: whose each row is (the "Xã" column, sorted by a click), the commune filter
(checked against SQL counts, with search as you type), the other offices' rows only read —
and at a commune office none of it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog

from desktop_app.core import text
from desktop_app.gui.commune_filter import ALL_COMMUNES
from desktop_app.store.db import Store
from tests.gui import upper_fixtures
from tests.gui.keyboard import press, type_text
from tests.gui.sync_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    _no_thread_left,
    handled,
    upper_window,
    when_shown,
)
from tests.gui.upper_fixtures import choose_commune, names_of, rows, shown, sql_count

# the upper-level office of three demo communes and its window (fixtures, by name)
_upper_template, upper_store, window = (
    upper_fixtures._upper_template,
    upper_fixtures.upper_store,
    upper_fixtures.window,
)

PEOPLE, VILLAGES = "Người", "Khu dân cư"
COMMITTEES, INSPECTION, SUPERVISION = (
    "Ban công tác Mặt trận",
    "Ban thanh tra nhân dân",
    "Ban giám sát đầu tư cộng đồng",
)
KIND_OF = {
    COMMITTEES: "village_committee",
    INSPECTION: "inspection_board",
    SUPERVISION: "supervision_board",
}


def open_page(window: Any, qtbot: Any, title: str) -> Any:
    page = window.open_page(title)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def search(page: Any, qtbot: Any, typed: str) -> None:
    page.search_edit.clear()
    type_text(page.search_edit, typed)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)


def click_header(qtbot: Any, page: Any, section: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


# ---- the column and the filter -----------------------------------------------------------------
def test_people_show_their_commune_first_and_the_filter_lists_communes_in_vietnamese_order(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, PEOPLE)
    names = names_of(upper_store)
    assert len(names) == 3
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
    listed = rows(page)
    assert len(listed) == page.model.total() == sql_count(upper_store, "people")
    assert shown(page, 0) == [names[r["commune_code"]] for r in listed]
    assert set(shown(page, 0)) == set(names.values())
    combo = page.commune_filter
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == ALL_COMMUNES
    assert offered[1:] == sorted(names.values(), key=text.sort_key)
    assert combo.parent() is page and combo.isVisibleTo(page)


def test_choosing_a_commune_narrows_the_people_and_their_village_filter(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, PEOPLE)
    for code, name in names_of(upper_store).items():
        choose_commune(page, name)
        expected = sql_count(upper_store, "people", " and commune_code = ?", [code])
        assert page.model.total() == expected < sql_count(upper_store, "people")
        assert page.count_label.text() == f"{expected} dòng"
        assert {r["commune_code"] for r in rows(page)} == {code}
        villages = [page.village_filter.itemData(i) for i in range(1, page.village_filter.count())]
        assert len(villages) == sql_count(upper_store, "villages", " and commune_code = ?", [code])
        assert all(upper_store.villages.get(v)["commune_code"] == code for v in villages)
    page.commune_filter.setCurrentIndex(0)
    assert page.model.total() == sql_count(upper_store, "people")
    every = [page.village_filter.itemText(i) for i in range(1, page.village_filter.count())]
    assert len(every) == sql_count(upper_store, "villages")
    assert all(
        t.endswith(")") and any(f"({n})" in t for n in names_of(upper_store).values())
        for t in every
    )


def test_search_as_you_type_works_within_the_chosen_commune(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, PEOPLE)
    code, name = sorted(names_of(upper_store).items())[1]
    choose_commune(page, name)
    search(page, qtbot, "Thị")  # typed with its marks, as Vietnamese input delivers it
    expected = sql_count(
        upper_store, "people", " and commune_code = ? and name_fold like '%thi%'", [code]
    )
    assert (
        0
        < page.model.total()
        == expected
        < sql_count(upper_store, "people", " and name_fold like '%thi%'")
    )
    assert all(r["commune_code"] == code and "thi" in text.fold(r["full_name"]) for r in rows(page))
    page.commune_filter.setCurrentIndex(0)  # the search stays; every commune's matches come back
    assert page.model.total() == sql_count(upper_store, "people", " and name_fold like '%thi%'")


def test_a_click_on_the_commune_header_lists_commune_after_commune(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, PEOPLE)
    names = names_of(upper_store)
    by_name = sorted(names, key=lambda c: text.sort_key(names[c]))
    default = [r["id"] for r in rows(page)]
    header = page.table.horizontalHeader()
    for order in (by_name, by_name[::-1]):
        click_header(qtbot, page, 0)
        expected = [p["id"] for code in order for p in upper_store.people.query(commune_code=code)]
        assert [r["id"] for r in rows(page)] == expected
        assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 0
    click_header(qtbot, page, 0)  # a third click: the register's own order again
    assert [r["id"] for r in rows(page)] == default and not header.isSortIndicatorShown()
    click_header(qtbot, page, 2)  # another column sorts by itself, over every commune
    assert (
        page.sort_order() == (page.model.columns[2].key, False)
        and header.sortIndicatorSection() == 2
    )
    click_header(qtbot, page, 0)  # and the "Xã" column takes over again
    assert page.sort_order() is None and [r["id"] for r in rows(page)] == [
        p["id"] for code in by_name for p in upper_store.people.query(commune_code=code)
    ]


def test_villages_show_their_commune_and_people_counts(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, VILLAGES)
    names = names_of(upper_store)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
    assert shown(page, 0) == [names[r["commune_code"]] for r in rows(page)]
    code, name = sorted(names.items())[0]
    choose_commune(page, name)
    assert page.model.total() == sql_count(upper_store, "villages", " and commune_code = ?", [code])
    people_column = [c.key for c in page.model.columns].index("people")
    for i, village in enumerate(rows(page)):
        assert village["commune_code"] == code
        assert int(shown(page, people_column)[i]) == sql_count(
            upper_store, "people", " and village_id = ?", [village["id"]]
        )


@pytest.mark.parametrize("title", [COMMITTEES, INSPECTION, SUPERVISION])
def test_body_pages_narrow_to_a_commune_and_change_nothing_of_it(
    window: Any, qtbot: Any, upper_store: Store, title: str
) -> None:
    page = open_page(window, qtbot, title)
    kind, names = KIND_OF[title], names_of(upper_store)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
    page.state_filter.setCurrentIndex(page.state_filter.findData("all"))
    code, name = sorted(names.items())[2]
    choose_commune(page, name)
    assert page.model.total() == sql_count(
        upper_store, "bodies", " and kind = ? and commune_code = ?", [kind, code]
    )
    assert {r["commune_code"] for r in rows(page)} == {code}
    assert set(shown(page, 0)) == {name}
    page.select_row(0)
    assert not page.add_button.isVisible()
    for button in (page.edit_button, page.delete_button):
        assert not button.isEnabled() and f"Bản ghi của xã {name}" in button.toolTip()
    panel = page.members
    assert panel.body["commune_code"] == code and panel.model.rowCount() > 0
    panel.select_row(0)
    for button in (
        panel.add_button,
        panel.edit_button,
        panel.end_button,
        panel.reform_button,
        panel.term_button,
        panel.dissolve_button,
    ):
        assert not button.isEnabled() and "cấp trên chỉ xem" in button.toolTip()
    assert panel.history_button.isEnabled()  # reading the body's history changes nothing
    assert f"Xã <b>{name}</b>" in page.detail.toHtml() or name in page.detail.toPlainText()


# ---- another office's rows are only read -------------------------------------------------------
def test_enter_delete_and_double_click_on_another_communes_person_open_nothing(
    window: Any, qtbot: Any, upper_store: Store, message_boxes: Any
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    page = open_page(window, qtbot, PEOPLE)
    page.select_row(3)
    person = page.selected_record()
    name = names_of(upper_store)[person["commune_code"]]
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert (
        page.edit_button.toolTip()
        == f"Bản ghi của xã {name} — cấp trên chỉ xem, không sửa, không xóa."
    )
    before = sql_count(upper_store, "people")
    dialogs = when_shown(QDialog, lambda d: d.reject())
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Return)
    press(page.table, Qt.Key.Key_F2)
    press(page.table, Qt.Key.Key_Delete)
    rect = page.table.visualRect(page.model.index(3, 1))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(60)  # the watcher polls every 20 ms: a dialog would have been seen
    assert handled(dialogs) == []
    assert message_boxes.shown == []
    assert sql_count(upper_store, "people") == before
    assert window.statusBar().currentMessage().startswith(f"Bản ghi của xã {name}")
    assert (
        "cấp trên chỉ xem" in page.detail.toPlainText()
        and person["full_name"] in page.detail.toPlainText()
    )
    press(
        page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+N: nothing to add here
    assert handled(when_shown(QDialog, lambda d: d.reject())) == []


def test_opening_a_record_clears_the_commune_filter(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    page = open_page(window, qtbot, PEOPLE)
    (first, first_name), (other, _) = sorted(names_of(upper_store).items())[:2]
    choose_commune(page, first_name)
    someone = upper_store.people.query(commune_code=other)[7]
    page.open_record("people", someone["id"])
    assert page.commune_filter.currentText() == "Tất cả các xã"
    assert page.selected_record()["id"] == someone["id"]
    assert page.model.total() == sql_count(upper_store, "people")


# ---- a commune office: nothing of the above ----------------------------------------------------
@pytest.mark.parametrize("title", [VILLAGES, PEOPLE, COMMITTEES, INSPECTION, SUPERVISION])
def test_a_commune_office_has_no_commune_column_nor_filter(
    main_window: Any, qtbot: Any, demo_store: Store, title: str
) -> None:
    page = open_page(main_window, qtbot, title)
    headers = [
        page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())
    ]
    assert "Xã" not in headers
    assert page.commune_filter is None
    assert not [c for c in page.findChildren(QComboBox) if c.accessibleName() == "Lọc theo xã"]
    assert page.add_button.isVisible()
    page.select_row(0)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    assert "cấp trên" not in page.detail.toPlainText()
