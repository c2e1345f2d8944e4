"""Every enumeration stored as a stable English code, with its Vietnamese label — in one place."""

from __future__ import annotations

VILLAGE_KINDS = {
    "thon": "Thôn",
    "ban": "Bản",
    "khoi_pho": "Khối phố",
    "to_dan_pho": "Tổ dân phố",
    "ap": "Ấp",
    "lang": "Làng",
}

SEXES = {"male": "Nam", "female": "Nữ"}

BODY_KINDS = {
    "village_committee": "Ban công tác Mặt trận",
    "inspection_board": "Ban thanh tra nhân dân",
    "supervision_board": "Ban giám sát đầu tư của cộng đồng",
    "front_committee": "Ủy ban MTTQ xã",
}

ROLES = {"head": "Trưởng ban", "deputy": "Phó trưởng ban", "member": "Ủy viên"}
# The commune Front committee uses its own titles for the same codes.
FRONT_ROLES = {"head": "Chủ tịch", "deputy": "Phó Chủ tịch", "member": "Ủy viên"}

BRANCHES = {
    "party_cell": "Chi bộ",
    "village_head": "Trưởng thôn",
    "front": "Mặt trận",
    "farmers": "Hội Nông dân",
    "women": "Hội Liên hiệp Phụ nữ",
    "youth": "Đoàn Thanh niên",
    "veterans": "Hội Cựu chiến binh",
    "elderly": "Hội Người cao tuổi",
    "trade_union": "Công đoàn",
    "religious": "Chức sắc tôn giáo",
    "inspection": "Ban thanh tra nhân dân",
    "resident": "Đại diện nhân dân",
    "respected": "Người có uy tín",
    "other": "Khác",
}

END_REASONS = {
    "resigned": "Xin thôi",
    "moved": "Chuyển nơi ở",
    "died": "Từ trần",
    "replaced": "Thay thế khi kiện toàn",
    "term_ended": "Hết nhiệm kỳ",
    "dissolved": "Giải thể ban",
    "merged": "Sáp nhập khu dân cư",
}

# Why a comment is taken when needed from a member exempt from the yearly round
# (Hướng dẫn 33-HD/BTCTW §1.1).
COMMENT_PURPOSES = {
    "personnel": "Công tác cán bộ",
    "commendation": "Khen thưởng",
    "discipline": "Kỷ luật",
}

RESIDENT_CATEGORIES = {
    "ordinary": "Sinh hoạt thường xuyên",
    "exempt_armed_forces": "Miễn: quân đội, công an ở doanh trại",
    "exempt_far_away": "Miễn: công tác xa, lưu động",
    "exempt_rotated": "Miễn: cán bộ luân chuyển ở nhà công vụ",
    "exempt_training": "Miễn: đi học tập trung từ 12 tháng",
    "exempt_student": "Miễn: học sinh, sinh viên xa nhà",
}

EVALUATION_STATES = {
    "requested": "Đã yêu cầu nhận xét",
    "commented": "Đã nhận xét",
    "confirmed": "Đảng ủy đã xác nhận",
    "returned": "Đã gửi về nơi công tác",
}

# The resident's own states before the yearly round: introduced → registered.
RESIDENT_STATES = {
    "introduced": "Đã giới thiệu",
    "registered": "Đã đăng ký",
    "left": "Đã chuyển đi",
}

# Where a member stands in a year's comment round (store/evaluations.py checklist).
ROUND_STATUSES = {
    "unregistered": "Chưa đăng ký sinh hoạt",
    "not_requested": "Chưa gửi yêu cầu",
    "requested": "Chờ nhận xét",
    "commented": "Đã nhận xét",
    "confirmed": "Đảng ủy đã xác nhận",
    "returned": "Đã gửi về nơi công tác",
    "exempt": "Miễn sinh hoạt nơi cư trú",
}

CAMPAIGN_KINDS = {"national": "Toàn quốc", "local": "Của xã"}

DOC_TYPES = {
    "QD": "Quyết định",
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "TB": "Thông báo",
    "DS": "Danh sách",
    "CV": "Công văn",
}

UNIT_KINDS = {"xa": "Xã", "phuong": "Phường", "dac_khu": "Đặc khu"}
OFFICE_ROLES = {"commune": "Ủy ban MTTQ cấp xã", "upper": "Cơ quan Mặt trận cấp trên"}

INDICATORS = {
    "participants": "Số người tham gia",
    "money_raised": "Số tiền vận động (đồng)",
    "houses_built": "Nhà xây mới",
    "houses_repaired": "Nhà sửa chữa",
    "houses_cost": "Kinh phí nhà (đồng)",
    "gifts": "Suất quà",
    "gifts_value": "Trị giá quà (đồng)",
    "scholarships": "Suất học bổng",
    "scholarships_value": "Trị giá học bổng (đồng)",
    "beneficiaries": "Lượt người được hỗ trợ",
    "households_recognised": "Hộ được công nhận",
}
MONEY_INDICATORS = ("money_raised", "houses_cost", "gifts_value", "scholarships_value")


def label(mapping: dict[str, str], code: str | None) -> str:
    """The Vietnamese label of a code; an unknown code is shown as it is."""
    if code is None:
        return ""
    return mapping.get(code, code)


# ---- the people's voice: petitions, supervision, social criticism ----------------------------
PETITION_CHANNELS = {
    "voter_before": "Tiếp xúc cử tri trước kỳ họp",
    "voter_after": "Tiếp xúc cử tri sau kỳ họp",
    "village_committee": "Ban công tác Mặt trận khu dân cư",
    "dialogue": "Đối thoại giữa lãnh đạo xã và nhân dân",
    "letter": "Đơn, thư",
    "box": "Hòm thư góp ý",
    "direct": "Trực tiếp tại trụ sở",
}
# Followed to the answer: the same four steps for petitions and supervision recommendations.
PETITION_STATUSES = {
    "received": "Mới tiếp nhận",
    "forwarded": "Đã chuyển, chờ trả lời",
    "answered": "Đã trả lời",
    "resolved": "Đã giải quyết xong",
}
# What `--status` and the pages' filter accept besides the stored statuses.
FOLLOW_FILTERS = {**PETITION_STATUSES, "overdue": "Quá hạn trả lời", "unanswered": "Chưa trả lời"}
SUPERVISION_FORMS = {
    "documents": "Nghiên cứu văn bản, báo cáo",
    "team": "Thành lập đoàn giám sát",
    "inspection_board": "Qua Ban thanh tra nhân dân",
    "investment_board": "Qua Ban giám sát đầu tư của cộng đồng",
}
SUPERVISION_STATUSES = {"planned": "Theo kế hoạch, chưa có kết quả", "done": "Đã có kết quả"}
