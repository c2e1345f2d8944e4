"""Regulation-213 dialogs: registering a member from the introduction letter, the comment form
(criteria and levels generated from the form's data file), opening the round, and dated steps."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop_app.core import dates, enums, reg213
from desktop_app.gui.forms.ui_comment_dialog import Ui_CommentDialog
from desktop_app.gui.forms.ui_open_round_dialog import Ui_OpenRoundDialog
from desktop_app.gui.forms.ui_resident_dialog import Ui_ResidentDialog
from desktop_app.gui.forms.ui_transition_dialog import Ui_TransitionDialog
from desktop_app.gui.person_picker import describe_person
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput, save_with_rules
from desktop_app.gui.widgets import PersonPicker

if TYPE_CHECKING:
    from desktop_app.store.db import Store

RESIDENT_FIELDS = (
    "letter_number",
    "letter_date",
    "letter_issuer",
    "workplace",
    "workplace_party_org",
    "received_date",
    "village_id",
    "party_cell",
    "category",
    "registered_date",
    "left_date",
    "notes",
)
DATE_LABELS = {
    "letter_date": "Ngày ký giấy",
    "received_date": "Ngày nhận giấy",
    "registered_date": "Ngày đăng ký",
    "left_date": "Ngày chuyển đi",
    "birth_date": "Năm sinh",
    "party_admission_date": "Ngày vào Đảng",
}


class ResidentDialog(RecordDialog):
    """Register a member from the workplace's introduction letter, or edit the registration."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_ResidentDialog()
        ui.setupUi(self)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.picker = PersonPicker(store, ui.existingPage)
        self.picker.setAccessibleName("Tìm đảng viên trong sổ Người")
        ui.pickerLayout.addWidget(self.picker)
        QWidget.setTabOrder(ui.newRadio, self.picker)
        QWidget.setTabOrder(self.picker, ui.full_name)
        ui.sex.set_mapping(enums.SEXES, empty_label="— Giới tính —")
        ui.birth_date.set_year_only_allowed(True)
        ui.category.set_mapping(enums.RESIDENT_CATEGORIES)
        ui.village_id.set_mapping(
            {v["id"]: v["name"] for v in store.villages.current()}, empty_label="— Chọn —"
        )
        for name, label in DATE_LABELS.items():
            getattr(ui, name).set_label(label)
        ui.existingRadio.toggled.connect(self._source_changed)
        ui.village_id.code_changed.connect(self._suggest_cell)
        self.picker.person_changed.connect(self._person_chosen)
        ui.received_date.textChanged.connect(lambda _t: self._show_deadline())
        ui.registered_date.textChanged.connect(lambda _t: self._show_deadline())
        self._suggested_cell = ""
        r = record or {"category": "ordinary", "received_date": store.today().isoformat()}
        if record:
            self.setWindowTitle(f"Sửa đăng ký: {record.get('full_name', '')}")
            for widget in (ui.existingRadio, ui.newRadio, ui.personStack):
                widget.hide()
            ui.admissionForm.setRowVisible(ui.party_admission_date, False)
            person = store.people.get(record["person_id"], include_deleted=True)
            if person is not None:
                ui.personLabel.setText(
                    describe_person({**person, "village_name": record.get("village_name")})
                )
            if record.get("village_id") and ui.village_id.findData(record["village_id"]) < 0:
                former = store.villages.get(record["village_id"], include_deleted=True)
                if former:
                    ui.village_id.addItem(f"{former['name']} (cũ)", former["id"])
        else:
            self.setWindowTitle("Đăng ký đảng viên nơi cư trú (theo giấy giới thiệu)")
            ui.personLabel.hide()
            ui.admissionForm.setRowVisible(ui.party_admission_date, True)
        for name in RESIDENT_FIELDS:
            widget = getattr(ui, name)
            value = r.get(name)
            if hasattr(widget, "set_value"):
                widget.set_value(value)
            elif hasattr(widget, "set_code"):
                widget.set_code(value)
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")
        self._show_deadline()
        (ui.letter_number if record else self.picker).setFocus()
        self.mark_clean()

    def _source_changed(self, existing: bool) -> None:
        self.ui.personStack.setCurrentIndex(0 if existing else 1)
        (self.picker if existing else self.ui.full_name).setFocus()

    def _suggest_cell(self, village_id: str | None) -> None:
        cell = self.ui.party_cell
        if village_id and cell.text() in ("", self._suggested_cell):
            self._suggested_cell = f"Chi bộ {self.ui.village_id.currentText()}"
            cell.setText(self._suggested_cell)
            cell.selectAll()  # a suggestion: typing replaces it, it does not add to it

    def _person_chosen(self, person: dict | None) -> None:
        """Fill what the book already knows of the member: village, admission date."""
        if person is None:
            return
        ui = self.ui
        if (
            person.get("village_id")
            and not ui.village_id.code()
            and ui.village_id.findData(person["village_id"]) >= 0
        ):
            ui.village_id.set_code(person["village_id"])
        if person.get("party_admission_date") and not ui.party_admission_date.text().strip():
            ui.party_admission_date.set_value(person["party_admission_date"])

    def _show_deadline(self) -> None:
        ui = self.ui
        days = self.store.settings("reg213_register_days")
        if (
            not ui.received_date.is_valid()
            or not ui.received_date.text().strip()
            or ui.registered_date.text().strip()
        ):
            ui.deadlineLabel.setText("")
            return
        received = dates.to_date(ui.received_date.value())
        if received is None:
            ui.deadlineLabel.setText("")
            return
        deadline = received + timedelta(days=days)
        text = f"Hạn đăng ký sinh hoạt: {dates.display(deadline.isoformat())} ({days} ngày sau ngày nhận giấy)."
        if self.store.today() > deadline:
            text = (
                f"<span style='color:#b71c1c'><b>Đã quá hạn đăng ký.</b> {html.escape(text)}</span>"
            )
        ui.deadlineLabel.setText(text)

    def resident_values(self) -> dict:
        ui = self.ui
        out: dict[str, Any] = {}
        for name in RESIDENT_FIELDS:
            widget = getattr(ui, name)
            if hasattr(widget, "value"):
                out[name] = widget.value()
            elif hasattr(widget, "code"):
                out[name] = widget.code()
            elif hasattr(widget, "toPlainText"):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def person_values(self) -> dict:
        ui = self.ui
        admission = ui.party_admission_date.value()
        if ui.existingRadio.isChecked():
            if self.picker.person_id() is None:
                raise InvalidInput(
                    "Chưa chọn đảng viên trong sổ Người: gõ tên rồi chọn trong danh sách, "
                    "hoặc chọn “Người mới”.",
                    self.picker,
                )
            return {"id": self.picker.person_id(), "party_admission_date": admission}
        return {
            "full_name": ui.full_name.text(),
            "sex": ui.sex.code(),
            "birth_date": ui.birth_date.value(),
            "party_admission_date": admission,
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        widgets: dict[str, QWidget] = {name: getattr(ui, name) for name in RESIDENT_FIELDS}
        widgets.update(
            person_id=self.picker if self.record is None else ui.letter_number,
            full_name=ui.full_name,
            sex=ui.sex,
            birth_date=ui.birth_date,
            party_admission_date=ui.party_admission_date,
        )
        return widgets

    def save(self, accept_warnings: bool) -> dict:
        values = self.resident_values()
        if self.record:
            return self.store.residents.update(self.record["id"], values, accept_warnings)
        return self.store.residents.add_with_person(self.person_values(), values, accept_warnings)


class CommentDialog(RecordDialog):
    """The comment form of the evaluation's own form version; `read_only` shows an old version."""

    def screen_height(self) -> int:
        from desktop_app.gui import screens

        room = screens.available_geometry(self.parentWidget() or self)
        return room.height() if room is not None else 768

    def _criteria_height(self) -> None:
        """Every criterion of the usual five in view where the screen allows; on a netbook's
        600 pixels the criteria scroll, so that the fields and Lưu below stay on the screen."""
        area = self.ui.criteriaArea
        need = min(self.ui.criteriaWidget.sizeHint().height() + 4, 360)
        area.setMinimumHeight(120)
        room = self.screen_height() - 40  # the window's title bar
        rest = self.layout().minimumSize().height() - 120
        area.setMinimumHeight(max(120, min(need, room - rest)))

    def __init__(
        self, store: Store, record: dict, parent: QWidget | None = None, read_only: bool = False
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_CommentDialog()
        ui.setupUi(self)
        self.read_only = read_only
        self.form = store.evaluations.form_of(record)
        member = store.residents.with_person(record["resident_id"])
        when = (
            f"khi cần ({enums.label(enums.COMMENT_PURPOSES, record['purpose']).lower()})"
            if record.get("purpose")
            else f"năm {record['year']}"
        )
        self.setWindowTitle(f"Phiếu nhận xét {when}: {member['full_name']}")
        ui.headerLabel.setText(
            f"<b>{html.escape(self.form.title)}</b><br>Đảng viên <b>{html.escape(member['full_name'])}</b>"
            f" — {html.escape(member.get('village_name') or '')}, công tác tại {html.escape(member.get('workplace') or '')}"
            f"<br><span style='color:#555'>Năm {record['year']} · mẫu phiếu phiên bản {self.form.version}"
            f" · lần {record.get('version') or 1} · {html.escape(enums.label(enums.EVALUATION_STATES, record['state']))}</span>"
        )
        self.groups: dict[str, QButtonGroup] = {}
        self.first_buttons: dict[str, QRadioButton] = {}
        for n, criterion in enumerate(self.form.criteria, 1):
            title = QLabel(f"<b>{n}. {html.escape(criterion.title)}</b>", ui.criteriaWidget)
            title.setWordWrap(True)
            ui.criteriaLayout.addWidget(title)
            ui.criteriaLayout.addWidget(
                self._choices(criterion.code, criterion.levels, ui.criteriaWidget)
            )
        ui.criteriaLayout.addStretch(1)
        # Show every criterion of the usual five without scrolling; a longer form scrolls.
        ui.criteriaWidget.setMinimumWidth(760)
        self._criteria_height()
        row = self._choices(
            "recommendation", self.form.recommendation.levels, ui.recommendationGroup
        )
        ui.recommendationLayout.addWidget(row)
        ui.meeting_date.set_label("Ngày họp nhận xét")
        self._fill(record, member)
        self._lock_banner(record)
        if read_only:
            for widget in (
                ui.criteriaWidget,
                ui.recommendationGroup,
                ui.comments,
                ui.meeting_date,
                ui.cell_signer,
                ui.front_signer,
            ):
                widget.setEnabled(False)
            ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        first = self.first_buttons[self.form.criteria[0].code]
        first.setFocus()
        self.mark_clean()

    def _choices(self, code: str, levels: Any, parent: QWidget) -> QWidget:
        """One row of radio buttons; arrow keys move between the levels, Tab to the next row."""
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 6)
        group = QButtonGroup(box)
        for i, level in enumerate(levels):
            button = QRadioButton(level.label, box)
            button.setObjectName(f"{code}__{level.code}")
            button.setProperty("level", level.code)
            group.addButton(button, i)
            layout.addWidget(button)
            if i == 0:
                self.first_buttons[code] = button
        layout.addStretch(1)
        self.groups[code] = group
        return box

    def _fill(self, record: dict, member: dict) -> None:
        ui = self.ui
        ratings = json.loads(record.get("ratings") or "{}")
        for code, group in self.groups.items():
            wanted = record.get("recommendation") if code == "recommendation" else ratings.get(code)
            for button in group.buttons():
                if button.property("level") == wanted:
                    button.setChecked(True)
        ui.comments.setPlainText(record.get("comments") or "")
        ui.meeting_date.set_value(record.get("meeting_date"))
        cell, front = record.get("cell_signer"), record.get("front_signer")
        if record["state"] == "requested" and not (cell or front):
            cell, front = self.store.evaluations.last_signers(member.get("village_id"))
        ui.cell_signer.setText(cell or "")
        ui.front_signer.setText(front or "")

    def _lock_banner(self, record: dict) -> None:
        banner = self.ui.lockBanner
        if self.read_only:
            latest = self.store.evaluations.current_for(record["resident_id"], record["year"])
            banner.setText(
                f"Bản lần {record.get('version') or 1}, đã được thay bằng bản lần {latest['version']}."
                " Chỉ để xem; không sửa được."
            )
        elif record["state"] in reg213.LOCKED_STATES:
            banner.setText(
                f"Phiếu đã được Đảng ủy xác nhận ngày {dates.display(record.get('confirmed_date'))}. Nếu lưu thay đổi, "
                f"chương trình tạo bản sửa lần {(record.get('version') or 1) + 1} (ghi là sửa sau khi xác nhận), "
                "bản này phải được xác nhận lại; bản đã xác nhận vẫn được giữ để xem."
            )
        else:
            banner.hide()

    def level_of(self, code: str) -> str | None:
        button = self.groups[code].checkedButton()
        return button.property("level") if button is not None else None

    def ratings(self) -> dict[str, str]:
        return {c.code: level for c in self.form.criteria if (level := self.level_of(c.code))}

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        missing = next(
            (c.code for c in self.form.criteria if self.level_of(c.code) is None),
            self.form.criteria[0].code,
        )
        return {
            "ratings": self.first_buttons[missing],
            "recommendation": self.first_buttons["recommendation"],
            "comments": ui.comments,
            "meeting_date": ui.meeting_date,
            "cell_signer": ui.cell_signer,
            "front_signer": ui.front_signer,
        }

    def save(self, accept_warnings: bool) -> dict:
        ui = self.ui
        return self.store.evaluations.comment(
            self.record["id"],
            self.ratings(),
            self.level_of("recommendation"),
            ui.comments.toPlainText(),
            ui.meeting_date.value(),
            ui.cell_signer.text(),
            ui.front_signer.text(),
            accept_warnings=accept_warnings,
        )

    def accept(self) -> None:
        if self.read_only:
            QDialog.accept(self)
            return
        super().accept()


class OpenRoundDialog(QDialog):
    """Choose the year and the form version, see how many requests will go out, then open."""

    def __init__(
        self, store: Store, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.created: int | None = None
        self.ui = ui = Ui_OpenRoundDialog()
        ui.setupUi(self)
        self.setMinimumWidth(540)
        ui.year.setMaximum(store.today().year + 1)
        ui.year.setValue(year or store.today().year)
        default = store.evaluations.round_form_version()
        for version in store.evaluations.form_versions():
            form = store.evaluations.form_of({"form_version": version})
            ui.form_version.addItem(
                f"Phiên bản {version} — hiệu lực từ {dates.display(form.valid_from.isoformat())}",
                version,
            )
        ui.form_version.setCurrentIndex(max(ui.form_version.findData(default), 0))
        ui.year.valueChanged.connect(lambda _v: self._preview())
        self._preview()
        ui.year.setFocus()

    def _preview(self) -> None:
        ui, year = self.ui, self.ui.year.value()
        ui.dueLabel.setText(dates.display(self.store.evaluations.due_date(year).isoformat()))
        n = self.store.evaluations.round_preview(year)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(n > 0)
        ok.setText("Mở đợt")
        if n:
            ui.previewLabel.setText(
                f"Sẽ gửi yêu cầu nhận xét cho <b>{n}</b> đảng viên. Không tính đảng viên được miễn sinh hoạt nơi cư trú,"
                " chưa đăng ký, đã chuyển đi trước hạn, hoặc đã có yêu cầu của năm này."
            )
        else:
            ui.previewLabel.setText(f"Mọi đảng viên phải nhận xét năm {year} đều đã có yêu cầu.")

    def accept(self) -> None:
        created = save_with_rules(
            self,
            lambda _accept: self.store.evaluations.open_round(
                self.ui.year.value(), self.ui.form_version.currentData()
            ),
            {"year": self.ui.year},
            title="Chưa mở được đợt nhận xét",
        )
        if created is None:
            return
        self.created = created
        super().accept()


class TransitionDialog(QDialog):
    """A dated step (confirmation, sending back, registration): the date, then `apply(iso)`."""

    def __init__(
        self,
        title: str,
        message: str,
        apply: Callable[[str], dict],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TransitionDialog()
        ui.setupUi(self)
        self.setMinimumWidth(440)
        self.setWindowTitle(title)
        ui.messageLabel.setText(message)
        ui.date.set_label("Ngày")
        ui.date.set_value(today.isoformat())
        ui.date.selectAll()
        ui.date.setFocus()
        self.apply = apply
        self.saved: dict | None = None

    def accept(self) -> None:
        def write(_accept: bool) -> dict:
            day = self.ui.date.value()
            if not day:
                raise InvalidInput("Chưa nhập ngày.", self.ui.date)
            return self.apply(day)

        saved = save_with_rules(self, write, {"date": self.ui.date}, title="Chưa ghi được")
        if saved is None:
            return
        self.saved = saved
        super().accept()
