"""m0002_sync: a database of the first schema gains the sync tables, keeps its data and exports."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from desktop_app.store import migrations
from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.export import export_bundle

SYNC_TABLES = {
    "sync_keys",
    "sync_upper_keys",
    "sync_commune_keys",
    "sync_exports",
    "sync_lineages",
    "sync_imports",
    "sync_quarantine",
}


def test_first_schema_upgraded_then_exports(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.build().apply(db, stop_before="m0002_sync")
    assert not SYNC_TABLES & set(db.table_names())
    db.conn.close()
    store = open_store(path)
    try:
        assert SYNC_TABLES <= set(store.db.table_names())
        assert all(store.db[t].count == 0 for t in SYNC_TABLES)
        build_demo(store, people=40, villages=3, seed=1, commune_code="06280")
        stick = tmp_path / "usb"
        stick.mkdir()
        result = export_bundle(store, stick)
        assert result.sequence == 1 and result.counts["people"] == store.people.count(True)
    finally:
        store.close()
