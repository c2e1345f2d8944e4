"""A person in a body: adding a member (picked from the register or created on the spot),
editing the membership, and ending it with its date and reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop_app.core import dates, enums
from desktop_app.core.errors import ValidationFailed
from desktop_app.gui.body_dialog import set_villages
from desktop_app.gui.forms.ui_end_membership_dialog import Ui_EndMembershipDialog
from desktop_app.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from desktop_app.gui.person_picker import describe_person
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.saving import InvalidInput
from desktop_app.gui.widgets import PersonPicker

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def roles_of(body: dict) -> dict[str, str]:
    """The titles a body's members carry (the commune Front committee has its own)."""
    return enums.FRONT_ROLES if body.get("kind") == "front_committee" else enums.ROLES


def role_label(body: dict, role: str | None) -> str:
    return enums.label(roles_of(body), role)


def default_start(store: Store, body: dict) -> str:
    """A new member's start: the last kiện toàn of the body's term, or the term's start, once the
    term has begun; today otherwise."""
    today = store.today().isoformat()
    start = body.get("term_start")
    if not start or start > today:
        return today
    reformed = [
        m["end_date"]
        for m in store.bodies.members(body["id"], current_only=False)
        if m.get("end_reason") == "replaced"
        and m.get("end_date")
        and start <= m["end_date"] <= today
    ]
    return max(reformed, default=start)


class MembershipDialog(RecordDialog):
    """Add a member to `body`, or edit the membership `record`. With collect=True nothing is
    written: the checked entry is returned for a kiện toàn ({"person_id" or "new_person", "role",
    …, "label"}), and `ignoring` names the memberships that end at the same time."""

    def __init__(
        self,
        store: Store,
        record: dict | None = None,
        parent: QWidget | None = None,
        *,
        body: dict,
        collect: bool = False,
        ignoring: tuple[str, ...] = (),
    ) -> None:
        super().__init__(store, record, parent)
        self.body, self.membership = body, record
        membership = record
        self.collect, self.ignoring = collect, ignoring
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.picker = PersonPicker(store, ui.existingPage)
        ui.pickerLayout.addWidget(self.picker)
        self.picker.setAccessibleName("Tìm người trong sổ")
        QWidget.setTabOrder(
            ui.newRadio, self.picker.search_edit
        )  # Tab from the search: on to Chức danh
        QWidget.setTabOrder(self.picker.search_edit, ui.newNameEdit)
        self.role, self.branch, self.sex, self.village = (
            ui.roleCombo,
            ui.branchCombo,
            ui.newSexCombo,
            ui.newVillageCombo,
        )
        self.role.set_mapping(roles_of(body))
        self.branch.set_mapping(enums.BRANCHES, empty_label="— Không ghi —")
        self.sex.set_mapping(enums.SEXES, empty_label="— Giới tính —")
        set_villages(self.village, store, body.get("village_id") if membership is None else None)
        ui.newBirthEdit.set_year_only_allowed(True)
        ui.newBirthEdit.set_label("Năm sinh")
        ui.startEdit.set_label("Ngày bắt đầu")
        ui.decisionDateEdit.set_label("Ngày quyết định")
        ui.bodyLabel.setText(
            body["name"] + (f" — nhiệm kỳ {body['term_label']}" if body.get("term_label") else "")
        )
        ui.existingRadio.toggled.connect(self._source_changed)
        if membership is None:
            self.setWindowTitle("Bổ sung thành viên" if collect else "Thêm thành viên")
            self.role.set_code("member")
            ui.startEdit.set_value(default_start(store, body))
            self.picker.setFocus()
        else:
            self.setWindowTitle("Sửa thành viên")
            ui.existingRadio.hide()
            ui.newRadio.hide()
            self.picker.set_person_id(membership["person_id"])
            self.picker.setEnabled(False)
            self.role.set_code(membership.get("role"))
            self.branch.set_code(membership.get("branch"))
            ui.startEdit.set_value(membership.get("start_date"))
            ui.decisionNumberEdit.setText(membership.get("decision_number") or "")
            ui.decisionDateEdit.set_value(membership.get("decision_date"))
            ui.notesEdit.setText(membership.get("notes") or "")
            self.role.setFocus()
        if collect:  # the kiện toàn decision gives the date and number of everyone joining
            for widget in (ui.startEdit, ui.decisionNumberEdit, ui.decisionDateEdit, ui.notesEdit):
                ui.form.setRowVisible(widget, False)
        self.mark_clean()

    def _source_changed(self, existing: bool) -> None:
        self.ui.personStack.setCurrentIndex(0 if existing else 1)
        (self.picker if existing else self.ui.newNameEdit).setFocus()

    def creating_person(self) -> bool:
        return self.membership is None and self.ui.newRadio.isChecked()

    def new_person(self) -> dict | None:
        if not self.creating_person():
            return None
        ui = self.ui
        return {
            "full_name": ui.newNameEdit.text(),
            "sex": self.sex.code(),
            "birth_date": ui.newBirthEdit.value(),
            "village_id": self.village.code(),
            "id_number": ui.newIdEdit.text(),
            "phone": ui.newPhoneEdit.text(),
        }

    def membership_values(self) -> dict:
        ui = self.ui
        data = {"body_id": self.body["id"], "role": self.role.code(), "branch": self.branch.code()}
        if not self.collect:
            data.update(
                start_date=ui.startEdit.value(),
                decision_number=ui.decisionNumberEdit.text(),
                decision_date=ui.decisionDateEdit.value(),
                notes=ui.notesEdit.text(),
            )
        if self.membership is None and not self.creating_person():
            data["person_id"] = self.picker.person_id()
        return data

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "person_id": self.picker,
            "full_name": ui.newNameEdit,
            "sex": self.sex,
            "birth_date": ui.newBirthEdit,
            "village_id": self.village,
            "id_number": ui.newIdEdit,
            "phone": ui.newPhoneEdit,
            "role": self.role,
            "branch": self.branch,
            "start_date": ui.startEdit,
            "end_date": ui.startEdit,
            "decision_number": ui.decisionNumberEdit,
            "decision_date": ui.decisionDateEdit,
            "notes": ui.notesEdit,
            "body_id": self.role,
        }

    def _collected(self, accept: bool) -> dict:
        data, person = self.membership_values(), self.new_person()
        issues = self.store.memberships.issues_for(data, person, ignoring=self.ignoring)
        if any(i.is_error for i in issues) or (issues and not accept):
            raise ValidationFailed(issues)
        entry = {k: v for k, v in data.items() if k != "body_id"}
        if person is not None:
            entry["new_person"] = person
            label = f"{person['full_name'].strip()} (người mới)"
        else:
            label = describe_person(self.picker.person() or {"full_name": "?"})
        return {**entry, "label": label}

    def save(self, accept_warnings: bool) -> dict:
        memberships = self.store.memberships
        if self.collect:
            return self._collected(accept_warnings)
        data = self.membership_values()
        if self.membership is not None:
            return memberships.update(self.membership["id"], data, accept_warnings=accept_warnings)
        return memberships.add_with_person(data, self.new_person(), accept_warnings=accept_warnings)


# Ending at a new term or a dissolution is done by those actions, not chosen by hand.
END_CHOICES = {
    k: v for k, v in enums.END_REASONS.items() if k not in ("term_ended", "dissolved", "merged")
}


class EndMembershipDialog(RecordDialog):
    """End one membership (`record`) with its date and reason; it stays in the body's history."""

    def __init__(
        self, store: Store, record: dict | None = None, parent: QWidget | None = None, *, body: dict
    ) -> None:
        super().__init__(store, record, parent)
        assert record is not None
        self.body, self.membership = body, record
        membership = record
        self.ui = Ui_EndMembershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.reason = ui.reasonCombo
        self.reason.set_mapping(END_CHOICES, empty_label="— Chọn lý do —")
        ui.endDateEdit.set_label("Ngày thôi")
        ui.endDateEdit.set_value(store.today().isoformat())
        since = dates.display(membership.get("start_date"))
        ui.memberLabel.setText(
            f"<b>{membership.get('full_name', '')}</b> — {role_label(body, membership.get('role'))}"
            f"{f', từ {since}' if since else ''}<br>{body['name']}"
        )
        self.setWindowTitle("Cho thôi tham gia ban")
        self.reason.setFocus()
        self.mark_clean()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"end_date": self.ui.endDateEdit, "end_reason": self.reason}

    def save(self, accept_warnings: bool) -> dict:
        end = self.ui.endDateEdit.value()
        if end is None:
            raise InvalidInput("Chưa nhập ngày thôi tham gia.", self.ui.endDateEdit)
        if self.reason.code() is None:
            raise InvalidInput("Chưa chọn lý do thôi tham gia.", self.reason)
        return self.store.memberships.end(self.membership["id"], end, self.reason.code())
