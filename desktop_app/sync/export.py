"""Exporting a commune's bundle to the stick, and what the commune knows of its acknowledgements.

An incremental bundle holds every record (tombstones included) changed after the last bundle
the upper level acknowledged with a receipt; until a receipt comes back, bundles overlap, and
the upper level imports the overlap as a no-op. A full bundle holds every record.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.store import export_log, sync_keys, synced_tables
from desktop_app.store.db import SCHEMA_VERSION, Store
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync import bundle as bundle_format
from desktop_app.sync.bundle import BundleHeader, Progress, Recipient
from desktop_app.sync.errors import SyncError
from desktop_app.sync.keys import ensure_keys, office_name, office_or_fail, upper_identity
from desktop_app.sync.stick import write_atomically


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    full: bool
    base_sequence: int
    counts: dict[str, int]
    encrypted: bool
    recipient: str | None
    sha256: str
    warnings: list[str] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def _stage(progress: Progress | None, done: int, total: int) -> None:
    if progress:
        progress(done, total)


PLAIN_REFUSED = (
    "Máy này chưa nhận tệp khóa của cấp trên, nên gói sẽ KHÔNG được mã hóa: ai nhặt được USB "
    "cũng đọc được họ tên, số định danh, điện thoại của mọi người trong sổ. Hãy bấm “Nhận tệp "
    "khóa của cấp trên…” (trang Đồng bộ cấp trên) rồi xuất lại."
)
PLAIN_COMMAND = "dòng lệnh: somattran key --trust TỆP; chỉ khi thật cần, thêm --unencrypted"


def export_bundle(
    store: Store,
    folder: str | Path,
    full: bool = False,
    progress: Progress | None = None,
    allow_plain: bool = True,
) -> ExportResult:
    """Write the next bundle into folder (the stick) atomically; return what was written.

    allow_plain=False refuses (UserError) to write a bundle that would not be encrypted (no
    trusted upper-level key): the command line asks for --unencrypted, the window for a yes.

    progress(done, total) is called as registers are read and sealed, and once written.
    """
    store.require("export")
    office = office_or_fail(store, "commune")
    upper = upper_identity(store)
    if upper is None and not allow_plain:
        raise UserError(PLAIN_REFUSED, command_hint=PLAIN_COMMAND)
    keys = ensure_keys(store)
    total = len(SYNCED_TABLES) * 2 + 1
    with store.transaction():  # one snapshot: the rows and the rev they go up to agree
        last = export_log.last_export(store)
        base = None if full else export_log.acknowledged_base(store)
        to_rev = store.current_rev()
        base_rev = base["to_rev"] if base else 0
        tables = []
        for done, table in enumerate(SYNCED_TABLES, start=1):
            tables.append((table, synced_tables.changed_rows(store, table, base_rev, to_rev)))
            _stage(progress, done, total)
    header = BundleHeader(
        office_code=office["commune_code"],
        office_name=office_name(office),
        installation_id=office["installation_id"],
        database_id=office["database_id"],
        bundle_id=str(uuid.uuid4()),
        sequence=(last["sequence"] if last else 0) + 1,
        base_sequence=base["sequence"] if base else 0,
        base_rev=base_rev,
        base_bundle_id=base["bundle_id"] if base else None,
        to_rev=to_rev,
        full=full,
        created_at=utc_now(),
        program_version=__version__,
        schema_version=SCHEMA_VERSION,
        unit_kind=office.get("unit_kind"),
    )
    recipient = None
    warnings = []
    if upper is not None:
        row, identity = upper
        recipient = Recipient(row["office_code"], row["office_name"], identity)
    else:
        warnings.append(
            "Gói KHÔNG được mã hóa vì máy này chưa nhận tệp khóa của cấp trên: ai cầm "
            "USB cũng đọc được dữ liệu. Hãy bấm “Nhận tệp khóa của cấp trên…” (trang Đồng bộ "
            "cấp trên) rồi xuất lại."
        )
    offset = len(SYNCED_TABLES)
    raw = bundle_format.build_bundle(
        header, tables, keys, recipient, lambda done, _n: _stage(progress, offset + done, total)
    )
    name = bundle_format.file_name(header.office_code, header.sequence, date.today())
    opened = bundle_format.open_bundle(raw)
    counts = opened.manifest.row_counts
    # Recorded before the file is written: should the program stop in between, the sequence
    # number is used up rather than given twice to two different bundles.
    with store.transaction():
        export_log.record_export(
            store,
            {
                "bundle_id": header.bundle_id,
                "sequence": header.sequence,
                "full": int(full),
                "base_sequence": header.base_sequence,
                "base_rev": header.base_rev,
                "base_bundle_id": header.base_bundle_id,
                "to_rev": to_rev,
                "database_id": header.database_id,
                "created_at": header.created_at,
                "file_name": name,
                "sha256": opened.sha256,
                "encrypted": int(recipient is not None),
                "recipient_fingerprint": recipient.identity.fingerprint if recipient else None,
                "counts": synced_tables.json_text(counts),
                "acknowledged_at": None,
            },
        )
    try:
        path = write_atomically(folder, name, raw, check=bundle_format.open_bundle)
    except SyncError:
        with store.transaction():
            export_log.forget_export(store, header.bundle_id)
        raise
    with store.transaction():
        if path.name != name:
            export_log.set_export_file(store, header.bundle_id, path.name)
        store.audit(
            "export",
            "sync_exports",
            header.bundle_id,
            None,
            {"sequence": header.sequence, "full": full, "file": str(path)},
        )
    _stage(progress, total, total)
    return ExportResult(
        path,
        header.bundle_id,
        header.sequence,
        full,
        header.base_sequence,
        counts,
        recipient is not None,
        recipient.name if recipient else None,
        opened.sha256,
        warnings,
    )


@dataclass(frozen=True)
class CommuneSyncStatus:
    """What the sync page shows at a commune."""

    upper_name: str | None
    upper_fingerprint: str | None
    own_fingerprint: str
    last_sequence: int | None
    last_exported_at: str | None
    acknowledged_sequence: int | None
    acknowledged_at: str | None
    unacknowledged: int
    changes_since_acknowledged: int


def next_bundle_counts(store: Store, full: bool = False) -> dict[str, int]:
    """Records per register the next bundle would hold: everything (full), or every change
    after the bundle the upper level last acknowledged."""
    base = None if full else export_log.acknowledged_base(store)
    after, upto = (base["to_rev"] if base else 0), store.current_rev()
    return {t: synced_tables.count_changed(store, t, after, upto) for t in SYNCED_TABLES}


def commune_status(store: Store) -> CommuneSyncStatus:
    office_or_fail(store, "commune")
    keys = ensure_keys(store)
    upper = sync_keys.trusted_upper(store)
    last = export_log.last_export(store)
    base = export_log.acknowledged_base(store)
    base_seq = base["sequence"] if base else 0
    pending = sum(
        1
        for e in export_log.exports(store, limit=10_000)
        if e["acknowledged_at"] is None and e["sequence"] > base_seq
    )
    changed = sum(next_bundle_counts(store).values())
    return CommuneSyncStatus(
        upper["office_name"] if upper else None,
        upper["fingerprint"] if upper else None,
        keys.fingerprint,
        last["sequence"] if last else None,
        last["created_at"] if last else None,
        base["sequence"] if base else None,
        base["acknowledged_at"] if base else None,
        pending,
        changed,
    )
