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
from desktop_app.store import sync_keys
from desktop_app.store.db import Store
from desktop_app.sync import bundle as bundle_format
from desktop_app.sync import container, keyfile
from desktop_app.sync import receipt as receipt_format
from desktop_app.sync.acknowledge import ReceiptResult, import_receipt
from desktop_app.sync.bundle import Progress
from desktop_app.sync.errors import WrongKind
from desktop_app.sync.importer import Enrol, ImportResult, import_bundle
from desktop_app.sync.keys import signer_reason, signer_status
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
    problem: str | None = None  # the signer is not one this office trusts (verify exits 1)


SIGNATURE_ONLY = (
    "Chữ ký khớp với khóa ghi trong tệp, nhưng CHƯA đối chiếu người ký với khóa "
    "đã ghi nhận (không có dữ liệu của đơn vị để đối chiếu)."
)


def _own_fingerprint(store: Store) -> str | None:
    keys = own_private_keys(store)
    return keys.fingerprint if keys else None


def _receipt_trust(
    store: Store | None, rc: receipt_format.Receipt, fingerprint: str
) -> tuple[str, str | None]:
    """(the line saying whether the signer is this commune's trusted upper level, the problem)."""
    office = store.office() if store is not None else None
    if store is None or not office:
        return SIGNATURE_ONLY, None
    if office["role"] == "upper":
        if fingerprint == _own_fingerprint(store):
            return "Người ký: chính đơn vị này. Chữ ký: hợp lệ.", None
        return "", (
            f"Biên nhận ghi là của {rc.upper_name} nhưng không được ký bằng khóa của đơn vị "
            f"này (dấu vân tay {fingerprint}): người ký là người lạ."
        )
    upper = sync_keys.trusted_upper(store)
    if upper is None:
        return "", (
            "Máy này chưa tin cậy khóa nào của cấp trên, nên không xác minh được người ký biên "
            f"nhận (dấu vân tay {fingerprint}). Hãy nhận tệp khóa của cấp trên trước."
        )
    if upper["fingerprint"] != fingerprint:
        return "", (
            f"Biên nhận được ký bằng một khóa lạ (dấu vân tay {fingerprint}), không phải khóa "
            f"cấp trên mà xã tin cậy ({upper['office_name']}, {upper['fingerprint']}). "
            "Không nhập biên nhận này; liên hệ cấp trên để xác minh."
        )
    if rc.commune_code != office["commune_code"]:
        return "", (
            f"Biên nhận dành cho xã mã {rc.commune_code}, không phải xã này "
            f"({office['commune_code']})."
        )
    return f"Người ký: cấp trên mà xã tin cậy ({upper['office_name']}). Chữ ký: hợp lệ.", None


def _bundle_trust(store: Store | None, h, fingerprint: str) -> tuple[str, str | None]:
    office = store.office() if store is not None else None
    if store is None or not office:
        return SIGNATURE_ONLY, None
    who = h.commune_label
    if office["role"] == "upper":
        status = signer_status(store, h.office_code, fingerprint)
        if status == "enrolled":
            return f"Khóa ký {STATUS_LABELS[status]}. Chữ ký: hợp lệ.", None
        return "", f"Khóa ký {STATUS_LABELS[status]}: " + signer_reason(
            store, status, who, fingerprint, h.office_code
        )
    if h.office_code == office["commune_code"] and fingerprint == _own_fingerprint(store):
        return "Người ký: chính xã này. Chữ ký: hợp lệ.", None
    return "", (
        f"Gói ghi là của {who} nhưng không được ký bằng khóa của xã này "
        f"(dấu vân tay {fingerprint}): người ký là người lạ."
    )


def verify_file(path: str | Path, store: Store | None = None) -> VerifyReport:
    """Check a bundle, receipt or key file without importing it; raise SyncError if wrong.

    It says who signed (office, code, key fingerprint) and, with an office's store, whether that
    is a key the office trusts: the enrolled key of that commune (upper level), the trusted
    upper level (a receipt at a commune), its own key (its own bundle). A signer the office does
    not know sets `problem`. With the store of an upper-level office the bundle is also
    decrypted and its rows counted.
    """
    raw = container.read_file(path)
    kind = peek_kind(raw)
    if kind == "receipt":
        r = receipt_format.read_receipt(raw)
        rc = r.receipt
        said, problem = _receipt_trust(store, rc, r.fingerprint)
        return VerifyReport(
            kind,
            r.fingerprint,
            [
                f"Biên nhận của {rc.upper_name} (mã {rc.upper_code}) cho gói số {rc.sequence} của xã mã "
                f"{rc.commune_code}.",
                f"Nhập lúc {rc.imported_at}; {rc.quarantined} bản ghi bị cách ly.",
                f"Người ký: {rc.upper_name} (mã {rc.upper_code}), khóa {r.fingerprint}",
                "Cấu trúc và chữ ký số: đúng.",
                *([said] if said else []),
            ],
            problem,
        )
    if kind == "public_key":
        k = keyfile.read_key_file(raw)
        return VerifyReport(
            kind,
            k.fingerprint,
            [
                f"Tệp khóa công khai của {k.office_name} (mã {k.office_code}).",
                f"Dấu vân tay: {k.fingerprint}",
                "Cấu trúc và chữ ký: đúng (hãy đối chiếu dấu vân tay qua "
                "điện thoại trước khi tin cậy).",
            ],
        )
    opened = bundle_format.open_bundle(raw)
    h, m = opened.header, opened.manifest
    said, problem = _bundle_trust(store, h, opened.fingerprint)
    lines = [
        f"Gói đồng bộ số {h.sequence} của {h.commune_label}, "
        + (
            "đầy đủ."
            if h.full
            else "gói đầu tiên."
            if h.base_sequence == 0
            else f"nối tiếp gói số {h.base_sequence} (cấp trên đã xác nhận)."
        ),
        f"Tạo lúc {h.created_at} bởi Sổ Mặt trận {h.program_version} (lược đồ số "
        f"{h.schema_version}).",
        f"Cơ sở dữ liệu {h.database_id}; bản cài đặt {h.installation_id}.",
        (
            f"Mã hóa cho {m.recipient_name} (khóa {m.recipient_fingerprint})."
            if m.encrypted
            else "KHÔNG mã hóa: ai cầm tệp cũng đọc được dữ liệu."
        ),
        f"Người ký: {h.commune_label} (mã {h.office_code}), khóa {opened.fingerprint}",
        "Số bản ghi: "
        + ", ".join(f"{TABLE_LABELS.get(p.table, p.table)} {p.rows}" for p in m.payloads)
        + ".",
        f"SHA-256 của tệp: {opened.sha256}",
        "Cấu trúc, mã băm SHA-256 và chữ ký số: đúng.",
    ]
    if said:
        lines.append(said)
    office = store.office() if store is not None else None
    if problem is None and store is not None and office and office["role"] == "upper":
        keys = own_private_keys(store)
        if not m.encrypted or (keys and m.recipient_fingerprint == keys.fingerprint):
            opened.read_tables(keys)
            lines.append("Giải mã và đếm bản ghi: khớp với phần kê khai.")
    return VerifyReport(kind, opened.fingerprint, lines, problem)


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
                h = bundle_format.peek_header(raw)  # checked in full when imported
                key = (0, h.office_code, h.sequence)
            found.append((key, path, kind, None))
        except UserError as exc:
            found.append(((2, "", index), path, None, exc))
    return sorted(found, key=lambda item: item[0])


def import_files(
    store: Store,
    paths: list[str | Path],
    *,
    dry_run: bool = False,
    enrol: Enrol = False,
    confirm: bool = False,
    receipt_dir: str | Path | None = None,
    progress: Progress | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
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
                raise WrongKind(
                    "Đây là tệp khóa công khai, không phải gói hay biên nhận. Ở xã, "
                    "nhận tệp khóa của cấp trên bằng nút “Nhận tệp khóa của cấp trên…”.",
                    command_hint="dòng lệnh: somattran key --trust TỆP",
                )
            elif kind == "receipt":
                outcome.receipt = import_receipt(store, path, dry_run=dry_run)
            elif dry_run:
                outcome.plan = plan_import(store, path, assume_imported=planned.__contains__)
                planned.add(outcome.plan.header.bundle_id)
            else:
                outcome.result = import_bundle(
                    store, path, enrol=enrol, confirm=confirm, receipt_dir=receipt_dir
                )
                outcome.plan = outcome.result.plan
        except UserError as exc:
            outcome.error = exc
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)
        if progress:
            progress(done, len(ordered))
    return outcomes
