"""Vietnamese names for what the audit trail stores as codes: its tables (and printed lists) and
the fields of their records, for the Nhật ký page and its printed form (the table names also
for the sync summaries and the import record: store/synced_tables.py). The trail itself and
`somattran audit --format json` keep the codes (a contract); an unknown code is shown as it is.
"""

from __future__ import annotations

TABLE_LABELS: dict[str, str] = {
    "villages": "Khu dân cư",
    "people": "Người",
    "bodies": "Các ban",
    "memberships": "Thành viên các ban",
    "campaigns": "Cuộc vận động",
    "activities": "Hoạt động",
    "residents": "Đảng viên nơi cư trú",
    "evaluations": "Phiếu nhận xét đảng viên nơi cư trú",
    "documents": "Sổ văn bản đi",
    "funds": "Quỹ",
    "fund_entries": "Phiếu thu, chi quỹ",
    "gradings": "Chấm điểm Ban công tác Mặt trận",
    "commendations": "Khen thưởng",
    "petitions": "Ý kiến, kiến nghị",
    "supervisions": "Cuộc giám sát",
    "recommendations": "Kiến nghị sau giám sát",
    "criticisms": "Phản biện xã hội",
    "office": "Thông tin đơn vị",
    "settings": "Cài đặt",
    "accounts": "Tài khoản",
    "import_batches": "Nhập từ Excel",
    "sync_exports": "Gói gửi cấp trên",
    "sync_imports": "Gói nhận từ xã",
    "sync_quarantine": "Bản ghi chờ xét",
    "sync_keys": "Khóa của đơn vị",
    "sync_upper_keys": "Khóa cấp trên",
    "sync_commune_keys": "Khóa của xã",
    # printed lists with sensitive fields (Store.audit_print)
    "people_list": "Danh sách người (bản in)",
    "due_list": "Danh sách đảng viên đến hạn nhận xét (bản in)",
}

FIELD_LABELS: dict[str, str] = {
    # people
    "full_name": "Họ và tên",
    "sex": "Giới tính",
    "birth_date": "Ngày sinh",
    "ethnicity_code": "Dân tộc",
    "religion_code": "Tôn giáo",
    "village_id": "Khu dân cư",
    "village_ids": "Khu dân cư",
    "id_number": "Số định danh (CCCD)",
    "phone": "Điện thoại",
    "occupation": "Nghề nghiệp",
    "education": "Trình độ học vấn",
    "theory_level": "Trình độ lý luận chính trị",
    "party_member": "Đảng viên",
    "party_admission_date": "Ngày vào Đảng",
    "notes": "Ghi chú",
    "deleted_at": "Xóa lúc",
    # villages
    "name": "Tên",
    "kind": "Loại",
    "code": "Mã",
    "valid_from": "Có từ ngày",
    "valid_to": "Đến ngày",
    "merged_into": "Sáp nhập vào",
    "party_secretary": "Bí thư chi bộ",
    # bodies and memberships
    "project_name": "Công trình, dự án",
    "term_label": "Nhiệm kỳ",
    "term_start": "Nhiệm kỳ từ",
    "term_end": "Nhiệm kỳ đến",
    "decision_number": "Số quyết định",
    "decision_date": "Ngày quyết định",
    "decision_signer": "Người ký quyết định",
    "predecessor_id": "Ban trước",
    "dissolved_on": "Giải thể ngày",
    "person_id": "Người",
    "body_id": "Ban",
    "role": "Chức danh",
    "branch": "Đại diện",
    "start_date": "Từ ngày",
    "end_date": "Đến ngày",
    "end_reason": "Lý do thôi",
    # campaigns and activities
    "short_name": "Tên ngắn",
    "start_year": "Từ năm",
    "end_year": "Đến năm",
    "description": "Mô tả",
    "campaign_id": "Cuộc vận động",
    "date": "Ngày",
    "title": "Tên hoạt động",
    "participants": "Số người tham gia",
    "money_raised": "Số tiền vận động",
    "houses_built": "Nhà xây mới",
    "houses_repaired": "Nhà sửa chữa",
    "houses_cost": "Kinh phí nhà",
    "gifts": "Suất quà",
    "gifts_value": "Trị giá quà",
    "scholarships": "Suất học bổng",
    "scholarships_value": "Trị giá học bổng",
    "beneficiaries": "Người được hỗ trợ",
    "households_recognised": "Hộ được công nhận",
    # residents and evaluations (Regulation 213)
    "resident_id": "Đảng viên",
    "party_cell": "Chi bộ nơi cư trú",
    "letter_number": "Số giấy giới thiệu",
    "letter_date": "Ngày giấy giới thiệu",
    "letter_issuer": "Nơi cấp giấy giới thiệu",
    "workplace": "Nơi công tác",
    "workplace_party_org": "Tổ chức đảng nơi công tác",
    "category": "Diện",
    "received_date": "Ngày nhận",
    "registered_date": "Ngày đăng ký",
    "left_date": "Ngày chuyển đi",
    "year": "Năm",
    "form_version": "Mẫu phiếu",
    "ratings": "Đánh giá",
    "recommendation": "Đề nghị",
    "comments": "Nhận xét",
    "meeting_date": "Ngày họp",
    "cell_signer": "Người ký (chi bộ)",
    "front_signer": "Người ký (Mặt trận)",
    "state": "Tình trạng",
    "due_date": "Hạn",
    "requested_date": "Ngày đề nghị",
    "commented_date": "Ngày nhận xét",
    "confirmed_date": "Ngày xác nhận",
    "returned_date": "Ngày gửi lại",
    "version": "Lần",
    "supersedes_id": "Thay phiếu",
    "changed_after_confirmation": "Sửa sau xác nhận",
    "purpose": "Nội dung",
    # documents
    "doc_type": "Loại văn bản",
    "number": "Số",
    "symbol": "Ký hiệu",
    "subject": "Trích yếu",
    "ref_key": "Văn bản",
    "signer": "Người ký",
    # funds
    "key": "Mã",
    "opened_on": "Mở ngày",
    "closed_on": "Đóng ngày",
    "opening_balance": "Số dư đầu",
    "fund_id": "Quỹ",
    "direction": "Thu / chi",
    "entry_date": "Ngày",
    "party_kind": "Đối tượng",
    "party_name": "Người nộp / nhận",
    "amount": "Số tiền",
    "in_kind": "Hiện vật",
    "in_kind_value": "Trị giá hiện vật",
    "house_progress": "Tiến độ nhà",
    "campaign_month": "Tháng cao điểm",
    # gradings and commendations
    "criteria_version": "Bộ tiêu chí",
    "scores": "Điểm",
    "total": "Tổng điểm",
    "rank": "Xếp loại",
    "evidence": "Minh chứng",
    "subject_kind": "Đối tượng",
    "household_name": "Hộ gia đình",
    "form": "Hình thức",
    "level": "Cấp",
    "reason": "Lý do",
    "status": "Tình trạng",
    # petitions, supervisions, recommendations, criticisms
    "channel": "Kênh tiếp nhận",
    "round_label": "Đợt",
    "raised_by": "Người nêu",
    "content": "Nội dung",
    "field": "Lĩnh vực",
    "is_group": "Nhóm ý kiến",
    "grouped_into": "Gộp vào",
    "agency": "Cơ quan giải quyết",
    "forwarded_doc": "Văn bản chuyển",
    "forwarded_date": "Ngày chuyển",
    "reply_date": "Ngày trả lời",
    "reply_doc": "Văn bản trả lời",
    "reply_content": "Nội dung trả lời",
    "resolved_date": "Ngày giải quyết xong",
    "made_public": "Đã công khai",
    "team_ids": "Đoàn giám sát",
    "findings": "Kết quả",
    "supervision_id": "Cuộc giám sát",
    "made_date": "Ngày kiến nghị",
    "draft": "Dự thảo",
    "drafting_agency": "Cơ quan soạn thảo",
    "conference_date": "Ngày hội nghị",
    "participants_note": "Thành phần",
    "opinions": "Ý kiến",
    "sent_doc": "Văn bản gửi",
    "sent_date": "Ngày gửi",
    "answer_date": "Ngày tiếp thu, giải trình",
    "answer_content": "Nội dung tiếp thu, giải trình",
    # the office
    "unit_kind": "Loại đơn vị",
    "commune_name": "Tên xã",
    "commune_code": "Mã xã",
    "province_name": "Tỉnh",
    "province_code": "Mã tỉnh",
    "upper_name": "Cấp trên",
    "upper_code": "Mã cấp trên",
    "address": "Địa chỉ",
    "installation_id": "Mã cài đặt",
    "database_id": "Mã cơ sở dữ liệu",
    # entries that are not a register's row
    "rows": "Số dòng",
    "filters": "Điều kiện lọc",
    "file": "Tệp",
    "from": "Từ tệp",
    "sheet": "Trang tính",
    "target": "Sổ",
    "records": "Số bản ghi",
    "batch_id": "Lần nhập",
    "sequence": "Số thứ tự gói",
    "full": "Gói đầy đủ",
    "changes": "Thay đổi",
    "quarantined": "Chờ xét",
    "applied": "Đã áp dụng",
    "fingerprint": "Dấu vân tay khóa",
    "office": "Đơn vị",
    "upper": "Cấp trên",
    "recovery": "Bằng khóa khôi phục",
}

# The same code meaning something else in one table.
_FIELD_IN_TABLE: dict[tuple[str, str], str] = {
    ("villages", "name"): "Tên khu dân cư",
    ("villages", "kind"): "Loại (thôn, tổ dân phố…)",
    ("bodies", "name"): "Tên ban",
    ("bodies", "kind"): "Loại ban",
    ("campaigns", "name"): "Tên cuộc vận động",
    ("campaigns", "kind"): "Cấp",
    ("funds", "name"): "Tên quỹ",
    ("funds", "kind"): "Loại quỹ",
    ("accounts", "name"): "Tên tài khoản",
    ("accounts", "role"): "Vai trò",
    ("office", "name"): "Tên đơn vị",
    ("office", "role"): "Cấp",
    ("supervisions", "subject"): "Nội dung giám sát",
    ("supervisions", "form"): "Hình thức giám sát",
    ("people", "village_id"): "Khu dân cư",
    ("import_batches", "target"): "Sổ nhập vào",
}


def table_label(code: str | None) -> str:
    if not code:
        return ""
    return TABLE_LABELS.get(code, code)


def field_label(table: str | None, code: str | None) -> str:
    """The field's name in Vietnamese; in the `settings` table the field is a setting's key."""
    if not code:
        return ""
    if table == "settings":
        from desktop_app.core.settings import SETTINGS

        return next((s.label for s in SETTINGS if s.key == code), code)
    return _FIELD_IN_TABLE.get((table or "", code)) or FIELD_LABELS.get(code, code)


def _value_labels() -> dict[tuple[str, str], dict[str, str]]:
    from desktop_app.core import enums, funds, grading, roles

    return {
        ("people", "sex"): enums.SEXES,
        ("villages", "kind"): enums.VILLAGE_KINDS,
        ("bodies", "kind"): enums.BODY_KINDS,
        ("memberships", "role"): enums.ROLES,
        ("memberships", "branch"): enums.BRANCHES,
        ("memberships", "end_reason"): enums.END_REASONS,
        ("campaigns", "kind"): enums.CAMPAIGN_KINDS,
        ("documents", "doc_type"): enums.DOC_TYPES,
        ("office", "unit_kind"): enums.UNIT_KINDS,
        ("office", "role"): enums.OFFICE_ROLES,
        ("residents", "category"): enums.RESIDENT_CATEGORIES,
        ("evaluations", "state"): enums.EVALUATION_STATES,
        ("evaluations", "purpose"): enums.COMMENT_PURPOSES,
        ("petitions", "channel"): enums.PETITION_CHANNELS,
        ("petitions", "status"): enums.PETITION_STATUSES,
        ("supervisions", "form"): enums.SUPERVISION_FORMS,
        ("supervisions", "status"): enums.SUPERVISION_STATUSES,
        ("funds", "kind"): funds.FUND_KINDS,
        ("fund_entries", "direction"): funds.DIRECTIONS,
        ("fund_entries", "party_kind"): funds.PARTY_KINDS,
        ("fund_entries", "purpose"): funds.PURPOSES,
        ("fund_entries", "house_progress"): funds.HOUSE_PROGRESS,
        ("commendations", "subject_kind"): grading.COMMENDATION_SUBJECTS,
        ("commendations", "form"): grading.COMMENDATION_FORMS,
        ("commendations", "level"): grading.COMMENDATION_LEVELS,
        ("commendations", "status"): grading.COMMENDATION_STATUSES,
        ("accounts", "role"): roles.ROLES,
    }


_VALUES: dict[tuple[str, str], dict[str, str]] = {}


def value_label(table: str | None, field: str | None, value: object) -> object:
    """A stored code of a field with a list of choices (sex, role, status…) as the officer reads
    it ("female" → "Nữ"); any other value as it is."""
    if not isinstance(value, str) or not table or not field:
        return value
    if not _VALUES:
        _VALUES.update(_value_labels())
    return _VALUES.get((table, field), {}).get(value, value)
