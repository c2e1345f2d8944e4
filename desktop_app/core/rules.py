"""The domain rules each record must meet before it is saved.

Each validator takes the whole record (a dict of stored values, text already
normalised) and returns Issues: errors block saving, warnings ask once.
"""

from __future__ import annotations

from datetime import date

from desktop_app.core import enums, idnumber
from desktop_app.core.errors import Issue, error, warning

MAX_MONEY = 10**13  # 10,000 tỷ đồng: anything above is a typing slip


def _required(record: dict, field: str, label: str) -> list[Issue]:
    value = record.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return [error(field, f"Chưa nhập {label}.")]
    return []


def _code(
    record: dict, field: str, mapping: dict[str, str], label: str, required: bool = True
) -> list[Issue]:
    value = record.get(field)
    if value in (None, ""):
        return [error(field, f"Chưa chọn {label}.")] if required else []
    if value not in mapping:
        return [error(field, f"{label.capitalize()} “{value}” không hợp lệ.")]
    return []


def _not_future(record: dict, field: str, label: str, today: date) -> list[Issue]:
    value = record.get(field)
    if not value:
        return []
    if len(value) == 4:
        return [error(field, f"{label} không thể ở tương lai.")] if int(value) > today.year else []
    if value[:10] > today.isoformat():
        return [error(field, f"{label} không thể sau ngày hôm nay.")]
    return []


def _order(record: dict, start: str, end: str, start_label: str, end_label: str) -> list[Issue]:
    a, b = record.get(start), record.get(end)
    if a and b and str(b) < str(a):
        return [error(end, f"{end_label} phải sau {start_label}.")]
    return []


def _non_negative(record: dict, fields: dict[str, str]) -> list[Issue]:
    issues = []
    for field, label in fields.items():
        value = record.get(field)
        if value is None or value == "":
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            issues.append(error(field, f"{label}: cần một số nguyên."))
        elif value < 0:
            issues.append(error(field, f"{label} không được âm."))
        elif value > MAX_MONEY:
            issues.append(error(field, f"{label} quá lớn, kiểm tra lại số đã nhập."))
    return issues


def validate_village(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "name", "tên khu dân cư")
    issues += _code(record, "kind", enums.VILLAGE_KINDS, "loại khu dân cư")
    issues += _order(record, "valid_from", "valid_to", "ngày thành lập", "Ngày hết hiệu lực")
    if record.get("merged_into") and record.get("merged_into") == record.get("id"):
        issues.append(error("merged_into", "Khu dân cư không thể sáp nhập vào chính nó."))
    return issues


def validate_person(
    record: dict, today: date, province_prefixes: set[str] | None = None
) -> list[Issue]:
    issues = _required(record, "full_name", "họ và tên")
    name = record.get("full_name") or ""
    if name and len(name.split()) < 2:
        issues.append(warning("full_name", "Họ và tên chỉ có một chữ; kiểm tra lại."))
    if len(name) > 120:
        issues.append(error("full_name", "Họ và tên dài quá 120 ký tự."))
    issues += _code(record, "sex", enums.SEXES, "giới tính")
    issues += _not_future(record, "birth_date", "Ngày sinh", today)
    birth = record.get("birth_date")
    if birth and today.year - int(birth[:4]) > 120:
        issues.append(error("birth_date", "Năm sinh quá xa (trên 120 tuổi)."))
    birth_year = int(birth[:4]) if birth else None
    issues += idnumber.check(
        record.get("id_number"), record.get("sex"), birth_year, province_prefixes
    )
    phone = record.get("phone")
    if phone:
        digits = phone.replace(" ", "").replace(".", "").removeprefix("+84")
        if not digits.isdigit() or not 9 <= len(digits) <= 11:
            issues.append(warning("phone", f"Số điện thoại “{phone}” có vẻ không đúng."))
    if record.get("party_admission_date"):
        if not record.get("party_member"):
            issues.append(
                error("party_admission_date", "Có ngày vào Đảng nhưng chưa đánh dấu là đảng viên.")
            )
        issues += _not_future(record, "party_admission_date", "Ngày vào Đảng", today)
        if birth and record["party_admission_date"][:4] < str(int(birth[:4]) + 16):
            issues.append(
                warning("party_admission_date", "Ngày vào Đảng sớm hơn tuổi 18; kiểm tra lại.")
            )
    return issues


def validate_body(record: dict, today: date) -> list[Issue]:
    issues = _code(record, "kind", enums.BODY_KINDS, "loại ban")
    issues += _required(record, "name", "tên ban")
    kind = record.get("kind")
    if kind == "village_committee" and not record.get("village_id"):
        issues.append(error("village_id", "Ban công tác Mặt trận phải thuộc một khu dân cư."))
    if kind == "supervision_board" and not record.get("project_name"):
        issues.append(error("project_name", "Chưa nhập tên công trình, dự án được giám sát."))
    issues += _order(record, "term_start", "term_end", "đầu nhiệm kỳ", "Cuối nhiệm kỳ")
    issues += _not_future(record, "decision_date", "Ngày quyết định", today)
    if record.get("decision_number") and not record.get("decision_date"):
        issues.append(warning("decision_date", "Có số quyết định nhưng chưa có ngày quyết định."))
    return issues


def validate_membership(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "person_id", "người")
    issues += _required(record, "body_id", "ban")
    issues += _code(record, "role", enums.ROLES, "chức danh")
    issues += _code(record, "branch", enums.BRANCHES, "tổ chức đại diện", required=False)
    issues += _order(record, "start_date", "end_date", "ngày bắt đầu", "Ngày kết thúc")
    if record.get("end_date") and not record.get("end_reason"):
        issues.append(error("end_reason", "Chưa chọn lý do thôi tham gia."))
    issues += _code(record, "end_reason", enums.END_REASONS, "lý do thôi", required=False)
    if record.get("end_reason") and not record.get("end_date"):
        issues.append(error("end_date", "Chưa nhập ngày thôi tham gia."))
    return issues


def validate_campaign(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "name", "tên cuộc vận động")
    issues += _code(record, "kind", enums.CAMPAIGN_KINDS, "loại cuộc vận động")
    issues += _order(record, "start_year", "end_year", "năm bắt đầu", "Năm kết thúc")
    return issues


def validate_activity(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "campaign_id", "cuộc vận động")
    issues += _required(record, "title", "tên hoạt động")
    issues += _required(record, "date", "ngày hoạt động")
    issues += _non_negative(record, enums.INDICATORS)
    if record.get("date") and record["date"] > date(today.year + 1, 12, 31).isoformat():
        issues.append(error("date", "Ngày hoạt động quá xa trong tương lai."))
    return issues


def validate_resident(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "person_id", "đảng viên")
    issues += _required(record, "village_id", "khu dân cư nơi cư trú")
    issues += _code(record, "category", enums.RESIDENT_CATEGORIES, "diện sinh hoạt")
    issues += _required(record, "workplace", "nơi công tác")
    for field, label in (
        ("letter_date", "Ngày giấy giới thiệu"),
        ("received_date", "Ngày nhận giấy"),
        ("registered_date", "Ngày đăng ký"),
    ):
        issues += _not_future(record, field, label, today)
    issues += _order(
        record, "letter_date", "received_date", "ngày giấy giới thiệu", "Ngày nhận giấy"
    )
    issues += _order(record, "received_date", "registered_date", "ngày nhận giấy", "Ngày đăng ký")
    issues += _order(record, "registered_date", "left_date", "ngày đăng ký", "Ngày chuyển đi")
    return issues


def validate_evaluation(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "resident_id", "đảng viên")
    year = record.get("year")
    if not isinstance(year, int) or not 2020 <= year <= today.year + 1:
        issues.append(error("year", "Năm nhận xét không hợp lệ."))
    issues += _code(record, "state", enums.EVALUATION_STATES, "trạng thái")
    issues += _not_future(record, "meeting_date", "Ngày họp nhận xét", today)
    return issues
