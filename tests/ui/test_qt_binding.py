"""The Qt binding in use must not leak references to Python singletons.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``True`` on every signal emit and to
``None`` on every void method call, and the interpreter aborted after a few thousand calls
(pyproject pins below 6.12 for this). This test fails, rather than crashes, if a future
version brings the bug back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="True/False/None are immortal from Python 3.12: nothing to measure")
def test_signal_emit_and_void_calls_keep_singleton_refcounts():
    probe = _Probe()
    before = {repr(o): sys.getrefcount(o) for o in (True, False, None)}
    for _ in range(200):
        probe.fired.emit()
        probe.setObjectName("probe")
        probe.blockSignals(False)
    after = {repr(o): sys.getrefcount(o) for o in (True, False, None)}
    for name, count in before.items():
        assert after[name] >= count - 5, f"{name} lost {count - after[name]} references"
