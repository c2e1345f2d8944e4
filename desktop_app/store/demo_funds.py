"""The demo commune's fund and verdicts: two campaign months of the Quỹ "Vì người nghèo" (village
collections, organisations, gifts in kind), the support paid from it (a Great Unity house among
them), the grading of every village committee for the last two years, and commendations."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from desktop_app.core.funds import DEFAULT_FUND

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class _Builder(Protocol):
    """What the demo's builder lends: the store, its seeded random source, its day, its ids."""

    store: Store
    rng: random.Random
    today: date

    def uid(self) -> str: ...


GIVERS = (
    "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh",
    "Công ty TNHH Xây dựng Minh Phát",
    "Trường Tiểu học xã",
    "Trạm Y tế xã",
    "Hợp tác xã Nông nghiệp Tân Tiến",
    "Cửa hàng vật liệu Hùng Cường",
)
IN_KIND = (
    ("Gạo 300 kg", 4_500_000),
    ("50 suất quà (dầu ăn, mì chính)", 5_000_000),
    ("Chăn ấm 30 chiếc", 6_000_000),
)


def _campaign_days(year: int, today: date) -> list[date]:
    first, last = date(year, 10, 17), min(date(year, 11, 18), today)
    return (
        [first + timedelta(days=n) for n in range((last - first).days + 1)] if last >= first else []
    )


def fill_funds(b: _Builder, villages: list[dict], people: dict[str, list[dict]]) -> int:
    """Enter the ledger through the register (numbers, balance and warnings as an officer meets them)."""
    store, rng, today = b.store, b.rng, b.today
    fund = store.funds.add(
        {"id": b.uid(), **DEFAULT_FUND, "opening_balance": rng.randint(20, 60) * 1_000_000}
    )
    count = 0

    def entry(**data) -> None:
        nonlocal count
        store.fund_entries.add({"id": b.uid(), "fund_id": fund["id"], **data}, accept_warnings=True)
        count += 1

    for year in (today.year - 1, today.year):
        days = _campaign_days(year, today)
        if not days:
            continue
        receipts = [
            dict(
                entry_date=rng.choice(days).isoformat(),
                party_kind="village",
                village_id=v["id"],
                party_name=f"Nhân dân {v['name']}",
                amount=rng.randint(20, 90) * 100_000,
            )
            for v in villages
        ]
        receipts += [
            dict(
                entry_date=rng.choice(days).isoformat(),
                party_kind="organisation",
                party_name=giver,
                amount=rng.randint(2, 20) * 1_000_000,
            )
            for giver in rng.sample(GIVERS, 4)
        ]
        for data in sorted(
            receipts, key=lambda d: d["entry_date"]
        ):  # numbered in the order they came
            entry(direction="receipt", **data)
        gift, value = rng.choice(IN_KIND)
        entry(
            direction="receipt",
            entry_date=days[-1].isoformat(),
            party_kind="organisation",
            party_name="Hội Liên hiệp Phụ nữ xã",
            amount=0,
            in_kind=gift,
            in_kind_value=value,
        )
        after = max(days[-1], date(year, 11, 19) if date(year, 11, 19) <= today else days[-1])
        poor = [rng.choice(people[v["id"]]) for v in rng.sample(villages, min(4, len(villages)))]
        for n, person in enumerate(poor):
            purpose = ("house_build", "illness", "study", "tet")[n % 4]
            house = purpose == "house_build"
            entry(
                direction="payment",
                entry_date=after.isoformat(),
                party_kind="household",
                person_id=person["id"],
                purpose=purpose,
                amount=(50 if house else rng.randint(5, 20)) * (1_000_000 if house else 100_000),
                decision_number=f"{rng.randint(10, 60)}/QĐ-MTTQ-BTT",
                decision_date=after.isoformat(),
                house_progress=("handed_over" if year < today.year else "started")
                if house
                else None,
            )
    return count


def fill_verdicts(b: _Builder, villages: list[dict], people: dict[str, list[dict]]) -> int:
    store, rng, today = b.store, b.rng, b.today
    criteria = store.gradings.criteria()
    for year in (today.year - 2, today.year - 1):
        for village in villages:
            scores = {c.code: rng.randint(c.max * 5 // 10, c.max) for c in criteria.criteria}
            store.gradings.grade(
                year,
                village["id"],
                scores,
                evidence="Báo cáo tự chấm điểm của Ban công tác Mặt trận, biên bản họp xét",
            )
    count = 0
    for village in rng.sample(villages, min(3, len(villages))):
        person = rng.choice(people[village["id"]])
        for year, status in ((today.year - 1, "granted"), (today.year, "proposed")):
            store.commendations.add(
                {
                    "id": b.uid(),
                    "year": year,
                    "subject_kind": "person",
                    "person_id": person["id"],
                    "form": "giay_khen",
                    "level": "commune",
                    "status": status,
                    "reason": f"Có thành tích trong vận động Quỹ “Vì người nghèo” năm {year}",
                    "decision_number": f"{rng.randint(30, 90)}/QĐ-MTTQ-BTT"
                    if status == "granted"
                    else None,
                    "decision_date": date(year, 11, 18).isoformat()
                    if status == "granted"
                    else None,
                }
            )
            count += 1
    return count
