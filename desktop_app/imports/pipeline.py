"""The steps of an import in one place, for the command line and the window alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import UserError
from desktop_app.imports.columns import Layout, apply_mapping, find_layout, load_mapping
from desktop_app.imports.plan import Plan, build_plan
from desktop_app.imports.reader import Sheet, Workbook, close_workbook, open_workbook, read_sheet

if TYPE_CHECKING:
    from desktop_app.store.db import Store


@dataclass
class Prepared:
    book: Workbook
    sheet: Sheet
    layout: Layout
    plan: Plan


def read(
    path: str | Path,
    sheet: str | None = None,
    progress: Callable[[int, int], object] | None = None,
    target: str | None = None,
    strict: bool = True,
) -> tuple[Workbook, Sheet]:
    """The workbook and one sheet's rows. Without a sheet named, the first sheet, or (given the
    target) the first sheet whose header names the target's key column: an office's file often
    has a cover or a summary sheet before the list. Not strict (the wizard, where the officer
    picks the sheet and header row next), a file with no such sheet gives its first sheet."""
    book = open_workbook(path)
    if not book.sheet_names:
        close_workbook(book)
        raise UserError("Tệp không có trang tính nào.")
    names = [sheet] if sheet is not None or target is None else book.sheet_names
    first_error: UserError | None = None
    try:
        for name in names:
            data = read_sheet(book, name, progress)
            try:
                if not any(any(c not in (None, "") for c in row) for row in data.rows):
                    raise UserError(f"Trang “{data.name}” trống: không có dữ liệu để nhập.")
                if target is not None and sheet is None:
                    find_layout(data.rows, target)
                return book, data
            except UserError as exc:
                first_error = first_error or exc
                if len(names) == 1:
                    raise
        if not strict:
            return book, read_sheet(book, names[0], progress)
        raise first_error  # type: ignore[misc]
    finally:
        close_workbook(book)  # read_sheet opens it again for another sheet


def prepare(
    store: Store,
    path: str | Path,
    target: str,
    *,
    sheet: str | None = None,
    mapping_path: str | Path | None = None,
    header_row: int | None = None,
    body_id: str | None = None,
    text_encoding: str = "auto",
    add_duplicates: bool = False,
    progress: Callable[[int, int], object] | None = None,
) -> Prepared:
    """Read the file, find its header and columns, and plan every row (nothing written)."""
    mapping = load_mapping(mapping_path) if mapping_path else None
    if mapping:
        sheet = sheet or mapping.get("sheet")
        if header_row is None and mapping.get("header_row"):
            header_row = int(mapping["header_row"]) - 1
        if text_encoding == "auto" and mapping.get("text_encoding") not in (None, "auto"):
            text_encoding = mapping["text_encoding"]
    book, data = read(path, sheet, progress, target)
    layout = find_layout(data.rows, target, header_row)
    if mapping:
        apply_mapping(layout, mapping)
    plan = build_plan(
        store,
        data,
        layout,
        target,
        Path(path).name,
        body_id=body_id,
        text_encoding=text_encoding,
        add_duplicates=add_duplicates,
        progress=progress,
    )
    return Prepared(book, data, layout, plan)
