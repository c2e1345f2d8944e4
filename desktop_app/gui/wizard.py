"""The first run: set up this commune's office, set up an upper-level office, or open the demo.

A real office (with `with_account`, as the window runs it) then gets the chairman's account on
a page of its own: name and password twice; "Tiếp" encrypts the data under it (the page is a
commit page: nothing to go back to), and the last page shows the recovery key once, with its
printed sheet, and cannot be left until the officer says it was kept. `store` is then the
protected store, logged in as the chairman."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget, QWizard

from desktop_app import paths
from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_wizard import Ui_FirstRunWizard
from desktop_app.gui.office_form import OfficeForm
from desktop_app.gui.saving import focus_field

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")

CHOICE_PAGE, OFFICE_PAGE, ACCOUNT_PAGE, RECOVERY_PAGE = 0, 1, 2, 3
DEMO_PEOPLE, DEMO_VILLAGES = 2000, 12


class FirstRunWizard(QWizard):
    def __init__(
        self, store: Store, parent: QWidget | None = None, with_account: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.with_account = with_account
        self.recovery_key = ""
        self.ui = ui = Ui_FirstRunWizard()
        ui.setupUi(self)
        self.office_form = OfficeForm(ui.officeHost)
        host = QVBoxLayout(ui.officeHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.office_form)
        for choice in (ui.communeChoice, ui.upperChoice, ui.demoChoice):
            choice.toggled.connect(self._choice_changed)
        ui.officePage.setFinalPage(not with_account)
        ui.accountPage.setCommitPage(True)  # the data is encrypted when it is left: no way back
        ui.accountPage.setButtonText(QWizard.WizardButton.CommitButton, "Mã hóa dữ liệu, tiếp")
        ui.recoveryPage.registerField("recoveryKept*", ui.recoveryKept)  # Finish once ticked
        ui.printRecovery.clicked.connect(lambda: self.print_recovery())
        self.setMinimumSize(640, 460)

    def choice(self) -> str:
        if self.ui.demoChoice.isChecked():
            return "demo"
        return "upper" if self.ui.upperChoice.isChecked() else "commune"

    def _choice_changed(self, _on: bool = True) -> None:
        # The demo needs no more pages: Finish instead of Next (setFinalPage redraws the buttons).
        self.ui.choicePage.setFinalPage(self.choice() == "demo")

    def nextId(self) -> int:
        current = self.currentId()
        if current == CHOICE_PAGE and self.choice() != "demo":
            return OFFICE_PAGE
        if current == OFFICE_PAGE and self.with_account:
            return ACCOUNT_PAGE
        if current == ACCOUNT_PAGE:
            return RECOVERY_PAGE
        return -1

    def initializePage(self, page_id: int) -> None:
        if page_id == OFFICE_PAGE:
            role = self.choice()
            self.office_form.set_role(role)
            self.ui.officePage.setTitle(
                "Cơ quan Mặt trận cấp trên"
                if role == "upper"
                else "Ủy ban MTTQ xã, phường, đặc khu"
            )
            focus_field(
                self.office_form.ui.commune_name if role == "commune" else self.office_form.ui.name
            )
        if page_id == ACCOUNT_PAGE:
            self.ui.accountName.setFocus()
        if page_id == RECOVERY_PAGE:
            groups = self.recovery_key.split("-")
            self.ui.recoveryKey.setText("-".join(groups[:7]) + "-\n" + "-".join(groups[7:]))
            self.setOption(QWizard.WizardOption.NoCancelButton, True)  # shown once: no skipping
            self.ui.printRecovery.setFocus()
        super().initializePage(page_id)

    def validateCurrentPage(self) -> bool:
        if self.currentId() == CHOICE_PAGE and self.choice() == "demo":
            return self._build_demo()
        if self.currentId() == OFFICE_PAGE:
            return self._set_up_office()
        if self.currentId() == ACCOUNT_PAGE:
            return self._protect()
        return super().validateCurrentPage()

    def reject(self) -> None:
        """Esc or closing the window does not skip the recovery key: the data is already
        encrypted and the key is never shown again."""
        if self.currentId() == RECOVERY_PAGE and not self.ui.recoveryKept.isChecked():
            return
        super().reject()

    def _protect(self) -> bool:
        """The data encrypted under the chairman's account; the store opened again as the chairman.
        A refusal (a short password, a failed encryption) leaves the office as it was."""
        from desktop_app.gui.login import WINDOW_PROGRAM
        from desktop_app.store import vault
        from desktop_app.store.db import open_store
        from desktop_app.store.protect import protect

        ui = self.ui
        name, password = ui.accountName.text().strip(), ui.passwordEdit.text()
        try:
            vault.clean_name(name)
            vault.check_password(password)
            if password != ui.repeatEdit.text():
                raise UserError("Hai lần nhập mật khẩu không giống nhau.")
        except UserError as exc:
            QMessageBox.warning(self, "Chưa được", exc.message)
            return False
        path = self.store.path
        self.store.close()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovery_key = protect(path, name, password, paths.backups_dir(path.parent))
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self.store = open_store(path, program=WINDOW_PROGRAM)
            QMessageBox.warning(
                self, "Chưa bảo vệ được dữ liệu", exc.message + "\nDữ liệu vẫn như cũ."
            )
            return False
        try:
            self.store = open_store(path, program=WINDOW_PROGRAM, user=name, password=password)
        finally:
            QApplication.restoreOverrideCursor()
        log.info("office protected in the first-run wizard, first account %s", name)
        return True

    def print_recovery(self, target: str | None = None) -> Any:
        """The "Phiếu khóa khôi phục" saved as a PDF to print (the same sheet as after an upgrade)."""
        from desktop_app.gui.login import save_recovery_sheet

        return save_recovery_sheet(
            self,
            self.recovery_key,
            self.store.office(),
            self.store.path.parent,
            self.ui.accountName.text().strip(),
            target,
        )

    def _set_up_office(self) -> bool:
        widgets = self.office_form.field_widgets()
        problems = self.office_form.problems()
        if problems:
            QMessageBox.warning(
                self, "Chưa đủ thông tin", "\n".join(f"• {m}" for _f, m in problems)
            )
            focus_field(widgets[problems[0][0]])
            return False
        try:
            office = self.store.setup_office(**self.office_form.values())
            if self.with_account:  # left before the account page: asked again at the next start
                self.store.set_meta("protect_at_start", "1")
            if office.get("role") == "commune":
                self.store.campaigns.load_national()  # the first activity can be recorded at once
            signer = self.ui.signerName.text().strip()
            if signer:  # printed under "CHỦ TỊCH" on the decisions and rosters
                self.store.settings.set_many({"signer_name": signer})
        except UserError as exc:
            QMessageBox.warning(self, "Chưa lưu được", exc.message)
            focus_field(widgets["commune_code"])
            return False
        log.info("office set up: %s", self.store.office())
        return True

    def _build_demo(self) -> bool:
        from desktop_app.store.demo import build_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            build_demo(self.store, people=DEMO_PEOPLE, villages=DEMO_VILLAGES)
        except UserError as exc:
            QMessageBox.warning(self, "Không tạo được xã mẫu", exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True
