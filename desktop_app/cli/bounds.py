"""argparse types that apply core/bounds.py's rules: a bad value is bad usage (exit 2) with the
same Vietnamese sentence everywhere (list, report, print, demo…)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop_app.core import bounds
from desktop_app.core.errors import UserError
from desktop_app.store.faults import BAD_BYTES, has_bad_bytes


def year_arg(value: str) -> int:
    try:
        return bounds.parse_year(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def count_arg(low: int, high: int, label: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            return bounds.count(value, low, high, label)
        except UserError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    parse.__name__ = "count"
    return parse


def text_arg(limit: int, label: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if has_bad_bytes(value):
            raise argparse.ArgumentTypeError(BAD_BYTES)
        try:
            bounds.check_length(value, limit, label)
        except UserError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None
        return value

    parse.__name__ = "text"
    return parse


def search_arg(value: str) -> str:
    text = text_arg(bounds.MAX_SEARCH, "Nội dung tìm kiếm")(value)
    try:
        return bounds.check_search(text) or ""
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
