"""Vietnamese text: normalisation, folding, sort keys (ICU through QCollator is the oracle)."""

from __future__ import annotations

import functools
import random
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.text import (
    TONE_MARKS,
    fold,
    normalize,
    normalize_multiline,
    person_sort_key,
    same_spelling,
    search_terms,
    sort_key,
    split_name,
    thousands,
    title_case_name,
)

NFD = functools.partial(unicodedata.normalize, "NFD")

# --- normalize ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoạ", "họa"),
        ("khoẻ", "khỏe"),
        ("xoè", "xòe"),
        ("thuỷ", "thủy"),
        ("tuỳ", "tùy"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Uỷ ban MTTQ", "Ủy ban MTTQ"),
        ("Khánh Hoà, Thanh Hoá", "Khánh Hòa, Thanh Hóa"),
        ("(hoà)", "(hòa)"),
        # a final consonant keeps the mark on the second vowel
        ("hoàn", "hoàn"),
        ("khoảng", "khoảng"),
        ("Huỳnh", "Huỳnh"),
        ("huyết", "huyết"),
        ("Nguyễn", "Nguyễn"),
        # "qu" and "gi" are consonants
        ("quý", "quý"),
        ("quỳ", "quỳ"),
        ("Quỳnh", "Quỳnh"),
        ("quà", "quà"),
        ("già", "già"),
        ("giữa", "giữa"),
        # the same rule mends misplaced marks
        ("Hòang", "Hoàng"),
        ("ngòai", "ngoài"),
        ("qúy", "quý"),
        ("gìa", "già"),
        # syllables of three vowels, marked vowels
        ("khuỷu", "khuỷu"),
        ("rượu", "rượu"),
        ("người", "người"),
        ("khuấy", "khuấy"),
        # not one Vietnamese syllable: left alone
        ("Chloé", "Chloé"),
        ("HòaBình", "HòaBình"),
    ],
)
def test_same_spelling_places_tone_marks_the_traditional_way(raw: str, expected: str) -> None:
    assert same_spelling(raw) == expected
    assert same_spelling(NFD(raw)) == expected
    assert sort_key(raw) == sort_key(expected) and fold(raw) == fold(expected)


@pytest.mark.parametrize("typed", ["Nông Thị Hoà", "Nông Thị Hòa", "Thuỷ", "Uỷ ban", "Hòang"])
def test_normalize_keeps_the_spelling_as_typed(typed: str) -> None:
    # a name is the person's, as on the ID card: NFC only, never rewritten
    assert normalize(typed) == typed
    assert normalize(NFD(typed)) == typed
    assert normalize_multiline(f"  {typed}\n{typed}") == f"  {typed}\n{typed}"


def test_both_spellings_fold_and_sort_alike() -> None:
    assert fold("Nông Thị Hoà") == fold("Nông Thị Hòa") == "nong thi hoa"
    assert sort_key("Hoà") == sort_key("Hòa")
    assert person_sort_key("Nông Thị Hoà") == person_sort_key("Nông Thị Hòa")
    assert same_spelling("Nông Thị Hoà") == same_spelling("Nông Thị Hòa")


def test_normalize_whitespace_invisibles_and_none() -> None:
    assert normalize(None) is None
    assert normalize("") == ""
    assert normalize(" \t\n ") == ""
    assert normalize("  Nguyễn\u00a0Văn\t\tDũng\r\n ") == "Nguyễn Văn Dũng"
    assert normalize("Ng\u200buyễn\ufeff Văn\u00ad") == "Nguyễn Văn"
    decomposed = NFD("Nguyễn Văn Dũng")
    assert decomposed != "Nguyễn Văn Dũng"
    assert normalize(decomposed) == "Nguyễn Văn Dũng"
    assert normalize("Khơ-me") == "Khơ-me"


def test_normalize_multiline_keeps_lines() -> None:
    assert normalize_multiline(None) is None
    assert normalize_multiline(" \n \n") == ""
    raw = "\n\n  Họp  thôn   \r\n\r\n\r\n\t- sửa   nhà\u00a0\n- thuỷ lợi  \n\n\n"
    assert normalize_multiline(raw) == "  Họp thôn\n\n    - sửa nhà\n- thuỷ lợi"


# --- fold and search ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nguyễn Văn Dũng", "nguyen van dung"),
        ("NGUYỄN  VĂN\u00a0DŨNG", "nguyen van dung"),
        ("Hoà", "hoa"),
        ("Hòa", "hoa"),
        ("Đặng Thị Ánh Hằng", "dang thi anh hang"),
        ("đường Điện Biên Phủ", "duong dien bien phu"),
        ("Ưng Ơn Ấn Ẩn Ặc", "ung on an an ac"),
        ("Thôn 3, Khơ-me", "thon 3, kho-me"),
        ("Müller François", "muller francois"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(raw: str | None, expected: str) -> None:
    assert fold(raw) == expected
    if raw:
        assert fold(NFD(raw)) == expected


def test_search_terms() -> None:
    assert search_terms("  nguyễn  DŨNG ") == ["nguyen", "dung"]
    assert search_terms(None) == []
    haystack = fold("Nguyễn Văn Dũng")
    assert all(term in haystack for term in search_terms("dung nguyen"))
    assert not all(term in haystack for term in search_terms("dung hoa"))


# --- sort_key ----------------------------------------------------------------


def _sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=sort_key)


def test_alphabet_order() -> None:
    alphabet = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
    assert _sorted(list(reversed(alphabet))) == alphabet
    # foreign letters after their nearest plain letter
    assert _sorted(list("gfêkjixwvzy")) == list("êfgijkvwxyz")
    # letters decide over the whole word before any tone
    assert _sorted(["Ăn", "Án", "Anh", "An"]) == ["An", "Án", "Anh", "Ăn"]
    assert _sorted(["Đào", "Dũng", "Duy", "Dương"]) == ["Dũng", "Duy", "Dương", "Đào"]


def test_tones_then_case() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert _sorted(list(reversed(tones))) == tones
    assert _sorted(["Ma", "MA", "ma", "mà"]) == ["ma", "Ma", "MA", "mà"]
    # the first differing tone, left to right, decides
    assert _sorted(["Án Bình", "An Bính", "An Bình"]) == ["An Bình", "An Bính", "Án Bình"]


def test_spaces_digits_and_punctuation() -> None:
    assert sort_key("An") < sort_key("An Bình") < sort_key("Anh")
    villages = [
        "Thôn 1",
        "Thôn 2",
        "Thôn 9",
        "Thôn 10",
        "Thôn 10A",
        "Thôn 11",
        "Thôn 100",
        "Thôn b",
        "Thôn-1",
    ]
    assert (
        _sorted(villages[::-1]) == villages
    )  # numbers by value, as officers number their villages
    assert _sorted(["Tổ 12 khu 3", "Tổ 12 khu 10", "Tổ 2 khu 20"]) == [
        "Tổ 2 khu 20",
        "Tổ 12 khu 3",
        "Tổ 12 khu 10",
    ]
    assert _sorted(["a", "1", "(a)", ""]) == ["", "(a)", "1", "a"]


def test_leading_zeros_sort_beside_the_number_but_stay_distinct() -> None:
    assert sort_key("Tổ 02") != sort_key("Tổ 2")
    assert _sorted(["Tổ 3", "Tổ 02", "Tổ 1", "Tổ 2"]) == ["Tổ 1", "Tổ 2", "Tổ 02", "Tổ 3"]
    assert _sorted(["0", "00", "a"]) == ["0", "00", "a"]


@given(
    st.integers(min_value=0, max_value=10**30),
    st.integers(min_value=0, max_value=10**30),
    st.sampled_from(["Thôn ", "Tổ dân phố số ", "Khu ", ""]),
    st.sampled_from(["", " Bắc", "A"]),
)
def test_numbers_order_by_value(a: int, b: int, prefix: str, suffix: str) -> None:
    ka, kb = sort_key(f"{prefix}{a}{suffix}"), sort_key(f"{prefix}{b}{suffix}")
    assert (ka < kb) == (a < b) and (ka == kb) == (a == b)


def test_sort_key_follows_normalisation() -> None:
    assert sort_key(None) == sort_key("") == sort_key("  ") == ""
    assert sort_key("Hoà") == sort_key("Hòa") == sort_key(NFD("Hòa")) == sort_key(" Hòa\t")
    assert sort_key("Hòa") != sort_key("hòa")
    assert sort_key("Hòa") != sort_key("Hoa")


def test_sort_key_orders_the_same_in_sqlite() -> None:
    names = _realistic_names(random.Random(5), 500)
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE people (name TEXT, k TEXT, pk TEXT)")
        db.executemany(
            "INSERT INTO people VALUES (?, ?, ?)",
            [(n, sort_key(n), person_sort_key(n)) for n in names],
        )
        by_key = [r[0] for r in db.execute("SELECT name FROM people ORDER BY k, name")]
        by_person = [r[0] for r in db.execute("SELECT name FROM people ORDER BY pk, name")]
    assert by_key == sorted(names, key=lambda n: (sort_key(n), n))
    assert by_person == sorted(names, key=lambda n: (person_sort_key(n), n))


# --- names -------------------------------------------------------------------


def test_split_and_title_case() -> None:
    assert split_name("Nguyễn Thị Mai  Anh") == ("Nguyễn", "Thị Mai", "Anh")
    assert split_name("Lê An") == ("Lê", "", "An")
    assert split_name("An") == ("", "", "An")
    assert split_name(None) == ("", "", "")
    assert title_case_name("nguyễn văn  dũng") == "Nguyễn Văn Dũng"
    assert title_case_name("ĐẶNG THỊ HOÀ") == "Đặng Thị Hoà"
    assert title_case_name("h'hen niê") == "H'Hen Niê"
    assert title_case_name(None) is None


def test_person_sort_key() -> None:
    people = ["Lê Văn Bình", "Trần Thị Bình", "Nguyễn Văn An", "Bình", "Trần Bình", "Trần An Bình"]
    assert sorted(people, key=person_sort_key) == [
        "Nguyễn Văn An",  # given names first: An < Bình
        "Bình",  # no family name
        "Lê Văn Bình",  # same given name: family Lê < Trần
        "Trần Bình",  # same given and family: no middle name first
        "Trần An Bình",
        "Trần Thị Bình",
    ]
    assert person_sort_key("Nguyễn Văn An") < person_sort_key("Trần Thị Bình")
    assert person_sort_key("Trần Thị Bình") < person_sort_key("Trần Thị Bính")
    assert person_sort_key(None) == person_sort_key(" ") == ""
    assert person_sort_key("Lê Thị Hoà") == person_sort_key("Lê  Thị Hòa")


# --- properties --------------------------------------------------------------

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VIET = sorted(
    {unicodedata.normalize("NFC", ch + mark) for ch in "aăâeêioôơuưy" for mark in TONE_MARKS}
    | set(_LETTERS)
)
_VIET_CHARS = "".join(_VIET) + "".join(_VIET).upper()
viet_text = st.builds(
    lambda s, nfd: NFD(s) if nfd else s,
    st.text(alphabet=_VIET_CHARS + " \t\u00a0\n-.,'()0123456789", max_size=30),
    st.booleans(),
)
any_text = st.one_of(viet_text, st.text())


@settings(max_examples=400)
@given(any_text)
def test_normalize_is_idempotent_nfc_and_single_spaced(s: str) -> None:
    n = normalize(s)
    assert normalize(n) == n
    assert unicodedata.is_normalized("NFC", n)
    assert n == n.strip() and "  " not in n and "\n" not in n
    m = normalize_multiline(s)
    assert normalize_multiline(m) == m


@settings(max_examples=400)
@given(any_text)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(viet_text)
def test_fold_of_vietnamese_is_ascii(s: str) -> None:
    folded = fold(s)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(s.upper()) == folded


@settings(max_examples=300)
@given(viet_text, viet_text)
def test_sort_key_equal_exactly_when_normalised_texts_equal(a: str, b: str) -> None:
    assert (sort_key(a) == sort_key(b)) == (same_spelling(a) == same_spelling(b))
    assert sort_key(a) == sort_key(normalize(a))
    assert sort_key(a).isascii() and person_sort_key(a).isascii()


# --- the oracle: ICU's Vietnamese collation ----------------------------------
#
# QCollator needs no QApplication. ICU compares the characters as typed, so the
# texts are normalised first: ICU would put "Hoà" and "Hòa" apart, where the
# product holds them to be the same word. On normalised text ICU and docs/domain.md
# agree (letters over the whole text, then tones, then case), so no restriction
# of the comparison is needed.

FAMILY = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông Lường "
    "Lục Vi Triệu Bế Mã Đàm Lộc Chu Hà Hứa Lăng Tô Sầm"
).split()
MIDDLE = "Văn Thị Đức Minh Thu Ngọc Kim Quang Hữu Xuân".split()
GIVEN = (
    "An Ân Ấn Ánh Anh Ăn Bảo Bình Bích Cường Chi Dũng Duy Dương Đạt Đào Đức Giang Hà Hải "
    "Hằng Hạnh Hiền Hòa Hóa Hoàn Hoàng Huệ Hùng Hương Khánh Khoa Khỏe Lâm Liên Linh Lợi "
    "Mai Mạnh Mỹ Nga Ngân Ngọc Nhung Oanh Phúc Phượng Quân Quý Quỳnh Sơn Sỹ Tâm Thảo Thủy "
    "Thụy Thư Tú Tuấn Tùng Uyên Ước Vân Vĩnh Xuân Yến Ý"
).split()
_ONSETS = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split() + [""]
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua ui uy ưa ưi ưu "
    "oai oay uya uyu uôi ươi ươu iêu yêu oă uâ uyê iê uô ươ"
).split()
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]


def _syllable(rng: random.Random) -> str:
    """A syllable built from Vietnamese parts, any tone, in any case."""
    s = rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)
    tone = rng.randrange(len(TONE_MARKS) + 1)
    if tone:  # on any vowel: same_spelling() moves it where it belongs
        i = rng.choice([i for i, ch in enumerate(s) if ch in "aăâeêioôơuưy"])
        s = s[: i + 1] + TONE_MARKS[tone - 1] + s[i + 1 :]
    case = rng.random()
    s = s.capitalize() if case < 0.6 else s.upper() if case < 0.7 else s
    return same_spelling(s)


def _realistic_names(rng: random.Random, n: int) -> list[str]:
    names = set()
    while len(names) < n:
        middle = rng.sample(MIDDLE, rng.choice([0, 1, 1, 1, 2]))
        given = rng.choice(GIVEN) if rng.random() < 0.8 else _syllable(rng).capitalize()
        name = " ".join([rng.choice(FAMILY), *middle, given])
        names.add(name.upper() if rng.random() < 0.05 else name)
    return sorted(names)


@pytest.fixture(scope="module")
def collator():
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setNumericMode(True)  # "Thôn 2" before "Thôn 10"
    return collator


def test_single_words_sort_like_icu(collator) -> None:
    rng = random.Random(2024)
    words = set(GIVEN) | set(FAMILY) | set(MIDDLE) | {w.upper() for w in GIVEN}
    while len(words) < 3000:
        words.add(_syllable(rng))
    words_list = sorted(words)
    assert sorted(words_list, key=sort_key) == sorted(words_list, key=collator.sortKey)


def test_full_names_sort_like_icu(collator) -> None:
    names = _realistic_names(random.Random(213), 3000)
    assert sorted(names, key=sort_key) == sorted(names, key=collator.sortKey)


def test_texts_with_digits_and_punctuation_sort_like_icu(collator) -> None:
    rng = random.Random(19)
    others = "Thôn Bản Tổ Khu 1 2 9 10 11 99 100 2025 - , ( ) . / ' “ ” ‘ ’ … ... – Khơ-me H'Mông Fa Za Wo Jơ"
    pieces = [*GIVEN, *MIDDLE, *others.split(), "Nà Pàn"]
    texts = set()
    while len(texts) < 3000:
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            text = text.replace(" ", "")
        texts.add(same_spelling(text))
    texts_list = sorted(texts)
    assert sorted(texts_list, key=sort_key) == sorted(texts_list, key=collator.sortKey)


def test_people_sort_like_icu_by_given_family_middle(collator) -> None:
    names = _realistic_names(random.Random(33), 2000)

    def by_parts(a: str, b: str) -> int:
        (fa, ma, ga), (fb, mb, gb) = split_name(a), split_name(b)
        for x, y in ((ga, gb), (fa, fb), (ma, mb), (a, b)):
            if order := collator.compare(x, y):
                return order
        return 0

    assert sorted(names, key=person_sort_key) == sorted(names, key=functools.cmp_to_key(by_parts))


# --- thousands -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (25202, "25.202"),
        (1749951, "1.749.951"),
        (-1234567, "-1.234.567"),
        (None, ""),
    ],
)
def test_thousands_are_separated_by_dots(value, text):
    assert thousands(value) == text


@given(st.integers(min_value=-(10**18), max_value=10**18))
def test_thousands_keeps_every_digit_in_groups_of_three(value):
    text = thousands(value)
    assert text.replace(".", "") == str(value)
    groups = text.lstrip("-").split(".")
    assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
