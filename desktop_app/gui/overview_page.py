"""Tổng quan: counts per register and per village (per commune at an upper-level office, see
overview_upper.py), and what needs the officer's attention. Each attention item opens the
record it is about (double-click or Enter)."""

from __future__ import annotations

import functools
import html
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates
from desktop_app.core.text import thousands
from desktop_app.gui.reader_thread import ReaderThread
from desktop_app.gui.table_model import Column, RecordTableModel, counted
from desktop_app.store.attention import Attention, commune_items

if TYPE_CHECKING:
    from desktop_app.store.db import Store

TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
LOAD_DELAY_MS = 60
POLL_MS = 15  # how often the UI thread looks whether the counts are in
log = logging.getLogger("somattran.gui")


def attention_items(store: Store) -> list[Attention]:
    """Everything a commune office's overview lists (store/attention.py, shared with the
    `somattran attention` command)."""
    return commune_items(store)


def money_text(amount: int) -> str:
    """Đồng as an officer says them on a card: 12,5 triệu, 1,2 tỷ."""
    if amount >= 1_000_000_000:
        return f"{amount / 1_000_000_000:.1f} tỷ".replace(".", ",")
    if amount >= 1_000_000:
        return f"{amount / 1_000_000:.1f} triệu".replace(".", ",")
    return f"{thousands(amount)} đ"


def village_rows(store: Store) -> list[dict]:
    rows = []
    residents: dict[str, int] = {}
    for r in store.residents.query():
        residents[r.get("village_id") or ""] = residents.get(r.get("village_id") or "", 0) + 1
    for v in store.villages.current():
        rows.append(
            {
                "id": v["id"],
                "name": v["name"],
                "people": store.people.count_query(village_id=v["id"]),
                "party": store.people.count_query(village_id=v["id"], party_member=True),
                "residents": residents.get(v["id"], 0),
            }
        )
    return rows


class OverviewPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(8)
        self.cards.setVerticalSpacing(8)
        self.upper = (store.office() or {}).get("role") == "upper"
        self.villages = QTableView(self)
        if self.upper:
            from desktop_app.gui.overview_upper import COMMUNE_COLUMNS

            columns = COMMUNE_COLUMNS
        else:
            columns = [  # the counts' headers on two lines: at 1024×600 the names keep room
                Column("name", "Khu dân cư"),
                Column("people", "Số\nngười", counted("people"), align_right=True),
                Column("party", "Đảng\nviên", counted("party"), align_right=True),
                Column("residents", "ĐV nơi\ncư trú", counted("residents"), align_right=True),
            ]
        self.village_model = RecordTableModel(columns, self)
        self.villages.setModel(self.village_model)
        self.villages.verticalHeader().setVisible(False)
        self.villages.verticalHeader().setDefaultSectionSize(24)
        self.villages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.villages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.villages.horizontalHeader()
        if self.upper:  # names and numbers as wide as they need, the last bundle in what is left
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        else:  # the counts as wide as their headers (not 100 px each), the names in the rest
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.villages.doubleClicked.connect(self._open_village)
        self.attention = QTreeWidget(self)
        self.attention.setHeaderLabels(["Việc cần chú ý", "Chi tiết"])
        self.attention.setColumnWidth(0, 300)
        self.attention.setAlternatingRowColors(True)
        self.attention.setUniformRowHeights(True)
        self.attention.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        self.attention.itemActivated.connect(self._activate)
        self.attention_label = QLabel("<b>Việc cần chú ý</b> — bấm đúp hoặc Enter để mở", self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.cards)
        left_layout.addWidget(
            QLabel(
                "<b>Theo xã</b> — bấm đúp để xem người của xã"
                if self.upper
                else "<b>Theo khu dân cư</b>",
                left,
            )
        )
        left_layout.addWidget(self.villages, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.attention_label)
        right_layout.addWidget(self.attention, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([425, 685])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.items: list[Attention] = []
        self.loaded = False
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(self._load_when_idle)
        self._background = ReaderThread("overview")
        self._again = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)

    # ---- the page protocol -------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the page now; count and check a moment later, once the window has been drawn,
        in a thread (a province's checks read thousands of bodies): the window stays live and
        the page fills in when they are done."""
        self.loaded = False
        self.attention_label.setText("<b>Việc cần chú ý</b> — đang kiểm tra…")
        self._load_timer.start()

    def _load_when_idle(self) -> None:
        """The database connection is shared: never read it while an export, import or
        printing task is using it in its thread; try again once the task is done."""
        from desktop_app.gui.worker import running_tasks

        if running_tasks():
            self._load_timer.start()
            return
        if self._background.thread is not None:
            self._again = True  # a refresh while counting: count again once done
            return
        # the thread gets a plain function and plain values: it never touches the page
        self._background.start(
            self.store, functools.partial(OverviewPage._compute, upper=self.upper)
        )
        self._poll_timer.start()

    def stop_background(self, timeout: float = 30.0) -> bool:
        """Cancel the fill running in its thread and wait for the thread to end (its reader
        closed): called when the page or the window closes and before the store is closed or
        swapped, so that no thread reads a closed or replaced database. Nothing due is left to
        start one again. True when no thread is left."""
        self._load_timer.stop()
        self._poll_timer.stop()
        self._again = False
        return self._background.stop(timeout)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.stop_background()
        super().closeEvent(event)

    def _poll(self) -> None:
        if not self._background.finished():
            return
        from desktop_app.gui.worker import running_tasks

        if running_tasks():  # showing the counts asks the window's store which page opens each
            return  # item: not while a task uses that connection in its thread (a deadlock)
        self._poll_timer.stop()
        value = self._background.take()
        if isinstance(value, dict):
            self._apply(value)
        else:
            log.warning("overview not filled: %r", value)
        if self._again:
            self._again = False
            self._load_when_idle()

    def load_now(self) -> None:
        """Count and check now, on this thread (tests, screenshots)."""
        self._load_timer.stop()
        if self._background.thread is not None:
            self._background.take()
            self._poll_timer.stop()
            self._again = False
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self._apply(self._compute(self.store, self.upper))
        finally:
            QApplication.restoreOverrideCursor()

    @staticmethod
    def _compute(store: Any, upper: bool) -> dict[str, Any]:
        """Everything the page shows, read from store (a reader of the page's store, in a thread)
        without the page: a Qt object is never touched off the UI thread, not even its Python
        attributes."""
        office = store.office() or {}
        if upper:
            from desktop_app.store.attention import commune_rows, commune_statuses, upper_items

            statuses = commune_statuses(store)
            rows = commune_rows(store, statuses)
            items = upper_items(store, statuses)
        else:
            rows = village_rows(store)
            items = attention_items(store)
        return {
            "office": office,
            "today": store.today(),
            "term": store.settings("current_term"),
            "rows": rows,
            "items": items,
            "cards": OverviewPage._card_values(store, len(rows), upper),
        }

    def _apply(self, data: dict[str, Any]) -> None:
        office = data["office"]
        self.heading.setText(
            f"<span style='font-size:14pt'><b>{html.escape(office.get('name') or office.get('commune_name') or '')}</b></span>"
            f"&nbsp;&nbsp;<span style='color:#555'>{html.escape(dates.spoken(data['today']).capitalize())} · nhiệm kỳ "
            f"{html.escape(str(data['term']))}</span>"
        )
        self.village_model.set_rows(data["rows"])
        self._fill_cards(data["cards"])
        self._fill_attention(data["items"])
        self.attention_label.setText("<b>Việc cần chú ý</b> — bấm đúp hoặc Enter để mở")
        self.loaded = True

    @staticmethod
    def _card_values(s: Any, row_count: int, upper: bool) -> list[tuple[str, Any]]:
        year = s.today().year
        bodies = s.bodies.current_counts()  # counted in SQL: a province holds 9,000 bodies
        return [
            ("Xã", row_count) if upper else ("Khu dân cư", row_count),
            ("Người trong sổ", s.people.count()),
            ("Đảng viên", s.people.count_query(party_member=True)),
            ("Ban công tác Mặt trận", bodies.get("village_committee", (0, 0))[0]),
            ("Ban thanh tra nhân dân", bodies.get("inspection_board", (0, 0))[0]),
            ("Ban giám sát đầu tư", bodies.get("supervision_board", (0, 0))[0]),
            ("Thành viên các ban", sum(members for _n, members in bodies.values())),
            (f"Hoạt động năm {year}", s.activities.count_query(year=year)),
            ("Đảng viên nơi cư trú", s.residents.count_current()),
            *OverviewPage._workflow_cards(s, year),
        ]

    def _fill_cards(self, counts: list[tuple[str, Any]]) -> None:
        while self.cards.count():
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for i, (label, value) in enumerate(counts):
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet(
                "QFrame { background: #fafbfc; border: 1px solid #d8dce2; border-radius: 4px; }"
                " QLabel { border: none; }"
            )
            box = QHBoxLayout(card)
            box.setContentsMargins(8, 4, 8, 4)
            number = QLabel(value if isinstance(value, str) else thousands(value), card)
            number.setStyleSheet("font-size: 15pt; font-weight: bold; color: #b71c1c;")
            text = QLabel(label, card)
            text.setWordWrap(True)
            box.addWidget(number)
            box.addWidget(text, 1)
            card.setObjectName(f"card_{i}")
            card.setAccessibleName(f"{label}: {value}")
            if i < 9:
                self.cards.addWidget(card, i // 3, i % 3)
            else:  # the workflow cards carry a sentence: one row each
                self.cards.addWidget(card, 3 + i - 9, 0, 1, 3)

    @staticmethod
    def _workflow_cards(store: Any, year: int) -> list[tuple[str, str]]:
        """The year's Regulation-213 round and the current half-year's campaign totals."""
        from desktop_app.store import rollups

        progress = store.evaluations.round_progress(year)
        late = f" · {thousands(progress['overdue'])} quá hạn" if progress["overdue"] else ""
        totals = rollups.period_totals(store, measures=("money_raised",))
        money, before = (
            totals["current"].get("money_raised", 0),
            totals["previous"].get("money_raised", 0),
        )
        return [
            (
                f"Phiếu nhận xét đảng viên nơi cư trú năm {year} đã gửi về nơi công tác{late}",
                f"{thousands(progress['done'])}/{thousands(progress['due'])}",
            ),
            (
                f"Tiền vận động {totals['period'].name.lower()} · cùng kỳ năm trước {money_text(before)}",
                money_text(money),
            ),
        ]

    def _fill_attention(self, items: list[Attention]) -> None:
        self.items = items
        self.attention.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        window = self.window()
        for item in items:
            group = groups.get(item.group)
            if group is None:
                group = QTreeWidgetItem(self.attention, [item.group])
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                groups[item.group] = group
            child = QTreeWidgetItem(group, [item.text, item.detail])
            child.setToolTip(0, item.text)
            child.setToolTip(1, item.detail)
            if item.urgent:
                for col in (0, 1):
                    child.setForeground(col, QBrush(QColor("#b71c1c")))
            opens = item.table is not None and (
                not hasattr(window, "page_for")
                or window.page_for(item.table, item.record_id) is not None
            )
            child.setData(0, TARGET_ROLE, (item.table, item.record_id) if opens else None)
        for name, group in groups.items():
            group.setText(0, f"{name} ({group.childCount()})")
            group.setExpanded(group.childCount() <= 12)
        if not items:
            QTreeWidgetItem(self.attention, ["Không có việc gì cần chú ý.", ""])
        # The first column as wide as its longest line, leaving the details a third of the room.
        self.attention.resizeColumnToContents(0)
        room = self.attention.viewport().width()
        if room > 300:
            self.attention.setColumnWidth(
                0, max(300, min(self.attention.columnWidth(0) + 8, room * 2 // 3))
            )

    # ---- opening records --------------------------------------------------------------------
    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            item.setExpanded(not item.isExpanded())
            return
        window = self.window()
        if hasattr(window, "show_record"):
            window.show_record(*target)

    def _open_village(self, index: Any) -> None:
        """The village's record; at an upper level, the People page narrowed to the commune."""
        window = self.window()
        if not index.isValid() or not hasattr(window, "show_record"):
            return
        row = self.village_model.record(index.row())
        if not self.upper:
            window.show_record("villages", row["id"])
            return
        window.ui.nav.setCurrentRow(window.page_index("people"))
        people = window.current_page()
        if getattr(people, "commune_filter", None) is not None:
            people.commune_filter.set_code(row["code"])

    def find_items(self, text: str) -> list[QTreeWidgetItem]:
        """Attention rows whose text contains `text` (for tests and the keyboard)."""
        return [
            it
            for it in self.attention.findItems(
                text, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            )
            if it.parent() is not None
        ]
