"""`somattran verify`: any sync file checked without importing it."""

from __future__ import annotations

import pytest

from desktop_app.sync.errors import SignatureInvalid
from desktop_app.sync.export import export_bundle
from desktop_app.sync.files import import_files, verify_file
from desktop_app.sync.importer import import_bundle
from tests.sync.conftest import snapshot


def test_verify_a_bundle_anywhere_and_at_the_upper_level(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    anywhere = verify_file(bundle)
    assert anywhere.kind == "bundle" and "gói đầu tiên" in anywhere.lines[0]
    assert any("Mã hóa cho Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn" in line for line in anywhere.lines)
    before = snapshot(upper)
    there = verify_file(bundle, upper)
    assert snapshot(upper) == before
    assert any("CHƯA được ghi nhận" in line for line in there.lines)
    assert there.lines[-1] == "Giải mã và đếm bản ghi: khớp với phần kê khai."
    result = import_bundle(upper, bundle, enrol=True)
    assert any("đã ghi nhận cho xã này" in line for line in verify_file(bundle, upper).lines)
    assert "Biên nhận của" in verify_file(result.receipt_path).lines[0]
    assert "Tệp khóa công khai" in verify_file(upper.key_file).lines[0]


def test_verify_refuses_a_changed_manifest(upper, commune, stick):
    from desktop_app.sync.container import read_container, write_container

    bundle = export_bundle(commune, stick).path
    entries = read_container(bundle.read_bytes())
    body = entries[0][1].replace(b'"sequence": 1', b'"sequence": 7')
    bundle.write_bytes(write_container([("manifest.json", body), *entries[1:]]))
    with pytest.raises(SignatureInvalid):
        verify_file(bundle)


def test_import_files_orders_bundles_and_reports_each(upper, commune, stick):
    first = export_bundle(commune, stick).path
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    second = export_bundle(commune, stick).path
    junk = stick / "junk.smtb"
    junk.write_bytes(b"nothing")
    seen = []
    outcomes = import_files(upper, [junk, second, first], enrol=True, on_file=seen.append)
    assert [o.path for o in outcomes] == [first, second, junk] == [o.path for o in seen]
    assert [o.result.status for o in outcomes[:2]] == ["imported", "imported"]
    assert outcomes[2].error is not None and "cắt cụt" in outcomes[2].error.message
    key = import_files(upper, [upper.key_file])[0]
    assert "tệp khóa công khai" in key.error.message
