"""Exceptions raised by the core, with messages fit to show a user."""

from __future__ import annotations


class CoopError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


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
