"""The members of the body chosen on a body page, and what can be done to them: add, edit,
end a membership, re-form the body, start its new term, see who served when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates, enums
from desktop_app.core.errors import UserError
from desktop_app.gui.body_history import BodyHistoryDialog
from desktop_app.gui.confirm import ask
from desktop_app.gui.dissolve_dialog import DissolveDialog
from desktop_app.gui.membership_dialogs import EndMembershipDialog, MembershipDialog, role_label
from desktop_app.gui.reform_dialog import ReformDialog
from desktop_app.gui.shortcuts import widget_shortcut
from desktop_app.gui.table_model import Column, RecordTableModel
from desktop_app.gui.term_dialog import NewTermDialog

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def served(m: dict) -> str:
    start, end = dates.display(m.get("start_date")), dates.display(m.get("end_date"))
    if not end:
        return f"từ {start}" if start else "đang tham gia"
    reason = enums.label(enums.END_REASONS, m.get("end_reason"))
    return f"{start or '?'} – {end}" + (f" ({reason})" if reason else "")


def decision(m: dict) -> str:
    number, day = m.get("decision_number") or "", dates.display(m.get("decision_date"))
    return number or (f"ngày {day}" if day else "")


class BodyMembersPanel(QWidget):
    # The body whose members changed (after a new term: the new body) and the membership to
    # keep selected, so that the page can refresh its list and hand the selection back.
    changed = Signal(object, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.body: dict | None = None
        self.body_is_current = False
        self.read_only: str | None = None  # why the body cannot be changed here (another office's)
        self.model = RecordTableModel(
            [
                Column("full_name", "Họ và tên"),
                Column("role", "Chức danh", lambda m: role_label(self.body or {}, m.get("role"))),
                Column(
                    "branch", "Đại diện cho", lambda m: enums.label(enums.BRANCHES, m.get("branch"))
                ),
                Column("start_date", "Thời gian", served),
                Column("decision_number", "Quyết định số", decision),
            ],
            self,
        )
        self.heading = QLabel(self)
        self.show_former = QCheckBox("Hiện cả người đã &thôi", self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Thành viên của ban")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((135, 100, 150, 95)):
            self.table.setColumnWidth(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.add_button = QPushButton("Thêm thành &viên", self)
        self.add_button.setToolTip("Thêm một người vào ban (Ctrl+M)")
        self.edit_button = QPushButton("Sửa thành viên", self)
        self.edit_button.setToolTip("Sửa chức danh, ngày, quyết định (Enter hoặc bấm đúp vào dòng)")
        self.end_button = QPushButton("&Cho thôi…", self)
        self.end_button.setToolTip("Ghi ngày và lý do thôi tham gia ban (phím Delete ở danh sách)")
        self.reform_button = QPushButton("&Kiện toàn…", self)
        self.reform_button.setToolTip(
            "Kiện toàn ban theo một quyết định: người thôi, người bổ sung"
        )
        self.term_button = QPushButton("Nhiệm kỳ &mới…", self)
        self.term_button.setToolTip("Bắt đầu nhiệm kỳ mới, chọn những người tiếp tục")
        self.history_button = QPushButton("Ai tham gia khi &nào…", self)
        self.history_button.setToolTip("Thành viên của ban qua các nhiệm kỳ, cả người đã thôi")
        self.print_button = QPushButton("&In…", self)
        self.print_button.setToolTip("In danh sách thành viên hoặc quyết định công nhận của ban")
        print_menu = QMenu(self.print_button)
        print_menu.addAction("Danh sách thành viên", lambda: self.print_body("body_roster"))
        self.decision_action = print_menu.addAction(
            "Quyết định công nhận", lambda: self.print_body("decision")
        )
        print_menu.addSeparator()
        self.export_action = print_menu.addAction(
            "Xuất Excel danh sách thành viên…", lambda: self.export_excel()
        )
        self.print_button.setMenu(print_menu)
        self._print_tip = self.print_button.toolTip()
        self.dissolve_button = QPushButton("&Giải thể…", self)
        self.dissolve_button.setToolTip(
            "Công trình, dự án đã xong: giải thể ban, mọi thành viên thôi từ ngày đó"
        )
        self._changing = (
            self.add_button,
            self.edit_button,
            self.end_button,
            self.reform_button,
            self.term_button,
            self.dissolve_button,
        )
        self._tips = {button: button.toolTip() for button in self._changing}

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_former)
        members_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button):
            members_row.addWidget(button)
        members_row.addStretch(1)
        body_row = QHBoxLayout()
        for button in (
            self.reform_button,
            self.term_button,
            self.history_button,
            self.print_button,
            self.dissolve_button,
        ):
            body_row.addWidget(button)
        body_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(members_row)
        layout.addLayout(body_row)

        self.show_former.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        self.reform_button.clicked.connect(self.reform)
        self.term_button.clicked.connect(self.new_term)
        self.history_button.clicked.connect(self.history)
        self.dissolve_button.clicked.connect(self.dissolve)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table.customContextMenuRequested.connect(self._menu)
        for key in ("Return", "Enter", "F2"):
            widget_shortcut(key, self.table, self.edit_member)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.table, self.end_member)
        self.set_body(None)

    # ---- showing -------------------------------------------------------------------------------
    def set_body(
        self, body: dict | None, is_current: bool = False, read_only: str | None = None
    ) -> None:
        """Show a body's members; with read_only (the reason: another office's body) nothing can
        be changed, and the buttons that would change it say why."""
        self.body, self.body_is_current, self.read_only = body, is_current, read_only
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        body = self.body
        rows = (
            self.store.bodies.members(body["id"], current_only=not self.show_former.isChecked())
            if body
            else []
        )
        if body and self.show_former.isChecked():
            rows.sort(key=lambda m: m.get("end_date") is not None)  # those serving now first
        self.model.set_rows(rows)
        current = sum(1 for m in rows if not m.get("end_date"))
        self.heading.setText(
            f"<b>Thành viên</b> ({current} đang tham gia)" if body else "<b>Thành viên</b>"
        )
        if select_id and (row := self.model.row_of(select_id)) is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_member(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        has_body = self.body is not None
        member = self.selected_member()
        self.add_button.setEnabled(has_body)
        self.history_button.setEnabled(has_body)
        # Another office's body (the upper level): its decision and roster are that commune's documents,
        # printed with its header and number there; here they are read in this panel.
        self.print_button.setEnabled(has_body and not self.read_only)
        self.decision_action.setVisible(not self.read_only)
        self.print_button.setToolTip(
            self._print_tip
            if not self.read_only
            else f"{self.read_only}\nQuyết định công nhận và danh sách thành viên là văn bản "
            "của xã đó, in tại xã."
        )
        supervision = has_body and self.body.get("kind") == "supervision_board"
        self.dissolve_button.setVisible(supervision)
        self.dissolve_button.setEnabled(
            supervision and self.body_is_current and not self.body.get("dissolved_on")
        )
        self.edit_button.setEnabled(member is not None)
        self.end_button.setEnabled(member is not None and not member.get("end_date"))
        for button in (self.reform_button, self.term_button):
            button.setEnabled(has_body and self.body_is_current)
        for button in self._changing:
            tip = self._tips[button]
            if self.read_only:
                button.setEnabled(False)
                tip = self.read_only
            elif (
                button in (self.reform_button, self.term_button)
                and has_body
                and not self.body_is_current
            ):
                tip += "\nChỉ làm được với ban đang hoạt động (nhiệm kỳ hiện tại)."
            button.setToolTip(tip)

    def _menu(self, point: Any) -> None:
        member = self.selected_member()
        if member is None:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for text, slot, enabled in (
            ("Sửa thành viên", self.edit_member, True),
            ("Cho thôi…", self.end_member, not member.get("end_date")),
            ("Xóa dòng nhập nhầm…", self.delete_member, True),
        ):
            action = QAction(text, menu)
            action.setEnabled(enabled and not self.read_only)
            if self.read_only:
                action.setToolTip(self.read_only)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    # ---- actions ---------------------------------------------------------------------------------
    def _done(self, body: dict | None = None, select_id: str | None = None) -> None:
        self.reload(select_id)
        self.changed.emit(body or self.body, select_id)

    def add_member(self) -> None:
        if self.body is None or self.read_only:
            return
        saved = MembershipDialog.run(self.store, None, self, body=self.body)
        if saved:
            self._done(select_id=saved["id"])

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None or self.body is None or self.read_only:
            return
        saved = MembershipDialog.run(self.store, member, self, body=self.body)
        if saved:
            self._done(select_id=saved["id"])

    def end_member(self) -> None:
        member = self.selected_member()
        if member is None or self.body is None or member.get("end_date") or self.read_only:
            return
        if EndMembershipDialog.run(self.store, member, self, body=self.body):
            self._done()

    def delete_member(self) -> None:
        member = self.selected_member()
        if member is None or self.read_only:
            return
        if not ask(
            self,
            "Xóa dòng thành viên",
            f"Xóa dòng “{member['full_name']}” khỏi ban vì đã nhập nhầm?\n\n"
            "Người thôi tham gia ban thì dùng “Cho thôi” để lịch sử của ban còn giữ họ.",
        ):
            return
        try:
            self.store.memberships.delete(member["id"])
        except UserError as exc:
            QMessageBox.warning(self, "Không xóa được", exc.message)
            return
        self._done()

    def reform(self) -> None:
        if (
            self.body is not None
            and self.body_is_current
            and not self.read_only
            and ReformDialog.run(self.store, self.body, self)
        ):
            self._done()

    def new_term(self) -> None:
        if self.body is None or not self.body_is_current or self.read_only:
            return
        new = NewTermDialog.run(self.store, self.body, self)
        if new:
            self._done(new)

    def history(self) -> None:
        if self.body is not None:
            BodyHistoryDialog(self.store, self.body, self).exec()

    def export_excel(self, path: str | None = None) -> str | None:
        """The members shown (with or without those who left) as an Excel sheet."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.core.text import fold
        from desktop_app.exports.register_xlsx import (
            ExportColumn,
            office_title,
            write_register_xlsx,
        )

        if self.body is None:
            return None
        title = f"Danh sách thành viên {self.body['name']}"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Xuất Excel",
                fold(title).replace(" ", "-") + ".xlsx",
                "Bảng tính Excel (*.xlsx)",
            )
            if not path:
                return None
        columns = [
            ExportColumn("full_name", "Họ và tên"),
            ExportColumn("birth_date", "Ngày sinh", "date"),
            *(ExportColumn(c.key, c.header) for c in self.model.columns[1:]),
        ]
        rows = []
        for i in range(self.model.rowCount()):
            m = self.model.record(i)
            rows.append(
                [
                    m.get("full_name"),
                    m.get("birth_date"),
                    *(c.text(m) for c in self.model.columns[1:]),
                ]
            )
        try:
            write_register_xlsx(
                path, title, office_title(self.store), columns, rows, self.store.today()
            )
        except UserError as exc:
            QMessageBox.warning(self, "Không xuất được", exc.message)
            return None
        return path

    def print_body(self, form: str) -> None:
        """Open the printing page on this body's roster or decision."""
        if self.body is not None and not self.read_only:
            self.window().open_page("print").choose_body(self.body["id"], form)

    def dissolve(self) -> None:
        if self.body is None or not self.body_is_current or self.read_only:
            return
        dissolved = DissolveDialog.run(self.store, self.body, self)
        if dissolved:
            self.body_is_current = False
            self._done(dissolved)
