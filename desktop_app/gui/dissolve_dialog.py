"""Dissolving a community investment supervision board when its project has ended."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop_app.gui.forms.ui_dissolve_dialog import Ui_DissolveDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class DissolveDialog(RecordDialog):
    """Ask the date; the store ends every current membership with the reason 'dissolved'."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        assert record is not None
        self.body = record
        self.ui = Ui_DissolveDialog()
        self.ui.setupUi(self)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Giải thể")
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.ui.dateEdit.set_label("Ngày giải thể")
        self.ui.dateEdit.set_value(store.today().isoformat())
        self.ui.bodyLabel.setText(f"<b>{html.escape(record['name'])}</b>")
        self.ui.dateEdit.setFocus()
        self.mark_clean()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"dissolved_on": self.ui.dateEdit, "end_date": self.ui.dateEdit}

    def save(self, accept_warnings: bool) -> dict:
        on_date = self.ui.dateEdit.value()
        if on_date is None:
            raise InvalidInput("Chưa nhập ngày giải thể.", self.ui.dateEdit)
        self.store.bodies.dissolve(self.body["id"], on_date)
        return self.store.bodies.get(self.body["id"])
