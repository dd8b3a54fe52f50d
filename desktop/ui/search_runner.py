"""Runs the window's searches: on the spot for a small library, in a worker thread for a
large one, where a newer keystroke cancels the search still running.

With the bundled report a whole update (matches and every count) takes a few milliseconds,
less than a frame, and is done at once, so the window is updated before the keystroke's
handler returns. In a library of tens of thousands of activities it can take longer than a
frame; it then runs in one worker thread, the window stays responsive, and only the result of
the latest request is shown: the worker checks between its steps whether a newer request has
come and abandons the old one (:class:`desktop.ui.latest_worker.LatestWorker`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import CoopError, SearchError
from desktop.core.models import Filters
from desktop.core.store import Store, Update
from desktop.ui.latest_worker import LatestWorker


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
    #: Seconds without a search before the worker warms the store (see ``__init__``).
    WARM_AFTER_S = 0.6

    finished = Signal(object)  # (generation, Update)
    failed = Signal(object)  # (generation, the CoopError that stopped a search)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        # Started from the event loop, not while the window is being built: the first paint
        # comes before the worker competes for the interpreter.
        self._worker = LatestWorker("search", self, start_delay_ms=self.START_DELAY_MS)
        self._worker.finished.connect(self.finished)
        self._worker.failed.connect(self._failed)
        # Once first idle: the filters' sets, so the first click on a filter has no spike
        # (and, for a large library, its index cache). After a quiet moment: at once, it
        # would slow down the window showing the first result (at 100 000 activities by
        # some 0.4 s).
        self._worker.when_first_idle(self._warm, quiet_s=self.WARM_AFTER_S)
        self._warming_for = store.loads  # the store's reading the warm-up is for
        # The worker hands the interpreter back every millisecond (not every 5), so the
        # window's own Python code stays quick while a search runs.
        sys.setswitchinterval(0.001)

    def _warm(self, stop: Callable[[], bool]) -> None:
        """Warm the store; if a search interrupted it, again at the next quiet moment."""
        if not self._store.warm(stop):
            self._worker.when_first_idle(self._warm, quiet_s=self.WARM_AFTER_S)

    @property
    def generation(self) -> int:
        """The number of the latest request."""
        return self._worker.generation

    @property
    def asynchronous(self) -> bool:
        """Searches run in the worker: the library is large, or its index not read yet."""
        return not self._store.index_ready or self._store.size_hint() > self.SYNC_LIMIT

    def submit(self, query: str, filters: Filters,
               restrict_to: AbstractSet[str] | None = None) -> Update | None:
        store = self._store
        if store.loads != self._warming_for:  # reloaded (a report added): warm it again
            self._warming_for = store.loads
            self._worker.when_first_idle(self._warm, quiet_s=self.WARM_AFTER_S)
        if not self.asynchronous:
            self._worker.next_generation()
            return store.update(query, filters, restrict_to=restrict_to)
        self._worker.submit(lambda check: store.update(
            query, filters, restrict_to=restrict_to, check=check))
        return None

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no request is pending or running (tests, benchmarks, closing)."""
        return self._worker.wait(timeout)

    def close(self) -> None:
        self._worker.close()

    def _failed(self, item: tuple[int, Exception]) -> None:
        """A search that stopped on an error: said as the core says it, else in general."""
        generation, exc = item
        if not isinstance(exc, CoopError):
            exc = SearchError(f"The search failed ({exc}); see the log file.",
                              f"检索失败（{exc}）；详见日志文件。")
        self.failed.emit((generation, exc))
