"""Every released schema, frozen in tests/fixtures/schema_vN.sql, opens with today's program:
the migrations run, and every row of every table is still there with its values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.store.db import SCHEMA_VERSION, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASES = sorted(FIXTURES.glob("schema_v*.sql"))
# Columns a migration recomputes on purpose: m0004 rebuilds sort keys of names with a digit.
RECOMPUTED = {"sort_key"}


def load(dump: Path, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()


def rows(path: Path) -> dict[str, dict[object, dict]]:
    """Every row of every plain table (not full-text indexes and their shadow tables), by id."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    virtual = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL%'"
        )
    ]
    tables = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
        )
        if r[0] not in virtual and not any(r[0].startswith(v + "_") for v in virtual)
    ]
    found = {}
    for table in tables:
        found[table] = {
            (r["id"] if "id" in r.keys() else tuple(r)): dict(r)
            for r in conn.execute(f'select * from "{table}"')
        }
    conn.close()
    return found


def test_there_is_a_fixture_of_every_release_before_this_one() -> None:
    assert [p.name for p in RELEASES] == [f"schema_v{n}.sql" for n in range(1, 5)]


@pytest.mark.parametrize("dump", RELEASES, ids=[p.stem for p in RELEASES])
def test_a_released_database_upgrades_keeping_every_row(dump: Path, tmp_path: Path) -> None:
    path = tmp_path / "somattran.db"
    load(dump, path)
    before = rows(path)
    assert len(before["people"]) == 4 and len(before["villages"]) == 3

    store = open_store(path)
    assert store.conn.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    after = rows(path)
    for table, old_rows in before.items():
        if table == "_sqlite_migrations":
            continue
        assert table in after, f"table {table} is gone"
        for key, old in old_rows.items():
            new = after[table].get(key)
            assert new is not None, f"{table} {key} is gone"
            changed = {c for c in old if c not in RECOMPUTED and new.get(c) != old[c]}
            assert not changed, f"{table} {key}: {changed} changed"
    assert list(tmp_path.glob("somattran.before-migration-*.db")), "no copy before migrating"

    # and the office works on it: search, Vietnamese order, tombstones, the rev counter
    hoa = store.people.query(search="nong thi hoa")
    assert [p["full_name"] for p in hoa] == ["Nông Thị Hoa"]
    assert [v["name"] for v in store.villages.query()] == ["Bản Nà Cạn", "Thôn 2", "Thôn 10"]
    gone = [p for p in before["people"].values() if p["deleted_at"]]
    assert len(gone) == 1 and store.people.get(gone[0]["id"]) is None
    top = max(r["rev"] for t in ("people", "villages", "bodies") for r in before[t].values())
    updated = store.people.update(hoa[0]["id"], {"phone": "0987654321"})
    assert updated["rev"] > top
    body = next(iter(before["bodies"].values()))
    assert {m["full_name"] for m in store.bodies.members(body["id"])} == {
        "Nông Thị Hoa",
        "Đặng Văn An 2",
    }
    store.close()
