"""Filters, counts, the partner tree and lookups over the real database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError, NotFoundError
from desktop.core.format import format_date
from desktop.core.models import UNDATED, Filters
from desktop.core.store import Store
from desktop.core.text import parse_query


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
    # the tabletop exercises ran November 2019 and October 2020: two events, in both years
    tabletop = next(a for a in store.activities if a.date == "2019-11,2020-10")
    assert tabletop.id in ids(result)
    assert tabletop.id in ids(store.search("", Filters(years=(2019,))))
    assert tabletop.years() == (2019, 2020)


def test_separate_dates_are_not_a_period(store):
    # ISF's two webinars: one in 2020, one in early 2021 (not "2020 to 2021")
    webinars = store.activity("cpm15-17-2")
    assert webinars.date == "2020,2021"
    assert format_date(webinars, "en") == "2020 and early 2021"
    assert format_date(webinars, "zh") == "2020 年和 2021 年初"
    assert format_date(store.activity("cpm15-3-3"), "en") == "November 2019 and October 2020"
    assert webinars.years() == (2020, 2021)


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


@pytest.mark.parametrize("version", ["0", "1"])
def test_wrong_schema_gives_clear_error(tmp_path, version):
    # schema 1 (one report, before the corpus) is refused like any other old database
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [version])
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match=f"schema version '{version}'.* needs 2"):
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


# -- English text and several reports ---------------------------------------------------------
def test_english_words_find_the_english_text(store):
    # "tabletop" is only in the English of cpm15-3-3 (no title, name or alias carries it)
    result = store.search("tabletop exercises")
    assert [h.activity.id for h in result.hits][:1] == ["cpm15-3-3"]
    hit = result.hits[0]
    marked = [hit.activity.text_en[a:b].lower() for a, b in hit.highlights_en]
    assert marked == ["tabletop", "exercises"]
    assert hit.spans_in("en") == hit.highlights_en
    assert hit.spans_in("zh") == hit.highlights


def test_quotation_words_rank_above_a_topic_alias_link(store):
    # "container" is an alias of the sea-containers topic: every such activity matches, but
    # those whose own text speaks of containers come first.
    hits = list(store.search("container").hits)
    with_word = [h for h in hits if "container" in h.activity.text_en.lower()]
    alias_only = [h for h in hits if "container" not in h.activity.text_en.lower()]
    assert with_word and alias_only
    assert max(hits.index(h) for h in with_word) < min(hits.index(h) for h in alias_only)


def test_named_bodies_that_are_not_partners_are_found(store):
    for query in ("Standards Committee", "SC", "WEF", "World Economic Forum", "CPM Bureau",
                  "ESG", "IYPH ISC"):
        result = store.search(query)
        assert result.total > 0, query
    wef = store.search("WEF").hits[0]
    assert wef.activity.paragraph == 11
    assert any(wef.activity.text[a:b] == "世界经济论坛" for a, b in wef.highlights) or (
        "世界经济论坛" not in wef.activity.text)
    assert not any(p.acronym == "SC" for p in store.partners)  # still not a partner


def test_whole_paragraph_in_both_languages(store):
    a = store.activity("cpm15-13-2")
    assert a.text in store.paragraph_text(a, "zh")
    assert a.text_en in store.paragraph_text(a, "en")
    assert store.paragraph_text(a, "en").startswith("International Atomic Energy Agency")


def test_text_in_and_translation_flags(store):
    a = store.activity("cpm15-24-1")
    assert a.text_in("zh") == a.text and not a.is_translation("zh")
    assert a.text_in("en") == a.text_en and a.is_translation("en")
    assert store.citation(a, "en", translated=True).endswith(
        "paragraph 24 (unofficial working translation from the Chinese)")
    assert store.citation(a, "zh") == ("《国际植保公约》秘书处，《国际植保公约》秘书处国际合作"
                                       "工作报告，植物检疫措施委员会第十五届会议（2021 年），"
                                       "议题 15.1，第 24 段")


def test_usa_is_a_country_not_a_body_inside_nappo(store):
    usa = store.partner("usa")
    assert usa.parent_id is None and usa.kind == "country"
    assert "usa" not in store.descendants("nappo")
    rppo = next(g for g in store.partner_tree() if g.group.id == "rppo")
    assert "usa" in [n.partner.id for n in rppo.partners]  # top level of part 3


def test_sps_agreement_citations_link_the_topic_not_wto(store):
    for activity_id in ("cpm15-5-2", "cpm15-14-5", "cpm15-6-5"):
        a = store.activity(activity_id)
        assert "wto" not in a.partner_ids and "sps_trade" in a.topic_ids, activity_id
    assert {"wto", "codex", "oie"} <= set(store.activity("cpm15-25-2").partner_ids)


def test_two_reports_coexist(two_reports):
    s = two_reports
    assert [d.id for d in s.documents] == ["cpm15", "cpm99"]
    counts = dict((d.id, n) for d, n in s.document_counts())
    assert counts == {"cpm15": 95, "cpm99": 2}
    assert s.search("").total == 97
    # a report filter, alone and with the other filters
    only = s.search("", Filters(documents=("cpm99",)))
    assert {h.activity.id for h in only.hits} == {"cpm99-2-1", "cpm99-3-1"}
    assert s.search("", Filters(documents=("cpm99",), partners=("wco",))).total == 1
    # counts of other facets follow the report filter; the report facet ignores itself
    topics = dict((t.id, n) for t, n in s.topic_counts("", Filters(documents=("cpm99",))))
    assert topics["sea_containers"] == 2 and topics["ephyto"] == 0
    counts = dict((d.id, n) for d, n in s.document_counts("", Filters(documents=("cpm99",))))
    assert counts == {"cpm15": 95, "cpm99": 2}
    # the partner tree counts across reports
    wco = next(n for g in s.partner_tree() for n in g.partners if n.partner.id == "wco")
    assert wco.count == 9 + 1
    # Chinese and English search reach the new report
    assert "cpm99-2-1" in {h.activity.id for h in s.search("清洁度数据").hits}
    assert "cpm99-2-1" in {h.activity.id for h in s.search("cleanliness data").hits}


def test_citations_name_each_activitys_own_report(two_reports):
    s = two_reports
    new = s.activity("cpm99-3-1")
    old = s.activity("cpm15-3-1")
    assert s.citation(new, "en") == ("IPPC Secretariat, Report of the IPPC Secretariat on "
                                     "international cooperation, CPM-99 (2099), agenda item "
                                     "9.9, paragraph 3")
    assert "第九十九届会议（2099 年），议题 9.9，第 3 段" in s.citation(new, "zh")
    assert "CPM-15 (2021), agenda item 15.1, paragraph 3" in s.citation(old, "en")
    assert s.document_of(new).label("en") == "CPM-99 (2099), agenda item 9.9"
    assert s.resolve_document("CPM-99") == "cpm99" == s.resolve_document("cpm99")
    with pytest.raises(NotFoundError, match="Unknown report"):
        s.resolve_document("CPM-1")


def test_english_aliases_of_partners(store):
    assert store.resolve_partner("Codex") == "codex"
    assert store.resolve_partner("international olive oil council") == "ioc"
    assert "cpm15-16-1" in ids(store.search("Olive Oil Council"))


def test_database_missing_a_column_is_reported_as_incomplete(tmp_path, db_path):
    import shutil

    copy = tmp_path / "partial.sqlite"
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("ALTER TABLE partners DROP COLUMN aliases_en")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="incomplete"):
        Store(copy)


def test_restrict_to_is_anded_with_query_filters_and_every_count(store):
    """``restrict_to`` (the user's starred or annotated activities) narrows every answer;
    ``None`` leaves the store's behaviour as it was."""
    chosen = {a.id for a in store.activities[::7]}
    filters = Filters(years=(2019,))
    for query in ("", "海运集装箱", "ePhyto"):
        full = store.matching_ids(query, filters)
        assert store.matching_ids(query, filters, restrict_to=None) == full
        narrowed = store.matching_ids(query, filters, restrict_to=chosen)
        assert narrowed == [i for i in full if i in chosen]  # same ranking, fewer ids
        result = store.search(query, filters, limit=3, restrict_to=chosen)
        assert result.total == len(narrowed)
        assert [h.activity.id for h in result.hits] == narrowed[:3]
    assert store.search("", restrict_to=set()).total == 0
    # counts: as if the restriction were one more filter
    topics = dict((t.id, n) for t, n in store.topic_counts("", filters, restrict_to=chosen))
    for topic_id, n in topics.items():
        assert n == len(store.matching_ids("", Filters(topics=(topic_id,), years=(2019,)),
                                           restrict_to=chosen))
    years = dict(store.year_counts("", restrict_to=chosen))
    assert years.keys() == dict(store.year_counts()).keys()  # every year still listed
    for year, n in years.items():
        assert n == len(store.matching_ids("", Filters(years=(year,)), restrict_to=chosen))
    docs = store.document_counts("", restrict_to=chosen)
    assert sum(n for _, n in docs) == len(chosen)
    actions = store.calls_to_action_count("", restrict_to=chosen)
    assert actions == sum(store.activity(i).calls_to_action for i in chosen)
    tree = store.partner_tree("", restrict_to=chosen)
    assert sum(g.count for g in tree) == len(chosen)
    wco = {n.partner.id: n.count for g in tree for n in g.partners}["wco"]
    assert wco == len(store.matching_ids("", Filters(partners=("wco",)), restrict_to=chosen))


# -- date ranges and separate dates (issue 12: more than one test each) ---------------------
def _dated(date: str):
    from desktop.core.models import Activity
    from desktop.core.schema import year_span

    start, end = year_span(date)
    return Activity("x-1-1", 1, 1, 1, "", "", "", date or None, "", "", start, end, "", "",
                    False)


@pytest.mark.parametrize(("date", "years"), [
    ("", (UNDATED,)),
    ("2019", (2019,)),
    ("2019-08", (2019,)),
    ("2019-12-02/2019-12-04", (2019,)),
    ("2019/2020", (2019, 2020)),
    ("2019-12/2020-02", (2019, 2020)),  # a period across a new year
    ("2017/2021", (2017, 2018, 2019, 2020, 2021)),  # every year of a period
    ("2017,2021", (2017, 2021)),  # two events: not the years between
    ("2019-11,2020-10", (2019, 2020)),
    ("2017/2018,2021", (2017, 2018, 2021)),  # a period and a separate event
    ("2020-11,2020-12", (2020,)),
])
def test_years_of_ranges_and_separate_dates(date, years):
    assert _dated(date).years() == years


def test_year_filter_and_counts_agree_with_every_activitys_years(store):
    all_years = {y for a in store.activities for y in a.years()}
    assert {2019, 2020, 2021, UNDATED} <= all_years
    counts = dict(store.year_counts())
    for year in all_years:
        expected = {a.id for a in store.activities if year in a.years()}
        assert ids(store.search("", Filters(years=(year,)))) == expected, year
        assert counts[year] == len(expected) > 0, year
    # a period counts in each of its years, so the counts add up to more than the activities
    assert sum(counts.values()) > len(store.activities)


def test_a_period_is_in_each_of_its_years_and_no_other(store):
    period = store.activity("cpm15-15-1")
    assert period.date == "2019/2020"
    assert period.id in ids(store.search("", Filters(years=(2019,))))
    assert period.id in ids(store.search("", Filters(years=(2020,))))
    assert period.id not in ids(store.search("", Filters(years=(2021,))))
    assert period.id not in ids(store.search("", Filters(years=(UNDATED,))))
    # ... and separate events only in their own years
    webinars = store.activity("cpm15-17-2")
    assert webinars.date == "2020,2021"
    assert webinars.id not in ids(store.search("", Filters(years=(2019,))))
    days = store.activity("cpm15-21-3")  # 2019-09-23/2019-09-27: within one year
    assert days.years() == (2019,) and days.id not in ids(store.search("", Filters(years=(2020,))))


def test_columns_by_slot_follow_the_activities(store) -> None:
    qualifiers = store.qualifiers_by_slot()
    titles = store.titles_by_slot("en")
    assert len(qualifiers) == len(titles) == len(store.activities)
    for slot, activity in enumerate(store.activities):
        assert qualifiers[slot] == activity.date_qualifier
        assert titles[slot] == activity.title_en
    assert "planned" in qualifiers


def test_partners_come_in_the_registry_order(store):
    with sqlite3.connect(store.path) as conn:
        ordered = [r[0] for r in conn.execute("SELECT id FROM partners ORDER BY sort")]
    assert [p.id for p in store.partners] == ordered


def test_full_text_results_kept_are_bounded(store, monkeypatch):
    """The per-query cache of full-text matches keeps the latest queries within a bound on
    their matches (a large library's one-character query holds tens of thousands), and
    always the latest one."""
    monkeypatch.setattr(type(store), "SCORE_CACHE_SLOTS", 30)
    store.forget_searches()
    try:
        sizes = {q: len(store._scores(q) or {}) for q in ("植物", "秘书处", "集装箱", "WCO")}
        cache = store._score_cache
        assert list(cache)[-1] == tuple(parse_query("WCO"))  # the latest, always
        held = sum(map(len, cache.values()))
        assert held <= 30 or len(cache) == 1
        assert sizes["植物"] > 30 and tuple(parse_query("植物")) not in cache
        monkeypatch.setattr(type(store), "SCORE_CACHE_SLOTS", 10_000)
        monkeypatch.setattr(type(store), "SCORE_CACHE_QUERIES", 2)
        for q in ("植物", "秘书处", "集装箱"):
            store._scores(q)
        assert len(store._score_cache) == 2
    finally:
        store.forget_searches()
