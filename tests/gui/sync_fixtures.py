"""Fixtures and helpers of the sync page's tests: an upper-level office beside the demo commune,
a folder standing for the USB stick, and answering the page's modal dialogs as an officer would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop_app.gui import worker
from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog
from desktop_app.gui.sync_page import SyncPage
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.store.db import Store, open_store
from desktop_app.sync.keys import export_public_key
from desktop_app.sync.office import setup_office
from tests.gui.conftest import GUI_TODAY

TITLE = "Đồng bộ cấp trên"


@pytest.fixture(autouse=True)
def _no_thread_left(message_boxes: Any) -> Iterator[None]:
    """No worker thread outlives its test; no message box ever waits for a person."""
    yield
    worker.stop_all(10_000)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


@pytest.fixture
def upper_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "upper" / "somattran.db")
    store.today = lambda: GUI_TODAY
    setup_office(store, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
    yield store
    store.close()


@pytest.fixture
def upper_window(qtbot: Any, upper_store: Store) -> Iterator[Any]:
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(upper_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for timer in window.findChildren(QTimer):
        timer.stop()
    window.stop_background()  # the overview's reader, as closing the window does
    window.hide()


def open_panel(window: Any, stick: Path) -> Any:
    # The overview fills itself a moment after the window shows, on the UI thread; let it finish
    # first, so that it does not read the database while an export or import runs in its thread.
    overview = window.page("overview")
    if not overview.loaded:
        overview.load_now()
    page = window.open_page(TITLE)
    assert isinstance(page, SyncPage)
    page.panel.ui.picker.set_folder(stick)
    assert page.panel.ui.picker.folder() == stick
    return page.panel


@pytest.fixture
def commune_panel(main_window: Any, stick: Path) -> CommuneSyncPanel:
    panel = open_panel(main_window, stick)
    assert isinstance(panel, CommuneSyncPanel)
    return panel


@pytest.fixture
def upper_panel(upper_window: Any, stick: Path) -> UpperSyncPanel:
    panel = open_panel(upper_window, stick)
    assert isinstance(panel, UpperSyncPanel)
    return panel


def finish(qtbot: Any, task: Any, timeout: int = 30_000) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=timeout)


def when_shown(kind: type, handler: Callable[[Any], None]) -> list[Any]:
    """Call handler(dialog) once on each new visible dialog of this kind (inside its exec())."""
    seen: list[Any] = []
    errors: list[BaseException] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                try:
                    handler(widget)
                except BaseException as exc:  # noqa: BLE001 - re-raised by the test's check
                    errors.append(exc)
                    widget.done(QDialog.DialogCode.Rejected)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    seen_timer = [timer, errors]  # kept alive with the list
    seen.append(seen_timer)  # type: ignore[arg-type]
    return seen


def handled(seen: list[Any]) -> list[Any]:
    """The dialogs a when_shown() list handled; re-raises what went wrong in the handler."""
    timer, errors = seen[0]
    timer.stop()
    if errors:
        raise errors[0]
    return seen[1:]


def ok_button(dialog: QDialog) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def confirm_fingerprint(expected: str) -> Callable[[FingerprintDialog], None]:
    def handler(dialog: FingerprintDialog) -> None:
        assert dialog.ui.fingerprint.text() == expected
        assert not ok_button(dialog).isEnabled(), "OK before the officer compared the fingerprint"
        dialog.ui.matched.setChecked(True)
        assert ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    return handler


def trust_upper(qtbot: Any, panel: CommuneSyncPanel, upper: Store, stick: Path) -> None:
    key = export_public_key(upper, stick)
    seen = when_shown(FingerprintDialog, confirm_fingerprint(key.fingerprint))
    assert panel.trust_key_file(key.path)
    assert len(handled(seen)) == 1
    assert key.fingerprint in panel.ui.upperKey.text()


def export(qtbot: Any, panel: CommuneSyncPanel) -> Path:
    finish(qtbot, panel.export())
    assert panel.last_export is not None, panel.ui.status.text()
    return panel.last_export.path


def import_with_summary(
    qtbot: Any,
    panel: UpperSyncPanel,
    start: Callable[[], Any],
    on_summary: Callable[[ImportPlanDialog], None],
    on_fingerprint: Callable[[FingerprintDialog], None] | None = None,
) -> list[Any]:
    summaries = when_shown(ImportPlanDialog, on_summary)
    keys = when_shown(FingerprintDialog, on_fingerprint or (lambda d: d.reject()))
    finish(qtbot, start())
    if panel.task is not None:
        finish(qtbot, panel.task)
    return [handled(summaries), handled(keys)]


def imported(qtbot: Any, panel: UpperSyncPanel, bundles: list[Path]) -> None:
    """Dry run, accept the summary, confirm a new key: as an officer who checked everything."""
    import_with_summary(
        qtbot,
        panel,
        lambda: panel.start_dry_run(bundles),
        lambda d: ok_button(d).click(),
        lambda d: (d.ui.matched.setChecked(True), ok_button(d).click()),
    )
