"""The printed import record (biên bản) of an upper-level import."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.errors import UserError
from desktop_app.reports.import_record import write_import_record
from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.keys import export_public_key, trust_upper_key
from desktop_app.sync.office import setup_office
from tests.sync.helpers import rebuild


def test_import_record_lists_bundle_hash_counts_and_quarantine(tmp_path, pdfcheck):
    upper = open_store(tmp_path / "upper.db")
    commune = open_store(tmp_path / "commune.db")
    try:
        setup_office(upper, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
        with pytest.raises(UserError):
            write_import_record(upper, tmp_path / "none.pdf")
        build_demo(commune, people=40, villages=3, seed=1, commune_code="06280")
        trust_upper_key(commune, export_public_key(upper, tmp_path).path)
        bundle = export_bundle(commune, tmp_path).path
        held = commune.people.all()[0]

        def break_one(tables):
            next(p for p in tables["people"] if p["id"] == held["id"])["sex"] = None

        result = import_bundle(upper, rebuild(bundle, upper, commune, break_one), enrol=True)
        out = write_import_record(
            upper, tmp_path / "bien-ban.pdf", result.import_id, on=date(2026, 11, 26)
        )
        text = " ".join(pdfcheck.official(out).split())
    finally:
        upper.close()
        commune.close()
    assert "BIÊN BẢN" in text and "Nhập gói dữ liệu đồng bộ của xã Hoa Thám (mã 06280)" in text
    assert "TỈNH LẠNG SƠN" in text and "26 tháng 11 năm 2026" in text
    assert result.plan.sha256[:8] in text and result.plan.fingerprint in text
    people = result.plan.counts["people"]
    assert f"Người {people['new']} 0 0 0 1" in text
    assert held["id"] in text and "thiếu giá trị bắt buộc «sex»" in text
    assert "NGƯỜI NHẬP DỮ LIỆU" in text and "TM. BAN THƯỜNG TRỰC" in text
