"""The desktop application: QApplication set-up, translations, settings and crash handler."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from desktop.core.errors import CoopError
from desktop.core.store import Store
from desktop.ui.accessibility import install_focus_ring
from desktop.ui.fonts import prefer_simplified_chinese
from desktop.ui.i18n import Translations, normalize_language, system_language
from desktop.ui.main_window import MainWindow, create_main_window
from desktop.ui.settings import Settings

log = logging.getLogger("desktop")

LOG_FILE = "ippc-coop.log"


def log_handler(path: Path, max_bytes: int = 1_000_000, backups: int = 2) -> logging.Handler:
    """The log file's handler: appends, and moves a full file to ``NAME.1`` (keeping
    ``backups`` of them)."""
    return RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                               encoding="utf-8")


def setup_logging() -> Path | None:
    """Log to a rotating file in :func:`desktop.paths.log_dir`; None if it cannot be written."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler = log_handler(path)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_ippc_coop", False)]:
        root.removeHandler(old)
        old.close()
    handler._ippc_coop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashHandler:
    """``sys.excepthook``: log the traceback, tell the user, keep the app running.

    PySide6 hands exceptions raised in slots to ``sys.excepthook``, so one handler covers
    every callback. Errors of the core (``CoopError``) carry a message for the user and are
    shown without a traceback.
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(self.parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
            if isinstance(value, CoopError):
                box.setText(str(value))
            else:
                box.setText(QCoreApplication.translate(
                    "App", "Something went wrong, but you can keep working. If it happens "
                    "again, please report it with the log file."))
                box.setInformativeText(QCoreApplication.translate("App", "Log file: {path}").format(
                    path=paths.log_dir() / LOG_FILE))
                box.setDetailedText(text)
            box.exec()
        finally:
            self._showing = False


def app_icon() -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / "app.svg"))


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication (existing or new) with names and icon set."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setWindowIcon(app_icon())
    # The reports' Chinese in a Simplified Chinese face, not the system's first CJK fallback.
    prefer_simplified_chinese(app)
    # A focus indicator of at least 3:1 around the focused widget, whatever the style.
    install_focus_ring(app)
    return app


def show_error(title: str, message: str) -> None:
    QMessageBox.critical(None, title, message)


class _QuitAfterPaint(QObject):
    """Quits the application once the window's results list has been painted with the
    window's first results: the window is on screen with its data (``--exit-after-paint``,
    what start-up figures time). A large library's first paint says "Reading the library…"
    while a worker reads its index; that one does not count."""

    def __init__(self, window: MainWindow):
        self._watched = window.list_view.viewport()
        super().__init__(self._watched)
        self._shown = not window.search_pending() and window.has_results()
        if not self._shown:
            window.refreshed.connect(self._results_shown)
            # A library that cannot be read: its message in the list's place is the paint
            # to wait for (else the process would wait for results forever).
            window.search_failed.connect(self._results_shown)
        self._watched.installEventFilter(self)

    def _results_shown(self, *_args: object) -> None:
        self._shown = True
        self._watched.update()  # painted again with them, if it was painted before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._shown:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def _collect_from_now() -> None:
    """Turn the cyclic garbage collector back on after the start. What the start made lives
    as long as the app (modules, classes, the window): it is moved out of the collector's
    sight first, as the store does once its index is read, so the collector does not begin
    by walking all of it, and no full collection walks it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run(argv: Sequence[str] | None = None, *, lang: str | None = None,
        exit_after_paint: bool = False, collect_after_first_frame: bool = False) -> int:
    """Open the window and return the exit code.

    Args:
        argv: arguments for Qt (e.g. ``-platform``); our own options are parsed by the CLI.
        lang: "zh" or "en" to override the remembered/system language for this start.
        exit_after_paint: quit as soon as the window has painted its results (start-up
            benchmarks); its layout, search and filters are not saved.
        collect_after_first_frame: the caller held the cyclic garbage collector off for
            the start (see :func:`desktop.cli.main`): turn it back on once the window has
            painted its first frame (at the latest after two seconds, or on return).
    """
    setup_logging()
    app = make_application(list(argv or []))
    settings = Settings()
    translations = Translations()
    translations.set_language(
        normalize_language(lang) or normalize_language(settings.get_str("ui/language"))
        or system_language())
    crash = CrashHandler()
    crash.install()
    try:
        try:
            # A large library's facet index is read by the search worker: the window opens
            # at once and lists the activities when it is ready.
            store = Store(paths.database_path(), defer_index=True)
        except CoopError as exc:
            log.error("cannot open the database: %s", exc)
            if exit_after_paint:  # unattended: no dialog to wait for
                print(exc.message(translations.language), file=sys.stderr)
            else:
                show_error(QCoreApplication.translate("App", "Cannot open the data"),
                           exc.message(translations.language))
            return 1
        # The user's data is opened right after the first frame: nothing of it is on screen
        # before (its tab is not the one shown, and no activity is open yet).
        window = create_main_window(store, settings, translations, userdata_after_paint=True)
        crash.parent = window
        if collect_after_first_frame:
            window.first_frame_shown.connect(_collect_from_now)
            QTimer.singleShot(2000, _collect_from_now)  # a window never painted (minimised)
        if exit_after_paint:
            window.saves_state = False  # "saves nothing", as its --help says
            _QuitAfterPaint(window)
        window.show()
        log.info("window opened (version %s, data %s)", __version__, store.data_version())
        code = app.exec()
        store.close()
        return code
    finally:
        crash.uninstall()
        if collect_after_first_frame:
            _collect_from_now()

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
