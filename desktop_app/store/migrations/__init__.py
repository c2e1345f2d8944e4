"""Numbered migrations, one module each (mNNNN_name.py exposing migrate(db)).

A migration never loses data and never changes once released: a new need is a new module.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "somattran"


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m")]
    return sorted(names)


def build() -> Migrations:
    from sqlite_utils.migrations import Migrations  # only when a file needs migrating

    migrations = Migrations(MIGRATION_SET)
    for name in _modules():
        module = importlib.import_module(f"{__name__}.{name}")
        migrations(name=name)(module.migrate)
    return migrations


def names() -> list[str]:
    return _modules()
