"""Runs the window's searches: on the spot for a small library, in a worker thread for a
large one, where a newer keystroke cancels the search still running.

With the bundled report a whole update (matches and every count) takes a few milliseconds,
less than a frame, and is done at once, so the window is updated before the keystroke's
handler returns. In a library of tens of thousands of activities it can take longer than a
frame; it then runs in one worker thread, the window stays responsive, and only the result of
the latest request is shown: the worker checks between its steps whether a newer request has
come and abandons the old one (:class:`desktop.core.facets.Cancelled`).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import CoopError, SearchError
from desktop.core.facets import Cancelled
from desktop.core.models import Filters
from desktop.core.store import Store, Update

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    generation: int
    query: str
    filters: Filters
    restrict_to: AbstractSet[str] | None


class SearchRunner(QObject):
    """Hands the window one :class:`desktop.core.store.Update` per request, the latest.

    ``submit`` returns the update itself when it was computed at once, else ``None``, and
    ``finished`` is emitted (in the window's thread) with ``(generation, update)`` when the
    worker has it; the receiver shows it if ``generation`` is still :attr:`generation`.
    """

    #: Libraries up to this many activities are searched on the spot (a few ms).
    SYNC_LIMIT = 20_000
    #: The worker starts this long after the first request (the window paints first).
    START_DELAY_MS = 30

    finished = Signal(object)  # (generation, Update)
    failed = Signal(object)  # (generation, the CoopError that stopped a search)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._generation = 0
        self._pending: Request | None = None
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._warmed = False
        # The worker hands the interpreter back every millisecond (not every 5), so the
        # window's own Python code stays quick while a search runs.
        sys.setswitchinterval(0.001)

    @property
    def generation(self) -> int:
        """The number of the latest request."""
        return self._generation

    @property
    def asynchronous(self) -> bool:
        """Searches run in the worker: the library is large, or its index not read yet."""
        return not self._store.index_ready or self._store.size_hint() > self.SYNC_LIMIT

    def submit(self, query: str, filters: Filters,
               restrict_to: AbstractSet[str] | None = None) -> Update | None:
        with self._wake:
            self._generation += 1
            request = Request(self._generation, query, filters, restrict_to)
            if not self.asynchronous:
                self._pending = None
                return self._store.update(query, filters, restrict_to=restrict_to)
            self._pending = request
            self._wake.notify()
        if self._thread is None:
            # Started from the event loop, not while the window is being built: the first
            # paint comes before the worker competes for the interpreter.
            self._thread = threading.Thread(target=self._work, name="search", daemon=True)
            QTimer.singleShot(self.START_DELAY_MS, self._thread.start)
        return None

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no request is pending or running (tests, benchmarks, closing)."""
        with self._wake:
            return self._wake.wait_for(lambda: self._pending is None and not self._running,
                                       timeout)

    _running = False

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._pending = None
            self._wake.notify_all()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=5)

    def _current(self, generation: int) -> None:
        if generation != self._generation or self._closed:
            raise Cancelled

    def _work(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    return
                request, self._pending = self._pending, None
                self._running = True
            assert request is not None
            generation = request.generation

            def check(generation: int = generation) -> None:
                self._current(generation)

            try:
                update = self._store.update(
                    request.query, request.filters, restrict_to=request.restrict_to,
                    check=check)
                self._current(request.generation)
            except Cancelled:
                update = None
            except CoopError as exc:
                update = None
                self.failed.emit((generation, exc))
            except Exception as exc:  # noqa: BLE001 - a worker must not die silently
                log.exception("search failed")
                update = None
                self.failed.emit((generation, SearchError(
                    f"The search failed ({exc}); see the log file.",
                    f"检索失败（{exc}）；详见日志文件。")))
            if update is not None:
                self.finished.emit((request.generation, update))
            if not self._warmed and self._pending is None:
                self._warmed = True  # once: filter sets ready before the first click
                try:
                    self._store.warm(lambda: self._pending is not None or self._closed)
                except Exception:  # noqa: BLE001 - only a head start; a search will say why
                    log.exception("could not prepare the filters")
            with self._wake:
                self._running = False
                self._wake.notify_all()
