"""Excel import of a 20,000-row people list typed in .VnTime: preview (read, map, check) and write.

Run: .venv/bin/python bench/bench_excel_import.py
Prints the times and the import process's peak memory; exits 1 over the budget (docs/architecture.md:
20 s for preview and write together, 300 MB). The file is made in this process; the import runs
in a fresh child process, so its peak memory is the import's own.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 20_000
BUDGET_S = 20.0
BUDGET_MB = 300


def make_file(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from desktop_app.store import refdata
    from tests.core.test_legacy_text import tcvn3_encode

    names = refdata.demo_names()
    rng = random.Random(1)
    families = sorted({n for ns in names["family_names"].values() for n in ns})
    givens = names["given_names"]
    villages = [v["name"] for v in names["villages"]]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sach")
    vntime = Font(name=".VnTime")

    def legacy(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, tcvn3_encode(text.lower()).title() if text else None)
        cell.font = vntime
        return cell

    ws.append(["DANH SÁCH NGƯỜI DÂN"])
    ws.append([])
    ws.append(["STT", "Họ và tên", "Năm sinh", None, "Dân tộc", "Số CCCD", "Thôn", "Số điện thoại"])
    ws.append([None, None, "Nam", "Nữ"])
    for i in range(ROWS):
        female = rng.random() < 0.5
        given = rng.choice(givens["female" if female else "male"])
        name = f"{rng.choice(families)} {'Thị' if female else 'Văn'} {given}"
        year = rng.randint(1940, 2005)
        number = f"020{(1 if female else 0) + (2 if year >= 2000 else 0)}{year % 100:02d}{i:06d}"
        ws.append(
            [
                i + 1,
                legacy(name),
                None if female else year,
                year if female else None,
                legacy(rng.choice(["Tày", "Nùng", "Kinh", "Dao"])),
                int(number),
                legacy(rng.choice(villages)),
                f"09{rng.randint(10_000_000, 99_999_999)}",
            ]
        )
    wb.save(path)


def run_import(folder: str, path: str) -> None:
    """In the child: open an office, preview the file, write it; print the figures as JSON."""
    from desktop_app.imports.pipeline import prepare
    from desktop_app.imports.write import write_plan
    from desktop_app.store.db import open_store

    store = open_store(Path(folder) / "somattran.db")
    store.setup_office(commune_name="Hòa Cư", commune_code="06280")
    cpu = time.process_time()
    t = time.perf_counter()
    prepared = prepare(store, path, "people")
    preview = time.perf_counter() - t
    t = time.perf_counter()
    write_plan(store, prepared.plan)
    write = time.perf_counter() - t
    cpu = time.process_time() - cpu
    counts = prepared.plan.counts()
    people = store.people.count()
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "preview": preview,
                "write": write,
                "cpu": cpu,
                "peak_mb": peak_mb,
                "counts": counts,
                "people": people,
            }
        )
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "nguoi.xlsx"
        t = time.perf_counter()
        make_file(path)
        print(
            f"made a {ROWS:,}-row .VnTime people file ({path.stat().st_size / 1e6:.1f} MB) in "
            f"{time.perf_counter() - t:.1f} s"
        )
        out = subprocess.run(
            [sys.executable, __file__, "--child", tmp, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
    total = r["preview"] + r["write"]
    print(f"preview (read, map, check {r['counts']['rows']:,} rows): {r['preview']:.1f} s")
    print(f"write ({r['counts']['add']:,} people, one transaction): {r['write']:.1f} s")
    print(
        f"total {total:.1f} s (budget {BUDGET_S:.0f} s; processor time {r['cpu']:.1f} s); peak memory {r['peak_mb']:.0f} MB "
        f"(budget {BUDGET_MB} MB)"
    )
    ok = total <= BUDGET_S and r["peak_mb"] <= BUDGET_MB and r["people"] == ROWS
    if not ok:
        print("OVER BUDGET (or rows lost)", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        run_import(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
