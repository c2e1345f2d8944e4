"""Tình hình gửi dữ liệu của các xã: per commune known to the upper level (enrolled or imported),
its last imported bundle (number, the day the commune made it, the day it was imported), the days
since, whether it is overdue (setting `bundle_overdue_days`; a commune that never sent one is),
and its records held in quarantine; a total row.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.dates import display
from desktop_app.reports import styles
from desktop_app.reports.markup import number
from desktop_app.reports.page import text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_frame import NONE_KNOWN, form_story, write
from desktop_app.reports.upper_office import known_communes, upper_office_of
from desktop_app.store import consolidation

if TYPE_CHECKING:
    from desktop_app.store.db import Store


@dataclass(frozen=True)
class Sending:
    code: str
    name: str
    sequence: int | None
    made: date | None  # the day the commune made its last imported bundle (UTC)
    imported: date | None
    days_since: int | None
    overdue: bool
    quarantined: int


def _day(stamp: str | None) -> date | None:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date() if stamp else None


def sendings(store: Store) -> list[Sending]:
    """Every known commune in Vietnamese order, with its last bundle."""
    today = store.today()
    limit = store.settings.get("bundle_overdue_days")
    overview = {r["commune_code"]: r for r in consolidation.commune_overview(store)}
    result = []
    for commune in known_communes(store):
        row = overview[commune.code]
        made = _day(row["last_bundle_at"])
        days = (today - made).days if made else None
        result.append(
            Sending(
                commune.code,
                commune.label,
                row["last_sequence"],
                made,
                _day(row["last_imported_at"]),
                days,
                days is None or days > limit,
                row["quarantined"] or 0,
            )
        )
    return result


def _shown(day: date | None) -> str:
    return display(day.isoformat()) if day else ""


def print_commune_sending(store: Store, out: str | os.PathLike[str]) -> Path:
    office = upper_office_of(store)
    rows = sendings(store)
    limit = store.settings.get("bundle_overdue_days")
    columns = [
        Column("STT", 0.6, "center"),
        Column("Xã, phường, đặc khu", 2.2),
        Column("Mã", 0.85, "center"),
        Column("Gói cuối (số)", 0.9, "right"),
        Column("Ngày lập gói", 1.25, "center"),
        Column("Ngày nhập", 1.25, "center"),
        Column("Số ngày", 0.85, "right"),
        Column("Quá hạn", 0.9, "center"),
        Column("Bản ghi cách ly", 0.95, "right"),
    ]
    body: list[list] = [
        [
            i,
            r.name,
            r.code,
            r.sequence or "",
            _shown(r.made) or "Chưa gửi",
            _shown(r.imported),
            "" if r.days_since is None else number(r.days_since),
            "Quá hạn" if r.overdue else "",
            number(r.quarantined),
        ]
        for i, r in enumerate(rows, 1)
    ]
    held = sum(r.quarantined for r in rows)
    late = sum(r.overdue for r in rows)
    body.append(["", "Tổng cộng", "", "", "", "", "", number(late), number(held)])
    table = grid_table(
        columns,
        body,
        width=text_width(),
        font_size=styles.SMALL_TABLE_SIZE,
        bold_rows=[len(body) - 1],
    )
    never = sum(r.sequence is None for r in rows)
    notes = [
        f"{never}/{len(rows)} xã chưa gửi gói dữ liệu nào."
        if never
        else f"Cả {len(rows)} xã đều đã gửi gói dữ liệu."
        if rows
        else f"{NONE_KNOWN}.",
        f"Quá hạn: quá {limit} ngày kể từ ngày lập gói cuối mà chưa nhận gói mới, hoặc chưa gửi "
        f"gói nào{f'; {late}/{len(rows)} xã quá hạn' if rows else ''}.",
        "Bản ghi cách ly: bản ghi trong gói chưa đủ điều kiện đưa vào số liệu tổng hợp, chờ xã "
        "gửi lại.",
    ]
    story = form_story(
        office,
        title="Báo cáo",
        subject="Tình hình gửi dữ liệu của các xã",
        italic_lines=[f"(Đến ngày {display(office.today.isoformat())})"],
        intro=(
            f"Ban Thường trực {office.name} tổng hợp tình hình các xã gửi gói dữ liệu đồng bộ "
            f"(sổ theo dõi công tác Mặt trận) về cấp trên như sau:"
        ),
        table=table,
        notes=notes,
    )
    return write(out, story, office, "Tình hình gửi dữ liệu của các xã")
