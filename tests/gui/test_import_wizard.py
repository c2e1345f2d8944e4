"""The Excel import wizard, step by step on a legacy-font file: nothing written before the
preview is accepted, a duplicate chosen there, the counts in the database, undo."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.gui import import_wizard as iw
from tests.imports.workbooks import people_xlsx


def step(wizard: Any, qtbot: Any, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


@pytest.fixture
def wizard(qtbot: Any, demo_store: Any, tmp_path: Any) -> Any:
    village = demo_store.villages.all()[0]
    demo_store.villages.update(village["id"], {"name": "Bản Pò"})
    demo_store.people.add(
        {
            "full_name": "Lương Văn Tú",
            "sex": "male",
            "birth_date": "1990",
            "village_id": village["id"],
        },
        accept_warnings=True,
    )
    w = iw.ImportWizard(
        demo_store, None, target="people", path=str(people_xlsx(tmp_path / "ds.xlsx"))
    )
    qtbot.addWidget(w)
    w.show()
    return w


def test_every_step_then_undo(wizard: Any, qtbot: Any, demo_store: Any, monkeypatch: Any) -> None:
    before = demo_store.people.count()
    step(wizard, qtbot, iw.SHEET_PAGE)
    assert wizard.ui.headerSpin.value() == 4 and wizard.ui.sheetCombo.currentText() == "Danh sach"
    assert ".VnTime" in wizard.ui.guessLabel.text()
    assert wizard.sheet_model.rows[5][1] == "Nguyễn Văn Đức"  # shown converted
    step(wizard, qtbot, iw.MAP_PAGE)
    combo = wizard.ui.mapTable.cellWidget(2, 2)
    assert combo.currentData() == "birth_male"
    step(wizard, qtbot, iw.PREVIEW_PAGE)
    assert demo_store.people.count() == before  # nothing written yet
    counts = wizard.plan.counts()
    assert (counts["add"], counts["duplicates"]) == (3, 1)
    wizard.ui.showCombo.setCurrentIndex(wizard.ui.showCombo.findData("duplicate"))
    assert wizard.plan_model.rowCount() == 1
    wizard.ui.previewView.selectRow(0)
    assert wizard.ui.choiceBox.isVisible() and wizard.ui.useExisting.isChecked()
    assert "Đã có trong sổ" in wizard.ui.rowDetail.toHtml()
    wizard.ui.addNew.setChecked(True)  # the officer says: another person
    assert wizard.plan.rows[3].choice == "new" and wizard.plan.counts()["add"] == 4
    step(wizard, qtbot, iw.DONE_PAGE)
    assert wizard.written and demo_store.people.count() == before + 4
    assert "thêm mới: <b>4</b>" in wizard.ui.doneLabel.text()
    monkeypatch.setattr(iw, "ask", lambda *a: True)
    wizard.ui.undoButton.click()
    assert demo_store.people.count() == before and not wizard.ui.undoButton.isEnabled()


def test_the_officer_corrects_the_mapping(wizard: Any, qtbot: Any, demo_store: Any) -> None:
    step(wizard, qtbot, iw.SHEET_PAGE)
    step(wizard, qtbot, iw.MAP_PAGE)
    ethnic = wizard.ui.mapTable.cellWidget(4, 2)
    assert ethnic.currentData() == "ethnicity"
    ethnic.setCurrentIndex(0)  # (không nhập)
    step(wizard, qtbot, iw.PREVIEW_PAGE)
    assert all("ethnicity_code" not in r.record for r in wizard.plan.rows)


def test_register_pages_open_the_wizard(main_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    opened = []
    monkeypatch.setattr(iw.ImportWizard, "exec", lambda self: opened.append(self.target()) or 0)
    for title in ("Người", "Khu dân cư"):
        page = main_window.open_page(title)
        assert page.import_button.isVisibleTo(page)
        page.import_button.click()
    assert opened == ["people", "villages"]


def test_the_last_import_can_be_undone_from_the_first_page(
    qtbot: Any, demo_store: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from desktop_app.imports.pipeline import prepare
    from desktop_app.imports.write import write_plan

    before = demo_store.people.count()
    write_plan(demo_store, prepare(demo_store, people_xlsx(tmp_path / "a.xlsx"), "people").plan)
    assert demo_store.people.count() == before + 4
    w = iw.ImportWizard(demo_store, None, target="people")
    qtbot.addWidget(w)
    assert not w.ui.undoLastButton.isHidden() and "a.xlsx" in w.ui.lastLabel.text()
    monkeypatch.setattr(iw, "ask", lambda *a: True)
    monkeypatch.setattr(iw.QMessageBox, "information", lambda *a: None)
    w.ui.undoLastButton.click()
    assert demo_store.people.count() == before and w.written
    assert w.ui.undoLastButton.isHidden()


def test_another_sheet_can_be_chosen(qtbot: Any, demo_store: Any, tmp_path: Any) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Bia"
    wb.active.append(["DANH SÁCH"])
    for title, name in (("Thon 1", "Nông Văn A"), ("Thon 2", "Nông Văn B")):
        ws = wb.create_sheet(title)
        ws.append(["Họ và tên", "Giới tính", "Năm sinh"])
        ws.append([name, "Nam", 1970])
    wb.save(tmp_path / "nhieu.xlsx")
    w = iw.ImportWizard(demo_store, None, target="people", path=str(tmp_path / "nhieu.xlsx"))
    qtbot.addWidget(w)
    w.show()
    step(w, qtbot, iw.SHEET_PAGE)
    assert w.ui.sheetCombo.currentText() == "Thon 1"  # the cover sheet passed over
    w.ui.sheetCombo.setCurrentText("Thon 2")
    w.ui.sheetCombo.activated.emit(w.ui.sheetCombo.currentIndex())
    qtbot.waitUntil(lambda: w.sheet.name == "Thon 2", timeout=10_000)
    assert w.sheet_model.rows[1][0] == "Nông Văn B"
    step(w, qtbot, iw.MAP_PAGE)
    step(w, qtbot, iw.PREVIEW_PAGE)
    assert [r.record["full_name"] for r in w.plan.rows] == ["Nông Văn B"]
