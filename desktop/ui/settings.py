"""The user's settings (window layout, language, last search and filters) in an INI file.

Every getter validates what it reads and falls back to a default, so a hand-edited or damaged
settings file is ignored rather than fatal.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths
from desktop.core.clean import clean_text
from desktop.core.models import Filters

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"


class Settings:
    """Typed access to ``settings.ini`` in :func:`desktop.paths.config_dir`."""

    def __init__(self, path: Path | None = None):
        self.path = path or paths.config_dir() / SETTINGS_FILE
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create the settings folder: %s", exc)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("ignoring unreadable settings file %s", self.path)
            self._qs.clear()

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings, for dialogs that keep a few values of their own."""
        return self._qs

    # -- primitives ----------------------------------------------------------------------
    def _get(self, key: str) -> object:
        try:
            return self._qs.value(key)
        except Exception:  # noqa: BLE001 - a damaged value must never stop the app
            log.warning("ignoring unreadable setting %s", key)
            return None

    def get_str(self, key: str, default: str = "") -> str:
        """A text setting without control characters, surrogates or non-characters (a
        hand-edited file, or one saved by an older version, may hold them)."""
        value = self._get(key)
        return clean_text(value) if isinstance(value, str) else default

    def get_int(self, key: str, default: int = 0) -> int:
        value = self._get(key)
        try:
            return int(value) if value is not None else default  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self._get(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"true", "false"}:
            return value.lower() == "true"
        return default

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set(self, key: str, value: object) -> None:
        """Store a value; text is cleaned first, so a search typed or pasted with control
        characters (or half a surrogate pair) is never written to the file and never comes
        back at the next start."""
        self._qs.setValue(key, clean_text(value) if isinstance(value, str) else value)

    def sync(self) -> None:
        self._qs.sync()

    def clear(self) -> None:
        self._qs.clear()

    # -- structured values ---------------------------------------------------------------
    def filters(self) -> Filters:
        """The last filters, or none when the stored value is missing or malformed."""
        try:
            raw = json.loads(self.get_str("state/filters", "{}"))
            return Filters(
                topics=tuple(str(t) for t in raw.get("topics", [])),
                years=tuple(int(y) for y in raw.get("years", [])),
                partners=tuple(str(p) for p in raw.get("partners", [])),
                parts=tuple(int(p) for p in raw.get("parts", [])),
                calls_to_action=bool(raw.get("calls_to_action", False)),
                documents=tuple(str(d) for d in raw.get("documents", [])),
            )
        except (ValueError, TypeError, AttributeError):
            return Filters()

    def set_filters(self, filters: Filters) -> None:
        self.set("state/filters", json.dumps({
            "topics": list(filters.topics), "years": list(filters.years),
            "partners": list(filters.partners), "parts": list(filters.parts),
            "calls_to_action": filters.calls_to_action,
            "documents": list(filters.documents)}))
