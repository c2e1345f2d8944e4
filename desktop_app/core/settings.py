"""Every setting declared once: key, default, Vietnamese label, kind.

Values live in the database's `settings` table (store/settings.py); docs/domain.md's
"(setting)" facts are here with their defaults, never as constants elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str
    kind: str = "text"  # text | int | date_md (day/month as 'DD/MM') | bool | choice
    group: str = "Chung"
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (code, Vietnamese label) of a "choice"

    def choice_label(self, code: str) -> str:
        return dict(self.choices).get(code, code)


SETTINGS: tuple[Setting, ...] = (
    Setting("signer_title", "CHỦ TỊCH", "Chức danh người ký", group="Người ký"),
    Setting("signer_name", "", "Họ tên người ký", group="Người ký"),
    Setting(
        "signer_on_behalf",
        "TM. BAN THƯỜNG TRỰC",
        "Thay mặt (dòng trên chức danh)",
        group="Người ký",
    ),
    Setting("place_name", "", "Địa danh ghi trên văn bản (để trống: tên xã)", group="Người ký"),
    Setting(
        "committee_size_min",
        9,
        "Ban công tác Mặt trận: số thành viên tối thiểu",
        "int",
        "Quy định về các ban",
        3,
        50,
    ),
    Setting(
        "committee_size_max",
        15,
        "Ban công tác Mặt trận: số thành viên tối đa",
        "int",
        "Quy định về các ban",
        3,
        50,
    ),
    Setting(
        "inspection_min_members",
        5,
        "Ban thanh tra nhân dân: số thành viên tối thiểu",
        "int",
        "Quy định về các ban",
        1,
        50,
    ),
    Setting(
        "inspection_deputies_threshold",
        9,
        "Ban thanh tra nhân dân: từ bao nhiêu thành viên được 2 phó ban",
        "int",
        "Quy định về các ban",
        1,
        50,
    ),
    Setting(
        "inspection_max_deputies",
        2,
        "Ban thanh tra nhân dân: số phó ban tối đa",
        "int",
        "Quy định về các ban",
        0,
        10,
    ),
    Setting(
        "inspection_recognition",
        "standing_decision",
        "Ban thanh tra nhân dân: văn bản công nhận",
        "choice",
        "Quy định về các ban",
        choices=(
            ("standing_decision", "Quyết định của Ban Thường trực Ủy ban MTTQ xã"),
            ("committee_resolution", "Nghị quyết hội nghị Ủy ban MTTQ xã"),
        ),
    ),
    Setting(
        "supervision_min_members",
        5,
        "Ban giám sát đầu tư: số thành viên tối thiểu",
        "int",
        "Quy định về các ban",
        1,
        50,
    ),
    Setting(
        "supervision_max_residents",
        5,
        "Ban giám sát đầu tư: số đại diện nhân dân tối đa",
        "int",
        "Quy định về các ban",
        0,
        50,
    ),
    Setting(
        "supervision_needs_front",
        True,
        "Ban giám sát đầu tư: phải có đại diện Ủy ban MTTQ xã",
        "bool",
        "Quy định về các ban",
    ),
    Setting(
        "supervision_needs_inspection",
        True,
        "Ban giám sát đầu tư: phải có đại diện Ban thanh tra nhân dân",
        "bool",
        "Quy định về các ban",
    ),
    Setting(
        "supervision_max_deputies",
        2,
        "Ban giám sát đầu tư: số phó ban tối đa",
        "int",
        "Quy định về các ban",
        0,
        10,
    ),
    Setting("term_years", 5, "Nhiệm kỳ Ủy ban MTTQ xã (năm)", "int", "Quy định về các ban", 1, 10),
    Setting("current_term", "2024–2029", "Nhiệm kỳ hiện tại", group="Quy định về các ban"),
    Setting(
        "reg213_register_days",
        30,
        "Số ngày phải đăng ký kể từ khi nhận giấy giới thiệu",
        "int",
        "Đảng viên nơi cư trú",
        1,
        365,
    ),
    Setting(
        "reg213_due",
        "30/11",
        "Hạn gửi nhận xét hằng năm (ngày/tháng)",
        "date_md",
        "Đảng viên nơi cư trú",
    ),
    Setting(
        "reg213_form_version",
        1,
        "Phiên bản phiếu nhận xét dùng cho đợt mới",
        "int",
        "Đảng viên nơi cư trú",
        1,
        99,
    ),
    Setting(
        "reg213_due_list_header",
        "working",
        "Danh sách đảng viên cần nhận xét in dưới tiêu đề",
        "choice",
        "Đảng viên nơi cư trú",
        choices=(
            ("working", "Danh sách làm việc (không tiêu đề, không ký)"),
            ("party", "Đảng ủy xã (tiêu đề của Đảng, không ký)"),
        ),
    ),
    Setting(
        "half_year_end",
        "14/06",
        "Mốc báo cáo 6 tháng: ngày chốt số liệu (ngày/tháng)",
        "date_md",
        "Báo cáo",
    ),
    Setting(
        "year_start",
        "15/12",
        "Mốc báo cáo năm: bắt đầu từ ngày (của năm trước)",
        "date_md",
        "Báo cáo",
    ),
    Setting(
        "bundle_overdue_days",
        35,
        "Cấp trên: số ngày không nhận gói thì coi là quá hạn",
        "int",
        "Đồng bộ",
        1,
        365,
    ),
    Setting(
        "petition_days_voter",
        30,
        "Ý kiến cử tri (tiếp xúc cử tri): số ngày cơ quan phải trả lời",
        "int",
        "Ý kiến, kiến nghị",
        1,
        365,
    ),
    Setting(
        "petition_days_dialogue",
        30,
        "Ý kiến qua đối thoại: số ngày phải trả lời",
        "int",
        "Ý kiến, kiến nghị",
        1,
        365,
    ),
    Setting(
        "petition_days_other",
        15,
        "Ý kiến qua đơn thư, hòm thư, trực tiếp, Ban công tác: số ngày phải trả lời",
        "int",
        "Ý kiến, kiến nghị",
        1,
        365,
    ),
    Setting(
        "recommendation_days",
        30,
        "Kiến nghị sau giám sát: số ngày phải trả lời",
        "int",
        "Ý kiến, kiến nghị",
        1,
        365,
    ),
    Setting(
        "term_warning_days", 90, "Báo trước khi nhiệm kỳ kết thúc (ngày)", "int", "Chung", 1, 365
    ),
    Setting(
        "auto_backup_keep",
        14,
        "Sao lưu tự động mỗi ngày khi đóng chương trình: số bản giữ lại (0: tắt)",
        "int",
        "Chung",
        0,
        365,
    ),
    Setting(
        "lock_minutes",
        10,
        "Tự khóa màn hình sau bao nhiêu phút không dùng (0: không tự khóa)",
        "int",
        "Chung",
        0,
        240,
    ),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def coerce(setting: Setting, value: Any) -> Any:
    """A stored or typed value as the setting's kind; raises ValueError with a Vietnamese message."""
    if value is None or value == "":
        return setting.default if setting.kind != "text" else ""
    if setting.kind == "int":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{setting.label}: cần một số nguyên.") from None
        if setting.minimum is not None and number < setting.minimum:
            raise ValueError(f"{setting.label}: không được nhỏ hơn {setting.minimum}.")
        if setting.maximum is not None and number > setting.maximum:
            raise ValueError(f"{setting.label}: không được lớn hơn {setting.maximum}.")
        return number
    if setting.kind == "bool":
        return str(value).lower() in ("1", "true", "yes", "có")
    if setting.kind == "choice":
        wanted = str(value).strip()
        for code, label in setting.choices:
            if wanted in (code, label):
                return code
        allowed = "; ".join(label for _, label in setting.choices)
        raise ValueError(f"{setting.label}: chọn một trong: {allowed}.")
    if setting.kind == "date_md":
        day_month(str(value), setting.label)
        return str(value).strip()
    return str(value).strip()


def day_month(value: str, label: str = "Ngày") -> tuple[int, int]:
    """'30/11' → (30, 11)."""
    try:
        d, m = (int(p) for p in value.strip().split("/"))
        if not (1 <= m <= 12 and 1 <= d <= 31):
            raise ValueError
    except ValueError:
        raise ValueError(f"{label}: ghi theo dạng ngày/tháng, ví dụ 30/11.") from None
    return d, m
