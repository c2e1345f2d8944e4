"""An upper-level office (the province Front of Lạng Sơn) that imported the first bundle of three
demo communes of different sizes, and enrolled a fourth commune's key that never sent a bundle.
Built once per test module as a template; each test opens its own copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app import paths
from desktop_app.store import sync_keys
from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.export import export_bundle
from desktop_app.sync.files import import_files
from desktop_app.sync.keys import export_public_key, trust_upper_key
from desktop_app.sync.office import setup_office
from tests.conftest import template_of

UPPER_NAME = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
# code, people asked of the demo: three sizes, so that a wrong grouping cannot add up by chance
COMMUNES = (("06280", 60), ("06283", 90), ("06286", 30))
SILENT = ("06290", "Yên Trạch")  # enrolled, never sent a bundle


def build_upper(root: Path, today: date) -> Path:
    """The upper office's database in `root / "upper"` (a data folder); returns its path."""
    upper = open_store(paths.database_path(root / "upper"))
    upper.today = lambda: today
    setup_office(upper, "upper", UPPER_NAME, "20")
    stick = root / "usb"
    stick.mkdir()
    key = export_public_key(upper, stick).path
    bundles = []
    for seed, (code, people) in enumerate(COMMUNES, start=1):
        commune = open_store(root / code / "somattran.db")
        commune.today = lambda: today
        build_demo(commune, people=people, villages=3, seed=seed, commune_code=code)
        trust_upper_key(commune, key)
        bundles.append(export_bundle(commune, stick).path)
        commune.close()
    assert not [o for o in import_files(upper, bundles, enrol=True) if o.error]
    with upper.transaction():
        sync_keys.enrol_commune_key(
            upper,
            {
                "fingerprint": "f" * 64,
                "commune_code": SILENT[0],
                "commune_name": SILENT[1],
                "signing_key": "00" * 32,
                "enrolled_at": "2026-01-05T08:00:00Z",
                "enrolled_by": "test",
                "revoked_at": None,
            },
        )
    return template_of(upper)
