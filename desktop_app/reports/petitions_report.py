"""The forms of the people's opinions and recommendations (ý kiến, kiến nghị):

    print_petitions_report(store, date_from, date_to, out)   the report of a round or period, by
        field, with the counts answered / unanswered (overdue among them), then every
        recommendation of each field with where it came from and the answer;
    print_forwarding_letter(store, ids, out)                 the letter (công văn) forwarding
        recommendations to one agency, with the list and the date the reply is due.

A group of similar opinions counts once (it is one recommendation) and names every village it
came from. The wording is data (resources/data/petition_forms.json), the numbers come from the
outgoing-documents register (a reprint keeps its number).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, number, para
from desktop_app.reports.numbering import issue
from desktop_app.reports.office import Office, office_of
from desktop_app.reports.page import PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, Heading, grid_table
from desktop_app.store import refdata
from desktop_app.store.petitions import counts_by, opinions_in

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COUNT_COLUMNS = [
    Column("STT", 0.7, "center"),
    Column("Lĩnh vực", 3.6),
    Column("Số kiến nghị", 1.3, "right"),
    Column("Đã trả lời", 1.3, "right"),
    Column("Chưa trả lời", 1.3, "right"),
    Column("Trong đó quá hạn", 1.3, "right"),
]
DETAIL_COLUMNS = [
    Column("STT", 0.6, "center"),
    Column("Nội dung kiến nghị (nơi phát sinh)", 4.4),
    Column("Cơ quan giải quyết", 1.7),
    Column("Kết quả trả lời", 2.6),
]


def wording(form: str) -> dict:
    return refdata.petition_wording()[form]


def fill(template: str, **values: object) -> str:
    """A wording template with its {…} filled; a placeholder the program does not know is left."""

    class Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return clean(template).format_map(Keep({k: clean(v) for k, v in values.items()}))


def _values(store: Store, office: Office, **more: object) -> dict:
    upper = clean((store.office() or {}).get("upper_name")) or "Ủy ban MTTQ Việt Nam cấp trên"
    return {"front": office.front, "unit": office.unit, "upper": upper, **more}


def origin(row: dict) -> str:
    """'(Nà Cạn, Khòn Pát)' for a group, '(Nà Cạn; ông Hoàng Văn Páo)' for one opinion."""
    if row.get("is_group"):
        places = ", ".join(sorted(set((row.get("origin_villages") or "").split(",")) - {""}))
        return f"{row.get('member_count') or 0} ý kiến của {places}" if places else ""
    parts = [p for p in (row.get("village_name"), row.get("raised_by")) if p]
    return "; ".join(parts) or enums.label(enums.PETITION_CHANNELS, row.get("channel"))


def answer_text(row: dict) -> str:
    if row.get("reply_date"):
        doc = f"Văn bản {row['reply_doc']} " if row.get("reply_doc") else ""
        text = f"{doc}ngày {display(row['reply_date'])}"
        if row.get("reply_content"):
            text += f": {row['reply_content']}"
        if row.get("status") == "resolved":
            text += " (đã giải quyết xong)"
        return text
    if row.get("overdue"):
        return f"Chưa trả lời, quá hạn (hạn {display(row['due_date'])})"
    if row.get("forwarded_date"):
        due = f", hạn {display(row['due_date'])}" if row.get("due_date") else ""
        return f"Đã chuyển ngày {display(row['forwarded_date'])}, chưa trả lời{due}"
    return "Chưa chuyển"


def content_cell(row: dict) -> str:
    where = origin(row)
    return f"{clean(row.get('content'))} ({where})" if where else clean(row.get("content"))


def print_petitions_report(
    store: Store,
    date_from: str,
    date_to: str,
    out: str | os.PathLike[str],
    *,
    reserve_number: bool = True,
) -> Path:
    """The report of the opinions and recommendations received from `date_from` to `date_to`."""
    if date_to < date_from:
        raise UserError("Ngày cuối của kỳ báo cáo phải sau ngày đầu.")
    office = office_of(store)
    words = wording("petitions_report")
    values = _values(store, office, date_from=display(date_from), date_to=display(date_to))
    subject = fill(words["subject"], **values)
    issued = issue(
        store,
        "BC",
        f"petitions-report:{date_from}:{date_to}",
        f"Báo cáo {subject.lower()}",
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    fields = refdata.petition_fields()
    counts = counts_by(store, "p.field", date_from, date_to)
    opinions, villages = opinions_in(store, date_from, date_to)
    rows = store.petitions.query(date_from=date_from, date_to=date_to, top_level=True)
    width = text_width(PORTRAIT)

    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=issued.number_line,
        place_date=header.place_date_line(office.place, issued.on),
    )
    story += header.title_block(
        words["title"], [subject], italic_lines=[fill(words["period_line"], **values)]
    )
    story.append(Paragraph(para(fill(words["intro"], **values)), styles.BODY))
    total = {
        k: sum(c[k] for c in counts.values())
        for k in ("total", "answered", "unanswered", "overdue", "resolved", "forwarded")
    }
    story.append(Paragraph(para(words["section_counts"]), styles.BODY_BOLD))
    story.append(
        Paragraph(
            para(
                f"Trong kỳ tiếp nhận {number(opinions)} ý kiến của cử tri và nhân dân ở {number(villages)} khu dân cư; "
                f"sau khi tổng hợp, gộp các ý kiến trùng nhau, có {number(total['total'])} kiến nghị. Đã chuyển "
                f"{number(total['forwarded'])} kiến nghị đến cơ quan có thẩm quyền; đã được trả lời "
                f"{number(total['answered'])} kiến nghị (giải quyết xong {number(total['resolved'])}); chưa được trả lời "
                f"{number(total['unanswered'])} kiến nghị, trong đó quá hạn {number(total['overdue'])}."
            ),
            styles.BODY,
        )
    )
    order = [f for f in fields if f in counts] + sorted(
        (k for k in counts if k not in fields), key=str
    )
    body: list = []
    for position, code in enumerate(order, start=1):
        c = counts[code]
        name = fields.get(code or "", code) or "Chưa phân loại"
        body.append(
            [
                position,
                name,
                number(c["total"]),
                number(c["answered"]),
                number(c["unanswered"]),
                number(c["overdue"]),
            ]
        )
    body.append(
        [
            "",
            "Tổng cộng",
            number(total["total"]),
            number(total["answered"]),
            number(total["unanswered"]),
            number(total["overdue"]),
        ]
    )
    story.append(grid_table(COUNT_COLUMNS, body, width=width, bold_rows=[len(body) - 1]))
    story.append(Spacer(1, 3 * mm))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph(para(words["section_detail"]), styles.BODY_BOLD))
    detail: list = []
    for code in order:
        mine = [r for r in rows if r.get("field") == code]
        if not mine:
            continue
        detail.append(
            Heading(f"{fields.get(code or '', code) or 'Chưa phân loại'} ({len(mine)} kiến nghị)")
        )
        for position, row in enumerate(mine, start=1):
            detail.append([position, content_cell(row), row.get("agency") or "", answer_text(row)])
    story.append(
        grid_table(
            DETAIL_COLUMNS,
            detail,
            width=width,
            font_size=11,
            empty_text="Trong kỳ không có ý kiến, kiến nghị nào.",
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


def print_forwarding_letter(
    store: Store, ids: list[str], out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    """The letter forwarding these recommendations (all sent to one agency) and asking for a reply."""
    office = office_of(store)
    rows = [r for r in (store.petitions.query(top_level=False)) if r["id"] in set(ids)]
    if not rows:
        raise UserError("Chưa chọn kiến nghị nào để chuyển.")
    agencies = {clean(r.get("agency")) for r in rows}
    if len(agencies) != 1 or not agencies.pop():
        raise UserError(
            "Một công văn chỉ chuyển kiến nghị đến một cơ quan: hãy chọn các kiến nghị đã ghi cùng "
            "một cơ quan nhận."
        )
    agency = clean(rows[0]["agency"])
    dues = sorted(r["due_date"] for r in rows if r.get("due_date"))
    forwarded = min((r["forwarded_date"] for r in rows if r.get("forwarded_date")), default=None)
    on = date.fromisoformat(forwarded) if forwarded else office.today
    words = wording("forwarding_letter")
    values = _values(
        store,
        office,
        agency=agency,
        count=number(len(rows)),
        due=display(dues[0]) if dues else "……………",
    )
    key = "forwarding-letter:" + ",".join(sorted(ids))
    issued = issue(
        store,
        "CV",
        key,
        fill(words["summary"], **values),
        on=on,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    width = text_width(PORTRAIT)
    story = new_form(first=True)
    # a letter's summary (V/v …) stands under its number (Decree 30)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=f"{issued.number_line}\n{fill(words['summary'], **values)}",
        place_date=header.place_date_line(office.place, issued.on),
    )
    story.append(Paragraph(para(fill(words["to"], **values)), styles.BODY_CENTER))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(para(fill(words["intro"], **values)), styles.BODY))
    body = [
        [i, content_cell(r), fields_name(r), display(r.get("due_date"))]
        for i, r in enumerate(rows, start=1)
    ]
    story.append(
        grid_table(
            [
                Column("STT", 0.6, "center"),
                Column("Nội dung kiến nghị (nơi phát sinh)", 5.0),
                Column("Lĩnh vực", 1.8),
                Column("Hạn trả lời", 1.3, "center"),
            ],
            body,
            width=width,
            font_size=11,
        )
    )
    last = Paragraph(para(fill(words["request"], **values)), styles.BODY)
    story += closing(
        office.signer,
        width=width,
        recipients=[fill(r, **values) for r in words["recipients"]],
        keep_with=[Spacer(1, 2 * mm), last],
    )
    return build_pdf(
        out, story, title=f"Công văn chuyển kiến nghị đến {agency}", author=office.front
    )


def fields_name(row: dict) -> str:
    return refdata.petition_fields().get(row.get("field") or "", row.get("field") or "")
