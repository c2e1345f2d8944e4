"""Who served when: a body's members through all its terms, those who left included."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core import dates, enums
from desktop_app.gui.forms.ui_body_history_dialog import Ui_BodyHistoryDialog
from desktop_app.gui.membership_dialogs import role_label

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def terms_of(store: Store, body: dict) -> list[dict]:
    """Every term of the body's line, newest first: its successors, itself, its predecessors."""
    same_kind = store.bodies.query(kind=body["kind"])
    successor = {b["predecessor_id"]: b for b in same_kind if b.get("predecessor_id")}
    newest = body
    seen = {body["id"]}
    while newest["id"] in successor and successor[newest["id"]]["id"] not in seen:
        newest = successor[newest["id"]]
        seen.add(newest["id"])
    return store.bodies.history(newest["id"])


def term_heading(body: dict) -> str:
    span = " – ".join(
        x for x in (dates.display(body.get("term_start")), dates.display(body.get("term_end"))) if x
    )
    decision = ""
    if body.get("decision_number"):
        decision = f"Quyết định số {body['decision_number']}"
        if body.get("decision_date"):
            decision += f" ngày {dates.display(body['decision_date'])}"
    bits = [b for b in (span, decision) if b]
    if body.get("dissolved_on"):
        bits.append(f"giải thể ngày {dates.display(body['dissolved_on'])}")
    return (
        f"<h3>Nhiệm kỳ {html.escape(body.get('term_label') or '(chưa ghi)')}</h3>"
        f"<p style='color:#444'>{html.escape(' · '.join(bits))}</p>"
    )


def history_html(store: Store, body: dict) -> str:
    parts = [f"<h2>{html.escape(body['name'])}</h2>"]
    header = "".join(
        f"<th align='left' style='padding:2px 8px'>{h}</th>"
        for h in ("Họ và tên", "Chức danh", "Đại diện cho", "Từ ngày", "Đến ngày", "Lý do thôi")
    )
    for term in terms_of(store, body):
        parts.append(term_heading(term))
        members = store.bodies.members(term["id"], current_only=False)
        if not members:
            parts.append("<p><i>Chưa ghi thành viên nào.</i></p>")
            continue
        rows = []
        for m in members:
            cells = (
                m["full_name"],
                role_label(term, m["role"]),
                enums.label(enums.BRANCHES, m.get("branch")),
                dates.display(m.get("start_date")),
                dates.display(m.get("end_date")) or "nay",
                enums.label(enums.END_REASONS, m.get("end_reason")),
            )
            style = " style='color:#777'" if m.get("end_date") else ""
            rows.append(
                f"<tr{style}>"
                + "".join(f"<td style='padding:2px 8px'>{html.escape(c)}</td>" for c in cells)
                + "</tr>"
            )
        parts.append(
            f"<table cellspacing='0' border='1' style='border-collapse:collapse'>"
            f"<tr>{header}</tr>{''.join(rows)}</table>"
        )
    return "".join(parts)


class BodyHistoryDialog(QDialog):
    """Read-only: Esc or Đóng closes it."""

    def __init__(self, store: Store, body: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BodyHistoryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Ai tham gia ban khi nào — {body['name']}")
        self.ui.historyBrowser.setHtml(history_html(store, body))
        self.ui.historyBrowser.setFocus()
