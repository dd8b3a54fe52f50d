"""Settings: text is stored and restored without control characters or broken surrogates."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ui.settings import Settings


@pytest.mark.parametrize("typed, kept", [("\x01ephyto\x1b", "ephyto"), ("a\x0bb", "ab"),
                                         ("\udcff集装箱", "集装箱"), ("\ufffe", ""),
                                         ("sea\tcontainers", "sea\tcontainers")])
def test_a_bad_query_is_cleaned_before_it_is_saved(tmp_path: Path, typed: str,
                                                   kept: str) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set("state/query", typed)
    settings.sync()
    assert Settings(path).get_str("state/query") == kept


def test_a_bad_query_in_the_file_is_cleaned_when_restored(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[state]\nquery=\\x1b[31mWCO\\x1\n", encoding="utf-8")
    assert Settings(path).get_str("state/query") == "[31mWCO"


def test_the_window_restores_a_clean_query(make_window, settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.set("state/query", "WCO")
    settings._qs.setValue("state/query", "\x01W\x1bCO")  # as an older version saved it
    settings.sync()
    window = make_window()
    assert window.query == "WCO"
    window.set_query("集装箱\x0b")
    window.save_state()
    assert Settings(settings_path).get_str("state/query") == "集装箱"
    saved = next(line for line in settings_path.read_text(encoding="utf-8").splitlines()
                 if line.startswith("query="))
    assert "\\x" not in saved and "\\v" not in saved
