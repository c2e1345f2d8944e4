"""The code stays as `ruff format` writes it ([tool.ruff] in pyproject.toml), so `make test` fails
when formatting drifts, as .ci/run's own check does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("desktop_app", "tests", "bench", "packaging")


def ruff_format_check(*paths: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_tree_is_formatted() -> None:
    done = ruff_format_check(*FOLDERS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_sees_a_drift(tmp_path: Path) -> None:
    drifted = tmp_path / "drifted.py"
    drifted.write_text("x = {  'a':1 }\n", encoding="utf-8")
    assert ruff_format_check(drifted).returncode == 1
