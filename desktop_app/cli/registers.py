"""Register commands: `demo`, `list`, `backup`, `restore`."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import paths
from desktop_app.cli.bounds import count_arg, search_arg, text_arg, year_arg
from desktop_app.cli.listing import REGISTERS
from desktop_app.core import bounds
from desktop_app.core.errors import UserError
from desktop_app.core.text import thousands

StoreFactory = Callable[..., object]


def _n(count: int) -> str:
    """20000 → '20.000'."""
    return thousands(count)


def cmd_demo(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.store.demo import build_demo

    store = open_store(args)
    try:
        if store.office() is not None:
            raise UserError(
                "Thư mục dữ liệu này đã có đơn vị. Dùng --data-dir với một thư mục trống để tạo xã mẫu."
            )
        summary = build_demo(
            store,
            people=args.people,
            villages=args.villages,
            seed=args.seed,
            commune_code=args.commune_code,
            commune_name=args.commune_name,
        )
    finally:
        store.close()
    print(
        f"Đã tạo xã mẫu {summary['commune_name']} ({summary['commune_code']}): "
        f"{summary['villages']} khu dân cư, {_n(summary['people'])} người (trong đó {_n(summary['members'])} "
        f"thành viên các ban và {_n(summary['residents'])} đảng viên nơi cư trú), {summary['bodies']} ban, "
        f"{summary['activities']} hoạt động."
    )
    if summary["people"] > args.people:
        print(
            f"Xã mẫu cần ít nhất {_n(summary['people'])} người cho các ban và đảng viên nơi cư trú, "
            f"nhiều hơn {_n(args.people)} người đã yêu cầu."
        )
    return 0


def cmd_list(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.cli import listing

    store = open_store(args, create=False)
    try:
        rows = listing.rows_for(
            store,
            args.register,
            {
                "search": args.search,
                "village": args.village,
                "year": args.year,
                "status": args.status,
            },
        )
        upper = (store.office() or {}).get("role") == "upper"
        if args.format == "xlsx":
            from desktop_app.exports.register_xlsx import office_title

            args.office_title = office_title(store)
    finally:
        store.close()
    out = sys.stdout
    if args.format == "xlsx":
        return _list_xlsx(args, rows, upper)
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return 0
    columns = listing.LISTINGS[args.register].columns
    if upper:  # the upper level holds every commune's rows: say whose each one is
        columns = {"commune_code": "Mã xã", **columns}
    if args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns.values())
        for row in rows:
            writer.writerow(listing.shown(args.register, k, row.get(k)) for k in columns)
        return 0
    table = [list(columns.values())] + [
        [listing.shown(args.register, k, row.get(k)) for k in columns] for row in rows
    ]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    for i, r in enumerate(table):
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        if i == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    out.write(f"({len(rows)} dòng)\n")
    return 0


def _list_xlsx(args: argparse.Namespace, rows: list[dict], upper: bool) -> int:
    """The list as an Excel sheet (exports/register_xlsx.py): dates as dates, ID numbers as text."""
    from desktop_app.cli import listing
    from desktop_app.exports.register_xlsx import ExportColumn, column_kind, write_register_xlsx

    if not args.out:
        raise UserError("Cần --out TỆP.xlsx để ghi danh sách ra Excel.")
    columns = listing.LISTINGS[args.register].columns
    if upper:
        columns = {"commune_code": "Mã xã", **columns}
    cols = [ExportColumn(k, h, column_kind(k)) for k, h in columns.items()]
    table = [
        [
            row.get(c.key)
            if c.kind != "text"
            else listing.shown(args.register, c.key, row.get(c.key))
            for c in cols
        ]
        for row in rows
    ]
    write_register_xlsx(
        args.out, listing.TITLES.get(args.register, args.register), args.office_title, cols, table
    )
    print(args.out)
    return 0


def cmd_backup(args: argparse.Namespace, open_store: StoreFactory) -> int:
    from desktop_app.store.backup import backup

    store = open_store(args, create=False)
    try:
        store.require("backup")
        target = backup(store, Path(args.to) if args.to else paths.backups_dir(args.data_dir))
    finally:
        store.close()
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace, open_store: StoreFactory) -> int:
    # a protected office: a lãnh đạo logs in, then a password valid in the backup
    from desktop_app.cli.admin import restore_office

    safety = restore_office(args)
    print(f"Đã khôi phục từ {args.backup}. Bản dữ liệu trước khi khôi phục được giữ tại {safety}.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="tạo một xã mẫu để làm quen")
    p.add_argument(
        "--villages",
        type=count_arg(1, bounds.MAX_DEMO_VILLAGES, "--villages"),
        default=12,
        metavar="N",
        help="số khu dân cư (mặc định 12)",
    )
    p.add_argument(
        "--people",
        type=count_arg(0, bounds.MAX_DEMO_PEOPLE, "--people"),
        default=2000,
        metavar="N",
        help="số người (mặc định 2000)",
    )
    p.add_argument(
        "--seed",
        type=count_arg(0, 2**31, "--seed"),
        default=1,
        metavar="S",
        help="cùng số thì cùng dữ liệu mẫu",
    )
    p.add_argument(
        "--commune-code",
        type=text_arg(10, "Mã xã"),
        default="06280",
        metavar="C",
        help="mã xã (mặc định 06280)",
    )
    p.add_argument(
        "--commune-name",
        type=text_arg(bounds.MAX_NAME, "Tên xã"),
        default=None,
        metavar="NAME",
        help="tên xã",
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="liệt kê một sổ")
    p.add_argument(
        "register", choices=REGISTERS, metavar="REGISTER", help="sổ: " + ", ".join(REGISTERS)
    )
    p.add_argument(
        "--search", type=search_arg, metavar="TEXT", help="tìm theo tên (gõ không dấu cũng được)"
    )
    p.add_argument(
        "--village",
        type=text_arg(bounds.MAX_NAME, "Tên khu dân cư"),
        metavar="NAME",
        help="chỉ của khu dân cư này",
    )
    p.add_argument("--year", type=year_arg, metavar="Y", help=bounds.YEAR_RULE)
    p.add_argument(
        "--status",
        metavar="S",
        help="petitions, recommendations: received|forwarded|answered|"
        "resolved|overdue|unanswered; supervisions: planned|done",
    )
    p.add_argument(
        "--format",
        choices=("table", "csv", "json", "xlsx"),
        default="table",
        help="cách in kết quả (xlsx: ghi ra tệp --out)",
    )
    p.add_argument("--out", metavar="FILE", help="tệp .xlsx (với --format xlsx)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    p.add_argument("--to", metavar="DIR", help="thư mục ghi bản sao lưu")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục từ một bản sao lưu")
    p.add_argument("backup", metavar="BACKUP", help="tệp sao lưu (.db)")
    p.set_defaults(func=cmd_restore)
