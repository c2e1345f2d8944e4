"""The import record (biên bản nhập gói dữ liệu) the upper level prints for each import:
which bundle, its SHA-256, the signing key, the counts per register, warnings, and every
record put in quarantine with its reason; signed by the officer who imported it.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.reports import styles
from desktop_app.reports.closing import Signer, signatures_row
from desktop_app.reports.header import title_block
from desktop_app.reports.markup import para
from desktop_app.reports.page import build_pdf, text_width
from desktop_app.reports.tables import Column, grid_table
from desktop_app.reports.upper_office import upper_office_of
from desktop_app.store import import_log, synced_tables
from desktop_app.store.db import Store
from desktop_app.store.schema import SYNCED_TABLES

COUNT_COLUMNS = [
    Column("Sổ", 3.2),
    Column("Mới", 1, "right"),
    Column("Sửa", 1, "right"),
    Column("Xóa", 1, "right"),
    Column("Không đổi", 1.3, "right"),
    Column("Cách ly", 1.2, "right"),
]
KINDS = ("new", "changed", "deleted", "unchanged", "quarantined")


def _local(stamp: str | None) -> str:
    """'2026-11-26T21:42:14Z' as '26/11/2026 21:42 (UTC)'."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return f"{moment:%d/%m/%Y %H:%M} (UTC)"


def _hash_lines(digest: str) -> str:
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def import_record_story(
    store: Store, record: dict, held: list[dict], on: date | None = None
) -> list[Flowable]:
    office = store.office() or {}
    width = text_width()
    counts = json.loads(record["counts"] or "{}")
    warnings = json.loads(record["warnings"] or "[]")
    commune = f"xã {record['commune_name']} (mã {record['commune_code']})"
    on = on or store.today()
    issuer = dataclasses.replace(
        upper_office_of(store), today=on
    )  # the province's letterhead and place
    story: list[Flowable] = issuer.header(width, None)
    story += title_block("Biên bản", [f"Nhập gói dữ liệu đồng bộ của {commune}"])
    kind = (
        "gói đầy đủ"
        if record["full"]
        else (
            "gói đầu tiên"
            if not record["base_sequence"]
            else f"nối tiếp gói số {record['base_sequence']}"
        )
    )
    story.append(
        Paragraph(
            para(
                f"Hôm nay, ngày {display(on.isoformat())}, {office.get('name') or ''} đã kiểm tra và nhập "
                f"gói dữ liệu đồng bộ số {record['sequence']} ({kind}) của {commune}. Gói đã được kiểm tra "
                "cấu trúc, mã băm SHA-256 của từng phần dữ liệu và chữ ký số của xã trước khi nhập."
            ),
            styles.BODY,
        )
    )
    info = [
        ("Tệp gói", record["file_name"]),
        ("Mã gói", record["bundle_id"]),
        ("Xã tạo gói lúc", _local(record["bundle_created_at"])),
        ("Nhập lúc", _local(record["imported_at"])),
        ("Người nhập (tài khoản máy)", record["actor"]),
        ("Mã băm SHA-256 của tệp", _hash_lines(record["bundle_sha256"] or "")),
        ("Dấu vân tay khóa ký của xã", record["signer_fingerprint"]),
        ("Cơ sở dữ liệu của xã", record["database_id"]),
    ]
    story.append(
        grid_table(
            [Column("Mục", 1.3), Column("Nội dung", 3)],
            info,
            width=width,
            font_size=styles.SMALL_TABLE_SIZE,
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Số bản ghi theo từng sổ:", styles.BODY_BOLD))
    rows = []
    totals = dict.fromkeys(KINDS, 0)
    for table in SYNCED_TABLES:
        c = counts.get(table)
        if not c:
            continue
        rows.append([synced_tables.REGISTER_LABELS[table], *(c.get(k, 0) for k in KINDS)])
        for k in KINDS:
            totals[k] += c.get(k, 0)
    rows.append(["Cộng", *(totals[k] for k in KINDS)])
    story.append(grid_table(COUNT_COLUMNS, rows, width=width, bold_rows=[len(rows) - 1]))
    if warnings:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph("Lưu ý khi nhập:", styles.BODY_BOLD))
        story += [Paragraph(para(f"- {w}"), styles.BODY_PLAIN) for w in warnings]
    story.append(Spacer(1, 4 * mm))
    if held:
        story.append(
            Paragraph(
                para(
                    f"Bản ghi bị cách ly ({len(held)}), chưa đưa vào dữ liệu tổng "
                    "hợp; sẽ được nhập lại khi đủ điều kiện:"
                ),
                styles.BODY_BOLD,
            )
        )
        story.append(
            grid_table(
                [
                    Column("TT", 0.5, "center"),
                    Column("Sổ", 1.4),
                    Column("Mã bản ghi", 2.2),
                    Column("Lý do", 3.2),
                ],
                [
                    [
                        i,
                        synced_tables.REGISTER_LABELS.get(q["table_name"], q["table_name"]),
                        q["record_id"],
                        q["reason"],
                    ]
                    for i, q in enumerate(held, start=1)
                ],
                width=width,
                font_size=styles.SMALL_TABLE_SIZE,
            )
        )
    else:
        story.append(Paragraph("Không có bản ghi nào bị cách ly.", styles.BODY))
    story.append(
        Paragraph(
            para("Biên nhận có chữ ký số của đơn vị đã được ghi kèm để xã nhập vào máy của xã."),
            styles.BODY,
        )
    )
    settings = store.settings
    story += signatures_row(
        [
            Signer("Người nhập dữ liệu", note="(Ký, ghi rõ họ tên)"),
            Signer(
                settings.get("signer_title"),
                settings.get("signer_name"),
                settings.get("signer_on_behalf"),
            ),
        ],
        width=width,
    )
    return story


def write_import_record(
    store: Store, out: str | Path, import_id: str | None = None, on: date | None = None
) -> Path:
    """Print the import record of import_id (default: the latest import) to the PDF out."""
    if import_id is None:
        latest = import_log.imports(store, limit=1)
        if not latest:
            raise UserError("Chưa có lần nhập gói nào để in biên bản.")
        import_id = latest[0]["id"]
    record = import_log.import_by_id(store, import_id)
    if record is None:
        raise UserError(f"Không tìm thấy lần nhập mã «{import_id}».")
    held = import_log.quarantined_of_import(store, import_id)
    story = import_record_story(store, record, held, on)
    return build_pdf(
        out,
        story,
        title=f"Biên bản nhập gói số {record['sequence']} của xã {record['commune_name']}",
        subject="Biên bản nhập gói dữ liệu đồng bộ",
    )
