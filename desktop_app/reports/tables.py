"""Ruled tables of the forms: header rows repeated on every page, rows never split.

A column may belong to a group ("Năm sinh" over "Nam" | "Nữ"): the header then has two rows,
the group spanning its columns and every other heading spanning both rows.

Long tables (a roster of 2,000 lines) are laid out page by page by `PagedTable`: each row's
height is measured once, and each page gets a reportlab Table of just the rows that fit, with
the header rows on top. reportlab's own splitting re-measures the whole remaining table at
every page break, which grows with the square of the length. Cells whose text fits on one
line are plain strings (cheap); only the others become Paragraphs that wrap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.reports import styles
from desktop_app.reports.fonts import BOLD, REGULAR
from desktop_app.reports.markup import clean, para

ALIGN_STYLES = {"left": styles.CELL, "center": styles.CELL_CENTER, "right": styles.CELL_RIGHT}
ALIGN_WORDS = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}
PAD_X, PAD_TOP, PAD_BOTTOM = 3, 2, 3


@dataclass(frozen=True)
class Column:
    heading: str
    share: float  # relative width
    align: str = "left"  # left | center | right
    group: str = ""  # a heading spanning this and the neighbouring columns of the same group


@dataclass(frozen=True)
class Heading:
    """A body row spanning the whole table, bold and left-aligned (a group's name)."""

    text: str


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


class PagedTable(Flowable):
    """A table that lays itself out page by page (see the module doc).

    `body_spans` are (first column, first row, last column, last row) merges in body rows;
    rows tied by a vertical merge stay on one page. `bold` rows are set in bold.
    """

    def __init__(
        self,
        header: list[list],
        head_commands: list,
        body: list[list],
        widths: list[float],
        *,
        size: float,
        leading: float,
        body_spans: Sequence[tuple[int, int, int, int]] = (),
        bold: Sequence[int] = (),
        aligns: Sequence[str] = (),
        start: int = 0,
        measured: dict | None = None,
    ) -> None:
        super().__init__()
        self.header, self.head_commands, self.body = header, head_commands, body
        self.widths, self.size, self.leading = widths, size, leading
        self.body_spans, self.bold, self.aligns = list(body_spans), list(bold), list(aligns)
        self.start = start
        self.hAlign = "CENTER"
        self.measured = measured if measured is not None else {}
        self.width = sum(widths)

    # ---- measuring -------------------------------------------------------------------
    def _cell_height(self, cell: Any, width: float) -> float:
        if isinstance(cell, Paragraph):
            return cell.wrap(width - 2 * PAD_X, 1e9)[1]
        return self.leading if cell != "" else 0

    def _heights(self) -> tuple[float, list[float], list[tuple[int, int]]]:
        """(header height, each body row's height, groups of rows kept together)."""
        if "rows" in self.measured:
            return self.measured["head"], self.measured["rows"], self.measured["groups"]
        spanned: dict[tuple[int, int], tuple[float, int]] = {}  # (row, col) → (width, last row)
        hidden: set[tuple[int, int]] = set()
        for c0, r0, c1, r1 in self.body_spans:
            spanned[(r0, c0)] = (sum(self.widths[c0 : c1 + 1]), r1)
            hidden |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        rows: list[float] = []
        tall: list[tuple[int, int, float]] = []
        for r, row in enumerate(self.body):
            height = 0.0
            for c, cell in enumerate(row):
                if (r, c) in hidden:
                    continue
                width, last = spanned.get((r, c), (self.widths[c], r))
                h = self._cell_height(cell, width)
                if last > r:
                    tall.append((r, last, h))
                else:
                    height = max(height, h)
            rows.append(height + PAD_TOP + PAD_BOTTOM)
        for first, last, h in tall:  # a merged cell taller than its rows grows the last one
            short = h + PAD_TOP + PAD_BOTTOM - sum(rows[first : last + 1])
            if short > 0:
                rows[last] += short
        ends = list(range(len(self.body)))  # the last row each row is merged with
        for _, r0, _, r1 in self.body_spans:
            for r in range(r0, r1 + 1):
                ends[r] = max(ends[r], r1)
        groups, r = [], 0
        while r < len(self.body):
            end, k = ends[r], r
            while k <= end:
                end, k = max(end, ends[k]), k + 1
            groups.append((r, end + 1))
            r = end + 1
        head = Table(self.header, colWidths=self.widths, style=self._style(len(self.header), []))
        self.measured.update(head=head.wrap(self.width, 1e9)[1], rows=rows, groups=groups)
        return self.measured["head"], rows, groups

    # ---- laying out ------------------------------------------------------------------
    def _style(self, head_count: int, body_commands: list) -> TableStyle:
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), REGULAR, self.size, self.leading),
            ("VALIGN", (0, 0), (-1, head_count - 1), "MIDDLE"),
            ("VALIGN", (0, head_count), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
            *self.head_commands,
        ]
        commands += [("ALIGN", (c, head_count), (c, -1), a) for c, a in enumerate(self.aligns)]
        return TableStyle(commands + body_commands)

    def _table(self, first: int, end: int) -> Table:
        head_count = len(self.header)
        shift = head_count - first
        commands: list = []
        for c0, r0, c1, r1 in self.body_spans:
            if first <= r0 and r1 < end:
                commands.append(("SPAN", (c0, r0 + shift), (c1, r1 + shift)))
        for r in self.bold:
            if first <= r < end:
                commands.append(
                    ("FONT", (0, r + shift), (-1, r + shift), BOLD, self.size, self.leading)
                )
        table = Table(
            self.header + self.body[first:end],
            colWidths=self.widths,
            repeatRows=head_count,
            splitByRow=1,
            splitInRow=0,
            hAlign="CENTER",
        )
        table.setStyle(self._style(head_count, commands))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        head, rows, _ = self._heights()
        self.height = head + sum(rows[self.start :])
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head, rows, groups = self._heights()
        used, end = head, self.start
        for first, last in groups:
            if first < self.start:
                continue
            height = sum(rows[first:last])
            if used + height > available_height:
                break
            used, end = used + height, last
        if end == self.start:
            return []  # not even one row fits here: the frame moves the table on
        if end >= len(self.body):
            return [self._table(self.start, end)]
        return [self._table(self.start, end), self._rest(end)]

    def _rest(self, start: int) -> PagedTable:
        return PagedTable(
            self.header,
            self.head_commands,
            self.body,
            self.widths,
            size=self.size,
            leading=self.leading,
            body_spans=self.body_spans,
            bold=self.bold,
            aligns=self.aligns,
            start=start,
            measured=self.measured,
        )

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        table = self._table(self.start, len(self.body))
        table.wrapOn(canvas, self.width, self.height)
        table.drawOn(canvas, x, y, _sW)


def _cell(value: Any, style: ParagraphStyle, width: float) -> Any:
    """A plain string when it fits on one line, else a Paragraph that wraps."""
    text = clean(value)
    if not text:
        return ""
    if (
        "\n" not in text
        and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD_X - 0.5
    ):
        return text
    return Paragraph(para(text), style)


def grid_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any] | Heading],
    *,
    width: float,
    font_size: float = styles.TABLE_SIZE,
    empty_text: str = "Không có dữ liệu.",
    bold_rows: Sequence[int] = (),
    spans: Sequence[tuple[int, int, int]] = (),
    row_spans: Sequence[tuple[int, int, int]] = (),
) -> PagedTable:
    """A ruled table filling `width`; `rows` hold plain values (None prints empty) or Headings.

    `bold_rows` are body-row indexes printed bold (a total line); `spans` are
    (row, first column, last column) merges within the body, `row_spans` (column, first row,
    last row) ones; rows merged that way are kept on one page.
    """
    cell_styles = {name: _sized(style, font_size) for name, style in ALIGN_STYLES.items()}
    bold_styles = {
        name: ParagraphStyle(f"{style.name}-bold", parent=style, fontName=BOLD)
        for name, style in cell_styles.items()
    }
    head_style = _sized(styles.CELL_HEAD, font_size)
    header, head_commands = _header_rows(columns, head_style)
    total_share = sum(c.share for c in columns)
    widths = [width * c.share / total_share for c in columns]
    bold = set(bold_rows)
    body: list[list] = []
    body_spans = [(first, row, last, row) for row, first, last in spans]
    body_spans += [(column, first, column, last) for column, first, last in row_spans]
    heading_style = ParagraphStyle("heading-row", parent=bold_styles["left"])
    for row_index, row in enumerate(rows):
        if isinstance(row, Heading):
            body.append([Paragraph(para(row.text), heading_style)] + [""] * (len(columns) - 1))
            body_spans.append((0, row_index, len(columns) - 1, row_index))
            continue
        chosen = bold_styles if row_index in bold else cell_styles
        body.append(
            [
                _cell(value, chosen[column.align], w)
                for column, value, w in zip(columns, row, widths, strict=True)
            ]
        )
    if not body:
        italic = ParagraphStyle(
            "empty", parent=cell_styles["center"], fontName=styles.BODY_ITALIC.fontName
        )
        body.append([Paragraph(para(empty_text), italic)] + [""] * (len(columns) - 1))
        body_spans.append((0, 0, len(columns) - 1, 0))
    return PagedTable(
        header,
        head_commands,
        body,
        widths,
        size=font_size,
        leading=cell_styles["left"].leading,
        body_spans=body_spans,
        bold=sorted(bold),
        aligns=[ALIGN_WORDS[c.align] for c in columns],
    )
