"""Writing a sync file to a USB stick so that it is either whole or absent.

The bytes go to a hidden temporary name in the same folder, are flushed and fsynced, the page
cache is dropped where the system allows it (so the read-back comes from the stick, not from
memory), read back and checked, and only then renamed to the final name; the folder is fsynced
so the rename itself survives a pulled stick. Success is reported only after all of that.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop_app.sync.errors import SyncError, WriteFailed


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _drop_cache(fd: int) -> None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows commits the rename with the file's own flush
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


STALE_AFTER_SECONDS = 600  # a hidden temporary this old is an interrupted write, not one under way
_TEMP = re.compile(r"^\..+\.smt[bkr]\.[0-9a-f]{8}\.tmp$")  # .NAME.smtb.1a2b3c4d.tmp


def clean_stale_temps(folder: str | Path) -> list[Path]:
    """Remove the hidden temporaries an interrupted export or receipt left in folder (a stick
    pulled or the program killed mid-write). Only our own names, and only old ones."""
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not _TEMP.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_AFTER_SECONDS:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def free_name(folder: Path, name: str) -> Path:
    """name in folder, or name-2, name-3… when a different file already has it."""
    target = folder / name
    stem, dot, ext = name.partition(".")
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{dot}{ext}"
        n += 1
    return target


def write_atomically(
    folder: str | Path,
    name: str,
    data: bytes,
    check: Callable[[bytes], object] | None = None,
    reuse_identical: bool = False,
) -> Path:
    """Write data as folder/name (or a free variant of it); return the final path.

    check, when given, is run on the bytes read back from the stick (for a bundle: the full
    structure and signature check), so a bundle that would not verify is never left there.
    reuse_identical: when folder/name already holds exactly these bytes, leave it and return it.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise WriteFailed(
            f"Không tìm thấy thư mục «{folder}». Kiểm tra USB đã cắm và chọn lại nơi lưu."
        )
    clean_stale_temps(folder)
    existing = folder / name
    if reuse_identical and existing.is_file():
        with contextlib.suppress(OSError):
            if existing.stat().st_size == len(data) and existing.read_bytes() == data:
                return existing
    temp = folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        try:
            with temp.open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
                _drop_cache(handle.fileno())
            with temp.open("rb") as handle:
                back = handle.read(len(data) + 1)
        except OSError as exc:
            raise WriteFailed(
                f"Không ghi được vào «{folder}»: {_why(exc)}. Kiểm tra USB còn cắm, còn chỗ trống "
                "và không bị khóa ghi, rồi xuất lại."
            ) from None
        if back != data:
            raise WriteFailed(
                "Đọc lại tệp vừa ghi trên USB không khớp với dữ liệu đã ghi: USB có thể bị hỏng. "
                "Hãy thử USB khác rồi xuất lại."
            )
        if check is not None:
            try:
                check(back)
            except SyncError as exc:
                raise WriteFailed(f"Tệp vừa ghi không kiểm tra lại được: {exc.message}") from None
        target = free_name(folder, name)
        try:
            os.rename(temp, target)
        except OSError as exc:
            raise WriteFailed(
                f"Không đổi được tên tệp trên USB: {_why(exc)}. Hãy xuất lại."
            ) from None
        _fsync_folder(folder)
        return target
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
