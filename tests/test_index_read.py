"""Reading the facet index the fast way gives the index the plain way gave (issue 11): every
attribute of :class:`desktop.core.facets.FacetIndex` equal, for the bundled data, a synthetic
library, several databases at once, and links not stored in order (SQLite sorts them)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.facets import FacetIndex
from desktop.core.store import Store, _text

ATTRIBUTES = ("ids", "conn", "rowid", "doc", "part", "paragraph", "date", "years", "topics",
              "partners", "tree", "cta", "slot_of", "rowid_slots", "all_years")


def _plain_index(store: Store) -> FacetIndex:
    """The index as it was read before: links joined by SQLite in order and split, one row
    tuple per activity, sorted, then :meth:`FacetIndex.build`."""
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
    return FacetIndex.build(rows, len(store._conns), above.__getitem__)


def assert_same_index(got: FacetIndex, want: FacetIndex) -> None:
    assert len(got) == len(want)
    for name in ATTRIBUTES:
        assert getattr(got, name) == getattr(want, name), name
    assert set(vars(got)) == set(vars(want)) == {*ATTRIBUTES, "_inverted", "_everything"}


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
