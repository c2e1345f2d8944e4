"""The store tests' upper office: three demo communes imported (tests/reports/upper_store), built
once for the package and copied for each test that asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.db import Store
from tests.conftest import TODAY, open_copy
from tests.reports.upper_store import build_upper


@pytest.fixture(scope="package")
def _upper_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_upper(tmp_path_factory.mktemp("upper-store"), TODAY)


@pytest.fixture
def upper(tmp_path: Path, _upper_template: Path) -> Iterator[Store]:
    store = open_copy(_upper_template, tmp_path / "upper.db", TODAY)
    yield store
    store.close()
