"""Protecting an office: its first account, the database re-written encrypted, the recovery key.

Used by the first-run wizard and `somattran setup --user` for a new office, and on the first
start of this version for an existing plain office. The plain file is replaced only after the
encrypted copy has been read back with the same count of rows in every table; any failure before
that removes the half-made copy and leaves the plain file exactly as it was.

Once the encrypted file stands in its place, the plain bytes are overwritten before their file is
let go: the plain database, its -wal and -shm, and each plain copy re-written encrypted (a copy
made before a migration, an earlier backup). This is best effort: on an SSD, wear levelling may
keep old copies of blocks the program cannot reach, and a file system that keeps snapshots keeps
its own.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from desktop_app.core import roles
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.store import cipher, vault
from desktop_app.store.db import Store, looks_encrypted, open_store

log = logging.getLogger("somattran.store")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
        )
    ]
    return {name: conn.execute(f'select count(*) from "{name}"').fetchone()[0] for name in names}


def protect(path: Path, name: str, password: str, backups_dir: Path | None = None) -> str:
    """Encrypt the plain office database at path under a new key, with `name` as its first lãnh đạo
    account; returns the recovery key (to be shown once and printed)."""
    path = Path(path)
    name = vault.clean_name(name)
    vault.check_password(password)
    if path.exists() and looks_encrypted(path):
        raise UserError("Dữ liệu của đơn vị đã được bảo vệ bằng mật khẩu.")
    store = open_store(path)  # migrates a plain file of an older version first
    try:
        if store.is_demo:
            raise UserError("Xã mẫu không cần mật khẩu (không có người thật).")
        before = _counts(store.conn)
        store.conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        store.close()
    key = vault.new_database_key()
    tmp = path.with_suffix(".encrypting")
    keys = vault.keys_path(path)
    try:
        cipher.encrypt_copy(path, key, tmp)
        _verify(tmp, key, before)
        data = vault.new_keyfile(key)
        entry = vault.wrap(key, name, password)
        data["accounts"][vault.name_key(name)] = {"name": name, **entry}
        _store_wrap(tmp, key, name, entry)
        vault.write(keys, data)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        if keys.exists() and not looks_encrypted(path):
            keys.unlink()
        raise
    for suffix in ("-wal", "-shm"):  # empty after the checkpoint; never beside the encrypted file
        wipe(Path(f"{path}{suffix}"))
    replace_wiping(tmp, path)
    vault.restrict(path)
    _encrypt_copies(path, key, backups_dir)
    return vault.recovery_text(key)


def _verify(tmp: Path, key: bytes, before: dict[str, int]) -> None:
    conn = cipher.connect(tmp, key, isolation_level=None)
    try:
        if conn.execute("pragma integrity_check").fetchone()[0] != "ok" or _counts(conn) != before:
            raise UserError(
                "Chép dữ liệu sang dạng mã hóa không khớp khi đọc lại; dữ liệu cũ được giữ nguyên."
            )
    finally:
        conn.close()


def _store_wrap(tmp: Path, key: bytes, name: str, entry: dict) -> None:
    import json

    conn = cipher.connect(tmp, key, isolation_level=None, check_same_thread=False)
    conn.execute("pragma journal_mode = wal")
    store = Store(tmp, conn, key)
    store.actor = name
    try:
        now = utc_now()
        with store.transaction():
            store.db["accounts"].insert(
                {
                    "id": vault.name_key(name),
                    "name": name,
                    "role": roles.LANH_DAO,
                    "key_wrap": json.dumps(entry),
                    "created_at": now,
                    "created_by": name,
                    "updated_at": now,
                }
            )
            store.audit(
                "protect",
                "accounts",
                vault.name_key(name),
                None,
                {"name": name, "role": roles.LANH_DAO},
            )
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("pragma journal_mode = delete")
    finally:
        conn.close()


def _encrypt_copies(path: Path, key: bytes, backups_dir: Path | None) -> None:
    """The plain copies beside the data (before-migration copies, earlier backups) re-written under
    the same key, each with the key file beside it; one that fails is logged and left."""
    folders = [path.parent] + ([Path(backups_dir)] if backups_dir else [])
    for folder in folders:
        for copy in sorted(folder.glob("*.db")):
            if (
                copy == path
                or looks_encrypted(copy)
                or not cipher.is_plain(copy)
                or copy.stat().st_size == 0
            ):
                continue
            tmp = copy.with_suffix(".encrypting")
            try:
                cipher.encrypt_copy(copy, key, tmp)
                replace_wiping(tmp, copy)
                data = vault.read(vault.keys_path(path))
                data["failures"], data["pending"] = {}, []
                vault.write(vault.keys_path(copy), data)
            except (OSError, sqlite3.Error, UserError) as exc:
                tmp.unlink(missing_ok=True)
                log.warning("could not encrypt the copy %s: %s", copy, exc)


WIPE_SUFFIX = ".wiping"


def overwrite(path: Path) -> None:
    """Zeros over every byte of the file, synced to the disk."""
    size = path.stat().st_size
    block = b"\0" * (1 << 20)
    with open(path, "r+b", buffering=0) as fh:
        done = 0
        while done < size:
            done += fh.write(block[: min(len(block), size - done)])
        os.fsync(fh.fileno())


def wipe(path: Path) -> None:
    """Overwrite, then remove, a file that held plain data (a missing file is nothing to do)."""
    path = Path(path)
    if not path.exists():
        return
    try:
        overwrite(path)
    except OSError as exc:
        log.warning("could not overwrite %s before removing it: %s", path, exc)
    path.unlink(missing_ok=True)


def replace_wiping(new: Path, old: Path) -> None:
    """`new` takes the place of the plain file `old` in one rename, as os.replace; the plain bytes
    are then overwritten. A second name for the plain file, made before the rename, reaches them
    after it: the plain file is never touched while it is still the office's data. Where the file
    system has no hard links (FAT on a USB stick) the plain file is replaced without the overwrite
    (logged)."""
    old = Path(old)
    second = old.with_name(old.name + WIPE_SUFFIX)
    wipe_leftover(second)
    doomed: Path | None = second
    try:
        os.link(old, second)
    except OSError as exc:
        log.warning("%s replaced without overwriting it (no hard link: %s)", old, exc)
        doomed = None
    try:
        os.replace(new, old)
    except BaseException:
        if doomed is not None:  # the plain file is still the office's: only the name goes
            doomed.unlink(missing_ok=True)
        raise
    if doomed is not None:
        wipe(doomed)


def wipe_leftover(second: Path) -> bool:
    """A `.wiping` name left by an upgrade cut short: when it is still a name of the file it was
    made for (the rename had not happened), only the name goes; else its plain bytes are
    overwritten and it goes. Whether there was one."""
    second = Path(second)
    if not second.exists():
        return False
    original = second.with_name(second.name[: -len(WIPE_SUFFIX)])
    try:
        if original.exists() and os.path.samefile(second, original):
            second.unlink()
            return True
    except OSError:
        return False
    wipe(second)
    return True
