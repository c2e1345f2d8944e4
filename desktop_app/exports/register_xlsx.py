"""A register as an Excel sheet, as the page or `somattran list` shows it.

A title row naming the office and the date, the register's title, Vietnamese headers; ID
numbers and phone numbers written as text (no zero lost), dates as real Excel dates (a year
alone stays a year), whole numbers as numbers; columns wide enough for what they hold.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError

TEXT_KEYS = {"id_number", "phone", "code", "letter_number", "decision_number", "commune_code"}
DATE_KEYS = {
    "birth_date",
    "start_date",
    "end_date",
    "date",
    "due_date",
    "received_date",
    "letter_date",
    "registered_date",
    "left_date",
    "party_admission_date",
    "decision_date",
    "term_start",
    "term_end",
    "valid_from",
    "valid_to",
    "meeting_date",
}
MAX_WIDTH = 60


@dataclass(frozen=True)
class ExportColumn:
    key: str
    header: str
    kind: str = "text"  # text | id (kept as text) | date | number


def column_kind(key: str) -> str:
    from desktop_app.core.enums import INDICATORS

    if key in TEXT_KEYS:
        return "id"
    if key in DATE_KEYS:
        return "date"
    if key in INDICATORS or key in ("member_count", "year", "start_year", "end_year", "version"):
        return "number"
    return "text"


def _date(value: Any) -> Any:
    """ISO text to a date; a year alone stays the number of the year."""
    if value in (None, ""):
        return None
    s = str(value)
    if len(s) == 4 and s.isdigit():
        return int(s)
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return s


def write_register_xlsx(
    path: str | Path,
    title: str,
    office_name: str,
    columns: Sequence[ExportColumn],
    rows: Sequence[Sequence[Any]],
    today: dt.date | None = None,
) -> Path:
    """Write one sheet; rows hold one value per column (raw for id/date/number, text otherwise).
    Written beside the target and moved into place, so a failure leaves no half file."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    today = today or dt.date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = (title[:31] or "Danh sách").replace("/", "-")
    width = max(1, len(columns))
    ws.cell(1, 1, office_name.upper()).font = Font(bold=True)
    ws.cell(1, max(2, width - 1), f"Ngày xuất: {today:%d/%m/%Y}").font = Font(italic=True)
    ws.cell(2, 1, title.upper()).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.cell(2, 1).alignment = Alignment(horizontal="center")
    head = 4
    widths = [len(c.header) + 2 for c in columns]
    fill = PatternFill("solid", fgColor="DDE6F0")
    for i, col in enumerate(columns, start=1):
        cell = ws.cell(head, i, col.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=head + 1):
        for i, (col, value) in enumerate(zip(columns, values, strict=True), start=1):
            if col.kind == "date":
                value = _date(value)
            elif col.kind == "id":
                value = None if value in (None, "") else str(value)
            elif (
                col.kind == "number"
                and isinstance(value, str)
                and value.strip().lstrip("-").isdigit()
            ):
                value = int(value)
            if value in (None, ""):
                continue
            cell = ws.cell(r, i, value)
            if col.kind == "id":
                cell.number_format = "@"
                cell.data_type = "s"
            elif isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, int) and col.kind == "number":
                cell.number_format = "#,##0"
            shown = value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)
            widths[i - 1] = max(widths[i - 1], min(MAX_WIDTH, len(shown) + 2))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(MAX_WIDTH, w))
    ws.freeze_panes = ws.cell(head + 1, 1)
    ws.print_title_rows = f"{head}:{head}"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".xuat-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            f"Không ghi được tệp “{path.name}” ({exc.strerror or exc}). "
            "Tệp có đang mở trong Excel không? Hãy đóng tệp rồi thử lại."
        ) from None
    return path


def office_title(store: Any) -> str:
    """ "Ủy ban MTTQ Việt Nam xã Hòa Cư" (or the upper office's own name)."""
    from desktop_app.core import enums

    office = store.office() or {}
    if office.get("role") == "upper":
        return office.get("name") or office.get("commune_name") or ""
    unit = enums.label(enums.UNIT_KINDS, office.get("unit_kind") or "xa").lower()
    return f"Ủy ban MTTQ Việt Nam {unit} {office.get('commune_name') or ''}".strip()
