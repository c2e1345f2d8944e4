"""Benchmarks of sync (budgets: docs/architecture.md): full export of a 20,000-person commune, incremental
export after 100 edits, import of 30 commune bundles at the upper level, and the same again.

Run: .venv/bin/python bench/bench_sync.py [--people 20000] [--communes 30] [--commune-people 2000]
     [--encrypted]   (the big commune and the upper level protected: SQLCipher, a log-in)
Prints the figures (wall-clock seconds, and the process's CPU seconds, which a busy machine
inflates less) against their budgets; exits 1 when one is over budget.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.acknowledge import import_receipt
from desktop_app.sync.export import export_bundle
from desktop_app.sync.files import import_files
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.keys import export_public_key, trust_upper_key
from desktop_app.sync.office import setup_office

FULL, STEP, IMPORT, AGAIN = (
    "full export",
    "incremental export after 100 edits",
    "import of the commune bundles",
    "the same bundles again",
)
BUDGETS = {FULL: 3.0, STEP: 0.3, IMPORT: 30.0, AGAIN: 3.0}


PASSWORD = "mat-khau-do-thu"


def _protected(store):
    """The same office encrypted, with a lãnh đạo account logged in (as a real office runs)."""
    from desktop_app.store.protect import protect

    path = store.path
    store.set_meta("demo", "0")
    store.close()
    protect(path, "bench", PASSWORD)
    return open_store(path, user="bench", password=PASSWORD)


def _commune(
    root: Path, code: str, people: int, seed: int, key_file: Path, encrypted: bool = False
):
    store = open_store(root / code / "somattran.db")
    build_demo(store, people=people, villages=max(people // 700, 3), seed=seed, commune_code=code)
    trust_upper_key(store, key_file)
    return _protected(store) if encrypted else store


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--communes", type=int, default=30)
    parser.add_argument(
        "--commune-people",
        type=int,
        default=2_000,
        help="people in each of the communes imported (a real commune: 2,000)",
    )
    parser.add_argument(
        "--encrypted",
        action="store_true",
        help="protect the big commune and the upper level (SQLCipher) before measuring",
    )
    args = parser.parse_args()
    figures: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        stick = root / "usb"
        stick.mkdir()
        upper = open_store(root / "upper" / "somattran.db")
        setup_office(upper, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
        if args.encrypted:
            upper = _protected(upper)
        print(f"databases encrypted: {'yes (SQLCipher)' if args.encrypted else 'no'}")
        key_file = export_public_key(upper, stick).path

        big = _commune(root, "06280", args.people, 1, key_file, args.encrypted)
        t, c = time.perf_counter(), time.process_time()
        full = export_bundle(big, stick, full=True)
        figures[FULL], cpu[FULL] = time.perf_counter() - t, time.process_time() - c
        print(
            f"full export of {args.people:,} people ({full.total_rows:,} records, "
            f"{full.path.stat().st_size / 1e6:.1f} MB): {figures[FULL]:.2f} s"
        )
        t = time.perf_counter()
        result = import_bundle(upper, full.path, enrol=True)
        print(f"  (its import at the upper level: {time.perf_counter() - t:.2f} s)")
        import_receipt(big, result.receipt_path)
        for person in big.people.query(limit=100):
            big.people.update(
                person["id"], {"notes": "Đã cập nhật số điện thoại"}, accept_warnings=True
            )
        t, c = time.perf_counter(), time.process_time()
        step = export_bundle(big, stick)
        figures[STEP], cpu[STEP] = time.perf_counter() - t, time.process_time() - c
        print(
            f"incremental export after 100 edits ({step.total_rows} records): {figures[STEP]:.3f} s"
        )
        big.close()

        t = time.perf_counter()
        bundles = []
        for n in range(args.communes):
            store = _commune(root, f"{7000 + n:05d}", args.commune_people, 100 + n, key_file)
            bundles.append(export_bundle(store, stick).path)
            store.close()
        print(
            f"  ({args.communes} communes of {args.commune_people:,} people built and exported "
            f"in {time.perf_counter() - t:.1f} s)"
        )
        t, c = time.perf_counter(), time.process_time()
        outcomes = import_files(upper, bundles, enrol=True)
        figures[IMPORT], cpu[IMPORT] = time.perf_counter() - t, time.process_time() - c
        failed = [o for o in outcomes if o.error]
        assert not failed, failed[0].error.message
        print(f"import of {args.communes} commune bundles: {figures[IMPORT]:.2f} s")
        t, c = time.perf_counter(), time.process_time()
        again = import_files(upper, bundles)
        figures[AGAIN], cpu[AGAIN] = time.perf_counter() - t, time.process_time() - c
        assert all(o.result and o.result.status == "repeat" for o in again)
        print(f"the same {args.communes} bundles again: {figures[AGAIN]:.2f} s")
        upper.close()

    over = [name for name, seconds in figures.items() if seconds > BUDGETS[name]]
    print()
    for name, seconds in figures.items():
        mark = "OVER BUDGET" if name in over else "ok"
        print(
            f"{name:36} {seconds:7.3f} s (CPU {cpu[name]:7.3f} s)   budget {BUDGETS[name]:5.1f} s"
            f"   {mark}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
