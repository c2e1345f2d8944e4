"""kill -9 at random moments during demo, import, export, backup and restore, then check what is
left (issue 11). Slow (a few minutes) and outside CI: run it by hand.

    .venv/bin/python bench/faults_kill9.py [--trials-each 25] [--seed 1] [--keep DIR]

After every kill it checks the office's database: `PRAGMA integrity_check`, `PRAGMA
foreign_key_check`; for an import, all or nothing (the import row and the commune's people
together, and a receipt on the stick only for a committed import); for a restore, that a
completed restore carries a fresh database id (neither the old one nor the backup's); and that
the next command opens the office (no lock left behind) and cleans what the killed one left
(a staged `.restoring`, a backup's `.tmp`). It prints the counts and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ENV = {**os.environ, "LANG": "C.UTF-8", "SOMATTRAN_LOCK_WAIT": "10", "QT_QPA_PLATFORM": "offscreen"}
COMMUNE = "06280"


def somattran(folder: Path | None, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    head = ["--data-dir", str(folder)] if folder is not None else []
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", *head, *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    if check and out.returncode != 0:
        raise SystemExit(f"somattran {' '.join(args)} failed: {out.stderr}")
    return out


def killed_run(folder: Path, args: list[str], after: float) -> tuple[bool, float]:
    """Start the command, kill -9 it after `after` seconds; (killed before it ended, elapsed)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(folder), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    try:
        proc.wait(after)
        return False, time.perf_counter() - started
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True, time.perf_counter() - started


def timed(folder: Path, *args: str) -> float:
    started = time.perf_counter()
    somattran(folder, *args)
    return time.perf_counter() - started


def db_checks(path: Path) -> dict[str, bool]:
    """integrity and foreign keys of the database file (read-only: it changes nothing)."""
    if not path.exists():
        return {"integrity": True, "foreign_keys": True}
    conn = sqlite3.connect(str(path))
    try:
        integrity = conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        foreign = conn.execute("pragma foreign_key_check").fetchall() == []
    finally:
        conn.close()
    return {"integrity": integrity, "foreign_keys": foreign}


def scalar(path: Path, sql: str, params: tuple = ()) -> object:
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {}
        self.failures: list[str] = []

    def add(self, op: str, key: str, ok: bool = True, detail: str = "") -> None:
        self.counts.setdefault(op, Counter())[key] += 1
        if not ok:
            self.failures.append(f"{op}: {key} {detail}")

    def check(self, op: str, what: str, ok: bool, detail: str = "") -> None:
        self.add(op, f"{what} ok" if ok else f"{what} FAILED", ok, detail)


def reopen_and_clean(op: str, tally: Tally, folder: Path) -> None:
    """The next command opens the office (the lock died with the process) and cleans leftovers."""
    out = somattran(folder, "key", check=False)  # a writer: opens, cleans, prints the key
    ok = out.returncode == 0 or "chưa" in out.stderr.lower()
    tally.check(op, "next writer opens", ok and "Traceback" not in out.stderr, out.stderr[-300:])
    leftovers = (
        [
            p
            for p in [folder / "somattran.restoring", *(folder / "backups").glob("*.tmp")]
            if p.exists()
        ]
        if folder.exists()
        else []
    )
    tally.check(op, "leftovers cleaned", not leftovers, str(leftovers))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials-each", type=int, default=22)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="work in this folder and keep it")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    root = (
        Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="somattran-faults-"))
    )
    root.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    t0 = time.perf_counter()

    # ---- templates: an upper level, a commune that trusts it, a bundle, a backup ----------------
    upper, commune, stick = root / "upper", root / "commune", root / "stick"
    stick.mkdir(exist_ok=True)
    somattran(
        upper, "setup", "--role", "upper", "--name", "Ủy ban MTTQ tỉnh Lạng Sơn", "--code", "20"
    )
    key_file = somattran(upper, "key", "--export", str(stick)).stdout.strip()
    demo_time = timed(
        commune, "demo", "--people", "1500", "--villages", "6", "--commune-code", COMMUNE
    )
    somattran(commune, "key", "--trust", key_file)
    bundle = Path(somattran(commune, "export", "--to", str(stick)).stdout.strip())
    backup_file = Path(somattran(commune, "backup", "--to", str(root / "saved")).stdout.strip())
    backup_id = scalar(backup_file, "select database_id from office")
    bundle_people = scalar(commune / "somattran.db", "select count(*) from people")

    def fresh(template: Path, name: str) -> Path:
        target = root / "trials" / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(template, target, ignore=shutil.ignore_patterns("logs", "backups"))
        return target

    # measure one normal run of each
    probe = fresh(upper, "probe-import")
    import_time = timed(
        probe, "import", "--enrol", str(bundle), "--receipt-dir", str(root / "probe-r")
    )
    probe = fresh(commune, "probe-export")
    (root / "probe-stick").mkdir(exist_ok=True)
    export_time = timed(probe, "export", "--to", str(root / "probe-stick"))
    backup_time = timed(probe, "backup")
    restore_time = timed(probe, "restore", str(backup_file))
    print(
        f"normal runs: demo {demo_time:.2f} s, import {import_time:.2f} s, export {export_time:.2f} s, "
        f"backup {backup_time:.2f} s, restore {restore_time:.2f} s"
    )

    def moment(duration: float) -> float:
        return rng.uniform(duration * 0.3, duration * 1.05)  # python starts in the first third

    n = options.trials_each
    # ---- demo --------------------------------------------------------------------------------
    for i in range(n):
        folder = root / "trials" / f"demo-{i}"
        shutil.rmtree(folder, ignore_errors=True)
        killed, _ = killed_run(
            folder, ["demo", "--people", "1500", "--villages", "6"], moment(demo_time)
        )
        tally.add("demo", "killed" if killed else "finished")
        for what, ok in db_checks(folder / "somattran.db").items():
            tally.check("demo", what, ok, str(folder))
        reopen_and_clean("demo", tally, folder)

    # ---- import at the upper level -----------------------------------------------------------
    for i in range(n):
        folder = fresh(upper, f"import-{i}")
        receipts = root / "trials" / f"import-{i}-receipts"
        shutil.rmtree(receipts, ignore_errors=True)
        receipts.mkdir(parents=True)
        killed, _ = killed_run(
            folder,
            ["import", "--enrol", str(bundle), "--receipt-dir", str(receipts)],
            moment(import_time),
        )
        tally.add("import", "killed" if killed else "finished")
        db = folder / "somattran.db"
        for what, ok in db_checks(db).items():
            tally.check("import", what, ok, str(folder))
        imported = scalar(db, "select count(*) from sync_imports where status = 'imported'")
        people = scalar(db, "select count(*) from people where commune_code = ?", (COMMUNE,))
        whole = (imported == 1 and people == bundle_people) or (imported == 0 and people == 0)
        tally.check("import", "all or nothing", whole, f"imports {imported}, people {people}")
        if imported:
            tally.add("import", "committed")
        receipt_without_import = bool(list(receipts.glob("*.smtr"))) and not imported
        tally.check(
            "import", "receipt only after commit", not receipt_without_import, str(receipts)
        )
        reopen_and_clean("import", tally, folder)

    # ---- export at the commune ----------------------------------------------------------------
    for i in range(n):
        folder = fresh(commune, f"export-{i}")
        usb = root / "trials" / f"export-{i}-usb"
        shutil.rmtree(usb, ignore_errors=True)
        usb.mkdir(parents=True)
        killed, _ = killed_run(folder, ["export", "--to", str(usb)], moment(export_time))
        tally.add("export", "killed" if killed else "finished")
        for what, ok in db_checks(folder / "somattran.db").items():
            tally.check("export", what, ok, str(folder))
        for written in usb.glob("*.smtb"):
            verified = somattran(None, "verify", str(written), check=False).returncode == 0
            tally.check("export", "bundle on the stick verifies", verified, str(written))
        hidden = list(usb.glob(".*.tmp"))
        tally.add("export", "hidden .tmp left on the stick" if hidden else "stick clean")
        reopen_and_clean("export", tally, folder)

    # ---- backup --------------------------------------------------------------------------------
    for i in range(n):
        folder = fresh(commune, f"backup-{i}")
        killed, _ = killed_run(folder, ["backup"], moment(backup_time))
        tally.add("backup", "killed" if killed else "finished")
        for what, ok in db_checks(folder / "somattran.db").items():
            tally.check("backup", what, ok, str(folder))
        for made in (folder / "backups").glob("*.db") if (folder / "backups").exists() else []:
            tally.check(
                "backup", "finished backup is whole", db_checks(made)["integrity"], str(made)
            )
        if (folder / "backups").exists() and list((folder / "backups").glob("*.tmp")):
            tally.add("backup", ".tmp left by the kill")
        reopen_and_clean("backup", tally, folder)

    # ---- restore -------------------------------------------------------------------------------
    for i in range(n):
        folder = fresh(commune, f"restore-{i}")
        before = scalar(folder / "somattran.db", "select database_id from office")
        killed, _ = killed_run(folder, ["restore", str(backup_file)], moment(restore_time))
        tally.add("restore", "killed" if killed else "finished")
        db = folder / "somattran.db"
        for what, ok in db_checks(db).items():
            tally.check("restore", what, ok, str(folder))
        now = scalar(db, "select database_id from office")
        if now == before:
            tally.add("restore", "not swapped: the old data")
        else:
            tally.add("restore", "completed")
            tally.check("restore", "fresh database id", now not in (before, backup_id), f"{now}")
        reopen_and_clean("restore", tally, folder)

    trials = sum(c["killed"] + c["finished"] for c in tally.counts.values())
    print(
        f"\n{trials} trials in {time.perf_counter() - t0:.0f} s (seed {options.seed}); folder {root}"
    )
    for op, counts in tally.counts.items():
        print(f"  {op:8s} " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    print(f"failures: {len(tally.failures)}")
    for failure in tally.failures[:30]:
        print("  " + failure)
    if not options.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
