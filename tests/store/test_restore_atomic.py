"""A restore is atomic and detectable; leftovers of an interrupted restore, backup or export are
cleaned at the next start."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.store import backup as backup_module
from desktop_app.store.backup import backup, restore
from desktop_app.store.db import open_store


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs."""


def database_id(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("select database_id from office").fetchone()[0]
    finally:
        conn.close()


def test_the_new_database_id_is_in_the_staged_file_before_the_swap(demo, tmp_path, monkeypatch):
    made = backup(demo, tmp_path / "backups")
    old_id = database_id(made)
    path = demo.path
    demo.close()
    seen: dict[str, str] = {}
    real_replace = os.replace

    def swap(src, dst):
        if str(src).endswith(".restoring"):
            seen["staged"] = database_id(Path(src))
            conn = sqlite3.connect(f"{Path(src).resolve().as_uri()}?mode=ro", uri=True)
            seen["audit"] = conn.execute(
                "select count(*) from audit_log where action = 'restore'"
            ).fetchone()[0]
            conn.close()
            real_replace(src, dst)
            raise Killed  # killed right after the swap, before anything else
        real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", swap)
    with pytest.raises(Killed):
        restore(path, made, tmp_path / "backups")
    monkeypatch.undo()
    assert seen["staged"] != old_id and seen["audit"] >= 1
    assert database_id(path) == seen["staged"]  # the upper level sees a restored database


def test_a_restore_killed_before_the_swap_leaves_the_data_and_a_leftover_cleaned_at_start(
    demo, tmp_path, monkeypatch
):
    from desktop_app.startup import open_office

    folder = tmp_path / "office"
    folder.mkdir()
    made = backup(demo, tmp_path / "backups")
    demo.close()
    os.replace(demo.path, folder / "somattran.db")
    before = database_id(folder / "somattran.db")

    real_replace = os.replace

    def killed(src, dst):
        if str(src).endswith(".restoring"):
            raise Killed
        real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", killed)
    with pytest.raises(Killed):
        restore(folder / "somattran.db", made, folder / "backups")
    monkeypatch.undo()
    assert (folder / "somattran.restoring").exists()
    assert database_id(folder / "somattran.db") == before
    (folder / "backups" / "somattran-06280-20261204-101010.tmp").write_bytes(b"")  # a killed backup
    store = open_office(str(folder))
    assert not isinstance(store, str), store
    try:
        assert not (folder / "somattran.restoring").exists()
        assert not list((folder / "backups").glob("*.tmp"))
        assert store.office()["database_id"] == before
    finally:
        store.close()
    demo.lock = None


def test_leftovers_stay_while_another_program_has_the_office_open(demo, tmp_path):
    from desktop_app.store.backup import clean_leftovers

    (tmp_path / "demo.restoring").write_bytes(b"x")
    other = open_store(demo.path, access="read")  # a second holder in this process counts too
    try:
        assert clean_leftovers(demo.path, tmp_path) == []
    finally:
        other.close()
    assert clean_leftovers(demo.path, tmp_path) == [tmp_path / "demo.restoring"]


def test_an_interrupted_export_s_hidden_temporary_is_removed_at_the_next_write(tmp_path):
    from desktop_app.sync.stick import write_atomically

    old = tmp_path / ".06280-000001-20261204.smtb.1a2b3c4d.tmp"
    receipt = tmp_path / ".biennhan-06280-000001.smtr.0badc0de.tmp"
    fresh = tmp_path / ".06280-000002-20261204.smtb.12345678.tmp"
    theirs = tmp_path / ".not-ours.tmp"
    for path in (old, receipt, fresh, theirs):
        path.write_bytes(b"half")
    long_ago = time.time() - 3600
    for path in (old, receipt, theirs):
        os.utime(path, (long_ago, long_ago))
    write_atomically(tmp_path, "x.smtb", b"data")
    assert not old.exists() and not receipt.exists()
    assert fresh.exists() and theirs.exists()  # one being written now; not ours


def test_a_receipt_is_never_written_inside_the_import_s_transaction(demo, tmp_path):
    from desktop_app.sync.importer import write_receipt_for

    with demo.transaction(), pytest.raises(RuntimeError, match="committed"):
        write_receipt_for(demo, "any", tmp_path)
