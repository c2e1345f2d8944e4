"""The layer rule of docs/architecture.md, as code: which folder of desktop_app may import which,
and no import cycles between modules. Imports inside functions count; imports under
`if TYPE_CHECKING:` never run, so they count for the layer rule but not for cycles.

    graph = import_graph(PACKAGE)          # {module: [Import, ...]}
    layer_violations(graph), cycles(graph), third_party_violations(graph)

Used by tests/test_layers.py, which also runs it on small made-up packages to show that it fails.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = "desktop_app"
PACKAGE = Path(__file__).resolve().parents[1] / ROOT

# What each layer may import inside desktop_app, besides itself and "root" (desktop_app/__init__:
# the version and the program's name, importing nothing). "top" is __main__ and startup (the
# entry points); "paths" is desktop_app/paths.py.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "paths": set(),
    "store": {"core", "paths"},
    "reports": {"store", "core", "paths"},
    "sync": {"store", "core", "paths"},
    "exports": {"store", "core", "paths"},
    "imports": {"store", "core", "paths"},  # the Excel import (read → map → plan → write)
    "gui": {"reports", "sync", "exports", "imports", "store", "core", "paths", "top"},
    "cli": {"gui", "reports", "sync", "exports", "imports", "store", "core", "paths", "top"},
    "top": {"cli", "gui", "reports", "sync", "exports", "imports", "store", "core", "paths"},
}
# Third-party packages some layers must not import: Qt outside gui/; SQL in the domain, or in
# the window (which reads through the store, and must not pay for sqlite-utils at start-up).
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")
FORBIDDEN: dict[str, tuple[tuple[str, ...], set[str]]] = {
    "Qt": (QT, {"core", "paths", "store", "reports", "sync", "exports", "imports", "cli", "root"}),
    "SQL": (("sqlite3", "sqlite_utils"), {"core", "gui", "root"}),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module (inside the package: resolved to a module that exists)
    line: int
    in_function: bool
    type_checking: bool

    def __str__(self) -> str:
        where = " (in a function)" if self.in_function else ""
        where += " (TYPE_CHECKING)" if self.type_checking else ""
        return f"{self.source}:{self.line} → {self.target}{where}"


def module_name(package: Path, path: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str, root: str = ROOT) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if parts[1] in ("__main__", "startup"):
        return "top"
    return parts[1]


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Walker(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, known: set[str]) -> None:
        self.module, self.is_package, self.known = module, is_package, known
        self.found: list[Import] = []
        self.depth = 0
        self.type_checking = 0

    def _add(self, target: str, node: ast.AST) -> None:
        self.found.append(
            Import(
                self.module,
                target,
                getattr(node, "lineno", 0),
                self.depth > 0,
                self.type_checking > 0,
            )
        )

    def _inside(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _inside

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self.type_checking += 1
            for child in node.body:
                self.visit(child)
            self.type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def _resolve(self, name: str) -> str:
        """The longest known module a dotted name starts with (or the name itself)."""
        parts = name.split(".")
        for end in range(len(parts), 0, -1):
            candidate = ".".join(parts[:end])
            if candidate in self.known:
                return candidate
        return name

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(self._resolve(alias.name), node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.module.split(".")
            base = base[: len(base) - node.level + (1 if self.is_package else 0)]
            module = ".".join([*base, node.module] if node.module else base)
        else:
            module = node.module or ""
        for alias in node.names:
            full = f"{module}.{alias.name}"
            # `from pkg import submodule` imports the submodule; `from mod import name` the module
            self._add(full if full in self.known else self._resolve(module), node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = getattr(func, "attr", getattr(func, "id", ""))
        if (
            name in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            self._add(self._resolve(node.args[0].value), node)
        self.generic_visit(node)


def import_graph(package: Path = PACKAGE) -> dict[str, list[Import]]:
    """Every module of the package and the imports it makes (of anything)."""
    paths = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    known = {module_name(package, p) for p in paths}
    graph: dict[str, list[Import]] = {}
    for path in paths:
        module = module_name(package, path)
        walker = _Walker(module, path.name == "__init__.py", known)
        walker.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        graph[module] = walker.found
    return graph


def _inside(graph: dict[str, list[Import]], root: str) -> Iterable[Import]:
    for imports in graph.values():
        for imp in imports:
            if imp.target == root or imp.target.startswith(root + "."):
                yield imp


def layer_violations(graph: dict[str, list[Import]], root: str = ROOT) -> list[Import]:
    """Imports inside the package from a layer to one it may not import."""
    bad = []
    for imp in _inside(graph, root):
        source, target = layer(imp.source), layer(imp.target)
        if source == "root" or (
            target not in (source, "root") and target not in ALLOWED.get(source, set())
        ):
            bad.append(imp)
    return bad


def third_party_violations(graph: dict[str, list[Import]]) -> list[tuple[str, Import]]:
    """Qt outside gui/, SQL in core/ or gui/."""
    bad = []
    for imports in graph.values():
        for imp in imports:
            top = imp.target.split(".")[0]
            for what, (roots, layers) in FORBIDDEN.items():
                if top in roots and layer(imp.source) in layers:
                    bad.append((what, imp))
    return bad


def cycles(graph: dict[str, list[Import]], root: str = ROOT) -> list[list[str]]:
    """The groups of modules that import each other, directly or around a loop (Tarjan's
    strongly connected components over the imports that run, those in functions included).
    A package's own __init__ importing its submodules is not a loop."""
    edges: dict[str, set[str]] = {m: set() for m in graph}
    for imp in _inside(graph, root):
        if not imp.type_checking and imp.target in edges and imp.target != imp.source:
            edges[imp.source].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def strongconnect(v: str) -> None:
        nonlocal counter
        work = [(v, iter(sorted(edges[v])))]
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                    break
                if w in on_stack:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        group.append(w)
                        if w == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    return found


def loop_path(graph: dict[str, list[Import]], group: list[str]) -> list[Import]:
    """The imports that hold a cycle together, to show in a failure message."""
    members = set(group)
    return [
        imp
        for m in group
        for imp in graph[m]
        if imp.target in members and not imp.type_checking and imp.target != m
    ]
