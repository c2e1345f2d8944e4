"""The first run: set up a commune office, an upper-level office, or open the demo commune."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from desktop_app.gui.wizard import FirstRunWizard
from tests.gui.keyboard import type_text


def make_wizard(qtbot: Any, store: Any) -> FirstRunWizard:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_set_up_a_commune_office(qtbot: Any, empty_store: Any, message_boxes: Any) -> None:
    wizard = make_wizard(qtbot, empty_store)
    assert wizard.ui.communeChoice.isChecked()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 1
    form = wizard.office_form.ui
    type_text(form.commune_name, "Hòa Cư")
    assert form.name.text() == "Ủy ban MTTQ Việt Nam xã Hòa Cư"
    type_text(form.commune_code, "628")  # too short: refused by the store's rule
    form.province_code.set_code("20")
    assert (
        form.upper_name.text() == "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
        and form.upper_code.text() == "20"
    )
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and empty_store.office() is None
    assert "5 chữ số" in message_boxes.texts("warning")[-1]
    form.commune_code.clear()
    type_text(form.commune_code, "06280")
    type_text(wizard.ui.signerName, "Hoàng Văn Thắng")  # asked for here, printed under "CHỦ TỊCH"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    office = empty_store.office()
    assert (
        office["role"],
        office["commune_name"],
        office["commune_code"],
        office["province_code"],
        office["province_name"],
        office["unit_kind"],
    ) == ("commune", "Hòa Cư", "06280", "20", "Lạng Sơn", "xa")
    assert empty_store.settings("signer_name") == "Hoàng Văn Thắng"
    # the national campaigns are in the catalogue: the first activity can be recorded at once
    national = [c for c in empty_store.campaigns.query() if c["kind"] == "national"]
    assert len(national) >= 5


def test_missing_details_are_named(qtbot: Any, empty_store: Any, message_boxes: Any) -> None:
    wizard = make_wizard(qtbot, empty_store)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    text = message_boxes.texts("warning")[-1]
    assert "tên xã" in text and "tỉnh" in text
    assert empty_store.office() is None


def test_set_up_an_upper_level_office(qtbot: Any, empty_store: Any, message_boxes: Any) -> None:
    wizard = make_wizard(qtbot, empty_store)
    wizard.ui.upperChoice.setChecked(True)
    wizard.next()
    form = wizard.office_form.ui
    assert not form.commune_name.isVisibleTo(wizard)
    form.province_code.set_code("20")
    assert form.commune_code.text() == "20"
    assert form.name.text() == "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    office = empty_store.office()
    assert office["role"] == "upper" and office["commune_code"] == "20"


def test_open_the_demo_commune(qtbot: Any, empty_store: Any, monkeypatch: Any) -> None:
    from desktop_app.gui import wizard as wizard_module

    monkeypatch.setattr(wizard_module, "DEMO_PEOPLE", 150)
    wizard = make_wizard(qtbot, empty_store)
    wizard.ui.demoChoice.setChecked(True)
    assert wizard.nextId() == -1  # nothing more to fill in: Finish
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert empty_store.office() is not None
    assert empty_store.people.count() >= 150 and len(empty_store.villages.current()) == 12


def test_an_empty_catalogue_says_where_to_add_a_campaign(qtbot: Any, empty_store: Any) -> None:
    from desktop_app.gui.campaign_dialogs import ActivityDialog

    empty_store.setup_office(role="commune", commune_name="Hòa Cư", commune_code="06280")
    dialog = ActivityDialog(empty_store)
    qtbot.addWidget(dialog)
    assert "Danh mục cuộc vận động" in dialog.ui.campaign_id.itemText(0)


def test_the_activity_dialog_keeps_its_width_when_a_long_campaign_is_chosen(
    qtbot: Any, demo_store: Any
) -> None:
    """Issue 13 item 17: choosing a long campaign name neither narrows nor moves the fields."""
    from desktop_app.gui.campaign_dialogs import ActivityDialog

    dialog = ActivityDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.layout().activate()
    combo = dialog.ui.campaign_id
    before = (dialog.width(), combo.width(), dialog.ui.title.x(), dialog.ui.title.width())
    longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
    combo.setCurrentIndex(longest)
    dialog.layout().activate()
    assert (dialog.width(), combo.width(), dialog.ui.title.x(), dialog.ui.title.width()) == before
    assert combo.toolTip() == combo.itemText(longest)  # the whole name, if the field cuts it
    assert combo.view().minimumWidth() >= combo.fontMetrics().horizontalAdvance(
        combo.itemText(longest)
    )
