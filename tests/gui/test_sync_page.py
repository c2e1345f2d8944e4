# ruff: noqa: F811 - the fixtures imported from tests.gui.sync_fixtures are test parameters
"""Đồng bộ cấp trên, driven as the two officers would: a demo commune exports to a folder
standing for the USB stick, an upper-level office runs the dry run, reads the summary, compares
the commune's fingerprint and imports; the receipt goes back and moves the commune's
acknowledged base."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.store import sync_keys
from desktop_app.store.db import Store, open_store
from desktop_app.sync.bundle import open_bundle
from desktop_app.sync.container import read_file
from desktop_app.sync.export import commune_status
from desktop_app.sync.keys import ensure_keys, export_public_key
from desktop_app.sync.office import setup_office
from tests.gui.sync_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    TITLE,
    _no_thread_left,
    commune_panel,
    confirm_fingerprint,
    export,
    finish,
    handled,
    import_with_summary,
    ok_button,
    stick,
    trust_upper,
    upper_panel,
    upper_store,
    upper_window,
    when_shown,
)
from tests.sync.conftest import copies_equal, snapshot


# ---- the page ------------------------------------------------------------------------------------
def test_listed_between_printing_and_settings_with_the_panel_of_the_office_role(
    main_window: Any, upper_window: Any
) -> None:
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
    qtbot: Any,
    commune_panel: CommuneSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
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
    assert any(
        "Đã ghi và đọc lại kiểm tra gói số 1" in t for t in message_boxes.texts("information")
    )
    model = commune_panel.history_model
    assert model.rowCount() == 1 and model.record(0)["file_name"] == path.name
    assert model.data(model.index(0, 5)) == "chưa có"
    assert "Gói xuất gần nhất: <b>số 1</b>" in commune_panel.ui.ackSummary.text()


def test_fingerprint_not_confirmed_trusts_nothing(
    qtbot: Any, commune_panel: CommuneSyncPanel, upper_store: Store, demo_store: Store, stick: Path
) -> None:
    key = export_public_key(upper_store, stick)
    seen = when_shown(FingerprintDialog, lambda d: d.reject())
    assert not commune_panel.trust_key_file(key.path)
    assert len(handled(seen)) == 1
    assert sync_keys.trusted_upper(demo_store) is None
    assert "Chưa nhận tệp khóa" in commune_panel.ui.upperKey.text()


def test_a_commune_key_file_is_refused_without_asking(
    qtbot: Any, commune_panel: CommuneSyncPanel, tmp_path: Path, stick: Path, message_boxes: Any
) -> None:
    other = open_store(tmp_path / "other" / "somattran.db")
    setup_office(other, "commune", "Hòa Cư", "06283")
    key = export_public_key(other, stick).path
    other.close()
    seen = when_shown(FingerprintDialog, lambda d: d.reject())
    assert not commune_panel.trust_key_file(key)
    assert handled(seen) == []
    assert "không phải của đơn vị cấp trên" in message_boxes.texts("warning")[0]


def test_without_the_upper_key_the_officer_is_asked_before_an_unencrypted_export(
    qtbot: Any, commune_panel: CommuneSyncPanel, stick: Path, message_boxes: Any
) -> None:
    message_boxes.answer = QMessageBox.StandardButton.No
    assert commune_panel.export() is None
    assert "KHÔNG được mã hóa" in message_boxes.texts("question")[0]
    assert list(stick.iterdir()) == []
    message_boxes.answer = QMessageBox.StandardButton.Yes
    path = export(qtbot, commune_panel)
    assert not open_bundle(read_file(path)).manifest.encrypted
    assert any("KHÔNG được mã hóa" in t for t in message_boxes.texts("information"))


def test_no_stick_chosen_says_what_to_do(
    qtbot: Any, main_window: Any, message_boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = main_window.open_page(TITLE).panel
    panel.ui.picker._other = None
    panel.ui.picker._lister = list
    panel.ui.picker.rescan()
    assert panel.ui.picker.folder() is None
    assert panel.export() is None
    assert "Chưa chọn USB" in message_boxes.texts("warning")[0]


def test_ctrl_e_exports_and_full_export_is_an_option(
    qtbot: Any, commune_panel: CommuneSyncPanel, upper_store: Store, stick: Path, message_boxes: Any
) -> None:
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
def test_export_import_receipt_loop(
    qtbot: Any,
    commune_panel: CommuneSyncPanel,
    upper_panel: UpperSyncPanel,
    demo_store: Store,
    upper_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
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

    summaries, keys = import_with_summary(
        qtbot, upper_panel, upper_panel.import_all, summary, confirm_fingerprint(commune_key)
    )
    assert len(summaries) == 1 and len(keys) == 1
    assert copies_equal(upper_store, demo_store)
    assert upper_panel.communes_model.rowCount() == 1
    row = upper_panel.communes_model.record(0)
    assert (
        row["commune_code"] == "06280" and row["last_sequence"] == 1 and row["state"] == "đúng hạn"
    )
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

    summaries, keys = import_with_summary(
        qtbot, upper_panel, upper_panel.import_all, second_summary
    )
    assert keys == []  # the key is enrolled now: no second comparison
    assert second.exists() and copies_equal(upper_store, demo_store)
    assert upper_store.db["people"].get(person["id"])["phone"] == "0912345678"


def test_screenshot_dialogs_build(qtbot: Any, main_window: Any, upper_window: Any) -> None:
    from tests.screenshots import dialogs_of

    for window in (main_window, upper_window):
        for name, factory in dialogs_of(window.open_page(TITLE)).items():
            dialog = factory()
            assert isinstance(dialog, QWidget), name
            assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
            dialog.deleteLater()
