"""The date field shows the date as it understood it (issue 13 item 14)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.widgets import DateEdit
from tests.gui.keyboard import press, type_text


@pytest.mark.parametrize("typed", ["01012000", "1/1/2000", "1-1-2000", "1 1 2000"])
def test_typed_date_is_shown_as_understood(qtbot: Any, typed: str) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    type_text(edit, typed)
    press(edit, Qt.Key.Key_Return)  # editing finished
    assert edit.text() == "01/01/2000" and edit.value() == "2000-01-01"
    assert "ngày 01 tháng 01 năm 2000" in edit.toolTip()
