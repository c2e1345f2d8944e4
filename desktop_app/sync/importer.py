"""Importing a commune's bundle at the upper level: the plan carried out in one transaction,
a signed receipt written for the commune, and the quarantine re-run.

Importing a bundle already imported writes nothing to the database (it only writes the receipt
file again). The upper level never edits a commune's records: it stores them as sent.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.store import id_filter, import_log, synced_tables, upper_copy
from desktop_app.store.db import Store
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync import receipt as receipt_format
from desktop_app.sync.bundle import Progress
from desktop_app.sync.errors import LineageChanged, NotSetUp, SyncError
from desktop_app.sync.keys import enrol_commune_key, office_name, office_or_fail, refuse_signer
from desktop_app.sync.plan import ImportPlan, own_private_keys, plan_import
from desktop_app.sync.rowcheck import Quarantined, check_records
from desktop_app.sync.stick import write_atomically

CONFIRM_HINT = "Nếu đã hỏi xã và chắc chắn, hãy nhập lại và xác nhận khi chương trình hỏi."
CONFIRM_COMMAND = "dòng lệnh: thêm --confirm-restore"


@dataclass
class ImportResult:
    plan: ImportPlan
    status: str  # 'imported', or 'repeat' when the bundle had been imported already
    import_id: str
    enrolled: bool = False
    receipt_path: Path | None = None
    receipt_error: str | None = None
    quarantined: list[Quarantined] = field(default_factory=list)


Enrol = bool | Callable[[ImportPlan], bool]


def import_bundle(
    store: Store,
    path: str | Path,
    *,
    enrol: Enrol = False,
    confirm: bool = False,
    receipt_dir: str | Path | None = None,
    progress: Progress | None = None,
    plan: ImportPlan | None = None,
) -> ImportResult:
    """Check, then import one bundle in one transaction, then write its receipt.

    progress(done, total) follows reading each payload, checking, writing and the receipt.
    enrol: take the bundle's signing key as the commune's (after the officer compared the
    fingerprint, plan.fingerprint); a callable is asked with the plan only when the key is
    unknown, and enrols when it returns True. confirm: import despite a restore/clone warning
    (plan.confirmations). receipt_dir: where the receipt goes (default: beside the bundle).
    """
    store.require("import")
    plan = plan or plan_import(store, path, progress)
    h = plan.header
    if plan.needs_enrolment and callable(enrol):
        enrol = bool(enrol(plan))
    if plan.signer_status != "enrolled" and not (plan.signer_status == "unknown" and enrol):
        refuse_signer(plan.signer_status, h.commune_label, plan.fingerprint, store, h.office_code)
    if plan.status == "repeat":
        previous = import_log.import_of_bundle(store, h.bundle_id)
        if previous is None:  # only if the import was removed since the dry run
            raise SyncError("Lần chạy thử đã cũ; hãy chạy thử lại rồi nhập.")
        result = ImportResult(plan, "repeat", previous["id"])
    else:
        if plan.confirmations and not confirm:
            raise LineageChanged(
                " ".join(plan.confirmations) + " " + CONFIRM_HINT, command_hint=CONFIRM_COMMAND
            )
        result = _apply(store, plan, enrol)
        # The rows are in the database now: a batch of many bundles keeps each outcome's plan
        # (its counts and warnings), not every row it carried (memory flat whatever the count).
        plan.writes, plan.accepted_ids, plan.kinds = {}, {}, {}
    if progress and plan.status == "import":
        progress(plan.steps - 1, plan.steps)
    folder = Path(receipt_dir) if receipt_dir is not None else plan.path.parent
    try:
        result.receipt_path = write_receipt_for(store, result.import_id, folder)
    except SyncError as exc:
        result.receipt_error = exc.message
    if progress:
        progress(plan.steps, plan.steps)
    return result


class _RefusedOnFastPath(Exception):
    """A constraint refused a row while a bundle was written in one go: the whole transaction is
    rolled back and the bundle written again table by table, row by row where refused."""


def _apply(store: Store, plan: ImportPlan, enrol: Enrol) -> ImportResult:
    """Write the plan in one transaction. Each table goes in one statement run for all its rows,
    with no savepoint: a savepoint makes SQLite copy every page it changes aside first, which
    cost a third more with the standard SQLite and up to ten times as much with SQLCipher's
    (the encrypted office). In the rare bundle where a constraint refuses a row, nothing is kept
    and the bundle is written again the careful way (a savepoint per table, then per row)."""
    try:
        return _apply_once(store, plan, enrol, careful=False)
    except _RefusedOnFastPath:
        return _apply_once(store, plan, enrol, careful=True)


def _apply_once(store: Store, plan: ImportPlan, enrol: Enrol, careful: bool) -> ImportResult:
    h = plan.header
    import_id = str(uuid.uuid4())
    now = utc_now()
    enrolled = False
    held = list(plan.quarantine)
    with synced_tables.bulk_writing(store), store.transaction():
        synced_tables.defer_foreign_keys(store)
        if (
            upper_copy.lineages(store, h.office_code) != plan.lineages
            or import_log.import_of_bundle(store, h.bundle_id) is not None
        ):
            raise SyncError(
                f"Đã có gói khác của {plan.commune} được nhập sau lần chạy thử này. Không có gì "
                "được ghi; hãy chạy thử lại rồi nhập."
            )
        if plan.signer_status == "unknown" and enrol:
            enrol_commune_key(store, h.office_code, h.office_name, plan.signer)
            enrolled = True
        import_log.record_import(
            store,
            {
                "id": import_id,
                "bundle_id": h.bundle_id,
                "commune_code": h.office_code,
                "commune_name": h.office_name,
                "sequence": h.sequence,
                "base_sequence": h.base_sequence,
                "full": int(h.full),
                "installation_id": h.installation_id,
                "database_id": h.database_id,
                "bundle_sha256": plan.sha256,
                "file_name": plan.path.name,
                "bundle_created_at": h.created_at,
                "imported_at": now,
                "signer_fingerprint": plan.fingerprint,
                "status": "imported",
                "counts": "{}",
                "warnings": synced_tables.json_text(plan.warnings + plan.confirmations),
                "quarantined": 0,
                "actor": store.actor,
                "schema_version": h.schema_version,
                "to_rev": h.to_rev,
            },
        )
        written: dict[str, list[dict[str, Any]]] = {}
        for summary in plan.summaries:
            rows = plan.writes.get(summary.table, [])
            failed = _write(store, summary.table, rows, careful)
            refused = {id(row) for row, _ in failed}
            written[summary.table] = [r for r in rows if id(r) not in refused]
            for row, reason in failed:
                held.append(Quarantined(summary.table, row["id"], reason, row))
                summary.quarantined += 1
                _uncount(summary, plan, row)
            import_log.resolve_quarantine(
                store, summary.table, plan.accepted_ids[summary.table], now, "superseded"
            )
        _refuse_dangling(store, written)
        import_log.quarantine(store, [_held_row(q, import_id, h.office_code, now) for q in held])
        import_log.finish_import(store, import_id, plan.counts, len(held))
        upper_copy.save_lineage(
            store,
            {
                "commune_code": h.office_code,
                "installation_id": h.installation_id,
                "database_id": h.database_id,
                "first_seen_at": now,
                "last_sequence": h.sequence,
                "last_to_rev": h.to_rev,
                "last_bundle_id": h.bundle_id,
                "last_bundle_created_at": h.created_at,
                "last_imported_at": now,
            },
        )
        store.audit(
            "import",
            "sync_imports",
            import_id,
            None,
            {
                "commune_code": h.office_code,
                "sequence": h.sequence,
                "changes": plan.changes,
                "quarantined": len(held),
            },
        )
    return ImportResult(plan, "imported", import_id, enrolled, quarantined=held)


def _refuse_dangling(store: Store, written: dict[str, list[dict[str, Any]]]) -> None:
    """The last guard before commit: no record written may point at a record not there."""
    for table, rows in written.items():
        broken = synced_tables.dangling_references(store, table, rows)
        if broken:
            record, column, missing = broken[0]
            raise SyncError(
                f"Nhập bị hủy, không có gì thay đổi: {len(broken)} bản ghi của sổ {table} trỏ tới "
                f"bản ghi không có (ví dụ {record}, trường {column} → {missing}). Hãy báo lỗi này "
                "cho người hỗ trợ kỹ thuật kèm tệp gói."
            )


def _uncount(summary: Any, plan: ImportPlan, row: dict[str, Any]) -> None:
    """A planned write that a constraint refused no longer counts as new/changed/deleted."""
    kind = plan.kinds[summary.table][row["id"]]
    setattr(summary, kind, getattr(summary, kind) - 1)


def _held_row(q: Quarantined, import_id: str, commune_code: str, at: str) -> dict[str, Any]:
    return {
        "import_id": import_id,
        "commune_code": commune_code,
        "table_name": q.table,
        "record_id": q.record_id,
        "record": synced_tables.json_text(q.row),
        "reason": q.reason,
        "created_at": at,
        "resolved_at": None,
        "resolution": None,
    }


def _write_order(table: str) -> Callable[[dict[str, Any]], Any]:
    """The order a register's rows are written in (_write)."""
    if table == "people":
        return lambda row: (row.get("sort_key") or "", row["id"])
    return itemgetter("id")


def _write(
    store: Store, table: str, rows: list[dict[str, Any]], careful: bool = True
) -> list[tuple[dict[str, Any], str]]:
    """Upsert rows; a row a constraint refuses (after one retry) is returned with the reason.
    careful=False: no savepoint, and a refused row raises _RefusedOnFastPath (the caller rolls
    the whole transaction back). The ID numbers of the people written join the filter of the
    numbers the upper level holds (store/id_filter), in the same transaction."""
    failed = _upsert(store, table, rows, careful)
    if table == "people" and rows:
        refused = {id(row) for row, _ in failed}
        id_filter.add(
            store,
            (r.get("id_number") for r in rows if id(r) not in refused and not r.get("deleted_at")),
        )
    return failed


def _upsert(
    store: Store, table: str, rows: list[dict[str, Any]], careful: bool
) -> list[tuple[dict[str, Any], str]]:
    if not rows:
        return []
    names = list(synced_tables.columns(store, table))
    # Each page of an index is then written once, one after the other, instead of being left and
    # read again: a commune's ids are one stretch of every id index (core/ids.py), its people
    # one stretch of the order's index, filled in order, and they lie in the table in the order
    # its list reads them (docs/scale.md, fifth and sixth passes).
    rows = sorted(rows, key=_write_order(table))
    if not careful:
        try:
            synced_tables.upsert_rows(store, table, names, rows)
        except sqlite3.IntegrityError:
            raise _RefusedOnFastPath() from None
        return []
    try:
        with store.transaction():
            synced_tables.upsert_rows(store, table, names, rows)
        return []
    except sqlite3.IntegrityError:
        pass
    pending: list[tuple[dict[str, Any], str]] = []
    for _attempt in range(2):  # a swap of unique values succeeds on the second pass
        pending = []
        for row in rows:
            try:
                with store.transaction():
                    synced_tables.upsert_rows(store, table, names, [row])
            except sqlite3.IntegrityError as exc:
                pending.append((row, f"vi phạm ràng buộc của sổ ({exc})"))
        rows = [row for row, _ in pending]
        if not rows:
            break
    return pending


def write_receipt_for(store: Store, import_id: str, folder: str | Path) -> Path:
    """Write (again) the signed receipt of an import into folder; return its path."""
    if (
        store.conn.in_transaction
    ):  # a receipt acknowledges committed data, never data that may roll back
        raise RuntimeError("a receipt is written only after the import's transaction has committed")
    office = office_or_fail(store, "upper")
    keys = own_private_keys(store)
    if keys is None:
        raise NotSetUp(
            "Đơn vị này chưa có khóa; hãy thiết lập đơn vị cấp trên (trình hướng dẫn khi mở "
            "chương trình) trước.",
            command_hint="dòng lệnh: somattran setup --role upper",
        )
    row = import_log.import_by_id(store, import_id)
    if row is None:
        raise UserError(f"Không tìm thấy lần nhập {import_id}.")
    receipt = receipt_format.Receipt(
        office["commune_code"],
        office_name(office),
        row["commune_code"],
        row["bundle_id"],
        row["sequence"],
        row["to_rev"],
        row["database_id"],
        row["bundle_sha256"],
        row["imported_at"],
        json.loads(row["counts"] or "{}"),
        row["quarantined"] or 0,
    )
    data = receipt_format.write_receipt(receipt, keys)
    name = receipt_format.file_name(row["commune_code"], row["sequence"])
    return write_atomically(
        folder, name, data, check=receipt_format.read_receipt, reuse_identical=True
    )


@dataclass
class RerunResult:
    applied: int
    still_held: list[dict[str, Any]]


def rerun_quarantine(store: Store, commune_code: str | None = None) -> RerunResult:
    """Try the quarantined records again (after the records they need have arrived)."""
    office_or_fail(store, "upper")
    entries = import_log.open_quarantine(store, commune_code)
    by_commune: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for entry in entries:
        tables = by_commune.setdefault(entry["commune_code"], {})
        tables.setdefault(entry["table_name"], {})[entry["record_id"]] = json.loads(entry["record"])
    applied = 0
    now = utc_now()
    with synced_tables.bulk_writing(store), store.transaction():
        synced_tables.defer_foreign_keys(store)
        for code, tables in by_commune.items():
            ordered = {t: list(tables[t].values()) for t in SYNCED_TABLES if t in tables}
            accepted, _held = check_records(store, code, ordered)
            written: dict[str, list[dict[str, Any]]] = {}
            for table, rows in accepted.items():
                failed = {row["id"] for row, _ in _write(store, table, rows)}
                written[table] = [r for r in rows if r["id"] not in failed]
                import_log.resolve_quarantine(
                    store, table, [r["id"] for r in written[table]], now, "applied"
                )
                applied += len(written[table])
            _refuse_dangling(store, written)
        if applied:
            store.audit(
                "quarantine_rerun",
                "sync_quarantine",
                commune_code or "*",
                None,
                {"applied": applied},
            )
    return RerunResult(applied, import_log.open_quarantine(store, commune_code))
