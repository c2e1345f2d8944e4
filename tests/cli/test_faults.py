"""Every bad input and every fault of an office PC is a plain message, never a traceback: bad input,
full or read-only disks, a locked or damaged file, a killed process."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli.entry import say

ENV = {**os.environ, "LANG": "C.UTF-8", "SOMATTRAN_LOCK_WAIT": "0.5"}


def run(*args: str | bytes, env: dict | None = None) -> subprocess.CompletedProcess:
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        env=env or ENV,
        timeout=60,
    )
    out.stdout_text = out.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    out.stderr_text = out.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    return out


def no_traceback(out: subprocess.CompletedProcess) -> str:
    err = out.stderr_text  # type: ignore[attr-defined]
    assert "Traceback" not in err and "Error:" not in err and "lost sys.stderr" not in err, err
    return err


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("not a folder")
    return path


@pytest.mark.parametrize("case", ["file", "under-file", "proc", "too-long", "not-utf8"])
def test_a_bad_data_folder_is_a_message(case, a_file, tmp_path):
    folder: str | bytes = {
        "file": str(a_file),
        "under-file": str(a_file / "sub"),
        "proc": "/proc/somattran/x",
        "too-long": str(tmp_path / ("a" * 300)),
        "not-utf8": os.fsencode(tmp_path) + b"/b\xffc",
    }[case]
    for command in (["demo", "--people", "20", "--villages", "2"], ["list", "people"]):
        out = run("--data-dir", folder, *command)
        err = no_traceback(out)
        if case == "not-utf8":  # POSIX keeps such a name as bytes: it works, and says so
            assert out.returncode == 0, err
            continue
        assert out.returncode == 1, err
        assert err.startswith("Lỗi: "), err
    said = {
        "file": "là một tệp, không phải thư mục",
        "under-file": "không phải là thư mục",
        "proc": "",
        "too-long": "Đường dẫn quá dài",
        "not-utf8": "",
    }[case]
    assert said in err


def test_a_name_with_bytes_that_are_not_utf8_prints(tmp_path):
    folder = os.fsencode(tmp_path) + b"/kh\xf4ng"
    out = run("--data-dir", folder, "list", "people")
    assert out.returncode == 1
    assert "\\xf4" in no_traceback(out) or "kh" in out.stderr_text  # type: ignore[attr-defined]


@pytest.mark.parametrize("arg", [b"--search=\xff\xfe", b"--village=\xff"])
def test_arguments_with_bytes_that_are_not_utf8_are_bad_usage(arg, tmp_path):
    out = run("--data-dir", str(tmp_path / "d"), "list", "people", arg)
    assert out.returncode == 2
    assert "không phải mã UTF-8" in no_traceback(out)


def test_messages_print_on_a_terminal_that_cannot_encode_them():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    old, sys.stderr = sys.stderr, stream
    try:
        say("Lỗi: Dữ liệu đang được dùng bởi cửa sổ Sổ Mặt trận \udcff")
    finally:
        sys.stderr = old
    stream.flush()
    assert raw.getvalue().startswith(b"L?i: D?")


def test_a_terminal_in_ascii_still_gets_the_message(tmp_path, a_file):
    out = run("--data-dir", str(a_file), "list", "people", env={**ENV, "PYTHONIOENCODING": "ascii"})
    assert out.returncode == 1
    assert "là một tệp" in no_traceback(out)


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--people", "-5"],
        ["demo", "--people", "1e12"],
        ["demo", "--people", "1000000000000"],
        ["demo", "--villages", "0"],
        ["demo", "--commune-name", "x" * 100_000],
        ["list", "people", "--search", "nguyen " * 15_000],
        ["list", "evaluations", "--year", "99999"],
        ["list", "evaluations", "--year=-1"],
        ["list", "evaluations", "--year", "0"],
        ["list", "evaluations", "--year", "٢٠٢٦"],
        ["report", "activities", "--year", "99999", "--format", "json"],
        ["print", "due-list", "--year", "0", "--out", "x.pdf"],
    ],
)
def test_out_of_bounds_arguments_are_refused_at_once(args, tmp_path):
    out = run("--data-dir", str(tmp_path / "d"), *args)
    err = no_traceback(out)
    assert out.returncode == 2, err
    assert "lỗi cách dùng" in err
    assert not (tmp_path / "d" / "somattran.db").exists()


def test_every_command_says_the_same_year_rule(tmp_path):
    said = {
        run("--data-dir", str(tmp_path / "d"), *args, "--year", "3000")
        .stderr_text.splitlines()[-1]
        .split("--year: ", 1)[-1]
        for args in (["list", "evaluations"], ["report", "activities", "--format", "json"])
    }
    assert said == {"Năm phải là số có 4 chữ số từ 1900 đến 2100, không phải 3000."}


def test_demo_with_fewer_people_than_villages_is_a_message(tmp_path, capsys):
    assert (
        main(["--data-dir", str(tmp_path / "d"), "demo", "--people", "3", "--villages", "12"]) == 1
    )
    assert "ít nhất một người mỗi khu dân cư" in capsys.readouterr().err


def test_percent_and_underscore_in_a_search_are_literal(demo):
    everyone = len(demo.people.query())
    assert everyone > 100
    assert demo.people.query(search="%") == []
    assert demo.people.query(search="_") == []
    first = demo.people.query()[0]
    demo.db["people"].update(first["id"], {"name_fold": first["name_fold"] + " a_b%c"})
    assert [p["id"] for p in demo.people.query(search="a_b%c")] == [first["id"]]
    assert demo.people.query(search="axb") == []


def test_a_long_search_is_a_message_not_an_sql_error(demo):
    from desktop_app.core.errors import UserError

    with pytest.raises(UserError, match="Nội dung tìm kiếm"):
        demo.people.query(search="nguyen " * 15_000)


def test_an_unexpected_error_is_a_short_message_and_the_detail_is_logged(
    tmp_path, capsys, monkeypatch
):
    import desktop_app.store.demo as demo_module

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(demo_module, "build_demo", broken)
    assert main(["--data-dir", str(tmp_path / "d"), "demo"]) == 1
    err = capsys.readouterr().err
    assert "lỗi ngoài dự kiến" in err and "Traceback" not in err
    log = (tmp_path / "d" / "logs" / "somattran.log").read_text(encoding="utf-8")
    assert "RuntimeError: something nobody expected" in log and "Traceback" in log


# ---- real media: a tiny full filesystem, a read-only one (tmpfs; needs root) ----------------
def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def medium(tmp_path: Path):
    mounted: list[Path] = []

    def make(name: str, options: str) -> Path:
        target = tmp_path / name
        if os.geteuid() != 0 or shutil.which("mount") is None or not _mount(target, options):
            pytest.skip("mounting a small filesystem needs root")
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def _remount_read_only(target: Path) -> None:
    assert (
        subprocess.run(["mount", "-o", "remount,ro", str(target)], capture_output=True).returncode
        == 0
    )


def test_a_full_disk_is_a_message_for_demo(medium):
    disk = medium("full", "size=256k")
    out = run("--data-dir", str(disk / "office"), "demo", "--people", "2000")
    assert out.returncode == 1
    assert "Ổ đĩa đã đầy" in no_traceback(out)


def test_a_full_disk_during_backup_leaves_nothing_behind(medium, _demo_template, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    shutil.copy(_demo_template, office / "somattran.db")
    disk = medium("full", "size=64k")
    out = run("--data-dir", str(office), "backup", "--to", str(disk))
    assert out.returncode == 1
    assert "Ổ đĩa đã đầy" in no_traceback(out)
    assert list(disk.iterdir()) == []


def test_a_database_on_a_read_only_medium_opens_for_list(medium, _demo_template):
    disk = medium("stick", "size=16m")
    (disk / "office").mkdir()
    shutil.copy(_demo_template, disk / "office" / "somattran.db")
    _remount_read_only(disk)
    out = run("--data-dir", str(disk / "office"), "list", "villages", "--format", "json")
    assert out.returncode == 0, out.stderr_text  # type: ignore[attr-defined]
    assert out.stdout_text.startswith("[")  # type: ignore[attr-defined]
    assert "không phải cơ sở dữ liệu" not in out.stderr_text  # type: ignore[attr-defined]


def test_writing_or_restoring_on_a_read_only_medium_is_a_message(medium, _demo_template, tmp_path):
    disk = medium("stick", "size=16m")
    (disk / "office").mkdir()
    shutil.copy(_demo_template, disk / "office" / "somattran.db")
    backup = tmp_path / "b.db"
    shutil.copy(_demo_template, backup)
    _remount_read_only(disk)
    for args in (
        ["--data-dir", str(disk / "office"), "restore", str(backup)],
        ["--data-dir", str(disk / "new"), "demo", "--people", "20", "--villages", "2"],
        [
            "--data-dir",
            str(disk / "office"),
            "setup",
            "--role",
            "commune",
            "--name",
            "X",
            "--code",
            "06281",
        ],
    ):
        out = run(*args)
        assert out.returncode == 1
        assert "chỉ đọc" in no_traceback(out), args


def test_a_full_disk_during_import_is_a_message(tmp_path, capsys, monkeypatch):
    import sqlite3

    from desktop_app.store.db import open_store
    from desktop_app.sync import importer
    from desktop_app.sync.office import setup_office

    store = open_store(tmp_path / "upper" / "somattran.db")
    setup_office(store, "upper", "Ủy ban MTTQ tỉnh Lạng Sơn", "20")
    store.close()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(importer, "import_bundle", full)
    monkeypatch.setattr("desktop_app.sync.files.import_bundle", full)
    monkeypatch.setattr(
        "desktop_app.sync.files._order", lambda paths: [((0,), paths[0], "bundle", None)]
    )
    bundle = tmp_path / "06280-000001-20261204.smtb"
    bundle.write_bytes(b"x")
    code = main(["--data-dir", str(tmp_path / "upper"), "import", str(bundle)])
    err = capsys.readouterr().err
    assert code == 1 and "Ổ đĩa đã đầy" in err and "Traceback" not in err
