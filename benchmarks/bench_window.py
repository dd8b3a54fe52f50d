"""Print how long the window takes to update, against the core work it wraps.

Run: ``make bench`` (offscreen). The baseline is the core alone (hits, partner tree, topic,
year and calls-to-action counts for the same query), measured in the same run; the ratio
shows what the Qt models and views add. The issue's target is "well under 100 ms" for every
update of list, tree counts and detail. Nothing here asserts a time.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="ippc-bench-")
for var in ("IPPC_COOP_CONFIG_DIR", "IPPC_COOP_DATA_DIR", "IPPC_COOP_LOG_DIR"):
    os.environ.setdefault(var, _tmp)  # never touch the user's settings

from bench_search import core_update, timed  # noqa: E402  (same folder)
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.store import Store  # noqa: E402
from desktop.ui.main_window import create_main_window  # noqa: E402

QUERIES = ["实", "实蝇", "海运集装箱", "国际植物健康年", "ePhyto", "WCO", "秘书处 2020", ""]
REPEAT = 15


def median_ms(fn) -> float:
    return timed(fn, repeat=REPEAT)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    store = Store(ROOT / "db" / "cooperation.sqlite")
    start = time.perf_counter()
    window = create_main_window(store)
    window.show()
    app.processEvents()
    print(f"Window created and shown: {(time.perf_counter() - start) * 1000:.0f} ms\n")
    print(f"{'query':<16}{'core ms':>9}{'window ms':>11}{'ratio':>7}")
    worst = 0.0
    for query in QUERIES:
        samples = []
        for _ in range(REPEAT):
            window.set_query("植物" if query != "植物" else "")  # untimed: so q is a change
            store.forget_searches()  # a new keystroke: no cached full-text result
            start = time.perf_counter()
            window.set_query(query)
            samples.append((time.perf_counter() - start) * 1000)
        core_ms = median_ms(lambda q=query: core_update(store, q))
        win_ms = statistics.median(samples)
        worst = max(worst, win_ms)
        print(f"{query or '(all)':<16}{core_ms:>9.2f}{win_ms:>11.2f}{win_ms / core_ms:>7.1f}")
    ids = [a.id for a in store.activities]
    select_ms = median_ms(lambda: window.select_activity(ids[len(ids) // 2]) and
                          window.select_activity(ids[0]))
    partner_ms = median_ms(lambda: (window.show_partner("wco"), window.show_partner("imo")))
    print(f"\nWorst keystroke update (list + tree + facet counts + detail): {worst:.1f} ms")
    print(f"Select an activity: {select_ms / 2:.1f} ms; select a partner: {partner_ms / 2:.1f} ms")
    print("Target: well under 100 ms for each.")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
