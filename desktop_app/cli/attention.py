"""`somattran attention`: the overview's list of what needs attention, for a script or a check.

The same items and counts as the window's Tổng quan (store/attention.py computes both), one a
line with its commune, at a commune office and at an upper level.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from desktop_app.core.errors import UserError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "attention",
        help="việc cần chú ý (như trang Tổng quan), mỗi việc một dòng kèm xã",
        description="In danh sách việc cần chú ý của trang Tổng quan: cùng các việc và cùng số đếm "
        "như cửa sổ, mỗi việc một dòng kèm xã; ở xã và ở cấp trên.",
    )
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="cách in kết quả: bảng hay JSON",
    )
    p.set_defaults(func=cmd_attention)


def cmd_attention(args: argparse.Namespace, open_store) -> int:
    from desktop_app.store import attention, communes

    store = open_store(args, create=False)
    try:
        office = store.office()
        if office is None:
            raise UserError("Đơn vị chưa được thiết lập; hãy chạy “somattran setup” trước.")
        items = attention.items(store)
        names = communes.names(store)
    finally:
        store.close()

    def commune(code: str | None) -> str:
        return f"{names.get(code) or code} ({code})" if code else ""

    counts = Counter(item.group for item in items)
    out = sys.stdout
    if args.format == "json":
        json.dump(
            {
                "office": office.get("name") or office.get("commune_name"),
                "role": office.get("role"),
                "counts": dict(counts),
                "items": [
                    {**item.as_dict(), "commune": commune(item.commune_code)} for item in items
                ],
            },
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
        return 0
    table = [["Xã", "Việc cần chú ý", "Nội dung", "Chi tiết"]] + [
        [
            commune(i.commune_code),
            f"{i.group} ({counts[i.group]})",
            ("! " if i.urgent else "") + i.text,
            i.detail,
        ]
        for i in items
    ]
    widths = [max(len(r[c]) for r in table) for c in range(3)]
    for n, row in enumerate(table):
        out.write(
            "  ".join(
                [*(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)), row[3]]
            ).rstrip()
            + "\n"
        )
        if n == 0:
            out.write("  ".join("-" * w for w in [*widths, 8]) + "\n")
    if not items:
        out.write("Không có việc gì cần chú ý.\n")
    return 0
