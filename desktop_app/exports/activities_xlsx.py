"""The campaign roll-up as an Excel workbook: Vietnamese headers, money in đồng, fitted columns.

Sheets: "Tổng hợp" (the commune totals, this period against the same period a year before),
"Theo cuộc vận động", "Theo khu dân cư" and "Danh sách hoạt động" (the period's activities).
Numbers are written as numbers (format #,##0), so the office can keep calculating in Excel.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.core.dates import display
from desktop_app.core.enums import CAMPAIGN_KINDS
from desktop_app.core.errors import UserError
from desktop_app.store import communes, rollups
from desktop_app.store.db import Store
from desktop_app.store.rollups import MEASURE_LABELS, MEASURE_UNITS, MEASURES, Rollup, RollupRow

NUMBER = "#,##0"
PERCENT = "0.0"
TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CUỘC VẬN ĐỘNG, PHONG TRÀO"
VILLAGE_NOTE = (
    "Ghi chú: hoạt động tổ chức ở nhiều khu dân cư được tính cho từng khu, nên cộng các dòng "
    "có thể lớn hơn tổng toàn xã; dòng “Tổng toàn xã” tính mỗi hoạt động một lần."
)
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def _named_styles() -> tuple[NamedStyle, ...]:
    """Named styles (new objects per workbook): one assignment per cell keeps 5,000 rows quick."""
    return (
        NamedStyle(
            "sm_head",
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="DDE6F0"),
            border=_BOX,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle("sm_text", border=_BOX, alignment=_TOP_WRAP),
        NamedStyle("sm_number", border=_BOX, number_format=NUMBER),
        NamedStyle("sm_change", border=_BOX, number_format="+#,##0;-#,##0;0"),
        NamedStyle("sm_percent", border=_BOX, number_format=PERCENT),
        NamedStyle(
            "sm_total_text",
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="F2F2F2"),
            border=_BOX,
            alignment=_TOP_WRAP,
        ),
        NamedStyle(
            "sm_total_number",
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="F2F2F2"),
            border=_BOX,
            number_format=NUMBER,
        ),
    )


def _heading(ws: Worksheet, office_name: str, subtitle: str, r: Rollup, width: int) -> int:
    """The header block; returns the first free row."""
    ws.cell(1, 1, office_name.upper()).font = Font(bold=True)
    ws.cell(2, 1, TITLE).font = Font(bold=True, size=14)
    ws.cell(3, 1, subtitle).font = Font(bold=True)
    ws.cell(4, 1, f"{r.period.label}; so với cùng kỳ: {r.previous_period.label}").font = Font(
        italic=True
    )
    for row in (2, 3, 4):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
    return 6


def _head_cell(ws: Worksheet, row: int, col: int, value: str) -> None:
    ws.cell(row, col, value).style = "sm_head"


def _value_cell(ws: Worksheet, row: int, col: int, value, style: str = "sm_number") -> None:
    if isinstance(value, str) or value is None:
        style = style.replace("number", "text") if "number" in style else style
    ws.cell(row, col, value).style = style


def _finish(ws: Worksheet, widths: list[float], freeze: str) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _summary_sheet(ws: Worksheet, office_name: str, r: Rollup) -> None:
    ws.title = "Tổng hợp"
    row = _heading(ws, office_name, "Tổng hợp toàn xã", r, 7)
    for col, text in enumerate(
        (
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kỳ này",
            "Cùng kỳ năm trước",
            "Tăng (+), giảm (−)",
            "So với cùng kỳ (%)",
        ),
        1,
    ):
        _head_cell(ws, row, col, text)
    for n, m in enumerate(MEASURES, 1):
        row += 1
        cur, prev = r.total.current[m], r.total.previous[m]
        values = (
            n,
            MEASURE_LABELS[m],
            MEASURE_UNITS[m],
            cur,
            prev,
            cur - prev,
            rollups.change_percent(cur, prev),
        )
        styles = (
            "sm_text",
            "sm_text",
            "sm_text",
            "sm_number",
            "sm_number",
            "sm_change",
            "sm_percent",
        )
        for col, (value, style) in enumerate(zip(values, styles, strict=True), 1):
            _value_cell(ws, row, col, value, style)
    _finish(ws, [6, 34, 12, 18, 18, 18, 14], "A7")


def _matrix_sheet(
    ws: Worksheet,
    office_name: str,
    r: Rollup,
    subtitle: str,
    first: str,
    rows: list[RollupRow],
    totals: list[RollupRow],
    note: str | None = None,
) -> None:
    width = 3 + 2 * len(MEASURES)
    top = _heading(ws, office_name, subtitle, r, width)
    for col, text in ((1, "STT"), (2, first), (3, "Cấp" if first == "Cuộc vận động" else "")):
        _head_cell(ws, top, col, text)
        _head_cell(ws, top + 1, col, "")
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    for i, m in enumerate(MEASURES):
        col = 4 + 2 * i
        _head_cell(ws, top, col, MEASURE_LABELS[m])
        _head_cell(ws, top, col + 1, "")
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        _head_cell(ws, top + 1, col, "Kỳ này")
        _head_cell(ws, top + 1, col + 1, "Cùng kỳ")
    ws.row_dimensions[top].height = 45
    row = top + 1
    for n, item in enumerate(rows, 1):
        row += 1
        _write_row(ws, row, n, item, bold=False)
    for item in totals:
        row += 1
        _write_row(ws, row, None, item, bold=True)
    if note:
        ws.cell(row + 2, 1, note).font = Font(italic=True)
    _finish(ws, [6, 42, 10] + [13] * (2 * len(MEASURES)), ws.cell(top + 2, 4).coordinate)


def _write_row(ws: Worksheet, row: int, n: int | None, item: RollupRow, bold: bool) -> None:
    number = "sm_total_number" if bold else "sm_number"
    _value_cell(ws, row, 1, n, "sm_total_text" if bold else "sm_text")
    _value_cell(ws, row, 2, item.label, number)
    _value_cell(ws, row, 3, CAMPAIGN_KINDS.get(item.kind or "", ""), number)
    for i, m in enumerate(MEASURES):
        _value_cell(ws, row, 4 + 2 * i, item.current[m], number)
        _value_cell(ws, row, 5 + 2 * i, item.previous[m], number)


def _activities_sheet(
    ws: Worksheet,
    office_name: str,
    r: Rollup,
    activities: list[dict],
    village_names: dict[str, str],
) -> None:
    indicators = MEASURES[1:]
    width = 6 + len(indicators)
    row = _heading(ws, office_name, "Danh sách hoạt động trong kỳ", r, width)
    heads = ["STT", "Ngày", "Cuộc vận động", "Hoạt động", "Khu dân cư", "Mô tả"]
    heads += [MEASURE_LABELS[m] for m in indicators]
    for col, text in enumerate(heads, 1):
        _head_cell(ws, row, col, text)
    ws.row_dimensions[row].height = 45
    for n, a in enumerate(activities, 1):
        row += 1
        ids = json.loads(a.get("village_ids") or "[]")
        villages = ", ".join(village_names.get(i, i) for i in ids) or rollups.WHOLE_COMMUNE
        values = [
            n,
            display(a["date"]),
            a.get("campaign_name"),
            a["title"],
            villages,
            a.get("description"),
        ]
        for col, value in enumerate(values, 1):
            _value_cell(ws, row, col, value, "sm_text")
        for i, m in enumerate(indicators):
            _value_cell(ws, row, 7 + i, a.get(m) or 0)
    _finish(ws, [6, 12, 30, 36, 24, 36] + [13] * len(indicators), "C7")


def build_workbook(
    r: Rollup, activities: list[dict], village_names: dict[str, str], office_name: str
) -> Workbook:
    wb = Workbook()
    for style in _named_styles():
        wb.add_named_style(style)
    _summary_sheet(wb.active, office_name, r)
    _matrix_sheet(
        wb.create_sheet("Theo cuộc vận động"),
        office_name,
        r,
        "Theo cuộc vận động, phong trào",
        "Cuộc vận động",
        r.by_campaign,
        [r.total],
    )
    whole = rollups.total_of(r.by_campaign, "Tổng toàn xã (mỗi hoạt động tính một lần)")
    _matrix_sheet(
        wb.create_sheet("Theo khu dân cư"),
        office_name,
        r,
        "Theo khu dân cư",
        "Khu dân cư",
        r.by_village,
        [whole],
        VILLAGE_NOTE,
    )
    _activities_sheet(
        wb.create_sheet("Danh sách hoạt động"), office_name, r, activities, village_names
    )
    wb.properties.title = f"{TITLE} — {r.period.name}"
    wb.properties.creator = "Sổ Mặt trận"
    return wb


@dataclass(frozen=True)
class ExportData:
    """Everything the workbook shows, read from the store (quick) before writing (slow)."""

    rollup: Rollup
    activities: list[dict]
    village_names: dict[str, str]
    office_name: str


def collect(
    store: Store, year: int, half: int | None, commune_code: str | None = None
) -> ExportData:
    """What the workbook shows. commune_code (the upper level): one commune's activities, named
    in the heading; at an upper level without it, every commune's rows labelled with its name."""
    r = rollups.rollup(store, year, half, commune_code)
    activities = store.activities.query(
        date_from=r.period.start.isoformat(),
        date_to=r.period.end.isoformat(),
        commune_code=commune_code,
    )
    activities.reverse()  # oldest first, as a report reads
    office = store.office() or {}
    office_name = (
        office.get("name") or f"Ủy ban MTTQ Việt Nam xã {office.get('commune_name') or ''}".strip()
    )
    if office.get("role") == "upper":
        names = communes.names(store)
        if commune_code:
            office_name += f" — xã {names.get(commune_code, commune_code)}"
        else:
            r = Rollup(
                r.period,
                r.previous_period,
                rollups.by_commune_name(r.by_campaign, names),
                rollups.by_commune_name(r.by_village, names),
            )
    return ExportData(r, activities, store.villages.names(), office_name)


def check_target(out: str | Path) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"Tệp Excel phải có đuôi .xlsx (đã ghi “{out.name}”).")
    return out


def write(data: ExportData, out: str | Path) -> Path:
    """Build and save the workbook; touches no database, so it may run off the UI thread."""
    wb = build_workbook(data.rollup, data.activities, data.village_names, data.office_name)
    return save_atomically(wb, check_target(out))


def export_activities(
    store: Store, year: int, half: int | None, out: str | Path, commune_code: str | None = None
) -> Path:
    """Write the roll-up of year Y (or one half; of one commune at the upper level) to an .xlsx
    file; returns its path."""
    check_target(out)
    return write(collect(store, year, half, commune_code), out)


def save_atomically(wb: Workbook, out: Path) -> Path:
    """Save beside the target and rename, so a failure never leaves half a file."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
        os.close(fd)
        try:
            wb.save(tmp)
            os.replace(tmp, out)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except PermissionError:
        raise UserError(
            f"Không ghi được “{out}”: tệp đang mở trong Excel hoặc thư mục không cho ghi. "
            "Hãy đóng tệp rồi thử lại."
        ) from None
    except OSError as exc:
        raise UserError(f"Không ghi được “{out}”: {exc.strerror or exc}.") from None
    return out
