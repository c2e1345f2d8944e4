"""Settings values in the database; declarations and defaults are in core/settings.py."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.core.settings import BY_KEY, coerce

if TYPE_CHECKING:
    from desktop_app.store.db import Store


class SettingsStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        row = self.store.conn.execute("select value from settings where key = ?", [key]).fetchone()
        if row is None:
            return setting.default
        return coerce(setting, json.loads(row[0]))

    def __call__(self, key: str) -> Any:
        return self.get(key)

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        """Check every value first, then write them all in one transaction."""
        checked = {}
        for key, value in values.items():
            if key not in BY_KEY:
                raise UserError(f"Không có cài đặt “{key}”.")
            try:
                checked[key] = coerce(BY_KEY[key], value)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        with self.store.transaction():
            for key, value in checked.items():
                old = self.get(key)
                self.store.db["settings"].upsert(
                    {
                        "key": key,
                        "value": json.dumps(value, ensure_ascii=False),
                        "updated_at": utc_now(),
                    },
                    pk="key",
                )
                if old != value:
                    self.store.audit("setting", "settings", key, old, value)

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in BY_KEY}
