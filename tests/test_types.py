"""The type checker passes over desktop_app/ with the settings in pyproject.toml ([tool.mypy]).

mypy is a test dependency (pyproject's `test` extra), so `make test` fails when the types do.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_passes_on_desktop_app(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # `files` in [tool.mypy] is relative to the checkout
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    assert status == 0, out + err


def test_mypy_would_see_a_wrong_attribute_of_the_store(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    bad = tmp_path / "uses_store.py"
    bad.write_text(
        "from desktop_app.store.db import Store\n\n\n"
        "def f(store: Store) -> None:\n    store.peoplez.query()\n",
        encoding="utf-8",
    )
    out, _err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(bad)])
    assert status == 1 and 'has no attribute "peoplez"' in out
