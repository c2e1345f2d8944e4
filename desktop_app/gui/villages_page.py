"""Khu dân cư: the commune's villages, their validity and mergers, and how many people live there."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPushButton, QWidget

from desktop_app.core import dates, enums
from desktop_app.gui.forms.ui_village_dialog import Ui_VillageDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import Column
from desktop_app.store import villages

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class VillageDialog(RecordDialog):
    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = Ui_VillageDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Sửa khu dân cư" if record else "Thêm khu dân cư")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.kind.set_mapping(enums.VILLAGE_KINDS)
        others = {
            v["id"]: v["name"]
            for v in store.villages.query()
            if not record or v["id"] != record["id"]
        }
        self.ui.merged_into.set_mapping(others, empty_label="— Không —")
        self.ui.valid_from.set_label("Ngày thành lập")
        self.ui.valid_to.set_label("Ngày hết hiệu lực")
        r = record or {}
        self.ui.name.setText(r.get("name") or "")
        self.ui.kind.set_code(r.get("kind") or "thon")
        self.ui.code.setText(r.get("code") or "")
        self.ui.valid_from.set_value(r.get("valid_from"))
        self.ui.valid_to.set_value(r.get("valid_to"))
        self.ui.merged_into.set_code(r.get("merged_into"))
        self.ui.party_secretary.setText(r.get("party_secretary") or "")
        self.ui.notes.setPlainText(r.get("notes") or "")
        self.ui.name.setFocus()
        self.mark_clean()

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.name.text(),
            "kind": ui.kind.code(),
            "code": ui.code.text(),
            "valid_from": ui.valid_from.value(),
            "valid_to": ui.valid_to.value(),
            "merged_into": ui.merged_into.code(),
            "party_secretary": ui.party_secretary.text(),
            "notes": ui.notes.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name,
            "kind": ui.kind,
            "code": ui.code,
            "valid_from": ui.valid_from,
            "valid_to": ui.valid_to,
            "merged_into": ui.merged_into,
            "party_secretary": ui.party_secretary,
            "notes": ui.notes,
        }

    def save(self, accept_warnings: bool) -> dict:
        values = self.values()
        if self.record:
            return self.store.villages.update(self.record["id"], values, accept_warnings)
        return self.store.villages.add(values, accept_warnings)


class VillagesPage(RegisterPage):
    sort_keys = villages.LIST_ORDER
    title = "Khu dân cư"
    search_placeholder = "Tìm khu dân cư (gõ không dấu cũng được)…"
    commune_table = "villages"
    import_target = "villages"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._people_counts: dict[str, int] = {}
        self._names: dict[str, str] = {}
        super().__init__(store, parent)
        self.show_former = QCheckBox("Hiện cả khu đã hết hiệu lực, đã sáp nhập", self)
        self.show_former.setChecked(True)
        self.show_former.toggled.connect(lambda _c: self.reload())
        self.filters_layout.addWidget(self.show_former)
        self.filters_layout.addStretch(1)
        # Merging is the commune's own act; the upper level receives it in the next bundle.
        self.merge_button = QPushButton("Sáp &nhập…", self)
        self.merge_button.setToolTip(
            "Sáp nhập các khu dân cư: chuyển người, kết thúc các ban cũ, lập ban mới"
        )
        self.merge_button.setVisible(not store.is_upper)
        self.merge_button.clicked.connect(self.merge)
        self.filters_layout.addWidget(self.merge_button)

    def merge(self) -> None:
        from desktop_app.gui.merge_dialog import MergeVillagesDialog

        target = MergeVillagesDialog.run(self.store, self.selected_record(), self)
        if target is not None:
            self.reload(target["id"])

    def columns(self) -> list[Column]:
        return [
            Column("name", "Tên khu dân cư"),
            Column("kind", "Loại", lambda r: enums.label(enums.VILLAGE_KINDS, r.get("kind"))),
            Column("code", "Mã"),
            Column("people", "Số người", lambda r: str(self._people_counts.get(r["id"], 0)), True),
            Column("valid_from", "Thành lập", lambda r: dates.display(r.get("valid_from"))),
            Column("valid_to", "Hết hiệu lực", lambda r: dates.display(r.get("valid_to"))),
            Column(
                "merged_into",
                "Sáp nhập vào",
                lambda r: self._names.get(r.get("merged_into") or "", ""),
            ),
        ]

    def column_widths(self) -> list[int]:
        return [200, 90, 50, 75, 95, 95, 150]

    def rows(self, search: str) -> list[dict]:
        return self.sort_by_commune(
            self.store.villages.query(
                search=search,
                current_only=not self.show_former.isChecked(),
                commune_code=self.commune_code(),
                sort=self.sort_order(),
            )
        )

    def reload(self, select_id: str | None = None) -> None:
        self._names = self.store.villages.names()
        self._people_counts = self.store.people.counts_by_village(self.commune_code())
        super().reload(select_id)

    def clear_filters(self) -> None:
        super().clear_filters()
        self.show_former.blockSignals(True)  # open_record reloads once, after every filter
        self.show_former.setChecked(True)
        self.show_former.blockSignals(False)

    def edit(self, record: dict | None) -> dict | None:
        return VillageDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.villages.delete(record["id"])

    def detail_html(self, record: dict) -> str:
        e = html.escape
        lines = [
            f"<h3>{e(record['name'])}</h3>",
            f"<p>Loại: {e(enums.label(enums.VILLAGE_KINDS, record.get('kind')))}</p>",
        ]
        lines.append(f"<p>Số người trong sổ: <b>{self._people_counts.get(record['id'], 0)}</b></p>")
        if record.get("code"):
            lines.append(f"<p>Mã: {e(record['code'])}</p>")
        if record.get("valid_from"):
            lines.append(f"<p>Thành lập: {dates.display(record['valid_from'])}</p>")
        if record.get("valid_to"):
            lines.append(f"<p>Hết hiệu lực: {dates.display(record['valid_to'])}</p>")
        if record.get("merged_into"):
            lines.append(f"<p>Đã sáp nhập vào: {e(self._names.get(record['merged_into'], ''))}</p>")
        if record.get("party_secretary"):
            lines.append(f"<p>Bí thư chi bộ: {e(record['party_secretary'])}</p>")
        bodies = self.store.bodies.query(village_id=record["id"], current_only=True)
        if bodies:
            lines.append(
                "<p><b>Các ban hiện nay</b></p><ul>"
                + "".join(
                    f"<li>{e(b['name'])} ({b['member_count']} thành viên)</li>" for b in bodies
                )
                + "</ul>"
            )
        if record.get("notes"):
            lines.append(f"<p><i>{e(record['notes'])}</i></p>")
        return "".join(lines)
