"""Benchmark of an upper-level office at the size of a real province (docs/architecture.md's budgets): 100 communes of
5,000–30,000 people (about 1.8 million). Prints what the issue's table asks:

* import of every bundle in one command (a child process): time, peak memory (budget 300 MB),
  cost per person in the first and last fifth of the run (last ≤ 1.2 × first);
* re-import of the same bundles (a no-op, ≤ 3 s); the database size;
* the overview (Tổng quan) filled, and `somattran attention` as a whole process (≤ 1 s each);
* search as you type over every commune / one commune / grouped by commune (≤ 50 ms a keystroke),
  and `somattran list people --search "nguyen van"` as a whole process;
* the window's start against a bare PySide6 window (≤ 2 ×);
* what the campaigns and Regulation-213 pages ask, every commune and one.

Run: .venv/bin/python bench/bench_upper.py [--small] [--communes N] [--keep DIR] [--reimport]
The full province takes minutes to build (2 cores): with --keep DIR the communes' bundles and the
upper office are kept in DIR and reused by the next run (--reimport imports the kept bundles
again into a new upper office). --small (10 communes of 1,000–3,000 people) runs in a minute or two.
Exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.store import communes, rollups  # noqa: E402
from desktop_app.store.db import Store, open_store  # noqa: E402

BUDGET_MS = 50.0
TYPED = "nguyen van d"
BATCH = 200  # the rows the page's table model asks for first (gui/table_model.py BATCH)
UPPER_NAME = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"


def commune_sizes(count: int, low: int, high: int) -> list[int]:
    """count communes spread evenly over low…high people, in a shuffled (fixed) order."""
    if count == 1:
        return [(low + high) // 2]
    return [low + (high - low) * ((n * 37) % count) // (count - 1) for n in range(count)]


def build_bundles(root: Path, sizes: list[int]) -> list[Path]:
    """root/keys: an upper office with only its keys; root/bundles: each commune's first bundle.
    A commune's database is deleted once its bundle is written (only the bundles are needed)."""
    from desktop_app.store.demo import build_demo
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.keys import export_public_key, trust_upper_key
    from desktop_app.sync.office import setup_office

    keys = root / "keys"
    bundles = root / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    if not (keys / "somattran.db").exists():
        upper = open_store(keys / "somattran.db")
        setup_office(upper, "upper", UPPER_NAME, "20")
        export_public_key(upper, root).path.replace(root / "upper.key")
        upper.db.execute("pragma wal_checkpoint(truncate)")
        upper.close()
    made = sorted(bundles.glob("*"))
    for n, people in enumerate(sizes):
        code = f"{6280 + 3 * n:05d}"
        if any(p.name.startswith(f"{code}-") for p in made):
            continue
        t = time.perf_counter()
        work = Path(tempfile.mkdtemp(dir=root, prefix="commune-"))
        commune = open_store(work / "somattran.db")
        build_demo(
            commune, people=people, villages=max(people // 200, 3), seed=100 + n, commune_code=code
        )
        trust_upper_key(commune, root / "upper.key")
        export_bundle(commune, bundles)
        commune.close()
        shutil.rmtree(work)
        print(
            f"  commune {code}: {people:,} people, bundle in {time.perf_counter() - t:.1f} s",
            flush=True,
        )
    return sorted(bundles.glob("*"))


IMPORT = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from desktop_app.store.db import open_store
from desktop_app.sync.files import import_files
store = open_store(sys.argv[2], create=False)
marks = []
last, last_cpu = time.perf_counter(), time.process_time()
def on_file(outcome):
    global last, last_cpu
    now, cpu = time.perf_counter(), time.process_time()
    people = 0
    if outcome.plan is not None and outcome.plan.status == "import":
        people = sum(s.new + s.changed + s.unchanged for s in outcome.plan.summaries if s.table == "people")
    marks.append([people, now - last, outcome.error.message if outcome.error else None, cpu - last_cpu])
    last, last_cpu = now, cpu
t = time.perf_counter()
import_files(store, sys.argv[4:], enrol=True, receipt_dir=sys.argv[3], on_file=on_file)
total = time.perf_counter() - t
store.close()
print(json.dumps({"seconds": total, "files": marks}), flush=True)
"""


def run_import(db: Path, bundles: list[Path], receipts: Path) -> dict:
    """Import every bundle in one child process: its figures and its peak resident memory."""
    receipts.mkdir(exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(ROOT), str(db), str(receipts), *map(str, bundles)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    figures["peak_mb"] = (
        peak / 1024 if peak > before else None
    )  # None: no higher than an earlier child
    errors = [f[2] for f in figures["files"] if f[2]]
    if errors:
        raise SystemExit(errors[0])
    return figures


def per_person_fifths(files: list[list], cpu: bool = False) -> tuple[float, float]:
    """Microseconds a person over the first and the last fifth of the bundles imported: wall-clock,
    or (cpu=True) the import process's CPU time, which other work on a shared machine inflates far
    less (0 when the figures predate it)."""
    fifth = max(1, len(files) // 5)

    def cost(part: list[list]) -> float:
        people = sum(f[0] for f in part)
        spent = sum((f[3] if len(f) > 3 else 0.0) if cpu else f[1] for f in part)
        return spent / people * 1e6 if people else 0.0

    return cost(files[:fifth]), cost(files[-fifth:])


def build_upper(root: Path, sizes: list[int], reimport: bool) -> tuple[Store, dict]:
    """The upper office in root/upper that imported every bundle of root/bundles (built first when
    missing); the import's figures (from the run that imported them, kept in root/import.json)."""
    bundles = build_bundles(root, sizes)
    upper_dir = root / "upper"
    figures_file = root / "import.json"
    db = upper_dir / "somattran.db"
    if reimport or not db.exists() or not figures_file.exists():
        shutil.rmtree(upper_dir, ignore_errors=True)
        upper_dir.mkdir()
        shutil.copy(root / "keys" / "somattran.db", db)
        print(f"importing {len(bundles)} bundles in one command…", flush=True)
        figures = run_import(db, bundles, root / "receipts")
        figures_file.write_text(json.dumps(figures))
    else:
        figures = json.loads(figures_file.read_text())
        figures["kept"] = True
    t = time.perf_counter()
    again = run_import(db, bundles, root / "receipts")
    figures["reimport"] = time.perf_counter() - t
    figures["reimport_inside"] = again["seconds"]
    store = open_store(db)
    # A kept office made by an earlier version is offered encryption when the window opens
    # (m0008): the bench measures the plain office's window (bench_gui measures the protected).
    if store.meta("protect_at_start") == "1":
        store.set_meta("protect_at_start", "0")
    store.db.execute("pragma wal_checkpoint(truncate)")
    figures["db_bytes"] = db.stat().st_size
    return store, figures


def keystroke(store: Store, typed: str, options: dict) -> int:
    """What the People page asks once typing pauses: the count, then the first rows (listed
    commune after commune, the counts per commune make the count)."""
    if options.get("commune_order"):
        counts = store.people.count_by_commune(search=typed)
        store.people.query(search=typed, limit=BATCH, commune_counts=counts, **options)
        return sum(counts.values())
    total = store.people.count_query(search=typed, commune_code=options.get("commune_code"))
    store.people.query(search=typed, limit=BATCH, **options)
    return total


def keystroke_ms(
    store: Store, typed: str, options: dict, repeat: int = 5
) -> tuple[int, float, float]:
    """(rows found, wall-clock ms, CPU ms), medians of `repeat` runs: the CPU time is what
    another busy process on the machine inflates less."""
    wall, cpu, total = [], [], 0
    for _ in range(repeat):
        store.people.forget_counts()  # a keystroke's counts are remembered for its next pages
        t, c = time.perf_counter(), time.process_time()
        total = keystroke(store, typed, options)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return total, statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def plan(store: Store, sql: str, params: list) -> str:
    rows = store.conn.execute("explain query plan " + sql, params).fetchall()
    return "; ".join(r[-1] for r in rows)


def list_ms(run: Callable[[], Any], repeat: int = 5) -> tuple[int, float, float]:
    """(rows returned, median wall-clock ms, median CPU ms) of one thing a page asks."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = run()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    rows = (
        len(result) if isinstance(result, list | dict) else result if isinstance(result, int) else 0
    )
    return rows, statistics.median(times) * 1000, statistics.median(cpu) * 1000


def campaigns_and_residents(store: Store, code: str, label: str) -> None:
    """The campaigns and Regulation-213 pages at the upper level, every commune then one."""
    year = store.today().year
    period = rollups.period_containing(store)
    span = {"date_from": period.start.isoformat(), "date_to": period.end.isoformat()}

    def activities_page(c: str | None) -> int:
        """What the activities list asks (gui/campaigns_page.py): the count, the first page."""
        store.activities.query(**span, commune_code=c, limit=BATCH)
        return store.activities.count_query(**span, commune_code=c)

    asks: dict[str, Callable[[str | None], Any]] = {
        "activities list (count + first 200)": activities_page,
        "activities of the period, every row": lambda c: store.activities.query(
            **span, commune_code=c
        ),
        "campaign catalogue (national once)": lambda c: store.campaigns.catalogue(commune_code=c),
        "roll-up, both tables": lambda c: (
            rollups.rollup(store, period.year, commune_code=c).by_campaign
        ),
        "residents list (count + first 200)": lambda c: (
            store.residents.query(commune_code=c, limit=BATCH),
            store.residents.count_query(commune_code=c),
        )[1],
        "residents, every row": lambda c: store.residents.query(commune_code=c),
        "213 round checklist": lambda c: store.evaluations.checklist(year, commune_code=c),
    }
    print(
        f"\ncampaigns and Regulation-213 pages (median of 5, wall and CPU): every commune"
        f" | commune {label}"
    )
    for title, ask in asks.items():
        every, one = list_ms(lambda a=ask: a(None)), list_ms(lambda a=ask: a(code))
        print(
            f"  {title:36} {every[0]:>6,} rows {every[1]:7.1f} ms (CPU {every[2]:6.1f})"
            f" | {one[0]:>5,} rows {one[1]:6.1f} ms (CPU {one[2]:5.1f})"
        )
    for title, run in (
        (
            "roll-up by commune",
            lambda: rollups.by_commune(store, period, rollups.previous_period(store, period)),
        ),
        (
            "213 round progress per commune",
            lambda: store.evaluations.round_progress_by_commune(year),
        ),
    ):
        n, ms, cpu = list_ms(run)
        print(f"  {title:36} {n:>6,} rows {ms:7.1f} ms (CPU {cpu:6.1f})")
    activities = (
        "select a.*, c.name as campaign_name from activities a join campaigns c on c.id = a.campaign_id"
        " where a.deleted_at is null and a.date >= ? and a.date <= ? and a.commune_code = ?"
        " order by a.date desc, a.rowid desc"
    )
    print(
        "  plan of the activities of one commune: "
        + plan(store, activities, [period.start.isoformat(), period.end.isoformat(), code])
    )
    print(
        "  plan of the residents of one commune:  "
        + plan(
            store,
            store.residents._select() + " and r.commune_code = ? and r.left_date is null"
            " order by v.sort_key, p.sort_key, r.id",
            [code],
        )
    )


def overview_fill_ms(store: Store) -> tuple[float, float]:
    """The overview page of the upper level, from refresh() to filled (offscreen Qt): wall and
    CPU ms (the CPU of every thread of this process: the page counts in a thread)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.app import make_application
    from desktop_app.gui.overview_page import OverviewPage

    app = make_application()
    page = OverviewPage(store)
    page.resize(1280, 720)
    page.show()
    app.processEvents()
    t, c = time.perf_counter(), time.process_time()
    page.refresh()
    page.load_now()
    while not page.loaded:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


def round_view_ms(store: Store) -> tuple[float, float, float]:
    """The Regulation-213 round of every commune reloaded (offscreen Qt), as the page does: the
    longest stretch the window's thread was busy (wall ms), the CPU of the window's thread alone
    (ms) and the wall ms until the tree is filled (the reading itself may run in a thread)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.app import make_application
    from desktop_app.gui.reg213_upper import UpperRoundView

    app = make_application()
    view = UpperRoundView(store)
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    stretches: list[tuple[float, float]] = []

    def step(work: Callable[[], Any]) -> None:
        t, c = time.perf_counter(), time.thread_time()
        work()
        stretches.append(((time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000))

    began = time.perf_counter()
    step(view.reload)
    while not getattr(view, "loaded", True):
        step(app.processEvents)
        time.sleep(0.002)
    step(app.processEvents)  # painted
    filled = (time.perf_counter() - began) * 1000
    view.close()
    return max(s[0] for s in stretches), sum(s[1] for s in stretches), filled


def command_seconds(data_dir: Path, *argv: str, repeat: int = 3) -> tuple[float, float, str]:
    """Median wall-clock and CPU seconds (user + system) of `somattran --data-dir DIR argv…`
    as a whole process (its modules compiled first, as an installed program has them)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop_app")], check=True
    )
    times, cpu, out = [], [], ""
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        out = done.stdout if done.returncode == 0 else "FAILED: " + done.stderr[-300:]
    return statistics.median(times), statistics.median(cpu), out


def window_start(data_dir: Path, runs: int = 3) -> tuple[float, float, str]:
    """Median seconds to the upper office's main window shown, a bare PySide6 window's, and the
    heavy modules the window loaded (bench_gui's probes)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_gui

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop_app")], check=True
    )
    bench_gui.timed_start(bench_gui.BARE)
    bench_gui.timed_start(bench_gui.APP, str(data_dir))
    bare, full, extra = [], [], []
    for _ in range(runs):
        bare.append(bench_gui.timed_start(bench_gui.BARE)[0])
        seconds, extra = bench_gui.timed_start(bench_gui.APP, str(data_dir))
        full.append(seconds)
    return statistics.median(full), statistics.median(bare), extra[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--small", action="store_true", help="10 communes of 1,000–3,000 people (CI)"
    )
    parser.add_argument(
        "--communes", type=int, help="how many communes (default 100; 10 with --small)"
    )
    parser.add_argument(
        "--people", default=None, help="LOW-HIGH people a commune (default 5000-30000)"
    )
    parser.add_argument(
        "--keep", type=Path, help="build the province in DIR and keep it (reused when there)"
    )
    parser.add_argument(
        "--reimport", action="store_true", help="import the kept bundles again (new upper office)"
    )
    parser.add_argument("--no-window", action="store_true", help="skip the window's start-up")
    args = parser.parse_args()
    count = args.communes or (10 if args.small else 100)
    low, high = map(int, (args.people or ("1000-3000" if args.small else "5000-30000")).split("-"))
    sizes = commune_sizes(count, low, high)
    budgets: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        print(
            f"province: {count} communes of {low:,}–{high:,} people ({sum(sizes):,} people) in {root}"
        )
        store, fig = build_upper(root, sizes, args.reimport)
        print(
            f"upper office with {store.people.count():,} people of "
            f"{len(communes.with_rows(store, 'people'))} communes ready in {time.perf_counter() - t:.1f} s"
        )
        first, last = per_person_fifths(fig["files"])
        first_cpu, last_cpu = per_person_fifths(fig["files"], cpu=True)
        peak = fig.get("peak_mb")
        kept = " (figures of the run that imported them)" if fig.get("kept") else ""
        print(
            f"\nimport of {len(fig['files'])} bundles in one command: {fig['seconds']:.1f} s, peak "
            + (f"{peak:.0f} MB" if peak else "? MB")
            + kept
        )
        print(
            f"  cost a person: first fifth {first:.0f} µs → last fifth {last:.0f} µs ({last / first:.2f} ×)"
        )
        if first_cpu:
            print(
                f"  CPU a person:  first fifth {first_cpu:.0f} µs → last fifth {last_cpu:.0f} µs "
                f"({last_cpu / first_cpu:.2f} ×)"
            )
        print(
            f"re-import of the same bundles: {fig['reimport']:.1f} s whole process "
            f"({fig['reimport_inside']:.1f} s importing)"
        )
        people = store.people.count()
        print(
            f"database size: {fig['db_bytes'] / 1e6:,.0f} MB ({fig['db_bytes'] / max(people, 1):.0f} B a person)"
        )
        budgets["import peak ≤ 300 MB"] = peak is None or peak <= 300
        # judged on CPU time when measured: the wall clock of a 15-35 minute run on a machine shared
        # with others follows their load more than the import's (both are printed)
        budgets["last fifth ≤ 1.2 × first"] = (
            last_cpu <= 1.2 * first_cpu if first_cpu else last <= 1.2 * first
        )
        budgets["re-import ≤ 3 s"] = fig["reimport"] <= 3

        fills = [overview_fill_ms(store) for _ in range(3)]
        overview = statistics.median(f[0] for f in fills)
        overview_cpu = statistics.median(f[1] for f in fills)
        print(f"\noverview (Tổng quan) filled: {overview:.0f} ms (CPU {overview_cpu:.0f} ms)")
        # On this shared 2-core machine wall-clock time is several times the CPU time: the
        # budgets of a second are read on the CPU time (the work the program asks).
        budgets["overview ≤ 1 s (CPU)"] = overview_cpu <= 1000
        rounds = [round_view_ms(store) for _ in range(3)]
        print(
            "Regulation-213 round of every commune reloaded: the window's thread busy at most "
            f"{statistics.median(r[0] for r in rounds):.0f} ms at a stretch "
            f"(its CPU {statistics.median(r[1] for r in rounds):.0f} ms), "
            f"filled in {statistics.median(r[2] for r in rounds):.0f} ms"
        )
        data_dir = root / "upper"
        seconds, cpu, out = command_seconds(data_dir, "attention", "--format", "json")
        print(
            f"somattran attention (whole process): {seconds * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), "
            + (out[:200] if out.startswith("FAILED") else f"{len(json.loads(out)['items'])} items")
        )
        budgets["attention ≤ 1 s (CPU)"] = cpu <= 1 and not out.startswith("FAILED")
        seconds, cpu, out = command_seconds(data_dir, "list", "people", "--search", "nguyen van")
        print(
            f'somattran list people --search "nguyen van" (whole process): {seconds * 1000:.0f} ms'
            f" (CPU {cpu * 1000:.0f} ms), {max(len(out.splitlines()) - 2, 0):,} lines"
        )

        listed = communes.with_rows(store, "people")
        middle = listed[len(listed) // 2]
        order = [c.code for c in listed]
        variants: dict[str, dict] = {
            "every commune": {},
            f"commune {middle.label} ({middle.rows:,} people)": {"commune_code": middle.code},
            "grouped by commune (Xã sorted)": {"commune_order": order},
        }
        worst = 0.0
        for title, options in variants.items():
            print(f"\n{title}: count + first {BATCH} rows per keystroke (median of 5)")
            slowest = 0.0
            for i in range(1, len(TYPED) + 1):
                typed = TYPED[:i]
                if typed.endswith(" "):
                    continue
                total, ms, cpu = keystroke_ms(store, typed, options)
                slowest = max(slowest, cpu)
                print(f"  {typed!r:16} {total:>9,} rows  {ms:6.1f} ms  (CPU {cpu:5.1f} ms)")
            print(f"  slowest keystroke {slowest:.1f} ms CPU")
            worst = max(worst, slowest)
        budgets["search ≤ 50 ms a keystroke (CPU)"] = worst <= BUDGET_MS
        campaigns_and_residents(store, middle.code, middle.label)
        store.close()
        if not args.no_window:
            shown, bare, heavy = window_start(data_dir)
            print(
                f"\nwindow of the upper office shown: {shown:.3f} s; bare PySide6 window {bare:.3f} s "
                f"({shown / bare:.2f} ×); heavy modules loaded: {heavy}"
            )
            budgets["window ≤ 2 × bare"] = shown <= 2 * bare
    print("\nbudgets: " + "; ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in budgets.items()))
    return 0 if all(budgets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
