"""The people's voice followed to its answer: the rules of petitions (ý kiến, kiến nghị), of the
recommendations a supervision makes, of supervisions and of social criticism.

A petition or a recommendation goes received → forwarded → answered → resolved; its status is
derived from the dates recorded (the forwarding, the reply, the resolution), never typed. It is
overdue when it is not answered and its due date has passed.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core import enums
from desktop_app.core.errors import Issue, error, warning

# Which setting gives the days an agency has to answer, by how the opinion was received.
DAYS_SETTING = {
    "voter_before": "petition_days_voter",
    "voter_after": "petition_days_voter",
    "dialogue": "petition_days_dialogue",
}
OTHER_DAYS_SETTING = "petition_days_other"
RECOMMENDATION_DAYS_SETTING = "recommendation_days"
UNANSWERED = ("received", "forwarded")


def days_setting(channel: str | None) -> str:
    return DAYS_SETTING.get(channel or "", OTHER_DAYS_SETTING)


def due_from(start: str | None, days: int) -> str | None:
    """The reply's due date: `days` after the forwarding (or the receipt) date."""
    if not start or len(start) < 10:
        return None
    return (date.fromisoformat(start[:10]) + timedelta(days=days)).isoformat()


def status_of(record: dict) -> str:
    """received → forwarded → answered → resolved, from the dates recorded."""
    if record.get("resolved_date"):
        return "resolved"
    if record.get("reply_date"):
        return "answered"
    if record.get("forwarded_date"):
        return "forwarded"
    return "received"


def is_overdue(record: dict, today: date) -> bool:
    due = record.get("due_date")
    if not due:
        return False
    return status_of(record) in UNANSWERED and str(due) < today.isoformat()


def _required(record: dict, field: str, label: str) -> list[Issue]:
    value = record.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return [error(field, f"Chưa nhập {label}.")]
    return []


def _before(record: dict, first: str, then: str, message: str) -> list[Issue]:
    a, b = record.get(first), record.get(then)
    if a and b and str(b)[:10] < str(a)[:10]:
        return [error(then, message)]
    return []


def _not_future(record: dict, field: str, label: str, today: date) -> list[Issue]:
    value = record.get(field)
    if value and value[:10] > today.isoformat():
        return [error(field, f"{label} không thể sau ngày hôm nay.")]
    return []


def _follow_up(record: dict, today: date, start_field: str, start_label: str) -> list[Issue]:
    """The dates every followed item shares: forwarding, due date, reply, resolution."""
    issues: list[Issue] = []
    issues += _before(
        record, start_field, "forwarded_date", f"Ngày chuyển không thể trước {start_label}."
    )
    issues += _before(
        record, start_field, "reply_date", f"Ngày trả lời không thể trước {start_label}."
    )
    issues += _before(
        record, "reply_date", "resolved_date", "Ngày giải quyết xong không thể trước ngày trả lời."
    )
    issues += _before(
        record, start_field, "due_date", f"Hạn trả lời không thể trước {start_label}."
    )
    for field, label in (
        ("forwarded_date", "Ngày chuyển"),
        ("reply_date", "Ngày trả lời"),
        ("resolved_date", "Ngày giải quyết xong"),
    ):
        issues += _not_future(record, field, label, today)
    if record.get("resolved_date") and not record.get("reply_date"):
        issues.append(
            error("reply_date", "Chưa ghi ngày trả lời, không thể đánh dấu đã giải quyết xong.")
        )
    if (record.get("reply_doc") or record.get("reply_content")) and not record.get("reply_date"):
        issues.append(error("reply_date", "Có nội dung trả lời nhưng chưa nhập ngày trả lời."))
    if record.get("forwarded_date") and not record.get("agency"):
        issues.append(error("agency", "Đã chuyển đi nhưng chưa ghi cơ quan nhận."))
    due = record.get("due_date")
    if (
        due
        and not record.get("created_at")
        and due < today.isoformat()
        and not record.get("reply_date")
    ):
        issues.append(
            warning("due_date", "Hạn trả lời đã qua ngay khi tiếp nhận; kiểm tra lại ngày.")
        )
    return issues


def validate_petition(record: dict, today: date, fields: set[str] | None = None) -> list[Issue]:
    issues = _required(record, "received_date", "ngày tiếp nhận")
    issues += _required(record, "content", "nội dung ý kiến, kiến nghị")
    issues += _not_future(record, "received_date", "Ngày tiếp nhận", today)
    channel = record.get("channel")
    if not channel and not record.get("is_group"):
        issues.append(error("channel", "Chưa chọn hình thức tiếp nhận."))
    elif channel and channel not in enums.PETITION_CHANNELS:
        issues.append(error("channel", f"Hình thức tiếp nhận “{channel}” không hợp lệ."))
    field = record.get("field")
    if fields is not None and field and field not in fields:
        issues.append(error("field", f"Lĩnh vực “{field}” không có trong danh mục."))
    if record.get("grouped_into") and record.get("grouped_into") == record.get("id"):
        issues.append(error("grouped_into", "Một ý kiến không thể gộp vào chính nó."))
    issues += _follow_up(record, today, "received_date", "ngày tiếp nhận")
    return issues


def validate_recommendation(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "supervision_id", "cuộc giám sát")
    issues += _required(record, "content", "nội dung kiến nghị")
    if not (record.get("agency") or "").strip():
        issues.append(
            error("agency", "Kiến nghị phải có cơ quan, đơn vị chịu trách nhiệm trả lời.")
        )
    issues += _follow_up(record, today, "made_date", "ngày kiến nghị")
    return issues


def validate_supervision(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "subject", "nội dung (chủ đề) giám sát")
    year = record.get("year")
    if not isinstance(year, int) or not 2000 <= year <= today.year + 1:
        issues.append(error("year", "Năm của kế hoạch giám sát không hợp lệ."))
    form = record.get("form")
    if form not in enums.SUPERVISION_FORMS:
        issues.append(error("form", "Chưa chọn hình thức giám sát."))
    if form in ("inspection_board", "investment_board") and not record.get("body_id"):
        issues.append(
            warning("body_id", "Giám sát qua một ban nhưng chưa chọn ban; nên chọn để liên kết.")
        )
    issues += _before(record, "start_date", "end_date", "Ngày kết thúc phải sau ngày bắt đầu.")
    start = record.get("start_date")
    if start and isinstance(year, int) and int(start[:4]) != year:
        issues.append(warning("start_date", f"Ngày bắt đầu không thuộc năm kế hoạch {year}."))
    return issues


def validate_criticism(record: dict, today: date) -> list[Issue]:
    issues = _required(record, "draft", "tên dự thảo văn bản, chính sách được phản biện")
    issues += _not_future(record, "conference_date", "Ngày hội nghị phản biện", today)
    issues += _before(
        record, "conference_date", "sent_date", "Ngày gửi ý kiến không thể trước ngày hội nghị."
    )
    issues += _before(
        record, "sent_date", "answer_date", "Ngày nhận trả lời không thể trước ngày gửi ý kiến."
    )
    participants = record.get("participants")
    if participants is not None and (not isinstance(participants, int) or participants < 0):
        issues.append(error("participants", "Số người dự hội nghị: cần một số nguyên không âm."))
    return issues
