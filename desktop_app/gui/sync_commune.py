"""The sync page at a commune office: pick the stick, trust the upper level's key (after
comparing its fingerprint), export the next bundle (incremental, or everything) off the UI
thread, import the upper level's receipts, see what the upper level has acknowledged and
what the next bundle will hold, and make new keys when the old ones may be in other hands.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui import sync_tables as tables
from desktop_app.gui.confirm import ask
from desktop_app.gui.forms.ui_sync_commune import Ui_SyncCommunePanel
from desktop_app.gui.sync_dialogs import FingerprintDialog, bundle_kind, local_time
from desktop_app.gui.sync_tables import ColouredModel, setup_table
from desktop_app.gui.worker import Task, report_error, run_in_thread
from desktop_app.store import export_log, sync_keys
from desktop_app.sync import container, keyfile
from desktop_app.sync import receipt as receipt_format
from desktop_app.sync.export import ExportResult, commune_status, export_bundle, next_bundle_counts
from desktop_app.sync.files import FileOutcome, import_files
from desktop_app.sync.keys import replace_own_keys, trust_upper_key
from desktop_app.sync.rowcheck import TABLE_LABELS

if TYPE_CHECKING:
    from desktop_app.store.db import Store

RECEIPT_SAID = {
    "acknowledged": "cấp trên đã xác nhận tới gói số {base}; gói sau chỉ gồm phần thay đổi từ sau gói đó",
    "older": "không đổi mốc: cấp trên đã xác nhận tới gói số {base} từ trước",
    "repeat": "biên nhận này đã được nhập trước đây, không có gì thay đổi",
}


def counts_grid(counts: dict[str, int]) -> str:
    """Two registers a line, as a small HTML table."""
    cells = [
        f"<td>{html.escape(TABLE_LABELS[t])}</td><td width='8'></td><td align='right'><b>{n}</b></td>"
        for t, n in counts.items()
    ]
    rows = [
        "<tr>" + "<td width='18'></td>".join(cells[i : i + 2]) + "</tr>"
        for i in range(0, len(cells), 2)
    ]
    return f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def receipt_line(outcome: FileOutcome) -> str:
    if outcome.error is not None:
        return f"✗ {outcome.path.name}: {outcome.error.message}"
    r = outcome.receipt
    if r is None:
        return f"✗ {outcome.path.name}: không phải biên nhận."
    said = RECEIPT_SAID[r.status].format(base=r.base_sequence)
    held = f" Cấp trên đã cách ly {r.quarantined} bản ghi của gói này." if r.quarantined else ""
    return f"✓ Biên nhận gói số {r.sequence} của {r.upper_name}: {said}.{held}"


class CommuneSyncPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SyncCommunePanel()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.last_export: ExportResult | None = None
        self.history_model = ColouredModel(tables.EXPORT_COLUMNS, self)
        setup_table(self.ui.history, self.history_model, tables.EXPORT_WIDTHS)
        ui = self.ui
        ui.exportButton.clicked.connect(self.export)
        ui.receiptButton.clicked.connect(self.choose_receipts)
        ui.trustButton.clicked.connect(self.choose_key_file)
        ui.newKeyButton.clicked.connect(self.replace_keys)
        ui.fullCheck.toggled.connect(lambda _on: self._show_next())
        for keys, action in (("Ctrl+E", self.export), ("F5", ui.picker.rescan)):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- what the page shows ----------------------------------------------------------------------
    def refresh(self) -> None:
        status = commune_status(self.store)
        ui = self.ui
        if status.upper_name:
            ui.upperKey.setText(
                f"Cấp trên: <b>{html.escape(status.upper_name)}</b><br>Dấu vân tay: "
                f"<tt>{status.upper_fingerprint}</tt><br>Gói xuất ra được mã hóa: chỉ cấp trên đọc được."
            )
        else:
            ui.upperKey.setText(
                "<span style='color:#b00020'><b>Chưa nhận tệp khóa của cấp trên:</b> gói xuất ra sẽ "
                "KHÔNG được mã hóa, ai cầm USB cũng đọc được.</span> Hãy nhận tệp khóa (.smtk) do cấp "
                "trên gửi."
            )
        ui.ownKey.setText(
            f"Khóa của xã, dấu vân tay:<br><b><tt>{status.own_fingerprint}</tt></b><br>"
            "Cấp trên sẽ gọi đối chiếu dãy này khi nhập gói đầu tiên."
        )
        if status.last_sequence is None:
            ack = "Chưa xuất gói nào."
        else:
            ack = f"Gói xuất gần nhất: <b>số {status.last_sequence}</b>, lúc {local_time(status.last_exported_at)}."
            if status.acknowledged_sequence is None:
                ack += "<br>Cấp trên <b>chưa xác nhận</b> gói nào (chưa nhập biên nhận)."
            else:
                ack += (
                    f"<br>Cấp trên đã xác nhận tới <b>gói số {status.acknowledged_sequence}</b> "
                    f"(nhập biên nhận lúc {local_time(status.acknowledged_at)})."
                )
            if status.unacknowledged:
                ack += f"<br>{status.unacknowledged} gói đang chờ biên nhận."
        ui.ackSummary.setText(ack)
        self.acknowledged = status.acknowledged_sequence
        self.history_model.set_rows(
            tables.export_rows(export_log.exports(self.store), status.acknowledged_sequence)
        )
        self._show_next()

    def _show_next(self) -> None:
        full = self.ui.fullCheck.isChecked()
        counts = next_bundle_counts(self.store, full)
        base = export_log.acknowledged_base(self.store)
        if full:
            head = f"Gói đầy đủ: mọi bản ghi của xã, <b>{sum(counts.values())}</b> bản ghi:"
        elif base is None:
            head = f"Gói tiếp theo gồm mọi bản ghi (cấp trên chưa xác nhận gói nào): <b>{sum(counts.values())}</b>:"
        else:
            head = (
                f"Gói tiếp theo gồm các thay đổi từ sau gói số {base['sequence']}: "
                f"<b>{sum(counts.values())}</b> bản ghi:"
            )
        self.ui.nextSummary.setText(head + counts_grid(counts))

    def set_status(self, text: str) -> None:
        self.ui.status.setText(text)

    # ---- export -----------------------------------------------------------------------------------
    def export(self) -> Task | None:
        """Write the next bundle to the chosen stick in the worker; success once it is read back."""
        if self.task is not None and self.task.is_running():
            return None
        folder = self.ui.picker.folder_or_warn("Xuất gói")
        if folder is None:
            return None
        if sync_keys.trusted_upper(self.store) is None:
            if not ask(
                self,
                "Xuất gói không mã hóa?",
                "Máy này chưa nhận tệp khóa của cấp trên, nên gói sẽ KHÔNG được mã hóa: nếu mất USB, "
                "người nhặt được đọc được dữ liệu cá nhân. Nên nhận tệp khóa của cấp trên trước.\n\n"
                "Vẫn xuất gói không mã hóa?",
            ):
                return None
        full = self.ui.fullCheck.isChecked()
        self.set_status("Đang ghi gói vào USB…")
        self.task = run_in_thread(
            self,
            "Xuất gói đồng bộ",
            export_bundle,
            self.store,
            folder,
            full=full,
            allow_plain=True,  # asked above when there is no upper-level key
            on_done=self._exported,
            on_error=self._failed,
            label="Đang ghi gói vào USB",
            cancellable=False,
        )
        return self.task

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.ui.fullCheck.setChecked(False)
        self.refresh()
        encrypted = f"mã hóa cho {result.recipient}" if result.encrypted else "KHÔNG mã hóa"
        text = (
            f"Đã ghi và đọc lại kiểm tra gói số {result.sequence} "
            f"({bundle_kind(result.full, result.base_sequence)}, {result.total_rows} bản ghi, "
            f"{encrypted}):\n{result.path}"
        )
        self.set_status(text.replace("\n", " "))
        warnings = "".join(f"\n\nLưu ý: {w}" for w in result.warnings)
        QMessageBox.information(
            self,
            "Xuất gói đồng bộ",
            f"{text}\n\nGửi USB cho cấp trên; khi cấp trên trả biên nhận, bấm "
            f"“Nhập biên nhận từ USB…”.{warnings}",
        )

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        self.set_status(
            exc.message if isinstance(exc, UserError) else "Xuất gói gặp lỗi ngoài dự kiến."
        )

    # ---- receipts ---------------------------------------------------------------------------------
    def choose_receipts(self) -> list[FileOutcome]:
        start = self.ui.picker.folder() or Path.home()
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            "Chọn biên nhận của cấp trên",
            str(start),
            f"Biên nhận (*{receipt_format.EXTENSION});;Mọi tệp (*)",
        )
        return self.import_receipts([Path(p) for p in chosen]) if chosen else []

    def import_receipts(self, paths: list[Path]) -> list[FileOutcome]:
        """Import receipts (small files: on the UI thread) and say what each did."""
        outcomes = import_files(self.store, paths)
        self.refresh()
        lines = [receipt_line(o) for o in outcomes]
        self.set_status(" ".join(lines))
        if any(o.error is not None for o in outcomes):
            QMessageBox.warning(self, "Nhập biên nhận", "\n\n".join(lines))
        else:
            QMessageBox.information(self, "Nhập biên nhận", "\n\n".join(lines))
        return outcomes

    # ---- the upper level's key ----------------------------------------------------------------------
    def choose_key_file(self) -> bool:
        start = self.ui.picker.folder() or Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Chọn tệp khóa của cấp trên",
            str(start),
            f"Tệp khóa (*{keyfile.EXTENSION});;Mọi tệp (*)",
        )
        return self.trust_key_file(Path(chosen)) if chosen else False

    def trust_key_file(self, path: Path) -> bool:
        """Show the key's fingerprint; trust it once the officer says it matched."""
        try:
            key = keyfile.read_key_file(container.read_file(path))
            if key.role == "upper":
                current = sync_keys.trusted_upper(self.store)
                if current is not None and current["fingerprint"] == key.fingerprint:
                    QMessageBox.information(
                        self,
                        "Tệp khóa của cấp trên",
                        f"Khóa này của {key.office_name} đã được tin cậy từ trước.",
                    )
                    return False
                dialog = FingerprintDialog.for_upper_key(key, self)
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                dialog.deleteLater()
                if not accepted:
                    self.set_status("Chưa tin cậy tệp khóa; không có gì thay đổi.")
                    return False
            trusted = trust_upper_key(
                self.store, path
            )  # refuses a key that is not an upper level's
        except UserError as exc:
            report_error(self, "Tệp khóa của cấp trên", exc)
            return False
        self.refresh()
        replaced = (
            f" Khóa cũ ({trusted.replaced}) không còn được dùng cho gói mới."
            if trusted.replaced
            else ""
        )
        self.set_status(
            f"Đã tin cậy khóa của {trusted.office_name}: gói từ nay được mã hóa cho cấp trên.{replaced}"
        )
        return True

    # ---- this commune's keys ------------------------------------------------------------------------
    def replace_keys(self) -> bool:
        """New keys when the computer or the key may be in other hands; the upper level has to
        compare the new fingerprint before it takes the next bundle."""
        if not ask(
            self,
            "Tạo khóa mới",
            "Chỉ tạo khóa mới khi máy tính cũ bị mất, bị lấy cắp, hoặc khóa có thể đã lọt ra ngoài "
            "(ví dụ tệp dữ liệu bị chép sang máy lạ).\n\n"
            "Sau khi tạo: gói tiếp theo được ký bằng khóa mới; cấp trên chỉ nhập được sau khi "
            "gọi điện đối chiếu dấu vân tay mới với xã. Hãy đề nghị cấp trên thu hồi khóa cũ.\n\n"
            "Tạo khóa mới ngay bây giờ?",
        ):
            self.set_status("Chưa tạo khóa mới; không có gì thay đổi.")
            return False
        try:
            keys = replace_own_keys(self.store)
        except UserError as exc:
            report_error(self, "Tạo khóa mới", exc)
            return False
        self.refresh()
        self.set_status(f"Đã tạo khóa mới, dấu vân tay {keys.fingerprint}.")
        QMessageBox.information(
            self,
            "Tạo khóa mới",
            f"Dấu vân tay khóa mới của xã:\n\n{keys.fingerprint}\n\nGọi điện cho cấp trên, đọc dãy "
            "ký tự này để cấp trên đối chiếu khi nhập gói tiếp theo, và đề nghị cấp trên thu hồi khóa cũ.",
        )
        return True
