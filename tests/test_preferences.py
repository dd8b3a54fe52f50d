"""The saved interface language, read without Qt, agrees with what the window saves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import preferences
from desktop.core.preferences import interface_language, saved_language, system_language

ROOT = Path(__file__).resolve().parent.parent


def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reads_what_the_windows_settings_save(lang: str) -> None:
    from desktop.ui.settings import SETTINGS_FILE, Settings

    assert preferences.SETTINGS_FILE == SETTINGS_FILE
    settings = Settings()  # in the config folder, as the window keeps it
    settings.set("ui/geometry", b"\x01\x02=[x]\n")
    settings.set("search/query", "实蝇 [x]")
    settings.set("ui/language", lang)
    settings.sync()
    assert preferences.settings_path() == settings.path
    assert saved_language() == lang


def test_no_file_a_damaged_file_or_an_unknown_value_is_no_choice(tmp_path: Path) -> None:
    assert saved_language(tmp_path / "missing.ini") is None
    damaged = tmp_path / "damaged.ini"
    damaged.write_bytes(b"\xff\xfe[ui\nlanguage\n[[[\x00")
    assert saved_language(damaged) is None
    for value in ("fr", "", "zh_CN", '"en"x'):
        damaged.write_text(f"[ui]\nlanguage={value}\n", encoding="utf-8")
        assert saved_language(damaged) is None
    damaged.write_text("[search]\nlanguage=zh\n", encoding="utf-8")  # another section's key
    assert saved_language(damaged) is None
    damaged.write_text("garbage without equals\n[ui]\nlanguage = zh\n", encoding="utf-8")
    assert saved_language(damaged) == "zh"


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.Big5"}, "zh"),
    ({"LANG": "zh_CN.GB18030"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),  # LC_ALL first, as POSIX says
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
])
def test_system_language_from_the_locale(monkeypatch: pytest.MonkeyPatch,
                                         variables: dict[str, str], expected: str) -> None:
    _no_locale(monkeypatch)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected


def test_saved_language_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_locale(monkeypatch)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert interface_language() == "zh"
    preferences.settings_path().parent.mkdir(parents=True)
    preferences.settings_path().write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert interface_language() == "en"


def test_the_command_line_does_not_load_qt_for_it() -> None:
    code = ("import sys; from desktop.core.preferences import interface_language; "
            "interface_language(); print(any(m.startswith('PySide6') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
