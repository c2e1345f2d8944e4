"""From a body's page: print its roster or decision, and dissolve a supervision board."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.keyboard import press, replace_text
from tests.gui.test_bodies_page import COMMITTEES, SUPERVISION, drive, open_bodies


def test_print_menu_opens_the_printing_page_on_this_body(main_window: Any, qtbot: Any) -> None:
    page = open_bodies(main_window, qtbot, COMMITTEES)
    body = page.selected_record()
    menu = page.members.print_button.menu()
    decision = next(a for a in menu.actions() if a.text() == "Quyết định công nhận")
    decision.trigger()
    printing = main_window.current_page()
    assert main_window.ui.nav.currentItem().text() == "In ấn & báo cáo"
    assert printing.ui.body.currentData() == body["id"]
    assert not page.members.dissolve_button.isVisible()  # only supervision boards are dissolved


def test_dissolve_a_supervision_board(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_bodies(main_window, qtbot, SUPERVISION)
    body = page.selected_record()
    assert demo_store.bodies.members(body["id"])
    button = page.members.dissolve_button
    assert button.isVisible() and button.isEnabled()

    def too_early(dialog: Any) -> None:
        replace_text(dialog.ui.dateEdit, "01/01/2020")
        press(dialog.ui.dateEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # refused: before the board started
        dialog.reject()

    drive(button.click, too_early)
    assert any("sau ngày ban bắt đầu" in t for t in message_boxes.texts("warning"))
    assert demo_store.bodies.get(body["id"])["dissolved_on"] is None

    def fill(dialog: Any) -> None:
        replace_text(dialog.ui.dateEdit, "20/11/2026")
        press(dialog.ui.dateEdit, Qt.Key.Key_Return)

    drive(button.click, fill)
    stored = demo_store.bodies.get(body["id"])
    assert stored["dissolved_on"] == "2026-11-20"
    assert demo_store.bodies.members(body["id"]) == []
    ended = demo_store.bodies.members(body["id"], current_only=False)
    assert ended and {m["end_reason"] for m in ended} == {"dissolved"}
    assert body["id"] not in {
        b["id"] for b in demo_store.bodies.query(kind="supervision_board", current_only=True)
    }
