"""Printing from a body's page at an upper-level office: a commune's recognition decision and
roster are that commune's documents (its header, its number) and are not offered there; a
commune office still prints both."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.store.db import Store
from tests.gui import upper_fixtures
from tests.gui.sync_fixtures import _no_thread_left, upper_window  # noqa: F401 - fixtures, by name
from tests.gui.test_bodies_page import COMMITTEES, INSPECTION, SUPERVISION
from tests.gui.upper_fixtures import names_of

_upper_template, upper_store, window = (
    upper_fixtures._upper_template,
    upper_fixtures.upper_store,
    upper_fixtures.window,
)
PRINTING = "In ấn & báo cáo"


def print_actions(panel: Any) -> dict[str, Any]:
    return {a.text(): a for a in panel.print_button.menu().actions()}


@pytest.mark.parametrize("title", [COMMITTEES, INSPECTION, SUPERVISION])
def test_the_upper_level_is_not_offered_a_communes_decision_nor_roster(
    window: Any, qtbot: Any, upper_store: Store, title: str
) -> None:
    page = window.open_page(title)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_row(0)
    panel = page.members
    name = names_of(upper_store)[panel.body["commune_code"]]
    assert not print_actions(panel)["Quyết định công nhận"].isVisible()
    assert not panel.print_button.isEnabled()
    assert panel.print_button.toolTip().startswith(f"Bản ghi của xã {name} — cấp trên chỉ xem")
    assert "in tại xã" in panel.print_button.toolTip()
    panel.print_body("decision")  # as a shortcut or a stale menu would
    panel.print_body("body_roster")
    assert window.ui.nav.currentItem().text() == title  # the printing page was not opened


def test_a_commune_office_prints_its_bodies_decision_and_roster(
    main_window: Any, qtbot: Any
) -> None:
    page = main_window.open_page(COMMITTEES)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_row(0)
    panel = page.members
    actions = print_actions(panel)
    assert panel.print_button.isEnabled() and actions["Quyết định công nhận"].isVisible()
    assert (
        panel.print_button.toolTip() == "In danh sách thành viên hoặc quyết định công nhận của ban"
    )
    actions["Danh sách thành viên"].trigger()
    assert main_window.ui.nav.currentItem().text() == PRINTING
