"""Dates as the office writes them: full dates or a year alone, stored as ISO text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from desktop_app.core.bounds import YEAR_MAX, YEAR_MIN, YEAR_RULE

_YEAR = re.compile(r"^\d{4}$", re.ASCII)  # ASCII digits only: never "٢٠٢٦"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_VN = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$", re.ASCII)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$", re.ASCII)


class DateFormatError(ValueError):
    pass


def parse_date(text: str | None, *, year_only_allowed: bool = False) -> str | None:
    """Read '12/3/1985', '12-03-1985', '1985-03-12' (and '1985' when allowed) into ISO text.

    Returns None for empty input; raises DateFormatError with a Vietnamese message otherwise.
    """
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    if _YEAR.match(s):
        if year_only_allowed:
            year = int(s)
            if not YEAR_MIN <= year <= YEAR_MAX:
                raise DateFormatError(f"Năm {s} không hợp lệ: {YEAR_RULE}.")
            return s
        raise DateFormatError(f"Cần ghi đủ ngày, tháng, năm (ví dụ 05/03/2024), không chỉ năm {s}.")
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _VN.match(s)
        if not m:
            if _MONTH_YEAR.match(s):
                raise DateFormatError(f"“{s}”: cần ghi đủ ngày/tháng/năm, ví dụ 05/03/2024.")
            hint = " hoặc chỉ năm (1985)" if year_only_allowed else ""
            raise DateFormatError(f"“{s}” không phải ngày hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1985{hint}.")
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        value = date(y, mo, d)
    except ValueError:
        raise DateFormatError(f"Ngày {d:02d}/{mo:02d}/{y} không có trên lịch.") from None
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise DateFormatError(f"Năm {y} không hợp lệ: {YEAR_RULE}.")
    return value.isoformat()


def year_of(value: str | None) -> int | None:
    if not value:
        return None
    return int(value[:4])


def to_date(value: str | None) -> date | None:
    """An ISO date (not a bare year) as a date object."""
    if not value or len(value) == 4:
        return None
    return date.fromisoformat(value)


def display(value: str | None) -> str:
    """ISO text to the Vietnamese way of writing it: 12/03/1985, or the year alone."""
    if not value:
        return ""
    if len(value) == 4:
        return value
    d = date.fromisoformat(value[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def spoken(d: date) -> str:
    """'ngày 26 tháng 11 năm 2026' as the place-and-date line writes it."""
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> date:
    return date.today()
