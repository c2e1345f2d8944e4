"""Bounds on what an officer (or a script) may type: one year rule, lengths, counts, and search
text made literal for SQL LIKE.

One place, so `list`, `report`, `print`, the window and the store say the same thing."""

from __future__ import annotations

from desktop_app.core.errors import UserError

YEAR_MIN, YEAR_MAX = 1900, 2100
MAX_SEARCH = 200  # characters of a search text
MAX_SEARCH_TERMS = 12  # words of a search text (each is one LIKE condition)
MAX_NAME = 200  # a commune's, a village's or a person's name
MAX_DEMO_PEOPLE = 100_000
MAX_DEMO_VILLAGES = 200
LIKE_ESCAPE = "\\"  # the ESCAPE character of every LIKE the store writes

YEAR_RULE = f"Năm phải là số có 4 chữ số từ {YEAR_MIN} đến {YEAR_MAX}"


def parse_year(value: str | int | None) -> int:
    """A year as the office means it: 1900–2100, written in ASCII digits (never "٢٠٢٦", "-1", "99999")."""
    if isinstance(value, bool):
        raise UserError(f"{YEAR_RULE}.")
    if isinstance(value, int):
        year = value
    else:
        text = str(value or "").strip()
        if not (len(text) == 4 and text.isascii() and text.isdigit()):
            raise UserError(f"{YEAR_RULE}, không phải “{_shown(text)}”.")
        year = int(text)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise UserError(f"{YEAR_RULE}, không phải {year}.")
    return year


def check_year(year: int | None) -> int | None:
    """None stays None (no year asked); anything else must follow the rule."""
    return None if year is None else parse_year(year)


def count(value: str | int, low: int, high: int, label: str) -> int:
    """A whole number from low to high, in ASCII digits."""
    text = str(value).strip()
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif text.lstrip("-").isascii() and text.lstrip("-").isdigit() and len(text) <= 12:
        number = int(text)
    else:
        raise UserError(
            f"{label} phải là số nguyên từ {low} đến {high}, không phải “{_shown(text)}”."
        )
    if not low <= number <= high:
        raise UserError(f"{label} phải từ {low} đến {high}, không phải {number}.")
    return number


def check_length(value: str | None, limit: int, label: str) -> str | None:
    if value is not None and len(value) > limit:
        raise UserError(f"{label} dài quá {limit} ký tự ({len(value)} ký tự). Hãy rút ngắn.")
    return value


def check_search(query: str | None) -> str | None:
    check_length(query, MAX_SEARCH, "Nội dung tìm kiếm")
    if query is not None and len(query.split()) > MAX_SEARCH_TERMS:
        raise UserError(f"Nội dung tìm kiếm có quá {MAX_SEARCH_TERMS} từ. Hãy gõ ít từ hơn.")
    return query


def like_literal(term: str) -> str:
    """term with LIKE's wildcards (% and _) and the escape character made literal."""
    e = LIKE_ESCAPE
    return term.replace(e, e + e).replace("%", e + "%").replace("_", e + "_")


def like_contains(term: str) -> str:
    return f"%{like_literal(term)}%"


def like_prefix(term: str) -> str:
    return f"{like_literal(term)}%"


def _shown(text: str) -> str:
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 40 else text[:40] + "…"
