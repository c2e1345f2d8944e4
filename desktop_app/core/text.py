"""Vietnamese text: normalisation, search folding and dictionary-order sort keys.

Pure Python (no Qt, no SQL). Every text the program stores passes through
`normalize` (or `normalize_multiline` for notes): NFC and tidy whitespace, the
spelling kept as typed ("Hoà" stays "Hoà", as on the ID card). Search columns
hold `fold`; ordered lists use `sort_key` / `person_sort_key`, whose ASCII keys
sort the same way in Python and in SQLite's BINARY collation; duplicate checks
compare `same_spelling` forms. Only those three treat "Hoà" and "Hòa" alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "TONE_MARKS",
    "fold",
    "normalize",
    "normalize_multiline",
    "same_spelling",
    "person_sort_key",
    "search_terms",
    "sort_key",
    "split_name",
    "title_case_name",
    "type_ahead",
]

# --- letters and tones -------------------------------------------------------

#: The five tone marks in Vietnamese dictionary order (after ngang, no mark):
#: huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"
_VOWELS = "aăâeêioôơuưy"
#: Vowels whose own mark makes them the main vowel of a syllable (tone goes there).
_MARKED_VOWELS = frozenset("ăâêôơư")

# toned letter -> (letter without tone, tone number 1..5), both cases
_TONED: dict[str, tuple[str, int]] = {}
# (letter without tone, tone number) -> toned letter
_WITH_TONE: dict[tuple[str, int], str] = {}
for _base in _VOWELS + _VOWELS.upper():
    for _n, _mark in enumerate(TONE_MARKS, start=1):
        _ch = unicodedata.normalize("NFC", _base + _mark)
        _TONED[_ch] = (_base, _n)
        _WITH_TONE[(_base, _n)] = _ch

# --- cleaning ----------------------------------------------------------------

# Invisible characters pasted from word processors and web pages: C0/C1
# controls that are not whitespace, soft hyphen, zero-width and bidi marks, BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
# A run of letters (with any combining marks) containing a toned vowel.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TONED_RUN = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])*[{''.join(_TONED)}](?:[^\W\d_]|[{_MARKS}])*")
_ONSETS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split())
_CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])


def _clean(s: str) -> str:
    """NFC, invisible characters dropped, whitespace collapsed, ends stripped."""
    if not s.isascii():
        s = unicodedata.normalize("NFC", _INVISIBLE.sub("", s))
    elif not s.isprintable():
        s = _INVISIBLE.sub("", s)
    return " ".join(s.split())


@lru_cache(maxsize=16384)
def _place_tone(run: str) -> str:
    """Put the tone mark of one syllable where the traditional spelling has it.

    hoà→hòa, khoẻ→khỏe, thuỷ→thủy, ngòai→ngoài, Hòang→Hoàng; quý, huyết, hoàn
    unchanged. A run that does not parse as one Vietnamese syllable with one
    tone mark is returned as it is.
    """
    lower = run.lower()
    toned = [i for i, ch in enumerate(lower) if ch in _TONED]
    if len(toned) != 1:
        return run
    old = toned[0]
    base, tone = _TONED[lower[old]]
    bare = lower[:old] + base + lower[old + 1 :]
    start = 0
    while start < len(bare) and bare[start] not in _VOWELS:
        start += 1
    onset = bare[:start]
    if onset in ("g", "q") and bare[start : start + 1] in ("i", "u"):
        # "gi" and "qu" are consonants when another vowel follows them.
        if start + 1 < len(bare) and bare[start + 1] in _VOWELS:
            onset += bare[start]
            start += 1
    if onset and onset not in _ONSETS:
        return run
    end = start
    while end < len(bare) and bare[end] in _VOWELS:
        end += 1
    nucleus, coda = bare[start:end], bare[end:]
    if not 1 <= len(nucleus) <= 3 or coda not in _CODAS:
        return run
    marked = [i for i, ch in enumerate(nucleus) if ch in _MARKED_VOWELS]
    if marked:
        target = marked[-1]  # ươ → ơ, uyê → ê, ưu → ư
    elif coda:
        target = len(nucleus) - 1  # hoàn, khoảng, huỳnh
    else:
        target = 0 if len(nucleus) <= 2 else 1  # hòa, thủy, mùa; ngoài, khuỷu
    new = start + target
    if new == old:
        return run
    chars = list(run)
    chars[old] = _TONED[chars[old]][0]
    chars[new] = _WITH_TONE[(chars[new], tone)]
    return "".join(chars)


@lru_cache(maxsize=65536)
def _place_tones_word(word: str) -> str:
    return _TONED_RUN.sub(lambda m: _place_tone(m.group()), word)


def _place_tones(s: str) -> str:
    """Tone placement for a text whose words are separated by single spaces."""
    if s.isascii():
        return s
    return " ".join([_place_tones_word(word) for word in s.split(" ")])


def normalize(s: str | None) -> str | None:
    """Normalise a single-line text for storage (None stays None).

    NFC; invisible characters removed; runs of whitespace (spaces, tabs, NBSP,
    line breaks) become one space; ends stripped. The spelling is kept as
    typed: "Hoà" and "Hòa" are both right and neither is rewritten into the
    other (a name is the person's, as on the ID card). Idempotent.
    """
    if s is None:
        return None
    return _clean(s)


def same_spelling(s: str | None) -> str:
    """The form two spellings of one word share, for duplicate checks only.

    `normalize`, then one tone-mark placement (the traditional one):
    "Hoà"→"Hòa", "thuỷ"→"thủy", "Hòang"→"Hoàng"; "hoàn", "quý" stay.
    Never stored in place of what was typed. None gives "".
    """
    return "" if s is None else _place_tones(_clean(s))


def normalize_multiline(s: str | None) -> str | None:
    """Normalise a text of several lines (notes, descriptions).

    Each line is normalised like `normalize` (spelling kept), except that its indentation is
    kept (as spaces, a tab counting four); line breaks become "\\n"; runs of
    blank lines become one blank line; blank lines at the start and the end
    are dropped. Idempotent.
    """
    if s is None:
        return None
    if not s.isascii():
        s = unicodedata.normalize("NFC", _INVISIBLE.sub("", s))
    else:
        s = _INVISIBLE.sub("", s)
    lines: list[str] = []
    for line in s.splitlines():
        body = line.lstrip()
        if not body:
            if lines and lines[-1]:
                lines.append("")
            continue
        indent = line[: len(line) - len(body)]
        width = sum(4 if ch == "\t" else 1 for ch in indent)
        lines.append(" " * width + " ".join(body.split()))
    if lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


# --- search ------------------------------------------------------------------

_PLAIN = str.maketrans("ăâêôơưđĂÂÊÔƠƯĐ", "aaeooudAAEOOUD")
_FOLD = {**_PLAIN, **{ord(ch): base.translate(_PLAIN) for ch, (base, _) in _TONED.items()}}


def fold(s: str | None) -> str:
    """The form a text is searched in: lower case, no diacritics, đ→d.

    "Nguyễn Văn Dũng" → "nguyen van dung"; "Hoà" and "Hòa" → "hoa";
    fold(None) == "". Letters of other languages lose their marks too.
    """
    if s is None:
        return ""
    s = _clean(s).casefold()
    if s.isascii():
        return s
    s = s.translate(_FOLD)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFD", s).replace("đ", "d")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split())


def search_terms(query: str | None) -> list[str]:
    """The folded words of a search query; a match must contain every one (at most
    bounds.MAX_SEARCH characters and MAX_SEARCH_TERMS words: a UserError beyond)."""
    from desktop_app.core.bounds import check_search

    return fold(check_search(query)).split()


# --- sorting -----------------------------------------------------------------
#
# A key is  primary "!" secondary "!" tertiary  (like an ICU sort key):
#   primary   one code per character: base letters in the Vietnamese alphabet,
#             case and tone ignored; whitespace < punctuation < digits < letters;
#   secondary per character "0", plus its tone ("3" huyền … "7" nặng) or other
#             mark ("8" and four code characters), so tones count only between
#             texts with the same letters, and the first differing tone, left
#             to right, decides;
#   tertiary  per character "0" lower case or caseless, "1" upper case.
# Characters outside the tables get fixed-width codes from their code point.
# All codes lie in "\"".."~", above the level separator "!" and the
# person_sort_key separator " ", so shorter texts sort first ("An" < "An Bình").
# Where ICU ranks a character, the key ranks it the same way.

_LEVEL_SEP = "!"
_PART_SEP = " "
# Space, ASCII and typographic punctuation, "$" and "₫" in the order of the
# Unicode collation algorithm (as ICU has it); other symbols follow them.
_PUNCTUATION = " _-–—,;:!?.·'\"«»()[]{}@*/\\&#%•`^+<=>|~$₫"
# Characters ICU weighs as variants of others: (primary as, secondary, tertiary).
# Their secondaries lie between the plain character's and any accent's.
_VARIANTS = {
    "‘": ("'", "1", "0"),
    "’": ("'", "2", "0"),
    "“": ('"', "1", "0"),
    "”": ('"', "2", "0"),
    "…": ("...", "000", "222"),
}
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY_ORDER = [*_PUNCTUATION, "other-symbol", *"0123456789", *_ALPHABET, "other-letter"]
_PRIMARY_CODE = {ch: chr(0x22 + i) for i, ch in enumerate(_PRIMARY_ORDER)}
# Letters whose mark is part of the letter in Vietnamese.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_SECONDARY_CODE = {mark: str(n) for n, mark in enumerate(TONE_MARKS, start=3)}


def _code_point(ch: str, prefix: str) -> str:
    """A fixed-width, order-keeping ASCII code for a character outside the tables."""
    n = ord(ch)
    return prefix + "".join(chr(0x30 + (n >> shift & 63)) for shift in (18, 12, 6, 0))


def _mark_code(mark: str) -> str:
    return _SECONDARY_CODE.get(mark) or _code_point(mark, "8")


def _weights(ch: str) -> tuple[str, str, str]:
    """(primary, secondary, tertiary) codes of one character of NFC text."""
    if ch in _VARIANTS:
        like, secondary, tertiary = _VARIANTS[ch]
        return "".join(_PRIMARY_CODE[c] for c in like), secondary, tertiary
    if unicodedata.combining(ch):  # a mark left uncomposed: secondary only
        return "", _mark_code(ch), ""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0].lower(), list(decomposed[1:])
    if marks and (base, marks[-1]) in _LETTER_MARKS and marks[-1] not in TONE_MARKS:
        base = _LETTER_MARKS[(base, marks.pop())]
    elif len(marks) >= 2 and (base, marks[0]) in _LETTER_MARKS:
        base = _LETTER_MARKS[(base, marks.pop(0))]
    if base in _PRIMARY_CODE:
        primary = _PRIMARY_CODE[base]
    elif unicodedata.category(ch)[0] in "PSZ":
        primary, marks = _code_point(ch, _PRIMARY_CODE["other-symbol"]), []
    else:
        primary, marks = _code_point(ch, _PRIMARY_CODE["other-letter"]), []
    secondary = "0" + "".join(_mark_code(m) for m in marks)
    return primary, secondary, "1" if ch != ch.lower() else "0"


class _WeightTable(dict):
    """A str.translate table for one level, filled on first sight of a character."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, code: int) -> str:
        value = self[code] = _weights(chr(code))[self.level]
        return value


_PRIMARY, _SECONDARY, _TERTIARY = (_WeightTable(level) for level in range(3))


_DIGIT_RUNS = re.compile(r"([0-9]+)")
_NUMBER_LEAD = _PRIMARY_CODE["0"]


def _number_primary(digits: str) -> str:
    """Numbers compare by value, as in ICU's numeric collation ("Thôn 2" before "Thôn 10"):
    the lead code of digits, the count of significant digits in two characters, the digits.
    Leading zeros count only at the lower levels, so "Tổ 02" and "Tổ 2" stay apart."""
    significant = digits.lstrip("0") or "0"
    n = min(len(significant), 4095)
    return (
        _NUMBER_LEAD + chr(0x30 + (n >> 6)) + chr(0x30 + (n & 63)) + significant.translate(_PRIMARY)
    )


@lru_cache(maxsize=65536)
def _word_weights(word: str) -> tuple[str, str, str]:
    parts = _DIGIT_RUNS.split(word)
    if len(parts) == 1:
        primary = word.translate(_PRIMARY)
    else:  # text, digits, text, digits, …, text
        primary = "".join(
            _number_primary(part) if i % 2 else part.translate(_PRIMARY)
            for i, part in enumerate(parts)
        )
    return primary, word.translate(_SECONDARY), word.translate(_TERTIARY)


_SPACE_WEIGHTS = _weights(" ")


def _key(words: list[str]) -> str:
    """The sort key of normalised text split at its spaces (words are cached)."""
    if not words or words == [""]:
        return ""
    if len(words) == 1:
        return _LEVEL_SEP.join(_word_weights(words[0]))
    weights = [_word_weights(word) for word in words]
    space_p, space_s, space_t = _SPACE_WEIGHTS
    return (
        space_p.join([w[0] for w in weights])
        + _LEVEL_SEP
        + space_s.join([w[1] for w in weights])
        + _LEVEL_SEP
        + space_t.join([w[2] for w in weights])
    )


def sort_key(s: str | None) -> str:
    """An ASCII key that orders texts in Vietnamese dictionary order.

    Letters first over the whole text (a ă â b c d đ e ê … u ư v x y, case and
    tone ignored; digits before letters, numbers by value: "Thôn 2" < "Thôn 10";
    "An" < "An Bình" < "Anh"), then tones
    (ngang < huyền < hỏi < ngã < sắc < nặng), then case (lower first). Equal
    keys mean equal `same_spelling` forms ("Hoà" and "Hòa" sort as one word). Compare keys with plain string
    comparison, in Python or in SQLite (BINARY collation). None and "" give "".
    """
    return "" if s is None else _key(_place_tones(_clean(s)).split(" "))


def split_name(full_name: str | None) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name.

    "Nguyễn Thị Mai Anh" → ("Nguyễn", "Thị Mai", "Anh"); a single word is the
    given name: "An" → ("", "", "An").
    """
    words = (normalize(full_name) or "").split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def person_sort_key(full_name: str | None) -> str:
    """A sort key ordering people by given name, family name, middle names.

    Each part is compared by `sort_key`; ties fall to the whole name.
    "Nguyễn Văn An" < "Lê Văn Bình" < "Trần Thị Bình".
    """
    words = same_spelling(full_name).split(" ")
    if words == [""]:
        return ""
    if len(words) == 1:
        family: list[str] = []
        middle: list[str] = []
    else:
        family, middle = words[:1], words[1:-1]
    return _PART_SEP.join((_key(words[-1:]), _key(family), _key(middle), _key(words)))


# The letters of the alphabet a folded letter stands for, in the alphabet's order.
_FOLDED_LETTERS = {"a": "aăâ", "d": "dđ", "e": "eê", "o": "oôơ", "u": "uư"}


def given_name_key_ranges(prefix: str, most: int = 16) -> list[tuple[str, str]] | None:
    """Where in person_sort_key order the people whose given name, folded, starts with prefix
    lie: [low, high) ranges of keys, in order. A key starts with its given name's letters, and
    a folded letter stands for up to three letters of the alphabet ("du" is Du…, Dư…, Đu…,
    Đư…), each a stretch of the order of its own. None when prefix holds anything but the
    letters a–z, or would make more than `most` ranges."""
    if not prefix or not prefix.isascii() or not prefix.isalpha() or not prefix.islower():
        return None
    keys = [""]
    for ch in prefix:
        keys = [k + _PRIMARY_CODE[v] for k in keys for v in _FOLDED_LETTERS.get(ch, ch)]
        if len(keys) > most:
            return None
    return [(k, k + "\x7f") for k in sorted(keys)]


_WORD_START = re.compile(r"(^|[\s'’-])([^\W\d_])")


def title_case_name(s: str | None) -> str | None:
    """Capitalise a name as typed: "nguyễn văn  dũng" → "Nguyễn Văn Dũng".

    Each word (and each part after a hyphen or apostrophe: "H'Hen Niê") starts
    with a capital; the other letters become lower case. None stays None.
    """
    clean = normalize(s)
    if clean is None:
        return None
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), clean.lower())


def type_ahead(labels: list[str], typed: str, start: int = 0) -> int | None:
    """The index of the first label that what was typed starts, blind to case and marks:
    "thon l" finds "Thôn Lũng Vài", "na pan" finds "Nà Pàn" and "Bản Nà Pàn" (a later word
    may start it). Labels from `start` on are tried first, then the ones before. None: no match."""
    wanted = " ".join(fold(typed).split()) + (" " if typed.endswith(" ") and typed.strip() else "")
    if not wanted.strip():
        return None
    order = list(range(start, len(labels))) + list(range(start))
    folded = {i: fold(labels[i]) for i in order}
    for i in order:
        if folded[i].startswith(wanted):
            return i
    for i in order:
        if (" " + folded[i]).find(" " + wanted) >= 0:
            return i
    return None


def thousands(value: int | None) -> str:
    """A whole number the Vietnamese way, thousands separated by dots: 1749951 → '1.749.951';
    None → '' (a blank cell). The one formatter of counts and money in đồng."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", ".")
