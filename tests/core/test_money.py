"""Amounts in Vietnamese words: the edge cases officers check on a voucher, and a round trip."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.money import MAX_AMOUNT, amount_in_words, format_dong, number_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (1, "một"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (25, "hai mươi lăm"),
        (55, "năm mươi lăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (111, "một trăm mười một"),
        (115, "một trăm mười lăm"),
        (1_000, "một nghìn"),
        (1_005, "một nghìn không trăm linh năm"),
        (1_050, "một nghìn không trăm năm mươi"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (2_500_000, "hai triệu năm trăm nghìn"),
        (1_000_000_000, "một tỷ"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (5_000_000_023, "năm tỷ không trăm hai mươi ba"),
        (2_021_000_000, "hai tỷ không trăm hai mươi mốt triệu"),
        (
            999_999_999,
            "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
        ),
    ],
)
def test_number_words(n, words):
    assert number_words(n) == words


def test_le_instead_of_linh_and_the_sentence():
    assert number_words(305, odd="lẻ") == "ba trăm lẻ năm"
    assert amount_in_words(2_500_000) == "Hai triệu năm trăm nghìn đồng"
    assert amount_in_words(0) == "Không đồng"
    assert format_dong(1_234_567) == "1.234.567"
    assert format_dong(0) == "0"


@pytest.mark.parametrize("bad", [-1, MAX_AMOUNT + 1, 1.5, True, "100"])
def test_refuses_what_is_not_an_amount(bad):
    with pytest.raises(ValueError):
        number_words(bad)


DIGIT = {w: i for i, w in enumerate("không một hai ba bốn năm sáu bảy tám chín".split())}


def _parse(words: str) -> int:
    """Read the words back: an independent reader, so a round trip checks the writer."""
    total, group, billions = 0, 0, 0
    tokens = words.split()
    last = None
    for tok in tokens:
        if tok in DIGIT:
            group += DIGIT[tok]
        elif tok == "mốt":
            group += 1
        elif tok == "lăm":
            group += 5
        elif tok == "mười":
            group += 10
        elif tok == "mươi":
            group += (group % 10) * 10 - (group % 10)
        elif tok == "trăm":
            group = group * 100
        elif tok in ("linh", "lẻ"):
            pass
        elif tok == "nghìn":
            total += group * 1000
            group = 0
        elif tok == "triệu":
            total += group * 1_000_000
            group = 0
        elif tok == "tỷ":
            billions = (billions + total + group) * 1_000_000_000
            total, group = 0, 0
        last = tok
    assert last is not None
    return billions + total + group


@given(st.integers(min_value=0, max_value=10**15))
def test_round_trip(n):
    words = number_words(n)
    assert _parse(words) == n
    assert "  " not in words and words == words.strip()
