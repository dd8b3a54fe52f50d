"""Timeline and topic-map data: dates of every form, lanes, packing, counts, scale."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from desktop.core.chart_data import (
    UNDATED_LANE,
    Event,
    parse_date,
    timeline_data,
    topic_map_data,
)
from desktop.core.models import Filters
from desktop.core.store import Store


def d(text: str) -> int:
    return date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(("iso", "qualifier", "expected"), [
    ("", "", ()),
    ("2019", "", (Event(d("2019-01-01"), d("2020-01-01"), "year", False),)),
    ("2019-06", "", (Event(d("2019-06-01"), d("2019-07-01"), "month", False),)),
    ("2020-02", "", (Event(d("2020-02-01"), d("2020-03-01"), "month", False),)),
    ("2019-07-08", "", (Event(d("2019-07-08"), d("2019-07-09"), "day", False),)),
    ("2019-07-08/2019-07-12", "",
     (Event(d("2019-07-08"), d("2019-07-13"), "day", True),)),
    ("2019/2020", "", (Event(d("2019-01-01"), d("2021-01-01"), "year", True),)),
    ("2019-05/2019-09", "", (Event(d("2019-05-01"), d("2019-10-01"), "month", True),)),
    ("2019-11,2020-10", "", (Event(d("2019-11-01"), d("2019-12-01"), "month", False),
                             Event(d("2020-10-01"), d("2020-11-01"), "month", False))),
    ("2020,2021", "", (Event(d("2020-01-01"), d("2021-01-01"), "year", False),
                       Event(d("2021-01-01"), d("2022-01-01"), "year", False))),
    ("2021", "planned", (Event(d("2021-01-01"), d("2022-01-01"), "year", False, "planned"),)),
    # Early: the first third of what the date covers.
    ("2021", "early", (Event(d("2021-01-01"), d("2021-01-01") + 121, "year", False, "early"),)),
    # One qualifier per event.
    ("2020,2021", ",early", (Event(d("2020-01-01"), d("2021-01-01"), "year", False, ""),
                             Event(d("2021-01-01"), d("2021-01-01") + 121, "year", False,
                                   "early"))),
    ("2019-11,2020-10", "planned",
     (Event(d("2019-11-01"), d("2019-12-01"), "month", False, "planned"),
      Event(d("2020-10-01"), d("2020-11-01"), "month", False, "planned"))),
])
def test_every_date_form(iso, qualifier, expected):
    assert parse_date(iso, qualifier) == expected


def test_every_date_of_the_bundled_report_parses(store: Store):
    for iso, qual in set(zip(store.dates_by_slot(), store.qualifiers_by_slot(), strict=True)):
        events = parse_date(iso, qual)
        assert bool(events) == bool(iso)
        assert all(e.end > e.start for e in events)


def _all(store: Store) -> list[int]:
    return list(range(len(store.dates_by_slot())))


@pytest.mark.parametrize("mode", ["part", "partner", "report"])
def test_lanes(store: Store, mode):
    slots = _all(store)
    data = timeline_data(store, slots, mode)
    assert len(data) == len(slots)
    dates = store.dates_by_slot()
    undated = [i for i, s in enumerate(slots) if not dates[s]]
    assert data.lanes[-1].key == UNDATED_LANE
    assert data.lanes[-1].count == len(undated)
    assert {data.lane[i] for i in undated} == {len(data.lanes) - 1}
    assert sum(lane.count for lane in data.lanes) == len(slots)
    assert Counter(data.lane) == {n: lane.count for n, lane in enumerate(data.lanes)}
    for i, s in enumerate(slots):
        if not dates[s]:
            continue
        key = data.lanes[data.lane[i]].key
        activity = store.activity_at(s)
        if mode == "part":
            assert key == str(activity.part)
        elif mode == "report":
            assert key == activity.doc
        else:
            assert key == (activity.partner_ids[0] if activity.partner_ids else "no-partner")
    if mode == "part":
        assert [lane.label("en") for lane in data.lanes[:-1]] == [
            g.label_en for g in store.groups
            if any(store.activity_at(s).part == g.part for s in slots if dates[s])]


def test_packing_never_overlaps_on_a_row(store: Store, synthetic_db: Path):
    for s in (store, Store(synthetic_db, library=False)):
        data = timeline_data(s, _all(s), "part")
        packing = data.packed()
        assert sorted(i for items in packing.by_row.values() for i in items) == list(
            range(len(data)))
        for (lane, _row), items in packing.by_row.items():
            if data.lanes[lane].undated:
                continue
            spans = sorted((min(e.start for e in data.events[i]),
                            max(e.end for e in data.events[i])) for i in items)
            for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
                assert end <= start
        assert max(packing.lane_rows) >= 1


def test_selection_lookup_and_colours(store: Store):
    slots = [5, 2, 40, 7]
    data = timeline_data(store, slots)
    ids = store.activity_ids_at(slots)
    assert [data.activity_id(i) for i in range(4)] == ids
    assert data.index_of(ids[2]) == 2
    assert data.index_of("no-such-activity") == -1
    topics = store.topic_ids_by_slot()
    assert data.colour_topic == [topics[s][0] if topics[s] else "" for s in slots]
    assert sum(c for _, c in data.topics) == 4


def test_no_slots(store: Store):
    data = timeline_data(store, [])
    assert len(data) == 0 and data.lanes == [] and data.days == (0, 0)
    assert data.packed().by_row == {}
    assert data.topics == []
    empty = topic_map_data(store, [])
    assert empty.groups == () and empty.columns == () and empty.total == 0
    assert empty.max_count == 0


def _brute_count(store: Store, slots: list[int], partner: str, topic: str) -> int:
    """Activities of ``slots`` the window's partner and topic filters would both keep."""
    wanted = set(store.update("", Filters(partners=(partner,), topics=(topic,))).slots)
    return len(wanted & set(slots))


@pytest.mark.parametrize("which", ["bundled", "synthetic"])
def test_map_counts_equal_the_filters(store: Store, synthetic_db: Path, which):
    s = store if which == "bundled" else Store(synthetic_db, library=False)
    slots = _all(s)[::2] if which == "synthetic" else _all(s)
    data = topic_map_data(s, slots)
    rows = data.rows
    assert rows and data.columns
    checked = 0
    for row in rows[:: max(1, len(rows) // 25)]:
        for column, count in zip(data.columns, row.counts, strict=True):
            if count or checked % 7 == 0:
                assert count == _brute_count(s, slots, row.partner_id, column.topic_id), (
                    row.partner_id, column.topic_id)
            checked += 1
        wanted = set(s.update("", Filters(partners=(row.partner_id,))).slots)
        assert row.total == len(wanted & set(slots))
    for column in data.columns:
        topics = s.topic_ids_by_slot()
        assert column.total == sum(1 for x in slots if column.topic_id in topics[x])
    assert data.max_count == max(max(r.counts) for r in rows)


def test_map_rows_follow_the_tree_or_the_totals(store: Store):
    slots = _all(store)
    data = topic_map_data(store, slots)
    tree_order = [g.id for g, _ in store.tree_structure()]
    assert [g.group_id for g in data.groups] == [x for x in tree_order
                                                 if x in {g.group_id for g in data.groups}]
    assert [c.topic_id for c in data.columns] == [t.id for t in store.topics
                                                  if any(t.id == c.topic_id
                                                         for c in data.columns)]
    by_total = topic_map_data(store, slots, sort_by_total=True)
    for group in by_total.groups:
        tops = [r.total for r in group.rows if r.depth == 0]
        assert tops == sorted(tops, reverse=True)
    totals = [c.total for c in by_total.columns]
    assert totals == sorted(totals, reverse=True)
    assert sorted(r.partner_id for r in by_total.rows) == sorted(r.partner_id for r in data.rows)
    assert {r.label("zh") for r in data.rows} and data.columns[0].label("zh")


def test_synthetic_library_sanity(synthetic_db: Path):
    """Not a timing assertion (benchmarks print figures): the large path works, and the
    figures are printed for whoever runs it with -s."""
    s = Store(synthetic_db, library=False)
    slots = _all(s)
    start = time.perf_counter()
    for mode in ("part", "partner", "report"):
        data = timeline_data(s, slots, mode)
        data.packed()
        assert sum(lane.count for lane in data.lanes) == len(slots)
    built = time.perf_counter() - start
    start = time.perf_counter()
    topic_map_data(s, slots, sort_by_total=True)
    print(f"timeline x3 {built * 1000:.0f} ms, map {(time.perf_counter() - start) * 1000:.0f} ms"
          f" for {len(slots)} activities")


def test_prepared_timeline_equals_the_lazy_one(store: Store, synthetic_db: Path):
    """What the worker computes ahead (prepare) is what drawing would compute when asked,
    and the packing keys kept from the dates are those of the parsed events."""
    for s in (store, Store(synthetic_db, library=False)):
        for mode in ("part", "partner"):
            lazy = timeline_data(s, _all(s), mode)
            ready = timeline_data(s, _all(s), mode).prepare()
            assert ready.packed() == lazy.packed()
            assert ready.days == lazy.days
            assert ready.topics == lazy.topics and ready.colour_topic == lazy.colour_topic
            order, position = ready.reading_order()
            assert order == lazy.packed().reading_order()
            assert all(position[item] == n for n, item in enumerate(order))
            lazy._hulls = None  # packed again from the dates alone
            lazy._packing = None
            assert lazy.packed() == ready.packed()


def test_the_store_accessors_are_the_facet_lists(store: Store):
    slots = _all(store)
    assert len(store.parts_by_slot()) == len(store.documents_by_slot()) == len(slots)
    assert len(store.tree_partner_ids_by_slot()) == len(slots)
    for partners, tree in zip(store.partner_ids_by_slot(), store.tree_partner_ids_by_slot(),
                              strict=True):
        assert set(partners) <= set(tree)


@pytest.mark.parametrize("build", [
    lambda s, slots, check: timeline_data(s, slots, "partner", check).prepare(check),
    lambda s, slots, check: topic_map_data(s, slots, True, check),
])
def test_a_check_can_abandon_the_work(synthetic_db: Path, build):
    """The worker's check is called between the steps: raising stops the build."""
    from desktop.core.facets import Cancelled

    s = Store(synthetic_db, library=False)
    calls = []

    def count() -> None:
        calls.append(1)

    build(s, _all(s), count)
    assert len(calls) >= 3

    def stop_at_second() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Cancelled

    calls.clear()
    with pytest.raises(Cancelled):
        build(s, _all(s), stop_at_second)
