"""The dry run of an import at the upper level: every check, and what the import would do.

Reading a bundle here changes nothing in the database. The plan says, per register, how many
records are new, changed, deleted (newly tombstoned) or unchanged, which go to the quarantine
and why, and what the officer should know or confirm first.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError
from desktop_app.store import consolidation, import_log, sync_keys, synced_tables, upper_copy
from desktop_app.store.db import Store
from desktop_app.sync import container, crypto
from desktop_app.sync.bundle import (
    BundleHeader,
    OpenedBundle,
    Progress,
    open_bundle,
    peek_header,
)
from desktop_app.sync.errors import NotSetUp, WrongKind, WrongRecipient
from desktop_app.sync.keys import office_or_fail, refuse_signer, signer_status
from desktop_app.sync.lineage import check_sequence
from desktop_app.sync.rowcheck import TABLE_LABELS, Quarantined, check_records
from desktop_app.sync.signed import sha256_hex
from desktop_app.sync.upgrade import upgrade_tables

MAX_LISTED = 20
IMPORT_STEPS = 3  # after the payloads: checking the records, writing them, the receipt


@dataclass
class TableSummary:
    table: str
    label: str
    new: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "changed": self.changed,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "quarantined": self.quarantined,
        }


@dataclass
class ImportPlan:
    """What importing one bundle would do; import_bundle() carries it out."""

    path: Path
    header: BundleHeader
    sha256: str
    fingerprint: str
    signer_status: str  # enrolled | unknown | revoked | other_commune
    signer: crypto.PublicIdentity
    status: str  # 'import', or 'repeat' for a bundle already imported (a no-op)
    encrypted: bool
    new_commune: bool = False
    summaries: list[TableSummary] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    confirmations: list[str] = field(default_factory=list)
    quarantine: list[Quarantined] = field(default_factory=list)
    writes: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    accepted_ids: dict[str, list[str]] = field(default_factory=dict, repr=False)
    steps: int = 1  # for progress(done, total): payloads + IMPORT_STEPS
    lineages: list[dict[str, Any]] = field(default_factory=list, repr=False)  # as planned
    kinds: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    @property
    def commune(self) -> str:
        return self.header.commune_label

    @property
    def needs_enrolment(self) -> bool:
        return self.signer_status == "unknown"

    @property
    def counts(self) -> dict[str, dict[str, int]]:
        return {s.table: s.as_dict() for s in self.summaries}

    @property
    def changes(self) -> int:
        return sum(s.new + s.changed + s.deleted for s in self.summaries)


def own_private_keys(store: Store) -> crypto.OfficeKeys | None:
    row = sync_keys.own_keys(store)
    return crypto.OfficeKeys(row["signing_private"], row["encryption_private"]) if row else None


def open_checked(store: Store, path: str | Path) -> OpenedBundle:
    """The bundle at path, checked. A file this office imported before (the import log holds its
    bundle id with the same SHA-256 of the whole file) is recognised from its manifest without
    checking every byte again: a re-import stays a no-op in seconds whatever the bundles' size,
    while a file changed by one byte (another SHA-256) is checked in full and refused."""
    raw = container.read_file(path)
    opened = open_bundle(raw, _imported_before(store, raw))
    if opened.header.role != "commune":
        raise WrongKind(
            "Gói này không do một Ủy ban MTTQ xã xuất; đơn vị cấp trên chỉ nhập gói của các xã."
        )
    office = store.office() or {}
    if opened.header.office_code == office.get("commune_code"):
        raise WrongKind("Gói này mang mã của chính đơn vị này, không phải của một xã.")
    return opened


def _imported_before(store: Store, raw: bytes) -> str | None:
    """The SHA-256 of raw when these exact bytes were imported here before, else None."""
    try:
        bundle_id = peek_header(raw).bundle_id
    except UserError:
        return None
    previous = import_log.import_of_bundle(store, bundle_id)
    if previous is None:
        return None
    sha = sha256_hex(raw)
    return sha if hmac.compare_digest(sha, previous["bundle_sha256"] or "") else None


def plan_import(
    store: Store,
    path: str | Path,
    progress: Progress | None = None,
    assume_imported: Callable[[str], bool] | None = None,
) -> ImportPlan:
    """Check a bundle and work out its import without writing anything.

    assume_imported: bundle ids to treat as imported already (earlier files of the same batch
    in a dry run), so a batch of consecutive bundles is not reported as a gap.
    """
    office_or_fail(store, "upper")
    opened = open_checked(store, path)
    h = opened.header
    commune = h.commune_label

    def imported(bundle_id: str) -> bool:
        if assume_imported and assume_imported(bundle_id):
            return True
        return import_log.import_of_bundle(store, bundle_id) is not None

    lineages = upper_copy.lineages(store, h.office_code)
    seq = check_sequence(h, commune, lineages, imported)
    plan = ImportPlan(
        Path(path),
        h,
        opened.sha256,
        opened.fingerprint,
        signer_status(store, h.office_code, opened.fingerprint),
        opened.signed.signer,
        seq.status,
        opened.manifest.encrypted,
        seq.new_commune,
        confirmations=list(seq.confirmations),
        lineages=lineages,
    )
    if seq.status == "repeat":
        return plan
    keys = own_private_keys(store)
    if opened.manifest.encrypted and keys is None:
        raise NotSetUp(
            "Đơn vị này chưa có khóa; hãy thiết lập đơn vị cấp trên (trình hướng dẫn khi mở "
            "chương trình) trước.",
            command_hint="dòng lệnh: somattran setup --role upper",
        )
    steps = len(opened.manifest.payloads) + IMPORT_STEPS

    def report(done: int, _total: int) -> None:
        if progress:
            progress(done, steps)

    try:
        tables = opened.read_tables(keys, report)
    except WrongRecipient:
        addressed_here = (
            keys is not None and opened.manifest.recipient_fingerprint == keys.fingerprint
        )
        if addressed_here and plan.signer_status != "enrolled":
            # sealed for us but not openable, by a signer we do not know: a stranger's bundle, not
            # "the key was re-created"
            refuse_signer(plan.signer_status, commune, plan.fingerprint, store, h.office_code)
        raise
    tables, notes = upgrade_tables(store, tables, h.schema_version, commune)
    derive_locally(store, tables)
    plan.warnings += notes
    plan.steps = steps
    if not opened.manifest.encrypted:
        plan.warnings.append(
            "Gói không được mã hóa: xã chưa nhận tệp khóa của cấp trên. Hãy gửi "
            "tệp khóa (nút “Xuất tệp khóa cho các xã…”) cho xã."
        )
    accepted, held = check_records(store, h.office_code, tables)
    plan.quarantine = held
    _classify(store, plan, accepted, held)
    report(steps - IMPORT_STEPS + 1, steps)
    plan.warnings += _id_number_warnings(store, h.office_code, accepted.get("people", []))
    if h.full:
        plan.warnings += _missing_from_full(store, h.office_code, tables)
    return plan


def derive_locally(store: Store, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Folded names and sort keys are this program's, not the sender's: a commune still on an
    older version may order numbers or letters differently. Recompute them from each row."""
    for table, rows in tables.items():
        register = getattr(store, table, None)
        if register is None:
            continue
        for row in rows:
            row.update({k: v for k, v in register.derive(row).items() if k in row})


def _classify(
    store: Store,
    plan: ImportPlan,
    accepted: dict[str, list[dict[str, Any]]],
    held: list[Quarantined],
) -> None:
    held_count: dict[str, int] = {}
    for q in held:
        held_count[q.table] = held_count.get(q.table, 0) + 1
    for table, rows in accepted.items():
        summary = TableSummary(table, TABLE_LABELS[table], quarantined=held_count.get(table, 0))
        existing = synced_tables.rows_by_ids(store, table, (r["id"] for r in rows))
        writes = []
        kinds: dict[str, str] = {}
        for row in rows:
            old = existing.get(row["id"])
            if old == row:
                summary.unchanged += 1
                continue
            if row["deleted_at"] and (old is None or not old["deleted_at"]):
                kind = "deleted"
            elif old is None:
                kind = "new"
            else:
                kind = "changed"
            setattr(summary, kind, getattr(summary, kind) + 1)
            kinds[row["id"]] = kind
            writes.append(row)
        plan.summaries.append(summary)
        plan.writes[table] = writes
        plan.kinds[table] = kinds
        plan.accepted_ids[table] = [r["id"] for r in rows]


def _id_number_warnings(store: Store, commune_code: str, people: list[dict[str, Any]]) -> list[str]:
    numbers = {p["id_number"]: p for p in people if p.get("id_number") and not p.get("deleted_at")}
    elsewhere = upper_copy.id_numbers_elsewhere(store, commune_code, numbers)
    if not elsewhere:
        return []
    names = {r["commune_code"]: r["commune_name"] for r in consolidation.commune_overview(store)}
    lines = []
    for number, codes in sorted(elsewhere.items())[:MAX_LISTED]:
        others = ", ".join(f"xã {names.get(c) or c} ({c})" for c in codes)
        lines.append(
            f"Số định danh {number} ({numbers[number]['full_name']}) cũng có ở {others}: "
            "có thể một người được ghi ở hai xã."
        )
    if len(elsewhere) > MAX_LISTED:
        lines.append(
            f"… và {len(elsewhere) - MAX_LISTED} số định danh khác cũng trùng với xã khác."
        )
    return lines


def _missing_from_full(store: Store, commune_code: str, tables: dict[str, list[dict]]) -> list[str]:
    """Records the upper level holds for the commune that a full bundle no longer carries."""
    missing = 0
    for table, rows in tables.items():
        sent = {r["id"] for r in rows}
        missing += len(upper_copy.commune_ids(store, table, commune_code) - sent)
    if not missing:
        return []
    return [
        f"{missing} bản ghi có ở cấp trên nhưng không có trong gói đầy đủ này (dữ liệu của xã đã "
        "được khôi phục hoặc thay máy?). Các bản ghi đó được giữ nguyên ở cấp trên."
    ]
