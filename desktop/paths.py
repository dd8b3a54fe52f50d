"""Where things are: the bundled database and resources, and the user's own folders.

From a source checkout the bundled files live in the repository; in a PyInstaller bundle they
live under ``sys._MEIPASS``. User folders come from platformdirs. Every location can be
overridden by an environment variable, so tests and portable installs can redirect them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_ID

ENV_DB = "IPPC_COOP_DB"
ENV_DATA = "IPPC_COOP_DATA_DIR"
ENV_CONFIG = "IPPC_COOP_CONFIG_DIR"
ENV_LOG = "IPPC_COOP_LOG_DIR"
ENV_CACHE = "IPPC_COOP_CACHE_DIR"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """Folder that holds ``db/`` and ``resources/``: the bundle or the repository."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def database_path() -> Path:
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override)
    return bundle_root() / "db" / "cooperation.sqlite"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def _user_dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(default)


def data_dir() -> Path:
    return _user_dir(ENV_DATA, platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return _user_dir(ENV_CONFIG, platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return _user_dir(ENV_LOG, platformdirs.user_log_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    """Derived data kept to start faster (the facet index of a large library); may be
    deleted at any time."""
    return _user_dir(ENV_CACHE, platformdirs.user_cache_dir(APP_ID, appauthor=False))
