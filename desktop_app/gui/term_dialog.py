"""Starting a body's new term: its dates and decision, and which members continue."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_new_term_dialog import Ui_NewTermDialog
from desktop_app.gui.membership_dialogs import role_label
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput

if TYPE_CHECKING:
    from desktop_app.store.db import Store

_YEARS = re.compile(r"^\s*(\d{4})\s*[–-]\s*(\d{4})\s*$")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def next_term(body: dict, term_years: int, today: date) -> tuple[str, str, str]:
    """(label, start, end) of the term after the body's: "2024–2029" is followed by "2029–2034",
    starting the day after the old term ends (or today when it has no end)."""
    end = body.get("term_end")
    start = date.fromisoformat(end) + timedelta(days=1) if end and len(end) == 10 else today
    old_label = _YEARS.match(body.get("term_label") or "")
    if old_label:
        first = int(old_label[2])
        span = first - int(old_label[1]) or term_years
        label = f"{first}–{first + span}"
    else:
        label = f"{start.year}–{start.year + term_years}"
    new_end = _add_years(start, term_years) - timedelta(days=1)
    return label, start.isoformat(), new_end.isoformat()


class NewTermDialog(RecordDialog):
    """For the body `record`: its current members are listed ticked; the ticked ones continue
    with their roles. Saving returns the new body."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        assert record is not None
        self.body = body = record
        self.ui = Ui_NewTermDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.termStartEdit.set_label("Đầu nhiệm kỳ mới")
        ui.termEndEdit.set_label("Cuối nhiệm kỳ mới")
        ui.decisionDateEdit.set_label("Ngày quyết định")
        ui.bodyLabel.setText(
            f"{body['name']} — nhiệm kỳ hiện tại {body.get('term_label') or '(chưa ghi)'}"
        )
        label, start, end = next_term(body, int(store.settings("term_years")), store.today())
        ui.termLabelEdit.setText(label)
        ui.termStartEdit.set_value(start)
        ui.termEndEdit.set_value(end)
        for m in store.bodies.members(body["id"]):
            branch = enums.label(enums.BRANCHES, m.get("branch"))
            text = f"{m['full_name']} — {role_label(body, m['role'])}" + (
                f" ({branch})" if branch else ""
            )
            item = QListWidgetItem(text, ui.membersList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, m["id"])
        if ui.membersList.count():
            ui.membersList.setCurrentRow(0)
        ui.allButton.clicked.connect(lambda: self._check_all(True))
        ui.noneButton.clicked.connect(lambda: self._check_all(False))
        ui.membersList.itemChanged.connect(lambda _i: self._count())
        self._count()
        self.setWindowTitle("Bắt đầu nhiệm kỳ mới")
        ui.termLabelEdit.setFocus()
        self.mark_clean()

    def mark_clean(self) -> None:
        super().mark_clean()
        self._clean_ticks = self.continuing()

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.continuing() != self._clean_ticks

    def _items(self) -> list[QListWidgetItem]:
        return [self.ui.membersList.item(i) for i in range(self.ui.membersList.count())]

    def _check_all(self, on: bool) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        kept = len(self.continuing())
        self.ui.countLabel.setText(f"Tiếp tục: {kept}/{self.ui.membersList.count()} người")

    def continuing(self) -> list[str]:
        """The membership ids ticked to continue."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "term_label": ui.termLabelEdit,
            "term_start": ui.termStartEdit,
            "term_end": ui.termEndEdit,
            "decision_number": ui.decisionNumberEdit,
            "decision_date": ui.decisionDateEdit,
            "start_date": ui.termStartEdit,
            "end_date": ui.termStartEdit,
        }

    def save(self, accept_warnings: bool) -> dict:
        ui = self.ui
        label = ui.termLabelEdit.text().strip()
        if not label:
            raise InvalidInput("Chưa nhập tên nhiệm kỳ mới (ví dụ 2029–2034).", ui.termLabelEdit)
        start = ui.termStartEdit.value()
        if start is None:
            raise InvalidInput("Chưa nhập ngày bắt đầu nhiệm kỳ mới.", ui.termStartEdit)
        return self.store.bodies.start_new_term(
            self.body["id"],
            label,
            start,
            ui.termEndEdit.value(),
            self.continuing(),
            decision_number=ui.decisionNumberEdit.text().strip() or None,
            decision_date=ui.decisionDateEdit.value(),
        )
