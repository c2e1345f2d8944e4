"""Dates as officers type them (issue 13 item 14): with or without separators; only what
could be read two ways, or not at all, is refused."""

from __future__ import annotations

import pytest

from desktop_app.core.dates import DateFormatError, parse_date


@pytest.mark.parametrize(
    "typed",
    [
        "01012000",
        "1/1/2000",
        "1-1-2000",
        "1.1.2000",
        "1 1 2000",
        "01/01/2000",
        "2000-01-01",
        "20000101",
    ],
)
def test_the_four_ways_and_more_read_as_one_date(typed: str) -> None:
    assert parse_date(typed) == "2000-01-01"


def test_day_before_month_without_separators() -> None:
    assert parse_date("25121985") == "1985-12-25" and parse_date("05031985") == "1985-03-05"


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("010100", "bốn chữ số"),
        ("1/1/00", "bốn chữ số"),
        ("1012000", "nhiều cách"),
        ("32132000", "không phải ngày"),
        ("31022000", "không có trên lịch"),
    ],
)
def test_ambiguous_or_impossible_is_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(DateFormatError, match=why):
        parse_date(typed)
