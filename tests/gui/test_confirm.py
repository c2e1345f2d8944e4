"""Questions whose safe answer is No: Enter and Esc both answer "Không"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.confirm import ask
from tests.gui.keyboard import press
from tests.gui.modal import run_modal


@pytest.mark.parametrize(
    ("key", "expected"),
    [(Qt.Key.Key_Return, False), (Qt.Key.Key_Escape, False), (Qt.Key.Key_C, True)],
)
def test_enter_and_esc_answer_no(qapp: Any, key: Qt.Key, expected: bool) -> None:
    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox) and box.text() == "Thu hồi khóa của xã Hòa Cư?"
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        if key == Qt.Key.Key_C:  # "&Có": the officer means it
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            press(box.focusWidget() or box, key)

    assert (
        run_modal(lambda: ask(None, "Thu hồi khóa", "Thu hồi khóa của xã Hòa Cư?"), answer)
        is expected
    )
