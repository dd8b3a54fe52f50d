"""Application set-up: errors shown with advice, crashes logged, settings and languages."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as app_module
from desktop import paths
from desktop.core.errors import DatabaseError
from desktop.core.models import Filters
from desktop.ui.i18n import Translations
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_missing_database_is_reported_with_advice(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "nowhere.sqlite"))
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda title, text: shown.append(text))
    assert app_module.run([]) == 1
    assert shown and "make db" in shown[0]


def test_unexpected_exception_is_logged_and_shown(qapp, monkeypatch):
    log_file = app_module.setup_logging()
    assert log_file is not None and log_file.parent == paths.log_dir()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    handler = app_module.CrashHandler()
    try:
        raise ValueError("boom")
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    try:
        raise DatabaseError("The database is damaged: rebuild it.")
    except DatabaseError as exc:
        handler(type(exc), exc, exc.__traceback__)
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: boom" in text
    assert shown[0].startswith("Something went wrong")
    assert shown[1] == "The database is damaged: rebuild it."


def test_smoke_from_source_opens_searches_and_exports():
    # In a child process: a finished app.exec() would leave the shared QApplication quitting.
    code = "import sys; from desktop.cli import main; sys.exit(main(['--smoke']))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120,
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke ok" in done.stdout


def test_smoke_reports_a_missing_database(tmp_path):
    code = "import sys; from desktop.cli import main; sys.exit(main(['--smoke']))"
    env = {**os.environ, "IPPC_COOP_DB": str(tmp_path / "missing.sqlite")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 1
    assert "smoke failed" in done.stdout + done.stderr
    assert "missing.sqlite" in done.stdout + done.stderr


def test_settings_round_trip_and_damage(tmp_path):
    path = tmp_path / "settings.ini"
    s = Settings(path)
    s.set_filters(Filters(topics=("ephyto",), years=(0, 2020), calls_to_action=True))
    s.sync()
    assert Settings(path).filters() == Filters(topics=("ephyto",), years=(0, 2020),
                                               calls_to_action=True)
    path.write_text('[state]\nfilters="{\\"years\\": [\\"x\\"]}"\n', encoding="utf-8")
    assert Settings(path).filters() == Filters()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_translations_load_ours_and_qts(qapp, qm_dir, lang):
    t = Translations(qm_dir)
    try:
        assert t.set_language(lang)
        expected = "文件(&F)" if lang == "zh" else "&File"
        assert QApplication.translate("MainWindow", "&File") == expected
        if lang == "zh":
            # Qt's own strings (standard buttons, context menus) come from qtbase_zh_CN.
            assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
            assert QLocale().name() == "zh_CN"
    finally:
        t.set_language("en")


def test_the_collector_held_off_for_the_start_comes_back_frozen():
    import gc

    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        made_at_start = [[i] for i in range(1000)]  # noqa: F841 - tracked by the collector
        app_module._collect_from_now()
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + 1000
        app_module._collect_from_now()  # once only: it is on
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_log_rotates(tmp_path):
    path = tmp_path / "ippc-coop.log"
    handler = app_module.log_handler(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(12):
            logger.warning("line %02d %s", i, "x" * 40)  # 49 bytes each: 4 to a file
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ippc-coop.log", "ippc-coop.log.1", "ippc-coop.log.2"]
    assert path.read_text("utf-8").splitlines()[0].startswith("line 08")
    assert (tmp_path / "ippc-coop.log.1").read_text("utf-8").splitlines()[0].startswith(
        "line 04")
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())


class _FakeWindow:
    """What ``--exit-after-paint`` watches: a results list, and whether results are shown."""

    def __init__(self, qtbot, shown: bool):
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QTreeView

        class Signals(QObject):
            refreshed = Signal(int)
            search_failed = Signal(str)

        self._signals = Signals()
        self.refreshed = self._signals.refreshed
        self.search_failed = self._signals.search_failed
        self.list_view = QTreeView()
        qtbot.addWidget(self.list_view)
        self.shown = shown

    def search_pending(self) -> bool:
        return not self.shown

    def has_results(self) -> bool:
        return self.shown


def _quits(monkeypatch) -> list[int]:
    from desktop.app import QTimer

    quits: list[int] = []
    monkeypatch.setattr(QTimer, "singleShot", lambda _ms, _slot: quits.append(1))
    return quits


def test_exit_after_paint_quits_once_the_list_painted_results(qtbot, monkeypatch):
    window = _FakeWindow(qtbot, shown=True)
    quits = _quits(monkeypatch)
    app_module._QuitAfterPaint(window)  # type: ignore[arg-type]
    window.list_view.show()
    qtbot.waitUntil(lambda: quits == [1])


def test_exit_after_paint_waits_for_a_large_librarys_first_results(qtbot, monkeypatch):
    """A large library's first paint says "Reading the library…": start-up is timed to the
    paint that shows its results."""
    window = _FakeWindow(qtbot, shown=False)
    quits = _quits(monkeypatch)
    app_module._QuitAfterPaint(window)  # type: ignore[arg-type]
    window.list_view.show()
    qtbot.waitExposed(window.list_view)
    window.list_view.viewport().repaint()
    assert quits == []  # painted, without results
    window.shown = True
    window.refreshed.emit(95)
    qtbot.waitUntil(lambda: quits == [1])  # painted again, with them


def test_exit_after_paint_quits_when_the_library_cannot_be_read(qtbot, monkeypatch):
    """A search that fails leaves its message in the list's place: that paint ends the run
    (it used to wait for results forever)."""
    window = _FakeWindow(qtbot, shown=False)
    quits = _quits(monkeypatch)
    app_module._QuitAfterPaint(window)  # type: ignore[arg-type]
    window.list_view.show()
    qtbot.waitExposed(window.list_view)
    window.search_failed.emit("The database is damaged")
    qtbot.waitUntil(lambda: quits == [1])


def test_exit_after_paint_shows_no_dialog_when_the_data_cannot_be_opened(
        qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "nowhere.sqlite"))
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda title, text: shown.append(text))
    assert app_module.run([], exit_after_paint=True) == 1
    assert shown == [] and "make db" in capsys.readouterr().err
