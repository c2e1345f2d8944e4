"""Public-key files and receipts: signed, strictly read, never confused with each other."""

from __future__ import annotations

import re
import uuid

import pytest

from desktop_app.sync import crypto
from desktop_app.sync.container import read_container, write_container
from desktop_app.sync.errors import SignatureInvalid, SyncError, WrongKind
from desktop_app.sync.keyfile import read_key_file, write_key_file
from desktop_app.sync.receipt import Receipt, read_receipt, write_receipt

UPPER = crypto.OfficeKeys.generate()


def test_fingerprint_shape_and_stability():
    fp = UPPER.fingerprint
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", fp)
    assert fp == crypto.fingerprint(UPPER.public().signing_key)
    assert fp != crypto.OfficeKeys.generate().fingerprint


def test_key_file_round_trip():
    raw = write_key_file(UPPER, "20", "Ủy ban MTTQ tỉnh Lạng Sơn", "upper", "2025-11-18T00:00:00Z")
    key = read_key_file(raw)
    assert (key.office_code, key.office_name, key.role) == (
        "20",
        "Ủy ban MTTQ tỉnh Lạng Sơn",
        "upper",
    )
    assert key.identity == UPPER.public()
    assert key.fingerprint == UPPER.fingerprint


def test_key_file_with_swapped_encryption_key_refused():
    raw = write_key_file(UPPER, "20", "Tỉnh", "upper", "2025-11-18T00:00:00Z")
    entries = read_container(raw)
    other = crypto.b64(crypto.OfficeKeys.generate().public().encryption_key)
    mine = crypto.b64(UPPER.public().encryption_key)
    body = entries[0][1].replace(mine.encode(), other.encode())
    with pytest.raises(SignatureInvalid):
        read_key_file(write_container([("manifest.json", body), *entries[1:]]))


def receipt() -> Receipt:
    return Receipt(
        "20",
        "Tỉnh Lạng Sơn",
        "12345",
        str(uuid.uuid4()),
        4,
        120,
        str(uuid.uuid4()),
        "ab" * 32,
        "2025-11-18T03:00:00Z",
        {"people": {"new": 3, "changed": 1, "deleted": 0, "unchanged": 2}},
        1,
    )


def test_receipt_round_trip():
    r = receipt()
    opened = read_receipt(write_receipt(r, UPPER))
    assert opened.receipt == r
    assert opened.fingerprint == UPPER.fingerprint


def test_receipt_and_key_file_not_interchangeable():
    with pytest.raises(WrongKind):
        read_key_file(write_receipt(receipt(), UPPER))
    with pytest.raises(WrongKind):
        read_receipt(write_key_file(UPPER, "20", "Tỉnh", "upper", "x"))


def test_signature_is_bound_to_the_kind():
    """A receipt's signature does not verify once its manifest claims another kind."""
    entries = read_container(write_receipt(receipt(), UPPER))
    body = entries[0][1].replace(b'"kind": "receipt"', b'"kind": "public_key"')
    with pytest.raises(SyncError):
        read_key_file(write_container([("manifest.json", body), *entries[1:]]))


def test_any_truncated_receipt_refused():
    raw = write_receipt(receipt(), UPPER)
    for cut in range(len(raw)):
        with pytest.raises(SyncError):
            read_receipt(raw[:cut])


def test_the_key_goes_into_a_folder_or_a_smtk_file_never_a_file_named_like_a_folder(
    upper, tmp_path
):
    """`key --export DIR`: a folder gets khoa-CODE.smtk; a path ending in .smtk is that file;
    a folder that is not there (a stick not plugged in) is a plain message, nothing written."""
    from desktop_app.sync.errors import WriteFailed
    from desktop_app.sync.keys import export_public_key

    folder = tmp_path / "the-stick"
    folder.mkdir()
    assert export_public_key(upper, folder).path == folder / "khoa-20.smtk"
    named = export_public_key(upper, folder / "khoa-tinh.smtk").path
    assert named == folder / "khoa-tinh.smtk" and read_key_file(named.read_bytes()).role == "upper"
    with pytest.raises(WriteFailed, match="Không tìm thấy thư mục"):
        export_public_key(upper, tmp_path / "usb-chua-cam")
    assert not (tmp_path / "usb-chua-cam").exists()
