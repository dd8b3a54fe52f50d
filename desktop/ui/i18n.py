"""UI language: which one to use, and the Qt translators that make it current."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger(__name__)

#: UI languages we ship: code used in settings and by the core (``lang``) -> Qt locale name.
LANGUAGES: dict[str, str] = {"zh": "zh_CN", "en": "en"}
CATALOG = "ippc_coop"


def system_language() -> str:
    """``"zh"`` on a Chinese system, ``"en"`` otherwise."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def normalize_language(value: object) -> str | None:
    """A supported language code for ``value`` (from settings), or None."""
    return value if isinstance(value, str) and value in LANGUAGES else None


class Translations:
    """Owns the application's translators; ``set_language`` swaps them at run time.

    Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
    widget, which is what makes an open window retranslate itself.
    """

    def __init__(self, directory: Path | None = None):
        self._directory = directory or paths.translations_dir()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Make ``language`` current. Returns False if its catalog is missing (English used)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before setting the language")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = normalize_language(language) or "en"
        locale_name = LANGUAGES[self.language]
        QLocale.setDefault(QLocale(locale_name))
        ok = True
        app_translator = QTranslator(app)
        if app_translator.load(f"{CATALOG}_{locale_name}", str(self._directory)):
            self._install(app_translator)
        elif self.language != "en":
            log.warning("translation %s_%s not found in %s", CATALOG, locale_name,
                        self._directory)
            ok = False
        if self.language != "en":
            qt_translator = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{locale_name}", qt_dir):
                self._install(qt_translator)
        return ok

    def _install(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        self._installed.append(translator)

