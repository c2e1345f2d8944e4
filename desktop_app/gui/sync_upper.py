"""The sync page at an upper-level office: the communes and whether each is overdue, importing
one or many bundles (dry run → summary → the officer confirms → commit, receipts written beside
the bundles on the stick), enrolling a new commune key after comparing its fingerprint, the
import record (biên bản), the quarantine with its re-run, the communes' keys (revoking one), and
this office's public key file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui import sync_tables as tables
from desktop_app.gui.confirm import ask
from desktop_app.gui.forms.ui_sync_upper import Ui_SyncUpperPanel
from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog, outcome_line
from desktop_app.gui.sync_tables import ColouredModel, setup_table
from desktop_app.gui.worker import Task, report_error, run_in_thread
from desktop_app.store import import_log, sync_keys
from desktop_app.sync import bundle as bundle_format
from desktop_app.sync.consolidate import commune_statuses, import_history
from desktop_app.sync.errors import LineageChanged
from desktop_app.sync.files import FileOutcome, import_files
from desktop_app.sync.importer import (
    CONFIRM_HINT,
    import_bundle,
    rerun_quarantine,
    write_receipt_for,
)
from desktop_app.sync.keys import ensure_keys, export_public_key, revoke_commune_key
from desktop_app.sync.plan import ImportPlan, plan_import

if TYPE_CHECKING:
    from desktop_app.store.db import Store

Progress = Callable[[int, int], Any] | None
QUARANTINE_HINT = (
    "Bản ghi bị cách ly chưa vào dữ liệu tổng hợp; phần còn lại của gói vẫn được nhập. "
    "Chọn một dòng để đọc đủ lý do."
)


def commit_imports(
    store: Store, plans: list[ImportPlan], enrolled: set[str], progress: Progress = None
) -> list[FileOutcome]:
    """Import the bundles the officer confirmed, in order, each in its own transaction.

    The dry run of the first bundle of each commune is still current and is carried out as it
    was shown; a later bundle of the same commune is checked again after the earlier one went
    in, and refused if that check asks for a confirmation the officer was not shown.
    enrolled: the fingerprints whose enrolment the officer confirmed.
    """
    total = sum(p.steps for p in plans) or 1
    offset = 0
    seen: set[str] = set()
    outcomes = []
    for shown in plans:

        def step(done: int, _total: int, base: int = offset) -> None:
            if progress:
                progress(min(base + done, total), total)

        outcome = FileOutcome(shown.path, "bundle")
        code = shown.header.office_code
        try:
            plan = shown
            if code in seen:
                plan = plan_import(store, shown.path, step)
                unseen = [c for c in plan.confirmations if c not in shown.confirmations]
                if unseen:
                    raise LineageChanged(" ".join(unseen) + " " + CONFIRM_HINT)
            seen.add(code)
            outcome.result = import_bundle(
                store,
                shown.path,
                enrol=shown.fingerprint in enrolled,
                confirm=bool(shown.confirmations),
                plan=plan,
                progress=step,
            )
            outcome.plan = outcome.result.plan
        except UserError as exc:
            outcome.error = exc
        offset += shown.steps
        outcomes.append(outcome)
    if progress:
        progress(total, total)
    return outcomes


class UpperSyncPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SyncUpperPanel()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.plan_dialog: ImportPlanDialog | None = None
        self.record_dialog: QDialog | None = None
        self.last_outcomes: list[FileOutcome] = []
        ui = self.ui
        self.communes_model = ColouredModel(tables.COMMUNE_COLUMNS, self)
        self.imports_model = ColouredModel(tables.IMPORT_COLUMNS, self)
        self.quarantine_model = ColouredModel(tables.QUARANTINE_COLUMNS, self)
        self.keys_model = ColouredModel(tables.KEY_COLUMNS, self)
        setup_table(ui.communes, self.communes_model, tables.COMMUNE_WIDTHS)
        setup_table(ui.imports, self.imports_model, tables.IMPORT_WIDTHS)
        setup_table(ui.quarantine, self.quarantine_model, tables.QUARANTINE_WIDTHS)
        setup_table(ui.keys, self.keys_model, tables.KEY_WIDTHS)
        ui.importButton.clicked.connect(self.choose_bundles)
        ui.importAllButton.clicked.connect(self.import_all)
        ui.exportKeyButton.clicked.connect(self.export_key)
        ui.recordButton.clicked.connect(self.show_record)
        ui.receiptButton.clicked.connect(self.write_receipt)
        ui.rerunButton.clicked.connect(self.rerun)
        ui.revokeButton.clicked.connect(self.revoke_selected_key)
        ui.keys.selectionModel().currentRowChanged.connect(lambda _c, _p: self._key_chosen())
        ui.imports.doubleClicked.connect(lambda _i: self.show_record())
        ui.quarantine.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_reason())
        for keys, action in (("Ctrl+O", self.choose_bundles), ("F5", ui.picker.rescan)):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- what the page shows ----------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        self.ui.ownKey.setText(
            f"Dấu vân tay của đơn vị: <b><tt>{ensure_keys(store).fingerprint}</tt></b>"
        )
        statuses = commune_statuses(store)
        self.communes_model.set_rows(tables.commune_rows(statuses))
        days = store.settings.get("bundle_overdue_days")
        if statuses:
            late = sum(1 for s in statuses if s.overdue)
            self.ui.communesHint.setText(
                f"{len(statuses)} xã, {late} xã quá hạn. Một xã bị coi là quá hạn khi gói gần nhất "
                f"đã tạo quá {days} ngày (đổi ở trang Cài đặt, mục Đồng bộ)."
            )
        else:
            self.ui.communesHint.setText(
                "Chưa có xã nào. Hãy “Xuất tệp khóa cho các xã”, gửi cho các xã; rồi nhập gói đầu "
                "tiên của mỗi xã: chương trình sẽ hỏi đối chiếu dấu vân tay khóa của xã."
            )
        self.imports_model.set_rows(tables.import_rows(import_history(store)))
        names = {s.commune_code: s.commune_name for s in statuses}
        held = import_log.open_quarantine(store)
        self.quarantine_model.set_rows(tables.quarantine_rows(held, names))
        self._show_reason()
        self.ui.rerunButton.setEnabled(bool(held))
        self.ui.tabs.setTabText(
            2, f"Bản ghi &cách ly ({len(held)})" if held else "Bản ghi &cách ly"
        )
        chosen = self.ui.imports.currentIndex().row() >= 0
        self.ui.recordButton.setEnabled(chosen)
        self.ui.receiptButton.setEnabled(chosen)
        if self.imports_model.rowCount() and not chosen:
            self.ui.imports.selectRow(0)
            self.ui.recordButton.setEnabled(True)
            self.ui.receiptButton.setEnabled(True)
        self.keys_model.set_rows(tables.key_rows(sync_keys.commune_keys(store)))
        self._key_chosen()

    def _key_chosen(self) -> None:
        key = self.selected_key()
        self.ui.revokeButton.setEnabled(key is not None and not key["revoked_at"])

    def _show_reason(self) -> None:
        """The whole reason of the chosen quarantined record (the column shows its start)."""
        row = self.ui.quarantine.currentIndex().row()
        if 0 <= row < self.quarantine_model.rowCount():
            entry = self.quarantine_model.record(row)
            self.ui.quarantineHint.setText(f"{entry['record_id']}: {entry['reason']}")
        else:
            self.ui.quarantineHint.setText(QUARANTINE_HINT)

    def set_status(self, text: str) -> None:
        self.ui.status.setText(text)

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    # ---- importing bundles --------------------------------------------------------------------------
    def choose_bundles(self) -> Task | None:
        start = self.ui.picker.folder() or Path.home()
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            "Chọn gói đồng bộ của các xã",
            str(start),
            f"Gói đồng bộ (*{bundle_format.EXTENSION});;Mọi tệp (*)",
        )
        return self.start_dry_run([Path(p) for p in chosen]) if chosen else None

    def import_all(self) -> Task | None:
        folder = self.ui.picker.folder_or_warn("Nhập gói")
        if folder is None:
            return None
        found = sorted(
            p
            for p in folder.glob(f"*{bundle_format.EXTENSION}")
            if p.is_file() and not p.name.startswith(".")
        )
        if not found:
            QMessageBox.information(
                self,
                "Nhập gói",
                f"Không có tệp gói (*{bundle_format.EXTENSION}) "
                f"nào trong «{folder}». Hãy chọn đúng USB hoặc thư mục.",
            )
            return None
        return self.start_dry_run(found)

    def start_dry_run(self, paths: list[Path]) -> Task | None:
        """Check every file and work out its import (writing nothing), then show the summary."""
        if self.busy() or not paths:
            return None
        self.set_status("Đang kiểm tra các gói…")
        self.task = run_in_thread(
            self,
            "Kiểm tra gói",
            import_files,
            self.store,
            paths,
            dry_run=True,
            on_done=self._review,
            label="Đang kiểm tra và chạy thử",
            cancellable=False,
        )
        return self.task

    def _review(self, outcomes: list[FileOutcome]) -> None:
        dialog = ImportPlanDialog(outcomes, self)
        self.plan_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = [o.plan for o in dialog.chosen()] if accepted else []
        self.plan_dialog = None
        dialog.deleteLater()
        if not accepted:
            self.set_status("Đã hủy: không nhập gói nào, dữ liệu không thay đổi.")
            return
        plans = [p for p in chosen if p is not None]
        enrolled, declined = self._ask_enrolment(plans)
        plans = [p for p in plans if p.fingerprint not in declined]
        if not plans:
            self.set_status("Không nhập gói nào: khóa của xã chưa được ghi nhận.")
            return
        self.commit(plans, enrolled)

    def _ask_enrolment(self, plans: list[ImportPlan]) -> tuple[set[str], set[str]]:
        """Each new commune key, shown for comparison by phone: (confirmed, declined) fingerprints."""
        enrolled: set[str] = set()
        declined: set[str] = set()
        for plan in plans:
            if not plan.needs_enrolment or plan.fingerprint in enrolled | declined:
                continue
            dialog = FingerprintDialog.for_commune(plan, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                enrolled.add(plan.fingerprint)
            else:
                declined.add(plan.fingerprint)
            dialog.deleteLater()
        return enrolled, declined

    def commit(self, plans: list[ImportPlan], enrolled: set[str]) -> Task | None:
        self.set_status("Đang nhập…")
        self.task = run_in_thread(
            self,
            "Nhập gói",
            commit_imports,
            self.store,
            plans,
            enrolled,
            on_done=self._imported,
            label="Đang nhập gói",
            cancellable=False,
            on_error=lambda _e: self.refresh(),
        )
        return self.task

    def _imported(self, outcomes: list[FileOutcome]) -> None:
        self.last_outcomes = outcomes
        self.refresh()
        self.ui.tabs.setCurrentWidget(self.ui.importsTab)
        lines = [outcome_line(o) for o in outcomes]
        done = sum(1 for o in outcomes if o.error is None)
        failed = len(outcomes) - done
        head = f"Đã nhập {done} gói" + (
            f"; {failed} gói KHÔNG nhập được (không thay đổi gì)." if failed else "."
        )
        self.set_status(head + " Mang USB về xã để xã nhập biên nhận.")
        text = head + "\n\n" + "\n\n".join(lines)
        if failed:
            QMessageBox.warning(self, "Nhập gói", text)
        else:
            QMessageBox.information(self, "Nhập gói", text)

    # ---- after an import ------------------------------------------------------------------------------
    def selected_import(self) -> dict | None:
        row = self.ui.imports.currentIndex().row()
        return self.imports_model.record(row) if 0 <= row < self.imports_model.rowCount() else None

    def show_record(self) -> Task | None:
        """Write the import record (biên bản) of the chosen import, then show it to print or save."""
        record = self.selected_import()
        if record is None or self.busy():
            return None
        from desktop_app.gui.sync_record import ImportRecordDialog, write_record

        self.task = run_in_thread(
            self,
            "Biên bản nhập gói",
            write_record,
            self.store,
            record["id"],
            progress_arg=None,
            cancellable=False,
            label="Đang dựng biên bản",
            on_done=lambda path: self._open_record(ImportRecordDialog(Path(path), record, self)),
        )
        return self.task

    def _open_record(self, dialog: QDialog) -> None:
        self.record_dialog = dialog
        dialog.open()

    def write_receipt(self) -> Path | None:
        record = self.selected_import()
        folder = self.ui.picker.folder_or_warn("Ghi biên nhận") if record is not None else None
        if record is None or folder is None:
            return None
        try:
            path = write_receipt_for(self.store, record["id"], folder)
        except UserError as exc:
            report_error(self, "Ghi biên nhận", exc)
            return None
        self.set_status(
            f"Đã ghi biên nhận gói số {record['sequence']} của xã {record['commune_name']}: {path}"
        )
        return path

    def rerun(self) -> Task | None:
        if self.busy():
            return None
        self.task = run_in_thread(
            self,
            "Nhập lại bản ghi cách ly",
            rerun_quarantine,
            self.store,
            progress_arg=None,
            cancellable=False,
            on_done=self._rerun_done,
        )
        return self.task

    def _rerun_done(self, result: Any) -> None:
        self.refresh()
        text = (
            f"Đã nhập lại {result.applied} bản ghi; còn {len(result.still_held)} bản ghi cách ly."
            + (
                " Các bản ghi còn lại cần gói sau của xã (bản ghi chúng trỏ tới)."
                if result.still_held
                else ""
            )
        )
        self.set_status(text)
        QMessageBox.information(self, "Bản ghi cách ly", text)

    # ---- this office's key ----------------------------------------------------------------------------
    def export_key(self) -> Path | None:
        folder = self.ui.picker.folder_or_warn("Xuất tệp khóa")
        if folder is None:
            return None
        try:
            written = export_public_key(self.store, folder)
        except UserError as exc:
            report_error(self, "Xuất tệp khóa", exc)
            return None
        self.set_status(f"Đã ghi tệp khóa: {written.path}")
        QMessageBox.information(
            self,
            "Xuất tệp khóa",
            f"Đã ghi tệp khóa công khai của đơn vị vào:\n{written.path}\n\n"
            f"Dấu vân tay: {written.fingerprint}\n\nGửi tệp này cho các xã. Khi xã nhận tệp, xã sẽ "
            "gọi điện đối chiếu dấu vân tay: hãy đọc dãy ký tự trên (hoặc gửi kèm bản in).",
        )
        return written.path

    # ---- the communes' keys ---------------------------------------------------------------------------
    def selected_key(self) -> dict | None:
        row = self.ui.keys.currentIndex().row()
        return self.keys_model.record(row) if 0 <= row < self.keys_model.rowCount() else None

    def revoke_selected_key(self) -> bool:
        """Refuse every later bundle signed with the chosen key, once the officer confirms."""
        key = self.selected_key()
        if key is None or key["revoked_at"]:
            return False
        if not ask(
            self,
            "Thu hồi khóa của xã",
            f"Thu hồi khóa của {key['commune']}?\n\nDấu vân tay: {key['fingerprint']}\n\n"
            "Từ nay mọi gói ký bằng khóa này đều bị từ chối, kể cả gói xã đã xuất mà chưa nhập. "
            "Dữ liệu đã nhập vẫn giữ nguyên. Nếu xã vẫn gửi gói, xã phải tạo khóa mới (trang Đồng bộ "
            "cấp trên của xã, “Tạo khóa mới…”) và đọc dấu vân tay mới cho anh/chị đối chiếu.\n\n"
            "Không thể hoàn tác việc thu hồi.",
        ):
            self.set_status("Chưa thu hồi khóa; không có gì thay đổi.")
            return False
        try:
            revoke_commune_key(self.store, key["fingerprint"])
        except UserError as exc:
            report_error(self, "Thu hồi khóa của xã", exc)
            return False
        self.refresh()
        self.set_status(
            f"Đã thu hồi khóa {key['fingerprint']} của {key['commune']}: gói ký bằng khóa "
            "này sẽ bị từ chối."
        )
        return True
