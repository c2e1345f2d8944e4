"""Vietnamese typed in the legacy 8-bit fonts, converted to Unicode NFC.

Two encodings were in common use before Unicode, each with its own fonts:

* **TCVN3** (TCVN 5712:1993, the "VN3"/ABC layout; fonts ``.VnTime``, ``.VnArial``…): one byte
  per letter. Only lower-case toned letters have a byte; capitals with a tone are drawn by the
  separate capital fonts (``.VnTimeH``, ``.VnArialH``…), whose lower-case positions hold the
  capitals, so a cell in such a font is decoded and then put in capitals.
* **VNI** (``VNI-Times``, ``VNI-Helve``…): a base letter followed by one mark byte (the tone, the
  circumflex or breve, or both at once); a few letters have a byte of their own (đ, ơ, ư, i
  with a tone, ỵ).

A legacy file opened by a program that knows Unicode shows each byte as the Windows-1252
character of the same value ("NguyÔn V¨n", "Nguyeãn Vaên"); that is the text these functions
take. Nothing here knows about files: `encoding_for_font` reads a font name, `convert` converts
one text, `guess` tells from the text alone (no font) which encoding it looks like.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["unicode", "tcvn3", "tcvn3_caps", "vni"]
ENCODING_LABELS: dict[str, str] = {
    "unicode": "Unicode (không chuyển)",
    "tcvn3": "TCVN3 (.VnTime)",
    "tcvn3_caps": "TCVN3 chữ hoa (.VnTimeH)",
    "vni": "VNI (VNI-Times)",
}

# --- bytes as a Unicode program shows them ------------------------------------------------

# Windows-1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined; Windows passes them through as the
# C1 control of the same value, and so do we.
_CP1252_HIGH = bytes(range(0x80, 0x100)).decode("cp1252", errors="replace")
_BYTE_OF: dict[str, int] = {}
for _i, _ch in enumerate(_CP1252_HIGH):
    _BYTE_OF[_ch if _ch != "\ufffd" else chr(0x80 + _i)] = 0x80 + _i


def _shown(byte: int) -> str:
    """The character a Unicode program shows for one legacy byte."""
    if byte < 0x80:
        return chr(byte)
    ch = _CP1252_HIGH[byte - 0x80]
    return chr(byte) if ch == "\ufffd" else ch


# --- TCVN 5712:1993 -------------------------------------------------------------------------
#
# Bytes 0xA0–0xFF of TCVN 5712:1993 (VN1, whose upper half VN3 shares). Row by row, sixteen
# code points each, written from the standard's table. VN3 fonts use the lower-case letters,
# the seven capitals Ă Â Ê Ô Ơ Ư Đ and the five combining tone marks (0xB0–0xB4); the capitals
# with a tone in the gaps (0xAF, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) are VN1's.
_TCVN_ROWS = (
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ",  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ",  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ",  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò",  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù",  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ",  # 0xF0
)
TCVN3_DECODE: dict[int, str] = {}
for _row, _chars in enumerate(_TCVN_ROWS):
    for _col, _ch in enumerate(_chars):
        TCVN3_DECODE[0xA0 + _row * 16 + _col] = _ch
# shown character → Unicode, for text that reached us through Windows-1252
_TCVN_TABLE = {ord(_shown(b)): u for b, u in TCVN3_DECODE.items()}

# --- VNI -------------------------------------------------------------------------------------
#
# The VNI for Windows layout: after a vowel, one byte adds the marks. Tone order: huyền, hỏi,
# ngã, sắc, nặng. Lower-case bytes after a lower-case letter, upper-case after a capital.
_TONES = "\u0300\u0309\u0303\u0301\u0323"
_VNI_TONE = "øûõùï"  # the tone alone
_VNI_CIRC = "àåãáä"  # circumflex with the tone (â: circumflex alone)
_VNI_BREVE = "èúüéë"  # breve with the tone (ê: breve alone)
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# letters of their own: shown character → Unicode
_VNI_SINGLE = {
    "ñ": "đ",
    "Ñ": "Đ",
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "ì": "ì",
    "Ì": "Ì",
    "æ": "ỉ",
    "Æ": "Ỉ",
    "ó": "ĩ",
    "Ó": "Ĩ",
    "í": "í",
    "Í": "Í",
    "ò": "ị",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}


def _vni_marks() -> dict[str, dict[str, str]]:
    """For each base a VNI mark byte may follow: mark byte (lower case) → combining marks."""
    tone = {m: t for m, t in zip(_VNI_TONE, _TONES, strict=True)}
    circ = {
        "â": _CIRCUMFLEX,
        **{m: _CIRCUMFLEX + t for m, t in zip(_VNI_CIRC, _TONES, strict=True)},
    }
    breve = {"ê": _BREVE, **{m: _BREVE + t for m, t in zip(_VNI_BREVE, _TONES, strict=True)}}
    return {
        "a": {**tone, **circ, **breve},
        "e": {**tone, **circ},
        "o": {**tone, **circ},
        "u": dict(tone),
        "y": {**tone, "ï": "\u0323"},
        "ơ": dict(tone),
        "ư": dict(tone),
    }


_VNI_MARKS = _vni_marks()


def _vni_table() -> dict[str, str]:
    """Every VNI sequence (one or two shown characters) → its Unicode letter."""
    table = dict(_VNI_SINGLE)
    for base, marks in _VNI_MARKS.items():
        for mark, combining in marks.items():
            for upper in (False, True):
                b = base.upper() if upper else base
                shown_base = {"ơ": "ô", "ư": "ö", "Ơ": "Ô", "Ư": "Ö"}.get(b, b)
                m = mark.upper() if upper else mark
                letter = unicodedata.normalize("NFC", unicodedata.normalize("NFD", b) + combining)
                table[shown_base + m] = letter
    return table


VNI_TABLE = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_TABLE, key=len, reverse=True)))


# --- conversion ------------------------------------------------------------------------------


def convert(text: str, encoding: str) -> str:
    """One text in `encoding` (as a Unicode program shows it) to Unicode NFC.

    Characters that are no legacy byte (already Unicode, such as "ễ" typed in a Unicode font in
    the same cell) are kept. "unicode" only normalises to NFC."""
    if encoding == "tcvn3_caps":
        return unicodedata.normalize("NFC", text.translate(_TCVN_TABLE).upper())
    if encoding == "unicode" or text.isascii():
        return unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        out = text.translate(_TCVN_TABLE)
    elif encoding == "vni":
        out = _VNI_PATTERN.sub(lambda m: VNI_TABLE[m.group()], text)
    else:
        raise ValueError(f"unknown encoding {encoding!r}")
    return unicodedata.normalize("NFC", out)


def encoding_for_font(font_name: str | None) -> Encoding | None:
    """The encoding a font implies: ".VnTime" → TCVN3, ".VnTimeH" → TCVN3 capitals,
    "VNI-Times" → VNI; None when the font says nothing (Times New Roman, Arial…)."""
    if not font_name:
        return None
    name = font_name.strip()
    low = name.lower()
    if low.startswith(("vni-", "vni ")):
        return "vni"
    if low.startswith(".vn"):
        # .VnTimeH, .VnArialH, .VnArial NarrowH, .VnCentury SchoolbookH: the capital fonts end in H
        return "tcvn3_caps" if name.endswith("H") else "tcvn3"
    return None


# --- telling the encoding from the text ------------------------------------------------------

_VOWELS = "aăâeêioôơuưy"
_NUCLEI = frozenset(
    (
        "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uâ uê ui "
        "uô uơ uy ưa ưi ươ ưu yê iêu oai oao oay oeo uây uôi ươi ươu uyê uya uyu yêu ieu"
    ).split()
)
_ONSETS = frozenset(
    ("", *"b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x".split())
)
_CODAS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
_WORD = re.compile(r"\S+")


def _syllable_ok(word: str) -> bool:
    """Whether one word (punctuation around it dropped) reads as a Vietnamese syllable."""
    core = word.strip(".,;:!?()[]\"'“”‘’-–/")
    if not core:
        return True
    if core.isdigit() or core.isascii():
        return core.isascii()
    if not (core.islower() or core.isupper() or core[0].isupper() and core[1:].islower()):
        return False
    decomposed = unicodedata.normalize("NFD", core.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    if any(not ("a" <= ch <= "z" or ch in "ăâêôơưđ") for ch in bare):
        return False
    start = 0
    while start < len(bare) and bare[start] not in _VOWELS:
        start += 1
    onset = bare[:start]
    if (
        onset in ("g", "q")
        and bare[start : start + 1] in ("i", "u")
        and start + 1 < len(bare)
        and bare[start + 1] in _VOWELS
    ):
        onset += bare[start]
        start += 1
    end = start
    while end < len(bare) and bare[end] in _VOWELS:
        end += 1
    return onset in _ONSETS and bare[start:end] in _NUCLEI and bare[end:] in _CODAS


def _score(text: str) -> tuple[int, int]:
    """(words that read as Vietnamese, words that do not)."""
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if _syllable_ok(word):
            good += 1
        else:
            bad += 1
    return good, bad


@dataclass(frozen=True)
class Guess:
    encoding: Encoding
    confidence: float  # 0..1: the share of the non-ASCII words the guess makes read as Vietnamese
    sample: str = ""  # one text as read, for the preview
    converted: str = ""  # the same text converted


def guess(texts: list[str] | str) -> Guess:
    """The encoding a text (or a whole sheet's texts together) looks typed in.

    Unicode unless its words do not read as Vietnamese and a legacy encoding makes more of them
    read so: Vietnamese typed in Unicode is never converted. The confidence is the share of the
    words with non-ASCII letters that read as Vietnamese under the chosen encoding."""
    items = [texts] if isinstance(texts, str) else [t for t in texts if t and not t.isascii()]
    joined = "\n".join(items)
    good, bad = _score(unicodedata.normalize("NFC", joined))
    total = good + bad
    if not bad:
        return Guess("unicode", 1.0 if total else 0.0)
    best: tuple[int, Encoding] = (good, "unicode")
    candidates: tuple[Encoding, ...] = ("tcvn3", "vni")
    for enc in candidates:
        g, _b = _score(convert(joined, enc))
        if g > best[0]:
            best = (g, enc)
    encoding = best[1]
    sample = next((t for t in items if _score(t)[1]), "")
    return Guess(
        encoding,
        round(best[0] / total, 3) if total else 0.0,
        sample,
        convert(sample, encoding) if sample else "",
    )
