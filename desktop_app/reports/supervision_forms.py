"""The forms of the Front's supervision (giám sát):

    print_supervision_plan(store, year, out)        the year's plan: every supervision planned, its
        form, time, the body or team that carries it out;
    print_supervision_report(store, supervision_id, out)   one supervision's report: subject, form,
        team, time, findings, and its recommendations with the agencies' replies.

Wording is data (resources/data/petition_forms.json); numbers from the outgoing-documents register.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, para
from desktop_app.reports.numbering import issue
from desktop_app.reports.office import office_of
from desktop_app.reports.page import PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.petitions_report import _values, answer_text, fill, wording
from desktop_app.reports.tables import Column, grid_table

if TYPE_CHECKING:
    from desktop_app.store.db import Store

PLAN_COLUMNS = [
    Column("STT", 0.6, "center"),
    Column("Nội dung giám sát", 3.6),
    Column("Hình thức", 2.0),
    Column("Thời gian", 1.5, "center"),
    Column("Chủ trì, thực hiện", 2.0),
]
RECOMMENDATION_COLUMNS = [
    Column("STT", 0.6, "center"),
    Column("Nội dung kiến nghị", 3.6),
    Column("Cơ quan, đơn vị", 1.7),
    Column("Hạn trả lời", 1.3, "center"),
    Column("Kết quả trả lời", 2.6),
]


def when(row: dict) -> str:
    start, end = display(row.get("start_date")), display(row.get("end_date"))
    if start and end and start != end:
        return f"{start} – {end}"
    return start or "Trong năm"


def carried_by(store: Store, row: dict) -> str:
    if row.get("body_name"):
        return clean(row["body_name"])
    team = store.supervisions.team(row)
    if team:
        return "Đoàn giám sát: " + ", ".join(clean(p["full_name"]) for p in team)
    return "Ban Thường trực Ủy ban MTTQ xã"


def print_supervision_plan(
    store: Store, year: int, out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    office = office_of(store)
    words = wording("supervision_plan")
    values = _values(store, office, year=year)
    subject = fill(words["subject"], **values)
    issued = issue(
        store,
        "KH",
        f"supervision-plan:{year}",
        f"Kế hoạch {subject.lower()}",
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    rows = store.supervisions.query(year=year)
    width = text_width(PORTRAIT)
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=issued.number_line,
        place_date=header.place_date_line(office.place, issued.on),
    )
    story += header.title_block(words["title"], [subject])
    story.append(Paragraph(para(words["purpose"]), styles.BODY_BOLD))
    story.append(Paragraph(para(fill(words["purpose_text"], **values)), styles.BODY))
    story.append(Paragraph(para(words["content"]), styles.BODY_BOLD))
    body = [
        [
            i,
            r["subject"],
            enums.label(enums.SUPERVISION_FORMS, r["form"]),
            when(r),
            carried_by(store, r),
        ]
        for i, r in enumerate(rows, start=1)
    ]
    story.append(
        grid_table(
            PLAN_COLUMNS,
            body,
            width=width,
            font_size=11,
            empty_text=f"Chưa có cuộc giám sát nào trong kế hoạch năm {year}.",
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(para(words["organisation"]), styles.BODY_BOLD))
    last = Paragraph(para(fill(words["organisation_text"], **values)), styles.BODY)
    story += closing(
        office.signer,
        width=width,
        recipients=[fill(r, **values) for r in words["recipients"]],
        keep_with=[last],
    )
    return build_pdf(out, story, title=f"Kế hoạch {subject.lower()}", author=office.front)


def print_supervision_report(
    store: Store, supervision_id: str, out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    office = office_of(store)
    found = [r for r in store.supervisions.query() if r["id"] == supervision_id]
    if not found:
        raise UserError(
            f"Không tìm thấy cuộc giám sát (mã {supervision_id}). Xem mã bằng lệnh "
            "`somattran list supervisions --format json`."
        )
    row = found[0]
    words = wording("supervision_report")
    values = _values(
        store, office, year=row["year"], subject=clean(row["subject"]).rstrip(".").lower()
    )
    subject = fill(words["subject"], **values)
    issued = issue(
        store,
        "BC",
        f"supervision-report:{supervision_id}",
        f"Báo cáo {subject.lower()}",
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    recommendations = store.recommendations.for_supervision(supervision_id)
    width = text_width(PORTRAIT)
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=issued.number_line,
        place_date=header.place_date_line(office.place, issued.on),
    )
    story += header.title_block(words["title"], [subject])
    story.append(Paragraph(para(fill(words["intro"], **values)), styles.BODY))
    story.append(Paragraph(para(words["section_general"]), styles.BODY_BOLD))
    general = [
        f"- Nội dung giám sát: {clean(row['subject'])}.",
        f"- Hình thức: {enums.label(enums.SUPERVISION_FORMS, row['form'])}.",
        f"- Chủ trì, thực hiện: {carried_by(store, row)}.",
        f"- Thời gian: {when(row)}.",
    ]
    story += [Paragraph(para(line), styles.BODY) for line in general]
    story.append(Paragraph(para(words["section_findings"]), styles.BODY_BOLD))
    story.append(Paragraph(para(row.get("findings") or "Chưa ghi kết quả giám sát."), styles.BODY))
    story.append(Paragraph(para(words["section_recommendations"]), styles.BODY_BOLD))
    answered = sum(r["status"] in ("answered", "resolved") for r in recommendations)
    overdue = sum(bool(r["overdue"]) for r in recommendations)
    story.append(
        Paragraph(
            para(
                f"Sau giám sát, Ban Thường trực đã kiến nghị {len(recommendations)} nội dung; đã được trả lời {answered}, "
                f"chưa được trả lời {len(recommendations) - answered}, trong đó quá hạn {overdue}."
            ),
            styles.BODY,
        )
    )
    body = [
        [i, r["content"], r.get("agency") or "", display(r.get("due_date")), answer_text(r)]
        for i, r in enumerate(recommendations, start=1)
    ]
    story.append(
        grid_table(
            RECOMMENDATION_COLUMNS,
            body,
            width=width,
            font_size=11,
            empty_text="Cuộc giám sát không có kiến nghị.",
        )
    )
    last = Paragraph(para(fill(words["closing"], **values)), styles.BODY)
    story += closing(
        office.signer,
        width=width,
        recipients=[fill(r, **values) for r in words["recipients"]],
        keep_with=[Spacer(1, 2 * mm), last],
    )
    return build_pdf(out, story, title=f"Báo cáo {subject.lower()}", author=office.front)
