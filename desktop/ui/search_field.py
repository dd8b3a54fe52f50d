"""The search box: results as you type (the first key at once, then at most one search
every :data:`THROTTLE_MS` while keys keep coming), Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from desktop.core.text import MAX_QUERY_CHARS
from desktop.ui import accessibility

#: While keys keep coming, at most one search this often (the latest text). It was a 150 ms
#: pause after the last key, which every result waited for on top of its own time; a
#: large library's search worker drops a search a newer key supersedes.
THROTTLE_MS = 60


class SearchField(QLineEdit):
    """Emits ``query_changed`` as the text changes: at the next turn of the event loop
    after a key when none came for :data:`THROTTLE_MS`, else when that interval ends (the
    latest text, once).

    ``textChanged`` fires only for committed text, never for an input method's pre-edit
    string, so pinyin being composed does not start a search; the committed characters do.
    """

    query_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_QUERY_CHARS)
        # ``_soon`` reports the text at the next turn of the event loop (keys already
        # queued are taken first); ``_interval`` runs for THROTTLE_MS after a report, and
        # a change meanwhile is reported when it ends.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._emit)
        self._interval = QTimer(self)
        self._interval.setSingleShot(True)
        self._interval.setInterval(THROTTLE_MS)
        self._interval.timeout.connect(self._interval_over)
        self._changed_meanwhile = False
        self.textChanged.connect(self._text_changed)
        self.retranslate_ui()

    def _text_changed(self) -> None:
        if self._interval.isActive():
            self._changed_meanwhile = True
        else:
            self._soon.start()

    def _interval_over(self) -> None:
        if self._changed_meanwhile:
            self._emit()

    def _emit(self) -> None:
        self._changed_meanwhile = False
        self._interval.start()
        self.query_changed.emit(self.text())

    def set_query(self, text: str) -> None:
        """Set the text and report it at once (for restoring state and tests)."""
        self.setText(text)
        self._soon.stop()
        self._emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.set_query("")
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("Search the report (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self.setToolTip(self.tr(
            "Words in Chinese or English; all words must match. Esc clears the search."))
        clear = accessibility.clear_button(self)
        if clear is not None:
            clear.setAccessibleName(self.tr("Clear the search"))
            clear.setToolTip(self.tr("Clear the search (Esc)"))
