"""Adding or editing one body (a village Front committee, the inspection board, a supervision
board): its village or project, term and recognising decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_body_dialog import Ui_BodyDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.widgets import CodeCombo

if TYPE_CHECKING:
    from desktop_app.store.db import Store

# The page titles (shorter than the legal names in core/enums for the board).
KIND_TITLES = {
    "village_committee": "Ban công tác Mặt trận",
    "inspection_board": "Ban thanh tra nhân dân",
    "supervision_board": "Ban giám sát đầu tư cộng đồng",
}


def default_name(store: Store, kind: str, village_name: str | None, project: str | None) -> str:
    """The name a body of this kind usually carries."""
    if kind == "village_committee":
        return f"Ban công tác Mặt trận {village_name}" if village_name else ""
    if kind == "supervision_board":
        return f"{enums.BODY_KINDS[kind]} — {project}" if project else ""
    office = store.office() or {}
    commune = office.get("commune_name")
    return f"Ban thanh tra nhân dân xã {commune}" if commune else "Ban thanh tra nhân dân xã"


def set_villages(
    combo: CodeCombo, store: Store, village_id: str | None, empty_label: str = "— Chưa chọn —"
) -> None:
    """The current villages to choose from, plus the chosen one if it has since merged or ended."""
    choices = {v["id"]: v["name"] for v in store.villages.current()}
    if village_id and village_id not in choices:
        former = store.villages.get(village_id, include_deleted=True)
        if former:
            choices[village_id] = f"{former['name']} (cũ)"
    combo.set_mapping(choices, empty_label=empty_label)
    combo.set_code(village_id)


class BodyDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: dict | None = None,
        parent: QWidget | None = None,
        kind: str = "village_committee",
    ) -> None:
        super().__init__(store, record, parent)
        self.kind = record["kind"] if record else kind
        kind = self.kind
        self.ui = Ui_BodyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.village = ui.villageCombo
        set_villages(self.village, store, record.get("village_id") if record else None)
        for edit, label in (
            (ui.termStartEdit, "Đầu nhiệm kỳ"),
            (ui.termEndEdit, "Cuối nhiệm kỳ"),
            (ui.decisionDateEdit, "Ngày quyết định"),
        ):
            edit.set_label(label)
        title = KIND_TITLES.get(kind, enums.label(enums.BODY_KINDS, kind))
        ui.kindLabel.setText(title)
        self.setWindowTitle(f"{'Sửa' if record else 'Thêm'} — {title}")
        ui.form.setRowVisible(self.village, kind != "inspection_board")
        ui.form.setRowVisible(ui.projectEdit, kind == "supervision_board")
        if kind == "supervision_board":
            ui.villageLabel.setText("&Khu dân cư có dự án:")
            ui.termLabel.setText("&Thời gian giám sát:")
            ui.termLabelEdit.setPlaceholderText("năm, hoặc từ năm–đến năm")
        self._auto_name = ""
        self._fill(record)
        self.village.code_changed.connect(lambda _c: self._suggest_name())
        ui.projectEdit.textEdited.connect(lambda _t: self._suggest_name())
        first = {"village_committee": self.village, "supervision_board": ui.projectEdit}.get(
            kind, ui.nameEdit
        )
        first.setFocus()
        self.mark_clean()

    def _fill(self, record: dict | None) -> None:
        ui = self.ui
        if record is None:
            settings = self.store.settings
            if self.kind != "supervision_board":  # the real term, never a grey example of one
                ui.termLabelEdit.setText(settings("current_term"))
            ui.signerEdit.setText(settings("signer_name"))
            self._suggest_name()
            return
        ui.projectEdit.setText(record.get("project_name") or "")
        ui.nameEdit.setText(record.get("name") or "")
        ui.termLabelEdit.setText(record.get("term_label") or "")
        ui.termStartEdit.set_value(record.get("term_start"))
        ui.termEndEdit.set_value(record.get("term_end"))
        ui.decisionNumberEdit.setText(record.get("decision_number") or "")
        ui.decisionDateEdit.set_value(record.get("decision_date"))
        ui.signerEdit.setText(record.get("decision_signer") or "")
        ui.notesEdit.setPlainText(record.get("notes") or "")

    def _suggest_name(self) -> None:
        """Fill the usual name while the officer has not written one of their own."""
        current = self.ui.nameEdit.text().strip()
        if current and current != self._auto_name:
            return
        village = self.village.currentText() if self.village.code() else None
        self._auto_name = default_name(
            self.store, self.kind, village, self.ui.projectEdit.text().strip()
        )
        self.ui.nameEdit.setText(self._auto_name)

    def values(self) -> dict:
        ui = self.ui
        return {
            "kind": self.kind,
            "name": ui.nameEdit.text(),
            "village_id": self.village.code() if self.kind != "inspection_board" else None,
            "project_name": ui.projectEdit.text() if self.kind == "supervision_board" else None,
            "term_label": ui.termLabelEdit.text(),
            "term_start": ui.termStartEdit.value(),
            "term_end": ui.termEndEdit.value(),
            "decision_number": ui.decisionNumberEdit.text(),
            "decision_date": ui.decisionDateEdit.value(),
            "decision_signer": ui.signerEdit.text(),
            "notes": ui.notesEdit.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.nameEdit,
            "name": ui.nameEdit,
            "village_id": self.village,
            "project_name": ui.projectEdit,
            "term_label": ui.termLabelEdit,
            "term_start": ui.termStartEdit,
            "term_end": ui.termEndEdit,
            "decision_number": ui.decisionNumberEdit,
            "decision_date": ui.decisionDateEdit,
            "decision_signer": ui.signerEdit,
            "notes": ui.notesEdit,
        }

    def save(self, accept_warnings: bool) -> dict:
        data = self.values()
        if self.record is None:
            return self.store.bodies.add(data, accept_warnings=accept_warnings)
        return self.store.bodies.update(self.record["id"], data, accept_warnings=accept_warnings)
