"""The round tab of Đảng viên nơi cư trú: the year's comment round village by village.

It lists every member of each village with where their comment stands (due,
commented, confirmed, returned), who is overdue and who has not registered; the comment,
confirmation and sending back are done from here. A confirmed comment is changed only by a new
version; the old ones stay readable from the detail panel.
"""

from __future__ import annotations

import html
import json
import logging
import time
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates, enums
from desktop_app.core.enums import ROUND_STATUSES
from desktop_app.core.errors import UserError
from desktop_app.gui.reader_thread import ReaderThread
from desktop_app.gui.reg213_dialogs import (
    CommentDialog,
    OpenRoundDialog,
    TransitionDialog,
)
from desktop_app.gui.reg213_rows import (
    GREEN,
    GREY,
    MEMBER_ROLE,
    RED,
    STATUS_FILTER,
    brush_of,
    heading_item,
    progress_text,
    status_text,
    village_summary,
)
from desktop_app.gui.shortcuts import widget_shortcut
from desktop_app.gui.widgets import CodeCombo, VillageCombo
from desktop_app.gui.worker import after_task
from desktop_app.store.evaluations import OWING

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")
POLL_MS = 15  # how often the UI thread looks whether a round read in a thread is in
FILL_MS = 30  # a round read in a thread is put in the tree (its old rows deleted) this long a turn
COMPUTING = "Đang tính…"
NOT_READ = "Không đọc được đợt nhận xét; hãy thử lại."


class RoundView(QWidget):
    """The comment round of one year, village by village."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spans: list[QTreeWidgetItem] = []  # headings spanned once a reload is filled
        self.store = store
        # A round too big to read in a frame (every commune of a province) is read in a thread
        # on a reader of the store; what the view waits for, and the resident to select then.
        self.loaded = False
        self._shown: dict = {}
        self._background = ReaderThread("reg213-round")
        self._reading: tuple | None = None  # what the running thread reads
        self._wanted: tuple | None = None  # what the view waits for from a thread (None: nothing)
        self._select: str | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        # ...and put in the tree a part (a commune) after another, the event loop turning between
        self._parts: list[list[dict]] = []
        self._fill_select: str | None = None
        self._chosen: QTreeWidgetItem | None = None
        self._root = QTreeWidgetItem()  # the parts filled, outside the tree until all are
        self._trash: list[QTreeWidgetItem] = []  # the rows taken out, deleted a few at a time
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(lambda: self._fill_some(FILL_MS / 1000))
        self.year = QSpinBox(self)
        self.year.setRange(2020, store.today().year + 1)
        self.year.setValue(store.today().year)
        self.year.setAccessibleName("Năm nhận xét")
        self.village_filter = VillageCombo(
            store, self, empty_label="— Mọi khu dân cư —", current_only=False
        )
        self.status_filter = CodeCombo(STATUS_FILTER, self, empty_label="— Mọi trạng thái —")
        self.open_button = QPushButton("&Mở đợt nhận xét…", self)
        self.open_button.setToolTip(
            "Gửi yêu cầu nhận xét cho mọi đảng viên phải nhận xét trong năm (không gửi trùng)"
        )
        top = QHBoxLayout()
        top.addWidget(QLabel("&Năm:", self, buddy=self.year))
        top.addWidget(self.year)
        top.addWidget(self.village_filter, 2)
        top.addWidget(self.status_filter, 2)
        top.addStretch(1)
        top.addWidget(self.open_button)
        self.progress = QLabel(self)
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.RichText)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Họ và tên", "Trạng thái", "Nơi công tác", "Ghi chú"])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((165, 175, 185)):
            self.tree.setColumnWidth(column, width)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(260)
        self.detail.setPlaceholderText("Chọn một đảng viên để xem phiếu nhận xét.")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 400])

        self.comment_button = QPushButton("Nhận &xét…", self)
        self.comment_button.setToolTip("Nhập hoặc sửa phiếu nhận xét (Enter, F2)")
        self.confirm_button = QPushButton("Đảng ủy xác &nhận…", self)
        self.return_button = QPushButton("Đã &gửi về nơi công tác…", self)
        self.register_button = QPushButton("Ghi đã đăng &ký…", self)
        actions = QHBoxLayout()
        for button in (
            self.comment_button,
            self.confirm_button,
            self.return_button,
            self.register_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button = QPushButton("Xuất Excel", self)
        self.export_button.setToolTip("Ghi ra tệp Excel danh sách đang hiện (theo năm và bộ lọc)")
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.village_filter.code_changed.connect(lambda _c: self.reload())
        self.status_filter.code_changed.connect(lambda _c: self.reload())
        self.open_button.clicked.connect(self.open_round)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._selection_changed())
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.comment_selected())
        self.detail.anchorClicked.connect(self._link)
        self.comment_button.clicked.connect(self.comment_selected)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.register_button.clicked.connect(self.register_selected)
        for key in ("Return", "Enter", "F2"):
            widget_shortcut(key, self.tree, self.comment_selected)
        self._selection_changed()

    # ---- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The page is shown: the villages may have changed."""
        self.village_filter.blockSignals(True)
        self.village_filter.reload()
        self.village_filter.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        for combo in (self.village_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def reload(self, select_resident: str | None = None) -> None:
        """Read the round (year and village filter) and fill the tree: at once when it is small (a
        commune), else (every commune of a province, 12,000 members) in a thread on a reader of
        the store, "Đang tính…" shown meanwhile and the tree filled once it is in."""
        if select_resident is None and (current := self.selected_member()):
            select_resident = current["id"]
        asked = self._asked_now()
        if not self._in_thread(asked):
            if after_task(self, self.store, lambda: self.reload(select_resident)):
                return  # read on this thread: not while a task uses the connection
            self._wanted = None  # a reading in flight is dropped when it comes
            self._background.cancel()
            self._show(self._read(self.store, asked), select_resident)
            return
        self._wanted, self._select = asked, select_resident
        if self._background.thread is not None:  # reading: its result answers, or is read again
            if self._reading != asked:
                self._background.cancel()
            return
        self._start(asked)

    def _asked_now(self) -> tuple:
        """What a reload reads, from the filters (the status filter is applied in the tree)."""
        return self.year.value(), self.village_filter.village_id()

    def _in_thread(self, asked: tuple) -> bool:
        """Whether that round is read in a thread (a commune office's: never)."""
        return False

    def _read(self, store: Store, asked: tuple) -> dict:
        """What the tree and the progress line show, read from store without touching a widget
        (in a thread on a reader, or on the UI thread on the window's store)."""
        year, village = asked
        return {
            "progress": store.evaluations.round_progress(year),
            "groups": store.evaluations.checklist(year, village),
        }

    def _start(self, asked: tuple) -> None:
        self.loaded = False
        self._reading = asked
        self.progress.setText(f"<b>Năm {asked[0]}</b> — {COMPUTING}")
        self._take_rows_out()
        waiting = QTreeWidgetItem([COMPUTING])
        waiting.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(waiting)
        self._selection_changed()
        self._background.start(self.store, lambda reader: self._read(reader, asked))
        self._poll_timer.start()

    def _poll(self) -> None:
        self._delete_taken(FILL_MS / 1000)
        if not self._background.finished():
            return
        self._poll_timer.stop()
        outcome = self._background.take()
        if self._wanted is None:  # dropped: a commune was shown at once meanwhile
            return
        if self._wanted != self._reading:  # the officer asked for another meanwhile
            self.reload(self._select)
            return
        self._wanted = None
        if isinstance(outcome, dict):
            self._show(outcome, self._select, in_steps=True)
            return
        log.warning("Regulation-213 round not read: %r", outcome)
        self.loaded = True
        message = outcome.message if isinstance(outcome, UserError) else NOT_READ
        self.progress.setText(f"<span style='color:#b71c1c'>{html.escape(message)}</span>")
        self._take_rows_out()
        self._delete_taken()
        self._selection_changed()

    def load_now(self) -> None:
        """Wait for a round being read in a thread and show it (tests, the Excel export)."""
        if self._background.thread is not None:
            self._background.thread.join()
            self._poll()
        if self._fill_timer.isActive():
            self._fill_some()

    def stop_background(self, timeout: float = 30.0) -> bool:
        """Cancel a round being read in its thread and wait for the thread (its reader closed):
        before the window closes and before the store is closed or swapped. True when no
        thread is left."""
        self._poll_timer.stop()
        self._fill_timer.stop()
        self._parts = []
        self._delete_taken()
        self._wanted = None
        return self._background.stop(timeout)

    def _show(self, data: dict, select_resident: str | None, in_steps: bool = False) -> None:
        """Fill the tree with a round read: at once, or (in_steps: a round read in a thread, a
        province's 20,000 rows) its rows made a part after another, FILL_MS a turn of the event
        loop, and put in the tree at once when all are made."""
        self._fill_timer.stop()
        self._shown = data
        self._show_progress(data)
        self._parts = self._parts_of(data["groups"])
        self._root, self._spans = QTreeWidgetItem(), []
        self._fill_select, self._chosen = select_resident, None
        if in_steps:
            self.loaded = False
            self._fill_timer.start()
        else:
            self._fill_some()

    def _parts_of(self, groups: list[dict]) -> list[list[dict]]:
        """The round's groups in the parts whose rows are made one at a time (a commune's: one)."""
        return [groups]

    def _fill_some(self, seconds: float | None = None) -> None:
        """Delete rows taken out and make the rows of parts for `seconds` (at least a part; None:
        all); once every part is made, put them in the tree, span the headings and select the
        resident asked for."""
        began = time.perf_counter()
        self._delete_taken(seconds)
        while self._parts:
            # filled under a root outside the tree: no signal to the view a row, no layout
            chosen = self._fill(self._parts.pop(0), self._fill_select, self._root)
            self._chosen = chosen or self._chosen
            if seconds is not None and time.perf_counter() - began >= seconds:
                break
        if self._parts or self._trash:
            return
        # put in the tree at once, then every heading expanded (each holds rows): one layout
        self._take_rows_out(keep_spans=True)
        self._delete_taken()  # "Đang tính…"
        self.tree.addTopLevelItems(self._root.takeChildren())
        for head in self._spans:
            head.setExpanded(True)
        self._fill_timer.stop()
        for head in self._spans:  # spanned once the tree is filled: one layout, not one each
            head.setFirstColumnSpanned(True)
        if self._chosen is not None:
            self.tree.setCurrentItem(self._chosen)
            self.tree.scrollToItem(self._chosen)
        self._chosen = None
        self._selection_changed()
        self.loaded = True

    def _take_rows_out(self, keep_spans: bool = False) -> None:
        """Empty the tree at once; its rows (a province's 20,000: 0.2 s) are deleted by
        _delete_taken, a few at a time while a round is read in a thread."""
        self._trash.extend(self.tree.invisibleRootItem().takeChildren())
        if not keep_spans:
            self._spans = []

    def _delete_taken(self, seconds: float | None = None) -> None:
        began = time.perf_counter()
        while self._trash:  # at least one a turn
            item = self._trash.pop()
            if shiboken6.isValid(item):
                shiboken6.delete(item)
            if seconds is not None and time.perf_counter() - began >= seconds:
                break

    def export_excel(self, path: str | None = None) -> str | None:
        """The members listed now (year, village and status filters applied), village by village."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.core.errors import UserError
        from desktop_app.exports.register_xlsx import (
            ExportColumn,
            office_title,
            write_register_xlsx,
        )

        title = f"Nhận xét đảng viên nơi cư trú năm {self.year.value()}"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, "Xuất Excel", f"nhan-xet-{self.year.value()}.xlsx", "Bảng tính Excel (*.xlsx)"
            )
            if not path:
                return None
        self.load_now()  # the rows of a round being read
        headers = [self.tree.headerItem().text(c) for c in range(self.tree.columnCount())]
        columns = [
            ExportColumn("village", "Khu dân cư"),
            *(ExportColumn(f"c{i}", h) for i, h in enumerate(headers)),
        ]
        rows: list[list[str]] = []

        def walk(item: QTreeWidgetItem, village: str) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, MEMBER_ROLE) is not None:
                    rows.append([village, *(child.text(c) for c in range(len(headers)))])
                else:
                    walk(child, child.text(0).split(" — ")[0])

        walk(self.tree.invisibleRootItem(), "")
        try:
            write_register_xlsx(
                path, title, office_title(self.store), columns, rows, self.store.today()
            )
        except UserError as exc:
            QMessageBox.warning(self, "Không xuất được", exc.message)
            return None
        return path

    def _fill(
        self, groups: list[dict], select_resident: str | None, parent: QTreeWidgetItem | None = None
    ) -> QTreeWidgetItem | None:
        """A heading per village (under `parent`, outside the tree until filled) over its members that the status
        filter keeps; the item of `select_resident`, if listed."""
        wanted, chosen = self.status_filter.code(), None
        for group in groups:
            members = [m for m in group["members"] if self._matches(m, wanted)]
            if not members:
                continue
            head = heading_item(
                self.tree,
                f"{group['village_name']} — {len(group['members'])} đảng viên: "
                f"{village_summary(group['counts'])}",
                parent,
                self._spans,
            )
            for member in members:
                item = self._member_item(member)
                head.addChild(item)
                if member["id"] == select_resident:
                    chosen = item
        return chosen

    @staticmethod
    def _matches(member: dict, wanted: str | None) -> bool:
        if wanted is None:
            return True
        if wanted == "owing":
            return member["status"] in OWING or member["registration_overdue"]
        if wanted == "overdue":
            return member["overdue"] or member["registration_overdue"]
        return member["status"] == wanted

    def _member_item(self, member: dict) -> QTreeWidgetItem:
        notes = []
        if member["overdue"]:
            notes.append("Quá hạn gửi nhận xét")
        if member["registration_overdue"]:
            notes.append("Quá hạn đăng ký sinh hoạt")
        if member.get("changed_after_confirmation"):
            notes.append("Sửa sau khi Đảng ủy xác nhận")
        item = QTreeWidgetItem(
            [
                member["full_name"],
                status_text(member),
                member.get("workplace") or "",
                "; ".join(notes),
            ]
        )
        item.setData(0, MEMBER_ROLE, member)
        colour = (
            RED
            if notes and (member["overdue"] or member["registration_overdue"])
            else GREEN
            if member["status"] == "returned"
            else GREY
            if member["status"] == "exempt"
            else None
        )
        if colour is not None:
            brush = brush_of(colour)
            for column in range(4):
                item.setForeground(column, brush)
        return item

    def _show_progress(self, data: dict) -> None:
        self.progress.setText(progress_text(data["progress"]))

    # ---- selection and detail -----------------------------------------------------------------
    def selected_member(self) -> dict | None:
        item = self.tree.currentItem()
        return item.data(0, MEMBER_ROLE) if item is not None else None

    def select_resident(self, resident_id: str) -> bool:
        items = QTreeWidgetItemIterator(self.tree)
        while (item := items.value()) is not None:
            if (item.data(0, MEMBER_ROLE) or {}).get("id") == resident_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
            items += 1
        return False

    def _selection_changed(self) -> None:
        member = self.selected_member()
        status = member["status"] if member else None
        self.comment_button.setEnabled(
            status in ("requested", "commented", "confirmed", "returned")
        )
        self.comment_button.setText(
            "Sửa phiếu (tạo bản mới)…" if status in ("confirmed", "returned") else "Nhận &xét…"
        )
        self.confirm_button.setEnabled(status == "commented")
        self.return_button.setEnabled(status == "confirmed")
        self.register_button.setEnabled(status == "unregistered")
        self.detail.setHtml(self.detail_html(member) if member else "")

    def detail_html(self, m: dict) -> str:
        e = html.escape
        out = [
            f"<h3>{e(m['full_name'])}</h3><p>{e(m.get('village_name') or '')} · {e(m.get('workplace') or '')}<br>"
            f"{e(enums.label(enums.RESIDENT_CATEGORIES, m.get('category')))}</p>"
        ]
        if not m.get("evaluation_id"):
            out.append(f"<p><b>{e(ROUND_STATUSES[m['status']])}</b></p>")
            return "".join(out)
        ev = self.store.evaluations.get(m["evaluation_id"])
        out.append(self.evaluation_html(ev))
        older = [
            v
            for v in self.store.evaluations.versions(ev["resident_id"], ev["year"])
            if v["id"] != ev["id"]
        ]
        if older:
            links = "".join(
                f"<li><a href='version:{v['id']}'>Bản lần {v['version']}</a> — "
                f"{e(enums.label(enums.EVALUATION_STATES, v['state']))}"
                + (
                    f", xác nhận {dates.display(v['confirmed_date'])}"
                    if v.get("confirmed_date")
                    else ""
                )
                + "</li>"
                for v in reversed(older)
            )
            out.append(f"<p><b>Các bản trước</b> (bấm để xem):</p><ul>{links}</ul>")
        return "".join(out)

    def evaluation_html(self, ev: dict) -> str:
        e = html.escape
        form = self.store.evaluations.form_of(ev)
        steps = [
            (label, ev.get(f"{state}_date"))
            for state, label in (
                ("requested", "Yêu cầu"),
                ("commented", "Nhận xét"),
                ("confirmed", "Đảng ủy xác nhận"),
                ("returned", "Gửi về nơi công tác"),
            )
        ]
        lines = [
            f"<p><b>{e(enums.label(enums.EVALUATION_STATES, ev['state']))}</b> · hạn {dates.display(ev['due_date'])}"
            f" · mẫu phiếu phiên bản {form.version}"
            + (
                f" · bản sửa lần {ev['version']} (sửa sau khi xác nhận)"
                if ev.get("changed_after_confirmation")
                else ""
            )
            + "<br>"
            + " · ".join(f"{label} {dates.display(day)}" for label, day in steps if day)
            + "</p>"
        ]
        ratings = json.loads(ev.get("ratings") or "{}")
        if ratings:
            rows = "".join(
                f"<tr><td style='padding-right:8px'>{n}. {e(c.title)}</td>"
                f"<td><b>{e(c.label(ratings[c.code]) if c.code in ratings else '')}</b></td></tr>"
                for n, c in enumerate(form.criteria, 1)
            )
            lines.append(f"<table>{rows}</table>")
        if ev.get("recommendation"):
            lines.append(
                f"<p>Đề nghị: <b>{e(form.recommendation.label(ev['recommendation']))}</b></p>"
            )
        if ev.get("comments"):
            lines.append(f"<p><i>{e(ev['comments'])}</i></p>")
        signed = [
            f"họp ngày {dates.display(ev['meeting_date'])}" if ev.get("meeting_date") else "",
            f"T/M chi ủy: {ev['cell_signer']}" if ev.get("cell_signer") else "",
            f"Trưởng ban công tác Mặt trận: {ev['front_signer']}" if ev.get("front_signer") else "",
        ]
        if any(signed):
            lines.append(f"<p style='color:#555'>{e(' · '.join(s for s in signed if s))}</p>")
        return "".join(lines)

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("version:"):
            self.show_version(target.removeprefix("version:"))

    def show_version(self, evaluation_id: str) -> None:
        """Open an old version of a comment, read only."""
        record = self.store.evaluations.get(evaluation_id)
        if record is not None:
            CommentDialog(self.store, record, self, read_only=True).exec()

    # ---- actions ----------------------------------------------------------------------------------
    def open_round(self) -> None:
        dialog = OpenRoundDialog(self.store, self.year.value(), self)
        if dialog.exec():
            self.year.setValue(dialog.ui.year.value())
            self.reload()
            QMessageBox.information(
                self,
                "Đã mở đợt nhận xét",
                f"Đã gửi yêu cầu nhận xét năm {dialog.ui.year.value()} cho {dialog.created} đảng viên.",
            )

    def comment_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if member["status"] == "not_requested":
            QMessageBox.information(
                self,
                "Chưa có yêu cầu nhận xét",
                f"Chưa gửi yêu cầu nhận xét năm {self.year.value()} cho {member['full_name']}. "
                "Bấm “Mở đợt nhận xét…” để gửi.",
            )
            return
        if not member.get("evaluation_id"):
            return
        saved = CommentDialog.run(
            self.store, self.store.evaluations.get(member["evaluation_id"]), self
        )
        if saved:
            self.reload(select_resident=member["id"])

    def _step(self, title: str, message: str, apply: Any, member: dict) -> None:
        dialog = TransitionDialog(title, message, apply, self.store.today(), self)
        if dialog.exec():
            self.reload(select_resident=member["id"])

    def confirm_selected(self) -> None:
        member = self.selected_member()
        if member and member["status"] == "commented":
            self._step(
                "Đảng ủy xác nhận phiếu nhận xét",
                f"Đảng ủy xã xác nhận phiếu nhận xét của <b>{html.escape(member['full_name'])}</b> ngày:",
                lambda day: self.store.evaluations.confirm(member["evaluation_id"], day),
                member,
            )

    def return_selected(self) -> None:
        member = self.selected_member()
        if member and member["status"] == "confirmed":
            self._step(
                "Gửi phiếu về nơi công tác",
                f"Đã gửi phiếu nhận xét của <b>{html.escape(member['full_name'])}</b> về "
                f"{html.escape(member.get('workplace') or 'nơi công tác')} ngày:",
                lambda day: self.store.evaluations.mark_returned(member["evaluation_id"], day),
                member,
            )

    def register_selected(self) -> None:
        member = self.selected_member()
        if member and member["status"] == "unregistered":
            self._step(
                "Ghi đã đăng ký sinh hoạt",
                f"<b>{html.escape(member['full_name'])}</b> đã đăng ký sinh hoạt ở chi bộ nơi cư trú ngày:",
                lambda day: self.store.residents.mark_registered(member["id"], day),
                member,
            )
