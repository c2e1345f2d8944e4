"""The body dialogs mark what is required and say how to save (issue 13 item 13); the inspection
board starts with the real term, never a grey example that looks like one (item 11)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.gui.body_dialog import BodyDialog
from desktop_app.gui.membership_dialogs import MembershipDialog


@pytest.mark.parametrize("kind", ["village_committee", "inspection_board", "supervision_board"])
def test_body_dialogs_mark_required_fields_and_say_enter_saves(
    qtbot: Any, demo_store: Any, kind: str
) -> None:
    dialog = BodyDialog(demo_store, None, kind=kind)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    assert any("Tên ban" in t and "*" in t for t in labels)
    assert "Enter để lưu, Esc để hủy" in dialog.ui.hint.text()
    for edit in dialog.findChildren(QLineEdit):  # no example that reads like a value
        assert not any(ch.isdigit() for ch in edit.placeholderText()), edit.placeholderText()


def test_the_inspection_board_starts_with_the_current_term(qtbot: Any, demo_store: Any) -> None:
    demo_store.settings.set_many({"current_term": "2024–2029"})
    dialog = BodyDialog(demo_store, None, kind="inspection_board")
    qtbot.addWidget(dialog)
    assert dialog.ui.termLabelEdit.text() == "2024–2029"


def test_membership_dialog_marks_and_hint(qtbot: Any, demo_store: Any) -> None:
    body = demo_store.bodies.query(kind="village_committee")[0]
    dialog = MembershipDialog(demo_store, None, body=body)
    qtbot.addWidget(dialog)
    assert "*" in dialog.ui.roleLabel.text() and "Enter để lưu" in dialog.ui.hint.text()
