"""A protected office: encrypted database, WAL and backups, accounts and roles in the store,
the recovery key, an audit trail that cannot be altered, the upgrade of a plain office."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import roles
from desktop_app.core.errors import UserError
from desktop_app.store import accounts, cipher, protect, vault
from desktop_app.store.accounts import NotPermitted
from desktop_app.store.backup import backup, restore
from desktop_app.store.db import LoginRequired, NotADatabase, open_store
from desktop_app.store.demo import build_demo
from tests.conftest import TODAY

CHAIR, CHAIR_PW = "Chủ tịch Hoàng", "matkhau-chu-tich"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault, "SCRYPT_N", 2**10)  # the same code, a cheaper cost: tests stay fast


@pytest.fixture(scope="module")
def _plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plain") / "somattran.db"
    s = open_store(path)
    s.today = lambda: TODAY
    build_demo(s, people=60, villages=2, seed=3)
    s.set_meta("demo", "0")  # stands for a real office here
    s.conn.execute("pragma wal_checkpoint(truncate)")
    s.close()
    return path


@pytest.fixture
def plain(tmp_path: Path, _plain_template: Path) -> Path:
    path = tmp_path / "data" / "somattran.db"
    path.parent.mkdir()
    shutil.copy(_plain_template, path)
    return path


@pytest.fixture
def office(plain: Path) -> tuple[Path, str]:
    """A protected office: (its database path, its recovery key)."""
    return plain, protect.protect(plain, CHAIR, CHAIR_PW, plain.parent / "backups")


@pytest.fixture
def people(_plain_template: Path) -> int:
    conn = sqlite3.connect(str(_plain_template))
    count = conn.execute("select count(*) from people where deleted_at is null").fetchone()[0]
    conn.close()
    return count


def secrets_of(path: Path) -> list[bytes]:
    conn = sqlite3.connect(str(path))
    rows = conn.execute(
        "select full_name, id_number from people where id_number is not null limit 20"
    ).fetchall()
    conn.close()
    assert rows
    return [v.encode() for row in rows for v in row]


def login(path: Path, user: str = CHAIR, password: str = CHAIR_PW):
    return open_store(path, user=user, password=password)


def test_the_database_its_wal_and_backups_hold_no_name_or_id_number(plain, people):
    needles = secrets_of(plain)
    recovery = protect.protect(plain, CHAIR, CHAIR_PW, plain.parent / "backups")
    store = login(plain)
    person = store.query("select id from people limit 1")[0]["id"]
    store.people.update(person, {"notes": "ghi chú trong WAL"})  # the open connection keeps a WAL
    wal = Path(f"{plain}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    copy = backup(store, plain.parent / "backups")
    files = [plain, wal, copy]
    for f in files:
        raw = f.read_bytes()
        assert not any(n in raw for n in needles), f
        assert "ghi chú trong WAL".encode() not in raw
    store.close()
    for f in (plain, copy):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(str(f)).execute("select count(*) from sqlite_master").fetchone()
        assert oct(f.stat().st_mode & 0o777) == "0o600"
        assert oct(vault.keys_path(f).stat().st_mode & 0o777) == "0o600"
    # the recovery key opens the backup without any key file
    vault.keys_path(copy).unlink()
    conn = cipher.connect(copy, vault.parse_recovery(recovery))
    assert conn.execute("select count(*) from people").fetchone()[0] == people
    conn.close()


def test_right_password_opens_wrong_one_does_not(office, people):
    path, recovery = office
    with pytest.raises(LoginRequired):
        open_store(path)
    with pytest.raises(vault.WrongPassword):
        login(path, password="khong-dung-dau")
    with pytest.raises(vault.WrongPassword):
        login(path, user="ai-do")
    store = login(path, user=CHAIR.upper())  # the name without case
    assert store.account.name == CHAIR and store.account.role == roles.LANH_DAO
    assert store.people.count() == people
    store.close()
    by_recovery = open_store(path, password=recovery.lower().replace("-", " "))
    assert by_recovery.account.recovery and by_recovery.may("accounts")
    by_recovery.close()


def test_a_password_change_rewraps_one_key_and_the_old_password_stops(office):
    path, _ = office
    store = login(path)
    accounts.add(store, "Lan", roles.CAN_BO, "mat-khau-lan")
    accounts.change_password(store, CHAIR, "mat-khau-moi-1")
    store.close()
    with pytest.raises(vault.WrongPassword):
        login(path)
    login(path, password="mat-khau-moi-1").close()
    lan = login(path, "Lan", "mat-khau-lan")
    accounts.change_password(lan, "Lan", "lan-doi-roi")  # one's own password: any role
    with pytest.raises(NotPermitted):
        accounts.change_password(lan, CHAIR, "chiem-quyen-1")
    lan.close()
    login(path, "Lan", "lan-doi-roi").close()


def test_roles_are_enforced_in_the_store_and_a_refused_write_changes_nothing(office):
    path, _ = office
    store = login(path)
    accounts.add(store, "Xem", roles.CHI_XEM, "chi-xem-thoi")
    accounts.add(store, "Lan", roles.CAN_BO, "mat-khau-lan")
    store.close()

    viewer = login(path, "Xem", "chi-xem-thoi")
    person = viewer.query("select id, notes from people limit 1")[0]
    before = viewer.current_rev()
    with pytest.raises(NotPermitted):
        viewer.people.update(person["id"], {"notes": "sửa lén"})
    with pytest.raises(NotPermitted):
        viewer.people.add({"full_name": "Người Lạ", "sex": "male"})
    with pytest.raises(sqlite3.DatabaseError):  # even around the registers' code
        viewer.conn.execute("update people set notes = 'x'")
    with pytest.raises(NotPermitted):
        accounts.add(viewer, "Ai", roles.LANH_DAO, "12345678")
    assert viewer.current_rev() == before
    assert viewer.people.get(person["id"])["notes"] == person["notes"]
    viewer.close()

    clerk = login(path, "Lan", "mat-khau-lan")
    clerk.people.update(person["id"], {"notes": "cán bộ sửa"})
    with pytest.raises(NotPermitted):
        clerk.settings.set("signer_name", "Người Khác")
    with pytest.raises(NotPermitted):
        clerk.documents.number_for("QD", "test:1", "Quyết định", "2026-11-26")
    with pytest.raises(NotPermitted):
        accounts.disable(clerk, CHAIR)
    clerk.close()


def test_audit_entries_carry_the_account_and_old_and_new_values_and_cannot_be_altered(office):
    path, _ = office
    store = login(path)
    person = store.query("select id, phone from people limit 1")[0]
    store.people.update(person["id"], {"phone": "0912000111"})
    entry = store.query("select * from audit_log where action = 'update' order by id desc limit 1")[
        0
    ]
    assert entry["actor"] == CHAIR and entry["actor_role"] == roles.LANH_DAO
    assert json.loads(entry["old"])["phone"] == person["phone"]
    assert json.loads(entry["new"])["phone"] == "0912000111"
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("update audit_log set actor = 'khác'")
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("delete from audit_log")
    store.close()
    # the triggers refuse too, with no authorizer in the way (a plain demo-like file)
    bare = cipher.connect(
        path, vault.unlock(vault.keys_path(path), CHAIR, CHAIR_PW)[0], isolation_level=None
    )
    with pytest.raises(sqlite3.IntegrityError, match="không được sửa"):
        bare.execute("update audit_log set actor = 'khác'")
    with pytest.raises(sqlite3.IntegrityError, match="không được xóa"):
        bare.execute("delete from audit_log")
    bare.close()


def test_wrong_passwords_wait_longer_after_five_and_go_into_the_audit_trail(office):
    path, _ = office
    keys = vault.keys_path(path)
    for _ in range(5):
        with pytest.raises(vault.WrongPassword):
            vault.unlock(keys, CHAIR, "sai-mat-khau", now=1000.0)
    with pytest.raises(vault.MustWait) as waiting:
        vault.unlock(keys, CHAIR, CHAIR_PW, now=1001.0)  # even the right one must wait
    assert "giây" in waiting.value.message
    vault.unlock(keys, CHAIR, CHAIR_PW, now=1000.0 + vault.wait_for(5))
    assert vault.wait_for(7) > vault.wait_for(6) > vault.wait_for(5) > 0 == vault.wait_for(4)
    store = login(path)
    failures = store.query("select * from audit_log where action = 'login_failed'")
    assert len(failures) == 5 and failures[0]["actor"] == CHAIR
    store.close()


def test_a_disabled_account_is_refused_and_keeps_its_name(office):
    path, _ = office
    store = login(path)
    accounts.add(store, "Lan", roles.CAN_BO, "mat-khau-lan")
    accounts.disable(store, "Lan")
    with pytest.raises(UserError, match="ít nhất một tài khoản lãnh đạo"):
        _disable_last_leader(store)
    assert [a["name"] for a in accounts.all_accounts(store)] == [CHAIR, "Lan", "Phó"]
    store.close()
    with pytest.raises(vault.AccountDisabled, match="đã bị khóa"):
        login(path, "Lan", "mat-khau-lan")


def _disable_last_leader(store) -> None:
    accounts.add(store, "Phó", roles.LANH_DAO, "pho-chu-tich")
    accounts.disable(store, "Phó")
    store.account = accounts.Account("Người khác", roles.LANH_DAO)
    accounts.disable(store, CHAIR)


def test_a_damaged_key_file_loses_nothing_and_the_recovery_key_writes_it_again(office, people):
    path, recovery = office
    keys = vault.keys_path(path)
    keys.write_text("{hỏng", encoding="utf-8")
    with pytest.raises(vault.KeyFileError, match="khóa khôi phục"):
        login(path)
    store = open_store(path, password=recovery)
    assert store.people.count() == people
    store.close()
    login(path).close()  # the chairman's password works again


def test_a_database_copied_from_another_office_gives_a_plain_message(
    office, tmp_path, _plain_template
):
    path, _ = office
    other = tmp_path / "other" / "somattran.db"
    other.parent.mkdir()
    shutil.copy(_plain_template, other)
    protect.protect(other, CHAIR, CHAIR_PW)
    shutil.copy(other, path)  # another office's file over ours, our key file stays
    with pytest.raises(NotADatabase, match="không thuộc về dữ liệu này"):
        login(path)


def test_a_backup_made_under_other_passwords_restores_with_its_own(office):
    path, recovery = office
    backups = path.parent / "backups"
    store = login(path)
    copy = backup(store, backups)
    key = store.key
    accounts.change_password(store, CHAIR, "mat-khau-moi-1")
    store.close()
    with pytest.raises(vault.WrongPassword):
        restore(path, copy, backups, user=CHAIR, password="mat-khau-moi-1", current_key=key)
    login(path, password="mat-khau-moi-1").close()  # nothing changed
    restore(path, copy, backups, user=CHAIR, password=CHAIR_PW, current_key=key)
    login(path).close()  # the backup's accounts came back with it
    vault.keys_path(copy).unlink()
    restore(path, copy, backups, password=recovery, current_key=key)


def test_the_offices_key_opens_its_own_backups_for_the_accounts_they_hold(office, tmp_path):
    path, _ = office
    store = login(path)
    copy = backup(store, tmp_path / "usb")
    accounts.add(store, "lan", roles.CAN_BO, "mat-khau-lan")  # after the backup
    key = store.key
    store.close()
    from desktop_app.store.backup import opens_with

    assert opens_with(copy, key, CHAIR) and opens_with(copy, key, None)
    assert not opens_with(copy, key, "lan")  # not in that backup: its password is asked for
    assert not opens_with(copy, vault.new_database_key(), CHAIR)  # another office's key
    assert not opens_with(path.parent / "missing.db", key, CHAIR)


def test_a_plain_office_is_upgraded_with_equal_counts(plain, people):
    before = protect._counts(sqlite3.connect(str(plain)))
    older = plain.parent / "backups" / "somattran-06280-20250101-000000.db"
    older.parent.mkdir()
    shutil.copy(plain, older)
    protect.protect(plain, CHAIR, CHAIR_PW, older.parent)
    assert not cipher.is_plain(plain) and not cipher.is_plain(older)
    store = login(plain)
    after = protect._counts(store.conn)
    assert {k: v for k, v in after.items() if k not in ("accounts", "audit_log")} == {
        k: v for k, v in before.items() if k not in ("accounts", "audit_log")
    }
    assert after["accounts"] == 1
    store.close()
    old = open_store(older, user=CHAIR, password=CHAIR_PW)
    assert old.people.count() == people
    old.close()


def test_the_plain_bytes_are_overwritten_once_the_encrypted_file_stands(plain, people):
    """The plain database and a plain backup re-written encrypted: their old bytes are zeros before
    their files are let go (seen through second names the test keeps to them)."""
    import os

    needles = secrets_of(plain)
    older = plain.parent / "backups" / "somattran-06280-20250101-000000.db"
    older.parent.mkdir()
    shutil.copy(plain, older)
    seen = [plain.parent / "seen-db", plain.parent / "seen-backup"]
    os.link(plain, seen[0])
    os.link(older, seen[1])
    size = plain.stat().st_size
    protect.protect(plain, CHAIR, CHAIR_PW, older.parent)
    for kept in seen:
        data = kept.read_bytes()
        assert data and data == bytes(len(data))
        assert not any(n in data for n in needles)
    assert seen[0].stat().st_size == size
    assert not list(plain.parent.rglob("*.wiping"))
    store = login(plain)
    assert store.people.count() == people
    store.close()


def test_a_wal_beside_the_plain_file_is_overwritten_before_it_is_removed(tmp_path):
    import os

    wal = tmp_path / "somattran.db-wal"
    wal.write_bytes(b"Lang Van Tu 020095001234" * 100)
    seen = tmp_path / "seen"
    os.link(wal, seen)
    protect.wipe(wal)
    assert not wal.exists()
    assert seen.read_bytes() == bytes(2400)


def test_the_plain_file_is_never_overwritten_while_it_is_still_the_offices(plain, monkeypatch):
    """A second name left by an upgrade cut short is dropped, not wiped (it is the plain file);
    a rename that fails leaves the plain file whole."""
    import os

    original = plain.read_bytes()
    doomed = plain.with_name(plain.name + protect.WIPE_SUFFIX)
    os.link(plain, doomed)
    target = plain.parent / "new.db"
    target.write_bytes(b"encrypted")

    def refused(_src, _dst):
        raise PermissionError("in use")

    monkeypatch.setattr(protect.os, "replace", refused)
    with pytest.raises(PermissionError):
        protect.replace_wiping(target, plain)
    assert plain.read_bytes() == original
    assert not doomed.exists()


def test_a_failed_upgrade_leaves_the_plain_file_as_it_was(plain, people, monkeypatch):
    original = plain.read_bytes()

    def broken(tmp, key, before):
        raise UserError("không khớp khi đọc lại")

    monkeypatch.setattr(protect, "_verify", broken)
    with pytest.raises(UserError):
        protect.protect(plain, CHAIR, CHAIR_PW)
    assert plain.read_bytes() == original
    assert not vault.keys_path(plain).exists()
    assert not list(plain.parent.glob("*.encrypting*"))
    assert open_store(plain).people.count() == people


def test_the_demo_is_never_protected(tmp_path):
    store = open_store(tmp_path / "demo.db")
    build_demo(store, people=20, villages=1)
    assert store.is_demo and store.account is None and store.may("accounts")
    store.close()
    with pytest.raises(UserError, match="Xã mẫu"):
        protect.protect(tmp_path / "demo.db", CHAIR, CHAIR_PW)


def test_printing_a_list_with_sensitive_fields_is_in_the_audit_trail_whatever_the_role(
    office, tmp_path
):
    from desktop_app.reports.people_list import print_people
    from desktop_app.store import audit_trail

    path, _ = office
    store = login(path)
    accounts.add(store, "Xem", roles.CHI_XEM, "chi-xem-thoi")
    store.close()
    viewer = login(path, "Xem", "chi-xem-thoi")
    print_people(viewer, tmp_path / "ds.pdf", party_member=True)
    viewer.close()
    store = login(path)
    printed = audit_trail.changes(store, kind="print")
    assert printed and printed[0].user == "Xem" and printed[0].table == "people_list"
    store.close()


def test_a_demo_made_by_an_earlier_version_is_still_the_demo(tmp_path, plain):
    from desktop_app.store.migrations.m0008_accounts import _mark_old_demo

    store = open_store(tmp_path / "demo.db")
    build_demo(store, people=20, villages=1)
    store.conn.execute("delete from meta where key = 'demo'")  # as an earlier version left it
    assert not store.is_demo
    _mark_old_demo(store.db)
    assert store.is_demo
    store.close()
    office = open_store(plain)  # a real office (people added by officers, or another signer)
    office.people.add({"full_name": "Lăng Văn Tú", "sex": "male"})
    office.conn.execute("delete from meta where key = 'demo'")
    _mark_old_demo(office.db)
    assert not office.is_demo
    office.close()


def test_an_office_of_an_earlier_version_is_marked_for_the_chairmans_account(tmp_path):
    from desktop_app.store import migrations
    from tests.store.test_migrations import database_at

    path = tmp_path / "old.db"
    database_at(path, migrations.names().index("m0008_accounts"))
    store = open_store(path)
    assert store.meta("protect_at_start") == "1" and not store.is_demo
    store.close()
    new = open_store(tmp_path / "new.db")  # set up from now on: the wizard or `setup --user` asks
    new.setup_office(commune_name="Hòa Cư", commune_code="06280")
    assert new.meta("protect_at_start") is None
    new.close()


def test_a_reader_of_a_protected_office_has_its_key_and_its_account(office, people):
    path, _ = office
    store = login(path)
    reader = store.reader()
    try:
        assert reader.people.count() == people and reader.account == store.account
    finally:
        reader.close()
        store.close()


def test_a_plain_second_name_left_by_a_cut_upgrade_is_wiped_at_the_next_start(office, tmp_path):
    """Cut between the swap and the overwrite: the `.wiping` name of a re-written copy still holds
    plain bytes; the next start overwrites it. One still naming the data file (cut before the
    swap) is only unlinked."""
    import os

    from desktop_app.store.backup import clean_leftovers

    path, _ = office
    backups = path.parent / "backups"
    backups.mkdir(exist_ok=True)
    (backups / "somattran-old.db").write_bytes(b"encrypted now")
    left = backups / ("somattran-old.db" + protect.WIPE_SUFFIX)
    left.write_bytes(b"Lang Van Tu 020095001234" * 10)
    seen = tmp_path / "seen"
    os.link(left, seen)
    data_name = path.with_name(path.name + protect.WIPE_SUFFIX)
    os.link(path, data_name)  # the swap never happened: this is the data itself
    store = login(path)  # as the window does once logged in
    before = store.people.count()
    try:
        removed = clean_leftovers(path, backups)
    finally:
        store.close()
    assert set(removed) == {left, data_name}
    assert not left.exists() and not data_name.exists()
    assert seen.read_bytes() == bytes(240)
    store = login(path)  # the data itself untouched
    assert store.people.count() == before and before > 0
    store.close()
