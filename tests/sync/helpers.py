"""Making bundles a real commune would not: rebuilt from a real one, changed, signed again."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop_app.store.db import Store
from desktop_app.sync import crypto
from desktop_app.sync.bundle import Recipient, build_bundle, open_bundle
from desktop_app.sync.container import read_file
from desktop_app.sync.keys import ensure_keys
from desktop_app.sync.plan import own_private_keys


def rebuild(
    path: Path,
    upper: Store,
    commune: Store,
    change: Callable[[dict[str, list[dict]]], None] | None = None,
    signer: crypto.OfficeKeys | None = None,
    name: str | None = None,
    **header_changes,
) -> Path:
    """The bundle at path, decrypted, changed, and sealed again (new bundle id unless given)."""
    opened = open_bundle(read_file(path))
    keys = own_private_keys(upper)
    tables = opened.read_tables(keys)
    if change:
        change(tables)
    header = dataclasses.replace(
        opened.header, **{"bundle_id": str(uuid.uuid4()), **header_changes}
    )
    office = upper.office()
    recipient = Recipient(office["commune_code"], office["name"], keys.public())
    raw = build_bundle(header, list(tables.items()), signer or ensure_keys(commune), recipient)
    target = path.with_name(name or f"crafted-{uuid.uuid4().hex[:6]}.smtb")
    target.write_bytes(raw)
    return target
