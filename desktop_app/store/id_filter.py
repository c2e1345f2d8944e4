"""A filter of the ID numbers an upper office holds: which numbers it may hold (issue 12).

Importing a bundle, the upper level warns of people whose ID number is on another commune's
books (sync/plan). A B-tree index of every commune's numbers answered that, but a bundle's
numbers fall all over it: each bundle read and wrote every page of it, more pages with every
commune already imported (docs/scale.md, sixth pass). Here instead is a Bloom filter of a fixed
size: each number sets HASHES bits of FILTER_BITS, and a number whose bits are not all set is
held nowhere. A bundle reads and writes the filter's parts its numbers fall in, the same few
megabytes at any size of the province. A number whose bits are all set may still be held
nowhere (at 1.8 million numbers, a few in a million; at Hà Nội's 8.5 million, about 2.5 %):
those few are looked up in each commune's own index of ID numbers (upper_copy).

Bits are only ever set: a person deleted or renumbered leaves theirs, which can only make a
number look held, and the look-up in the people table has the last word. Every write of people
at the upper level goes through the import (sync/importer._write), which adds the numbers it
writes; m0014 filled the filter from the people already there.

The positions come from BLAKE2b and the sizes below: a change to either needs a migration that
fills the filter again, as m0014 did. The filter lies in id_number_filter, one row a part of
PART_BYTES bytes (a part never written is all zeros and has no row). Functions take the Store
(add_to, the connection: a migration has no Store); the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.db import Store

FILTER_BITS = 1 << 26  # 8 MB in all
HASHES = 7
PART_SHIFT = 14  # a part of 2 KB: two rows to a 4 KB page
PART_BYTES = 1 << (PART_SHIFT - 3)
PARTS = FILTER_BITS >> PART_SHIFT

SCHEMA = (
    "create table if not exists id_number_filter (part integer primary key, bits blob not null)"
)
_SEVEN_WORDS = struct.Struct(f"<{HASHES}I")


def _positions(number: str) -> list[int]:
    """The bits of a number: HASHES words of one BLAKE2b digest, each cut to FILTER_BITS."""
    digest = hashlib.blake2b(number.encode(), digest_size=4 * HASHES).digest()
    return [word & (FILTER_BITS - 1) for word in _SEVEN_WORDS.unpack(digest)]


class _Parts(dict[int, bytearray]):
    """The parts of the filter met so far, read from the table the first time (zeros for a part
    never written)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn

    def __missing__(self, part: int) -> bytearray:
        row = self.conn.execute(
            "select bits from id_number_filter where part = ?", [part]
        ).fetchone()
        self[part] = bits = bytearray(row[0] if row else PART_BYTES)
        return bits


def add(store: Store, numbers: Iterable[str | None]) -> None:
    """Set the bits of these numbers (None and "" are no number)."""
    add_to(store.conn, numbers)


def add_to(conn: sqlite3.Connection, numbers: Iterable[str | None]) -> None:
    """add() on the bare connection: m0014 fills the filter before any Store is open. numbers
    may be a cursor: each part is read once and written once, at the end."""
    parts = _Parts(conn)
    mask = PART_BYTES - 1
    for number in numbers:
        if number:
            for p in _positions(number):
                parts[p >> PART_SHIFT][p >> 3 & mask] |= 1 << (p & 7)
    conn.executemany(
        "insert or replace into id_number_filter (part, bits) values (?, ?)",
        [(part, bytes(bits)) for part, bits in sorted(parts.items())],
    )


def may_hold(store: Store, numbers: Iterable[str]) -> set[str]:
    """The numbers whose bits are all set: every number held is among them."""
    parts = _Parts(store.conn)
    mask = PART_BYTES - 1
    return {
        number
        for number in set(numbers)
        if number
        and all(parts[p >> PART_SHIFT][p >> 3 & mask] >> (p & 7) & 1 for p in _positions(number))
    }
