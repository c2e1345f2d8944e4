"""A filter of the ID numbers an upper office holds: which numbers it may hold (issue 12).

Importing a bundle, the upper level warns of people whose ID number is on another commune's
books (sync/plan). A B-tree index of every commune's numbers answered that, but a bundle's
numbers fall all over it: each bundle read and wrote every page of it, more pages with every
commune already imported (docs/scale.md, sixth pass). Here instead is a Bloom filter of a fixed
size: each number sets HASHES bits of FILTER_BITS, and a number whose bits are not all set is
held nowhere. A bundle reads and writes the filter's parts its numbers fall in, the same few
megabytes at any size of the province. A number whose bits are all set may still be held
nowhere (at 1.8 million numbers, a few in a million; at Hà Nội's 8.5 million, about 3 %):
those few are looked up in each commune's own index of ID numbers (upper_copy).

Bits are only ever set: a person deleted or renumbered leaves theirs, which can only make a
number look held, and the look-up in the people table has the last word. Every write of people
at the upper level goes through the import (sync/importer), which adds the numbers it writes;
m0013 fills the filter from the people already there.

The positions come from BLAKE2b and the sizes below: a change to either needs a migration that
fills the filter again, as m0014 first did. The filter lies in id_number_filter, one row a part of PART_BYTES bytes (a part never written is
all zeros and has no row). Functions take the Store (add_to, the connection: m0014 has no Store);
the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.db import Store

PART_BYTES = 4000  # a part and its row fit in one 4 KB page
PARTS = 2048  # 8 MB in all
FILTER_BITS = PARTS * PART_BYTES * 8
HASHES = 7
PART_BITS = PART_BYTES * 8

SCHEMA = (
    "create table if not exists id_number_filter (part integer primary key, bits blob not null)"
)


def _positions(number: str) -> list[int]:
    """The bits of a number: HASHES positions by double hashing one BLAKE2b digest."""
    digest = hashlib.blake2b(number.encode(), digest_size=16).digest()
    first = int.from_bytes(digest[:8], "little")
    step = int.from_bytes(digest[8:], "little") | 1
    return [(first + i * step) % FILTER_BITS for i in range(HASHES)]


def _parts(conn: sqlite3.Connection, wanted: set[int]) -> dict[int, bytearray]:
    """The parts asked for, as they are (zeros for a part never written)."""
    found = {part: bytearray(PART_BYTES) for part in wanted}
    marks = ",".join("?" * len(wanted))
    for part, bits in conn.execute(
        f"select part, bits from id_number_filter where part in ({marks})", sorted(wanted)
    ):
        found[part][:] = bits
    return found


def add(store: Store, numbers: Iterable[str | None]) -> None:
    """Set the bits of these numbers (None and "" are no number)."""
    add_to(store.conn, numbers)


def add_to(conn: sqlite3.Connection, numbers: Iterable[str | None]) -> None:
    """add() on a bare connection."""
    positions = [p for number in set(numbers) if number for p in _positions(number)]
    if not positions:
        return
    parts = _parts(conn, {p // PART_BITS for p in positions})
    for p in positions:
        parts[p // PART_BITS][(p % PART_BITS) >> 3] |= 1 << (p & 7)
    conn.executemany(
        "insert or replace into id_number_filter (part, bits) values (?, ?)",
        [(part, bytes(bits)) for part, bits in sorted(parts.items())],
    )


def may_hold(store: Store, numbers: Iterable[str]) -> set[str]:
    """The numbers whose bits are all set: every number held is among them."""
    conn = store.conn
    wanted = {n: _positions(n) for n in set(numbers) if n}
    if not wanted:
        return set()
    parts = _parts(conn, {p // PART_BITS for ps in wanted.values() for p in ps})
    return {
        number
        for number, ps in wanted.items()
        if all(parts[p // PART_BITS][(p % PART_BITS) >> 3] >> (p & 7) & 1 for p in ps)
    }
