"""Đồng bộ cấp trên, driven as the two officers would: a demo commune exports to a folder
standing for the USB stick, an upper-level office runs the dry run, reads the summary, compares
the commune's fingerprint and imports; the receipt goes back and moves the commune's
acknowledged base. A damaged bundle is refused in Vietnamese and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from desktop_app.gui import worker
from desktop_app.gui.removable_drives import (
    DRIVE_REMOVABLE,
    DrivePicker,
    is_stick,
    removable_drives,
)
from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog
from desktop_app.gui.sync_page import SyncPage
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.store import sync_state
from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.bundle import open_bundle
from desktop_app.sync.container import read_file
from desktop_app.sync.export import commune_status, export_bundle
from desktop_app.sync.keys import ensure_keys, export_public_key, trust_upper_key
from desktop_app.sync.office import setup_office
from tests.gui.conftest import GUI_TODAY
from tests.sync.conftest import copies_equal, snapshot
from tests.sync.helpers import rebuild

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
    window.hide()


def open_panel(window: Any, stick: Path) -> Any:
    # The overview fills itself a moment after the window shows, on the UI thread; let it finish
    # first, so that it does not read the database while an export or import runs in its thread.
    overview = window.page("Tổng quan")
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


def import_with_summary(qtbot: Any, panel: UpperSyncPanel, start: Callable[[], Any],
                        on_summary: Callable[[ImportPlanDialog], None],
                        on_fingerprint: Callable[[FingerprintDialog], None] | None = None) -> list[Any]:
    summaries = when_shown(ImportPlanDialog, on_summary)
    keys = when_shown(FingerprintDialog, on_fingerprint or (lambda d: d.reject()))
    finish(qtbot, start())
    if panel.task is not None:
        finish(qtbot, panel.task)
    return [handled(summaries), handled(keys)]


# ---- the page ------------------------------------------------------------------------------------
def test_listed_between_printing_and_settings_with_the_panel_of_the_office_role(
        main_window: Any, upper_window: Any) -> None:
    titles = main_window.titles()
    assert titles.index(TITLE) == titles.index("In ấn & báo cáo") + 1
    assert titles.index("Cài đặt") == titles.index(TITLE) + 1
    assert isinstance(main_window.open_page(TITLE).panel, CommuneSyncPanel)
    assert isinstance(upper_window.open_page(TITLE).panel, UpperSyncPanel)


@pytest.mark.parametrize("role", ["commune", "upper"])
def test_fits_1366_by_768(role: str, main_window: Any, upper_window: Any) -> None:
    window = main_window if role == "commune" else upper_window
    page = window.open_page(TITLE)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 240 and hint.height() <= 768 - 60, hint


# ---- at the commune ------------------------------------------------------------------------------
def test_commune_trusts_the_key_and_exports_an_encrypted_bundle_to_the_stick(
        qtbot: Any, commune_panel: CommuneSyncPanel, upper_store: Store, demo_store: Store,
        stick: Path, message_boxes: Any) -> None:
    trust_upper(qtbot, commune_panel, upper_store, stick)
    people = commune_panel.ui.nextSummary.text()
    assert "Người" in people and str(demo_store.db["people"].count) in people

    path = export(qtbot, commune_panel)
    assert path.parent == stick and path.exists() and path.name.startswith("06280-000001-")
    assert [p.name for p in stick.iterdir() if p.name.startswith(".")] == []  # no temporary left
    opened = open_bundle(read_file(path))
    assert opened.manifest.encrypted and opened.header.sequence == 1
    assert opened.manifest.row_counts["people"] == demo_store.db["people"].count
    assert str(path) in commune_panel.ui.status.text()
    assert any("Đã ghi và đọc lại kiểm tra gói số 1" in t for t in message_boxes.texts("information"))
    model = commune_panel.history_model
    assert model.rowCount() == 1 and model.record(0)["file_name"] == path.name
    assert model.data(model.index(0, 5)) == "chưa có"
    assert "Gói xuất gần nhất: <b>số 1</b>" in commune_panel.ui.ackSummary.text()


def test_fingerprint_not_confirmed_trusts_nothing(qtbot: Any, commune_panel: CommuneSyncPanel,
                                                  upper_store: Store, demo_store: Store,
                                                  stick: Path) -> None:
    key = export_public_key(upper_store, stick)
    seen = when_shown(FingerprintDialog, lambda d: d.reject())
    assert not commune_panel.trust_key_file(key.path)
    assert len(handled(seen)) == 1
    assert sync_state.trusted_upper(demo_store.db) is None
    assert "Chưa nhận tệp khóa" in commune_panel.ui.upperKey.text()


def test_a_commune_key_file_is_refused_without_asking(qtbot: Any, commune_panel: CommuneSyncPanel,
                                                      tmp_path: Path, stick: Path,
                                                      message_boxes: Any) -> None:
    other = open_store(tmp_path / "other" / "somattran.db")
    setup_office(other, "commune", "Hòa Cư", "06283")
    key = export_public_key(other, stick).path
    other.close()
    seen = when_shown(FingerprintDialog, lambda d: d.reject())
    assert not commune_panel.trust_key_file(key)
    assert handled(seen) == []
    assert "không phải của đơn vị cấp trên" in message_boxes.texts("warning")[0]


def test_without_the_upper_key_the_officer_is_asked_before_an_unencrypted_export(
        qtbot: Any, commune_panel: CommuneSyncPanel, stick: Path, message_boxes: Any) -> None:
    message_boxes.answer = QMessageBox.StandardButton.No
    assert commune_panel.export() is None
    assert "KHÔNG được mã hóa" in message_boxes.texts("question")[0]
    assert list(stick.iterdir()) == []
    message_boxes.answer = QMessageBox.StandardButton.Yes
    path = export(qtbot, commune_panel)
    assert not open_bundle(read_file(path)).manifest.encrypted
    assert any("KHÔNG được mã hóa" in t for t in message_boxes.texts("information"))


def test_no_stick_chosen_says_what_to_do(qtbot: Any, main_window: Any, message_boxes: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    panel = main_window.open_page(TITLE).panel
    panel.ui.picker._other = None
    panel.ui.picker._lister = list
    panel.ui.picker.rescan()
    assert panel.ui.picker.folder() is None
    assert panel.export() is None
    assert "Chưa chọn USB" in message_boxes.texts("warning")[0]


def test_ctrl_e_exports_and_full_export_is_an_option(qtbot: Any, commune_panel: CommuneSyncPanel,
                                                     upper_store: Store, stick: Path,
                                                     message_boxes: Any) -> None:
    trust_upper(qtbot, commune_panel, upper_store, stick)
    window = commune_panel.window()
    window.activateWindow()  # as a window manager would once the fingerprint dialog closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    commune_panel.ui.exportButton.setFocus()
    qtbot.keyClick(commune_panel.ui.exportButton, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, commune_panel.task)
    first = commune_panel.last_export
    assert first is not None and not first.full
    commune_panel.ui.fullCheck.setChecked(True)
    assert "Gói đầy đủ" in commune_panel.ui.nextSummary.text()
    export(qtbot, commune_panel)
    assert commune_panel.last_export.full and commune_panel.last_export.sequence == 2
    assert not commune_panel.ui.fullCheck.isChecked()  # back to incremental for the next one


# ---- the whole loop ------------------------------------------------------------------------------
def test_export_import_receipt_loop(qtbot: Any, commune_panel: CommuneSyncPanel,
                                    upper_panel: UpperSyncPanel, demo_store: Store,
                                    upper_store: Store, stick: Path, message_boxes: Any) -> None:
    trust_upper(qtbot, commune_panel, upper_store, stick)
    bundle = export(qtbot, commune_panel)
    assert bundle.parent == stick
    people = demo_store.db["people"].count
    commune_key = ensure_keys(demo_store).fingerprint
    before = snapshot(upper_store)

    def summary(dialog: ImportPlanDialog) -> None:
        assert dialog.ui.files.count() == 1 and dialog.is_checked(0)
        details = dialog.details_text()
        assert "gói số 1" in details and "CHƯA ghi nhận" in details
        assert f"Người\n{people}\n0\n0\n0\n0" in details  # new, changed, deleted, unchanged, held
        assert "chưa ghi gì" in dialog.summary_text()
        assert snapshot(upper_store) == before  # the dry run wrote nothing
        ok_button(dialog).click()

    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.import_all, summary,
                                          confirm_fingerprint(commune_key))
    assert len(summaries) == 1 and len(keys) == 1
    assert copies_equal(upper_store, demo_store)
    assert upper_panel.communes_model.rowCount() == 1
    row = upper_panel.communes_model.record(0)
    assert row["commune_code"] == "06280" and row["last_sequence"] == 1 and row["state"] == "đúng hạn"
    assert upper_panel.imports_model.rowCount() == 1
    receipt = stick / "biennhan-06280-000001.smtr"
    assert receipt.exists()
    assert str(receipt) in message_boxes.texts("information")[-1]

    # the stick goes back: the commune imports the receipt and its acknowledged base moves
    assert commune_status(demo_store).acknowledged_sequence is None
    outcomes = commune_panel.import_receipts([receipt])
    assert outcomes[0].error is None and outcomes[0].receipt.status == "acknowledged"
    assert commune_status(demo_store).acknowledged_sequence == 1
    assert "đã xác nhận tới <b>gói số 1</b>" in commune_panel.ui.ackSummary.text()
    assert "<b>0</b> bản ghi" in commune_panel.ui.nextSummary.text()
    acknowledged = commune_panel.history_model.data(commune_panel.history_model.index(0, 5))
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", acknowledged), acknowledged

    # one edit later, the next bundle holds just that record and imports incrementally
    person = demo_store.people.query(limit=1)[0]
    demo_store.people.update(person["id"], {"phone": "0912345678"}, accept_warnings=True)
    commune_panel.refresh()
    assert "sau gói số 1: <b>1</b> bản ghi" in commune_panel.ui.nextSummary.text()
    second = export(qtbot, commune_panel)

    def second_summary(dialog: ImportPlanDialog) -> None:
        texts = [dialog.ui.files.item(i).text() for i in range(dialog.ui.files.count())]
        assert texts[1].endswith("gói số 2: 1 thay đổi") and "đã nhập trước đây" in texts[0]
        assert not dialog.is_checked(0) and dialog.is_checked(1)
        ok_button(dialog).click()

    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.import_all, second_summary)
    assert keys == []  # the key is enrolled now: no second comparison
    assert second.exists() and copies_equal(upper_store, demo_store)
    assert upper_store.db["people"].get(person["id"])["phone"] == "0912345678"


def test_choosing_bundles_and_cancelling_the_summary_imports_nothing(
        qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, demo_store: Store, stick: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    bundle = export_bundle(demo_store, stick).path
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(bundle)], "")))
    before = snapshot(upper_store)
    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.choose_bundles,
                                          lambda d: d.reject())
    assert len(summaries) == 1 and keys == []
    assert snapshot(upper_store) == before
    assert "không nhập gói nào" in upper_panel.ui.status.text()


def test_enrolment_declined_imports_nothing(qtbot: Any, upper_panel: UpperSyncPanel,
                                            upper_store: Store, demo_store: Store, stick: Path) -> None:
    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    export_bundle(demo_store, stick)
    before = snapshot(upper_store)
    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.import_all,
                                          lambda d: ok_button(d).click(), lambda d: d.reject())
    assert len(summaries) == 1 and len(keys) == 1
    assert snapshot(upper_store) == before
    assert "khóa của xã chưa được ghi nhận" in upper_panel.ui.status.text()
    assert upper_panel.communes_model.rowCount() == 0


def flip_middle_byte(raw: bytes) -> bytes:
    damaged = bytearray(raw)
    damaged[len(raw) // 2] ^= 0x40
    return bytes(damaged)


@pytest.mark.parametrize("damage", [flip_middle_byte, lambda raw: raw[: len(raw) * 2 // 3]],
                         ids=["flipped-byte", "truncated"])
def test_a_corrupted_bundle_is_refused_in_vietnamese_and_changes_nothing(
        qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, demo_store: Store,
        stick: Path, damage: Callable[[bytes], bytes]) -> None:
    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    bundle = export_bundle(demo_store, stick).path
    bundle.write_bytes(damage(bundle.read_bytes()))
    before = snapshot(upper_store)

    def summary(dialog: ImportPlanDialog) -> None:
        assert dialog.ui.files.item(0).text().startswith("✗")
        assert not dialog.ui.files.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
        details = dialog.details_text()
        assert "Không nhập được tệp này" in details and "Không có gì thay đổi" in details
        assert "Hãy xuất lại gói ở xã" in details, details  # the library's message, what to do
        assert not ok_button(dialog).isEnabled()
        dialog.reject()

    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.import_all, summary)
    assert len(summaries) == 1 and keys == []
    assert snapshot(upper_store) == before
    assert not list(stick.glob("biennhan-*"))


# ---- after the import: record, receipt again, quarantine -----------------------------------------
def imported(qtbot: Any, panel: UpperSyncPanel, bundles: list[Path]) -> None:
    import_with_summary(qtbot, panel, lambda: panel.start_dry_run(bundles),
                        lambda d: ok_button(d).click(), lambda d: (d.ui.matched.setChecked(True),
                                                                   ok_button(d).click()))


def test_import_record_preview_and_save(qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store,
                                        demo_store: Store, stick: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, message_boxes: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    imported(qtbot, upper_panel, [export_bundle(demo_store, stick).path])
    upper_panel.ui.tabs.setCurrentWidget(upper_panel.ui.importsTab)
    assert upper_panel.ui.recordButton.isEnabled()
    finish(qtbot, upper_panel.show_record())
    dialog = upper_panel.record_dialog
    assert dialog is not None and dialog.isVisible() and dialog.preview.page_count() >= 1
    out = tmp_path / "bien-ban.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert dialog.save_pdf() == out and out.read_bytes().startswith(b"%PDF")
    temp = dialog.path
    dialog.reject()
    assert not temp.exists()  # the preview's temporary file goes with the dialog

    receipt = stick / "biennhan-06280-000001.smtr"
    receipt.unlink()
    assert upper_panel.write_receipt() == receipt and receipt.exists()


def test_quarantined_records_are_listed_and_rerun_once_what_they_need_arrives(
        qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, demo_store: Store,
        stick: Path, message_boxes: Any) -> None:
    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    original = export_bundle(demo_store, stick).path
    village = demo_store.villages.query()[0]

    def without_village(tables: dict[str, list[dict]]) -> None:
        tables["villages"] = [v for v in tables["villages"] if v["id"] != village["id"]]

    first = rebuild(original, upper_store, demo_store, change=without_village, name="a.smtb")
    first_id = open_bundle(read_file(first)).header.bundle_id
    imported(qtbot, upper_panel, [first])
    held = upper_panel.quarantine_model.rowCount()
    assert held > 0 and upper_panel.ui.rerunButton.isEnabled()
    assert "(" in upper_panel.ui.tabs.tabText(2)
    assert upper_panel.quarantine_model.data(upper_panel.quarantine_model.index(0, 0)).endswith("(06280)")

    finish(qtbot, upper_panel.rerun())
    assert upper_panel.quarantine_model.rowCount() == held  # the village is still missing

    def only_village(tables: dict[str, list[dict]]) -> None:
        for name in tables:
            tables[name] = [r for r in tables[name] if r["id"] == village["id"]]

    second = rebuild(original, upper_store, demo_store, change=only_village, name="b.smtb",
                     sequence=2, base_sequence=1, base_bundle_id=first_id)
    imported(qtbot, upper_panel, [second])
    finish(qtbot, upper_panel.rerun())
    assert upper_panel.quarantine_model.rowCount() == 0
    assert "còn 0 bản ghi cách ly" in message_boxes.texts("information")[-1]
    assert copies_equal(upper_store, demo_store)


def test_upper_exports_its_key_for_the_communes(qtbot: Any, upper_panel: UpperSyncPanel,
                                                upper_store: Store, stick: Path,
                                                message_boxes: Any) -> None:
    path = upper_panel.export_key()
    assert path is not None and path.parent == stick and path.suffix == ".smtk"
    fingerprint = ensure_keys(upper_store).fingerprint
    assert fingerprint in message_boxes.texts("information")[0]
    assert fingerprint in upper_panel.ui.ownKey.text()


# ---- the stick -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("root", "kwargs", "expected"), [
    ("/media/an/KINGSTON", {}, True),
    ("/run/media/an/USB", {}, True),
    ("/mnt/usb", {}, True),
    ("/", {"is_root": True}, False),
    ("/home", {}, False),
    ("/media/an/CDROM", {"read_only": True}, False),
    ("/media/an/KINGSTON", {"ready": False}, False),
    ("/mnt/ram", {"fs_type": "tmpfs"}, False),
    ("/mediax/a", {}, False),
    ("E:/", {"platform": "win32", "drive_type": DRIVE_REMOVABLE}, True),
    ("D:/", {"platform": "win32", "drive_type": 3}, False),  # a fixed disk
    ("C:/", {"platform": "win32", "drive_type": DRIVE_REMOVABLE, "system_drive": "C:"}, False),
])
def test_which_volumes_are_offered_as_a_stick(root: str, kwargs: dict, expected: bool) -> None:
    args = {"ready": True, "read_only": False, "is_root": False, "platform": "linux"} | kwargs
    assert is_stick(root, **args) is expected


class FakeVolume:
    def __init__(self, root: str, name: str = "", read_only: bool = False) -> None:
        self.root, self.label, self.read_only = root, name, read_only

    def isValid(self) -> bool:  # noqa: N802 - QStorageInfo's names
        return True

    def rootPath(self) -> str:  # noqa: N802
        return self.root

    def isReady(self) -> bool:  # noqa: N802
        return True

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.read_only

    def isRoot(self) -> bool:  # noqa: N802
        return self.root == "/"

    def fileSystemType(self) -> bytes:  # noqa: N802
        return b"vfat"

    def displayName(self) -> str:  # noqa: N802
        return self.label

    def name(self) -> str:
        return self.label

    def bytesAvailable(self) -> int:  # noqa: N802
        return 3 * 1024 ** 3 + 200 * 1024 ** 2


def test_mounted_volumes_are_filtered_and_listed_in_the_picker(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("desktop_app.gui.removable_drives.sys.platform", "linux")
    monkeypatch.setattr("desktop_app.gui.removable_drives.os.access", lambda *_a: True)
    volumes = [FakeVolume("/"), FakeVolume("/media/an/KINGSTON", "KINGSTON"),
               FakeVolume("/media/an/DVD", "DVD", read_only=True), FakeVolume("/boot/efi")]
    drives = removable_drives(volumes)
    assert [str(d.path) for d in drives] == ["/media/an/KINGSTON"]
    assert drives[0].label == "KINGSTON (/media/an/KINGSTON) — còn trống 3,2 GB"

    picker = DrivePicker(lister=lambda: drives)
    qtbot.addWidget(picker)
    items = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert items[0].startswith("USB KINGSTON") and picker.folder() == Path("/media/an/KINGSTON")
    picker.set_folder(tmp_path)
    assert picker.folder() == tmp_path
    assert picker.combo.itemText(picker.combo.currentIndex()) == f"Thư mục {tmp_path}"
    again = DrivePicker(lister=list)  # the folder chosen last time is offered next time
    qtbot.addWidget(again)
    assert again.folder() == tmp_path


def test_screenshot_dialogs_build(qtbot: Any, main_window: Any, upper_window: Any) -> None:
    for window in (main_window, upper_window):
        for name, factory in window.open_page(TITLE).screenshot_dialogs().items():
            dialog = factory()
            assert isinstance(dialog, QWidget), name
            assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
            dialog.deleteLater()


def test_the_import_works_from_the_keyboard(qtbot: Any, upper_panel: UpperSyncPanel,
                                            upper_store: Store, demo_store: Store,
                                            stick: Path, message_boxes: Any) -> None:
    from tests.gui.typing import press

    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    export_bundle(demo_store, stick)

    def summary(dialog: ImportPlanDialog) -> None:
        files = dialog.ui.files
        press(files, Qt.Key.Key_Space)  # unticks: nothing chosen, nothing to import
        assert not dialog.is_checked(0) and not ok_button(dialog).isEnabled()
        press(files, Qt.Key.Key_Space)
        assert dialog.is_checked(0) and ok_button(dialog).isEnabled()
        press(files, Qt.Key.Key_Return)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    def fingerprint(dialog: FingerprintDialog) -> None:
        press(dialog.ui.matched, Qt.Key.Key_Return)  # not before the comparison is ticked
        assert dialog.isVisible()
        press(dialog.ui.matched, Qt.Key.Key_Space)
        assert dialog.ui.matched.isChecked()
        press(dialog.ui.matched, Qt.Key.Key_Return)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    summaries, keys = import_with_summary(qtbot, upper_panel, upper_panel.import_all, summary,
                                          fingerprint)
    assert len(summaries) == 1 and len(keys) == 1
    assert copies_equal(upper_store, demo_store)


def test_a_restored_commune_database_is_imported_only_when_the_officer_ticks_it(
        qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, stick: Path,
        tmp_path: Path) -> None:
    from desktop_app.store.backup import backup, restore
    from desktop_app.sync.acknowledge import import_receipt
    from desktop_app.sync.importer import import_bundle

    path = tmp_path / "commune" / "somattran.db"
    commune = open_store(path)
    build_demo(commune, people=40, villages=3, seed=2)
    trust_upper_key(commune, export_public_key(upper_store, stick).path)
    first = import_bundle(upper_store, export_bundle(commune, stick).path, enrol=True)
    import_receipt(commune, first.receipt_path)
    saved = backup(commune, tmp_path / "backups")
    commune.people.update(commune.people.all()[0]["id"], {"notes": "sau sao lưu"})
    import_bundle(upper_store, export_bundle(commune, stick).path)
    commune.close()
    restore(path, saved, tmp_path / "backups")
    commune = open_store(path)
    try:
        person = commune.people.all()[1]
        commune.people.update(person["id"], {"notes": "sau khôi phục"})
        bundle = export_bundle(commune, stick).path

        def summary(dialog: ImportPlanDialog) -> None:
            item = dialog.ui.files.item(0)
            assert item.text().startswith("⚠") and "cần hỏi xã" in item.text()
            assert not dialog.is_checked(0) and not ok_button(dialog).isEnabled()
            assert "Cần hỏi xã trước khi nhập" in dialog.details_text()
            assert "khôi phục" in dialog.details_text()
            dialog.set_checked(0, True)  # the officer asked the commune
            ok_button(dialog).click()

        import_with_summary(qtbot, upper_panel, lambda: upper_panel.start_dry_run([bundle]), summary)
        assert upper_store.db["people"].get(person["id"])["notes"] == "sau khôi phục"
    finally:
        commune.close()


def test_several_bundles_of_one_commune_import_in_order_in_one_batch(
        qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, demo_store: Store,
        stick: Path, message_boxes: Any) -> None:
    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    export_bundle(demo_store, stick)
    person = demo_store.people.query(limit=1)[0]
    demo_store.people.update(person["id"], {"notes": "sửa sau gói 1"})
    export_bundle(demo_store, stick)
    demo_store.people.update(person["id"], {"notes": "sửa sau gói 2"})
    export_bundle(demo_store, stick)  # no receipt came back: each bundle overlaps the last

    def summary(dialog: ImportPlanDialog) -> None:
        texts = [dialog.ui.files.item(i).text() for i in range(3)]
        assert [t.split("gói số ")[1][0] for t in texts] == ["1", "2", "3"]  # in sequence
        assert all(dialog.is_checked(i) for i in range(3))
        ok_button(dialog).click()

    import_with_summary(qtbot, upper_panel, upper_panel.import_all, summary,
                        confirm_fingerprint(ensure_keys(demo_store).fingerprint))
    assert "Đã nhập 3 gói." in message_boxes.texts("information")[-1]
    model = upper_panel.imports_model
    assert [model.record(i)["sequence"] for i in range(model.rowCount())] == [3, 2, 1]
    assert copies_equal(upper_store, demo_store)
    assert sorted(p.name for p in stick.glob("biennhan-*")) == [
        f"biennhan-06280-00000{n}.smtr" for n in (1, 2, 3)]
