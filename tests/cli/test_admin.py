"""`setup --user`, `users`, `audit`, and the log-in of every command at a protected office."""

from __future__ import annotations

import base64
import json

import pytest

from desktop_app.cli import main
from desktop_app.store import vault

CHAIR_PW = "mat-khau-chu-tich"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault, "SCRYPT_N", 2**10)


def run(capsys, monkeypatch, *args, user=None, password=None, new=None):
    for var, value in (
        ("SOMATTRAN_USER", user),
        ("SOMATTRAN_PASSWORD", password),
        ("SOMATTRAN_NEW_PASSWORD", new),
    ):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(tmp_path, capsys, monkeypatch):
    d = str(tmp_path / "office")
    code, out, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "setup",
        "--role",
        "commune",
        "--name",
        "Hòa Cư",
        "--code",
        "06280",
        "--user",
        "chutich",
        new=CHAIR_PW,
    )
    assert code == 0, err
    recovery = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    assert vault.parse_recovery(recovery)
    return d, recovery


def test_setup_user_protects_the_office_and_every_command_logs_in(office, capsys, monkeypatch):
    d, recovery = office
    code, _, err = run(capsys, monkeypatch, "--data-dir", d, "list", "people")
    assert code == 1 and "SOMATTRAN_PASSWORD" in err  # no terminal to ask on
    code, _, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "list",
        "people",
        user="chutich",
        password="sai-roi-nhe",
    )
    assert code == 1 and "không đúng" in err and "Traceback" not in err
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "list",
        "villages",
        "--format",
        "json",
        user="chutich",
        password=CHAIR_PW,
    )
    assert code == 0 and json.loads(out) == []
    code, _, _ = run(capsys, monkeypatch, "--data-dir", d, "list", "villages", password=recovery)
    assert code == 0


def test_users_roles_and_refusals_on_the_command_line(office, capsys, monkeypatch):
    d, _ = office
    chair = {"user": "chutich", "password": CHAIR_PW}
    code, out, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "users",
        "--add",
        "lan",
        "--role",
        "can-bo",
        new="mat-khau-lan",
        **chair,
    )
    assert code == 0, err
    assert (
        run(
            capsys,
            monkeypatch,
            "--data-dir",
            d,
            "users",
            "--add",
            "xem",
            "--role",
            "chi-xem",
            new="mat-khau-xem",
            **chair,
        )[0]
        == 0
    )
    code, out, _ = run(capsys, monkeypatch, "--data-dir", d, "users", "--list", **chair)
    assert "lan" in out and "Cán bộ" in out and "Chỉ xem" in out

    viewer = {"user": "xem", "password": "mat-khau-xem"}
    code, _, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "users",
        "--add",
        "ke-gian",
        "--role",
        "lanh-dao",
        new="12345678",
        **viewer,
    )
    assert code == 1 and "không được quản lý tài khoản" in err
    code, _, err = run(capsys, monkeypatch, "--data-dir", d, "audit", **viewer)
    assert code == 1 and "không được xem nhật ký" in err
    code, _, err = run(capsys, monkeypatch, "--data-dir", d, "backup", **viewer)
    assert code == 1 and "không được sao lưu" in err
    code, _, err = run(capsys, monkeypatch, "--data-dir", d, "export", "--to", d + "/goi", **viewer)
    assert code == 1 and "không được xuất" in err

    # a password change; the disabled account is refused with a plain message
    assert (
        run(
            capsys,
            monkeypatch,
            "--data-dir",
            d,
            "users",
            "--password",
            "lan",
            new="lan-mat-khau-2",
            **chair,
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, monkeypatch, "--data-dir", d, "list", "people", user="lan", password="mat-khau-lan"
    )
    assert code == 1
    assert run(capsys, monkeypatch, "--data-dir", d, "users", "--disable", "lan", **chair)[0] == 0
    code, _, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "list",
        "people",
        user="lan",
        password="lan-mat-khau-2",
    )
    assert code == 1 and "đã bị khóa" in err


def test_audit_json_has_one_object_per_field_change(office, capsys, monkeypatch, tmp_path):
    d, _ = office
    chair = {"user": "chutich", "password": CHAIR_PW}
    from desktop_app import paths
    from desktop_app.store.db import open_store

    store = open_store(paths.database_path(d), user="chutich", password=CHAIR_PW)
    village = store.villages.add({"name": "Nà Cạn", "kind": "ban"})
    store.villages.update(village["id"], {"name": "Nà Cạn Mới", "code": "NC"})
    store.close()
    code, out, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "audit",
        "--record",
        village["id"],
        "--format",
        "json",
        **chair,
    )
    assert code == 0, err
    rows = json.loads(out)
    assert all(
        set(r) == {"user", "at", "action", "table", "record_id", "field", "old", "new"}
        for r in rows
    )
    renamed = [r for r in rows if r["action"] == "update" and r["field"] == "name"]
    assert renamed == [
        {**renamed[0], "user": "chutich", "table": "villages", "old": "Nà Cạn", "new": "Nà Cạn Mới"}
    ]
    assert any(r["action"] == "add" and r["field"] == "name" and r["new"] == "Nà Cạn" for r in rows)
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "audit",
        "--user",
        "nguoi-khac",
        "--format",
        "json",
        **chair,
    )
    assert json.loads(out) == []
    code, out, _ = run(
        capsys, monkeypatch, "--data-dir", d, "audit", "--since", "2999-01-01", **chair
    )
    assert code == 0 and "(0 dòng)" in out


def test_sync_round_trip_at_a_protected_commune_and_the_key_file_holds_no_private_key(
    office, capsys, monkeypatch, tmp_path
):
    d, _ = office
    chair = {"user": "chutich", "password": CHAIR_PW}
    upper = str(tmp_path / "upper")
    assert (
        run(
            capsys,
            monkeypatch,
            "--data-dir",
            upper,
            "setup",
            "--role",
            "upper",
            "--name",
            "Tỉnh Lạng Sơn",
            "--code",
            "20",
        )[0]
        == 0
    )
    keydir = tmp_path / "keys"
    keydir.mkdir()
    assert run(capsys, monkeypatch, "--data-dir", upper, "key", "--export", str(keydir))[0] == 0
    key_file = next(keydir.iterdir())
    assert (
        run(capsys, monkeypatch, "--data-dir", d, "key", "--trust", str(key_file), **chair)[0] == 0
    )
    commune_keys = tmp_path / "commune-keys"
    commune_keys.mkdir()
    assert (
        run(capsys, monkeypatch, "--data-dir", d, "key", "--export", str(commune_keys), **chair)[0]
        == 0
    )
    from desktop_app import paths
    from desktop_app.store.db import open_store

    store = open_store(paths.database_path(d), user="chutich", password=CHAIR_PW)
    store.villages.add({"name": "Nà Cạn", "kind": "ban"})
    private = store.query("select signing_private, encryption_private from sync_keys")[0]
    store.close()
    exported = next(commune_keys.iterdir()).read_bytes()
    for secret in private.values():
        assert secret not in exported
        assert base64.b64encode(secret) not in exported
    (tmp_path / "goi").mkdir()
    code, out, err = run(
        capsys, monkeypatch, "--data-dir", d, "export", "--to", str(tmp_path / "goi"), **chair
    )
    assert code == 0, err
    bundle = out.strip().splitlines()[-1]
    code, out, err = run(capsys, monkeypatch, "--data-dir", upper, "import", bundle, "--enrol")
    assert code == 0, err
    code, out, _ = run(
        capsys, monkeypatch, "--data-dir", upper, "list", "villages", "--format", "json"
    )
    assert [v["name"] for v in json.loads(out)] == ["Nà Cạn"]


def test_restore_of_an_encrypted_backup_on_the_command_line(office, capsys, monkeypatch, tmp_path):
    d, recovery = office
    chair = {"user": "chutich", "password": CHAIR_PW}
    code, out, err = run(
        capsys, monkeypatch, "--data-dir", d, "backup", "--to", str(tmp_path / "usb"), **chair
    )
    assert code == 0, err
    copy = out.strip().splitlines()[-1]
    assert (
        run(
            capsys,
            monkeypatch,
            "--data-dir",
            d,
            "users",
            "--add",
            "lan",
            "--role",
            "can-bo",
            new="mat-khau-lan",
            **chair,
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, monkeypatch, "--data-dir", d, "restore", copy, user="lan", password="mat-khau-lan"
    )
    assert code == 1 and "không được khôi phục" in err  # a cán bộ may not
    assert (
        run(
            capsys,
            monkeypatch,
            "--data-dir",
            d,
            "users",
            "--password",
            "chutich",
            new="mat-khau-moi-1",
            **chair,
        )[0]
        == 0
    )
    code, _, err = run(
        capsys,
        monkeypatch,
        "--data-dir",
        d,
        "restore",
        copy,
        user="chutich",
        password="mat-khau-moi-1",
    )
    # today's password is not valid in that backup, but the office's key opens its own backup:
    # no second password is needed, even without a terminal
    assert code == 0, err
    code, _, _ = run(capsys, monkeypatch, "--data-dir", d, "list", "villages", **chair)
    assert code == 0  # the backup's passwords came back with it
    code, out, err = run(capsys, monkeypatch, "--data-dir", d, "restore", copy, password=recovery)
    assert code == 0, err
    code, _, _ = run(capsys, monkeypatch, "--data-dir", d, "list", "villages", **chair)
    assert code == 0  # the backup's accounts and passwords came back with it


def test_audit_table_reads_vietnamese_names_and_json_keeps_the_codes(office, capsys, monkeypatch):
    d, _ = office
    chair = {"user": "chutich", "password": CHAIR_PW}
    from desktop_app import paths
    from desktop_app.store.db import open_store

    store = open_store(paths.database_path(d), user="chutich", password=CHAIR_PW)
    person = store.people.add({"full_name": "Lò Thị Mai", "sex": "female"})
    store.people.update(person["id"], {"id_number": "020195007777"})
    store.close()
    args = ("--data-dir", d, "audit", "--record", person["id"])
    code, out, err = run(capsys, monkeypatch, *args, **chair)
    assert code == 0, err
    line = next(x for x in out.splitlines() if "020195007777" in x)
    assert "Sửa" in line and "Người" in line and "Số định danh (CCCD)" in line
    assert "id_number" not in out and " people " not in out
    code, out, err = run(capsys, monkeypatch, *args, "--format", "json", **chair)
    changed = [r for r in json.loads(out) if r["new"] == "020195007777"]
    assert [(r["action"], r["table"], r["field"]) for r in changed] == [
        ("update", "people", "id_number")
    ]
