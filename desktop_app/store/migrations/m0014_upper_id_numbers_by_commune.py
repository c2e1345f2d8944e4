"""The upper level checks ID numbers without a province-wide index of them (issue 12).

Importing a bundle, the upper level warns of people whose ID number another commune holds
(sync/plan). It asked idx_people_id_number, an index of every commune's numbers in one order:
a bundle's numbers fall all over it, so each bundle read and wrote every one of its pages, more
with every commune imported (docs/scale.md, sixth pass). An upper office now keeps:

- id_number_filter (store/id_filter): a Bloom filter of fixed size of the numbers it holds,
  which says of nearly every number of a bundle that no commune holds it;
- idx_people_commune_code_id_number: each commune's numbers in a stretch of their own, where
  the few numbers the filter lets through are looked up (store/upper_copy). It is partial (the
  people with a number): SQLite would otherwise read a commune's list through it, its smallest
  index on commune_code, instead of along the commune's order.

Every office gets the (empty) table; an upper office drops the province-wide index, makes the
per-commune one and fills the filter from the people it holds; a new one when it is set up
(Store.setup_office). A commune keeps its index of ID numbers: its own duplicate check reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.store import id_filter

if TYPE_CHECKING:
    from sqlite_utils import Database


def index_id_numbers_by_commune(db: Database) -> None:
    """An upper office's ID numbers: the per-commune index, the filter filled, no global index."""
    db.execute(  # partial: only a query naming ID numbers may use it, never a commune's list
        "create index if not exists idx_people_commune_code_id_number"
        " on people (commune_code, id_number) where id_number is not null"
    )
    db.execute("drop index if exists idx_people_id_number")
    rows = db.execute(  # the deleted's too: read from the index alone; a bit too many is harmless
        "select id_number from people indexed by idx_people_commune_code_id_number"
        " where id_number is not null"
    )
    id_filter.add_to(db.conn, (number for (number,) in rows))  # streamed: 8 MB held, not a list


def migrate(db: Database) -> None:
    db.execute(id_filter.SCHEMA)
    if db.execute("select 1 from office where role = 'upper'").fetchone():
        index_id_numbers_by_commune(db)
