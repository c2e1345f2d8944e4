"""One writer per office, tested with real processes on one data folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store.db import open_store

from ..conftest import TODAY

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    how, folder = sys.argv[1], Path(sys.argv[2])
    if how == "window":  # the window's own path: startup.open_office, before Qt
        from desktop_app.startup import open_office
        store = open_office(str(folder))
        assert not isinstance(store, str), store
    elif how == "restore":  # a restore in progress: the office to itself
        from desktop_app.store.lock import acquire
        held = acquire(folder / "somattran.db", "exclusive", "lệnh khôi phục dữ liệu")
    else:
        from desktop_app.store.db import open_store
        store = open_store(folder / "somattran.db", access=how, program="lệnh “somattran import”")
    print("ready", flush=True)
    time.sleep(60)
""")


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "SOMATTRAN_LOCK_WAIT": "0.5", "LANG": "C.UTF-8", **extra}


@pytest.fixture
def office(tmp_path: Path, _demo_template: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    shutil.copy(_demo_template, folder / "somattran.db")
    return folder


@pytest.fixture
def hold():
    started: list[subprocess.Popen] = []

    def start(how: str, folder: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, how, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        started.append(proc)
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def somattran(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env(),
        timeout=120,
    )


def people(folder: Path) -> int:
    store = open_store(folder / "somattran.db", access="read")
    try:
        return store.conn.execute("select count(*) from people").fetchone()[0]
    finally:
        store.close()


def test_a_second_writer_waits_then_names_the_holder(hold, office):
    holder = hold("write", office)
    out = somattran(office, "setup", "--role", "commune", "--name", "Khác", "--code", "06281")
    assert out.returncode == 1
    assert (
        "Dữ liệu đang được dùng bởi lệnh “somattran import” (tiến trình " + str(holder.pid)
        in out.stderr
    )
    assert "thử lại sau" in out.stderr
    assert "Traceback" not in out.stderr and "locked" not in out.stderr


def test_two_demos_on_one_folder_one_wins_and_the_other_says_so(tmp_path):
    folder = tmp_path / "two"
    args = [
        sys.executable,
        "-m",
        "desktop_app",
        "--data-dir",
        str(folder),
        "demo",
        "--people",
        "300",
    ]
    first = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env()
    )
    second = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env()
    )
    outs = [(p.wait(120), p.stderr.read()) for p in (first, second)]
    assert sorted(code for code, _ in outs) == [0, 1], outs
    loser = next(err for code, err in outs if code == 1)
    assert "Traceback" not in loser and "locked" not in loser
    assert "Dữ liệu đang được dùng bởi" in loser or "đã có đơn vị" in loser
    store = open_store(folder / "somattran.db", access="read")
    try:  # one commune, built once
        assert store.conn.execute("select count(*) from office").fetchone()[0] == 1
        assert store.conn.execute("select count(*) from villages").fetchone()[0] == 12
    finally:
        store.close()


def test_readers_still_work_beside_a_writer(hold, office):
    hold("window", office)
    out = somattran(office, "list", "villages", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("[")


def test_restore_refuses_while_an_import_holds_the_office(hold, office, tmp_path):
    backup = tmp_path / "b.db"
    shutil.copy(office / "somattran.db", backup)
    before = people(office)
    hold("write", office)
    out = somattran(office, "restore", str(backup))
    assert out.returncode == 1
    assert "Dữ liệu đang được dùng bởi lệnh “somattran import”" in out.stderr
    assert "Traceback" not in out.stderr
    assert (
        not list((office / "backups").glob("*truoc-khoi-phuc*"))
        if (office / "backups").exists()
        else True
    )
    assert people(office) == before


def test_an_import_refuses_while_a_restore_runs(hold, office, tmp_path):
    hold("restore", office)
    out = somattran(office, "import", str(tmp_path / "nothing.smt"))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "thử lại sau" in out.stderr


@pytest.mark.parametrize("how", ["window", "read"])
def test_restore_refuses_while_the_window_or_a_reader_has_the_office_open(
    hold, office, tmp_path, how
):
    backup = tmp_path / "b.db"
    shutil.copy(office / "somattran.db", backup)
    holder = hold(how, office)
    out = somattran(office, "restore", str(backup))
    assert out.returncode == 1, out.stdout
    if how == "window":
        assert (
            f"Dữ liệu đang được dùng bởi cửa sổ Sổ Mặt trận (tiến trình {holder.pid}" in out.stderr
        )
    else:
        assert "đang được mở ở một chương trình khác" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_killed_holder_leaves_the_office_free(hold, office, tmp_path):
    holder = hold("window", office)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    backup = tmp_path / "b.db"
    shutil.copy(office / "somattran.db", backup)
    out = somattran(office, "restore", str(backup))
    assert out.returncode == 0, out.stderr


def test_the_window_s_own_restore_path_works(demo, tmp_path):
    """The window closes its store and restores in its own process (gui/restore_dialog.swap_database)."""
    from desktop_app.store.backup import backup, restore

    made = backup(demo, tmp_path / "backups")
    path = demo.path
    demo.close()
    restore(path, made, tmp_path / "backups")
    again = open_store(path)
    again.today = lambda: TODAY
    try:
        assert again.office() is not None
    finally:
        again.close()
    demo.lock = None  # closed already; the fixture closes it again


def test_restore_refuses_while_the_same_process_has_another_store_open(demo, tmp_path):
    from desktop_app.core.errors import UserError
    from desktop_app.store.backup import backup, restore

    made = backup(demo, tmp_path / "backups")
    with pytest.raises(UserError, match="đóng"):
        restore(demo.path, made, tmp_path / "backups")
