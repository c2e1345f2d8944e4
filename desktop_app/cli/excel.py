"""`import-excel`: an office's Excel list into a register, with the preview's summary."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.errors import UserError

if TYPE_CHECKING:
    from desktop_app.store.db import Store

StoreFactory = Callable[..., "Store"]
TARGETS = ("people", "members", "residents", "villages", "activities")


def summary(prepared, written: dict | None) -> dict:
    """The import's summary, keys in English (the JSON format)."""
    plan = prepared.plan
    c = plan.counts()
    return {
        "file": plan.file_name,
        "sheet": plan.sheet,
        "target": plan.target,
        "header_row": prepared.layout.header_row + 1,
        "columns": {
            h or f"#{i + 1}": f
            for i, (h, f) in enumerate(
                zip(prepared.layout.headers, prepared.layout.fields, strict=True)
            )
            if f
        },
        "text_encoding": plan.text_encoding,
        "guessed_encoding": plan.guess.encoding,
        "guess_confidence": plan.guess.confidence,
        "rows_read": c["rows"],
        "skipped_rows": c["skipped"],
        "to_add": c["add"],
        "to_update": c["update"],
        "duplicates": c["duplicates"],
        "unchanged": c["unchanged"],
        "errors": c["errors"],
        "warnings": c["warnings"],
        "error_rows": [
            {"row": r.number, "messages": r.errors} for r in plan.rows if r.action == "error"
        ],
        "warning_rows": [
            {"row": r.number, "messages": r.warnings}
            for r in plan.rows
            if r.warnings and r.action != "error"
        ],
        "duplicate_rows": [
            {
                "row": r.number,
                "name": r.record.get("full_name"),
                "existing_id": r.match["id"],
                "existing_name": r.match.get("full_name"),
                "choice": r.choice,
            }
            for r in plan.rows
            if r.action == "duplicate"
        ],
        "written": written is not None,
        "batch_id": written["id"] if written else None,
    }


def _joined(messages: list[str]) -> str:
    """Several sentences on one line: "a; b." rather than "a.; b."."""
    return "; ".join(m.rstrip(". ") for m in messages) + "."


def _print_table(s: dict, dry_run: bool) -> None:
    from desktop_app.core.legacy_text import ENCODING_LABELS

    out = sys.stdout
    out.write(
        f"Tệp: {s['file']} — trang “{s['sheet']}”, dòng tiêu đề {s['header_row']}; "
        f"chữ không có phông cũ đọc theo: {ENCODING_LABELS.get(s['text_encoding'], s['text_encoding'])}\n"
    )
    for label, key in (
        ("Số dòng đọc", "rows_read"),
        ("Thêm mới", "to_add"),
        ("Cập nhật", "to_update"),
        ("Có thể trùng", "duplicates"),
        ("Đã có, không đổi", "unchanged"),
        ("Lỗi (không nhập)", "errors"),
        ("Cảnh báo", "warnings"),
    ):
        out.write(f"  {label + ':':<20}{s[key]}\n")
    for e in s["error_rows"]:
        out.write(f"Dòng {e['row']}: lỗi: {_joined(e['messages'])}\n")
    for d in s["duplicate_rows"]:
        what = "thêm người mới" if d["choice"] == "new" else "không thêm, dùng người đã có"
        out.write(
            f"Dòng {d['row']}: có thể trùng với {d['existing_name']} đã có trong sổ ({what}).\n"
        )
    for w in s["warning_rows"]:
        out.write(f"Dòng {w['row']}: cảnh báo: {_joined(w['messages'])}\n")
    if s["written"]:
        out.write(f"Đã ghi vào sổ (lô nhập {s['batch_id']}).\n")
    elif dry_run:
        out.write("Chạy thử: chưa ghi gì vào sổ.\n")
    else:
        out.write("Không có dòng nào để ghi.\n")


def cmd_import_excel(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.imports.pipeline import prepare
    from desktop_app.imports.write import write_plan

    if args.into == "members" and not args.body:
        raise UserError(
            "Nhập thành viên một ban cần --body MÃ_BAN (xem: somattran list committees --format json)."
        )
    store = open_store(args, create=False)
    try:
        prepared = prepare(
            store,
            args.file,
            args.into,
            sheet=args.sheet,
            mapping_path=args.map,
            body_id=args.body,
            add_duplicates=args.add_duplicates,
        )
        plan = prepared.plan
        written = None
        if plan.writable and not args.dry_run:
            written = write_plan(store, plan)
    finally:
        store.close()
    s = summary(prepared, written)
    if args.format == "json":
        json.dump(s, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(s, args.dry_run)
    if plan.writable:
        return 0
    # nothing to write: fine when every row is already in the register, a failure otherwise
    return 0 if plan.rows and not s["errors"] else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-excel", help="nhập danh sách từ tệp Excel (.xlsx, .xls) vào một sổ")
    p.add_argument("file", metavar="FILE", help="tệp Excel")
    p.add_argument("--into", required=True, choices=TARGETS, help="sổ nhận dữ liệu")
    p.add_argument("--body", metavar="ID", help="mã ban (khi --into members)")
    p.add_argument("--sheet", metavar="NAME", help="tên trang tính (mặc định: trang đầu)")
    p.add_argument("--map", metavar="FILE", help="tệp ghép cột (.json) đã lưu")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    p.add_argument(
        "--add-duplicates",
        action="store_true",
        help="người có thể trùng (cùng họ tên, năm sinh, khu dân cư) vẫn được thêm mới",
    )
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="cách in kết quả: bảng hay JSON",
    )
    p.set_defaults(func=cmd_import_excel)
