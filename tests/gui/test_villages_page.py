"""Villages page, driven as an officer would: search, add, edit with an error then a fix, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal


def open_villages(main_window: Any, qtbot: Any) -> Any:
    page = main_window.open_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def shown_names(page: Any) -> list[str]:
    return [page.model.record(i)["name"] for i in range(page.model.rowCount())]


def test_search_as_you_type_ignores_diacritics(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_villages(main_window, qtbot)
    assert len(shown_names(page)) == 6
    some = demo_store.villages.current()[1]["name"]  # e.g. "Nà Cạn"
    plain = demo_store.villages.current()[1]["name_fold"]
    type_text(page.search_edit, plain)
    qtbot.waitUntil(lambda: shown_names(page) == [some], timeout=2000)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_names(page)) == 6, timeout=2000)


def test_add_edit_with_error_then_fix_and_delete(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_villages(main_window, qtbot)
    existing = demo_store.villages.current()[0]["name"]

    def fill_new(dialog: Any) -> None:
        assert dialog.windowTitle() == "Thêm khu dân cư"
        type_text(dialog.ui.name, existing)  # a name already in use: an error
        dialog.ui.kind.set_code("ban")
        type_text(dialog.ui.valid_from, "01/07/2025")
        press(dialog.ui.name, Qt.Key.Key_Return)
        assert dialog.isVisible(), "saved although the name is taken"
        assert "Đã có khu dân cư" in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is dialog.ui.name
        replace_text(dialog.ui.name, "Bản Đông Mới")
        press(dialog.ui.name, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), fill_new)
    row = demo_store.villages.by_name("ban dong moi")
    assert (
        row
        and row["name"] == "Bản Đông Mới"
        and row["kind"] == "ban"
        and row["valid_from"] == "2025-07-01"
    )
    assert page.selected_record()["id"] == row["id"]

    def bad_date_then_fix(dialog: Any) -> None:
        assert dialog.ui.name.text() == "Bản Đông Mới"
        type_text(dialog.ui.valid_to, "31/02/2026")
        press(dialog.ui.valid_to, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "không có trên lịch" in message_boxes.texts("warning")[-1]
        replace_text(dialog.ui.valid_to, "28/02/2026")
        press(dialog.ui.valid_to, Qt.Key.Key_Return)

    page.table.setFocus()
    run_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_F2), bad_date_then_fix)
    assert demo_store.villages.get(row["id"])["valid_to"] == "2026-02-28"

    # Delete asks first, naming the village; "No" keeps it.
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.No
    page.select_id(row["id"])
    page.delete_selected()
    assert "Bản Đông Mới" in message_boxes.texts("question")[-1]
    assert demo_store.villages.get(row["id"]) is not None
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.delete_selected()
    assert demo_store.villages.get(row["id"]) is None
    assert demo_store.villages.get(row["id"], include_deleted=True)["deleted_at"]
    assert "Bản Đông Mới" not in shown_names(page)


def test_delete_refused_with_people_living_there(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_villages(main_window, qtbot)
    village = demo_store.villages.current()[0]
    page.select_id(village["id"])
    page.delete_selected()
    assert "còn" in message_boxes.texts("warning")[-1]
    assert demo_store.villages.get(village["id"]) is not None


def test_escape_with_changes_asks_before_discarding(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = open_villages(main_window, qtbot)
    before = demo_store.villages.count()

    def type_then_escape(dialog: Any) -> None:
        type_text(dialog.ui.name, "Thôn Chưa Lưu")
        message_boxes.answer = QMessageBox.StandardButton.No
        press(dialog.ui.name, Qt.Key.Key_Escape)
        assert dialog.isVisible() and "chưa được lưu" in message_boxes.texts("question")[-1]
        message_boxes.answer = QMessageBox.StandardButton.Yes
        press(dialog.ui.name, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    run_modal(page.add_record, type_then_escape)
    assert demo_store.villages.count() == before


def test_merge_dialog_moves_people_and_forms_the_new_committee(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_villages(main_window, qtbot)
    survivor, merged = demo_store.villages.current()[:2]
    moving = demo_store.people.counts_by_village()[merged["id"]]
    page.select_id(merged["id"])

    def merge(dialog: Any) -> None:
        ui = dialog.ui
        assert dialog.sources() == [merged["id"]]  # the selected village starts ticked
        ui.targetCombo.set_code(survivor["id"])
        assert f"{moving} người chuyển" in ui.summaryLabel.text()
        assert ui.membersList.count() > 2
        press(ui.termLabelEdit, Qt.Key.Key_Return)  # nobody picked for the new committee: refused
        assert (
            dialog.isVisible() and "Chưa đánh dấu thành viên" in message_boxes.texts("warning")[-1]
        )
        for row in range(3):
            ui.membersList.item(row).setCheckState(Qt.CheckState.Checked)
        replace_text(ui.mergeDateEdit, "01/11/2026")
        type_text(ui.decisionNumberEdit, "25/NQ-HDND")
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton), merge)
    gone = demo_store.villages.get(merged["id"])
    assert gone["merged_into"] == survivor["id"] and gone["valid_to"] == "2026-10-31"
    assert demo_store.people.counts_by_village().get(merged["id"], 0) == 0
    (new,) = demo_store.bodies.query(
        kind="village_committee", village_id=survivor["id"], current_only=True
    )
    assert new["term_start"] == "2026-11-01" and new["member_count"] == 3
    assert page.selected_record()["id"] == survivor["id"]


def test_the_party_cell_secretary_is_recorded_on_the_village(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_villages(main_window, qtbot)
    village = demo_store.villages.current()[0]
    page.select_id(village["id"])

    def name_the_secretary(dialog: Any) -> None:
        replace_text(dialog.ui.party_secretary, "Hoàng Văn Sơn")
        press(dialog.ui.party_secretary, Qt.Key.Key_Return)

    run_modal(page.edit_selected, name_the_secretary)
    assert demo_store.villages.get(village["id"])["party_secretary"] == "Hoàng Văn Sơn"
    assert "Bí thư chi bộ: Hoàng Văn Sơn" in page.detail.toPlainText()
