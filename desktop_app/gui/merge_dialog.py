"""Sáp nhập khu dân cư: pick the villages, the surviving or new village, the date and the
decision, and the members who continue in the merged village's new Ban công tác Mặt trận.
The store writes everything in one transaction (store/village_merge.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_merge_villages_dialog import Ui_MergeVillagesDialog
from desktop_app.gui.membership_dialogs import role_label
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput

ROLE = Qt.ItemDataRole.UserRole


class MergeVillagesDialog(RecordDialog):
    """`record`, when given, is the village the officer had selected: it starts ticked."""

    def __init__(
        self, store: Any, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_MergeVillagesDialog()
        ui.setupUi(self)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Sáp nhập")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.mergeDateEdit.set_label("Ngày sáp nhập")
        ui.decisionDateEdit.set_label("Ngày quyết định")
        ui.termEndEdit.set_label("Cuối nhiệm kỳ")
        self.villages = store.villages.current()
        names = {v["id"]: v["name"] for v in self.villages}
        ui.targetCombo.set_mapping(names, empty_label="— Chọn khu giữ lại —")
        ui.newKindCombo.set_mapping(enums.VILLAGE_KINDS)
        ui.newKindCombo.set_code("thon")
        for village in self.villages:
            item = QListWidgetItem(village["name"], ui.sourcesList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            picked = record is not None and record["id"] == village["id"]
            item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
            item.setData(ROLE, village["id"])
        ui.sourcesList.setCurrentRow(0)
        ui.mergeDateEdit.set_value(store.today().isoformat())
        ui.termLabelEdit.setText(str(store.settings("current_term")))
        self._people = store.people.counts_by_village(None)
        ui.sourcesList.itemChanged.connect(lambda _i: self._refresh())
        ui.targetCombo.code_changed.connect(lambda _c: self._refresh())
        ui.existingRadio.toggled.connect(lambda _on: self._refresh())
        ui.membersList.itemChanged.connect(lambda _i: self._count())
        self._refresh()
        self.setWindowTitle("Sáp nhập khu dân cư")
        ui.sourcesList.setFocus()
        self.mark_clean()

    # ---- what is chosen -------------------------------------------------------------
    def sources(self) -> list[str]:
        items = [self.ui.sourcesList.item(i) for i in range(self.ui.sourcesList.count())]
        return [i.data(ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def target_id(self) -> str | None:
        return self.ui.targetCombo.code() if self.ui.existingRadio.isChecked() else None

    def picked_members(self) -> list[tuple[str, str, str | None]]:
        found: dict[str, tuple[str, str, str | None]] = {}
        for i in range(self.ui.membersList.count()):
            item = self.ui.membersList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                person_id, role, branch = item.data(ROLE)
                found.setdefault(person_id, (person_id, role, branch))
        return list(found.values())

    # ---- keeping the dialog in step ---------------------------------------------------
    def _refresh(self) -> None:
        ui = self.ui
        existing = ui.existingRadio.isChecked()
        ui.targetCombo.setEnabled(existing)
        ui.newKindCombo.setEnabled(not existing)
        ui.newNameEdit.setEnabled(not existing)
        from desktop_app.store.village_merge import candidates

        involved = [v for v in (*self.sources(), self.target_id()) if v]
        picked = {p for p, _, _ in self.picked_members()}
        ui.membersList.blockSignals(True)
        ui.membersList.clear()
        for member in candidates(self.store, list(dict.fromkeys(involved))):
            branch = enums.label(enums.BRANCHES, member.get("branch"))
            text = f"{member['full_name']} — {role_label({'kind': 'village_committee'}, member['role'])}"
            text += f" ({branch})" if branch else ""
            text += f" · {member['body_name']}"
            item = QListWidgetItem(text, ui.membersList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if member["person_id"] in picked else Qt.CheckState.Unchecked
            )
            item.setData(ROLE, (member["person_id"], member["role"], member.get("branch")))
        ui.membersList.blockSignals(False)
        moving = [v for v in self.sources() if v != self.target_id()]
        people = sum(self._people.get(v, 0) for v in moving)
        where = (
            ui.targetCombo.currentText()
            if existing
            else (ui.newNameEdit.text().strip() or "khu mới")
        )
        ui.summaryLabel.setText(
            f"{len(moving)} khu sáp nhập vào {where}; {people} người chuyển sang khu sau sáp nhập. "
            "Các khu cũ vẫn xem được trong sổ và trong báo cáo các kỳ trước."
            if moving
            else "Đánh dấu các khu dân cư sáp nhập ở danh sách bên trái."
        )
        self._count()

    def _count(self) -> None:
        total = self.ui.membersList.count()
        self.ui.countLabel.setText(
            f"Tiếp tục: {len(self.picked_members())}/{total} người"
            if total
            else "Các khu đã chọn chưa có Ban công tác Mặt trận"
        )

    # ---- RecordDialog -----------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.newNameEdit,
            "kind": ui.newKindCombo,
            "valid_to": ui.mergeDateEdit,
            "valid_from": ui.mergeDateEdit,
            "merged_into": ui.targetCombo,
            "term_label": ui.termLabelEdit,
            "term_end": ui.termEndEdit,
            "end_date": ui.mergeDateEdit,
            "start_date": ui.mergeDateEdit,
            "dissolved_on": ui.mergeDateEdit,
            "decision_number": ui.decisionNumberEdit,
            "decision_date": ui.decisionDateEdit,
        }

    def save(self, accept_warnings: bool) -> dict:
        from desktop_app.store.village_merge import NewCommittee, merge_villages

        ui = self.ui
        on = ui.mergeDateEdit.value()
        if on is None:
            raise InvalidInput("Chưa nhập ngày sáp nhập.", ui.mergeDateEdit)
        target = self.target_id()
        new_village = None
        if ui.existingRadio.isChecked():
            if not target:
                raise InvalidInput("Chưa chọn khu dân cư giữ lại sau sáp nhập.", ui.targetCombo)
        else:
            name = ui.newNameEdit.text().strip()
            if not name:
                raise InvalidInput("Chưa nhập tên khu dân cư mới.", ui.newNameEdit)
            new_village = {"name": name, "kind": ui.newKindCombo.code()}
        committee = None
        if ui.committeeGroup.isChecked() and ui.membersList.count():
            label = ui.termLabelEdit.text().strip()
            if not label:
                raise InvalidInput(
                    "Chưa nhập nhiệm kỳ của Ban công tác Mặt trận mới.", ui.termLabelEdit
                )
            members = self.picked_members()
            if not members:
                raise InvalidInput(
                    "Chưa đánh dấu thành viên nào tiếp tục tham gia ban mới (hoặc bỏ chọn mục 3).",
                    ui.membersList,
                )
            committee = NewCommittee(
                label,
                members,
                term_end=ui.termEndEdit.value(),
                decision_number=ui.decisionNumberEdit.text().strip() or None,
                decision_date=ui.decisionDateEdit.value(),
            )
        result = merge_villages(
            self.store,
            self.sources(),
            on,
            target_id=target,
            new_village=new_village,
            decision_number=ui.decisionNumberEdit.text().strip() or None,
            decision_date=ui.decisionDateEdit.value(),
            committee=committee,
        )
        self.result_of_merge = result
        return result.target
