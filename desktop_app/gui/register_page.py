"""The base of every list page: search as you type, filters, a lazy table, a detail panel,
and Thêm / Sửa / Xóa with the keyboard. Subclasses say what to list and how to edit it."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.bounds import MAX_SEARCH
from desktop_app.core.errors import UserError
from desktop_app.core.text import thousands
from desktop_app.gui import ui_state
from desktop_app.gui.commune_filter import CommuneAware, CommuneFilter
from desktop_app.gui.confirm import ask
from desktop_app.gui.shortcuts import shortcut, widget_shortcut
from desktop_app.gui.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from desktop_app.store.db import Store

SEARCH_DELAY_MS = 120
EDIT_TIP = "Sửa dòng đang chọn (Enter, F2 hoặc bấm đúp)"
DELETE_TIP = "Xóa dòng đang chọn (phím Delete)"
SPLITTER_SIZES = [820, 280]
MAX_COLUMN_WIDTH = 320
ESSENTIAL_WIDTH = 130  # the row's name this wide hides the less needed columns first
SHORT_CONTENT = 90  # a column whose cells fit this (dates, numbers) is never cut to its header
SEARCH_MIN_WIDTH = (
    240  # the search box never shrinks to "T…"  # a long text beyond this is cut, with its tooltip
)
SEARCH_NARROW_WIDTH = 150  # its floor with the filters on a row of their own (a 800×500 window)
UPPER_SPLITTER_SIZES = [870, 230]  # one column more, the same window
log = logging.getLogger("somattran.gui")


class RegisterPage(CommuneAware, QWidget):
    """Subclasses implement columns(), count(search), fetch(search, limit, offset),
    edit(record | None) -> saved record or None, delete(record); optionally detail_html(record),
    record_title(record) and clear_filters().

    A page naming its register in `commune_table` gets, at an upper-level office, a "Xã" column
    first (sortable) and a commune filter; it reads self.commune_code() and self.commune_order()
    in count() and fetch(). Another office's records are only read, on any page."""

    title = ""  # shown above the table
    search_placeholder = "Tìm (gõ không dấu cũng được)…"
    can_add = True
    can_delete = True
    commune_table: ClassVar[str | None] = None
    import_target: ClassVar[str | None] = (
        None  # what "Nhập Excel" brings in (imports/columns.TARGETS)
    )

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._loaded = False
        # The upper level keeps no village, person or body of its own: it reads the communes'.
        self.upper = self.commune_table is not None and store.is_upper
        self.adding = self.can_add and not self.upper
        self.commune_filter: CommuneFilter | None = None
        if self.upper and self.commune_table:
            self.commune_filter = CommuneFilter(
                store, self.commune_table, self.commune_kind(), self
            )
        self._commune_sort = (
            0  # 1 / -1: listed commune after commune, A→Z / Z→A; 0: the register's order
        )
        self.model = RecordTableModel(self._all_columns(), self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setMaxLength(MAX_SEARCH)  # core/bounds: longer is refused by the store
        self.search_edit.setPlaceholderText(self.search_placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Tìm kiếm")
        self.search_edit.setMinimumWidth(SEARCH_NARROW_WIDTH)
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setContentsMargins(0, 0, 0, 0)
        if self.commune_filter is not None:
            self.filters_layout.addWidget(self.commune_filter)
            self.commune_filter.chosen.connect(self._commune_chosen)
        self.add_button = QPushButton("Thêm", self)
        self.add_button.setToolTip("Thêm mới (Ctrl+N)")
        self.edit_button = QPushButton("Sửa", self)
        self.edit_button.setToolTip(EDIT_TIP)
        self.delete_button = QPushButton("Xóa", self)
        self.delete_button.setToolTip(DELETE_TIP)
        self.add_button.setVisible(self.adding)
        self.delete_button.setVisible(self.can_delete)
        self.export_button = QPushButton("Xuất Excel", self)
        self.export_button.setToolTip(
            "Ghi ra tệp Excel những dòng đang hiện (theo tìm kiếm và bộ lọc)"
        )
        self.import_button = QPushButton("Nhập Excel…", self)
        self.import_button.setToolTip("Nhập danh sách từ tệp Excel (.xlsx, .xls) của đơn vị")
        self.import_button.setVisible(bool(self.import_target) and not self.upper)

        top = self.top_row = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addLayout(self.filters_layout, 4)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        self.second_row = QHBoxLayout()  # the filters, when the window is too narrow for one row
        self.second_row.setContentsMargins(0, 0, 0, 0)
        self._filters_below = False

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(220)
        self.detail.setPlaceholderText("Chọn một dòng để xem chi tiết.")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.count_label = QLabel(self)

        layout = QVBoxLayout(self)
        if self.title:
            heading = QLabel(f"<b>{html.escape(self.title)}</b>", self)
            layout.addWidget(heading)
        layout.addLayout(top)
        layout.addLayout(self.second_row)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()  # below the table: the top row has no room left at 1024×600
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_enter)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.import_button.clicked.connect(self.import_excel)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._section_clicked)
        self._sized_by_hand = self._fitting = self._fitted = False
        header.sectionResized.connect(self._section_resized)
        # Columns the officer hid or brought back (the header's right-click menu), and those hidden
        # for want of room (narrow_order(), least needed first).
        self._hidden_by_hand: set[str] = set()
        self._shown_by_hand: set[str] = set()
        self._hidden_for_room: list[str] = []
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._listed: list[dict] = []  # what rows() gave at the last reload
        self._sort: tuple[str, bool] | None = (
            None  # (column key, descending), or the register's order
        )

        shortcut(QKeySequence.StandardKey.New, self, self.add_record)
        shortcut("Ctrl+F", self, self.focus_search)
        for key in ("Return", "Enter", "F2"):
            widget_shortcut(key, self.table, self.edit_selected)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.search_edit.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # its width: the columns are fitted to it
        self._restore_state()
        self._restore_sort()
        self._restore_columns()

    # ---- what subclasses provide -------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def rows(self, search: str) -> list[dict]:
        """A short list (the villages, a year's ledger) read whole: a page that gives rows()
        needs no count() and fetch(); the list is read once per reload and paged from memory."""
        raise NotImplementedError

    def count(self, search: str) -> int:
        self._listed = self.rows(search)
        return len(self._listed)

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        return self._listed[offset : offset + limit]

    def edit(self, record: dict | None) -> dict | None:
        """Open the dialog for a new (None) or existing record; the saved record, or None."""
        raise NotImplementedError

    def delete(self, record: dict) -> None:
        raise NotImplementedError

    def record_title(self, record: dict) -> str:
        """How the record is named in the delete confirmation."""
        return str(record.get("full_name") or record.get("name") or record.get("title") or "")

    def detail_html(self, record: dict) -> str:
        rows = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{html.escape(c.header)}</td>"
            f"<td>{html.escape(c.text(record))}</td></tr>"
            for c in self.model.columns
        )
        return f"<h3>{html.escape(self.record_title(record))}</h3><table>{rows}</table>"

    def column_widths(self) -> list[int]:
        """Starting widths in pixels, before the officer resizes the columns."""
        return []

    def name_column(self) -> str | None:
        """The column that names the row (kept readable before others), when it is not the
        first column that never gives way."""
        return None

    def narrow_order(self) -> list[str]:
        """Column keys that give way, in this order, when the table has no room for every column
        at its header's width (a netbook's 1024×600): hidden rather than scrolled out of sight,
        and brought back from the header's right-click menu. The rest are essential."""
        return []

    def filter_combos(self) -> list[Any]:
        """The page's own filter lists, which clear_filters puts back on their first choice."""
        return []

    def village_combo(self) -> Any:
        """The page's village filter (a VillageCombo), kept current by the base: refilled when the
        page is shown, narrowed to the chosen commune at the upper level. None: no such filter."""
        return None

    def clear_filters(self) -> None:
        """Reset the filters so that any record can be shown (open_record), without reloading;
        subclasses with more than filter_combos() reset the rest after calling this."""
        if self.commune_filter is not None:
            self.commune_filter.clear_choice()
            self.commune_changed()
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def refresh_filters(self) -> None:
        """Refill the filter lists (called each time the page is shown), silently."""
        combo = self.village_combo()
        if (
            combo is not None and not self.upper
        ):  # the upper level's list follows the commune chosen
            combo.blockSignals(True)
            combo.reload()
            combo.blockSignals(False)

    def commune_kind(self) -> str | None:
        """The kind of body the page lists, when its register holds several (bodies)."""
        return None

    def commune_changed(self) -> None:
        """The commune filter changed: narrow the other filters to it (no reload)."""
        combo = self.village_combo()
        if combo is not None and self.upper:
            self.narrow_villages(combo)

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)

    # ---- the page protocol ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Called by the window each time the page is shown: reload, keeping the selection."""
        if self.commune_filter is not None:
            self.commune_filter.reload()  # an import may have brought a commune
        self.refresh_filters()
        if self.commune_filter is not None:
            self.commune_changed()
        selected = self.selected_record()
        self.reload(select_id=selected["id"] if selected else None)

    def open_record(self, table: str, record_id: str) -> None:
        if self.model.row_of(record_id) is None:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.clear_filters()
            self.reload()
        self.select_id(record_id)
        self.table.setFocus()

    # ---- loading and selection -----------------------------------------------------------------
    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def reload(self, select_id: str | None = None) -> None:
        self._timer.stop()
        from desktop_app.gui.worker import after_task

        store = getattr(self, "store", None)
        if store is not None and after_task(self, store, lambda: self.reload(select_id)):
            return  # a task uses the connection: reload after it
        search = self.search_text()
        self.model.set_source(  # in the order sort_order() asks: the store's ORDER BY
            lambda: self.count(search), lambda limit, offset: self.fetch(search, limit, offset)
        )
        self._loaded = True
        if not self._fitted:  # once the first rows are in: widths that moved at every keystroke
            self.fit_columns()  # would cost a pass over every loaded cell (≈400 ms for 200 people)
        if not (select_id and self.select_id(select_id)) and self.model.rowCount():
            self.select_row(0)

    def fit_columns(self) -> None:
        """Columns as wide as their header and what they show (the rows loaded), within the room
        the table has: the widest give way first, never below their header; a cut cell shows
        its whole text as a tooltip. Once the officer drags a column, their widths stay.
        Without room for every header, the columns of narrow_order() are hidden first."""
        header = self.table.horizontalHeader()
        if not header.count():
            return
        self._hide_for_room()
        if self._sized_by_hand:
            return
        self._fitted = self.model.rowCount() > 0
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        count = len(shown)
        floor = [self._keep(i) for i in shown]
        want = [
            min(MAX_COLUMN_WIDTH, max(floor[k], self.table.sizeHintForColumn(i)))
            for k, i in enumerate(shown)
        ]
        room = self._room()
        excess = (
            sum(want) - room if sum(floor) <= room else 0
        )  # no room even for the headers: scroll
        while excess > 0 and room > 200:
            i = max(range(count), key=lambda k: want[k] - floor[k])
            give = min(excess, want[i] - floor[i], max(8, excess // 2))
            if give <= 0:
                break
            want[i] -= give
            excess -= give
        self._fitting = True
        try:
            for i, width in zip(shown, want, strict=True):
                header.resizeSection(i, width)
        finally:
            self._fitting = False

    # ---- columns hidden for room, or by the officer -------------------------------------------
    def _floor(self, section: int) -> int:
        """The narrowest a column may be: its header whole, and short contents (a date, a
        number, a code) whole too. Widths the officer dragged are kept, but do not hide
        columns: a width left from a wider window is no reason to hide one."""
        header = self.table.horizontalHeader()
        return max(
            header.sectionSizeFromContents(section).width() + 8,
            min(self.table.sizeHintForColumn(section), SHORT_CONTENT),
        )

    def _keep(self, section: int) -> int:
        """The narrowest a column is made before less needed ones are hidden: its floor; the
        row's own name (the first column that never gives way) whole, up to ESSENTIAL_WIDTH,
        so a name is not cut to "Nguyễn Đức …" while the phone number shows."""
        floor = self._floor(section)
        if not self.narrow_order():
            return floor
        keys = [c.key for c in self.model.columns]
        named = self.name_column()
        first = (
            keys.index(named)
            if named in keys
            else next((i for i, k in enumerate(keys) if k not in self.narrow_order()), -1)
        )
        if section != first or (self.upper and section == 0):
            return floor
        return max(floor, min(ESSENTIAL_WIDTH, self.table.sizeHintForColumn(section)))

    def _room(self) -> int:
        """The table's width for columns, less a vertical scroll bar that is not shown yet (it
        comes with the rows, and takes its width from the columns without a resize event)."""
        bar = self.table.verticalScrollBar()
        extra = 0 if bar.isVisible() else bar.sizeHint().width()
        return self.table.viewport().width() - 2 - extra

    def _hide_for_room(self) -> None:
        """Hide the columns of narrow_order() (least needed first) while the visible headers do
        not fit the table's width, and bring them back when the window grows. A column the
        officer hid stays hidden; one they brought back stays shown."""
        keys = [c.key for c in self.model.columns]
        room = self._room()
        if room < 100:  # not laid out yet
            return
        hidden = set(self._hidden_by_hand)
        candidates = [k for k in self.narrow_order() if k in keys and k not in self._shown_by_hand]
        if not candidates:
            self._hidden_for_room = []
            self._apply_hidden(hidden)
            return
        floors = {k: self._keep(i) for i, k in enumerate(keys)}
        needed = sum(floors[k] for k in keys if k not in hidden)
        for_room: list[str] = []
        for key in candidates:
            if needed <= room:
                break
            if key in hidden:
                continue
            for_room.append(key)
            hidden.add(key)
            needed -= floors[key]
        self._hidden_for_room = for_room
        self._apply_hidden(hidden)

    def _apply_hidden(self, hidden: set[str]) -> None:
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            if header.isSectionHidden(i) != (column.key in hidden):
                header.setSectionHidden(i, column.key in hidden)
        self._show_hidden_count()

    def hidden_columns(self) -> list[str]:
        """Keys of the columns not shown now (hidden by the officer or for want of room)."""
        header = self.table.horizontalHeader()
        return [c.key for i, c in enumerate(self.model.columns) if header.isSectionHidden(i)]

    def _show_hidden_count(self) -> None:
        headers = [c.header for c in self.model.columns if c.key in self.hidden_columns()]
        text = f"{thousands(self.model.total())} dòng"
        tip = ""
        if headers:
            text += f" — ẩn cột {', '.join(headers)}"
            tip = "Bấm chuột phải vào tiêu đề cột để chọn cột hiện ra"
        self.count_label.setText(text)
        self.count_label.setToolTip(tip)

    def _column_menu(self, pos: Any) -> None:
        """The header's right-click menu: tick the columns to show."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        hidden = set(self.hidden_columns())
        for column in self.model.columns:
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(column.key not in hidden)
            action.toggled.connect(lambda on, key=column.key: self.set_column_shown(key, on))
        menu.addSeparator()
        menu.addAction("Hiện tất cả các cột", self.show_all_columns)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_shown(self, key: str, shown: bool) -> None:
        """The officer shows or hides a column (remembered for the page)."""
        if shown:
            self._hidden_by_hand.discard(key)
            if key in self.narrow_order():
                self._shown_by_hand.add(key)
        else:
            self._shown_by_hand.discard(key)
            self._hidden_by_hand.add(key)
        self._save_columns()
        self.fit_columns()

    def show_all_columns(self) -> None:
        self._hidden_by_hand.clear()
        self._shown_by_hand = set(self.narrow_order())
        self._save_columns()
        self.fit_columns()

    def _save_columns(self) -> None:
        ui_state.save_text(self._state_key("hidden"), ",".join(sorted(self._hidden_by_hand)))
        ui_state.save_text(self._state_key("shown"), ",".join(sorted(self._shown_by_hand)))

    def _restore_columns(self) -> None:
        keys = {c.key for c in self.model.columns}
        self._hidden_by_hand = set(ui_state.load_text(self._state_key("hidden")).split(",")) & keys
        self._shown_by_hand = set(ui_state.load_text(self._state_key("shown")).split(",")) & keys
        self._apply_hidden(set(self._hidden_by_hand))

    def _wrap_filters(self) -> None:
        """Search, filters and buttons on one row when they fit whole; else the filters go to a
        second row (a netbook's 1024×600), so no filter reads "— Mọi kh" and no button is cut."""
        if not self.filters_layout.count():
            return
        # every button on the row, including those a page adds (the Quỹ page's "Thêm phiếu chi")
        items = (self.top_row.itemAt(i) for i in range(self.top_row.count()))
        others = [
            widget
            for widget in (item.widget() for item in items)
            if widget is not None and widget is not self.search_edit and not widget.isHidden()
        ]
        margins = self.layout().contentsMargins()
        needed = (
            SEARCH_MIN_WIDTH
            + self.filters_layout.sizeHint().width()
            + sum(widget.sizeHint().width() for widget in others)
            + max(self.top_row.spacing(), 0) * (len(others) + 1)
            + margins.left()
            + margins.right()
        )
        below = self.width() < needed
        # beside the filters the search keeps its width (the row's stretch would hand the
        # filters' share of the room to them); alone on its row it may narrow (800×500)
        self.search_edit.setMinimumWidth(SEARCH_NARROW_WIDTH if below else SEARCH_MIN_WIDTH)
        if below == self._filters_below:
            return
        self._filters_below = below
        if below:
            self.top_row.removeItem(self.filters_layout)
            self.second_row.addLayout(self.filters_layout)
        else:
            self.second_row.removeItem(self.filters_layout)
            self.top_row.insertLayout(1, self.filters_layout, 4)

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._sized_by_hand = True  # the officer dragged a column edge

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._wrap_filters()

    def select_row(self, row: int) -> None:
        """Make a row current (and show its details) without taking the keyboard focus."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_record(self) -> dict | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.record(index.row())

    def _after_reset(self) -> None:
        self._show_hidden_count()
        self.detail.clear()
        self._update_buttons()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            record = self.model.record(current.row())
            self.detail.setHtml(self._banner(record) + self.detail_html(record))
        else:
            self.detail.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        reason = self.read_only_reason(self.model.record(index.row())) if index.isValid() else None
        self.edit_button.setEnabled(index.isValid() and reason is None)
        self.delete_button.setEnabled(index.isValid() and reason is None)
        self.edit_button.setToolTip(reason or EDIT_TIP)
        self.delete_button.setToolTip(reason or DELETE_TIP)

    # ---- actions ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_enter(self) -> None:
        if self._timer.isActive():
            self.reload()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.select_row(0)

    def add_record(self) -> None:
        if not self.adding:
            return
        saved = self.edit(None)
        if saved:
            self.reload(select_id=saved["id"])

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        reason = self.read_only_reason(record)
        if reason:  # the details beside the list are all there is to see
            self._tell(reason)
            return
        saved = self.edit(record)
        if saved:
            self.reload(select_id=saved["id"])

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.can_delete:
            return
        reason = self.read_only_reason(record)
        if reason:
            self._tell(reason)
            return
        if not ask(
            self,
            "Xóa",
            f"Xóa “{self.record_title(record)}” khỏi sổ?\n\n"
            "Bản ghi được đánh dấu đã xóa (vẫn giữ trong lịch sử và được gửi lên cấp trên).",
        ):
            return
        row = self.table.currentIndex().row()
        try:
            self.delete(record)
        except UserError as exc:
            QMessageBox.warning(self, "Không xóa được", exc.message)
            return
        self.reload()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            event.type() == QEvent.Type.Resize
            and self._loaded
            and watched is self.table.viewport()
            and event.size().width() != event.oldSize().width()
        ):
            QTimer.singleShot(0, self.fit_columns)  # once the layout has settled
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self._search_enter()
            return True
        return super().eventFilter(watched, event)

    # ---- Excel ----------------------------------------------------------------------------------
    def export_rows(self) -> tuple[list[Any], list[list[Any]]]:
        """The columns and rows the page shows now (search and filters applied), for Excel:
        ID numbers, dates and counts raw (typed by the writer), the rest as the table shows it."""
        from desktop_app.exports.register_xlsx import ExportColumn, column_kind

        search = self.search_text()
        records = self.fetch(search, max(self.count(search), 1), 0)  # in the order shown
        columns = [ExportColumn(c.key, c.header, column_kind(c.key)) for c in self.model.columns]
        rows = [
            [
                r.get(c.key) if e.kind != "text" else c.text(r)
                for c, e in zip(self.model.columns, columns, strict=True)
            ]
            for r in records
        ]
        return columns, rows

    def export_title(self) -> str:
        return self.title or {
            "activities": "Hoạt động các cuộc vận động",
            "residents": "Đảng viên sinh hoạt nơi cư trú",
            "campaigns": "Các cuộc vận động",
        }.get(self.commune_table or "", "Danh sách")

    def export_excel(self, path: str | None = None) -> str | None:
        """Write what the page shows to an Excel file (asking where, unless given)."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.exports.register_xlsx import office_title, write_register_xlsx

        if path is None:
            from desktop_app.core.text import fold

            suggested = fold(self.export_title()).replace(" ", "-") + ".xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, "Xuất Excel", suggested, "Bảng tính Excel (*.xlsx)"
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        columns, rows = self.export_rows()
        try:
            write_register_xlsx(
                path,
                self.export_title(),
                office_title(self.store),
                columns,
                rows,
                self.store.today(),
            )
        except UserError as exc:
            QMessageBox.warning(self, "Không xuất được", exc.message)
            return None
        self._tell(f"Đã xuất {len(rows)} dòng ra {path}.")
        return path

    def import_options(self) -> dict:
        """What the import wizard starts with (members: the body chosen on the page)."""
        return {"target": self.import_target}

    def import_excel(self) -> None:
        from desktop_app.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.store, self, **self.import_options())
        wizard.exec()
        if wizard.written:
            self.reload()

    # ---- sorting on a header click ---------------------------------------------------------------
    #: What each column sorts by (the store's LIST_ORDER of the register listed): rows() and
    #: fetch() pass sort_order() to the store's query, which sorts in SQL.
    sort_keys: ClassVar[Mapping[str, Any]] = {}

    def sortable(self, key: str) -> bool:
        """Whether the list can be sorted by this column."""
        return key in self.sort_keys

    def sort_order(self) -> tuple[str, bool] | None:
        """(column key, descending) the officer chose by clicking a header, or None."""
        return self._sort

    def _section_clicked(self, section: int) -> None:
        """A header click sorts by that column: A→Z, then Z→A, then the register's own order."""
        if self.upper and section == 0:
            self._sort = None
            self._header_clicked(section)  # the "Xã" column: commune after commune
            self._save_sort()
            return
        key = self.model.columns[section].key
        if not self.sortable(key):
            self._show_sort()
            return
        if self._sort is None or self._sort[0] != key:
            self._sort = (key, False)
        elif not self._sort[1]:
            self._sort = (key, True)
        else:
            self._sort = None
        if self.upper:
            self._commune_sort = 0
        self._save_sort()
        selected = self.selected_record()
        self.reload(select_id=selected["id"] if selected else None)
        self._show_sort()

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.model.columns]
        if self._sort is not None and self._sort[0] in keys:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                keys.index(self._sort[0]),
                Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder,
            )
        elif self.upper and self._commune_sort:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                0,
                Qt.SortOrder.DescendingOrder
                if self._commune_sort < 0
                else Qt.SortOrder.AscendingOrder,
            )
        else:
            header.setSortIndicatorShown(False)

    def _save_sort(self) -> None:
        value = (
            "" if self._sort is None else f"{self._sort[0]}:{'desc' if self._sort[1] else 'asc'}"
        )
        ui_state.save_text(self._state_key("sort"), value)

    def _restore_sort(self) -> None:
        key, _, way = ui_state.load_text(self._state_key("sort")).partition(":")
        if key in {c.key for c in self.model.columns} and self.sortable(key):
            self._sort = (key, way == "desc")
        self._show_sort()

    # ---- remembered layout ---------------------------------------------------------------------
    def _state_key(self, what: str) -> str:
        return f"pages/{type(self).__name__}/{what}"

    def _commune_width(self) -> int:
        """The "Xã" column as wide as the longest name it shows (within reason)."""
        metrics = self.table.fontMetrics()
        labels = (
            [self.commune_label(code) for code in self.commune_filter.order()]
            if self.commune_filter
            else []
        )
        return max(
            56, min(140, max((metrics.horizontalAdvance(t) for t in labels), default=0) + 16)
        )

    def _header_key(self) -> str:
        """The upper level's table has one column more: its layout is remembered apart."""
        return self._state_key("header-upper" if self.upper else "header")

    def _restore_state(self) -> None:
        header = ui_state.load_bytes(self._header_key())
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSortIndicatorShown(
                False
            )  # _restore_sort shows the order
            # the widths the officer left last time, kept if they dragged a column edge (else
            # fitted again: widths fitted to a wider window are no choice of theirs)
            self._sized_by_hand = ui_state.load_text(self._state_key("sized")) == "1"
        else:
            widths = ([self._commune_width()] if self.upper else []) + self.column_widths()
            for i, width in enumerate(widths):
                self.table.setColumnWidth(i, width)
        splitter = ui_state.load_bytes(self._state_key("splitter"))
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes(UPPER_SPLITTER_SIZES if self.upper else SPLITTER_SIZES)

    def save_state(self) -> None:
        """Remember column widths and the splitter (the window calls this on closing)."""
        ui_state.save_bytes(self._header_key(), self.table.horizontalHeader().saveState())
        ui_state.save_text(self._state_key("sized"), "1" if self._sized_by_hand else "")
        ui_state.save_bytes(self._state_key("splitter"), self.splitter.saveState())
