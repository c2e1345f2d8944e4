"""The upper level keeps no index of the whole province's Vietnamese order (issue 12).

Every commune's people already lie in Vietnamese order in their own stretch of
idx_people_commune_code_sort_key (m0003). The upper level also kept the order of every commune
at once (idx_people_sort_key_id_name_fold_deleted_at, m0001): a bundle's people fall all over
that index, so each bundle wrote more of its pages than the one before, and it was what made a
person imported cost more as the province filled (docs/scale.md, sixth pass). The list of every
commune now merges the communes' stretches (store/people.People._in_order), which reads the
first pages as fast.

An upper office drops it here, a new one when it is set up (Store.setup_office). A commune keeps
it: its own people are the whole order, and it never changes role. Only an index goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def drop_province_order_index(db: Database) -> None:
    """Drop the index of every commune's people in one order (an upper office's database)."""
    db.execute("drop index if exists idx_people_sort_key_id_name_fold_deleted_at")


def migrate(db: Database) -> None:
    if db.execute("select 1 from office where role = 'upper'").fetchone():
        drop_province_order_index(db)
