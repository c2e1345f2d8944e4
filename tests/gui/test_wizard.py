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


def test_a_real_office_gets_the_chairmans_account_on_a_page_of_the_wizard(
    qtbot: Any, tmp_path: Any, monkeypatch: Any, message_boxes: Any, own_log_handlers: None
) -> None:
    """From an empty folder to the main window: the office's details, the chairman's account
    (name, password twice), the recovery key shown once with its printed sheet; the database is
    then encrypted and opens with that account or the recovery key."""
    import sqlite3
    import sys

    import pytest

    from desktop_app import paths
    from desktop_app.core import roles
    from desktop_app.gui import wizard as wizard_module
    from desktop_app.gui.app import start
    from desktop_app.startup import open_office
    from desktop_app.store import cipher, vault
    from desktop_app.store.db import open_store
    from tests.gui.modal import run_modal
    from tests.pdf import text as pdf_text

    monkeypatch.setattr(vault, "SCRYPT_N", 2**10)  # the same code, a cheaper cost
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "data"
    path = paths.database_path(data)
    seen: dict[str, Any] = {}

    def handler(wizard: Any) -> None:
        assert isinstance(wizard, FirstRunWizard)
        wizard.next()
        form = wizard.office_form.ui
        type_text(form.commune_name, "Hòa Cư")
        type_text(form.commune_code, "06280")
        form.province_code.set_code("20")
        assert not wizard.ui.officePage.isFinalPage()
        wizard.button(QWizard.WizardButton.NextButton).click()
        assert wizard.currentId() == wizard_module.ACCOUNT_PAGE
        ui = wizard.ui
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        type_text(ui.accountName, "Chủ tịch Hoàng")
        type_text(ui.passwordEdit, "mat-khau-chu-tich")
        type_text(ui.repeatEdit, "mat-khau-khac")
        commit.click()  # the two passwords differ: nothing is encrypted
        assert wizard.currentId() == wizard_module.ACCOUNT_PAGE
        assert "không giống nhau" in message_boxes.texts("warning")[-1]
        assert cipher.is_plain(path)
        ui.repeatEdit.clear()
        type_text(ui.repeatEdit, "mat-khau-chu-tich")
        commit.click()
        assert wizard.currentId() == wizard_module.RECOVERY_PAGE
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()  # not before the officer says the key was kept
        back = wizard.button(QWizard.WizardButton.BackButton)
        assert not (back.isVisible() and back.isEnabled())  # the data is encrypted: no way back
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
        wizard.reject()  # Esc does not skip the key
        assert wizard.isVisible()
        seen["key"] = wizard.recovery_key
        assert "".join(wizard.recovery_key.split("-")) in "".join(
            ui.recoveryKey.text().replace("\n", "").split("-")
        )
        seen["sheet"] = wizard.print_recovery(str(tmp_path / "phieu.pdf"))
        ui.recoveryKept.setChecked(True)
        assert finish.isEnabled()
        finish.click()

    started = run_modal(lambda: start(str(data), open_office(str(data))), handler)
    _app, window, store = started
    qtbot.addWidget(window)
    try:
        assert store.protected and store.account.name == "Chủ tịch Hoàng"
        assert store.account.role == roles.LANH_DAO
        assert store.office()["commune_name"] == "Hòa Cư"
        assert "Tài khoản" in window.titles()
    finally:
        for timer in window.findChildren(__import__("PySide6.QtCore").QtCore.QTimer):
            timer.stop()
        window.hide()
        store.close()
    assert not cipher.is_plain(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(str(path)).execute("select count(*) from sqlite_master").fetchone()
    again = open_store(path, user="Chủ tịch Hoàng", password="mat-khau-chu-tich")
    assert [a["name"] for a in again.query("select name from accounts")] == ["Chủ tịch Hoàng"]
    again.close()
    open_store(path, password=seen["key"]).close()  # the recovery key opens it too
    sheet = " ".join(pdf_text(seen["sheet"]).split())
    assert "KHÓA KHÔI PHỤC" in sheet.upper() and seen["key"][:9] in sheet


def test_leaving_at_the_account_page_asks_for_it_at_the_next_start(
    qtbot: Any, empty_store: Any, message_boxes: Any
) -> None:
    wizard = FirstRunWizard(empty_store, with_account=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.office_form.ui
    type_text(form.commune_name, "Hòa Cư")
    type_text(form.commune_code, "06280")
    form.province_code.set_code("20")
    wizard.next()
    wizard.reject()
    assert empty_store.office() is not None and not empty_store.protected
    assert empty_store.meta("protect_at_start") == "1"  # the window's start then asks for it
