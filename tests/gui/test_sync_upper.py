# ruff: noqa: F811 - the fixtures imported from tests.gui.sync_fixtures are test parameters
"""The sync page at an upper-level office: choosing or cancelling, a damaged bundle refused in
Vietnamese with nothing changed, a key enrolled only after its fingerprint is confirmed, a
restored commune database imported only when ticked, several bundles of a commune in one batch,
the import record, receipts written again, the quarantine re-run, the office's key exported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.store.db import Store, open_store
from desktop_app.store.demo import build_demo
from desktop_app.sync.bundle import open_bundle
from desktop_app.sync.container import read_file
from desktop_app.sync.export import export_bundle
from desktop_app.sync.keys import ensure_keys, export_public_key, trust_upper_key
from tests.gui.sync_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    _no_thread_left,
    confirm_fingerprint,
    finish,
    import_with_summary,
    imported,
    ok_button,
    stick,
    upper_panel,
    upper_store,
    upper_window,
)
from tests.sync.conftest import copies_equal, snapshot
from tests.sync.helpers import rebuild


def test_choosing_bundles_and_cancelling_the_summary_imports_nothing(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    bundle = export_bundle(demo_store, stick).path
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(bundle)], ""))
    )
    before = snapshot(upper_store)
    summaries, keys = import_with_summary(
        qtbot, upper_panel, upper_panel.choose_bundles, lambda d: d.reject()
    )
    assert len(summaries) == 1 and keys == []
    assert snapshot(upper_store) == before
    assert "không nhập gói nào" in upper_panel.ui.status.text()


def test_enrolment_declined_imports_nothing(
    qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, demo_store: Store, stick: Path
) -> None:
    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    export_bundle(demo_store, stick)
    before = snapshot(upper_store)
    summaries, keys = import_with_summary(
        qtbot,
        upper_panel,
        upper_panel.import_all,
        lambda d: ok_button(d).click(),
        lambda d: d.reject(),
    )
    assert len(summaries) == 1 and len(keys) == 1
    assert snapshot(upper_store) == before
    assert "khóa của xã chưa được ghi nhận" in upper_panel.ui.status.text()
    assert upper_panel.communes_model.rowCount() == 0


def flip_middle_byte(raw: bytes) -> bytes:
    damaged = bytearray(raw)
    damaged[len(raw) // 2] ^= 0x40
    return bytes(damaged)


@pytest.mark.parametrize(
    "damage",
    [flip_middle_byte, lambda raw: raw[: len(raw) * 2 // 3]],
    ids=["flipped-byte", "truncated"],
)
def test_a_corrupted_bundle_is_refused_in_vietnamese_and_changes_nothing(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    damage: Callable[[bytes], bytes],
) -> None:
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
def test_import_record_preview_and_save(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    trust_upper_key(demo_store, export_public_key(upper_store, stick).path)
    imported(qtbot, upper_panel, [export_bundle(demo_store, stick).path])
    upper_panel.ui.tabs.setCurrentWidget(upper_panel.ui.importsTab)
    assert upper_panel.ui.recordButton.isEnabled()
    finish(qtbot, upper_panel.show_record())
    dialog = upper_panel.record_dialog
    assert dialog is not None and dialog.isVisible() and dialog.preview.page_count() >= 1
    out = tmp_path / "bien-ban.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    assert dialog.save_pdf() == out and out.read_bytes().startswith(b"%PDF")
    temp = dialog.path
    dialog.reject()
    assert not temp.exists()  # the preview's temporary file goes with the dialog

    receipt = stick / "biennhan-06280-000001.smtr"
    receipt.unlink()
    assert upper_panel.write_receipt() == receipt and receipt.exists()


def test_quarantined_records_are_listed_and_rerun_once_what_they_need_arrives(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
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
    assert upper_panel.quarantine_model.data(upper_panel.quarantine_model.index(0, 0)).endswith(
        "(06280)"
    )

    finish(qtbot, upper_panel.rerun())
    assert upper_panel.quarantine_model.rowCount() == held  # the village is still missing

    def only_village(tables: dict[str, list[dict]]) -> None:
        for name in tables:
            tables[name] = [r for r in tables[name] if r["id"] == village["id"]]

    second = rebuild(
        original,
        upper_store,
        demo_store,
        change=only_village,
        name="b.smtb",
        sequence=2,
        base_sequence=1,
        base_bundle_id=first_id,
    )
    imported(qtbot, upper_panel, [second])
    finish(qtbot, upper_panel.rerun())
    assert upper_panel.quarantine_model.rowCount() == 0
    assert "còn 0 bản ghi cách ly" in message_boxes.texts("information")[-1]
    assert copies_equal(upper_store, demo_store)


def test_upper_exports_its_key_for_the_communes(
    qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, stick: Path, message_boxes: Any
) -> None:
    path = upper_panel.export_key()
    assert path is not None and path.parent == stick and path.suffix == ".smtk"
    fingerprint = ensure_keys(upper_store).fingerprint
    assert fingerprint in message_boxes.texts("information")[0]
    assert fingerprint in upper_panel.ui.ownKey.text()


def test_the_import_works_from_the_keyboard(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
    from tests.gui.keyboard import press

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

    summaries, keys = import_with_summary(
        qtbot, upper_panel, upper_panel.import_all, summary, fingerprint
    )
    assert len(summaries) == 1 and len(keys) == 1
    assert copies_equal(upper_store, demo_store)


def test_a_restored_commune_database_is_imported_only_when_the_officer_ticks_it(
    qtbot: Any, upper_panel: UpperSyncPanel, upper_store: Store, stick: Path, tmp_path: Path
) -> None:
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

        import_with_summary(
            qtbot, upper_panel, lambda: upper_panel.start_dry_run([bundle]), summary
        )
        assert upper_store.db["people"].get(person["id"])["notes"] == "sau khôi phục"
    finally:
        commune.close()


def test_several_bundles_of_one_commune_import_in_order_in_one_batch(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
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

    import_with_summary(
        qtbot,
        upper_panel,
        upper_panel.import_all,
        summary,
        confirm_fingerprint(ensure_keys(demo_store).fingerprint),
    )
    assert "Đã nhập 3 gói." in message_boxes.texts("information")[-1]
    model = upper_panel.imports_model
    assert [model.record(i)["sequence"] for i in range(model.rowCount())] == [3, 2, 1]
    assert copies_equal(upper_store, demo_store)
    assert sorted(p.name for p in stick.glob("biennhan-*")) == [
        f"biennhan-06280-00000{n}.smtr" for n in (1, 2, 3)
    ]


def test_the_summary_warns_of_an_id_number_already_in_another_commune(
    qtbot: Any,
    upper_panel: UpperSyncPanel,
    upper_store: Store,
    demo_store: Store,
    stick: Path,
    tmp_path: Path,
) -> None:
    from desktop_app.sync.importer import import_bundle

    key = export_public_key(upper_store, stick).path
    trust_upper_key(demo_store, key)
    import_bundle(upper_store, export_bundle(demo_store, stick).path, enrol=True)
    known = next(p for p in demo_store.people.all() if p.get("id_number"))
    other = open_store(tmp_path / "other" / "somattran.db")
    try:
        build_demo(other, people=30, villages=2, seed=5, commune_code="06283")
        trust_upper_key(other, key)
        person = other.people.all()[0]
        other.people.update(person["id"], {"id_number": known["id_number"]}, accept_warnings=True)
        bundle = export_bundle(other, stick).path
    finally:
        other.close()
    before = snapshot(upper_store)

    def summary(dialog: ImportPlanDialog) -> None:
        details = dialog.details_text()
        assert "Lưu ý" in details and f"Số định danh {known['id_number']}" in details
        assert "(06280)" in details and "hai xã" in details
        dialog.reject()

    summaries, _keys = import_with_summary(
        qtbot, upper_panel, lambda: upper_panel.start_dry_run([bundle]), summary
    )
    assert len(summaries) == 1 and snapshot(upper_store) == before
