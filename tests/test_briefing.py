"""The briefing model: one rule for what is printed where, counts that agree with the partner
tree, order, citations, and text made safe for every format."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.briefing import (
    MAX_TITLE,
    TOP_PARTNERS,
    Briefing,
    Figure,
    Item,
    SeeAlso,
    build_briefing,
    keep_latin_together,
    short_citation,
    source_citation,
)
from desktop.core.clean import clean_line, clean_text
from desktop.core.models import Activity, Filters
from desktop.core.store import Store


def tree_counts(store: Store, query: str = "", filters: Filters | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}

    def walk(node) -> None:
        counts.setdefault(node.partner.id, node.count)
        for child in node.children:
            walk(child)

    for group in store.partner_tree(query, filters):
        for node in group.partners:
            walk(node)
    return counts


def sections(briefing: Briefing):
    return [s for part in briefing.parts for s in part.sections]


def check_rule(store: Store, briefing: Briefing, activities: list[Activity]) -> None:
    """The invariants the rule promises, for any set of activities."""
    items = list(briefing.items())
    # each activity printed exactly once
    assert sorted(i.activity_id for i in items) == sorted({a.id for a in activities})
    anchors = {i.anchor: i for i in items}
    for section in sections(briefing):
        for item in section.items:
            assert item.activity_id  # printed here: this is its home
        for ref in section.see_also:
            assert anchors[ref.anchor].activity_id == ref.activity_id
            assert ref.title == anchors[ref.anchor].title
        if not section.partner_id:
            continue
        own = store.descendants(section.partner_id)
        expected = {a.id for a in activities if own & set(a.partner_ids)}
        got = {i.activity_id for i in section.items} | {r.activity_id for r in section.see_also}
        assert got == expected, section.partner_id
        assert section.count == len(expected)
    # every partner in the tables has a section with the same count
    counts = {s.partner_id: s.count for s in sections(briefing)}
    for row in briefing.annex or briefing.top_partners:
        assert counts[row.partner_id] == row.count


def test_whole_report_counts_agree_with_the_partner_tree(store: Store) -> None:
    briefing = build_briefing(store, store.activities, lang="en")
    check_rule(store, briefing, list(store.activities))
    tree = tree_counts(store)
    assert {r.partner_id: r.count for r in briefing.annex} == tree
    # the tree's order: parts, partners in report order, bodies under their parent
    assert [r.partner_id for r in briefing.annex][:3] == [p.id for p in store.partners
                                                          if not p.parent_id][:3]
    wto = [r.partner_id for r in briefing.annex].index("wto")
    assert briefing.annex[wto + 1].partner_id == "wto_sps_committee"
    assert briefing.annex[wto + 1].depth == 1
    # FAO is named only beside another home partner: it still has a section, of references
    fao = next(s for s in sections(briefing) if s.partner_id == "fao")
    assert fao.items == () and fao.count == tree["fao"] > 0


def test_a_search_briefing_agrees_with_the_tree_for_the_same_search(store: Store) -> None:
    filters = Filters(topics=("sea_containers",))
    hits = [h.activity for h in store.search("集装箱", filters).hits]
    briefing = build_briefing(store, hits, lang="zh", query="集装箱", filters=filters)
    check_rule(store, briefing, hits)
    tree = {k: v for k, v in tree_counts(store, "集装箱", filters).items() if v}
    rows = briefing.annex or briefing.top_partners
    assert {r.partner_id: r.count for r in rows} == tree


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_rule_holds_for_any_selection(store: Store, data: st.DataObject) -> None:
    chosen = data.draw(st.lists(st.sampled_from(store.activities), max_size=30))
    focus = data.draw(st.lists(st.sampled_from([p.id for p in store.partners]), max_size=2))
    briefing = build_briefing(store, chosen, lang=data.draw(st.sampled_from(["zh", "en"])),
                              filters=Filters(partners=tuple(focus)))
    check_rule(store, briefing, chosen)


def test_partner_briefing_files_everything_under_the_partner(store: Store) -> None:
    activities = [h.activity for h in store.search("", Filters(partners=("wco",))).hits]
    briefing = build_briefing(store, activities, lang="en", filters=Filters(partners=("wco",)))
    first = briefing.parts[0].sections
    assert [s.partner_id for s in first[:3]] == ["wco", "wco_ptc", "wco_safe_wg"]
    wco_family = store.descendants("wco")
    homes = {i.activity_id: s.partner_id for s in sections(briefing) for i in s.items}
    assert set(homes.values()) <= wco_family
    assert len(first[0].items) == len(activities) - sum(
        len(s.items) for s in first[1:3])
    # co-partners (Codex, IMO, ...) refer to the WCO entries
    codex = next(s for s in sections(briefing) if s.partner_id == "codex")
    assert codex.items == () and all("under World Customs Organization (WCO)" in r.where
                                     for r in codex.see_also)
    # few partners: the summary lists them all and there is no annex
    assert briefing.annex == () and briefing.annex_note == ""
    assert len(briefing.top_partners) == len(sections(briefing))


def test_summary_is_short_and_sorted(store: Store) -> None:
    briefing = build_briefing(store, store.activities, lang="en")
    top = briefing.top_partners
    assert len(top) == TOP_PARTNERS
    assert [r.count for r in top] == sorted((r.count for r in top), reverse=True)
    assert all(len(r.topics) <= 3 for r in top)
    assert briefing.annex_note == f"All {len(briefing.annex)} partners, with their topics, " \
                                  "are listed in the annex."
    assert "printed once" in briefing.rule and "partner tree" in briefing.rule


def test_topics_by_count_then_name(store: Store) -> None:
    briefing = build_briefing(store, store.activities, lang="en")
    keys = [(-n, label.casefold()) for label, n in briefing.topics]
    assert keys == sorted(keys)
    assert len(briefing.topics) == len({t for a in store.activities for t in a.topic_ids})


def test_outline_is_the_headings_in_order(store: Store) -> None:
    briefing = build_briefing(store, store.activities, lang="zh")
    outline = briefing.outline()
    assert [e.text for e in outline[:3]] == ["来源", "概要", "第 1 部分：国际组织"]
    assert outline[-2:][0].text == "涉及的主题" and outline[-1].text == "附件：全部合作伙伴"
    level2 = [e.anchor for e in outline if e.level == 2]
    assert level2 == [s.anchor for s in sections(briefing)]
    assert len(set(e.anchor for e in outline)) == len(outline)


def test_figures_are_at_a_glance_after_the_summary(store: Store) -> None:
    figure = Figure("timeline", b"png", 1890, 945, 300, "Figure 1. When", "Timeline")
    briefing = build_briefing(store, store.activities, lang="en", figures=[figure])
    assert briefing.figures == (figure,)
    outline = briefing.outline()
    assert [(e.level, e.text, e.anchor) for e in outline[:3]] == [
        (1, "Sources", "sources"), (1, "Summary", "summary"), (1, "At a glance", "glance")]
    assert outline[3].anchor == "part-1"
    # none drawn (the core alone, a CSV, --no-charts): no such section
    assert all(e.anchor != "glance" for e in build_briefing(store, store.activities).outline())
    assert build_briefing(store, store.activities, lang="zh", figures=[figure]).outline()[
        2].text == "概览"


def test_a_figure_fits_the_text_width_or_the_page_height() -> None:
    wide = Figure("timeline", b"", 2000, 1000, 300, "", "")
    assert wide.fit(16.0, 21.0) == (16.0, 8.0)  # as wide as the text
    tall = Figure("map", b"", 1000, 3000, 300, "", "")
    assert tall.fit(16.0, 21.0) == (7.0, 21.0)  # narrower, to fit the page with its caption
    assert Figure("map", b"", 0, 0, 300, "", "").fit(16.0, 21.0) == (16.0, 0.0)


def test_citations_compact_beside_quotations_full_in_sources(store: Store) -> None:
    document = store.documents[0]
    assert short_citation(document, 24, "en") == "CPM-15\u00a0(2021), item 15.1, ¶24"
    assert short_citation(document, 24, "en", translated=True).endswith(
        "(working translation)")
    assert short_citation(document, 24, "zh") == "CPM-15 (2021)，议题 15.1，第 24 段"
    full = source_citation(document, "en")
    assert full.startswith("CPM-15 (2021), item 15.1: IPPC Secretariat, Report of the IPPC "
                           "Secretariat on international cooperation (2019–2020).")
    assert "Rome" in full and "agenda item 15.1" in full
    assert "罗马" in source_citation(document, "zh")
    briefing = build_briefing(store, store.activities[:3], lang="en")
    assert [s.citation for s in briefing.sources] == [full]
    item = next(briefing.items())
    assert item.citation.endswith("(working translation)")
    assert briefing.notes[0].startswith("English quotations are an unofficial working")


def test_both_languages_adds_the_original_under_each_quotation(store: Store) -> None:
    activity = store.activity("cpm15-24-1")
    item = next(build_briefing(store, [activity], lang="en", both_languages=True).items())
    assert [q.lang for q in item.quotations] == ["en", "zh"]
    assert item.quotations[1].text == activity.text
    assert item.quotations[1].label.startswith("Original (Chinese")
    item = next(build_briefing(store, [activity], lang="zh").items())
    assert [q.text for q in item.quotations] == [activity.text]
    assert "译文" not in item.citation


def test_acronym_groups_stay_together_in_chinese() -> None:
    assert keep_latin_together("工作组（SAFE WG）") == "工作组（SAFE\u00a0WG）"
    assert keep_latin_together("协会（Union Fleurs）") == "协会（Union Fleurs）"  # may wrap
    assert keep_latin_together("（WTO SPS）、（A B") == "（WTO\u00a0SPS）、（A B"


# -- hostile text --------------------------------------------------------------------------
_BAD = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {"\x7f", "\ufffe", "\uffff"}


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _clean(text: str) -> bool:
    return not any(ch in _BAD or "\ud800" <= ch <= "\udfff" for ch in text)


def test_hostile_text_never_reaches_a_renderer(store: Store) -> None:
    evil = "a\x01b\x1bc\x0bd\udcffe\ufffef\x00"
    activity = dataclasses.replace(store.activities[0], title_en=evil, text_en=evil,
                                   place_en=evil)
    briefing = build_briefing(store, [activity], lang="en", title=evil * 100, query=evil,
                              scope_label=evil, today=dt.date(2024, 1, 2))
    assert all(_clean(s) for s in _strings(briefing))
    assert briefing.title.startswith("abcdef")
    assert len(briefing.title) <= MAX_TITLE and len(briefing.properties_title) <= 255
    assert "2024-01-02" in briefing.facts[1]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_leaves_only_xml_safe_text(text: str) -> None:
    from lxml import etree

    out = clean_text(text)
    assert _clean(out)
    element = etree.Element("t")
    element.text = out  # lxml refuses anything XML 1.0 cannot hold
    line = clean_line(text, 20)
    assert len(line) <= 20 and "\n" not in line and _clean(line)


def test_clean_text_keeps_ordinary_text() -> None:
    assert clean_text("植物检疫\tWCO\r\nline") == "植物检疫\tWCO\nline"
    assert clean_line("  a \n\t b  ") == "a b"
    assert clean_line("x" * 10, 5) == "xxxx…"
    assert clean_text("emoji 🌱 ok") == "emoji 🌱 ok"


def test_items_and_references_are_typed(store: Store) -> None:
    briefing = build_briefing(store, store.activities, lang="en")
    for section in sections(briefing):
        assert all(isinstance(i, Item) for i in section.items)
        assert all(isinstance(r, SeeAlso) for r in section.see_also)
