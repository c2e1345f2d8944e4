"""SQLCipher connections for a protected office; the standard sqlite3 for the demo and for an
office without accounts.

The binding is `sqlcipher3` (SQLCipher 4, SQLite 3.53 with FTS5 built in; wheels for CPython
3.11 on Linux x86-64 and Windows amd64; a plain extension module that PyInstaller collects like
any import). Its exceptions are its own classes; they are made subclasses of the standard
sqlite3 ones here, once, so that every `except sqlite3.IntegrityError` in the program and in
sqlite-utils catches them the same. The key goes in raw (`x'…'`), so SQLCipher runs no key
derivation of its own at each opening: the password's derivation happens once, in vault.py.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError

SQLITE_MAGIC = b"SQLite format 3\x00"
# Every class it raises (its base Error cannot take a second base: a different object layout).
_EXCEPTIONS = (
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
)
_patched = False


def _module() -> Any:
    global _patched
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise UserError(
            "Thiếu thành phần mã hóa dữ liệu (sqlcipher3). Hãy cài lại Sổ Mặt trận."
        ) from None
    if not _patched:
        for name in _EXCEPTIONS:
            theirs, ours = getattr(dbapi2, name), getattr(sqlite3, name)
            if issubclass(theirs, ours):
                continue
            theirs.__bases__ = (*theirs.__bases__, ours)
        _patched = True
    return dbapi2


def is_plain(path: Path) -> bool:
    """An ordinary SQLite file (or an empty or missing one)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return True
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def create_private(path: Path) -> None:
    """An empty file only its owner may read, for SQLite to fill (its -wal and -shm take the
    same permissions)."""
    path = Path(path)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)


def connect(path: Path | str, key: bytes | None, **kwargs: Any) -> sqlite3.Connection:
    """A connection to path: SQLCipher with the key, or the standard sqlite3 without one.
    Nothing is read yet: the first statement tells whether the key fits."""
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    conn = _module().connect(str(path), **kwargs)
    conn.execute("pragma cipher_log_level = NONE")  # a wrong key is our message, not stderr noise
    conn.execute(f"pragma key = \"x'{key.hex()}'\"")
    return conn


def copy(conn: sqlite3.Connection, key: bytes | None, target: Path) -> None:
    """A consistent copy of an open database into target (owner-only), encrypted with the same key."""
    create_private(target)
    dest = connect(target, key)
    try:
        dest.execute("pragma synchronous = off")  # one fsync at the end instead of one per step
        conn.backup(dest)
        dest.execute("pragma journal_mode = delete")
    finally:
        dest.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt_copy(plain: Path, key: bytes, target: Path) -> None:
    """Write the plain database at `plain` encrypted into target (SQLite's backup API cannot go from
    a plain database to an encrypted one; sqlcipher_export can)."""
    target = Path(target)
    target.unlink(missing_ok=True)
    create_private(target)
    src = _module().connect(str(plain), isolation_level=None)
    try:
        version = src.execute("pragma user_version").fetchone()[0]
        src.execute("attach database ? as enc key ?", [str(target), f"x'{key.hex()}'"])
        # a new file, checked and fsynced before it replaces anything: no journal needed meanwhile
        src.execute("pragma enc.journal_mode = off")
        src.execute("pragma enc.synchronous = off")
        src.execute("select sqlcipher_export('enc')")
        src.execute(f"pragma enc.user_version = {int(version)}")
        src.execute("detach database enc")
    finally:
        src.close()
    _fsync(target)
