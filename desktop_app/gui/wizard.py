"""The first run: set up this commune's office, set up an upper-level office, or open the demo."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget, QWizard

from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_wizard import Ui_FirstRunWizard
from desktop_app.gui.office_form import OfficeForm
from desktop_app.gui.saving import focus_field

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")

CHOICE_PAGE, OFFICE_PAGE = 0, 1
DEMO_PEOPLE, DEMO_VILLAGES = 2000, 12


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_FirstRunWizard()
        ui.setupUi(self)
        self.office_form = OfficeForm(ui.officeHost)
        host = QVBoxLayout(ui.officeHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.office_form)
        for choice in (ui.communeChoice, ui.upperChoice, ui.demoChoice):
            choice.toggled.connect(self._choice_changed)
        self.setMinimumSize(640, 460)

    def choice(self) -> str:
        if self.ui.demoChoice.isChecked():
            return "demo"
        return "upper" if self.ui.upperChoice.isChecked() else "commune"

    def _choice_changed(self, _on: bool = True) -> None:
        # The demo needs no more pages: Finish instead of Next (setFinalPage redraws the buttons).
        self.ui.choicePage.setFinalPage(self.choice() == "demo")

    def nextId(self) -> int:
        if self.currentId() == CHOICE_PAGE and self.choice() != "demo":
            return OFFICE_PAGE
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
        super().initializePage(page_id)

    def validateCurrentPage(self) -> bool:
        if self.currentId() == CHOICE_PAGE and self.choice() == "demo":
            return self._build_demo()
        if self.currentId() == OFFICE_PAGE:
            return self._set_up_office()
        return super().validateCurrentPage()

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
