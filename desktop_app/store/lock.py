"""One writer per office: OS-level locks on a file beside the database.

The lock file `somattran.lock` (beside `somattran.db`) carries byte-range locks far past its text:

- the **writer** byte: one process at a time writes the office (the window, `import`, `demo`…);
  the holder writes who it is (pid, program, command, since) at the start of the file, so a
  second writer can name it in its message;
- 64 **open** slots: every process that has the database open holds one slot; `restore` takes
  the writer byte and then every slot, so it runs only when nothing else has the office open.

Locks are released by the OS when the process dies (a crash never leaves the office stuck).
On POSIX they are `fcntl.lockf` record locks, on Windows `msvcrt.locking` byte-range locks
(exclusive only, hence slots rather than a shared lock). Record locks belong to the process, so
a process keeps one descriptor per lock file and counts its holders (threads and stores of one
process share them): see `_Held`. Own code rather than the `filelock` package: filelock opens
its lock file with O_TRUNC (a waiter would erase the holder's name) and has no shared mode to
tell a reader from a writer.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.errors import UserError

WRITER_OFFSET = 1 << 30
SLOT_OFFSET = WRITER_OFFSET + 16
SLOTS = 64
INFO_SIZE = 1024
ENV_WAIT = "SOMATTRAN_LOCK_WAIT"  # seconds a second writer waits (tests shorten it)
DEFAULT_WAIT = 5.0


class OfficeBusy(UserError):
    """Another process holds the office (a writer, or anything at all for a restore)."""


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_suffix(".lock")


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int, offset: int) -> bool:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int, offset: int) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try(fd: int, offset: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset, os.SEEK_SET)
        except OSError:
            return False
        return True

    def _release(fd: int, offset: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, offset, os.SEEK_SET)


@dataclass
class _Held:
    """What this process holds on one lock file (one descriptor, counted holders)."""

    fd: int
    slot: int | None = None
    openers: int = 0
    writers: int = 0
    exclusive: int = 0


_registry: dict[str, _Held] = {}
_mutex = threading.RLock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _open_fd(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    fd = os.open(path, flags, 0o644)
    if hasattr(os, "set_inheritable"):
        os.set_inheritable(fd, False)
    return fd


def _read_info(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, INFO_SIZE)
        return json.loads(raw.decode("utf-8", "replace").strip() or "{}")
    except (OSError, ValueError):
        return {}


def _write_info(fd: int, program: str) -> None:
    info = {
        "pid": os.getpid(),
        "program": program,
        "command": " ".join(sys.argv)[:300],
        "since": datetime.now().strftime("%H:%M:%S %d/%m/%Y"),
    }
    data = json.dumps(info, ensure_ascii=False).encode("utf-8", "replace")[: INFO_SIZE - 1]
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data + b" " * (INFO_SIZE - 1 - len(data)) + b"\n")
    except OSError:
        pass  # the name of the holder is a courtesy; the lock itself is what counts


def holder_text(info: dict) -> str:
    if not info.get("pid"):
        return "một chương trình khác"
    return f"{info.get('program') or 'một chương trình khác'} (tiến trình {info['pid']}, từ {info.get('since', '?')})"


def describe_holder(db_path: Path) -> str:
    """Who writes the office now, as the officer reads it (for messages and tests)."""
    with _mutex:
        held = _registry.get(_key(lock_path(db_path)))
        if held is not None:
            return holder_text(_read_info(held.fd))
    try:
        fd = os.open(lock_path(db_path), os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return holder_text({})
    try:  # closing it drops no lock: this process holds none on the file (not in the registry)
        return holder_text(_read_info(fd))
    finally:
        os.close(fd)


def _busy(held: _Held) -> OfficeBusy:
    who = holder_text(_read_info(held.fd))
    return OfficeBusy(
        f"Dữ liệu đang được dùng bởi {who}, thử lại sau "
        "(đóng chương trình đó hoặc chờ nó làm xong)."
    )


def _wait_for(attempt, wait: float) -> bool:
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        if attempt():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, 0.25)


class OfficeLock:
    """What one open store (or one restore) holds; `release()` gives it back (idempotent)."""

    def __init__(self, key: str, kind: str) -> None:
        self._key = key
        self.kind = kind  # "read" | "write" | "exclusive"
        self._released = False

    def release(self) -> None:
        with _mutex:
            if self._released:
                return
            self._released = True
            held = _registry.get(self._key)
            if held is None:
                return
            if self.kind == "exclusive":
                held.exclusive -= 1
                if held.exclusive == 0:
                    for i in range(SLOTS):
                        if i != held.slot:
                            _release(held.fd, SLOT_OFFSET + i)
            if self.kind in ("write", "exclusive"):
                held.writers -= 1
                if held.writers == 0:
                    _release(held.fd, WRITER_OFFSET)
            held.openers -= 1
            if held.openers == 0:
                if held.slot is not None:
                    _release(held.fd, SLOT_OFFSET + held.slot)
                os.close(held.fd)
                del _registry[self._key]


def _take_slot(held: _Held) -> bool:
    for i in range(SLOTS):
        if _try(held.fd, SLOT_OFFSET + i):
            held.slot = i
            return True
    return False


def acquire(
    db_path: Path,
    kind: str = "write",
    program: str = "chương trình Sổ Mặt trận",
    wait: float | None = None,
) -> OfficeLock:
    """Hold the office: "read" (an open slot), "write" (the writer byte too) or "exclusive"
    (the writer byte and every slot: nothing else may have the office open). A second writer
    waits `wait` seconds (SOMATTRAN_LOCK_WAIT, default 5) then raises OfficeBusy naming the
    holder. OSError (read-only medium, no permission) propagates to the caller."""
    wait = wait_seconds() if wait is None else wait
    path = lock_path(db_path)
    key = _key(path)
    with _mutex:
        held = _registry.get(key)
        fresh = held is None
        if held is None:
            held = _Held(fd=_open_fd(path))
            if not _wait_for(
                lambda: _take_slot(held), wait if kind == "exclusive" else min(wait, 1.0)
            ):
                os.close(held.fd)
                raise OfficeBusy(
                    "Dữ liệu đang được khôi phục hoặc mở ở quá nhiều chương trình, thử lại sau."
                )
            _registry[key] = held
        held.openers += 1
        lock = OfficeLock(key, "read")
        try:
            if kind in ("write", "exclusive"):
                if held.writers == 0:
                    if not _wait_for(lambda: _try(held.fd, WRITER_OFFSET), wait):
                        raise _busy(held)
                    _write_info(held.fd, program)
                held.writers += 1
                lock.kind = "write"
            if kind == "exclusive":
                if held.exclusive == 0:
                    if held.openers > 1 and not fresh:
                        raise OfficeBusy(
                            "Dữ liệu đang mở trong chương trình này; hãy đóng nó trước khi khôi phục."
                        )
                    taken: list[int] = []

                    def all_slots() -> bool:
                        for i in range(SLOTS):
                            if i == held.slot or i in taken:
                                continue
                            if not _try(held.fd, SLOT_OFFSET + i):
                                return False
                            taken.append(i)
                        return True

                    if not _wait_for(all_slots, wait):
                        for i in taken:
                            _release(held.fd, SLOT_OFFSET + i)
                        raise OfficeBusy(
                            "Dữ liệu đang được mở ở một chương trình khác (cửa sổ Sổ Mặt trận hoặc một lệnh). "
                            "Hãy đóng mọi chương trình đang dùng dữ liệu này rồi khôi phục lại."
                        )
                held.exclusive += 1
                lock.kind = "exclusive"
        except BaseException:
            lock.release()
            raise
        return lock


def held_here(db_path: Path) -> bool:
    """Whether this process holds the writer byte of the office at db_path."""
    with _mutex:
        held = _registry.get(_key(lock_path(db_path)))
        return held is not None and held.writers > 0


@contextlib.contextmanager
def alone(db_path: Path) -> Iterator[bool]:
    """Whether this process, writing the office, is the only one with it open; while True, no
    other process can open it (every slot is held), so leftovers can be cleaned safely."""
    with _mutex:
        held = _registry.get(_key(lock_path(db_path)))
        if held is None or held.writers == 0 or held.openers != 1:
            yield False
            return
        taken: list[int] = []
        try:
            for i in range(SLOTS):
                if i == held.slot:
                    continue
                if not _try(held.fd, SLOT_OFFSET + i):
                    yield False
                    return
                taken.append(i)
            yield True
        finally:
            for i in taken:
                _release(held.fd, SLOT_OFFSET + i)
