"""`somattran print FORM … --out FILE.pdf`: the printed forms of reports/forms.py from the command line.

    print roster --body ID | --register committees|inspection-boards|supervision-boards [--village NAME]
    print decision --body ID
    print comment-form --year Y [--village NAME] [--person ID] [--blank]
    print due-list --year Y [--village NAME]
    print activity-report --year Y [--half 1|2]
    print people [--village NAME] [--search TEXT] [--sex male|female] [--party yes|no]
    print fund-report | fund-public-list --fund KEY --from DATE --to DATE
    print fund-voucher --id ID
    print grading --year Y
    print commendations --year Y
    print consolidated --report campaigns|reg213|funds|communes [--year Y] [--half 1|2]   (cấp trên)

Every form with a `command` in the registry gets its sub-command here, its options made from
the form's; "roster" (two forms) and "consolidated" (three) are the shared ones.
Each writes one PDF and prints its path; a user error exits 1 with a Vietnamese message.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop_app.cli.bounds import search_arg, year_arg
from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.reports import forms
from desktop_app.reports.forms import Choices

FORMS_HELP = "in biểu mẫu ra tệp PDF (khổ A4, đúng thể thức văn bản)"
PARTY = {"yes": True, "no": False}

# How each option of a form reads on the command line ("kind" is the body's own).
ARGUMENTS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "body": (("--body",), {"metavar": "ID", "required": True, "help": "mã của ban"}),
    "year": (("--year",), {"type": year_arg, "required": True, "metavar": "Y", "help": "năm"}),
    "village": (("--village",), {"metavar": "NAME", "help": "tên khu dân cư"}),
    "person": (("--person",), {"metavar": "ID", "help": "mã người (một phiếu)"}),
    "blank": (
        ("--blank",),
        {"action": "store_true", "help": "phiếu trắng để nhận xét tại hội nghị"},
    ),
    "half": (
        ("--half",),
        {"type": int, "choices": (1, 2), "help": "1: 6 tháng đầu năm, 2: 6 tháng cuối năm"},
    ),
    "search": (
        ("--search",),
        {"metavar": "TEXT", "type": search_arg, "help": "tìm theo tên (gõ không dấu cũng được)"},
    ),
    "sex": (("--sex",), {"choices": tuple(enums.SEXES), "help": "male: nam, female: nữ"}),
    "party": (("--party",), {"choices": tuple(PARTY), "help": "đảng viên (yes) hay không (no)"}),
    "fund": (
        ("--fund",),
        {"metavar": "KEY", "required": True, "help": "mã quỹ, ví dụ vi-nguoi-ngheo"},
    ),
    "date_from": (
        ("--from",),
        {"dest": "date_from", "metavar": "DATE", "required": True, "help": "từ ngày (01/01/2026)"},
    ),
    "date_to": (
        ("--to",),
        {"dest": "date_to", "metavar": "DATE", "required": True, "help": "đến ngày (31/12/2026)"},
    ),
    "entry": (
        ("--id",),
        {"dest": "entry", "metavar": "ID", "required": True, "help": "mã phiếu thu, chi"},
    ),
}


def _village_id(store, name: str | None) -> str | None:
    return store.villages.require_by_name(name)["id"] if name else None


def choices(store, args: argparse.Namespace) -> Choices:
    """The options given, as the registry's Choices (a village by its name)."""
    party = getattr(args, "party", None)
    return Choices(
        kind=getattr(args, "kind", None),
        body_id=getattr(args, "body", None),
        village_id=_village_id(store, getattr(args, "village", None)),
        year=getattr(args, "year", None),
        half=getattr(args, "half", None),
        person_id=getattr(args, "person", None),
        blank=getattr(args, "blank", False),
        search=getattr(args, "search", None),
        sex=getattr(args, "sex", None),
        party=None if party is None else PARTY[party],
        fund=getattr(args, "fund", None),
        date_from=_day(getattr(args, "date_from", None), "Từ ngày"),
        date_to=_day(getattr(args, "date_to", None), "Đến ngày"),
        entry_id=getattr(args, "entry", None),
    )


def _run(
    args: argparse.Namespace,
    open_store,
    which: Callable[[Any], forms.FormSpec],
    only_its_options: bool = True,
) -> int:
    store = open_store(args, create=False)
    try:
        if store.office() is None:
            raise UserError(
                "Thư mục dữ liệu này chưa có đơn vị. Hãy khai báo đơn vị (hoặc tạo xã mẫu) trước khi in."
            )
        spec = which(store)
        chosen = choices(store, args)
        if only_its_options:
            chosen = chosen.only(spec.options)
        path = spec.build(store, chosen).run(args.out, True)
    finally:
        store.close()
    print(path)
    return 0


def cmd_form(args: argparse.Namespace, open_store) -> int:
    return _run(args, open_store, lambda _store: forms.form(args.form_key))


def cmd_roster(args: argparse.Namespace, open_store) -> int:
    if args.body and args.village:
        raise UserError(
            "--village chỉ dùng với --register; một ban (--body) đã có khu dân cư của nó."
        )
    if args.register:
        args.kind = next(k for k, r in forms.REGISTERS.items() if r == args.register)

    key = "body_roster" if args.body else "register_roster"
    return _run(args, open_store, lambda _store: forms.form(key))


def cmd_consolidated(args: argparse.Namespace, open_store) -> int:
    # --half is refused by the forms that are not by half-year, not dropped
    return _run(args, open_store, lambda _store: forms.form(args.report), only_its_options=False)


def _day(value: str | None, label: str) -> str | None:
    from desktop_app.core.dates import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise UserError(f"{label}: {exc}") from None


def _run_direct(args: argparse.Namespace, open_store, work: Callable[[Any], Any]) -> int:
    """A form whose options are not among the registry's choices (a supervision's id)."""
    store = open_store(args, create=False)
    try:
        if store.office() is None:
            raise UserError(
                "Thư mục dữ liệu này chưa có đơn vị. Hãy khai báo đơn vị (hoặc tạo xã mẫu) trước khi in."
            )
        path = work(store)
    finally:
        store.close()
    print(path)
    return 0


def cmd_supervision_report(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.supervision_forms import print_supervision_report

    return _run_direct(
        args, open_store, lambda store: print_supervision_report(store, args.id, args.out)
    )


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")


def register(sub: argparse._SubParsersAction) -> None:
    printer = sub.add_parser("print", help=FORMS_HELP, description=FORMS_HELP)
    commands = printer.add_subparsers(dest="form", metavar="FORM", parser_class=type(printer))
    commands.required = True

    p = commands.add_parser(
        "roster", help="danh sách thành viên của một ban, hoặc mọi ban của một sổ"
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--body", metavar="ID", help="mã của ban")
    which.add_argument(
        "--register", choices=tuple(forms.REGISTERS.values()), help="danh sách mọi ban của một loại"
    )
    p.add_argument("--village", metavar="NAME", help="chỉ các ban của khu dân cư này")
    _out(p)
    p.set_defaults(func=cmd_roster)

    for spec in forms.FORMS:
        if spec.command is None:
            continue
        p = commands.add_parser(spec.command, help=spec.title[:1].lower() + spec.title[1:])
        for option in spec.options:
            if option in ARGUMENTS:
                flags, kwargs = ARGUMENTS[option]
                p.add_argument(*flags, **kwargs)
        _out(p)
        p.set_defaults(func=cmd_form, form_key=spec.key)

    p = commands.add_parser(
        "supervision-report", help="báo cáo kết quả một cuộc giám sát, kèm các kiến nghị"
    )
    p.add_argument("--id", required=True, metavar="ID", help="mã cuộc giám sát")
    _out(p)
    p.set_defaults(func=cmd_supervision_report)

    p = commands.add_parser(
        "consolidated",
        help="biểu tổng hợp các xã (chỉ ở đơn vị cấp trên): cuộc vận động, nhận xét đảng viên nơi cư trú, gửi dữ liệu",
    )
    p.add_argument(
        "--report",
        required=True,
        choices=forms.CONSOLIDATED,
        help="campaigns: kết quả các cuộc vận động; reg213: tiến độ nhận xét đảng viên; "
        "funds: Quỹ Vì người nghèo và xếp loại Ban công tác Mặt trận; communes: tình hình gửi dữ liệu của các xã; "
        "petitions: ý kiến, kiến nghị đã nhận, đã trả lời, quá hạn",
    )
    p.add_argument("--year", type=year_arg, metavar="Y", help="năm báo cáo (mặc định: năm nay)")
    p.add_argument(
        "--half", type=int, choices=(1, 2), help="1: 6 tháng đầu năm, 2: 6 tháng cuối năm"
    )
    _out(p)
    p.set_defaults(func=cmd_consolidated)
