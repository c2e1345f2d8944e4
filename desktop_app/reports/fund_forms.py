"""A fund's papers: the period report for the upper level, the lists posted at the village hall and
the commune office, and the receipt or payment voucher with its amount in words."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.core import funds as fund_rules
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.core.money import amount_in_words
from desktop_app.reports import header, styles
from desktop_app.reports.closing import closing
from desktop_app.reports.markup import clean, number, or_dots, para, upper
from desktop_app.reports.numbering import issue
from desktop_app.reports.office import Office, office_of
from desktop_app.reports.page import LANDSCAPE, PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, grid_table

if TYPE_CHECKING:
    from desktop_app.store.db import Store
    from desktop_app.store.funds import FundPeriod


def _period_line(start: str, end: str) -> str:
    return f"(Từ ngày {display(start)} đến ngày {display(end)})"


def _check_period(start: str, end: str) -> None:
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except (TypeError, ValueError):
        raise UserError(
            "Ngày đầu kỳ và cuối kỳ ghi theo dạng năm-tháng-ngày, ví dụ 2026-01-01."
        ) from None
    if last < first:
        raise UserError("Ngày cuối kỳ phải sau ngày đầu kỳ.")


def _header(office: Office, width: float, number_line: str | None) -> list:
    return header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=number_line,
        place_date=header.place_date_line(office.place, office.today),
    )


REPORT_COLUMNS = [
    Column("STT", 0.8, "center"),
    Column("Nội dung", 6.0),
    Column("Số phiếu", 1.4, "center"),
    Column("Số tiền (đồng)", 2.4, "right"),
]


def report_rows(period: FundPeriod) -> tuple[list, list[int]]:
    """The report's table and which of its rows are totals."""
    rows: list = [
        ["I", "Số dư đầu kỳ", "", number(period.opening)],
        ["II", "Tổng thu trong kỳ", number(period.receipts), number(period.received)],
    ]
    if period.in_kind_value:
        rows.append(
            [
                "",
                "Hiện vật ủng hộ (quy ra tiền, không tính vào số dư)",
                "",
                number(period.in_kind_value),
            ]
        )
    rows.append(
        [
            "III",
            "Tổng chi trong kỳ",
            number(sum(c for c, _ in period.spent_by_purpose.values())),
            number(period.spent),
        ]
    )
    for position, (purpose, (count, amount)) in enumerate(period.spent_by_purpose.items(), start=1):
        rows.append(
            [
                f"{position}",
                fund_rules.PURPOSES.get(purpose, purpose),
                number(count),
                number(amount),
            ]
        )
    rows.append(["IV", "Số dư cuối kỳ (I + II − III)", "", number(period.closing)])
    bold = [i for i, row in enumerate(rows) if row[0] in ("I", "II", "III", "IV")]
    return rows, bold


def print_fund_report(
    store: Store,
    fund_key: str,
    start: str,
    end: str,
    out: str | os.PathLike[str],
    *,
    reserve_number: bool = True,
) -> Path:
    """BÁO CÁO thu, chi của một quỹ trong kỳ: số dư đầu kỳ, thu, chi theo nội dung, số dư cuối kỳ."""
    _check_period(start, end)
    office = office_of(store)
    fund = store.funds.require_key(fund_key)
    period = store.fund_entries.period(fund["id"], start, end)
    subject = f"Kết quả thu, chi {fund['name']} {_period_line(start, end)[1:-1].lower()}"
    issued = issue(
        store,
        "BC",
        f"fund-report:{fund['id']}:{start}:{end}",
        subject,
        on=office.today,
        signer=office.signer.name,
        reserve=reserve_number,
    )
    width = text_width()
    story = new_form(first=True)
    story += _header(office, width, issued.number_line)
    story += header.title_block(
        "Báo cáo", [f"Kết quả thu, chi {fund['name']}"], italic_lines=[_period_line(start, end)]
    )
    rows, bold = report_rows(period)
    story.append(grid_table(REPORT_COLUMNS, rows, width=width, bold_rows=bold))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            para(f"Số dư cuối kỳ bằng chữ: {amount_in_words(max(period.closing, 0))}."),
            styles.BODY_ITALIC,
        )
    )
    story += closing(
        office.signer,
        width=width,
        recipients=[
            f"Ban Thường trực {store.office().get('upper_name') or 'cấp trên'} (b/c)",
            f"Đảng ủy {office.unit} (b/c)",
            "Lưu: VT",
        ],
    )
    return build_pdf(out, story, title=f"Báo cáo {fund['name']}", author=office.front)


GIVER_COLUMNS = [
    Column("STT", 0.8, "center"),
    Column("Ngày", 1.6, "center"),
    Column("Số phiếu", 1.2, "center"),
    Column("Cá nhân, tập thể ủng hộ", 5.0),
    Column("Khu dân cư", 2.4),
    Column("Tiền (đồng)", 2.0, "right"),
    Column("Hiện vật", 2.8),
]
SUPPORTED_COLUMNS = [
    Column("STT", 0.8, "center"),
    Column("Ngày", 1.6, "center"),
    Column("Số phiếu", 1.2, "center"),
    Column("Người, hộ được hỗ trợ", 4.2),
    Column("Khu dân cư", 2.4),
    Column("Nội dung", 3.2),
    Column("Số tiền (đồng)", 2.0, "right"),
    Column("Quyết định", 2.4),
]


def _in_kind(row: dict) -> str:
    if not row.get("in_kind"):
        return ""
    value = f" (trị giá {number(row['in_kind_value'])} đ)" if row.get("in_kind_value") else ""
    return f"{clean(row['in_kind'])}{value}"


def public_list_story(
    office: Office, fund: dict, start: str, end: str, receipts: list[dict], payments: list[dict]
) -> list:
    width = text_width(LANDSCAPE)
    story = new_form(LANDSCAPE, first=True)
    story += _header(office, width, None)
    story += header.title_block(
        "Danh sách công khai", [f"Thu, chi {fund['name']}"], italic_lines=[_period_line(start, end)]
    )
    story.append(Paragraph("<b>I. Danh sách cá nhân, tập thể ủng hộ</b>", styles.BODY_PLAIN))
    giver_rows: list = [
        [
            n,
            display(r["entry_date"]),
            r["number"],
            r["party"],
            r["village_name"],
            number(r["amount"]) if r["amount"] else "",
            _in_kind(r),
        ]
        for n, r in enumerate(receipts, start=1)
    ]
    total_in = sum(r["amount"] for r in receipts)
    if receipts:
        giver_rows.append(
            [
                "",
                "",
                "",
                "Cộng",
                "",
                number(total_in),
                number(sum(r["in_kind_value"] or 0 for r in receipts)) + " đ"
                if any(r["in_kind_value"] for r in receipts)
                else "",
            ]
        )
    story.append(
        grid_table(
            GIVER_COLUMNS,
            giver_rows,
            width=width,
            font_size=11,
            bold_rows=[len(giver_rows) - 1] if receipts else [],
            empty_text="Không có khoản thu nào trong kỳ.",
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("<b>II. Danh sách người, hộ được hỗ trợ</b>", styles.BODY_PLAIN))
    order = list(fund_rules.PURPOSES)
    rows: list = []
    for position, r in enumerate(
        sorted(payments, key=lambda r: (order.index(r["purpose"]), r["entry_date"])), start=1
    ):
        progress = fund_rules.HOUSE_PROGRESS.get(r.get("house_progress") or "", "")
        what = fund_rules.PURPOSES[r["purpose"]] + (f" ({progress.lower()})" if progress else "")
        rows.append(
            [
                position,
                display(r["entry_date"]),
                r["number"],
                r["party"],
                r["village_name"],
                what,
                number(r["amount"]),
                clean(r["decision_number"]),
            ]
        )
    total_out = sum(r["amount"] for r in payments)
    if payments:
        rows.append(["", "", "", "Cộng", "", "", number(total_out), ""])
    story.append(
        grid_table(
            SUPPORTED_COLUMNS,
            rows,
            width=width,
            font_size=11,
            bold_rows=[len(rows) - 1] if payments else [],
            empty_text="Không có khoản chi nào trong kỳ.",
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            para(
                f"Tổng thu: {number(total_in)} đồng; tổng chi: {number(total_out)} đồng. Danh sách được niêm yết "
                f"công khai tại trụ sở {office.front} và nhà văn hóa các khu dân cư; mọi ý kiến xin gửi về Ban "
                f"Thường trực {office.front}."
            ),
            styles.BODY_ITALIC,
        )
    )
    story += closing(office.signer, width=width)
    return story


def print_fund_public_list(
    store: Store, fund_key: str, start: str, end: str, out: str | os.PathLike[str]
) -> Path:
    """The givers and the households supported in the period, for posting (niêm yết công khai)."""
    _check_period(start, end)
    office = office_of(store)
    fund = store.funds.require_key(fund_key)
    rows = store.fund_entries.query(fund_id=fund["id"], start=start, end=end)
    story = public_list_story(
        office,
        fund,
        start,
        end,
        [r for r in rows if r["direction"] == "receipt"],
        [r for r in rows if r["direction"] == "payment"],
    )
    return build_pdf(
        out,
        story,
        orientation=LANDSCAPE,
        title=f"Danh sách công khai {fund['name']}",
        author=office.front,
    )


def _field(label: str, value: str) -> Paragraph:
    return Paragraph(f"{para(label)}: {or_dots(value)}", styles.FIELD)


def _voucher_signatures(office: Office, receipt: bool, width: float) -> list:
    """Who hands the money over and the treasurer sign by hand (no name printed, no dots); the
    standing committee signs with its name, as on every paper of the office."""
    hands = []
    for title in ("Người nộp tiền" if receipt else "Người nhận tiền", "Thủ quỹ"):
        hands.append(
            [
                Paragraph(para(upper(title)), styles.SIGN_TITLE_SMALL),
                Paragraph("(Ký, ghi rõ họ tên)", styles.SIGN_NOTE),
            ]
        )
    table = Table(
        [[*hands, office.signer.flowables(small=True)]],
        colWidths=[width * 0.27, width * 0.27, width * 0.46],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def print_fund_voucher(store: Store, entry_id: str, out: str | os.PathLike[str]) -> Path:
    """PHIẾU THU or PHIẾU CHI for one ledger entry, with the amount in words."""
    office = office_of(store)
    entry = store.fund_entries.detail(entry_id)
    if entry is None:
        raise UserError(f"Không tìm thấy phiếu thu, chi (mã {entry_id}).")
    receipt = entry["direction"] == "receipt"
    width = text_width()
    story = new_form(first=True)
    story += header.front_header(
        unit_line=office.unit,
        width=width,
        number_line=f"Quyển số: {entry['year']}",
        place_date=None,
    )
    story += header.title_block(
        "Phiếu thu" if receipt else "Phiếu chi",
        [entry["fund_name"]],
        italic_lines=[
            f"Ngày {display(entry['entry_date'])} — Số: {entry['number']:03d}"
            + (" (ĐÃ HỦY)" if entry["deleted_at"] else "")
        ],
    )
    who = "Họ và tên người nộp" if receipt else "Họ và tên người nhận"
    story.append(_field(who, clean(entry["party"])))
    story.append(_field("Khu dân cư", clean(entry["village_name"])))
    if receipt:
        story.append(_field("Lý do nộp", f"Ủng hộ {entry['fund_name']}"))
    else:
        story.append(_field("Lý do chi", fund_rules.PURPOSES.get(entry["purpose"], "")))
        story.append(
            _field(
                "Theo quyết định số",
                f"{clean(entry['decision_number'])}"
                + (
                    f" ngày {display(entry['decision_date'])}" if entry.get("decision_date") else ""
                ),
            )
        )
    story.append(_field("Số tiền", f"{number(entry['amount'])} đồng"))
    story.append(_field("Bằng chữ", amount_in_words(entry["amount"])))
    if entry.get("in_kind"):
        story.append(_field("Hiện vật", _in_kind(entry)))
    if entry.get("notes"):
        story.append(_field("Ghi chú", clean(entry["notes"])))
    story += _voucher_signatures(office, receipt, width)
    title = f"{'Phiếu thu' if receipt else 'Phiếu chi'} số {entry['number']} năm {entry['year']}"
    return build_pdf(out, story, orientation=PORTRAIT, title=title, author=office.front)
