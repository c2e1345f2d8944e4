"""Dates as the office writes them: full dates or a year alone, stored as ISO text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from desktop_app.core.bounds import YEAR_MAX, YEAR_MIN, YEAR_RULE

_YEAR = re.compile(r"^\d{4}$", re.ASCII)  # ASCII digits only: never "٢٠٢٦"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_VN = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$", re.ASCII)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$", re.ASCII)
_SHORT_YEAR = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2})$", re.ASCII)


class DateFormatError(ValueError):
    pass


def parse_date(text: str | None, *, year_only_allowed: bool = False) -> str | None:
    """Read the forms officers type into ISO text: '12/3/1985', '12-03-1985', '12.3.1985',
    '12 3 1985', '12031985' (day, month, year without separators), '1985-03-12', '19850312'
    (and '1985' when allowed).

    Returns None for empty input; raises DateFormatError with a Vietnamese message for what
    cannot be read or could be read two ways ('010185': which century? '1012000': 1/10 or 10/1?).
    """
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    if s.isascii() and s.isdigit() and len(s) in (5, 6, 7, 8):
        s = _from_digits(s)
    elif _SHORT_YEAR.match(s):
        raise DateFormatError(
            f"“{s}”: năm cần ghi đủ bốn chữ số (ví dụ 05/03/1985), hai chữ số không rõ là năm nào."
        )
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
            raise DateFormatError(
                f"“{s}” không phải ngày hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1985{hint}."
            )
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        value = date(y, mo, d)
    except ValueError:
        raise DateFormatError(f"Ngày {d:02d}/{mo:02d}/{y} không có trên lịch.") from None
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise DateFormatError(f"Năm {y} không hợp lệ: {YEAR_RULE}.")
    return value.isoformat()


def _from_digits(s: str) -> str:
    """'01012000' → '01/01/2000', '20000101' → '2000-01-01'; a form that is not one date, refused."""
    if len(s) == 8:
        day, month, year = int(s[:2]), int(s[2:4]), int(s[4:])
        if 1 <= day <= 31 and 1 <= month <= 12 and year >= YEAR_MIN:
            return f"{s[:2]}/{s[2:4]}/{s[4:]}"
        if YEAR_MIN <= int(s[:4]) and 1 <= int(s[4:6]) <= 12 and 1 <= int(s[6:]) <= 31:
            return f"{s[:4]}-{s[4:6]}-{s[6:]}"
        raise DateFormatError(
            f"“{s}” không phải ngày hợp lệ. Gõ ngày, tháng (hai chữ số mỗi phần) rồi năm, "
            "ví dụ 05031985 hoặc 05/03/1985."
        )
    if len(s) == 6:
        raise DateFormatError(
            f"“{s}”: năm cần ghi đủ bốn chữ số (ví dụ 05031985 hoặc 05/03/1985), "
            "hai chữ số không rõ là năm nào."
        )
    raise DateFormatError(
        f"“{s}” có thể hiểu theo nhiều cách. Gõ ngày và tháng mỗi phần hai chữ số "
        "(ví dụ 01102000) hoặc có dấu gạch chéo (1/10/2000)."
    )


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
