"""At an upper-level office, whose each record is: the communes owning rows of a register, as a
filter ("Tất cả các xã" and each commune, in Vietnamese order), their names for the "Xã" column,
and why another office's record is only read here; CommuneAware is the part of every register
page that uses them."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core.text import thousands
from desktop_app.gui.table_model import Column
from desktop_app.store import communes

if TYPE_CHECKING:
    from desktop_app.store.db import Store

ALL_COMMUNES = "Tất cả các xã"


def read_only_reason(store: Store, record: dict | None, label: str | None = None) -> str | None:
    """Why this office may not change the record (another office owns it), or None.
    Register.require_own refuses the same records on saving."""
    office = store.office() or {}
    code = (record or {}).get("commune_code")
    if record is None or code is None or code == office.get("commune_code"):
        return None
    if office.get("role") == "upper":
        return f"Bản ghi của xã {label or code} — cấp trên chỉ xem, không sửa, không xóa."
    return (
        f"Bản ghi của đơn vị mã {code}, do đơn vị đó quản lý — ở đây chỉ xem, không sửa, không xóa."
    )


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


def narrow_villages(
    store: Store, combo: Any, code: str | None, label: Callable[[str | None], str]
) -> None:
    """A village filter (CodeCombo) holding one commune's villages, or with `code` None every
    village followed by its commune's name. The choice is kept when still offered; no signal."""
    rows = store.villages.query(commune_code=code)
    choices = {
        v["id"]: v["name"] if code else f"{v['name']} ({label(v['commune_code'])})" for v in rows
    }
    combo.blockSignals(True)
    if combo.code() not in choices:
        combo.setCurrentIndex(0)
    combo.set_mapping(choices)
    combo.blockSignals(False)


class CommuneFilter(QComboBox):
    """The communes owning records of `table` (of one kind of body with `kind`), named."""

    chosen = Signal(object)  # the commune code, or None for every commune

    def __init__(
        self, store: Store, table: str, kind: str | None = None, parent: QWidget | None = None
    ) -> None:
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
            self.setItemData(
                self.count() - 1,
                f"{commune.label} (mã {commune.code}): {thousands(commune.rows)} bản ghi",
                Qt.ItemDataRole.ToolTipRole,
            )
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

    def rows(self, code: str | None = None) -> int:
        """How many records of the table the commune holds (every commune's when None), as
        counted at the last reload: the size of what a page would read."""
        return sum(c.rows for c in self._communes if code is None or c.code == code)

    def order(self, descending: bool = False) -> list[str]:
        """The communes' codes in Vietnamese order of their names (or the reverse)."""
        codes = [c.code for c in self._communes]
        return codes[::-1] if descending else codes


COMMUNE_TIP = "Bấm để xếp theo xã (bấm lần nữa: xếp ngược lại; lần thứ ba: thôi xếp theo xã)"


class CommuneAware:
    """RegisterPage's upper-level part: the "Xã" column, the chosen commune, listing commune after
    commune, and why another office's record is only read. Uses the page's store, upper,
    commune_filter, _commune_sort, columns(), table, reload(), selected_record() and commune_changed()."""

    def _all_columns(self) -> list[Column]:
        if not self.upper:
            return self.columns()
        commune = Column(
            "commune_code",
            "Xã",
            lambda r: self.commune_label(r.get("commune_code")),
            header_tip=COMMUNE_TIP,
        )
        return [commune, *self.columns()]

    def commune_code(self) -> str | None:
        """The commune chosen in the filter, or None (every commune, or not the upper level)."""
        return self.commune_filter.code() if self.commune_filter is not None else None

    def commune_label(self, code: str | None) -> str:
        return self.commune_filter.label(code) if self.commune_filter is not None else (code or "")

    def commune_order(self) -> list[str]:
        """Commune codes in the order the "Xã" column is sorted, or [] for the register's order."""
        if self.commune_filter is None or not self._commune_sort or self.commune_code():
            return []
        return self.commune_filter.order(descending=self._commune_sort < 0)

    def sort_by_commune(self, rows: list[dict]) -> list[dict]:
        """For pages that list in Python: the rows commune after commune, each in its order."""
        return sort_by_commune(rows, self.commune_order())

    def narrow_villages(self, combo: Any) -> None:
        """A village filter at the upper level: the chosen commune's villages, or every village
        with its commune's name (names repeat from one commune to another). No signal."""
        narrow_villages(self.store, combo, self.commune_code(), self.commune_label)

    def read_only_reason(self, record: dict | None) -> str | None:
        """Why the record cannot be changed here (another office owns it), or None."""
        return read_only_reason(
            self.store, record, self.commune_label((record or {}).get("commune_code"))
        )

    def _commune_chosen(self, _code: str | None) -> None:
        self.commune_changed()
        self.reload()

    def _header_clicked(self, section: int) -> None:
        if section == 0:
            self._commune_sort = {0: 1, 1: -1, -1: 0}[self._commune_sort]
            selected = self.selected_record()
            self.reload(select_id=selected["id"] if selected else None)
        header = (
            self.table.horizontalHeader()
        )  # Qt moved the indicator to the clicked column: put it back
        header.setSortIndicatorShown(bool(self._commune_sort))
        header.setSortIndicator(
            0,
            Qt.SortOrder.DescendingOrder if self._commune_sort < 0 else Qt.SortOrder.AscendingOrder,
        )

    def _banner(self, record: dict) -> str:
        return owner_banner(
            self.read_only_reason(record),
            self.commune_label(record.get("commune_code")) if self.upper else None,
        )
