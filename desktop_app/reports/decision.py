"""The decision (quyết định) recognising a village Front committee or the people's inspection
board, or setting up a community investment supervision board, with its roster as annex.

The number comes from the outgoing-documents register unless the body already records the
decision that recognised it (then that number and date are reprinted).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, para, upper
from desktop_app.reports.numbering import SYMBOL_TAIL, Issued, issue, padded
from desktop_app.reports.office import Office, office_of, village_label
from desktop_app.reports.page import PORTRAIT, build_pdf, new_form, switch_orientation, text_width
from desktop_app.reports.roster import body_title, members_for_print, require_body, roster_section

if TYPE_CHECKING:
    from desktop_app.store.db import Store

CHARTER = "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;"
DEMOCRACY_LAW = "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;"
DECREE_59 = (
    "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết "
    "một số điều của Luật Thực hiện dân chủ ở cơ sở;"
)
DECREE_29 = (
    "Căn cứ Nghị định số 29/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ quy định về trình tự, "
    "thủ tục thẩm định dự án quan trọng quốc gia và giám sát, đánh giá đầu tư;"
)
EFFECT = "Quyết định có hiệu lực kể từ ngày ký."
KINDS = ("village_committee", "inspection_board", "supervision_board")


@dataclass(frozen=True)
class Wording:
    """What a decision says for one kind of body."""

    subject: str  # trích yếu, after "Về việc"
    bases: tuple[str, ...]
    article1: str
    article2: str
    article3: str


def _people_line(members: Sequence[dict], kind: str) -> str:
    """'bà Vi Minh Hạnh làm Trưởng ban; ông Lý Văn Chiến làm Phó trưởng ban'."""
    labels = enums.FRONT_ROLES if kind == "front_committee" else enums.ROLES
    parts = []
    for member in members:
        if member.get("role") in ("head", "deputy"):
            title = "bà" if member.get("sex") == "female" else "ông"
            parts.append(f"{title} {clean(member.get('full_name'))} làm {labels[member['role']]}")
    return "; ".join(parts)


def wording(office: Office, body: dict, members: Sequence[dict], village: dict | None) -> Wording:
    kind = body["kind"]
    name = clean(body.get("name"))
    title = body_title(body)
    count = f"gồm {len(members)} ông (bà) có tên trong danh sách kèm theo"
    leaders = _people_line(members, kind)
    if leaders:
        count += f"; trong đó {leaders}"
    carry_out = f"{EFFECT} Bộ phận giúp việc Ban Thường trực {office.front}, {name} và các ông (bà) có tên tại Điều 1 căn cứ Quyết định thi hành./."
    if kind == "village_committee":
        place = village_label(village) or name
        return Wording(
            subject=f"Về việc công nhận {title}",
            bases=(
                CHARTER,
                DEMOCRACY_LAW,
                f"Căn cứ kết quả hội nghị khu dân cư {place} bầu Ban công tác Mặt trận;",
            ),
            article1=f"Công nhận {title}, {count}.",
            article2=(
                f"{name} có trách nhiệm tập hợp, đoàn kết nhân dân ở khu dân cư, tổ chức thực hiện các "
                "cuộc vận động, phong trào thi đua và thực hiện nhiệm vụ theo quy định của Điều lệ Mặt "
                f"trận Tổ quốc Việt Nam, dưới sự hướng dẫn của Ban Thường trực {office.front}."
            ),
            article3=carry_out,
        )
    if kind == "inspection_board":
        return Wording(
            subject=f"Về việc công nhận {title}",
            bases=(
                CHARTER,
                DEMOCRACY_LAW,
                DECREE_59,
                f"Căn cứ kết quả bầu thành viên Ban thanh tra nhân dân tại hội nghị các khu dân cư {office.unit};",
            ),
            article1=f"Công nhận {title}, {count}.",
            article2=(
                f"{name} có nhiệm vụ, quyền hạn theo quy định của Luật Thực hiện dân chủ ở cơ sở và "
                "Nghị định số 59/2023/NĐ-CP; hoạt động dưới sự hướng dẫn, chỉ đạo của Ban Thường trực "
                f"{office.front}."
            ),
            article3=carry_out,
        )
    if kind == "supervision_board":
        project = clean(body.get("project_name")) or name
        return Wording(
            subject=f"Về việc thành lập Ban giám sát đầu tư của cộng đồng công trình {project}",
            bases=(CHARTER, DEMOCRACY_LAW, DECREE_29),
            article1=f"Thành lập Ban giám sát đầu tư của cộng đồng công trình {project}, {count}.",
            article2=(
                "Ban giám sát đầu tư của cộng đồng có nhiệm vụ giám sát việc thực hiện đầu tư công trình "
                "theo quy định của pháp luật, báo cáo kết quả giám sát với Ban Thường trực "
                f"{office.front}; Ban tự giải thể khi công trình hoàn thành, bàn giao đưa vào sử dụng."
            ),
            article3=carry_out,
        )
    raise UserError(
        "Quyết định công nhận Ủy ban MTTQ Việt Nam xã do cấp trên ban hành. Chương trình in quyết định "
        "cho Ban công tác Mặt trận, Ban thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng."
    )


def _article(number: int, text: str) -> Paragraph:
    return Paragraph(f"<b>Điều {number}.</b> {para(text)}", styles.ARTICLE)


def decision_story(
    office: Office, body: dict, members: Sequence[dict], village: dict | None, issued: Issued
) -> list[Flowable]:
    words = wording(office, body, members, village)
    width = text_width()
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=issued.number_line,
        place_date=header.place_date_line(office.place, issued.on),
    )
    story += header.title_block("Quyết định", [words.subject])
    story.append(Paragraph(para(upper(office.standing)), styles.ISSUER_TITLE))
    story.append(Paragraph("", styles.BODY_PLAIN))
    story += [Paragraph(para(line), styles.BODY_ITALIC) for line in words.bases]
    story.append(Paragraph("QUYẾT ĐỊNH:", styles.ISSUER_TITLE))
    story.append(Paragraph("", styles.BODY_PLAIN))
    story += [_article(1, words.article1), _article(2, words.article2)]
    story += closing(
        office.signer,
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
    reference = (
        f"(Kèm theo Quyết định số {issued.symbol} ngày {when} của {office.standing})"
        if issued.symbol
        else f"(Kèm theo Quyết định số ....../{SYMBOL_TAIL['QD']} của {office.standing})"
    )
    story += switch_orientation(PORTRAIT)
    story += roster_section(office, body, members, width, reference=reference)
    return story


def print_decision(
    store: Store, body_id: str, out: str | os.PathLike[str], *, reserve_number: bool = True
) -> Path:
    """The decision for a body with its roster annexed. Its number is the one the body records,
    else the one reserved for it in the outgoing-documents register at its first printing."""
    office = office_of(store)
    body = require_body(store, body_id)
    if body["kind"] not in KINDS:
        raise UserError(
            "Quyết định công nhận Ủy ban MTTQ Việt Nam xã do cấp trên ban hành. Chương trình in quyết định "
            "cho Ban công tác Mặt trận, Ban thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng."
        )
    members = members_for_print(store, body)
    if not members:
        raise UserError(
            f"{body_title(body)} chưa có thành viên nào. Hãy thêm thành viên của ban trước khi in quyết định."
        )
    village = store.villages.get(body["village_id"]) if body.get("village_id") else None
    subject = wording(office, body, members, village).subject
    recorded = clean(body.get("decision_number"))
    if recorded:
        on = (
            date.fromisoformat(body["decision_date"][:10])
            if body.get("decision_date")
            else office.today
        )
        symbol = padded(f"{recorded}/{SYMBOL_TAIL['QD']}" if recorded.isdigit() else recorded)
        issued = Issued(symbol, on, "QD")
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
    story = decision_story(office, body, members, village, issued)
    return build_pdf(out, story, title=f"Quyết định {subject}", author=office.front)
