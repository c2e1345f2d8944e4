"""Settings: the office's details and the declared settings, checked and saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.typing import replace_text


def open_settings(main_window: Any) -> Any:
    return main_window.open_page("Cài đặt")


def test_every_setting_has_an_editor_with_its_value(main_window: Any, demo_store: Any) -> None:
    from desktop_app.core.settings import SETTINGS
    from desktop_app.gui.settings_page import read_editor

    page = open_settings(main_window)
    assert set(page.editors) == {s.key for s in SETTINGS}
    for key, value in demo_store.settings.all().items():
        assert str(read_editor(page.editors[key])) == str(value)
    assert page.office_form.ui.commune_name.text() == demo_store.office()["commune_name"]


def test_change_and_save(main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any) -> None:
    page = open_settings(main_window)
    page.editors["term_warning_days"].setValue(60)
    replace_text(page.editors["signer_name"], "Lương Thị Hạnh")
    replace_text(page.editors["reg213_due"], "15/11")
    replace_text(page.office_form.ui.address, "Thôn Nà Cạn, xã Hòa Cư")
    assert page.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not message_boxes.texts("warning")
    assert demo_store.settings("term_warning_days") == 60
    assert demo_store.settings("signer_name") == "Lương Thị Hạnh"
    assert demo_store.settings("reg213_due") == "15/11"
    assert demo_store.office()["address"] == "Thôn Nà Cạn, xã Hòa Cư"
    assert not page.is_dirty() and page.status.text() == "Đã lưu cài đặt."


def test_invalid_values_are_refused_and_pointed_at(main_window: Any, qtbot: Any, demo_store: Any,
                                                  message_boxes: Any) -> None:
    page = open_settings(main_window)
    page.editors["committee_size_min"].setValue(16)  # above the maximum of 15
    replace_text(page.editors["half_year_end"], "31/13")
    assert not page.save()
    text = message_boxes.texts("warning")[-1]
    assert "ngày/tháng" in text and "tối đa" in text
    assert page.window().focusWidget() is page.editors["half_year_end"]
    assert demo_store.settings("committee_size_min") == 9
    replace_text(page.office_form.ui.commune_code, "628")
    page.editors["committee_size_min"].setValue(9)
    replace_text(page.editors["half_year_end"], "14/06")
    assert not page.save()
    assert "5 chữ số" in message_boxes.texts("warning")[-1]
    assert demo_store.office()["commune_code"] == "06280"


def test_leaving_with_unsaved_changes_asks(main_window: Any, qtbot: Any, demo_store: Any,
                                          message_boxes: Any) -> None:
    page = open_settings(main_window)
    page.editors["term_years"].setValue(4)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    main_window.open_page("Người")
    assert main_window.current_page() is page  # stayed
    message_boxes.answer = QMessageBox.StandardButton.Save
    main_window.open_page("Người")
    assert type(main_window.current_page()).__name__ == "PeoplePage"
    assert demo_store.settings("term_years") == 4


def test_changing_the_commune_name_changes_the_title(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_settings(main_window)
    replace_text(page.office_form.ui.commune_name, "Tân Thành")
    assert page.office_form.ui.name.text() == demo_store.office()["name"]  # a name once set is kept
    assert page.save()
    assert demo_store.office()["commune_name"] == "Tân Thành"
    assert "Tân Thành" in main_window.windowTitle()


def test_backup_from_the_settings_page(main_window, qtbot, demo_store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.store.backup import check_backup_file
    from desktop_app.store.db import open_store

    page = main_window.open_page("Cài đặt")
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    page.backup_button.click()
    qtbot.waitUntil(lambda: "Đã sao lưu" in page.status.text(), timeout=10000)
    [copy] = list(usb.glob("*.db"))
    check_backup_file(copy)
    copied = open_store(copy)
    assert copied.people.count() == demo_store.people.count()
    copied.close()
