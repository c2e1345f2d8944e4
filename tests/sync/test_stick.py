"""Atomic writes to the stick: whole file under the final name, or nothing but a clear error."""

from __future__ import annotations

import errno
import os

import pytest

from desktop_app.sync import stick
from desktop_app.sync.errors import BundleCorrupt, WriteFailed
from desktop_app.sync.stick import write_atomically

DATA = b"PK" + bytes(range(256)) * 40


def test_writes_and_leaves_no_temporary(tmp_path):
    path = write_atomically(tmp_path, "12345-000001-20251118.smtb", DATA)
    assert path == tmp_path / "12345-000001-20251118.smtb"
    assert path.read_bytes() == DATA
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_never_overwrites_another_file(tmp_path):
    (tmp_path / "a.smtb").write_bytes(b"old")
    path = write_atomically(tmp_path, "a.smtb", DATA)
    assert path.name == "a-2.smtb"
    assert (tmp_path / "a.smtb").read_bytes() == b"old"


def test_check_runs_on_what_was_read_back(tmp_path):
    seen = []
    write_atomically(tmp_path, "a.smtb", DATA, check=seen.append)
    assert seen == [DATA]


def test_failed_check_leaves_nothing(tmp_path):
    def check(data: bytes) -> None:
        raise BundleCorrupt("hỏng")

    with pytest.raises(WriteFailed) as info:
        write_atomically(tmp_path, "a.smtb", DATA, check=check)
    assert "kiểm tra lại" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_read_back_differs(tmp_path, monkeypatch):
    """The stick returns other bytes than were written (a failing flash chip)."""
    monkeypatch.setattr(stick, "_drop_cache", lambda fd: os.pwrite(fd, b"X", 100))
    with pytest.raises(WriteFailed) as info:
        write_atomically(tmp_path, "a.smtb", DATA)
    assert "USB có thể bị hỏng" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_disk_full(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(stick.os, "fsync", full)
    with pytest.raises(WriteFailed) as info:
        write_atomically(tmp_path, "a.smtb", DATA)
    assert "còn chỗ trống" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    with pytest.raises(WriteFailed) as info:
        write_atomically(tmp_path / "unplugged", "a.smtb", DATA)
    assert "USB đã cắm" in info.value.message
