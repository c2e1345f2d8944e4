"""A list sorted by the column the officer clicked: one ORDER BY for every register.

A register names, for each column its list shows, what that column sorts by (`SortKeys`): text
in Vietnamese order (core/text.sort_key, as the SQL function vi_key), a stored sort key, a value
as stored (dates, numbers), or a code by the Vietnamese order of the label shown for it. `listed()`
runs the register's own query with that ORDER BY: empty values last either way, ties in the
register's own order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from desktop_app.core import text

if TYPE_CHECKING:
    from desktop_app.store.db import Store

#: (column key, descending): the order the officer chose, or None for the register's own.
Sort: TypeAlias = "tuple[str, bool] | None"


@dataclass(frozen=True)
class Key:
    """SQL giving a column's sort value over the listed row's columns (`listed.<name>`)."""

    sql: str
    params: tuple[Any, ...] = ()


def _column(column: str) -> str:
    """A bare column name is the listed row's; "p.sex" is named as it stands."""
    return column if "." in column else f"listed.{column}"


def value(column: str) -> Key:
    """Dates (ISO text, a year alone sorts first in its year), numbers, stored sort keys."""
    return Key(_column(column))


def words(column: str) -> Key:
    """Text shown as stored, in Vietnamese order (numbers by value: "Thôn 2" < "Thôn 10")."""
    return Key(f"vi_key({_column(column)})")


def labels(column: str, shown: Mapping[Any, str]) -> Key:
    """A code, ordered by the label the list shows for it (the label's Vietnamese sort key)."""
    cases = " ".join("when ? then ?" for _ in shown)
    params: list[Any] = []
    for code, label in shown.items():
        params += [code, text.sort_key(label)]
    if not shown:
        return Key("null")
    return Key(f"(case {_column(column)} {cases} else null end)", tuple(params))


def sql(expression: str, *params: Any) -> Key:
    """Any expression over the listed row (`listed.<column>`): a count, a name looked up…"""
    return Key(expression, params)


def first(*keys: Key) -> Key:
    """The first of several keys that is not empty."""
    parts = ", ".join(f"nullif({k.sql}, '')" for k in keys)
    return Key(f"coalesce({parts})", tuple(p for k in keys for p in k.params))


SortKeys: TypeAlias = "Mapping[str, Key | Callable[[], Key]]"


def order_by(keys: SortKeys, sort: Sort) -> tuple[str, list[Any]]:
    """The ORDER BY terms for a sort (without the tie-break), and their parameters."""
    if sort is None:
        return "", []
    column, descending = sort
    found = keys.get(column)
    if found is None:
        raise ValueError(f"this list cannot be sorted by {column!r}")
    key = found() if callable(found) else found
    way = " desc" if descending else ""
    return f"coalesce({key.sql}, '') = '', {key.sql}{way}", [*key.params, *key.params]


def use_vi_key(store: Store) -> None:
    """Give the connection vi_key(text): core/text.sort_key, Vietnamese dictionary order."""
    store.conn.create_function("vi_key", 1, text.sort_key, deterministic=True)


def listed(
    store: Store,
    select: str,
    params: Iterable[Any],
    default: str,
    keys: SortKeys,
    sort: Sort = None,
) -> list[dict]:
    """Rows of a query (`select …`, its WHERE included, no ORDER BY) in the register's own order
    (`default`, over the query's tables), or sorted by the chosen column with ties in that order."""
    params = list(params)
    if sort is None:
        return store.query(f"{select} order by {default}", params)
    terms, term_params = order_by(keys, sort)
    use_vi_key(store)
    assert select.lstrip().lower().startswith("select ")
    numbered = select.lstrip()[len("select ") :]
    rows = store.query(
        f"select * from (select row_number() over (order by {default}) as listed_pos, {numbered})"
        f" as listed order by {terms}, listed_pos",
        params + term_params,
    )
    for row in rows:
        del row["listed_pos"]
    return rows
