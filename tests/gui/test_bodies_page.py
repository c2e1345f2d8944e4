"""The three body pages, driven as an officer would: search without diacritics, filters, add a
body, edit it with an error then a fix, delete it after confirming — and what the database holds."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal

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


def open_bodies(main_window: Any, qtbot: Any, title: str) -> Any:
    page = main_window.open_page(title)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def drive(trigger: Any, handler: Any) -> Any:
    """run_modal, failing (instead of waiting for ever) when the handler leaves the dialog open."""

    def checked(dialog: Any) -> None:
        QApplication.processEvents()  # the dialog is shown and active before the officer types
        handler(dialog)
        QApplication.processEvents()
        if dialog.isVisible():
            raise AssertionError(f"{type(dialog).__name__} is still open")

    return run_modal(trigger, checked)


def rows(page: Any) -> list[dict]:
    return [page.model.record(i) for i in range(page.model.rowCount())]


def search(page: Any, qtbot: Any, text: str) -> None:
    page.search_edit.clear()
    type_text(page.search_edit, text)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)


def test_pages_are_listed_in_the_products_order() -> None:
    from desktop_app.gui.pages import PAGES

    titles = [spec.title for spec in PAGES]
    assert [t for t in titles if t in KIND_OF] == [COMMITTEES, INSPECTION, SUPERVISION]
    assert titles.index(COMMITTEES) > titles.index("Người")


@pytest.mark.parametrize(
    ("title", "typed", "expected"),
    [
        (COMMITTEES, "khuoi phay", "Ban công tác Mặt trận Khuổi Phầy"),
        (INSPECTION, "thanh tra nhan dan", "Ban thanh tra nhân dân xã"),
        (
            SUPERVISION,
            "nha van hoa",
            "Ban giám sát đầu tư của cộng đồng — Nhà văn hóa thôn Khuổi Phầy",
        ),
    ],
)
def test_search_without_diacritics(
    main_window: Any, qtbot: Any, title: str, typed: str, expected: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    assert {b["kind"] for b in rows(page)} == {KIND_OF[title]}
    search(page, qtbot, typed)
    assert [b["name"] for b in rows(page)] == [expected]
    assert page.selected_record()["name"] == expected  # its details and members show at once
    assert expected in page.detail.toPlainText()
    assert page.members.model.rowCount() == rows(page)[0]["member_count"] > 0
    search(page, qtbot, "không có ban nào tên này")
    assert rows(page) == [] and page.count_label.text() == "0 dòng"
    assert not page.members.add_button.isEnabled()


def test_committee_filters_by_state_term_and_village(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    villages = demo_store.villages.current()
    assert len(rows(page)) == len(villages) and all(b["is_current"] for b in rows(page))
    assert [b["village_name"] for b in rows(page)] == [
        v["name"] for v in villages
    ]  # Vietnamese order
    page.set_state_filter("all")
    assert len(rows(page)) == 2 * len(villages)
    page.term_filter.setCurrentIndex(page.term_filter.findData("2019–2024"))
    assert {b["term_label"] for b in rows(page)} == {"2019–2024"} and len(rows(page)) == len(
        villages
    )
    assert "Nhiệm kỳ trước" in page.model.data(page.model.index(0, 4))
    page.term_filter.setCurrentIndex(0)
    page.village_filter.set_code(villages[1]["id"])
    assert [(b["village_name"], b["term_label"]) for b in rows(page)] == [
        (villages[1]["name"], "2024–2029"),
        (villages[1]["name"], "2019–2024"),
    ]  # the current term first
    page.set_state_filter("former")
    assert [b["term_label"] for b in rows(page)] == ["2019–2024"]
    assert not page.members.term_button.isEnabled()  # a former term cannot roll over again


def test_rule_warnings_show_in_the_detail_panel(main_window: Any, qtbot: Any) -> None:
    page = open_bodies(main_window, qtbot, INSPECTION)
    text = page.detail.toPlainText()
    assert "Cần xem lại thành phần ban" in text
    assert (
        "khu dân cư chưa có thành viên ban thanh tra nhân dân" in text
    )  # the demo leaves one village out


def fill_committee(dialog: Any, demo_store: Any, village: dict) -> None:
    ui = dialog.ui
    ui.villageCombo.set_code(village["id"])
    assert (
        ui.nameEdit.text() == f"Ban công tác Mặt trận {village['name']}"
    )  # suggested from the village
    assert ui.termLabelEdit.text() == "2024–2029"  # the setting's current term
    type_text(ui.termStartEdit, "01/09/2024")
    type_text(ui.termEndEdit, "31/08/2029")


def fill_inspection(dialog: Any, demo_store: Any, village: dict) -> None:
    ui = dialog.ui
    assert not ui.villageCombo.isVisibleTo(dialog)  # a commune-level board has no village
    assert ui.nameEdit.text() == f"Ban thanh tra nhân dân xã {demo_store.office()['commune_name']}"
    assert ui.termLabelEdit.text() == "2024–2029"  # the real current term, not a grey example
    replace_text(ui.termLabelEdit, "2026–2031")
    type_text(ui.termStartEdit, "01/03/2026")


def fill_supervision(dialog: Any, demo_store: Any, village: dict) -> None:
    ui = dialog.ui
    type_text(ui.projectEdit, "Kênh mương nội đồng Thôn Mới")
    assert ui.nameEdit.text() == "Ban giám sát đầu tư của cộng đồng — Kênh mương nội đồng Thôn Mới"
    ui.villageCombo.set_code(village["id"])
    type_text(ui.termLabelEdit, "2026")
    type_text(ui.termStartEdit, "15/11/2026")


FILLERS = {COMMITTEES: fill_committee, INSPECTION: fill_inspection, SUPERVISION: fill_supervision}


@pytest.mark.parametrize("title", [COMMITTEES, INSPECTION, SUPERVISION])
def test_add_a_body(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    village = demo_store.villages.add({"name": "Thôn Mới", "kind": "thon"})
    page = open_bodies(main_window, qtbot, title)
    page.refresh()  # the new village is offered
    before = demo_store.bodies.count()

    def fill(dialog: Any) -> None:
        FILLERS[title](dialog, demo_store, village)
        ui = dialog.ui
        type_text(ui.decisionNumberEdit, "70/QĐ-MTTQ-BTT")
        type_text(ui.decisionDateEdit, "20/11/2026")
        assert ui.signerEdit.text() == "Hoàng Văn Thắng"  # the office's signer by default
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    page.table.setFocus()
    drive(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), fill
    )
    assert message_boxes.shown == []
    assert demo_store.bodies.count() == before + 1
    saved = page.selected_record()
    row = demo_store.bodies.get(saved["id"])
    assert row["kind"] == KIND_OF[title]
    assert (row["decision_number"], row["decision_date"], row["decision_signer"]) == (
        "70/QĐ-MTTQ-BTT",
        "2026-11-20",
        "Hoàng Văn Thắng",
    )
    if title == COMMITTEES:
        assert (row["village_id"], row["term_start"], row["term_end"]) == (
            village["id"],
            "2024-09-01",
            "2029-08-31",
        )
    elif title == INSPECTION:
        assert (row["village_id"], row["term_label"], row["term_start"]) == (
            None,
            "2026–2031",
            "2026-03-01",
        )
    else:
        assert (row["project_name"], row["village_id"], row["term_label"]) == (
            "Kênh mương nội đồng Thôn Mới",
            village["id"],
            "2026",
        )
    assert "Thành viên" in page.members.heading.text() and page.members.model.rowCount() == 0
    assert "Ban cần đúng một Trưởng ban (đang có 0)" in page.detail.toPlainText()


def break_committee(dialog: Any) -> tuple[Any, str]:
    dialog.ui.villageCombo.set_code(None)
    return dialog.ui.villageCombo, "phải thuộc một khu dân cư"


def break_inspection(dialog: Any) -> tuple[Any, str]:
    dialog.ui.nameEdit.clear()
    return dialog.ui.nameEdit, "Chưa nhập tên ban"


def break_supervision(dialog: Any) -> tuple[Any, str]:
    dialog.ui.projectEdit.clear()
    return dialog.ui.projectEdit, "Chưa nhập tên công trình"


BREAKERS = {
    COMMITTEES: break_committee,
    INSPECTION: break_inspection,
    SUPERVISION: break_supervision,
}


@pytest.mark.parametrize("title", [COMMITTEES, INSPECTION, SUPERVISION])
def test_edit_with_errors_then_a_fix(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    original = demo_store.bodies.get(body["id"])

    def edit(dialog: Any) -> None:
        ui = dialog.ui
        assert ui.nameEdit.text() == original["name"]
        replace_text(ui.decisionDateEdit, "31/02/2026")  # no such day
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "không có trên lịch" in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is ui.decisionDateEdit
        replace_text(ui.decisionDateEdit, "28/02/2026")
        replace_text(ui.termEndEdit, "01/01/2020")  # before the term starts
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)
        assert (
            dialog.isVisible()
            and "Cuối nhiệm kỳ phải sau đầu nhiệm kỳ" in message_boxes.texts("warning")[-1]
        )
        assert dialog.focusWidget() is ui.termEndEdit
        replace_text(ui.termEndEdit, "31/12/2030")
        widget, message = BREAKERS[title](dialog)
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)
        assert dialog.isVisible() and message in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is widget
        assert demo_store.bodies.get(body["id"]) == original  # nothing saved while errors remain
        if title == COMMITTEES:
            ui.villageCombo.set_code(original["village_id"])
        elif title == INSPECTION:
            type_text(ui.nameEdit, "Ban thanh tra nhân dân xã Hòa Cư")
        else:
            type_text(ui.projectEdit, original["project_name"])
        replace_text(ui.decisionNumberEdit, "90/QĐ-MTTQ-BTT")
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    page.table.setFocus()
    drive(lambda: qtbot.keyClick(page.table, Qt.Key.Key_F2), edit)
    saved = demo_store.bodies.get(body["id"])
    assert (saved["decision_number"], saved["decision_date"], saved["term_end"]) == (
        "90/QĐ-MTTQ-BTT",
        "2026-02-28",
        "2030-12-31",
    )
    assert saved["village_id"] == original["village_id"] and saved["rev"] > original["rev"]
    if title == INSPECTION:
        assert saved["name"] == "Ban thanh tra nhân dân xã Hòa Cư"
    assert page.selected_record()["id"] == body["id"]
    assert "90/QĐ-MTTQ-BTT" in page.detail.toPlainText()


def test_closing_an_edited_dialog_asks_first(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()

    def change_then_escape(dialog: Any) -> None:
        type_text(dialog.ui.notesEdit, "Họp dân ngày 15/9")
        message_boxes.answer = QMessageBox.StandardButton.No
        press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
        assert dialog.isVisible() and "chưa được lưu" in message_boxes.texts("question")[-1]
        message_boxes.answer = QMessageBox.StandardButton.Yes
        press(dialog.ui.nameEdit, Qt.Key.Key_Escape)

    drive(page.edit_selected, change_then_escape)
    assert demo_store.bodies.get(body["id"])["notes"] is None


@pytest.mark.parametrize("title", [COMMITTEES, INSPECTION, SUPERVISION])
def test_delete_after_confirming(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    members = demo_store.bodies.members(body["id"])
    assert members
    page.table.setFocus()
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert body["name"] in message_boxes.texts("question")[-1]
    assert demo_store.bodies.get(body["id"]) is not None
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert demo_store.bodies.get(body["id"]) is None
    assert demo_store.bodies.get(body["id"], include_deleted=True)["deleted_at"]  # a tombstone
    assert all(demo_store.memberships.get(m["id"]) is None for m in members)
    assert body["id"] not in [b["id"] for b in rows(page)]


def test_show_record_opens_a_former_term_on_its_page(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    former = next(
        b
        for b in demo_store.bodies.query(kind="village_committee")
        if b["term_label"] == "2019–2024"
    )
    assert main_window.show_record("bodies", former["id"])
    page = main_window.current_page()
    assert page.title == COMMITTEES and page.selected_record()["id"] == former["id"]
    assert page.state_filter.currentData() == "all"  # the filters were opened up to show it
    assert "Nhiệm kỳ trước" in page.detail.toPlainText()
    assert not page.members.reform_button.isEnabled() and page.members.history_button.isEnabled()
