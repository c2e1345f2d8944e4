"""The decision (quyết định) recognising a village Front committee or the people's inspection
board, or setting up a community investment supervision board, with its roster as annex.

Its legal bases and fixed clauses are data (reports/legal_bases.py: resources/data/
legal_bases.json, overridden by the office's forms/legal_bases.json). The inspection board is
recognised by the standing committee's decision or, as a setting, by a resolution of the Front
committee's conference (then issued by the committee, numbered by hand, "QUYẾT NGHỊ:").

The number comes from the outgoing-documents register unless the body already records the
decision that recognised it (then that number and date are reprinted).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import Signer, closing
from desktop_app.reports.legal_bases import DocumentText, document_text
from desktop_app.reports.markup import clean, para, upper
from desktop_app.reports.numbering import SYMBOL_TAIL, Issued, issue, padded
from desktop_app.reports.office import Office, office_of, village_label
from desktop_app.reports.page import (
    PORTRAIT,
    FormStart,
    build_pdf,
    new_form,
    switch_orientation,
    text_width,
)
from desktop_app.reports.roster import body_title, members_for_print, require_body, roster_section

if TYPE_CHECKING:
    from desktop_app.store.db import Store

KINDS = ("village_committee", "inspection_board", "supervision_board")
NOT_OURS = (
    "Quyết định công nhận Ủy ban MTTQ Việt Nam xã do cấp trên ban hành. Chương trình in quyết định "
    "cho Ban công tác Mặt trận, Ban thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng."
)


@dataclass(frozen=True)
class Wording:
    """What a decision (or resolution) says for one kind of body."""

    title: str  # "Quyết định" / "Nghị quyết"
    subject: str  # trích yếu, after "Về việc"
    bases: tuple[str, ...]
    article1: str
    article2: str
    article3: str
    resolution: bool = False  # a resolution of the Front committee's conference


def _people_line(members: Sequence[dict], kind: str) -> str:
    """'bà Vi Minh Hạnh làm Trưởng ban; ông Lý Văn Chiến làm Phó trưởng ban'."""
    labels = enums.FRONT_ROLES if kind == "front_committee" else enums.ROLES
    parts = []
    for member in members:
        if member.get("role") in ("head", "deputy"):
            title = "bà" if member.get("sex") == "female" else "ông"
            parts.append(f"{title} {clean(member.get('full_name'))} làm {labels[member['role']]}")
    return "; ".join(parts)


def doc_type_of(store: Store, body: dict) -> str:
    """The entry of legal_bases.json for this body: the inspection board's depends on who
    recognises it (setting `inspection_recognition`)."""
    kind = body["kind"]
    if kind not in KINDS:
        raise UserError(NOT_OURS)
    if (
        kind == "inspection_board"
        and store.settings("inspection_recognition") == "committee_resolution"
    ):
        return "inspection_board_resolution"
    return kind


def wording(
    office: Office,
    body: dict,
    members: Sequence[dict],
    village: dict | None,
    text: DocumentText,
    on: date,
) -> Wording:
    """The decision's words from the legal-bases data, filled for this body, in force on `on`."""
    count = f"gồm {len(members)} ông (bà) có tên trong danh sách kèm theo"
    leaders = _people_line(members, body["kind"])
    if leaders:
        count += f"; trong đó {leaders}"
    name = clean(body.get("name"))
    values = {
        "unit": office.unit,
        "front": office.front,
        "standing": office.standing,
        "name": name,
        "title": body_title(body),
        "village": village_label(village) or name,
        "project": clean(body.get("project_name")) or name,
        "count": count,
    }
    return Wording(
        title=text.clause("title", values),
        subject=text.clause("subject", values),
        bases=tuple(text.bases_on(on, values)),
        article1=text.clause("article1", values),
        article2=text.clause("article2", values),
        article3=text.clause("article3", values),
        resolution=text.doc_type.endswith("_resolution"),
    )


def _article(number: int, text: str) -> Paragraph:
    return Paragraph(f"<b>Điều {number}.</b> {para(text)}", styles.ARTICLE)


def decision_story(
    office: Office,
    body: dict,
    members: Sequence[dict],
    issued: Issued,
    words: Wording,
    *,
    upper_name: str = "",
) -> list[Flowable]:
    width = text_width()
    story = new_form(first=True)
    if words.resolution:
        # Issued by the Front committee itself: its superior body upright above it, in bold.
        story += header.front_header(
            upper_line=upper_name or header.FRONT,
            unit_line="",
            issuer=office.front,
            width=width,
            number_line=issued.number_line,
            place_date=header.place_date_line(office.place, issued.on),
        )
        issuer = office.front
        signer = Signer(office.signer.title, office.signer.name, f"TM. {office.front}")
        closing_word = "QUYẾT NGHỊ:"
    else:
        story += header.front_header(
            unit_line=office.unit,
            width=width,
            number_line=issued.number_line,
            place_date=header.place_date_line(office.place, issued.on),
        )
        issuer = office.standing
        signer = office.signer
        closing_word = "QUYẾT ĐỊNH:"
    story += header.title_block(words.title, [words.subject])
    story.append(Paragraph(para(upper(issuer)), styles.ISSUER_TITLE))
    story.append(Paragraph("", styles.BODY_PLAIN))
    story += [Paragraph(para(line), styles.BODY_ITALIC) for line in words.bases]
    story.append(Paragraph(closing_word, styles.ISSUER_TITLE))
    story.append(Paragraph("", styles.BODY_PLAIN))
    story += [_article(1, words.article1), _article(2, words.article2)]
    story += closing(
        signer,
        width=width,
        keep_with=[_article(3, words.article3)],
        recipients=[
            "Như Điều 3",
            f"Đảng ủy {office.unit} (b/c)",
            f"Ủy ban nhân dân {office.unit} (p/h)",
            "Lưu: VT",
        ],
    )
    when = issued.on.strftime("%d/%m/%Y")
    kind_word = words.title[:1].upper() + words.title[1:].lower()
    by = office.front if words.resolution else office.standing
    reference = (
        f"(Kèm theo {kind_word} số {issued.symbol} ngày {when} của {by})"
        if issued.symbol
        else f"(Kèm theo {kind_word} số ....../{SYMBOL_TAIL[issued.doc_type]} của {by})"
    )
    story += switch_orientation(PORTRAIT)
    story.append(FormStart())  # the annex numbers its own pages
    story += roster_section(office, body, members, width, reference=reference)
    return story


def print_decision(
    store: Store, body_id: str, out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    """The decision for a body with its roster annexed. Its number is the one the body records,
    else the one reserved for it in the outgoing-documents register at its first printing."""
    office = office_of(store)
    body = require_body(store, body_id)
    text = document_text(store, doc_type_of(store, body))
    members = members_for_print(store, body)
    if not members:
        raise UserError(
            f"{body_title(body)} chưa có thành viên nào. Hãy thêm thành viên của ban trước khi in quyết định."
        )
    village = store.villages.get(body["village_id"]) if body.get("village_id") else None
    subject = wording(office, body, members, village, text, office.today).subject
    recorded = clean(body.get("decision_number"))
    resolution = text.doc_type.endswith("_resolution")
    if recorded:
        on = (
            date.fromisoformat(body["decision_date"][:10])
            if body.get("decision_date")
            else office.today
        )
        doc_type = "NQ" if resolution else "QD"
        symbol = padded(f"{recorded}/{SYMBOL_TAIL[doc_type]}" if recorded.isdigit() else recorded)
        issued = Issued(symbol, on, doc_type)
    elif resolution:
        # A resolution of the committee's conference is numbered by hand (not the BTT register).
        issued = Issued(None, office.today, "NQ")
    else:
        issued = issue(
            store,
            "QD",
            f"decision:{body['id']}",
            subject,
            on=office.today,
            signer=office.signer.name,
            reserve=reserve_number,
        )
    words = wording(office, body, members, village, text, issued.on)
    upper_name = clean((store.office() or {}).get("upper_name"))
    story = decision_story(office, body, members, issued, words, upper_name=upper_name)
    return build_pdf(out, story, title=f"{words.title} {subject}", author=office.front)


def _names(members: Sequence[dict], most: int = 3) -> str:
    names = [clean(m.get("full_name")) for m in members]
    shown = ", ".join(names[:most])
    return f"{shown} và {len(names) - most} người khác" if len(names) > most else shown


def decision_gaps(store: Store, body: dict) -> list[str]:
    """What the decision and its annexed roster would print as a dotted blank, an empty cell or a
    guessed date (checked before a number is taken): the signer's title, the decision's date, the
    term, and each member's start date, birth year, ethnicity, branch or village, and the date of
    the kiện toàn decision a member joined by."""
    from desktop_app.core.dates import display

    gaps: list[str] = []
    if not clean(store.settings("signer_title")):
        gaps.append("Chưa có chức danh người ký (CHỦ TỊCH…): ghi ở trang Cài đặt, mục Người ký.")
    if clean(body.get("decision_number")) and not body.get("decision_date"):
        gaps.append(
            f"Ban ghi quyết định số {clean(body['decision_number'])} nhưng chưa có ngày ký: bản in "
            "sẽ mang ngày hôm nay. Sửa ban để ghi ngày quyết định."
        )
    kind = body.get("kind")
    if kind in ("village_committee", "inspection_board"):
        if not clean(body.get("term_label")):
            gaps.append(
                "Ban chưa ghi nhiệm kỳ (ví dụ 2024–2029): tiêu đề danh sách kèm theo sẽ thiếu "
                "nhiệm kỳ. Sửa ban để ghi."
            )
        if not body.get("term_end"):
            gaps.append("Ban chưa có ngày cuối nhiệm kỳ (sửa ban để ghi).")
    elif kind == "supervision_board" and not body.get("term_start"):
        gaps.append("Ban giám sát chưa có ngày bắt đầu (sửa ban để ghi).")
    members = members_for_print(store, body)
    checks: list[tuple[str, Callable[[dict], bool]]] = [
        ("chưa có ngày bắt đầu tham gia ban", lambda m: not m.get("start_date")),
        (
            "chưa có năm sinh hoặc giới tính (cột năm sinh Nam/Nữ sẽ trống)",
            lambda m: not clean(m.get("birth_date")) or m.get("sex") not in ("male", "female"),
        ),
        ("chưa có dân tộc", lambda m: not m.get("ethnicity_code")),
    ]
    if kind != "inspection_board":
        checks.append(("chưa ghi đại diện cho giới, đoàn thể nào", lambda m: not m.get("branch")))
    if kind in ("inspection_board", "supervision_board"):
        checks.append(("chưa có khu dân cư", lambda m: not clean(m.get("village_name"))))
    checks.append(
        (
            "vào ban theo quyết định kiện toàn chưa có ngày ký",
            lambda m: bool(clean(m.get("decision_number"))) and not m.get("decision_date"),
        )
    )
    for what, missing in checks:
        lacking = [m for m in members if missing(m)]
        if lacking:
            gaps.append(f"Thành viên {what}: {_names(lacking)}.")
    late = [
        m
        for m in members
        if m.get("start_date") and body.get("term_end") and m["start_date"] > body["term_end"]
    ]
    if late:
        gaps.append(
            f"Thành viên vào ban sau ngày cuối nhiệm kỳ ({display(body['term_end'])}): "
            f"{_names(late)}."
        )
    return gaps
