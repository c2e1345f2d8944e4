"""Benchmarks of the yearly workflows: opening the Regulation-213 round for 500 members, and the
year's campaign roll-up over 5,000 activities.

Run: .venv/bin/python bench/bench_workflows.py   (prints figures; no pass/fail)
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from desktop_app.core.dates import utc_now
from desktop_app.exports.activities_xlsx import export_activities
from desktop_app.store import rollups
from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo

MEMBERS = 500
ACTIVITIES = 5_000


def timed(label: str, action: Callable[[], object], repeat: int = 1) -> object:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - t)
    suffix = f" (median of {repeat})" if repeat > 1 else ""
    print(f"{label:58} {statistics.median(times) * 1000:8.1f} ms{suffix}")
    return result


def add_members(store: Store, count: int) -> None:
    """Ordinary members registered through the same code the letter dialog uses."""
    villages = store.villages.current()
    for i in range(count):
        village = villages[i % len(villages)]
        store.residents.add_with_person(
            {
                "full_name": f"Hoàng Văn Thử {i}",
                "sex": "male",
                "birth_date": "1980",
                "party_admission_date": "2008-05-19",
            },
            {
                "village_id": village["id"],
                "workplace": "Sở Tài chính",
                "letter_number": f"{i}-GGT",
                "category": "ordinary",
                "received_date": "2024-03-01",
                "registered_date": "2024-03-10",
            },
            accept_warnings=True,
        )


def add_activities(store: Store, count: int, start: date, days: int, rng: random.Random) -> None:
    """Activities written in bulk with the register's own cleaning (as the demo builder does)."""
    campaigns = [c["id"] for c in store.campaigns.query()]
    villages = [v["id"] for v in store.villages.current()]
    now, code, rows = utc_now(), store.owner_code(), []
    for i in range(count):
        record = store.activities.clean(
            {
                "campaign_id": rng.choice(campaigns),
                "title": f"Hoạt động số {i}",
                "date": (start + timedelta(days=rng.randrange(days))).isoformat(),
                "village_ids": rng.sample(villages, rng.choice((1, 1, 2, 3))),
                "participants": rng.randint(10, 300),
                "money_raised": rng.randint(0, 50) * 500_000,
                "gifts": rng.randint(0, 20),
                "gifts_value": rng.randint(0, 20) * 300_000,
            }
        )
        record.update(
            store.activities.derive(record),
            id=str(uuid.uuid4()),
            commune_code=code,
            created_at=now,
            updated_at=now,
            deleted_at=None,
            rev=store.next_rev(),
        )
        rows.append(record)
    with store.transaction():
        store.db["activities"].insert_all(rows, batch_size=1000)


def main() -> None:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "somattran.db")
        build_demo(store, people=2000, villages=12, seed=2)
        year = store.today().year + 1  # a round nobody has opened yet

        def eligible() -> int:
            return len(
                [
                    r
                    for r in store.residents.query()
                    if r["registered_date"] and not r["category"].startswith("exempt_")
                ]
            )

        add_members(store, MEMBERS - eligible())
        created = timed(
            f"open the {year} round ({eligible()} members due)",
            lambda: store.evaluations.open_round(year),
        )
        print(f"  requests created: {created}")
        timed("open it again (nothing to add)", lambda: store.evaluations.open_round(year))
        timed("village-by-village checklist", lambda: store.evaluations.checklist(year), 5)
        timed("round progress for the overview", lambda: store.evaluations.round_progress(year), 5)
        timed(
            "the year's comments with state (list evaluations)",
            lambda: store.evaluations.query(year=year),
            5,
        )

        p = rollups.period(store, year)
        prev = rollups.previous_period(store, p)
        store.db.execute("delete from activities")  # exactly the planned counts
        add_activities(store, ACTIVITIES, p.start, (p.end - p.start).days + 1, rng)
        add_activities(store, ACTIVITIES // 2, prev.start, (prev.end - prev.start).days + 1, rng)
        in_year = len(
            store.activities.query(date_from=p.start.isoformat(), date_to=p.end.isoformat())
        )
        print(f"activities: {store.activities.count():,} in all, {in_year:,} in {p.label}")
        timed("roll-up by campaign (one query)", lambda: rollups.by_campaign(store, p, prev), 5)
        timed("roll-up by village (one query)", lambda: rollups.by_village(store, p, prev), 5)
        timed("whole year roll-up, both tables", lambda: rollups.rollup(store, year), 5)
        timed("half-year totals for the overview", lambda: rollups.period_totals(store, year, 1), 5)
        timed(
            "Excel workbook of the year (4 sheets)",
            lambda: export_activities(store, year, None, Path(tmp) / "bao-cao.xlsx"),
            3,
        )
        store.close()


if __name__ == "__main__":
    main()
