"""Installation self-check (``ippc-coop --smoke``): open the window, search through it, quit.

First checks the files a working installation needs (database, our and Qt's Chinese
translations, python-docx's Word templates, the window icon), then drives the real main window:
waits for its first paint, types a query into the search field, waits for the results and checks
the activity list has rows. Prints one line, ``smoke ok: ...`` or ``smoke failed: <what>``, and
returns 0 or 1. Used by the frozen-bundle test and after installing a release.

It fails at once with the real reason, never by waiting for the time-out: a database the
store refuses or cannot search is reported before the window opens, and an exception raised
inside the window (in a Qt slot) ends the check with that exception's message.

The user's own settings are never touched: the window's settings go to a temporary folder.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)

#: A query with results in the bundled report ("fruit flies").
QUERY = "实蝇"
#: Whole GUI part (start, paint, search); generous for a cold start on a slow CI machine.
TIMEOUT_MS = 60_000
CHINESE = "zh"


def docx_template() -> Path:
    """Where python-docx looks for its default template (see ``docx.api._default_docx_path``)."""
    import docx

    return Path(docx.__file__).resolve().parent / "templates" / "default.docx"


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def check_files() -> list[str]:
    """What is missing from the installation, as short phrases (empty when complete)."""
    from desktop.ui.i18n import CATALOG, LANGUAGES

    missing: list[str] = []
    db = paths.database_path()
    if not db.is_file():
        missing.append(f"database {db}")
    locale = LANGUAGES[CHINESE]
    qm = paths.translations_dir() / f"{CATALOG}_{locale}.qm"
    if not qm.is_file():
        missing.append(f"translation {qm}")
    qt_qm = qt_translations_dir() / f"qtbase_{locale}.qm"
    if not qt_qm.is_file():
        missing.append(f"Qt translation {qt_qm}")
    try:
        template = docx_template()
    except ImportError as exc:
        missing.append(f"python-docx ({exc})")
    else:
        if not template.is_file():
            missing.append(f"Word template {template}")
        else:
            try:
                import docx

                docx.Document()  # opens default.docx: proves the template package loads
            except Exception as exc:  # noqa: BLE001 - any failure here means exports fail
                missing.append(f"Word template {template} unreadable ({exc})")
    icon = paths.resources_dir() / "icons" / "app.svg"
    if not icon.is_file():
        missing.append(f"icon {icon}")
    return missing


class _Driver:
    """Drives the window with timers and signals; ``result`` is set when done."""

    def __init__(self, window, app) -> None:
        from PySide6.QtCore import QObject, QTimer

        self.window = window
        self.app = app
        self.result: tuple[int, str] | None = None
        self.painted_at: float | None = None
        self.started = time.perf_counter()
        self.stage = "waiting for the window's first paint"

        driver = self

        class PaintWatcher(QObject):
            def eventFilter(self, watched, event):  # Qt override
                from PySide6.QtCore import QEvent

                if event.type() == QEvent.Type.Paint and driver.painted_at is None:
                    driver.painted_at = time.perf_counter()
                    QTimer.singleShot(0, driver.search)
                return False

        self._watcher = PaintWatcher()
        window.installEventFilter(self._watcher)
        self._timeout = QTimer()
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.timed_out)
        self._timeout.start(TIMEOUT_MS)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.crashed

    def crashed(self, kind: type[BaseException], value: BaseException, tb) -> None:
        """``sys.excepthook`` while the check runs: PySide6 hands it exceptions raised in
        slots, which would otherwise leave the check waiting for its time-out."""
        log.info("smoke test: exception in the window %s", self.stage,
                  exc_info=(kind, value, tb))
        self.finish(1, f"{kind.__name__} {self.stage}: {value}")

    def search(self) -> None:
        self.window.removeEventFilter(self._watcher)
        self.stage = f"waiting for results of {QUERY!r}"
        self.window.refreshed.connect(self.refreshed)
        # Through the search field like a user typing (debounced), not window.set_query().
        self.window.search_field.setFocus()
        self.window.search_field.setText(QUERY)

    def refreshed(self, _count: int) -> None:
        if self.window.query != QUERY or self.result is not None:
            return
        rows = self.window.list_model.rowCount()
        if rows > 0:
            elapsed = time.perf_counter() - self.started
            self.finish(0, f"window painted, {QUERY} found {rows} activities "
                           f"({elapsed:.2f} s)")
        else:
            self.finish(1, f"the search for {QUERY} showed no activities")

    def timed_out(self) -> None:
        self.finish(1, f"timed out after {TIMEOUT_MS // 1000} s {self.stage}")

    def release(self) -> None:
        """Give ``sys.excepthook`` back."""
        if sys.excepthook == self.crashed:
            sys.excepthook = self._previous_hook

    def finish(self, code: int, message: str) -> None:
        if self.result is None:
            self.result = (code, message)
            self._timeout.stop()
            self.release()
            self.window.close()
            self.app.exit(code)


def _gui_check(argv: Sequence[str]) -> tuple[int, str]:
    from PySide6.QtCore import QSize, QTranslator

    from desktop.app import app_icon, make_application
    from desktop.core.errors import CoopError
    from desktop.core.store import Store
    from desktop.ui.i18n import LANGUAGES, Translations
    from desktop.ui.main_window import create_main_window
    from desktop.ui.settings import Settings

    app = make_application(list(argv))
    if app_icon().pixmap(QSize(32, 32)).isNull():
        return 1, "the window icon cannot be drawn (Qt svg plugins missing?)"
    qt_catalog = f"qtbase_{LANGUAGES[CHINESE]}"
    if not QTranslator(app).load(qt_catalog, str(qt_translations_dir())):
        return 1, f"Qt translation {qt_catalog} cannot be loaded"
    with tempfile.TemporaryDirectory(prefix="ippc-coop-smoke-") as tmp:
        settings = Settings(Path(tmp) / "settings.ini")
        translations = Translations()
        if not translations.set_language(CHINESE):
            return 1, "the Chinese translation cannot be loaded"
        try:
            store = Store(paths.database_path())
        except CoopError as exc:
            return 1, f"cannot open the database: {exc}"
        try:
            problem = check_search(store)
            if problem:
                return 1, problem
            window = create_main_window(store, settings, translations)
            driver = _Driver(window, app)
            window.show()
            try:
                app.exec()
            finally:
                driver.release()
            code, message = driver.result or (1, "the window closed before the search ended")
            if code == 0:
                problem = check_word_export(store, Path(tmp))
                if problem:
                    return 1, problem
                message += ", Word export written and reopened"
            return code, message
        finally:
            store.close()


def check_search(store) -> str | None:
    """Search the database for :data:`QUERY` without the window; a problem, or None."""
    from desktop.core.errors import CoopError

    try:
        found = store.search(QUERY).total
    except CoopError as exc:
        return f"the search for {QUERY} failed: {exc}"
    return None if found else f"the search for {QUERY} found nothing in the database"


def check_word_export(store, folder: Path) -> str | None:
    """Export the query's results to a Word file and reopen it; a problem, or None."""
    import docx

    from desktop.core.export import ExportRequest, export

    target = folder / "smoke.docx"
    activities = [hit.activity for hit in store.search(QUERY).hits]
    try:
        export(store, ExportRequest(activities=activities, fmt="docx", path=target, lang=CHINESE,
                                    query=QUERY))
        docx.Document(str(target))
    except Exception as exc:  # noqa: BLE001 - any failure here means exports fail
        return f"Word export failed ({type(exc).__name__}: {exc})"
    return None


def run_smoke(argv: Sequence[str] | None = None) -> int:
    """Check the installation and the window; print one line and return the exit code.

    Args:
        argv: arguments for Qt (e.g. ``-platform offscreen``); the CLI parses its own.
    """
    qt_args = list(argv or [])
    try:
        missing = check_files()
        if missing:
            code, message = 1, "missing " + "; ".join(missing)
        else:
            code, message = _gui_check(qt_args)
    except Exception as exc:  # noqa: BLE001 - report any failure as one line, exit 1
        log.exception("smoke test crashed")
        code, message = 1, f"{type(exc).__name__}: {exc}"
    line = f"smoke {'ok' if code == 0 else 'failed'}: {message}"
    if code == 0:
        line += (f"; database, translations (ours + qtbase) and Word templates present"
                 f"{' (frozen)' if paths.is_frozen() else ''}")
    print(line, file=sys.stdout if code == 0 else sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run_smoke(sys.argv[1:]))
