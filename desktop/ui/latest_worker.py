"""One worker thread that runs only the latest of the jobs given to it (the search worker
and the chart builders share it).

Every job has a generation number. A newer :meth:`LatestWorker.submit` (or
:meth:`LatestWorker.next_generation`, for work done on the spot) supersedes the job under
way, which stops at its next ``check()`` (it raises :class:`desktop.core.facets.Cancelled`),
and whatever it would have given is dropped. ``finished`` carries ``(generation, result)``
and ``failed`` ``(generation, exception)``, both delivered in the thread that made the
worker; a receiver shows a result only if its generation is still the latest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.facets import Cancelled

log = logging.getLogger(__name__)

Job = Callable[[Callable[[], None]], Any]


class LatestWorker(QObject):
    """Runs ``job(check)`` in one thread, the latest job only."""

    finished = Signal(object)  # (generation, result)
    failed = Signal(object)  # (generation, the exception that stopped the job)

    def __init__(self, name: str, parent: QObject | None = None, *,
                 start_delay_ms: int = 0):
        """``start_delay_ms``: the thread starts this long after the first job, from the
        event loop (so a window paints before the worker competes for the interpreter)."""
        super().__init__(parent)
        self._name = name
        self._start_delay_ms = start_delay_ms
        self._generation = 0
        self._pending: tuple[int, Job] | None = None
        self._running = False
        self._closed = False
        self._idle_task: Callable[[Callable[[], bool]], None] | None = None
        self._idle_quiet_s = 0.0
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def generation(self) -> int:
        """The number of the latest job (or of the latest work done on the spot)."""
        return self._generation

    def next_generation(self) -> int:
        """A new generation with no job (work done on the spot): supersedes the job under
        way."""
        with self._wake:
            self._generation += 1
            self._pending = None
            return self._generation

    def submit(self, job: Job) -> int:
        """Run ``job(check)`` in the worker, instead of any job not started yet; returns its
        generation."""
        with self._wake:
            self._generation += 1
            self._pending = (self._generation, job)
            self._wake.notify()
            generation = self._generation
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name=self._name, daemon=True)
            if self._start_delay_ms:
                QTimer.singleShot(self._start_delay_ms, self._thread.start)
            else:
                self._thread.start()
        return generation

    def when_first_idle(self, task: Callable[[Callable[[], bool]], None], *,
                        quiet_s: float = 0.0) -> None:
        """Run ``task(stop)`` once in the worker, after a job when none is waiting (and
        none came for ``quiet_s`` seconds: the receiver shows the job's result first,
        without the task competing with it for the interpreter); ``stop()`` says a job is
        waiting (or the worker is closing) and the task should return."""
        self._idle_task = task
        self._idle_quiet_s = quiet_s

    def busy(self) -> bool:
        with self._wake:
            return self._pending is not None or self._running

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no job is pending or running (tests, benchmarks, closing)."""
        with self._wake:
            return self._wake.wait_for(lambda: self._pending is None and not self._running,
                                       timeout)

    def close(self) -> None:
        """Stop the thread: a job under way is dropped at its next check."""
        with self._wake:
            self._closed = True
            self._pending = None
            self._wake.notify_all()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=5)

    def _emit(self, signal: Any, item: tuple[int, Any]) -> None:
        try:
            signal.emit(item)
        except RuntimeError:  # the receiver (and this object's C++ side) went away meanwhile
            with self._wake:
                self._closed = True

    def _work(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    self._running = False
                    self._wake.notify_all()
                    return
                assert self._pending is not None
                (generation, job), self._pending = self._pending, None
                self._running = True

            def check(generation: int = generation) -> None:
                if generation != self._generation or self._closed:
                    raise Cancelled

            try:
                result = job(check)
                check()
            except Cancelled:
                pass
            except Exception as exc:  # noqa: BLE001 - a worker must not die silently
                log.exception("%s job failed", self._name)
                self._emit(self.failed, (generation, exc))
            else:
                self._emit(self.finished, (generation, result))

            def stop() -> bool:
                return self._pending is not None or self._closed

            with self._wake:
                task = self._idle_task
                if task is None or stop():
                    self._running = False
                    self._wake.notify_all()
                    continue
                # Still running for wait() and busy(): the task is due.
                if self._idle_quiet_s:
                    self._wake.wait_for(stop, timeout=self._idle_quiet_s)
                    if stop():
                        continue  # the job first; the task waits for the next quiet
                self._idle_task = None
            try:
                task(stop)
            except Exception:  # noqa: BLE001 - only a head start
                log.exception("%s: the idle task failed", self._name)
            with self._wake:
                self._running = False
                self._wake.notify_all()
