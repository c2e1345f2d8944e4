"""Members of the bodies, driven as an officer would on each of the three body pages: add a
member through the person picker (or create the person on the spot), end a membership,
re-form the body, start a new term, see who served when — and what the database holds."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.text import fold
from desktop_app.gui.membership_dialogs import default_start
from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.test_bodies_page import COMMITTEES, INSPECTION, SUPERVISION, drive, open_bodies

ALL_KINDS = [COMMITTEES, INSPECTION, SUPERVISION]


def current_ids(store: Any, body: dict) -> set[str]:
    return {m["person_id"] for m in store.bodies.members(body["id"])}


def pick(qtbot: Any, dialog: Any, typed: str, choose: Any) -> dict:
    """Type into the person picker, then go down the list with the arrow keys to the first
    person `choose` accepts and press Enter, as an officer would."""
    picker = dialog.picker
    type_text(picker, typed)
    qtbot.waitUntil(lambda: picker.results.count() > 0, timeout=2000)
    found = picker.found()
    assert found and all(all(t in fold(p["full_name"]) for t in fold(typed).split()) for p in found)
    index = next(i for i, p in enumerate(found) if choose(p))
    for _ in range(index):
        press(picker.search_edit, Qt.Key.Key_Down)
    press(picker.search_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the picker chooses; it does not save yet
    assert picker.person_id() == found[index]["id"]
    return found[index]


def member_rows(page: Any) -> list[dict]:
    model = page.members.model
    return [model.record(i) for i in range(model.rowCount())]


@pytest.mark.parametrize("title", ALL_KINDS)
def test_add_a_member_through_the_picker(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    members = current_ids(demo_store, body)
    chosen: dict = {}

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        chosen.update(pick(qtbot, dialog, "nguyen van", lambda p: p["id"] not in members))
        ui.branchCombo.set_code("farmers")
        type_text(ui.decisionNumberEdit, "71/QĐ-MTTQ-BTT")
        type_text(ui.decisionDateEdit, "25/11/2026")
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    page.table.setFocus()
    drive(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier), fill
    )
    added = [m for m in demo_store.bodies.members(body["id"]) if m["person_id"] == chosen["id"]]
    assert len(added) == 1
    m = added[0]
    assert (
        m["role"],
        m["branch"],
        m["start_date"],
        m["decision_number"],
        m["decision_date"],
        m["end_date"],
    ) == (
        "member",
        "farmers",
        default_start(demo_store, body),
        "71/QĐ-MTTQ-BTT",
        "2026-11-25",
        None,
    )
    assert page.selected_record()["id"] == body["id"]
    assert page.selected_record()["member_count"] == len(members) + 1
    assert page.members.selected_member()["person_id"] == chosen["id"]
    assert chosen["full_name"] in [r["full_name"] for r in member_rows(page)]


def test_a_member_twice_is_refused_and_a_second_head_asked_once(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()
    already = demo_store.bodies.members(body["id"])[-1]
    newcomer = next(
        p
        for p in demo_store.people.query(village_id=body["village_id"])
        if p["id"] not in current_ids(demo_store, body)
    )
    before = demo_store.memberships.count()

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        pick(qtbot, dialog, fold(already["full_name"]), lambda p: p["id"] == already["person_id"])
        press(ui.notesEdit, Qt.Key.Key_Return)
        assert "đang là thành viên của ban này" in message_boxes.texts("warning")[-1]
        assert dialog.isVisible() and dialog.focusWidget() is dialog.picker.search_edit
        replace_text(dialog.picker.search_edit, "")
        pick(qtbot, dialog, fold(newcomer["full_name"]), lambda p: p["id"] == newcomer["id"])
        ui.roleCombo.set_code("head")
        message_boxes.answer = QMessageBox.StandardButton.No
        press(ui.notesEdit, Qt.Key.Key_Return)
        assert "hai Trưởng ban" in message_boxes.texts("question")[-1]
        assert dialog.isVisible() and demo_store.memberships.count() == before
        message_boxes.answer = QMessageBox.StandardButton.Yes
        press(ui.notesEdit, Qt.Key.Key_Return)

    drive(page.members.add_member, fill)
    assert (
        sum("hai Trưởng ban" in t for t in message_boxes.texts("question")) == 2
    )  # once per save pressed
    heads = [m for m in demo_store.bodies.members(body["id"]) if m["role"] == "head"]
    assert newcomer["id"] in {m["person_id"] for m in heads} and len(heads) == 2
    assert "Ban cần đúng một Trưởng ban (đang có 2)" in page.detail.toPlainText()


@pytest.mark.parametrize("title", ALL_KINDS)
def test_create_the_person_on_the_spot(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    twin = next(p for p in demo_store.people.query() if p["birth_date"] and p["village_id"])
    people_before = demo_store.people.count()

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        ui.newRadio.click()
        assert (
            ui.personStack.currentWidget() is ui.newPage and dialog.focusWidget() is ui.newNameEdit
        )
        type_text(ui.newNameEdit, twin["full_name"])
        ui.newSexCombo.set_code(twin["sex"])
        type_text(ui.newBirthEdit, "31/13/1970")  # not a date
        press(ui.newNameEdit, Qt.Key.Key_Return)
        assert (
            "Năm sinh" in message_boxes.texts("warning")[-1]
            and dialog.focusWidget() is ui.newBirthEdit
        )
        replace_text(ui.newBirthEdit, twin["birth_date"][:4])
        ui.newVillageCombo.set_code(twin["village_id"])
        ui.branchCombo.set_code("resident")
        press(ui.newNameEdit, Qt.Key.Key_Return)  # the same name, year and village: asked once
        assert any("Có thể trùng" in t for t in message_boxes.texts("question")), (
            message_boxes.shown
        )

    drive(page.members.add_member, fill)
    assert len(message_boxes.texts("question")) == 1
    assert demo_store.people.count() == people_before + 1
    created = next(
        m
        for m in demo_store.bodies.members(body["id"])
        if m["person_id"] != twin["id"]
        and m["full_name"] == twin["full_name"]
        and m["branch"] == "resident"
    )
    person = demo_store.people.get(created["person_id"])
    assert (person["birth_date"], person["village_id"], person["sex"]) == (
        twin["birth_date"][:4],
        twin["village_id"],
        twin["sex"],
    )


@pytest.mark.parametrize("title", ALL_KINDS)
def test_end_a_membership(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    page.members.select_row(1)
    leaving = page.members.selected_member()

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        assert leaving["full_name"] in ui.memberLabel.text()
        assert ui.endDateEdit.text() == "26/11/2026"  # today by default
        press(ui.endDateEdit, Qt.Key.Key_Return)
        assert (
            "Chưa chọn lý do" in message_boxes.texts("warning")[-1]
            and dialog.focusWidget() is ui.reasonCombo
        )
        ui.reasonCombo.set_code("moved")
        replace_text(ui.endDateEdit, "01/01/2000")  # before the member joined
        press(ui.endDateEdit, Qt.Key.Key_Return)
        assert "Ngày kết thúc phải sau ngày bắt đầu" in message_boxes.texts("warning")[-1]
        assert (
            dialog.focusWidget() is ui.endDateEdit
            and demo_store.memberships.get(leaving["id"])["end_date"] is None
        )
        replace_text(ui.endDateEdit, "20/11/2026")
        press(ui.endDateEdit, Qt.Key.Key_Return)

    page.members.table.setFocus()
    drive(lambda: qtbot.keyClick(page.members.table, Qt.Key.Key_Delete), fill)
    ended = demo_store.memberships.get(leaving["id"])
    assert (ended["end_date"], ended["end_reason"]) == ("2026-11-20", "moved")
    assert leaving["id"] not in [m["id"] for m in member_rows(page)]
    assert page.selected_record()["member_count"] == body["member_count"] - 1
    page.members.show_former.setChecked(True)
    shown = next(m for m in member_rows(page) if m["id"] == leaving["id"])
    assert "20/11/2026 (Chuyển nơi ở)" in page.members.model.data(
        page.members.model.index(member_rows(page).index(shown), 3)
    )


@pytest.mark.parametrize("title", ALL_KINDS)
def test_start_a_new_term(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    old = page.selected_record()
    members = demo_store.bodies.members(old["id"])
    dropped = members[1]

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        assert (
            ui.membersList.count() == len(members)
            and ui.countLabel.text() == f"Tiếp tục: {len(members)}/{len(members)} người"
        )
        replace_text(ui.termLabelEdit, "2030–2035")
        replace_text(ui.termStartEdit, "01/12/2030")
        replace_text(ui.termEndEdit, "30/11/2035")
        ui.membersList.setFocus()
        ui.membersList.setCurrentRow(1)
        press(ui.membersList, Qt.Key.Key_Space)  # untick the second member
        assert ui.countLabel.text() == f"Tiếp tục: {len(members) - 1}/{len(members)} người"
        type_text(ui.decisionNumberEdit, "99/QĐ-MTTQ-BTT")
        type_text(ui.decisionDateEdit, "26/11/2026")
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    drive(page.members.term_button.click, fill)
    new = page.selected_record()
    assert new["id"] != old["id"] and new["predecessor_id"] == old["id"] and new["is_current"]
    row = demo_store.bodies.get(new["id"])
    assert (row["term_label"], row["term_start"], row["term_end"], row["decision_number"]) == (
        "2030–2035",
        "2030-12-01",
        "2035-11-30",
        "99/QĐ-MTTQ-BTT",
    )
    continuing = demo_store.bodies.members(new["id"])
    assert {m["person_id"] for m in continuing} == {m["person_id"] for m in members} - {
        dropped["person_id"]
    }
    assert {(m["person_id"], m["role"]) for m in continuing} <= {
        (m["person_id"], m["role"]) for m in members
    }
    assert all(m["start_date"] == "2030-12-01" for m in continuing)
    ended = demo_store.bodies.members(old["id"], current_only=False)
    assert {
        (m["end_date"], m["end_reason"]) for m in ended if m["id"] in {x["id"] for x in members}
    } == {("2030-12-01", "term_ended")}
    assert old["id"] not in [
        page.model.record(i)["id"] for i in range(page.model.rowCount())
    ]  # now former
    page.set_state_filter("former")
    assert old["id"] in [page.model.record(i)["id"] for i in range(page.model.rowCount())]
    assert page.term_filter.findData("2030–2035") > 0


def test_who_served_when_through_the_terms(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()
    former = demo_store.bodies.members(body["predecessor_id"], current_only=False)[0]
    texts: list[str] = []

    def read(dialog: Any) -> None:
        texts.append(dialog.ui.historyBrowser.toPlainText())
        press(dialog.ui.historyBrowser, Qt.Key.Key_Escape)

    drive(page.members.history_button.click, read)
    text = texts[0]
    assert text.index("Nhiệm kỳ 2024–2029") < text.index("Nhiệm kỳ 2019–2024")
    assert former["full_name"] in text and "Hết nhiệm kỳ" in text and "01/09/2019" in text


@pytest.mark.parametrize("title", [COMMITTEES, SUPERVISION])
def test_reform_the_body(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, title: str
) -> None:
    page = open_bodies(main_window, qtbot, title)
    body = page.selected_record()
    members = demo_store.bodies.members(body["id"])
    head = members[0]
    assert head["role"] == "head"
    joined: dict = {}

    def add_joiner(inner: Any) -> None:
        assert inner.ui.startEdit.isHidden()  # the kiện toàn date applies to everyone joining
        joined.update(
            pick(qtbot, inner, "nguyen", lambda p: p["id"] not in current_ids(demo_store, body))
        )
        inner.ui.roleCombo.set_code("head")  # the leaving head is not counted: no question
        press(inner.ui.notesEdit, Qt.Key.Key_Return)

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        press(ui.onDateEdit, Qt.Key.Key_Return)
        assert "Chưa đánh dấu ai thôi" in message_boxes.texts("warning")[-1]
        dialog.set_leaving(head["id"], "resigned")
        drive(ui.addJoinerButton.click, add_joiner)
        assert (
            ui.joiningTable.rowCount() == 1
            and joined["full_name"] in ui.joiningTable.item(0, 0).text()
        )
        replace_text(ui.onDateEdit, "25/11/2026")
        type_text(ui.decisionNumberEdit, "88/QĐ-MTTQ-BTT")
        press(ui.decisionNumberEdit, Qt.Key.Key_Return)

    drive(page.members.reform_button.click, fill)
    assert message_boxes.texts("question") == []
    gone = demo_store.memberships.get(head["id"])
    assert (gone["end_date"], gone["end_reason"]) == ("2026-11-25", "resigned")
    now = {m["person_id"]: m for m in demo_store.bodies.members(body["id"])}
    assert head["person_id"] not in now
    new_head = now[joined["id"]]
    assert (new_head["role"], new_head["start_date"], new_head["decision_number"]) == (
        "head",
        "2026-11-25",
        "88/QĐ-MTTQ-BTT",
    )
    assert member_rows(page)[0]["person_id"] == joined["id"]  # the head is listed first


def test_a_single_hit_is_the_choice_and_tab_moves_on(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    """Issue 13 item 2: "thang" shows one hit, highlighted; Tab moves on to Chức danh and Lưu saves it."""
    only = demo_store.people.add({"full_name": "Hoàng Văn Xuyênthang", "sex": "male"})
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()

    def fill(dialog: Any) -> None:
        picker = dialog.picker
        type_text(picker, "xuyenthang")
        qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=2000)
        dialog.picker.search_edit.setFocus()
        qtbot.keyClick(picker.search_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.ui.roleCombo
        assert picker.person_id() == only["id"]
        press(dialog.ui.decisionNumberEdit, Qt.Key.Key_Return)

    page.table.setFocus()
    drive(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier), fill
    )
    assert only["id"] in current_ids(demo_store, body)
    assert not [t for t in message_boxes.texts("warning") if "Chưa nhập người" in t]


def test_the_highlighted_hit_is_chosen_on_save(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()
    chosen: dict = {}

    def fill(dialog: Any) -> None:
        picker = dialog.picker
        type_text(picker, "nguyen")  # many hits: the first is highlighted; Down moves the highlight
        qtbot.waitUntil(lambda: picker.results.count() > 2, timeout=2000)
        press(picker.search_edit, Qt.Key.Key_Down)
        chosen.update(picker.results.currentItem().data(Qt.ItemDataRole.UserRole))
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    page.table.setFocus()
    drive(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier), fill
    )
    assert chosen["id"] in current_ids(demo_store, body) or any(
        "đã là thành viên" in t or "đã có" in t for t in message_boxes.texts("warning")
    )


def test_a_new_member_starts_with_the_term_or_the_last_reform(demo_store: Any) -> None:
    """Issue 13 item 10: not "today" once the body's term has begun."""
    body = demo_store.bodies.query(kind="village_committee", current_only=True)[0]
    demo_store.bodies.update(body["id"], {"term_start": "2024-10-01"}, accept_warnings=True)
    body = demo_store.bodies.get(body["id"])
    assert default_start(demo_store, body) == "2024-10-01"
    leaving = demo_store.bodies.members(body["id"])[0]
    demo_store.memberships.reform(
        body["id"], {leaving["id"]: "replaced"}, [], "2025-06-15", None, None
    )
    assert default_start(demo_store, body) == "2025-06-15"
    demo_store.bodies.update(
        body["id"], {"term_start": "2027-01-01", "term_end": "2031-12-31"}, accept_warnings=True
    )
    assert (
        default_start(demo_store, demo_store.bodies.get(body["id"]))
        == demo_store.today().isoformat()
    )
