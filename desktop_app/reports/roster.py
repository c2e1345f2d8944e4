"""The roster (danh sách) of a body, or of every body of a register, for a term.

Columns as Vietnamese lists have them: STT, full name, year of birth split into Nam / Nữ,
ethnicity, role in the body, the organisation or branch represented (and the village for
the commune-wide boards). The same table is the annex of the recognition decision.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, para
from desktop_app.reports.office import Office, office_of
from desktop_app.reports.page import PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.store import refdata

if TYPE_CHECKING:
    from desktop_app.store.db import Store

# The register names of the command line (README) → body kinds.
REGISTER_KINDS = {
    "committees": "village_committee",
    "inspection-boards": "inspection_board",
    "supervision-boards": "supervision_board",
    "front-committee": "front_committee",
}
REGISTER_TITLES = {
    "village_committee": "Ban công tác Mặt trận các khu dân cư",
    "inspection_board": "Ban thanh tra nhân dân",
    "supervision_board": "Ban giám sát đầu tư của cộng đồng",
    "front_committee": "Ủy ban MTTQ Việt Nam",
}
WITH_VILLAGE = ("inspection_board", "supervision_board")
WITH_TERM = ("village_committee", "inspection_board", "front_committee")


def columns_for(kind: str) -> list[Column]:
    columns = [
        Column("STT", 1.1, "center"),
        Column("Họ và tên", 3.7),
        Column("Nam", 1.25, "center", "Năm sinh"),
        Column("Nữ", 1.25, "center", "Năm sinh"),
        Column("Dân tộc", 1.7, "center"),
        Column("Chức danh", 2.6),
    ]
    if kind == "inspection_board":
        # Every member is elected by one village: that village is what the member represents.
        columns.append(Column("Đại diện khu dân cư", 3.6))
        return columns
    columns.append(Column("Đại diện", 3.1))
    if kind in WITH_VILLAGE:
        columns.append(Column("Khu dân cư", 2.3))
    return columns


def role_label(kind: str, role: str | None) -> str:
    return enums.label(enums.FRONT_ROLES if kind == "front_committee" else enums.ROLES, role)


def member_row(number: int, member: dict, kind: str) -> list:
    year = clean(member.get("birth_date"))[:4]
    row = [
        number,
        member.get("full_name"),
        year if member.get("sex") == "male" else "",
        year if member.get("sex") == "female" else "",
        refdata.ethnic_name(member.get("ethnicity_code")),
        role_label(kind, member.get("role")),
    ]
    if kind == "inspection_board":
        row.append(member.get("village_name"))
        return row
    row.append(enums.label(enums.BRANCHES, member.get("branch")))
    if kind in WITH_VILLAGE:
        row.append(member.get("village_name"))
    return row


def roster_table(members: Sequence[dict], kind: str, width: float) -> Flowable:
    rows = [member_row(n, m, kind) for n, m in enumerate(members, start=1)]
    size = styles.SMALL_TABLE_SIZE if kind in WITH_VILLAGE else styles.TABLE_SIZE
    return grid_table(
        columns_for(kind), rows, width=width, font_size=size, empty_text="Ban chưa có thành viên."
    )


def summary_line(members: Sequence[dict]) -> str:
    """'Danh sách gồm 11 người (nữ: 5; dân tộc thiểu số: 8).'"""
    women = sum(1 for m in members if m.get("sex") == "female")
    minorities = sum(1 for m in members if m.get("ethnicity_code") not in (None, "", "01"))
    return f"Danh sách gồm {len(members)} người (nữ: {women}; dân tộc thiểu số: {minorities})."


def body_title(body: dict) -> str:
    """'Ban công tác Mặt trận Nà Cạn, nhiệm kỳ 2024–2029'."""
    name = clean(body.get("name")) or enums.label(enums.BODY_KINDS, body.get("kind"))
    term = clean(body.get("term_label"))
    if term and body.get("kind") in WITH_TERM and term not in name:
        name = f"{name}, nhiệm kỳ {term}"
    return name


def decision_reference(office: Office, symbol: str | None, on: str | None) -> str:
    """'(Kèm theo Quyết định số 50/QĐ-MTTQ-BTT ngày 12/09/2024 của Ban Thường trực …)'."""
    if not clean(symbol):
        return ""
    when = f" ngày {display(on)}" if on else ""
    return f"(Kèm theo Quyết định số {clean(symbol)}{when} của {office.standing})"


def members_for_print(store: Store, body: dict, on_date: str | None = None) -> list[dict]:
    """The members to list: on `on_date`; else the current ones of a current body, and those
    serving on the last day of the term of a body that was succeeded or dissolved."""
    if on_date:
        return store.bodies.members(body["id"], on_date=on_date)
    members = store.bodies.members(body["id"], current_only=True)
    if members:
        return members
    last_day = _last_day(store, body)
    return store.bodies.members(body["id"], on_date=last_day) if last_day else []


def _last_day(store: Store, body: dict) -> str | None:
    if body.get("dissolved_on"):
        return (date.fromisoformat(body["dissolved_on"]) - timedelta(days=1)).isoformat()
    successors = [
        b for b in store.bodies.query(kind=body["kind"]) if b.get("predecessor_id") == body["id"]
    ]
    if successors and successors[0].get("term_start"):
        return (date.fromisoformat(successors[0]["term_start"]) - timedelta(days=1)).isoformat()
    return None


def roster_section(
    office: Office,
    body: dict,
    members: Sequence[dict],
    width: float,
    *,
    reference: str | None = None,
) -> list[Flowable]:
    """Title lines and the table of one body (the whole roster, or the decision's annex)."""
    reference = (
        reference
        if reference is not None
        else decision_reference(office, body.get("decision_number"), body.get("decision_date"))
    )
    story = header.title_block("Danh sách", [body_title(body)], italic_lines=[reference])
    story.append(roster_table(members, body["kind"], width))
    if members:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(para(summary_line(members)), styles.BODY_ITALIC))
    return story


def require_body(store: Store, body_id: str) -> dict:
    body = store.bodies.get(body_id)
    if body is None:
        raise UserError(
            f"Không tìm thấy ban có mã “{body_id}”. Xem mã ban bằng lệnh "
            "“somattran list committees --format json” (hoặc inspection-boards, supervision-boards)."
        )
    return body


def print_body_roster(
    store: Store, body_id: str, out: str | os.PathLike[str], *, on_date: str | None = None
) -> Path:
    """The roster of one body for its term; `on_date` (ISO) lists the members on that day."""
    office = office_of(store)
    body = require_body(store, body_id)
    members = members_for_print(store, body, on_date)
    width = text_width()
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(office.place, office.today),
    )
    story += roster_section(office, body, members, width)
    story += closing(office.signer, width=width)
    return build_pdf(
        out, story, orientation=PORTRAIT, title=f"Danh sách {body_title(body)}", author=office.front
    )


def print_register_roster(
    store: Store, register: str, out: str | os.PathLike[str], *, village_id: str | None = None
) -> Path:
    """Every current body of a register (committees, inspection-boards, supervision-boards),
    each with its table, in one document; `village_id` keeps one village's bodies."""
    kind = REGISTER_KINDS.get(register, register)
    if kind not in REGISTER_TITLES:
        raise UserError(
            f"Sổ “{register}” không có danh sách ban. Chọn committees, inspection-boards hoặc "
            "supervision-boards."
        )
    office = office_of(store)
    bodies = store.bodies.query(kind=kind, village_id=village_id, current_only=True)
    width = text_width()
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(office.place, office.today),
    )
    title = REGISTER_TITLES[kind]
    if kind in ("inspection_board", "front_committee"):
        title = f"{title} {office.unit}"
    story += header.title_block("Danh sách", [title])
    if not bodies:
        story.append(Paragraph("Chưa có ban nào trong sổ.", styles.BODY_ITALIC))
    total = 0
    for position, body in enumerate(bodies, start=1):
        members = members_for_print(store, body)
        total += len(members)
        reference = decision_reference(
            office, body.get("decision_number"), body.get("decision_date")
        )
        story.append(CondPageBreak(45 * mm))
        story.append(Paragraph(para(f"{position}. {body_title(body)}"), styles.BODY_BOLD))
        if reference:
            story.append(Paragraph(para(reference), styles.BODY_ITALIC))
        story.append(roster_table(members, kind, width))
        story.append(Spacer(1, 4 * mm))
    if len(bodies) > 1:
        story.append(
            Paragraph(
                para(f"Tổng cộng {len(bodies)} ban, {total} lượt thành viên."), styles.BODY_ITALIC
            )
        )
    story += closing(office.signer, width=width)
    return build_pdf(out, story, title=f"Danh sách {title}", author=office.front)
