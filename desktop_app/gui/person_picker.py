"""A searchable person chooser: type part of a name (diacritics optional), pick from the list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core import dates, enums
from desktop_app.core.bounds import MAX_SEARCH

if TYPE_CHECKING:
    from desktop_app.store.db import Store

LIMIT = 50
DEBOUNCE_MS = 120


def describe_person(p: dict) -> str:
    """'Nguyễn Văn An — Nam, 1970 — Thôn Bản Cưởm' for lists and the chosen line."""
    bits = [enums.label(enums.SEXES, p.get("sex"))]
    if p.get("birth_date"):
        bits.append(dates.display(p["birth_date"])[-4:])
    text = f"{p['full_name']} — {', '.join(b for b in bits if b)}"
    if p.get("village_name"):
        text += f" — {p['village_name']}"
    return text


class PersonPicker(QWidget):
    person_changed = Signal(object)  # the chosen person's row, or None

    def __init__(self, store: Store, parent: QWidget | None = None, **query_options: Any) -> None:
        super().__init__(parent)
        self.store = store
        self.query_options = dict(query_options)
        self._person: dict | None = None
        self._showing_choice = False
        self.search_edit = QLineEdit(self)
        self.search_edit.setMaxLength(MAX_SEARCH)  # core/bounds: longer is refused by the store
        self.search_edit.setPlaceholderText("Gõ họ tên (không cần dấu) hoặc số định danh (CCCD)…")
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(140)
        self.results.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Up/Down in the search box move in it; Tab moves on
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._on_text)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.search_edit.installEventFilter(self)
        self.results.hide()

    # ---- public --------------------------------------------------------------------------
    def person(self) -> dict | None:
        self.commit_pending()
        return self._person

    def person_id(self) -> str | None:
        person = self.person()
        return person["id"] if person else None

    def commit_pending(self) -> None:
        """Typed but not chosen yet: the single or highlighted hit is the choice (on Tab, on Lưu)."""
        if self._person is not None or not self.search_edit.text().strip():
            return
        if self._timer.isActive():
            self.search_now()
        if self.results.isVisible() and self.results.currentItem() is not None:
            self._choose_item(self.results.currentItem())

    def set_person_id(self, person_id: str | None) -> None:
        rows = self._fetch_one(person_id) if person_id else []
        self._set_person(rows[0] if rows else None)

    def set_query_options(self, **options: Any) -> None:
        """Narrow the list (village_id=…, party_member=True…), as PeopleStore.query takes them."""
        self.query_options = dict(options)
        if self.results.isVisible():
            self.search_now()

    def found(self) -> list[dict]:
        """The people the list shows now."""
        return [
            self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
        ]

    def choose(self, row: int) -> None:
        self._choose_item(self.results.item(row))

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        self.results.clear()
        if not text or self._showing_choice:
            self.results.hide()
            self.status.setText("")
            return
        rows = self.store.people.query(search=text, limit=LIMIT, **self.query_options)
        for row in rows:
            item = QListWidgetItem(describe_person(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.results.addItem(item)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentRow(0)
        more = " (chỉ hiện 50 người đầu; gõ thêm để thu hẹp)" if len(rows) == LIMIT else ""
        self.status.setText(
            f"Tìm thấy {len(rows)} người{more}."
            if rows
            else "Không tìm thấy ai. Kiểm tra lại tên, hoặc thêm người mới ở trang Người."
        )

    # ---- internals -----------------------------------------------------------------------
    def _fetch_one(self, person_id: str) -> list[dict]:
        row = self.store.people.get(person_id, include_deleted=True)
        if row is None:
            return []
        village = (
            self.store.villages.get(row["village_id"], include_deleted=True)
            if row.get("village_id")
            else None
        )
        return [{**row, "village_name": village["name"] if village else None}]

    def _set_person(self, row: dict | None) -> None:
        self._person = row
        self._showing_choice = True
        self.search_edit.setText(describe_person(row) if row else "")
        self._showing_choice = False
        self.results.clear()
        self.results.hide()
        self.status.setText("")
        self.person_changed.emit(row)

    def _on_text(self, _text: str) -> None:
        if self._showing_choice:
            return
        if self._person is not None:
            self._person = None
            self.person_changed.emit(None)
        self._timer.start()

    def _choose_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._set_person(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_pending()
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
                and self._timer.isActive()
            ):
                self.search_now()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.results.isVisible()
                and self.results.currentItem() is not None
            ):
                self._choose_item(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)
