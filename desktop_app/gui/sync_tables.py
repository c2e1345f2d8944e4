"""The tables of the sync page: bundles a commune wrote, communes an upper level follows, its
imports, its quarantine and the communes' keys. Small lists, so each is a RecordTableModel over rows given at once;
a row's "_color" paints its text (overdue communes, bundles still waiting for a receipt)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.core import dates
from desktop_app.gui.sync_dialogs import bundle_kind, local_time
from desktop_app.gui.table_model import Column, Index, RecordTableModel
from desktop_app.sync.rowcheck import TABLE_LABELS

WARN = "#b00020"
WAIT = "#8a5300"
OK = "#1b5e20"


class ColouredModel(RecordTableModel):
    """RecordTableModel whose rows may carry "_color" (a CSS colour) for their text."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.row() < self.rowCount()
        ):
            colour = self.record(index.row()).get("_color")
            return QColor(colour) if colour else None
        return super().data(index, role)


def setup_table(view: QTableView, model: RecordTableModel, widths: list[int]) -> None:
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)

    def fit() -> None:
        """Each column at least as wide as its header and what it shows ("KHÔNG", "Đảng viên")."""
        for col in range(model.columnCount() - 1):
            want = max(header.sectionSizeFromContents(col).width() + 8, view.sizeHintForColumn(col))
            view.setColumnWidth(col, max(widths[col] if col < len(widths) else 0, min(want, 320)))

    model.modelReset.connect(fit)


def _total(counts: dict[str, dict[str, int]], kind: str) -> int:
    """An import's counts per register ({"people": {"new": 3, …}, …}) summed for one kind."""
    return sum(c.get(kind, 0) for c in counts.values())


# ---- at a commune ---------------------------------------------------------------------------------
EXPORT_COLUMNS = [
    Column("sequence", "Gói số", align_right=True),
    Column("created_at", "Xuất lúc", lambda r: local_time(r["created_at"])),
    Column("full", "Loại", lambda r: short_kind(bool(r["full"]), r["base_sequence"] or 0)),
    Column("rows", "Bản ghi", lambda r: str(r["rows"]), align_right=True),
    Column("encrypted", "Mã hóa", lambda r: "có" if r["encrypted"] else "KHÔNG"),
    Column(
        "acknowledged_at",
        "Biên nhận",
        lambda r: local_time(r["acknowledged_at"])[:10] if r["acknowledged_at"] else "chưa có",
    ),
    Column("file_name", "Tệp"),
]
EXPORT_WIDTHS = [46, 118, 90, 56, 50, 84]


def short_kind(full: bool, base_sequence: int) -> str:
    """The bundle's kind in a narrow column: 'đầy đủ', 'đầu tiên', 'nối tiếp số 3'."""
    if full:
        return "đầy đủ"
    return f"nối tiếp số {base_sequence}" if base_sequence else "đầu tiên"


def export_rows(exports: list[dict], acknowledged_sequence: int | None) -> list[dict]:
    rows = []
    for e in exports:
        row = dict(e, rows=sum(json.loads(e["counts"] or "{}").values()))
        if not e["acknowledged_at"]:
            superseded = acknowledged_sequence is not None and e["sequence"] < acknowledged_sequence
            row["_color"] = None if superseded else WAIT
        rows.append(row)
    return rows


# ---- at the upper level ---------------------------------------------------------------------------
def commune_state(status: Any) -> str:
    if status.last_sequence is None:
        return "CHƯA GỬI GÓI"
    return f"QUÁ HẠN ({status.days_since} ngày)" if status.overdue else "đúng hạn"


COMMUNE_COLUMNS = [
    Column("commune_code", "Mã"),
    Column("commune_name", "Xã"),
    Column(
        "last_sequence",
        "Gói cuối",
        lambda r: "" if r["last_sequence"] is None else f"số {r['last_sequence']}",
        align_right=True,
    ),
    Column(
        "last_bundle_date",
        "Xã tạo gói ngày",
        lambda r: dates.display(r["last_bundle_date"].isoformat()) if r["last_bundle_date"] else "",
    ),
    Column("last_imported_at", "Nhập lúc", lambda r: local_time(r["last_imported_at"])),
    Column("state", "Tình trạng"),
    Column("quarantined", "Cách ly", lambda r: str(r["quarantined"] or ""), align_right=True),
    Column(
        "active_keys",
        "Khóa",
        lambda r: "đã ghi nhận" if r["active_keys"] else "chưa có / đã thu hồi",
    ),
]
COMMUNE_WIDTHS = [60, 170, 70, 115, 125, 140, 60]


def commune_rows(statuses: list[Any]) -> list[dict]:
    rows = []
    for s in statuses:
        row = asdict(s)
        row["id"] = s.commune_code
        row["state"] = commune_state(s)
        row["_color"] = WARN if s.overdue else None
        rows.append(row)
    return rows


IMPORT_COLUMNS = [
    Column("imported_at", "Nhập lúc", lambda r: local_time(r["imported_at"])),
    Column("commune_name", "Xã", lambda r: f"{r['commune_name']} ({r['commune_code']})"),
    Column("sequence", "Gói số", align_right=True),
    Column("full", "Loại", lambda r: bundle_kind(bool(r["full"]), r["base_sequence"] or 0)),
    Column("new", "Mới", lambda r: str(_total(r["counts"], "new")), align_right=True),
    Column("changed", "Sửa", lambda r: str(_total(r["counts"], "changed")), align_right=True),
    Column("deleted", "Xóa", lambda r: str(_total(r["counts"], "deleted")), align_right=True),
    Column("quarantined", "Cách ly", lambda r: str(r["quarantined"] or 0), align_right=True),
    Column("file_name", "Tệp"),
]
IMPORT_WIDTHS = [120, 190, 60, 140, 60, 60, 60, 60]


def import_rows(imports: list[dict]) -> list[dict]:
    return [dict(r, _color=WARN if r["quarantined"] else None) for r in imports]


QUARANTINE_COLUMNS = [
    Column("commune", "Xã"),
    Column("table_name", "Sổ", lambda r: TABLE_LABELS.get(r["table_name"], r["table_name"])),
    Column("record_id", "Mã bản ghi"),
    Column("created_at", "Từ lúc", lambda r: local_time(r["created_at"])),
    Column("reason", "Lý do"),
]
QUARANTINE_WIDTHS = [140, 130, 285, 118]


def quarantine_rows(entries: list[dict], names: dict[str, str | None]) -> list[dict]:
    return [
        dict(e, commune=f"{names.get(e['commune_code']) or ''} ({e['commune_code']})".strip())
        for e in entries
    ]


KEY_COLUMNS = [
    Column("commune", "Xã"),
    Column("fingerprint", "Dấu vân tay"),
    Column("enrolled_at", "Ghi nhận lúc", lambda r: local_time(r["enrolled_at"])),
    Column("enrolled_by", "Người ghi nhận"),
    Column("state", "Tình trạng"),
]
KEY_WIDTHS = [170, 330, 125, 110]


def key_rows(keys: list[dict]) -> list[dict]:
    """Enrolled keys, each commune's in use first, revoked ones after them in red."""
    rows = []
    for k in sorted(
        keys, key=lambda k: (k["commune_code"], k["revoked_at"] is not None, k["enrolled_at"])
    ):
        revoked = k["revoked_at"]
        rows.append(
            dict(
                k,
                id=k["fingerprint"],
                commune=f"{k['commune_name'] or ''} ({k['commune_code']})".strip(),
                state=f"đã thu hồi {local_time(revoked)}" if revoked else "đang dùng",
                _color=WARN if revoked else None,
            )
        )
    return rows
