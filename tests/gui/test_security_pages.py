"""The log-in, the chairman's account at the upgrade, the idle lock, the accounts and audit pages,
and the demo's "Dữ liệu mẫu" on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.core import roles
from desktop_app.store import accounts, protect, vault
from desktop_app.store.db import open_store
from tests.gui.modal import run_modal

CHAIR, CHAIR_PW = "chutich", "mat-khau-chu-tich"


@pytest.fixture
def restore_hooks(monkeypatch: pytest.MonkeyPatch, own_log_handlers: None) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault, "SCRYPT_N", 2**10)


@pytest.fixture
def plain_office(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "somattran.db"
    store = open_store(path)
    store.setup_office(commune_name="Hòa Cư", commune_code="06280", province_name="Lạng Sơn")
    store.people.add({"full_name": "Lăng Văn Tú", "sex": "male", "id_number": "020095001234"})
    store.close()
    return path


@pytest.fixture
def office(plain_office: Path) -> Path:
    protect.protect(plain_office, CHAIR, CHAIR_PW)
    store = open_store(plain_office, user=CHAIR, password=CHAIR_PW)
    accounts.add(store, "lan", roles.CAN_BO, "mat-khau-lan")
    store.close()
    return plain_office


def stop(window: Any) -> None:
    """Nothing due may read the store once the test closes it."""
    from PySide6.QtCore import QTimer

    for timer in window.findChildren(QTimer):
        timer.stop()
    window.stop_background()  # nor any page's reader (the overview's counts) run on
    window.hide()


def fill_login(user: str, password: str):
    def handler(dialog: Any) -> None:
        dialog.ui.userEdit.setText(user)
        dialog.ui.passwordEdit.setText(password)
        dialog.ui.buttonBox.accepted.emit()

    return handler


def test_the_window_asks_for_a_log_in_and_a_wrong_password_stays_on_it(
    qtbot, office, restore_hooks
):
    from desktop_app.gui.app import start
    from desktop_app.startup import Protected, open_office

    opened = open_office(str(office.parent))
    assert isinstance(opened, Protected)
    seen: list[str] = []

    def handler(dialog: Any) -> None:
        fill_login(CHAIR, "sai-mat-khau")(dialog)
        assert dialog.isVisible() and "không đúng" in dialog.ui.messageLabel.text()
        seen.append(dialog.ui.messageLabel.text())
        fill_login(CHAIR, CHAIR_PW)(dialog)

    started = run_modal(lambda: start(str(office.parent), opened), handler)
    _app, window, store = started
    qtbot.addWidget(window)
    try:
        assert seen and store.account.name == CHAIR
        assert "Nhật ký" in window.titles() and "Tài khoản" in window.titles()
        assert window.session is not None
        overview = (
            window.current_page()
        )  # fills in a thread, through a reader with the office's key
        qtbot.waitUntil(lambda: getattr(overview, "loaded", True), timeout=20000)
        assert not window.demo_label.isVisibleTo(window)
    finally:
        stop(window)
        store.close()


def test_a_plain_office_is_upgraded_at_start_with_the_chairmans_account(
    qtbot, plain_office, restore_hooks, monkeypatch, tmp_path
):
    from desktop_app.gui import login
    from desktop_app.gui.app import start
    from desktop_app.startup import open_office

    store = open_store(plain_office)
    store.set_meta(
        "protect_at_start", "1"
    )  # as migration m0008 marks an office of an earlier version
    store.close()
    shown: list[str] = []

    def keep_key(self: Any) -> int:
        shown.append(self.key)
        self.print_sheet(str(tmp_path / "phieu.pdf"))
        self.ui.keptCheck.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(login.RecoveryDialog, "exec", keep_key)
    monkeypatch.setattr(login.QMessageBox, "information", staticmethod(lambda *a, **k: None))

    def handler(dialog: Any) -> None:
        dialog.ui.nameEdit.setText(CHAIR)
        dialog.ui.passwordEdit.setText(CHAIR_PW)
        dialog.ui.repeatEdit.setText(CHAIR_PW)
        dialog.ui.buttonBox.accepted.emit()

    started = run_modal(
        lambda: start(str(plain_office.parent), open_office(str(plain_office.parent))), handler
    )
    _app, window, store = started
    qtbot.addWidget(window)
    try:
        assert store.protected and store.account.role == roles.LANH_DAO
        assert store.people.count() == 1
        assert (
            b"Lang Van Tu" not in plain_office.read_bytes()
            and b"020095001234" not in plain_office.read_bytes()
        )
        assert vault.parse_recovery(shown[0])
        with pdfplumber.open(tmp_path / "phieu.pdf") as pdf:
            text = pdf.pages[0].extract_text()
        assert "PHIẾU KHÓA KHÔI PHỤC" in text and shown[0].split("-")[0] in text
    finally:
        stop(window)
        store.close()


def test_the_window_locks_after_the_idle_time_and_opens_with_the_password(qtbot, office):
    from desktop_app.gui.login import SessionGuard
    from desktop_app.gui.main_window import MainWindow

    store = open_store(office, user="lan", password="mat-khau-lan")
    window = MainWindow(store)
    qtbot.addWidget(window)
    clock = [0.0]
    guard = SessionGuard(window, store, now=lambda: clock[0])
    window.show()
    try:
        clock[0] = 9 * 60
        guard.check()
        assert window.isVisible()  # 10 minutes by default
        clock[0] = 10 * 60

        def handler(dialog: Any) -> None:
            assert not window.isVisible() and guard.locked
            assert dialog.ui.userEdit.text() == "lan" and dialog.ui.userEdit.isReadOnly()
            dialog.ui.passwordEdit.setText("sai-roi-nhe")
            dialog.ui.buttonBox.accepted.emit()
            assert dialog.isVisible()
            dialog.ui.passwordEdit.setText("mat-khau-lan")
            dialog.ui.buttonBox.accepted.emit()

        run_modal(guard.check, handler)
        assert window.isVisible() and not guard.locked
    finally:
        stop(window)
        store.close()


def test_accounts_page_adds_changes_and_disables_and_a_clerk_cannot(qtbot, office, message_boxes):
    from desktop_app.gui.accounts_page import AccountsPage

    store = open_store(office, user=CHAIR, password=CHAIR_PW)
    page = AccountsPage(store)
    qtbot.addWidget(page)
    try:
        assert page.add(("xem", roles.CHI_XEM, "mat-khau-xem"))
        assert [page.model.record(i)["name"] for i in range(page.model.rowCount())] == [
            CHAIR,
            "lan",
            "xem",
        ]
        assert page.change_password("lan", "mat-khau-lan-2")
        assert page.disable("xem", confirm=False)
        assert page.model.record(2)["disabled_at"]
        assert not page.add(("ngan", roles.CAN_BO, "ngan"))  # too short: a message, nothing added
        assert "ít nhất 8" in message_boxes.texts("warning")[-1]
    finally:
        store.close()
    clerk = open_store(office, user="lan", password="mat-khau-lan-2")
    page = AccountsPage(clerk)
    qtbot.addWidget(page)
    try:
        assert not page.ui.addButton.isEnabled() and page.ui.ownPasswordButton.isEnabled()
        assert page.model.rowCount() == 1
        assert not page.add(("ke-gian", roles.LANH_DAO, "12345678"))
        assert "không được quản lý tài khoản" in message_boxes.texts("warning")[-1]
    finally:
        clerk.close()


def test_audit_page_filters_shows_old_and_new_and_prints(qtbot, office, tmp_path):
    from desktop_app.gui.audit_page import AuditPage
    from desktop_app.gui.pages import for_account

    store = open_store(office, user=CHAIR, password=CHAIR_PW)
    person = store.query("select id from people")[0]["id"]
    store.people.update(person, {"phone": "0912000111"})
    page = AuditPage(store)
    qtbot.addWidget(page)
    try:
        page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("update"))
        page.ui.recordEdit.setText(person)
        page.refresh()
        rows = [page.model.record(i) for i in range(page.model.rowCount())]
        assert [(r["field"], r["old"], r["new"], r["user"]) for r in rows] == [
            ("phone", None, "0912000111", CHAIR)
        ]
        out = page.print_to(str(tmp_path / "nhat-ky.pdf"))
        with pdfplumber.open(out) as pdf:
            text = pdf.pages[0].extract_text()
        assert "NHẬT KÝ" in text and "0912000111" in text
    finally:
        store.close()
    clerk = open_store(office, user="lan", password="mat-khau-lan")
    try:
        assert "Nhật ký" not in [p.title for p in for_account(clerk)]
    finally:
        clerk.close()


def test_audit_page_names_tables_fields_and_actions_in_vietnamese(qtbot, office, tmp_path):
    """The page, its filter of registers and its printed form read "Người", "Số định danh
    (CCCD)", "Sửa" — never the stored codes `people`, `id_number`, `update`."""
    from PySide6.QtCore import Qt

    from desktop_app.gui.audit_page import AuditPage

    store = open_store(office, user=CHAIR, password=CHAIR_PW)
    person = store.query("select id from people")[0]["id"]
    store.people.update(person, {"id_number": "020095009999"})
    page = AuditPage(store)
    qtbot.addWidget(page)
    try:
        combo = page.ui.tableCombo
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert "Người" in labels and "Tài khoản" in labels
        assert not any(code in labels for code in ("people", "accounts"))
        combo.setCurrentIndex(combo.findText("Người"))
        page.refresh()
        model = page.model
        shown = [
            [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(8)]
            for r in range(model.rowCount())
        ]
        assert shown and all(row[3] == "Người" for row in shown)
        changed = [row for row in shown if row[7] == "020095009999"]
        assert [row[2:4] + row[5:6] for row in changed] == [["Sửa", "Người", "Số định danh (CCCD)"]]
        assert not any(
            "id_number" in str(cell) or "people" == cell for row in shown for cell in row
        )
        from tests.pdf import text as pdf_text

        text = " ".join(pdf_text(page.print_to(str(tmp_path / "nhat-ky.pdf"))).split())
        assert "Số định danh (CCCD)" in text and "Người" in text and "sổ Người" in text
        assert "id_number" not in text and "people" not in text
        combo.setCurrentIndex(combo.findText("Tài khoản"))
        page.refresh()
        roles_shown = [
            model.data(model.index(r, 7), Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())
            if model.data(model.index(r, 5), Qt.ItemDataRole.DisplayRole) == "Vai trò"
        ]
        assert "Lãnh đạo" in roles_shown and "lanh_dao" not in roles_shown  # values too
    finally:
        store.close()


def test_the_demo_says_so_on_every_page(main_window):
    assert main_window.demo_label.isVisible() and "mẫu" in main_window.demo_label.text().lower()
    for title in main_window.titles():
        main_window.open_page(title)
        assert main_window.demo_label.isVisible()


def _restore_setup(qtbot, store, message_boxes, monkeypatch, backup_file):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("Cài đặt")
    message_boxes.answer = QMessageBox.StandardButton.Discard  # this small office's form
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup_file), ""))
    )
    return window, page


def _confirm_restore(left: int = 200) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.restore_dialog import RestoreConfirmation

    box = QApplication.activeModalWidget()
    if isinstance(box, RestoreConfirmation):
        box.restore_button.click()
    elif left:
        QTimer.singleShot(10, lambda: _confirm_restore(left - 1))


def test_a_backup_of_this_office_under_other_passwords_restores_with_the_sessions_key(
    qtbot, office, message_boxes, monkeypatch, tmp_path
):
    """The passwords changed since the backup: the session's key opens it (the database key of
    an office never changes), so no password of that time is asked for."""
    from desktop_app.gui.restore_dialog import RestoreConfirmation, restore_from_backup
    from desktop_app.store.backup import backup

    store = open_store(office, user=CHAIR, password=CHAIR_PW)
    person = store.query("select id from people")[0]["id"]
    copy = backup(store, tmp_path / "usb")
    store.people.delete(person)
    accounts.change_password(store, CHAIR, "mat-khau-moi-1")
    window, page = _restore_setup(qtbot, store, message_boxes, monkeypatch, copy)
    seen: list[Any] = []

    def confirm(box: Any) -> None:
        seen.append(box)  # straight to the confirmation: no log-in dialog
        box.restore_button.click()

    run_modal(lambda: restore_from_backup(page), confirm)
    try:
        assert isinstance(seen[0], RestoreConfirmation)
        assert not message_boxes.texts("warning"), message_boxes.shown
        restored = window.store
        assert restored is not store and restored.protected
        assert restored.people.get(person) is not None
        assert restored.account.name == CHAIR
        assert "mật khẩu cũ" in message_boxes.texts("information")[-1]
    finally:
        stop(window)
        window.store.close()
    open_store(office, user=CHAIR, password=CHAIR_PW).close()  # the backup's passwords came back


def test_restoring_a_backup_the_current_key_does_not_open_asks_for_a_password_valid_in_it(
    qtbot, office, message_boxes, monkeypatch, tmp_path
):
    """A backup of another protected office (another key): the window asks for an account and
    password of that backup; today's password, or another office's recovery key, is refused."""
    from desktop_app.gui.restore_dialog import restore_from_backup
    from desktop_app.store.backup import backup

    other_path = tmp_path / "other" / "somattran.db"
    other = open_store(other_path)
    other.setup_office(commune_name="Hoa Thám", commune_code="06283", province_name="Lạng Sơn")
    other.people.add({"full_name": "Hoàng Thị Lan", "sex": "female"})
    other.close()
    other_recovery = protect.protect(other_path, "bichthu", "mat-khau-xa-khac")
    other = open_store(other_path, user="bichthu", password="mat-khau-xa-khac")
    copy = backup(other, tmp_path / "usb")
    other.close()
    own_recovery_like = vault.recovery_text(b"\x01" * 32)  # no key of this backup

    store = open_store(office, user=CHAIR, password=CHAIR_PW)
    window, page = _restore_setup(qtbot, store, message_boxes, monkeypatch, copy)
    asked: list[str] = []

    def log_in_to_the_backup(dialog: Any) -> None:
        from PySide6.QtCore import QTimer

        assert "khóa khác" in dialog.ui.introLabel.text()
        fill_login(CHAIR, CHAIR_PW)(dialog)  # valid here, not in that backup
        asked.append(dialog.ui.messageLabel.text())
        fill_login("", own_recovery_like)(dialog)
        asked.append(dialog.ui.messageLabel.text())
        QTimer.singleShot(0, _confirm_restore)
        fill_login("bichthu", "mat-khau-xa-khac")(dialog)

    run_modal(lambda: restore_from_backup(page), log_in_to_the_backup)
    try:
        assert len(asked) == 2 and all(a for a in asked), asked
        restored = window.store
        assert restored is not store and restored.protected
        assert restored.office()["commune_code"] == "06283"
        assert restored.account.name == "bichthu"
    finally:
        stop(window)
        window.store.close()
    open_store(office, password=other_recovery).close()  # the office is now that backup's
