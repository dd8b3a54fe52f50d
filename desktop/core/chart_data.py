"""What the timeline and the partner x topic map show for a list of activities (no Qt).

The window's current results are a list of *slots* (corpus-order positions, see
:class:`desktop.core.store.Update`); :func:`timeline_data` and :func:`topic_map_data` turn
them into plain data that :mod:`desktop.ui.chart_painter` draws and the views hit-test. Both
read only the store's in-memory facet index and its kept per-slot columns, never the texts,
and keep their per-item values in parallel lists (no object per activity). At 100 000
activities they still take a few hundred milliseconds on a slow machine, so the window runs
them in a worker thread: both take a ``check`` that raises
:class:`desktop.core.facets.Cancelled` when a newer request has come, and
:meth:`TimelineData.prepare` computes there everything drawing needs.

Dates are the ISO forms the database holds: ``2019``, ``2019-06``, ``2019-07-08``, a period
``2019-07-08/2019-07-12`` or ``2019/2020``, several separate events ``2019-11,2020-10``. Time
is counted in days (:meth:`datetime.date.toordinal`); an event covers ``[start, end)``.
"""

from __future__ import annotations

import calendar
import heapq
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from itertools import chain, compress, repeat
from operator import is_, itemgetter, lshift, not_, or_
from typing import Literal

from desktop.core.models import Group, Partner
from desktop.core.store import Store

LaneMode = Literal["part", "partner", "report"]
LANE_MODES: tuple[LaneMode, ...] = ("part", "partner", "report")
#: Lane keys of activities that cannot go in a lane of their own kind.
UNDATED_LANE = "undated"
NO_PARTNER_LANE = "no-partner"
#: In packing an activity onto a row of its lane, a single date takes at least this many
#: days, so marks of dates a few days apart do not sit on one another at the usual zooms.
MIN_PACK_DAYS = 24
#: Days left free after an activity on its row, so that the next one does not seem to
#: continue it (2019 then 2020 would read as one line).
PACK_GAP_DAYS = 45

Precision = Literal["year", "month", "day"]


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event of an activity: the days ``[start, end)`` its date covers.

    ``span`` is True for a period written with a slash (drawn as a bar) and False for a
    single date of any precision (drawn as a mark, its extent as a whisker). ``qualifier`` is
    '' or what the text says of it ('early', 'planned'); 'early' narrows the extent to the
    first third of the period written (early 2021: January to April).
    """

    start: int
    end: int
    precision: Precision
    span: bool
    qualifier: str = ""

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


def _day(text: str, last: bool) -> tuple[int, Precision]:
    """The first day (or the day after the last, ``last``) of one ISO date, and its
    precision."""
    year = int(text[:4])
    if len(text) == 4:
        return Date(year + 1 if last else year, 1, 1).toordinal(), "year"
    month = int(text[5:7])
    if len(text) == 7:
        if last:
            return Date(year, month, calendar.monthrange(year, month)[1]).toordinal() + 1, "month"
        return Date(year, month, 1).toordinal(), "month"
    day = Date(year, month, int(text[8:10])).toordinal()
    return (day + 1 if last else day), "day"


def parse_date(date: str, qualifier: str = "") -> tuple[Event, ...]:
    """The events of an ISO date ('' gives none).

    ``qualifier`` is one for all events (``planned``) or one per event, comma-separated
    (``,early``: the second event is early), as :func:`desktop.core.format.format_iso_date`
    reads it. Raises ``ValueError`` for a date that is not ISO 8601 (the store refuses such
    databases, so this does not happen with one it opened).
    """
    if not date:
        return ()
    items = [item for item in date.split(",") if item]
    quals = qualifier.split(",") if "," in qualifier else [qualifier] * len(items)
    quals += [""] * (len(items) - len(quals))
    out = []
    for item, qual in zip(items, quals, strict=False):
        first, _, last = item.partition("/")
        start, precision = _day(first, last=False)
        end, _ = _day(last or first, last=True)
        if end <= start:  # a period written backwards: take it as meant
            start, end = _day(last, last=False)[0], _day(first, last=True)[0]
        qual = qual.strip()
        if qual == "early" and not last:
            end = start + max(1, (end - start) // 3)
        out.append(Event(start, end, precision, bool(last), qual))
    return tuple(out)


#: (date, qualifier) -> its events and their packing key (see :func:`_hull_key`), kept
#: between calls: a library has a few thousand distinct dates at most.
_PARSED: dict[tuple[str, str], tuple[tuple[Event, ...], int]] = {}


#: date -> its events without a qualifier and their packing key (the common case, looked
#: up in C by map).
_PLAIN: dict[str, tuple[tuple[Event, ...], int]] = {}


def _parsed(date: str, qualifier: str) -> tuple[tuple[Event, ...], int]:
    key = (date, qualifier)
    found = _PARSED.get(key)
    if found is None:
        if len(_PARSED) > 200_000:  # bounded, whatever the library
            _PARSED.clear()
            _PLAIN.clear()
        events = parse_date(date, qualifier)
        found = _PARSED[key] = (events, _hull_key(events) if events else 0)
    return found


Check = Callable[[], None]


def _no_check() -> None:
    return None


# -- the timeline -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Lane:
    """One lane: ``key`` is a part number (as text), partner id, report id, or
    :data:`UNDATED_LANE` / :data:`NO_PARTNER_LANE`; ``count`` its activities."""

    key: str
    label_zh: str
    label_en: str
    count: int

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    @property
    def undated(self) -> bool:
        return self.key == UNDATED_LANE


#: Bits of the packing key: lane, first day, days covered (ordinals stay below 2**20 until
#: the year 2870; an event longer than 2**21 days is clipped in the key only).
_DAY_BITS, _LENGTH_BITS = 20, 21


@dataclass
class TimelineData:
    """The activities of a timeline, one index ``i`` per activity (in the order of the slots
    given), values in parallel lists.

    ``lane[i]`` indexes :attr:`lanes` (the undated lane, if any, is the last).
    ``events[i]`` is empty for an undated activity; ``topic_ids[i]`` are all its topics.

    What only drawing needs is computed when first asked for (:meth:`packed` rows,
    :attr:`days`, :attr:`colour_topic`, :attr:`topics`, :meth:`reading_order`): a view that
    is not shown never pays for it, and :meth:`prepare` computes it all at once (in a worker
    thread, so that the window's thread has none of it to do).
    """

    mode: LaneMode
    slots: list[int]
    lane: list[int]
    events: list[tuple[Event, ...]]
    dates: list[str]
    qualifiers: list[str]
    topic_ids: list[tuple[str, ...]]
    lanes: list[Lane]
    _ids: Callable[[Sequence[int]], list[str]] = field(repr=False, default=lambda s: [])
    _slot_of: Callable[[str], int] = field(repr=False, default=lambda a: -1)
    #: per activity the packing key of its events (see :func:`_hull_key`); None: from dates
    _hulls: list[int] | None = field(default=None, repr=False)
    _packing: Packing | None = field(default=None, repr=False)
    _days: tuple[int, int] | None = field(default=None, repr=False)
    _colours: tuple[list[str], list[tuple[str, int]]] | None = field(default=None, repr=False)
    _index_of_slot: dict[int, int] | None = field(default=None, repr=False)
    _order: tuple[list[int], dict[int, int]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.slots)

    @property
    def dated(self) -> bool:
        return len(self.lanes) > 1 or bool(self.lanes) and not self.lanes[0].undated

    @property
    def days(self) -> tuple[int, int]:
        """The earliest day of any event and the day after the latest ((0, 0) when nothing
        is dated); computed once."""
        if self._days is None:
            # Event tuples are shared by the activities of one date: each distinct one once.
            distinct = dict(zip(map(id, self.events), self.events, strict=True)).values()
            spans = list(chain.from_iterable(distinct))
            self._days = (min((e.start for e in spans), default=0),
                          max((e.end for e in spans), default=0))
        return self._days

    def activity_id(self, i: int) -> str:
        return self._ids([self.slots[i]])[0]

    def index_of(self, activity_id: str) -> int:
        """The item of an activity, or -1 if it is not on this timeline."""
        if self._index_of_slot is None:
            self._index_of_slot = dict(zip(self.slots, range(len(self.slots)), strict=True))
        return self._index_of_slot.get(self._slot_of(activity_id), -1)

    @property
    def colour_topic(self) -> list[str]:
        """Per activity its first topic (its main one, which gives its colour), or ''."""
        return self._main_topics()[0]

    @property
    def topics(self) -> list[tuple[str, int]]:
        """The main topics with how many activities have them, most first ('' last)."""
        return self._main_topics()[1]

    def _main_topics(self) -> tuple[list[str], list[tuple[str, int]]]:
        if self._colours is None:
            # Topic tuples are shared between activities (the index interns them): look
            # each distinct one up by identity, which hashes faster than a tuple of strings.
            identities = list(map(id, self.topic_ids))
            main = {k: (t[0] if t else "")
                    for k, t in dict(zip(identities, self.topic_ids, strict=True)).items()}
            colour_topic = list(map(main.__getitem__, identities))
            topics = Counter(colour_topic).most_common()
            topics.sort(key=lambda tc: (-tc[1], tc[0] == "", tc[0]))
            self._colours = (colour_topic, topics)
        return self._colours

    def packed(self, check: Check = _no_check) -> Packing:
        """Each activity's row in its lane (computed once)."""
        if self._packing is None:
            self._packing = _pack(self, check)
        return self._packing

    def reading_order(self) -> tuple[list[int], dict[int, int]]:
        """Every item in the order keyboard focus walks them (:meth:`Packing.reading_order`)
        and each item's position in it (computed once)."""
        if self._order is None:
            order = self.packed().reading_order()
            self._order = (order, dict(zip(order, range(len(order)), strict=True)))
        return self._order

    def prepare(self, check: Check = _no_check) -> TimelineData:
        """Compute now what drawing and hit-testing would compute when first asked for
        (``check`` between the steps); returns ``self``."""
        self.packed(check)
        check()
        _ = self.days
        check()
        self._main_topics()
        check()
        self.reading_order()
        check()
        self.index_of("")
        return self


@dataclass(frozen=True)
class Packing:
    """Rows of a timeline: dated activities are packed so that none overlaps another on its
    row (a single date counts as :data:`MIN_PACK_DAYS` days); undated ones are numbered in
    order (the painter flows them into a grid). ``by_row`` lists per (lane, row) the
    activities on it by start; ``lane_rows`` how many rows each lane has."""

    row: list[int]
    lane_rows: list[int]
    by_row: dict[tuple[int, int], list[int]]

    def reading_order(self) -> list[int]:
        """Every item in the order keyboard focus walks them: lane by lane, row by row, by
        start within a row."""
        out: list[int] = []
        for key in sorted(self.by_row):
            out += self.by_row[key]
        return out


def _hull_key(events: tuple[Event, ...]) -> int:
    """First day and days covered, packed into one number for sorting."""
    start = min(e.start for e in events)
    end = max(max(e.end, e.start + MIN_PACK_DAYS) for e in events)
    return (start << _LENGTH_BITS) | min(end - start, (1 << _LENGTH_BITS) - 1)


#: Items packed between two calls of a packing's ``check``.
_PACK_CHUNK = 8192


def _pack(data: TimelineData, check: Check = _no_check) -> Packing:
    n = len(data)
    lanes = len(data.lanes)
    undated_lane = lanes - 1 if data.lanes and data.lanes[-1].undated else -1
    shift = _DAY_BITS + _LENGTH_BITS
    hulls = data._hulls
    if hulls is None:
        hulls = [_parsed(d, q)[1] for d, q in zip(data.dates, data.qualifiers, strict=True)]
    keys = list(map(or_, map(lshift, data.lane, repeat(shift, n)), hulls))
    order = sorted(range(n), key=keys.__getitem__)
    check()
    row = [0] * n
    lane_rows = [0] * lanes
    by_row: dict[tuple[int, int], list[int]] = {}
    day_mask, length_mask = (1 << _DAY_BITS) - 1, (1 << _LENGTH_BITS) - 1
    free: list[int] = []  # (day the row is free from) << 24 | row, per lane: a heap
    current = -1
    undated: list[int] = []
    heappop, heappush, gap = heapq.heappop, heapq.heappush, PACK_GAP_DAYS
    for chunk in range(0, n, _PACK_CHUNK):
        for i in order[chunk:chunk + _PACK_CHUNK]:
            key = keys[i]
            lane = key >> shift
            if lane == undated_lane:
                undated.append(i)
                continue
            if lane != current:
                current, free = lane, []
            start = (key >> _LENGTH_BITS) & day_mask
            if free and free[0] >> 24 <= start:
                r = heappop(free) & 0xFFFFFF
            else:
                r = lane_rows[lane]
                lane_rows[lane] = r + 1
            row[i] = r
            heappush(free, ((start + (key & length_mask) + gap) << 24) | r)
            found = by_row.get((lane, r))
            if found is None:
                by_row[(lane, r)] = [i]
            else:
                found.append(i)
        check()
    if undated:
        undated.sort()
        for position, i in enumerate(undated):
            row[i] = position
        by_row[(undated_lane, 0)] = undated
        lane_rows[undated_lane] = 1
    return Packing(row, lane_rows, by_row)


def _lane_keys(store: Store, slots: Sequence[int], mode: LaneMode
               ) -> tuple[list[Hashable], dict[Hashable, tuple[str, str]], list[Hashable]]:
    """Per slot its lane key, the (zh, en) label of every key, and the keys in lane order."""
    if mode == "part":
        keys: list[Hashable] = list(map(store.parts_by_slot().__getitem__, slots))
        groups: dict[int, Group] = {g.part: g for g in store.groups}
        labels: dict[Hashable, tuple[str, str]] = {}
        present = sorted(set(keys))  # type: ignore[type-var]
        for part in present:
            g = groups.get(part)  # type: ignore[call-overload]
            labels[part] = ((g.label_zh, g.label_en) if g is not None
                            else (f"第 {part} 部分", f"Part {part}"))
        return keys, labels, present
    if mode == "report":
        keys = list(map(store.documents_by_slot().__getitem__, slots))
        present_docs = set(keys)
        order = [d for d in store.documents if d.id in present_docs]
        labels = {d.id: (d.label("zh"), d.label("en")) for d in order}
        return keys, labels, [d.id for d in order]
    # The first partner named, or NO_PARTNER_LANE for none: next(iter(t), default) in C.
    keys = list(map(next, map(iter, map(store.partner_ids_by_slot().__getitem__, slots)),
                    repeat(NO_PARTNER_LANE)))
    present_partners = set(keys)
    order_p: list[Partner] = [p for p in store.partners if p.id in present_partners]
    labels = {p.id: (_partner_label(p, "zh"), _partner_label(p, "en")) for p in order_p}
    ordered: list[Hashable] = [p.id for p in order_p]
    if NO_PARTNER_LANE in present_partners:
        labels[NO_PARTNER_LANE] = ("未注明伙伴", "No partner named")
        ordered.append(NO_PARTNER_LANE)
    return keys, labels, ordered


def _partner_label(partner: Partner, lang: str) -> str:
    """Short enough for a lane or row header: the acronym with the name in English
    ("WCO · World Customs Organization"), the name in Chinese."""
    if lang != "zh" and partner.acronym and partner.acronym not in partner.name_en:
        return f"{partner.acronym} · {partner.name_en}"
    return partner.name(lang)


def timeline_data(store: Store, slots: Iterable[int], mode: LaneMode = "part",
                  check: Check = _no_check) -> TimelineData:
    """The timeline of the activities at ``slots``: one lane per part, main partner (the
    first one named) or report (``mode``), and a last lane for the undated ones.

    Every pass over the activities is a comprehension or a ``map`` over lists; dates are
    parsed once per distinct date (and kept between calls).

    Args:
        store: the library.
        slots: the activities, as slots (e.g. ``Update.slots``), in any order.
        mode: "part", "partner" or "report".
        check: called between the steps; raises (e.g. ``Cancelled``) to abandon the work.
    """
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}")
    slots = list(slots)
    n = len(slots)
    dates = list(map(store.dates_by_slot().__getitem__, slots))
    quals = list(map(store.qualifiers_by_slot().__getitem__, slots))
    topic_ids = list(map(store.topic_ids_by_slot().__getitem__, slots))
    check()

    # A copy (atomic, a few thousand dates) that another thread's clearing cannot empty.
    plain = _PLAIN.copy()
    found: list = list(map(plain.get, dates))
    if None in found:  # dates not seen before: parse them once
        for d in set(compress(dates, map(is_, found, repeat(None)))):
            plain[d] = _PLAIN[d] = _parsed(d, "")
        found = list(map(plain.__getitem__, dates))
    events: list = list(map(itemgetter(0), found))
    hulls = list(map(itemgetter(1), found))
    qualified = list(compress(range(n), quals))  # the few dates with a qualifier
    for i in qualified:
        events[i], hulls[i] = _parsed(dates[i], quals[i])
    check()

    keys, labels, lane_order = _lane_keys(store, slots, mode)
    check()
    dated_counts = Counter(compress(keys, dates))
    lane_order = [k for k in lane_order if dated_counts.get(k)]  # undated-only lanes go
    lane_number: dict[Hashable, int] = {key: number for number, key in enumerate(lane_order)}
    lane = list(map(lane_number.get, keys, repeat(-1, n)))
    undated = list(compress(range(n), map(not_, dates)))
    lanes = [Lane(str(k), *labels[k], dated_counts[k]) for k in lane_order]
    if undated:
        for i in undated:
            lane[i] = len(lanes)
        lanes.append(Lane(UNDATED_LANE, "未注明日期", "Undated", len(undated)))

    return TimelineData(mode, slots, lane, events, dates, quals, topic_ids, lanes,
                        _ids=store.activity_ids_at, _slot_of=store.slot, _hulls=hulls)


# -- the partner x topic map -------------------------------------------------------------------
@dataclass(frozen=True)
class MapRow:
    """A partner row: its activities per column of the map (own and its member bodies', as
    the tree and the partner filter count them), ``depth`` in the tree (0: top level)."""

    partner_id: str
    label_zh: str
    label_en: str
    short: str
    depth: int
    counts: tuple[int, ...]
    total: int

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class MapGroup:
    """A part of the tree (international organizations, research, RPPOs) with its rows."""

    group_id: str
    label_zh: str
    label_en: str
    rows: tuple[MapRow, ...]
    total: int

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class MapColumn:
    topic_id: str
    label_zh: str
    label_en: str
    total: int

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class TopicMapData:
    """Partner x topic counts over a set of activities: only partners and topics that have
    some. ``total`` is the number of activities; ``max_count`` the largest cell."""

    groups: tuple[MapGroup, ...]
    columns: tuple[MapColumn, ...]
    total: int
    max_count: int

    @property
    def rows(self) -> list[MapRow]:
        return [r for g in self.groups for r in g.rows]

    def count(self, partner_id: str, topic_id: str) -> int:
        for r in self.rows:
            if r.partner_id == partner_id:
                for c, column in zip(r.counts, self.columns, strict=True):
                    if column.topic_id == topic_id:
                        return c
        return 0


def topic_map_data(store: Store, slots: Iterable[int], sort_by_total: bool = False,
                   check: Check = _no_check) -> TopicMapData:
    """The partner x topic map of the activities at ``slots``.

    Rows follow the partner tree (parts, then partners in report order with member bodies
    under their body); ``sort_by_total`` orders the parts' partners, and the members under
    each body, by their totals instead (ties in tree order), and the topics too. A body
    listed as a member of another (not its child) keeps its own place only, so no activity
    is counted twice in one part. ``check`` is called between the steps (and topics).
    """
    tree = store.tree_partner_ids_by_slot()
    topics_by_slot = store.topic_ids_by_slot()
    slots = list(slots)
    by_topic: dict[str, list[int]] = {}
    for s, tids in zip(slots, map(topics_by_slot.__getitem__, slots), strict=True):
        for t in tids:
            found = by_topic.get(t)
            if found is None:
                by_topic[t] = [s]
            else:
                found.append(s)
    check()
    # Per topic, its activities' partners counted in C (Counter over a chain of tuples).
    per_topic: dict[str, Counter[str]] = {}
    for t, ss in by_topic.items():
        per_topic[t] = Counter(chain.from_iterable(map(tree.__getitem__, ss)))
        check()
    totals = Counter(chain.from_iterable(map(tree.__getitem__, slots)))
    check()
    topic_totals = {t: len(ss) for t, ss in by_topic.items()}
    columns = [t for t in store.topics if topic_totals.get(t.id)]
    if sort_by_total:
        order = {t.id: n for n, t in enumerate(columns)}
        columns.sort(key=lambda t: (-topic_totals[t.id], order[t.id]))
    map_columns = tuple(MapColumn(t.id, t.label_zh, t.label_en, topic_totals[t.id])
                        for t in columns)
    column_ids = [c.topic_id for c in map_columns]
    max_count = max((max(c.values(), default=0) for c in per_topic.values()), default=0)
    empty: Counter[str] = Counter()
    columns_counts = [per_topic.get(t, empty) for t in column_ids]

    def rows_of(items: Sequence, depth: int) -> list[MapRow]:
        present = [it for it in items if not it.via_membership and totals.get(it.partner.id)]
        if sort_by_total:
            present = sorted(present, key=lambda it: -totals[it.partner.id])  # stable
        out: list[MapRow] = []
        for it in present:
            p = it.partner
            counts = tuple(map(dict.get, columns_counts, repeat(p.id), repeat(0)))
            out.append(MapRow(p.id, _partner_label(p, "zh"), _partner_label(p, "en"),
                              p.acronym or p.name_en, depth, counts, totals[p.id]))
            out += rows_of(it.children, depth + 1)
        return out

    part_of = store.parts_by_slot()
    part_totals = Counter(map(part_of.__getitem__, slots))
    groups = []
    for group, items in store.tree_structure():
        rows = rows_of(items, 0)
        if rows:
            groups.append(MapGroup(group.id, group.label_zh, group.label_en, tuple(rows),
                                   part_totals.get(group.part, 0)))
    return TopicMapData(tuple(groups), map_columns, len(slots), max_count)
