"""The search box: as-you-type with a short debounce, Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from desktop.core.text import MAX_QUERY_CHARS
from desktop.ui import accessibility

DEBOUNCE_MS = 150


class SearchField(QLineEdit):
    """Emits ``query_changed`` once typing pauses.

    ``textChanged`` fires only for committed text, never for an input method's pre-edit
    string, so pinyin being composed does not start a search; the committed characters do.
    """

    query_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_QUERY_CHARS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._timer.start)
        self.retranslate_ui()

    def _emit(self) -> None:
        self.query_changed.emit(self.text())

    def set_query(self, text: str) -> None:
        """Set the text and report it at once (for restoring state and tests)."""
        self.setText(text)
        self._timer.stop()
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
