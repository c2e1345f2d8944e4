"""The Regulation-213 comment form (phiếu nhận xét) of a party member at their residence.

Party layout (Hướng dẫn 36-HD/VPTW): the commune party committee over the party cell with an
asterisk, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined. The criteria, their levels and the signatures
come from the versioned form data (store.refdata), so a new form is a new data file.
Filled from the comment's ratings, or blank with empty tick boxes for the meeting.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.reports import header, styles
from desktop_app.reports.closing import Signer, signatures_row
from desktop_app.reports.fonts import BOLD, REGULAR
from desktop_app.reports.markup import DOTS, clean, para
from desktop_app.reports.office import Office, village_label
from desktop_app.reports.page import text_width
from desktop_app.store.refdata import CommentForm, Scale

BOX = 3.6 * mm
STT_WIDTH = 10 * mm
TOPIC_SHARE = 0.46
CELL = ParagraphStyle("form_cell", parent=styles.CELL, fontSize=11, leading=13)
CELL_HEAD = ParagraphStyle("form_head", parent=styles.CELL_HEAD, fontSize=11, leading=13)
CELL_CENTER = ParagraphStyle("form_center", parent=styles.CELL_CENTER, fontSize=11, leading=13)
SIGN_SPACE = 15 * mm


class LevelCell(Flowable):
    """One level of a criterion: a square to tick by hand, then its label. A ticked square
    carries a bold X, which reads back from the PDF as text. The label's wrap is cached:
    the enclosing table asks for it several times."""

    GAP = 2 * mm

    def __init__(self, label: str, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked
        self.label = Paragraph(para(label), CELL)
        self._wrapped: tuple[float, float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != available_width:
            _, height = self.label.wrap(available_width - BOX - self.GAP, available_height)
            self._wrapped = (available_width, height, max(height, BOX + 2))
        self.width, self.height = available_width, self._wrapped[2]
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        canvas.setLineWidth(0.6)
        canvas.rect(0, top - BOX - 2, BOX, BOX)
        if self.ticked:
            canvas.setFont(BOLD, 10)
            canvas.drawCentredString(BOX / 2, top - BOX - 2 + BOX * 0.17, "X")
        self.label.drawOn(canvas, BOX + self.GAP, top - self._wrapped[1])


def ratings_table(
    form: CommentForm, ratings: dict[str, str], recommendation: str | None, width: float
) -> Table:
    """One row per criterion (and the recommendation), its levels each with a tick box."""
    scales: list[tuple[str, Scale, str | None]] = [
        (str(n), c, ratings.get(c.code)) for n, c in enumerate(form.criteria, start=1)
    ]
    scales.append(("", form.recommendation, recommendation))
    levels = max(len(s.levels) for _, s, _ in scales)
    topic = (width - STT_WIDTH) * TOPIC_SHARE
    level_width = (width - STT_WIDTH - topic) / levels
    head = [
        Paragraph("STT", CELL_HEAD),
        Paragraph("Nội dung nhận xét", CELL_HEAD),
        Paragraph("Mức nhận xét (đánh dấu X vào một ô)", CELL_HEAD),
    ] + [""] * (levels - 1)
    rows: list[list] = [head]
    for number, scale, chosen in scales:
        title = para(scale.title)
        row: list = [
            Paragraph(number, CELL_CENTER),
            Paragraph(f"<b>{title}</b>" if not number else title, CELL),
        ]
        row += [LevelCell(level.label, level.code == chosen) for level in scale.levels]
        row += [""] * (levels - len(scale.levels))
        rows.append(row)
    table = Table(
        rows,
        colWidths=[STT_WIDTH, topic] + [level_width] * levels,
        repeatRows=1,
        splitInRow=0,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (2, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _field(label: str, value: object) -> Paragraph:
    shown = para(value) or DOTS
    return Paragraph(f"{para(label)}: {shown}", styles.FIELD)


def _dotted_lines(count: int, width: float) -> list[Flowable]:
    return [
        HRFlowable(
            width=width,
            thickness=0.5,
            dash=[1, 2.5],
            color=colors.black,
            spaceBefore=6 * mm,
            spaceAfter=0,
        )
        for _ in range(count)
    ]


def _signer(lines: Sequence[str], name: str) -> Signer:
    return Signer(title=lines[-1], on_behalf="\n".join(lines[:-1]), name=name)


def form_story(
    office: Office,
    form: CommentForm,
    *,
    year: int,
    person: dict,
    resident: dict,
    village: dict | None,
    evaluation: dict | None,
    blank: bool,
    known_signers: dict[str, str] | None = None,
) -> list[Flowable]:
    """One member's form. `evaluation` None or `blank` gives empty boxes and lines to fill.

    `known_signers` names the village party cell's secretary ("party_cell") and the head of the
    Ban công tác Mặt trận ("front_committee") where the register knows them: a filled form prints
    the names its comment records, else these, else a blank line to sign over.
    """
    width = text_width()
    filled = bool(evaluation) and not blank and evaluation.get("state") != "requested"
    meeting = evaluation.get("meeting_date") if filled else None
    when = date.fromisoformat(meeting[:10]) if meeting and len(meeting) >= 10 else None
    cell = clean(resident.get("party_cell")) or f"Chi bộ {village_label(village)}".strip()
    story = header.party_header(
        upper_line=office.party,
        issuer=cell,
        width=width,
        number_line=None,
        place_date=header.place_date_line(office.place, when, year=year),
        space_after=4 * mm,
    )
    purpose = (evaluation or {}).get("purpose")
    needed = (
        f"Nhận xét khi cần: {enums.label(enums.COMMENT_PURPOSES, purpose).lower()}"
        if purpose
        else ""
    )
    story += header.title_block(form.title, [needed or f"Năm {year}"], space_after=4 * mm)
    sex = enums.label(enums.SEXES, person.get("sex"))
    story += [
        _field("Họ và tên đảng viên", person.get("full_name")),
        Paragraph(
            f"Giới tính: {para(sex) or DOTS}; năm sinh: {para(clean(person.get('birth_date'))[:4]) or DOTS}; "
            f"ngày vào Đảng: {para(display(person.get('party_admission_date'))) or DOTS}",
            styles.FIELD,
        ),
        _field("Nơi công tác", resident.get("workplace")),
        _field("Tổ chức đảng nơi công tác", resident.get("workplace_party_org")),
        _field("Nơi cư trú", ", ".join(p for p in (village_label(village), office.unit) if p)),
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            para(
                f"{cell} phối hợp với Ban công tác Mặt trận {village_label(village) or 'khu dân cư'} "
                + (
                    f"nhận xét đảng viên ({needed[0].lower()}{needed[1:]}) như sau:"
                    if needed
                    else f"nhận xét đảng viên năm {year} như sau:"
                )
            ),
            styles.BODY,
        )
    )
    ratings: dict[str, str] = {}
    if filled and evaluation.get("ratings"):
        ratings = json.loads(evaluation["ratings"])
    recommendation = evaluation.get("recommendation") if filled else None
    story.append(ratings_table(form, ratings, recommendation, width))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(f"<b>{para(form.free_comment_title)}:</b>", styles.BODY_PLAIN))
    comments = clean(evaluation.get("comments")) if filled else ""
    if comments:
        story.append(Paragraph(para(comments), styles.BODY))
    else:
        story += _dotted_lines(2 if filled else 3, width)
    if filled and evaluation.get("changed_after_confirmation"):
        story.append(
            Paragraph(
                para(
                    f"(Phiếu sửa lần {evaluation.get('version') or 2}, sau khi Đảng ủy đã xác nhận.)"
                ),
                styles.BODY_ITALIC,
            )
        )
    known = known_signers or {}
    names = {
        "party_cell": (clean(evaluation.get("cell_signer")) or known.get("party_cell", ""))
        if filled
        else "",
        "front_committee": (
            clean(evaluation.get("front_signer")) or known.get("front_committee", "")
        )
        if filled
        else "",
    }
    signers = [_signer(s.lines, names.get(s.code, "")) for s in form.signatures]
    # Up to three blocks share one line (party cell, Front committee, commune confirmation).
    for start in range(0, len(signers), 3):
        story += signatures_row(
            signers[start : start + 3], width=width, space=SIGN_SPACE, small=len(signers) > 2
        )
    return story
