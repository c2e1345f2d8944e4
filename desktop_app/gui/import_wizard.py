"""The Excel import wizard: file and target → sheet and header row → mapping → preview → done.

Reading, checking and writing run off the UI thread behind a progress dialog that can cancel
(gui/worker.py); nothing is written before the officer presses "Nhập" on the preview, and the
import just written can be undone from the last page.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.gui.confirm import ask
from desktop_app.gui.forms.ui_import_wizard import Ui_ImportWizard
from desktop_app.gui.worker import run_in_thread

log = logging.getLogger("somattran.gui")
Index = QModelIndex | QPersistentModelIndex
FILE_PAGE, SHEET_PAGE, MAP_PAGE, PREVIEW_PAGE, DONE_PAGE = range(5)
ENCODINGS = {
    "auto": "Tự nhận biết",
    "unicode": "Unicode (không chuyển)",
    "tcvn3": "TCVN3 (.VnTime)",
    "vni": "VNI (VNI-Times)",
}
SHOW = {
    "all": "Tất cả các dòng",
    "error": "Dòng lỗi",
    "warning": "Dòng có cảnh báo",
    "duplicate": "Người có thể trùng",
    "add": "Thêm mới",
    "update": "Cập nhật",
    "unchanged": "Đã có, không đổi",
}
ACTION_COLOURS = {"error": "#fde2e1", "duplicate": "#fff3cd", "update": "#e3f0ff"}
SHEET_PREVIEW_ROWS = 60


def _cell_shown(cell: Any, fallback: str) -> str:
    """A cell as the officer reads it: legacy text converted, 1975.0 as 1975, dates as 04/03/1980."""
    from desktop_app.imports.columns import cell_text
    from desktop_app.imports.plan import _display

    if cell is None:
        return ""
    return cell_text(cell, fallback) if isinstance(cell, tuple) else _display(cell)


class SheetModel(QAbstractTableModel):
    """The first rows of the sheet as the file holds them (legacy text converted), the header row
    in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.header_row = -1
        self.width = 0

    def set_rows(self, rows: list[list[str]], header_row: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.width = max((len(r) for r in rows), default=0)
        self.header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.header_row:
            return QBrush(QColor("#dde6f0"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        from openpyxl.utils import get_column_letter

        return get_column_letter(section + 1)


class PlanModel(QAbstractTableModel):
    HEADERS = (
        "Dòng",
        "Kết quả",
        "Họ và tên / Tên",
        "Năm sinh / Ngày",
        "Khu dân cư",
        "Lỗi, cảnh báo",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        from desktop_app.imports.plan import ACTIONS, CHOICES

        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and r.action in ACTION_COLOURS:
            return QBrush(QColor(ACTION_COLOURS[r.action]))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return str(r.number)
        if col == 1:
            label = ACTIONS[r.action]
            if r.action == "duplicate":
                label += f": {CHOICES[r.choice].lower()}"
            elif r.link_action == "add" and r.action in ("unchanged", "update"):
                label = "Thêm vào ban / danh sách"
            return label
        s = r.shown
        if col == 2:
            return s.get("full_name") or s.get("name") or s.get("title") or ""
        if col == 3:
            return (
                s.get("birth_date")
                or s.get("birth_male")
                or s.get("birth_female")
                or s.get("date")
                or ""
            )
        if col == 4:
            return s.get("village") or s.get("villages") or ""
        return "; ".join(m.rstrip(". ") for m in r.errors or r.warnings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class ImportWizard(QWizard):
    def __init__(
        self,
        store: Any,
        parent: QWidget | None = None,
        target: str | None = None,
        body_id: str | None = None,
        body_name: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop_app.imports.columns import TARGETS

        self.store = store
        self.ui = ui = Ui_ImportWizard()
        ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.NextButton, "Tiếp >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< Quay lại")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Hủy")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Đóng")
        self.book: Any = None
        self.sheet: Any = None
        self.layout_: Any = None
        self.plan: Any = None
        self.batch: dict | None = None
        self.written = False
        self._ready: set[int] = set()  # pages whose work (in a thread) is done: Next may go on
        for code, label in TARGETS.items():
            ui.targetCombo.addItem(label, code)
        if target:
            ui.targetCombo.setCurrentIndex(max(0, ui.targetCombo.findData(target)))
        for body in store.bodies.query(current_only=True):
            ui.bodyCombo.addItem(
                f"{body['name']} ({enums.label(enums.BODY_KINDS, body['kind'])})", body["id"]
            )
        if body_id:
            ui.bodyCombo.setCurrentIndex(max(0, ui.bodyCombo.findData(body_id)))
        for code, label in ENCODINGS.items():
            ui.encodingCombo.addItem(label, code)
        for code, label in SHOW.items():
            ui.showCombo.addItem(label, code)
        if path:
            ui.fileEdit.setText(path)
        self.sheet_model = SheetModel(self)
        ui.sheetView.setModel(self.sheet_model)
        ui.sheetView.verticalHeader().setDefaultSectionSize(22)
        self.plan_model = PlanModel(self)
        ui.previewView.setModel(self.plan_model)
        for view in (ui.previewView, ui.sheetView):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(False)
        ui.previewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.previewView.verticalHeader().setVisible(False)
        ui.previewView.horizontalHeader().setStretchLastSection(True)
        ui.previewSplitter.setSizes([640, 300])
        ui.mapTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.mapTable.verticalHeader().setVisible(False)
        ui.browseButton.clicked.connect(self._browse)
        ui.targetCombo.currentIndexChanged.connect(self._target_changed)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.headerSpin.valueChanged.connect(self._header_changed)
        ui.encodingCombo.currentIndexChanged.connect(lambda _i: self._show_sheet())
        ui.showCombo.currentIndexChanged.connect(lambda _i: self._fill_preview())
        ui.previewView.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._row_chosen(cur)
        )
        for radio, choice in (
            (ui.useExisting, "existing"),
            (ui.updateExisting, "update"),
            (ui.addNew, "new"),
        ):
            radio.toggled.connect(lambda on, c=choice: self._choose(c) if on else None)
        ui.saveMapButton.clicked.connect(self._save_mapping)
        ui.loadMapButton.clicked.connect(self._load_mapping)
        ui.undoButton.clicked.connect(self._undo)
        ui.undoLastButton.clicked.connect(self._undo_last)
        self._show_last()
        self._target_changed()
        self.setMinimumSize(900, 560)
        self.resize(1000, 640)

    # ---- helpers ---------------------------------------------------------------------------------
    def target(self) -> str:
        return self.ui.targetCombo.currentData()

    def encoding(self) -> str:
        return self.ui.encodingCombo.currentData()

    def _target_changed(self) -> None:
        members = self.target() == "members"
        self.ui.bodyLabel.setVisible(members)
        self.ui.bodyCombo.setVisible(members)
        self.ui.fileHint.setVisible(members)
        self._ready.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Chọn tệp Excel",
            self.ui.fileEdit.text(),
            "Bảng tính Excel (*.xlsx *.xlsm *.xls);;Mọi tệp (*)",
        )
        if path:
            self.ui.fileEdit.setText(path)
            self._ready.clear()

    def _run(
        self, title: str, label: str, fn: Any, *args: Any, on_done: Any, **kwargs: Any
    ) -> None:
        run_in_thread(self, title, fn, *args, on_done=on_done, label=label, **kwargs)

    # ---- page flow ---------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page in self._ready:
            self._ready.discard(page)
            return True
        if page == FILE_PAGE:
            return self._start_reading()
        if page == SHEET_PAGE:
            return self.layout_ is not None
        if page == MAP_PAGE:
            return self._start_planning()
        if page == PREVIEW_PAGE:
            return self._start_writing()
        return super().validateCurrentPage()

    def _go_on(self, page: int) -> None:
        self._ready.add(page)
        self.next()

    def initializePage(self, page_id: int) -> None:
        if page_id == SHEET_PAGE:
            self.ui.sheetCombo.clear()
            self.ui.sheetCombo.addItems(self.book.sheet_names)
            self.ui.sheetCombo.setCurrentText(self.sheet.name)
            self._find_layout(None)
        elif page_id == MAP_PAGE:
            self._fill_mapping()
        elif page_id == PREVIEW_PAGE:
            self._fill_preview()
        elif page_id == DONE_PAGE:
            self._show_done()
        super().initializePage(page_id)

    # ---- step 1: reading ---------------------------------------------------------------------------
    def _start_reading(self, sheet: str | None = None) -> bool:
        from desktop_app.imports.pipeline import read

        path = self.ui.fileEdit.text().strip()
        if not path or not Path(path).is_file():
            QMessageBox.warning(self, "Chưa chọn tệp", "Hãy chọn tệp Excel cần nhập.")
            self.ui.fileEdit.setFocus()
            return False
        if self.target() == "members" and not self.ui.bodyCombo.currentData():
            QMessageBox.warning(self, "Chưa chọn ban", "Hãy chọn ban nhận thành viên.")
            return False

        def done(result: Any) -> None:
            self.book, self.sheet = result
            if sheet is None:
                self._go_on(FILE_PAGE)
            else:
                self._find_layout(None)

        self._run(
            "Đọc tệp Excel",
            "Đang đọc tệp…",
            read,
            path,
            sheet,
            on_done=done,
            target=self.target() if sheet is None else None,
            strict=False,
        )
        return False

    # ---- step 2: sheet, header row, encoding ---------------------------------------------------------
    def _sheet_chosen(self, _index: int) -> None:
        name = self.ui.sheetCombo.currentText()
        if self.sheet is not None and name != self.sheet.name:
            self._start_reading(name)

    def _header_changed(self, value: int) -> None:
        if self.layout_ is not None and value - 1 != self.layout_.header_row:
            self._find_layout(value - 1)

    def _find_layout(self, header_row: int | None) -> None:
        from desktop_app.imports.columns import find_layout

        try:
            self.layout_ = find_layout(self.sheet.rows, self.target(), header_row)
        except UserError as exc:
            self.layout_ = None
            self.ui.guessLabel.setText(
                f"<span style='color:#a00'>{html.escape(exc.message)}</span>"
            )
            self._show_sheet()
            return
        self.ui.headerSpin.blockSignals(True)
        self.ui.headerSpin.setValue(self.layout_.header_row + 1)
        self.ui.headerSpin.blockSignals(False)
        self._show_guess()
        self._show_sheet()

    def _show_guess(self) -> None:
        from desktop_app.core.legacy_text import ENCODING_LABELS, guess
        from desktop_app.imports.plan import _texts

        fonts: dict[str, int] = {}
        for row in self.sheet.rows[:2000]:
            for cell in row:
                if isinstance(cell, tuple):
                    for _t, enc in cell:
                        if enc:
                            fonts[enc] = fonts.get(enc, 0) + 1
        found = guess(_texts(self.sheet, self.layout_))
        parts = []
        if fonts:
            parts.append(
                "Phông chữ cũ trong tệp: "
                + ", ".join(f"{ENCODING_LABELS[e]} ở {n} ô" for e, n in fonts.items())
                + " — được chuyển theo phông."
            )
        if found.encoding != "unicode":
            parts.append(
                f"Chữ không ghi phông trông như <b>{ENCODING_LABELS[found.encoding]}</b> "
                f"(độ tin cậy {found.confidence:.0%}): “{html.escape(found.sample)}” → "
                f"“{html.escape(found.converted)}”. Nếu chưa đúng, chọn kiểu chữ khác."
            )
        elif not fonts:
            parts.append("Chữ trong tệp là Unicode: không cần chuyển.")
        self.ui.guessLabel.setText(" ".join(parts))

    def _show_sheet(self) -> None:

        if self.sheet is None:
            return
        fallback = self._fallback()
        rows = [
            [_cell_shown(c, fallback) for c in row] for row in self.sheet.rows[:SHEET_PREVIEW_ROWS]
        ]
        self.sheet_model.set_rows(rows, self.layout_.header_row if self.layout_ else -1)
        self.ui.sheetView.resizeColumnsToContents()
        for col in range(self.sheet_model.columnCount()):
            self.ui.sheetView.setColumnWidth(col, min(220, self.ui.sheetView.columnWidth(col)))

    def _fallback(self) -> str:
        from desktop_app.core.legacy_text import guess
        from desktop_app.imports.plan import _texts

        chosen = self.encoding()
        if chosen != "auto" or self.layout_ is None:
            return "unicode" if chosen == "auto" else chosen
        found = guess(_texts(self.sheet, self.layout_))
        return found.encoding if found.confidence >= 0.6 else "unicode"

    # ---- step 3: mapping -----------------------------------------------------------------------------
    def _fill_mapping(self) -> None:
        from desktop_app.imports.columns import FIELDS, TARGET_FIELDS

        table = self.ui.mapTable
        layout = self.layout_
        table.setRowCount(len(layout.fields))
        example_row = (
            self.sheet.rows[layout.first_data_row]
            if layout.first_data_row < len(self.sheet.rows)
            else []
        )
        fallback = self._fallback()
        for i, (header, chosen) in enumerate(zip(layout.headers, layout.fields, strict=True)):
            table.setItem(i, 0, QTableWidgetItem(header or f"(cột {i + 1})"))
            cell = example_row[i] if i < len(example_row) else None
            shown = _cell_shown(cell, fallback)
            table.setItem(i, 1, QTableWidgetItem(shown))
            for col in (0, 1):
                table.item(i, col).setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
            combo = QComboBox(table)
            combo.addItem("(không nhập)", None)
            for key in TARGET_FIELDS[self.target()]:
                if key != "seq":
                    combo.addItem(FIELDS[key][0], key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            table.setCellWidget(i, 2, combo)
        table.verticalHeader().setDefaultSectionSize(28)

    def _read_mapping(self) -> None:
        for i in range(self.ui.mapTable.rowCount()):
            combo = self.ui.mapTable.cellWidget(i, 2)
            self.layout_.fields[i] = combo.currentData()

    def _save_mapping(self) -> None:
        from desktop_app.imports.columns import mapping_json

        self._read_mapping()
        path, _ = QFileDialog.getSaveFileName(
            self, "Lưu cách ghép cột", "ghep-cot.json", "Cách ghép cột (*.json)"
        )
        if not path:
            return
        data = mapping_json(self.layout_, self.target(), self.sheet.name, self.encoding())
        try:
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self, "Không lưu được", f"Không ghi được tệp “{path}”: {exc.strerror or exc}."
            )

    def _load_mapping(self, path: str | None = None) -> None:
        from desktop_app.imports.columns import apply_mapping, load_mapping

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Dùng cách ghép cột đã lưu", "", "Cách ghép cột (*.json)"
            )
            if not path:
                return
        try:
            apply_mapping(self.layout_, load_mapping(path))
        except UserError as exc:
            QMessageBox.warning(self, "Không dùng được", exc.message)
            return
        self._fill_mapping()

    # ---- step 4: preview -------------------------------------------------------------------------------
    def _start_planning(self) -> bool:
        from desktop_app.imports.columns import FIELDS, KEY_FIELD
        from desktop_app.imports.plan import build_plan

        self._read_mapping()
        key = KEY_FIELD[self.target()]
        if key not in self.layout_.fields:
            QMessageBox.warning(self, "Chưa ghép cột", f"Hãy chọn cột “{FIELDS[key][0]}”.")
            return False
        body_id = self.ui.bodyCombo.currentData() if self.target() == "members" else None

        def done(plan: Any) -> None:
            self.plan = plan
            self._go_on(MAP_PAGE)

        self._run(
            "Kiểm tra dữ liệu",
            "Đang kiểm tra từng dòng…",
            build_plan,
            self.store,
            self.sheet,
            self.layout_,
            self.target(),
            self.book.path.name,
            body_id=body_id,
            text_encoding=self.encoding(),
            on_done=done,
        )
        return False

    def _fill_preview(self) -> None:
        if self.plan is None:
            return
        c = self.plan.counts()
        self.ui.countsLabel.setText(
            f"Đọc <b>{c['rows']}</b> dòng — thêm mới <b>{c['add']}</b>, cập nhật <b>{c['update']}</b>, "
            f"có thể trùng <b>{c['duplicates']}</b>, đã có <b>{c['unchanged']}</b>, "
            f"<span style='color:#a00'>lỗi <b>{c['errors']}</b></span>, cảnh báo <b>{c['warnings']}</b>"
            + (f" (bỏ qua {c['skipped']} dòng trống, dòng cộng)" if c["skipped"] else "")
        )
        show = self.ui.showCombo.currentData()
        rows = [
            r
            for r in self.plan.rows
            if show == "all"
            or r.action == show
            or (show == "warning" and r.warnings and r.action != "error")
        ]
        self.plan_model.set_rows(rows)
        view = self.ui.previewView
        for col, width in enumerate((52, 170, 180, 120, 110)):
            view.setColumnWidth(col, width)
        if rows:
            view.selectRow(0)
        else:
            self._row_chosen(QModelIndex())
        self.ui.previewPage.setButtonText(
            QWizard.WizardButton.NextButton, "Nhập vào sổ" if self.plan.writable else "Tiếp >"
        )

    def _row_chosen(self, index: QModelIndex) -> None:
        from desktop_app.imports.columns import FIELDS

        ui = self.ui
        row = self.plan_model.rows[index.row()] if index.isValid() else None
        ui.choiceBox.setVisible(bool(row) and row.action == "duplicate")
        if row is None:
            ui.rowDetail.clear()
            return
        lines = [f"<b>Dòng {row.number}</b>"]
        for msg in row.errors:
            lines.append(f"<div style='color:#a00'>✗ {html.escape(msg)}</div>")
        for msg in row.warnings:
            lines.append(f"<div style='color:#8a6d00'>! {html.escape(msg)}</div>")
        existing = row.match or {}
        cells = "".join(
            f"<tr><td style='color:#555'>{html.escape(FIELDS[f][0])}</td><td>{html.escape(v)}</td>"
            + (f"<td>{html.escape(self._existing_value(f, existing))}</td>" if existing else "")
            + "</tr>"
            for f, v in row.shown.items()
            if f in FIELDS and f != "seq"
        )
        head = (
            "<tr><th></th><th>Trong tệp</th>"
            + ("<th>Đã có trong sổ</th>" if existing else "")
            + "</tr>"
        )
        lines.append(f"<table cellspacing='4'>{head}{cells}</table>")
        ui.rowDetail.setHtml("".join(lines))
        if row.action == "duplicate":
            radio = {"existing": ui.useExisting, "update": ui.updateExisting, "new": ui.addNew}[
                row.choice
            ]
            radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(False)

    def _existing_value(self, field: str, existing: dict) -> str:
        from desktop_app.core.dates import display

        key = {
            "village": "village_id",
            "ethnicity": "ethnicity_code",
            "religion": "religion_code",
            "birth_male": "birth_date",
            "birth_female": "birth_date",
        }.get(field, field)
        value = existing.get(key)
        if value is None:
            return ""
        if key == "village_id":
            return self.store.villages.names().get(value, "")
        if key.endswith("date"):
            return display(value)
        if key == "sex":
            return enums.label(enums.SEXES, value)
        return str(value)

    def _choose(self, choice: str) -> None:
        index = self.ui.previewView.currentIndex()
        if not index.isValid():
            return
        row = self.plan_model.rows[index.row()]
        if row.action == "duplicate" and row.choice != choice:
            row.choice = choice
            self._fill_preview_counts_only()

    def _fill_preview_counts_only(self) -> None:
        current = self.ui.previewView.currentIndex()
        self._fill_preview()
        if current.isValid() and current.row() < self.plan_model.rowCount():
            self.ui.previewView.selectRow(current.row())

    # ---- writing and the last page ---------------------------------------------------------------------
    def _start_writing(self) -> bool:
        from desktop_app.imports.write import write_plan

        if not self.plan.writable:
            QMessageBox.information(
                self,
                "Không có gì để nhập",
                "Không có dòng nào cần ghi: các dòng đều đã có trong sổ hoặc bị lỗi.",
            )
            return False

        def done(batch: dict) -> None:
            self.batch = batch
            self.written = True
            self._go_on(PREVIEW_PAGE)

        self._run("Ghi vào sổ", "Đang ghi…", write_plan, self.store, self.plan, on_done=done)
        return False

    def _show_done(self) -> None:
        c = self.batch["counts"] if self.batch else {}
        self.ui.doneLabel.setText(
            f"Đã nhập tệp <b>{html.escape(self.plan.file_name)}</b> (trang “{html.escape(self.plan.sheet)}”):"
            f"<ul><li>thêm mới: <b>{c.get('add', 0)}</b></li><li>cập nhật: <b>{c.get('update', 0)}</b></li>"
            f"<li>có thể trùng: <b>{c.get('duplicates', 0)}</b></li><li>đã có, không đổi: <b>{c.get('unchanged', 0)}</b>"
            f"</li><li>lỗi, không nhập: <b>{c.get('errors', 0)}</b></li></ul>"
            "Lần nhập được ghi vào nhật ký. Nếu nhập nhầm, bấm “Hoàn tác lần nhập này”."
        )
        self.ui.undoButton.setEnabled(True)

    def _show_last(self) -> None:
        """The last import not undone yet, which the first page can undo."""
        from desktop_app.store.import_batches import last_batch

        last = last_batch(self.store)
        self.ui.undoLastButton.setVisible(last is not None)
        self.ui.lastLabel.setVisible(last is not None)
        if last is not None:
            from desktop_app.core.dates import display

            c = last["counts"]
            self.ui.lastLabel.setText(
                f"Lần nhập gần nhất: tệp “{last['file_name']}” ngày {display(last['created_at'][:10])}, "
                f"thêm {c.get('add', 0)}, cập nhật {c.get('update', 0)}."
            )

    def _undo_last(self) -> None:
        from desktop_app.store.import_batches import undo_last

        if not ask(
            self,
            "Hoàn tác",
            "Hoàn tác lần nhập Excel gần nhất: xóa những bản ghi nó đã thêm "
            "và trả lại những gì nó đã sửa?",
        ):
            return
        try:
            batch = undo_last(self.store)
        except UserError as exc:
            QMessageBox.warning(self, "Không hoàn tác được", exc.message)
            return
        self.written = True  # the page behind must reload
        self._show_last()
        QMessageBox.information(
            self, "Đã hoàn tác", f"Đã hoàn tác lần nhập tệp “{batch['file_name']}”."
        )

    def _undo(self) -> None:
        from desktop_app.store.import_batches import undo_last

        if not ask(
            self, "Hoàn tác", "Xóa những bản ghi lần nhập này đã thêm và trả lại những gì đã sửa?"
        ):
            return
        try:
            undo_last(self.store)
        except UserError as exc:
            QMessageBox.warning(self, "Không hoàn tác được", exc.message)
            return
        self.ui.undoButton.setEnabled(False)
        self.ui.doneLabel.setText(
            self.ui.doneLabel.text() + "<p><b>Đã hoàn tác lần nhập này.</b></p>"
        )
        log.info("import %s undone", self.batch["id"] if self.batch else "?")
