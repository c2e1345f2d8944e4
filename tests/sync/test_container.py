"""The canonical zip: readable by any zip tool, and nothing but that layout is accepted."""

from __future__ import annotations

import io
import unicodedata
import warnings
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.sync import container
from desktop_app.sync.container import read_container, write_container
from desktop_app.sync.errors import (
    BundleCorrupt,
    BundleTooLarge,
    BundleUnreadable,
    BundleUnsafe,
    SyncError,
)

ENTRIES = [
    ("manifest.json", b'{"a": 1}\n'),
    ("manifest.sig", bytes(64)),
    ("payload/people.jsonl.gz", b"\x1f\x8b" + bytes(range(256))),
]


def _zip(entries, method=zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names
        with zipfile.ZipFile(buf, "w", compression=method) as z:
            for name, data in entries:
                z.writestr(name, data)
    return buf.getvalue()


def _is_vietnamese_message(exc: SyncError) -> bool:
    return exc.message == unicodedata.normalize("NFC", exc.message) and len(exc.message) > 30


def test_round_trip_and_any_zip_tool_reads_it():
    raw = write_container(ENTRIES)
    assert read_container(raw) == ENTRIES
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert z.testzip() is None
        assert [(n, z.read(n)) for n in z.namelist()] == ENTRIES


def test_same_entries_same_bytes():
    assert write_container(ENTRIES) == write_container(list(ENTRIES))


@pytest.mark.parametrize(
    "name",
    [
        "../evil",
        "payload/../../etc/passwd",
        "/etc/passwd",
        "..\\windows",
        "payload/x/y",
        "C:/x",
        "Manifest.json",
        "tên-việt",
        "payload/.hidden",
    ],
)
def test_unsafe_names_refused(name):
    raw = _zip([("manifest.json", b"{}"), (name, b"x")])
    with pytest.raises(BundleUnsafe) as info:
        read_container(raw)
    assert "tên không an toàn" in info.value.message
    assert _is_vietnamese_message(info.value)


def test_writer_refuses_unsafe_name():
    with pytest.raises(BundleUnsafe):
        write_container([("../x", b"")])


def test_duplicate_entries_refused():
    raw = _zip([("manifest.json", b"{}"), ("manifest.sig", b"a"), ("manifest.json", b"{1}")])
    with pytest.raises(BundleUnsafe) as info:
        read_container(raw)
    assert "hai mục cùng tên" in info.value.message


def test_zip_bomb_refused_without_inflating():
    raw = _zip(
        [("payload/x.jsonl.gz", bytes(64 * 1024 * 1024)), ("manifest.json", b"{}")],
        zipfile.ZIP_DEFLATED,
    )
    assert len(raw) < 1024 * 1024
    with pytest.raises(BundleTooLarge) as info:
        read_container(raw)
    assert "bom zip" in info.value.message


def test_compressed_entry_refused():
    raw = _zip(
        [("manifest.json", b'{"a": "some text that compresses a little bit"}')],
        zipfile.ZIP_DEFLATED,
    )
    with pytest.raises(BundleUnsafe):
        read_container(raw)


def test_stdlib_stored_zip_is_not_canonical():
    """Same names and bytes, but zipfile's own headers (dates, attributes): refused."""
    with pytest.raises(BundleCorrupt):
        read_container(_zip(ENTRIES))


@pytest.mark.parametrize("raw", [b"", b"PK", b"not a zip at all" * 10, bytes(1000)])
def test_not_a_zip(raw):
    with pytest.raises(BundleUnreadable) as info:
        read_container(raw)
    assert "cắt cụt" in info.value.message


def test_bytes_added_before_or_after_refused():
    raw = write_container(ENTRIES)
    for changed in (b"X" + raw, raw + b"X", raw[:10] + b"X" + raw[10:]):
        with pytest.raises(SyncError):
            read_container(changed)


def test_too_many_entries():
    raw = _zip([(f"e{i}", b"") for i in range(container.MAX_ENTRIES + 1)])
    with pytest.raises(BundleUnsafe):
        read_container(raw)


def test_file_size_limit(monkeypatch, tmp_path):
    raw = write_container(ENTRIES)
    path = tmp_path / "b.smtb"
    path.write_bytes(raw)
    monkeypatch.setattr(container, "MAX_FILE_BYTES", len(raw) - 1)
    with pytest.raises(BundleTooLarge):
        read_container(raw)
    with pytest.raises(BundleTooLarge):
        container.read_file(path)


def test_read_file_errors(tmp_path):
    with pytest.raises(BundleUnreadable) as info:
        container.read_file(tmp_path / "missing.smtb")
    assert "Không tìm thấy" in info.value.message
    with pytest.raises(BundleUnreadable):
        container.read_file(tmp_path)


@given(st.data())
def test_any_truncation_refused(data):
    raw = write_container(ENTRIES)
    cut = data.draw(st.integers(0, len(raw) - 1))
    with pytest.raises(SyncError):
        read_container(raw[:cut])


@given(st.data())
def test_any_flipped_byte_refused(data):
    raw = write_container(ENTRIES)
    at = data.draw(st.integers(0, len(raw) - 1))
    mask = data.draw(st.integers(1, 255))
    changed = bytearray(raw)
    changed[at] ^= mask
    with pytest.raises(SyncError):
        read_container(bytes(changed))


def test_every_single_byte_position_is_covered():
    """Exhaustive: flipping the low bit of any byte is refused (cheap for a small file)."""
    raw = write_container(ENTRIES)
    for at in range(len(raw)):
        changed = bytearray(raw)
        changed[at] ^= 1
        with pytest.raises(SyncError):
            read_container(bytes(changed))
