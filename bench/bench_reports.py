"""Benchmarks of the printed forms on a demo commune of 20,000 people (budgets: docs/architecture.md):
a roster PDF of 2,000 lines (≤ 5 s) and 200 Regulation-213 comment forms in one PDF (≤ 10 s).

Run: .venv/bin/python bench/bench_reports.py   (prints the figures and whether each is in budget)
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop_app.reports.comment_round import print_comment_forms
from desktop_app.reports.roster import print_body_roster
from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo

PEOPLE = 20_000
ROSTER_LINES = 2_000
FORMS = 200
BUDGETS = {"roster": 5.0, "forms": 10.0}


def timed(label: str, action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"{label:60} {elapsed:7.2f} s")
    return elapsed, result


def big_body(store: Store, lines: int) -> str:
    """A body with `lines` current members taken from the demo's people (through the store)."""
    body = store.bodies.add(
        {
            "kind": "front_committee",
            "name": "Ủy ban MTTQ Việt Nam xã (bảng thử 2.000 dòng)",
            "term_label": "2024–2029",
            "term_start": "2024-08-15",
        },
        accept_warnings=True,
    )
    people = store.people.query(limit=lines)
    roles = ("member",) * 8 + ("deputy",)
    with store.transaction():
        for n, person in enumerate(people):
            store.memberships.add(
                {
                    "person_id": person["id"],
                    "body_id": body["id"],
                    "role": "head" if n == 0 else roles[n % 9],
                    "branch": ("front", "farmers", "women", "youth", "veterans", "elderly")[n % 6],
                    "start_date": "2024-08-15",
                },
                accept_warnings=True,
            )
    return body["id"]


def enough_members(store: Store, year: int, wanted: int) -> int:
    """Add registered members until the year's round asks `wanted` comments; open the round."""
    store.evaluations.open_round(year)
    due = len(store.evaluations.query(year=year))
    villages = store.villages.current()
    with store.transaction():
        for i in range(max(0, wanted - due)):
            village = villages[i % len(villages)]
            store.residents.add_with_person(
                {
                    "full_name": f"Hoàng Văn Thử Nghiệm {i}",
                    "sex": "male",
                    "birth_date": "1980",
                    "party_admission_date": "2008-05-19",
                },
                {
                    "village_id": village["id"],
                    "party_cell": f"Chi bộ {village['name']}",
                    "workplace": "Sở Tài chính tỉnh Lạng Sơn",
                    "workplace_party_org": "Đảng bộ Sở Tài chính",
                    "letter_number": f"{i}-GGT/ĐU",
                    "category": "ordinary",
                    "received_date": f"{year - 1}-03-01",
                    "registered_date": f"{year - 1}-03-10",
                },
                accept_warnings=True,
            )
    store.evaluations.open_round(year)
    return len(store.evaluations.query(year=year))


def main() -> None:
    today = date(2026, 11, 26)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        store.today = lambda: today
        timed(
            f"demo commune of {PEOPLE:,} people (set-up)",
            lambda: build_demo(store, people=PEOPLE, seed=5),
        )
        body_id = timed(
            f"a body of {ROSTER_LINES:,} members (set-up)", lambda: big_body(store, ROSTER_LINES)
        )[1]
        count = timed(
            f"{FORMS} members due in {today.year} (set-up)",
            lambda: enough_members(store, today.year, FORMS),
        )[1]
        roster_s, _ = timed(
            f"roster PDF, {ROSTER_LINES:,} lines",
            lambda: print_body_roster(store, body_id, Path(folder) / "roster.pdf"),
        )
        forms_s, _ = timed(
            f"comment forms PDF, {count} forms",
            lambda: print_comment_forms(store, today.year, Path(folder) / "forms.pdf"),
        )
        print(
            f"roster: {(Path(folder) / 'roster.pdf').stat().st_size / 1024:.0f} KiB; "
            f"forms: {(Path(folder) / 'forms.pdf').stat().st_size / 1024:.0f} KiB"
        )
        for name, seconds in (("roster", roster_s), ("forms", forms_s)):
            verdict = "within" if seconds <= BUDGETS[name] else "OVER"
            print(f"{name}: {seconds:.2f} s, {verdict} the budget of {BUDGETS[name]:.0f} s")
        store.close()


if __name__ == "__main__":
    main()
