"""Personal data: notes, stars, collections, saved searches; migrations, damage, crashes,
backups (including hostile ones) and the hooks the window and the exporter use."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import userdata as ud
from desktop.core.errors import UserDataError
from desktop.core.models import UNDATED, Filters
from desktop.core.userdata import (
    ACTIVITY,
    PARTNER,
    SCHEMA_VERSION,
    ItemRef,
    UserData,
    UserFilter,
    read_backup,
    restrict_ids,
)

ROOT = Path(__file__).resolve().parent.parent

#: Version 1 of the personal schema exactly as it was released: a frozen copy, so that a
#: change to the migration list cannot silently change what "a v1 database" means here.
V1_SCHEMA = (
    """CREATE TABLE notes (
    kind TEXT NOT NULL CHECK (kind IN ('activity', 'partner')),
    item_id TEXT NOT NULL CHECK (typeof(item_id) = 'text' AND length(item_id) BETWEEN 1 AND 200),
    text TEXT NOT NULL CHECK (typeof(text) = 'text'),
    updated TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
)""",
    """CREATE TABLE stars (
    kind TEXT NOT NULL CHECK (kind IN ('activity', 'partner')),
    item_id TEXT NOT NULL CHECK (typeof(item_id) = 'text' AND length(item_id) BETWEEN 1 AND 200),
    added TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
)""",
    """CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) >= 1),
    name_key TEXT NOT NULL UNIQUE,
    intro TEXT NOT NULL DEFAULT '' CHECK (typeof(intro) = 'text'),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
)""",
    """CREATE TABLE collection_items (
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('activity', 'partner')),
    item_id TEXT NOT NULL CHECK (typeof(item_id) = 'text' AND length(item_id) BETWEEN 1 AND 200),
    note TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    added TEXT NOT NULL,
    PRIMARY KEY (collection_id, kind, item_id)
)""",
    "CREATE INDEX collection_items_order ON collection_items (collection_id, position)",
)
T0 = "2024-01-02T03:04:05Z"


def write_v1(path: Path) -> None:
    """A personal database as version 1 of the app left it, with some data."""
    conn = sqlite3.connect(path)
    for statement in V1_SCHEMA:
        conn.execute(statement)
    conn.execute("INSERT INTO notes VALUES ('activity', 'cpm15-24-1', '问海关', ?)", (T0,))
    conn.execute("INSERT INTO stars VALUES ('partner', 'wco', ?)", (T0,))
    conn.execute("INSERT INTO collections VALUES (1, 'Old', 'old', 'intro', ?, ?)", (T0, T0))
    conn.execute("INSERT INTO collection_items VALUES (1, 0, 'activity', 'cpm15-13-4', 'n', ?)",
                 (T0,))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


@pytest.fixture
def data() -> Iterator[UserData]:
    u = UserData()
    yield u
    u.close()


def folder() -> Path:
    return Path(os.environ["IPPC_COOP_DATA_DIR"])


def state(u: UserData) -> tuple[object, ...]:
    """Everything a user could see, to compare before and after."""
    return (sorted((n.kind, n.item_id, n.text) for n in u.notes()), sorted(u.stars()),
            [(c.name, c.intro, [(i.kind, i.item_id, i.note) for i in c.items])
             for c in u.collections()],
            [(s.name, s.query, s.filters) for s in u.saved_searches()])


def fill(u: UserData) -> None:
    u.set_note(ACTIVITY, "cpm15-24-1", "Ask customs 海关 first")
    u.set_note(PARTNER, "wco", "Liaison office")
    u.set_star(ACTIVITY, "cpm15-24-1")
    u.set_star(PARTNER, "ippc")
    u.create_collection("Sea containers", "For the minister")
    u.add_items("Sea containers", [ItemRef(ACTIVITY, "cpm15-24-1"),
                                   ItemRef(ACTIVITY, "cpm15-13-4"), ItemRef(PARTNER, "wco")])
    u.set_item_note("Sea containers", ACTIVITY, "cpm15-13-4", "video")
    u.save_search("ePhyto 2020", "ePhyto", Filters(years=(2020, UNDATED)))


# ================================================================== where and what
def test_created_in_the_user_data_folder_not_the_program_folder(data):
    assert data.path == folder() / "personal.sqlite"
    assert data.path.is_file()
    assert ROOT not in data.path.parents
    assert data.schema_version == SCHEMA_VERSION
    assert data.notice is None and data.opened_version == 0
    assert data.counts() == dict.fromkeys(ud.COUNTED_TABLES, 0)


def test_everything_persists_across_a_reopen(data):
    fill(data)
    before = state(data)
    data.close()
    with UserData() as again:
        assert state(again) == before
        assert again.opened_version == SCHEMA_VERSION
        assert again.note_of(ACTIVITY, "cpm15-24-1") == "Ask customs 海关 first"


# ================================================================== notes and stars
def test_notes_one_per_item_replace_and_remove(data):
    data.set_note(ACTIVITY, "cpm15-24-1", "  first\r\nline two \x07 ")
    assert data.note_of(ACTIVITY, "cpm15-24-1") == "first\nline two"
    data.set_note(ACTIVITY, "cpm15-24-1", "second")
    assert [n.text for n in data.notes()] == ["second"]
    assert data.note_of(PARTNER, "cpm15-24-1") == ""  # kinds are apart
    data.set_note(PARTNER, "wco", "x")
    assert data.ids_with_notes(ACTIVITY) == {"cpm15-24-1"}
    assert data.ids_with_notes(PARTNER) == {"wco"}
    data.set_note(ACTIVITY, "cpm15-24-1", "   ")  # empty text removes
    assert data.note_of(ACTIVITY, "cpm15-24-1") == ""
    assert data.remove_note(PARTNER, "wco") is True
    assert data.remove_note(PARTNER, "wco") is False
    assert data.notes() == []


def test_invalid_kinds_ids_and_texts_are_refused_in_both_languages(data):
    with pytest.raises(UserDataError, match="Unknown kind") as err:
        data.set_note("topic", "x", "t")
    assert "未知" in err.value.message("zh")
    for bad in ("", "  ", "a b", "x;DROP", "-x", "x" * 201):
        with pytest.raises(UserDataError, match="not a valid"):
            data.set_star(ACTIVITY, bad)
    with pytest.raises(UserDataError, match="at most"):
        data.set_note(ACTIVITY, "cpm15-24-1", "x" * (ud.MAX_TEXT_CHARS + 1))
    assert data.counts()["notes"] == data.counts()["stars"] == 0


def test_search_notes_substring_case_and_chinese(data):
    data.set_note(ACTIVITY, "cpm15-24-1", "Ask the Customs office about 海运集装箱")
    data.set_note(ACTIVITY, "cpm15-13-4", "ＷＣＯ video")  # full-width letters
    data.set_note(PARTNER, "wco", "customs")
    data.create_collection("c")
    data.add_item("c", ACTIVITY, "cpm15-9-1", note="follow up with customs")
    assert data.search_notes("customs") == {"cpm15-24-1", "cpm15-9-1"}
    assert data.search_notes("CUSTOMS", include_collections=False) == {"cpm15-24-1"}
    assert data.search_notes("cust") == {"cpm15-24-1", "cpm15-9-1"}  # any substring
    assert data.search_notes("海") == {"cpm15-24-1"}  # one Chinese character
    assert data.search_notes("集装") == {"cpm15-24-1"}  # two
    assert data.search_notes("wco") == {"cpm15-13-4"}
    assert data.search_notes("customs 海运") == {"cpm15-24-1"}  # every word
    assert data.search_notes("customs", PARTNER) == {"wco"}
    assert data.search_notes("   ") == set()
    assert data.search_notes("%") == data.search_notes("_") == set()  # no LIKE syntax


def test_stars_on_off_toggle(data):
    data.set_star(ACTIVITY, "cpm15-24-1")
    data.set_star(ACTIVITY, "cpm15-24-1")  # twice is once
    data.set_star(PARTNER, "wco")
    assert data.starred_ids() == {"cpm15-24-1"}
    assert data.starred_ids(PARTNER) == {"wco"}
    assert data.is_starred(ACTIVITY, "cpm15-24-1")
    assert data.toggle_star(ACTIVITY, "cpm15-24-1") is False
    assert not data.is_starred(ACTIVITY, "cpm15-24-1")
    assert data.toggle_star(ACTIVITY, "cpm15-24-1") is True
    data.set_star(PARTNER, "wco", False)
    assert data.stars() == [ItemRef(ACTIVITY, "cpm15-24-1")]


# ================================================================== collections
def order(u: UserData, name: str) -> list[str]:
    return [i.item_id for i in u.collection(name).items]


def test_collection_create_rename_delete_with_unique_names(data):
    created = data.create_collection("  Sea   containers ", "Intro")
    assert (created.name, created.intro, created.items) == ("Sea containers", "Intro", ())
    for clash in ("sea containers", "SEA CONTAINERS", "Ｓｅａ containers"):
        with pytest.raises(UserDataError, match="already exists") as err:
            data.create_collection(clash)
        assert "已有名为" in err.value.message("zh")
    data.create_collection("植物检疫")
    assert data.collection_names() == ["Sea containers", "植物检疫"]
    assert data.rename_collection("sea containers", "Sea Containers").name == "Sea Containers"
    with pytest.raises(UserDataError, match="already exists"):
        data.rename_collection("Sea Containers", "植物检疫")
    with pytest.raises(UserDataError, match="needs a name"):
        data.create_collection("   ")
    with pytest.raises(UserDataError, match="at most"):
        data.create_collection("x" * 121)
    with pytest.raises(UserDataError, match="no collection called 'nope'") as err:
        data.collection("nope")
    assert "没有名为“nope”的收藏夹" in err.value.message("zh")
    data.add_item("植物检疫", ACTIVITY, "cpm15-24-1")
    data.set_note(ACTIVITY, "cpm15-24-1", "own note")
    data.delete_collection("植物检疫")
    assert data.collection_names() == ["Sea Containers"]
    assert data.counts()["collection_items"] == 0
    assert data.note_of(ACTIVITY, "cpm15-24-1") == "own note"  # notes are not the folder's


def test_collection_items_add_move_remove_note_intro(data):
    data.create_collection("B")
    assert data.add_items("b", [(ACTIVITY, "a-1"), (ACTIVITY, "a-2"), (PARTNER, "wco"),
                                (ACTIVITY, "a-1")]) == 3
    assert order(data, "B") == ["a-1", "a-2", "wco"]
    assert data.add_items("B", [(ACTIVITY, "a-2"), (ACTIVITY, "a-3")]) == 1  # a-2 stays
    assert order(data, "B") == ["a-1", "a-2", "wco", "a-3"]
    assert data.add_item("B", ACTIVITY, "a-0", note="first", position=0) is True
    assert data.add_item("B", ACTIVITY, "a-0") is False
    assert order(data, "B") == ["a-0", "a-1", "a-2", "wco", "a-3"]
    data.move_item("B", ACTIVITY, "a-3", 1)
    assert order(data, "B") == ["a-0", "a-3", "a-1", "a-2", "wco"]
    data.move_item("B", ACTIVITY, "a-0", 99)  # beyond the end: last
    assert order(data, "B") == ["a-3", "a-1", "a-2", "wco", "a-0"]
    data.move_item("B", PARTNER, "wco", 0)
    assert order(data, "B") == ["wco", "a-3", "a-1", "a-2", "a-0"]
    with pytest.raises(UserDataError, match="counts from 0"):
        data.move_item("B", PARTNER, "wco", -1)
    with pytest.raises(UserDataError, match="not in the collection"):
        data.move_item("B", PARTNER, "a-1", 0)  # the kind is part of the key
    data.remove_item("B", ACTIVITY, "a-1")
    assert order(data, "B") == ["wco", "a-3", "a-2", "a-0"]
    with pytest.raises(UserDataError, match="not in the collection"):
        data.remove_item("B", ACTIVITY, "a-1")
    data.reorder("B", [ItemRef(ACTIVITY, "a-0"), ItemRef(ACTIVITY, "a-2"),
                       ItemRef(ACTIVITY, "a-3"), ItemRef(PARTNER, "wco")])
    assert order(data, "B") == ["a-0", "a-2", "a-3", "wco"]
    with pytest.raises(UserDataError, match="exactly once"):
        data.reorder("B", [ItemRef(ACTIVITY, "a-0")])
    data.set_item_note("B", ACTIVITY, "a-2", "say this")
    data.set_intro("b", "Why these")
    collection = data.collection("B")
    assert collection.intro == "Why these"
    assert {i.item_id: i.note for i in collection.items} == {
        "a-0": "first", "a-2": "say this", "a-3": "", "wco": ""}
    assert collection.ids(ACTIVITY) == ["a-0", "a-2", "a-3"]
    assert data.collections_of(ACTIVITY, "a-2") == ["B"]
    # positions stay 0..n-1 whatever happened
    with sqlite3.connect(data.path) as conn:
        assert [r[0] for r in conn.execute(
            "SELECT position FROM collection_items ORDER BY position")] == [0, 1, 2, 3]


# ================================================================== saved searches
def test_saved_searches_round_trip_filters(data):
    filters = Filters(topics=("ephyto",), years=(2020, UNDATED), partners=("wco",), parts=(1,),
                      calls_to_action=True, documents=("cpm15",))
    saved = data.save_search("ePhyto work", "ePhyto 实蝇", filters)
    assert (saved.name, saved.query, saved.filters) == ("ePhyto work", "ePhyto 实蝇", filters)
    with pytest.raises(UserDataError, match="already exists"):
        data.save_search("EPHYTO WORK", "x")
    replaced = data.save_search("EPHYTO WORK", "x", replace=True)
    assert (replaced.query, replaced.filters) == ("x", Filters())
    data.save_search("Other", "", Filters(years=(2019,)))
    assert [s.name for s in data.saved_searches()] == ["EPHYTO WORK", "Other"]
    assert data.rename_search("other", "Zz").name == "Zz"
    with pytest.raises(UserDataError, match="already exists"):
        data.rename_search("Zz", "ephyto work")
    data.delete_search("zz")
    with pytest.raises(UserDataError, match="no saved search"):
        data.delete_search("zz")
    with pytest.raises(UserDataError, match="no saved search"):
        data.saved_search("zz")


def test_filters_json_is_tolerant():
    f = Filters(topics=("a",), years=(2020, UNDATED), parts=(2,), calls_to_action=True)
    assert ud.filters_from_json(ud.filters_to_json(f)) == f
    assert json.loads(ud.filters_to_json(f))["years"] == [2020, "undated"]
    assert ud.filters_from_json("not json") == Filters()
    assert ud.filters_from_json("[1]") == Filters()
    odd = ud.filters_from_json(json.dumps({"topics": ["a", 3], "years": ["x", True, 2019],
                                           "calls_to_action": "yes", "future": 1}))
    assert odd == Filters(topics=("a",), years=(2019,))


# ================================================================== ids that vanish
def test_orphans_after_a_data_update_are_kept_and_listed(data, store, two_reports):
    second = [a.id for a in two_reports.activities if a.doc == "cpm99"][0]
    data.set_note(ACTIVITY, second, "from the imported report")
    data.set_star(ACTIVITY, second)
    data.set_star(PARTNER, "gone-partner")
    data.set_note(ACTIVITY, "cpm15-24-1", "still here")
    data.create_collection("Mixed")
    data.add_items("Mixed", [(ACTIVITY, "cpm15-24-1"), (ACTIVITY, second)])
    data.set_item_note("Mixed", ACTIVITY, second, "n")
    assert [(o.item_id, o.where) for o in data.orphans(two_reports)] == [
        ("gone-partner", "star")]
    # The library without the second report: its ids are orphans, and nothing is dropped.
    orphans = data.orphans(store)
    assert {(o.kind, o.item_id, o.where, o.collection) for o in orphans} == {
        (ACTIVITY, second, "note", ""), (ACTIVITY, second, "star", ""),
        (PARTNER, "gone-partner", "star", ""), (ACTIVITY, second, "collection", "Mixed")}
    assert next(o for o in orphans if o.where == "note").note == "from the imported report"
    assert data.note_of(ACTIVITY, second) == "from the imported report"
    assert order(data, "Mixed") == ["cpm15-24-1", second]
    # ... and the filters hooks leave them out without error
    assert restrict_ids(store, data, UserFilter(starred=True)) == set()
    assert restrict_ids(two_reports, data, UserFilter(starred=True)) == {second}


# ================================================================== hooks
def test_restrict_ids_and_to_store_search(data, store):
    data.set_star(ACTIVITY, "cpm15-24-1")
    data.set_star(ACTIVITY, "cpm15-13-4")
    data.set_note(ACTIVITY, "cpm15-13-4", "fruit fly video 实蝇")
    data.set_note(ACTIVITY, "cpm15-9-1", "ePhyto group")
    assert restrict_ids(store, data, UserFilter()) is None
    assert restrict_ids(store, data, UserFilter(starred=True)) == {"cpm15-24-1", "cpm15-13-4"}
    assert restrict_ids(store, data, UserFilter(with_notes=True)) == {"cpm15-13-4", "cpm15-9-1"}
    assert restrict_ids(store, data, UserFilter(starred=True, with_notes=True)) == {
        "cpm15-13-4"}
    assert restrict_ids(store, data, UserFilter(notes_query="实")) == {"cpm15-13-4"}
    data.create_collection("C")
    data.add_items("C", [(ACTIVITY, "cpm15-9-1"), (PARTNER, "wco")])
    assert restrict_ids(store, data, UserFilter(collection="c")) == {"cpm15-9-1"}
    # AND-ed with the store's query and filters, which keep their meaning
    starred = restrict_ids(store, data, UserFilter(starred=True))
    assert {h.activity.id for h in store.search("", restrict_to=starred).hits} == starred
    ids = store.matching_ids("实蝇", restrict_to=starred)
    assert ids == ["cpm15-13-4"]
    topic = store.activity("cpm15-24-1").topic_ids[0]
    assert store.matching_ids("", Filters(topics=(topic,)), restrict_to=starred) == [
        "cpm15-24-1"]


def test_collection_activities_for_the_exporter(data, store):
    data.create_collection("Brief", "Intro text")
    data.add_items("Brief", [(ACTIVITY, "cpm15-24-1"), (PARTNER, "wco"),
                             (ACTIVITY, "cpm15-99-9"), (ACTIVITY, "cpm15-13-4")])
    data.move_item("Brief", ACTIVITY, "cpm15-13-4", 0)
    data.set_item_note("Brief", ACTIVITY, "cpm15-24-1", "for this briefing")
    data.set_item_note("Brief", PARTNER, "wco", "partner note")
    data.set_note(ACTIVITY, "cpm15-24-1", "my own note")
    briefing = data.collection_activities(store, "brief")
    assert (briefing.name, briefing.intro) == ("Brief", "Intro text")
    assert [a.id for a in briefing.activities] == ["cpm15-13-4", "cpm15-24-1"]
    entry = briefing.entries[1]
    assert (entry.note, entry.personal_note) == ("for this briefing", "my own note")
    assert [(p.id, note) for p, note in briefing.partners] == [("wco", "partner note")]
    assert briefing.missing == [ItemRef(ACTIVITY, "cpm15-99-9")]


def test_kind_of(store):
    assert ud.kind_of(store, "cpm15-24-1") == ACTIVITY
    assert ud.kind_of(store, " wco ") == PARTNER
    with pytest.raises(UserDataError, match="No activity or partner"):
        ud.kind_of(store, "nothing")


# ================================================================== migrations
def test_a_version_1_database_is_upgraded_and_kept_aside():
    path = folder() / "personal.sqlite"
    path.parent.mkdir(parents=True)
    write_v1(path)
    with UserData() as u:
        assert u.opened_version == 1
        assert u.schema_version == SCHEMA_VERSION
        assert u.note_of(ACTIVITY, "cpm15-24-1") == "问海关"
        assert u.is_starred(PARTNER, "wco")
        assert [(c.name, c.intro, order(u, c.name)) for c in u.collections()] == [
            ("Old", "intro", ["cpm15-13-4"])]
        u.save_search("new in v2", "x")  # the upgrade's table works
        u.add_item("Old", ACTIVITY, "cpm15-24-1")
        assert order(u, "old") == ["cpm15-13-4", "cpm15-24-1"]
    kept = list(folder().glob("personal.before-upgrade-v1-*.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    # The upgraded file has exactly the schema a new one has.
    with sqlite3.connect(path) as conn:
        assert ud._schema_of(conn) == ud.expected_schema()


def test_a_failing_migration_step_leaves_the_last_good_version(monkeypatch):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    bad = ud.Migration(SCHEMA_VERSION + 1, "broken", ("CREATE TABLE later (x)", "NOT SQL"))
    monkeypatch.setattr(ud, "MIGRATIONS", (*ud.MIGRATIONS, bad))
    with pytest.raises(sqlite3.Error):
        ud.migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "later" not in names and "saved_searches" in names


def test_a_database_from_a_newer_app_is_refused_untouched():
    with UserData() as u:
        fill(u)
        path = u.path
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="newer version") as err:
        UserData()
    assert "更新版本" in err.value.message("zh")
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder().iterdir()) == ["personal.sqlite"]


# ================================================================== damaged files
def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(5000))


def _corrupt_pages(path: Path) -> None:
    with UserData(path) as u:
        for n in range(400):
            u.set_note(ACTIVITY, f"a-{n}", f"note number {n} " * 20)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3: page * 3 + 200] = b"\xff" * 200  # part of the fourth page
    path.write_bytes(bytes(data))


def _missing_table(path: Path) -> None:
    with UserData(path) as u:
        u.set_note(ACTIVITY, "a-1", "x")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE notes")
    conn.close()


def _foreign_tables(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something_else (x)")
    conn.close()


@pytest.mark.parametrize("damage", [_random_bytes, _corrupt_pages, _missing_table,
                                    _foreign_tables])
def test_a_damaged_database_is_moved_aside_and_the_app_starts(damage: Callable[[Path], None]):
    path = folder() / "personal.sqlite"
    path.parent.mkdir(parents=True)
    damage(path)
    damaged = path.read_bytes()
    with UserData() as u:
        assert u.notice is not None
        moved = u.notice.moved_to
        assert moved is not None and moved.parent == folder()
        assert moved.name.startswith("personal.damaged-") and moved.suffix == ".sqlite"
        assert len(moved.name) == len("personal.damaged-20240501-142233.sqlite")
        assert moved.read_bytes() == damaged
        assert str(moved) in u.notice.message("en") and str(moved) in u.notice.message("zh")
        assert "已移至" in u.notice.message("zh")
        assert u.counts() == dict.fromkeys(ud.COUNTED_TABLES, 0)
        u.set_note(ACTIVITY, "cpm15-24-1", "works")  # a fresh, working database
    with UserData() as again:
        assert again.notice is None
        assert again.note_of(ACTIVITY, "cpm15-24-1") == "works"


def test_an_empty_file_is_initialised_not_moved():
    path = folder() / "personal.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    with UserData() as u:
        assert u.notice is None and u.schema_version == SCHEMA_VERSION
    assert sorted(p.name for p in folder().iterdir()) == ["personal.sqlite"]


def test_a_locked_database_is_not_taken_for_damaged(monkeypatch):
    with UserData() as u:
        u.set_note(ACTIVITY, "a-1", "x")
        path = u.path
    monkeypatch.setattr(ud, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserDataError, match="in use"):
            UserData()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sorted(p.name for p in folder().iterdir()) == ["personal.sqlite"]
    with UserData() as u:
        assert u.note_of(ACTIVITY, "a-1") == "x"


# ================================================================== interrupted writes
def test_a_failure_inside_a_write_keeps_the_previous_state(data, monkeypatch):
    data.create_collection("C")
    data.add_items("C", [(ACTIVITY, f"a-{n}") for n in range(5)])
    before = state(data)

    # An SQLite error after some positions were rewritten (the collection's timestamp
    # update is refused)...
    def refuse(action: int, arg1: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_UPDATE and arg1 == "collections":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    data._conn.set_authorizer(refuse)
    with pytest.raises(UserDataError, match="could not be saved") as err:
        data.move_item("C", ACTIVITY, "a-4", 0)
    assert "未作任何更改" in err.value.message("zh")
    data._conn.set_authorizer(None)
    assert state(data) == before

    # ... and any other failure in the middle of an action.
    def boom() -> str:
        raise RuntimeError("power cut")

    with monkeypatch.context() as patched:
        patched.setattr(ud, "_now", boom)
        with pytest.raises(RuntimeError):
            data.move_item("C", ACTIVITY, "a-4", 0)
    assert state(data) == before
    data.move_item("C", ACTIVITY, "a-4", 0)  # the connection is still usable
    assert order(data, "C")[0] == "a-4"


CRASH = """
import os, sys
import desktop.core.userdata as ud
u = ud.UserData(sys.argv[1])
u.create_collection("C")
u.add_items("C", [("activity", "a-1"), ("activity", "a-2"), ("activity", "a-3")])
u.set_note("activity", "a-1", "kept")
ud._now = lambda: os._exit(7)  # the process dies after rewriting positions, before COMMIT
u.move_item("C", "activity", "a-3", 0)
"""


def test_a_crash_in_the_middle_of_a_write_loses_only_that_edit():
    path = folder() / "personal.sqlite"
    path.parent.mkdir(parents=True)
    result = subprocess.run([sys.executable, "-c", CRASH, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 7, result.stderr
    assert path.with_name("personal.sqlite-journal").exists()  # a hot journal
    with UserData() as u:
        assert u.notice is None
        assert order(u, "C") == ["a-1", "a-2", "a-3"]
        assert u.note_of(ACTIVITY, "a-1") == "kept"
        u.move_item("C", ACTIVITY, "a-3", 0)  # the edit, done again, works
    with UserData() as u:
        assert order(u, "C") == ["a-3", "a-1", "a-2"]


# ================================================================== backup and restore
def test_backup_and_restore_round_trip(data, tmp_path):
    fill(data)
    saved = state(data)
    info = data.backup(tmp_path / "backup.sqlite")
    assert (info.app, info.format_version) == ("ippc-coop", SCHEMA_VERSION)
    assert info.counts == {"notes": 2, "stars": 2, "collections": 1, "collection_items": 3,
                           "saved_searches": 1}
    assert read_backup(tmp_path / "backup.sqlite") == info
    # days of further work ...
    data.set_note(ACTIVITY, "cpm15-24-1", "changed")
    data.delete_collection("Sea containers")
    data.create_collection("Newer")
    changed = state(data)
    result = data.restore(tmp_path / "backup.sqlite")
    assert result.info == info
    assert state(data) == saved
    assert result.previous is not None and result.previous.parent == folder()
    assert result.previous.name.startswith("personal.before-restore-")
    with UserData(result.previous) as previous:
        assert state(previous) == changed
    data.set_star(ACTIVITY, "cpm15-9-1")  # still writable after the swap
    data.close()
    with UserData() as again:
        assert again.is_starred(ACTIVITY, "cpm15-9-1")
        assert again.note_of(ACTIVITY, "cpm15-24-1") == "Ask customs 海关 first"


def test_a_version_1_backup_is_upgraded_on_restore(data, tmp_path):
    old = tmp_path / "v1-backup.sqlite"
    write_v1(old)
    with sqlite3.connect(old) as conn:
        conn.execute(ud._BACKUP_META_SQL)
        counts = {"notes": 1, "stars": 1, "collections": 1, "collection_items": 1}
        conn.executemany("INSERT INTO backup_meta VALUES (?, ?)", [
            ("app", "ippc-coop"), ("app_version", "0.0.9"), ("format", "personal-data"),
            ("format_version", "1"), ("created", T0), ("counts", json.dumps(counts))])
    conn.close()
    assert read_backup(old).format_version == 1
    data.restore(old)
    assert data.schema_version == SCHEMA_VERSION
    assert data.note_of(ACTIVITY, "cpm15-24-1") == "问海关"
    data.save_search("works", "x")


def test_backup_refuses_the_personal_file_itself_and_missing_folders(data, tmp_path):
    with pytest.raises(UserDataError, match="another file"):
        data.backup(data.path)
    with pytest.raises(UserDataError, match="does not exist"):
        data.backup(tmp_path / "no" / "such" / "backup.sqlite")


def _sql(*statements: str, pragmas: tuple[str, ...] = ()) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        conn = sqlite3.connect(path)
        for pragma in pragmas:
            conn.execute(pragma)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return change


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _counts_claim(**counts: int) -> str:
    full = {"notes": 2, "stars": 2, "collections": 1, "collection_items": 3,
            "saved_searches": 1, **counts}
    return f"UPDATE backup_meta SET value = '{json.dumps(full)}' WHERE key = 'counts'"


HOSTILE = {
    "view": (_sql("CREATE VIEW v AS SELECT * FROM notes"), "views or triggers"),
    "trigger": (_sql("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM stars; END"),
                "views or triggers"),
    "extra table": (_sql("CREATE TABLE evil (x)"), "unexpected: ['evil']"),
    "extra index": (_sql("CREATE INDEX evil_index ON notes (text)"), "unexpected"),
    "extra column": (_sql("ALTER TABLE notes ADD COLUMN evil"), "different: ['notes']"),
    "missing table": (_sql("DROP TABLE saved_searches"), "missing"),
    "no description": (_sql("DROP TABLE backup_meta"), "no backup description"),
    "other app": (_sql("UPDATE backup_meta SET value = 'x' WHERE key = 'app'"),
                  "not a backup of personal data"),
    "newer": (_sql("UPDATE backup_meta SET value = '99' WHERE key = 'format_version'",
                   pragmas=("PRAGMA user_version = 99",)), "newer version"),
    "newer header only": (_sql(pragmas=("PRAGMA user_version = 99",)), "newer version"),
    "counts altered": (_sql("DELETE FROM notes"), "does not match its content"),
    "bad kind": (_sql("INSERT INTO stars VALUES ('topic', 'x', 'now')", _counts_claim(stars=3),
                      pragmas=("PRAGMA ignore_check_constraints = ON",)), "would not write"),
    "blob id": (_sql("INSERT INTO notes VALUES ('activity', x'00ff', 't', 'now')",
                     _counts_claim(notes=3), pragmas=("PRAGMA ignore_check_constraints = ON",)),
                "would not write"),
    "orphan item": (_sql("INSERT INTO collection_items VALUES (42, 0, 'activity', 'a', '', 'n')",
                         _counts_claim(collection_items=4)), "without their collection"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(20000)), "not an SQLite database"),
    "header then garbage": (lambda p: p.write_bytes(ud.SQLITE_MAGIC + os.urandom(20000)),
                            "damaged or not a database"),
    "truncated": (_truncate, "damaged or not a database"),
    "empty": (lambda p: p.write_bytes(b""), "not an SQLite database"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_backups_are_refused_and_change_nothing(data, tmp_path, case):
    change, message = HOSTILE[case]
    fill(data)
    hostile = tmp_path / "hostile.sqlite"
    data.backup(hostile)
    change(hostile)
    data.set_note(ACTIVITY, "cpm15-9-1", "current")
    before = state(data)
    with pytest.raises(UserDataError, match="was refused") as err:
        data.restore(hostile)
    assert message in str(err.value)
    assert "未被接受" in err.value.message("zh")
    assert state(data) == before
    assert not list(folder().glob("personal.before-restore-*"))
    data.set_star(ACTIVITY, "cpm15-9-1")  # still usable


def test_oversized_backups_and_other_files_are_refused(data, tmp_path, monkeypatch, db_path):
    fill(data)
    data.backup(tmp_path / "backup.sqlite")
    with pytest.raises(UserDataError, match="not a backup made by this app"):
        read_backup(db_path)  # the cooperation database, or a data pack
    with pytest.raises(UserDataError, match="no backup description"):
        read_backup(data.path)  # a personal database is not a backup
    with pytest.raises(UserDataError, match="cannot be read"):
        read_backup(tmp_path / "missing.sqlite")
    monkeypatch.setattr(ud, "MAX_BACKUP_BYTES", 1000)
    with pytest.raises(UserDataError, match="larger than"):
        data.restore(tmp_path / "backup.sqlite")


def test_a_failed_swap_leaves_the_current_data(data, tmp_path, monkeypatch):
    fill(data)
    data.backup(tmp_path / "backup.sqlite")
    data.set_note(ACTIVITY, "cpm15-24-1", "current")
    before = state(data)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", refuse)
        with pytest.raises(UserDataError, match="could not be replaced by the backup") as err:
            data.restore(tmp_path / "backup.sqlite")
    assert "Permission denied" in str(err.value) and "未作任何更改" in err.value.message("zh")
    assert state(data) == before
    assert not list(folder().glob("personal.before-restore-*"))
    data.set_star(ACTIVITY, "cpm15-9-1")
