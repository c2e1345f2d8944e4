"""The end of a document: "Nơi nhận:" bottom-left and the signature block bottom-right.

    Nơi nhận:                                 TM. BAN THƯỜNG TRỰC
    - Như Điều 3;                                  CHỦ TỊCH
    - Đảng ủy xã (b/c);
    - Lưu: VT.                                  (chữ ký, dấu)

                                                 Hoàng Văn Lợi

A missing signer's name prints as a dotted line to write in by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.reports import styles
from desktop_app.reports.fonts import REGULAR
from desktop_app.reports.markup import DOTS, clean, para, upper

SIGN_SPACE = 24 * mm


@dataclass(frozen=True)
class Signer:
    """Who signs: 'TM. BAN THƯỜNG TRỰC' (on behalf of), 'CHỦ TỊCH' (title), the name."""

    title: str
    name: str = ""
    on_behalf: str = ""
    note: str = ""  # an italic line under the title, e.g. "(Ký, ghi rõ họ tên)"

    def flowables(self, *, space: float = SIGN_SPACE, small: bool = False) -> list[Flowable]:
        title_style = styles.SIGN_TITLE_SMALL if small else styles.SIGN_TITLE
        block: list[Flowable] = []
        if clean(self.on_behalf):
            block.append(Paragraph(para(upper(self.on_behalf)), title_style))
        if clean(self.title):
            block.append(Paragraph(para(upper(self.title)), title_style))
        if clean(self.note):
            block.append(Paragraph(para(self.note), styles.SIGN_NOTE))
        block.append(Spacer(1, space))
        name = para(self.name)
        block.append(Paragraph(name if name else DOTS, styles.SIGN_NAME))
        return block


def recipients_block(recipients: Sequence[str]) -> list[Flowable]:
    """'Nơi nhận:' and its list, each line '- …;' and the last '- Lưu: VT.'"""
    items = [clean(r).rstrip(";.") for r in recipients if clean(r)]
    block: list[Flowable] = [Paragraph("Nơi nhận:", styles.RECIPIENTS_HEAD)]
    for position, item in enumerate(items):
        end = "." if position == len(items) - 1 else ";"
        block.append(Paragraph(para(f"- {item}{end}"), styles.RECIPIENTS_ITEM))
    return block


def closing(
    signer: Signer,
    *,
    width: float,
    recipients: Sequence[str] = (),
    space_before: float = 4 * mm,
    keep_with: Sequence[Flowable] = (),
) -> list[Flowable]:
    """Recipients on the left and the signature on the right, kept together on one page with
    `keep_with` (the last paragraph, so that the signature never stands alone on a page)."""
    left_width = width * 0.45
    table = Table(
        [[recipients_block(recipients) if recipients else [], signer.flowables()]],
        colWidths=[left_width, width - left_width],
    )
    table.setStyle(_bare_style())
    return [KeepTogether([*keep_with, Spacer(1, space_before), table])]


def signatures_row(
    signers: Sequence[Signer],
    *,
    width: float,
    space_before: float = 4 * mm,
    space: float = SIGN_SPACE,
    small: bool = False,
) -> list[Flowable]:
    """Several signature blocks side by side (a party cell and a Front committee); `small`
    sets their titles in 12 pt for three blocks on one line."""
    # Columns share the width in proportion to each block's longest line, so that
    # "BAN CÔNG TÁC MẶT TRẬN" keeps to one line beside shorter titles.
    style = styles.SIGN_TITLE_SMALL if small else styles.SIGN_TITLE
    dots = stringWidth(DOTS, styles.SIGN_NAME.fontName, styles.SIGN_NAME.fontSize)
    needs = [
        max(
            [dots]
            + [
                stringWidth(upper(line), style.fontName, style.fontSize)
                for line in (*s.on_behalf.split("\n"), s.title)
                if line
            ]
        )
        + 4 * mm
        for s in signers
    ]
    table = Table(
        [[s.flowables(space=space, small=small) for s in signers]],
        colWidths=[width * n / sum(needs) for n in needs],
    )
    table.setStyle(_bare_style())
    return [KeepTogether([Spacer(1, space_before), table])]


def _bare_style() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("FONT", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
