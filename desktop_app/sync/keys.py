"""The office's keys in its database, the upper level's key a commune trusts, and the communes'
keys an upper level enrols (after the officer confirms the fingerprint) or revokes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.dates import utc_now
from desktop_app.store import sync_keys
from desktop_app.store.db import Store
from desktop_app.sync import container, crypto, keyfile
from desktop_app.sync.errors import NotSetUp, UntrustedSigner, WrongKind
from desktop_app.sync.stick import write_atomically


def ensure_keys(store: Store) -> crypto.OfficeKeys:
    """The office's private keys, made (once) if it has none yet."""
    row = sync_keys.own_keys(store)
    if row is not None:
        return crypto.OfficeKeys(row["signing_private"], row["encryption_private"])
    keys = crypto.OfficeKeys.generate()
    with store.transaction():
        sync_keys.save_own_keys(
            store, keys.signing_private, keys.encryption_private, keys.fingerprint, utc_now()
        )
        store.audit("sync_keys", "sync_keys", "1", None, {"fingerprint": keys.fingerprint})
    return keys


def replace_own_keys(store: Store) -> crypto.OfficeKeys:
    """At a commune whose computer or key may be in other hands: new keys for every later bundle.

    The upper level sees the next bundle signed by an unknown key and enrols it only after the
    officers compare the new fingerprint by telephone; it should revoke the old key. An upper
    level does not replace its own key here: bundles on their way are encrypted to it."""
    store.require("keys")
    office_or_fail(store, "commune")
    old = sync_keys.own_keys(store)
    keys = crypto.OfficeKeys.generate()
    with store.transaction():
        sync_keys.save_own_keys(
            store, keys.signing_private, keys.encryption_private, keys.fingerprint, utc_now()
        )
        store.audit(
            "replace_keys",
            "sync_keys",
            "1",
            {"fingerprint": old["fingerprint"]} if old else None,
            {"fingerprint": keys.fingerprint},
        )
    return keys


def office_or_fail(store: Store, role: str | None = None) -> dict:
    office = store.office()
    if office is None:
        raise NotSetUp(
            "Chưa thiết lập đơn vị. Hãy thiết lập trong trình hướng dẫn khi mở chương trình trước.",
            command_hint="dòng lệnh: somattran setup",
        )
    if role == "upper" and office["role"] != "upper":
        raise NotSetUp(
            "Máy này được thiết lập cho Ủy ban MTTQ xã; chỉ đơn vị cấp trên mới nhập "
            "gói của các xã. Ở xã, chỉ nhập biên nhận của cấp trên."
        )
    if role == "commune" and office["role"] != "commune":
        raise NotSetUp(
            "Máy này được thiết lập làm đơn vị cấp trên; chỉ Ủy ban MTTQ xã mới xuất gói đồng bộ."
        )
    return office


def office_name(office: dict) -> str:
    """The commune's own name for a commune ('Hòa Cư'), the office's name for an upper level."""
    if office.get("role") == "commune" and office.get("commune_name"):
        return office["commune_name"]
    return office.get("name") or office.get("commune_name") or office["commune_code"]


@dataclass(frozen=True)
class KeyExport:
    path: Path
    fingerprint: str


def export_public_key(store: Store, destination: str | Path) -> KeyExport:
    """Write this office's public-key file; destination is a folder or a file path."""
    office = office_or_fail(store)
    keys = ensure_keys(store)
    data = keyfile.write_key_file(
        keys, office["commune_code"], office_name(office), office["role"], utc_now()
    )
    destination = Path(destination)
    if destination.suffix.lower() == keyfile.EXTENSION and not destination.is_dir():
        folder, name = destination.parent, destination.name
    else:  # a folder: write_atomically says so when it is not there (a stick not plugged in)
        folder, name = destination, keyfile.file_name(office["commune_code"])
    path = write_atomically(folder, name, data, check=keyfile.read_key_file)
    return KeyExport(path, keys.fingerprint)


@dataclass(frozen=True)
class TrustedKey:
    office_code: str
    office_name: str
    fingerprint: str
    replaced: str | None  # the fingerprint trusted until now, if it was another


def trust_upper_key(store: Store, path: str | Path) -> TrustedKey:
    """At a commune: trust the upper level's key file; bundles are encrypted to it from now on."""
    store.require("keys")
    office = office_or_fail(store, "commune")
    key = keyfile.read_key_file(container.read_file(path))
    if key.role != "upper":
        raise WrongKind(
            f"Tệp khóa này là của «{key.office_name}», không phải của đơn vị cấp trên. "
            "Hãy dùng tệp khóa do đơn vị cấp trên xuất."
        )
    if key.office_code == office["commune_code"]:
        raise WrongKind("Đây là tệp khóa của chính xã này, không phải của cấp trên.")
    previous = sync_keys.trusted_upper(store)
    with store.transaction():
        sync_keys.trust_upper(
            store,
            {
                "fingerprint": key.fingerprint,
                "office_code": key.office_code,
                "office_name": key.office_name,
                "signing_key": key.identity.signing_key,
                "encryption_key": key.identity.encryption_key,
            },
            utc_now(),
        )
        store.audit(
            "trust_upper_key",
            "sync_upper_keys",
            key.fingerprint,
            None,
            {"office": key.office_name, "code": key.office_code},
        )
    replaced = (
        previous["fingerprint"] if previous and previous["fingerprint"] != key.fingerprint else None
    )
    return TrustedKey(key.office_code, key.office_name, key.fingerprint, replaced)


def upper_identity(store: Store) -> tuple[dict, crypto.PublicIdentity] | None:
    row = sync_keys.trusted_upper(store)
    if row is None:
        return None
    return row, crypto.PublicIdentity(row["signing_key"], row["encryption_key"])


def signer_status(store: Store, commune_code: str, fingerprint: str) -> str:
    """'enrolled', 'unknown', 'revoked', or 'other_commune' for a bundle's signing key."""
    row = sync_keys.commune_key(store, fingerprint)
    if row is None:
        return "unknown"
    if row["revoked_at"]:
        return "revoked"
    if row["commune_code"] != commune_code:
        return "other_commune"
    return "enrolled"


def signer_reason(
    store: Store | None, status: str, who: str, fingerprint: str, commune_code: str | None = None
) -> str:
    """Why a bundle's signer is not trusted, as the officer reads it ('' when it is)."""
    if status == "unknown":
        known = (
            [r for r in sync_keys.commune_keys(store, commune_code) if not r["revoked_at"]]
            if store is not None and commune_code
            else []
        )
        if known:
            return (
                f"Gói ghi là của {who} nhưng được ký bằng một khóa lạ (dấu vân tay {fingerprint}), "
                f"không phải khóa đã ghi nhận của xã này ({known[0]['fingerprint']}). Nếu xã vừa tạo "
                "khóa mới, hãy gọi điện đối chiếu dấu vân tay rồi nhập lại và xác nhận ghi nhận "
                "khóa khi chương trình hỏi; nếu không, đừng nhập gói này."
            )
        return (
            f"Gói của {who} được ký bằng một khóa chưa được ghi nhận, dấu vân tay: {fingerprint}. "
            "Hãy gọi điện cho xã, đọc đối chiếu dấu vân tay này với dấu vân tay hiện trên máy của "
            "xã; nếu trùng khớp, nhập lại và xác nhận ghi nhận khóa khi chương trình hỏi."
        )
    if status == "revoked":
        return (
            f"Gói của {who} được ký bằng khóa đã bị thu hồi (dấu vân tay {fingerprint}). Không "
            "nhập gói này; liên hệ xã để xác minh."
        )
    if status == "other_commune":
        return (
            f"Gói ghi là của {who} nhưng được ký bằng khóa đã ghi nhận cho một xã khác (dấu vân "
            f"tay {fingerprint}). Không nhập gói này; liên hệ xã để xác minh."
        )
    return ""


def refuse_signer(
    status: str,
    who: str,
    fingerprint: str,
    store: Store | None = None,
    commune_code: str | None = None,
) -> None:
    """Raise UntrustedSigner for any status but 'enrolled'; who: 'xã Hòa Cư (06280)'."""
    reason = signer_reason(store, status, who, fingerprint, commune_code)
    if reason:
        raise UntrustedSigner(
            reason, command_hint="dòng lệnh: thêm --enrol" if status == "unknown" else ""
        )


def enrol_commune_key(
    store: Store, commune_code: str, commune_name: str, identity: crypto.PublicIdentity
) -> None:
    """Record a commune's signing key as trusted (inside the caller's transaction)."""
    store.require("keys")
    sync_keys.enrol_commune_key(
        store,
        {
            "fingerprint": identity.fingerprint,
            "commune_code": commune_code,
            "commune_name": commune_name,
            "signing_key": identity.signing_key,
            "enrolled_at": utc_now(),
            "enrolled_by": store.actor,
            "revoked_at": None,
        },
    )
    store.audit(
        "enrol_key",
        "sync_commune_keys",
        identity.fingerprint,
        None,
        {"commune_code": commune_code, "commune_name": commune_name},
    )


def revoke_commune_key(store: Store, fingerprint: str) -> None:
    """At the upper level: refuse every later bundle signed with this key."""
    store.require("keys")
    office_or_fail(store, "upper")
    wanted = fingerprint.strip().upper()
    matches = [
        r
        for r in sync_keys.commune_keys(store)
        if r["fingerprint"].replace(" ", "") == wanted.replace(" ", "")
    ]
    if not matches:
        raise UntrustedSigner(f"Không có khóa nào đã ghi nhận với dấu vân tay «{fingerprint}».")
    with store.transaction():
        if sync_keys.revoke_commune_key(store, matches[0]["fingerprint"], utc_now()):
            store.audit(
                "revoke_key",
                "sync_commune_keys",
                matches[0]["fingerprint"],
                None,
                {"commune_code": matches[0]["commune_code"]},
            )
