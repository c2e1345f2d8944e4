"""“Xuất Excel” on the register pages: what the page shows (search applied), read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from typing import Any

import openpyxl
import pytest

from tests.gui.test_people_page import open_people, search


def sheet_rows(path: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_people_page_exports_what_it_shows(
    main_window: Any, qtbot: Any, demo_store: Any, tmp_path: Any
) -> None:
    page = open_people(main_window, qtbot)
    search(page, qtbot, "nguyen")
    shown = [page.model.record(i) for i in range(page.model.rowCount())]
    path = page.export_excel(str(tmp_path / "nguoi.xlsx"))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "ỦY BAN MTTQ VIỆT NAM XÃ " + demo_store.office()["commune_name"].upper()
    assert rows[0][-2] == "Ngày xuất: 26/11/2026" or "Ngày xuất: 26/11/2026" in rows[0]
    headers = list(rows[3])
    assert headers[0] == "Họ và tên"
    data = rows[4:]
    assert [r[0] for r in data] == [p["full_name"] for p in shown]
    col_id = headers.index("Số định danh (CCCD)")
    col_birth = next(i for i, h in enumerate(headers) if h and "sinh" in h.lower())
    with_id = [(r, p) for r, p in zip(data, shown, strict=True) if p["id_number"]]
    assert with_id and all(
        r[col_id] == p["id_number"] for r, p in with_id
    )  # text: the leading 0 kept
    assert all(
        ws.cell(5 + i, col_id + 1).data_type == "s"
        for i, (_r, p) in enumerate(zip(data, shown, strict=True))
        if p["id_number"]
    )
    full_dates = [
        (r, p)
        for r, p in zip(data, shown, strict=True)
        if p["birth_date"] and len(p["birth_date"]) == 10
    ]
    assert full_dates and all(
        r[col_birth] == dt.datetime.fromisoformat(p["birth_date"]) for r, p in full_dates
    )
    assert ws.column_dimensions["A"].width > 12


@pytest.mark.parametrize("title", ["Khu dân cư", "Ban công tác Mặt trận"])
def test_other_pages_export_too(main_window: Any, qtbot: Any, tmp_path: Any, title: str) -> None:
    page = main_window.open_page(title)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    path = page.export_excel(str(tmp_path / "x.xlsx"))
    rows = sheet_rows(path)
    assert len(rows) - 4 == page.model.total()
    assert rows[3][0] == page.model.columns[0].header


def test_the_members_of_a_body_export(main_window: Any, qtbot: Any, tmp_path: Any) -> None:
    page = main_window.open_page("Ban công tác Mặt trận")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_row(0)
    panel = page.members
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    shown = [panel.model.record(i) for i in range(panel.model.rowCount())]
    path = panel.export_excel(str(tmp_path / "tv.xlsx"))
    rows = sheet_rows(path)
    assert rows[1][0].startswith("DANH SÁCH THÀNH VIÊN")
    assert rows[3][:3] == ("Họ và tên", "Ngày sinh", "Chức danh")
    assert [r[0] for r in rows[4:]] == [m["full_name"] for m in shown]


def test_the_comment_round_exports_village_by_village(
    main_window: Any, qtbot: Any, tmp_path: Any
) -> None:
    page = main_window.open_page("Đảng viên nơi cư trú")
    view = page.round_view
    view.reload()
    listed = []
    for i in range(view.tree.topLevelItemCount()):
        head = view.tree.topLevelItem(i)
        listed += [head.child(j).text(0) for j in range(head.childCount())]
    assert listed
    rows = sheet_rows(view.export_excel(str(tmp_path / "nx.xlsx")))
    assert rows[3][:3] == ("Khu dân cư", "Họ và tên", "Trạng thái")
    assert [r[1] for r in rows[4:]] == listed and all(r[0] for r in rows[4:])
