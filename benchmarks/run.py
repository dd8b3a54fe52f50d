"""The benchmark suite: start-up, keystrokes, filters, exports, memory and import, on the
bundled data and on synthetic libraries of 10 000 and 100 000 activities (5 000 partners).

Run: ``make bench`` (or ``.venv/bin/python benchmarks/run.py [--quick] [--sizes seed,10k]``).
Prints a table and writes ``build/bench/results.json``. Nothing here asserts a time: the
figures are for reading, and every ratio is against a baseline measured in the same run on
the same machine:

- start-up: ``ippc-coop --exit-after-paint`` (a fresh process that opens the window as a user
  would and quits once the results list has painted its first results) against
  ``benchmarks/cheapest_window.py`` (the cheapest PySide6 window of the same shape), medians
  of fresh processes;
- keystroke: the whole window update (list, tree counts, filter counts, detail pane, and the
  event loop's painting) for queries typed a character at a time: one-, two- and
  three-or-more-character Chinese, Latin words, acronyms, mixed, and clearing the field.
  The text is given to the window directly: the search field itself reports a key at the
  next turn of the event loop, or, while keys keep coming, up to ``THROTTLE_MS`` (60 ms)
  later (``desktop/ui/search_field.py``);
- filter: ticking a topic, a year and a report;
- exports of all activities of the 10 000-activity library (Word, CSV, PDF);
- memory: peak resident size of a process that opened the window and searched, against the
  cheapest window's;
- import: adding the bundled report's text file to an empty library.

The synthetic libraries come from ``benchmarks/synth.py`` (built once, kept in build/bench).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
OUT = ROOT / "build" / "bench"
BUNDLED = ROOT / "db" / "cooperation.sqlite"

#: Queries typed one character at a time (each prefix is a keystroke), then cleared.
TYPED = ["实", "实蝇", "植物检疫", "国际植物保护", "customs", "WCO", "ePhyto 2020",
         "Bactrocera", "秘书处 2019"]

TARGETS = {
    "startup_ratio": ("<=", 1.5), "startup_ratio_100k": ("<=", 2.0),
    "keystroke_p95_ms_seed": ("<=", 30.0), "keystroke_p95_ms_100k": ("<=", 100.0),
    "filter_p95_ms_100k": ("<=", 100.0), "export_docx_10k_s": ("<=", 10.0),
    "export_csv_10k_s": ("<=", 1.0), "rss_mib_seed": ("<=", 40.0),
    "rss_mib_100k": ("<=", 150.0),
}


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As installed: compiled once (the first, untimed run writes the bytecode cache).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", IPPC_COOP_CONFIG_DIR=str(tmp / "config"),
               IPPC_COOP_DATA_DIR=str(tmp / "data"), IPPC_COOP_LOG_DIR=str(tmp / "log"),
               # The index cache too: a large library's is written once (as a user's
               # first session writes it) and read by the timed starts, as a user's
               # later starts read it; cold starts get an empty folder each.
               IPPC_COOP_CACHE_DIR=str(tmp / "cache"))
    return env


def _process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MiB) of a fresh Python process."""
    code = ("import resource, runpy, sys, time\n"
            "sys.argv = sys.argv[1:]\n"
            "exit_code = 0\n"
            "try:\n"
            "    runpy.run_path(sys.argv[0], run_name='__main__') if sys.argv[0].endswith('.py')"
            " else runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
            "except SystemExit as exc:\n"
            "    exit_code = exc.code if isinstance(exc.code, int) else 1\n")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code + _RSS + "sys.exit(exit_code)\n", *args],
                          env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    wall = time.perf_counter() - start
    rss = [line for line in done.stdout.splitlines() if line.startswith("RSS ")]
    if done.returncode or not rss:
        raise RuntimeError(f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}")
    return wall, float(rss[-1].split()[1])


_RSS = ("import resource\n"
        "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)\n")


def startup(db: Path | None, runs: int, tmp: Path) -> dict[str, float]:
    """Medians of fresh starts, ours and the baseline's, interleaved. For a large library
    also ``cold_s``: starts with an empty cache folder (the first start after a report was
    added), against the others, which read the index cache a first session wrote."""
    env = _env(tmp)
    ours_args = ["desktop", "--exit-after-paint", *(["--db", str(db)] if db else [])]
    base_args = [str(ROOT / "benchmarks" / "cheapest_window.py")]
    _process(ours_args, env)  # warm the file cache and write nothing else
    _process(base_args, env)
    large = db is not None and _prime_index_cache(db, env)
    ours, base, cold = [], [], []
    for run in range(runs):
        ours.append(_process(ours_args, env)[0])
        base.append(_process(base_args, env)[0])
        if large:
            fresh = dict(env, IPPC_COOP_CACHE_DIR=str(tmp / f"cold-cache-{run}"))
            cold.append(_process(ours_args, fresh)[0])
    out = {"ours_s": statistics.median(ours), "baseline_s": statistics.median(base)}
    if cold:
        out["cold_s"] = statistics.median(cold)
    return out


def _prime_index_cache(db: Path, env: dict[str, str]) -> bool:
    """Write a large library's index cache as the app's first session does (its search
    worker, once idle); False for a library too small to have one."""
    code = ("import sys\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n"
            "from desktop.core.store import Store\n"
            f"store = Store({str(db)!r}, library=False, defer_index=True)\n"
            "large = not store.index_ready\n"
            "store.warm()\n"
            "print('LARGE' if large else 'SMALL')\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
    if done.returncode:
        raise RuntimeError(f"priming the index cache: {done.stderr}")
    return "LARGE" in done.stdout


def memory(db: Path | None, tmp: Path) -> dict[str, float]:
    """Peak RSS after opening the window and searching, and the cheapest window's."""
    env = _env(tmp)
    script = tmp / "search_once.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from desktop.app import make_application\n"
        "from desktop.core.store import Store\n"
        "from desktop.ui.main_window import create_main_window\n"
        "app = make_application([])\n"
        f"store = Store({str(db or BUNDLED)!r})\n"
        "window = create_main_window(store)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "for q in ('实', '实蝇', 'customs', ''):\n"
        "    window.set_query(q)\n"
        "    while getattr(window, 'search_pending', lambda: False)():\n"
        "        app.processEvents()\n"
        "    app.processEvents()\n"
        "window._runner.wait()\n"
        "store.warm()  # what the search worker does once idle (filter sets, names)\n",
        encoding="utf-8")
    ours = _process([str(script)], env)[1]
    base = _process([str(ROOT / "benchmarks" / "cheapest_window.py")], env)[1]
    return {"ours_mib": ours, "baseline_mib": base, "over_mib": ours - base}


def _wait_applied(app: Any, window: Any) -> None:
    """Until the window shows the latest search, then let it paint. A worker's result
    arrives through the event loop, which waits for it as the running app does (blocked in
    Qt, not polling), so the worker has the interpreter to itself meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer

    pending = getattr(window, "search_pending", lambda: False)
    if pending():
        loop = QEventLoop()
        done = lambda *_: None if pending() else loop.quit()  # noqa: E731
        window.refreshed.connect(done)
        runner = getattr(window, "_runner", None)
        if runner is not None:
            runner.failed.connect(done)
        QTimer.singleShot(60_000, loop.quit)
        if pending():
            loop.exec()
        window.refreshed.disconnect(done)
        if runner is not None:
            runner.failed.disconnect(done)
    app.processEvents()  # painting


def keystrokes(db: Path, repeat: int) -> dict[str, Any]:
    """Per-keystroke window update times (ms) for the typed queries and the filters."""
    from desktop.app import make_application
    from desktop.core.models import Filters
    from desktop.core.store import Store
    from desktop.ui.main_window import create_main_window

    app = make_application([])  # as the app makes it (its fonts among the rest)
    store = Store(db, library=False)
    window = create_main_window(store)
    window.resize(1366, 768)
    window.show()
    _wait_applied(app, window)
    samples: dict[str, list[float]] = {}
    for _ in range(repeat):
        for text in TYPED:
            for end in [*range(1, len(text) + 1), 0]:
                query = text[:end]
                store.forget_searches()
                start = time.perf_counter()
                window.search_field.set_query(query)
                window.set_query(query)
                _wait_applied(app, window)
                samples.setdefault(text, []).append((time.perf_counter() - start) * 1000)
    topic = store.topics[len(store.topics) // 2].id
    years = [y for y, _ in store.year_counts() if y]
    year = years[len(years) // 2] if years else 0
    filter_samples: list[float] = []
    for _ in range(repeat):
        for filters in (Filters(topics=(topic,)), Filters(topics=(topic,), years=(year,)),
                        Filters(documents=(store.documents[-1].id,)), Filters()):
            start = time.perf_counter()
            window.set_filters(filters)
            _wait_applied(app, window)
            filter_samples.append((time.perf_counter() - start) * 1000)
    every = [t for ts in samples.values() for t in ts]
    window.close()
    store.close()
    return {"p95_ms": _p95(every), "median_ms": statistics.median(every),
            "worst_query": max(samples, key=lambda k: _p95(samples[k])),
            "by_query_p95_ms": {k: round(_p95(v), 1) for k, v in samples.items()},
            "filter_p95_ms": _p95(filter_samples)}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def exports(db: Path, tmp: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.core.briefing import build_briefing
    from desktop.core.export import ExportRequest, export
    from desktop.core.store import Store
    from desktop.ui.briefing_charts import briefing_figures
    from desktop.ui.briefing_pdf import render_pdf

    QApplication.instance() or QApplication([])
    store = Store(db, library=False)
    activities = list(store.activities)
    out: dict[str, float] = {}
    # as the window exports: the PDF writer and the charts (the timeline and the map)
    for fmt in ("csv", "docx", "pdf"):
        path = tmp / f"all.{fmt}"
        start = time.perf_counter()
        export(store, ExportRequest(activities=activities, fmt=fmt, path=path, lang="en",
                                    title="All activities"), pdf=render_pdf,
               charts=briefing_figures)
        out[f"{fmt}_s"] = time.perf_counter() - start
        out[f"{fmt}_mib"] = path.stat().st_size / 2**20
    # the two charts alone (part of each briefing's time above)
    briefing = build_briefing(store, activities, lang="en")
    start = time.perf_counter()
    briefing_figures(store, briefing, activities)
    out["charts_s"] = time.perf_counter() - start
    store.close()
    return out


def import_report(tmp: Path) -> float:
    from desktop.core import library
    from desktop.core.store import Store

    lib = tmp / "library"
    lib.mkdir(exist_ok=True)
    source = tmp / "report.txt"
    text = (ROOT / "db" / "sources" / "cpm15_2021_15_1" / "report.txt").read_text("utf-8")
    source.write_text(text.replace("第十五届", "第九十五届").replace("CPM 2021", "CPM 2095"),
                      encoding="utf-8")
    store = Store(BUNDLED, library=lib)
    start = time.perf_counter()
    library.import_file(store, source)
    took = time.perf_counter() - start
    store.close()
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--sizes", default="seed,10k,100k",
                        help="comma-separated: seed, 10k, 100k (default: all)")
    parser.add_argument("--output", type=Path, default=OUT / "results.json")
    args = parser.parse_args(argv)
    sizes = set(args.sizes.split(","))
    runs = 3 if args.quick else 7
    repeat = 1 if args.quick else 3
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="ippc-bench-"))
    for key, value in _env(tmp).items():
        if key.startswith("IPPC_COOP_"):
            os.environ[key] = value  # never the user's settings or library
    results: dict[str, Any] = {"machine": {"cpus": os.cpu_count(),
                                           "python": sys.version.split()[0]}}
    dbs: dict[str, Path] = {"seed": BUNDLED}
    if sizes & {"10k", "100k"}:
        import synth

        if "10k" in sizes:
            dbs["10k"] = synth.cached(10_000)
        if "100k" in sizes:
            dbs["100k"] = synth.cached(100_000)

    if "seed" in sizes:
        s = startup(None, runs, tmp)
        results["startup_s_seed"], results["startup_baseline_s"] = s["ours_s"], s["baseline_s"]
        results["startup_ratio"] = s["ours_s"] / s["baseline_s"]
        m = memory(None, tmp)
        results["rss_mib_seed"], results["rss_baseline_mib"] = m["over_mib"], m["baseline_mib"]
        k = keystrokes(BUNDLED, repeat)
        results["keystroke_p95_ms_seed"] = k["p95_ms"]
        results["keystroke_detail_seed"] = k
        results["import_s_report"] = import_report(tmp)
    if "100k" in sizes:
        s = startup(dbs["100k"], runs, tmp)
        results["startup_s_100k"] = s["ours_s"]
        results["startup_ratio_100k"] = s["ours_s"] / s["baseline_s"]
        results["startup_s_100k_cold"] = s["cold_s"]
        results["startup_ratio_100k_cold"] = s["cold_s"] / s["baseline_s"]
        m = memory(dbs["100k"], tmp)
        results["rss_mib_100k"] = m["over_mib"]
        k = keystrokes(dbs["100k"], repeat)
        results["keystroke_p95_ms_100k"] = k["p95_ms"]
        results["filter_p95_ms_100k"] = k["filter_p95_ms"]
        results["keystroke_detail_100k"] = k
    if "10k" in sizes:
        e = exports(dbs["10k"], tmp)
        results["export_docx_10k_s"] = e["docx_s"]
        results["export_csv_10k_s"] = e["csv_s"]
        results["export_pdf_10k_s"] = e["pdf_s"]
        results["export_charts_10k_s"] = e["charts_s"]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(_table(results))
    print(f"\nWritten to {args.output}")
    return 0


def _table(results: dict[str, Any]) -> str:
    lines = [f"{'figure':<24}{'value':>10}  {'target':<10}{'met':>5}", "-" * 52]
    names = [k for k in results if isinstance(results[k], float)]
    for name in names:
        value = results[name]
        target = TARGETS.get(name)
        met = "" if target is None else ("yes" if value <= target[1] else "NO")
        shown = f"{value:.2f}" if value < 100 else f"{value:.0f}"
        lines.append(f"{name:<24}{shown:>10}  {(f'<= {target[1]:g}' if target else ''):<10}"
                     f"{met:>5}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
