"""Reading the facet index the fast way gives the index the plain way gave (issue 11): every
attribute of :class:`desktop.core.facets.FacetIndex` equal, for the bundled data, a synthetic
library, several databases at once, and links not stored in order (SQLite sorts them)."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.facets import FacetIndex, years_of_date
from desktop.core.models import UNDATED, Filters
from desktop.core.store import Store, _text

ATTRIBUTES = ("ids", "conn", "rowid", "doc", "part", "paragraph", "date", "years", "topics",
              "partners", "tree", "cta", "slot_of", "rowid_slots", "all_years")


def _plain_index(store: Store) -> FacetIndex:
    """The index as it was read before: links joined by SQLite in order and split, one row
    tuple per activity, sorted, then built a row at a time (:func:`_build_index`)."""
    raw: list[tuple] = []
    for index, conn in enumerate(store._connections()):
        accepted = {d for d, i in store._doc_conn.items() if i == index}
        conn.row_factory = None
        try:
            links = [{aid: tuple(joined.split("\x1f")) for aid, joined in conn.execute(
                f"SELECT activity_id, group_concat({column}, char(31)) FROM "
                f"(SELECT activity_id, {column} FROM {table} ORDER BY activity_id, ordinal) "
                "GROUP BY activity_id") if isinstance(joined, str)}
                for table, column in (("activity_partners", "partner_id"),
                                      ("activity_topics", "topic_id"))]
            rows = conn.execute("SELECT rowid, id, doc, part, paragraph, ordinal, date, "
                                "year_start, calls_to_action FROM activities").fetchall()
        finally:
            conn.row_factory = sqlite3.Row
        raw += [(index, rowid, _text(aid), doc, part, paragraph, ordinal,
                 date if year_start is not None else None, bool(cta),
                 links[0].get(aid, ()), links[1].get(aid, ()))
                for rowid, aid, doc, part, paragraph, ordinal, date, year_start, cta in rows
                if doc in accepted]
    rank = {d.id: i for i, d in enumerate(store.documents)}
    rows = [(conn, rowid, aid, doc, part, paragraph, date, cta,
             tuple(p for p in pids if p in store._partner),
             tuple(t for t in tids if t in store._topic))
            for conn, rowid, aid, doc, part, paragraph, ordinal, date, cta, pids, tids in
            sorted(raw, key=lambda r: (rank[r[3]], r[5], r[6]))]
    above = {p.id: store._ancestors(p.id) for p in store.partners}
    return _build_index(rows, len(store._conns), above.__getitem__)


def _build_index(rows: list[tuple], connections: int, ancestors) -> FacetIndex:
    """The index built the plain way, a row at a time (how the store once built it): ``rows``
    in corpus order, (conn, rowid, id, doc, part, paragraph, date, cta, partner ids, topic
    ids); ``ancestors(pid)``: the bodies above a partner."""
    index = FacetIndex()
    n = len(rows)
    index.conn = [r[0] for r in rows]
    index.rowid = [r[1] for r in rows]
    index.ids = [r[2] for r in rows]
    intern: dict[str, str] = {}
    index.doc = [intern.setdefault(r[3], r[3]) for r in rows]
    index.part = [r[4] for r in rows]
    index.paragraph = [r[5] for r in rows]
    index.date = [intern.setdefault(r[6] or "", r[6] or "") for r in rows]
    year_cache: dict[str, tuple[int, ...]] = {}
    for date in index.date:
        if date not in year_cache:
            year_cache[date] = years_of_date(date)
    index.years = [year_cache[date] for date in index.date]
    index.all_years = sorted({y for ys in year_cache.values() for y in ys} - {UNDATED})
    index.cta = frozenset(i for i, r in enumerate(rows) if r[7])
    tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
    index.partners = [tuples.setdefault(r[8], r[8]) for r in rows]
    index.topics = [tuples.setdefault(r[9], r[9]) for r in rows]
    closure: dict[tuple[str, ...], tuple[str, ...]] = {}
    for pids in index.partners:
        if pids not in closure:
            closure[pids] = tuple(dict.fromkeys(
                [*pids, *(a for p in pids for a in ancestors(p))]))
    index.tree = [closure[pids] for pids in index.partners]
    index.slot_of = {aid: slot for slot, aid in enumerate(index.ids)}
    index.rowid_slots = [{} for _ in range(connections)]
    for slot, (conn, rowid) in enumerate(zip(index.conn, index.rowid, strict=True)):
        index.rowid_slots[conn][rowid] = slot
    assert len(index.slot_of) == n
    return index


def assert_same_index(got: FacetIndex, want: FacetIndex) -> None:
    assert len(got) == len(want)
    for name in ATTRIBUTES:
        assert getattr(got, name) == getattr(want, name), name
    assert set(vars(got)) == set(vars(want)) == {
        *ATTRIBUTES, "_inverted", "_everything", "_value_bits", "_value_lock"}


def _fresh_index(store: Store) -> FacetIndex:
    return store._read_index()


def test_the_bundled_index_is_the_plain_one(store: Store) -> None:
    assert len(store._index) > 0
    assert_same_index(_fresh_index(store), _plain_index(store))
    assert_same_index(store._index, _plain_index(store))


def test_a_synthetic_librarys_index_is_the_plain_one(synthetic_db: Path) -> None:
    s = Store(synthetic_db, library=False)
    try:
        assert len(s._index) == 1500
        assert s._links_in_table_order(s._conn, "activity_topics", "topic_id",
                                       {t.id: t.id for t in s.topics})
        assert s._index.cta and any(s._index.partners) and any(s._index.topics)
        assert_same_index(s._index, _plain_index(s))
    finally:
        s.close()


def test_several_databases_give_the_plain_index(db_path: Path, synthetic_db: Path,
                                                tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(synthetic_db, library / "synth.sqlite")
    shutil.copy(db_path, library / "again.sqlite")  # its report is read from the bundled one
    s = Store(db_path, library=library)
    try:
        assert len(s._conns) == 3 and set(s._index.conn) == {0, 2}
        assert_same_index(s._index, _plain_index(s))
    finally:
        s.close()


@pytest.mark.parametrize("damage", [
    "links out of order",  # stored in the reverse order: SQLite must sort them
    "links apart",  # an activity's links not together
    "equal ordinals",
    "unknown ids",
])
def test_links_not_stored_in_order_give_the_plain_index(synthetic_db: Path, tmp_path: Path,
                                                        damage: str) -> None:
    path = tmp_path / "synth.sqlite"
    shutil.copy(synthetic_db, path)
    with sqlite3.connect(path) as c:
        for table in ("activity_partners", "activity_topics"):
            if damage == "links out of order":
                c.execute(f"CREATE TEMP TABLE t AS SELECT * FROM {table} ORDER BY rowid DESC")
            elif damage == "links apart":
                c.execute(f"CREATE TEMP TABLE t AS SELECT * FROM {table} "
                          "ORDER BY ordinal, rowid")
            elif damage == "equal ordinals":
                c.execute(f"CREATE TEMP TABLE t AS SELECT activity_id, "
                          f"{table.split('_')[1][:-1]}_id, 0 FROM {table} ORDER BY rowid")
            else:
                c.execute(f"CREATE TEMP TABLE t AS SELECT activity_id, "
                          f"CASE WHEN rowid % 7 = 0 THEN 'nobody' ELSE "
                          f"{table.split('_')[1][:-1]}_id END, ordinal FROM {table} "
                          "ORDER BY rowid")
            c.execute(f"DELETE FROM {table}")
            c.execute(f"INSERT INTO {table} SELECT * FROM t")
            c.execute("DROP TABLE t")
    s = Store(path, library=False)
    try:
        in_order = s._links_in_table_order(s._conn, "activity_partners", "partner_id",
                                           {p.id: p.id for p in s.partners})
        assert (in_order is not None) == (damage == "unknown ids")
        assert any(s._index.partners)
        assert_same_index(s._index, _plain_index(s))
    finally:
        s.close()


def test_highlighting_names_are_built_on_first_use(synthetic_db: Path) -> None:
    s = Store(synthetic_db, library=False)
    try:
        assert not s._names_built  # not part of reading the index
        s.warm()
        assert s._names_built
    finally:
        s.close()


# -- the index cache -------------------------------------------------------------------------
def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("index-*.marshal"))


def _from_cache_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Store) -> FacetIndex:
        raise AssertionError("read from the databases, not from the cache")
    monkeypatch.setattr(Store, "_read_index", refuse)


def test_the_bundled_index_from_the_cache_is_the_read_one(store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(Store, "INDEX_CACHE_ABOVE", 0)
    cold = store._read_index_cached()
    assert_same_index(cold, store._index)
    assert not _entries(tmp_path)  # written when the worker is idle, not while reading
    store.write_index_cache()
    assert len(_entries(tmp_path)) == 1
    _from_cache_only(monkeypatch)
    assert_same_index(store._read_index_cached(), _plain_index(store))
    assert store._index_cache_key is None  # nothing more to write


def test_a_synthetic_librarys_index_from_the_cache_is_the_read_one(
        synthetic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "INDEX_CACHE_ABOVE", 1000)
    first = Store(synthetic_db, library=False)
    try:
        first.warm()  # writes the cache
        assert len(_entries(tmp_path)) == 1
        cold = first._index
    finally:
        first.close()
    _from_cache_only(monkeypatch)
    again = Store(synthetic_db, library=False)
    try:
        assert_same_index(again._index, cold)
        assert_same_index(again._index, _plain_index(again))
        # The facets' bit sets come with it, as warm() built them.
        assert set(cold.built_sets()) == set(FacetIndex.FACETS)
        assert again._index.built_sets() == cold.built_sets()
        # And the counts of the whole library (the first thing the window shows).
        assert cold.counts_of_everything() is not None
        assert again._index.counts_of_everything() == cold.counts_of_everything()
        assert again.update("").facets == _plain_index(again).facets(None, Filters())
        # The shared tuples stay shared (memory at 100 000 activities).
        assert len({id(t) for t in again._index.partners}) == len(set(again._index.partners))
        for column in ("tree", "years", "date", "doc"):  # kept as shared as they were made
            assert (len({id(v) for v in getattr(again._index, column)})
                    == len({id(v) for v in getattr(cold, column)})), column
    finally:
        again.close()


def test_a_library_of_another_state_does_not_use_the_cache(
        synthetic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "INDEX_CACHE_ABOVE", 1000)
    path = tmp_path / "synth.sqlite"
    shutil.copy(synthetic_db, path)
    s = Store(path, library=False)
    s.write_index_cache()
    s.close()
    with sqlite3.connect(path) as c:  # the library changes: its index must be read again
        c.execute("DELETE FROM activities WHERE rowid = (SELECT max(rowid) FROM activities)")
    s = Store(path, library=False)
    try:
        assert s._index_cache_key is not None and len(s._index) == 1499
        assert_same_index(s._index, _plain_index(s))
        s.write_index_cache()
        assert len(_entries(tmp_path)) == 2
    finally:
        s.close()


@pytest.mark.parametrize("damage", ["truncated", "a byte changed", "not marshal",
                                    "another library's", "empty"])
def test_a_damaged_cache_is_ignored_and_written_again(
        synthetic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, damage: str) -> None:
    from desktop.core import index_cache

    monkeypatch.setattr(Store, "INDEX_CACHE_ABOVE", 1000)
    s = Store(synthetic_db, library=False)
    s.write_index_cache()
    want = s._index
    s.close()
    (entry,) = _entries(tmp_path)
    data = entry.read_bytes()
    head = len(index_cache.MAGIC) + 32
    if damage == "truncated":
        entry.write_bytes(data[:len(data) // 2])
    elif damage == "a byte changed":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "not marshal":
        import hashlib

        body = b"\xff" * 100
        entry.write_bytes(index_cache.MAGIC + hashlib.sha256(body).digest() + body)
    elif damage == "another library's":
        import hashlib
        import marshal

        body = marshal.dumps(("0" * 32, *marshal.loads(data[head:])[1:]))
        entry.write_bytes(index_cache.MAGIC + hashlib.sha256(body).digest() + body)
    else:
        entry.write_bytes(b"")
    s = Store(synthetic_db, library=False)
    try:
        assert_same_index(s._index, want)
        assert "index cache: ignoring" in caplog.text
        s.write_index_cache()
        assert entry.read_bytes() == data  # written again
    finally:
        s.close()


def test_only_the_latest_entries_are_kept(tmp_path: Path) -> None:
    import os

    from desktop.core import index_cache

    folder = tmp_path / "cache"
    columns: dict = {name: [] for name in index_cache.COLUMNS}
    columns["sets"] = {}
    columns["everything"] = None
    columns["derived"] = {}
    for number in range(index_cache.KEEP + 3):
        key = f"{number:032d}"
        index_cache.save(folder, key, columns)
        os.utime(index_cache.entry_path(folder, key), (number, number))
        assert index_cache.load(folder, key) == columns
    index_cache.save(folder, "x" * 32, columns)
    assert len(_entries(tmp_path)) == index_cache.KEEP
    assert index_cache.entry_path(folder, "x" * 32).exists()
    assert not index_cache.entry_path(folder, f"{0:032d}").exists()


def test_cached_sets_that_do_not_fit_the_index_are_refused(synthetic_db: Path) -> None:
    s = Store(synthetic_db, library=False)
    try:
        index = s._index
        too_long = 1 << len(index)  # a slot past the last activity
        for sets in ({"topics": {"x": too_long}}, {"topics": {"x": -1}},
                     {"nonsense": {}}, {"years": [1, 2]}):
            with pytest.raises(ValueError):
                index.adopt_sets(sets)  # type: ignore[arg-type]
        assert not index.built_sets()
        counts = index.facets(None, Filters())
        with pytest.raises(ValueError):
            index.adopt_counts_of_everything(dataclasses.replace(counts, total=counts.total + 1))
    finally:
        s.close()
