"""The shell's building blocks: the lazy table model, saving through the rules, the inputs,
the register page base, the main window's navigation and typing Vietnamese in tests."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.core.errors import ValidationFailed, error, warning
from desktop_app.gui.pages import PageSpec
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.saving import InvalidInput, save_with_rules
from desktop_app.gui.table_model import BATCH, Column, RecordTableModel
from desktop_app.gui.widgets import CodeCombo, DateEdit, MoneyEdit, PersonPicker, VillageCombo
from tests.gui.keyboard import press, type_text


def _source(n: int) -> tuple[Any, Any, list]:
    rows = [{"id": str(i), "name": f"row {i}", "amount": i * 1000} for i in range(n)]
    calls: list[tuple[int, int]] = []

    def fetch(limit: int, offset: int) -> list[dict]:
        calls.append((limit, offset))
        return rows[offset : offset + limit]

    return (lambda: n), fetch, calls


def test_model_fetches_in_batches(qtbot: Any) -> None:
    model = RecordTableModel(
        [Column("name", "Tên"), Column("amount", "Tiền", lambda r: f"{r['amount']:,}", True)]
    )
    count, fetch, calls = _source(450)
    model.set_source(count, fetch)
    assert model.rowCount() == BATCH and model.total() == 450 and calls == [(BATCH, 0)]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert model.data(model.index(3, 1)) == "3,000"
    assert (
        model.data(model.index(3, 1), Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignRight
    )
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Tên"
    assert model.row_of("449") == 449 and model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert model.row_of("nope") is None
    assert model.record(10)["name"] == "row 10"


def test_model_small_lists_and_empty_values(qtbot: Any) -> None:
    model = RecordTableModel([Column("name", "Tên")])
    model.set_rows([{"id": "a", "name": None}, {"id": "b", "name": "Bảo"}])
    assert model.rowCount() == 2 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, 0)) == "" and model.row_of("b") == 1


def test_save_with_rules_errors_focus_the_field(qtbot: Any, message_boxes: Any) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()

    def action(accept: bool) -> dict:
        raise ValidationFailed([error("id_number", "Số CCCD phải có đúng 12 chữ số (đang có 11).")])

    assert save_with_rules(None, action, {"id_number": field}) is None
    assert "12 chữ số" in message_boxes.texts("warning")[0]
    assert field.window().focusWidget() is field


def test_save_with_rules_warnings_ask_once(qtbot: Any, message_boxes: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[bool] = []

    def action(accept: bool) -> dict:
        seen.append(accept)
        if not accept:
            raise ValidationFailed([warning("full_name", "Có thể trùng với Nguyễn Văn An.")])
        return {"id": "x"}

    assert save_with_rules(None, action) == {"id": "x"} and seen == [False, True]
    assert "Vẫn lưu?" in message_boxes.texts("question")[0]
    message_boxes.answer = QMessageBox.StandardButton.No
    seen.clear()
    assert save_with_rules(None, action) is None and seen == [False]


def test_save_with_rules_invalid_input(qtbot: Any, message_boxes: Any) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_label("Ngày sinh")
    edit.setText("31/02/1990")
    assert save_with_rules(None, lambda _a: {"birth": edit.value()}) is None
    assert (
        "Ngày sinh" in message_boxes.texts("warning")[0]
        and "không có trên lịch" in message_boxes.texts()[0]
    )
    assert edit.window().focusWidget() is edit


def test_date_and_money_edits(qtbot: Any) -> None:
    edit = DateEdit(year_only_allowed=True)
    qtbot.addWidget(edit)
    edit.setText("5/3/1985")
    assert edit.value() == "1985-03-05"
    edit.setText("1985")
    assert edit.value() == "1985"
    edit.set_year_only_allowed(False)
    with pytest.raises(InvalidInput):
        edit.value()
    edit.set_value("2024-11-18")
    assert edit.text() == "18/11/2024"
    money = MoneyEdit()
    qtbot.addWidget(money)
    money.set_value(12500000)
    assert money.text() == "12.500.000" and money.value() == 12500000
    money.setText("")
    assert money.value() is None


def test_code_and_village_combos(qtbot: Any, demo_store: Any) -> None:
    combo = CodeCombo({"male": "Nam", "female": "Nữ"}, empty_label="—")
    qtbot.addWidget(combo)
    assert combo.code() is None
    combo.set_code("female")
    assert combo.currentText() == "Nữ" and combo.code() == "female"
    villages = VillageCombo(demo_store)
    qtbot.addWidget(villages)
    names = [villages.itemText(i) for i in range(1, villages.count())]
    assert len(names) == 6
    some = demo_store.villages.current()[2]
    villages.set_village_id(some["id"])
    assert villages.village_id() == some["id"] and villages.currentText() == some["name"]


def test_person_picker_finds_without_diacritics(qtbot: Any, demo_store: Any) -> None:
    person = demo_store.people.query(limit=1, offset=40)[0]
    picker = PersonPicker(demo_store)
    qtbot.addWidget(picker)
    picker.show()
    chosen: list[Any] = []
    picker.person_changed.connect(chosen.append)
    from desktop_app.core.text import fold

    type_text(picker.search_edit, fold(person["full_name"]))
    picker.search_now()
    assert person["id"] in [p["id"] for p in picker.found()]
    picker.choose([p["id"] for p in picker.found()].index(person["id"]))
    assert picker.person_id() == person["id"] and chosen[-1]["id"] == person["id"]
    assert picker.search_edit.text().startswith(person["full_name"])
    type_text(picker.search_edit, "x")
    assert picker.person_id() is None


class _PeopleList(RegisterPage):
    """A minimal page over people, as a subclass of the base would be."""

    def __init__(self, store: Any, parent: Any = None) -> None:
        self.edited: list[Any] = []
        super().__init__(store, parent)

    def columns(self) -> list[Column]:
        return [Column("full_name", "Họ và tên"), Column("village_name", "Khu dân cư")]

    def count(self, search: str) -> int:
        return self.store.people.count_query(search=search)

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        return self.store.people.query(search=search, limit=limit, offset=offset)

    def edit(self, record: dict | None) -> dict | None:
        self.edited.append(record)
        return record

    def delete(self, record: dict) -> None:
        self.store.people.delete(record["id"])


def test_register_page_search_select_delete(
    qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = _PeopleList(demo_store)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.total() == demo_store.people.count()
    target = next(
        p
        for p in demo_store.people.query()
        if "đ" in p["name_fold"] or "Đ" in p["full_name"] or "đ" in p["full_name"].lower()
    )
    word = next(w for w in target["full_name"].split() if "đ" in w.lower())
    type_text(page.search_edit, "d" + word.lower()[1:2] if word.lower().startswith("đ") else word)
    qtbot.waitUntil(lambda: not page._timer.isActive())
    assert all(
        "d" in r["name_fold"] for r in (page.model.record(i) for i in range(page.model.rowCount()))
    )
    assert page.model.total() < demo_store.people.count()
    page.open_record("people", target["id"])
    assert page.selected_record()["id"] == target["id"]
    assert target["full_name"] in page.detail.toPlainText()
    press(page.table, Qt.Key.Key_F2)
    assert page.edited[-1]["id"] == target["id"]
    victim = next(
        p for p in demo_store.people.query() if not demo_store.memberships.of_person(p["id"])
    )
    page.open_record("people", victim["id"])
    press(page.table, Qt.Key.Key_Delete)
    assert victim["full_name"] in message_boxes.texts("question")[-1]
    assert demo_store.people.get(victim["id"]) is None
    assert demo_store.people.get(victim["id"], include_deleted=True)["deleted_at"]


def test_main_window_builds_pages_lazily_and_routes_records(qtbot: Any, demo_store: Any) -> None:
    from desktop_app.gui.main_window import MainWindow

    specs = [
        PageSpec("overview", "Tổng quan", "tests.gui.test_base:_PeopleList"),
        PageSpec("people", "Người", "tests.gui.test_base:_PeopleList", ("people",)),
    ]
    window = MainWindow(demo_store, pages=specs)
    qtbot.addWidget(window)
    window.show()
    assert window.titles() == ["Tổng quan", "Người"] and window.keys() == ["overview", "people"]
    assert "Sổ Mặt trận" in window.windowTitle()
    assert demo_store.office()["commune_name"] in window.windowTitle()
    assert len(window.built_pages()) == 1
    person = demo_store.people.query(limit=1, offset=123)[0]
    assert window.show_record("people", person["id"])
    assert len(window.built_pages()) == 2
    page = window.current_page()
    assert page.selected_record()["id"] == person["id"]


def test_keys_in_the_search_box_do_not_act_on_the_table(
    main_window, qtbot, demo_store, message_boxes, monkeypatch
) -> None:
    """Return and Delete typed in the search box stay there (PySide6 ignores QShortcut's
    context keyword; gui/shortcuts.py sets it), while on the table they edit and delete."""
    from PySide6.QtCore import Qt

    from tests.gui.keyboard import press

    page = main_window.open_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    edited: list[dict] = []
    monkeypatch.setattr(page, "edit", lambda record: edited.append(record))
    page.search_edit.setFocus()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_F2):
        press(page.search_edit, key)
    assert not message_boxes.shown and not edited
    press(page.search_edit, Qt.Key.Key_Return)  # Enter in the search box goes to the results
    assert page.table.hasFocus() and not edited
    press(page.table, Qt.Key.Key_F2)
    press(page.table, Qt.Key.Key_Delete)
    assert len(edited) == 1 and message_boxes.texts("question")  # the deletion asks first
