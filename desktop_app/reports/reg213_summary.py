"""Tiến độ nhận xét đảng viên nơi cư trú năm Y (the regulation named by the comment form): per commune known to the upper
level, the members registered and due a comment, the comments requested, written, sent back to
the workplace, and those overdue; a total row.

A member is counted as the commune's checklist counts them (store/evaluations.py): not exempt,
registered on or before the round's due date (this office's `reg213_due` setting) and not gone
before it, or already holding a comment of the year; the newest version of a comment counts.
Overdue: owing a comment (not yet sent back) after the due date.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import reg213
from desktop_app.core.dates import display
from desktop_app.core.settings import day_month
from desktop_app.reports.markup import number
from desktop_app.reports.page import text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_frame import NONE_KNOWN, form_story, write
from desktop_app.reports.upper_office import known_communes, upper_office_of

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COUNTS = ("registered", "requested", "commented", "returned", "overdue")
HEADINGS = {
    "registered": "Đảng viên đã đăng ký, phải nhận xét",
    "requested": "Đã gửi yêu cầu nhận xét",
    "commented": "Đã nhận xét",
    "returned": "Đã gửi về nơi công tác",
    "overdue": "Quá hạn",
}
WRITTEN = ("commented", "confirmed", "returned")
OWING = ("not_requested", "requested", "commented", "confirmed")


@dataclass(frozen=True)
class CommuneRound:
    code: str
    name: str
    counts: dict[str, int]  # every COUNTS key


def _status(category: str | None, registered: str | None, state: str | None) -> str:
    if state:
        return state
    if reg213.is_exempt(category):
        return "exempt"
    return "not_requested" if registered else "unregistered"


def round_counts(store: Store, year: int, due: date, today: date) -> dict[str, dict[str, int]]:
    """Commune code → COUNTS for the year's round (communes with no member are absent)."""
    rows = store.conn.execute(
        "select r.commune_code, r.category, r.registered_date, e.state"
        " from residents r join people p on p.id = r.person_id"
        " left join evaluations e on e.id = (select x.id from evaluations x"
        "  where x.resident_id = r.id and x.year = :year and x.deleted_at is null and x.purpose is null"
        "  order by x.version desc limit 1)"
        " where r.deleted_at is null"
        " and (r.left_date is null or r.left_date > :due or e.id is not null)"
        " and (r.registered_date is null or r.registered_date <= :due or e.id is not null)",
        {"year": year, "due": due.isoformat()},
    ).fetchall()
    late = today > due
    result: dict[str, dict[str, int]] = {}
    for code, category, registered, state in rows:
        status = _status(category, registered, state)
        counts = result.setdefault(code, dict.fromkeys(COUNTS, 0))
        if status in ("exempt", "unregistered"):
            continue
        counts["registered"] += 1
        counts["requested"] += status != "not_requested"
        counts["commented"] += status in WRITTEN
        counts["returned"] += status == "returned"
        counts["overdue"] += late and status in OWING
    return result


def reg213_rounds(store: Store, year: int) -> tuple[date, list[CommuneRound]]:
    """The round's due date, and every known commune's counts in Vietnamese order."""
    due = reg213.due_date(year, day_month(store.settings("reg213_due")))
    found = round_counts(store, year, due, store.today())
    result = [
        CommuneRound(c.code, c.label, found.pop(c.code, dict.fromkeys(COUNTS, 0)))
        for c in known_communes(store)
    ]
    own = (store.office() or {}).get("commune_code")
    result += [CommuneRound(code, code, n) for code, n in sorted(found.items()) if code != own]
    return due, result


def print_reg213_summary(store: Store, year: int, out: str | os.PathLike[str]) -> Path:
    office = upper_office_of(store)
    due, rows = reg213_rounds(store, year)
    columns = [Column("STT", 0.7, "center"), Column("Xã, phường, đặc khu", 2.6)]
    columns += [Column(HEADINGS[k], 1.25, "right") for k in COUNTS]
    body: list[list] = [
        [i, r.name, *(number(r.counts[k]) for k in COUNTS)] for i, r in enumerate(rows, 1)
    ]
    totals = {k: sum(r.counts[k] for r in rows) for k in COUNTS}
    body.append(["", "Tổng cộng", *(number(totals[k]) for k in COUNTS)])
    table = grid_table(columns, body, width=text_width(), bold_rows=[len(body) - 1])
    silent = sum(not r.counts["registered"] for r in rows)
    notes = [
        f"Hạn gửi phiếu nhận xét về nơi công tác năm {year}: ngày {display(due.isoformat())}; "
        "“Quá hạn” là đảng viên chưa được gửi phiếu về nơi công tác khi đã qua hạn.",
        f"{silent}/{len(rows)} xã chưa có đảng viên nào phải nhận xét năm {year} trong dữ liệu "
        "đã nhận (dòng số 0)."
        if silent
        else f"Cả {len(rows)} xã đều đã gửi danh sách đảng viên phải nhận xét năm {year}."
        if rows
        else f"{NONE_KNOWN}.",
        "Không tính đảng viên được miễn sinh hoạt nơi cư trú và đảng viên chưa đăng ký.",
    ]
    form = store.evaluations.round_form(office.today)
    story = form_story(
        office,
        title="Báo cáo",
        subject=f"Tiến độ nhận xét đảng viên nơi cư trú ({form.short}) năm {year}",
        italic_lines=[f"(Số liệu đến ngày {display(office.today.isoformat())})"],
        intro=(
            f"Thực hiện {form.regulation}, Ban Thường trực "
            f"{office.name} tổng hợp tiến độ nhận xét đảng viên đang công tác giữ mối liên hệ "
            f"với nơi cư trú năm {year} của các xã như sau:"
        ),
        table=table,
        notes=notes,
    )
    return write(out, story, office, f"Tiến độ nhận xét đảng viên nơi cư trú năm {year}")
