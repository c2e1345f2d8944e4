"""Many files at once, whatever they are: verify one, or import several in the right order.

At an upper level, bundles (sorted by commune and sequence, so a stick holding bundles 4 and 5
imports 4 first); at a commune, receipts. Each file is its own transaction; one bad file does
not stop the others, and each outcome carries its own error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import UserError
from desktop_app.store.db import Store
from desktop_app.sync import bundle as bundle_format
from desktop_app.sync import container, keyfile
from desktop_app.sync import receipt as receipt_format
from desktop_app.sync.acknowledge import ReceiptResult, import_receipt
from desktop_app.sync.bundle import Progress
from desktop_app.sync.errors import WrongKind
from desktop_app.sync.importer import Enrol, ImportResult, import_bundle
from desktop_app.sync.keys import signer_status
from desktop_app.sync.plan import ImportPlan, own_private_keys, plan_import
from desktop_app.sync.rowcheck import TABLE_LABELS
from desktop_app.sync.signed import peek_kind

STATUS_LABELS = {
    "enrolled": "đã ghi nhận cho xã này",
    "unknown": "CHƯA được ghi nhận (cần đối chiếu dấu vân tay rồi ghi nhận)",
    "revoked": "ĐÃ BỊ THU HỒI",
    "other_commune": "đã ghi nhận cho MỘT XÃ KHÁC",
}


@dataclass
class VerifyReport:
    kind: str
    fingerprint: str
    lines: list[str] = field(default_factory=list)


def verify_file(path: str | Path, store: Store | None = None) -> VerifyReport:
    """Check a bundle, receipt or key file without importing it; raise SyncError if wrong.

    With the store of an upper-level office the bundle is also decrypted and its rows counted,
    and the report says whether its signing key is enrolled.
    """
    raw = container.read_file(path)
    kind = peek_kind(raw)
    if kind == "receipt":
        r = receipt_format.read_receipt(raw)
        rc = r.receipt
        return VerifyReport(kind, r.fingerprint, [
            f"Biên nhận của {rc.upper_name} cho gói số {rc.sequence} của xã mã {rc.commune_code}.",
            f"Nhập lúc {rc.imported_at}; {rc.quarantined} bản ghi bị cách ly.",
            f"Khóa ký: {r.fingerprint}", "Cấu trúc và chữ ký: hợp lệ."])
    if kind == "public_key":
        k = keyfile.read_key_file(raw)
        return VerifyReport(kind, k.fingerprint, [
            f"Tệp khóa công khai của {k.office_name} (mã {k.office_code}).",
            f"Dấu vân tay: {k.fingerprint}", "Cấu trúc và chữ ký: hợp lệ."])
    opened = bundle_format.open_bundle(raw)
    h, m = opened.header, opened.manifest
    lines = [
        f"Gói đồng bộ số {h.sequence} của {h.commune_label}, "
        + ("đầy đủ." if h.full else "gói đầu tiên." if h.base_sequence == 0
           else f"nối tiếp gói số {h.base_sequence} (cấp trên đã xác nhận)."),
        f"Tạo lúc {h.created_at} bởi Sổ Mặt trận {h.program_version} (lược đồ số "
        f"{h.schema_version}).",
        f"Cơ sở dữ liệu {h.database_id}; bản cài đặt {h.installation_id}.",
        (f"Mã hóa cho {m.recipient_name} (khóa {m.recipient_fingerprint})." if m.encrypted
         else "KHÔNG mã hóa: ai cầm tệp cũng đọc được dữ liệu."),
        f"Khóa ký của xã: {opened.fingerprint}",
        "Số bản ghi: " + ", ".join(f"{TABLE_LABELS.get(p.table, p.table)} {p.rows}"
                                   for p in m.payloads) + ".",
        f"SHA-256 của tệp: {opened.sha256}",
        "Cấu trúc, mã băm SHA-256 và chữ ký: hợp lệ.",
    ]
    office = store.office() if store is not None else None
    if store is not None and office and office["role"] == "upper":
        status = signer_status(store, h.office_code, opened.fingerprint)
        lines.append(f"Khóa ký {STATUS_LABELS[status]}.")
        keys = own_private_keys(store)
        if not m.encrypted or (keys and m.recipient_fingerprint == keys.fingerprint):
            opened.read_tables(keys)
            lines.append("Giải mã và đếm bản ghi: khớp với phần kê khai.")
    return VerifyReport(kind, opened.fingerprint, lines)


@dataclass
class FileOutcome:
    path: Path
    kind: str | None
    plan: ImportPlan | None = None
    result: ImportResult | None = None
    receipt: ReceiptResult | None = None
    error: UserError | None = None


def _order(paths: list[Path]) -> list[tuple[tuple, Path, str | None, UserError | None]]:
    """(sort key, path, kind, error reading it): bundles by commune and sequence first."""
    found: list[tuple[tuple, Path, str | None, UserError | None]] = []
    for index, path in enumerate(paths):
        try:
            raw = container.read_file(path)
            kind = peek_kind(raw)
            key: tuple = (1, "", index)
            if kind == "bundle":
                h = bundle_format.open_bundle(raw).header
                key = (0, h.office_code, h.sequence)
            found.append((key, path, kind, None))
        except UserError as exc:
            found.append(((2, "", index), path, None, exc))
    return sorted(found, key=lambda item: item[0])


def import_files(store: Store, paths: list[str | Path], *, dry_run: bool = False,
                 enrol: Enrol = False, confirm: bool = False,
                 receipt_dir: str | Path | None = None,
                 progress: Progress | None = None,
                 on_file: Callable[[FileOutcome], None] | None = None) -> list[FileOutcome]:
    """Import (or only plan, with dry_run) bundles at an upper level, receipts at a commune."""
    outcomes: list[FileOutcome] = []
    planned: set[str] = set()
    ordered = _order([Path(p) for p in paths])
    for done, (_key, path, kind, error) in enumerate(ordered, start=1):
        outcome = FileOutcome(path, kind)
        try:
            if error is not None:
                raise error
            if kind == "public_key":
                raise WrongKind("Đây là tệp khóa công khai, không phải gói hay biên nhận. Ở xã, "
                                "nhận tệp khóa của cấp trên bằng nút “Nhận tệp khóa của cấp trên…”.",
                                command_hint="dòng lệnh: somattran key --trust TỆP")
            elif kind == "receipt":
                outcome.receipt = import_receipt(store, path, dry_run=dry_run)
            elif dry_run:
                outcome.plan = plan_import(store, path, assume_imported=planned.__contains__)
                planned.add(outcome.plan.header.bundle_id)
            else:
                outcome.result = import_bundle(store, path, enrol=enrol, confirm=confirm,
                                               receipt_dir=receipt_dir)
                outcome.plan = outcome.result.plan
        except UserError as exc:
            outcome.error = exc
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)
        if progress:
            progress(done, len(ordered))
    return outcomes
