"""Fixtures for the window tests: compiled translations, settings in tmp, a main window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.store import Store
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts sources compiled to .qm in a tmp folder (tests need no build products)."""
    out = tmp_path_factory.mktemp("i18n")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
                       check=True)
    return out


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    t = Translations(qm_dir)
    t.set_language("en")
    font = QApplication.font()
    yield t
    t.set_language("en")
    QApplication.setFont(font)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def make_window(qtbot, store: Store, translations: Translations, settings_path: Path):
    """Factory: a shown main window over the shared store with settings in tmp."""

    def make() -> MainWindow:
        window = MainWindow(store, Settings(settings_path), translations)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


#: The offscreen platform plugin warns whenever a window's minimum size changes; that is a
#: limit of the test platform (real ones implement it), not something the window does wrong.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
