"""The upper level keeps no index on the registers' rev (issue 12).

rev numbers a commune's own changes: the commune sends upward the rows whose rev lies past its
last bundle (store/synced_tables.changed_rows), and that is the index's only reader. The upper
level stores each record with the rev its commune gave it and never asks for rows by rev, yet
kept one such index on every register: a commune's revs run 1…n like every other commune's,
so its bundle wrote a page of each of these indexes all across the province, more pages with
every commune already imported (docs/scale.md, fifth pass).

An upper office drops them here, a new one when it is set up (Store.setup_office). A commune
keeps them. An office never changes its role (sync/office.setup_office), so an index dropped
is never missed. Only indexes change: no record, no rev, nothing to send upward.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database


def drop_rev_indexes(db: Database) -> None:
    """Drop the rev index of every synced register (an upper office's database)."""
    for table in SYNCED_TABLES:
        db.execute(f"drop index if exists idx_{table}_rev")


def migrate(db: Database) -> None:
    if db.execute("select 1 from office where role = 'upper'").fetchone():
        drop_rev_indexes(db)
