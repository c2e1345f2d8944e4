"""Regulation 213: who is due a yearly comment, and the comment's allowed transitions."""

from __future__ import annotations

from datetime import date

from desktop_app.core.errors import UserError

# requested → commented → confirmed → returned; a comment may be corrected back to
# 'commented' only by making a new version (see store/evaluations.py).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("commented",),
    "commented": ("commented", "confirmed"),
    "confirmed": ("returned",),
    "returned": (),
}
LOCKED_STATES = ("confirmed", "returned")


def is_exempt(category: str | None) -> bool:
    return bool(category) and category.startswith("exempt_")


def check_transition(current: str, target: str) -> None:
    if target not in TRANSITIONS.get(current, ()):
        from desktop_app.core.enums import EVALUATION_STATES as S

        raise UserError(
            f"Không thể chuyển phiếu nhận xét từ “{S.get(current, current)}” sang “{S.get(target, target)}”."
        )


def resident_state(resident: dict) -> str:
    if resident.get("left_date"):
        return "left"
    return "registered" if resident.get("registered_date") else "introduced"


def registration_overdue(resident: dict, today: date, days: int) -> bool:
    """Introduced but not registered within the deadline after the letter was received."""
    if resident.get("registered_date") or resident.get("left_date"):
        return False
    received = resident.get("received_date") or resident.get("letter_date")
    if not received:
        return False
    return (today - date.fromisoformat(received)).days > days


def due_date(year: int, day_month: tuple[int, int]) -> date:
    day, month = day_month
    return date(year, month, min(day, 28 if month == 2 else day))


def is_overdue(evaluation: dict, today: date) -> bool:
    """Not sent back to the workplace by the due date (store/evaluations.py says the same in SQL)."""
    due = evaluation.get("due_date")
    return bool(due) and evaluation.get("state") != "returned" and today.isoformat() > due
