"""Đảng viên nơi cư trú: the year's comment round village by village, and the members.

The round tab lists every member of each village with where their comment stands (due,
commented, confirmed, returned), who is overdue and who has not registered; the comment,
confirmation and sending back are done from here. A confirmed comment is changed only by a new
version; the old ones stay readable from the detail panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui.reg213_residents import ResidentsList
from desktop_app.gui.reg213_round import RoundView

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def regulation_of(store: Store) -> str:
    """The regulation's number from the current comment form (data), or a plain fallback."""
    try:
        form = store.evaluations.round_form()
    except UserError:
        return "quy định về đảng viên giữ mối liên hệ với nơi cư trú"
    return f"Quy định {form.regulation_number}" if form.regulation_number else form.short


class Reg213Page(QWidget):
    """Đảng viên nơi cư trú: the round, and the list of members."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        view_class: type[RoundView] = RoundView
        if store.is_upper:
            from desktop_app.gui.reg213_upper import UpperRoundView

            view_class = UpperRoundView
        self.round_view = view_class(store, self)
        self.residents = ResidentsList(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.round_view, "Đợt nhận xét hằng năm")
        self.tabs.addTab(self.residents, "Danh sách đảng viên nơi cư trú")
        heading = QLabel(
            f"<b>Đảng viên đang công tác giữ mối liên hệ với nơi cư trú ({regulation_of(store)})</b>",
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.round_view:
            self.round_view.refresh()
        else:
            self.residents.refresh()

    def open_record(self, table: str, record_id: str) -> None:
        if table == "evaluations":
            ev = self.store.evaluations.get(record_id)
            if ev is None:
                return
            view = self.round_view
            self.tabs.setCurrentWidget(view)
            view.clear_filters()
            view.year.blockSignals(True)
            view.year.setValue(ev["year"])
            view.year.blockSignals(False)
            view.reload(select_resident=ev["resident_id"])
            view.tree.setFocus()
        elif table == "residents":
            self.tabs.setCurrentWidget(self.residents)
            self.residents.open_record(table, record_id)

    def stop_background(self, timeout: float = 30.0) -> bool:
        """The round of every commune may be being read in a thread (RoundView)."""
        return self.round_view.stop_background(timeout)

    def save_state(self) -> None:
        self.residents.save_state()
