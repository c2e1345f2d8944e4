"""Cài đặt: the office's details and every setting of core/settings.py, grouped, checked, saved
together (Ctrl+S); leaving with unsaved changes asks first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.core.settings import SETTINGS, Setting, coerce
from desktop_app.gui.office_form import OfficeForm
from desktop_app.gui.record_dialog import input_state
from desktop_app.gui.saving import focus_field
from desktop_app.gui.shortcuts import shortcut

if TYPE_CHECKING:
    from desktop_app.store.db import Store

GROUP_ORDER = (
    "Người ký",
    "Chung",
    "Quy định về các ban",
    "Đảng viên nơi cư trú",
    "Báo cáo",
    "Đồng bộ",
)
LEFT_GROUPS = (
    "Người ký",
    "Chung",
    "Đồng bộ",
)  # under the office's details; the rules go on the right


def editor_for(setting: Setting, parent: QWidget) -> QWidget:
    if setting.kind == "int":
        box = QSpinBox(parent)
        box.setRange(
            setting.minimum if setting.minimum is not None else 0,
            setting.maximum if setting.maximum is not None else 1_000_000,
        )
        box.setMaximumWidth(120)
        return box
    if setting.kind == "bool":
        return QCheckBox(parent)
    if setting.kind == "choice":
        combo = QComboBox(parent)
        for code, label in setting.choices:
            combo.addItem(label, code)
        return combo
    edit = QLineEdit(parent)
    edit.setMinimumWidth(220)
    if setting.kind == "date_md":
        edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}/?\d{0,2}"), edit)
        )
        edit.setPlaceholderText("ngày/tháng, ví dụ 30/11")
        edit.setMinimumWidth(0)
        edit.setMaximumWidth(120)
    return edit


def read_editor(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.text()  # type: ignore[attr-defined]


def write_editor(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    else:
        widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]


class SettingsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editors: dict[str, QWidget] = {}
        content = QWidget(self)
        # side by side when both columns fit whole; one under the other on a narrow window
        # (a netbook's 1024×600), so no field is pushed out behind a sideways scrollbar
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.left, self.right = left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        office_box = QGroupBox("Đơn vị", content)
        office_layout = QVBoxLayout(office_box)
        self.role_label = QLabel(office_box)
        self.office_form = OfficeForm(office_box, (store.office() or {}).get("role") or "commune")
        office_layout.addWidget(self.role_label)
        office_layout.addWidget(self.office_form)
        left.addWidget(office_box)

        groups: dict[str, list[Setting]] = {}
        for setting in SETTINGS:
            groups.setdefault(setting.group, []).append(setting)
        ordered = sorted(
            groups, key=lambda g: GROUP_ORDER.index(g) if g in GROUP_ORDER else len(GROUP_ORDER)
        )
        for name in ordered:
            box = QGroupBox(name, content)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for setting in groups[name]:
                editor = editor_for(setting, box)
                editor.setObjectName(setting.key)
                editor.setToolTip(
                    f"Mặc định: {setting.choice_label(str(setting.default))}"
                    if setting.default not in ("", None)
                    else ""
                )
                label = QLabel(setting.label, box)
                label.setBuddy(editor)
                form.addRow(label, editor)
                self.editors[setting.key] = editor
            (left if name in LEFT_GROUPS else right).addWidget(box)
        left.addStretch(1)
        right.addStretch(1)

        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.save_button = QPushButton("Lưu cài đặt", self)
        self.save_button.setToolTip("Ctrl+S")
        self.revert_button = QPushButton("Hoàn tác", self)
        self.revert_button.setToolTip("Trở lại các giá trị đã lưu")
        self.defaults_button = QPushButton("Đặt lại mặc định", self)
        self.defaults_button.setToolTip("Điền các giá trị mặc định (chưa lưu cho đến khi bấm Lưu)")
        self.backup_button = QPushButton("Sao &lưu dữ liệu…", self)
        self.backup_button.setToolTip(
            "Ghi một bản sao an toàn của toàn bộ dữ liệu (vào USB hoặc thư mục khác)"
        )
        self.restore_button = QPushButton("&Khôi phục từ bản sao lưu…", self)
        self.restore_button.setToolTip(
            "Thay toàn bộ dữ liệu bằng một bản sao lưu (máy mới, hoặc sau khi nhập nhầm); "
            "dữ liệu hiện tại được giữ lại một bản trước khi thay"
        )
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        heading = QLabel("<b>Cài đặt</b>", self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        shortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._clean: list[Any] = []
        self.load()

    def _stack_columns(self) -> None:
        """The two columns side by side when both fit whole in the scroll area beside its
        vertical scrollbar, else stacked (the rules under the office's details)."""
        margins = self.columns.contentsMargins()
        needed = (
            self.left.minimumSize().width()
            + self.right.minimumSize().width()
            + max(self.columns.spacing(), 0)
            + margins.left()
            + margins.right()
        )
        room = self.scroll_area.width() - self.scroll_area.verticalScrollBar().sizeHint().width()
        direction = (
            QBoxLayout.Direction.TopToBottom if room < needed else QBoxLayout.Direction.LeftToRight
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._stack_columns()

    # ---- the page protocol -------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.is_dirty():
            self.load()

    def open_record(self, table: str, record_id: str) -> None:
        editor = self.editors.get(record_id)
        if editor is not None:
            focus_field(editor)

    def confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Cài đặt chưa lưu",
            "Các cài đặt đã sửa chưa được lưu. Lưu bây giờ?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load()
            return True
        return False

    # ---- loading and saving -------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return input_state(self) != self._clean

    def load(self) -> None:
        office = self.store.office() or {}
        self.office_form.load(office)
        self.role_label.setText(enums.label(enums.OFFICE_ROLES, office.get("role") or "commune"))
        values = self.store.settings.all()
        for key, editor in self.editors.items():
            write_editor(editor, values[key])
        self._clean = input_state(self)
        self.status.setText("")

    def fill_defaults(self) -> None:
        for setting in SETTINGS:
            write_editor(self.editors[setting.key], setting.default)
        self.status.setText("Đã điền giá trị mặc định; bấm “Lưu cài đặt” để áp dụng.")

    def values(self) -> dict[str, Any]:
        return {key: read_editor(editor) for key, editor in self.editors.items()}

    def save(self) -> bool:
        by_key = {s.key: s for s in SETTINGS}
        problems: list[tuple[QWidget, str]] = []
        values = self.values()
        for key, value in values.items():
            try:
                coerce(by_key[key], value)
            except ValueError as exc:
                problems.append((self.editors[key], str(exc)))
        lo, hi = values["committee_size_min"], values["committee_size_max"]
        if lo > hi:
            problems.append(
                (
                    self.editors["committee_size_max"],
                    "Ban công tác Mặt trận: số thành viên tối đa phải không nhỏ hơn số tối thiểu.",
                )
            )
        widgets = self.office_form.field_widgets()
        problems += [(widgets[f], m) for f, m in self.office_form.problems()]
        if problems:
            QMessageBox.warning(
                self,
                "Chưa lưu được",
                "Chưa lưu được vì:\n"
                + "\n".join(f"• {m}" for _w, m in problems)
                + "\n\nHãy sửa rồi lưu lại.",
            )
            focus_field(problems[0][0])
            return False
        try:
            with self.store.transaction():  # both or neither; the office's own checks come last
                self.store.settings.set_many(values)
                self.store.setup_office(**self.office_form.values())
        except UserError as exc:
            QMessageBox.warning(self, "Chưa lưu được", exc.message)
            return False
        self.load()
        self.status.setText("Đã lưu cài đặt.")
        window = self.window()
        if hasattr(window, "update_title"):
            window.update_title()
        return True

    def backup(self) -> None:
        """Copy the whole database (SQLite's online backup) into a folder the officer picks."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app import paths
        from desktop_app.gui.worker import run_in_thread
        from desktop_app.store.backup import backup

        start = str(paths.backups_dir(self.store.path.parent))
        folder = QFileDialog.getExistingDirectory(self, "Chọn nơi ghi bản sao lưu", start)
        if not folder:
            return
        run_in_thread(
            self,
            "Đang sao lưu dữ liệu…",
            backup,
            self.store,
            Path(folder),
            progress_arg=None,
            cancellable=False,
            on_done=lambda target: self.status.setText(f"Đã sao lưu vào {target}"),
        )

    def restore(self) -> None:
        """Replace the data with a backup the officer picks, after checking and confirming it."""
        from desktop_app.gui.restore_dialog import restore_from_backup

        restore_from_backup(self)
