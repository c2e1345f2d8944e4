"""The recovery sheet (Phiếu khóa khôi phục) kept in the chairman's safe, and the printed audit
trail (Nhật ký thay đổi dữ liệu), both on the Decree-30 template."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop_app.core import enums
from desktop_app.reports import header, styles
from desktop_app.reports.closing import Signer, closing
from desktop_app.reports.markup import clean, para
from desktop_app.reports.page import LANDSCAPE, PORTRAIT, build_pdf, new_form, text_width
from desktop_app.reports.tables import Column, grid_table

if TYPE_CHECKING:
    from desktop_app.store.audit_trail import Change


def _unit(office: dict | None) -> tuple[str, str]:
    """(the unit line of the header, the office's full name)."""
    office = office or {}
    if office.get("role") == "upper":
        name = clean(office.get("name")) or "Ủy ban MTTQ Việt Nam"
        return name.replace("Ủy ban MTTQ Việt Nam", "").strip() or name, name
    kind = enums.label(enums.UNIT_KINDS, office.get("unit_kind") or "xa").lower()
    unit = f"{kind} {clean(office.get('commune_name'))}".strip()
    return unit, f"Ủy ban MTTQ Việt Nam {unit}"


def print_recovery_sheet(
    out: str | os.PathLike[str],
    office: dict | None,
    recovery_key: str,
    data_folder: str,
    made_by: str,
    today: date,
) -> Path:
    unit, name = _unit(office)
    width = text_width(PORTRAIT)
    story = new_form(PORTRAIT, first=True)
    story += header.front_header(
        unit_line=unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(clean((office or {}).get("commune_name")) or "", today),
    )
    story += header.title_block("Phiếu khóa khôi phục", ["Dữ liệu Sổ Mặt trận được mã hóa"])
    body = [
        f"Đơn vị: <b>{para(name)}</b> (mã {para((office or {}).get('commune_code') or '')}).",
        f"Thư mục dữ liệu trên máy: {para(data_folder)}.",
        f"Ngày lập: {today.strftime('%d/%m/%Y')}; tài khoản lãnh đạo lập: {para(made_by)}.",
        "Khóa khôi phục mở được dữ liệu của đơn vị và mọi bản sao lưu của dữ liệu đó khi quên hết "
        "mật khẩu, hoặc khi tệp khóa (somattran.keys) bị mất hay bị hỏng:",
    ]
    story += [Paragraph(line, styles.BODY) for line in body]
    key = Table(
        [[Paragraph(f"<font size=16><b>{para(recovery_key)}</b></font>", styles.BODY_CENTER)]],
        colWidths=[width],
    )
    key.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, "black"),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    story += [Spacer(1, 3 * mm), key, Spacer(1, 4 * mm)]
    steps = [
        "Cách dùng: mở Sổ Mặt trận; ở ô Tài khoản để trống; ở ô Mật khẩu gõ khóa trên (không phân "
        "biệt chữ hoa, thường; gạch nối có hay không đều được). Sau khi vào, lãnh đạo đặt lại mật khẩu "
        "cho các tài khoản ở trang Tài khoản.",
        "Bảo quản: cất phiếu trong tủ có khóa của Chủ tịch; không chụp ảnh, không gửi qua mạng, không "
        "dán cạnh máy tính. Ai có khóa này đọc được toàn bộ dữ liệu nhạy cảm (dân tộc, tôn giáo, đảng "
        "viên, số định danh) của người dân. Khi nghi lộ khóa, báo ngay cho lãnh đạo.",
    ]
    story += [Paragraph(para(line), styles.BODY) for line in steps]
    story += closing(
        Signer(title="Chủ tịch", on_behalf="TM. Ban Thường trực", note="(Ký, ghi rõ họ tên)"),
        width=width,
        recipients=["Lưu: tủ hồ sơ mật của Chủ tịch"],
    )
    return build_pdf(out, story, orientation=PORTRAIT, title="Phiếu khóa khôi phục", author=name)


ACTION_COLUMNS = [
    Column("Thời điểm", 2.3, "center"),
    Column("Tài khoản", 2.0),
    Column("Việc", 1.9),
    Column("Sổ", 2.2),
    Column("Bản ghi", 2.3),
    Column("Thông tin", 1.9),
    Column("Giá trị cũ", 3.0),
    Column("Giá trị mới", 3.0),
]


def print_audit(
    out: str | os.PathLike[str],
    office: dict | None,
    changes: Sequence[Change],
    filters: str,
    today: date,
) -> Path:
    from desktop_app.core.audit_labels import field_label, table_label, value_label
    from desktop_app.store.audit_trail import ACTION_LABELS, shown

    unit, name = _unit(office)
    width = text_width(LANDSCAPE)
    story = new_form(LANDSCAPE, first=True)
    story += header.front_header(
        unit_line=unit,
        width=width,
        number_line=None,
        place_date=header.place_date_line(clean((office or {}).get("commune_name")) or "", today),
    )
    story += header.title_block(
        "Nhật ký", ["Thay đổi dữ liệu của Sổ Mặt trận"], italic_lines=[filters]
    )

    def cut(text: str, n: int = 80) -> str:
        return text if len(text) <= n else text[: n - 1] + "…"

    rows = [
        [
            c.at[:19].replace("T", " "),
            c.user,
            ACTION_LABELS.get(c.action, c.action),
            table_label(c.table),
            c.record_id or "",
            field_label(c.table, c.field),
            cut(shown(value_label(c.table, c.field, c.old))),
            cut(shown(value_label(c.table, c.field, c.new))),
        ]
        for c in changes
    ]
    story.append(
        grid_table(
            ACTION_COLUMNS,
            rows,
            width=width,
            font_size=styles.SMALL_TABLE_SIZE - 1,
            empty_text="Không có thay đổi nào khớp điều kiện lọc.",
        )
    )
    story += closing(Signer(title="Chủ tịch", on_behalf="TM. Ban Thường trực"), width=width)
    return build_pdf(
        out, story, orientation=LANDSCAPE, title="Nhật ký thay đổi dữ liệu", author=name
    )
