"""In ấn & báo cáo: choose a printed form and its options, preview it, print it or save a PDF.

Every form is written by `desktop_app.reports` in a worker thread (gui.worker): a preview goes
to a temporary file without reserving a document number; "In…" and "Lưu PDF…" write the final
document, which takes its number in the outgoing-documents register. Many comment forms at
once show their progress and can be cancelled. QtPdf is imported with this module, which the
window imports only when the page is first opened.

Other pages may open it preselected: `window.open_page("print").choose_body(body_id)`.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.gui import ui_state
from desktop_app.gui.confirm import ask
from desktop_app.gui.forms.ui_print_page import Ui_PrintPage
from desktop_app.gui.pdf_preview import PdfPreview, print_document
from desktop_app.gui.widgets import type_ahead
from desktop_app.gui.worker import Task, report_error, run_in_thread
from desktop_app.reports.forms import HALVES, Choices, FormSpec, Job, forms_for

if TYPE_CHECKING:
    from desktop_app.store.db import Store

OPTIONS = (
    "kind",
    "body",
    "village",
    "year",
    "half",
    "person",
    "blank",
    "search",
    "sex",
    "party",
    "fund",
    "date_from",
    "date_to",
    "entry",
)
PARTY = {"yes": "Đảng viên", "no": "Không phải đảng viên"}
AUTO_PREVIEW_MS = 300
NUMBER_HINT = (
    "Văn bản này được lấy số trong sổ văn bản đi khi in hoặc lưu PDF lần đầu; "
    "in lại giữ nguyên số. Bản xem trước chưa lấy số."
)


def file_name(title: str) -> str:
    """A file name Windows accepts, from the document's title."""
    return re.sub(r'[\\/:*?"<>|]+', "-", title).strip(" .-")[:120] + ".pdf"


def short_name(body: dict) -> str:
    """A body's name without the kind the field above already says: "Bản Pò", not
    "Ban công tác Mặt trận Bản Pò"; "Nhà văn hóa thôn …" for a supervision board."""
    if body.get("project_name"):
        return body["project_name"]
    name = body["name"]
    kind = enums.label(enums.BODY_KINDS, body.get("kind"))
    rest = name[len(kind) :].strip(" —-") if name.lower().startswith(kind.lower()) else ""
    return rest or name


class PrintPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_PrintPage()
        self.ui.setupUi(self)
        for combo in (self.ui.village, self.ui.body, self.ui.person):
            type_ahead(combo)  # "thon l", "na pan"
        self.preview = PdfPreview(self)
        self.ui.previewLayout.addWidget(self.preview)
        self.preview_path: Path | None = None
        self.saved_path: Path | None = None
        self.task: Task | None = None
        self.printed_pages = 0
        # Previews and print jobs: removed when the page goes, or at the latest when the program ends.
        self._tmpdir = tempfile.TemporaryDirectory(
            prefix="somattran-in-", ignore_cleanup_errors=True
        )
        self._tmp = Path(self._tmpdir.name)
        self._previews = 0
        # An upper-level office prints its own forms, one of which needs the import it records.
        self.upper: Any = None
        if store.is_upper:
            from desktop_app.gui.print_upper import ImportChoice

            self.upper = ImportChoice(store, self, self.ui.form, self._mark_stale)
        self.forms: tuple[FormSpec, ...] = forms_for("upper" if self.upper else "commune")

        ui = self.ui
        for spec in self.forms:
            ui.formList.addItem(spec.title)
        ui.formList.setFixedHeight(
            ui.formList.sizeHintForRow(0) * len(self.forms) + 2 * ui.formList.frameWidth() + 4
        )
        ui.year.setValue(store.today().year)
        for half, label in HALVES.items():
            ui.half.addItem(label, half or None)
        ui.sex.addItem("— Nam và nữ —", None)
        for code, label in enums.SEXES.items():
            ui.sex.addItem(label, code)
        ui.party.addItem("— Đảng viên hay không —", None)
        for code, label in PARTY.items():
            ui.party.addItem(label, code)
        ui.date_from.set_label("Từ ngày")
        ui.date_to.set_label("Đến ngày")
        ui.date_from.set_value(f"{store.today().year}-01-01")
        ui.date_to.set_value(store.today().isoformat())
        for combo in (ui.body, ui.person, ui.entry):
            combo.view().setMinimumWidth(460)  # the list shows whole names; the field stays narrow

        ui.formList.currentRowChanged.connect(self._form_changed)
        ui.kind.currentIndexChanged.connect(lambda _i: self._fill_bodies())
        ui.village.currentIndexChanged.connect(lambda _i: self._village_changed())
        ui.fund.currentIndexChanged.connect(lambda _i: self._fill_entries())
        for signal in (
            ui.body.currentIndexChanged,
            ui.year.valueChanged,
            ui.half.currentIndexChanged,
            ui.person.currentIndexChanged,
            ui.blank.toggled,
            ui.search.textEdited,
            ui.sex.currentIndexChanged,
            ui.party.currentIndexChanged,
            ui.entry.currentIndexChanged,
            ui.date_from.textEdited,
            ui.date_to.textEdited,
        ):
            signal.connect(lambda *_a: self._mark_stale())
        ui.previewButton.clicked.connect(self.make_preview)
        ui.printButton.clicked.connect(self.print_)
        ui.saveButton.clicked.connect(self.save_pdf)
        for keys, action in (
            ("F5", self.make_preview),
            ("Ctrl+Return", self.make_preview),
            ("Ctrl+P", self.print_),
            ("Ctrl+S", self.save_pdf),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._auto_preview = QTimer(self)
        self._auto_preview.setSingleShot(True)
        self._auto_preview.setInterval(AUTO_PREVIEW_MS)
        self._auto_preview.timeout.connect(self._preview_now)
        self._fill_villages()
        self._fill_funds()
        ui.formList.setCurrentRow(0)

    # ---- choices -------------------------------------------------------------------------------
    def form(self) -> FormSpec:
        return self.forms[max(0, self.ui.formList.currentRow())]

    def choose_form(self, key: str) -> None:
        self.ui.formList.setCurrentRow(next(i for i, f in enumerate(self.forms) if f.key == key))

    def choose_body(self, body_id: str, form: str = "body_roster") -> None:
        """Preselect a body (from its page) for its roster or decision."""
        body = self.store.bodies.get(body_id)
        if body is None:
            raise UserError("Không tìm thấy ban này trong sổ; có thể ban đã bị xóa.")
        self.choose_form(form)
        self._select(self.ui.kind, body["kind"])
        self._select(self.ui.body, body_id)

    def choose_entry(self, entry_id: str) -> None:
        """Preselect a receipt or payment (from the Quỹ page) for its voucher."""
        entry = self.store.fund_entries.get(entry_id)
        if entry is None:
            raise UserError("Không tìm thấy phiếu thu, chi này; có thể phiếu đã bị hủy.")
        self.choose_form("fund_voucher")
        self._select(self.ui.fund, entry["fund_id"])
        self._fill_entries(entry["year"])
        self._select(self.ui.entry, entry_id)

    def choose_fund(self, fund_id: str, form: str = "fund_report") -> None:
        """Preselect a fund (from the Quỹ page) for its report or its posted lists."""
        self.choose_form(form)
        self._select(self.ui.fund, fund_id)

    def refresh(self) -> None:
        self._fill_villages()
        self._fill_bodies()
        self._fill_funds()
        if self.upper:
            self.upper.refresh()

    @staticmethod
    def _select(combo: Any, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _form_changed(self, _row: int) -> None:
        spec, ui = self.form(), self.ui
        for name in OPTIONS:
            ui.form.setRowVisible(getattr(ui, name), name in spec.options)
        if self.upper:
            self.upper.form_changed(spec)
        kind = ui.kind.currentData()
        ui.kind.blockSignals(True)
        ui.kind.clear()
        for code in spec.kinds:
            ui.kind.addItem(enums.label(enums.BODY_KINDS, code), code)
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(kind)))
        ui.kind.blockSignals(False)
        ui.hint.setText(NUMBER_HINT if spec.numbered else "")
        ui.hint.setVisible(spec.numbered)
        self._fill_bodies()
        self._fill_people()
        self._mark_stale()

    def _fill_villages(self) -> None:
        combo = self.ui.village
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("— Mọi khu dân cư —", None)
        for village in self.store.villages.query(current_only=True):
            combo.addItem(village["name"], village["id"])
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _fill_bodies(self) -> None:
        combo, kind = self.ui.body, self.ui.kind.currentData()
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if kind:
            current = {b["id"] for b in self.store.bodies.query(kind=kind, current_only=True)}
            bodies = self.store.bodies.query(kind=kind)
            bodies.sort(key=lambda b: b["id"] not in current)  # current bodies first, in name order
            for body in bodies:
                term = f" ({body['term_label']})" if body.get("term_label") else ""
                former = "" if body["id"] in current else " — đã thay"
                combo.addItem(f"{short_name(body)}{term}{former}", body["id"])
                combo.setItemData(combo.count() - 1, body["name"], Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        # The inspection board is commune-wide: no village to choose.
        self.ui.village.setEnabled(
            not (self.form().key == "register_roster" and kind == "inspection_board")
        )
        self._mark_stale()

    def _fill_people(self) -> None:
        if "person" not in self.form().options:
            return
        from desktop_app.core import reg213

        combo = self.ui.person
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("— Mọi đảng viên —", None)
        for resident in self.store.residents.query(village_id=self.ui.village.currentData()):
            if not reg213.is_exempt(resident.get("category")):
                combo.addItem(
                    f"{resident['full_name']} — {resident.get('village_name') or ''}".rstrip(" —"),
                    resident["person_id"],
                )
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _fill_funds(self) -> None:
        if self.upper:
            return  # the funds are the communes': the upper level prints none of their papers
        combo = self.ui.fund
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        self.store.funds.ensure_default()
        for fund in self.store.funds.query(self.store.owner_code()):
            combo.addItem(fund["name"], fund["id"])
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._fill_entries()

    def _fill_entries(self, year: int | None = None) -> None:
        """The chosen fund's receipts and payments of the year, newest first, for a voucher."""
        combo, fund_id = self.ui.entry, self.ui.fund.currentData()
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if fund_id:
            from desktop_app.core.funds import DIRECTIONS
            from desktop_app.gui.widgets import format_money

            for e in reversed(
                self.store.fund_entries.query(fund_id=fund_id, year=year or self.store.today().year)
            ):
                combo.addItem(
                    f"{DIRECTIONS[e['direction']]} số {e['number']} — {e['party'] or ''} — "
                    f"{format_money(e['amount'])} đ",
                    e["id"],
                )
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._mark_stale()

    def _village_changed(self) -> None:
        self._fill_people()
        self._mark_stale()

    def _mark_stale(self) -> None:
        """The preview follows the choice: a new one shortly after the last change (a form of many
        pages waits for “Xem trước”)."""
        if not self.isVisible():
            return
        try:
            many = self.job().many
        except UserError:
            return  # nothing to show yet (no body chosen): “Xem trước” says what is missing
        if many:
            if self.preview.page_count():
                self.set_status("Tùy chọn đã đổi: bấm “Xem trước” (F5) để xem bản mới.")
            return
        self._auto_preview.start()

    def _preview_now(self) -> None:
        if self.task is not None and self.task.is_running():
            self._auto_preview.start()  # the one being made is already out of date: try again after
            return
        self.make_preview()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._mark_stale()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._auto_preview.stop()
        super().hideEvent(event)

    def set_status(self, text: str) -> None:
        self.ui.status.setText(text)

    # ---- the document the options describe -------------------------------------------------------
    def choices(self) -> Choices:
        """The options as the fields show them (a disabled field chooses nothing)."""
        ui = self.ui
        party = ui.party.currentData()
        return Choices(
            kind=ui.kind.currentData(),
            body_id=ui.body.currentData(),
            village_id=ui.village.currentData() if ui.village.isEnabled() else None,
            year=ui.year.value(),
            half=ui.half.currentData(),
            person_id=ui.person.currentData(),
            blank=ui.blank.isChecked(),
            search=ui.search.text().strip() or None,
            sex=ui.sex.currentData(),
            party=None if party is None else party == "yes",
            import_id=self.upper.value() if self.upper else None,
            fund=self._fund_key(),
            date_from=ui.date_from.value(),
            date_to=ui.date_to.value(),
            entry_id=ui.entry.currentData(),
        )

    def _fund_key(self) -> str | None:
        fund = (
            self.store.funds.get(self.ui.fund.currentData()) if self.ui.fund.currentData() else None
        )
        return fund["key"] if fund else None

    def job(self) -> Job:
        """The document the chosen form and options describe; UserError when one is missing."""
        spec = self.form()
        return spec.build(self.store, self.choices().only(spec.options))

    def _start(
        self, job: Job, out: Path, final: bool, on_done: Callable[[Path], None], what: str
    ) -> Task | None:
        if self.task is not None and self.task.is_running():
            return None
        self.task = run_in_thread(
            self,
            what,
            job.run,
            out,
            final,
            on_done=on_done,
            on_cancel=lambda: self.set_status("Đã hủy; không tạo tệp nào."),
            on_error=lambda exc: self.set_status(
                exc.message
                if isinstance(exc, UserError)
                else "Gặp lỗi ngoài dự kiến; xem báo cáo lỗi."
            ),
            cancellable=job.many,
            label=f"{what}: {job.title}",
            progress_arg="progress" if job.many else None,
        )
        return self.task

    def _job_or_message(self) -> Job | None:
        try:
            return self.job()
        except UserError as exc:
            report_error(self, "Chưa in được", exc)
            return None

    # ---- preview, save, print ------------------------------------------------------------------
    def make_preview(self) -> Task | None:
        """Write the chosen document to a temporary file (no number reserved) and show it."""
        self._auto_preview.stop()
        job = self._job_or_message()
        if job is None:
            return None
        self._previews += 1
        out = self._tmp / f"xem-truoc-{self._previews}.pdf"
        self.set_status("Đang dựng bản xem trước…")
        return self._start(job, out, False, lambda path: self._show(Path(path), job), "Xem trước")

    def _show(self, path: Path, job: Job) -> None:
        pages = self.preview.show_pdf(path)
        if (
            self.preview_path is not None
            and self.preview_path != path
            and self.preview_path.parent == self._tmp
        ):
            self.preview_path.unlink(missing_ok=True)
        self.preview_path = path
        self.set_status(f"Bản xem trước: {job.title} — {pages} trang.")

    def issue_problems(self) -> list[str]:
        """What is missing or breaks a rule in the numbered document about to be issued."""
        spec = self.form()
        if self.upper or not spec.numbered:
            return []
        problems = []
        if not (self.store.settings("signer_name") or "").strip():
            problems.append(
                "Chưa có họ tên người ký: dưới “CHỦ TỊCH” sẽ là dòng chấm. "
                "Ghi họ tên ở trang Cài đặt, mục Người ký."
            )
        body_id = self.ui.body.currentData() if spec.key == "decision" else None
        body = self.store.bodies.get(body_id) if body_id else None
        if body is not None:
            problems += [issue.message for issue in self.store.bodies.composition_issues(body)]
            if not body.get("term_start"):
                problems.append("Ban chưa có ngày đầu nhiệm kỳ (sửa ban để ghi).")
            if not self.store.bodies.members(body["id"]):
                problems.append("Ban chưa có thành viên nào.")
            from desktop_app.reports.decision import decision_gaps

            problems += decision_gaps(self.store, body)
        return problems

    def confirm_issue(self) -> bool:
        """Before a number is taken: list what is missing or breaks a rule, and ask."""
        problems = self.issue_problems()
        if not problems:
            return True
        listed = "\n".join(f"• {p}" for p in problems)
        return ask(
            self,
            "Kiểm tra trước khi ban hành",
            f"Văn bản này sẽ được lấy số trong sổ văn bản đi. Còn những điều sau:\n\n{listed}\n\n"
            "Vẫn lấy số và in? (Chọn “Không” để sửa trước.)",
        )

    def save_pdf(self) -> Task | None:
        """Ask where, then write the final document there (reserving its number)."""
        job = self._job_or_message()
        if job is None or not self.confirm_issue():
            return None
        folder = ui_state.ui_settings().value("print/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Lưu PDF", str(Path(folder) / file_name(job.title)), "Tệp PDF (*.pdf)"
        )
        if not chosen:
            return None
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        settings = ui_state.ui_settings()
        settings.setValue("print/folder", str(out.parent))
        self.set_status("Đang lưu…")
        return self._start(job, out, True, lambda path: self._saved(Path(path), job), "Lưu PDF")

    def _saved(self, path: Path, job: Job) -> None:
        self.saved_path = path
        self._previews += 1
        shown = self._tmp / f"xem-truoc-{self._previews}.pdf"  # the officer's file stays unlocked
        shutil.copyfile(path, shown)
        self._show(shown, job)
        self.set_status(f"Đã lưu {path}")

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Sổ Mặt trận")
        return printer

    def print_(self) -> Task | None:
        """The system's printer dialog, then the final document (numbered) sent to the printer."""
        job = self._job_or_message()
        if job is None or not self.confirm_issue():
            return None
        printer = self.make_printer()
        printer.setDocName(job.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("In")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._previews += 1
        out = self._tmp / f"in-{self._previews}.pdf"
        self.set_status("Đang chuẩn bị bản in…")
        return self._start(job, out, True, lambda path: self._send(Path(path), job, printer), "In")

    def _send(self, path: Path, job: Job, printer: QPrinter) -> None:
        self._show(path, job)
        total = self.preview.document.pageCount()
        progress = QProgressDialog("Đang gửi tới máy in…", "Hủy", 0, total, self)
        progress.setWindowTitle("In")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, _total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            self.printed_pages = print_document(self.preview.document, printer, step)
        except UserError as exc:
            QMessageBox.warning(self, "Chưa in được", exc.message)
            self.set_status(exc.message)
            return
        finally:
            progress.close()
        self.set_status(f"Đã gửi {self.printed_pages}/{total} trang tới máy in: {job.title}.")
