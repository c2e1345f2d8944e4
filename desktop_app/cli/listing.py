"""The registers as lists of rows with Vietnamese headers: for `somattran list` and exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core import enums, funds, grading
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.core.text import thousands
from desktop_app.store import refdata
from desktop_app.store.db import Store


@dataclass(frozen=True)
class Listing:
    # column key → Vietnamese header, for the table format
    columns: dict[str, str]
    fetch: Callable[[Store, dict], list[dict]]
    # keys whose value is a code shown through a label map in the table
    labels: dict[str, dict[str, str]]


def _village_id(store: Store, opts: dict) -> str | None:
    name = opts.get("village")
    return store.villages.require_by_name(name)["id"] if name else None


def _people(store: Store, o: dict) -> list[dict]:
    return store.people.query(search=o.get("search"), village_id=_village_id(store, o))


def _bodies(kind: str) -> Callable[[Store, dict], list[dict]]:
    return lambda store, o: store.bodies.query(
        kind=kind, village_id=_village_id(store, o), search=o.get("search")
    )


def _activities(store: Store, o: dict) -> list[dict]:
    """--year Y is the reporting year of the settings' cut-offs, so the list adds up to `report activities`."""
    names = store.villages.names()
    bounds: dict[str, str] = {}
    if o.get("year"):
        from desktop_app.store.rollups import period

        p = period(store, o["year"])
        bounds = {"date_from": p.start.isoformat(), "date_to": p.end.isoformat()}
    rows = store.activities.query(
        village_id=_village_id(store, o), search=o.get("search"), **bounds
    )
    for row in rows:
        row["village_names"] = ", ".join(
            names.get(i, i) for i in json.loads(row["village_ids"] or "[]")
        )
    return rows


def _funds(store: Store, o: dict) -> list[dict]:
    rows = store.funds.query()
    for row in rows:
        row["balance"] = store.funds.balance(row["id"])
    return rows


def _gradings(store: Store, o: dict) -> list[dict]:
    """Ranks are codes of the criteria file the grading used: its labels are added beside them."""
    rows = store.gradings.query(year=o.get("year"))
    for row in rows:
        criteria = store.gradings.criteria(row["criteria_version"])
        row["rank_label"] = criteria.rank_label(row["rank"])
        row["previous_rank_label"] = (
            criteria.rank_label(row["previous_rank"]) if row["previous_rank"] else None
        )
    return rows


def _status(o: dict, allowed: dict[str, str]) -> str | None:
    status = o.get("status")
    if status and status not in allowed:
        raise UserError(f"Không có trạng thái “{status}”. Chọn một trong: {', '.join(allowed)}.")
    return status


def _petitions(store: Store, o: dict) -> list[dict]:
    rows = store.petitions.query(
        year=o.get("year"),
        status=_status(o, enums.FOLLOW_FILTERS),
        village_id=_village_id(store, o),
        search=o.get("search"),
    )
    fields = refdata.petition_fields()
    for row in rows:
        row["field_name"] = fields.get(row.get("field") or "", row.get("field"))
        if row.get("is_group"):
            row["village_name"] = row.get("origin_villages") or ""
    return rows


_FOLLOW_COLUMNS = {
    "agency": "Cơ quan trả lời",
    "forwarded_date": "Ngày chuyển",
    "due_date": "Hạn trả lời",
    "reply_date": "Ngày trả lời",
    "status": "Trạng thái",
    "overdue": "Quá hạn",
}

_BODY_COLUMNS = {
    "name": "Tên ban",
    "village_name": "Khu dân cư",
    "term_label": "Nhiệm kỳ",
    "decision_number": "Số quyết định",
    "member_count": "Số thành viên",
}

LISTINGS: dict[str, Listing] = {
    "villages": Listing(
        {"name": "Tên khu dân cư", "kind": "Loại", "code": "Mã"},
        lambda s, o: s.villages.query(search=o.get("search")),
        {"kind": enums.VILLAGE_KINDS},
    ),
    "people": Listing(
        {
            "full_name": "Họ và tên",
            "sex": "Giới tính",
            "birth_date": "Ngày sinh",
            "village_name": "Khu dân cư",
            "id_number": "Số định danh (CCCD)",
            "phone": "Điện thoại",
        },
        _people,
        {"sex": enums.SEXES},
    ),
    "committees": Listing(_BODY_COLUMNS, _bodies("village_committee"), {}),
    "inspection-boards": Listing(_BODY_COLUMNS, _bodies("inspection_board"), {}),
    "supervision-boards": Listing(
        {**_BODY_COLUMNS, "project_name": "Công trình, dự án"}, _bodies("supervision_board"), {}
    ),
    "memberships": Listing(
        {
            "full_name": "Họ và tên",
            "body_name": "Ban",
            "role": "Chức danh",
            "branch": "Đại diện",
            "start_date": "Từ ngày",
            "end_date": "Đến ngày",
            "end_reason": "Lý do thôi",
        },
        lambda s, o: s.memberships.query(village_id=_village_id(s, o), search=o.get("search")),
        {"role": enums.ROLES, "branch": enums.BRANCHES, "end_reason": enums.END_REASONS},
    ),
    "campaigns": Listing(
        {"name": "Cuộc vận động", "kind": "Cấp", "start_year": "Từ năm", "end_year": "Đến năm"},
        lambda s, o: s.campaigns.query(year=o.get("year"), search=o.get("search")),
        {"kind": enums.CAMPAIGN_KINDS},
    ),
    "activities": Listing(
        {
            "date": "Ngày",
            "campaign_name": "Cuộc vận động",
            "title": "Hoạt động",
            "village_names": "Khu dân cư",
            "participants": "Người tham gia",
            "money_raised": "Số tiền (đồng)",
        },
        _activities,
        {},
    ),
    "residents": Listing(
        {
            "full_name": "Họ và tên",
            "village_name": "Khu dân cư",
            "workplace": "Nơi công tác",
            "category": "Diện",
            "letter_number": "Số giấy giới thiệu",
            "received_date": "Ngày nhận giấy",
            "state": "Trạng thái",
            "registration_overdue": "Quá hạn đăng ký",
        },
        lambda s, o: s.residents.query(village_id=_village_id(s, o), search=o.get("search")),
        {"category": enums.RESIDENT_CATEGORIES, "state": enums.RESIDENT_STATES},
    ),
    "evaluations": Listing(
        {
            "year": "Năm",
            "full_name": "Họ và tên",
            "village_name": "Khu dân cư",
            "state": "Trạng thái",
            "due_date": "Hạn",
            "overdue": "Quá hạn",
            "recommendation_label": "Đề nghị",
            "version": "Lần sửa",
            "form_version": "Mẫu phiếu",
        },
        lambda s, o: s.evaluations.query(
            year=o.get("year"), village_id=_village_id(s, o), search=o.get("search")
        ),
        {"state": enums.EVALUATION_STATES},
    ),
    "funds": Listing(
        {
            "key": "Mã quỹ",
            "name": "Tên quỹ",
            "kind": "Loại",
            "opening_balance": "Số dư đầu (đồng)",
            "balance": "Số dư hiện nay (đồng)",
        },
        _funds,
        {"kind": funds.FUND_KINDS},
    ),
    "fund-entries": Listing(
        {
            "entry_date": "Ngày",
            "fund_key": "Quỹ",
            "direction": "Thu/chi",
            "number": "Số phiếu",
            "party": "Người nộp / người nhận",
            "village_name": "Khu dân cư",
            "amount": "Số tiền (đồng)",
            "purpose": "Nội dung chi",
            "decision_number": "Quyết định",
            "house_progress": "Tiến độ nhà",
        },
        lambda s, o: s.fund_entries.query(year=o.get("year"), search=o.get("search")),
        {
            "direction": funds.DIRECTIONS,
            "purpose": funds.PURPOSES,
            "house_progress": funds.HOUSE_PROGRESS,
        },
    ),
    "gradings": Listing(
        {
            "year": "Năm",
            "village_name": "Khu dân cư",
            "total": "Tổng điểm",
            "rank_label": "Xếp loại",
            "previous_total": "Điểm năm trước",
            "previous_rank_label": "Xếp loại năm trước",
        },
        _gradings,
        {},
    ),
    "commendations": Listing(
        {
            "year": "Năm",
            "subject_name": "Được khen",
            "village_name": "Khu dân cư",
            "form": "Hình thức",
            "level": "Cấp khen",
            "status": "Trạng thái",
            "decision_number": "Số quyết định",
            "reason": "Thành tích",
        },
        lambda s, o: s.commendations.query(year=o.get("year")),
        {
            "form": grading.COMMENDATION_FORMS,
            "level": grading.COMMENDATION_LEVELS,
            "status": grading.COMMENDATION_STATUSES,
        },
    ),
    # the people's voice and the Front's oversight
    "petitions": Listing(
        {
            "received_date": "Ngày nhận",
            "village_name": "Khu dân cư",
            "content": "Nội dung",
            "field_name": "Lĩnh vực",
            "member_count": "Số ý kiến gộp",
            **_FOLLOW_COLUMNS,
        },
        _petitions,
        {"status": enums.PETITION_STATUSES},
    ),
    "supervisions": Listing(
        {
            "year": "Năm",
            "subject": "Nội dung giám sát",
            "form": "Hình thức",
            "start_date": "Từ ngày",
            "end_date": "Đến ngày",
            "status": "Tình trạng",
            "recommendation_count": "Số kiến nghị",
            "answered_count": "Đã trả lời",
            "overdue_count": "Quá hạn",
        },
        lambda s, o: s.supervisions.query(
            year=o.get("year"),
            search=o.get("search"),
            status=_status(o, enums.SUPERVISION_STATUSES),
        ),
        {"form": enums.SUPERVISION_FORMS, "status": enums.SUPERVISION_STATUSES},
    ),
    "recommendations": Listing(
        {
            "year": "Năm",
            "supervision_subject": "Cuộc giám sát",
            "content": "Kiến nghị",
            "made_date": "Ngày kiến nghị",
            **_FOLLOW_COLUMNS,
        },
        lambda s, o: s.recommendations.query(
            year=o.get("year"), search=o.get("search"), status=_status(o, enums.FOLLOW_FILTERS)
        ),
        {"status": enums.PETITION_STATUSES},
    ),
}
REGISTERS = tuple(LISTINGS)
TITLES = {
    "villages": "Danh sách khu dân cư",
    "people": "Danh sách người",
    "committees": "Ban công tác Mặt trận",
    "inspection-boards": "Ban thanh tra nhân dân",
    "supervision-boards": "Ban giám sát đầu tư của cộng đồng",
    "memberships": "Danh sách thành viên các ban",
    "campaigns": "Các cuộc vận động",
    "activities": "Hoạt động các cuộc vận động",
    "residents": "Đảng viên sinh hoạt nơi cư trú",
    "evaluations": "Nhận xét đảng viên nơi cư trú",
    "petitions": "Ý kiến, kiến nghị của cử tri và nhân dân",
    "supervisions": "Các cuộc giám sát",
    "recommendations": "Kiến nghị sau giám sát",
}

_DATE_KEYS = {
    "birth_date",
    "start_date",
    "end_date",
    "date",
    "due_date",
    "received_date",
    "entry_date",
    "forwarded_date",
    "reply_date",
    "made_date",
}


def rows_for(store: Store, register: str, options: dict) -> list[dict]:
    if register not in LISTINGS:
        raise UserError(f"Không có sổ “{register}”. Chọn một trong: {', '.join(REGISTERS)}.")
    from desktop_app.core import bounds as limits

    options = {
        **options,
        "year": limits.check_year(options.get("year")),
        "search": limits.check_search(options.get("search")),
    }
    if options.get("status") and register not in ("petitions", "supervisions", "recommendations"):
        raise UserError("--status chỉ dùng với các sổ petitions, supervisions, recommendations.")
    return LISTINGS[register].fetch(store, options)


def shown(register: str, key: str, value: object) -> str:
    """A stored value as an officer reads it in the table."""
    listing = LISTINGS[register]
    if value is None:
        return ""
    if key in listing.labels:
        return enums.label(listing.labels[key], str(value))
    if key in _DATE_KEYS:
        return display(str(value))
    if isinstance(value, bool) or key in ("overdue", "registration_overdue"):
        return "Có" if value else ""
    if isinstance(value, int) and key in enums.MONEY_INDICATORS + (
        "money_raised",
        "amount",
        "balance",
        "opening_balance",
    ):
        return thousands(value)
    return str(value)
