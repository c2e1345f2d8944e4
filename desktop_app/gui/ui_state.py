"""What the window remembers between sessions (geometry, column widths, splitters): QSettings.

Only the look of the window lives here; the office's settings are in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANISATION = "SoMatTran"
APPLICATION = "SoMatTran"


def ui_settings() -> QSettings:
    """The organisation "SoMatTran"; a tool that renames the application gets its own file."""
    return QSettings(ORGANISATION, QCoreApplication.applicationName() or APPLICATION)


def load_bytes(key: str) -> QByteArray | None:
    value = ui_settings().value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def save_bytes(key: str, value: QByteArray) -> None:
    settings = ui_settings()
    settings.setValue(key, value)
    settings.sync()


def load_text(key: str) -> str:
    value = ui_settings().value(key)
    return value if isinstance(value, str) else ""


def save_text(key: str, value: str) -> None:
    settings = ui_settings()
    settings.setValue(key, value)
    settings.sync()
