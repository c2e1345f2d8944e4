"""The header blocks (thể thức) of a document: the Front's, the Party's, and the title block.

Front (Decree 30/2020/NĐ-CP, Appendix I): the superior body ("ỦY BAN MTTQ VIỆT NAM / XÃ …")
upright, the issuing body ("BAN THƯỜNG TRỰC") in bold:

    ỦY BAN MTTQ VIỆT NAM            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       XÃ HỮU LŨNG                     Độc lập - Tự do - Hạnh phúc
     BAN THƯỜNG TRỰC                   ───────────────────────────
        ───────
  Số: 12/QĐ-MTTQ-BTT              Hữu Lũng, ngày 26 tháng 11 năm 2026

Party (Hướng dẫn 36-HD/VPTW): the issuer on the left with an asterisk beneath, a hyphenated
number ("Số 12-NX/CB"), and "ĐẢNG CỘNG SẢN VIỆT NAM" underlined on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop_app.core.dates import spoken
from desktop_app.reports import styles
from desktop_app.reports.fonts import REGULAR
from desktop_app.reports.markup import clean, para, upper

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SUB = "Độc lập - Tự do - Hạnh phúc"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
FRONT = "ỦY BAN MTTQ VIỆT NAM"
STANDING = "BAN THƯỜNG TRỰC"
LEFT_SHARE = 0.42


def rule(width: float, *, space_before: float = 1, space_after: float = 2) -> HRFlowable:
    """A centred black rule of an exact width (under the motto, the issuer, the title)."""
    return HRFlowable(
        width=width,
        thickness=0.6,
        color=colors.black,
        hAlign="CENTER",
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


def _width_of(text: str, style) -> float:
    return stringWidth(text, style.fontName, style.fontSize)


def place_date_line(place: str, when: date | None, *, year: int | None = None) -> str:
    """'Hữu Lũng, ngày 26 tháng 11 năm 2026'; without a date, blanks to fill in by hand."""
    place_text = clean(place)
    if when is not None:
        tail = spoken(when)
    else:
        tail = f"ngày {'.' * 6} tháng {'.' * 6} năm {year if year else '.' * 8}"
    return f"{place_text}, {tail}" if place_text else tail[0].upper() + tail[1:]


def front_number(number: int | None, symbol: str) -> str:
    """'Số: 12/QĐ-MTTQ-BTT', or 'Số: ....../QĐ-MTTQ-BTT' to be numbered by hand."""
    shown = str(number) if number else "......"
    return f"Số: {shown}/{clean(symbol)}"


def party_number(number: int | None, symbol: str) -> str:
    """The Party's hyphenated form: 'Số 12-NX/CB'."""
    shown = str(number) if number else "......"
    return f"Số {shown}-{clean(symbol)}"


def _two_columns(
    left: list, right: list, bottom_left: list, bottom_right: list, width: float
) -> Table:
    left_width = width * LEFT_SHARE
    table = Table(
        [[left, right], [bottom_left, bottom_right]],
        colWidths=[left_width, width - left_width],
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        )
    )
    return table


def front_header(
    *,
    unit_line: str,
    width: float,
    number_line: str | None,
    place_date: str | None,
    issuer: str = STANDING,
    upper_line: str = FRONT,
) -> list[Flowable]:
    """The Front's header; `unit_line` is the commune ('XÃ HỮU LŨNG'), printed upper case.

    `number_line` (from `front_number`) is left out for forms without a number, such as lists.
    """
    superior = [line for line in (upper(upper_line), upper(unit_line)) if line]
    issuing = upper(issuer)
    # Decree 30: the superior body's name upright, only the issuing body in bold.
    left: list = [Paragraph(para(line), styles.HEAD_LEFT) for line in superior]
    if issuing:
        left.append(Paragraph(para(issuing), styles.HEAD_LEFT_BOLD))
    widths = [_width_of(line, styles.HEAD_LEFT) for line in superior]
    if issuing:
        widths.append(_width_of(issuing, styles.HEAD_LEFT_BOLD))
    longest = max(widths)
    left.append(rule(min(longest * 0.4, 35 * mm), space_before=2))
    right: list = [
        Paragraph(MOTTO, styles.MOTTO),
        Paragraph(MOTTO_SUB, styles.MOTTO_SUB),
        rule(_width_of(MOTTO_SUB, styles.MOTTO_SUB), space_before=2),
    ]
    bottom_left = [Paragraph(para(number_line), styles.NUMBER)] if number_line else []
    bottom_right = [Paragraph(para(place_date), styles.PLACE_DATE)] if place_date else []
    return [_two_columns(left, right, bottom_left, bottom_right, width), Spacer(1, 8 * mm)]


def party_header(
    *,
    upper_line: str,
    issuer: str,
    width: float,
    number_line: str | None,
    place_date: str | None,
    space_after: float = 8 * mm,
) -> list[Flowable]:
    """The Party's header: 'ĐẢNG BỘ XÃ …' over the issuer in bold, an asterisk beneath."""
    left: list = []
    if clean(upper_line):
        left.append(Paragraph(para(upper(upper_line)), styles.HEAD_LEFT))
    left.append(Paragraph(para(upper(issuer)), styles.HEAD_LEFT_BOLD))
    left.append(Paragraph("*", styles.HEAD_LEFT))
    right: list = [
        Paragraph(PARTY, styles.PARTY_NAME),
        rule(_width_of(PARTY, styles.PARTY_NAME), space_before=1.5),
    ]
    bottom_left = [Paragraph(para(number_line), styles.NUMBER)] if number_line else []
    bottom_right = [Paragraph(para(place_date), styles.PLACE_DATE)] if place_date else []
    return [_two_columns(left, right, bottom_left, bottom_right, width), Spacer(1, space_after)]


def title_block(
    title: str,
    summary: Sequence[str] = (),
    *,
    italic_lines: Sequence[str] = (),
    rule_under: bool = True,
    space_after: float = 6 * mm,
) -> list[Flowable]:
    """The kind of document in bold capitals, its summary (trích yếu) in bold, a short rule."""
    block: list[Flowable] = [Paragraph(para(upper(title)), styles.TITLE)]
    for line in summary:
        if clean(line):
            block.append(Paragraph(para(line), styles.SUBTITLE))
    for line in italic_lines:
        if clean(line):
            block.append(Paragraph(para(line), styles.SUBTITLE_ITALIC))
    if rule_under:
        block.append(rule(40 * mm, space_before=4, space_after=0))
    block.append(Spacer(1, space_after))
    return block
