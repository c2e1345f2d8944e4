"""The frame the consolidated forms of an upper-level office share: the upper office's
letterhead, a title with its period, one table with a row per commune and a total row, notes
under it, "Nơi nhận" and the signature.

Forms on it: campaigns_summary (kết quả các cuộc vận động), reg213_summary (tiến độ nhận xét
đảng viên nơi cư trú), commune_sending (tình hình gửi dữ liệu của các xã); consolidated.py
writes one of them by key.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.fonts import BOLD
from desktop_app.reports.markup import para
from desktop_app.reports.page import PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.upper_office import UpperOffice

SYMBOL = "BC-MTTQ-BTT"
NONE_KNOWN = (
    "Đơn vị chưa nhận gói dữ liệu của xã nào và chưa đăng ký khóa của xã nào: hãy nhập gói của "
    "các xã ở trang “Đồng bộ cấp trên”"
)
NOTE_HEAD = ParagraphStyle("note_head", parent=styles.BODY_PLAIN, fontName=BOLD, spaceAfter=0)
NOTE = ParagraphStyle("note", parent=styles.BODY_PLAIN, fontSize=12, leading=15, spaceAfter=1)


def recipients(office: UpperOffice) -> list[str]:
    first = [f"Ban Thường trực {office.receiver} (b/c)"] if office.receiver else []
    return [*first, "Ban Thường trực Ủy ban MTTQ các xã, phường, đặc khu", "Lưu: VT"]


def form_story(
    office: UpperOffice,
    *,
    title: str,
    subject: str,
    italic_lines: Sequence[str],
    intro: str,
    table: Flowable,
    notes: Sequence[str],
    orientation: str = PORTRAIT,
) -> list[Flowable]:
    """One consolidated form: header, title, intro, the table, notes, recipients and signer."""
    width = text_width(orientation)
    story = new_form(orientation, first=True)
    story += office.header(width, header.front_number(None, SYMBOL))
    story += header.title_block(title, [subject], italic_lines=italic_lines, space_after=3 * mm)
    story.append(Paragraph(para(intro), styles.BODY))
    story.append(table)
    story.append(Spacer(1, 1.5 * mm))
    paragraphs = [Paragraph(para(f"- {n}"), NOTE) for n in notes]
    if paragraphs:
        story.append(Paragraph("Ghi chú:", NOTE_HEAD))
        story += paragraphs[:-1]
    story += closing(
        office.signer, width=width, recipients=recipients(office), keep_with=paragraphs[-1:]
    )
    return story


def write(
    out: str | os.PathLike[str],
    story: list[Flowable],
    office: UpperOffice,
    title: str,
    orientation: str = PORTRAIT,
) -> Path:
    return build_pdf(out, story, orientation=orientation, title=title, author=office.name)
