"""Kiện toàn: re-forming a body by one decision — some members leave (each with a reason),
others join (picked from the register or created on the spot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_reform_dialog import Ui_ReformDialog
from desktop_app.gui.membership_dialogs import END_CHOICES, MembershipDialog, role_label
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput
from desktop_app.gui.widgets import CodeCombo

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class ReformDialog(RecordDialog):
    """Re-form the body `record`; saving writes the whole kiện toàn and returns True."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        assert record is not None
        self.body = body = record
        self.ui = Ui_ReformDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.onDateEdit.set_label("Ngày kiện toàn")
        ui.decisionDateEdit.set_label("Ngày quyết định")
        ui.onDateEdit.set_value(store.today().isoformat())
        ui.bodyLabel.setText(
            body["name"] + (f" — nhiệm kỳ {body['term_label']}" if body.get("term_label") else "")
        )
        self.members = store.bodies.members(body["id"])
        self.reasons: list[CodeCombo] = []
        self.joining: list[dict] = []
        self._fill_leaving()
        ui.joiningTable.setColumnCount(3)
        ui.joiningTable.setHorizontalHeaderLabels(["Họ và tên", "Chức danh", "Đại diện cho"])
        ui.joiningTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.addJoinerButton.clicked.connect(self.add_joiner)
        ui.removeJoinerButton.clicked.connect(self.remove_joiner)
        self.setWindowTitle("Kiện toàn ban")
        ui.onDateEdit.setFocus()
        self.mark_clean()

    def mark_clean(self) -> None:
        super().mark_clean()
        self._clean_choice = (self.leaving(), len(self.joining))

    def is_dirty(self) -> bool:
        return super().is_dirty() or (self.leaving(), len(self.joining)) != self._clean_choice

    def _fill_leaving(self) -> None:
        table = self.ui.leavingTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Thôi — họ và tên", "Chức danh", "Lý do thôi"])
        table.setRowCount(len(self.members))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, m in enumerate(self.members):
            name = QTableWidgetItem(m["full_name"])
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, m["id"])
            table.setItem(row, 0, name)
            role = QTableWidgetItem(role_label(self.body, m["role"]))
            role.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, 1, role)
            reason = CodeCombo(END_CHOICES, table)
            reason.set_code("replaced")
            reason.setEnabled(False)
            table.setCellWidget(row, 2, reason)
            self.reasons.append(reason)
        table.resizeColumnToContents(1)
        table.setColumnWidth(2, 200)
        table.itemChanged.connect(self._leaving_toggled)

    def _leaving_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.reasons[item.row()].setEnabled(item.checkState() == Qt.CheckState.Checked)

    def set_leaving(self, membership_id: str, reason: str = "replaced") -> None:
        """Tick one member as leaving with a reason (what clicking the box and the list does)."""
        row = next(i for i, m in enumerate(self.members) if m["id"] == membership_id)
        self.ui.leavingTable.item(row, 0).setCheckState(Qt.CheckState.Checked)
        self.reasons[row].set_code(reason)

    def leaving(self) -> dict[str, str]:
        table = self.ui.leavingTable
        return {
            table.item(row, 0).data(Qt.ItemDataRole.UserRole): self.reasons[row].code()
            for row in range(table.rowCount())
            if table.item(row, 0).checkState() == Qt.CheckState.Checked
        }

    # ---- joining -------------------------------------------------------------------------------
    def add_joiner(self) -> None:
        entry = MembershipDialog.run(
            self.store, None, self, body=self.body, collect=True, ignoring=tuple(self.leaving())
        )
        if entry:
            self.add_entry(entry)

    def add_entry(self, entry: dict) -> None:
        self.joining.append(entry)
        table = self.ui.joiningTable
        row = table.rowCount()
        table.setRowCount(row + 1)
        for col, text in enumerate(
            (
                entry["label"],
                role_label(self.body, entry.get("role")),
                enums.label(enums.BRANCHES, entry.get("branch")),
            )
        ):
            table.setItem(row, col, QTableWidgetItem(text))
        table.selectRow(row)

    def remove_joiner(self) -> None:
        row = self.ui.joiningTable.currentRow()
        if 0 <= row < len(self.joining):
            del self.joining[row]
            self.ui.joiningTable.removeRow(row)

    # ---- saving ----------------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "end_date": ui.onDateEdit,
            "start_date": ui.onDateEdit,
            "decision_date": ui.decisionDateEdit,
            "decision_number": ui.decisionNumberEdit,
            "person_id": ui.joiningTable,
            "role": ui.joiningTable,
            "full_name": ui.joiningTable,
        }

    def save(self, accept_warnings: bool) -> bool:  # type: ignore[override]
        ui = self.ui
        on_date = ui.onDateEdit.value()
        if on_date is None:
            raise InvalidInput("Chưa nhập ngày kiện toàn.", ui.onDateEdit)
        leaving = self.leaving()
        joining = [{k: v for k, v in e.items() if k != "label"} for e in self.joining]
        if not leaving and not joining:
            raise InvalidInput("Chưa đánh dấu ai thôi và chưa bổ sung ai vào ban.", ui.leavingTable)
        self.store.memberships.reform(
            self.body["id"],
            leaving,
            joining,
            on_date,
            ui.decisionNumberEdit.text().strip() or None,
            ui.decisionDateEdit.value(),
            accept_warnings=accept_warnings,
        )
        return True
