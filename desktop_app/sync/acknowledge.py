"""At a commune: importing the upper level's receipt, which moves the acknowledged base.

The next incremental bundle then starts after the receipted bundle. A receipt for an older
bundle than the base, or one imported before, changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.dates import utc_now
from desktop_app.store import export_log, sync_keys
from desktop_app.store.db import Store
from desktop_app.sync import container
from desktop_app.sync import receipt as receipt_format
from desktop_app.sync.errors import BundleCorrupt, UntrustedSigner, WrongKind
from desktop_app.sync.keys import office_or_fail


@dataclass(frozen=True)
class ReceiptResult:
    sequence: int
    upper_name: str
    status: str  # 'acknowledged' (base moved), 'older' (base already later), 'repeat'
    base_sequence: int
    imported_at: str
    counts: dict[str, dict[str, int]]
    quarantined: int


def import_receipt(store: Store, path: str | Path, dry_run: bool = False) -> ReceiptResult:
    """Check a receipt and (unless dry_run) record it; the status says what it did or would do."""
    office = office_or_fail(store, "commune")
    opened = receipt_format.read_receipt(container.read_file(path))
    r = opened.receipt
    if sync_keys.upper_key(store, opened.fingerprint) is None:
        raise UntrustedSigner(
            f"Biên nhận do một khóa chưa được tin cậy ký (dấu vân tay {opened.fingerprint}). Hãy "
            "bấm “Nhận tệp khóa của cấp trên…” ở trang Đồng bộ cấp trên và đối chiếu dấu vân tay với "
            "cấp trên trước.",
            command_hint="dòng lệnh: somattran key --trust TỆP",
        )
    if r.commune_code != office["commune_code"]:
        raise WrongKind(
            f"Biên nhận này là của xã mang mã {r.commune_code}, không phải của xã này "
            f"({office['commune_code']})."
        )
    export = export_log.export_by_id(store, r.bundle_id)
    if export is None:
        raise WrongKind(
            f"Biên nhận cho gói số {r.sequence} không khớp với gói nào máy này đã xuất (có thể là "
            "gói xuất trước khi khôi phục dữ liệu từ bản sao lưu). Không cần nhập biên nhận này; "
            "hãy xuất gói mới."
        )
    if (
        export["sequence"] != r.sequence
        or export["database_id"] != r.database_id
        or export["sha256"] != r.bundle_sha256
        or export["to_rev"] != r.to_rev
    ):
        raise BundleCorrupt(
            "Biên nhận không khớp với gói đã xuất (số gói, mã băm hoặc cơ sở dữ "
            "liệu khác). Hãy đề nghị cấp trên cấp lại biên nhận."
        )
    base = export_log.acknowledged_base(store)
    if export["acknowledged_at"]:
        status = "repeat"
    else:
        status = "acknowledged" if base is None or base["sequence"] < r.sequence else "older"
    if status != "repeat" and not dry_run:
        with store.transaction():
            export_log.acknowledge_export(
                store, r.bundle_id, utc_now(), opened.fingerprint, r.imported_at
            )
            store.audit(
                "receipt",
                "sync_exports",
                r.bundle_id,
                None,
                {"sequence": r.sequence, "upper": r.upper_name},
            )
    base = export_log.acknowledged_base(store)
    base_sequence = base["sequence"] if base else 0
    if dry_run and status == "acknowledged":
        base_sequence = r.sequence
    return ReceiptResult(
        r.sequence, r.upper_name, status, base_sequence, r.imported_at, r.counts, r.quarantined
    )
