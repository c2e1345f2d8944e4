"""Dates the office works towards: campaign days (17/10, 18/11), the Regulation-213 due date,
report cut-offs. Pure date arithmetic; the overview lists them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.settings import day_month
from desktop_app.store import refdata


@dataclass(frozen=True)
class DateAhead:
    on: date
    label: str
    campaign_code: str | None = None

    def days_left(self, today: date) -> int:
        return (self.on - today).days


def next_occurrence(day: int, month: int, today: date) -> date:
    """The next day/month on or after today."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29/02 in a common year
            candidate = date(year, month, 28)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable")


def dates_ahead(today: date, setting: object, within_days: int = 120) -> list[DateAhead]:
    """What falls within the next `within_days` days, soonest first."""
    found: list[DateAhead] = []
    for campaign in refdata.national_campaigns():
        for key in campaign.get("key_dates") or []:
            on = next_occurrence(key["day"], key["month"], today)
            found.append(
                DateAhead(
                    on, f"{key['day']:02d}/{key['month']:02d}: {key['label']}", campaign["code"]
                )
            )
    get = setting if callable(setting) else (lambda k: None)
    for key, label in (
        ("reg213_due", "Hạn gửi phiếu nhận xét đảng viên nơi cư trú"),
        ("half_year_end", "Chốt số liệu báo cáo 6 tháng"),
    ):
        value = get(key)
        if value:
            d, m = day_month(str(value))
            on = next_occurrence(d, m, today)
            found.append(DateAhead(on, f"{d:02d}/{m:02d}: {label}"))
    return sorted((x for x in found if x.days_left(today) <= within_days), key=lambda x: x.on)


def in_peak_month(today: date) -> bool:
    """Tháng cao điểm “Vì người nghèo”: 17/10 to 18/11."""
    return date(today.year, 10, 17) <= today <= date(today.year, 11, 18)
