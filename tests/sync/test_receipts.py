"""Receipts at the commune: they move the acknowledged base, and nothing else does."""

from __future__ import annotations

import pytest

from desktop_app.store import export_log
from desktop_app.sync import crypto
from desktop_app.sync.acknowledge import import_receipt
from desktop_app.sync.errors import BundleCorrupt, NotSetUp, UntrustedSigner, WrongKind
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.receipt import Receipt, read_receipt, write_receipt
from tests.sync.conftest import snapshot


def test_receipt_moves_the_base_once(upper, commune, stick):
    result = import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    dry = import_receipt(commune, result.receipt_path, dry_run=True)
    assert dry.status == "acknowledged" and export_log.acknowledged_base(commune) is None
    first = import_receipt(commune, result.receipt_path)
    assert (first.status, first.base_sequence) == ("acknowledged", 1)
    before = snapshot(commune)
    assert import_receipt(commune, result.receipt_path).status == "repeat"
    assert snapshot(commune) == before


def test_older_receipt_does_not_move_the_base_back(upper, commune, stick):
    one = import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    two = import_bundle(upper, export_bundle(commune, stick).path)
    assert import_receipt(commune, two.receipt_path).base_sequence == 2
    late = import_receipt(commune, one.receipt_path)
    assert (late.status, late.base_sequence) == ("older", 2)


def test_receipt_signed_by_an_untrusted_key(upper, commune, stick):
    result = import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    r = read_receipt(result.receipt_path.read_bytes()).receipt
    forged = stick / "forged.smtr"
    forged.write_bytes(write_receipt(r, crypto.OfficeKeys.generate()))
    before = snapshot(commune)
    with pytest.raises(UntrustedSigner):
        import_receipt(commune, forged)
    assert snapshot(commune) == before


def test_receipt_for_another_commune_or_bundle(upper, make_commune, stick):
    from desktop_app.sync.plan import own_private_keys

    a = make_commune("06280", seed=1)
    b = make_commune("06281", seed=2)
    result = import_bundle(upper, export_bundle(a, stick).path, enrol=True)
    with pytest.raises(WrongKind):
        import_receipt(b, result.receipt_path)
    r = read_receipt(result.receipt_path.read_bytes()).receipt
    keys = own_private_keys(upper)
    unknown = stick / "unknown.smtr"
    unknown.write_bytes(write_receipt(Receipt(**{**r.__dict__, "bundle_id": str(uuid4())}), keys))
    with pytest.raises(WrongKind):
        import_receipt(a, unknown)
    wrong_hash = stick / "hash.smtr"
    wrong_hash.write_bytes(
        write_receipt(Receipt(**{**r.__dict__, "bundle_sha256": "0" * 64}), keys)
    )
    with pytest.raises(BundleCorrupt):
        import_receipt(a, wrong_hash)


def uuid4() -> str:
    import uuid

    return str(uuid.uuid4())


def test_only_a_commune_imports_receipts(upper, commune, stick):
    result = import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    with pytest.raises(NotSetUp):
        import_receipt(upper, result.receipt_path)
