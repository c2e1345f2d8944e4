"""The main window: the navigation list on the left, the pages on the right, built when first opened."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core import enums
from desktop_app.gui import pages as pages_module
from desktop_app.gui import screens, ui_state
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.gui.pages import PageSpec

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")

APP_TITLE = "Sổ Mặt trận"
NAV_PADDING = (10, 7)  # as ui/main_window.ui's style sheet pads the items: horizontal, vertical


class NavDelegate(QStyledItemDelegate):
    """Item heights that allow for the style sheet's padding, so a long title wraps, never elides."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        # The viewport's width, from the view's own: the first viewport() call of a process costs
        # ~25 ms (PySide6 builds the Python enums of the widget classes), all before the first paint.
        scrollbar = view.verticalScrollBar()
        inner = view.contentsRect().width() - (scrollbar.width() if scrollbar.isVisible() else 0)
        width = inner - 2 * NAV_PADDING[0] - 6
        text = str(index.data() or "")
        bounds = QFontMetrics(view.font()).boundingRect(
            QRect(0, 0, max(width, 40), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 2 * NAV_PADDING[1] + 1)


def window_title(office: dict | None) -> str:
    if not office:
        return APP_TITLE
    if office.get("role") == "upper":
        name = office.get("name") or office.get("upper_name") or office.get("province_name") or ""
        return f"{APP_TITLE} — {name}".rstrip(" —")
    kind = enums.label(enums.UNIT_KINDS, office.get("unit_kind") or "xa")
    return f"{APP_TITLE} — Ủy ban MTTQ {kind.lower()} {office.get('commune_name') or ''}".rstrip()


class MainWindow(QMainWindow):
    def __init__(
        self, store: Store, parent: QWidget | None = None, pages: list[PageSpec] | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs = list(pages_module.PAGES if pages is None else pages)
        self._built: dict[int, QWidget] = {}
        self.ui.nav.setItemDelegate(NavDelegate(self.ui.nav))
        self.ui.nav.addItems([spec.title for spec in self.specs])
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([240, 1040])
        self.office_label = QLabel(self)
        self.demo_label = QLabel("Dữ liệu mẫu — không phải người thật", self)
        self.demo_label.setStyleSheet(
            "color: white; background: #b00020; padding: 1px 8px; font-weight: bold;"
        )
        self.ui.statusbar.addPermanentWidget(
            self.demo_label
        )  # permanent: a status message never hides it
        self.ui.statusbar.addPermanentWidget(self.office_label)
        self.session: Any = None  # the idle lock of a protected office (gui/login.py)
        self.update_title()
        self.ui.nav.currentRowChanged.connect(self._show_index)
        for i in range(min(len(self.specs), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.ui.nav.setCurrentRow(i))
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.ui.nav.setFocus())
        self._restore_geometry()
        if self.specs:
            self.ui.nav.setCurrentRow(0)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """A small window (a netbook's 1024×600, 800×500) narrows the page list, whose titles wrap,
        so the page keeps its room."""
        super().resizeEvent(event)
        self._fit_nav()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_nav()

    def _fit_nav(self) -> None:
        width = self.width()
        nav = 240 if width >= 1200 else 190 if width >= 960 else 150
        sizes = self.ui.splitter.sizes()
        if len(sizes) == 2 and (sizes[0] > nav or width >= 1200 and sizes[0] < nav):
            self.ui.splitter.setSizes([nav, max(sum(sizes) - nav, 1)])

    # ---- pages ---------------------------------------------------------------------------------
    def titles(self) -> list[str]:
        return [spec.title for spec in self.specs]

    def keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def page_index(self, key: str) -> int:
        """The row of the page with this key (gui/pages.py). A title is accepted too, for
        scripts and tests written against what the officer sees."""
        for i, spec in enumerate(self.specs):
            if key in (spec.key, spec.title):
                return i
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The page with this key, built now if it has not been opened yet (not shown)."""
        return self._page_at(self.page_index(key))

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def open_page(self, key: str) -> QWidget:
        """Show the page with this key (building it if needed) and return the page now shown:
        the one left open when it refuses to be left (unsaved settings, the officer cancels)."""
        index = self.page_index(key)
        if self.ui.nav.currentRow() == index:
            self._show_index(index)
        else:
            self.ui.nav.setCurrentRow(index)
        return self._built.get(index) or self.current_page()  # type: ignore[return-value]

    def current_page(self) -> QWidget | None:
        widget = self.ui.stack.currentWidget()
        return widget if widget in self._built.values() else None

    def _page_at(self, index: int) -> QWidget:
        page = self._built.get(index)
        if page is None:
            spec = self.specs[index]
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = spec.load()(self.store, self)
            finally:
                QApplication.restoreOverrideCursor()
            if hasattr(page, "set_main_window"):
                page.set_main_window(self)
            page.setObjectName(spec.target.rpartition(":")[2])
            self._built[index] = page
            self.ui.stack.addWidget(page)
        return page

    def _show_index(self, index: int) -> None:
        if index < 0:
            return
        leaving = self.current_page()
        if (
            leaving is not None
            and leaving is not self._built.get(index)
            and hasattr(leaving, "confirm_leave")
            and not leaving.confirm_leave()
        ):
            back = next(i for i, p in self._built.items() if p is leaving)
            self.ui.nav.blockSignals(True)
            self.ui.nav.setCurrentRow(back)
            self.ui.nav.blockSignals(False)
            return
        page = self._page_at(index)
        self.ui.stack.setCurrentWidget(page)
        if hasattr(page, "refresh"):
            page.refresh()

    def replace_store(self, store: Store) -> QWidget | None:
        """Work on another open store from now on (after a restore): every built page holds the
        old one, so each is dropped (its layout saved, its timers stopped) and the page that was
        shown is built again over the new store. Returns that page. The caller closes the old store."""
        row = self.ui.nav.currentRow()
        self.stop_background()
        for page in self._built.values():
            if hasattr(page, "save_state"):
                page.save_state()
            for timer in page.findChildren(QTimer):  # nothing due may read the old store
                timer.stop()
            self.ui.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._built.clear()
        self.store = store
        self.update_title()
        if row >= 0:
            self._show_index(row)
        return self.current_page()

    def stop_background(self) -> None:
        """Stop every page's reading in a thread of its own (the overview's counts) and wait for
        it: before the window closes and before its store is closed or swapped (restore,
        protecting the office), no thread may read on."""
        for page in self._built.values():
            if hasattr(page, "stop_background"):
                page.stop_background()

    # ---- jumping to a record -------------------------------------------------------------------
    def _route_keys(self, table: str, record_id: str) -> list[str]:
        keys = [table]
        register = getattr(self.store, table, None)
        if register is not None and hasattr(register, "get"):
            record = register.get(record_id)
            if record and record.get("kind"):
                keys.insert(0, f"{table}:{record['kind']}")
        return keys

    def page_for(self, table: str, record_id: str) -> str | None:
        """The key of the page that shows this record, or None."""
        for route in self._route_keys(table, record_id):
            for spec in self.specs:
                if route in spec.tables:
                    return spec.key
        return None

    def show_record(self, table: str, record_id: str) -> bool:
        """Go to the page owning the table and open the record there. False if no page shows it."""
        key = self.page_for(table, record_id)
        if key is None:
            QMessageBox.information(
                self, APP_TITLE, "Trang hiển thị bản ghi này chưa có trong chương trình."
            )
            return False
        page = self.open_page(key)
        if hasattr(page, "open_record"):
            page.open_record(table, record_id)
        return True

    # ---- title, geometry, closing ---------------------------------------------------------------
    def update_title(self) -> None:
        office = self.store.office()
        demo = self.store.is_demo
        self.setWindowTitle(window_title(office))
        if office:
            role = enums.label(enums.OFFICE_ROLES, office.get("role"))
            text = f"{role} · mã {office.get('commune_code')}"
            account = getattr(self.store, "account", None)
            if account is not None:
                text = f"{account.name} ({account.role_label}) · {text}"
            self.office_label.setText(text)
        # "Dữ liệu mẫu" on every page: the status bar is under all of them
        self.demo_label.setVisible(demo)

    def _restore_geometry(self) -> None:
        splitter = ui_state.load_bytes("main_window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        geometry = ui_state.load_bytes("main_window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            if not QGuiApplication.screens() or screens.on_some_screen(self.frameGeometry()):
                return
        screen = screens.available_geometry()  # a new window: the middle of the main screen
        if screen is not None:
            width = min(1280, screen.width())
            height = min(720, screen.height() - 40)
            self.resize(width, height)
            self.move(
                screen.x() + (screen.width() - width) // 2,
                screen.y() + (screen.height() - height) // 2,
            )

    def save_state(self) -> None:
        ui_state.save_bytes("main_window/geometry", self.saveGeometry())
        ui_state.save_bytes("main_window/splitter", self.ui.splitter.saveState())
        for page in self._built.values():
            if hasattr(page, "save_state"):
                page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._built.values():
            if hasattr(page, "confirm_leave") and not page.confirm_leave():
                event.ignore()
                return
        self.save_state()
        self.stop_background()
        super().closeEvent(event)
