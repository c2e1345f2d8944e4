"""The campaign activities report (báo cáo kết quả các cuộc vận động) for a half-year or a
year, compared with the same period a year before.

The figures are the roll-up of store.rollups (one query each, by campaign and by village).
The report itself is portrait: the indicators of the period against the year before; its
annex, in landscape, gives every indicator by campaign and by village, each row of the
period above the same period a year before.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop_app.core import enums
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, number, para, percent
from desktop_app.reports.numbering import issue
from desktop_app.reports.office import Office, office_of
from desktop_app.reports.page import (
    LANDSCAPE,
    PORTRAIT,
    build_pdf,
    new_form,
    switch_orientation,
    text_width,
)
from desktop_app.reports.tables import Column, grid_table
from desktop_app.store import refdata, rollups

if TYPE_CHECKING:
    from desktop_app.store.db import Store

ANNEX_MEASURES = ("activities", *enums.INDICATORS)


def measure_label(measure: str) -> str:
    """The label a measure is printed under; what "households recognised" counts is campaign data."""
    return refdata.indicator_label(measure, rollups.MEASURE_LABELS[measure])


ANNEX_HEADINGS = {
    "activities": "Số hoạt động",
    **enums.INDICATORS,
    # the annex counts people over many activities, and its columns are narrow
    "participants": "Lượt người tham gia",
    "money_raised": "Tiền vận động (đồng)",
}
ANNEX_SHARES = {
    "money_raised": 2.0,
    "houses_cost": 1.8,
    "gifts_value": 1.8,
    "scholarships_value": 1.8,
}


def indicators_table(result: rollups.Rollup, width: float) -> Flowable:
    """Every measure of the period, the same period a year before, and the ratio."""
    columns = [
        Column("STT", 0.8, "center"),
        Column("Chỉ tiêu", 3.3),
        Column("Đơn vị", 1.6, "center"),
        Column(result.period.name, 2.0, "right"),
        Column(result.previous_period.name, 2.0, "right"),
        Column("So cùng kỳ (%)", 1.4, "right"),
    ]
    current, previous = result.total.current, result.total.previous
    rows = []
    for position, measure in enumerate(rollups.MEASURES, start=1):
        label = measure_label(measure).removesuffix(" (đồng)")
        rows.append(
            [
                position,
                label,
                rollups.MEASURE_UNITS[measure],
                number(current[measure]),
                number(previous[measure]),
                percent(rollups.change_percent(current[measure], previous[measure])),
            ]
        )
    return grid_table(columns, rows, width=width)


def _pairs(
    rows: Sequence[rollups.RollupRow], total: rollups.RollupRow | None
) -> tuple[list, list, list]:
    """Table rows (the period over the same period a year before), bold rows, row spans."""
    body: list = []
    bold: list[int] = []
    spans: list[tuple[int, int, int]] = []
    entries = [(str(n), r) for n, r in enumerate(rows, start=1)]
    if total is not None:
        entries.append(("", total))
    for position, row in entries:
        first = len(body)
        body.append(
            [position, row.label, "Kỳ này", *(number(row.current[m]) for m in ANNEX_MEASURES)]
        )
        body.append(["", "", "Cùng kỳ", *(number(row.previous[m]) for m in ANNEX_MEASURES)])
        spans += [(0, first, first + 1), (1, first, first + 1)]
        if row is total:
            bold += [first, first + 1]
    return body, bold, spans


def annex_table(
    name_heading: str,
    rows: Sequence[rollups.RollupRow],
    total: rollups.RollupRow | None,
    width: float,
) -> Flowable:
    columns = [Column("STT", 0.8, "center"), Column(name_heading, 3.6), Column("Kỳ", 1.3, "center")]
    columns += [
        Column(refdata.indicator_label(m, ANNEX_HEADINGS[m]), ANNEX_SHARES.get(m, 1.15), "right")
        for m in ANNEX_MEASURES
    ]
    body, bold, spans = _pairs(rows, total)
    return grid_table(
        columns,
        body,
        width=width,
        font_size=10,
        bold_rows=bold,
        row_spans=spans,
        empty_text="Không có số liệu.",
    )


def summary_paragraph(result: rollups.Rollup) -> str:
    c, p = result.total.current, result.total.previous
    households = measure_label("households_recognised")  # what the campaigns' data says they are
    households = households[:1].lower() + households[1:]
    money_ratio = rollups.change_percent(c["money_raised"], p["money_raised"])
    compared = (
        f" (cùng kỳ năm trước {number(p['money_raised'])} đồng, bằng {percent(money_ratio)}%)"
        if money_ratio is not None
        else ""
    )
    return (
        f"Trong kỳ, Ủy ban MTTQ và các Ban công tác Mặt trận tổ chức {number(c['activities'])} hoạt động "
        f"với {number(c['participants'])} lượt người tham gia; vận động được {number(c['money_raised'])} "
        f"đồng{compared}; xây mới {number(c['houses_built'])} nhà, sửa chữa {number(c['houses_repaired'])} "
        f"nhà với kinh phí {number(c['houses_cost'])} đồng; trao {number(c['gifts'])} suất quà trị giá "
        f"{number(c['gifts_value'])} đồng và {number(c['scholarships'])} suất học bổng trị giá "
        f"{number(c['scholarships_value'])} đồng; {number(c['beneficiaries'])} lượt người được hỗ trợ; "
        f"{number(c['households_recognised'])} {households}."
    )


def report_story(
    office: Office,
    result: rollups.Rollup,
    number_line: str,
    on,
    symbol: str | None,
    upper_name: str,
) -> list[Flowable]:
    width = text_width(PORTRAIT)
    period = result.period
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=number_line,
        place_date=header.place_date_line(office.place, on),
    )
    subject = f"Kết quả thực hiện các cuộc vận động {period.name.lower()}"
    story += header.title_block("Báo cáo", [subject])
    story.append(
        Paragraph(
            para(
                f"Ban Thường trực {office.front} báo cáo kết quả thực hiện các cuộc vận động, phong trào "
                f"thi đua {period.label.lower()}, so với cùng kỳ năm trước, như sau:"
            ),
            styles.BODY,
        )
    )
    story.append(Paragraph("I. KẾT QUẢ CHUNG", styles.BODY_BOLD))
    story.append(Paragraph(para(summary_paragraph(result)), styles.BODY))
    story.append(indicators_table(result, width))
    story.append(Spacer(1, 3 * mm))
    story.append(CondPageBreak(30 * mm))
    story.append(Paragraph("II. KẾT QUẢ THEO CUỘC VẬN ĐỘNG VÀ KHU DÂN CƯ", styles.BODY_BOLD))
    active = [r for r in result.by_campaign if r.current["activities"]]
    story.append(
        Paragraph(
            para(
                f"Trong kỳ có {len(active)} cuộc vận động, phong trào có hoạt động. Số liệu chi tiết theo từng "
                "cuộc vận động và từng khu dân cư, so với cùng kỳ năm trước, tại phụ lục kèm theo. Một hoạt "
                "động tổ chức ở nhiều khu dân cư được tính cho mỗi khu."
            ),
            styles.BODY,
        )
    )
    last = Paragraph(
        para(
            f"Trên đây là báo cáo kết quả thực hiện các cuộc vận động {period.name.lower()} "
            f"của Ban Thường trực {office.front}./."
        ),
        styles.BODY,
    )
    recipients = [
        f"Ban Thường trực {upper_name} (b/c)" if upper_name else "Cấp trên (b/c)",
        f"Đảng ủy {office.unit} (b/c)",
        "Lưu: VT",
    ]
    story += closing(office.signer, width=width, recipients=recipients, keep_with=[last])
    annex_width = text_width(LANDSCAPE)
    story += switch_orientation(LANDSCAPE)
    reference = (
        f"(Kèm theo Báo cáo số {symbol} ngày {on.strftime('%d/%m/%Y')} của Ban Thường trực {office.front})"
        if symbol
        else f"(Kèm theo Báo cáo của Ban Thường trực {office.front})"
    )
    story += header.title_block(
        "Phụ lục",
        [f"Kết quả thực hiện các cuộc vận động {period.label.lower()}"],
        italic_lines=[reference],
        space_after=4 * mm,
    )
    story.append(Paragraph("1. Theo cuộc vận động, phong trào", styles.BODY_BOLD))
    story.append(
        annex_table("Cuộc vận động, phong trào", result.by_campaign, result.total, annex_width)
    )
    story.append(Spacer(1, 4 * mm))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph("2. Theo khu dân cư", styles.BODY_BOLD))
    story.append(annex_table("Khu dân cư", result.by_village, None, annex_width))
    return story


def print_activity_report(
    store: Store,
    year: int,
    out: str | os.PathLike[str],
    *,
    half: int | None = None,
    reserve_number: bool = True,
) -> Path:
    """The report for year `year` (half 1 or 2, or the whole year when `half` is None), numbered
    from the outgoing-documents register (a reprint keeps its number and date)."""
    office = office_of(store)
    result = rollups.rollup(store, year, half)
    subject = f"Báo cáo kết quả thực hiện các cuộc vận động {result.period.name.lower()}"
    issued = issue(
        store,
        "BC",
        f"activity-report:{year}:{half or 'year'}",
        subject,
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    upper_name = clean((store.office() or {}).get("upper_name"))
    story = report_story(office, result, issued.number_line, issued.on, issued.symbol, upper_name)
    return build_pdf(out, story, title=subject, author=office.front)
