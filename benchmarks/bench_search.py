"""Print search, facet-count and start-up figures, with ratios against a naive baseline.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/bench_search.py``). Nothing here asserts
a time: the figures are for reading. The baseline is a plain Python scan of every activity's
text with ``in`` (what a first implementation without an index would do), measured in the
same run on the same machine, so the ratio is meaningful wherever it is run. Every timing
starts with the per-query cache cleared, as after a new keystroke.
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.models import Filters  # noqa: E402
from desktop.core.store import Store  # noqa: E402

QUERIES = ["实", "实蝇", "海运集装箱", "国际植物健康年", "ePhyto", "WCO", "2019年8月",
           "秘书处 2020", "world customs", ""]
REPEAT = 50


def timed(fn, repeat: int = REPEAT) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def core_update(store: Store, query: str) -> None:
    """Everything the window asks the core for after a keystroke, from a cold cache."""
    store.forget_searches()
    filters = Filters()
    store.search(query, filters)
    store.partner_tree(query, filters)
    store.topic_counts(query, filters)
    store.year_counts(query, filters)
    store.calls_to_action_count(query, filters)


def baseline_scan(store: Store, query: str) -> list[str]:
    words = query.split()
    return [a.id for a in store.activities if all(w in a.text for w in words)]


def main() -> int:
    db = ROOT / "db" / "cooperation.sqlite"
    tracemalloc.start()
    open_ms = timed(lambda: Store(db).close(), repeat=10)
    store = Store(db)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Database: {db} ({db.stat().st_size / 1024:.0f} KiB), "
          f"{len(store.activities)} activities, {len(store.partners)} partners")
    print(f"Open + load: {open_ms:.2f} ms median; peak Python memory while loading "
          f"{peak / 1024:.0f} KiB\n")
    print(f"{'query':<16}{'hits':>6}{'search ms':>12}{'scan ms':>10}{'ratio':>8}"
          f"{'all facets ms':>15}")
    worst_update = 0.0
    for query in QUERIES:
        hits = store.search(query).total
        def cold_search(q: str = query) -> None:
            store.forget_searches()  # a new keystroke: no cached full-text result
            store.search(q)

        search_ms = timed(cold_search)
        scan_ms = timed(lambda q=query: baseline_scan(store, q))

        update_ms = timed(lambda q=query: core_update(store, q), repeat=20)
        worst_update = max(worst_update, update_ms)
        ratio = search_ms / scan_ms if scan_ms else float("nan")
        print(f"{query or '(all)':<16}{hits:>6}{search_ms:>12.3f}{scan_ms:>10.3f}"
              f"{ratio:>8.1f}{update_ms:>15.2f}")
    print(f"\nWorst full update (list + tree + facet counts): {worst_update:.2f} ms "
          f"(target: well under 100 ms, i.e. {100 / worst_update:.0f}x headroom)")
    print("The scan baseline finds fewer results: it knows neither English names, acronyms, "
          "spacing-insensitive dates nor ranking.")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
