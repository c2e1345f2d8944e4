"""Paragraph styles of Decree 30/2020/NĐ-CP, Appendix I (sizes in points).

Body 13 pt justified with a 1 cm first-line indent; header lines 13 pt; the motto 12 pt bold
caps over "Độc lập - Tự do - Hạnh phúc" 13 pt bold; title 14 pt bold; "Nơi nhận:" 12 pt bold
italic over an 11 pt list; the signer's title and name 13 pt bold; tables 12 pt.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop_app.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

# Paragraphs resolve their font family when built, so the fonts are registered first.
register_fonts()

BODY_SIZE = 13
TABLE_SIZE = 12
SMALL_TABLE_SIZE = 11

BODY = ParagraphStyle(
    "body",
    fontName=REGULAR,
    fontSize=BODY_SIZE,
    leading=17,
    alignment=TA_JUSTIFY,
    firstLineIndent=10 * mm,
    spaceAfter=6,
)
BODY_PLAIN = ParagraphStyle("body_plain", parent=BODY, firstLineIndent=0)
BODY_CENTER = ParagraphStyle("body_center", parent=BODY, alignment=TA_CENTER, firstLineIndent=0)
FIELD = ParagraphStyle("field", parent=BODY_PLAIN, alignment=TA_LEFT, leading=16, spaceAfter=1)
BODY_BOLD = ParagraphStyle("body_bold", parent=BODY, fontName=BOLD)
BODY_ITALIC = ParagraphStyle("body_italic", parent=BODY, fontName=ITALIC)

HEAD_LEFT = ParagraphStyle(
    "head_left", fontName=REGULAR, fontSize=13, leading=15.5, alignment=TA_CENTER
)
HEAD_LEFT_BOLD = ParagraphStyle("head_left_bold", parent=HEAD_LEFT, fontName=BOLD)
MOTTO = ParagraphStyle("motto", parent=HEAD_LEFT, fontName=BOLD, fontSize=12, leading=15)
MOTTO_SUB = ParagraphStyle("motto_sub", parent=HEAD_LEFT, fontName=BOLD, fontSize=13)
PARTY_NAME = ParagraphStyle("party_name", parent=HEAD_LEFT, fontName=BOLD, fontSize=15, leading=18)
NUMBER = ParagraphStyle("number", parent=HEAD_LEFT, fontSize=13)
PLACE_DATE = ParagraphStyle(
    "place_date", parent=HEAD_LEFT, fontName=ITALIC, fontSize=13, alignment=TA_CENTER
)
PLACE_DATE_RIGHT = ParagraphStyle("place_date_right", parent=PLACE_DATE, alignment=TA_RIGHT)

TITLE = ParagraphStyle(
    "title", fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER, spaceBefore=0
)
SUBTITLE = ParagraphStyle("subtitle", parent=TITLE, fontSize=14, leading=18)
SUBTITLE_ITALIC = ParagraphStyle("subtitle_italic", parent=TITLE, fontName=ITALIC, fontSize=13)
ISSUER_TITLE = ParagraphStyle("issuer_title", parent=TITLE, fontSize=13, leading=17)
ARTICLE = ParagraphStyle("article", parent=BODY, firstLineIndent=10 * mm)

RECIPIENTS_HEAD = ParagraphStyle(
    "recipients_head", fontName=BOLD_ITALIC, fontSize=12, leading=14, alignment=TA_LEFT
)
RECIPIENTS_ITEM = ParagraphStyle(
    "recipients_item", fontName=REGULAR, fontSize=11, leading=13, alignment=TA_LEFT
)
SIGN_TITLE = ParagraphStyle(
    "sign_title", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER
)
SIGN_NAME = ParagraphStyle("sign_name", parent=SIGN_TITLE)
SIGN_TITLE_SMALL = ParagraphStyle("sign_title_small", parent=SIGN_TITLE, fontSize=12, leading=14.5)
SIGN_NOTE = ParagraphStyle("sign_note", parent=SIGN_TITLE, fontName=ITALIC, fontSize=12, leading=14)

CELL = ParagraphStyle(
    "cell", fontName=REGULAR, fontSize=TABLE_SIZE, leading=14.5, alignment=TA_LEFT
)
CELL_CENTER = ParagraphStyle("cell_center", parent=CELL, alignment=TA_CENTER)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName=BOLD, alignment=TA_CENTER)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
CELL_BOLD_RIGHT = ParagraphStyle("cell_bold_right", parent=CELL_RIGHT, fontName=BOLD)

PAGE_NUMBER_SIZE = 13
