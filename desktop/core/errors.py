"""Exceptions raised by the core, with messages fit to show a user."""

from __future__ import annotations


class CoopError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user (English, as the CLI
    prints it); errors the window can show also carry a Chinese sentence."""

    def __init__(self, message: str, zh: str | None = None):
        super().__init__(message)
        self.zh = zh

    def message(self, lang: str) -> str:
        """The message in the UI language, falling back to English."""
        return self.zh if lang == "zh" and self.zh else str(self)


class DatabaseError(CoopError):
    """The bundled database is missing, unreadable or of the wrong schema."""


class NotFoundError(CoopError):
    """An id or a name that does not match any partner, topic or activity."""


class SearchError(CoopError):
    """A search could not be run (only a damaged database can cause this)."""


class ExportError(CoopError):
    """An export could not be written; the target file is unchanged."""


class ExportCancelled(CoopError):
    """The user cancelled an export; nothing was written and the target file is unchanged."""


class ImportFileError(CoopError):
    """A file offered for import was refused (unreadable, unsupported, too large, no text,
    not a CPM paper, an unsafe data pack ...); nothing was stored."""


class UserDataError(CoopError):
    """The user's personal data (notes, stars, collections, saved searches) could not be read
    or changed, or a backup was refused; the personal data are unchanged."""
