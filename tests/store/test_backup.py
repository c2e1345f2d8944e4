import sqlite3

import pytest

from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store.backup import backup, restore
from desktop_app.store.db import open_store


def test_backup_then_restore_brings_the_data_back_as_a_new_database(store, tmp_path):
    p = store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    old_db_id = store.office()["database_id"]
    copy = backup(store, tmp_path / "saoluu")
    store.people.delete(p["id"])
    path = store.path
    store.close()
    safety = restore(path, copy, tmp_path / "saoluu")
    assert safety.exists() and safety != copy
    again = open_store(path)
    assert again.people.get(p["id"])["full_name"] == "Lăng Văn Tú"
    assert again.office()["database_id"] != old_db_id
    assert again.office()["installation_id"] == store.office()["installation_id"]
    again.close()


def test_restore_refuses_what_is_not_a_backup_and_keeps_the_database(store, tmp_path):
    store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    path = store.path
    store.close()
    text = tmp_path / "baocao.db"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    with pytest.raises(UserError, match="không phải bản sao lưu"):
        restore(path, text, tmp_path)
    foreign = tmp_path / "khac.db"
    sqlite3.connect(str(foreign)).execute("create table people (a)").connection.commit()
    with pytest.raises(UserError, match="không phải của Sổ Mặt trận"):
        restore(path, foreign, tmp_path)
    assert open_store(path).people.count() == 1


def test_restore_refuses_a_backup_of_a_newer_program(store, tmp_path):
    copy = backup(store, tmp_path)
    conn = sqlite3.connect(str(copy))
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('somattran', 'm9999', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew):
        restore(store.path, copy, tmp_path)
