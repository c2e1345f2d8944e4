"""The year's verdicts on paper: the decision recognising the grading of the village Ban công tác
Mặt trận with the summary table annexed (each criterion, the total, the rank, last year's), and
the list of commendations proposed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Paragraph

from desktop_app.core import grading
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, number, para, upper
from desktop_app.reports.numbering import SYMBOL_TAIL, issue
from desktop_app.reports.office import office_of
from desktop_app.reports.page import (
    LANDSCAPE,
    PORTRAIT,
    build_pdf,
    new_form,
    switch_orientation,
    text_width,
)
from desktop_app.reports.tables import Column, grid_table
from desktop_app.store.gradings import Gradings

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def _article(n: int, text: str) -> Paragraph:
    return Paragraph(f"<b>Điều {n}.</b> {para(text)}", styles.ARTICLE)


def rank_counts(rows: list[dict], criteria: grading.Criteria) -> list[tuple[str, int]]:
    return [(r.label, sum(1 for row in rows if row["rank"] == r.code)) for r in criteria.ranks]


def summary_table(rows: list[dict], criteria: grading.Criteria, width: float):
    """STT, khu dân cư, one column per criterion, total, rank, last year's total and rank."""
    columns = [Column("STT", 0.7, "center"), Column("Khu dân cư", 2.6)]
    columns += [
        Column(f"TC {i}\n({c.max} đ)", 1.0, "center", "Điểm theo tiêu chí")
        for i, c in enumerate(criteria.criteria, start=1)
    ]
    columns += [
        Column("Tổng điểm", 1.1, "center"),
        Column("Xếp loại", 1.6, "center"),
        Column("Điểm", 0.9, "center", "Năm trước"),
        Column("Xếp loại", 1.5, "center", "Năm trước"),
    ]
    body = []
    for n, row in enumerate(rows, start=1):
        scores = Gradings.scores_of(row)
        body.append(
            [
                n,
                row["village_name"],
                *[scores.get(c.code, "") for c in criteria.criteria],
                row["total"],
                criteria.rank_label(row["rank"]),
                number(row["previous_total"]) if row["previous_total"] is not None else "",
                criteria.rank_label(row["previous_rank"]) if row["previous_rank"] else "",
            ]
        )
    return grid_table(
        columns, body, width=width, font_size=11, empty_text="Chưa chấm điểm khu dân cư nào."
    )


def print_grading(
    store: Store, year: int, out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    """QUYẾT ĐỊNH công nhận kết quả chấm điểm, xếp loại Ban công tác Mặt trận năm Y, with the table."""
    if not 1900 <= year <= 2100:
        raise UserError("Năm phải từ 1900 đến 2100.")
    office = office_of(store)
    rows = store.gradings.query(year=year, commune_code=store.owner_code())
    if not rows:
        raise UserError(
            f"Chưa chấm điểm Ban công tác Mặt trận nào năm {year}. Hãy nhập điểm trước khi in."
        )
    versions = {r["criteria_version"] for r in rows}
    if len(versions) > 1:
        raise UserError(
            f"Các khu dân cư năm {year} được chấm theo các bộ tiêu chí khác nhau "
            f"({', '.join(map(str, sorted(versions)))}); hãy chấm lại theo cùng một bộ."
        )
    criteria = store.gradings.criteria(versions.pop())
    subject = f"Về việc công nhận kết quả chấm điểm, xếp loại Ban công tác Mặt trận các khu dân cư năm {year}"
    issued = issue(
        store,
        "QD",
        f"grading:{year}",
        subject,
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    width = text_width()
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=issued.number_line,
        place_date=header.place_date_line(office.place, issued.on),
    )
    story += header.title_block("Quyết định", [subject])
    story.append(Paragraph(para(upper(office.standing)), styles.ISSUER_TITLE))
    story.append(Paragraph("", styles.BODY_PLAIN))
    bases = [
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
        f"Căn cứ {criteria.title} (bộ tiêu chí số {criteria.version});",
        f"Xét kết quả tự chấm điểm của Ban công tác Mặt trận các khu dân cư và đề nghị của bộ phận "
        f"giúp việc Ban Thường trực {office.front},",
    ]
    story += [Paragraph(para(line), styles.BODY_ITALIC) for line in bases]
    story.append(Paragraph("QUYẾT ĐỊNH:", styles.ISSUER_TITLE))
    counts = "; ".join(f"{label}: {n}" for label, n in rank_counts(rows, criteria) if n)
    story.append(
        _article(
            1,
            f"Công nhận kết quả chấm điểm, xếp loại Ban công tác Mặt trận của {len(rows)} "
            f"khu dân cư năm {year} ({counts}), có bảng tổng hợp kèm theo.",
        )
    )
    story.append(
        _article(
            2,
            "Ban công tác Mặt trận các khu dân cư căn cứ kết quả xếp loại, phát huy ưu điểm, "
            "khắc phục hạn chế; kết quả là căn cứ xét thi đua, khen thưởng năm "
            f"{year}.",
        )
    )
    story += closing(
        office.signer,
        width=width,
        keep_with=[
            _article(
                3,
                f"Quyết định có hiệu lực kể từ ngày ký. Bộ phận giúp việc Ban "
                f"Thường trực {office.front} và Ban công tác Mặt trận các khu "
                "dân cư căn cứ Quyết định thi hành./.",
            )
        ],
        recipients=["Như Điều 3", f"Đảng ủy {office.unit} (b/c)", "Lưu: VT"],
    )
    story += switch_orientation(LANDSCAPE)
    wide = text_width(LANDSCAPE)
    reference = (
        f"(Kèm theo Quyết định số {issued.symbol} ngày {issued.on:%d/%m/%Y} của {office.standing})"
        if issued.symbol
        else f"(Kèm theo Quyết định số ....../{SYMBOL_TAIL['QD']} của {office.standing})"
    )
    story += header.title_block(
        "Bảng tổng hợp",
        [f"Kết quả chấm điểm, xếp loại Ban công tác Mặt trận các khu dân cư năm {year}"],
        italic_lines=[reference],
    )
    story.append(summary_table(rows, criteria, wide))
    legend = "; ".join(
        f"TC {i}: {c.label} ({c.max} điểm)" for i, c in enumerate(criteria.criteria, start=1)
    )
    story.append(Paragraph(para(legend + "."), styles.BODY_ITALIC))
    return build_pdf(
        out,
        story,
        orientation=PORTRAIT,
        title=f"Quyết định xếp loại Ban công tác Mặt trận {year}",
        author=office.front,
    )


PROPOSAL_COLUMNS = [
    Column("STT", 0.7, "center"),
    Column("Cá nhân, tập thể, hộ gia đình", 4.0),
    Column("Khu dân cư", 2.2),
    Column("Thành tích", 6.0),
    Column("Hình thức", 1.8, "center"),
    Column("Cấp khen", 2.4),
    Column("Trạng thái", 1.8, "center"),
]


def print_commendations(store: Store, year: int, out: str | os.PathLike[str]) -> Path:
    """DANH SÁCH đề nghị khen thưởng of the year (proposed and granted)."""
    if not 1900 <= year <= 2100:
        raise UserError("Năm phải từ 1900 đến 2100.")
    office = office_of(store)
    rows = store.commendations.query(year=year, commune_code=store.owner_code())
    width = text_width(LANDSCAPE)
    story = new_form(LANDSCAPE, first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(office.place, office.today),
    )
    story += header.title_block("Danh sách", [f"Đề nghị khen thưởng năm {year}"])
    body = [
        [
            n,
            clean(r["subject_name"]),
            clean(r["village_name"]),
            clean(r["reason"]),
            grading.COMMENDATION_FORMS.get(r["form"], r["form"]),
            grading.COMMENDATION_LEVELS.get(r["level"] or "", ""),
            grading.COMMENDATION_STATUSES.get(r["status"], r["status"]),
        ]
        for n, r in enumerate(rows, start=1)
    ]
    story.append(
        grid_table(
            PROPOSAL_COLUMNS,
            body,
            width=width,
            font_size=11,
            empty_text=f"Chưa có đề nghị khen thưởng nào năm {year}.",
        )
    )
    story += closing(office.signer, width=width)
    return build_pdf(
        out,
        story,
        orientation=LANDSCAPE,
        title=f"Danh sách đề nghị khen thưởng {year}",
        author=office.front,
    )
