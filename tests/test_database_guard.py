"""The database guard: a database file from outside runs no SQL of its own, holds only the
schema, cannot keep the app busy, and odd values (NULL text) never give a traceback."""

from __future__ import annotations

import _thread
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import store as store_module
from desktop.core.errors import DatabaseError
from desktop.core.export import ExportRequest, export
from desktop.core.store import Store, library_dir, open_readonly, sql_failure

ROOT = Path(__file__).resolve().parent.parent
#: Counts for ever: only a time budget (or Ctrl+C) stops it.
ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM c")


def crafted(db_path: Path, folder: Path, *statements: str, name: str = "crafted.sqlite"
            ) -> Path:
    """A copy of the bundled database changed by ``statements``."""
    copy = folder / name
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return copy


def refused(path: Path, match: str) -> str:
    started = time.monotonic()
    with pytest.raises(DatabaseError, match=match) as info:
        Store(path, library=False)
    assert time.monotonic() - started < 3
    return str(info.value)


# -- SQL of its own -----------------------------------------------------------------------
def test_meta_as_an_endless_recursive_view_is_refused_at_once(db_path, tmp_path):
    path = crafted(db_path, tmp_path, "DROP TABLE meta",
                   "CREATE VIEW meta(key, value) AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                   "SELECT x + 1 FROM c) SELECT 'schema_version', '2' FROM c")
    message = refused(path, "views or triggers")
    assert "meta" in message and "not made by this application" in message


def test_a_trigger_is_refused(db_path, tmp_path):
    path = crafted(db_path, tmp_path, "CREATE TRIGGER t AFTER INSERT ON meta BEGIN "
                   "DELETE FROM activities; END")
    refused(path, r"views or triggers \(t\)")


def test_a_view_beside_the_tables_is_refused(db_path, tmp_path):
    path = crafted(db_path, tmp_path, f"CREATE VIEW slow AS {ENDLESS}")
    refused(path, "views or triggers")


@pytest.mark.parametrize(("sql", "what"), [
    ("CREATE TABLE extra (x)", "tables or indexes this application does not know"),
    ("CREATE INDEX idx_extra ON activities (text)", "tables or indexes"),
    ("ALTER TABLE activities ADD COLUMN payload TEXT", "columns this application does not "
                                                         r"know \(payload\)"),
])
def test_objects_beyond_the_schema_are_refused(db_path, tmp_path, sql, what):
    refused(crafted(db_path, tmp_path, sql), what)


def test_a_full_text_table_of_another_kind_is_refused(db_path, tmp_path):
    path = crafted(db_path, tmp_path, "DROP TABLE activity_fts",
                   "CREATE VIRTUAL TABLE activity_fts USING fts4(title, names, place, text, "
                   "text_en)")
    refused(path, "refused")


def test_missing_full_text_table_is_reported_as_incomplete(db_path, tmp_path):
    path = crafted(db_path, tmp_path, "DROP TABLE activity_fts")
    refused(path, r"incomplete \(missing: activity_fts")


def test_the_bundled_database_passes_and_is_read_with_trusted_schema_off(store):
    for conn in store._conns:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert isinstance(conn, store_module.GuardedConnection)


def test_a_foreign_file_in_the_library_is_skipped_not_fatal(db_path, tmp_path):
    library_dir().mkdir(parents=True)
    crafted(db_path, library_dir(), f"CREATE VIEW slow AS {ENDLESS}", name="evil.sqlite")
    s = Store(db_path)
    try:
        assert [d.id for d in s.documents] == ["cpm15"]
        assert any(p.startswith("evil.sqlite") and "views or triggers" in p
                   for p in s.library_problems)
    finally:
        s.close()


def test_cli_refuses_the_recursive_view_in_one_line_without_hanging(db_path, tmp_path):
    path = crafted(db_path, tmp_path, "DROP TABLE meta",
                   "CREATE VIEW meta(key, value) AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                   "SELECT x + 1 FROM c) SELECT 'schema_version', '2' FROM c")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "topics"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - started < 30
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "views or triggers" in done.stderr
    assert "Traceback" not in done.stderr


# -- time budget --------------------------------------------------------------------------
def _run(conn: sqlite3.Connection, sql: str, path: Path) -> None:
    try:
        conn.execute(sql).fetchall()
    except sqlite3.Error as exc:
        sql_failure(exc, [conn], path)
        raise


def test_a_statement_over_the_time_budget_is_stopped(db_path, monkeypatch):
    monkeypatch.setattr(store_module, "QUERY_BUDGET_S", 0.2)
    conn = open_readonly(db_path)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError, match=r"took longer than 0.2 s and was stopped"):
            _run(conn, ENDLESS, db_path)
        assert time.monotonic() - started < 3
        # the connection stays usable, and the next statement has a budget of its own
        assert conn.execute("SELECT count(*) FROM activities").fetchone()[0] > 0
    finally:
        conn.close()


def test_store_reports_a_load_over_budget(db_path, monkeypatch):
    monkeypatch.setattr(store_module, "QUERY_BUDGET_S", -1.0)  # every long statement overruns
    monkeypatch.setattr(store_module, "_PROGRESS_STEPS", 100)
    with pytest.raises(DatabaseError, match="took longer than"):
        Store(db_path, library=False)


def test_ctrl_c_stops_a_long_statement(db_path):
    conn = open_readonly(db_path)
    timer = threading.Timer(0.3, _thread.interrupt_main)
    try:
        timer.start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            _run(conn, ENDLESS, db_path)
        assert time.monotonic() - started < store_module.QUERY_BUDGET_S
    finally:
        timer.cancel()
        conn.close()


def test_legitimate_queries_stay_fast(store):
    store.forget_searches()
    started = time.perf_counter()
    for query in ("实蝇", "WCO", "ePhyto", "海运集装箱", "秘书处"):
        assert store.search(query).total > 0
    # generous: a keystroke costs about a millisecond; this only catches a handler gone wrong
    assert time.perf_counter() - started < 1.0


# -- NULL and odd values ------------------------------------------------------------------
NULLED = "cpm15-13-1"


@pytest.fixture
def nulled(db_path, tmp_path) -> Path:
    return crafted(db_path, tmp_path,
                   f"UPDATE activities SET text = NULL, title_zh = NULL, title_en = NULL, "
                   f"text_en = NULL, place_zh = NULL WHERE id = '{NULLED}'",
                   "UPDATE partners SET name_en = NULL, short_zh = NULL WHERE id = 'wco'",
                   "UPDATE paragraphs SET text = NULL WHERE number = 13")


def test_null_text_and_titles_read_as_empty(nulled):
    s = Store(nulled, library=False)
    try:
        a = s.activity(NULLED)
        assert (a.text, a.title_zh, a.title_en, a.text_en, a.place_zh) == ("", "", "", "", "")
        assert s.paragraph_text(a) == ""
        result = s.search("IAEA")  # its full-text row still matches
        assert NULLED in {h.activity.id for h in result.hits}
        assert all(h.highlights == () for h in result.hits if h.activity.id == NULLED)
        assert s.search("").total == len(s.activities)
        assert s.partner("wco").name_en == "" and s.partner("wco").short_zh == ()
    finally:
        s.close()


def test_null_text_never_shows_none_and_exports(nulled, tmp_path, capsys):
    assert main(["--db", str(nulled), "show", NULLED]) == 0
    out = capsys.readouterr().out
    assert "None" not in out and NULLED in out
    assert main(["--db", str(nulled), "search", "IAEA", "--json"]) == 0
    assert "None" not in capsys.readouterr().out
    s = Store(nulled, library=False)
    try:
        chosen = [s.activity(NULLED), *s.activities[:3]]
        for fmt in ("docx", "csv"):
            target = export(s, ExportRequest(activities=chosen, fmt=fmt,
                                             path=tmp_path / f"out.{fmt}"))
            assert target.stat().st_size > 0
    finally:
        s.close()


@pytest.mark.parametrize(("sql", "match"), [
    (f"UPDATE activities SET paragraph = NULL WHERE id = '{NULLED}'", "paragraph is None"),
    (f"UPDATE activities SET part = 'two' WHERE id = '{NULLED}'", "part is 'two'"),
    (f"UPDATE activities SET date = 'soon' WHERE id = '{NULLED}'", "not an ISO 8601 date"),
    ("UPDATE topics SET aliases_zh = '{\"a\": 1}'", "is not a list"),
    ("UPDATE partners SET mentions = 'not json'", "incomplete"),
])
def test_values_the_app_computes_with_must_be_valid(db_path, tmp_path, sql, match):
    path = crafted(db_path, tmp_path, sql)
    message = refused(path, "incomplete")
    assert re.search(match, message)
