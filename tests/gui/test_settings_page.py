"""Settings: the office's details and the declared settings, checked and saved together."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal


def open_settings(main_window: Any) -> Any:
    return main_window.open_page("settings")


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


def test_invalid_values_are_refused_and_pointed_at(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
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


def test_leaving_with_unsaved_changes_asks(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_settings(main_window)
    page.editors["term_years"].setValue(4)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    main_window.open_page("people")
    assert main_window.current_page() is page  # stayed
    message_boxes.answer = QMessageBox.StandardButton.Save
    main_window.open_page("people")
    assert type(main_window.current_page()).__name__ == "PeoplePage"
    assert demo_store.settings("term_years") == 4


def test_changing_the_commune_name_changes_the_title(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_settings(main_window)
    replace_text(page.office_form.ui.commune_name, "Tân Thành")
    assert page.office_form.ui.name.text() == demo_store.office()["name"]  # a name once set is kept
    assert page.save()
    assert demo_store.office()["commune_name"] == "Tân Thành"
    assert "Tân Thành" in main_window.windowTitle()


def test_backup_from_the_settings_page(
    main_window, qtbot, demo_store, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.store.backup import check_backup_file
    from desktop_app.store.db import open_store

    page = main_window.open_page("settings")
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


# ---- restoring from a backup -------------------------------------------------------------------
def _restore_dir(store: Any) -> Any:
    from desktop_app import paths

    return paths.backups_dir(store.path.parent)


def _choose(monkeypatch: Any, path: Any) -> list[tuple]:
    """The file dialog answers `path`; returns the calls it got (parent, caption, folder, filter)."""
    from PySide6.QtWidgets import QFileDialog

    calls: list[tuple] = []

    def pick(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return str(path), args[3] if len(args) > 3 else ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    return calls


@pytest.fixture
def closes_restored(main_window: Any, demo_store: Any) -> Any:
    """Closes the store a restore opened (the fixtures close only the one they made)."""
    yield
    if main_window.store is not demo_store:
        main_window.store.close()


def _safety_copies(store: Any) -> list[Any]:
    return sorted(_restore_dir(store).glob("*-truoc-khoi-phuc*.db"))


def test_restore_brings_the_data_back_and_the_window_works_on_it(
    main_window: Any,
    qtbot: Any,
    demo_store: Any,
    message_boxes: Any,
    monkeypatch: Any,
    tmp_path: Any,
    closes_restored: Any,
) -> None:
    from desktop_app.gui.main_window import window_title
    from desktop_app.gui.restore_dialog import FILE_FILTER, RestoreConfirmation
    from desktop_app.store.backup import backup, describe_backup

    name = demo_store.office()["commune_name"]
    person = demo_store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    count = demo_store.people.count()
    old_database_id = demo_store.office()["database_id"]
    usb = tmp_path / "usb"
    copy = backup(demo_store, usb)
    demo_store.people.delete(person["id"])  # the mess the officer made after the backup
    demo_store.setup_office(commune_name="Tân Thành", commune_code="06280")
    main_window.update_title()
    assert "Tân Thành" in main_window.windowTitle()
    old_people = main_window.open_page("people")
    qtbot.waitUntil(lambda: old_people.model.total() == count - 1)
    page = open_settings(main_window)
    calls = _choose(monkeypatch, copy)
    seen: list[str] = []

    def confirm(box: Any) -> None:
        assert isinstance(box, RestoreConfirmation) and box.mismatch is None
        seen.append(box.text())
        assert box.defaultButton() is box.restore_button
        box.restore_button.click()

    run_modal(page.restore_button.click, confirm)
    assert calls[0][2] == str(_restore_dir(demo_store)) and calls[0][3] == FILE_FILTER
    text = seen[0]
    assert copy.name in text and "06280" in text and f"{count:,} người".replace(",", ".") in text
    assert "thay bằng" in text and str(_restore_dir(demo_store)) in text
    new = main_window.store
    assert new is not demo_store
    assert new.people.get(person["id"])["full_name"] == "Lăng Văn Tú"
    assert new.office()["commune_name"] == name and new.office()["database_id"] != old_database_id
    assert (
        main_window.windowTitle() == window_title(new.office())
        and name in main_window.windowTitle()
    )
    [safety] = _safety_copies(demo_store)
    kept = describe_backup(safety)  # the data as it was just before: the person deleted, renamed
    assert kept["people"] == count - 1 and kept["office"]["commune_name"] == "Tân Thành"
    assert str(safety) in message_boxes.texts("information")[-1]
    # Every page over the new store: the old ones are gone, Settings was rebuilt and is shown.
    shown = main_window.current_page()
    assert type(shown).__name__ == "SettingsPage" and shown is not page
    assert [p.store for p in main_window.built_pages()] == [new]
    assert "Đã khôi phục" in shown.status.text()
    assert shown.office_form.ui.commune_name.text() == name
    people = main_window.open_page("people")
    assert people is not old_people and people.store is new
    qtbot.waitUntil(lambda: people.model.total() == count)
    type_text(people.search_edit, "lang van tu")
    qtbot.waitUntil(lambda: people.model.total() == 1, timeout=3000)
    assert people.model.record(0)["id"] == person["id"]


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    main_window: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    page = open_settings(main_window)
    before = demo_store.people.count()
    notes = tmp_path / "ghi-chu.db"
    notes.write_text("Danh sách hộ nghèo năm 2026", encoding="utf-8")
    _choose(monkeypatch, notes)
    page.restore_button.click()
    assert "không phải bản sao lưu" in message_boxes.texts("warning")[-1]
    assert main_window.store is demo_store and main_window.current_page() is page
    assert demo_store.people.count() == before and not _safety_copies(demo_store)
    _choose(monkeypatch, demo_store.path)  # the database in use is not a backup either
    page.restore_button.click()
    assert "chính tệp dữ liệu đang dùng" in message_boxes.texts("warning")[-1]
    assert main_window.store is demo_store and demo_store.people.count() == before


def test_cancelling_the_confirmation_changes_nothing(
    main_window: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    from desktop_app.store.backup import backup

    person = demo_store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    copy = backup(demo_store, tmp_path / "usb")
    demo_store.people.delete(person["id"])
    page = open_settings(main_window)
    _choose(monkeypatch, copy)
    run_modal(page.restore_button.click, lambda box: press(box, Qt.Key.Key_Escape))
    assert main_window.store is demo_store and main_window.current_page() is page
    assert demo_store.people.get(person["id"]) is None and not _safety_copies(demo_store)
    assert not message_boxes.shown


def _other_commune_backup(tmp_path: Any, code: str, name: str) -> Any:
    from desktop_app.store.backup import backup
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo

    other = open_store(tmp_path / code / "somattran.db")
    build_demo(other, people=40, villages=2, seed=3, commune_code=code, commune_name=name)
    copy = backup(other, tmp_path / "usb")
    other.close()
    return copy


def test_a_backup_of_another_commune_is_flagged_and_cancel_is_the_default(
    main_window: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    from desktop_app.store.backup import describe_backup

    copy = _other_commune_backup(tmp_path, "06283", "Tân Thành")
    before = demo_store.people.count()
    page = open_settings(main_window)
    _choose(monkeypatch, copy)
    seen: list[Any] = []

    def enter(box: Any) -> None:
        seen.append((box.text(), box.mismatch, box.defaultButton() is box.cancel_button))
        press(box, Qt.Key.Key_Return)  # Enter takes the default: "Hủy"

    run_modal(page.restore_button.click, enter)
    text, mismatch, cancel_is_default = seen[0]
    assert cancel_is_default and mismatch
    assert "Chú ý" in text and "Tân Thành" in text and "06283" in text and "06280" in text
    assert f"{describe_backup(copy)['people']} người" in text
    assert main_window.store is demo_store and demo_store.people.count() == before
    assert not _safety_copies(demo_store)


def test_another_commune_can_still_be_restored_when_the_officer_insists(
    main_window: Any,
    demo_store: Any,
    message_boxes: Any,
    monkeypatch: Any,
    tmp_path: Any,
    closes_restored: Any,
) -> None:
    from desktop_app.store.backup import describe_backup

    copy = _other_commune_backup(tmp_path, "06283", "Tân Thành")
    page = open_settings(main_window)
    _choose(monkeypatch, copy)
    run_modal(page.restore_button.click, lambda box: box.restore_button.click())
    assert main_window.store.office()["commune_code"] == "06283"
    assert main_window.store.people.count() == describe_backup(copy)["people"]
    assert "Tân Thành" in main_window.windowTitle()
    assert len(_safety_copies(demo_store)) == 1


def test_office_mismatch_names_another_code_and_another_level() -> None:
    from desktop_app.gui.restore_dialog import office_mismatch

    ours = {"role": "commune", "unit_kind": "xa", "commune_name": "Hòa Cư", "commune_code": "06280"}
    assert office_mismatch(dict(ours), ours) is None  # the same commune on a new computer
    assert office_mismatch({**ours, "unit_kind": "phuong", "commune_name": "Hoà Cư"}, ours) is None
    other = office_mismatch({**ours, "commune_name": "Tân Thành", "commune_code": "06283"}, ours)
    assert other and "06283" in other and "Ủy ban MTTQ xã Tân Thành" in other
    upper = {"role": "upper", "name": "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "commune_code": "20"}
    up = office_mismatch(upper, ours)
    assert up and "cấp trên" in up and "Lạng Sơn" in up
    down = office_mismatch(ours, upper)
    assert down and "một xã" in down and "Hòa Cư" in down
    assert office_mismatch(ours, None) is None


def test_restore_waits_while_a_background_task_uses_the_database(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any
) -> None:
    import threading

    from desktop_app.gui.restore_dialog import BUSY
    from desktop_app.gui.worker import run_in_thread

    page = open_settings(main_window)
    calls = _choose(monkeypatch, demo_store.path)
    release = threading.Event()
    task = run_in_thread(main_window, "Xuất gói", release.wait, 10, progress_arg=None)
    try:
        page.restore_button.click()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert message_boxes.texts("warning") == [BUSY] and not calls
    assert main_window.store is demo_store


def test_a_failed_restore_reopens_the_current_data(
    main_window: Any,
    qtbot: Any,
    demo_store: Any,
    message_boxes: Any,
    monkeypatch: Any,
    tmp_path: Any,
    closes_restored: Any,
) -> None:
    from desktop_app.core.errors import UserError
    from desktop_app.store import backup as backup_module

    person = demo_store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    copy = backup_module.backup(demo_store, tmp_path / "usb")
    demo_store.people.delete(person["id"])
    before = demo_store.people.count()
    page = open_settings(main_window)
    _choose(monkeypatch, copy)

    def locked(source: Any, staged: Any) -> None:
        raise UserError("Không thay được tệp dữ liệu: một chương trình khác đang mở nó.")

    monkeypatch.setattr(backup_module, "_stage", locked)
    run_modal(page.restore_button.click, lambda box: box.restore_button.click())
    assert message_boxes.texts("warning")[-1].startswith("Không thay được tệp dữ liệu")
    assert not message_boxes.texts("information")
    reopened = main_window.store
    assert reopened is not demo_store  # the old connection was closed for the swap
    assert reopened.people.get(person["id"]) is None and reopened.people.count() == before
    assert reopened.office()["database_id"] == demo_store.office()["database_id"]
    people = main_window.open_page("people")
    qtbot.waitUntil(lambda: people.model.total() == before)
    reopened.people.add({"full_name": "Hoàng Thị Mai", "sex": "female"})  # and it keeps working
    assert reopened.people.count() == before + 1


def test_a_page_on_its_own_reopens_its_store(
    qtbot: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    from desktop_app.gui.settings_page import SettingsPage
    from desktop_app.store.backup import backup

    page = SettingsPage(demo_store)
    qtbot.addWidget(page)
    page.show()
    person = demo_store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    copy = backup(demo_store, tmp_path / "usb")
    demo_store.people.delete(person["id"])
    _choose(monkeypatch, copy)
    run_modal(page.restore_button.click, lambda box: box.restore_button.click())
    try:
        assert page.store is not demo_store and page.store.people.get(person["id"]) is not None
        assert page.status.text().startswith("Đã khôi phục")
    finally:
        page.store.close()
