"""Ruled tables of the forms: header rows repeated on every page, rows never split.

A column may belong to a group ("Năm sinh" over "Nam" | "Nữ"): the header then has two rows,
the group spanning its columns and every other heading spanning both rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop_app.reports import styles
from desktop_app.reports.fonts import REGULAR
from desktop_app.reports.markup import para

ALIGN_STYLES = {"left": styles.CELL, "center": styles.CELL_CENTER, "right": styles.CELL_RIGHT}


@dataclass(frozen=True)
class Column:
    heading: str
    share: float  # relative width
    align: str = "left"  # left | center | right
    group: str = ""  # a heading spanning this and the neighbouring columns of the same group


def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    if style.fontSize == size:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.2)


def _header_rows(columns: Sequence[Column], head_style: ParagraphStyle) -> tuple[list[list], list]:
    grouped = any(c.group for c in columns)
    commands: list = []
    if not grouped:
        return [[Paragraph(para(c.heading), head_style) for c in columns]], commands
    top: list = []
    bottom: list = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if not column.group:
            top.append(Paragraph(para(column.heading), head_style))
            bottom.append("")
            commands.append(("SPAN", (index, 0), (index, 1)))
            index += 1
            continue
        end = index
        while end + 1 < len(columns) and columns[end + 1].group == column.group:
            end += 1
        top.append(Paragraph(para(column.group), head_style))
        top.extend([""] * (end - index))
        bottom.extend(Paragraph(para(c.heading), head_style) for c in columns[index : end + 1])
        if end > index:
            commands.append(("SPAN", (index, 0), (end, 0)))
        index = end + 1
    return [top, bottom], commands


def grid_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    width: float,
    font_size: float = styles.TABLE_SIZE,
    empty_text: str = "Không có dữ liệu.",
    bold_rows: Sequence[int] = (),
    spans: Sequence[tuple[int, int, int]] = (),
) -> Table:
    """A ruled table filling `width`; `rows` hold plain values (None prints empty).

    `bold_rows` are body-row indexes printed bold (a total line); `spans` are
    (row, first column, last column) merges within the body.
    """
    cell_styles = {name: _sized(style, font_size) for name, style in ALIGN_STYLES.items()}
    bold_styles = {
        name: ParagraphStyle(f"{style.name}-bold", parent=style, fontName=styles.CELL_BOLD.fontName)
        for name, style in cell_styles.items()
    }
    head_style = _sized(styles.CELL_HEAD, font_size)
    header, commands = _header_rows(columns, head_style)
    bold = set(bold_rows)
    body: list[list] = []
    for row_index, row in enumerate(rows):
        chosen = bold_styles if row_index in bold else cell_styles
        body.append(
            [
                Paragraph(text, chosen[column.align]) if (text := para(value)) else ""
                for column, value in zip(columns, row, strict=True)
            ]
        )
    head_count = len(header)
    for row_index, first, last in spans:
        commands.append(("SPAN", (first, head_count + row_index), (last, head_count + row_index)))
    if not body:
        italic = ParagraphStyle(
            "empty", parent=cell_styles["center"], fontName=styles.BODY_ITALIC.fontName
        )
        body.append([Paragraph(para(empty_text), italic)] + [""] * (len(columns) - 1))
        commands.append(("SPAN", (0, head_count), (-1, head_count)))
    total_share = sum(c.share for c in columns)
    table = Table(
        header + body,
        colWidths=[width * c.share / total_share for c in columns],
        repeatRows=head_count,
        splitByRow=1,
        splitInRow=0,
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, head_count - 1), "MIDDLE"),
                ("VALIGN", (0, head_count), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *commands,
            ]
        )
    )
    return table
