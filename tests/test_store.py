"""Filters, counts, the partner tree and lookups over the real database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError, NotFoundError
from desktop.core.models import UNDATED, Filters
from desktop.core.store import Store


def ids(result):
    return {h.activity.id for h in result.hits}


def test_values_within_a_filter_are_ored(store):
    a = ids(store.search("", Filters(topics=("ephyto",))))
    b = ids(store.search("", Filters(topics=("e_commerce",))))
    both = ids(store.search("", Filters(topics=("ephyto", "e_commerce"))))
    assert both == a | b and a and b


def test_different_filters_are_anded(store):
    topic = ids(store.search("", Filters(topics=("sea_containers",))))
    year = ids(store.search("", Filters(years=(2019,))))
    both = ids(store.search("", Filters(topics=("sea_containers",), years=(2019,))))
    assert both == topic & year and both


def test_year_filter_uses_date_ranges(store):
    result = store.search("", Filters(years=(2020,)))
    for hit in result.hits:
        assert hit.activity.year_start <= 2020 <= hit.activity.year_end
    # the tabletop exercises ran November 2019 and October 2020: in both years
    tabletop = next(a for a in store.activities if a.date == "2019-11/2020-10")
    assert tabletop.id in ids(result)
    assert tabletop.id in ids(store.search("", Filters(years=(2019,))))


def test_undated_filter(store):
    result = store.search("", Filters(years=(UNDATED,)))
    assert result.total > 0
    assert all(h.activity.date is None for h in result.hits)


def test_partner_filter_includes_member_bodies(store):
    own = {a.id for a in store.activities if "wto" in a.partner_ids}
    committee = {a.id for a in store.activities if "wto_sps_committee" in a.partner_ids}
    assert committee - own, "the SPS Committee has activities of its own"
    assert ids(store.search("", Filters(partners=("wto",)))) == own | committee


def test_part_and_calls_to_action_filters(store):
    part3 = store.search("", Filters(parts=(3,)))
    assert {h.activity.paragraph for h in part3.hits} == set(range(28, 33))
    calls = store.search("", Filters(calls_to_action=True))
    assert {h.activity.paragraph for h in calls.hits} >= {14, 24}
    assert all(h.activity.calls_to_action for h in calls.hits)


def test_topic_counts_ignore_their_own_facet(store):
    filters = Filters(topics=("ephyto",), years=(2019,))
    counts = dict((t.id, n) for t, n in store.topic_counts("", filters))
    for topic_id, n in counts.items():
        expected = store.search("", Filters(topics=(topic_id,), years=(2019,))).total
        assert n == expected, topic_id


def test_year_counts_follow_query_and_other_filters(store):
    counts = dict(store.year_counts("海运集装箱", Filters(topics=("customs",))))
    for year, n in counts.items():
        expected = store.search("海运集装箱", Filters(topics=("customs",), years=(year,))).total
        assert n == expected
    assert list(counts)[-1] == UNDATED
    assert {2019, 2020, 2021} <= set(counts)


def test_partner_tree_in_report_order_with_counts(store):
    tree = store.partner_tree()
    assert [g.group.part for g in tree] == [1, 2, 3]
    first = tree[0].partners[0].partner
    assert first.id in {"unoda", "bwc"}
    iag = next(n for n in tree[0].partners if n.partner.id == "ephyto_iag")
    members = {c.partner.id for c in iag.children}
    assert {"igtc", "freshfel", "union_fleurs", "gea", "ciopora", "euroseeds", "europatat",
            "fcc", "nafa", "isf"} == members
    rppos = {n.partner.id for n in tree[2].partners}
    assert {"apppc", "eppo", "nappo", "neppo", "pppo"} <= rppos
    total = sum(g.count for g in tree)
    assert total == len(store.activities)


def test_partner_tree_counts_follow_search(store):
    tree = store.partner_tree("海运集装箱")
    counts = {n.partner.id: n.count for g in tree for n in g.partners}
    assert counts["wco"] > 0 and counts["imo"] > 0 and counts["nappo"] == 1
    assert counts["cabi"] == 0
    # the partner facet itself is ignored so the tree stays a map
    same = store.partner_tree("海运集装箱", Filters(partners=("wco",)))
    assert {n.partner.id: n.count for g in same for n in g.partners} == counts


def test_resolve_labels_in_both_languages(store):
    assert store.resolve_topic("ePhyto") == "ephyto"
    assert store.resolve_topic("电子植检证书") == "ephyto"
    assert store.resolve_topic("SEA CONTAINERS") == "sea_containers"
    assert store.resolve_partner("WCO") == "wco"
    assert store.resolve_partner("世界海关组织") == "wco"
    assert store.resolve_partner("world customs organization") == "wco"
    assert store.resolve_partner("食典委") == "codex"
    with pytest.raises(NotFoundError):
        store.resolve_partner("nobody at all")


def test_activity_lookup_and_citation(store):
    activity = store.activity("cpm15-13-1")
    assert activity.paragraph == 13
    assert store.citation(activity, "en").endswith("agenda item 15.1, paragraph 13")
    assert "第 13 段" in store.citation(activity, "zh")
    with pytest.raises(NotFoundError):
        store.activity("cpm15-99-1")


def test_missing_database_gives_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="not found.*make db"):
        Store(tmp_path / "nope.sqlite")


def test_corrupt_database_gives_clear_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot be read"):
        Store(bad)


def test_wrong_schema_gives_clear_error(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="schema version"):
        Store(path)


def test_database_is_opened_read_only(store):
    with pytest.raises(sqlite3.OperationalError):
        store._conn.execute("DELETE FROM activities")


def test_database_file_untouched_by_use(db_path: Path):
    before = db_path.stat().st_mtime_ns
    s = Store(db_path)
    s.search("实蝇")
    s.close()
    assert db_path.stat().st_mtime_ns == before


def test_co_partners_are_named_in_shared_activities(store):
    co = [p.id for p in store.co_partners("wco")]
    assert {"codex", "imo", "iom", "oie"} <= set(co)
    assert "wco" not in co and "wco_ptc" not in co  # itself and its own bodies excluded
    for pid in co:
        assert any(pid in a.partner_ids and store.descendants("wco") & set(a.partner_ids)
                   for a in store.activities)


def test_errors_the_window_shows_have_a_chinese_message(tmp_path):
    with pytest.raises(DatabaseError) as info:
        Store(tmp_path / "nope.sqlite")
    assert "找不到合作数据库" in info.value.message("zh")
    assert info.value.message("en") == str(info.value)
