"""The printed forms' one typeface: Tinos (Times New Roman metrics, full Vietnamese), by path.

Registered once per process with reportlab; the four styles form one family so that
<b>, <i> in paragraphs and the bold/italic style names resolve to embedded fonts.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.core.errors import UserError
from desktop_app.paths import FONTS_DIR

FAMILY = "Tinos"
REGULAR = "Tinos"
BOLD = "Tinos-Bold"
ITALIC = "Tinos-Italic"
BOLD_ITALIC = "Tinos-BoldItalic"

_FILES = {
    REGULAR: "Tinos-Regular.ttf",
    BOLD: "Tinos-Bold.ttf",
    ITALIC: "Tinos-Italic.ttf",
    BOLD_ITALIC: "Tinos-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register Tinos (four styles) with reportlab if not done yet; return the family name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        for name, filename in _FILES.items():
            path = FONTS_DIR / filename
            if not path.is_file():
                raise UserError(
                    f"Thiếu tệp phông chữ {filename} trong thư mục {FONTS_DIR}. "
                    "Hãy cài lại chương trình."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return FAMILY


def font_name(*, bold: bool = False, italic: bool = False) -> str:
    """The registered name of one style of the family."""
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    if italic:
        return ITALIC
    return REGULAR
