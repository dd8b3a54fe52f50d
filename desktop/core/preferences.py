"""The user's saved interface language, read without Qt (for the command line).

The window keeps its settings in ``settings.ini`` in :func:`desktop.paths.config_dir`, an INI
file written by QSettings (``desktop.ui.settings``): the key ``ui/language`` is the line
``language=zh`` in the ``[ui]`` section. Reading that one line saves the command line from
loading Qt; a missing or damaged file counts as no choice, as it does for the window.
"""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path

from desktop import paths

#: The window's settings file in the config folder (desktop.ui.settings.SETTINGS_FILE).
SETTINGS_FILE = "settings.ini"
LANGUAGES = ("zh", "en")


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def saved_language(path: Path | None = None) -> str | None:
    """The interface language last chosen in the window (``"zh"``/``"en"``), or None."""
    try:
        text = (path or settings_path()).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    # Not configparser: QSettings writes values (window geometry) it may refuse, and one
    # unreadable line must not hide the language.
    section, value = "", None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == "ui":
            key, equals, found = line.partition("=")
            if equals and key.strip() == "language":
                value = found.strip().strip('"')
    return value if value in LANGUAGES else None


def _is_chinese(name: str) -> bool:
    """True for a locale name such as ``zh_CN.GB18030``, ``zh-Hans`` or ``Chinese_China``."""
    name = name.strip().lower()
    return name.startswith(("zh", "chinese"))


def system_language() -> str:
    """``"zh"`` on a Chinese system, ``"en"`` otherwise (as the window decides on first
    start): the POSIX locale variables, else Windows's user interface language, else
    Python's locale."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if _is_chinese(value) else "en"
    if sys.platform == "win32":
        try:
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return "zh" if lang_id & 0x3FF == 0x04 else "en"  # LANG_CHINESE
        except (AttributeError, OSError):
            pass
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "zh" if _is_chinese(name) else "en"


def interface_language() -> str:
    """The saved interface language, else the system's."""
    return saved_language() or system_language()
