"""The list of people (danh sách) with the filters of the people page, in Vietnamese name order."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop_app.core import enums
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, number, para
from desktop_app.reports.office import office_of, village_label
from desktop_app.reports.page import LANDSCAPE, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.store import refdata

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COLUMNS = [
    Column("STT", 0.9, "center"),
    Column("Họ và tên", 4.0),
    Column("Nam", 1.2, "center", "Năm sinh"),
    Column("Nữ", 1.2, "center", "Năm sinh"),
    Column("Dân tộc", 1.6, "center"),
    Column("Tôn giáo", 1.7, "center"),
    Column("Khu dân cư", 2.4),
    Column("Số định danh (CCCD)", 2.4, "center"),
    Column("Điện thoại", 2.0, "center"),
    Column("Nghề nghiệp", 2.6),
    Column("Đảng viên", 1.2, "center"),
]


def person_row(position: int, person: dict, villages: dict[str, dict]) -> list:
    year = clean(person.get("birth_date"))[:4]
    village = villages.get(person.get("village_id") or "")
    return [
        position,
        person.get("full_name"),
        year if person.get("sex") == "male" else "",
        year if person.get("sex") == "female" else "",
        refdata.ethnic_name(person.get("ethnicity_code")),
        refdata.religion_name(person.get("religion_code"))
        if person.get("religion_code") != "none"
        else "",
        village_label(village) or person.get("village_name"),
        person.get("id_number"),
        person.get("phone"),
        person.get("occupation"),
        "x" if person.get("party_member") else "",
    ]


def filter_line(
    village: dict | None, search: str | None, party_member: bool | None, sex: str | None
) -> str:
    parts = []
    if village:
        parts.append(f"khu dân cư: {village_label(village)}")
    if clean(search):
        parts.append(f"tìm theo: “{clean(search)}”")
    if party_member is not None:
        parts.append("đảng viên" if party_member else "không phải đảng viên")
    if sex:
        parts.append(f"giới tính: {enums.label(enums.SEXES, sex).lower()}")
    return f"({'; '.join(parts)})" if parts else ""


def print_people(
    store: Store,
    out: str | os.PathLike[str],
    *,
    village_id: str | None = None,
    search: str | None = None,
    party_member: bool | None = None,
    sex: str | None = None,
) -> Path:
    """The people the filters select (those of the people page), in Vietnamese order."""
    office = office_of(store)
    people = store.people.query(
        search=search, village_id=village_id, party_member=party_member, sex=sex
    )
    villages = {v["id"]: v for v in store.villages.all()}
    width = text_width(LANDSCAPE)
    story = new_form(LANDSCAPE, first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(office.place, office.today),
    )
    village = villages.get(village_id or "")
    story += header.title_block(
        "Danh sách",
        [f"Người có tên trong sổ theo dõi của {office.front}"],
        italic_lines=[filter_line(village, search, party_member, sex)],
    )
    rows = [person_row(n, p, villages) for n, p in enumerate(people, start=1)]
    story.append(
        grid_table(
            COLUMNS,
            rows,
            width=width,
            font_size=11,
            empty_text="Không có người nào khớp điều kiện lọc.",
        )
    )
    if people:
        women = sum(1 for p in people if p.get("sex") == "female")
        minorities = sum(1 for p in people if p.get("ethnicity_code") not in (None, "", "01"))
        party = sum(1 for p in people if p.get("party_member"))
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                para(
                    f"Danh sách gồm {number(len(people))} người (nữ: {number(women)}; dân tộc thiểu số: "
                    f"{number(minorities)}; đảng viên: {number(party)})."
                ),
                styles.BODY_ITALIC,
            )
        )
    story += closing(office.signer, width=width)
    made = build_pdf(
        out, story, orientation=LANDSCAPE, title="Danh sách người trong sổ", author=office.front
    )
    filters = filter_line(village, search, party_member, sex)
    store.audit_print("people_list", len(people), {"filters": filters} if filters else None)
    return made
