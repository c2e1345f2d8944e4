"""The registry of printed forms: every form the window's print page and `somattran print` offer.

A form is one `FormSpec`: its key, its Vietnamese title, the options it takes (named from the
`Choices` fields), the body kinds it applies to, whether it takes a number in the register of
outgoing documents, which office prints it (a commune or an upper-level office), the
`somattran print` sub-command that writes it, and `build(store, choices) -> Job`. The window
fills a `Choices` from its fields, the command line from its options; both call `build` and
run the `Job` it returns.

To add a form: write its module (`print_x(store, …, out) -> Path`), then add one builder and
one `FormSpec` line here. See docs/architecture.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core import enums
from desktop_app.core.errors import UserError

if TYPE_CHECKING:
    from desktop_app.store.db import Store

Office = Literal["commune", "upper"]
ALL_KINDS = ("village_committee", "inspection_board", "supervision_board", "front_committee")
BOARD_KINDS = ALL_KINDS[:3]
# The body registers of `somattran list` / `print roster --register`, by body kind.
REGISTERS = {
    "village_committee": "committees",
    "inspection_board": "inspection-boards",
    "supervision_board": "supervision-boards",
}
HALVES = {0: "Cả năm", 1: "6 tháng đầu năm", 2: "6 tháng cuối năm"}
NO_BODY = (
    "Chưa chọn ban. Hãy chọn loại ban rồi chọn một ban trong danh sách "
    "(thêm ban ở trang của ban đó nếu chưa có)."
)
NO_IMPORT = (
    "Chưa có lần nhập gói nào để in biên bản. Hãy nhập gói dữ liệu của xã ở trang "
    "“Đồng bộ cấp trên” trước."
)


@dataclass(frozen=True)
class Choices:
    """What the officer chose for a form: the print page's fields or the command's options.
    Each form reads the fields its `FormSpec.options` name ("import" is `import_id`)."""

    kind: str | None = None
    body_id: str | None = None
    village_id: str | None = None
    year: int | None = None
    half: int | None = None
    person_id: str | None = None
    blank: bool = False
    search: str | None = None
    sex: str | None = None
    party: bool | None = None
    import_id: str | None = None
    fund: str | None = None  # a fund's key ("vi-nguoi-ngheo")
    date_from: str | None = None  # ISO dates of a period
    date_to: str | None = None
    entry_id: str | None = None  # one receipt or payment of a fund

    def only(self, options: tuple[str, ...]) -> Choices:
        """These choices with every field the options do not name left empty."""
        named = {FIELDS.get(o, o) for o in options}
        empty: dict[str, Any] = {
            f.name: f.default for f in dataclasses.fields(self) if f.name not in named
        }
        return dataclasses.replace(self, **empty)


# Option names that differ from their Choices field.
FIELDS = {
    "body": "body_id",
    "village": "village_id",
    "person": "person_id",
    "import": "import_id",
    "entry": "entry_id",
}


@dataclass(frozen=True)
class Job:
    """One document to write: `run(out, reserve_number, progress=None)` returns the PDF's path.
    `reserve_number` False (a preview) takes no number in the outgoing-documents register."""

    title: str
    run: Callable[..., Path]
    many: bool = False  # several forms at once: the window shows progress and offers cancel


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: str
    options: tuple[str, ...]
    build: Callable[[Store, Choices], Job]
    kinds: tuple[str, ...] = ()
    numbered: bool = False
    office: Office = "commune"
    # `somattran print COMMAND`, its options made from `options` (cli/printing.py); None when
    # the form is reached through a shared command ("roster", "consolidated").
    command: str | None = None


def _village_name(store: Store, village_id: str | None) -> str:
    village = store.villages.get(village_id) if village_id else None
    return village["name"] if village else ""


def _titled(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _body(store: Store, c: Choices) -> dict:
    if not c.body_id:
        raise UserError(NO_BODY)
    body = store.bodies.get(c.body_id)
    if body is None:
        raise UserError("Không tìm thấy ban này trong sổ; có thể ban đã bị xóa.")
    return body


def _year(store: Store, c: Choices) -> int:
    return c.year or store.today().year


def body_roster(store: Store, c: Choices) -> Job:
    from desktop_app.reports.roster import print_body_roster

    body = _body(store, c)
    return Job(
        f"Danh sách {body['name']}",
        lambda out, reserve=False, progress=None: print_body_roster(store, body["id"], out),
    )


def register_roster(store: Store, c: Choices) -> Job:
    from desktop_app.reports.roster import print_register_roster

    if c.kind not in REGISTERS:
        raise UserError(
            "Hãy chọn loại ban: "
            + ", ".join(enums.label(enums.BODY_KINDS, k) for k in REGISTERS)
            + "."
        )
    register = REGISTERS[c.kind]
    kind = enums.label(enums.BODY_KINDS, c.kind)
    return Job(
        _titled(f"Danh sách {kind}", _village_name(store, c.village_id)),
        lambda out, reserve=False, progress=None: print_register_roster(
            store, register, out, village_id=c.village_id
        ),
    )


def decision(store: Store, c: Choices) -> Job:
    from desktop_app.reports.decision import print_decision

    body = _body(store, c)
    return Job(
        f"Quyết định công nhận {body['name']}",
        lambda out, reserve=False, progress=None: print_decision(
            store, body["id"], out, reserve_number=reserve
        ),
    )


def comment_forms(store: Store, c: Choices) -> Job:
    from desktop_app.reports.comment_round import print_comment_forms

    year = _year(store, c)
    person = store.people.get(c.person_id) if c.person_id else None
    who = person["full_name"] if person else _village_name(store, c.village_id)
    title = _titled(f"Phiếu nhận xét{' (trắng)' if c.blank else ''} năm {year}", who)
    return Job(
        title,
        lambda out, reserve=False, progress=None: print_comment_forms(
            store,
            year,
            out,
            village_id=c.village_id,
            person_id=c.person_id,
            blank=c.blank,
            progress=progress,
        ),
        many=c.person_id is None,
    )


def due_list(store: Store, c: Choices) -> Job:
    from desktop_app.reports.due_list import print_due_list

    year = _year(store, c)
    return Job(
        _titled(f"Đảng viên cần nhận xét năm {year}", _village_name(store, c.village_id)),
        lambda out, reserve=False, progress=None: print_due_list(
            store, year, out, village_id=c.village_id
        ),
    )


def activity_report(store: Store, c: Choices) -> Job:
    from desktop_app.reports.activity_report import print_activity_report

    year = _year(store, c)
    return Job(
        f"Báo cáo các cuộc vận động {HALVES[c.half or 0].lower()} {year}",
        lambda out, reserve=False, progress=None: print_activity_report(
            store, year, out, half=c.half, reserve_number=reserve
        ),
    )


def people(store: Store, c: Choices) -> Job:
    from desktop_app.reports.people_list import print_people

    return Job(
        _titled("Danh sách người", _village_name(store, c.village_id)),
        lambda out, reserve=False, progress=None: print_people(
            store, out, village_id=c.village_id, search=c.search, sex=c.sex, party_member=c.party
        ),
    )


def _whole_year(c: Choices) -> None:
    if c.half is not None:
        raise UserError("Chỉ biểu tổng hợp các cuộc vận động mới chia theo 6 tháng; hãy bỏ --half.")


def campaigns_summary(store: Store, c: Choices) -> Job:
    from desktop_app.reports.campaigns_summary import print_campaigns_summary

    year = _year(store, c)
    return Job(
        f"Tổng hợp các cuộc vận động {HALVES[c.half or 0].lower()} {year}",
        lambda out, reserve=False, progress=None: print_campaigns_summary(
            store, year, out, half=c.half
        ),
    )


def reg213_summary(store: Store, c: Choices) -> Job:
    from desktop_app.reports.reg213_summary import print_reg213_summary

    _whole_year(c)
    year = _year(store, c)
    return Job(
        f"Tiến độ nhận xét đảng viên nơi cư trú năm {year}",
        lambda out, reserve=False, progress=None: print_reg213_summary(store, year, out),
    )


def funds_summary(store: Store, c: Choices) -> Job:
    from desktop_app.reports.funds_summary import print_funds_summary

    _whole_year(c)
    year = _year(store, c)
    return Job(
        f"Quỹ “Vì người nghèo” và xếp loại Ban công tác Mặt trận năm {year}",
        lambda out, reserve=False, progress=None: print_funds_summary(store, year, out),
    )


def commune_sending(store: Store, c: Choices) -> Job:
    from desktop_app.reports.commune_sending import print_commune_sending

    _whole_year(c)
    return Job(
        f"Tình hình gửi dữ liệu của các xã {store.today():%d-%m-%Y}",
        lambda out, reserve=False, progress=None: print_commune_sending(store, out),
    )


def import_label(row: dict[str, Any]) -> str:
    """'Gói số 3 — xã Hòa Cư — nhập 26/11/2026 21:42', from a row of the imports."""
    stamp = row.get("imported_at") or ""
    when = ""
    if stamp:
        when = f" — nhập {datetime.fromisoformat(stamp.replace('Z', '+00:00')):%d/%m/%Y %H:%M}"
    name = row.get("commune_name") or row.get("commune_code") or ""
    return f"Gói số {row.get('sequence')} — xã {name}{when}"


def import_record(store: Store, c: Choices) -> Job:
    from desktop_app.reports.import_record import write_import_record
    from desktop_app.store import import_log

    row = import_log.import_by_id(store, c.import_id) if c.import_id else None
    if row is None:
        raise UserError(NO_IMPORT)
    which = import_label(row).split(" — nhập")[0]  # "Gói số 1 — xã Hòa Cư"
    return Job(
        f"Biên bản nhập {which[:1].lower()}{which[1:]}",
        lambda out, reserve=False, progress=None: write_import_record(store, out, row["id"]),
    )


def _period(store: Store, c: Choices) -> tuple[dict, str, str]:
    if not c.date_from or not c.date_to:
        raise UserError("Hãy ghi từ ngày nào đến ngày nào (kỳ báo cáo của quỹ).")
    return store.funds.require_key(c.fund or "vi-nguoi-ngheo"), c.date_from, c.date_to


def fund_report(store: Store, c: Choices) -> Job:
    from desktop_app.reports.fund_forms import print_fund_report

    fund, start, end = _period(store, c)
    return Job(
        f"Báo cáo thu, chi {fund['name']}",
        lambda out, reserve=False, progress=None: print_fund_report(
            store, fund["key"], start, end, out, reserve_number=reserve
        ),
    )


def fund_public_list(store: Store, c: Choices) -> Job:
    from desktop_app.reports.fund_forms import print_fund_public_list

    fund, start, end = _period(store, c)
    return Job(
        f"Danh sách công khai {fund['name']}",
        lambda out, reserve=False, progress=None: print_fund_public_list(
            store, fund["key"], start, end, out
        ),
    )


def fund_voucher(store: Store, c: Choices) -> Job:
    from desktop_app.reports.fund_forms import print_fund_voucher

    if not c.entry_id:
        raise UserError(
            "Chưa chọn phiếu thu, chi. Chọn một phiếu trong danh sách (trang Quỹ có nút “In phiếu”)."
        )
    entry = store.fund_entries.detail(c.entry_id)
    if entry is None:
        raise UserError(f"Không tìm thấy phiếu thu, chi (mã {c.entry_id}).")
    verb = "Phiếu thu" if entry["direction"] == "receipt" else "Phiếu chi"
    return Job(
        f"{verb} số {entry['number']} năm {entry['year']}",
        lambda out, reserve=False, progress=None: print_fund_voucher(store, entry["id"], out),
    )


def grading(store: Store, c: Choices) -> Job:
    from desktop_app.reports.grading_forms import print_grading

    year = _year(store, c)
    return Job(
        f"Quyết định xếp loại Ban công tác Mặt trận năm {year}",
        lambda out, reserve=False, progress=None: print_grading(
            store, year, out, reserve_number=reserve
        ),
    )


def commendations(store: Store, c: Choices) -> Job:
    from desktop_app.reports.grading_forms import print_commendations

    year = _year(store, c)
    return Job(
        f"Danh sách đề nghị khen thưởng năm {year}",
        lambda out, reserve=False, progress=None: print_commendations(store, year, out),
    )


def petitions_report(store: Store, c: Choices) -> Job:
    from desktop_app.reports.petitions_report import print_petitions_report

    if not c.date_from or not c.date_to or len(c.date_from) != 10 or len(c.date_to) != 10:
        raise UserError(
            "Hãy ghi kỳ báo cáo: từ ngày nào đến ngày nào (ví dụ 01/01/2026 đến 31/12/2026)."
        )
    start, end = c.date_from, c.date_to
    return Job(
        f"Báo cáo tổng hợp ý kiến, kiến nghị {start[8:]}-{start[5:7]}-{start[:4]} đến {end[8:]}-{end[5:7]}-{end[:4]}",
        lambda out, reserve=False, progress=None: print_petitions_report(
            store, start, end, out, reserve_number=reserve
        ),
    )


def supervision_plan(store: Store, c: Choices) -> Job:
    from desktop_app.reports.supervision_forms import print_supervision_plan

    year = _year(store, c)
    return Job(
        f"Kế hoạch giám sát năm {year}",
        lambda out, reserve=False, progress=None: print_supervision_plan(
            store, year, out, reserve_number=reserve
        ),
    )


def petitions_summary(store: Store, c: Choices) -> Job:
    from desktop_app.reports.petitions_summary import print_petitions_summary

    _whole_year(c)
    year = _year(store, c)
    return Job(
        f"Tình hình tiếp nhận, trả lời ý kiến, kiến nghị năm {year}",
        lambda out, reserve=False, progress=None: print_petitions_summary(store, year, out),
    )


FORMS: tuple[FormSpec, ...] = (
    FormSpec(
        "body_roster", "Danh sách thành viên của một ban", ("kind", "body"), body_roster, ALL_KINDS
    ),
    FormSpec(
        "register_roster",
        "Danh sách thành viên các ban",
        ("kind", "village"),
        register_roster,
        BOARD_KINDS,
    ),
    FormSpec(
        "decision",
        "Quyết định công nhận ban",
        ("kind", "body"),
        decision,
        BOARD_KINDS,
        numbered=True,
        command="decision",
    ),
    FormSpec(
        "comment_forms",
        "Phiếu nhận xét đảng viên nơi cư trú",
        ("year", "village", "person", "blank"),
        comment_forms,
        command="comment-form",
    ),
    FormSpec(
        "due_list",
        "Danh sách đảng viên đến hạn nhận xét",
        ("year", "village"),
        due_list,
        command="due-list",
    ),
    FormSpec(
        "activity_report",
        "Báo cáo kết quả các cuộc vận động",
        ("year", "half"),
        activity_report,
        numbered=True,
        command="activity-report",
    ),
    FormSpec(
        "people", "Danh sách người", ("village", "search", "sex", "party"), people, command="people"
    ),
    FormSpec(
        "fund_report",
        "Báo cáo thu, chi quỹ",
        ("fund", "date_from", "date_to"),
        fund_report,
        numbered=True,
        command="fund-report",
    ),
    FormSpec(
        "fund_public_list",
        "Danh sách công khai thu, chi quỹ",
        ("fund", "date_from", "date_to"),
        fund_public_list,
        command="fund-public-list",
    ),
    FormSpec(
        "fund_voucher", "Phiếu thu, phiếu chi", ("entry",), fund_voucher, command="fund-voucher"
    ),
    FormSpec(
        "grading",
        "Quyết định xếp loại Ban công tác Mặt trận",
        ("year",),
        grading,
        numbered=True,
        command="grading",
    ),
    FormSpec(
        "commendations",
        "Danh sách đề nghị khen thưởng",
        ("year",),
        commendations,
        command="commendations",
    ),
    # the people's voice (a supervision's own report: `print supervision-report --id`, and its page)
    FormSpec(
        "petitions_report",
        "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri và nhân dân",
        ("date_from", "date_to"),
        petitions_report,
        numbered=True,
        command="petitions-report",
    ),
    FormSpec(
        "supervision_plan", "Kế hoạch giám sát năm", ("year",), supervision_plan, numbered=True
    ),
    # An upper-level office: the consolidated forms over its communes, and the import record.
    FormSpec(
        "campaigns",
        "Tổng hợp kết quả các cuộc vận động",
        ("year", "half"),
        campaigns_summary,
        office="upper",
    ),
    FormSpec(
        "reg213",
        "Tiến độ nhận xét đảng viên nơi cư trú",
        ("year",),
        reg213_summary,
        office="upper",
    ),
    FormSpec(
        "funds",
        "Quỹ “Vì người nghèo” và xếp loại Ban công tác Mặt trận",
        ("year",),
        funds_summary,
        office="upper",
    ),
    FormSpec("communes", "Tình hình gửi dữ liệu của các xã", (), commune_sending, office="upper"),
    FormSpec(
        "petitions",
        "Tình hình tiếp nhận, trả lời ý kiến, kiến nghị",
        ("year",),
        petitions_summary,
        office="upper",
    ),
    FormSpec(
        "import_record", "Biên bản nhập gói dữ liệu", ("import",), import_record, office="upper"
    ),
)
# The forms of `somattran print consolidated --report KEY`.
CONSOLIDATED = ("campaigns", "reg213", "funds", "communes", "petitions")


def forms_for(office: Office) -> tuple[FormSpec, ...]:
    """The forms an office of this kind prints, in the order the print page lists them."""
    return tuple(f for f in FORMS if f.office == office)


def form(key: str) -> FormSpec:
    for spec in FORMS:
        if spec.key == key:
            return spec
    raise UserError(f"Không có biểu mẫu «{key}». Hãy chọn: {', '.join(f.key for f in FORMS)}.")
