"""A database as an earlier version of the program left it, for the tests of a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop_app.store import migrations

# The office row the migration tests give an old database (a commune; override any field).
OFFICE = {
    "id": "o1",
    "role": "commune",
    "commune_code": "06280",
    "commune_name": "Hòa Cư",
    "installation_id": "i1",
    "database_id": "d1",
}


def database_before(
    path: Path, migration: str | None, office: dict[str, Any] | None = OFFICE
) -> Database:
    """The database at path after every migration before `migration` (None: all of them), with
    an office row (none when office is None). The caller closes it (db.conn.close())."""
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.build().apply(db, stop_before=migration)
    if office is not None:
        db["office"].insert(office)
    return db
