"""Nhật ký: who changed what and when, one line per field with its old and new value; filtered by
account, kind, record and dates; printable. For lãnh đạo (the store refuses anyone else)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_audit_page import Ui_AuditPage
from desktop_app.gui.table_model import Column, RecordTableModel

LIMIT = 5000


def _columns() -> list[Column]:
    from desktop_app.core.audit_labels import field_label, table_label, value_label
    from desktop_app.store.audit_trail import ACTION_LABELS, shown

    return [
        Column("at", "Thời điểm (UTC)", lambda r: r["at"][:19].replace("T", " ")),
        Column("user", "Tài khoản"),
        Column("action", "Việc", lambda r: ACTION_LABELS.get(r["action"], r["action"])),
        Column("table", "Sổ", lambda r: table_label(r["table"])),
        Column("record_id", "Bản ghi"),
        Column("field", "Thông tin", lambda r: field_label(r["table"], r["field"])),
        Column(
            "old",
            "Giá trị cũ",
            lambda r: shown(value_label(r["table"], r["field"], r["old"]))[:200],
        ),
        Column(
            "new",
            "Giá trị mới",
            lambda r: shown(value_label(r["table"], r["field"], r["new"]))[:200],
        ),
    ]


class AuditPage(QWidget):
    title = "Nhật ký"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        from desktop_app.store.audit_trail import KINDS

        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_AuditPage()
        ui.setupUi(self)
        self.model = RecordTableModel(_columns(), self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 120, 110, 90, 120, 110, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        ui.kindCombo.addItem("— Mọi việc —", None)
        for code, (label, _actions) in KINDS.items():
            ui.kindCombo.addItem(label, code)
        ui.sinceEdit.set_label("Từ ngày")
        ui.untilEdit.set_label("Đến ngày")
        ui.filterButton.clicked.connect(self.refresh)
        ui.printButton.clicked.connect(lambda: self.print_to())
        ui.recordEdit.returnPressed.connect(self.refresh)
        self.changes: list[Any] = []
        self._fill_accounts()
        self._fill_tables()
        self.refresh()

    def _fill_accounts(self) -> None:
        from desktop_app.store import audit_trail

        combo = self.ui.accountCombo
        combo.clear()
        combo.addItem("— Mọi tài khoản —", None)
        try:
            for actor in audit_trail.actors(self.store):
                combo.addItem(actor, actor)
        except UserError:
            pass

    def _fill_tables(self) -> None:
        from desktop_app.core.audit_labels import table_label
        from desktop_app.core.text import sort_key
        from desktop_app.store import audit_trail

        combo = self.ui.tableCombo
        combo.clear()
        combo.addItem("— Mọi sổ —", None)
        try:
            codes = audit_trail.tables(self.store)
        except UserError:
            return
        for code in sorted(codes, key=lambda c: sort_key(table_label(c))):
            combo.addItem(table_label(code), code)

    def filters(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "user": ui.accountCombo.currentData(),
            "kind": ui.kindCombo.currentData(),
            "table": ui.tableCombo.currentData(),
            "record": ui.recordEdit.text().strip() or None,
            "since": ui.sinceEdit.value(),
            "until": ui.untilEdit.value(),
        }

    def filter_text(self) -> str:
        f, ui = self.filters(), self.ui
        parts = []
        if f["user"]:
            parts.append(f"tài khoản {f['user']}")
        if f["kind"]:
            parts.append(ui.kindCombo.currentText().lower())
        if f["table"]:
            parts.append(f"sổ {ui.tableCombo.currentText()}")
        if f["record"]:
            parts.append(f"bản ghi {f['record']}")
        if f["since"] or f["until"]:
            parts.append(f"từ {ui.sinceEdit.text() or '…'} đến {ui.untilEdit.text() or '…'}")
        return f"({'; '.join(parts)})" if parts else ""

    def refresh(self) -> None:
        from desktop_app.store import audit_trail

        try:
            self.changes = audit_trail.changes(self.store, limit=LIMIT, **self.filters())
        except UserError as exc:
            self.changes = []
            self.ui.countLabel.setText(exc.message)
            self.model.set_rows([])
            return
        self.model.set_rows([c.as_json() for c in self.changes])
        self.ui.countLabel.setText(
            f"{len(self.changes)} dòng thay đổi (mới nhất trước)."
            + (" Hãy lọc hẹp hơn để xem các mục cũ hơn." if len(self.changes) >= LIMIT else "")
        )

    def print_to(self, target: str | None = None) -> Any:
        from desktop_app.reports.security import print_audit

        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, "Lưu nhật ký (PDF)", "nhat-ky.pdf", "PDF (*.pdf)"
            )
        if not target:
            return None
        try:
            return print_audit(
                target, self.store.office(), self.changes, self.filter_text(), self.store.today()
            )
        except UserError as exc:
            QMessageBox.warning(self, "Chưa in được", exc.message)
            return None
