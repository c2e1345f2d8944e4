"""The body pages: village Front committees, the people's inspection board, the community
investment supervision boards — one page class, parameterised by the kind of body."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QWidget

from desktop_app.core import dates
from desktop_app.gui import ui_state
from desktop_app.gui.body_dialog import KIND_TITLES, BodyDialog
from desktop_app.gui.body_members import BodyMembersPanel
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.shortcuts import shortcut
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import VillageCombo
from desktop_app.store import bodies

if TYPE_CHECKING:
    from desktop_app.store.db import Store

STATES = {
    "current": "Đang hoạt động",
    "former": "Nhiệm kỳ trước, đã giải thể",
    "all": "Mọi nhiệm kỳ",
}


def state_text(body: dict) -> str:
    if body.get("dissolved_on"):
        return f"Giải thể {dates.display(body['dissolved_on'])}"
    return "Đang hoạt động" if body.get("is_current") else "Nhiệm kỳ trước"


def term_text(body: dict) -> str:
    return body.get("term_label") or dates.display(body.get("term_start"))


def decision_text(body: dict) -> str:
    number, day = body.get("decision_number") or "", dates.display(body.get("decision_date"))
    return f"{number} ngày {day}" if number and day else number or day


class BodiesPage(RegisterPage):
    sort_keys = bodies.BODY_ORDER
    kind: ClassVar[str] = ""
    search_placeholder = "Tìm tên ban, khu dân cư (gõ không dấu cũng được)…"
    commune_table = "bodies"
    import_target = "members"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._rows_cache: tuple[tuple, list[dict]] | None = None
        super().__init__(store, parent)
        self.add_button.setText("Thêm ban")
        self.edit_button.setText("Sửa ban")
        self.delete_button.setText("Xóa ban")
        self.village_filter: VillageCombo | None = None
        if self.kind != "inspection_board":
            self.village_filter = VillageCombo(
                store, self, empty_label="Mọi khu dân cư", current_only=False
            )
            self.village_filter.setAccessibleName("Lọc theo khu dân cư")
            self.filters_layout.addWidget(self.village_filter)
            self.village_filter.code_changed.connect(lambda _c: self.reload())
            self.commune_changed()
        self.term_filter = QComboBox(self)
        self.term_filter.setAccessibleName("Lọc theo nhiệm kỳ")
        self.filters_layout.addWidget(self.term_filter)
        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName("Lọc theo tình trạng")
        for code, label in STATES.items():
            self.state_filter.addItem(label, code)
        self.filters_layout.addWidget(self.state_filter)
        self._fill_terms()
        self.term_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())

        # The right side: the body's details and rule warnings above, its members below.
        self.members = BodyMembersPanel(store, self)
        self.members.changed.connect(self._members_changed)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setChildrenCollapsible(False)
        self.splitter.replaceWidget(1, self.right)
        self.right.addWidget(self.detail)
        self.right.addWidget(self.members)
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.detail.setMinimumHeight(120)
        self.members.setMinimumWidth(540)
        if ui_state.load_bytes(self._state_key("splitter")) is None:
            self.splitter.setSizes(
                [515, 590] if self.upper else [500, 640]
            )  # upper: the "Xã" column
        right_state = ui_state.load_bytes(self._state_key("right"))
        if right_state is not None:
            self.right.restoreState(right_state)
        else:
            self.right.setSizes([230, 400])
        shortcut("Ctrl+M", self, self.members.add_member)
        self.setTabOrder(self.table, self.members.table)

    # ---- filters -------------------------------------------------------------------------------
    def _fill_terms(self) -> None:
        current = self.term_filter.currentData()
        self.term_filter.blockSignals(True)
        self.term_filter.clear()
        self.term_filter.addItem("Mọi nhiệm kỳ", None)
        for label in self.store.bodies.term_labels(self.kind):
            self.term_filter.addItem(f"Nhiệm kỳ {label}", label)
        index = self.term_filter.findData(current)
        self.term_filter.setCurrentIndex(max(index, 0))
        self.term_filter.blockSignals(False)

    def commune_kind(self) -> str | None:
        return self.kind

    def commune_changed(self) -> None:
        if self.upper and getattr(self, "village_filter", None) is not None:
            self.narrow_villages(self.village_filter)

    def clear_filters(self) -> None:
        super().clear_filters()
        for combo in (self.term_filter, self.state_filter):
            combo.blockSignals(True)
        if self.village_filter is not None:
            self.village_filter.blockSignals(True)
            self.village_filter.set_code(None)
            self.village_filter.blockSignals(False)
        self.term_filter.setCurrentIndex(0)
        self.state_filter.setCurrentIndex(self.state_filter.findData("all"))
        for combo in (self.term_filter, self.state_filter):
            combo.blockSignals(False)

    def set_state_filter(self, code: str) -> None:
        self.state_filter.setCurrentIndex(self.state_filter.findData(code))

    # ---- the list ------------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        count = Column(
            "member_count", "Số TV", lambda b: str(b.get("member_count") or 0), align_right=True
        )
        term = Column(
            "term_label", "Nhiệm kỳ" if self.kind != "supervision_board" else "Thời gian", term_text
        )
        number = Column("decision_number", "Quyết định số")
        state = Column("is_current", "Tình trạng", state_text)
        if self.kind == "village_committee":
            return [Column("village_name", "Khu dân cư"), term, count, number, state]
        if self.kind == "supervision_board":
            return [
                Column("project_name", "Công trình, dự án"),
                Column("village_name", "Khu dân cư"),
                term,
                count,
                state,
            ]
        return [
            Column("name", "Tên ban"),
            term,
            count,
            state,
        ]  # one board a term: its decision is in the details

    def column_widths(self) -> list[int]:
        if self.kind == "supervision_board":
            return [110, 85, 70, 45] if self.upper else [165, 85, 70, 45]
        if self.kind == "village_committee":  # the upper level's "Xã" column takes some room
            return [90, 75, 42, 106] if self.upper else [100, 75, 42, 118]
        return [180, 80, 45] if self.upper else [210, 80, 45]

    def narrow_order(self) -> list[str]:
        # the details beside the list show them all; the name (or village) and term stay
        return ["decision_number", "is_current", "member_count", "term_label"]

    def _filter_key(self, search: str) -> tuple:
        village = self.village_filter.village_id() if self.village_filter is not None else None
        return (
            search,
            village,
            self.term_filter.currentData(),
            self.state_filter.currentData(),
            self.commune_code(),
            tuple(self.commune_order()),
            self.sort_order(),
        )

    def _rows(self, search: str) -> list[dict]:
        key = self._filter_key(search)
        if self._rows_cache is None or self._rows_cache[0] != key:
            _, village, term, state, commune, _order, sort = key
            rows = self.store.bodies.query(
                kind=self.kind,
                village_id=village,
                term_label=term,
                search=search,
                commune_code=commune,
                current_only=state == "current",
                former_only=state == "former",
                sort=sort,
            )
            self._rows_cache = (key, self.sort_by_commune(rows))
        return self._rows_cache[1]

    def count(self, search: str) -> int:
        self._rows_cache = None  # each reload asks the store again
        return len(self._rows(search))

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        return self._rows(search)[offset : offset + limit]

    def refresh_filters(self) -> None:
        self._fill_terms()
        if self.village_filter is not None and not self.upper:
            chosen = self.village_filter.village_id()
            self.village_filter.blockSignals(True)
            self.village_filter.reload()
            self.village_filter.set_code(chosen)
            self.village_filter.blockSignals(False)

    def reload(self, select_id: str | None = None) -> None:
        super().reload(select_id)
        if self.selected_record() is None and self.model.rowCount():
            self.table.selectRow(0)  # the details and members of the first body show at once

    def import_options(self) -> dict:
        body = self.selected_record()
        return {
            "target": "members",
            "body_id": body["id"] if body else None,
            "body_name": body["name"] if body else None,
        }

    def record_title(self, record: dict) -> str:
        term = f" (nhiệm kỳ {record['term_label']})" if record.get("term_label") else ""
        return f"{record.get('name', '')}{term}"

    # ---- the detail panel ----------------------------------------------------------------------
    def detail_html(self, record: dict) -> str:
        lines: list[tuple[str, str]] = []
        if record.get("project_name"):
            lines.append(("Công trình, dự án", record["project_name"]))
        if record.get("village_name"):
            lines.append(("Khu dân cư", record["village_name"]))
        span = " – ".join(
            x
            for x in (
                dates.display(record.get("term_start")),
                dates.display(record.get("term_end")),
            )
            if x
        )
        lines.append(
            ("Nhiệm kỳ", " · ".join(x for x in (record.get("term_label") or "", span) if x))
        )
        if record.get("decision_number") or record.get("decision_date"):
            signer = f" — {record['decision_signer']} ký" if record.get("decision_signer") else ""
            lines.append(("Quyết định", decision_text(record) + signer))
        lines.append(("Tình trạng", state_text(record)))
        if record.get("predecessor_id"):
            before = self.store.bodies.get(record["predecessor_id"])
            if before:
                lines.append(
                    (
                        "Nhiệm kỳ trước",
                        before.get("term_label") or dates.display(before.get("term_start")),
                    )
                )
        if record.get("notes"):
            lines.append(("Ghi chú", record["notes"]))
        table = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in lines
        )
        return f"<h3>{html.escape(record['name'])}</h3><table>{table}</table>{self._rules_html(record)}"

    def _rules_html(self, record: dict) -> str:
        if not record.get("is_current"):
            return ""
        issues = self.store.bodies.composition_issues(record)
        if not issues:
            return "<p style='color:#2e7d32'>✔ Thành phần ban đúng quy định.</p>"
        items = "".join(f"<li>{html.escape(i.message)}</li>" for i in issues)
        return (
            f"<p style='color:#b26a00;margin-bottom:0'><b>⚠ Cần xem lại thành phần ban:</b></p>"
            f"<ul style='color:#b26a00;margin-top:2px'>{items}</ul>"
        )

    def _after_reset(self) -> None:
        super()._after_reset()
        self.members.set_body(None)

    def _current_changed(self, current: Any, previous: Any) -> None:
        super()._current_changed(current, previous)
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None or record["id"] != (self.members.body or {}).get("id"):
            self.members.set_body(
                record, bool(record and record.get("is_current")), self.read_only_reason(record)
            )

    def _members_changed(self, body: dict | None, membership_id: str | None) -> None:
        self._fill_terms()
        self.reload(select_id=body["id"] if body else None)
        if membership_id:
            self.members.reload(select_id=membership_id)

    # ---- editing -------------------------------------------------------------------------------
    def edit(self, record: dict | None) -> dict | None:
        saved = BodyDialog.run(self.store, record, self, kind=self.kind)
        if saved:
            self._fill_terms()
        return saved

    def delete(self, record: dict) -> None:
        self.store.bodies.delete(record["id"])

    def save_state(self) -> None:
        super().save_state()
        ui_state.save_bytes(self._state_key("right"), self.right.saveState())


class VillageCommitteesPage(BodiesPage):
    kind = "village_committee"
    title = KIND_TITLES[kind]


class InspectionBoardsPage(BodiesPage):
    kind = "inspection_board"
    title = KIND_TITLES[kind]
    search_placeholder = "Tìm tên ban (gõ không dấu cũng được)…"


class SupervisionBoardsPage(BodiesPage):
    kind = "supervision_board"
    title = KIND_TITLES[kind]
    search_placeholder = "Tìm công trình, dự án, khu dân cư (gõ không dấu cũng được)…"
