"""Which mounted volumes the sync page offers as the USB stick, and the picker that lists them
with the folder chosen last time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.removable_drives import (
    DRIVE_REMOVABLE,
    DrivePicker,
    is_stick,
    removable_drives,
)


@pytest.mark.parametrize(
    ("root", "kwargs", "expected"),
    [
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
    ],
)
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
        return 3 * 1024**3 + 200 * 1024**2


def test_mounted_volumes_are_filtered_and_listed_in_the_picker(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("desktop_app.gui.removable_drives.sys.platform", "linux")
    monkeypatch.setattr("desktop_app.gui.removable_drives.os.access", lambda *_a: True)
    volumes = [
        FakeVolume("/"),
        FakeVolume("/media/an/KINGSTON", "KINGSTON"),
        FakeVolume("/media/an/DVD", "DVD", read_only=True),
        FakeVolume("/boot/efi"),
    ]
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
