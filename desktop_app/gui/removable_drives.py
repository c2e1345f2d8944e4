"""Choosing the USB stick: the mounted removable volumes, or any folder the officer picks.

`removable_drives()` lists, through QStorageInfo, the volumes a stick is mounted as: ready,
writable, not the system volume; on Windows the drive letters Windows calls removable, on
Linux the volumes under /media, /run/media and /mnt. `DrivePicker` is the row the sync page
shows: those drives, the folder chosen last time, "Chọn thư mục khác…" and "Làm mới".
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStorageInfo, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.gui import ui_state

LINUX_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
PSEUDO_FILESYSTEMS = {
    "tmpfs",
    "devtmpfs",
    "proc",
    "sysfs",
    "overlay",
    "squashfs",
    "ramfs",
    "autofs",
    "cgroup",
    "cgroup2",
    "fuse.portal",
}
DRIVE_REMOVABLE = 2  # GetDriveTypeW
OTHER_FOLDER = "Chọn thư mục khác…"
SETTINGS_KEY = "sync/folder"
POLL_MS = 2500


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str  # "Kingston (E:) — còn trống 3,2 GB"


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def is_stick(
    root: str,
    *,
    ready: bool,
    read_only: bool,
    is_root: bool,
    fs_type: str = "",
    platform: str = sys.platform,
    drive_type: int | None = None,
    system_drive: str | None = None,
) -> bool:
    """Whether a mounted volume looks like a USB stick the program may write a bundle to."""
    if not ready or read_only or is_root or fs_type.lower() in PSEUDO_FILESYSTEMS:
        return False
    if platform == "win32":
        system = (system_drive or "C:").rstrip("\\/").upper()
        if root.rstrip("\\/").upper() == system:
            return False
        return drive_type == DRIVE_REMOVABLE
    return any(
        root.rstrip("/").startswith(prefix.rstrip("/") + "/") for prefix in LINUX_MOUNT_ROOTS
    )


def size_text(free: int) -> str:
    """Free bytes as '3,2 GB' / '850 MB' (Vietnamese decimal comma)."""
    if free >= 1024**3:
        return f"{free / 1024**3:.1f} GB".replace(".", ",")
    return f"{max(free, 0) // 1024**2} MB"


def _drive(volume: Any) -> Drive:
    root = volume.rootPath()
    name = volume.displayName() or volume.name() or root
    shown = root.rstrip("/\\") if sys.platform == "win32" else root  # "E:", "/media/an/KINGSTON"
    where = root if name == root else f"{name} ({shown})"
    return Drive(Path(root), f"{where} — còn trống {size_text(volume.bytesAvailable())}")


def removable_drives(volumes: list[Any] | None = None) -> list[Drive]:
    """The mounted volumes a stick may be (QStorageInfo.mountedVolumes() unless given)."""
    found = []
    for volume in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        if not volume.isValid():
            continue
        root = volume.rootPath()
        fs_type = bytes(volume.fileSystemType()).decode("ascii", "replace")
        drive_type = _windows_drive_type(root) if sys.platform == "win32" else None
        if is_stick(
            root,
            ready=volume.isReady(),
            read_only=volume.isReadOnly(),
            is_root=volume.isRoot(),
            fs_type=fs_type,
            drive_type=drive_type,
            system_drive=os.environ.get("SystemDrive"),
        ) and os.access(root, os.W_OK):
            found.append(_drive(volume))
    return found


class DrivePicker(QWidget):
    """ "USB / thư mục: [combo] [Chọn thư mục khác…] [Làm mới]"; folder() is the choice.

    The list is read again every few seconds while the picker is visible, so a stick plugged in
    after the page was opened shows up by itself.
    """

    def __init__(self, parent: QWidget | None = None, lister: Any = removable_drives) -> None:
        super().__init__(parent)
        self._lister = lister
        self._drives: list[Drive] = []
        self._other: Path | None = None
        saved = ui_state.ui_settings().value(SETTINGS_KEY)
        if saved and Path(str(saved)).is_dir():
            self._other = Path(str(saved))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("&USB / thư mục:", self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName("USB hoặc thư mục")
        self.combo.setMinimumContentsLength(34)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.label.setBuddy(self.combo)
        self.other_button = QPushButton(OTHER_FOLDER, self)
        self.refresh_button = QPushButton("Làm &mới", self)
        self.refresh_button.setToolTip("Đọc lại danh sách USB đang cắm")
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.other_button)
        layout.addWidget(self.refresh_button)
        self.other_button.clicked.connect(self.choose_other)
        self.refresh_button.clicked.connect(self.rescan)
        self.combo.activated.connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.rescan()

    # ---- the choice ----------------------------------------------------------------------------
    def folder(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def folder_or_warn(self, why: str) -> Path | None:
        """The chosen folder, or None after telling the officer to plug in and choose a stick."""
        folder = self.folder()
        if folder is None or not folder.is_dir():
            QMessageBox.warning(
                self.window(),
                why,
                "Chưa chọn USB. Hãy cắm USB (hoặc bấm “Chọn thư mục "
                "khác…”) rồi chọn nó ở ô “USB / thư mục”.",
            )
            return None
        return folder

    def set_folder(self, path: str | Path) -> None:
        """Choose this folder (a stick's root or any folder) and remember it."""
        path = Path(path)
        if not any(d.path == path for d in self._drives):
            self._other = path
            ui_state.ui_settings().setValue(SETTINGS_KEY, str(path))
        self._fill(path)

    def choose_other(self) -> None:
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, "Chọn thư mục (USB) chứa tệp đồng bộ", start
        )
        if chosen:
            self.set_folder(chosen)

    # ---- the list ------------------------------------------------------------------------------
    def rescan(self) -> None:
        self._drives = list(self._lister())
        self._fill(self.folder())

    def _poll(self) -> None:
        drives = list(self._lister())
        if [d.path for d in drives] != [d.path for d in self._drives]:
            self._drives = drives
            self._fill(self.folder())

    def _fill(self, keep: Path | None) -> None:
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        for drive in self._drives:
            combo.addItem(f"USB {drive.label}", str(drive.path))
        if self._other is not None and not any(d.path == self._other for d in self._drives):
            combo.addItem(f"Thư mục {self._other}", str(self._other))
        if combo.count() == 0:
            combo.addItem("Chưa thấy USB nào — cắm USB hoặc bấm “Chọn thư mục khác…”", None)
        index = combo.findData(str(keep)) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _activated(self, _index: int) -> None:
        folder = self.folder()
        if folder is not None and not any(d.path == folder for d in self._drives):
            ui_state.ui_settings().setValue(SETTINGS_KEY, str(folder))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()
        super().hideEvent(event)
