"""TCVN3 and VNI to Unicode: every letter with every tone, both cases; guessing without a font."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app import paths
from desktop_app.core import legacy_text as lt

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # ngang huyền hỏi ngã sắc nặng

# TCVN 5712:1993 (VN3), read off the standard's table: per letter, the byte of each tone.
TCVN3_BYTES = {
    "a": [0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9],
    "ă": [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6],
    "â": [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB],
    "e": [0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1],
    "ê": [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6],
    "i": [0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE],
    "o": [0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4],
    "ô": [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9],
    "ơ": [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE],
    "u": [0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4],
    "ư": [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9],
    "y": [0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
}
# VNI for Windows: per letter, how each tone is typed (lower case; capitals are the upper case).
VNI_SPELLING = {
    "a": ["a", "aø", "aû", "aõ", "aù", "aï"],
    "ă": ["aê", "aè", "aú", "aü", "aé", "aë"],
    "â": ["aâ", "aà", "aå", "aã", "aá", "aä"],
    "e": ["e", "eø", "eû", "eõ", "eù", "eï"],
    "ê": ["eâ", "eà", "eå", "eã", "eá", "eä"],
    "i": ["i", "ì", "æ", "ó", "í", "ò"],
    "o": ["o", "oø", "oû", "oõ", "où", "oï"],
    "ô": ["oâ", "oà", "oå", "oã", "oá", "oä"],
    "ơ": ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"],
    "u": ["u", "uø", "uû", "uõ", "uù", "uï"],
    "ư": ["ö", "öø", "öû", "öõ", "öù", "öï"],
    "y": ["y", "yø", "yû", "yõ", "yù", "î"],
}


def letter(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def shown(data: bytes) -> str:
    """Legacy bytes as a Unicode program shows them (Windows-1252, undefined bytes kept)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def tcvn3_encode(text: str) -> str:
    """The test's own encoder, from the table above (lower case letters only)."""
    inverse = {
        letter(base, tone): b
        for base, row in TCVN3_BYTES.items()
        for tone, b in zip(TONES, row, strict=True)
    }
    inverse["đ"] = 0xAE
    out = bytearray()
    for ch in text:
        low = ch.lower()
        if ch.isupper() and low in ("ă", "â", "ê", "ô", "ơ", "ư", "đ"):
            out.append(
                {"ă": 0xA1, "â": 0xA2, "ê": 0xA3, "ô": 0xA4, "ơ": 0xA5, "ư": 0xA6, "đ": 0xA7}[low]
            )
        elif ch.isupper() and low in inverse and not ch.isascii():
            raise ValueError("TCVN3 has no capital with a tone outside the H fonts")
        else:
            out.append(inverse.get(ch, ord(ch)))
    return shown(bytes(out))


def vni_encode(text: str) -> str:
    inverse = {
        letter(base, tone): spell
        for base, row in VNI_SPELLING.items()
        for tone, spell in zip(TONES, row, strict=True)
    }
    inverse["đ"] = "ñ"
    out = []
    for ch in text:
        spelled = inverse.get(ch.lower(), ch.lower())
        out.append(spelled.upper() if ch.isupper() else inverse.get(ch, ch))
    return "".join(out)


@pytest.mark.parametrize("base", list(TCVN3_BYTES))
@pytest.mark.parametrize("tone", range(6))
def test_tcvn3_every_letter_and_tone_both_cases(base: str, tone: int) -> None:
    text = shown(bytes([TCVN3_BYTES[base][tone]]))
    assert lt.convert(text, "tcvn3") == letter(base, TONES[tone])
    # the capital fonts (.VnTimeH) draw the same byte as the capital
    assert lt.convert(text, "tcvn3_caps") == letter(base, TONES[tone]).upper()


def test_tcvn3_d_and_the_plain_capitals() -> None:
    assert lt.convert(shown(bytes([0xAE, 0xA7])), "tcvn3") == "đĐ"
    assert lt.convert(shown(bytes(range(0xA1, 0xA8))), "tcvn3") == "ĂÂÊÔƠƯĐ"
    # the five combining tone marks compose with the letter before them (NFC)
    assert lt.convert("a" + shown(bytes([0xB3])), "tcvn3") == "á"


@pytest.mark.parametrize("base", list(VNI_SPELLING))
@pytest.mark.parametrize("tone", range(6))
def test_vni_every_letter_and_tone_both_cases(base: str, tone: int) -> None:
    spelled = VNI_SPELLING[base][tone]
    assert lt.convert(spelled, "vni") == letter(base, TONES[tone])
    assert lt.convert(spelled.upper(), "vni") == letter(base, TONES[tone]).upper()


def test_vni_d() -> None:
    assert lt.convert("ñ Ñ", "vni") == "đ Đ"


KNOWN = {
    # as a Unicode program shows the legacy file → the text
    ("NguyÔn V¨n §øc", "tcvn3"): "Nguyễn Văn Đức",
    ("Hoµng ThÞ Thu H­¬ng", "tcvn3"): "Hoàng Thị Thu Hương",
    ("x· Hoµng §ång, tØnh L¹ng S¬n", "tcvn3"): "xã Hoàng Đồng, tỉnh Lạng Sơn",
    ("danh s¸ch ban c«ng t¸c mÆt trËn", "tcvn3_caps"): "DANH SÁCH BAN CÔNG TÁC MẶT TRẬN",
    ("Nguyeãn Vaên Ñöùc", "vni"): "Nguyễn Văn Đức",
    ("Hoaøng Thò Thu Höông", "vni"): "Hoàng Thị Thu Hương",
    ("Thoân Naø Caïn, xaõ Hoaøng Ñoàng", "vni"): "Thôn Nà Cạn, xã Hoàng Đồng",
    ("HOAØNG THÒ LAN", "vni"): "HOÀNG THỊ LAN",
}


@pytest.mark.parametrize(("legacy", "encoding"), list(KNOWN))
def test_known_words(legacy: str, encoding: str) -> None:
    assert lt.convert(legacy, encoding) == KNOWN[(legacy, encoding)]


def test_round_trip_of_known_words_through_the_tests_encoders() -> None:
    for text in (
        "nguyễn văn đức",
        "hoàng thị thu hương",
        "ủy ban mặt trận tổ quốc việt nam",
        "khuổi phầy",
        "quỳnh",
        "nghiêng",
        "khuỷu",
        "thuở",
    ):
        assert lt.convert(tcvn3_encode(text), "tcvn3") == text
        assert lt.convert(tcvn3_encode(text), "tcvn3_caps") == text.upper()
        assert lt.convert(vni_encode(text), "vni") == text
        assert lt.convert(vni_encode(text.upper()), "vni") == text.upper()


def test_font_names() -> None:
    assert lt.encoding_for_font(".VnTime") == "tcvn3"
    assert lt.encoding_for_font(".VnArial Narrow") == "tcvn3"
    assert lt.encoding_for_font(".VnTimeH") == "tcvn3_caps"
    assert lt.encoding_for_font(".VnArialH") == "tcvn3_caps"
    assert lt.encoding_for_font("VNI-Times") == "vni"
    assert lt.encoding_for_font("VNI-Helve") == "vni"
    for plain in ("Times New Roman", "Arial", "Calibri", None, ""):
        assert lt.encoding_for_font(plain) is None


def test_guess_without_a_font() -> None:
    tcvn = lt.guess(["NguyÔn V¨n §øc", "Hoµng ThÞ Lan", "Th«n Nµ C¹n"])
    assert tcvn.encoding == "tcvn3" and tcvn.confidence == 1.0
    assert tcvn.converted == "Nguyễn Văn Đức"
    vni = lt.guess(["Nguyeãn Vaên Ñöùc", "Hoaøng Thò Lan"])
    assert vni.encoding == "vni" and vni.confidence == 1.0
    uni = lt.guess(["Nguyễn Văn Đức", "Hoà", "Hòa", "quãng đường", "Thuỷ"])
    assert uni.encoding == "unicode"
    assert lt.guess(["Smith", "123"]).encoding == "unicode"


def _names() -> list[str]:
    data = json.loads((paths.DATA_DIR / "demo_names.json").read_text(encoding="utf-8"))["items"]
    words = {w for names in data["family_names"].values() for w in names}
    words |= {m["name"] for ms in data["middle_names"].values() for m in ms}
    words |= {w for names in data["given_names"].values() for w in names}
    words |= {"Hoà", "Hòa", "Thuỷ", "Thủy", "quãng", "khuỷu", "Quỳnh", "Nguyệt", "Đường"}
    return sorted(words)


NAMES = _names()
name_texts = st.lists(st.sampled_from(NAMES), min_size=1, max_size=5).flatmap(
    lambda words: st.sampled_from(
        [" ".join(words), " ".join(words).upper(), " ".join(words).lower()]
    )
)


@settings(max_examples=150, deadline=None)
@given(st.lists(name_texts, min_size=1, max_size=8))
def test_vietnamese_unicode_is_never_converted(texts: list[str]) -> None:
    result = lt.guess(texts)
    assert result.encoding == "unicode"


@settings(max_examples=100, deadline=None)
@given(st.lists(name_texts, min_size=1, max_size=6))
def test_legacy_names_are_told_and_restored(texts: list[str]) -> None:
    lower = [t.lower() for t in texts]
    encoded = [tcvn3_encode(t) for t in lower]
    # a text whose legacy bytes all look like Vietnamese letters ("quý") cannot be told apart;
    # one word that does not read as Vietnamese is enough
    if lt._score("\n".join(encoded))[1]:
        assert lt.guess(encoded).encoding == "tcvn3"
    assert [lt.convert(t, "tcvn3") for t in encoded] == lower
    assert [lt.convert(vni_encode(t), "vni") for t in texts] == texts


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["unicode", "tcvn3", "tcvn3_caps", "vni"]))
def test_output_is_nfc(text: str, encoding: str) -> None:
    out = lt.convert(text, encoding)
    assert unicodedata.is_normalized("NFC", out)
    if encoding == "unicode":
        assert out == unicodedata.normalize("NFC", text)
