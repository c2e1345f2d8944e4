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
from desktop_app.core.text import thousands

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
    handle: Any = field(default=None, repr=False)  # the open openpyxl / xlrd workbook


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
        f"Trang “{sheet}” của tệp “{path.name}” có hơn {thousands(MAX_ROWS)} dòng"
        + "; hãy tách thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
    )


def open_workbook(path: str | Path) -> Workbook:
    """The workbook's sheet names (no rows read yet); a clear message for what cannot be read.
    The file stays open for read_sheet until close_workbook."""
    path = Path(path)
    kind = _kind(path)
    if kind == "xlsx":
        handle = _open_xlsx(path)
        names = list(handle.sheetnames)
    else:
        handle = _open_xls(path)
        names = handle.sheet_names()
    book = Workbook(path, kind, names)
    book.handle = handle
    return book


def close_workbook(book: Workbook) -> None:
    handle, book.handle = book.handle, None
    if handle is None:
        return
    if book.kind == "xlsx":
        handle.close()
    else:
        handle.release_resources()


def read_sheet(book: Workbook, name: str | None = None, progress: Progress | None = None) -> Sheet:
    """One sheet's rows (the first sheet when name is None)."""
    if name is None:
        name = book.sheet_names[0]
    if name not in book.sheet_names:
        raise UserError(f"Tệp không có trang “{name}”. Các trang: {', '.join(book.sheet_names)}.")
    if name not in book.sheets:
        if book.handle is None:
            book.handle = open_workbook(book.path).handle
        reader = _read_xlsx if book.kind == "xlsx" else _read_xls
        sheet = Sheet(name, list(reader(book, name, progress)))
        while sheet.rows and not any(c not in (None, "") for c in sheet.rows[-1]):
            sheet.rows.pop()
        book.sheets[name] = sheet
    return book.sheets[name]


# --- .xlsx ---------------------------------------------------------------------------------


def _open_xlsx(path: Path):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, rich_text=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}). "
            "Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại."
        ) from None


def _run_font(run: Any, ns: str) -> str | None:
    props = run.find(f"{{{ns}}}rPr")
    font = props.find(f"{{{ns}}}rFont") if props is not None else None
    return encoding_for_font(font.get("val")) if font is not None else None


def _shared_strings(handle: Any) -> list[Any]:
    """The shared strings: plain text, or (text, run font's encoding | None) runs for a string
    typed in several fonts. Faster than openpyxl's rich-text reading, which builds an object
    for every string."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.xml.constants import SHEET_MAIN_NS as ns

    archive = handle._archive
    names = [n for n in archive.namelist() if n.lower().endswith("sharedstrings.xml")]
    if not names:
        return []
    si, r, t = f"{{{ns}}}si", f"{{{ns}}}r", f"{{{ns}}}t"
    out: list[Any] = []
    with archive.open(names[0]) as src:
        for _event, node in iterparse(src):
            if node.tag != si:
                continue
            runs = node.findall(r)
            if runs:
                out.append(
                    tuple(
                        ("".join(x.text or "" for x in run.iter(t)), _run_font(run, ns))
                        for run in runs
                    )
                )
            else:
                first = node.find(t)
                out.append((first.text or "") if first is not None else "")
            node.clear()
    return [s.replace("_x005F_", "_") if isinstance(s, str) else s for s in out]


def _read_xlsx(book: Workbook, name: str, progress: Progress | None) -> Iterator[list[Any]]:
    """Rows of one sheet, streamed from the XML with openpyxl's read-only parser, with every
    cell's font (the read-only cells drop rich-text runs, so the strings are read here)."""
    from openpyxl.cell.rich_text import CellRichText
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS as ns

    inline, run_tag, t_tag = f"{{{ns}}}is", f"{{{ns}}}r", f"{{{ns}}}t"

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict:
            """Inline strings (files written by other programs than Excel, openpyxl among them)
            read directly; as rich text only when they have runs."""
            if element.get("t") == "inlineStr":
                child = element.find(inline)
                if child is not None and child.find(run_tag) is None:
                    coordinate = element.get("r")
                    if coordinate:
                        row, column = coordinate_to_tuple(coordinate)
                        self.col_counter = column
                    else:
                        self.col_counter += 1
                        row, column = self.row_counter, self.col_counter
                    return {
                        "row": row,
                        "column": column,
                        "data_type": "s",
                        "value": "".join(x.text or "" for x in child.iter(t_tag)),
                        "style_id": int(element.get("s", 0)),
                    }
                self.rich_text = True
            return super().parse_cell(element)

    path, handle = book.path, book.handle
    ws = handle[name]
    if (ws.max_row or 0) > MAX_ROWS + 50:
        raise _too_many(path, name)
    strings = _shared_strings(handle)
    fonts = [encoding_for_font(getattr(f, "name", None)) for f in handle._fonts]
    styles = handle._cell_styles
    cell_enc: dict[int, str | None] = {}

    def enc_of(style_id: Any) -> str | None:
        style_id = int(style_id or 0)
        if style_id not in cell_enc:
            try:
                cell_enc[style_id] = fonts[styles[style_id].fontId]
            except (IndexError, AttributeError):
                cell_enc[style_id] = None
        return cell_enc[style_id]

    with ws._get_source() as src:
        parser = Parser(
            src,
            strings,
            data_only=True,
            epoch=handle.epoch,
            date_formats=handle._date_formats,
            timedelta_formats=handle._timedelta_formats,
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
                if isinstance(value, str):
                    value = ((value, enc_of(c["style_id"])),) if value else None
                elif isinstance(value, tuple):  # shared string in several fonts
                    base = enc_of(c["style_id"])
                    value = tuple((text, enc or base) for text, enc in value if text) or None
                elif isinstance(value, CellRichText):
                    base = enc_of(c["style_id"])
                    value = (
                        tuple(
                            (block, base)
                            if isinstance(block, str)
                            else (
                                block.text,
                                encoding_for_font(block.font.rFont)
                                if block.font is not None and block.font.rFont
                                else base,
                            )
                            for block in value
                        )
                        or None
                    )
                out.append(value)
            yield out


# --- .xls ----------------------------------------------------------------------------------
# xlrd 2.x reads the old binary format only, is still released (2.0.2, 2025) and with
# formatting_info gives each cell's font and the font runs of rich text.


def _open_xls(path: Path):
    import xlrd

    try:
        return xlrd.open_workbook(str(path), formatting_info=True)
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _protected(path) from None
        raise UserError(
            f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}). "
            "Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại."
        ) from None
    except (OSError, ValueError, AssertionError, IndexError, KeyError) as exc:
        raise UserError(f"Không đọc được tệp “{path.name}” như bảng tính Excel ({exc}).") from None


def _read_xls(workbook: Workbook, name: str, progress: Progress | None) -> Iterator[list[Any]]:
    import xlrd

    path, book = workbook.path, workbook.handle
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


def is_date(value: Any) -> bool:
    return isinstance(value, dt.date | dt.datetime)
