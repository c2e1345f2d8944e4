"""The public-key file an office hands out: its name, code, role and two public keys, signed.

The upper level exports one (`somattran key --export DIR`, or a path ending in .smtk) for its
communes to trust (`somattran key --trust FILE`). The file is signed by the key it carries, which proves the
encryption key belongs with the signing key; that the signing key belongs to the upper level
is what the officer confirms by comparing the fingerprint read aloud or printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.sync import crypto
from desktop_app.sync.errors import BundleCorrupt
from desktop_app.sync.signed import open_file, seal_file

KIND = "public_key"
EXTENSION = ".smtk"


@dataclass(frozen=True)
class PublicKeyFile:
    office_code: str
    office_name: str
    role: str
    identity: crypto.PublicIdentity
    created_at: str

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint


def file_name(office_code: str) -> str:
    return f"khoa-{office_code}{EXTENSION}"


def write_key_file(
    keys: crypto.OfficeKeys, office_code: str, office_name: str, role: str, created_at: str
) -> bytes:
    public = keys.public()
    manifest = {
        "office": {"code": office_code, "name": office_name, "role": role},
        "encryption": {
            "scheme": crypto.ENCRYPTION_SCHEME,
            "public_key": crypto.b64(public.encryption_key or b""),
        },
        "created_at": created_at,
        "payloads": [],
    }
    return seal_file(KIND, manifest, keys)


def read_key_file(raw: bytes) -> PublicKeyFile:
    signed = open_file(raw, KIND)
    m = signed.manifest
    office, enc = m.get("office"), m.get("encryption")
    if not isinstance(office, dict) or not isinstance(enc, dict):
        raise BundleCorrupt("Tệp khóa bị hỏng (thiếu thông tin đơn vị hoặc khóa mã hóa).")
    key = crypto.unb64(enc.get("public_key"), crypto.KEY_BYTES)
    fields = (office.get("code"), office.get("name"), office.get("role"), m.get("created_at"))
    if key is None or not all(isinstance(f, str) and f for f in fields):
        raise BundleCorrupt("Tệp khóa bị hỏng (thông tin đơn vị hoặc khóa mã hóa không hợp lệ).")
    code, name, role, created = fields
    return PublicKeyFile(
        code, name, role, crypto.PublicIdentity(signed.signer.signing_key, key), created
    )
