"""A sync bundle: what a commune carries to the upper level, written and read as bytes.

The manifest (readable without any private key, so `verify` works anywhere) says who made the
bundle, from which database, its place in the sequence and which payloads it holds with their
SHA-256 and row counts. Payloads are one register each, encrypted to the upper level when the
commune has its key. See docs/bundle-format.md.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.core.errors import UserError
from desktop_app.sync import crypto, payload
from desktop_app.sync.container import read_container
from desktop_app.sync.errors import BundleCorrupt, NotSetUp, WrongRecipient
from desktop_app.sync.signed import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    SignedFile,
    load_json,
    open_file,
    seal_file,
)

KIND = "bundle"
UNIT_LABELS = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}
EXTENSION = ".smtb"
Progress = Callable[[int, int], None]

_TABLE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_CODE = re.compile(r"^\d{2,10}$")


@dataclass(frozen=True)
class Recipient:
    """The upper-level office a bundle is encrypted to."""

    code: str
    name: str
    identity: crypto.PublicIdentity


@dataclass(frozen=True)
class BundleHeader:
    """The manifest fields of a bundle, less the payload list and the signer."""

    office_code: str
    office_name: str
    installation_id: str
    database_id: str
    bundle_id: str
    sequence: int
    base_sequence: int
    base_rev: int
    to_rev: int
    full: bool
    created_at: str
    program_version: str
    schema_version: int
    role: str = "commune"
    base_bundle_id: str | None = None
    unit_kind: str | None = None

    @property
    def from_rev(self) -> int:
        return 0 if self.full else self.base_rev

    @property
    def commune_label(self) -> str:
        """'xã Hòa Cư (06280)', 'phường …' — how messages name the office."""
        kind = UNIT_LABELS.get(self.unit_kind or "xa", "xã")
        return f"{kind} {self.office_name} ({self.office_code})"


@dataclass(frozen=True)
class PayloadInfo:
    table: str
    file: str
    sha256: str
    bytes: int
    rows: int


@dataclass(frozen=True)
class BundleManifest:
    header: BundleHeader
    payloads: list[PayloadInfo]
    encrypted: bool
    recipient_code: str | None = None
    recipient_name: str | None = None
    recipient_fingerprint: str | None = None
    ephemeral_key: bytes | None = field(default=None, repr=False)

    @property
    def row_counts(self) -> dict[str, int]:
        return {p.table: p.rows for p in self.payloads}


def file_name(office_code: str, sequence: int, day: date) -> str:
    """The bundle's name on the stick: commune code, sequence number and date."""
    return f"{office_code}-{sequence:06d}-{day:%Y%m%d}{EXTENSION}"


def payload_name(table: str, encrypted: bool) -> str:
    return f"payload/{table}.jsonl.gz" + (".enc" if encrypted else "")


def build_bundle(
    header: BundleHeader,
    tables: list[tuple[str, list[dict[str, Any]]]],
    keys: crypto.OfficeKeys,
    recipient: Recipient | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The bundle's bytes: payloads compressed, encrypted to recipient if given, signed."""
    signer = keys.public().signing_key
    aes_key = None
    encryption: dict[str, Any] | None = None
    if recipient is not None:
        if recipient.identity.encryption_key is None:
            raise NotSetUp("Khóa của cấp trên không có phần mã hóa; hãy nhận lại tệp khóa.")
        ephemeral, aes_key = crypto.new_payload_key(
            recipient.identity.encryption_key, signer, header.bundle_id
        )
        encryption = {
            "scheme": crypto.ENCRYPTION_SCHEME,
            "recipient_code": recipient.code,
            "recipient_name": recipient.name,
            "recipient_fingerprint": recipient.identity.fingerprint,
            "ephemeral_public_key": crypto.b64(ephemeral),
        }
    entries: list[tuple[str, bytes]] = []
    listed: list[dict[str, Any]] = []
    for done, (table, rows) in enumerate(tables, start=1):
        data, count = payload.encode_rows(rows)
        name = payload_name(table, aes_key is not None)
        if aes_key is not None:
            data = crypto.seal(aes_key, header.bundle_id, name, data)
        entries.append((name, data))
        listed.append({"table": table, "file": name, "rows": count})
        if progress:
            progress(done, len(tables))
    manifest = {
        "office": {
            "code": header.office_code,
            "name": header.office_name,
            "role": header.role,
            "unit_kind": header.unit_kind,
        },
        "installation_id": header.installation_id,
        "database_id": header.database_id,
        "bundle_id": header.bundle_id,
        "sequence": header.sequence,
        "base": {
            "sequence": header.base_sequence,
            "rev": header.base_rev,
            "bundle_id": header.base_bundle_id,
        },
        "revs": {"from": header.from_rev, "to": header.to_rev},
        "full": header.full,
        "created_at": header.created_at,
        "program": "Sổ Mặt trận",
        "program_version": header.program_version,
        "schema_version": header.schema_version,
        "encryption": encryption,
        "payloads": listed,
    }
    return seal_file(KIND, manifest, keys, entries)


def _bad(what: str) -> BundleCorrupt:
    return BundleCorrupt(
        f"Phần kê khai của gói bị hỏng hoặc không đúng định dạng ({what}). Hãy xuất lại gói ở xã."
    )


def _int(value: Any, what: str, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _bad(what)
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 500:
        raise _bad(what)
    return value


def _uuid(value: Any, what: str) -> str:
    text = _text(value, what)
    try:
        if str(uuid.UUID(text)) != text:
            raise ValueError
    except ValueError:
        raise _bad(what) from None
    return text


# Every field a bundle's manifest may carry: anything else is refused, signed or not (a newer
# program's field would come with a new format_version).
MANIFEST_FIELDS = frozenset(
    {
        "office",
        "installation_id",
        "database_id",
        "bundle_id",
        "sequence",
        "base",
        "revs",
        "full",
        "created_at",
        "program",
        "program_version",
        "schema_version",
        "encryption",
        "payloads",
        "kind",
        "format_version",
        "signer",
    }
)
OFFICE_FIELDS = frozenset({"code", "name", "role", "unit_kind"})
BASE_FIELDS = frozenset({"sequence", "rev", "bundle_id"})
REVS_FIELDS = frozenset({"from", "to"})
ENCRYPTION_FIELDS = frozenset(
    {"scheme", "recipient_code", "recipient_name", "recipient_fingerprint", "ephemeral_public_key"}
)
PAYLOAD_FIELDS = frozenset({"table", "file", "rows", "sha256", "bytes"})
MAX_SEQUENCE = 1_000_000  # a bundle a day for 2,700 years
MAX_REV = 2**53  # JSON integers beyond this lose precision in other readers


def _only(fields: Any, allowed: frozenset[str], what: str) -> None:
    if isinstance(fields, dict) and not set(fields) <= allowed:
        unknown = ", ".join(sorted(str(k) for k in set(fields) - allowed)[:5])
        raise _bad(f"trường lạ trong {what}: {unknown}")


def parse_manifest(m: dict[str, Any]) -> BundleManifest:
    """The typed manifest, refusing missing, ill-typed or unknown fields and numbers out of range."""
    _only(m, MANIFEST_FIELDS, "phần kê khai")
    _only(m.get("office"), OFFICE_FIELDS, "đơn vị")
    _only(m.get("base"), BASE_FIELDS, "gói gốc")
    _only(m.get("revs"), REVS_FIELDS, "số hiệu thay đổi")
    _only(m.get("encryption"), ENCRYPTION_FIELDS, "mã hóa")
    for listed in m.get("payloads") or []:
        _only(listed, PAYLOAD_FIELDS, "phần dữ liệu")
    office = m.get("office")
    base = m.get("base")
    revs = m.get("revs")
    if not isinstance(office, dict) or not isinstance(base, dict) or not isinstance(revs, dict):
        raise _bad("đơn vị, gói gốc, số hiệu thay đổi")
    full = m.get("full")
    if not isinstance(full, bool):
        raise _bad("loại gói")
    code = _text(office.get("code"), "mã đơn vị")
    if not _CODE.match(code):
        raise _bad("mã đơn vị")
    header = BundleHeader(
        office_code=code,
        office_name=_text(office.get("name"), "tên đơn vị"),
        role=_text(office.get("role"), "vai trò"),
        installation_id=_uuid(m.get("installation_id"), "mã cài đặt"),
        database_id=_uuid(m.get("database_id"), "mã cơ sở dữ liệu"),
        bundle_id=_uuid(m.get("bundle_id"), "mã gói"),
        sequence=_int(m.get("sequence"), "số thứ tự gói", 1),
        base_sequence=_int(base.get("sequence"), "gói gốc"),
        base_rev=_int(base.get("rev"), "gói gốc"),
        to_rev=_int(revs.get("to"), "số hiệu thay đổi"),
        full=full,
        created_at=_text(m.get("created_at"), "thời điểm tạo"),
        program_version=_text(m.get("program_version"), "phiên bản chương trình"),
        schema_version=_int(m.get("schema_version"), "phiên bản lược đồ", 1),
        base_bundle_id=None
        if base.get("bundle_id") is None
        else _uuid(base["bundle_id"], "gói gốc"),
        unit_kind=office.get("unit_kind") if isinstance(office.get("unit_kind"), str) else None,
    )
    if (
        revs.get("from") != header.from_rev
        or header.base_sequence >= header.sequence
        or header.to_rev < header.from_rev
        or (header.base_sequence == 0) != (header.base_bundle_id is None)
        or (header.full and header.base_sequence != 0)
        or header.sequence > MAX_SEQUENCE
        or header.to_rev > MAX_REV
    ):
        raise _bad("dãy số hiệu không nhất quán")
    encryption = m.get("encryption")
    recipient: dict[str, Any] = {}
    if encryption is not None:
        if not isinstance(encryption, dict) or encryption.get("scheme") != crypto.ENCRYPTION_SCHEME:
            raise _bad("kiểu mã hóa")
        ephemeral = crypto.unb64(encryption.get("ephemeral_public_key"), crypto.KEY_BYTES)
        if ephemeral is None:
            raise _bad("khóa mã hóa")
        recipient = {
            "recipient_code": _text(encryption.get("recipient_code"), "đơn vị nhận"),
            "recipient_name": _text(encryption.get("recipient_name"), "đơn vị nhận"),
            "recipient_fingerprint": _text(encryption.get("recipient_fingerprint"), "khóa nhận"),
            "ephemeral_key": ephemeral,
        }
    payloads = []
    tables: set[str] = set()
    for p in m.get("payloads", []):
        table = p.get("table")
        if not isinstance(table, str) or not _TABLE.match(table) or table in tables:
            raise _bad("tên sổ")
        tables.add(table)
        if p["file"] != payload_name(table, encryption is not None):
            raise _bad("tên phần dữ liệu")
        payloads.append(
            PayloadInfo(
                table, p["file"], p["sha256"], p["bytes"], _int(p.get("rows"), "số bản ghi")
            )
        )
    return BundleManifest(header, payloads, encryption is not None, **recipient)


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose structure, payload sums and signature checked out."""

    signed: SignedFile
    manifest: BundleManifest

    @property
    def header(self) -> BundleHeader:
        return self.manifest.header

    @property
    def fingerprint(self) -> str:
        return self.signed.fingerprint

    @property
    def sha256(self) -> str:
        return self.signed.sha256

    def _payload_key(self, keys: crypto.OfficeKeys | None) -> bytes | None:
        m = self.manifest
        if not m.encrypted:
            return None
        if keys is None:
            raise NotSetUp(
                f"Gói được mã hóa cho «{m.recipient_name}»; chỉ đơn vị đó mở được dữ liệu. "
                "Máy này chưa được thiết lập làm đơn vị cấp trên."
            )
        mine = keys.fingerprint
        if m.recipient_fingerprint != mine:
            raise WrongRecipient(
                f"Gói được mã hóa cho «{m.recipient_name}» (khóa {m.recipient_fingerprint}), không "
                f"phải cho đơn vị này (khóa {mine}). Hãy nhập gói ở đúng đơn vị cấp trên, hoặc "
                "đề nghị xã nhận đúng tệp khóa của cấp trên rồi xuất lại."
            )
        key = crypto.recover_payload_key(
            keys, m.ephemeral_key or b"", self.signed.signer.signing_key, self.header.bundle_id
        )
        if key is None:
            raise WrongRecipient("Gói có khóa mã hóa không hợp lệ; không giải mã được.")
        return key

    def _check_revs(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Every row's rev lies in the range the manifest declares: (from, to] for an incremental
        bundle, up to `to` for a full one. A row outside it was not part of this export."""
        h = self.header
        low = 0 if h.full else h.from_rev
        for row in rows:
            rev = row.get("rev")
            if rev is None:
                continue
            if not isinstance(rev, int) or isinstance(rev, bool) or not low < rev <= h.to_rev:
                raise BundleCorrupt(
                    f"Phần dữ liệu «{name}» có bản ghi với số hiệu thay đổi {rev!r} ngoài khoảng "
                    f"gói kê khai ({low}–{h.to_rev}). Hãy xuất lại gói ở xã."
                )

    def read_tables(
        self, keys: crypto.OfficeKeys | None = None, progress: Progress | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """Every payload's rows (decrypted with keys when encrypted), counts checked."""
        key = self._payload_key(keys)
        result: dict[str, list[dict[str, Any]]] = {}
        total = len(self.manifest.payloads)
        for done, info in enumerate(self.manifest.payloads, start=1):
            data = self.signed.payloads[info.file]
            if key is not None:
                plain = crypto.unseal(key, self.header.bundle_id, info.file, data)
                if plain is None:
                    raise WrongRecipient(
                        "Khóa của đơn vị này không giải mã được gói (khóa đã được tạo lại sau "
                        "khi xã nhận tệp khóa?). Hãy gửi lại tệp khóa mới cho xã và đề nghị xã "
                        "xuất lại gói."
                    )
                data = plain
            rows = payload.decode_rows(data, info.file, info.rows)
            if len(rows) != info.rows:
                raise BundleCorrupt(
                    f"Phần dữ liệu «{info.file}» có {len(rows)} bản ghi, phần kê "
                    f"khai ghi {info.rows}. Hãy xuất lại gói ở xã."
                )
            self._check_revs(info.file, rows)
            result[info.table] = rows
            if progress:
                progress(done, total)
        return result


def open_bundle(raw: bytes, known_sha256: str | None = None) -> OpenedBundle:
    """Check a bundle's bytes (structure, signature, sums, manifest fields); no key needed.
    known_sha256: see signed.open_file (bytes this office checked in full before)."""
    signed = open_file(raw, KIND, known_sha256)
    return OpenedBundle(signed, parse_manifest(signed.manifest))


def peek_header(raw: bytes) -> BundleHeader:
    """What a bundle's manifest declares, its signature and sums NOT checked: only to put files
    in order before each is opened with open_bundle(). A file whose manifest cannot be read this
    way goes through the full check, which says what is wrong with it."""
    try:
        entries = read_container(raw, check=False)
        body = entries[0][1] if entries and entries[0][0] == MANIFEST else b""
        manifest = load_json(body) if 0 < len(body) <= MAX_MANIFEST_BYTES else None
        if isinstance(manifest, dict) and manifest.get("kind") == KIND:
            return parse_manifest(manifest).header
    except (UserError, ValueError, UnicodeDecodeError, RecursionError):
        pass
    return open_bundle(raw).header
