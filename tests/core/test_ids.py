"""Record ids that keep one database's records together (core/ids.py)."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import ids

PREFIX = st.integers(0, 2**32 - 1)
MILLIS = st.integers(0, 2**48 - 1)
RAND = st.integers(0, 2**42 - 1)


@given(PREFIX, MILLIS, RAND)
def test_an_id_is_a_version_8_uuid_holding_its_parts(prefix, millis, rand):
    text = ids.from_parts(prefix, millis, rand)
    value = uuid.UUID(text)
    assert str(value) == text  # canonical, lower-case: what the registers store
    assert value.version == 8 and value.variant == uuid.RFC_4122
    assert text[:8] == f"{prefix:08x}"
    bits = value.int
    assert (bits >> 80) & 0xFFFF == millis >> 32
    assert (bits >> 64) & 0xFFF == (millis >> 20) & 0xFFF
    assert (bits >> 42) & 0xFFFFF == millis & 0xFFFFF
    assert bits & (2**42 - 1) == rand


@given(st.lists(st.tuples(PREFIX, MILLIS, RAND), min_size=2, max_size=30, unique=True))
def test_ids_sort_as_text_by_database_then_time(parts):
    """The text order, which SQLite's indexes keep, is the order of (prefix, time, random):
    one database's ids are one stretch of an index, its newest at the end."""
    by_text = sorted(parts, key=lambda p: ids.from_parts(*p))
    assert by_text == sorted(parts)


def test_new_ids_only_rise_within_a_database_even_in_one_millisecond(monkeypatch):
    monkeypatch.setattr(ids.time, "time_ns", lambda: 1_764_900_000_000 * 1_000_000)
    made = [ids.new_id(0x1234ABCD) for _ in range(2000)]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert {m[:8] for m in made} == {"1234abcd"}


def test_a_clock_set_back_gives_no_id_twice(monkeypatch):
    now = [1_764_900_000_000]
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0] * 1_000_000)
    first = [ids.new_id(7) for _ in range(50)]
    now[0] -= 3_600_000  # an hour back: the office's clock corrected
    later = [ids.new_id(7) for _ in range(50)]
    assert len(set(first + later)) == 100
    assert min(later) > max(first)


def test_the_prefix_comes_from_the_database_id():
    assert ids.prefix_of("33fa8f1a-71b3-4272-bcf9-500c1179f207") == 0x33FA8F1A
    # no database id yet (or one a test fixture made up): a random prefix, still 32 bits
    assert 0 <= ids.prefix_of(None) < 2**32
    assert 0 <= ids.prefix_of("d1") < 2**32
