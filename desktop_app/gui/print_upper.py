"""In ấn & báo cáo at an upper-level office: the "which import" row the import record needs.

The upper office's forms (the consolidated forms over the communes' data and the import record)
are declared in reports/forms.py with `office="upper"`; the print page lists them in place of
the commune's forms. This adds the one field they need that a commune's page has not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.reports.forms import FormSpec, import_label

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class ImportChoice:
    """The "Lần nhập" combo box in the print page's option form."""

    def __init__(
        self, store: Store, parent: QWidget, form: QFormLayout, changed: Callable[[], None]
    ) -> None:
        self.store = store
        self.form = form
        self.imports = QComboBox(parent)
        self.imports.setObjectName("imports")
        self.imports.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.imports.setMinimumContentsLength(18)
        self.imports.view().setMinimumWidth(420)
        self.imports.setAccessibleName("Lần nhập gói")
        label = QLabel("Lần &nhập:", parent)
        label.setBuddy(self.imports)
        form.addRow(label, self.imports)
        self.fill_imports()
        self.imports.currentIndexChanged.connect(lambda _i: changed())

    def fill_imports(self) -> None:
        from desktop_app.sync.consolidate import import_history

        chosen = self.imports.currentData()
        self.imports.blockSignals(True)
        self.imports.clear()
        rows = [r for r in import_history(self.store) if r.get("status") in (None, "imported")]
        for row in rows:
            self.imports.addItem(import_label(row), row["id"])
        if not rows:
            self.imports.addItem("— Chưa có lần nhập nào —", None)
        self.imports.setCurrentIndex(max(0, self.imports.findData(chosen)))
        self.imports.blockSignals(False)

    def form_changed(self, spec: FormSpec) -> None:
        self.form.setRowVisible(self.imports, "import" in spec.options)

    def refresh(self) -> None:
        self.fill_imports()

    def value(self) -> str | None:
        return self.imports.currentData()
