"""The in-memory facet index: for every activity, only what filters and counts need.

An activity is a *slot*: its position in corpus order (reports in order, then paragraph and
ordinal). Per slot the index keeps the report, part, years, topics, partners and the
partners with every body above them ("tree": what the partner tree counts); the texts stay in
SQLite and are fetched for the rows on screen. Filters are sets of slots (built per facet on
first use); facet counts are taken over the matching slots with C-level iteration
(``Counter`` over ``map``/``chain``), so a keystroke costs time in proportion to the number of
matches, never to the number of partners or activities times partners.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain

from desktop.core.models import UNDATED, Filters


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """The request was superseded (a newer keystroke) and its work was abandoned."""


def years_of_date(date: str | None) -> tuple[int, ...]:
    """Years a date falls in (each event's years for ``2019-11,2020-10``); ``(UNDATED,)``
    when there is no date. The same rule as :meth:`desktop.core.models.Activity.years`."""
    if not date:
        return (UNDATED,)
    years: set[int] = set()
    for item in date.split(","):
        start, _, end = item.partition("/")
        years.update(range(int(start[:4]), int((end or start)[:4]) + 1))
    return tuple(sorted(years))


@dataclass(frozen=True)
class Facets:
    """What the window shows besides the list, for one query and set of filters: every count
    is that of the matches if that value were chosen, its own facet ignored."""

    total: int
    group_counts: dict[int, int]  # part -> matching activities (partner filter ignored)
    partner_counts: dict[str, int]  # partner -> its and its member bodies' matches
    topic_counts: dict[str, int]
    year_counts: dict[int, int]
    document_counts: dict[str, int]
    calls_to_action: int


class FacetIndex:
    """Per-slot facet values and the set algebra over them. Immutable once built; safe to
    read from several threads (the lazily built inverted sets are whole before published)."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.conn: list[int] = []  # index of the connection the activity is read from
        self.rowid: list[int] = []
        self.doc: list[str] = []
        self.part: list[int] = []
        self.paragraph: list[int] = []
        self.date: list[str] = []  # '' when undated
        self.years: list[tuple[int, ...]] = []
        self.topics: list[tuple[str, ...]] = []
        self.partners: list[tuple[str, ...]] = []
        self.tree: list[tuple[str, ...]] = []
        self.cta: frozenset[int] = frozenset()
        self.slot_of: dict[str, int] = {}
        self.rowid_slots: list[dict[int, int]] = []
        self.all_years: list[int] = []
        self._inverted: dict[str, dict[object, frozenset[int]]] = {}
        self._everything: Facets | None = None

    def __len__(self) -> int:
        return len(self.ids)

    # -- building ----------------------------------------------------------------------
    @classmethod
    def build(cls, rows: Sequence[tuple], connections: int,
              ancestors: Callable[[str], tuple[str, ...]]) -> FacetIndex:
        """``rows`` in corpus order: (conn, rowid, id, doc, part, paragraph, date, cta,
        partner ids, topic ids); ``ancestors(pid)``: the bodies above a partner."""
        index = cls()
        n = len(rows)
        index.conn = [r[0] for r in rows]
        index.rowid = [r[1] for r in rows]
        index.ids = [r[2] for r in rows]
        intern: dict[str, str] = {}
        index.doc = [intern.setdefault(r[3], r[3]) for r in rows]
        index.part = [r[4] for r in rows]
        index.paragraph = [r[5] for r in rows]
        index.date = [intern.setdefault(r[6] or "", r[6] or "") for r in rows]  # shared
        year_cache: dict[str, tuple[int, ...]] = {}
        years = []
        for date in index.date:
            found = year_cache.get(date)
            if found is None:
                found = year_cache[date] = years_of_date(date)
            years.append(found)
        index.years = years
        index.all_years = sorted({y for ys in year_cache.values() for y in ys} - {UNDATED})
        index.cta = frozenset(i for i, r in enumerate(rows) if r[7])
        tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        index.partners = [tuples.setdefault(r[8], r[8]) for r in rows]
        index.topics = [tuples.setdefault(r[9], r[9]) for r in rows]
        closure: dict[tuple[str, ...], tuple[str, ...]] = {}
        tree = []
        for pids in index.partners:
            found_tree = closure.get(pids)
            if found_tree is None:
                found_tree = closure[pids] = tuple(dict.fromkeys(
                    chain(pids, chain.from_iterable(map(ancestors, pids)))))
            tree.append(found_tree)
        index.tree = tree
        index.slot_of = dict(zip(index.ids, range(n), strict=True))
        index.rowid_slots = [{} for _ in range(connections)]
        for slot, (conn, rowid) in enumerate(zip(index.conn, index.rowid, strict=True)):
            index.rowid_slots[conn][rowid] = slot
        return index

    @classmethod
    def from_columns(cls, conn: list[int], rowid: list[int], ids: list[str],
                     doc: Iterable[str], part: list[int], paragraph: list[int],
                     date: Iterable[str | None], cta: Iterable[int],
                     partners: list[tuple[str, ...]], topics: list[tuple[str, ...]],
                     connections: int, ancestors: Callable[[str], tuple[str, ...]]
                     ) -> FacetIndex:
        """The index of :meth:`build` from its columns, each in corpus order (``cta``: the
        slots with calls to action), with fewer passes over them: what a large library's
        store reads. Equal partner and topic tuples are expected to be one object already
        (the caller shares them); the lists are kept, not copied."""
        index = cls()
        n = len(ids)
        index.conn, index.rowid, index.ids = conn, rowid, ids
        index.part, index.paragraph = part, paragraph
        intern: dict[str, str] = {}
        index.doc = [intern.setdefault(d, d) for d in doc]
        index.date = [intern.setdefault(d or "", d or "") for d in date]  # shared
        year_cache: dict[str, tuple[int, ...]] = {
            d: years_of_date(d) for d in dict.fromkeys(index.date)}
        index.years = list(map(year_cache.__getitem__, index.date))
        index.all_years = sorted({y for ys in year_cache.values() for y in ys} - {UNDATED})
        index.cta = frozenset(cta)
        index.partners, index.topics = partners, topics
        closure: dict[tuple[str, ...], tuple[str, ...]] = {
            pids: tuple(dict.fromkeys(chain(pids, chain.from_iterable(map(ancestors, pids)))))
            for pids in dict.fromkeys(partners)}
        index.tree = list(map(closure.__getitem__, partners))
        index.slot_of = dict(zip(ids, range(n), strict=True))
        index.rowid_slots = [{} for _ in range(connections)]
        if connections == 1:
            index.rowid_slots[0] = dict(zip(rowid, range(n), strict=True))
        else:
            for slot, (c, r) in enumerate(zip(conn, rowid, strict=True)):
                index.rowid_slots[c][r] = slot
        return index

    def _sets(self, facet: str) -> dict[object, frozenset[int]]:
        """Value -> slots having it, for one facet (built on first use, then kept)."""
        found = self._inverted.get(facet)
        if found is not None:
            return found
        lists: dict[object, list[int]] = {}
        if facet in ("doc", "part"):
            values: Iterable = getattr(self, facet)
            for slot, value in enumerate(values):
                lists.setdefault(value, []).append(slot)
        else:
            for slot, many in enumerate(getattr(self, facet)):
                for value in many:
                    lists.setdefault(value, []).append(slot)
        built = {value: frozenset(slots) for value, slots in lists.items()}
        self._inverted[facet] = built
        return built

    def slots_with(self, facet: str, value: object) -> frozenset[int]:
        """Slots whose ``facet`` ("doc", "part", "years", "topics", "partners", "tree")
        has ``value``; for "tree", a partner's own and its member bodies' activities."""
        return self._sets(facet).get(value, frozenset())

    # -- matching ----------------------------------------------------------------------
    def filter_sets(self, filters: Filters) -> dict[str, frozenset[int]]:
        """One set of allowed slots per active filter (values of a filter OR-ed)."""
        out: dict[str, frozenset[int]] = {}

        def union(facet: str, values: Iterable[object]) -> frozenset[int]:
            sets = self._sets(facet)
            parts = [sets.get(v, frozenset()) for v in values]
            return parts[0] if len(parts) == 1 else frozenset().union(*parts)

        if filters.topics:
            out["topics"] = union("topics", filters.topics)
        if filters.years:
            out["years"] = union("years", filters.years)
        if filters.partners:
            out["partners"] = union("tree", filters.partners)
        if filters.parts:
            out["parts"] = union("part", filters.parts)
        if filters.documents:
            out["documents"] = union("doc", filters.documents)
        if filters.calls_to_action:
            out["calls_to_action"] = self.cta
        return out

    @staticmethod
    def intersect(base: AbstractSet[int] | None, sets: Iterable[AbstractSet[int]]
                  ) -> AbstractSet[int] | None:
        """``base`` (None: every slot) narrowed by each set, smallest first."""
        ordered = sorted(sets, key=len)
        if base is not None:
            ordered.insert(0, base)
        if not ordered:
            return None
        out = set(ordered[0]) if len(ordered) > 1 else ordered[0]
        for other in ordered[1:]:
            out &= other  # type: ignore[operator]
            if not out:
                break
        return out

    def ordered(self, matched: AbstractSet[int] | None,
                scores: dict[int, float] | None) -> list[int]:
        """Matching slots best first (bm25, lower is better), ties in corpus order; in
        corpus order when there is no query."""
        if matched is None:
            return list(range(len(self.ids)))
        slots = sorted(matched)
        if scores is not None:
            slots.sort(key=scores.__getitem__)
        return slots

    # -- counting ----------------------------------------------------------------------
    def facets(self, base: AbstractSet[int] | None, filters: Filters,
               check: Callable[[], None] = lambda: None) -> Facets:
        """Every count the window shows, for the slots in ``base`` (None: all) and filters.

        ``check`` is called between the steps; it raises :class:`Cancelled` to stop.
        """
        if base is None and filters.is_empty() and self._everything is not None:
            return self._everything
        sets = self.filter_sets(filters)
        matched = self.intersect(base, sets.values())
        total = len(self.ids) if matched is None else len(matched)
        check()

        def without(facet: str) -> AbstractSet[int] | None:
            if facet not in sets:
                return matched
            return self.intersect(base, [s for k, s in sets.items() if k != facet])

        def each(slots: AbstractSet[int] | None) -> Iterable[int]:
            return range(len(self.ids)) if slots is None else slots

        def count_many(values: list[tuple], slots: AbstractSet[int] | None) -> Counter:
            return Counter(chain.from_iterable(map(values.__getitem__, each(slots))))

        def count_one(values: list, slots: AbstractSet[int] | None) -> Counter:
            return Counter(map(values.__getitem__, each(slots)))

        in_tree = without("partners")
        partner_counts = count_many(self.tree, in_tree)  # type: ignore[arg-type]
        group_counts = count_one(self.part, in_tree)
        check()
        topic_counts = count_many(self.topics, without("topics"))  # type: ignore[arg-type]
        year_counts = count_many(self.years, without("years"))  # type: ignore[arg-type]
        check()
        document_counts = count_one(self.doc, without("documents"))
        cta_slots = without("calls_to_action")
        cta = len(self.cta) if cta_slots is None else len(self.cta & cta_slots)  # type: ignore[operator]
        out = Facets(total, dict(group_counts), dict(partner_counts), dict(topic_counts),
                     dict(year_counts), dict(document_counts), cta)
        if base is None and filters.is_empty():
            self._everything = out
        return out
