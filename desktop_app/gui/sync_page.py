"""Đồng bộ cấp trên: the commune's side (export to the stick, receipts, the upper level's key)
or, at an upper-level office (office role "upper"), the import of the communes' bundles.

The office's role never changes, so the page builds the one panel it needs:
`CommuneSyncPanel` (gui/sync_commune.py) or `UpperSyncPanel` (gui/sync_upper.py).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
            layout.addWidget(QLabel("Chưa thiết lập đơn vị: hãy mở lại chương trình để chạy trình "
                                    "hướng dẫn thiết lập.", self))
            return
        self.role = office["role"]
        self.panel = UpperSyncPanel(store, self) if self.role == "upper" else CommuneSyncPanel(store, self)
        layout.addWidget(self.panel)

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.refresh()

    # ---- screenshots ---------------------------------------------------------------------------------
    def screenshot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog

        if isinstance(self.panel, CommuneSyncPanel):
            return {"Nhận tệp khóa": lambda: FingerprintDialog.for_upper_key(sample_upper_key(), self)}
        if isinstance(self.panel, UpperSyncPanel):
            return {
                "Chạy thử": lambda: ImportPlanDialog(sample_outcomes(self.store), self),
                "Ghi nhận khóa": lambda: FingerprintDialog.for_commune(
                    sample_outcomes(self.store)[0].plan, self),  # type: ignore[arg-type]
            }
        return {}


def sample_upper_key() -> Any:
    """An upper level's key file as a commune would receive it (for screenshots)."""
    from desktop_app.core.dates import utc_now
    from desktop_app.sync import crypto
    from desktop_app.sync.keyfile import PublicKeyFile

    keys = crypto.OfficeKeys.generate()
    return PublicKeyFile("20", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "upper", keys.public(), utc_now())


_samples: dict[int, list[Any]] = {}


def sample_outcomes(upper: Any) -> list[Any]:
    """The dry run of a new demo commune's first bundle at this upper level (for screenshots)."""
    if id(upper) in _samples:
        return _samples[id(upper)]
    from desktop_app import paths
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.files import import_files
    from desktop_app.sync.keys import export_public_key, trust_upper_key

    folder = Path(tempfile.mkdtemp(prefix="somattran-sample-"))
    commune = open_store(paths.database_path(folder / "commune"))
    build_demo(commune, people=120, villages=4, seed=7, commune_code="06310")
    trust_upper_key(commune, export_public_key(upper, folder).path)
    bundle = export_bundle(commune, folder).path
    commune.close()
    _samples[id(upper)] = import_files(upper, [bundle], dry_run=True)
    return _samples[id(upper)]
