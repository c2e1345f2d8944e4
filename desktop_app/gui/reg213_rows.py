"""The rows of the Regulation-213 round's tree and its figures as text: the status filter's
choices, the colours, a village's (or commune's) summary, the round's progress paragraph, the
bold headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop_app.core import dates
from desktop_app.core.enums import ROUND_STATUSES

STATUS_FILTER = {"owing": "Còn phải làm", "overdue": "Quá hạn", **ROUND_STATUSES}
RED, GREEN, GREY = QColor("#b71c1c"), QColor("#2e7d32"), QColor("#6b6b6b")
MEMBER_ROLE = Qt.ItemDataRole.UserRole
COUNT_WORDS = (
    ("not_requested", "chưa gửi yêu cầu"),
    ("requested", "chờ nhận xét"),
    ("commented", "đã nhận xét"),
    ("confirmed", "đã xác nhận"),
    ("returned", "đã gửi về"),
    ("exempt", "miễn"),
    ("unregistered", "chưa đăng ký"),
)


def village_summary(counts: dict) -> str:
    parts = [f"{counts[k]} {word}" for k, word in COUNT_WORDS if counts.get(k)]
    if counts.get("overdue"):
        parts.append(f"{counts['overdue']} quá hạn")
    if counts.get("registration_overdue"):
        parts.append(f"{counts['registration_overdue']} quá hạn đăng ký")
    return ", ".join(parts)


def progress_text(p: dict) -> str:
    """The round's figures (round_progress) in one paragraph, the overdue ones in red."""
    late = (
        f"<span style='color:#b71c1c'><b>{p['overdue']} quá hạn</b></span>"
        if p["overdue"]
        else "0 quá hạn"
    )
    reg_late = (
        f", <span style='color:#b71c1c'>{p['registration_overdue']} quá hạn đăng ký</span>"
        if p["registration_overdue"]
        else ""
    )
    return (
        f"<b>Năm {p['year']}</b> — hạn gửi nhận xét {dates.display(p['due_date'])}: <b>{p['due']}</b> đảng viên phải "
        f"nhận xét · {p['not_requested']} chưa gửi yêu cầu · {p['requested']} chờ nhận xét · "
        f"{p['commented']} đã nhận xét · {p['confirmed']} đã xác nhận · <b>{p['returned']}</b> đã gửi về · {late}"
        f"<br><span style='color:#555'>{p['exempt']} được miễn · {p['unregistered']} chưa đăng ký sinh hoạt"
        f"{reg_late}</span>"
    )


def brush_of(colour: QColor, _brushes: dict[str, QBrush] = {}) -> QBrush:  # noqa: B006 - a cache
    """One brush a colour, shared by every row painted in it (12,000 rows of a province)."""
    brush = _brushes.get(colour.name())
    if brush is None:
        brush = _brushes[colour.name()] = QBrush(colour)
    return brush


def heading_item(
    tree: QTreeWidget,
    text: str,
    parent: QTreeWidgetItem | None = None,
    spans: list[QTreeWidgetItem] | None = None,
) -> QTreeWidgetItem:
    """A bold heading row spanning the columns, not selectable, added to the tree (or under parent).
    spans: a list the heading joins instead, to be spanned once the tree is filled (each span
    lays the whole tree out again: 8,800 village headings of a province cost 0.6 s one by one)."""
    head = QTreeWidgetItem([text])
    font, flags = _heading_look(head)
    head.setFont(0, font)
    tree.addTopLevelItem(head) if parent is None else parent.addChild(head)
    if spans is None:
        head.setFirstColumnSpanned(True)
    else:
        spans.append(head)
    head.setFlags(flags)
    return head


_HEADING: list[tuple[QFont, Qt.ItemFlag]] = []


def _heading_look(head: QTreeWidgetItem) -> tuple[QFont, Qt.ItemFlag]:
    """A heading's bold font and flags (not selectable), made once (8,800 headings a province)."""
    if not _HEADING:
        font = QFont(head.font(0))
        font.setBold(True)
        _HEADING.append((font, head.flags() & ~Qt.ItemFlag.ItemIsSelectable))
    return _HEADING[0]


def status_text(member: dict) -> str:
    text = ROUND_STATUSES[member["status"]]
    if (member.get("version") or 1) > 1:
        text += f" (bản sửa lần {member['version']})"
    return text
