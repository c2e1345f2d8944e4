"""The keys of sync: this office's own pair, the upper level a commune trusts, and the
communes' keys enrolled at the upper level.

Functions take the `Store`; the caller owns the transaction (store.transaction()).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def own_keys(store: Store) -> dict | None:
    rows = store.query("select * from sync_keys where id = 1")
    return rows[0] if rows else None


def save_own_keys(
    store: Store, signing_private: bytes, encryption_private: bytes, fingerprint: str, at: str
) -> None:
    store.db["sync_keys"].upsert(
        {
            "id": 1,
            "signing_private": signing_private,
            "encryption_private": encryption_private,
            "fingerprint": fingerprint,
            "created_at": at,
        },
        pk="id",
    )


def trusted_upper(store: Store) -> dict | None:
    rows = store.query(
        "select * from sync_upper_keys where replaced_at is null order by trusted_at desc limit 1"
    )
    return rows[0] if rows else None


def trust_upper(store: Store, row: dict, at: str) -> None:
    store.conn.execute(
        "update sync_upper_keys set replaced_at = ? where replaced_at is null and fingerprint != ?",
        [at, row["fingerprint"]],
    )
    store.db["sync_upper_keys"].upsert(
        {**row, "trusted_at": at, "replaced_at": None}, pk="fingerprint"
    )


def upper_key(store: Store, fingerprint: str) -> dict | None:
    """An upper-level key this commune trusts or once trusted (receipts of older bundles)."""
    rows = store.query("select * from sync_upper_keys where fingerprint = ?", [fingerprint])
    return rows[0] if rows else None


def commune_key(store: Store, fingerprint: str) -> dict | None:
    rows = store.query("select * from sync_commune_keys where fingerprint = ?", [fingerprint])
    return rows[0] if rows else None


def commune_keys(store: Store, commune_code: str | None = None) -> list[dict]:
    sql, params = "select * from sync_commune_keys", []
    if commune_code:
        sql += " where commune_code = ?"
        params.append(commune_code)
    return store.query(sql + " order by commune_code, enrolled_at", params)


def enrol_commune_key(store: Store, row: dict) -> None:
    store.db["sync_commune_keys"].insert(row, pk="fingerprint")


def revoke_commune_key(store: Store, fingerprint: str, at: str) -> int:
    return store.conn.execute(
        "update sync_commune_keys set revoked_at = ? where fingerprint = ? and revoked_at is null",
        [at, fingerprint],
    ).rowcount
