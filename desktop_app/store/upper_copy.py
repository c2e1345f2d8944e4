"""The upper level's copy of each commune: the rows a commune sent (kept with its ids,
timestamps and revs), the ID numbers met in other communes, and the lineage of the database
its bundles come from.

Functions take the `Store`; the caller owns the transaction (store.transaction()).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

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
    """ID number → other communes where a live person carries it."""
    found: dict[str, list[str]] = {}
    for chunk in chunks(sorted(set(numbers))):
        marks = ",".join("?" * len(chunk))
        for number, code in store.conn.execute(
            f"select distinct id_number, commune_code from people where id_number in ({marks})"
            " and commune_code != ? and deleted_at is null order by commune_code",
            [*chunk, commune_code],
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
