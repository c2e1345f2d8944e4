"""The campaigns page driven as an officer would: activities typed with the keyboard alone (and
several in a row), the catalogue, the roll-up table and chart, and the Excel export."""

from __future__ import annotations

import json
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.gui.bar_chart import CURRENT_COLOUR
from desktop_app.store import rollups
from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal

TITLE = "Cuộc vận động & hoạt động"


def open_page(main_window: Any) -> Any:
    return main_window.open_page(TITLE)


def fund(store: Any) -> dict:
    return store.campaigns.by_code("fund_for_the_poor")


def test_activities_of_the_reporting_year(main_window: Any, demo_store: Any) -> None:
    page = open_page(main_window)
    listing = page.activities
    period = rollups.period(demo_store, 2026)
    assert listing.year.value() == 2026
    assert listing.model.total() == rollups.rollup(demo_store, 2026).total.current["activities"]
    assert "15/12/2025" in listing.period_label.text()
    listing.campaign_filter.set_code(fund(demo_store)["id"])
    rows = [listing.model.record(i) for i in range(listing.model.rowCount())]
    assert rows and all(r["campaign_id"] == fund(demo_store)["id"] for r in rows)
    assert all(period.start.isoformat() <= r["date"] <= period.end.isoformat() for r in rows)


def test_an_activity_with_the_keyboard_alone(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_page(main_window)
    listing = page.activities
    villages = demo_store.villages.current()
    campaign = fund(demo_store)

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        assert dialog.focusWidget() is ui.campaign_id
        ui.campaign_id.set_code(campaign["id"])
        replace_text(ui.date, "15/11/2026")
        type_text(ui.title, "Trao quà cho hộ nghèo dịp Tết")
        ui.villages.setFocus()
        ui.villages.setCurrentRow(0)
        press(ui.villages, Qt.Key.Key_Space)
        press(ui.villages, Qt.Key.Key_Down)
        press(ui.villages, Qt.Key.Key_Space)
        assert "Đã chọn 2" in ui.villagesHint.text()
        type_text(ui.gifts, "20")
        type_text(ui.gifts_value, "10000000")
        ui.gifts_value.editingFinished.emit()
        assert ui.gifts_value.text() == "10.000.000"
        type_text(ui.money_raised, "25.500.000")
        press(ui.money_raised, Qt.Key.Key_Return)

    listing.table.setFocus()
    run_modal(
        lambda: qtbot.keyClick(listing.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        fill,
    )
    saved = listing.selected_record()
    assert saved["title"] == "Trao quà cho hộ nghèo dịp Tết" and saved["date"] == "2026-11-15"
    assert sorted(json.loads(saved["village_ids"])) == sorted(v["id"] for v in villages[:2])
    assert (saved["gifts"], saved["gifts_value"], saved["money_raised"], saved["participants"]) == (
        20,
        10_000_000,
        25_500_000,
        0,
    )
    assert "25.500.000" in listing.detail.toPlainText()


def test_save_and_next_keeps_campaign_date_and_villages(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    listing = open_page(main_window).activities
    before = demo_store.activities.count()
    village = demo_store.villages.current()[3]

    def two_in_a_row(dialog: Any) -> None:
        ui = dialog.ui
        ui.campaign_id.set_code(fund(demo_store)["id"])
        replace_text(ui.date, "10/11/2026")
        dialog.set_village_ids([village["id"]])
        press(ui.title, Qt.Key.Key_Return)  # no title: refused, the cursor goes there
        assert dialog.isVisible() and "tên hoạt động" in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is ui.title
        type_text(ui.title, "Họp dân bàn vận động quỹ")
        ui.saveNextButton.click()
        assert dialog.saved_count == 1 and "đã lưu 1" in dialog.windowTitle()
        assert ui.title.text() == "" and ui.campaign_id.code() == fund(demo_store)["id"]
        assert ui.date.value() == "2026-11-10" and dialog.village_ids() == [village["id"]]
        type_text(ui.title, "Tiếp nhận tiền ủng hộ")
        type_text(ui.money_raised, "3000000")
        press(ui.title, Qt.Key.Key_Return)

    run_modal(listing.add_record, two_in_a_row)
    assert demo_store.activities.count() == before + 2
    made = demo_store.activities.query(
        search="tiep nhan tien ung ho", date_from="2026-11-10", date_to="2026-11-10"
    )
    assert [a["money_raised"] for a in made] == [3_000_000]


def test_catalogue_add_and_refuse_deleting_a_used_campaign(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.campaigns)
    catalogue = page.campaigns
    assert catalogue.model.total() == len(demo_store.campaigns.query())

    def fill(dialog: Any) -> None:
        type_text(dialog.ui.name, "Phong trào “Xây dựng đường giao thông nông thôn”")
        replace_text(dialog.ui.start_year, "2025")
        press(dialog.ui.name, Qt.Key.Key_Return)

    run_modal(catalogue.add_record, fill)
    new = catalogue.selected_record()
    assert new["kind"] == "local" and new["start_year"] == 2025 and new["end_year"] is None
    assert catalogue.model.data(catalogue.model.index(catalogue.model.row_of(new["id"]), 4)) == "0"
    used = fund(demo_store)
    catalogue.select_id(used["id"])
    catalogue.table.setFocus()
    qtbot.keyClick(catalogue.table, Qt.Key.Key_Delete)
    assert "hoạt động; không thể xóa" in message_boxes.texts("warning")[-1]
    assert demo_store.campaigns.get(used["id"]) is not None


def test_rollup_table_and_chart(main_window: Any, demo_store: Any) -> None:
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.rollup)
    view = page.rollup
    expected = rollups.rollup(demo_store, 2026)
    assert view.model.rowCount() == len(expected.by_campaign) + 1
    total = view.model.record(view.model.rowCount() - 1)
    assert total["name"] == "Tổng cộng" and total["current"] == expected.total.current
    assert view.model.data(
        view.model.index(view.model.rowCount() - 1, 5)
    ) == f"{expected.total.current['money_raised']:,}".replace(",", ".")
    assert [b.label for b in view.chart.rows] == [
        r.label
        for r in expected.by_campaign
        if r.current["money_raised"] or r.previous["money_raised"]
    ]
    view.breakdown.setCurrentIndex(view.breakdown.findData("village"))
    assert view.model.rowCount() == len(expected.by_village) + 1
    assert "được tính cho từng khu" in view.note.text()
    view.measure.setCurrentIndex(view.measure.findData("activities"))
    assert {b.label: b.current for b in view.chart.rows} == {
        r.label: r.current["activities"]
        for r in expected.by_village
        if r.current["activities"] or r.previous["activities"]
    }
    image = view.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert CURRENT_COLOUR.name() in colours  # the bars are drawn
    view.period.setCurrentIndex(view.period.findData(1))
    assert view.rollup.period.half == 1 and "6 tháng đầu năm 2026" in view.period_label.text()


def test_export_to_excel(
    main_window: Any,
    qtbot: Any,
    demo_store: Any,
    message_boxes: Any,
    tmp_path: Any,
    monkeypatch: Any,
) -> None:
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.rollup)
    view = page.rollup
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(tmp_path / "tong-hop-2026"), "Tệp Excel (*.xlsx)")),
    )
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("information")), timeout=20000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=5000)
    out = tmp_path / "tong-hop-2026.xlsx"
    assert str(out) in message_boxes.texts("information")[-1]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Tổng hợp",
        "Theo cuộc vận động",
        "Theo khu dân cư",
        "Danh sách hoạt động",
    ]
    assert (
        wb["Tổng hợp"]["D7"].value == rollups.rollup(demo_store, 2026).total.current["activities"]
    )


def test_export_failure_is_reported(
    main_window: Any, qtbot: Any, message_boxes: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    view = open_page(main_window).rollup
    blocked = tmp_path / "blocked.xlsx"
    blocked.mkdir()  # a folder where the file should go: the save cannot replace it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(blocked), ""))
    )
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=20000)
    assert "Không ghi được" in message_boxes.texts("warning")[-1]


def test_open_record_finds_an_activity_of_last_year(main_window: Any, demo_store: Any) -> None:
    old = demo_store.activities.query(date_from="2025-03-01", date_to="2025-03-31")[0]
    assert main_window.show_record("activities", old["id"])
    listing = main_window.current_page().activities
    assert listing.year.value() == 2025 and listing.selected_record()["id"] == old["id"]
