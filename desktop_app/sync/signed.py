"""A signed sync file: `manifest.json`, `manifest.sig`, then the payload entries it lists.

Bundles, receipts and public-key files are all this shape; the manifest's `kind` tells them
apart and is also part of what is signed. The manifest names its signer's public key; whether
that key is one this office trusts is decided by the caller (enrolment, trusted upper level).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.sync import crypto
from desktop_app.sync.container import read_container, write_container
from desktop_app.sync.errors import (
    BundleCorrupt,
    BundleTooLarge,
    BundleUnsafe,
    SchemaTooNewForSync,
    SignatureInvalid,
    WrongKind,
)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 1024 * 1024

KIND_LABELS = {
    "bundle": "gói đồng bộ",
    "receipt": "biên nhận",
    "public_key": "tệp khóa công khai",
}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dump_manifest(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def load_json(data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity. Raises ValueError."""
    return json.loads(
        data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
    )


@dataclass(frozen=True)
class SignedFile:
    """A sync file whose manifest signature checked out against the key the manifest names."""

    kind: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer: crypto.PublicIdentity
    payloads: dict[str, bytes]
    sha256: str  # of the whole file

    @property
    def fingerprint(self) -> str:
        return self.signer.fingerprint


def seal_file(
    kind: str,
    manifest: dict[str, Any],
    keys: crypto.OfficeKeys,
    payloads: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """Write manifest (with format version, kind, signer and payload sums added) and sign it."""
    public = keys.public()
    full = dict(manifest)
    full["kind"] = kind
    full["format_version"] = FORMAT_VERSION
    full["signer"] = {
        "algorithm": crypto.SIGNATURE_ALGORITHM,
        "public_key": crypto.b64(public.signing_key),
        "fingerprint": public.fingerprint,
    }
    listed = {p["file"]: p for p in full.get("payloads", [])}
    for name, data in payloads:
        entry = listed.setdefault(name, {"file": name})
        entry["sha256"] = sha256_hex(data)
        entry["bytes"] = len(data)
    full["payloads"] = [listed[name] for name, _ in payloads]
    body = dump_manifest(full)
    signature = keys.sign(kind, body)
    return write_container([(MANIFEST, body), (SIGNATURE, signature), *payloads])


def _label(kind: str) -> str:
    return KIND_LABELS.get(kind, "tệp đồng bộ")


def peek_kind(raw: bytes) -> str:
    """The kind a sync file says it is (nothing verified yet beyond its structure)."""
    entries = read_container(raw, check=False)
    if entries and entries[0][0] == MANIFEST and len(entries[0][1]) <= MAX_MANIFEST_BYTES:
        try:
            kind = load_json(entries[0][1]).get("kind")
        except (ValueError, UnicodeDecodeError, RecursionError, AttributeError):
            kind = None
        if kind in KIND_LABELS:
            return kind
    raise BundleCorrupt(
        "Tệp không phải gói đồng bộ, biên nhận hay tệp khóa của Sổ Mặt trận, "
        "hoặc phần kê khai đã bị hỏng."
    )


def open_file(raw: bytes, expected_kind: str, known_sha256: str | None = None) -> SignedFile:
    """Check structure, kind, format version, signature and payload sums of a sync file.

    known_sha256: the caller hashed these bytes and found them among the files this office
    checked in full and imported before (a re-import): the same bytes pass the same checks, so
    what reads every byte (CRCs, canonical layout, payload sums) and the signature are not
    repeated. A file changed by one byte has another SHA-256 and is checked in full."""
    known = known_sha256 is not None
    entries = read_container(raw, check=not known)
    label = _label(expected_kind)
    if len(entries) < 2 or entries[0][0] != MANIFEST or entries[1][0] != SIGNATURE:
        raise BundleUnsafe(
            f"Tệp không có phần kê khai và chữ ký ở đầu như một {label} của Sổ "
            "Mặt trận. Không dùng tệp này."
        )
    body, signature = entries[0][1], entries[1][1]
    if len(body) > MAX_MANIFEST_BYTES:
        raise BundleTooLarge(f"Phần kê khai của {label} quá lớn: tệp đã bị sửa.")
    try:
        manifest = load_json(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleCorrupt(
            f"Phần kê khai của {label} bị hỏng, không đọc được. Hãy lấy lại tệp từ nơi gửi."
        ) from None
    if not isinstance(manifest, dict):
        raise BundleCorrupt(f"Phần kê khai của {label} bị hỏng.")
    kind = manifest.get("kind")
    if kind != expected_kind:
        given = _label(kind) if isinstance(kind, str) else "tệp lạ"
        raise WrongKind(f"Tệp này là {given}, không phải {label}. Hãy chọn đúng tệp.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleCorrupt(f"Phần kê khai của {label} bị hỏng (thiếu phiên bản định dạng).")
    if version > FORMAT_VERSION:
        raise SchemaTooNewForSync(
            f"{label.capitalize()} được ghi theo định dạng mới hơn (phiên bản {version}) so với "
            "chương trình này. Hãy cập nhật Sổ Mặt trận lên bản mới nhất rồi thử lại."
        )
    signer = manifest.get("signer")
    key = (
        crypto.unb64(signer.get("public_key"), crypto.KEY_BYTES)
        if isinstance(signer, dict)
        else None
    )
    if key is None or signer.get("algorithm") != crypto.SIGNATURE_ALGORITHM:
        raise BundleCorrupt(f"Phần kê khai của {label} không ghi khóa ký hợp lệ.")
    if len(signature) != crypto.SIGNATURE_BYTES or (
        not known and not crypto.signature_valid(key, expected_kind, body, signature)
    ):
        raise SignatureInvalid(
            f"Chữ ký của {label} không hợp lệ: tệp đã bị sửa hoặc hỏng sau khi ký. "
            "Không dùng tệp này; hãy lấy lại tệp từ nơi gửi."
        )
    payloads = _checked_payloads(manifest, entries[2:], label, sums=not known)
    return SignedFile(
        expected_kind,
        manifest,
        body,
        crypto.PublicIdentity(key),
        payloads,
        known_sha256 if known_sha256 is not None else sha256_hex(raw),
    )


def _checked_payloads(
    manifest: dict[str, Any], entries: list[tuple[str, bytes]], label: str, sums: bool = True
) -> dict[str, bytes]:
    listed = manifest.get("payloads")
    if not isinstance(listed, list) or not all(
        isinstance(p, dict) and isinstance(p.get("file"), str) for p in listed
    ):
        raise BundleCorrupt(f"Phần kê khai của {label} bị hỏng (danh sách dữ liệu).")
    if [p["file"] for p in listed] != [name for name, _ in entries]:
        raise BundleCorrupt(
            f"Các phần dữ liệu trong {label} không đúng như phần kê khai đã ký (thiếu, thừa hoặc "
            "sai thứ tự). Tệp đã bị sửa; hãy lấy lại tệp từ nơi gửi."
        )
    result: dict[str, bytes] = {}
    for info, (name, data) in zip(listed, entries, strict=True):
        if info.get("bytes") != len(data) or (sums and info.get("sha256") != sha256_hex(data)):
            raise BundleCorrupt(
                f"Phần dữ liệu «{name}» trong {label} không khớp mã băm SHA-256 đã ký: dữ liệu bị "
                "hỏng hoặc bị sửa. Hãy lấy lại tệp từ nơi gửi."
            )
        result[name] = data
    return result
