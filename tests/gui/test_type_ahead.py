"""Type-ahead in drop-down lists (issue 13 item 13): past a space, blind to marks and case."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QComboBox

from desktop_app.gui import widgets
from desktop_app.gui.widgets import VillageCombo, type_ahead
from tests.gui.keyboard import type_text


def test_typing_thon_l_and_na_pan_in_the_village_list(
    qtbot: Any, demo_store: Any, monkeypatch: Any
) -> None:
    for name in ("Thôn Lũng Vài", "Thôn Khòn Pia", "Bản Nà Pàn"):
        demo_store.villages.add({"name": name, "kind": "thon"})
    combo = VillageCombo(demo_store)
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    type_text(combo, "thon l")  # the space does not open the list nor end the search
    assert combo.currentText() == "Thôn Lũng Vài" and not combo.view().isVisible()
    monkeypatch.setattr(widgets, "TYPE_AHEAD_SECONDS", 0.0)  # a pause: a new search
    time.sleep(0.01)
    type_text(combo, "n")
    monkeypatch.setattr(widgets, "TYPE_AHEAD_SECONDS", 5.0)
    type_text(combo, "a pan")
    assert combo.currentText() == "Bản Nà Pàn"


def test_any_plain_list_can_have_it(qtbot: Any) -> None:
    combo = type_ahead(QComboBox())
    qtbot.addWidget(combo)
    combo.addItems(["Thôn Bó Luông", "Thôn Lũng Vài", "Thôn Nà Cạn"])
    type_text(combo, "THON NA")
    assert combo.currentText() == "Thôn Nà Cạn"
