"""Sort keys order numbers by value ("Thôn 2" before "Thôn 10"), as ICU's numeric collation does;
keys stored by earlier versions compared digit by digit. Only names holding a digit change.

Sort keys are derived columns: no rev, no updated_at, nothing to send upward (the upper level
recomputes them on import and runs this migration on its own copy).
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop_app.core import text

# table: (source column, key function)
KEYED = {
    "villages": ("name", text.sort_key),
    "bodies": ("name", text.sort_key),
    "campaigns": ("name", text.sort_key),
    "people": ("full_name", text.person_sort_key),
}


def migrate(db: Database) -> None:
    for table, (column, key) in KEYED.items():
        rows = db.execute(
            f"select id, {column} from {table} where {column} glob '*[0-9]*'"
        ).fetchall()
        db.conn.executemany(
            f"update {table} set sort_key = ? where id = ?",
            [(key(value), record_id) for record_id, value in rows],
        )
