"""Restoring the office's data from a backup, from the Settings page.

The officer picks a file; it is checked and read (read-only) before anything changes; the
confirmation says whose data it is, when it last changed, how many people it holds, that the
current data is replaced and where the safety copy goes, and warns (with "Hủy" as the default)
when the backup belongs to another office. Then the open store is closed (Windows cannot replace
an open file), the file is swapped in by store.backup.restore, and the window works on the
reopened database. When the restore fails the current database is reopened: nothing is lost.

The swap runs on the UI thread behind a wait cursor, on purpose: while the store is closed no
event may reach a page that would read it. It is short: 0.3 s for a commune of 20,000 people.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.core.text import thousands

if TYPE_CHECKING:
    from desktop_app.store.db import Store

log = logging.getLogger("somattran.gui")

TITLE = "Khôi phục từ bản sao lưu"
TEXT_WIDTH = 600  # px: the confirmation's text, well inside 1366×768
FILE_FILTER = "Bản sao lưu Sổ Mặt trận (*.db)"
BUSY = (
    "Chương trình đang làm một việc khác (xuất, nhập hoặc in). Hãy đợi việc đó xong rồi khôi phục."
)


def unit_name(office: dict | None) -> str:
    """'Ủy ban MTTQ xã Hòa Cư', or the upper level's own name."""
    if not office:
        return "đơn vị chưa khai báo"
    if office.get("role") == "upper":
        return (
            office.get("name")
            or office.get("upper_name")
            or office.get("province_name")
            or f"đơn vị cấp trên mã {office.get('commune_code')}"
        )
    kind = enums.label(enums.UNIT_KINDS, office.get("unit_kind") or "xa").lower()
    return f"Ủy ban MTTQ {kind} {office.get('commune_name') or ''}".strip()


def local_time(stamp: str | None) -> str:
    """A stored UTC time as '26/11/2026 lúc 14:05' in this computer's time zone."""
    if not stamp:
        return "chưa có bản ghi nào"
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    return f"{moment:%d/%m/%Y} lúc {moment:%H:%M}"


def office_mismatch(backup_office: dict, current: dict | None) -> str | None:
    """Why a backup does not look like this office's own (another code, another level), or None."""
    if not current:
        return None
    theirs, ours = unit_name(backup_office), unit_name(current)
    if backup_office.get("role") != current.get("role"):
        if backup_office.get("role") == "upper":
            return (
                f"Bản sao lưu này là của cơ quan Mặt trận cấp trên ({theirs}), còn máy này đang "
                f"dùng cho {ours}. Khôi phục sẽ thay dữ liệu của xã bằng dữ liệu của cấp trên."
            )
        return (
            f"Bản sao lưu này là của một xã ({theirs}, mã {backup_office.get('commune_code')}), "
            f"còn máy này đang dùng cho cơ quan cấp trên ({ours}). Khôi phục sẽ thay dữ liệu "
            "của cấp trên (kể cả dữ liệu các xã đã nhập) bằng dữ liệu của một xã."
        )
    if backup_office.get("commune_code") != current.get("commune_code"):
        return (
            f"Bản sao lưu này là của {theirs} (mã {backup_office.get('commune_code')}), không "
            f"phải của {ours} (mã {current.get('commune_code')}) đang dùng trên máy này. "
            f"Khôi phục sẽ thay dữ liệu của {ours} bằng dữ liệu của đơn vị khác."
        )
    return None


def people_text(info: dict) -> str:
    text = f"{thousands(info['people'])} người"
    if info["office"] and info["office"].get("role") == "upper":
        return f"{text} của {info['communes']} xã"
    return f"{text}, {info['villages']} khu dân cư"


class RestoreConfirmation(QMessageBox):
    """Asks before a restore; `restore_button` accepts, `cancel_button` (Esc) does not."""

    def __init__(
        self,
        backup_path: Path,
        info: dict,
        current_office: dict | None,
        current_info: dict | None,
        backups_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.mismatch = office_mismatch(info["office"], current_office)
        self.setIcon(QMessageBox.Icon.Warning if self.mismatch else QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.RichText)
        office = info["office"]
        role = enums.label(enums.OFFICE_ROLES, office.get("role"))
        rows = [
            ("Tệp", f"<b>{html.escape(backup_path.name)}</b>"),
            (
                "Của đơn vị",
                f"<b>{html.escape(unit_name(office))}</b> (mã {html.escape(str(office.get('commune_code')))})"
                f" — {html.escape(role)}",
            ),
            ("Thay đổi lần cuối", html.escape(local_time(info["last_changed"]))),
            ("Số người", html.escape(people_text(info))),
        ]
        if current_info is not None:
            rows.append(
                (
                    "Dữ liệu đang dùng",
                    html.escape(
                        f"{people_text(current_info)}; thay đổi lần cuối {local_time(current_info['last_changed'])}"
                    ),
                )
            )
        table = "".join(
            f"<tr><td style='padding-right:12px' nowrap>{label}:</td><td>{value}</td></tr>"
            for label, value in rows
        )
        warning = ""
        if self.mismatch:
            warning = (
                f"<p style='color:#a00000'><b>Chú ý: {html.escape(self.mismatch)}</b><br>"
                "Chỉ bấm “Khôi phục” khi chắc chắn đây là việc cần làm.</p>"
            )
        self.setText(
            "<p><b>Khôi phục dữ liệu từ bản sao lưu này?</b></p>"
            f"<table cellspacing='0' cellpadding='2'>{table}</table>{warning}"
            "<p>Toàn bộ dữ liệu đang dùng trên máy này sẽ được <b>thay bằng</b> dữ liệu của bản sao lưu.<br>"
            "Trước khi thay, chương trình giữ một bản sao của dữ liệu hiện tại trong thư mục sao lưu:<br>"
            f"{html.escape(str(backups_dir))}</p>"
        )
        text_label = self.findChild(QLabel, "qt_msgbox_label")
        if text_label is not None:  # QMessageBox keeps narrow: the table would wrap every line
            text_label.setMinimumWidth(TEXT_WIDTH)
        self.restore_button: QPushButton = self.addButton(
            "&Khôi phục", QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.addButton("Hủy", QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.cancel_button)
        self.setDefaultButton(self.cancel_button if self.mismatch else self.restore_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.restore_button


def inspect_backup(path: Path, store: Store, key: bytes | None = None) -> dict:
    """The backup's description, or a UserError saying why it cannot be restored here (`key`: an
    encrypted backup's, from a password valid in it or its recovery key)."""
    from desktop_app.store.backup import check_backup_file, describe_backup

    if path.exists() and path.resolve() == Path(store.path).resolve():
        raise UserError(
            f"“{path.name}” là chính tệp dữ liệu đang dùng, không phải một bản sao lưu. "
            "Hãy chọn một tệp trong thư mục sao lưu hoặc trên USB."
        )
    check_backup_file(path, key)
    info = describe_backup(path, key)
    if info["office"] is None:
        raise UserError(
            f"Bản sao lưu “{path.name}” chưa có dữ liệu của đơn vị nào, không có gì để khôi phục."
        )
    return info


def confirmation_for(page: Any, path: Path, key: bytes | None = None) -> RestoreConfirmation:
    """The confirmation for restoring `path` over the page's store (raises UserError as inspect_backup)."""
    from desktop_app import paths
    from desktop_app.store.backup import describe_backup

    store = page.store
    info = inspect_backup(path, store, key)
    try:
        current_info: dict | None = describe_backup(store.path, getattr(store, "key", None))
    except UserError:
        current_info = None
    return RestoreConfirmation(
        path, info, store.office(), current_info, paths.backups_dir(store.path.parent), page
    )


def swap_database(
    store: Store,
    backup_path: Path,
    backups_dir: Path,
    unlocked: tuple[bytes, str | None] | None = None,
) -> tuple[Any, Path | None, Exception | None]:
    """Close the store, restore the backup over its file, reopen it: (new store, safety copy, None);
    when the restore fails, the current database reopened: (store, None, the error). `unlocked`:
    an encrypted backup's key and the account to open it as (None: the recovery key)."""
    from desktop_app.store.backup import restore
    from desktop_app.store.db import looks_encrypted, open_store

    db_path, today = Path(store.path), store.today
    current_key = getattr(store, "key", None)
    account = getattr(store, "account", None)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        store.close()
        safety: Path | None = None
        error: Exception | None = None
        try:
            safety = restore(
                db_path, backup_path, backups_dir, current_key=current_key, unlocked=unlocked
            )
            log.info("restored %s from %s; safety copy %s", db_path, backup_path, safety)
        except Exception as exc:  # noqa: BLE001 - shown to the officer once the data is open again
            error = exc
        if error is None and unlocked is not None and looks_encrypted(db_path):
            reopened = open_store(db_path, key=unlocked[0], user=unlocked[1])
        elif current_key is not None and looks_encrypted(db_path):  # the current data, as it was
            reopened = open_store(
                db_path,
                key=current_key,
                user=None if account is None or account.recovery else account.name,
            )
        else:
            reopened = open_store(db_path)
        reopened.today = today  # the session's clock, not the data's
    finally:
        QApplication.restoreOverrideCursor()
    return reopened, safety, error


def backup_login(page: Any, path: Path) -> tuple[bytes, str | None] | None | bool:
    """For an encrypted backup, its key and the account to open it as: the session's own key and
    account when they open it (a backup of this office, whatever passwords it was taken under);
    else asked now — an account and a password valid in that backup, or its recovery key. None
    for a plain backup; False when the officer gives up."""
    from desktop_app.gui.login import LoginDialog
    from desktop_app.store.backup import is_encrypted, opens_with, unlock_backup
    from desktop_app.store.vault import WrongPassword

    if not path.is_file() or not is_encrypted(path):
        return None
    key, account = getattr(page.store, "key", None), getattr(page.store, "account", None)
    name = None if account is None or account.recovery else account.name
    if key is not None and opens_with(path, key, name):
        return key, name

    def attempt(user: str, password: str) -> tuple[bytes, str | None]:
        unlocked = unlock_backup(path, user, password)
        if unlocked is None or not opens_with(path, unlocked[0], None):  # a recovery key of
            raise WrongPassword("Khóa khôi phục không mở được bản sao lưu này.")  # another office
        return unlocked

    dialog = LoginDialog(f"Bản sao lưu “{path.name}”", attempt, page)
    dialog.setWindowTitle("Mở bản sao lưu đã mã hóa")
    dialog.ui.introLabel.setText(
        "Bản sao lưu này được mã hóa bằng khóa khác với dữ liệu đang dùng (của đơn vị khác, "
        "hoặc chưa có tài khoản của bạn). Hãy nhập một tài khoản và mật khẩu có trong bản sao "
        "lưu (mật khẩu của lúc sao lưu), hoặc để trống tài khoản và gõ khóa khôi phục của nó."
    )
    dialog.ui.hintLabel.setText(
        "Khôi phục xong, chương trình mở dữ liệu bằng tài khoản này; các tài khoản và mật "
        "khẩu trở lại như lúc sao lưu."
    )
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).setText("Mở bản sao lưu")
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).setText("Hủy")
    return dialog.result_value if dialog.exec() == dialog.DialogCode.Accepted else False


def restore_from_backup(page: Any) -> None:
    """The Settings page's "Khôi phục từ bản sao lưu…" button (module doc)."""
    from desktop_app import paths
    from desktop_app.gui.worker import report_error, running_tasks

    if running_tasks():
        QMessageBox.warning(page, TITLE, BUSY)
        return
    backups_dir = paths.backups_dir(page.store.path.parent)
    chosen, _filter = QFileDialog.getOpenFileName(
        page, "Chọn bản sao lưu để khôi phục", str(backups_dir), FILE_FILTER
    )
    if not chosen:
        return
    path = Path(chosen)
    try:
        page.store.require("restore")
        login = backup_login(page, path)
        if login is False:
            return
        box = confirmation_for(page, path, login[0] if isinstance(login, tuple) else None)
    except UserError as exc:
        QMessageBox.warning(page, TITLE, exc.message)
        return
    box.exec()
    confirmed = box.confirmed()
    box.deleteLater()
    if not confirmed:
        return
    window = page.window()
    for built in window.built_pages() if hasattr(window, "built_pages") else [page]:
        if hasattr(built, "confirm_leave") and not built.confirm_leave():
            return
    if running_tasks():
        QMessageBox.warning(page, TITLE, BUSY)
        return
    if hasattr(window, "stop_background"):
        window.stop_background()  # no page's reader may run on while the file is replaced
    store, safety, error = swap_database(
        page.store, path, backups_dir, login if isinstance(login, tuple) else None
    )
    if hasattr(window, "replace_store"):
        shown, parent = window.replace_store(store), window  # the page goes with the old store
    else:
        page.store = store
        page.load()
        shown, parent = page, page
    if error is not None:
        report_error(parent, TITLE, error)
        return
    if shown is not None and hasattr(shown, "status"):
        shown.status.setText(f"Đã khôi phục từ “{path.name}”.")
    QMessageBox.information(
        parent,
        TITLE,
        f"Đã khôi phục dữ liệu của {unit_name(store.office())} từ bản sao lưu “{path.name}”.\n\n"
        f"Dữ liệu trước khi khôi phục được giữ tại:\n{safety}\n\n"
        "Nếu cần quay lại, hãy khôi phục từ tệp đó."
        + (
            "\n\nCác tài khoản và mật khẩu nay là của lúc sao lưu: ai đã đổi mật khẩu sau lúc "
            "đó thì đăng nhập bằng mật khẩu cũ, hoặc nhờ lãnh đạo đặt lại ở trang Tài khoản."
            if isinstance(login, tuple)
            else ""
        ),
    )
