"""People page, driven as an officer would: search without diacritics, filters, add with an
ID-number error then a fix, the duplicate warning, edit, delete after confirming."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.text import fold
from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal


def open_people(main_window: Any, qtbot: Any) -> Any:
    page = main_window.open_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def names(page: Any) -> list[str]:
    return [page.model.record(i)["full_name"] for i in range(page.model.rowCount())]


def search(page: Any, qtbot: Any, text: str) -> None:
    page.search_edit.clear()
    type_text(page.search_edit, text)  # debounced: the query runs once typing pauses
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)


def test_search_as_you_type_nguyen_van(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_people(main_window, qtbot)
    assert page.model.total() == demo_store.people.count()
    expected = {
        p["full_name"]
        for p in demo_store.people.all()
        if "nguyen" in fold(p["full_name"]) and "van" in fold(p["full_name"])
    }
    assert any(n.startswith("Nguyễn Văn ") for n in expected), "the demo holds a Nguyễn Văn …"
    search(page, qtbot, "nguyen van")
    found = names(page)
    assert set(found) == expected
    assert page.count_label.text() == f"{len(found)} dòng"


def test_a_narrow_search_is_counted_from_its_one_page(
    main_window: Any, qtbot: Any, demo_store: Any, monkeypatch: Any
) -> None:
    """Fewer matches than a page: the page read is the count, no second pass over the table;
    more: counted in SQL, and the page read for the count is the one shown."""
    page = open_people(main_window, qtbot)
    counted: list[str | None] = []
    real = demo_store.people.count_query
    monkeypatch.setattr(
        demo_store.people,
        "count_query",  # searches only (the overview counts villages)
        lambda **kw: (counted.append(kw["search"]) if kw.get("search") else None) or real(**kw),
    )
    search(page, qtbot, "nguyen van")
    assert (
        counted == []
        and page.model.total() == page.model.rowCount() == real(search="nguyen van") > 0
    )
    letter = "0"  # in nearly every phone number (a name's word start finds fewer than a page here)
    search(page, qtbot, letter)
    broad = real(search=letter)
    assert broad > 200 and counted == [letter]
    assert page.model.total() == broad and page.model.rowCount() == 200
    assert names(page) == [
        p["full_name"] for p in demo_store.people.query(search=letter, limit=200)
    ]
    assert page.count_label.text() == f"{broad:,} dòng".replace(",", ".")


def test_d_finds_dj(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_people(main_window, qtbot)
    target = next(p["full_name"] for p in demo_store.people.all() if p["full_name"].startswith("Đ"))
    search(page, qtbot, fold(target))  # "dang thi cuc" for "Đặng Thị Cúc"
    assert target in names(page)
    search(page, qtbot, target.split()[0].lower())  # typed with its marks, it is found too
    assert target in names(page)
    search(page, qtbot, "d")
    assert any(n.startswith("Đ") for n in names(page))


def test_village_filter_narrows_the_list(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    page = open_people(main_window, qtbot)
    village = demo_store.villages.current()[2]
    page.village_filter.set_village_id(village["id"])
    assert page.model.total() == demo_store.people.count_query(village_id=village["id"])
    assert {page.model.record(i)["village_name"] for i in range(page.model.rowCount())} == {
        village["name"]
    }


def test_add_with_id_error_then_fix(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_people(main_window, qtbot)
    village = demo_store.villages.current()[0]

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        type_text(ui.full_name, "Nông Thị Đào")
        ui.sex.set_code("female")
        type_text(ui.birth_date, "1985")
        ui.ethnicity_code.set_code("02")
        ui.village_id.set_code(village["id"])
        type_text(ui.id_number, "02018512345")  # 11 digits
        assert "11" in ui.id_info.text()
        press(ui.id_number, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "12 chữ số" in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is ui.id_number
        replace_text(ui.id_number, "020185123456")
        assert "nữ, sinh năm 1985" in ui.id_info.text()
        ui.party_member.setChecked(True)
        type_text(ui.party_admission_date, "03/02/2015")
        press(ui.id_number, Qt.Key.Key_Return)

    page.table.setFocus()
    run_modal(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), fill
    )
    saved = demo_store.people.query(search="nong thi dao")
    assert len(saved) == 1
    p = saved[0]
    assert (
        p["full_name"],
        p["sex"],
        p["birth_date"],
        p["ethnicity_code"],
        p["village_id"],
        p["id_number"],
        p["party_member"],
        p["party_admission_date"],
    ) == ("Nông Thị Đào", "female", "1985", "02", village["id"], "020185123456", 1, "2015-02-03")
    assert page.selected_record()["id"] == p["id"]
    assert "Nông Thị Đào" in page.detail.toPlainText()


def test_duplicate_warning_asks_once(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_people(main_window, qtbot)
    twin = next(p for p in demo_store.people.query() if p["birth_date"] and p["village_id"])
    before = demo_store.people.count()

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        type_text(ui.full_name, twin["full_name"])
        ui.sex.set_code(twin["sex"])
        type_text(ui.birth_date, twin["birth_date"][:4])
        ui.village_id.set_code(twin["village_id"])
        message_boxes.answer = QMessageBox.StandardButton.No
        press(ui.full_name, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "Có thể trùng" in message_boxes.texts("question")[-1]
        assert demo_store.people.count() == before
        message_boxes.answer = QMessageBox.StandardButton.Yes
        press(ui.full_name, Qt.Key.Key_Return)

    run_modal(page.add_record, fill)
    assert demo_store.people.count() == before + 1


def test_edit_and_delete(main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any) -> None:
    page = open_people(main_window, qtbot)
    person = next(
        p for p in demo_store.people.query() if not demo_store.memberships.of_person(p["id"])
    )
    page.open_record("people", person["id"])

    def change_phone(dialog: Any) -> None:
        assert dialog.ui.full_name.text() == person["full_name"]
        replace_text(dialog.ui.phone, "0912 345 678")
        press(dialog.ui.phone, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), change_phone)
    assert demo_store.people.get(person["id"])["phone"] == "0912 345 678"

    page.select_id(person["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert person["full_name"] in message_boxes.texts("question")[-1]
    assert demo_store.people.get(person["id"]) is None
    assert demo_store.people.get(person["id"], include_deleted=True)["deleted_at"]
    assert person["id"] not in [page.model.record(i)["id"] for i in range(page.model.rowCount())]


def test_a_name_is_kept_as_typed_through_dialog_list_and_pdf(
    main_window: Any, qtbot: Any, demo_store: Any, tmp_path: Any
) -> None:
    """ "Nông Thị Hoà" typed stays "Hoà" (not "Hòa") in the register, the list and the printed list;
    searching either spelling finds it."""
    from desktop_app.reports.people_list import print_people
    from tests.reports.conftest import pdf_text

    page = open_people(main_window, qtbot)
    village = demo_store.villages.current()[0]

    def fill(dialog: Any) -> None:
        type_text(dialog.ui.full_name, "Nông Thị Hoà")
        dialog.ui.sex.set_code("female")
        type_text(dialog.ui.birth_date, "1991")
        dialog.ui.village_id.set_code(village["id"])
        press(dialog.ui.full_name, Qt.Key.Key_Return)

    run_modal(page.add_record, fill)
    saved = demo_store.people.query(search="nong thi hoa")
    assert [p["full_name"] for p in saved] == ["Nông Thị Hoà"]
    search(page, qtbot, "Nông Thị Hòa")  # the other spelling finds it too
    assert "Nông Thị Hoà" in names(page) and "Nông Thị Hòa" not in names(page)
    out = print_people(demo_store, tmp_path / "people.pdf", search="nong thi hoa")
    assert "Nông Thị Hoà" in pdf_text(out) and "Nông Thị Hòa" not in pdf_text(out)


def test_search_ranks_the_given_name_first(main_window: Any, qtbot: Any, demo_store: Any) -> None:
    demo_store.people.add({"full_name": "Bùi Đức Anh", "sex": "male"})
    demo_store.people.add({"full_name": "Lò Văn Đức", "sex": "male"})
    page = open_people(main_window, qtbot)
    search(page, qtbot, "duc")
    shown = names(page)
    assert shown.index("Lò Văn Đức") < shown.index("Bùi Đức Anh")
    assert fold(shown[0]).split()[-1].startswith("duc")
