"""The upper level's consolidated queries: every commune side by side, with the commune's code
and name on each row.

Functions take the `Store`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.store.synced_tables import columns, synced

if TYPE_CHECKING:
    from desktop_app.store.db import Store

# Each commune's name, as its latest import gave it.
_NAMES = (
    "with names as (select commune_code, commune_name from sync_imports i where rowid ="
    " (select max(rowid) from sync_imports j where j.commune_code = i.commune_code))"
)


def commune_overview(store: Store) -> list[dict]:
    """Per commune known here (a key enrolled or a bundle imported): name, last bundle imported
    (sequence, dates, full or not), open quarantine, active keys. Grouped once per sync table, not
    asked commune by commune (the overview and `somattran attention` read it at province size)."""
    return store.query(
        "with known as (select commune_code, max(commune_name) as commune_name"
        "  from sync_commune_keys group by commune_code"
        " union select commune_code, commune_name from sync_imports),"
        " codes as (select distinct commune_code from known),"
        " held as (select commune_code, count(*) as n from sync_quarantine"
        "  where resolved_at is null group by commune_code),"
        " keys as (select commune_code, count(*) as n from sync_commune_keys"
        "  where revoked_at is null group by commune_code),"
        " last as (select commune_code, max(rowid) as id from sync_imports"
        "  where status = 'imported' group by commune_code)"
        " select c.commune_code,"
        "  (select commune_name from known k where k.commune_code = c.commune_code"
        "    and commune_name is not null limit 1) as commune_name,"
        "  l.sequence as last_sequence, l.bundle_created_at as last_bundle_at,"
        "  l.imported_at as last_imported_at, l.full as last_full,"
        "  coalesce(h.n, 0) as quarantined, coalesce(k.n, 0) as active_keys"
        " from codes c left join last on last.commune_code = c.commune_code"
        " left join sync_imports l on l.rowid = last.id"
        " left join held h on h.commune_code = c.commune_code"
        " left join keys k on k.commune_code = c.commune_code"
        " order by c.commune_code"
    )


def register_across(
    store: Store, table: str, commune_code: str | None = None, include_deleted: bool = False
) -> list[dict]:
    """A register's rows of every commune, with the commune's code and name first."""
    sql = (
        f"{_NAMES} select t.commune_code as commune_code, n.commune_name as commune_name, t.*"
        f" from {synced(table)} t left join names n on n.commune_code = t.commune_code"
        " where 1 = 1"
    )
    params: list[Any] = []
    if commune_code:
        sql += " and t.commune_code = ?"
        params.append(commune_code)
    if not include_deleted:
        sql += " and t.deleted_at is null"
    order = "t.sort_key" if "sort_key" in columns(store, table) else "t.rowid"
    return store.query(sql + f" order by t.commune_code, {order}", params)


def campaign_totals(
    store: Store, indicators: Iterable[str], date_from: str, date_to: str
) -> list[dict]:
    """Sum of each indicator per commune and campaign (by campaign code, else its name)."""
    names = list(indicators)
    known = columns(store, "activities")
    sums = ", ".join(f"sum(coalesce(a.{n}, 0)) as {n}" for n in names if n in known)
    return store.query(
        f"{_NAMES} select a.commune_code, n.commune_name, coalesce(c.code, c.name) as campaign_key,"
        f" c.name as campaign_name, c.kind as campaign_kind, count(*) as activities, {sums}"
        " from activities a join campaigns c on c.id = a.campaign_id"
        " left join names n on n.commune_code = a.commune_code"
        " where a.deleted_at is null and a.date >= ? and a.date <= ?"
        " group by a.commune_code, campaign_key order by a.commune_code, c.kind desc, c.sort_key",
        [date_from, date_to],
    )


def reg213_progress(store: Store, year: int) -> list[dict]:
    """Per commune: members to comment on this year, and the current version's state counts."""
    return store.query(
        f"{_NAMES}, due as (select commune_code, count(*) as due from residents"
        "  where deleted_at is null and left_date is null and category = 'ordinary'"
        "  group by commune_code),"
        " current as (select e.* from evaluations e where e.deleted_at is null and e.year = ? and e.purpose is null"
        "  and not exists (select 1 from evaluations s where s.supersedes_id = e.id"
        "   and s.deleted_at is null))"
        " select d.commune_code, n.commune_name, d.due,"
        "  sum(c.state = 'requested') as requested, sum(c.state = 'commented') as commented,"
        "  sum(c.state = 'confirmed') as confirmed, sum(c.state = 'returned') as returned"
        " from due d left join current c on c.commune_code = d.commune_code"
        " left join names n on n.commune_code = d.commune_code"
        " group by d.commune_code order by d.commune_code",
        [year],
    )
