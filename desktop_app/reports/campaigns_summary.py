"""Tổng hợp kết quả các cuộc vận động: the indicators of the commune's activity report, one row
per commune known to the upper level, for a year or a half-year (the settings' cut-offs, as the
commune report has them), with a total row. Landscape: twelve figures a row.

An activity counts once, for the commune that owns it, whatever villages it names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.reports.activity_report import ANNEX_HEADINGS
from desktop_app.reports.markup import number
from desktop_app.reports.page import LANDSCAPE, text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_frame import NONE_KNOWN, form_story, write
from desktop_app.reports.upper_office import known_communes, upper_office_of
from desktop_app.store import rollups

if TYPE_CHECKING:
    from desktop_app.store.db import Store

MEASURES: tuple[str, ...] = ("activities", *enums.INDICATORS)
TITLE = "Tổng hợp"
# money needs room for "1.020.000.000"; the headings of counts wrap on two or three lines
SHARES = {
    "money_raised": 1.75,
    "houses_cost": 1.75,
    "gifts_value": 1.6,
    "scholarships_value": 1.6,
    "participants": 1.1,
    "beneficiaries": 1.25,
    "households_recognised": 1.1,
}


@dataclass(frozen=True)
class CommuneFigures:
    code: str
    name: str
    figures: dict[str, int]  # every MEASURES key

    @property
    def empty(self) -> bool:
        return not self.figures["activities"]


def campaign_figures(store: Store, period: rollups.Period) -> list[CommuneFigures]:
    """Every known commune (and any other commune owning activities of the period), in
    Vietnamese order, with its sums; a commune with nothing in the period has zeros."""
    sums = ", ".join(f"sum(coalesce({m}, 0))" for m in enums.INDICATORS)
    rows = store.conn.execute(
        f"select commune_code, count(*), {sums} from activities"
        " where deleted_at is null and date >= ? and date <= ? group by commune_code",
        [period.start.isoformat(), period.end.isoformat()],
    ).fetchall()
    found = {row[0]: dict(zip(MEASURES, row[1:], strict=True)) for row in rows}
    result = [
        CommuneFigures(c.code, c.label, found.pop(c.code, dict.fromkeys(MEASURES, 0)))
        for c in known_communes(store)
    ]
    own = (store.office() or {}).get("commune_code")
    result += [CommuneFigures(code, code, f) for code, f in sorted(found.items()) if code != own]
    return result


def total_of(rows: list[CommuneFigures]) -> dict[str, int]:
    return {m: sum(r.figures[m] for r in rows) for m in MEASURES}


def print_campaigns_summary(
    store: Store, year: int, out: str | os.PathLike[str], *, half: int | None = None
) -> Path:
    """The summary for year `year` (half 1 or 2, or the whole year when `half` is None)."""
    office = upper_office_of(store)
    period = rollups.period(store, year, half)
    rows = campaign_figures(store, period)
    columns = [Column("STT", 0.75, "center"), Column("Xã, phường, đặc khu", 2.0)]
    columns += [Column(ANNEX_HEADINGS[m], SHARES.get(m, 1.0), "right") for m in MEASURES]
    body: list[list] = [
        [i, r.name, *(number(r.figures[m]) for m in MEASURES)] for i, r in enumerate(rows, 1)
    ]
    total = total_of(rows)
    body.append(["", "Tổng cộng", *(number(total[m]) for m in MEASURES)])
    table = grid_table(
        columns, body, width=text_width(LANDSCAPE), font_size=10, bold_rows=[len(body) - 1]
    )
    silent = sum(r.empty for r in rows)
    sent = (
        f"{silent}/{len(rows)} xã chưa có hoạt động nào trong kỳ (dòng số 0)"
        if silent
        else f"Cả {len(rows)} xã đều có hoạt động trong kỳ"
    )
    notes = [
        f"{sent}, theo các gói dữ liệu các xã đã gửi; hoạt động ở nhiều khu dân cư tính một lần."
        if rows
        else f"{NONE_KNOWN}."
    ]
    subject = f"Kết quả thực hiện các cuộc vận động {period.name.lower()}"
    story = form_story(
        office,
        title=TITLE,
        subject=subject,
        italic_lines=[
            f"(Từ ngày {display(period.start.isoformat())} đến ngày {display(period.end.isoformat())})"
        ],
        intro=(
            f"Ban Thường trực {office.name} tổng hợp kết quả các cuộc vận động, phong trào "
            "thi đua các xã như sau:"
        ),
        table=table,
        notes=notes,
        orientation=LANDSCAPE,
    )
    return write(
        out, story, office, f"Tổng hợp kết quả các cuộc vận động {period.name.lower()}", LANDSCAPE
    )
