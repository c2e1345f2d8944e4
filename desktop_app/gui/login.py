"""Logging in to a protected office, protecting a plain one (the chairman's account, the recovery
key shown once with its printed sheet), and locking the window after an idle time or on demand."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from desktop_app.core import roles
from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_account_dialog import Ui_AccountDialog
from desktop_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from desktop_app.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog

log = logging.getLogger("somattran.gui")
WINDOW_PROGRAM = "cửa sổ Sổ Mặt trận"


class LoginDialog(QDialog):
    """Asks for an account and its password until `attempt(user, password)` succeeds; its result
    is kept in `result_value`. A refused attempt shows the store's message and clears the password."""

    def __init__(
        self,
        office_text: str,
        attempt: Callable[[str, str], Any],
        parent: QWidget | None = None,
        user: str = "",
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_LoginDialog()
        ui.setupUi(self)
        self.attempt = attempt
        self.result_value: Any = None
        ui.officeLabel.setText(office_text)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Đăng nhập" if not locked else "Mở khóa")
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát chương trình")
        ui.buttonBox.accepted.connect(self._try)
        if locked:
            self.setWindowTitle("Màn hình đã khóa — Sổ Mặt trận")
            ui.introLabel.setText(
                "Màn hình đã khóa để không ai xem được dữ liệu khi vắng người. "
                "Nhập lại mật khẩu của tài khoản để tiếp tục."
            )
            ui.userEdit.setReadOnly(True)
            ui.hintLabel.setText(
                "Quên mật khẩu: bấm “Thoát chương trình”, rồi nhờ lãnh đạo đặt lại mật khẩu "
                "(dữ liệu đã lưu không mất)."
            )
        ui.userEdit.setText(user)
        ui.messageLabel.hide()
        (ui.passwordEdit if user else ui.userEdit).setFocus()

    def _try(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_value = self.attempt(
                self.ui.userEdit.text().strip(), self.ui.passwordEdit.text()
            )
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            self.ui.messageLabel.show()
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class AccountDialog(QDialog):
    """A new account (name, role, password twice), the chairman's first one, or a new password."""

    def __init__(self, mode: str = "add", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AccountDialog()
        ui.setupUi(self)
        for code, label in roles.ROLES.items():
            ui.roleCombo.addItem(f"{label} — {roles.ROLE_HELP[code]}", code)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttonBox.accepted.connect(self._check)
        ui.nameEdit.setText(name)
        if mode == "first":
            self.setWindowTitle("Tài khoản của Chủ tịch")
            ui.introLabel.setText(
                "Từ phiên bản này, dữ liệu của đơn vị (có thông tin nhạy cảm: dân tộc, tôn giáo, đảng viên, "
                "số định danh) được mã hóa và chỉ mở bằng mật khẩu. Hãy tạo tài khoản lãnh đạo đầu tiên "
                "(Chủ tịch); sau đó Chủ tịch thêm tài khoản cho từng cán bộ."
            )
            ui.roleCombo.setCurrentIndex(0)
            ui.roleCombo.setEnabled(False)
        elif mode == "password":
            self.setWindowTitle("Đổi mật khẩu")
            ui.introLabel.setText(
                f"Mật khẩu mới cho tài khoản “{name}”. Mật khẩu cũ thôi dùng được ngay."
            )
            ui.nameEdit.setReadOnly(True)
            ui.roleLabel.hide()
            ui.roleCombo.hide()
        else:
            self.setWindowTitle("Thêm tài khoản")
            ui.introLabel.setText(
                "Tài khoản mới. Người dùng nên đổi mật khẩu sau lần đăng nhập đầu."
            )
            ui.roleCombo.setCurrentIndex(1)
        (ui.passwordEdit if name else ui.nameEdit).setFocus()

    def values(self) -> tuple[str, str, str]:
        return (
            self.ui.nameEdit.text().strip(),
            self.ui.roleCombo.currentData(),
            self.ui.passwordEdit.text(),
        )

    def _check(self) -> None:
        from desktop_app.store import vault

        ui = self.ui
        try:
            vault.clean_name(ui.nameEdit.text())
            vault.check_password(ui.passwordEdit.text())
            if ui.passwordEdit.text() != ui.repeatEdit.text():
                raise UserError("Hai lần nhập mật khẩu không giống nhau.")
        except UserError as exc:
            QMessageBox.warning(self, "Chưa được", exc.message)
            return
        self.accept()


class RecoveryDialog(QDialog):
    """The recovery key, shown once; closing needs the officer to say it was printed or copied."""

    def __init__(
        self,
        recovery_key: str,
        office: dict | None,
        data_folder: Path,
        made_by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RecoveryDialog()
        ui.setupUi(self)
        self.key, self.office, self.folder, self.made_by = (
            recovery_key,
            office,
            data_folder,
            made_by,
        )
        self.printed: Path | None = None
        groups = recovery_key.split("-")
        ui.keyLabel.setText("-".join(groups[:7]) + "-\n" + "-".join(groups[7:]))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Đã cất khóa, tiếp tục")
        ok.setEnabled(False)
        ui.keptCheck.toggled.connect(ok.setEnabled)
        ui.buttonBox.accepted.connect(self.accept)
        ui.printButton.clicked.connect(self.print_sheet)
        ui.printButton.setFocus()

    def print_sheet(self, target: str | None = None) -> Path | None:
        self.printed = save_recovery_sheet(
            self, self.key, self.office, self.folder, self.made_by, target
        )
        return self.printed

    def reject(self) -> None:  # Esc does not skip the key: it is shown only once
        if self.ui.keptCheck.isChecked():
            super().reject()


def save_recovery_sheet(
    parent: QWidget,
    recovery_key: str,
    office: dict | None,
    data_folder: Path,
    made_by: str,
    target: str | None = None,
) -> Path | None:
    """The "Phiếu khóa khôi phục" as a PDF where the officer chooses (or at target), to print
    and then delete; None when the officer cancels or it cannot be written (said)."""
    from datetime import date

    from desktop_app.reports.security import print_recovery_sheet

    if not target:
        target, _ = QFileDialog.getSaveFileName(
            parent,
            "Lưu phiếu khóa khôi phục (PDF) để in",
            str(Path.home() / "phieu-khoa-khoi-phuc.pdf"),
            "PDF (*.pdf)",
        )
    if not target:
        return None
    try:
        printed = print_recovery_sheet(
            target, office, recovery_key, str(data_folder), made_by, date.today()
        )
    except UserError as exc:
        QMessageBox.warning(parent, "Chưa in được", exc.message)
        return None
    QMessageBox.information(
        parent,
        "Phiếu khóa khôi phục",
        f"Đã lưu phiếu tại {printed}. Hãy in ra, rồi XÓA tệp PDF này khỏi máy.",
    )
    return printed


def office_text(path: Path) -> str:
    return f"Sổ Mặt trận — dữ liệu tại {path.parent}"


def log_in(path: Path, parent: QWidget | None = None) -> Any:
    """The store of the protected office at path after a log-in, or None when the officer quits."""
    from desktop_app.store.db import open_store

    dialog = LoginDialog(
        office_text(path),
        lambda user, password: open_store(
            path, program=WINDOW_PROGRAM, user=user, password=password
        ),
        parent,
    )
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def protect_office(store: Any, parent: QWidget | None = None) -> Any:
    """The chairman's account for a plain real office: the data encrypted, the recovery key shown
    and printed, the store opened again under the account. When the officer declines, the plain
    store (still open, the office as it was): the caller looks at `.protected`."""
    from desktop_app import paths
    from desktop_app.store.db import open_store
    from desktop_app.store.protect import protect

    dialog = AccountDialog("first", "", parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        name, _role, password = dialog.values()
        path, office = store.path, store.office()
        store.close()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            recovery = protect(path, name, password, paths.backups_dir(path.parent))
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                parent, "Chưa bảo vệ được dữ liệu", exc.message + "\nDữ liệu vẫn như cũ."
            )
            store = open_store(path, program=WINDOW_PROGRAM)
            continue
        QApplication.restoreOverrideCursor()
        log.info("office protected, first account %s", name)
        RecoveryDialog(recovery, office, path.parent, name, parent).exec()
        return open_store(path, program=WINDOW_PROGRAM, user=name, password=password)
    return store


class SessionGuard(QObject):
    """Locks the window after `lock_minutes` without keyboard or mouse (setting; 0: never) and on
    Ctrl+Shift+L: the window hides until the account's password (or the recovery key) is given."""

    def __init__(self, window: Any, store: Any, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window, self.store, self.now = window, store, now
        self.last = now()
        self.locked = False
        self.dialog: LoginDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QShortcut(QKeySequence("Ctrl+Shift+L"), window, self.lock)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            self.last = self.now()
        return False

    def idle_limit(self) -> float:
        minutes = self.store.settings("lock_minutes")
        return float(minutes) * 60 if minutes else 0.0

    def check(self) -> None:
        limit = self.idle_limit()
        if limit and not self.locked and self.now() - self.last >= limit:
            self.lock()

    def lock(self) -> None:
        """Hide the window until the password is given again; quitting closes the program."""
        from desktop_app.store import vault

        if self.locked or not self.store.protected:
            return
        self.locked = True
        account = self.store.account
        keys = vault.keys_path(self.store.path)

        def unlock(user: str, password: str) -> bool:
            key, name = vault.unlock(keys, account.name if not account.recovery else "", password)
            if key != self.store.key or (name is None) != account.recovery:
                raise UserError("Mật khẩu không đúng.")
            return True

        self.window.hide()
        dialog = LoginDialog(
            office_text(self.store.path),
            unlock,
            None,
            user="" if account.recovery else account.name,
            locked=True,
        )
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        self.locked = False
        self.last = self.now()
        if accepted:
            self.window.show()
        else:
            self.window.close()
