"""Reading a workbook (.xlsx with openpyxl, .xls with xlrd) into plain rows.

A text cell keeps the font each part of it was typed in, because a legacy font (.VnTime,
VNI-Times) says how to read it: a text cell is a tuple of (text, encoding or None) runs. Numbers,
dates and booleans are kept as Python values. The kind of file is told by its first bytes,
not its name.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError
from desktop_app.core.legacy_text import encoding_for_font

MAX_ROWS = 50_000
Runs = tuple[tuple[str, str | None], ...]
Progress = Callable[[int, int], object]  # (done, total: 0 when unknown); returning False stops


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; the officer pressed Hủy when the callback answers False."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Đã hủy nhập dữ liệu.")


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]] = field(default_factory=list)  # cells: Runs, number, date, bool or None


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx" | "xls"
    sheet_names: list[str]
    sheets: dict[str, Sheet] = field(default_factory=dict)


def plain(cell: Any) -> str:
    """A cell's text as stored in the file (runs joined), for headers and messages."""
    if cell is None:
        return ""
    if isinstance(cell, tuple):
        return "".join(text for text, _ in cell)
    return str(cell)


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            rest = fh.read(1 << 20) if head.startswith(b"\xd0\xcf\x11\xe0") else b""
    except OSError as exc:
        raise UserError(f"Không mở được tệp “{path.name}”: {exc.strerror or exc}.") from None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in rest:
            raise _protected(path)
        return "xls"
    raise UserError(
        f"Tệp “{path.name}” không phải bảng tính Excel (.xlsx hoặc .xls). "
        "Hãy mở tệp bằng Excel và lưu lại dạng .xlsx rồi chọn lại."
    )


def _protected(path: Path) -> UserError:
    return UserError(
        f"Tệp “{path.name}” có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu "
        "(Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi nhập."
    )


def _too_many(path: Path, sheet: str) -> UserError:
    return UserError(
        f"Trang “{sheet}” của tệp “{path.name}” có hơn {MAX_ROWS:,} dòng".replace(",", ".")
        + "; hãy tách thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
    )


def open_workbook(path: str | Path) -> Workbook:
    """The workbook's sheet names (nothing read yet); a clear message for what cannot be read."""
    path = Path(path)
    kind = _kind(path)
    if kind == "xlsx":
        book = _open_xlsx(path)
        names = list(book.sheetnames)
        book.close()
    else:
        names = _open_xls(path, on_demand=True).sheet_names()
    return Workbook(path, kind, names)


def read_sheet(book: Workbook, name: str | None = None, progress: Progress | None = None) -> Sheet:
    """One sheet's rows (the first sheet when name is None)."""
    if name is None:
        name = book.sheet_names[0]
    if name not in book.sheet_names:
        raise UserError(f"Tệp không có trang “{name}”. Các trang: {', '.join(book.sheet_names)}.")
    if name not in book.sheets:
        reader = _read_xlsx if book.kind == "xlsx" else _read_xls
        sheet = Sheet(name, list(reader(book.path, name, progress)))
        while sheet.rows and not any(c not in (None, "") for c in sheet.rows[-1]):
            sheet.rows.pop()
        book.sheets[name] = sheet
    return book.sheets[name]


# --- .xlsx ---------------------------------------------------------------------------------


def _open_xlsx(path: Path, read_only: bool = True):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=True, rich_text=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}). "
            "Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại."
        ) from None


def _read_xlsx(path: Path, name: str, progress: Progress | None) -> Iterator[list[Any]]:
    """Rows of one sheet, streamed from the XML (openpyxl's read-only parser) with every cell's
    font: the read-only cells drop rich text runs, so the parser is asked for them directly."""
    from openpyxl.cell.rich_text import CellRichText
    from openpyxl.worksheet._reader import WorkSheetParser

    book = _open_xlsx(path)
    try:
        ws = book[name]
        if (ws.max_row or 0) > MAX_ROWS + 50:
            raise _too_many(path, name)
        fonts = [encoding_for_font(getattr(f, "name", None)) for f in book._fonts]
        styles = book._cell_styles
        cell_enc: dict[int, str | None] = {}

        def enc_of(style_id: int) -> str | None:
            if style_id not in cell_enc:
                try:
                    cell_enc[style_id] = fonts[styles[style_id].fontId]
                except (IndexError, AttributeError):
                    cell_enc[style_id] = None
            return cell_enc[style_id]

        with ws._get_source() as src:
            parser = WorkSheetParser(
                src,
                book.shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
                rich_text=True,
            )
            expected = 1
            for row_number, cells in parser.parse():
                while expected < row_number:  # rows missing from the XML are blank
                    yield []
                    expected += 1
                expected = row_number + 1
                if row_number > MAX_ROWS + 50:
                    raise _too_many(path, name)
                if row_number % 500 == 0:
                    tick(progress, row_number, ws.max_row or 0)
                out: list[Any] = []
                for c in cells:
                    col = c["column"]
                    while len(out) < col - 1:
                        out.append(None)
                    value = c["value"]
                    if isinstance(value, CellRichText):
                        base = enc_of(int(c["style_id"] or 0))
                        value = (
                            tuple(
                                (
                                    str(block) if isinstance(block, str) else block.text,
                                    base
                                    if isinstance(block, str)
                                    or block.font is None
                                    or not block.font.rFont
                                    else encoding_for_font(block.font.rFont),
                                )
                                for block in value
                            )
                            or None
                        )
                    elif isinstance(value, str):
                        value = ((value, enc_of(int(c["style_id"] or 0))),) if value else None
                    out.append(value)
                yield out
    finally:
        book.close()


# --- .xls ----------------------------------------------------------------------------------
# xlrd 2.x reads the old binary format only, is still released (2.0.2, 2025) and with
# formatting_info gives each cell's font and the font runs of rich text.


def _open_xls(path: Path, on_demand: bool = False):
    import xlrd

    try:
        return xlrd.open_workbook(str(path), formatting_info=True, on_demand=on_demand)
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _protected(path) from None
        raise UserError(
            f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}). "
            "Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại."
        ) from None
    except (OSError, ValueError, AssertionError, IndexError, KeyError) as exc:
        raise UserError(f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}).") from None


def _read_xls(path: Path, name: str, progress: Progress | None) -> Iterator[list[Any]]:
    import xlrd

    book = _open_xls(path)
    try:
        sh = book.sheet_by_name(name)
        if sh.nrows > MAX_ROWS + 50:
            raise _too_many(path, name)
        fonts = [encoding_for_font(f.name) for f in book.font_list]
        runs_map = sh.rich_text_runlist_map
        for r in range(sh.nrows):
            if r % 500 == 0:
                tick(progress, r, sh.nrows)
            out: list[Any] = []
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                value: Any = cell.value
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    value = None
                elif cell.ctype == xlrd.XL_CELL_TEXT:
                    base = (
                        fonts[book.xf_list[cell.xf_index].font_index]
                        if cell.xf_index is not None
                        else None
                    )
                    runs = runs_map.get((r, c))
                    if runs:
                        bounds = [(0, None)] + [(off, fonts[fi]) for off, fi in runs]
                        parts = []
                        for i, (start, enc) in enumerate(bounds):
                            end = bounds[i + 1][0] if i + 1 < len(bounds) else len(value)
                            if end > start:
                                parts.append((value[start:end], base if i == 0 else enc))
                        value = tuple(parts) or None
                    else:
                        value = ((value, base),) if value else None
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                    except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                        value = None
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = None
                out.append(value)
            yield out
    finally:
        book.release_resources()


def is_date(value: Any) -> bool:
    return isinstance(value, dt.date | dt.datetime)
