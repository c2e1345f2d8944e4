"""Issue 13 item 5: no message the window shows names a command; each names the button or menu.
The command line adds its own hint (UserError.command_hint) after the same message."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[1] / "desktop_app"
COMMAND = re.compile(r"somattran [a-z]|(^|[\s(“])--[a-z]")
# Reached from the window: the sync messages, the printed forms' refusals, the window itself.
WINDOW_SOURCES = [
    *sorted((ROOT / "sync").glob("*.py")),
    ROOT / "reports" / "comment_round.py",
    *sorted(p for p in (ROOT / "gui").glob("*.py") if p.name != "screenshot.py"),
]


def messages_naming_a_command(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skip.add(id(body[0].value))  # docstrings
        if isinstance(node, ast.keyword) and node.arg == "command_hint":
            skip.update(id(sub) for sub in ast.walk(node.value))
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("_COMMAND") for t in node.targets
        ):
            skip.update(id(sub) for sub in ast.walk(node.value))  # a hint for the command line
    return [
        f"{path.name}:{node.lineno}: {node.value[:80]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and COMMAND.search(node.value)
    ]


def test_no_window_message_names_a_command() -> None:
    found = [m for path in WINDOW_SOURCES for m in messages_naming_a_command(path)]
    assert found == []


def test_the_command_line_adds_its_hint(tmp_path: Path, capsys) -> None:
    from desktop_app.store.db import open_store

    open_store(tmp_path / "new" / "somattran.db").close()  # a database, no office set up yet
    code = main(["--data-dir", str(tmp_path / "new"), "export", "--to", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "trình hướng dẫn" in err and "(dòng lệnh: somattran setup)" in err
