"""Sync with the upper level: the office's keys, trusted and enrolled keys, exports and receipts,
imports, the lineage of each commune's database, and the quarantine of refused records.

None of these tables is a synced register: they describe the exchange, not the office's data.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    # This office's own private keys (one row), made at set-up.
    db["sync_keys"].create(
        {
            "id": int,
            "signing_private": bytes,
            "encryption_private": bytes,
            "fingerprint": str,
            "created_at": str,
        },
        pk="id",
        not_null={"signing_private", "encryption_private", "fingerprint"},
    )
    # At a commune: the upper level's public keys it trusts (the newest not replaced is used).
    db["sync_upper_keys"].create(
        {
            "fingerprint": str,
            "office_code": str,
            "office_name": str,
            "signing_key": bytes,
            "encryption_key": bytes,
            "trusted_at": str,
            "replaced_at": str,
        },
        pk="fingerprint",
        not_null={"office_code", "signing_key", "encryption_key", "trusted_at"},
    )
    # At the upper level: the communes' signing keys enrolled after the officer confirmed them.
    db["sync_commune_keys"].create(
        {
            "fingerprint": str,
            "commune_code": str,
            "commune_name": str,
            "signing_key": bytes,
            "enrolled_at": str,
            "enrolled_by": str,
            "revoked_at": str,
        },
        pk="fingerprint",
        not_null={"commune_code", "signing_key", "enrolled_at"},
    )
    db["sync_commune_keys"].create_index(["commune_code"])
    # At a commune: every bundle exported, and whether the upper level has acknowledged it.
    db["sync_exports"].create(
        {
            "bundle_id": str,
            "sequence": int,
            "full": int,
            "base_sequence": int,
            "base_rev": int,
            "base_bundle_id": str,
            "to_rev": int,
            "database_id": str,
            "created_at": str,
            "file_name": str,
            "sha256": str,
            "encrypted": int,
            "recipient_fingerprint": str,
            "counts": str,
            "acknowledged_at": str,
            "receipt_signer": str,
            "receipt_imported_at": str,
        },
        pk="bundle_id",
        not_null={"sequence", "full", "to_rev", "database_id", "created_at"},
    )
    db["sync_exports"].create_index(["sequence"])
    # At the upper level: each database a commune has sent bundles from (restores, clones).
    db["sync_lineages"].create(
        {
            "id": int,
            "commune_code": str,
            "installation_id": str,
            "database_id": str,
            "first_seen_at": str,
            "last_sequence": int,
            "last_to_rev": int,
            "last_bundle_id": str,
            "last_bundle_created_at": str,
            "last_imported_at": str,
            "current": int,
        },
        pk="id",
        not_null={"commune_code", "installation_id", "database_id", "current"},
    )
    db["sync_lineages"].create_index(["commune_code", "database_id"], unique=True)
    # At the upper level: every import, the repeats of an already imported bundle included.
    db["sync_imports"].create(
        {
            "id": str,
            "bundle_id": str,
            "commune_code": str,
            "commune_name": str,
            "sequence": int,
            "base_sequence": int,
            "full": int,
            "installation_id": str,
            "database_id": str,
            "bundle_sha256": str,
            "file_name": str,
            "bundle_created_at": str,
            "imported_at": str,
            "signer_fingerprint": str,
            "status": str,
            "counts": str,
            "warnings": str,
            "quarantined": int,
            "actor": str,
            "schema_version": int,
            "to_rev": int,
        },
        pk="id",
        not_null={"bundle_id", "commune_code", "sequence", "status", "imported_at"},
    )
    db["sync_imports"].create_index(["bundle_id"])
    db["sync_imports"].create_index(["commune_code", "sequence"])
    # At the upper level: records refused at import, with the reason; re-run later.
    db["sync_quarantine"].create(
        {
            "id": int,
            "import_id": str,
            "commune_code": str,
            "table_name": str,
            "record_id": str,
            "record": str,
            "reason": str,
            "created_at": str,
            "resolved_at": str,
            "resolution": str,
        },
        pk="id",
        not_null={"commune_code", "table_name", "record", "reason", "created_at"},
        foreign_keys=[("import_id", "sync_imports", "id")],
    )
    db["sync_quarantine"].create_index(["commune_code", "resolved_at"])
    db["sync_quarantine"].create_index(["table_name", "record_id"])
