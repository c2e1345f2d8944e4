"""The receipt (biên nhận) the upper level signs for each imported bundle.

The commune imports it to move its acknowledged base: its next incremental bundle then starts
after the receipted bundle. A receipt names the bundle by id, sequence, last rev and the
database it came from, so a commune only accepts receipts for bundles it exported itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop_app.sync import crypto
from desktop_app.sync.errors import BundleCorrupt
from desktop_app.sync.signed import SignedFile, open_file, seal_file

KIND = "receipt"
EXTENSION = ".smtr"


@dataclass(frozen=True)
class Receipt:
    upper_code: str
    upper_name: str
    commune_code: str
    bundle_id: str
    sequence: int
    to_rev: int
    database_id: str
    bundle_sha256: str
    imported_at: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    quarantined: int = 0


@dataclass(frozen=True)
class OpenedReceipt:
    receipt: Receipt
    signed: SignedFile

    @property
    def fingerprint(self) -> str:
        return self.signed.fingerprint

    @property
    def signer(self) -> crypto.PublicIdentity:
        return self.signed.signer


def file_name(commune_code: str, sequence: int) -> str:
    return f"biennhan-{commune_code}-{sequence:06d}{EXTENSION}"


def write_receipt(receipt: Receipt, keys: crypto.OfficeKeys) -> bytes:
    manifest = {
        "upper": {"code": receipt.upper_code, "name": receipt.upper_name},
        "commune_code": receipt.commune_code,
        "bundle": {
            "id": receipt.bundle_id,
            "sequence": receipt.sequence,
            "to_rev": receipt.to_rev,
            "database_id": receipt.database_id,
            "sha256": receipt.bundle_sha256,
        },
        "imported_at": receipt.imported_at,
        "counts": receipt.counts,
        "quarantined": receipt.quarantined,
        "payloads": [],
    }
    return seal_file(KIND, manifest, keys)


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def read_receipt(raw: bytes) -> OpenedReceipt:
    signed = open_file(raw, KIND)
    m = signed.manifest
    upper, bundle = m.get("upper"), m.get("bundle")
    bad = BundleCorrupt(
        "Biên nhận bị hỏng hoặc không đúng định dạng. Hãy đề nghị cấp trên in lại biên nhận."
    )
    if not isinstance(upper, dict) or not isinstance(bundle, dict):
        raise bad
    texts = (
        upper.get("code"),
        upper.get("name"),
        m.get("commune_code"),
        bundle.get("id"),
        bundle.get("database_id"),
        bundle.get("sha256"),
        m.get("imported_at"),
    )
    counts = m.get("counts")
    if (
        not all(isinstance(t, str) and t for t in texts)
        or not _int(bundle.get("sequence"))
        or not _int(bundle.get("to_rev"))
        or not _int(m.get("quarantined"))
        or not isinstance(counts, dict)
    ):
        raise bad
    try:
        uuid.UUID(bundle["id"])
        uuid.UUID(bundle["database_id"])
    except ValueError:
        raise bad from None
    receipt = Receipt(
        upper["code"],
        upper["name"],
        m["commune_code"],
        bundle["id"],
        bundle["sequence"],
        bundle["to_rev"],
        bundle["database_id"],
        bundle["sha256"],
        m["imported_at"],
        counts,
        m["quarantined"],
    )
    return OpenedReceipt(receipt, signed)
