"""``--smoke`` fails at once with the real reason: no traceback, no waiting for the time-out."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop import smoke
from desktop.core.errors import SearchError
from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
#: Far below smoke.TIMEOUT_MS: a failure must not wait for the time-out.
QUICK_S = 30


def run_smoke(tmp_path: Path, code: str, db: Path | None = None
              ) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    if db is not None:
        env["IPPC_COOP_DB"] = str(db)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=smoke.TIMEOUT_MS // 1000 + 60)
    return done, time.monotonic() - started


def our_lines(stderr: str) -> list[str]:
    """stderr without the offscreen platform's noise (see conftest.OFFSCREEN_NOISE)."""
    return [line for line in stderr.splitlines() if "propagateSizeHints" not in line]


def test_database_without_full_text_table_fails_at_once(db_path: Path, tmp_path: Path):
    broken = tmp_path / "no-fts.sqlite"
    shutil.copy(db_path, broken)
    conn = sqlite3.connect(broken)
    conn.execute("DROP TABLE activity_fts")
    conn.commit()
    conn.close()
    done, elapsed = run_smoke(
        tmp_path, "import sys; from desktop.cli import main; sys.exit(main(['--smoke']))",
        db=broken)
    assert done.returncode == 1, done.stdout + done.stderr
    assert elapsed < QUICK_S
    assert "Traceback" not in done.stderr + done.stdout
    [line] = our_lines(done.stderr)
    assert line.startswith("smoke failed: cannot open the database") and "activity_fts" in line


def test_an_exception_inside_the_window_ends_the_check_at_once(tmp_path: Path):
    code = """
import sys
from desktop import smoke
from desktop.core.store import Store

real = Store.update

def update(self, query="", *args, **kwargs):
    if query == smoke.QUERY:
        raise RuntimeError("boom in a slot")
    return real(self, query, *args, **kwargs)

smoke.check_search = lambda store: None  # let the failure happen inside the window
Store.update = update
sys.exit(smoke.run_smoke([]))
"""
    done, elapsed = run_smoke(tmp_path, code)
    assert done.returncode == 1, done.stdout + done.stderr
    assert elapsed < QUICK_S
    assert "Traceback" not in done.stderr + done.stdout
    [line] = our_lines(done.stderr)
    assert line.startswith("smoke failed: RuntimeError") and "boom in a slot" in line


def test_check_search_names_the_real_reason(store: Store, monkeypatch):
    assert smoke.check_search(store) is None

    def damaged(query: str):
        raise SearchError("The search could not be run (no such table: activity_fts).")

    monkeypatch.setattr(store, "_scores", damaged)
    problem = smoke.check_search(store)
    assert problem is not None
    assert problem.startswith(f"the search for {smoke.QUERY} failed") and "activity_fts" in problem
