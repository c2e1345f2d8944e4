"""Quỹ “Vì người nghèo” và xếp loại Ban công tác Mặt trận năm Y, per commune known to the upper
level: what each commune's poor fund received and spent in the year, the households supported, the
balance at the year's end; and how its village committees were graded (the ranks each commune's own
criteria gave). A total row; communes that sent nothing show zeros."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.funds import DEFAULT_FUND
from desktop_app.reports.markup import number
from desktop_app.reports.page import LANDSCAPE, text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_frame import NONE_KNOWN, form_story, write
from desktop_app.reports.upper_office import known_communes, upper_office_of

if TYPE_CHECKING:
    from desktop_app.store.db import Store

MONEY = ("received", "spent", "balance")
# Rank codes of the shipped 100-point scale; a commune on its province's own scale is counted
# under "khác" (other ranks) with its average, since its ranks are not these.
RANKS = {
    "xuat_sac": "Xuất sắc",
    "tot": "Tốt",
    "kha": "Khá",
    "trung_binh": "Trung bình",
    "yeu": "Yếu",
}


def commune_figures(store: Store, year: int) -> list[dict]:
    """One dict per known commune: fund figures of the year and village committees per rank."""
    funds = {
        r["commune_code"]: r
        for r in store.fund_entries.totals_by_commune(f"{year}-01-01", f"{year}-12-31")
        if r["fund_key"] == DEFAULT_FUND["key"]
    }
    ranks: dict[str, dict[str, int]] = {}
    for row in store.gradings.ranks_by_commune(year):
        counts = ranks.setdefault(row["commune_code"], {})
        key = row["rank"] if row["rank"] in RANKS else "other"
        counts[key] = counts.get(key, 0) + row["villages"]
    result = []
    for commune in known_communes(store):
        fund = funds.get(commune.code, {})
        graded = ranks.get(commune.code, {})
        result.append(
            {
                "code": commune.code,
                "name": commune.label,
                **{k: fund.get(k, 0) for k in (*MONEY, "supported")},
                **{k: graded.get(k, 0) for k in (*RANKS, "other")},
            }
        )
    return result


def print_funds_summary(store: Store, year: int, out: str | os.PathLike[str]) -> Path:
    office = upper_office_of(store)
    rows = commune_figures(store, year)
    columns = [
        Column("STT", 0.6, "center"),
        Column("Xã, phường, đặc khu", 2.6),
        Column("Thu (đồng)", 1.7, "right", "Quỹ “Vì người nghèo”"),
        Column("Chi (đồng)", 1.7, "right", "Quỹ “Vì người nghèo”"),
        Column("Lượt hỗ trợ", 1.0, "right", "Quỹ “Vì người nghèo”"),
        Column("Số dư cuối năm", 1.8, "right", "Quỹ “Vì người nghèo”"),
    ]
    columns += [
        Column(label, 0.95, "right", "Xếp loại Ban công tác Mặt trận") for label in RANKS.values()
    ]
    columns.append(Column("Thang riêng", 0.95, "right", "Xếp loại Ban công tác Mặt trận"))
    keys = (*MONEY[:2], "supported", MONEY[2], *RANKS, "other")
    body: list[list] = [
        [i, r["name"], *(number(r[k]) for k in keys)] for i, r in enumerate(rows, 1)
    ]
    body.append(["", "Tổng cộng", *(number(sum(r[k] for r in rows)) for k in keys)])
    table = grid_table(
        columns, body, width=text_width(LANDSCAPE), font_size=11, bold_rows=[len(body) - 1]
    )
    silent = sum(1 for r in rows if not (r["received"] or r["spent"] or r["balance"]))
    ungraded = sum(1 for r in rows if not any(r[k] for k in (*RANKS, "other")))
    notes = [
        (
            f"{silent}/{len(rows)} xã chưa có số liệu Quỹ “Vì người nghèo” năm {year} trong dữ liệu đã nhận."
            if silent
            else f"Cả {len(rows)} xã đã có số liệu Quỹ “Vì người nghèo” năm {year}."
        )
        if rows
        else f"{NONE_KNOWN}.",
        f"{ungraded}/{len(rows)} xã chưa gửi kết quả chấm điểm Ban công tác Mặt trận năm {year}."
        if ungraded
        else f"Cả {len(rows)} xã đã gửi kết quả chấm điểm Ban công tác Mặt trận năm {year}.",
        "Số dư cuối năm gồm số dư đầu kỳ mỗi xã khai báo; hiện vật không tính vào thu, chi. "
        "“Thang riêng”: khu dân cư của xã chấm theo bộ tiêu chí riêng của tỉnh.",
    ]
    story = form_story(
        office,
        title="Báo cáo",
        subject=f"Kết quả Quỹ “Vì người nghèo” và xếp loại Ban công tác Mặt trận năm {year}",
        italic_lines=[f"(Tổng hợp từ dữ liệu các xã gửi lên, đến ngày {office.today:%d/%m/%Y})"],
        intro=f"Ban Thường trực {office.name} tổng hợp kết quả thu, chi Quỹ “Vì người nghèo” và kết quả "
        f"chấm điểm, xếp loại Ban công tác Mặt trận khu dân cư năm {year} của các xã như sau:",
        table=table,
        notes=notes,
        orientation=LANDSCAPE,
    )
    return write(
        out,
        story,
        office,
        f"Quỹ Vì người nghèo và xếp loại Ban công tác Mặt trận {year}",
        orientation=LANDSCAPE,
    )
