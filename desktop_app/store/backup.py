"""Backups with SQLite's online backup API (the officer's, and one a day automatically), a
read-only look inside one, and restore that refuses foreign files and never leaves the office
without its data."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store import cipher, migrations, vault
from desktop_app.store.db import LoginRequired, Store, looks_encrypted, open_store
from desktop_app.store.schema import SYNCED_TABLES

log = logging.getLogger("somattran.store")

SQLITE_MAGIC = b"SQLite format 3\x00"
SAFETY_SUFFIX = "truoc-khoi-phuc"  # the copy of the current data taken before a restore
AUTO_SUFFIX = "tu-dong"  # the copy the program takes itself, once a day


def backup(store: Store, target_dir: Path, suffix: str = "", when: datetime | None = None) -> Path:
    """Write a consistent copy of the open database into target_dir; return its path.

    The name is somattran-<code>-<date>-<time>[-<suffix>].db, never one that already exists."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    office = store.office() or {}
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    stem = f"somattran-{office.get('commune_code', 'chua-thiet-lap')}-{stamp}" + (
        f"-{suffix}" if suffix else ""
    )
    target, n = target_dir / f"{stem}.db", 1
    while target.exists():  # never overwrite an earlier backup taken in the same second
        n += 1
        target = target_dir / f"{stem}-{n}.db"
    tmp = target.with_suffix(".tmp")
    try:
        cipher.copy(store.conn, store.key, tmp)  # encrypted with the office's key when it has one
        if (
            store.key is not None
        ):  # the passwords valid when it was taken open it (or the recovery key)
            _copy_key_file(vault.keys_path(store.path), vault.keys_path(target))
        os.replace(tmp, target)
    except BaseException:  # a full disk, a stick pulled out: leave nothing half-written behind
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return target


def _copy_key_file(source: Path, target: Path) -> None:
    try:
        data = vault.read(source)
    except vault.KeyFileError:
        return  # the recovery key still opens the copy
    data["failures"], data["pending"] = {}, []
    vault.write(target, data)


def automatic_backup(
    store: Store, target_dir: Path, keep: int, now: datetime | None = None
) -> Path | None:
    """The day's automatic copy, unless one was taken today; then only the newest `keep` automatic
    copies of this office are kept. The officer's own backups and the copies taken before a
    restore are never deleted. keep = 0 turns automatic copies off. Returns the new copy."""
    if keep <= 0 or store.office() is None:
        return None
    target_dir = Path(target_dir)
    code = store.office()["commune_code"]
    now = now or datetime.now()
    day = now.strftime("%Y%m%d")

    def automatic() -> list[Path]:  # oldest first: the names carry the date and time
        return sorted(
            p
            for p in target_dir.glob(f"somattran-{code}-*-{AUTO_SUFFIX}*.db")
            if p.name.split("-")[2].isdigit()
        )

    made = None
    if not any(p.name.startswith(f"somattran-{code}-{day}-") for p in automatic()):
        made = backup(store, target_dir, AUTO_SUFFIX, now)
    for old in automatic()[:-keep]:
        old.unlink(missing_ok=True)
        vault.keys_path(old).unlink(missing_ok=True)
    return made


def _read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection (SQLCipher with a key); the path goes as a file: URI, so '#', '?'
    or '%' in a folder's name are part of the name, not of the URI."""
    return cipher.connect(f"{Path(path).resolve().as_uri()}?mode=ro", key, uri=True)


def is_encrypted(path: Path) -> bool:
    return looks_encrypted(Path(path))


def unlock_backup(
    path: Path, user: str | None, password: str | None
) -> tuple[bytes, str | None] | None:
    """(key, account name or None for the recovery key) of an encrypted backup, from a password
    valid when it was taken (its own key file beside it) or its recovery key; None for a plain
    backup. A wrong one is a LoginFailed."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu “{path}”.")
    if not is_encrypted(path):
        return None
    if password is None:
        raise LoginRequired(
            f"Bản sao lưu “{path.name}” được mã hóa: cần mật khẩu của một tài khoản "
            "lúc sao lưu, hoặc khóa khôi phục."
        )
    return vault.unlock(vault.keys_path(path), user or "", password)


def opens_with(path: Path, key: bytes, name: str | None) -> bool:
    """Whether an encrypted backup opens with `key` (a backup of this very office: its database
    key never changes) and lets the account `name` in (there, and not disabled; None is the
    recovery key, always let in). A backup of another office, or one taken before the account
    existed, needs a password valid in it instead."""
    path = Path(path)
    if not path.is_file() or not is_encrypted(path):
        return False
    try:
        conn = _read_only(path, key)
    except sqlite3.Error:
        return False
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
        if name is None:
            return True
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if "accounts" not in tables:
            return (
                True  # taken before the office had accounts: whoever holds the key had every right
            )
        rows = conn.execute("select id, disabled_at from accounts").fetchall()
    except sqlite3.DatabaseError:
        return False  # another key: not this office's backup
    finally:
        conn.close()
    if not rows:
        return True
    return any(r[0] == vault.name_key(name) and not r[1] for r in rows)


def check_backup_file(path: Path, key: bytes | None = None) -> None:
    """Refuse anything that is not a database of this program (or of a newer version)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu “{path}”.")
    if key is None:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                if is_encrypted(path):
                    raise LoginRequired(
                        f"Bản sao lưu “{path.name}” được mã hóa: cần mật khẩu hoặc khóa khôi phục."
                    )
                raise UserError(f"Tệp “{path.name}” không phải bản sao lưu của Sổ Mặt trận.")
    conn = _read_only(path, key)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if not {"_sqlite_migrations", "office", "people"} <= tables:
            raise UserError(
                f"Tệp “{path.name}” là cơ sở dữ liệu SQLite nhưng không phải của Sổ Mặt trận."
            )
        applied = [
            r[0]
            for r in conn.execute(
                "select name from _sqlite_migrations where migration_set = ?",
                [migrations.MIGRATION_SET],
            )
        ]
        if any(name not in migrations.names() for name in applied):
            raise SchemaTooNew(
                "Bản sao lưu do phiên bản Sổ Mặt trận mới hơn tạo ra. Hãy cập nhật chương trình."
            )
        if conn.execute("pragma integrity_check").fetchone()[0] != "ok":
            raise UserError(f"Tệp “{path.name}” bị hỏng, không khôi phục được.")
    except sqlite3.DatabaseError:
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không phải cơ sở dữ liệu.") from None
    finally:
        conn.close()


def describe_backup(path: Path, key: bytes | None = None) -> dict[str, Any]:
    """What a backup holds, read without changing it (check it with check_backup_file first):

    - `office`: its office row (role, name, commune_name, commune_code, unit_kind, …) or None;
    - `people`, `villages`: the records not deleted;
    - `communes`: how many communes' people it holds (1 for a commune; more at an upper level);
    - `last_changed`: the newest `updated_at` of any register (UTC ISO text), or None if empty.
    """
    path = Path(path)
    conn = _read_only(path, key)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        cursor = conn.execute("select * from office limit 1")
        row = cursor.fetchone()
        office = dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None

        def live(table: str) -> int:
            if table not in tables:
                return 0
            return conn.execute(
                f"select count(*) from {table} where deleted_at is null"
            ).fetchone()[0]

        communes = conn.execute(
            "select count(distinct commune_code) from people where deleted_at is null"
        ).fetchone()[0]
        newest = [
            conn.execute(f"select max(updated_at) from {table}").fetchone()[0]
            for table in SYNCED_TABLES
            if table in tables
        ]
        changed = [stamp for stamp in newest if stamp]
        return {
            "office": office,
            "people": live("people"),
            "villages": live("villages"),
            "communes": communes,
            "last_changed": max(changed) if changed else None,
        }
    except sqlite3.DatabaseError:
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không phải cơ sở dữ liệu.") from None
    finally:
        conn.close()


def restore(
    db_path: Path,
    backup_path: Path,
    backups_dir: Path,
    user: str | None = None,
    password: str | None = None,
    current_key: bytes | None = None,
    unlocked: tuple[bytes, str | None] | None = None,
) -> Path:
    """Replace the database at db_path with a backup, keeping a copy of the current one first.

    No connection to db_path may be open (Windows cannot replace an open file). The restored
    database gets a new database id, so the upper level can tell a restore from the database
    it knew. If the restored copy cannot be opened (its upgrade fails), the current data is
    put back and a UserError says so. Returns the path of the safety copy (or db_path if
    there was no database to keep).

    An encrypted backup opens with `user`/`password` valid when it was taken, or its recovery key
    as the password; the restored office then has that backup's accounts (its key file). The
    current office, when protected, is copied with `current_key` (the caller had it open, as a
    lãnh đạo). `unlocked` — (key, account name or None) — stands for user/password when the caller
    already holds a key that opens the backup (opens_with)."""
    from desktop_app.store.lock import acquire

    db_path, backup_path = Path(db_path), Path(backup_path)
    if unlocked is None:
        unlocked = unlock_backup(backup_path, user, password)
    check_backup_file(backup_path, unlocked[0] if unlocked else None)
    if db_path.exists() and looks_encrypted(db_path) and current_key is None:
        raise LoginRequired(
            "Dữ liệu hiện tại được bảo vệ: hãy đăng nhập bằng tài khoản lãnh đạo trước khi khôi phục."
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    held = acquire(db_path, "exclusive", "lệnh khôi phục dữ liệu")
    try:
        return _restore_held(db_path, backup_path, backups_dir, unlocked, current_key)
    finally:
        held.release()


STAGED_SUFFIX = ".restoring"  # the backup being made ready beside the database, before the swap


def _remove_database_files(path: Path) -> None:
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(name).unlink()


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _stage(
    backup_path: Path, staged: Path, unlocked: tuple[bytes, str | None] | None = None
) -> None:
    """The backup copied to `staged`, upgraded to this program's schema, with its new database
    id and the audit line of the restore: everything the restore changes, before the swap."""
    from desktop_app.store.db import _open_locked

    key, name = unlocked if unlocked else (None, None)
    src = _read_only(backup_path, key)
    try:
        cipher.copy(src, key, staged)
    finally:
        src.close()
    store = _open_locked(staged, name, None, key)
    try:
        with store.transaction():
            store.new_database_id()
            store.audit("restore", "office", backup_path.name, None, {"from": str(backup_path)})
        store.conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        store.close()
    for extra in staged.parent.glob(f"{staged.stem}.before-migration-*.db"):
        extra.unlink(missing_ok=True)  # the backup itself is that copy
    _fsync(staged)


def _restore_held(
    db_path: Path,
    backup_path: Path,
    backups_dir: Path,
    unlocked: tuple[bytes, str | None] | None = None,
    current_key: bytes | None = None,
) -> Path:
    """Safety copy, then the staged file made whole, then one atomic swap: a restore killed at
    any moment leaves either the old data or the restored data with its new database id."""
    safety = db_path
    if db_path.exists():
        if current_key is not None and looks_encrypted(db_path):
            current = Store(
                db_path, cipher.connect(db_path, current_key, check_same_thread=False), current_key
            )
        else:
            current = open_store(db_path)
        try:
            safety = backup(current, backups_dir, SAFETY_SUFFIX)
        finally:
            current.close()  # the last connection: its WAL is checkpointed and removed
    staged = db_path.with_suffix(STAGED_SUFFIX)
    _remove_database_files(staged)
    try:
        _stage(backup_path, staged) if unlocked is None else _stage(backup_path, staged, unlocked)
    except Exception as exc:
        _remove_database_files(staged)
        from desktop_app.store.faults import explain

        if isinstance(exc, OSError | UserError) or (
            isinstance(exc, sqlite3.OperationalError) and explain(exc)
        ):
            raise  # a full disk, a read-only folder: its own message; the current data stays
        log.exception("the restored copy of %s does not open; the current data stays", backup_path)
        raise UserError(
            f"Không mở được dữ liệu của bản sao lưu “{backup_path.name}”. "
            "Dữ liệu đang dùng được giữ nguyên; hãy thử một bản sao lưu khác."
        ) from None
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    keys = vault.keys_path(db_path)
    if unlocked is not None:  # the backup's accounts come with it
        _copy_key_file(vault.keys_path(backup_path), keys)
    elif keys.exists():  # a plain backup: the office is unprotected until its next start
        keys.unlink()
    os.replace(staged, db_path)
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            fd = os.open(db_path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return safety


def clean_leftovers(db_path: Path, backups_dir: Path | None = None) -> list[Path]:
    """What an interrupted restore or backup left (a staged `.restoring` file, a backup's `.tmp`
    and its journal), removed when nothing else has the office open; never the data itself.
    A plain file's second name left by an upgrade to encrypted cut short (`.wiping`) is
    overwritten first, unless it is still a name of the data. Returns what was removed (for the
    log)."""
    from desktop_app.store.lock import alone
    from desktop_app.store.protect import WIPE_SUFFIX, wipe_leftover

    db_path = Path(db_path)
    removed: list[Path] = []
    with alone(db_path) as only_us:
        if not only_us:
            return removed
        staged = db_path.with_suffix(STAGED_SUFFIX)
        candidates = [Path(f"{staged}{s}") for s in ("", "-wal", "-shm", "-journal")]
        if backups_dir is not None and Path(backups_dir).is_dir():
            candidates += list(Path(backups_dir).glob("somattran-*.tmp"))
            candidates += list(Path(backups_dir).glob("somattran-*.tmp-journal"))
        for path in candidates:
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
        folders = [db_path.parent] + ([Path(backups_dir)] if backups_dir is not None else [])
        for folder in folders:
            for second in sorted(folder.glob(f"*{WIPE_SUFFIX}")) if folder.is_dir() else []:
                if wipe_leftover(second):
                    removed.append(second)
    if removed:
        log.info(
            "removed leftovers of an interrupted restore or backup: %s", [str(p) for p in removed]
        )
    return removed
