"""The person dialog: every field of the people table, ID-number hints as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop_app.core import enums, idnumber
from desktop_app.gui.forms.ui_person_dialog import Ui_PersonDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.store import refdata
from desktop_app.store.people import People

if TYPE_CHECKING:
    from desktop_app.store.db import Store

FIELDS = People.fields  # the dialog's editors are named after the register's fields


def id_number_hint(number: str) -> str:
    """What a typed ID number (số định danh) says about its holder, or why it is not one yet."""
    digits = "".join(number.split())
    if not digits:
        return ""
    if not digits.isdigit():
        return "Số định danh (CCCD) chỉ gồm chữ số."
    if len(digits) != 12:
        return f"Số định danh (CCCD) có 12 chữ số (đang có {len(digits)})."
    prefix, sex, year = idnumber.decode(digits)
    province = refdata.province_by_id_prefix(prefix)
    place = (
        f"khai sinh tại {province['name']}"
        if province
        else f"mã tỉnh {prefix} không có trong danh mục"
    )
    return f"Theo số định danh: {place}, {enums.SEXES[sex].lower()}, sinh năm {year}."


class PersonDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: dict | None = None,
        parent: QWidget | None = None,
        village_id: str | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Sửa thông tin: {record['full_name']}" if record else "Thêm người")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.sex.set_mapping(enums.SEXES, empty_label="— Chọn —")
        ui.ethnicity_code.set_mapping(
            {g["code"]: g["name"] for g in refdata.ethnic_groups()}, empty_label="— Chưa rõ —"
        )
        ui.religion_code.set_mapping(
            {r["code"]: r["name"] for r in refdata.religions()}, empty_label="— Chưa rõ —"
        )
        villages = {v["id"]: v["name"] for v in store.villages.current()}
        ui.village_id.set_mapping(villages, empty_label="— Chưa chọn —")
        names = refdata.demo_names()
        for combo, key in (
            (ui.occupation, "occupations"),
            (ui.education, "education_levels"),
            (ui.theory_level, "political_theory_levels"),
        ):
            combo.addItems(["", *names.get(key, [])])
        ui.birth_date.set_year_only_allowed(True)
        ui.birth_date.set_label("Ngày sinh")
        ui.party_admission_date.set_label("Ngày vào Đảng")
        ui.id_number.textChanged.connect(lambda t: ui.id_info.setText(id_number_hint(t)))
        ui.party_member.toggled.connect(ui.party_admission_date.setEnabled)
        ui.party_member.toggled.connect(ui.theory_level.setEnabled)
        self.load(record or {"village_id": village_id, "ethnicity_code": None})
        ui.full_name.setFocus()
        self.mark_clean()

    def load(self, r: dict) -> None:
        ui = self.ui
        ui.full_name.setText(r.get("full_name") or "")
        ui.sex.set_code(r.get("sex"))
        ui.birth_date.set_value(r.get("birth_date"))
        ui.ethnicity_code.set_code(r.get("ethnicity_code"))
        ui.religion_code.set_code(r.get("religion_code"))
        if r.get("village_id") and ui.village_id.findData(r["village_id"]) < 0:
            former = self.store.villages.get(r["village_id"], include_deleted=True)
            if former:
                ui.village_id.addItem(f"{former['name']} (cũ)", former["id"])
        ui.village_id.set_code(r.get("village_id"))
        ui.id_number.setText(r.get("id_number") or "")
        ui.phone.setText(r.get("phone") or "")
        ui.occupation.setCurrentText(r.get("occupation") or "")
        ui.education.setCurrentText(r.get("education") or "")
        ui.theory_level.setCurrentText(r.get("theory_level") or "")
        ui.party_member.setChecked(bool(r.get("party_member")))
        ui.party_admission_date.set_value(r.get("party_admission_date"))
        ui.party_admission_date.setEnabled(bool(r.get("party_member")))
        ui.theory_level.setEnabled(bool(r.get("party_member")))
        ui.notes.setPlainText(r.get("notes") or "")
        ui.id_info.setText(id_number_hint(ui.id_number.text()))

    def values(self) -> dict:
        ui = self.ui
        party = ui.party_member.isChecked()
        return {
            "full_name": ui.full_name.text(),
            "sex": ui.sex.code(),
            "birth_date": ui.birth_date.value(),
            "ethnicity_code": ui.ethnicity_code.code(),
            "religion_code": ui.religion_code.code(),
            "village_id": ui.village_id.code(),
            "id_number": ui.id_number.text(),
            "phone": ui.phone.text(),
            "occupation": ui.occupation.currentText(),
            "education": ui.education.currentText(),
            "theory_level": ui.theory_level.currentText() if party else None,
            "party_member": party,
            "party_admission_date": ui.party_admission_date.value() if party else None,
            "notes": ui.notes.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        return {name: getattr(self.ui, name) for name in FIELDS}

    def save(self, accept_warnings: bool) -> dict:
        values = self.values()
        if self.record:
            return self.store.people.update(self.record["id"], values, accept_warnings)
        return self.store.people.add(values, accept_warnings)
