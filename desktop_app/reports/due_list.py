"""The list of Regulation-213 members due a comment in a year, village by village, with where
each stands in the round (requested, commented, confirmed, returned; overdue).

It is the commune party committee's paper, not the Front's: an unsigned working list, or as a
setting (`reg213_due_list_header`) under the Party's header, never signed by the Front. The
regulation it cites is the comment form's (data)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop_app.core.dates import display
from desktop_app.core.enums import ROUND_STATUSES
from desktop_app.reports import header, styles
from desktop_app.reports.markup import clean, para
from desktop_app.reports.office import office_of, village_label
from desktop_app.reports.page import LANDSCAPE, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, Heading, grid_table

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COLUMNS = [
    Column("STT", 0.9, "center"),
    Column("Họ và tên", 3.6),
    Column("Nam", 1.2, "center", "Năm sinh"),
    Column("Nữ", 1.2, "center", "Năm sinh"),
    Column("Nơi công tác", 4.0),
    Column("Tổ chức đảng nơi công tác", 4.0),
    Column("Ngày đăng ký", 1.9, "center"),
    Column("Tình trạng", 2.6),
    Column("Ghi chú", 2.0),
]
LEFT_OUT = ("exempt",)  # exempt members owe no comment


def member_row(position: int, member: dict, person: dict) -> list:
    year = clean(person.get("birth_date"))[:4]
    notes = []
    if member.get("overdue"):
        notes.append("Quá hạn")
    if member.get("registration_overdue"):
        notes.append("Chưa đăng ký, quá hạn")
    if member.get("changed_after_confirmation"):
        notes.append(f"Sửa sau xác nhận (lần {member.get('version')})")
    return [
        position,
        member.get("full_name"),
        year if person.get("sex") == "male" else "",
        year if person.get("sex") == "female" else "",
        member.get("workplace"),
        member.get("workplace_party_org"),
        display(member.get("registered_date")),
        ROUND_STATUSES.get(member.get("status"), member.get("status")),
        "; ".join(notes),
    ]


def print_due_list(
    store: Store, year: int, out: str | os.PathLike[str], *, village_id: str | None = None
) -> Path:
    """Members due a comment in `year` (exempt ones left out), grouped by village."""
    office = office_of(store)
    groups = store.evaluations.checklist(year, village_id)
    rows: list = []
    total = overdue = 0
    villages = {v["id"]: v for v in store.villages.all()}
    for group in groups:
        members = [m for m in group["members"] if m.get("status") not in LEFT_OUT]
        if not members:
            continue
        late = sum(1 for m in members if m.get("overdue"))
        village = villages.get(group.get("village_id") or "")
        name = village_label(village) or group.get("village_name")
        late_text = f"; quá hạn {late}" if late else ""
        rows.append(Heading(f"{name[:1].upper()}{name[1:]} ({len(members)} đảng viên{late_text})"))
        for position, member in enumerate(members, start=1):
            rows.append(member_row(position, member, store.people.get(member["person_id"]) or {}))
        total += len(members)
        overdue += late
    width = text_width(LANDSCAPE)
    story = new_form(LANDSCAPE, first=True)
    form = store.evaluations.round_form(office.today)
    place_date = header.place_date_line(office.place, office.today)
    if store.settings("reg213_due_list_header") == "party":
        # The commune party committee's paper, under the Party's header; still unsigned.
        story += header.party_header(
            upper_line="", issuer=office.party, width=width, number_line=None, place_date=place_date
        )
    else:
        # A working list for the party committee and the village party cells: no letterhead
        # of the Front, no number, no signature.
        story.append(Paragraph(para(place_date), styles.PLACE_DATE_RIGHT))
        story.append(Spacer(1, 4 * mm))
    due = store.evaluations.due_date(year)
    story += header.title_block(
        "Danh sách",
        [f"Đảng viên giữ mối liên hệ với nơi cư trú cần nhận xét năm {year}"],
        italic_lines=[f"(Theo {form.regulation}; hạn gửi nhận xét: {display(due.isoformat())})"],
    )
    story.append(
        grid_table(
            COLUMNS,
            rows,
            width=width,
            font_size=11,
            empty_text=f"Không có đảng viên nào cần nhận xét năm {year}.",
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(para(f"Tổng số {total} đảng viên; quá hạn {overdue}."), styles.BODY_ITALIC)
    )
    story.append(
        Paragraph(
            para("(Danh sách dùng để theo dõi, không ký, không đóng dấu.)"), styles.BODY_ITALIC
        )
    )
    made = build_pdf(
        out,
        story,
        orientation=LANDSCAPE,
        title=f"Danh sách đảng viên cần nhận xét năm {year}",
        author=office.front,
    )
    store.audit_print("due_list", total, {"year": year})  # party members: sensitive data
    return made
