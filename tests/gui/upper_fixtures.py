"""An upper-level office that imported three demo communes, its main window, and helpers that
read a register page as the upper level's officer sees it, with SQL counts as the oracle.

Import the fixtures by name into a test module (with sync_fixtures' upper_window and
_no_thread_left, which these build on)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.store.db import Store
from tests.conftest import open_copy, template_of
from tests.gui.conftest import GUI_TODAY


@pytest.fixture(scope="session")
def _upper_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.screenshots import build_upper_store

    return template_of(
        build_upper_store(tmp_path_factory.mktemp("upper-registers"), people=150)
    )  # 3 communes


@pytest.fixture
def upper_store(tmp_path: Path, _upper_template: Path) -> Iterator[Store]:
    """Overrides sync_fixtures' empty upper office: one holding three demo communes' rows."""
    store = open_copy(_upper_template, tmp_path / "upper" / "somattran.db", GUI_TODAY)
    yield store
    store.close()


@pytest.fixture
def window(upper_window: Any) -> Any:
    """sync_fixtures' main window of an upper-level office, over the upper_store above."""
    return upper_window


def names_of(store: Store) -> dict[str, str]:
    """The commune names as the imported bundles gave them (the oracle, read straight from SQL)."""
    return dict(
        store.conn.execute("select commune_code, commune_name from sync_imports").fetchall()
    )


def sql_count(store: Store, table: str, where: str = "", params: list | None = None) -> int:
    return store.conn.execute(
        f"select count(*) from {table} where deleted_at is null{where}", params or []
    ).fetchone()[0]


def rows(page: Any) -> list[dict]:
    while page.model.canFetchMore():
        page.model.fetchMore()
    return [page.model.record(i) for i in range(page.model.rowCount())]


def shown(page: Any, column: int) -> list[str]:
    return [page.model.data(page.model.index(i, column)) for i in range(page.model.rowCount())]


def choose_commune(page: Any, label: str) -> None:
    combo = page.commune_filter
    index = combo.findText(label)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)  # as a choice from the list does: the page reloads at once
