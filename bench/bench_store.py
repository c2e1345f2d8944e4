"""Benchmarks of the foundation: demo generation and people search over 20,000 people.

Run: .venv/bin/python bench/bench_store.py   (prints figures; no pass/fail)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo

PEOPLE = 20_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "somattran.db"
        store = open_store(path)
        t = time.perf_counter()
        build_demo(store, people=PEOPLE, villages=30, seed=1)
        print(f"demo of {PEOPLE:,} people, 30 villages: {time.perf_counter() - t:.2f} s")
        for query in ("n", "ng", "nguyen", "nguyen van", "nguyen van d", "hoang thi", "020"):
            times = []
            for _ in range(5):
                t = time.perf_counter()
                rows = store.people.query(search=query, limit=200)
                total = store.people.count_query(search=query)
                times.append(time.perf_counter() - t)
            print(
                f"people search {query!r:16} first 200 of {total:>6,} rows: "
                f"{statistics.median(times) * 1000:6.1f} ms (median of 5)"
            )
        t = time.perf_counter()
        rows = store.people.query()
        print(
            f"all {len(rows):,} people in Vietnamese order: {(time.perf_counter() - t) * 1000:.0f} ms"
        )
        store.close()
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_app",
                "--data-dir",
                tmp,
                "list",
                "people",
                "--search",
                "nguyen van",
                "--format",
                "json",
            ],
            check=True,
            capture_output=True,
        )
        print(
            f'`somattran list people --search "nguyen van"` (whole process): {time.perf_counter() - t:.2f} s'
        )


if __name__ == "__main__":
    main()
