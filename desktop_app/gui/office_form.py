"""The office's own details (commune or upper level), shared by the first-run wizard and Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_settings_office import Ui_OfficeForm
from desktop_app.store import refdata

COMMUNE_ONLY = ("unit_kind", "commune_name", "upper_name", "upper_code")


def suggested_name(role: str, unit_kind: str | None, commune_name: str, province_name: str) -> str:
    if role == "upper":
        return f"Ủy ban MTTQ Việt Nam tỉnh {province_name}".strip() if province_name else ""
    kind = enums.label(enums.UNIT_KINDS, unit_kind or "xa").lower()
    return f"Ủy ban MTTQ Việt Nam {kind} {commune_name}".strip() if commune_name else ""


class OfficeForm(QWidget):
    def __init__(self, parent: QWidget | None = None, role: str = "commune") -> None:
        super().__init__(parent)
        self.ui = ui = Ui_OfficeForm()
        ui.setupUi(self)
        self.role = role
        self._name_touched = False
        ui.unit_kind.set_mapping(enums.UNIT_KINDS)
        ui.province_code.set_mapping(
            {p["code"]: p["full_name"] for p in refdata.provinces_2025()},
            empty_label="— Chọn tỉnh, thành phố —",
        )
        ui.name.textEdited.connect(lambda _t: setattr(self, "_name_touched", True))
        ui.commune_name.textChanged.connect(lambda _t: self._suggest())
        ui.unit_kind.code_changed.connect(lambda _c: self._suggest())
        ui.province_code.code_changed.connect(lambda _c: self._province_changed())
        self.set_role(role)

    def set_role(self, role: str) -> None:
        self.role = role
        ui = self.ui
        for name in COMMUNE_ONLY:
            getattr(ui, name).setVisible(role == "commune")
            getattr(ui, f"{name}Label").setVisible(role == "commune")
        if role == "upper":
            ui.commune_codeLabel.setText("&Mã đơn vị *")
            ui.commune_code.setPlaceholderText("mã tỉnh 2 chữ số")
            ui.commune_code.setMaxLength(2)
            ui.nameLabel.setText("Tên cơ &quan *")
        else:
            ui.commune_codeLabel.setText("&Mã xã *")
            ui.commune_code.setPlaceholderText("5 chữ số (QĐ 19/2025/QĐ-TTg)")
            ui.commune_code.setMaxLength(5)
            ui.nameLabel.setText("Tên cơ &quan")
        self._suggest()

    def _province_name(self) -> str:
        code = self.ui.province_code.code()
        return next((p["name"] for p in refdata.provinces_2025() if p["code"] == code), "")

    def _province_changed(self) -> None:
        ui = self.ui
        name = self._province_name()
        if self.role == "upper" and ui.province_code.code() and not ui.commune_code.text():
            ui.commune_code.setText(ui.province_code.code())
        if self.role == "commune" and name and not ui.upper_name.text():
            ui.upper_name.setText(f"Ủy ban MTTQ Việt Nam tỉnh {name}")
            ui.upper_code.setText(ui.province_code.code())
        self._suggest()

    def _suggest(self) -> None:
        if self._name_touched:
            return
        ui = self.ui
        ui.name.setText(
            suggested_name(
                self.role,
                ui.unit_kind.code(),
                ui.commune_name.text().strip(),
                self._province_name(),
            )
        )

    def load(self, office: dict) -> None:
        ui = self.ui
        self.set_role(office.get("role") or "commune")
        ui.unit_kind.set_code(office.get("unit_kind") or "xa")
        ui.commune_name.setText(office.get("commune_name") or "")
        ui.commune_code.setText(office.get("commune_code") or "")
        ui.province_code.blockSignals(True)
        ui.province_code.set_code(office.get("province_code"))
        ui.province_code.blockSignals(False)
        ui.upper_name.setText(office.get("upper_name") or "")
        ui.upper_code.setText(office.get("upper_code") or "")
        ui.address.setText(office.get("address") or "")
        ui.name.setText(office.get("name") or "")
        self._name_touched = bool(office.get("name"))

    def values(self) -> dict:
        ui = self.ui
        values = {
            "role": self.role,
            "name": ui.name.text().strip() or None,
            "commune_code": ui.commune_code.text().strip(),
            "province_code": ui.province_code.code(),
            "province_name": self._province_name() or None,
            "address": ui.address.text().strip() or None,
        }
        if self.role == "commune":
            values.update(
                unit_kind=ui.unit_kind.code(),
                commune_name=ui.commune_name.text().strip() or None,
                upper_name=ui.upper_name.text().strip() or None,
                upper_code=ui.upper_code.text().strip() or None,
            )
        else:
            values.update(unit_kind=None, commune_name=values["name"])
        return values

    def problems(self) -> list[tuple[str, str]]:
        """(field, Vietnamese message) for what is missing before the store is asked."""
        v = self.values()
        found = []
        if self.role == "commune" and not v.get("commune_name"):
            found.append(("commune_name", "Chưa nhập tên xã, phường."))
        if self.role == "upper" and not v.get("name"):
            found.append(("name", "Chưa nhập tên cơ quan."))
        if not v["province_code"]:
            found.append(("province_code", "Chưa chọn tỉnh, thành phố."))
        return found

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            name: getattr(ui, name)
            for name in (
                "unit_kind",
                "commune_name",
                "commune_code",
                "province_code",
                "name",
                "upper_name",
                "upper_code",
                "address",
            )
        }
