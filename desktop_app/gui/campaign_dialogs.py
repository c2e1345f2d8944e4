"""Dialogs of the campaigns page: a campaign of the catalogue, and an activity with its
villages and indicators — quick to fill with the keyboard alone, several in a row."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidgetItem, QSizePolicy, QWidget

from desktop_app.core import enums
from desktop_app.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from desktop_app.gui.forms.ui_campaign_dialog import Ui_CampaignDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import save_with_rules

if TYPE_CHECKING:
    from desktop_app.store.db import Store

INDICATORS = tuple(enums.INDICATORS)


EMPTY_CATALOGUE = "— Danh mục trống: thêm ở thẻ “Danh mục cuộc vận động” (Nạp danh mục toàn quốc) —"


def steady_width(combo: QComboBox) -> None:
    """A list of long names keeps its width when one is chosen (the dialog does not jump), and
    its drop-down is wide enough to read every name; the chosen one is in the tooltip too."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    widest = max(
        (combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
        default=0,
    )
    view.setMinimumWidth(widest + 40)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


class CampaignDialog(RecordDialog):
    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_CampaignDialog()
        ui.setupUi(self)
        self.setMinimumWidth(600)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setWindowTitle(
            f"Sửa cuộc vận động: {record['name']}" if record else "Thêm cuộc vận động, phong trào"
        )
        ui.kind.set_mapping(enums.CAMPAIGN_KINDS)
        r = record or {"kind": "local", "start_year": store.today().year}
        ui.name.setText(r.get("name") or "")
        ui.short_name.setText(r.get("short_name") or "")
        ui.kind.set_code(r.get("kind"))
        ui.start_year.setValue(r.get("start_year") or 0)
        ui.end_year.setValue(r.get("end_year") or 0)
        ui.description.setPlainText(r.get("description") or "")
        if record and record.get(
            "code"
        ):  # a national campaign of the reference list keeps its name
            ui.kind.setEnabled(False)
        ui.name.setFocus()
        self.mark_clean()

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.name.text(),
            "short_name": ui.short_name.text(),
            "kind": ui.kind.code(),
            "start_year": ui.start_year.value() or None,
            "end_year": ui.end_year.value() or None,
            "description": ui.description.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name,
            "short_name": ui.short_name,
            "kind": ui.kind,
            "start_year": ui.start_year,
            "end_year": ui.end_year,
            "description": ui.description,
        }

    def save(self, accept_warnings: bool) -> dict:
        if self.record:
            return self.store.campaigns.update(self.record["id"], self.values(), accept_warnings)
        return self.store.campaigns.add(self.values(), accept_warnings)


class ActivityDialog(RecordDialog):
    """An activity; “Lưu và nhập tiếp” saves and starts the next one with the same campaign,
    date and villages, so a month's activities go in one after another."""

    def __init__(
        self,
        store: Store,
        record: dict | None = None,
        parent: QWidget | None = None,
        campaign_id: str | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_ActivityDialog()
        ui.setupUi(self)
        self.saved_count = 0
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.saveNextButton.setAutoDefault(False)
        ui.saveNextButton.clicked.connect(self.save_and_next)
        ui.date.set_label("Ngày hoạt động")
        campaigns = {c["id"]: c["name"] for c in store.campaigns.query()}
        ui.campaign_id.set_mapping(
            campaigns, empty_label="— Chọn —" if campaigns else EMPTY_CATALOGUE
        )
        steady_width(ui.campaign_id)
        for key in INDICATORS:
            edit = getattr(ui, key)
            edit.set_label(enums.INDICATORS[key])
            if key not in enums.MONEY_INDICATORS:
                edit.setPlaceholderText("0")
        ui.villages.itemChanged.connect(lambda _i: self._villages_hint())
        r = record or {"campaign_id": campaign_id, "date": store.today().isoformat()}
        self._fill_villages(json.loads(r.get("village_ids") or "[]"))
        ui.campaign_id.set_code(r.get("campaign_id"))
        ui.date.set_value(r.get("date"))
        ui.title.setText(r.get("title") or "")
        ui.description.setPlainText(r.get("description") or "")
        for key in INDICATORS:
            getattr(ui, key).set_value(r.get(key) or None)
        self._titles()
        (ui.title if record or campaign_id else ui.campaign_id).setFocus()
        self.mark_clean()

    def _titles(self) -> None:
        if self.record:
            self.setWindowTitle(f"Sửa hoạt động: {self.record['title']}")
        else:
            done = f" (đã lưu {self.saved_count})" if self.saved_count else ""
            self.setWindowTitle(f"Thêm hoạt động{done}")

    def _fill_villages(self, chosen: list[str]) -> None:
        ui = self.ui
        ui.villages.clear()
        villages = {v["id"]: v["name"] for v in self.store.villages.current()}
        for village_id in chosen:
            if village_id not in villages:
                former = self.store.villages.get(village_id, include_deleted=True)
                villages[village_id] = f"{former['name']} (cũ)" if former else village_id
        for village_id, name in villages.items():
            item = QListWidgetItem(name, ui.villages)
            item.setData(Qt.ItemDataRole.UserRole, village_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if village_id in chosen else Qt.CheckState.Unchecked
            )
        if ui.villages.count():
            ui.villages.setCurrentRow(0)
        self._villages_hint()

    def village_ids(self) -> list[str]:
        items = (self.ui.villages.item(i) for i in range(self.ui.villages.count()))
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def set_village_ids(self, ids: list[str]) -> None:
        for i in range(self.ui.villages.count()):
            item = self.ui.villages.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in ids
                else Qt.CheckState.Unchecked
            )

    def _villages_hint(self) -> None:
        n = len(self.village_ids())
        self.ui.villagesHint.setText(
            f"Đã chọn {n} khu dân cư."
            if n
            else "Chưa chọn khu nào: hoạt động chung toàn xã. Phím cách để chọn."
        )

    def values(self) -> dict:
        ui = self.ui
        out = {
            "campaign_id": ui.campaign_id.code(),
            "date": ui.date.value(),
            "title": ui.title.text(),
            "description": ui.description.toPlainText(),
            "village_ids": self.village_ids(),
        }
        out.update({key: getattr(ui, key).value() or 0 for key in INDICATORS})
        return out

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        widgets = {
            "campaign_id": ui.campaign_id,
            "date": ui.date,
            "title": ui.title,
            "description": ui.description,
            "village_ids": ui.villages,
        }
        widgets.update({key: getattr(ui, key) for key in INDICATORS})
        return widgets

    def save(self, accept_warnings: bool) -> dict:
        if self.record:
            return self.store.activities.update(self.record["id"], self.values(), accept_warnings)
        return self.store.activities.add(self.values(), accept_warnings)

    def save_and_next(self) -> None:
        """Save, then clear the form for the next activity (campaign, date and villages kept)."""
        saved = save_with_rules(self, self.save, self.field_widgets())
        if saved is None:
            return
        self.saved = saved
        self.saved_count += 1
        self.record = None
        ui = self.ui
        ui.title.clear()
        ui.description.clear()
        for key in INDICATORS:
            getattr(ui, key).set_value(None)
        self._titles()
        ui.title.setFocus()
        self.mark_clean()
