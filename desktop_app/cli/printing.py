"""`somattran print FORM … --out FILE.pdf`: every printed form from the command line.

    print roster --body ID | --register committees|inspection-boards|supervision-boards [--village NAME]
    print decision --body ID
    print comment-form --year Y [--village NAME] [--person ID] [--blank]
    print due-list --year Y [--village NAME]
    print activity-report --year Y [--half 1|2]
    print people [--village NAME] [--search TEXT]
    print consolidated --report campaigns|reg213|communes [--year Y] [--half 1|2]   (cấp trên)

Each writes one PDF and prints its path; a user error exits 1 with a Vietnamese message.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import UserError

FORMS_HELP = "in biểu mẫu ra tệp PDF (khổ A4, đúng thể thức văn bản)"


def _village_id(store, name: str | None) -> str | None:
    return store.villages.require_by_name(name)["id"] if name else None


def _run(args: argparse.Namespace, open_store, work: Callable) -> int:
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


def cmd_roster(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.roster import print_body_roster, print_register_roster

    def work(store) -> Path:
        if args.body:
            if args.village:
                raise UserError(
                    "--village chỉ dùng với --register; một ban (--body) đã có khu dân cư của nó."
                )
            return print_body_roster(store, args.body, args.out)
        return print_register_roster(
            store, args.register, args.out, village_id=_village_id(store, args.village)
        )

    return _run(args, open_store, work)


def cmd_decision(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.decision import print_decision

    return _run(args, open_store, lambda store: print_decision(store, args.body, args.out))


def cmd_comment_form(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.comment_round import print_comment_forms

    return _run(
        args,
        open_store,
        lambda store: print_comment_forms(
            store,
            args.year,
            args.out,
            village_id=_village_id(store, args.village),
            person_id=args.person,
            blank=args.blank,
        ),
    )


def cmd_due_list(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.due_list import print_due_list

    return _run(
        args,
        open_store,
        lambda store: print_due_list(
            store, args.year, args.out, village_id=_village_id(store, args.village)
        ),
    )


def cmd_activity_report(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.activity_report import print_activity_report

    return _run(
        args,
        open_store,
        lambda store: print_activity_report(store, args.year, args.out, half=args.half),
    )


def cmd_people(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.people_list import print_people

    return _run(
        args,
        open_store,
        lambda store: print_people(
            store, args.out, village_id=_village_id(store, args.village), search=args.search
        ),
    )


def cmd_consolidated(args: argparse.Namespace, open_store) -> int:
    from desktop_app.reports.consolidated import print_consolidated

    return _run(
        args,
        open_store,
        lambda store: print_consolidated(
            store, args.report, args.out, year=args.year, half=args.half
        ),
    )


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")


def register(sub: argparse._SubParsersAction) -> None:
    printer = sub.add_parser("print", help=FORMS_HELP, description=FORMS_HELP)
    forms = printer.add_subparsers(dest="form", metavar="FORM", parser_class=type(printer))
    forms.required = True

    p = forms.add_parser("roster", help="danh sách thành viên của một ban, hoặc mọi ban của một sổ")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--body", metavar="ID", help="mã của ban")
    which.add_argument(
        "--register", choices=("committees", "inspection-boards", "supervision-boards")
    )
    p.add_argument("--village", metavar="NAME", help="chỉ các ban của khu dân cư này")
    _out(p)
    p.set_defaults(func=cmd_roster)

    p = forms.add_parser("decision", help="quyết định công nhận (thành lập) ban, kèm danh sách")
    p.add_argument("--body", metavar="ID", required=True, help="mã của ban")
    _out(p)
    p.set_defaults(func=cmd_decision)

    p = forms.add_parser("comment-form", help="phiếu nhận xét đảng viên nơi cư trú (QĐ 213)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--village", metavar="NAME")
    p.add_argument("--person", metavar="ID", help="mã người (một phiếu)")
    p.add_argument("--blank", action="store_true", help="phiếu trắng để nhận xét tại hội nghị")
    _out(p)
    p.set_defaults(func=cmd_comment_form)

    p = forms.add_parser(
        "due-list", help="danh sách đảng viên cần nhận xét trong năm, theo khu dân cư"
    )
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--village", metavar="NAME")
    _out(p)
    p.set_defaults(func=cmd_due_list)

    p = forms.add_parser("activity-report", help="báo cáo kết quả các cuộc vận động (6 tháng, năm)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument(
        "--half", type=int, choices=(1, 2), help="1: 6 tháng đầu năm, 2: 6 tháng cuối năm"
    )
    _out(p)
    p.set_defaults(func=cmd_activity_report)

    p = forms.add_parser("people", help="danh sách người trong sổ (lọc như trang Người)")
    p.add_argument("--village", metavar="NAME")
    p.add_argument("--search", metavar="TEXT")
    _out(p)
    p.set_defaults(func=cmd_people)

    p = forms.add_parser(
        "consolidated",
        help="biểu tổng hợp các xã (chỉ ở đơn vị cấp trên): cuộc vận động, QĐ 213, gửi dữ liệu",
    )
    p.add_argument(
        "--report",
        required=True,
        choices=("campaigns", "reg213", "communes"),
        help="campaigns: kết quả các cuộc vận động; reg213: tiến độ nhận xét đảng viên; "
        "communes: tình hình gửi dữ liệu của các xã",
    )
    p.add_argument("--year", type=int, help="năm báo cáo (mặc định: năm nay)")
    p.add_argument(
        "--half", type=int, choices=(1, 2), help="1: 6 tháng đầu năm, 2: 6 tháng cuối năm"
    )
    _out(p)
    p.set_defaults(func=cmd_consolidated)
