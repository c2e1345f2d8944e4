"""Giám sát & phản biện: three tabs — the year's supervisions (plan, team, findings; printed as
the plan and each one's report), the recommendations they made, followed to the agencies'
replies like petitions, and social criticism of draft documents and policies."""

from __future__ import annotations

import html
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates, enums, text
from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_criticism_dialog import Ui_CriticismDialog
from desktop_app.gui.forms.ui_recommendation_dialog import Ui_RecommendationDialog
from desktop_app.gui.forms.ui_supervision_dialog import Ui_SupervisionDialog
from desktop_app.gui.petitions_page import FollowUpActions, status_text
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.saving import InvalidInput
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import CodeCombo
from desktop_app.store import supervisions

BOARD_KINDS = ("inspection_board", "supervision_board")


def _save_button(ui: Any) -> None:
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)


class SupervisionDialog(RecordDialog):
    def __init__(
        self, store: Any, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_SupervisionDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa cuộc giám sát" if record else "Thêm cuộc giám sát")
        _save_button(ui)
        ui.year.setRange(2000, store.today().year + 1)
        ui.kind.set_mapping(enums.SUPERVISION_FORMS, empty_label="— Chọn —")
        boards = [b for k in BOARD_KINDS for b in store.bodies.query(kind=k)]
        ui.body.set_mapping({b["id"]: b["name"] for b in boards}, empty_label="— Không qua ban —")
        r = record or {"year": store.today().year}
        ui.year.setValue(int(r.get("year") or store.today().year))
        ui.subject.setPlainText(r.get("subject") or "")
        ui.kind.set_code(r.get("form"))
        ui.body.set_code(r.get("body_id"))
        ui.team.setText(
            ", ".join(p["full_name"] for p in store.supervisions.team(r)) if record else ""
        )
        ui.start_date.set_value(r.get("start_date"))
        ui.end_date.set_value(r.get("end_date"))
        ui.findings.setPlainText(r.get("findings") or "")
        ui.notes.setPlainText(r.get("notes") or "")
        ui.subject.setFocus()
        self.mark_clean()

    def team_ids(self) -> list[str]:
        """The team typed as names, each found in the people register (folded, exact)."""
        ids = []
        for name in (n.strip() for n in self.ui.team.text().split(",")):
            if not name:
                continue
            found = [
                p
                for p in self.store.people.query(search=name)
                if text.fold(p["full_name"]) == text.fold(name)
            ]
            if not found:
                raise InvalidInput(
                    f"Không tìm thấy “{name}” trong sổ Người; hãy thêm người đó trước.",
                    self.ui.team,
                )
            ids.append(found[0]["id"])
        return ids

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "year": ui.year,
            "subject": ui.subject,
            "form": ui.kind,
            "body_id": ui.body,
            "team_ids": ui.team,
            "start_date": ui.start_date,
            "end_date": ui.end_date,
        }

    def save(self, accept_warnings: bool) -> dict:
        ui = self.ui
        values = {
            "year": ui.year.value(),
            "subject": ui.subject.toPlainText(),
            "form": ui.kind.code(),
            "body_id": ui.body.code(),
            "team_ids": json.dumps(self.team_ids()),
            "start_date": ui.start_date.value(),
            "end_date": ui.end_date.value(),
            "findings": ui.findings.toPlainText(),
            "notes": ui.notes.toPlainText(),
        }
        if self.record:
            return self.store.supervisions.update(self.record["id"], values, accept_warnings)
        return self.store.supervisions.add(values, accept_warnings)


class RecommendationDialog(RecordDialog):
    def __init__(
        self,
        store: Any,
        record: dict | None = None,
        parent: QWidget | None = None,
        supervision_id: str | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_RecommendationDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa kiến nghị" if record else "Thêm kiến nghị sau giám sát")
        _save_button(ui)
        ui.supervision.set_mapping(
            {s["id"]: f"{s['year']} — {s['subject']}" for s in store.supervisions.query()},
            empty_label="— Chọn —",
        )
        r = record or {"supervision_id": supervision_id, "made_date": store.today().isoformat()}
        ui.supervision.set_code(r.get("supervision_id"))
        ui.made_date.set_value(r.get("made_date"))
        ui.content.setPlainText(r.get("content") or "")
        ui.agency.setText(r.get("agency") or "")
        ui.due_date.set_value(r.get("due_date"))
        ui.notes.setPlainText(r.get("notes") or "")
        ui.content.setFocus()
        self.mark_clean()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "supervision_id": ui.supervision,
            "made_date": ui.made_date,
            "content": ui.content,
            "agency": ui.agency,
            "due_date": ui.due_date,
        }

    def save(self, accept_warnings: bool) -> dict:
        ui = self.ui
        values = {
            "supervision_id": ui.supervision.code(),
            "made_date": ui.made_date.value(),
            "content": ui.content.toPlainText(),
            "agency": ui.agency.text(),
            "due_date": ui.due_date.value(),
            "notes": ui.notes.toPlainText(),
        }
        if self.record:
            return self.store.recommendations.update(self.record["id"], values, accept_warnings)
        return self.store.recommendations.add(values, accept_warnings)


class CriticismDialog(RecordDialog):
    FIELDS = (
        "draft",
        "drafting_agency",
        "conference_date",
        "participants",
        "participants_note",
        "opinions",
        "sent_doc",
        "sent_date",
        "answer_date",
        "answer_content",
    )

    def __init__(
        self, store: Any, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_CriticismDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            "Sửa hoạt động phản biện" if record else "Thêm hoạt động phản biện xã hội"
        )
        _save_button(ui)
        r = record or {}
        for name in self.FIELDS:
            widget, value = getattr(ui, name), r.get(name)
            if hasattr(widget, "set_value"):
                widget.set_value(value)
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value or "")
            elif hasattr(widget, "setValue"):
                widget.setValue(int(value or 0))
            else:
                widget.setText(value or "")
        ui.draft.setFocus()
        self.mark_clean()

    def field_widgets(self) -> dict[str, QWidget]:
        return {name: getattr(self.ui, name) for name in self.FIELDS}

    def save(self, accept_warnings: bool) -> dict:
        values: dict[str, Any] = {}
        for name in self.FIELDS:
            widget = getattr(self.ui, name)
            if hasattr(widget, "set_value"):
                values[name] = widget.value()
            elif hasattr(widget, "toPlainText"):
                values[name] = widget.toPlainText()
            elif hasattr(widget, "value"):
                values[name] = widget.value() or None
            else:
                values[name] = widget.text()
        if self.record:
            return self.store.criticisms.update(self.record["id"], values, accept_warnings)
        return self.store.criticisms.add(values, accept_warnings)


class _YearFilter:
    """A year filter whose years come from `years_of()` (the tab's register)."""

    def add_year_filter(self: Any, years_of: Callable[[], list[int]]) -> None:
        self._years_of = years_of
        self.year = CodeCombo({}, self, empty_label="Mọi năm")
        self.year.setAccessibleName("Năm")
        self.filters_layout.addWidget(self.year)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_filters()

    def refresh_filters(self: Any) -> None:
        if not hasattr(self, "year"):
            return
        years: dict[Any, str] = {y: str(y) for y in self._years_of()}
        self.year.blockSignals(True)
        self.year.set_mapping(years)
        self.year.blockSignals(False)

    def filter_combos(self: Any) -> list[Any]:
        return [self.year]


def _save_pdf(page: QWidget, name: str, make: Any, out: str | Path | None) -> Path | None:
    if out is None:
        out, _ = QFileDialog.getSaveFileName(
            page, "Lưu tệp PDF", str(Path(tempfile.gettempdir()) / name), "PDF (*.pdf)"
        )
        if not out:
            return None
    try:
        path = make(out)
    except UserError as exc:
        QMessageBox.warning(page, "Không in được", exc.message)
        return None
    if not page.property("no_open"):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class SupervisionsTab(_YearFilter, RegisterPage):
    sort_keys = supervisions.SUPERVISION_ORDER
    title = "Kế hoạch và kết quả giám sát"
    search_placeholder = "Tìm nội dung giám sát…"
    commune_table = "supervisions"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.add_year_filter(store.supervisions.years)
        self.filters_layout.addStretch(1)
        actions = QHBoxLayout()
        self.recommend_button = QPushButton("Thêm kiến nghị…", self)
        self.recommend_button.clicked.connect(self.add_recommendation)
        self.plan_button = QPushButton("In kế hoạch năm…", self)
        self.plan_button.clicked.connect(lambda: self.print_plan())
        self.report_button = QPushButton("In báo cáo giám sát…", self)
        self.report_button.clicked.connect(lambda: self.print_report())
        for button in (self.recommend_button, self.plan_button, self.report_button):
            button.setVisible(not self.upper)
            actions.addWidget(button)
        actions.addStretch(1)
        self.layout().insertLayout(2, actions)  # type: ignore[union-attr]

    def columns(self) -> list[Column]:
        return [
            Column("year", "Năm"),
            Column("subject", "Nội dung giám sát"),
            Column(
                "form", "Hình thức", lambda r: enums.label(enums.SUPERVISION_FORMS, r.get("form"))
            ),
            Column(
                "start_date",
                "Thời gian",
                lambda r: " – ".join(
                    d
                    for d in (dates.display(r.get("start_date")), dates.display(r.get("end_date")))
                    if d
                ),
            ),
            Column(
                "status",
                "Tình trạng",
                lambda r: enums.label(enums.SUPERVISION_STATUSES, r.get("status")),
            ),
            Column(
                "recommendation_count",
                "Kiến nghị",
                lambda r: (
                    f"{r['recommendation_count']} (đã trả lời {r['answered_count']}"
                    + (f", quá hạn {r['overdue_count']})" if r["overdue_count"] else ")")
                    if r.get("recommendation_count")
                    else ""
                ),
            ),
        ]

    def column_widths(self) -> list[int]:
        return [45, 260, 150, 150, 120, 110]

    def rows(self, search: str) -> list[dict]:
        return self.store.supervisions.query(
            year=self.year.code() if hasattr(self, "year") else None,
            search=search,
            commune_code=self.commune_code(),
            sort=self.sort_order(),
        )

    def edit(self, record: dict | None) -> dict | None:
        return SupervisionDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.supervisions.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return record.get("subject") or ""

    def detail_html(self, record: dict) -> str:
        e = html.escape
        team = ", ".join(p["full_name"] for p in self.store.supervisions.team(record))
        lines = [
            f"<h3>{e(record.get('subject') or '')}</h3>",
            f"<p>{e(enums.label(enums.SUPERVISION_FORMS, record.get('form')))}"
            f"{' — ' + e(record['body_name']) if record.get('body_name') else ''}</p>",
        ]
        if team:
            lines.append(f"<p>Đoàn giám sát: {e(team)}</p>")
        if record.get("findings"):
            lines.append(f"<p><b>Kết quả:</b> {e(record['findings'])}</p>")
        recs = self.store.recommendations.for_supervision(record["id"])
        if recs:
            lines.append(
                "<p><b>Kiến nghị</b></p><ul>"
                + "".join(
                    f"<li>{e(r['content'])} — {e(r.get('agency') or '')}: <i>{e(status_text(r))}</i></li>"
                    for r in recs
                )
                + "</ul>"
            )
        return "".join(lines)

    def add_recommendation(self) -> dict | None:
        record = self.selected_record()
        saved = RecommendationDialog.run(
            self.store, None, self, supervision_id=record["id"] if record else None
        )
        if saved:
            self.reload(select_id=saved["supervision_id"])
        return saved

    def print_plan(self, out: str | Path | None = None) -> Path | None:
        from desktop_app.reports.supervision_forms import print_supervision_plan

        year = self.year.code() or self.store.today().year
        return _save_pdf(
            self,
            f"ke-hoach-giam-sat-{year}.pdf",
            lambda path: print_supervision_plan(self.store, year, path),
            out,
        )

    def print_report(self, out: str | Path | None = None) -> Path | None:
        from desktop_app.reports.supervision_forms import print_supervision_report

        record = self.selected_record()
        if record is None:
            return None
        return _save_pdf(
            self,
            "bao-cao-giam-sat.pdf",
            lambda path: print_supervision_report(self.store, record["id"], path),
            out,
        )


class RecommendationsTab(FollowUpActions, _YearFilter, RegisterPage):
    sort_keys = supervisions.RECOMMENDATION_ORDER
    title = "Kiến nghị sau giám sát — theo dõi đến khi được trả lời"
    search_placeholder = "Tìm theo cuộc giám sát…"
    commune_table = "recommendations"
    follow_table = "recommendations"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.add_year_filter(store.supervisions.years)
        self.status = CodeCombo(enums.FOLLOW_FILTERS, self, empty_label="Mọi trạng thái")
        self.status.setAccessibleName("Trạng thái")
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.filters_layout.addWidget(self.status)
        self.filters_layout.addStretch(1)
        self.actions_layout = QHBoxLayout()
        self.layout().insertLayout(2, self.actions_layout)  # type: ignore[union-attr]
        self.add_follow_buttons()
        self.actions_layout.addStretch(1)

    def filter_combos(self) -> list[Any]:
        return [self.year, self.status]

    def columns(self) -> list[Column]:
        return [
            Column("supervision_subject", "Cuộc giám sát"),
            Column("content", "Kiến nghị"),
            Column("agency", "Cơ quan"),
            Column("due_date", "Hạn trả lời", lambda r: dates.display(r.get("due_date"))),
            Column("reply_date", "Trả lời ngày", lambda r: dates.display(r.get("reply_date"))),
            Column("status", "Trạng thái", status_text),
        ]

    def column_widths(self) -> list[int]:
        return [220, 280, 110, 85, 85, 160]

    def rows(self, search: str) -> list[dict]:
        return self.store.recommendations.query(
            year=self.year.code() if hasattr(self, "year") else None,
            status=self.status.code() if hasattr(self, "status") else None,
            search=search,
            commune_code=self.commune_code(),
            sort=self.sort_order(),
        )

    def edit(self, record: dict | None) -> dict | None:
        return RecommendationDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.recommendations.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return record.get("content") or ""


class CriticismsTab(_YearFilter, RegisterPage):
    sort_keys = supervisions.CRITICISM_ORDER
    title = "Phản biện xã hội"
    search_placeholder = "Tìm dự thảo, cơ quan soạn thảo…"
    commune_table = "criticisms"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.add_year_filter(store.criticisms.years)
        self.filters_layout.addStretch(1)

    def columns(self) -> list[Column]:
        return [
            Column(
                "conference_date", "Hội nghị", lambda r: dates.display(r.get("conference_date"))
            ),
            Column("draft", "Dự thảo được phản biện"),
            Column("drafting_agency", "Cơ quan soạn thảo"),
            Column("participants", "Số người dự", align_right=True),
            Column("sent_doc", "Văn bản gửi ý kiến"),
            Column(
                "answer_date",
                "Nhận trả lời",
                lambda r: dates.display(r.get("answer_date")) or "Chưa",
            ),
        ]

    def column_widths(self) -> list[int]:
        return [80, 330, 130, 85, 120, 100]

    def rows(self, search: str) -> list[dict]:
        return self.store.criticisms.query(
            year=self.year.code() if hasattr(self, "year") else None,
            search=search,
            commune_code=self.commune_code(),
            sort=self.sort_order(),
        )

    def edit(self, record: dict | None) -> dict | None:
        return CriticismDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.criticisms.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return record.get("draft") or ""


class SupervisionPage(QWidget):
    """The page: one tab per register; the window's refresh and open_record reach the tabs."""

    TABS = {"supervisions": 0, "recommendations": 1, "criticisms": 2}

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tabs = QTabWidget(self)
        self.supervisions = SupervisionsTab(store, self)
        self.recommendations = RecommendationsTab(store, self)
        self.criticisms = CriticismsTab(store, self)
        self.tabs.addTab(self.supervisions, "&Giám sát")
        self.tabs.addTab(self.recommendations, "&Kiến nghị sau giám sát")
        self.tabs.addTab(self.criticisms, "&Phản biện xã hội")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> RegisterPage:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def refresh(self) -> None:
        self.current().refresh()

    def open_record(self, table: str, record_id: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.get(table, 0))
        self.current().open_record(table, record_id)

    def save_state(self) -> None:
        for tab in (self.supervisions, self.recommendations, self.criticisms):
            tab.save_state()
