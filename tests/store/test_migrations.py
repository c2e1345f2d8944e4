import sqlite3

import pytest
from sqlite_utils import Database

from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store import migrations
from desktop_app.store.db import SCHEMA_VERSION, open_store


def database_at(path, step: int) -> None:
    """A database as the program left it after its first `step` migrations."""
    names = migrations.names()
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    stop = names[step] if step < len(names) else None
    migrations.build().apply(db, stop_before=stop)
    db.execute("update meta set value = '5' where key = 'rev'")
    db["office"].insert({"id": "o1", "role": "commune", "commune_code": "06280", "commune_name": "Hòa Cư",
                         "installation_id": "i1", "database_id": "d1"})
    db["villages"].insert({"id": "v1", "commune_code": "06280", "created_at": "2025-01-01T00:00:00Z",
                           "updated_at": "2025-01-01T00:00:00Z", "rev": 1, "name": "Nà Cạn", "kind": "ban",
                           "name_fold": "na can", "sort_key": "x"})
    db["people"].insert({"id": "p1", "commune_code": "06280", "created_at": "2025-01-01T00:00:00Z",
                         "updated_at": "2025-01-01T00:00:00Z", "rev": 2, "full_name": "Nông Thị Hoa",
                         "sex": "female", "village_id": "v1", "name_fold": "nong thi hoa", "sort_key": "x"})
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
    db["_sqlite_migrations"].insert({"migration_set": migrations.MIGRATION_SET, "name": "m9999_future",
                                     "applied_at": "2030-01-01"})
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
