"""Qt is imported only under desktop_app/gui: the core, store, reports and sync run headless."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
QT_ROOTS = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "qtpy")


def qt_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) \
                in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        found += [n for n in names if n.split(".")[0] in QT_ROOTS]
    return found


def modules_outside_gui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts[:1]]


def test_the_walk_sees_the_package() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in modules_outside_gui()}
    assert {"cli/entry.py", "paths.py", "store/db.py"} <= names
    assert not any(n.startswith("gui/") for n in names)


def test_the_detector_finds_qt_imports() -> None:
    assert qt_imports("import PySide6.QtCore") == ["PySide6.QtCore"]
    assert qt_imports("from PySide6.QtWidgets import QWidget") == ["PySide6.QtWidgets"]
    assert qt_imports("def f():\n    from PySide6 import QtGui") == ["PySide6"]
    assert qt_imports("importlib.import_module('PySide6.QtPdf')") == ["PySide6.QtPdf"]
    assert qt_imports("import json\nfrom desktop_app.core import text") == []


def test_no_module_outside_gui_imports_qt() -> None:
    offenders = {}
    for path in modules_outside_gui():
        found = qt_imports(path.read_text(encoding="utf-8"))
        if found:
            offenders[path.relative_to(PACKAGE).as_posix()] = found
    assert not offenders, f"Qt imported outside desktop_app/gui: {offenders}"
