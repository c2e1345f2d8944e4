"""People by commune, for the upper level's registers: narrowed to one commune, or listed
commune after commune, search as you type reads one commune's stretch of an index in Vietnamese
order and filters on the folded name inside it.

The index on commune_code alone (m0001) is replaced: its plan fetched every row of the commune
from the table to test the name, then sorted them (bench/bench_upper.py). The new index begins
with commune_code, so everything the old one served (a commune's rows at import) it serves too.
Only an index changes: no record, no rev, nothing to send upward.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db["people"].create_index(
        ["commune_code", "sort_key", "id", "name_fold", "deleted_at"],
        index_name="idx_people_commune_code_sort_key",
        if_not_exists=True,
    )
    db.execute("drop index if exists idx_people_commune_code")
