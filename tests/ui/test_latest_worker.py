"""The latest-job worker: only the latest job's result is given, and its idle task waits
for a quiet moment and gives way to jobs."""

from __future__ import annotations

import threading
import time

from desktop.ui.latest_worker import LatestWorker


def _worker(qtbot) -> tuple[LatestWorker, list[tuple[int, object]]]:
    worker = LatestWorker("test")
    results: list[tuple[int, object]] = []
    worker.finished.connect(results.append)
    return worker, results


def test_only_the_latest_jobs_result_is_given(qtbot):
    worker, results = _worker(qtbot)
    started = threading.Event()
    release = threading.Event()

    def slow(check):
        started.set()
        release.wait(5)
        check()  # superseded meanwhile: stops here
        return "old"

    try:
        worker.submit(slow)
        assert started.wait(5)
        latest = worker.submit(lambda check: "new")
        release.set()
        qtbot.waitUntil(lambda: results != [])
        assert worker.wait(5)
        qtbot.wait(50)
        assert results == [(latest, "new")]
    finally:
        worker.close()


def test_the_idle_task_waits_for_a_quiet_moment_and_gives_way(qtbot):
    worker, results = _worker(qtbot)
    ran: list[float] = []
    worker.when_first_idle(lambda stop: ran.append(time.monotonic()), quiet_s=0.3)
    try:
        worker.submit(lambda check: 1)
        qtbot.waitUntil(lambda: len(results) == 1)
        time.sleep(0.1)
        assert ran == []  # not yet: the result is being shown
        done = time.monotonic()
        worker.submit(lambda check: 2)  # a keystroke within the quiet time goes first
        qtbot.waitUntil(lambda: len(results) == 2)
        qtbot.waitUntil(lambda: len(ran) == 1, timeout=3000)
        assert ran[0] - done >= 0.3  # after a full quiet time since the last job
        worker.submit(lambda check: 3)
        qtbot.waitUntil(lambda: len(results) == 3)
        time.sleep(0.5)
        assert len(ran) == 1  # once
    finally:
        worker.close()


def test_wait_covers_the_idle_task_due(qtbot):
    """``wait()`` returns once the idle task that was due has run: a caller may then close
    what the task uses."""
    worker, results = _worker(qtbot)
    ran: list[str] = []

    def task(stop):
        time.sleep(0.2)
        ran.append("warmed")

    worker.when_first_idle(task, quiet_s=0.2)
    try:
        worker.submit(lambda check: 1)
        assert worker.wait(5)
        assert ran == ["warmed"] and not worker.busy()
    finally:
        worker.close()
