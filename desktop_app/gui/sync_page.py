"""Đồng bộ cấp trên: the commune's side (export to the stick, receipts, the upper level's key)
or, at an upper-level office (office role "upper"), the import of the communes' bundles.

The office's role never changes, so the page builds the one panel it needs:
`CommuneSyncPanel` (gui/sync_commune.py) or `UpperSyncPanel` (gui/sync_upper.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_upper import UpperSyncPanel

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class SyncPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        office = store.office()
        self.panel: CommuneSyncPanel | UpperSyncPanel | None = None
        if office is None:
            layout.addWidget(
                QLabel(
                    "Chưa thiết lập đơn vị: hãy mở lại chương trình để chạy trình "
                    "hướng dẫn thiết lập.",
                    self,
                )
            )
            return
        self.role = office["role"]
        self.panel = (
            UpperSyncPanel(store, self) if self.role == "upper" else CommuneSyncPanel(store, self)
        )
        layout.addWidget(self.panel)

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.refresh()
