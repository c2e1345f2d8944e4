"""Tình hình tiếp nhận, trả lời ý kiến, kiến nghị năm Y: per commune known to the upper level,
the recommendations received (a group of similar opinions once), answered, not answered and
overdue, from the bundles the communes sent; a total row.

The counts are store.petitions.counts_by over the communes' rows (the same query a commune's
own report uses), so a commune's line equals its own count.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.reports.markup import number
from desktop_app.reports.page import text_width
from desktop_app.reports.petitions_report import fill, wording
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_frame import NONE_KNOWN, form_story, write
from desktop_app.reports.upper_office import known_communes, upper_office_of
from desktop_app.store.petitions import counts_by

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COUNTS = ("total", "answered", "unanswered", "overdue")
HEADINGS = {
    "total": "Kiến nghị tiếp nhận",
    "answered": "Đã trả lời",
    "unanswered": "Chưa trả lời",
    "overdue": "Trong đó quá hạn",
}


def commune_counts(store: Store, year: int) -> list[tuple[str, str, dict[str, int]]]:
    """(code, name, counts) of every known commune, in Vietnamese order; zeros for a silent one."""
    found = counts_by(store, "p.commune_code", f"{year}-01-01", f"{year}-12-31")
    rows = [
        (c.code, c.label, found.pop(c.code, dict.fromkeys(COUNTS, 0)))
        for c in known_communes(store)
    ]
    own = (store.office() or {}).get("commune_code")
    rows += [(code, code, n) for code, n in sorted(found.items()) if code != own and code]
    return rows


def print_petitions_summary(store: Store, year: int, out: str | os.PathLike[str]) -> Path:
    office = upper_office_of(store)
    rows = commune_counts(store, year)
    columns = [Column("STT", 0.7, "center"), Column("Xã, phường, đặc khu", 2.8)]
    columns += [Column(HEADINGS[k], 1.4, "right") for k in COUNTS]
    body: list[list] = [
        [i, name, *(number(c.get(k, 0)) for k in COUNTS)] for i, (_, name, c) in enumerate(rows, 1)
    ]
    totals = {k: sum(c.get(k, 0) for _, _, c in rows) for k in COUNTS}
    body.append(["", "Tổng cộng", *(number(totals[k]) for k in COUNTS)])
    words = wording("consolidated")
    values = {"front": office.name, "year": year}
    notes = [
        "Một kiến nghị gộp từ nhiều ý kiến tương tự của các khu dân cư được tính một lần.",
        "“Quá hạn”: đã qua hạn trả lời mà chưa có văn bản trả lời, tính đến ngày in, theo dữ liệu xã đã gửi.",
    ]
    if not rows:
        notes.append(f"{NONE_KNOWN}.")
    story = form_story(
        office,
        title="Báo cáo",
        subject=fill(words["subject"], **values),
        italic_lines=[],
        intro=fill(words["intro"], **values),
        table=grid_table(columns, body, width=text_width(), bold_rows=[len(body) - 1]),
        notes=notes,
    )
    return write(out, story, office, fill(words["subject"], **values))
