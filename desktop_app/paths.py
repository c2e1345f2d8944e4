"""The one place that knows where things are: data, backups, logs, ui/ and resources/.

Works from a checkout, an installed package and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop_app import APP_ID

DB_FILENAME = "somattran.db"
ENV_DATA_DIR = "SOMATTRAN_DATA_DIR"


def _root() -> Path:
    """The folder holding ui/ and resources/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
UI_DIR = ROOT / "ui"
RESOURCES_DIR = ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
DATA_DIR = RESOURCES_DIR / "data"
ICONS_DIR = RESOURCES_DIR / "icons"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The office's data folder: --data-dir, then $SOMATTRAN_DATA_DIR, then platformdirs."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


def backups_dir(override: str | os.PathLike[str] | None = None) -> Path:
    path = data_dir(override) / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir(override: str | os.PathLike[str] | None = None) -> Path:
    path = data_dir(override) / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def fallback_logs_dir() -> Path:
    """Where the log goes when the data folder cannot hold one (a bad --data-dir)."""
    path = Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
