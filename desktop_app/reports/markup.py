"""Text on its way into reportlab: NFC (reportlab does no shaping) and paragraph-markup escaping.

Every string a form prints passes through `clean` (plain drawing) or `para` (Paragraph markup):
a name typed with decomposed marks ("Nguyê\u0303n") would otherwise be drawn with its marks
misplaced and read back from the PDF differently from what was typed.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from desktop_app.core.text import normalize_multiline, thousands

DOTS = "…………………………"


def nfc(text: str) -> str:
    """NFC, spelling as typed ("Hoà" stays "Hoà"), line breaks kept."""
    return unicodedata.normalize("NFC", normalize_multiline(text) or "")


def clean(value: Any) -> str:
    """Any value as printable text: None → '', NFC, surrounding blanks trimmed."""
    if value is None:
        return ""
    return nfc(str(value)).strip()


def para(value: Any) -> str:
    """`clean`, then escaped for reportlab's Paragraph markup; line breaks kept."""
    text = escape(clean(value))
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


def or_dots(value: Any, dots: str = DOTS) -> str:
    """The value as paragraph markup, or a dotted line to fill in by hand when it is empty."""
    text = para(value)
    return text if text else dots


def upper(value: Any) -> str:
    """Vietnamese upper case after NFC ("xã Hữu Lũng" → "XÃ HỮU LŨNG")."""
    return nfc(clean(value).upper())


number = thousands  # whole numbers the Vietnamese way: 1234567 → '1.234.567'; None → ''


def percent(value: float | None) -> str:
    """105.3 → '105,3'; None (nothing to compare with) → '-'."""
    if value is None:
        return "-"
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")
