"""A read-only table model over rows (dicts) fetched from the store lazily, in SQL order.

No sorting here (docs/toolchain.md: a proxy sorting through Python is slow): search, filters
and order are the store's query; the model only shows the rows it is given, 200 at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.text import thousands

BATCH = 200
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    format: Callable[[dict], str] | None = None
    align_right: bool = False
    header_tip: str = ""  # the header's tooltip (what clicking it does)

    def text(self, row: dict) -> str:
        if self.format is not None:
            return self.format(row)
        value = row.get(self.key)
        return "" if value is None else str(value)


def counted(key: str) -> Callable[[dict], str]:
    """A Column's format for a count: 25202 → '25.202' (thousands separated by dots)."""

    return lambda row: thousands(row.get(key))


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict] = []
        self._total = 0
        self._fetch: Callable[[int, int], list[dict]] | None = None

    # ---- filling ---------------------------------------------------------------------
    def set_source(self, count: Callable[[], int], fetch: Callable[[int, int], list[dict]]) -> None:
        """Rows come from fetch(limit, offset), count() of them in all; the first batch now."""
        self.beginResetModel()
        self._fetch = fetch
        self._total = count()
        self._rows = fetch(BATCH, 0) if self._total else []
        self._total = max(self._total, len(self._rows))
        self.endResetModel()

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._fetch = None
        self._rows = list(rows)
        self._total = len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        """How many rows the source holds (loaded or not yet)."""
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    # ---- reading -----------------------------------------------------------------------
    def record(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        """The row of a record, loading further batches until it is found or none are left."""
        while True:
            for i, row in enumerate(self._rows):
                if row.get("id") == record_id:
                    return i
            if not self.canFetchMore(QModelIndex()):
                return None
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            if len(self._rows) == before:
                return None

    # ---- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = self._fetch(BATCH, len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tip or self.columns[section].header  # whole, if cut
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)
