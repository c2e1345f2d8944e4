"""The roll-up tab: totals by campaign or by village for a year or a half, against the same
period a year before, as a table and a bar chart; exported to Excel off the UI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.exports import activities_xlsx
from desktop_app.gui.bar_chart import BarChart, Bars
from desktop_app.gui.commune_filter import CommuneFilter
from desktop_app.gui.reader_thread import ReaderThread
from desktop_app.gui.table_model import Column, RecordTableModel
from desktop_app.gui.widgets import format_money
from desktop_app.gui.worker import after_task
from desktop_app.store import communes, rollups
from desktop_app.store.rollups import MEASURE_LABELS, MEASURES

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")
PERIODS = {None: "Cả năm", 1: "6 tháng đầu năm", 2: "6 tháng cuối năm"}
BREAKDOWNS = {"campaign": "Theo cuộc vận động", "village": "Theo khu dân cư"}
BY_COMMUNE = "Theo xã"  # the upper level's third breakdown
UPPER_VILLAGE_NOTE = (
    "Khu dân cư xếp theo từng xã (tên xã đứng trước); dòng “… — Chung toàn xã” là hoạt động "
    "của xã không gắn khu dân cư. Hoạt động ở nhiều khu dân cư được tính cho từng khu, nên cộng "
    "các dòng có thể lớn hơn tổng; dòng “Tổng các xã” tính mỗi hoạt động một lần."
)
CHART_DEFAULT = "money_raised"
POLL_MS = 15  # how often the UI thread looks whether a province's roll-up is in
# Short headers for the table's narrow columns (the Excel file and the chart use the full labels).
SHORT = {
    "activities": "Hoạt động",
    "participants": "Người tham gia",
    "money_raised": "Tiền vận động (đ)",
    "houses_built": "Nhà xây mới",
    "houses_repaired": "Nhà sửa chữa",
    "houses_cost": "Kinh phí nhà (đ)",
    "gifts": "Suất quà",
    "gifts_value": "Trị giá quà (đ)",
    "scholarships": "Học bổng (suất)",
    "scholarships_value": "Trị giá học bổng (đ)",
    "beneficiaries": "Lượt hỗ trợ",
    "households_recognised": "Hộ công nhận",
}


class RollupModel(RecordTableModel):
    """The roll-up rows; the last one (the total) in bold."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and index.row() == self.rowCount() - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ExportThread(QThread):
    """Builds and saves the workbook (openpyxl only, no database) away from the window."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, data: activities_xlsx.ExportData, out: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.data, self.out = data, out

    def run(self) -> None:
        try:
            self.done.emit(str(activities_xlsx.write(self.data, self.out)))
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the officer, logged with its traceback
            log.exception("Excel export failed")
            self.failed.emit(
                f"Lỗi không mong đợi khi ghi tệp Excel ({exc}). Chi tiết đã ghi vào nhật ký."
            )


def _cell(measure: str, side: str) -> Column:
    header = f"{SHORT[measure]}\n{'kỳ này' if side == 'current' else 'cùng kỳ'}"
    return Column(
        f"{side}_{measure}", header, lambda r: format_money(r[side][measure]), align_right=True
    )


class RollupView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rollup: rollups.Rollup | None = None
        self.thread: ExportThread | None = None
        self.upper = store.is_upper
        self.commune_filter = (
            CommuneFilter(store, "activities", parent=self) if self.upper else None
        )
        self.by_commune: list[rollups.RollupRow] = []
        self.loaded = False
        self._background = ReaderThread("rollup")
        self._asked: tuple[int, int | None, str | None] = (0, None, None)
        self._again = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self.year = QSpinBox(self)
        self.year.setRange(2000, store.today().year + 1)
        self.year.setValue(rollups.period_containing(store).year)
        self.year.setAccessibleName("Năm báo cáo")
        self.period = QComboBox(self)
        for half, label in PERIODS.items():
            self.period.addItem(label, half)
        self.breakdown = QComboBox(self)
        for key, label in BREAKDOWNS.items():
            self.breakdown.addItem(label, key)
        if self.upper:
            self.breakdown.addItem(BY_COMMUNE, "commune")
        self.measure = QComboBox(self)
        for key in MEASURES:
            self.measure.addItem(MEASURE_LABELS[key], key)
        self.measure.setCurrentIndex(self.measure.findData(CHART_DEFAULT))
        self.export_button = QPushButton("Xuất &Excel…", self)
        self.export_button.setToolTip(
            "Ghi bảng tổng hợp (theo cuộc vận động, theo khu dân cư, danh sách hoạt động) ra tệp Excel"
        )
        top = QHBoxLayout()
        if self.commune_filter is not None:
            top.addWidget(self.commune_filter)
            self.commune_filter.chosen.connect(lambda _c: self.reload())
        top.addWidget(QLabel("&Năm báo cáo:", self, buddy=self.year))
        top.addWidget(self.year)
        top.addWidget(self.period)
        top.addWidget(self.breakdown)
        top.addWidget(QLabel("&Biểu đồ:", self, buddy=self.measure))
        top.addWidget(self.measure)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.period_label = QLabel(self)
        self.period_label.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        columns = [Column("name", "Tên")]
        for m in MEASURES:
            columns += [_cell(m, "current"), _cell(m, "previous")]
        self.model = RollupModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 300)
        for column in range(1, len(columns)):
            self.table.setColumnWidth(column, 128 if "(đ)" in columns[column].header else 112)
        self.chart = BarChart(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setSizes([330, 240])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.period_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.breakdown.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.measure.currentIndexChanged.connect(lambda _i: self.show_chart())
        self.export_button.clicked.connect(self.export)

    def half(self) -> int | None:
        return self.period.currentData()

    def commune_code(self) -> str | None:
        """The commune chosen at the upper level, or None (every commune, or a commune office)."""
        return self.commune_filter.code() if self.commune_filter is not None else None

    def refresh(self) -> None:
        """The page is shown: an import may have brought a commune."""
        if self.commune_filter is not None:
            self.commune_filter.reload()
        self.reload()

    def reload(self) -> None:
        """Compute the roll-up: of one commune (or a commune office) at once; of every commune
        of a province (100,000 activities, a second or more) in a thread on a reader of the
        store, the window staying live, the table filled when it is done."""
        code = self.commune_code()
        asked = (self.year.value(), self.half(), code)
        if not (self.upper and code is None):  # a roll-up being computed is dropped when in
            if after_task(self, self.store, self.reload):
                return  # read on this thread: not while a task uses the connection
            self._show(self._outcome_of(self.store, *asked))
            return
        if self._background.thread is not None:
            self._again = True  # asked again while computing: again once done
            return
        self.loaded = False
        self.period_label.setText("Đang tổng hợp số liệu các xã…")
        self._asked = asked
        self._background.start(self.store, lambda reader: self._outcome_of(reader, *asked))
        self._poll_timer.start()

    def load_now(self) -> None:
        """Wait for a roll-up being computed and show it (tests, the Excel export)."""
        if self._background.thread is not None:
            self._background.thread.join()
            self._poll()

    def stop_background(self, timeout: float = 30.0) -> bool:
        """Cancel a roll-up being computed in its thread and wait for the thread (its reader
        closed): before the window closes and before the store is closed or swapped. True when
        no thread is left."""
        self._poll_timer.stop()
        self._again = False
        return self._background.stop(timeout)

    def _poll(self) -> None:
        if not self._background.finished():
            return
        self._poll_timer.stop()
        outcome = self._background.take()
        asked = (self.year.value(), self.half(), self.commune_code())
        if self._again or asked != self._asked:  # the officer asked for another meanwhile
            self._again = False
            if self.upper and asked[2] is None:
                self.reload()
            return
        if isinstance(outcome, Exception) and not isinstance(outcome, UserError):
            log.warning("roll-up not computed: %r", outcome)
            outcome = UserError("Không tổng hợp được số liệu; hãy thử lại.")
        self._show(outcome)

    @staticmethod
    def _outcome_of(
        store: Store, year: int, half: int | None, code: str | None
    ) -> tuple[rollups.Rollup, list[rollups.RollupRow]] | UserError:
        """The roll-up asked for (and every commune's row when no commune is chosen at an upper
        level), read from store without touching a widget; a UserError to show instead."""
        try:
            rollup = rollups.rollup(store, year, half, code)
            by_commune: list[rollups.RollupRow] = []
            if store.is_upper and code is None:  # several communes: grouped, named by commune
                names = communes.names(store)
                by_commune = rollups.by_commune_name(
                    rollups.by_commune(store, rollup.period, rollup.previous_period), names
                )
                rollup = rollups.Rollup(
                    rollup.period,
                    rollup.previous_period,
                    rollups.by_commune_name(rollup.by_campaign, names),
                    rollups.by_commune_name(rollup.by_village, names),
                )
            return rollup, by_commune
        except UserError as exc:
            return exc

    def _show(self, outcome: Any) -> None:
        self.loaded = True
        if isinstance(outcome, UserError):
            self.rollup = None
            self.period_label.setText(f"<span style='color:#b71c1c'>{outcome.message}</span>")
            self.model.set_rows([])
            self.chart.set_data("", [])
            return
        self.rollup, self.by_commune = outcome
        r = self.rollup
        self.period_label.setText(
            f"<b>{r.period.label}</b> — so với cùng kỳ: {r.previous_period.label}"
        )
        self.show_rows()

    def rows(self) -> list[rollups.RollupRow]:
        if self.rollup is None:
            return []
        if self.breakdown.currentData() == "commune":
            return self.by_commune if self.commune_code() is None else []
        return (
            self.rollup.by_campaign
            if self.breakdown.currentData() == "campaign"
            else self.rollup.by_village
        )

    def show_rows(self) -> None:
        if self.rollup is None:
            return
        breakdown = self.breakdown.currentData()
        several = self.upper and self.commune_code() is None
        whole = "Tổng các xã" if several else "Tổng toàn xã"
        total = rollups.total_of(
            self.rollup.by_campaign,
            f"{whole} (mỗi hoạt động tính một lần)" if breakdown == "village" else "Tổng cộng",
        )
        self.model.set_rows(
            [
                {
                    "id": r.key or r.label,
                    "name": r.label,
                    "current": r.current,
                    "previous": r.previous,
                }
                for r in [*self.rows(), total]
            ]
        )
        if breakdown == "commune" and not several:
            self.note.setText("Đang xem một xã: chọn “Tất cả các xã” để so sánh các xã với nhau.")
        elif breakdown == "village":
            self.note.setText(UPPER_VILLAGE_NOTE if several else activities_xlsx.VILLAGE_NOTE)
        else:
            self.note.setText(
                "Mỗi hoạt động thuộc một cuộc vận động nên được tính một lần"
                + (
                    " (cuộc vận động toàn quốc: gộp mọi xã; cuộc vận động riêng của xã: ghi tên xã)."
                    if several
                    else "."
                )
            )
        self.show_chart()

    def show_chart(self) -> None:
        measure = self.measure.currentData()
        rows = [r for r in self.rows() if r.current[measure] or r.previous[measure]]
        name = self.breakdown.currentText().lower()
        self.chart.set_data(
            f"{MEASURE_LABELS[measure]} — {name}",
            [Bars(r.label, r.current[measure], r.previous[measure]) for r in rows],
        )

    # ---- Excel ----------------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        half = self.half()
        suffix = f"-6thang{'dau' if half == 1 else 'cuoi'}" if half else ""
        suffix += (
            f"-xa-{self.commune_code()}" if self.commune_code() else "-cac-xa" if self.upper else ""
        )
        return Path(folder) / f"tong-hop-hoat-dong-{self.year.value()}{suffix}.xlsx"

    def export(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            return
        self.load_now()
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Xuất bảng tổng hợp ra Excel", str(self.suggested_path()), "Tệp Excel (*.xlsx)"
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            data = activities_xlsx.collect(
                self.store, self.year.value(), self.half(), self.commune_code()
            )
        except UserError as exc:
            QMessageBox.warning(self, "Chưa xuất được", exc.message)
            return
        self.progress = QProgressDialog("Đang ghi tệp Excel…", "", 0, 0, self)
        self.progress.setWindowTitle("Xuất Excel")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.export_button.setEnabled(False)
        self.thread = ExportThread(data, out, self)
        self.thread.done.connect(self._exported)
        self.thread.failed.connect(self._export_failed)
        self.thread.finished.connect(self._export_finished)
        self.thread.start()

    def _export_finished(self) -> None:
        self.progress.reset()
        self.export_button.setEnabled(True)

    def _exported(self, path: str) -> None:
        self.last_export = path
        QMessageBox.information(self, "Đã xuất Excel", f"Đã ghi bảng tổng hợp vào:\n{path}")

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Chưa xuất được", message)
