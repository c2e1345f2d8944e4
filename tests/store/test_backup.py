import sqlite3

import pytest

from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store.backup import backup, check_backup_file, describe_backup, restore
from desktop_app.store.db import open_store
from desktop_app.store.schema import SYNCED_TABLES


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
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('somattran', 'm9999', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew):
        restore(store.path, copy, tmp_path)


def test_the_safety_copy_is_named_apart_from_the_officers_backups(store, tmp_path):
    copy = backup(store, tmp_path / "saoluu")
    path = store.path
    store.close()
    safety = restore(path, copy, tmp_path / "saoluu")
    assert safety.parent == tmp_path / "saoluu"
    assert safety.name.startswith("somattran-06280-") and safety.stem.endswith("-truoc-khoi-phuc")
    assert not copy.stem.endswith("truoc-khoi-phuc")


def test_describe_backup_reads_the_office_counts_and_newest_change(demo, tmp_path):
    copy = backup(demo, tmp_path / "saoluu")
    before = copy.read_bytes()
    info = describe_backup(copy)
    assert copy.read_bytes() == before  # read only: not a byte changed
    office = demo.office()
    assert {
        k: info["office"][k] for k in ("role", "commune_name", "commune_code", "database_id")
    } == {k: office[k] for k in ("role", "commune_name", "commune_code", "database_id")}
    assert info["people"] == demo.people.count()
    assert info["villages"] == demo.villages.count()
    assert info["communes"] == 1
    newest = max(
        r["updated_at"]
        for table in SYNCED_TABLES
        for r in demo.query(f"select updated_at from {table}")
    )
    assert info["last_changed"] == newest


def test_describe_backup_counts_only_live_people_and_sees_the_latest_edit(store, tmp_path):
    kept = store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    gone = store.people.add({"full_name": "Hoàng Thị Mai", "sex": "female"})
    store.people.delete(gone["id"])
    store.people.update(kept["id"], {"phone": "0912345678"})
    latest = store.people.get(kept["id"])["updated_at"]
    info = describe_backup(backup(store, tmp_path))
    assert info["people"] == 1
    assert info["last_changed"] == max(
        latest, store.people.get(gone["id"], include_deleted=True)["updated_at"]
    )


def test_describe_an_empty_database_and_one_without_an_office(tmp_path):
    empty = open_store(tmp_path / "trong" / "office.db")
    info = describe_backup(backup(empty, tmp_path / "saoluu"))
    empty.close()
    assert info == {"office": None, "people": 0, "villages": 0, "communes": 0, "last_changed": None}


def test_describe_backup_refuses_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "ghi-chu.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    with pytest.raises(UserError, match="hỏng hoặc không phải"):
        describe_backup(junk)


def test_backups_in_a_folder_whose_name_looks_like_a_uri_are_read_and_restored(store, tmp_path):
    """'#' and '?' would cut a plain file: URI short: the file would not be found."""
    p = store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    folder = tmp_path / "Sao lưu #2 ?mode=rw %20"
    copy = backup(store, folder)
    check_backup_file(copy)
    assert describe_backup(copy)["people"] == 1
    store.people.delete(p["id"])
    path = store.path
    store.close()
    restore(path, copy, folder)
    again = open_store(path)
    assert again.people.get(p["id"]) is not None
    again.close()


def test_a_restored_copy_that_does_not_open_puts_the_current_data_back(
    store, tmp_path, monkeypatch
):
    from desktop_app.store import db as db_module

    p = store.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    copy = backup(store, tmp_path / "saoluu")
    store.people.update(p["id"], {"phone": "0912345678"})
    path = store.path
    store.close()
    real = db_module._open_locked

    def failing_upgrade(target, *args, **kwargs):  # the staged copy of the backup does not open
        if target.suffix == ".restoring":
            raise RuntimeError("migration failed")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(db_module, "_open_locked", failing_upgrade)
    with pytest.raises(UserError, match="giữ nguyên"):
        restore(path, copy, tmp_path / "saoluu")
    monkeypatch.undo()
    assert not path.with_suffix(".restoring").exists()
    again = open_store(path)
    assert (
        again.people.get(p["id"])["phone"] == "0912345678"
    )  # the data as it was, not the backup's
    again.close()


def test_one_automatic_copy_a_day_and_only_the_newest_are_kept(store, tmp_path):
    from datetime import datetime

    from desktop_app.store.backup import automatic_backup

    folder = tmp_path / "backups"
    folder.mkdir()
    older = [folder / f"somattran-06280-202611{day:02d}-180000-tu-dong.db" for day in range(20, 26)]
    own = folder / "somattran-06280-20261101-090000.db"  # the officer's own backup
    safety = folder / "somattran-06280-20261102-090000-truoc-khoi-phuc.db"
    other = folder / "somattran-06283-20261101-090000-tu-dong.db"  # another office's copy
    for path in [*older, own, safety, other]:
        path.write_bytes(b"x")

    made = automatic_backup(store, folder, keep=3, now=datetime(2026, 11, 26, 17, 30))
    assert made is not None and made.name.endswith("-tu-dong.db")
    check_backup_file(made)
    assert open_store(made).office()["commune_code"] == "06280"
    kept = sorted(p.name for p in folder.glob("*-tu-dong*.db"))
    assert kept == sorted([older[-2].name, older[-1].name, made.name, other.name])
    assert own.exists() and safety.exists()

    assert (
        automatic_backup(store, folder, keep=3, now=datetime(2026, 11, 26, 18, 5)) is None
    )  # once a day
    assert (
        automatic_backup(store, folder, keep=0, now=datetime(2026, 11, 27, 9, 0)) is None
    )  # turned off
    assert len(list(folder.glob("somattran-06280-*-tu-dong*.db"))) == 3
