"""Reusable inputs: dates as officers write them, money in đồng, enumerations, villages, people."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop_app.core import dates, text
from desktop_app.gui.person_picker import PersonPicker
from desktop_app.gui.saving import InvalidInput

if TYPE_CHECKING:
    from desktop_app.store.db import Store

__all__ = ["CodeCombo", "DateEdit", "MoneyEdit", "PersonPicker", "VillageCombo", "format_money"]

TYPE_AHEAD_SECONDS = 1.2  # a pause this long starts a new search
_INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff3f3; }"


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (or a bare year where allowed); value() is ISO text or None."""

    def __init__(self, parent: QWidget | None = None, year_only_allowed: bool = False) -> None:
        super().__init__(parent)
        self._label = ""
        self.year_only_allowed = year_only_allowed
        self.setMaxLength(10)
        self.setPlaceholderText("năm hoặc dd/mm/yyyy" if year_only_allowed else "dd/mm/yyyy")
        self.editingFinished.connect(self._tidy)
        self.textEdited.connect(lambda _t: self._mark(False))

    def set_year_only_allowed(self, allowed: bool) -> None:
        self.year_only_allowed = allowed
        self.setPlaceholderText("năm hoặc dd/mm/yyyy" if allowed else "dd/mm/yyyy")

    def set_label(self, label: str) -> None:
        """The field's name, used in the message when the date cannot be read."""
        self._label = label

    def value(self) -> str | None:
        try:
            return dates.parse_date(self.text(), year_only_allowed=self.year_only_allowed)
        except dates.DateFormatError as exc:
            self._mark(True)
            prefix = f"{self._label}: " if self._label else ""
            raise InvalidInput(prefix + str(exc), self) from None

    def is_valid(self) -> bool:
        try:
            dates.parse_date(self.text(), year_only_allowed=self.year_only_allowed)
        except dates.DateFormatError:
            return False
        return True

    def set_value(self, iso: str | None) -> None:
        self.setText(dates.display(iso))
        self._mark(False)

    def _tidy(self) -> None:
        if not self.text().strip():
            self._mark(False)
            return
        try:
            parsed = dates.parse_date(self.text(), year_only_allowed=self.year_only_allowed)
        except dates.DateFormatError as exc:
            self._mark(True)
            self.setToolTip(str(exc))
            return
        self.setText(dates.display(parsed))  # shown as understood: 01012000 → 01/01/2000
        self._mark(False)
        if parsed and len(parsed) == 10:
            self.setToolTip("Đã hiểu là " + dates.spoken(dates.to_date(parsed)))  # type: ignore[arg-type]

    def _mark(self, invalid: bool) -> None:
        self.setStyleSheet(_INVALID_STYLE if invalid else "")
        if not invalid:
            self.setToolTip("")


format_money = text.thousands  # 12500000 → '12.500.000' (whole đồng); None → ''


class MoneyEdit(QLineEdit):
    """Whole đồng, shown with dots between thousands; value() is an int or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9. ]{0,20}"), self))
        self.setPlaceholderText("đồng")
        self.editingFinished.connect(lambda: self.set_value(self._read()))

    def set_label(self, label: str) -> None:
        self._label = label

    def _read(self) -> int | None:
        digits = self.text().replace(".", "").replace(" ", "")
        return int(digits) if digits else None

    def value(self) -> int | None:
        try:
            return self._read()
        except ValueError:
            prefix = f"{self._label}: " if self._label else ""
            raise InvalidInput(prefix + "cần ghi số tiền bằng chữ số.", self) from None

    def set_value(self, value: int | None) -> None:
        self.setText(format_money(value))


class _TypeAhead(QObject):
    """Type-ahead that goes on past a space and ignores marks: "thon l" picks "Thôn Lũng Vài",
    "na pan" picks "Bản Nà Pàn" (Qt's own stops at the space, which opens the list)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.typed, self.typed_at = "", 0.0

    def eventFilter(self, combo: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or combo.isEditable():
            return False
        typed = event.text()
        if (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            or not typed
            or not typed.isprintable()
        ):
            return False
        now = time.monotonic()
        if now - self.typed_at > TYPE_AHEAD_SECONDS:
            self.typed = ""
        if typed == " " and not self.typed:
            return False  # a space alone opens the list, as everywhere
        self.typed += typed
        self.typed_at = now
        labels = [combo.itemText(i) for i in range(combo.count())]
        found = text.type_ahead(labels, self.typed, max(combo.currentIndex(), 0))
        if found is not None:
            combo.setCurrentIndex(found)
        return True


def type_ahead(combo: QComboBox) -> QComboBox:
    """Give a drop-down list the type-ahead of _TypeAhead."""
    combo.installEventFilter(_TypeAhead(combo))
    return combo


class CodeCombo(QComboBox):
    """A choice among an enumeration's codes, showing their Vietnamese labels."""

    code_changed = Signal(object)

    def __init__(
        self,
        mapping: dict[str, str] | QWidget | None = None,
        parent: QWidget | None = None,
        empty_label: str | None = None,
    ) -> None:
        if isinstance(mapping, QWidget):  # made by a Designer form: CodeCombo(parent)
            mapping, parent = None, mapping
        super().__init__(parent)
        type_ahead(self)
        self._empty_label = empty_label
        self.set_mapping(mapping or {})
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))

    def set_mapping(self, mapping: dict[str, str], empty_label: str | None = None) -> None:
        if empty_label is not None:
            self._empty_label = empty_label
        current = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self._empty_label is not None:
            self.addItem(self._empty_label, None)
        for code, label in mapping.items():
            self.addItem(label, code)
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> Any:
        return self.currentData()

    def set_code(self, code: Any) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            # A code this program does not know (from a newer version): keep it visible.
            self.addItem(str(code), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class VillageCombo(CodeCombo):
    """The commune's villages in Vietnamese order (current ones, plus a chosen former one)."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        empty_label: str | None = "— Chưa chọn —",
        current_only: bool = True,
    ) -> None:
        self.store = store
        self.current_only = current_only
        super().__init__({}, parent, empty_label)
        self.reload()

    def reload(self) -> None:
        rows = self.store.villages.query(current_only=self.current_only)
        self.set_mapping({r["id"]: r["name"] for r in rows})

    def village_id(self) -> str | None:
        return self.code()

    def set_village_id(self, village_id: str | None) -> None:
        if village_id is not None and self.findData(village_id) < 0:
            row = self.store.villages.get(village_id, include_deleted=True)
            if row is not None:
                self.addItem(f"{row['name']} (cũ)", village_id)
        self.set_code(village_id)
