"""What the timeline and topic-map views share: a scrolled canvas with fixed headers, and a
view that builds its chart only when shown, once per pause in updates, in a worker thread
when the results are many.

A chart of 100 000 activities takes some hundreds of milliseconds to compute (counting,
packing rows); done in the window's thread it would freeze the window, and a rebuild landing
between two keystrokes would delay the second. So :class:`DeferredChartView` computes it
(:meth:`DeferredChartView.compute`, pure Python over the store's read-only lists) in a
worker thread (:class:`LatestWorker`) and only shows the result
(:meth:`DeferredChartView.show_result`) in the window's thread. Every request has a
generation number: a newer :meth:`set_slots` or option supersedes the build under way,
which stops at its next check, and a result that arrives for an older generation is
dropped, never shown.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QVBoxLayout, QWidget

from desktop.core.store import Store
from desktop.ui.latest_worker import LatestWorker

log = logging.getLogger(__name__)

# Updates closer together than this are drawn once (typing in the search field).
DEBOUNCE_MS = 120


def _no_check() -> None:
    return None


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
    chart at once, and after a short pause when updates come fast.

    A build computes the chart's data (:meth:`compute`, no Qt) and shows it
    (:meth:`show_result`). Up to :attr:`SYNC_LIMIT` activities (the bundled report) that is
    done on the spot; beyond, :meth:`compute` runs in a worker thread
    (:class:`LatestWorker`), the old chart stays until the new one is shown, and ``built`` is
    emitted when it is. The last few results are kept (:attr:`CACHE_SIZE`): clearing the
    search or switching an option back shows the chart again at once.
    """

    #: Up to this many activities a chart is computed on the spot (a few milliseconds).
    SYNC_LIMIT = 5000
    #: Charts kept, by activities and options.
    CACHE_SIZE = 3

    built = Signal()

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
        self._builder = LatestWorker("chart", self)
        self._builder.finished.connect(self._finished)
        self._builder.failed.connect(self._failed)
        self._waiting = 0  # generation of the build being waited for (0: none)
        self._waiting_key: Hashable = None
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()

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
        if self._waiting:  # the build under way is of older results: stop it
            self._builder.next_generation()
            self._waiting = 0
        if self.isVisible():
            self._timer.start()

    def close_builder(self) -> None:
        """Stop the worker (the window is closing): a build under way is dropped."""
        self._timer.stop()
        self._waiting = 0
        self._builder.close()

    def results_changing(self) -> None:
        """New results are on their way (a keystroke): stop building the ones shown now,
        so the worker leaves the interpreter to the search; :meth:`set_slots` follows."""
        self._timer.stop()
        if self._waiting:
            self._builder.next_generation()
            self._waiting = 0
            self._dirty = True

    def invalidate(self) -> None:
        """An option of the chart changed: build it again (now if shown)."""
        self._dirty = True
        self.rebuild_now()

    def rebuild_now(self) -> None:
        """Build the chart of the current activities and options now (if shown): shown at
        once when small, else when the worker has it."""
        self._timer.stop()
        if self._store is None or not self.isVisible():
            return
        self._dirty = False
        store, slots, options = self._store, self._slots, self.options()
        key = (id(store), options, tuple(slots))
        cached = self._cache.get(key)
        if cached is not None or len(slots) <= self.SYNC_LIMIT:
            self._builder.next_generation()  # whatever the worker does is stale now
            self._waiting = 0
            result = cached if cached is not None else self.compute(
                store, slots, options, _no_check)
            self._remember(key, result)
            self._show(result)
            return
        self._waiting_key = key
        self._waiting = self._builder.submit(
            lambda check: self.compute(store, slots, options, check))

    def building(self) -> bool:
        """True while a chart is being computed in the worker to be shown."""
        return self._waiting != 0

    def options(self) -> Hashable:
        """What, besides the activities, the chart depends on (its controls' state)."""
        return None

    def compute(self, store: Store, slots: list[int], options: Any,
                check: Callable[[], None]) -> Any:
        """The chart's data (runs in the worker thread: no widgets, no Qt objects);
        ``check()`` raises once the build is superseded."""
        raise NotImplementedError

    def show_result(self, result: Any, store: Store, lang: str) -> None:
        """Show what :meth:`compute` returned (in the window's thread)."""
        raise NotImplementedError

    def _show(self, result: Any) -> None:
        assert self._store is not None
        self.show_result(result, self._store, self._lang)
        self.retranslate()
        self.built.emit()

    def _remember(self, key: Hashable, result: Any) -> None:
        self._cache[key] = result
        self._cache.move_to_end(key)
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)

    def _finished(self, item: tuple[int, Any]) -> None:
        generation, result = item
        if generation != self._waiting or generation != self._builder.generation:
            return  # superseded: a newer build is on its way, or was shown on the spot
        self._waiting = 0
        self._remember(self._waiting_key, result)
        self._show(result)

    def _failed(self, item: tuple[int, Exception]) -> None:
        generation, _exc = item
        if generation == self._waiting:
            self._waiting = 0  # logged by the builder; the old chart stays
            self.built.emit()

    def wait_built(self, timeout: float = 30.0) -> None:
        """Block until the worker is idle, then show its result (tests, benchmarks)."""
        self._builder.wait(timeout)
        QCoreApplication.processEvents()

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
