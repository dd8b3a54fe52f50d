"""The counts beside topics, years and partners follow the search as well as the filters.

A window that asked for its topic or year counts without the query (a bug once planted on
purpose) showed the same numbers whatever was typed; these tests read the numbers the user
sees and compare them with the core's for the same query.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop.core.models import UNDATED, Filters
from desktop.ui.filter_panel import TopicIdRole
from desktop.ui.main_window import MainWindow
from desktop.ui.partner_tree_model import CountRole, NodeKeyRole

#: "Fruit flies (3)", "2020 (12)", also with full-width brackets.
COUNT = re.compile(r"[（(](\d+)[)）]\s*$")


def shown_count(text: str) -> int:
    found = COUNT.search(text)
    assert found, f"no count in {text!r}"
    return int(found.group(1))


def topic_counts_shown(window: MainWindow) -> dict[str, int]:
    model = window.filter_panel.topic_model
    return {model.index(r, 0).data(TopicIdRole):
            shown_count(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole))
            for r in range(model.rowCount())}


def year_counts_shown(window: MainWindow, years: list[int]) -> dict[int, int]:
    return {y: shown_count(window.filter_panel.year_box(y).text()) for y in years}


def group_counts_shown(window: MainWindow, store) -> dict[str, int]:
    out = {}
    for group in store.groups:
        index = window.tree_model.find(("group", group.id))
        if index is not None and index.isValid():
            out[group.id] = index.data(CountRole)
    return out


@pytest.mark.parametrize("query", ["实蝇", "WCO", "ePhyto"])
def test_topic_and_year_counts_change_with_the_query(window, store, query):
    before_topics = topic_counts_shown(window)
    years = [y for y, _ in store.year_counts()]
    before_years = year_counts_shown(window, years)
    assert before_topics == {t.id: n for t, n in store.topic_counts()}
    assert before_years == dict(store.year_counts())

    window.set_query(query)
    expected_topics = {t.id: n for t, n in store.topic_counts(query)}
    expected_years = dict(store.year_counts(query))
    assert topic_counts_shown(window) == expected_topics
    assert year_counts_shown(window, years) == expected_years
    # the query narrows: some counts fall (to zero for topics it does not touch), none rise
    assert expected_topics != before_topics and expected_years != before_years
    assert all(expected_topics[t] <= before_topics[t] for t in before_topics)
    assert 0 in expected_topics.values() and sum(expected_years.values()) > 0
    assert sum(expected_years.values()) < sum(before_years.values())

    window.set_query("")
    assert topic_counts_shown(window) == before_topics
    assert year_counts_shown(window, years) == before_years


def test_counts_follow_the_query_and_a_filter_together(window, store):
    window.set_query("秘书处")
    window.set_filters(Filters(years=(2020,)))
    topics = topic_counts_shown(window)
    assert topics == {t.id: n for t, n in store.topic_counts("秘书处", Filters(years=(2020,)))}
    assert topics != {t.id: n for t, n in store.topic_counts("", Filters(years=(2020,)))}
    years = [y for y, _ in store.year_counts()]
    # the year facet ignores its own filter but not the query
    assert year_counts_shown(window, years) == dict(store.year_counts("秘书处"))
    assert year_counts_shown(window, [UNDATED]) == {UNDATED: dict(
        store.year_counts("秘书处"))[UNDATED]}


def test_partner_tree_counts_change_with_the_query(window, store):
    before = group_counts_shown(window, store)
    assert before and sum(before.values()) > 0
    window.set_query("WCO")
    after = group_counts_shown(window, store)
    expected = {g.group.id: g.count for g in store.partner_tree("WCO")}
    assert after == {k: expected[k] for k in after}
    assert after != before
    wco = window.tree_model.find(("partner", "wco"))
    assert wco is not None and wco.data(NodeKeyRole) == ("partner", "wco")
    matching = {h.activity.id for h in store.search("WCO").hits}
    own = {a.id for a in store.activities if "wco" in a.partner_ids}
    assert wco.data(CountRole) == len(matching & own) > 0
    window.set_query("实蝇")  # no match of WCO's: shown as 0, or hidden while searching
    wco = window.tree_model.find(("partner", "wco"))
    assert wco is None or not wco.isValid() or wco.data(CountRole) == 0
