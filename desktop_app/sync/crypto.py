"""The office's keys and the two constructions sync uses, all from the `cryptography` library.

- Signing: Ed25519 over a domain-separated message (`somattran/<kind>/v1` NUL manifest bytes),
  so a signature made for one kind of file (a receipt) can never pass for another (a bundle).
- Encryption to the upper level: a fresh X25519 key pair per bundle; the shared secret goes
  through HKDF-SHA256 (salt: both public keys; info: a label, the signer's public key and the
  bundle id) into one AES-256-GCM key; each payload is sealed with a random 96-bit nonce and
  the bundle id and entry name as associated data, so payloads cannot be swapped between
  bundles or entries, nor re-signed by another office.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SIGNATURE_ALGORITHM = "Ed25519"
ENCRYPTION_SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"
KEY_BYTES = 32
SIGNATURE_BYTES = 64
NONCE_BYTES = 12

_RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int | None = None) -> bytes | None:
    """Strict base64 to bytes, or None when text is not base64 of the expected length."""
    if not isinstance(text, str):
        return None
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    if length is not None and len(data) != length:
        return None
    return data


def fingerprint(signing_public_key: bytes) -> str:
    """What an officer reads aloud to confirm a key: 32 hex digits in groups of four."""
    digest = hashlib.sha256(b"somattran/fingerprint/v1\x00" + signing_public_key).hexdigest()
    digest = digest[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PublicIdentity:
    """An office's public half: the key it signs with and the key others encrypt to."""

    signing_key: bytes
    encryption_key: bytes | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)


@dataclass(frozen=True)
class OfficeKeys:
    """An office's private keys, made once at set-up."""

    signing_private: bytes
    encryption_private: bytes

    @classmethod
    def generate(cls) -> OfficeKeys:
        sign = Ed25519PrivateKey.generate().private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        enc = X25519PrivateKey.generate().private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return cls(sign, enc)

    def public(self) -> PublicIdentity:
        sign = Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key()
        enc = X25519PrivateKey.from_private_bytes(self.encryption_private).public_key()
        return PublicIdentity(
            sign.public_bytes(_RAW, serialization.PublicFormat.Raw),
            enc.public_bytes(_RAW, serialization.PublicFormat.Raw),
        )

    @property
    def fingerprint(self) -> str:
        return self.public().fingerprint

    def sign(self, kind: str, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(
            _signed_message(kind, message)
        )


def _signed_message(kind: str, message: bytes) -> bytes:
    return b"somattran/" + kind.encode("ascii") + b"/v1\x00" + message


def signature_valid(signing_public_key: bytes, kind: str, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public_key).verify(
            signature, _signed_message(kind, message)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _payload_key(
    shared: bytes,
    ephemeral_public: bytes,
    recipient_public: bytes,
    signer_public: bytes,
    bundle_id: str,
) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=b"somattran/bundle-payload/v1\x00" + signer_public + bundle_id.encode("ascii"),
    ).derive(shared)


def new_payload_key(
    recipient_public: bytes, signer_public: bytes, bundle_id: str
) -> tuple[bytes, bytes]:
    """(ephemeral public key to publish in the manifest, the AES key for this bundle)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _payload_key(shared, ephemeral_public, recipient_public, signer_public, bundle_id)
    return ephemeral_public, key


def recover_payload_key(
    keys: OfficeKeys, ephemeral_public: bytes, signer_public: bytes, bundle_id: str
) -> bytes | None:
    """The bundle's AES key as the recipient derives it; None for a malformed ephemeral key."""
    private = X25519PrivateKey.from_private_bytes(keys.encryption_private)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        return None
    recipient_public = keys.public().encryption_key or b""
    return _payload_key(shared, ephemeral_public, recipient_public, signer_public, bundle_id)


def _aad(bundle_id: str, name: str) -> bytes:
    return bundle_id.encode("ascii") + b"\x00" + name.encode("ascii")


def seal(key: bytes, bundle_id: str, name: str, plaintext: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, _aad(bundle_id, name))


def unseal(key: bytes, bundle_id: str, name: str, sealed: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the bytes were changed."""
    if len(sealed) < NONCE_BYTES + 16:
        return None
    try:
        return AESGCM(key).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _aad(bundle_id, name)
        )
    except InvalidTag:
        return None
