# ruff: noqa: F811 - the fixtures imported from tests.gui.sync_fixtures are test parameters
"""Keys in the window: a commune makes new keys when the old ones may be in other hands; the
upper level sees every commune key it enrolled and revokes one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.store import sync_keys
from desktop_app.store.db import Store
from desktop_app.sync.keys import ensure_keys
from tests.gui.sync_fixtures import (  # noqa: F401 - fixtures, used as test parameters
    _no_thread_left,
    commune_panel,
    export,
    imported,
    stick,
    trust_upper,
    upper_panel,
    upper_store,
    upper_window,
)
from tests.sync.conftest import snapshot


def test_declining_a_new_key_changes_nothing(
    commune_panel: CommuneSyncPanel, demo_store: Store, message_boxes: Any
) -> None:
    before = ensure_keys(demo_store).fingerprint
    message_boxes.answer = QMessageBox.StandardButton.No
    commune_panel.ui.newKeyButton.click()
    assert ensure_keys(demo_store).fingerprint == before
    assert "Chưa tạo khóa mới" in commune_panel.ui.status.text()
    assert "lấy cắp" in message_boxes.texts("question")[-1]


def test_new_key_then_the_upper_level_compares_it_and_revokes_the_old_one(
    qtbot: Any,
    commune_panel: CommuneSyncPanel,
    upper_panel: UpperSyncPanel,
    demo_store: Store,
    upper_store: Store,
    stick: Path,
    message_boxes: Any,
) -> None:
    trust_upper(qtbot, commune_panel, upper_store, stick)
    imported(qtbot, upper_panel, [export(qtbot, commune_panel)])
    old = ensure_keys(demo_store).fingerprint
    keys = upper_panel.ui.keys
    assert upper_panel.keys_model.rowCount() == 1
    assert upper_panel.keys_model.record(0)["state"] == "đang dùng"

    commune_panel.ui.newKeyButton.click()  # the officer answers Yes
    new = ensure_keys(demo_store).fingerprint
    assert new != old and new in commune_panel.ui.ownKey.text()
    assert new in message_boxes.texts("information")[-1]

    person = demo_store.people.query(limit=1)[0]
    demo_store.people.update(person["id"], {"phone": "0987654321"}, accept_warnings=True)
    imported(qtbot, upper_panel, [export(qtbot, commune_panel)])  # the new fingerprint compared
    assert upper_store.people.get(person["id"])["phone"] == "0987654321"
    assert upper_panel.keys_model.rowCount() == 2

    # revoke the old key: declined first, then confirmed
    row = next(r for r in range(2) if upper_panel.keys_model.record(r)["fingerprint"] == old)
    keys.selectRow(row)
    assert upper_panel.ui.revokeButton.isEnabled()
    before = snapshot(upper_store)
    message_boxes.answer = QMessageBox.StandardButton.No
    upper_panel.ui.revokeButton.click()
    assert snapshot(upper_store) == before
    message_boxes.answer = QMessageBox.StandardButton.Yes
    upper_panel.ui.revokeButton.click()
    assert "không thể hoàn tác" in message_boxes.texts("question")[-1].lower()
    states = {k["fingerprint"]: bool(k["revoked_at"]) for k in sync_keys.commune_keys(upper_store)}
    assert states == {old: True, new: False}
    revoked = next(r for r in range(2) if upper_panel.keys_model.record(r)["fingerprint"] == old)
    assert upper_panel.keys_model.record(revoked)["state"].startswith("đã thu hồi")
    keys.selectRow(revoked)
    assert not upper_panel.ui.revokeButton.isEnabled()
    assert "Đã thu hồi khóa" in upper_panel.ui.status.text()
