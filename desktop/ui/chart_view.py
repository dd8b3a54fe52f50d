"""What the timeline and topic-map views share: a scrolled canvas with fixed headers, and a
view that builds its chart only when shown, once per pause in updates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QVBoxLayout, QWidget

from desktop.core.store import Store

# Updates closer together than this are drawn once (typing in the search field).
DEBOUNCE_MS = 120


class ChartCanvas(QAbstractScrollArea):
    """A chart drawn on the viewport (headers fixed, the plot scrolled): subclasses lay it out
    in :meth:`relayout` and paint it in ``paintEvent``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)

    def relayout(self) -> None:
        raise NotImplementedError

    def set_scroll_ranges(self, content_w: float, content_h: float, visible_w: float,
                          visible_h: float, step_x: float, step_y: float) -> None:
        for bar, content, visible, step in (
                (self.horizontalScrollBar(), content_w, visible_w, step_x),
                (self.verticalScrollBar(), content_h, visible_h, step_y)):
            bar.setRange(0, max(0, round(content - visible)))
            bar.setPageStep(max(1, round(visible)))
            bar.setSingleStep(max(1, round(step)))

    def announce(self, name: str, description: str) -> None:
        """The focused item for screen readers: the canvas's accessible name and description."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()


class DeferredChartView(QWidget):
    """Fed with :meth:`set_slots` on every update of the results: while hidden it only
    remembers them (nothing is computed for a keystroke nobody sees); shown, it builds the
    chart (:meth:`build`) at once, and after a short pause when updates come fast."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._store: Store | None = None
        self._slots: list[int] = []
        self._lang = "en"
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.rebuild_now)

    def arrange(self, controls: list[QWidget], status: QWidget, canvas: QWidget) -> None:
        """A bar of ``controls`` (``status`` at its right) above the canvas; then the texts."""
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in controls:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(canvas, 1)
        self.retranslate()

    def set_slots(self, store: Store, slots: Sequence[int], lang: str) -> None:
        """The activities to show (e.g. ``Update.slots``) and the language of the labels."""
        self._store, self._slots, self._lang = store, list(slots), lang
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def invalidate(self) -> None:
        """An option of the chart changed: build it again (now if shown)."""
        self._dirty = True
        self.rebuild_now()

    def rebuild_now(self) -> None:
        self._timer.stop()
        if self._store is None or not self.isVisible():
            return
        self._dirty = False
        self.build(self._store, self._slots, self._lang)
        self.retranslate()

    def build(self, store: Store, slots: list[int], lang: str) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.rebuild_now()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
