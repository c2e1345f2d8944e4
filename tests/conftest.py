"""Fixtures shared by every test folder: a fresh office store, a small demo commune, log handlers."""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo

TODAY = date(2026, 11, 26)


def template_of(store: Store) -> Path:
    """Close a store built once per session as a single self-contained file; return its path."""
    store.conn.execute("pragma wal_checkpoint(truncate)")
    store.close()
    return store.path


def open_copy(template: Path, path: Path, today: date) -> Store:
    """A test's own copy of a template database, opened and dated `today`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    store = open_store(path)
    store.today = lambda: today
    return store


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests() -> Iterator[None]:
    """Once a window's collector runs (gui/collector.py: the automatic one is off), its step on
    this thread after every test: the event loop that runs it does not turn between tests."""
    yield
    if not gc.isenabled():
        from desktop_app.gui.collector import check

        check()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "office.db")
    s.today = lambda: TODAY
    s.setup_office(
        commune_name="Hòa Cư",
        commune_code="06280",
        province_name="Lạng Sơn",
        province_code="20",
        upper_name="Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        upper_code="20",
    )
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    s = open_store(path)
    s.today = lambda: TODAY
    build_demo(s, people=400, villages=6, seed=7)
    return template_of(s)


@pytest.fixture
def demo(tmp_path: Path, _demo_template: Path) -> Store:
    """A copy of a small demo commune (400 people, 6 villages), dated 26/11/2026."""
    s = open_copy(_demo_template, tmp_path / "demo.db", TODAY)
    yield s
    s.close()


@pytest.fixture
def own_log_handlers() -> Iterator[None]:
    """Log handlers a test adds (the program's log file) are removed and closed after it."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()
