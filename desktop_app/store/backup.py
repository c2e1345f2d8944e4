"""Backups with SQLite's online backup API, and restore that refuses foreign files."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store import migrations
from desktop_app.store.db import Store, open_store

SQLITE_MAGIC = b"SQLite format 3\x00"


def backup(store: Store, target_dir: Path) -> Path:
    """Write a consistent copy of the open database into target_dir; return its path."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    office = store.office() or {}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = f"somattran-{office.get('commune_code', 'chua-thiet-lap')}-{stamp}"
    target, n = target_dir / f"{stem}.db", 1
    while target.exists():  # never overwrite an earlier backup taken in the same second
        n += 1
        target = target_dir / f"{stem}-{n}.db"
    tmp = target.with_suffix(".tmp")
    dest = sqlite3.connect(str(tmp))
    try:
        store.conn.backup(dest)
        dest.execute("pragma journal_mode = delete")
    finally:
        dest.close()
    os.replace(tmp, target)
    return target


def check_backup_file(path: Path) -> None:
    """Refuse anything that is not a database of this program (or of a newer version)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu “{path}”.")
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise UserError(f"Tệp “{path.name}” không phải bản sao lưu của Sổ Mặt trận.")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if not {"_sqlite_migrations", "office", "people"} <= tables:
            raise UserError(f"Tệp “{path.name}” là cơ sở dữ liệu SQLite nhưng không phải của Sổ Mặt trận.")
        applied = [r[0] for r in conn.execute(
            "select name from _sqlite_migrations where migration_set = ?", [migrations.MIGRATION_SET])]
        if any(name not in migrations.names() for name in applied):
            raise SchemaTooNew("Bản sao lưu do phiên bản Sổ Mặt trận mới hơn tạo ra. Hãy cập nhật chương trình.")
        if conn.execute("pragma integrity_check").fetchone()[0] != "ok":
            raise UserError(f"Tệp “{path.name}” bị hỏng, không khôi phục được.")
    except sqlite3.DatabaseError:
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không phải cơ sở dữ liệu.") from None
    finally:
        conn.close()


def restore(db_path: Path, backup_path: Path, backups_dir: Path) -> Path:
    """Replace the database at db_path with a backup, keeping a copy of the current one first.

    The restored database gets a new database id, so the upper level can tell a restore
    from the database it knew. Returns the path of the safety copy (or db_path if none).
    """
    check_backup_file(backup_path)
    db_path = Path(db_path)
    safety = db_path
    if db_path.exists():
        current = open_store(db_path)
        safety = backup(current, backups_dir)
        current.close()
    src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    tmp = db_path.with_suffix(".restoring")
    dest = sqlite3.connect(str(tmp))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    store = open_store(db_path)
    try:
        with store.transaction():
            store.new_database_id()
            store.audit("restore", "office", backup_path.name, None, {"from": str(backup_path)})
    finally:
        store.close()
    return safety
