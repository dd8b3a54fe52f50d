"""Render the real main window in Chinese and English to PNG files for the README: the
list with a search, the timeline and the topic map.

Usage: QT_QPA_PLATFORM=offscreen python build_scripts/screenshots.py docs/screenshots
Settings and logs go to a temporary folder, so the user's own settings are not touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERY = "海运集装箱"
SIZE = (1440, 860)
#: How long a window is left to paint and end its animations before it is shot.
SETTLE_S = 0.4


def translations_folder(tmp: Path) -> Path:
    """The compiled .qm files: the build's, or compiled now from the .ts sources."""
    from desktop import paths

    folder = paths.translations_dir()
    sources = sorted(folder.glob("*.ts"))
    if all(ts.with_suffix(".qm").exists() for ts in sources):
        return folder
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sources:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp / f"{ts.stem}.qm")],
                       check=True)
    return tmp


def _shoot(window: QWidget, path: Path) -> bool:
    """Let the window paint and its animations end, then save it to ``path`` (False, said,
    if it cannot be). The search field's clear button fades in over 160 ms once there is a
    query: shot during the fade, the pictures changed from run to run."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + SETTLE_S
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return False
    print(path)
    return True


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        from desktop import paths

        os.environ[paths.ENV_CONFIG] = str(tmp / "config")
        os.environ[paths.ENV_LOG] = str(tmp / "log")
        os.environ[paths.ENV_DATA] = str(tmp / "data")


        from desktop.app import make_application
        from desktop.core.store import Store
        from desktop.ui.i18n import Translations
        from desktop.ui.main_window import MainWindow
        from desktop.ui.settings import Settings

        app = make_application([])
        # A blinking text cursor would be in one picture and not in the next.
        app.setCursorFlashTime(0)
        store = Store(paths.database_path())
        translations = Translations(translations_folder(tmp))
        for lang in ("zh", "en"):
            translations.set_language(lang)
            window = MainWindow(store, Settings(tmp / f"settings_{lang}.ini"), translations)
            window.resize(*SIZE)
            window.show()
            window.hide_zero_action.setChecked(True)
            window.search_field.set_query(QUERY)
            if lang == "en":  # show the English working translation above the original
                window.detail_pane.set_text_mode("both")
            hits = window.result.hits if window.result else ()
            if hits:
                window.select_activity(hits[0].activity.id)
            if not _shoot(window, out / f"main_{lang}.png"):
                return 1
            # The timeline and the topic map of every activity (issue 13).
            window.search_field.set_query("")
            window.hide_zero_action.setChecked(False)
            for tab, name in ((1, "timeline"), (2, "map")):
                window.show_results_tab(tab)
                view = window.chart_view(name)
                view.wait_built()  # type: ignore[attr-defined]
                if not _shoot(window, out / f"{name}_{lang}.png"):
                    return 1
            window.show_results_tab(0)
            window.close()
        store.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
