"""The upper level's copy of each commune: the rows a commune sent (kept with its ids,
timestamps and revs), the ID numbers met in other communes, and the lineage of the database
its bundles come from.

Functions take the `Store`; the caller owns the transaction (store.transaction()).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.store import id_filter
from desktop_app.store.synced_tables import chunks, synced

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def commune_rows(store: Store, table: str, commune_code: str) -> list[dict]:
    return store.query(
        f"select * from {synced(table)} where commune_code = ? order by id", [commune_code]
    )


def commune_ids(store: Store, table: str, commune_code: str) -> set[str]:
    return {
        r[0]
        for r in store.conn.execute(
            f"select id from {synced(table)} where commune_code = ?", [commune_code]
        )
    }


def id_numbers_elsewhere(
    store: Store, commune_code: str, numbers: Iterable[str]
) -> dict[str, list[str]]:
    """ID number → other communes where a live person carries it.

    The filter of the numbers held (store/id_filter) sets aside nearly every number no commune
    holds; the rest are looked up in each other commune's stretch of its index of ID numbers
    (m0014), a few seeks a number and commune whatever the province's size."""
    candidates = sorted(id_filter.may_hold(store, numbers))
    others = sorted(set(store.people.count_by_commune()) - {commune_code})
    found: dict[str, list[str]] = {}
    if not candidates or not others:
        return found
    communes = ",".join("?" * len(others))
    for chunk in chunks(candidates):
        marks = ",".join("?" * len(chunk))
        for number, code in store.conn.execute(
            "select distinct id_number, commune_code from people"
            f" where commune_code in ({communes}) and id_number in ({marks})"
            " and deleted_at is null order by commune_code",
            [*others, *chunk],
        ):
            found.setdefault(number, []).append(code)
    return found


# ---- lineages: the database each commune's bundles come from ------------------------------------
def lineages(store: Store, commune_code: str) -> list[dict]:
    return store.query(
        "select * from sync_lineages where commune_code = ? order by id", [commune_code]
    )


def save_lineage(store: Store, row: dict) -> None:
    """Record the database a bundle came from as the commune's current one."""
    store.conn.execute(
        "update sync_lineages set current = 0 where commune_code = ?", [row["commune_code"]]
    )
    existing = store.query(
        "select id from sync_lineages where commune_code = ? and database_id = ?",
        [row["commune_code"], row["database_id"]],
    )
    if existing:
        store.db["sync_lineages"].update(existing[0]["id"], {**row, "current": 1})
    else:
        store.db["sync_lineages"].insert({**row, "current": 1})
