"""`somattran report activities`: the campaign roll-up as JSON, CSV or an Excel workbook.

    somattran [--data-dir DIR] report activities --year Y [--half 1|2] --format json|csv|xlsx --out FILE

JSON and CSV go to standard output when --out is left out; an Excel file needs --out.
"Year Y" and its halves follow the reporting cut-offs of the settings (store/rollups.py).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from desktop_app.cli.bounds import year_arg
from desktop_app.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="báo cáo tổng hợp (hoạt động các cuộc vận động)",
        description="Tổng hợp hoạt động theo cuộc vận động và theo khu dân cư cho một năm "
        "hoặc 6 tháng (mốc chốt số liệu theo cài đặt), so với cùng kỳ năm trước.",
    )
    p.add_argument("report", choices=("activities",), help="loại báo cáo")
    p.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm báo cáo")
    p.add_argument(
        "--half", type=int, choices=(1, 2), help="1: 6 tháng đầu năm, 2: 6 tháng cuối năm"
    )
    p.add_argument(
        "--format", choices=("json", "csv", "xlsx"), default="json", help="định dạng kết quả"
    )
    p.add_argument("--out", metavar="FILE", help="tệp kết quả (bỏ trống: in ra màn hình, trừ xlsx)")
    p.set_defaults(func=cmd_report)


def csv_text(rollup) -> str:
    """Both roll-ups as one table with Vietnamese headers: this period, then the same period before."""
    from desktop_app.store.rollups import MEASURE_LABELS, MEASURES, total_of

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "Bảng",
            "Tên",
            *(f"{MEASURE_LABELS[m]} - kỳ này" for m in MEASURES),
            *(f"{MEASURE_LABELS[m]} - cùng kỳ" for m in MEASURES),
        ]
    )
    sections = (
        ("Theo cuộc vận động", [*rollup.by_campaign, rollup.total]),
        (
            "Theo khu dân cư",
            [
                *rollup.by_village,
                total_of(rollup.by_campaign, "Tổng toàn xã (mỗi hoạt động tính một lần)"),
            ],
        ),
    )
    for section, rows in sections:
        for row in rows:
            writer.writerow(
                [
                    section,
                    row.label,
                    *(row.current[m] for m in MEASURES),
                    *(row.previous[m] for m in MEASURES),
                ]
            )
    return buffer.getvalue()


def _write_text(content: str, out: str | None) -> None:
    if not out:
        sys.stdout.write(content)
        return
    try:
        Path(out).write_text(
            content, encoding="utf-8-sig" if out.lower().endswith(".csv") else "utf-8"
        )
    except OSError as exc:
        raise UserError(f"Không ghi được “{out}”: {exc.strerror or exc}.") from None
    print(out)


def cmd_report(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import rollups

    if args.format == "xlsx" and not args.out:
        raise UserError("Cần --out TỆP.xlsx để ghi báo cáo Excel.")
    store = open_store(args, create=False)
    try:
        if args.format == "xlsx":
            from desktop_app.exports.activities_xlsx import export_activities

            print(export_activities(store, args.year, args.half, args.out))
            return 0
        result = rollups.rollup(store, args.year, args.half)
    finally:
        store.close()
    if args.format == "json":
        _write_text(json.dumps(result.as_dict(), ensure_ascii=False, indent=1) + "\n", args.out)
    else:
        _write_text(csv_text(result), args.out)
    return 0
