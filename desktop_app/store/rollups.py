"""Campaign activities rolled up by campaign and by village for a reporting period.

Reporting periods (settings `year_start` and `half_year_end`, both day/month):

* **Year Y** runs from `year_start` to the day before the next `year_start`. When `year_start`
  falls later in the calendar than `half_year_end` (the default 15/12 after 14/06), the year
  begins in the previous calendar year: year 2026 = 15/12/2025 … 14/12/2026. Otherwise
  (say 01/01) it begins in Y itself: year 2026 = 01/01/2026 … 31/12/2026.
* **Half 1 of Y** runs from the start of year Y to `half_year_end` of Y inclusive
  (15/12/2025 … 14/06/2026); **half 2** from the next day to the end of year Y
  (15/06/2026 … 14/12/2026). Both ends of every period are inclusive.
* A day that does not exist in a year (29/02, 31/04) is the month's last day.
* **The same period a year before** is the same definition for Y − 1.

Counting: an activity belongs to exactly one campaign, so it counts once in its campaign's row
and once in the total. In the village breakdown it counts once *for each village* it names, so
the village rows can add up to more than the total; activities naming no village are shown on
a separate "whole commune" row. Each roll-up is one SQL query.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from desktop_app.core import enums, text
from desktop_app.core.bounds import parse_year
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.core.settings import day_month
from desktop_app.store.activities import national_group
from desktop_app.store.db import Store
from desktop_app.store.register import Where

MEASURES: tuple[str, ...] = ("activities", *enums.INDICATORS)
MEASURE_LABELS: dict[str, str] = {"activities": "Số hoạt động", **enums.INDICATORS}
MEASURE_UNITS: dict[str, str] = {
    "activities": "hoạt động",
    "participants": "người",
    "money_raised": "đồng",
    "houses_built": "nhà",
    "houses_repaired": "nhà",
    "houses_cost": "đồng",
    "gifts": "suất",
    "gifts_value": "đồng",
    "scholarships": "suất",
    "scholarships_value": "đồng",
    "beneficiaries": "lượt người",
    "households_recognised": "hộ",
}
MONEY_MEASURES = enums.MONEY_INDICATORS
WHOLE_COMMUNE = "Chung toàn xã (không gắn khu dân cư)"


@dataclass(frozen=True)
class Period:
    year: int
    half: int | None  # None: the whole year
    start: date
    end: date  # inclusive

    @property
    def name(self) -> str:
        if self.half == 1:
            return f"6 tháng đầu năm {self.year}"
        if self.half == 2:
            return f"6 tháng cuối năm {self.year}"
        return f"Năm {self.year}"

    @property
    def label(self) -> str:
        return f"{self.name} (từ {display(self.start.isoformat())} đến {display(self.end.isoformat())})"

    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "half": self.half,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "label": self.label,
        }


@dataclass(frozen=True)
class RollupRow:
    key: str | None  # campaign id, village id, or None (total / whole-commune row)
    label: str
    current: dict[str, int]
    previous: dict[str, int]
    kind: str | None = None  # the campaign's kind (national/local), for campaign rows
    commune_code: str | None = (
        None  # whose village or own campaign (None: a national campaign, a total)
    )

    def as_dict(self) -> dict:
        return {
            "id": self.key,
            "name": self.label,
            "kind": self.kind,
            "current": self.current,
            "previous": self.previous,
        }


@dataclass(frozen=True)
class Rollup:
    period: Period
    previous_period: Period
    by_campaign: list[RollupRow]
    by_village: list[RollupRow]
    total: RollupRow = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", total_of(self.by_campaign))

    def as_dict(self) -> dict:
        return {
            "period": self.period.as_dict(),
            "previous_period": self.previous_period.as_dict(),
            "total": self.total.as_dict(),
            "by_campaign": [r.as_dict() for r in self.by_campaign],
            "by_village": [r.as_dict() for r in self.by_village],
        }


# ---- periods ----------------------------------------------------------------------------


def _on(year: int, day_and_month: tuple[int, int]) -> date:
    day, month = day_and_month
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _year_start(year: int, year_start: tuple[int, int], half_end: tuple[int, int]) -> date:
    starts_year_before = (year_start[1], year_start[0]) > (half_end[1], half_end[0])
    return _on(year - 1 if starts_year_before else year, year_start)


def period_of(year: int, half: int | None, year_start: str, half_year_end: str) -> Period:
    """The period "year Y" or "half 1|2 of year Y" for the cut-off settings (see the module doc)."""
    if half not in (None, 1, 2):
        raise UserError("Kỳ báo cáo chỉ có 6 tháng đầu năm (1) hoặc 6 tháng cuối năm (2).")
    year = parse_year(year)
    ys = day_month(year_start, "Mốc báo cáo năm")
    he = day_month(half_year_end, "Mốc báo cáo 6 tháng")
    start = _year_start(year, ys, he)
    end = _year_start(year + 1, ys, he) - timedelta(days=1)
    middle = _on(year, he)
    if not start <= middle < end:
        raise UserError(
            f"Mốc báo cáo 6 tháng ({half_year_end}) không nằm trong năm báo cáo "
            f"{display(start.isoformat())}–{display(end.isoformat())}. Hãy sửa cài đặt “Báo cáo”."
        )
    if half == 1:
        return Period(year, 1, start, middle)
    if half == 2:
        return Period(year, 2, middle + timedelta(days=1), end)
    return Period(year, None, start, end)


def period(store: Store, year: int, half: int | None = None) -> Period:
    return period_of(year, half, store.settings("year_start"), store.settings("half_year_end"))


def previous_period(store: Store, p: Period) -> Period:
    """The same period a year before."""
    return period(store, p.year - 1, p.half)


def period_containing(store: Store, day: date | None = None) -> Period:
    """The half-year period a day falls in (today by default)."""
    day = day or store.today()
    for year in (day.year, day.year + 1, day.year - 1):
        for half in (1, 2):
            p = period(store, year, half)
            if p.start <= day <= p.end:
                return p
    raise UserError("Không xác định được kỳ báo cáo; kiểm tra cài đặt “Báo cáo”.")


# ---- the queries ------------------------------------------------------------------------


def _measure_columns(alias: str, cur: str) -> str:
    """Sums for both periods; `cur` is 1 for a row in the current period, 0 in the previous one.

    The rows are filtered to the two (disjoint) periods, so 1 − cur marks the previous one;
    a missing row (left join) has cur null and adds nothing.
    """
    values = [("activities", "1"), *((m, f"{alias}.{m}") for m in enums.INDICATORS)]
    cols = [f"coalesce(sum({v} * {cur}), 0) as cur_{m}" for m, v in values]
    cols += [f"coalesce(sum({v} * (1 - {cur})), 0) as prev_{m}" for m, v in values]
    return ", ".join(cols)


_CUR = "(a.date between :cs and :ce)"


def _params(p: Period, prev: Period) -> dict:
    return {
        "cs": p.start.isoformat(),
        "ce": p.end.isoformat(),
        "ps": prev.start.isoformat(),
        "pe": prev.end.isoformat(),
        "year": p.year,
    }


def _row(r: dict) -> RollupRow:
    return RollupRow(
        r["key"],
        r["label"],
        {m: int(r[f"cur_{m}"]) for m in MEASURES},
        {m: int(r[f"prev_{m}"]) for m in MEASURES},
        r.get("kind"),
        r.get("commune_code"),
    )


def _of_commune(alias: str, commune_code: str | None) -> str:
    """The condition keeping one commune's rows (the upper level), or nothing."""
    return f" and {alias}.commune_code = :commune" if commune_code else ""


_IN_EITHER = "(a.date between :cs and :ce or a.date between :ps and :pe)"


def _sums(alias: str) -> str:
    """Both periods' sums of rows already summed per period (`alias`.cur 1 or 0, as
    _measure_columns): a province's 100,000 activities are summed once by key and period, and
    the few thousand sums are then split into the two periods."""
    values = [(m, f"{alias}.{m}") for m in MEASURES]
    cols = [f"coalesce(sum({v} * {alias}.cur), 0) as cur_{m}" for m, v in values]
    cols += [f"coalesce(sum({v} * (1 - {alias}.cur)), 0) as prev_{m}" for m, v in values]
    return ", ".join(cols)


def _activities(commune_code: str | None) -> str:
    """The activities table for a roll-up: one commune's read along its index; every commune's
    read in order (half the rows of a province fall in the two periods, and the index of dates
    would visit them in random order)."""
    return "activities a" if commune_code else "activities a not indexed"


def _summed(keys: str, commune: str = "", where: str = "") -> str:
    """SQL: the activities of either period summed by `keys` and period (cur)."""
    sums = ", ".join(f"sum(a.{m}) as {m}" for m in enums.INDICATORS)
    return (
        f"select {keys}, {_CUR} as cur, count(*) as activities, {sums}"
        f" from {_activities(commune)} where a.deleted_at is null and {_IN_EITHER}{where}"
        f" group by {keys}, cur"
    )


def by_campaign(
    store: Store, p: Period, prev: Period, commune_code: str | None = None
) -> list[RollupRow]:
    """One row per campaign active in year Y or with activities in either period. Every commune
    keeps its own copy of a national campaign: the copies make one row (commune_code None); a
    commune's own campaign carries its commune_code. commune_code keeps one commune's."""
    mine = (
        " and a.campaign_id in (select id from campaigns where commune_code = :commune)"
        if commune_code
        else ""
    )
    sql = (
        f"with s as ({_summed('a.campaign_id', commune_code or '', mine)})"
        " select min(c.id) as key, c.name as label, c.kind, case when c.kind = 'national' and c.code"
        f" is not null then null else c.commune_code end as commune_code, {_sums('s')}"
        " from campaigns c left join s on s.campaign_id = c.id"
        " where (s.campaign_id is not null or (c.deleted_at is null and coalesce(c.start_year, 0) <= :year"
        f" and coalesce(c.end_year, 9999) >= :year)){_of_commune('c', commune_code)}"
        f" group by {national_group('c')} order by c.kind = 'local', c.sort_key, c.commune_code"
    )
    return [_row(r) for r in store.query(sql, {**_params(p, prev), "commune": commune_code})]


def by_commune(store: Store, p: Period, prev: Period) -> list[RollupRow]:
    """One row per commune with activities in either period (key and label its code), in code order."""
    sql = (
        f"select s.commune_code as key, s.commune_code as label, s.commune_code, {_sums('s')}"
        f" from ({_summed('a.commune_code')}) s group by s.commune_code order by s.commune_code"
    )
    return [_row(r) for r in store.query(sql, _params(p, prev))]


def by_village(
    store: Store, p: Period, prev: Period, commune_code: str | None = None
) -> list[RollupRow]:
    """One row per village in force in the period or named by an activity, then the whole-commune
    row; commune after commune (by code) where the database holds several, each row with its
    commune_code. commune_code keeps one commune's."""
    sums = ", ".join(f"sum(a.{m}) as {m}" for m in enums.INDICATORS)
    sql = (
        # each village an activity names once (a list naming one twice counts it once)
        f"with links as (select j.value as village_id, {_CUR} as cur, count(*) as activities, {sums}"
        f"  from {_activities(commune_code)}, json_each(coalesce(a.village_ids, '[]')) j"
        "  where a.deleted_at is null and " + _IN_EITHER + _of_commune("a", commune_code) + ""
        "  and not exists (select 1 from json_each(a.village_ids) k where k.key < j.key"
        "  and k.value = j.value) group by 1, 2)"
        " select v.commune_code, 0 as grp, v.sort_key as ord, v.id as key, v.name as label,"
        f" {_sums('x')}"
        " from villages v left join links x on x.village_id = v.id"
        " where (x.village_id is not null or (v.deleted_at is null and (v.merged_into is null or v.valid_to is not null)"
        "  and coalesce(v.valid_to, '9999') >= :cs and coalesce(v.valid_from, '0000') <= :ce))"
        + _of_commune("v", commune_code)
        + " group by v.id"
        f" union all select s.commune_code, 1, '', null, :whole, {_sums('s')} from ("
        + _summed(
            "a.commune_code",
            commune_code or "",
            _of_commune("a", commune_code)
            + " and json_array_length(coalesce(a.village_ids, '[]')) = 0",
        )
        + ") s group by s.commune_code"
        " order by 1, grp, ord"
    )
    return [
        _row(r)
        for r in store.query(
            sql, {**_params(p, prev), "whole": WHOLE_COMMUNE, "commune": commune_code}
        )
    ]


def by_commune_name(rows: list[RollupRow], names: dict[str, str]) -> list[RollupRow]:
    """Rows of several communes for an upper level: each commune's rows together, communes in
    Vietnamese order of their names (rows of no commune first, in their order), and every row
    of a commune labelled with its name ("Xã — Thôn 1"; a by_commune row: the name alone)."""

    def name(code: str) -> str:
        return names.get(code, code)

    def key(row: RollupRow) -> tuple:
        return (
            (0, ())
            if row.commune_code is None
            else (1, text.sort_key(name(row.commune_code)), row.commune_code)
        )

    return [
        row
        if row.commune_code is None
        else replace(
            row,
            label=name(row.commune_code)
            if row.key == row.commune_code
            else f"{name(row.commune_code)} — {row.label}",
        )
        for row in sorted(rows, key=key)
    ]


def total_of(rows: list[RollupRow], label: str = "Tổng cộng") -> RollupRow:
    """The sum of campaign rows: every activity once (not for village rows, see the module doc)."""
    return RollupRow(
        None,
        label,
        {m: sum(r.current[m] for r in rows) for m in MEASURES},
        {m: sum(r.previous[m] for r in rows) for m in MEASURES},
    )


def rollup(
    store: Store, year: int, half: int | None = None, commune_code: str | None = None
) -> Rollup:
    """Both roll-ups for year Y (or one half of it), compared with the same period a year before;
    commune_code: one commune's (the upper level)."""
    p = period(store, year, half)
    prev = previous_period(store, p)
    return Rollup(
        p, prev, by_campaign(store, p, prev, commune_code), by_village(store, p, prev, commune_code)
    )


def period_totals(
    store: Store,
    year: int | None = None,
    half: int | None = None,
    measures: tuple[str, ...] = MEASURES,
) -> dict:
    """Commune totals for a period (default: the half-year containing today), for the overview.

    {"period": Period, "previous_period": Period, "current": {measure: n}, "previous": {…}}
    (measures: those wanted, of MEASURES; the overview asks for the money raised only)
    """
    p = period(store, year, half) if year else period_containing(store)
    prev = previous_period(store, p)
    # total_of(by_campaign(…)): every activity of either period whose campaign is on the books,
    # once; summed without grouping by campaign (a province's year holds 90,000 activities).
    sums = ", ".join(
        "count(*)" if m == "activities" else f"coalesce(sum(a.{m}), 0)" for m in measures
    )
    current, previous = dict.fromkeys(measures, 0), dict.fromkeys(measures, 0)
    for cur, *values in store.conn.execute(
        f"select {_CUR} as cur, {sums} from {_activities(None)} where a.deleted_at is null"
        f" and {_IN_EITHER} and exists (select 1 from campaigns c where c.id = a.campaign_id)"
        " group by cur",
        _params(p, prev),
    ):
        (current if cur else previous).update(zip(measures, map(int, values), strict=True))
    return {"period": p, "previous_period": prev, "current": current, "previous": previous}


def activity_counts(store: Store, commune_code: str | None = None) -> dict[str, int]:
    """How many activities (not deleted) each campaign has, over all years (of one commune)."""
    where = Where("select campaign_id, count(*) from activities where deleted_at is null").given(
        commune_code, "commune_code = ?"
    )
    return dict(store.conn.execute(where.sql + " group by campaign_id", where.params).fetchall())


def change_percent(current: int, previous: int) -> float | None:
    """current as a percentage of previous (None when there is nothing to compare with)."""
    return round(current * 100 / previous, 1) if previous else None
