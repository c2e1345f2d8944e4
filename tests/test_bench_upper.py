"""bench/bench_upper.py keeps working: a tiny province (3 communes) built, imported and measured,
every figure of issue 12's table printed, then reused with --keep."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "import of 3 bundles in one command:",
    "CPU a person:  first fifth",
    "re-import of the same bundles:",
    "overview (Tổng quan) filled:",
    "somattran attention (whole process):",
    "every commune: count + first 200 rows per keystroke",
    "grouped by commune (Xã sorted): count + first 200 rows per keystroke",
    "budgets: import peak ≤ 300 MB ok; last fifth ≤ 1.2 × first ok; re-import ≤ 3 s ok;",
)


def bench(keep: Path) -> str:
    done = subprocess.run(
        [sys.executable, "bench/bench_upper.py", "--small", "--communes", "3", "--no-window"]
        + ["--keep", str(keep)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def test_the_province_bench_runs_and_reuses_what_it_kept(tmp_path: Path) -> None:
    first = bench(tmp_path)
    assert [figure for figure in FIGURES if figure not in first] == []
    assert "3,000 people, bundle in" in first and "Traceback" not in first
    again = bench(tmp_path)
    assert "bundle in" not in again  # the kept bundles and office are reused
    assert "(figures of the run that imported them)" in again
