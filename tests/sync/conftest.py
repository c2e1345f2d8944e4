"""Offices for the sync tests: an upper level and demo communes, in temporary folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.store import upper_copy
from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync.keys import export_public_key, trust_upper_key
from desktop_app.sync.office import setup_office

UPPER_CODE = "20"


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table: 'the database unchanged' means this is equal."""
    tables = [
        r[0]
        for r in store.db.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
        )
    ]
    return {
        t: sorted(map(tuple, store.db.execute(f"select * from {t}").fetchall()), key=repr)
        for t in tables
    }


def copies_equal(upper: Store, commune: Store) -> bool:
    code = commune.office()["commune_code"]
    return all(
        upper_copy.commune_rows(upper, t, code) == upper_copy.commune_rows(commune, t, code)
        for t in SYNCED_TABLES
    )


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


@pytest.fixture
def upper(tmp_path: Path, stick: Path):
    store = open_store(tmp_path / "upper" / "somattran.db")
    setup_office(store, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", UPPER_CODE)
    store.key_file = export_public_key(store, stick).path  # type: ignore[attr-defined]
    yield store
    store.close()


@pytest.fixture
def make_commune(tmp_path: Path, upper: Store) -> Callable[..., Store]:
    opened: list[Store] = []

    def make(code: str = "06280", people: int = 40, seed: int = 1, trust: bool = True) -> Store:
        store = open_store(tmp_path / f"commune-{code}" / "somattran.db")
        build_demo(store, people=people, villages=3, seed=seed, commune_code=code)
        if trust:
            trust_upper_key(store, upper.key_file)  # type: ignore[attr-defined]
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def commune(make_commune) -> Store:
    return make_commune()
