"""Where a keystroke's time goes in SQLite at 100 000 activities: finding the matches of a
query in the full-text index, against finding and ranking them with bm25 as the search does.

Run: ``.venv/bin/python benchmarks/fts_ranking.py [DB]`` (default: the 100 000-activity
synthetic library that ``make bench`` builds in build/bench). Prints, per query, the best of
five runs of each, in milliseconds, and the number of matches. Nothing is asserted.

Then the same ranked query run as the search worker runs it, in a thread, while the main
thread runs Python (as the window's thread does while it paints or takes a keystroke): read
a row per match, as the store once did, and read in one row (``store._SCORES_SQL``). Python's
sqlite3 lets go of the interpreter for each row, so the first waits for the other thread
once per match.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.store import _SCORES_SQL, _WEIGHTS  # noqa: E402 - after the path is set
from desktop.core.text import fts_expression, parse_query  # noqa: E402

QUERIES = ["实", "实蝇", "植物检疫", "国际植物保护", "cu", "customs", "wco", "秘书处 2019"]


def best_ms(conn: sqlite3.Connection, sql: str, args: list[object]) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(5):
        start = time.perf_counter()
        rows = len(conn.execute(sql, args).fetchall())
        best = min(best, time.perf_counter() - start)
    return best * 1000, rows


def main(argv: list[str]) -> int:
    db = Path(argv[0]) if argv else ROOT / "build" / "bench" / "synth-100000-5000.sqlite"
    if not db.exists():
        print(f"{db} does not exist: run 'make bench' first (it builds it)", file=sys.stderr)
        return 1
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    marks = ", ".join("?" for _ in _WEIGHTS)
    print(f"{'query':<16}{'match ms':>10}{'match+bm25 ms':>15}{'matches':>9}")
    for query in QUERIES:
        expression = fts_expression(parse_query(query))
        match, n = best_ms(conn, "SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?",
                           [expression])
        ranked, _ = best_ms(conn, f"SELECT rowid, bm25(activity_fts, {marks}) FROM "
                            "activity_fts WHERE activity_fts MATCH ?", [*_WEIGHTS, expression])
        print(f"{query:<16}{match:>10.1f}{ranked:>15.1f}{n:>9}")
    print("\nin a worker thread while the main thread runs Python (one run each):")
    print(f"{'query':<16}{'row per match ms':>18}{'one row ms':>12}")
    rows_sql = (f"SELECT rowid, bm25(activity_fts, {marks}) FROM activity_fts "
                "WHERE activity_fts MATCH ?")
    worker = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    for query in CONTENDED:
        args = [*_WEIGHTS, fts_expression(parse_query(query))]
        per_row = contended_ms(lambda a=args: worker.execute(rows_sql, a).fetchall())
        one_row = contended_ms(lambda a=args: worker.execute(_SCORES_SQL, a).fetchone())
        print(f"{query:<16}{per_row:>18.0f}{one_row:>12.0f}")
    return 0


#: Queries timed in a worker thread (a row per match takes seconds under contention).
CONTENDED = ["实", "customs"]


def contended_ms(job) -> float:
    """Wall time of ``job`` in a thread while this thread runs Python until it ends."""
    took: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        job()
        took.append((time.perf_counter() - start) * 1000)

    thread = threading.Thread(target=run)
    sys.setswitchinterval(0.001)  # as the window sets it (desktop/ui/search_runner.py)
    thread.start()
    while thread.is_alive():
        sum(range(1000))  # the interpreter, busy
    thread.join()
    return took[0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
