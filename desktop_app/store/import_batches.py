"""Writing an import and undoing the last one: all SQL of the Excel import lives here.

One import is one transaction and one audit entry (file name, batch id, counts). Each record it
added or changed is listed in import_items with its old values, so undoing the last import
tombstones what it added and puts back what it changed — unless those records were changed
again since.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError

if TYPE_CHECKING:
    from desktop_app.store.db import Store
    from desktop_app.store.register import Register

# order of writing; undo goes backwards
TABLES = ("villages", "people", "memberships", "residents", "activities")


class Batch:
    """Collects the writes of one import inside the caller's transaction."""

    def __init__(
        self, store: Store, file_name: str, sheet: str, target: str, body_id: str | None
    ) -> None:
        self.store = store
        self.id = str(uuid.uuid4())
        self.now = utc_now()
        self.code = store.owner_code()
        self.first_rev = store.current_rev() + 1
        self._next_rev = self.first_rev
        self.items: list[dict] = []
        self.inserts: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.meta = {
            "id": self.id,
            "file_name": file_name,
            "sheet": sheet,
            "target": target,
            "body_id": body_id,
            "created_at": self.now,
            "actor": store.actor,
        }

    def _rev(self) -> int:
        """Revs are counted here and the database's counter set once at the end (finish):
        every write of the import goes through this batch, inside one transaction."""
        rev = self._next_rev
        self._next_rev += 1
        return rev

    def add(self, register: Register, record: dict[str, Any]) -> str:
        """A new record (fields already cleaned and checked)."""
        row = {
            **record,
            **register.derive(record),
            "commune_code": self.code,
            "created_at": self.now,
            "updated_at": self.now,
            "deleted_at": None,
            "rev": self._rev(),
        }
        self.inserts[register.table].append(row)
        self.items.append(
            {"table_name": register.table, "record_id": row["id"], "action": "add", "old": None}
        )
        return row["id"]

    def update(self, register: Register, record_id: str, changes: dict[str, Any]) -> None:
        self.flush()
        old = register.get(record_id)
        if old is None:
            raise UserError(f"Không tìm thấy {register.label} cần cập nhật (mã {record_id}).")
        merged = {**old, **changes}
        diff = {k: v for k, v in {**changes, **register.derive(merged)}.items() if old.get(k) != v}
        if not diff:
            return
        diff.update(updated_at=self.now, rev=self._rev())
        register.db[register.table].update(record_id, diff)
        self.items.append(
            {
                "table_name": register.table,
                "record_id": record_id,
                "action": "update",
                "old": json.dumps({k: old.get(k) for k in diff}, ensure_ascii=False),
            }
        )

    def flush(self, table: str | None = None) -> None:
        """Insert the rows collected so far (plain executemany: sqlite-utils' insert_all
        inspects every value, which costs seconds on 20,000 rows)."""
        for t in TABLES if table is None else (table,):
            rows = self.inserts[t]
            if not rows:
                continue
            columns = list(dict.fromkeys(k for row in rows for k in row))
            sql = f"insert into {t} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
            self.store.conn.executemany(sql, [[row.get(c) for c in columns] for row in rows])
            self.inserts[t] = []

    def finish(self, counts: dict[str, int]) -> dict:
        for t in TABLES:  # villages before people, people before their memberships
            self.flush(t)
        last = self._next_rev - 1
        self.store.conn.execute("update meta set value = ? where key = 'rev'", [str(last)])
        self.store.db["import_batches"].insert(
            {
                **self.meta,
                "counts": json.dumps(counts),
                "first_rev": self.first_rev,
                "last_rev": last,
                "undone_at": None,
            }
        )
        self.store.conn.executemany(
            "insert into import_items (batch_id, seq, table_name, record_id, action, old) values (?, ?, ?, ?, ?, ?)",
            [
                (self.id, i, it["table_name"], it["record_id"], it["action"], it["old"])
                for i, it in enumerate(self.items)
            ],
        )
        self.store.audit(
            "import",
            "import_batches",
            self.id,
            None,
            {
                "file": self.meta["file_name"],
                "sheet": self.meta["sheet"],
                "target": self.meta["target"],
                "batch_id": self.id,
                "counts": counts,
            },
        )
        return {**self.meta, "counts": counts}


def last_batch(store: Store) -> dict | None:
    rows = store.query(
        "select * from import_batches where undone_at is null order by created_at desc, rowid desc limit 1"
    )
    if not rows:
        return None
    row = rows[0]
    row["counts"] = json.loads(row["counts"] or "{}")
    return row


def undo_last(store: Store) -> dict:
    """Undo the last import that is not undone yet, in one transaction."""
    with store.transaction():
        batch = last_batch(store)
        if batch is None:
            raise UserError("Chưa có lần nhập Excel nào để hoàn tác.")
        items = store.query(
            "select * from import_items where batch_id = ? order by seq desc", [batch["id"]]
        )
        later = 0
        for table in TABLES:
            ids = [i["record_id"] for i in items if i["table_name"] == table]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                later += store.conn.execute(
                    f"select count(*) from {table} where rev > ? and id in ({', '.join('?' * len(chunk))})",
                    [batch["last_rev"], *chunk],
                ).fetchone()[0]
        if later:
            raise UserError(
                f"Không hoàn tác được: {later} bản ghi của lần nhập này đã được sửa sau đó. "
                "Hãy sửa hoặc xóa từng bản ghi trong sổ."
            )
        now = utc_now()
        order = {t: n for n, t in enumerate(TABLES)}
        for item in sorted(items, key=lambda i: -order[i["table_name"]]):
            table = item["table_name"]
            if item["action"] == "add":
                store.db[table].update(
                    item["record_id"],
                    {"deleted_at": now, "updated_at": now, "rev": store.next_rev()},
                )
            else:
                old = json.loads(item["old"])
                old.pop("rev", None)
                old.update(updated_at=now, rev=store.next_rev())
                store.db[table].update(item["record_id"], old)
        store.db["import_batches"].update(batch["id"], {"undone_at": now})
        store.audit(
            "import-undo",
            "import_batches",
            batch["id"],
            None,
            {"file": batch["file_name"], "batch_id": batch["id"], "records": len(items)},
        )
    return batch
