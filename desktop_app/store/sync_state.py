"""All the SQL of sync: keys, exports and receipts, changed rows, the upper level's copy of each
commune (upserts that keep the commune's ids, timestamps and rev), imports, lineages, the
quarantine, and the consolidation queries with a commune column.

Functions take a sqlite_utils Database; callers own the transaction (store.transaction()).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from desktop_app.store.schema import SYNCED_TABLES

_BATCH = 500

# The synced registers as the sync summaries and the import record name them.
REGISTER_LABELS = {
    "villages": "Khu dân cư",
    "people": "Người",
    "bodies": "Các ban",
    "memberships": "Thành viên các ban",
    "campaigns": "Cuộc vận động",
    "activities": "Hoạt động",
    "residents": "Đảng viên nơi cư trú",
    "evaluations": "Phiếu nhận xét (QĐ 213)",
    "documents": "Sổ văn bản đi",
    "funds": "Quỹ",
    "fund_entries": "Phiếu thu, chi quỹ",
    "gradings": "Chấm điểm Ban công tác Mặt trận",
    "commendations": "Khen thưởng",
    "petitions": "Ý kiến, kiến nghị",
    "supervisions": "Cuộc giám sát",
    "recommendations": "Kiến nghị sau giám sát",
    "criticisms": "Phản biện xã hội",
}


def _one(db: Database, sql: str, params: Iterable[Any] = ()) -> dict | None:
    rows = list(db.query(sql, list(params)))
    return rows[0] if rows else None


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def _synced(table: str) -> str:
    if table not in SYNCED_TABLES:
        raise ValueError(f"not a synced table: {table}")
    return table


# ---- this office's keys, the trusted upper level, enrolled communes ---------------------------
def own_keys(db: Database) -> dict | None:
    return _one(db, "select * from sync_keys where id = 1")


def save_own_keys(
    db: Database, signing_private: bytes, encryption_private: bytes, fingerprint: str, at: str
) -> None:
    db["sync_keys"].upsert(
        {
            "id": 1,
            "signing_private": signing_private,
            "encryption_private": encryption_private,
            "fingerprint": fingerprint,
            "created_at": at,
        },
        pk="id",
    )


def trusted_upper(db: Database) -> dict | None:
    return _one(
        db,
        "select * from sync_upper_keys where replaced_at is null order by trusted_at desc limit 1",
    )


def trust_upper(db: Database, row: dict, at: str) -> None:
    db.execute(
        "update sync_upper_keys set replaced_at = ? where replaced_at is null and fingerprint != ?",
        [at, row["fingerprint"]],
    )
    db["sync_upper_keys"].upsert({**row, "trusted_at": at, "replaced_at": None}, pk="fingerprint")


def upper_key(db: Database, fingerprint: str) -> dict | None:
    """An upper-level key this commune trusts or once trusted (receipts of older bundles)."""
    return _one(db, "select * from sync_upper_keys where fingerprint = ?", [fingerprint])


def commune_key(db: Database, fingerprint: str) -> dict | None:
    return _one(db, "select * from sync_commune_keys where fingerprint = ?", [fingerprint])


def commune_keys(db: Database, commune_code: str | None = None) -> list[dict]:
    sql, params = "select * from sync_commune_keys", []
    if commune_code:
        sql += " where commune_code = ?"
        params.append(commune_code)
    return list(db.query(sql + " order by commune_code, enrolled_at", params))


def enrol_commune_key(db: Database, row: dict) -> None:
    db["sync_commune_keys"].insert(row, pk="fingerprint")


def revoke_commune_key(db: Database, fingerprint: str, at: str) -> int:
    return db.execute(
        "update sync_commune_keys set revoked_at = ? where fingerprint = ? and revoked_at is null",
        [at, fingerprint],
    ).rowcount


# ---- exports and receipts at a commune ---------------------------------------------------------
def last_export(db: Database) -> dict | None:
    return _one(db, "select * from sync_exports order by sequence desc, created_at desc limit 1")


def acknowledged_base(db: Database) -> dict | None:
    return _one(
        db,
        "select * from sync_exports where acknowledged_at is not null"
        " order by sequence desc, created_at desc limit 1",
    )


def export_by_id(db: Database, bundle_id: str) -> dict | None:
    return _one(db, "select * from sync_exports where bundle_id = ?", [bundle_id])


def exports(db: Database, limit: int = 50) -> list[dict]:
    return list(
        db.query(
            "select * from sync_exports order by sequence desc, created_at desc limit ?", [limit]
        )
    )


def record_export(db: Database, row: dict) -> None:
    db["sync_exports"].insert(row, pk="bundle_id")


def forget_export(db: Database, bundle_id: str) -> None:
    """An export recorded before its file was written, whose writing then failed."""
    db.execute(
        "delete from sync_exports where bundle_id = ? and acknowledged_at is null", [bundle_id]
    )


def set_export_file(db: Database, bundle_id: str, file_name: str) -> None:
    db["sync_exports"].update(bundle_id, {"file_name": file_name})


def acknowledge_export(
    db: Database, bundle_id: str, at: str, signer: str, imported_at: str
) -> None:
    db["sync_exports"].update(
        bundle_id,
        {"acknowledged_at": at, "receipt_signer": signer, "receipt_imported_at": imported_at},
    )


def changed_rows(db: Database, table: str, after_rev: int, up_to_rev: int) -> list[dict]:
    """Every record (tombstones included) with after_rev < rev <= up_to_rev, in rev order."""
    return list(
        db.query(
            f"select * from {_synced(table)} where rev > ? and rev <= ? order by rev",
            [after_rev, up_to_rev],
        )
    )


def count_changed(db: Database, table: str, after_rev: int, up_to_rev: int) -> int:
    return db.execute(
        f"select count(*) from {_synced(table)} where rev > ? and rev <= ?", [after_rev, up_to_rev]
    ).fetchone()[0]


# ---- the shape of the registers ----------------------------------------------------------------
def columns(db: Database, table: str) -> dict[str, tuple[str, bool]]:
    """name → (declared type, not null)."""
    return {
        r[1]: (r[2].upper(), bool(r[3]))
        for r in db.execute(f"pragma table_info({_synced(table)})").fetchall()
    }


def column_defaults(db: Database, table: str) -> dict[str, Any]:
    """name → the value a column takes when a record does not give one (None when no default)."""
    found: dict[str, Any] = {}
    for row in db.execute(f"pragma table_info({_synced(table)})").fetchall():
        found[row[1]] = None if row[4] is None else db.execute(f"select {row[4]}").fetchone()[0]
    return found


def foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, referenced table) of a register's foreign keys."""
    return [(r[3], r[2]) for r in db.execute(f"pragma foreign_key_list({_synced(table)})")]


# ---- the upper level's copy of a commune -------------------------------------------------------
@contextlib.contextmanager
def bulk_writing(db: Database, cache_kib: int = 65536) -> Iterator[None]:
    """Writing a bundle's rows: a larger page cache (the many indexes of people make 20,000
    upserts 2-3 times faster) and foreign keys checked once at the end by
    foreign_key_violations() instead of row by row (half the time again). Both are restored
    afterwards. Enter it outside any transaction (SQLite ignores the foreign-key switch inside
    one, which is then merely slower)."""
    previous = db.execute("pragma cache_size").fetchone()[0]
    db.execute(f"pragma cache_size = {-abs(int(cache_kib))}")
    db.execute("pragma foreign_keys = off")
    try:
        yield
    finally:
        db.execute("pragma foreign_keys = on")
        db.execute(f"pragma cache_size = {int(previous)}")


def defer_foreign_keys(db: Database) -> None:
    """Inside a transaction: references are checked at commit, not row by row (a record may
    arrive before the one it refers to)."""
    db.execute("pragma defer_foreign_keys = on")


def dangling_references(db: Database, table: str, rows: list[dict]) -> list[tuple[str, str, str]]:
    """(record id, column, missing id) for references of these rows that lead nowhere: the
    check SQLite would make, limited to the rows just written (a whole-table check would grow
    with every commune imported)."""
    found: list[tuple[str, str, str]] = []
    for column, target in foreign_keys(db, table):
        wanted = {r[column] for r in rows if r.get(column)}
        present = set(owners_of(db, target, wanted))
        found += [
            (r["id"], column, r[column]) for r in rows if r.get(column) and r[column] not in present
        ]
    return found


def rows_by_ids(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"select * from {_synced(table)} where id in ({marks})", chunk):
            found[row["id"]] = row
    return found


def owners_of(db: Database, table: str, ids: Iterable[str]) -> dict[str, str]:
    """id → commune_code for the given ids present in table."""
    found: dict[str, str] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for rid, code in db.execute(
            f"select id, commune_code from {_synced(table)} where id in ({marks})", chunk
        ):
            found[rid] = code
    return found


def upsert_rows(db: Database, table: str, names: list[str], rows: list[dict]) -> None:
    """Insert or replace the commune's own rows, keeping every value as the commune sent it.

    Every row holds every name (the importer checked their shape). A row whose id belongs to
    another commune is never touched (the planner quarantines it).
    """
    if not rows:
        return
    cols = ", ".join(names)
    marks = ", ".join("?" * len(names))
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    db.conn.executemany(
        f"insert into {_synced(table)} ({cols}) values ({marks}) on conflict(id) do update set "
        f"{sets} where {table}.commune_code = excluded.commune_code",
        map(itemgetter(*names), rows),
    )


def commune_rows(db: Database, table: str, commune_code: str) -> list[dict]:
    return list(
        db.query(
            f"select * from {_synced(table)} where commune_code = ? order by id", [commune_code]
        )
    )


def commune_ids(db: Database, table: str, commune_code: str) -> set[str]:
    return {
        r[0]
        for r in db.execute(
            f"select id from {_synced(table)} where commune_code = ?", [commune_code]
        )
    }


def id_numbers_elsewhere(
    db: Database, commune_code: str, numbers: Iterable[str]
) -> dict[str, list[str]]:
    """ID number → other communes where a live person carries it."""
    found: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(set(numbers))):
        marks = ",".join("?" * len(chunk))
        for number, code in db.execute(
            f"select distinct id_number, commune_code from people where id_number in ({marks})"
            " and commune_code != ? and deleted_at is null order by commune_code",
            [*chunk, commune_code],
        ):
            found.setdefault(number, []).append(code)
    return found


# ---- lineages and imports at the upper level ---------------------------------------------------
def lineages(db: Database, commune_code: str) -> list[dict]:
    return list(
        db.query("select * from sync_lineages where commune_code = ? order by id", [commune_code])
    )


def save_lineage(db: Database, row: dict) -> None:
    """Record the database a bundle came from as the commune's current one."""
    db.execute("update sync_lineages set current = 0 where commune_code = ?", [row["commune_code"]])
    existing = _one(
        db,
        "select id from sync_lineages where commune_code = ? and database_id = ?",
        [row["commune_code"], row["database_id"]],
    )
    if existing:
        db["sync_lineages"].update(existing["id"], {**row, "current": 1})
    else:
        db["sync_lineages"].insert({**row, "current": 1})


def import_of_bundle(db: Database, bundle_id: str) -> dict | None:
    return _one(
        db, "select * from sync_imports where bundle_id = ? and status = 'imported'", [bundle_id]
    )


def import_by_id(db: Database, import_id: str) -> dict | None:
    return _one(db, "select * from sync_imports where id = ?", [import_id])


def record_import(db: Database, row: dict) -> None:
    db["sync_imports"].insert(row, pk="id")


def finish_import(db: Database, import_id: str, counts: dict, quarantined: int) -> None:
    db["sync_imports"].update(import_id, {"counts": json_text(counts), "quarantined": quarantined})


def imports(db: Database, commune_code: str | None = None, limit: int = 200) -> list[dict]:
    sql, params = "select * from sync_imports", []
    if commune_code:
        sql += " where commune_code = ?"
        params.append(commune_code)
    return list(db.query(sql + " order by imported_at desc, rowid desc limit ?", [*params, limit]))


# ---- quarantine --------------------------------------------------------------------------------
def quarantine(db: Database, rows: list[dict]) -> None:
    if rows:
        db["sync_quarantine"].insert_all(rows, pk="id")


def open_quarantine(
    db: Database, commune_code: str | None = None, import_id: str | None = None
) -> list[dict]:
    sql, params = "select * from sync_quarantine where resolved_at is null", []
    if commune_code:
        sql += " and commune_code = ?"
        params.append(commune_code)
    if import_id:
        sql += " and import_id = ?"
        params.append(import_id)
    return list(db.query(sql + " order by id", params))


def quarantined_of_import(db: Database, import_id: str) -> list[dict]:
    return list(
        db.query("select * from sync_quarantine where import_id = ? order by id", [import_id])
    )


def resolve_quarantine(
    db: Database, table: str, record_ids: Iterable[str], at: str, resolution: str
) -> None:
    """Close the open quarantine entries of these records (a newer version arrived, or re-run)."""
    for chunk in _chunks(list(record_ids)):
        marks = ",".join("?" * len(chunk))
        db.execute(
            f"update sync_quarantine set resolved_at = ?, resolution = ? where table_name = ?"
            f" and resolved_at is null and record_id in ({marks})",
            [at, resolution, table, *chunk],
        )


# ---- consolidation -----------------------------------------------------------------------------
_NAMES = (
    "with names as (select commune_code, commune_name from sync_imports i where rowid ="
    " (select max(rowid) from sync_imports j where j.commune_code = i.commune_code))"
)


def commune_overview(db: Database) -> list[dict]:
    """Per commune known here: name, last bundle imported (sequence, dates), open quarantine."""
    return list(
        db.query(
            "with known as (select commune_code, max(commune_name) as commune_name"
            "  from sync_commune_keys group by commune_code"
            " union select commune_code, commune_name from sync_imports),"
            " codes as (select distinct commune_code from known)"
            " select c.commune_code,"
            "  (select commune_name from known k where k.commune_code = c.commune_code"
            "    and commune_name is not null limit 1) as commune_name,"
            "  l.sequence as last_sequence, l.bundle_created_at as last_bundle_at,"
            "  l.imported_at as last_imported_at, l.full as last_full,"
            "  (select count(*) from sync_quarantine q where q.commune_code = c.commune_code"
            "    and q.resolved_at is null) as quarantined,"
            "  (select count(*) from sync_commune_keys k where k.commune_code = c.commune_code"
            "    and k.revoked_at is null) as active_keys"
            " from codes c left join sync_imports l on l.rowid = (select max(rowid) from sync_imports"
            "  i where i.commune_code = c.commune_code and i.status = 'imported')"
            " order by c.commune_code"
        )
    )


def register_across(
    db: Database, table: str, commune_code: str | None = None, include_deleted: bool = False
) -> list[dict]:
    """A register's rows of every commune, with the commune's code and name first."""
    sql = (
        f"{_NAMES} select t.commune_code as commune_code, n.commune_name as commune_name, t.*"
        f" from {_synced(table)} t left join names n on n.commune_code = t.commune_code"
        " where 1 = 1"
    )
    params: list[Any] = []
    if commune_code:
        sql += " and t.commune_code = ?"
        params.append(commune_code)
    if not include_deleted:
        sql += " and t.deleted_at is null"
    order = "t.sort_key" if "sort_key" in columns(db, table) else "t.rowid"
    return list(db.query(sql + f" order by t.commune_code, {order}", params))


def campaign_totals(
    db: Database, indicators: Iterable[str], date_from: str, date_to: str
) -> list[dict]:
    """Sum of each indicator per commune and campaign (by campaign code, else its name)."""
    names = list(indicators)
    known = columns(db, "activities")
    sums = ", ".join(f"sum(coalesce(a.{n}, 0)) as {n}" for n in names if n in known)
    return list(
        db.query(
            f"{_NAMES} select a.commune_code, n.commune_name, coalesce(c.code, c.name) as campaign_key,"
            f" c.name as campaign_name, c.kind as campaign_kind, count(*) as activities, {sums}"
            " from activities a join campaigns c on c.id = a.campaign_id"
            " left join names n on n.commune_code = a.commune_code"
            " where a.deleted_at is null and a.date >= ? and a.date <= ?"
            " group by a.commune_code, campaign_key order by a.commune_code, c.kind desc, c.sort_key",
            [date_from, date_to],
        )
    )


def reg213_progress(db: Database, year: int) -> list[dict]:
    """Per commune: members to comment on this year, and the current version's state counts."""
    return list(
        db.query(
            f"{_NAMES}, due as (select commune_code, count(*) as due from residents"
            "  where deleted_at is null and left_date is null and category = 'ordinary'"
            "  group by commune_code),"
            " current as (select e.* from evaluations e where e.deleted_at is null and e.year = ? and e.purpose is null"
            "  and not exists (select 1 from evaluations s where s.supersedes_id = e.id"
            "   and s.deleted_at is null))"
            " select d.commune_code, n.commune_name, d.due,"
            "  sum(c.state = 'requested') as requested, sum(c.state = 'commented') as commented,"
            "  sum(c.state = 'confirmed') as confirmed, sum(c.state = 'returned') as returned"
            " from due d left join current c on c.commune_code = d.commune_code"
            " left join names n on n.commune_code = d.commune_code"
            " group by d.commune_code order by d.commune_code",
            [year],
        )
    )


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
