"""The import record (biên bản nhập gói) of one import at the upper level: previewed, printed or
saved as a PDF. Imported when the officer first asks for one (QtPdf loads then, not before)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui import ui_state
from desktop_app.gui.forms.ui_sync_record_dialog import Ui_ImportRecordDialog
from desktop_app.gui.pdf_preview import PdfPreview, print_document
from desktop_app.gui.print_page import file_name
from desktop_app.gui.sync_dialogs import local_time
from desktop_app.reports.import_record import write_import_record

if TYPE_CHECKING:
    from desktop_app.store.db import Store

FOLDER_KEY = "sync/record_folder"


def write_record(store: Store, import_id: str) -> Path:
    """The import record as a PDF in a temporary file (the dialog removes it when closed)."""
    folder = Path(tempfile.mkdtemp(prefix="somattran-bienban-"))
    return write_import_record(store, folder / "bien-ban.pdf", import_id)


def record_title(record: dict) -> str:
    return f"Biên bản nhập gói số {record['sequence']} của xã {record['commune_name']}"


class ImportRecordDialog(QDialog):
    def __init__(self, path: Path, record: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportRecordDialog()
        self.ui.setupUi(self)
        self.path = path
        self.record = record
        self.saved_path: Path | None = None
        self.printed_pages = 0
        self.setWindowTitle(record_title(record))
        self.ui.heading.setText(
            f"<b>{record_title(record)}</b> ({record['commune_code']}), nhập lúc "
            f"{local_time(record['imported_at'])}. In ra để người nhập và lãnh đạo ký."
        )
        self.preview = PdfPreview(self)
        self.ui.previewLayout.addWidget(self.preview)
        self.preview.show_pdf(path)
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.finished.connect(lambda _r: shutil.rmtree(self.path.parent, ignore_errors=True))
        self.ui.printButton.setFocus()

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(record_title(self.record))
        return printer

    def print_(self) -> int:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("In biên bản")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        try:
            self.printed_pages = print_document(self.preview.document, printer)
        except UserError as exc:
            QMessageBox.warning(self, "Chưa in được", exc.message)
            return 0
        return self.printed_pages

    def save_pdf(self) -> Path | None:
        folder = ui_state.ui_settings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            "Lưu biên bản",
            str(Path(folder) / file_name(record_title(self.record))),
            "Tệp PDF (*.pdf)",
        )
        if not chosen:
            return None
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            shutil.copyfile(self.path, out)
        except OSError as exc:
            QMessageBox.warning(
                self,
                "Chưa lưu được",
                f"Không ghi được «{out}»: {exc.strerror or exc}. Hãy chọn thư mục khác.",
            )
            return None
        ui_state.ui_settings().setValue(FOLDER_KEY, str(out.parent))
        self.saved_path = out
        return out
