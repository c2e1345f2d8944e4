"""The ids of the records: UUIDs (RFC 9562 version 8) that keep one database's records
together in every index keyed by them.

A random id (version 4) lands anywhere in an index. At the upper level, where a province's
communes meet, each commune's bundle then touches a page of every id index for almost every
record, and each commune costs more than the one before (docs/scale.md, fifth pass). These ids
begin with 32 bits taken from the database's own id, then the time in milliseconds: one
commune's records sit side by side in the province's indexes (its people's ids, and every
`person_id`, `body_id`… that refers to them), the newest at the end of its stretch.

    bits (0 the most significant, the first hex digit's)
          0–31  the database's prefix (the first 8 hex digits of office.database_id)
          32–47 milliseconds since 1970, high 16 bits
          48–51 version 8
          52–63 milliseconds, next 12 bits
          64–65 variant (binary 10)
          66–85 milliseconds, low 20 bits
          86–127 random (42 bits)

The text form sorts as the number does (lower-case hex), so the ids of one database sort by
prefix, then time. Within a process the ids of one prefix only increase (two ids in the same
millisecond, or a clock set back, take the next value), so they never repeat there; across
machines the prefix and the 42 random bits keep them apart. An id is still only an id: nothing
reads the prefix or the time back, and records made before (version 4 ids) keep theirs.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid

RANDOM_BITS = 42

_lock = threading.Lock()
_last: dict[int, int] = {}  # prefix → the last (time, random) made in this process


def prefix_of(database_id: str | None) -> int:
    """The 32-bit prefix of a database's records: the first 8 hex digits of its id, or a random
    one when there is no database id yet."""
    try:
        return int(uuid.UUID(str(database_id)).hex[:8], 16)
    except ValueError:
        return secrets.randbits(32)


def from_parts(prefix: int, millis: int, rand: int) -> str:
    """The id of prefix (32 bits), millis (48 bits) and rand (42 bits), laid out as above."""
    prefix &= 0xFFFF_FFFF
    millis &= (1 << 48) - 1
    rand &= (1 << RANDOM_BITS) - 1
    value = (
        prefix << 96
        | (millis >> 32) << 80
        | 0x8 << 76
        | ((millis >> 20) & 0xFFF) << 64
        | 0b10 << 62
        | (millis & 0xF_FFFF) << RANDOM_BITS
        | rand
    )
    return str(uuid.UUID(int=value))


def new_id(prefix: int) -> str:
    """A new record id in the database of this prefix."""
    tail = (time.time_ns() // 1_000_000) << RANDOM_BITS | secrets.randbits(RANDOM_BITS)
    with _lock:
        last = _last.get(prefix, -1)
        if tail <= last:  # the same millisecond, or the clock set back: the next value
            tail = last + 1
        _last[prefix] = tail
    return from_parts(prefix, tail >> RANDOM_BITS, tail)
