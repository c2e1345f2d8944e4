import sqlite3

import pytest
from sqlite_utils import Database

from desktop_app.core import text
from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store import migrations
from desktop_app.store.db import SCHEMA_VERSION, open_store
from tests.store.schema_before import database_before


def database_at(path, step: int) -> None:
    """A database as the program left it after its first `step` migrations."""
    names = migrations.names()
    db = database_before(path, names[step] if step < len(names) else None)
    db.execute("update meta set value = '5' where key = 'rev'")
    db["villages"].insert(
        {
            "id": "v1",
            "commune_code": "06280",
            "created_at": "2025-01-01T00:00:00Z",
            "updated_at": "2025-01-01T00:00:00Z",
            "rev": 1,
            "name": "Nà Cạn",
            "kind": "ban",
            "name_fold": "na can",
            "sort_key": "x",
        }
    )
    db["people"].insert(
        {
            "id": "p1",
            "commune_code": "06280",
            "created_at": "2025-01-01T00:00:00Z",
            "updated_at": "2025-01-01T00:00:00Z",
            "rev": 2,
            "full_name": "Nông Thị Hoa",
            "sex": "female",
            "village_id": "v1",
            "name_fold": "nong thi hoa",
            "sort_key": "x",
        }
    )
    db.conn.close()


@pytest.mark.parametrize("step", range(1, SCHEMA_VERSION + 1))
def test_every_earlier_schema_opens_and_keeps_its_data(tmp_path, step):
    path = tmp_path / "old.db"
    database_at(path, step)
    store = open_store(path)
    assert store.db.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.people.get("p1")["full_name"] == "Nông Thị Hoa"
    assert store.current_rev() == 5
    store.people.update("p1", {"phone": "0912345678"})
    assert store.people.get("p1")["rev"] == 6
    if step < SCHEMA_VERSION:  # a real upgrade copies the file first
        assert list(tmp_path.glob("old.before-migration-*.db"))
    store.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    db["_sqlite_migrations"].insert(
        {
            "migration_set": migrations.MIGRATION_SET,
            "name": "m9999_future",
            "applied_at": "2030-01-01",
        }
    )
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="phiên bản Sổ Mặt trận mới hơn"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "ghi-chu.db"
    path.write_text("Danh sách thành viên\n", encoding="utf-8")
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu"):
        open_store(path)
    other = tmp_path / "other.db"
    sqlite3.connect(str(other)).execute("create table x (a)").connection.commit()
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu"):
        open_store(other)


def test_numeric_sort_keys_migration_reorders_numbered_names_only(tmp_path):
    path = tmp_path / "before-numeric.db"
    names = migrations.names()
    db = database_before(path, "m0004_numeric_sort_keys")
    db.execute("update meta set value = '7' where key = 'rev'")
    stamp = "2025-01-01T00:00:00Z"
    for i, (name, key) in enumerate(
        [("Thôn 10", "old-a"), ("Thôn 2", "old-b"), ("Nà Cạn", "old-c")]
    ):
        db["villages"].insert(
            {
                "id": f"v{i}",
                "commune_code": "06280",
                "created_at": stamp,
                "updated_at": stamp,
                "rev": i + 1,
                "name": name,
                "kind": "thon",
                "name_fold": "x",
                "sort_key": key,
            }
        )
    db["people"].insert(
        {
            "id": "p1",
            "commune_code": "06280",
            "created_at": stamp,
            "updated_at": stamp,
            "rev": 4,
            "full_name": "Nguyễn Văn 2",
            "sex": "male",
            "name_fold": "x",
            "sort_key": "old-p",
        }
    )
    db.conn.close()
    assert "m0004_numeric_sort_keys" in names

    store = open_store(path)
    try:
        keys = dict(store.conn.execute("select name, sort_key from villages").fetchall())
        assert (
            keys["Thôn 2"] == text.sort_key("Thôn 2") < keys["Thôn 10"] == text.sort_key("Thôn 10")
        )
        assert keys["Nà Cạn"] == "old-c"  # no digit: the stored key is left alone
        assert store.people.get("p1")["sort_key"] == text.person_sort_key("Nguyễn Văn 2")
        assert store.current_rev() == 7  # derived columns: nothing new to send upward
        assert {v["updated_at"] for v in store.villages.query()} == {stamp}
    finally:
        store.close()


def test_purpose_and_secretary_migration_adds_empty_columns_and_keeps_rows(tmp_path):
    path = tmp_path / "m5.db"
    database_at(path, migrations.names().index("m0006_purpose_and_secretary"))
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    assert "party_secretary" not in db["villages"].columns_dict
    db.conn.close()
    store = open_store(path)
    assert store.villages.get("v1")["party_secretary"] is None
    assert "purpose" in store.db["evaluations"].columns_dict
    assert (
        store.villages.get("v1")["name"] == "Nà Cạn"
        and store.people.get("p1")["village_id"] == "v1"
    )
    store.close()
