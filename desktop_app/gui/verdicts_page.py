"""Thi đua, khen thưởng: the yearly grading of each village's Ban công tác Mặt trận against the
criteria file (scores per criterion, total and rank computed, last year's beside them), and the
commendations proposed and granted."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import grading
from desktop_app.gui.forms.ui_commendation_dialog import Ui_CommendationDialog
from desktop_app.gui.forms.ui_grading_dialog import Ui_GradingDialog
from desktop_app.gui.person_picker import PersonPicker
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import Column
from desktop_app.store import gradings


def _year_box(parent: QWidget, year: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1900, 2100)
    box.setValue(year)
    box.setAccessibleName("Năm")
    return box


class GradingDialog(RecordDialog):
    """One village's scores for a year: a spin box per criterion of the criteria file in use."""

    def __init__(
        self,
        store: Any,
        record: dict | None = None,
        parent: QWidget | None = None,
        year: int | None = None,
        village_id: str | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        r = record or {}
        self.ui = ui = Ui_GradingDialog()
        ui.setupUi(self)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.criteria = store.gradings.criteria(r.get("criteria_version"))
        self.setWindowTitle(f"Chấm điểm Ban công tác Mặt trận — {self.criteria.title}")
        ui.village.set_mapping(
            {v["id"]: v["name"] for v in store.villages.query(current_only=not record)},
            empty_label="— Chọn —",
        )
        ui.village.set_code(r.get("village_id") or village_id)
        ui.village.setEnabled(record is None)
        ui.year.setValue(r.get("year") or year or store.today().year)
        ui.year.setEnabled(record is None)
        scores = store.gradings.scores_of(r) if record else {}
        form = QFormLayout(ui.scores_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for n, criterion in enumerate(self.criteria.criteria, start=1):
            box = QSpinBox(ui.scores_box)
            box.setRange(0, criterion.max)
            box.setSuffix(f" / {criterion.max}")
            box.setValue(int(scores.get(criterion.code) or 0))
            box.setAccessibleName(criterion.label)
            label = QLabel(f"{n}. {html.escape(criterion.label)}", ui.scores_box)
            label.setWordWrap(True)
            label.setToolTip(criterion.label)
            form.addRow(label, box)
            box.valueChanged.connect(lambda _v: self._show_total())
            self.boxes[criterion.code] = box
        ui.evidence.setPlainText(r.get("evidence") or "")
        self._show_total()
        (next(iter(self.boxes.values())) if record else ui.village).setFocus()
        self.adjustSize()
        self.mark_clean()

    def scores(self) -> dict[str, int]:
        return {code: box.value() for code, box in self.boxes.items()}

    def _show_total(self) -> None:
        total = self.criteria.total(self.scores())
        rank = self.criteria.rank_of(total)
        self.ui.total.setText(
            f"<b>{total}</b> / {self.criteria.max_total} điểm — xếp loại <b>{rank.label}</b>"
        )

    def field_widgets(self) -> dict[str, QWidget]:
        return {"village_id": self.ui.village, "year": self.ui.year, **self.boxes}

    def save(self, accept_warnings: bool) -> dict:
        if self.record:
            return self.store.gradings.update(
                self.record["id"],
                {"scores": self.scores(), "evidence": self.ui.evidence.toPlainText()},
            )
        return self.store.gradings.grade(
            self.ui.year.value(),
            self.ui.village.code() or "",
            self.scores(),
            evidence=self.ui.evidence.toPlainText(),
        )


class GradingsList(RegisterPage):
    sort_keys = gradings.GRADING_ORDER
    title = ""
    search_placeholder = "Tìm khu dân cư…"
    commune_table = "gradings"
    can_delete = True

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.year_filter = _year_box(self, store.today().year - 1)
        self.filters_layout.addWidget(QLabel("Năm", self))
        self.filters_layout.addWidget(self.year_filter)
        self.filters_layout.addStretch(1)
        self.add_button.setText("Chấm điểm…")
        self.year_filter.valueChanged.connect(lambda _v: self.reload())
        self.summary = QLabel(self)
        self.layout().insertWidget(self.layout().count() - 1, self.summary)

    def _criteria(self, version: int | None) -> grading.Criteria:
        return self.store.gradings.criteria(version)

    def columns(self) -> list[Column]:
        def rank(key: str):
            return lambda r: (
                self._criteria(r["criteria_version"]).rank_label(r.get(key)) if r.get(key) else ""
            )

        return [
            Column("village_name", "Khu dân cư"),
            Column("total", "Tổng điểm", lambda r: str(r["total"]), True),
            Column("rank", "Xếp loại", rank("rank")),
            Column(
                "previous_total",
                "Năm trước",
                lambda r: "" if r["previous_total"] is None else str(r["previous_total"]),
                True,
            ),
            Column("previous_rank", "Xếp loại năm trước", rank("previous_rank")),
            Column("evidence", "Căn cứ, minh chứng"),
        ]

    def column_widths(self) -> list[int]:
        return [180, 80, 110, 85, 140, 260]

    def narrow_order(self) -> list[str]:
        return ["evidence", "previous_rank", "previous_total"]  # all in the details

    def rows(self, search: str) -> list[dict]:
        return self.store.gradings.query(
            year=self.year_filter.value(),
            commune_code=self.commune_code(),
            search=search,
            sort=self.sort_order(),
        )

    def reload(self, select_id: str | None = None) -> None:
        super().reload(select_id)
        rows = self.rows("")
        if not rows:
            self.summary.setText(
                f"Chưa chấm điểm khu dân cư nào năm {self.year_filter.value()}. "
                "Bấm “Chấm điểm…” để nhập điểm từng khu."
            )
            return
        criteria = self._criteria(rows[0]["criteria_version"])
        counts = ", ".join(
            f"{label}: {n}"
            for label, n in (
                (r.label, sum(1 for x in rows if x["rank"] == r.code)) for r in criteria.ranks
            )
            if n
        )
        villages = len(self.store.villages.query(current_only=True)) if not self.upper else None
        missing = (
            f" — còn {villages - len(rows)} khu chưa chấm"
            if villages and villages > len(rows)
            else ""
        )
        self.summary.setText(
            f"Năm {self.year_filter.value()}: {len(rows)} khu dân cư — {counts}{missing}."
        )

    def edit(self, record: dict | None) -> dict | None:
        full = self.store.gradings.get(record["id"]) if record else None
        return GradingDialog.run(self.store, full, self, year=self.year_filter.value())

    def delete(self, record: dict) -> None:
        self.store.gradings.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return f"kết quả chấm điểm {record['village_name']} năm {record['year']}"

    def detail_html(self, record: dict) -> str:
        e = html.escape
        criteria = self._criteria(record["criteria_version"])
        scores = self.store.gradings.scores_of(record)
        rows = "".join(
            f"<tr><td>{n}. {e(c.label)}</td><td align='right'>{scores.get(c.code, '')}/{c.max}</td></tr>"
            for n, c in enumerate(criteria.criteria, start=1)
        )
        before = ""
        if record["previous_total"] is not None:
            before = (
                f"<p>Năm trước: {record['previous_total']} điểm, "
                f"{e(criteria.rank_label(record['previous_rank']))}</p>"
            )
        return (
            f"<h3>{e(record['village_name'])} — năm {record['year']}</h3>"
            f"<p><b>{record['total']}</b>/{criteria.max_total} điểm — <b>{e(criteria.rank_label(record['rank']))}"
            f"</b></p>{before}<table>{rows}</table>"
            + (f"<p><i>{e(record['evidence'])}</i></p>" if record.get("evidence") else "")
        )


class CommendationDialog(RecordDialog):
    def __init__(
        self,
        store: Any,
        record: dict | None = None,
        parent: QWidget | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        r = record or {}
        self.ui = ui = Ui_CommendationDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa khen thưởng" if record else "Thêm đề nghị khen thưởng")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.picker = PersonPicker(store, ui.person_host)
        host = QVBoxLayout(ui.person_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.picker)
        ui.person_hostLabel.setBuddy(self.picker)
        ui.subject_kind.set_mapping(grading.COMMENDATION_SUBJECTS)
        ui.body.set_mapping(
            {
                b["id"]: b["name"]
                for b in store.bodies.query(kind="village_committee", current_only=True)
            },
            empty_label="— Chọn —",
        )
        ui.village.set_mapping(
            {v["id"]: v["name"] for v in store.villages.query(current_only=True)},
            empty_label="— Không —",
        )
        ui.award.set_mapping(grading.COMMENDATION_FORMS)
        ui.level.set_mapping(grading.COMMENDATION_LEVELS, empty_label="— Không ghi —")
        ui.status.set_mapping(grading.COMMENDATION_STATUSES)
        ui.decision_date.set_label("Ngày quyết định")
        ui.year.setValue(r.get("year") or year or store.today().year)
        ui.subject_kind.set_code(r.get("subject_kind") or "person")
        self.picker.set_person_id(r.get("person_id"))
        ui.body.set_code(r.get("body_id"))
        ui.household_name.setText(r.get("household_name") or "")
        ui.village.set_code(r.get("village_id"))
        ui.award.set_code(r.get("form") or "giay_khen")
        ui.level.set_code(r.get("level") or "commune")
        ui.reason.setPlainText(r.get("reason") or "")
        ui.status.set_code(r.get("status") or "proposed")
        ui.decision_number.setText(r.get("decision_number") or "")
        ui.decision_date.set_value(r.get("decision_date"))
        ui.subject_kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        ui.subject_kind.setFocus()
        self.mark_clean()

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.ui.subject_kind.code()
        layout = ui.form
        layout.setRowVisible(ui.person_host, kind == "person")
        layout.setRowVisible(ui.body, kind == "body")
        layout.setRowVisible(ui.household_name, kind == "household")
        layout.setRowVisible(ui.village, kind == "household")
        self.adjustSize()

    def values(self) -> dict:
        ui, kind = self.ui, self.ui.subject_kind.code()
        return {
            "year": ui.year.value(),
            "subject_kind": kind,
            "person_id": self.picker.person_id() if kind == "person" else None,
            "body_id": ui.body.code() if kind == "body" else None,
            "household_name": ui.household_name.text() if kind == "household" else None,
            "village_id": ui.village.code() if kind == "household" else None,
            "form": ui.award.code(),
            "level": ui.level.code(),
            "reason": ui.reason.toPlainText(),
            "status": ui.status.code(),
            "decision_number": ui.decision_number.text(),
            "decision_date": ui.decision_date.value(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "year": ui.year,
            "subject_kind": ui.subject_kind,
            "person_id": self.picker,
            "body_id": ui.body,
            "household_name": ui.household_name,
            "form": ui.award,
            "level": ui.level,
            "reason": ui.reason,
            "status": ui.status,
            "decision_number": ui.decision_number,
            "decision_date": ui.decision_date,
        }

    def save(self, accept_warnings: bool) -> dict:
        values = self.values()
        if self.record:
            return self.store.commendations.update(self.record["id"], values, accept_warnings)
        return self.store.commendations.add(values, accept_warnings)


class CommendationsList(RegisterPage):
    sort_keys = gradings.COMMENDATION_ORDER
    search_placeholder = "Tìm người, ban, hộ được khen…"
    commune_table = "commendations"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.year_filter = _year_box(self, store.today().year)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("Mọi trạng thái", None)
        for code, label in grading.COMMENDATION_STATUSES.items():
            self.status_filter.addItem(label, code)
        self.filters_layout.addWidget(QLabel("Năm", self))
        self.filters_layout.addWidget(self.year_filter)
        self.filters_layout.addWidget(self.status_filter)
        self.filters_layout.addStretch(1)
        self.year_filter.valueChanged.connect(lambda _v: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())

    def filter_combos(self) -> list[Any]:
        return [self.status_filter]

    def columns(self) -> list[Column]:
        return [
            Column("subject_name", "Được khen"),
            Column("village_name", "Khu dân cư"),
            Column("form", "Hình thức", lambda r: grading.COMMENDATION_FORMS.get(r["form"], "")),
            Column(
                "level",
                "Cấp khen",
                lambda r: grading.COMMENDATION_LEVELS.get(r.get("level") or "", ""),
            ),
            Column(
                "status", "Trạng thái", lambda r: grading.COMMENDATION_STATUSES.get(r["status"], "")
            ),
            Column("decision_number", "Quyết định"),
            Column("reason", "Thành tích"),
        ]

    def column_widths(self) -> list[int]:
        return [170, 110, 90, 140, 110, 120, 260]

    def narrow_order(self) -> list[str]:
        return ["reason", "decision_number", "level"]  # all in the details

    def rows(self, search: str) -> list[dict]:
        return self.store.commendations.query(
            year=self.year_filter.value(),
            status=self.status_filter.currentData(),
            commune_code=self.commune_code(),
            search=search,
            sort=self.sort_order(),
        )

    def edit(self, record: dict | None) -> dict | None:
        full = self.store.commendations.get(record["id"]) if record else None
        return CommendationDialog.run(self.store, full, self, year=self.year_filter.value())

    def delete(self, record: dict) -> None:
        self.store.commendations.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return f"khen thưởng của {record['subject_name']}"


class VerdictsPage(QWidget):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.gradings = GradingsList(store, self)
        self.commendations = CommendationsList(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.gradings, "Chấm điểm Ban công tác Mặt trận")
        self.tabs.addTab(self.commendations, "Khen thưởng")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Thi đua, khen thưởng</b>", self))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, RegisterPage):
            current.refresh()

    def open_record(self, table: str, record_id: str) -> None:
        target = self.gradings if table == "gradings" else self.commendations
        self.tabs.setCurrentWidget(target)
        target.open_record(table, record_id)

    def save_state(self) -> None:
        self.gradings.save_state()
        self.commendations.save_state()
