"""Funds the Front holds in trust: their kinds, the ledger's codes and the rules of one entry.

The rules of the Quỹ "Vì người nghèo" ask that support reach the right people, democratically
and publicly ("dân chủ, công khai, đúng đối tượng"): every receipt and payment is numbered, every
payment names its beneficiary, its purpose and the decision that approved it, and the lists are
posted. The balance rule (no payment beyond what the fund holds) needs the whole ledger and lives
with it in the store; this module holds what one entry can be checked for alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop_app.core.errors import Issue, error
from desktop_app.core.rules import MAX_MONEY

FUND_KINDS = {
    "poor": "Quỹ “Vì người nghèo”",
    "relief": "Quỹ cứu trợ",
    "other": "Quỹ khác",
}

# The default fund every office has, under a stable key the command line names.
DEFAULT_FUND = {"key": "vi-nguoi-ngheo", "name": "Quỹ “Vì người nghèo”", "kind": "poor"}

DIRECTIONS = {"receipt": "Thu", "payment": "Chi"}

PARTY_KINDS = {
    "person": "Cá nhân",
    "organisation": "Cơ quan, tổ chức, doanh nghiệp",
    "village": "Khu dân cư",
    "household": "Hộ gia đình",
}

PURPOSES = {
    "house_build": "Xây mới nhà Đại đoàn kết",
    "house_repair": "Sửa chữa nhà Đại đoàn kết",
    "illness": "Hỗ trợ ốm đau, khám chữa bệnh",
    "study": "Hỗ trợ học tập, học bổng",
    "tet": "Thăm, tặng quà dịp Tết",
    "disaster": "Cứu trợ thiên tai, hỏa hoạn",
    "livelihood": "Hỗ trợ sinh kế, phát triển sản xuất",
    "other": "Hỗ trợ khác",
}
HOUSE_PURPOSES = ("house_build", "house_repair")

HOUSE_PROGRESS = {
    "approved": "Đã duyệt hỗ trợ",
    "started": "Đã khởi công",
    "finished": "Đã hoàn thành",
    "handed_over": "Đã bàn giao",
}

# The peak month of the fund: Ngày vì người nghèo 17/10 to Ngày hội Đại đoàn kết 18/11.
CAMPAIGN_MONTH = ((10, 17), (11, 18))


def in_campaign_month(day: str | None) -> bool:
    if not day or len(day) < 10:
        return False
    md = (int(day[5:7]), int(day[8:10]))
    return CAMPAIGN_MONTH[0] <= md <= CAMPAIGN_MONTH[1]


def validate_fund(record: dict, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not record.get("name"):
        issues.append(error("name", "Chưa nhập tên quỹ."))
    if record.get("kind") not in FUND_KINDS:
        issues.append(error("kind", "Chưa chọn loại quỹ."))
    key = record.get("key") or ""
    if not key or not all(c.isascii() and (c.isalnum() or c == "-") for c in key):
        issues.append(
            error(
                "key",
                "Mã quỹ chỉ gồm chữ không dấu, chữ số và dấu gạch ngang (ví dụ vi-nguoi-ngheo).",
            )
        )
    balance = record.get("opening_balance")
    if balance is not None and (not isinstance(balance, int) or balance < 0 or balance > MAX_MONEY):
        issues.append(error("opening_balance", "Số dư đầu kỳ phải là số đồng không âm."))
    return issues


def _money(record: dict, field: str, label: str, required: bool) -> list[Issue]:
    value = record.get(field)
    if value in (None, ""):
        return [error(field, f"Chưa nhập {label}.")] if required else []
    if not isinstance(value, int) or isinstance(value, bool):
        return [error(field, f"{label.capitalize()}: cần một số đồng (số nguyên).")]
    if value < 0 or (required and value == 0):
        return [error(field, f"{label.capitalize()} phải lớn hơn 0.")]
    if value > MAX_MONEY:
        return [error(field, f"{label.capitalize()} quá lớn, kiểm tra lại số đã nhập.")]
    return []


def validate_entry(record: dict, today: date) -> list[Issue]:
    """One receipt or payment, alone (the balance is checked against the ledger by the store)."""
    issues: list[Issue] = []
    direction = record.get("direction")
    if direction not in DIRECTIONS:
        return [error("direction", "Chưa chọn thu hay chi.")]
    day = record.get("entry_date")
    if not day or len(day) != 10:
        issues.append(error("entry_date", "Chưa nhập ngày (ngày/tháng/năm)."))
    elif day > today.isoformat():
        issues.append(error("entry_date", "Ngày thu, chi không thể sau ngày hôm nay."))
    in_kind_only = direction == "receipt" and record.get("in_kind") and record.get("in_kind_value")
    issues += _money(record, "amount", "số tiền", required=not in_kind_only)
    issues += _money(record, "in_kind_value", "giá trị hiện vật", required=False)
    if record.get("party_kind") not in PARTY_KINDS:
        issues.append(
            error(
                "party_kind",
                "Chưa chọn người nộp / người nhận là cá nhân, tổ chức, hộ hay khu dân cư.",
            )
        )
    if not (record.get("person_id") or record.get("party_name") or record.get("village_id")):
        who = "người hoặc đơn vị ủng hộ" if direction == "receipt" else "người hoặc hộ được hỗ trợ"
        issues.append(error("party_name", f"Chưa nhập {who}."))
    if direction == "payment":
        if record.get("purpose") not in PURPOSES:
            issues.append(error("purpose", "Chưa chọn nội dung chi (xây nhà, ốm đau, học tập…)."))
        if not record.get("decision_number"):
            issues.append(
                error(
                    "decision_number",
                    "Khoản chi cần số quyết định (hoặc biên bản) phê duyệt hỗ trợ.",
                )
            )
        if record.get("house_progress") and record.get("purpose") not in HOUSE_PURPOSES:
            issues.append(
                error("house_progress", "Tiến độ xây dựng chỉ ghi cho khoản chi xây, sửa nhà.")
            )
    elif record.get("purpose") or record.get("house_progress"):
        issues.append(error("purpose", "Khoản thu không có nội dung chi."))
    if record.get("house_progress") and record.get("house_progress") not in HOUSE_PROGRESS:
        issues.append(error("house_progress", "Tiến độ xây dựng không hợp lệ."))
    decision_date = record.get("decision_date")
    if decision_date and day and decision_date > day:
        issues.append(
            error("decision_date", "Ngày quyết định hỗ trợ phải trước hoặc cùng ngày chi.")
        )
    return issues


def lowest_running_balance(
    opening: int, entries: Iterable[tuple[str, str, int]]
) -> tuple[int, str | None]:
    """The lowest balance the ledger reaches, and the day it does: entries are
    (date, direction, amount); on one day the receipts count before the payments."""
    ordered = sorted(entries, key=lambda e: (e[0], 0 if e[1] == "receipt" else 1))
    balance, lowest, when = opening, opening, None
    for day, direction, amount in ordered:
        balance += amount if direction == "receipt" else -amount
        if balance < lowest:
            lowest, when = balance, day
    return lowest, when
