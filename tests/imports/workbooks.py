"""Real workbooks in the shapes offices keep: titles above a two-row header (Năm sinh over
Nam | Nữ), merged cells, legacy fonts, ID numbers stored as numbers, a total row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

VNTIME = Font(name=".VnTime")
VNTIMEH = Font(name=".VnTimeH")
VNI = Font(name="VNI-Times")

# (name as typed in the legacy font, font, Nam year, Nữ year, dân tộc, CCCD as stored, thôn, ngày vào Đảng)
PEOPLE = [
    (
        "NguyÔn V¨n §øc",
        VNTIME,
        1975,
        None,
        "Tµy",
        20075001234,
        "Nµ C¹n",
        None,
    ),  # 11 digits: lost its 0
    ("Hoµng ThÞ Hoµ", VNTIME, None, "01/02/1980", "Nïng", "020180005678", "Nµ C¹n", "03/02/2005"),
    ("Hoaøng Thò Hoøa", VNI, None, 1982, "Nung", None, "Baûn Poø", None),
    ("L­¬ng V¨n Tó", VNTIME, "1-2-1990", None, "Kinh", None, "B¶n Pß", None),
]


def people_xlsx(path: Path, rows=PEOPLE, total: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sach"
    ws["A1"] = "uû ban mttq x· hoµ c­"
    ws["A1"].font = VNTIMEH
    ws.merge_cells("A1:H1")
    ws["A2"] = "DANH SÁCH NGƯỜI DÂN"
    ws.merge_cells("A2:H2")
    headers = ["STT", "Họ và tên", "Năm sinh", None, "Dân tộc", "Số CCCD", "Thôn", "Ngày vào Đảng"]
    for col, h in enumerate(headers, start=1):
        ws.cell(4, col, h)
    ws.merge_cells("C4:D4")
    ws.cell(5, 3, "Nam")
    ws.cell(5, 4, "Nữ")
    for col in (1, 2, 5, 6, 7, 8):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    for i, (name, font, male, female, ethnic, number, village, admitted) in enumerate(
        rows, start=1
    ):
        r = 5 + i
        ws.cell(r, 1, i)
        ws.cell(r, 2, name).font = font
        ws.cell(r, 3, male)
        ws.cell(r, 4, female)
        ws.cell(r, 5, ethnic).font = font
        ws.cell(r, 6, number)
        ws.cell(r, 7, village).font = font
        ws.cell(r, 8, admitted)
    r = 6 + len(rows)
    ws.cell(r + 1, 1, None)  # a blank row
    if total:
        ws.cell(r + 2, 2, "Tæng céng").font = VNTIME
        ws.cell(r + 2, 3, len(rows))
    wb.save(path)
    return path


def rich_text_xlsx(path: Path) -> Path:
    """One cell typed half in .VnTime, half in Unicode Times New Roman."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Giới tính", "Năm sinh"])
    ws.cell(
        2,
        1,
        CellRichText(
            [
                TextBlock(InlineFont(rFont=".VnTime"), "NguyÔn "),
                TextBlock(InlineFont(rFont="Times New Roman"), "Thị Lan"),
            ]
        ),
    )
    ws.cell(2, 2, "Nữ")
    ws.cell(2, 3, dt.datetime(1988, 5, 17))
    wb.save(path)
    return path
