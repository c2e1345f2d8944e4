"""Issue 13 items 15 and 19: columns sized to their header and content within the table's room,
cut text in a tooltip, no horizontal scrollbar on an empty list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.gui.villages_page import VillagesPage


def test_an_empty_village_list_has_no_horizontal_scrollbar(qtbot: Any, empty_store: Any) -> None:
    empty_store.setup_office(role="commune", commune_name="Hòa Cư", commune_code="06280")
    page = VillagesPage(empty_store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.wait(20)
    assert page.model.rowCount() == 0
    assert not page.table.horizontalScrollBar().isVisible()
    header = page.table.horizontalHeader()
    for i in range(header.count() - 1):  # every header readable in full
        assert header.sectionSize(i) >= header.sectionSizeFromContents(i).width()


def test_people_columns_fit_their_content_at_1366(main_window: Any, qtbot: Any) -> None:
    from desktop_app.gui import ui_state

    ui_state.ui_settings().remove("pages/PeoplePage")  # no widths left by an earlier test's officer
    page = main_window.open_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    qtbot.wait(20)
    header, table = page.table.horizontalHeader(), page.table
    assert not table.horizontalScrollBar().isVisible()
    for i in range(header.count() - 1):
        assert header.sectionSize(i) >= header.sectionSizeFromContents(i).width(), (
            page.model.columns[i].header
        )
    name = [c.key for c in page.model.columns].index("full_name")
    assert header.sectionSize(name) >= table.sizeHintForColumn(name) - 2  # whole names
    assert page.model.headerData(name, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_overview_attention_list_shows_whole_lines(main_window: Any, qtbot: Any) -> None:
    page = main_window.open_page("Tổng quan")
    qtbot.waitUntil(lambda: page.attention.topLevelItemCount() > 0, timeout=5000)
    page._fill_attention(page.items)
    tree = page.attention
    metrics = tree.fontMetrics()
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for k in range(group.childCount()):
            child = group.child(k)
            assert child.toolTip(0) == child.text(0)
            if (
                group.isExpanded()
                and metrics.horizontalAdvance(child.text(0)) < tree.viewport().width() * 0.6
            ):
                assert (
                    tree.columnWidth(0)
                    >= metrics.horizontalAdvance(child.text(0)) + tree.indentation()
                )


def test_the_bundle_list_shows_whole_cells(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableView

    from desktop_app.gui.sync_tables import setup_table
    from desktop_app.gui.table_model import Column, RecordTableModel

    view = QTableView()
    qtbot.addWidget(view)
    model = RecordTableModel(
        [Column("encrypted", "Mã hóa"), Column("kind", "Đảng viên"), Column("file", "Tệp")]
    )
    setup_table(view, model, [40, 40, 100])
    model.set_rows([{"encrypted": "KHÔNG", "kind": "Đảng viên", "file": "06283-000001.smtb"}])
    for col in (0, 1):
        assert view.columnWidth(col) >= view.sizeHintForColumn(col)
        assert view.columnWidth(col) >= view.horizontalHeader().sectionSizeFromContents(col).width()
