"""The layer rule (docs/architecture.md) holds for desktop_app, and the checker would see a break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import layers


def graph_of(tmp_path: Path, files: dict[str, str]) -> dict[str, list[layers.Import]]:
    """A made-up desktop_app package with these modules."""
    root = tmp_path / "desktop_app"
    for name, source in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in path.relative_to(root).parents:
            (root / folder / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    return layers.import_graph(root)


# ---- the package itself --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph() -> dict[str, list[layers.Import]]:
    return layers.import_graph()


def test_the_walk_sees_every_layer(graph) -> None:
    seen = {layers.layer(m) for m in graph}
    assert {
        "core",
        "store",
        "reports",
        "sync",
        "exports",
        "gui",
        "cli",
        "paths",
        "top",
        "root",
    } <= seen
    assert "desktop_app.store.db" in graph and "desktop_app.gui.print_page" in graph
    # imports inside functions are seen
    assert any(i.in_function for imports in graph.values() for i in imports)


def test_every_import_follows_the_layers(graph) -> None:
    bad = layers.layer_violations(graph)
    assert not bad, "imports against the layers:\n" + "\n".join(map(str, bad))


def test_qt_only_in_gui_and_no_sql_in_core_or_gui(graph) -> None:
    bad = layers.third_party_violations(graph)
    assert not bad, "\n".join(f"{what}: {imp}" for what, imp in bad)


def test_no_import_cycles(graph) -> None:
    found = layers.cycles(graph)
    assert not found, "modules importing each other:\n" + "\n".join(
        f"{group}:\n    " + "\n    ".join(map(str, layers.loop_path(graph, group)))
        for group in found
    )


def test_the_package_root_imports_nothing_of_its_own(graph) -> None:
    assert not [i for i in graph["desktop_app"] if i.target.startswith("desktop_app")]


# ---- the checker, on made-up packages ------------------------------------------------------------
def test_an_arrow_up_is_seen_even_inside_a_function(tmp_path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "core/text.py": "def f():\n    from desktop_app.gui import page\n",
            "gui/page.py": "from desktop_app.core import text\n",
            "store/db.py": "import desktop_app.reports.roster\n",
            "reports/roster.py": "from desktop_app.store.db import x\nfrom desktop_app import paths\n",
            "paths.py": "",
            "sync/export.py": "from desktop_app.reports import roster\n",
            "core/dates.py": "from desktop_app import paths\n",
        },
    )
    bad = {(i.source, i.target, i.in_function) for i in layers.layer_violations(graph)}
    assert bad == {
        ("desktop_app.core.text", "desktop_app.gui.page", True),
        ("desktop_app.store.db", "desktop_app.reports.roster", False),
        ("desktop_app.sync.export", "desktop_app.reports.roster", False),
        ("desktop_app.core.dates", "desktop_app.paths", False),
    }


def test_relative_and_dynamic_imports_are_seen(tmp_path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "core/text.py": "from ..store import db\n",
            "core/rules.py": "import importlib\nimportlib.import_module('desktop_app.sync.keys')\n",
            "store/db.py": "",
            "sync/keys.py": "",
        },
    )
    bad = {(i.source, i.target) for i in layers.layer_violations(graph)}
    assert bad == {
        ("desktop_app.core.text", "desktop_app.store.db"),
        ("desktop_app.core.rules", "desktop_app.sync.keys"),
    }


def test_qt_outside_gui_and_sql_in_core_are_seen(tmp_path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "reports/page.py": "def f():\n    from PySide6.QtGui import QFont\n",
            "core/text.py": "import sqlite3\n",
            "gui/page.py": "from PySide6.QtWidgets import QWidget\n",
            "store/db.py": "import sqlite3\n",
        },
    )
    bad = {(what, i.source) for what, i in layers.third_party_violations(graph)}
    assert bad == {("Qt", "desktop_app.reports.page"), ("SQL", "desktop_app.core.text")}


def test_a_cycle_through_a_function_import_is_seen_and_type_checking_is_not_one(tmp_path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "gui/print_page.py": "def f():\n    from desktop_app.gui.print_upper import U\n",
            "gui/print_upper.py": "from desktop_app.gui import print_page\n",
            "store/db.py": "from desktop_app.store import people\n",
            "store/people.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from desktop_app.store.db import Store\n",
            "reports/a.py": "from desktop_app.reports import b\n",
            "reports/b.py": "from desktop_app.reports import c\n",
            "reports/c.py": "from desktop_app.reports.a import x\n",
        },
    )
    assert layers.cycles(graph) == [
        ["desktop_app.gui.print_page", "desktop_app.gui.print_upper"],
        ["desktop_app.reports.a", "desktop_app.reports.b", "desktop_app.reports.c"],
    ]


def test_a_bad_arrow_added_to_the_real_package_fails_the_rule(tmp_path) -> None:
    copy = tmp_path / "desktop_app"
    shutil.copytree(layers.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "forms"))
    assert not layers.layer_violations(layers.import_graph(copy))
    assert not layers.cycles(layers.import_graph(copy))
    rules = copy / "core" / "rules.py"
    rules.write_text(
        rules.read_text(encoding="utf-8")
        + "\n\ndef _late():\n    from desktop_app.store import db  # noqa\n",
        "utf-8",
    )
    page = copy / "gui" / "print_upper.py"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n\ndef _back():\n    from desktop_app.gui import print_page  # noqa\n",
        "utf-8",
    )
    graph = layers.import_graph(copy)
    assert [(i.source, i.target) for i in layers.layer_violations(graph)] == [
        ("desktop_app.core.rules", "desktop_app.store.db")
    ]
    assert ["desktop_app.gui.print_page", "desktop_app.gui.print_upper"] in layers.cycles(graph)
