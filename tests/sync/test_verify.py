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
    assert "CHƯA được ghi nhận" in there.problem
    result = import_bundle(upper, bundle, enrol=True)
    enrolled = verify_file(bundle, upper)
    assert enrolled.problem is None
    assert any("đã ghi nhận cho xã này" in line for line in enrolled.lines)
    assert enrolled.lines[-1] == "Giải mã và đếm bản ghi: khớp với phần kê khai."
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


def test_verify_and_import_name_a_stranger_who_signs_as_an_enrolled_commune(
    upper, make_commune, stick, tmp_path, capsys
):
    from desktop_app.cli import main
    from desktop_app.sync.errors import UntrustedSigner

    real = make_commune("06280")
    import_bundle(upper, export_bundle(real, stick).path, enrol=True)
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo
    from desktop_app.sync.keys import trust_upper_key

    stranger = open_store(tmp_path / "stranger" / "somattran.db")  # another key claiming 06280
    build_demo(stranger, people=20, villages=2, seed=2, commune_code="06280")
    trust_upper_key(stranger, upper.key_file)
    (tmp_path / "other").mkdir()
    forged = export_bundle(stranger, tmp_path / "other").path
    stranger.close()
    report = verify_file(forged, upper)
    assert "khóa lạ" in report.problem and "không phải khóa đã ghi nhận" in report.problem
    assert any(line.startswith("Người ký: ") and "06280" in line for line in report.lines)
    assert not any("hợp lệ" in line for line in report.lines)
    with pytest.raises(UntrustedSigner, match="khóa lạ") as refused:
        import_bundle(upper, forged)
    assert "tạo lại" not in str(refused.value)
    upper.close()
    assert main(["--data-dir", str(upper.path.parent), "verify", str(forged)]) == 1
    out = capsys.readouterr()
    assert "khóa lạ" in out.err and "Chữ ký: hợp lệ" not in out.out


def test_verify_refuses_a_receipt_from_an_upper_level_the_commune_does_not_trust(
    upper, make_commune, stick, tmp_path, capsys
):
    from desktop_app.cli import main
    from desktop_app.store.db import open_store
    from desktop_app.sync.keys import trust_upper_key
    from desktop_app.sync.office import setup_office

    commune = make_commune("06282", trust=False)
    other = open_store(tmp_path / "other-upper" / "somattran.db")
    setup_office(other, "upper", "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "04")
    receipt = import_bundle(other, export_bundle(commune, stick).path, enrol=True).receipt_path
    other.close()
    trust_upper_key(commune, upper.key_file)
    report = verify_file(receipt, commune)
    assert "khóa lạ" in report.problem and "Lạng Sơn" in report.problem
    good = import_bundle(upper, export_bundle(commune, stick).path, enrol=True).receipt_path
    assert verify_file(good, commune).problem is None
    commune.close()
    assert main(["--data-dir", str(commune.path.parent), "verify", str(receipt)]) == 1
    assert "khóa lạ" in capsys.readouterr().err
    assert main(["--data-dir", str(commune.path.parent), "verify", str(good)]) == 0
    assert "Chữ ký: hợp lệ" in capsys.readouterr().out


def test_plain_text_export_is_refused_unless_asked_for(make_commune, stick, capsys):
    from desktop_app.cli import main

    commune = make_commune("06281", trust=False)
    commune.close()
    folder = str(commune.path.parent)
    assert main(["--data-dir", folder, "export", "--to", str(stick)]) == 1
    err = capsys.readouterr().err
    assert "KHÔNG được mã hóa" in err and "--unencrypted" in err
    assert list(stick.glob("*.smtb")) == []
    assert main(["--data-dir", folder, "export", "--to", str(stick), "--unencrypted"]) == 0
    assert "không mã hóa" in capsys.readouterr().err
