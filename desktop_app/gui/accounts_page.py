"""Tài khoản: who may log in and with which role; add, disable (never delete), change a password;
lock the screen. Managing accounts is a lãnh đạo's; anyone changes their own password."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.core import roles
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_accounts_page import Ui_AccountsPage
from desktop_app.gui.login import AccountDialog
from desktop_app.gui.table_model import Column, RecordTableModel

COLUMNS = [
    Column("name", "Tài khoản"),
    Column("role", "Vai trò", lambda r: roles.ROLES.get(r["role"], r["role"])),
    Column(
        "state",
        "Tình trạng",
        lambda r: (
            f"Đã khóa từ {display(r['disabled_at'][:10])}" if r["disabled_at"] else "Đang dùng"
        ),
    ),
    Column("created_at", "Tạo ngày", lambda r: display((r["created_at"] or "")[:10])),
    Column("created_by", "Người tạo"),
]


class AccountsPage(QWidget):
    title = "Tài khoản"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.main_window: Any = None
        self.ui = ui = Ui_AccountsPage()
        ui.setupUi(self)
        self.model = RecordTableModel(COLUMNS, self)
        ui.table.setModel(self.model)
        ui.table.horizontalHeader().setStretchLastSection(True)
        ui.addButton.clicked.connect(self.add)
        ui.passwordButton.clicked.connect(lambda: self.change_password(self.selected_name()))
        ui.ownPasswordButton.clicked.connect(self.change_own_password)
        ui.disableButton.clicked.connect(self.disable)
        ui.lockButton.clicked.connect(self.lock)
        self.refresh()

    def set_main_window(self, window: Any) -> None:
        self.main_window = window

    def refresh(self) -> None:
        from desktop_app.store import accounts

        ui = self.ui
        manage = self.store.protected and self.store.may("accounts")
        for button in (ui.addButton, ui.passwordButton, ui.disableButton):
            button.setEnabled(manage)
        ui.ownPasswordButton.setEnabled(self.store.protected and not self.store.account.recovery)
        ui.lockButton.setEnabled(self.store.protected)
        if not self.store.protected:
            self.model.set_rows([])
            demo = self.store.is_demo
            ui.introLabel.setText(
                "Dữ liệu mẫu không có tài khoản: ai cũng mở được vì không có người thật. Dữ liệu của một "
                "đơn vị thật được mã hóa và mở bằng tài khoản, mật khẩu riêng của từng cán bộ."
                if demo
                else "Dữ liệu của đơn vị này CHƯA được bảo vệ: ai ngồi vào máy hoặc chép tệp đều đọc được. "
                "Bấm “Bảo vệ bằng mật khẩu…” để tạo tài khoản lãnh đạo đầu tiên và mã hóa dữ liệu."
            )
            ui.addButton.setEnabled(not demo and not self.store.read_only)
            ui.addButton.setText("&Bảo vệ bằng mật khẩu…")
            return
        if manage:
            self.model.set_rows(accounts.all_accounts(self.store))
        else:
            me = self.store.account
            self.model.set_rows(
                [
                    {
                        "name": me.name,
                        "role": me.role,
                        "disabled_at": None,
                        "created_at": "",
                        "created_by": "",
                    }
                ]
            )

    def selected_name(self) -> str | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row())["name"] if rows else None

    def _run(self, action: Any) -> bool:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, "Chưa được", exc.message)
            return False
        self.refresh()
        return True

    def protect(self) -> bool:
        """An office without accounts: the chairman's account, the data encrypted, the window
        working on the protected store from now on."""
        from desktop_app.gui.login import SessionGuard, protect_office

        window = self.main_window
        if window is not None:
            window.stop_background()  # the plain file is closed and replaced by the encrypted one
        store = protect_office(self.store, self)
        if not store.protected:
            return False
        if window is None:
            self.store = store
            self.refresh()
            return True
        window.replace_store(store)
        window.session = SessionGuard(window, store)
        return True

    def add(self, values: tuple[str, str, str] | None = None) -> bool:
        from desktop_app.store import accounts

        if not self.store.protected:
            return self.protect()
        if values is None:
            dialog = AccountDialog("add", "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        name, role, password = values
        return self._run(lambda: accounts.add(self.store, name, role, password))

    def change_own_password(self) -> bool:
        return self.change_password(self.store.account.name)

    def change_password(self, name: str | None, password: str | None = None) -> bool:
        from desktop_app.store import accounts

        if not name:
            QMessageBox.information(self, "Đổi mật khẩu", "Hãy chọn một tài khoản trong bảng.")
            return False
        if password is None:
            dialog = AccountDialog("password", name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            password = dialog.values()[2]
        return self._run(lambda: accounts.change_password(self.store, name, password))

    def disable(self, name: str | None = None, confirm: bool = True) -> bool:
        from desktop_app.gui.confirm import ask
        from desktop_app.store import accounts

        name = name or self.selected_name()
        if not name:
            QMessageBox.information(self, "Khóa tài khoản", "Hãy chọn một tài khoản trong bảng.")
            return False
        if confirm and not ask(
            self,
            "Khóa tài khoản",
            f"Khóa tài khoản “{name}”? Người này không đăng nhập được nữa; tên vẫn giữ "
            "trong nhật ký. Không mở lại được tài khoản đã khóa (tạo tài khoản mới nếu cần).",
        ):
            return False
        return self._run(lambda: accounts.disable(self.store, name))

    def lock(self) -> None:
        guard = getattr(self.main_window, "session", None)
        if guard is not None:
            guard.lock()
