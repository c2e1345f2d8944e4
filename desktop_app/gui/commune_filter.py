"""At an upper-level office, whose each record is: the communes owning rows of a register, as a
filter ("Tất cả các xã" and each commune, in Vietnamese order), their names for the "Xã" column,
and why another office's record is only read here."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.store import communes

ALL_COMMUNES = "Tất cả các xã"


def is_upper(store: Any) -> bool:
    return (store.office() or {}).get("role") == "upper"


def read_only_reason(store: Any, record: dict | None, label: str | None = None) -> str | None:
    """Why this office may not change the record (another office owns it), or None.
    Register.require_own refuses the same records on saving."""
    office = store.office() or {}
    code = (record or {}).get("commune_code")
    if record is None or code is None or code == office.get("commune_code"):
        return None
    if office.get("role") == "upper":
        return f"Bản ghi của xã {label or code} — cấp trên chỉ xem, không sửa, không xóa."
    return f"Bản ghi của đơn vị mã {code}, do đơn vị đó quản lý — ở đây chỉ xem, không sửa, không xóa."


def owner_banner(reason: str | None, commune: str | None) -> str:
    """The first line of a record's details: at the upper level (commune: its name) whose the
    record is and that it is only read; elsewhere only why it cannot be changed, if so."""
    if commune is None:
        return f"<p style='color:#b26a00'>{html.escape(reason)}</p>" if reason else ""
    return f"<p style='color:#555'>Xã <b>{html.escape(commune)}</b>{' · cấp trên chỉ xem' if reason else ''}</p>"


def sort_by_commune(rows: list[dict], order: list[str]) -> list[dict]:
    """Rows commune after commune in this order of codes (others last), each commune's in the
    order they came."""
    if not order:
        return rows
    rank = {code: i for i, code in enumerate(order)}
    return sorted(rows, key=lambda r: rank.get(r.get("commune_code"), len(rank)))


def narrow_villages(store: Any, combo: Any, code: str | None, label: Callable[[str | None], str]) -> None:
    """A village filter (CodeCombo) holding one commune's villages, or with `code` None every
    village followed by its commune's name. The choice is kept when still offered; no signal."""
    rows = store.villages.query(commune_code=code)
    choices = {v["id"]: v["name"] if code else f"{v['name']} ({label(v['commune_code'])})" for v in rows}
    combo.blockSignals(True)
    if combo.code() not in choices:
        combo.setCurrentIndex(0)
    combo.set_mapping(choices)
    combo.blockSignals(False)


class CommuneFilter(QComboBox):
    """The communes owning records of `table` (of one kind of body with `kind`), named."""

    chosen = Signal(object)  # the commune code, or None for every commune

    def __init__(self, store: Any, table: str, kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table, self.kind = store, table, kind
        self._communes: list[communes.Commune] = []
        self._names: dict[str, str] = {}
        self.setAccessibleName("Lọc theo xã")
        self.setToolTip("Chỉ hiện bản ghi của một xã")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload()
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.code()))

    def reload(self) -> None:
        """Ask the store again (an import may have brought a commune), keeping the choice when
        that commune still has records; no signal."""
        self._communes = communes.with_rows(self.store, self.table, self.kind)
        self._names = communes.names(self.store) | {c.code: c.label for c in self._communes}
        current = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(ALL_COMMUNES, None)
        for commune in self._communes:
            self.addItem(commune.label, commune.code)
            self.setItemData(self.count() - 1, f"{commune.label} (mã {commune.code}): "
                             f"{commune.rows:,} bản ghi".replace(",", "."), Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self.blockSignals(False)

    def code(self) -> str | None:
        return self.currentData() if self.count() else None

    def set_code(self, code: str | None) -> None:
        """Choose a commune (None: every commune); emits `chosen` when the choice changes."""
        self.setCurrentIndex(max(self.findData(code), 0) if code else 0)

    def clear_choice(self) -> None:
        """Back to every commune, without a signal (the page reloads once after all its filters)."""
        self.blockSignals(True)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    def label(self, code: str | None) -> str:
        """The commune's name, else its code."""
        return "" if code is None else self._names.get(code, code)

    def order(self, descending: bool = False) -> list[str]:
        """The communes' codes in Vietnamese order of their names (or the reverse)."""
        codes = [c.code for c in self._communes]
        return codes[::-1] if descending else codes
