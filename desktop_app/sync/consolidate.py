"""The upper level's consolidated view of its communes: who sent what and when, every register
with a commune column, campaign totals and the Regulation-213 round's progress per commune.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop_app.core import enums
from desktop_app.store import attention, consolidation, import_log
from desktop_app.store.attention import CommuneStatus
from desktop_app.store.db import Store
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync.keys import office_or_fail


def commune_statuses(store: Store, today: date | None = None) -> list[CommuneStatus]:
    """Every commune known here, with its last bundle and whether it is overdue (setting
    bundle_overdue_days; a commune that never sent a bundle is overdue). store/attention.py
    reads them, for the overview too."""
    office_or_fail(store, "upper")
    return attention.commune_statuses(store, today)


def register_across(
    store: Store, table: str, commune_code: str | None = None, include_deleted: bool = False
) -> list[dict[str, Any]]:
    """A register's records of every commune (or one), commune_code and commune_name first."""
    office_or_fail(store, "upper")
    if table not in SYNCED_TABLES:
        raise ValueError(f"not a register: {table}")
    return consolidation.register_across(store, table, commune_code, include_deleted)


def campaign_totals(
    store: Store, year: int | None = None, date_from: str | None = None, date_to: str | None = None
) -> list[dict[str, Any]]:
    """Indicator sums per commune and campaign for a year (or an explicit period)."""
    office_or_fail(store, "upper")
    if year is not None:
        date_from, date_to = f"{year}-01-01", f"{year}-12-31"
    return consolidation.campaign_totals(
        store, enums.INDICATORS, date_from or "0000", date_to or "9999"
    )


def reg213_progress(store: Store, year: int) -> list[dict[str, Any]]:
    """Per commune: ordinary members due a comment, and how many are at each state."""
    office_or_fail(store, "upper")
    rows = consolidation.reg213_progress(store, year)
    for row in rows:
        for state in enums.EVALUATION_STATES:
            row[state] = row[state] or 0
        row["not_started"] = max(row["due"] - sum(row[s] for s in enums.EVALUATION_STATES), 0)
    return rows


def import_history(store: Store, commune_code: str | None = None) -> list[dict[str, Any]]:
    """The imports, newest first, counts and warnings decoded."""
    office_or_fail(store, "upper")
    rows = import_log.imports(store, commune_code)
    for row in rows:
        row["counts"] = json.loads(row["counts"] or "{}")
        row["warnings"] = json.loads(row["warnings"] or "[]")
    return rows
