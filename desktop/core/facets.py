"""The in-memory facet index: for every activity, only what filters and counts need.

An activity is a *slot*: its position in corpus order (reports in order, then paragraph and
ordinal). Per slot the index keeps the report, part, years, topics, partners and the
partners with every body above them ("tree": what the partner tree counts); the texts stay in
SQLite and are fetched for the rows on screen.

Sets of slots are Python ints used as bit sets (:data:`Bits`): bit ``slot`` is set for each
slot in the set. Every report, part, year and topic has one, built per facet by the first
filter on it or by the search worker when idle (and kept in a large library's index cache); a
partner's is made when it is first asked for; a query's matches are turned into one. An
intersection is then one ``&`` and a count one ``int.bit_count()``, both in C over n/8 bytes
(12.5 kB at 100 000 activities, where a frozenset of the same slots takes some 40 bytes per
member). The partner counts, and a facet's counts before its bit sets exist, are taken over
the matching slots with C-level iteration (``Counter`` over ``map``/``chain``), so a
keystroke costs time in proportion to the number of matches, never to the number of partners
or activities times partners.
"""

from __future__ import annotations

import operator
import re
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import chain, compress, count, repeat

from desktop.core.models import UNDATED, Filters

#: A set of slots: bit ``slot`` is set for each slot in it (see the module's docstring).
Bits = int

_BINARY_DIGITS = bytes.maketrans(b"01", b"\x00\x01")
_ONE = ord("1")


def to_bits(slots: Iterable[int], n: int) -> Bits:
    """The bit set of ``slots`` (each below ``n``). Written as binary digits, one byte per
    slot, and read by ``int`` in C: a few milliseconds for 50 000 slots."""
    if not n:
        return 0
    digits = bytearray(b"0") * n
    deque(map(digits.__setitem__, slots, repeat(_ONE)), maxlen=0)
    digits.reverse()  # the lowest slot is the last digit
    return int(digits, 2)


#: The bits set in each byte value, lowest first.
_BYTE_BITS = tuple(tuple(b for b in range(8) if value >> b & 1) for value in range(256))
_NONZERO_BYTE = re.compile(rb"[^\x00]", re.DOTALL)


def slots_of(bits: Bits) -> list[int]:
    """The slots of a bit set, in ascending (corpus) order. A dense set is written out as
    binary digits (one C pass over every slot); a sparse one is found byte by byte, only
    where bytes are not zero, so a handful of slots costs no pass in Python over them all."""
    if not bits:
        return []
    length = bits.bit_length()
    if bits.bit_count() * 64 > length:
        flags = format(bits, "b").encode()[::-1].translate(_BINARY_DIGITS)
        return list(compress(range(len(flags)), flags))
    data = bits.to_bytes((length + 7) >> 3, "little")
    out: list[int] = []
    for found in _NONZERO_BYTE.finditer(data):
        at = found.start()
        base = at << 3
        out.extend([base + b for b in _BYTE_BITS[data[at]]])
    return out


class Ranked(dict):
    """A query's matches as slot -> rank (0 is the best), in rank order: what the store
    gives when SQLite ranked them (see ``Store._scores``)."""


#: The field of :class:`Facets` with each facet's counts.
_COUNTS_OF = {"part": "group_counts", "topics": "topic_counts", "years": "year_counts",
              "doc": "document_counts"}


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
        self._inverted: dict[str, dict[object, Bits]] = {}
        self._value_bits: dict[tuple[str, object], Bits] = {}
        self._value_lock = threading.Lock()
        self._everything: Facets | None = None

    def __len__(self) -> int:
        return len(self.ids)

    # -- building ----------------------------------------------------------------------
    @classmethod
    def from_columns(cls, conn: list[int], rowid: list[int], ids: list[str],
                     doc: Iterable[str], part: list[int], paragraph: list[int],
                     date: Iterable[str | None], cta: Iterable[int],
                     partners: list[tuple[str, ...]], topics: list[tuple[str, ...]],
                     connections: int, ancestors: Callable[[str], tuple[str, ...]],
                     derived: dict[str, list] | None = None) -> FacetIndex:
        """The index from its columns, each in corpus order (``cta``: the slots with calls
        to action), in few passes over them: what the store reads. Equal partner and topic
        tuples are expected to be one object already (the caller shares them); the lists
        are kept, not copied.

        ``derived``: the columns computed from those, as :meth:`derived_columns` gave them
        for this very library (the index cache keeps them); taken as they are, with the
        report and date lists, whose equal strings are then one object already."""
        index = cls()
        n = len(ids)
        index.conn, index.rowid, index.ids = conn, rowid, ids
        index.part, index.paragraph = part, paragraph
        index.cta = frozenset(cta)
        index.partners, index.topics = partners, topics
        if derived is not None:
            index.doc, index.date = doc, date  # type: ignore[assignment]
            index.years, index.tree = derived["years"], derived["tree"]
            index.all_years = derived["all_years"]
            if not (len(index.doc) == len(index.date) == len(index.years)
                    == len(index.tree) == n):
                raise ValueError("the derived columns do not fit")
        else:
            intern: dict[str, str] = {}
            index.doc = [intern.setdefault(d, d) for d in doc]
            index.date = [intern.setdefault(d or "", d or "") for d in date]  # shared
            year_cache: dict[str, tuple[int, ...]] = {
                d: years_of_date(d) for d in dict.fromkeys(index.date)}
            index.years = list(map(year_cache.__getitem__, index.date))
            index.all_years = sorted(
                {y for ys in year_cache.values() for y in ys} - {UNDATED})
            closure: dict[tuple[str, ...], tuple[str, ...]] = {
                pids: tuple(dict.fromkeys(
                    chain(pids, chain.from_iterable(map(ancestors, pids)))))
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

    def derived_columns(self) -> dict[str, list]:
        """What :meth:`from_columns` computes from the columns (see its ``derived``)."""
        return {"years": self.years, "tree": self.tree, "all_years": self.all_years}

    def _bits(self, facet: str) -> dict[object, Bits]:
        """Value -> the bit set of the slots having it, for one facet ("doc", "part",
        "years", "topics"; "cta": ``{True: ...}``), built on first use, then kept."""
        found = self._inverted.get(facet)
        if found is not None:
            return found
        n = len(self.ids)
        if facet == "cta":
            built: dict[object, Bits] = {True: to_bits(self.cta, n)}
        else:
            lists: defaultdict[object, list[int]] = defaultdict(list)
            if facet in ("doc", "part"):
                for slot, value in enumerate(getattr(self, facet)):
                    lists[value].append(slot)
            else:
                for slot, many in enumerate(getattr(self, facet)):
                    for value in many:
                        lists[value].append(slot)
            built = {value: to_bits(slots, n) for value, slots in lists.items()}
        self._inverted[facet] = built  # whole before it is published
        return built

    #: The facets with a bit set per value.
    FACETS = ("doc", "part", "years", "topics", "cta")

    def prepare(self, facet: str) -> None:
        """Build a facet's bit sets now (the search worker does it when idle)."""
        self._bits(facet)

    def built_sets(self) -> dict[str, dict[object, Bits]]:
        """The bit sets built so far, per facet (what the index cache keeps)."""
        return dict(self._inverted)

    def adopt_sets(self, sets: dict[str, dict[object, Bits]]) -> None:
        """Take bit sets built earlier for this very index (from the index cache)."""
        n = len(self.ids)
        for facet, values in sets.items():
            if facet not in self.FACETS or not isinstance(values, dict) or not all(
                    isinstance(b, int) and 0 <= b and b.bit_length() <= n
                    for b in values.values()):
                raise ValueError(f"the {facet!r} sets do not fit this index")
        self._inverted.update(sets)

    def counts_of_everything(self) -> Facets | None:
        """The counts with no query and no filter, if taken already (the index cache keeps
        them: at 100 000 activities they take some 0.1 s)."""
        return self._everything

    def adopt_counts_of_everything(self, facets: Facets) -> None:
        """Take the counts with no query and no filter taken earlier for this very index."""
        if not (isinstance(facets, Facets) and facets.total == len(self.ids)
                and all(isinstance(getattr(facets, f), dict) for f in (
                    "group_counts", "partner_counts", "topic_counts", "year_counts",
                    "document_counts"))
                and isinstance(facets.calls_to_action, int)):
            raise ValueError("the counts do not fit this index")
        self._everything = facets

    #: Single values' bit sets kept (the latest asked for): partners, and values of a facet
    #: whose sets are not all built yet.
    VALUES_KEPT = 256

    def partner_bits(self, partner_id: str) -> Bits:
        """The activities of a partner or of a body under it (what the partner tree counts
        and a partner filter keeps): one pass over the slots the first time it is asked."""
        return self.value_bits("tree", partner_id)

    def value_bits(self, facet: str, value: object) -> Bits:
        """The bit set of one value of a facet ("tree": a partner's, with its bodies'). From
        the facet's sets once they are built; until then made alone, in one pass in C over
        the slots (a few milliseconds at 100 000 activities, where building every value's
        takes 30-100): a filter clicked before the search worker had a quiet moment."""
        built = self._inverted.get(facet)
        if built is not None:
            return built.get(value, 0)
        key = (facet, value)
        with self._value_lock:
            found = self._value_bits.get(key)
        if found is not None:
            return found
        test = operator.eq if facet in ("doc", "part") else operator.contains
        found = to_bits(compress(count(), map(test, getattr(self, facet), repeat(value))),
                        len(self.ids))
        with self._value_lock:
            kept = self._value_bits
            kept.pop(key, None)
            kept[key] = found
            while len(kept) > self.VALUES_KEPT:
                del kept[next(iter(kept))]
        return found

    # -- matching ----------------------------------------------------------------------
    def filter_bits(self, filters: Filters) -> dict[str, Bits]:
        """One bit set of allowed slots per active filter (values of a filter OR-ed)."""
        out: dict[str, Bits] = {}

        def union(facet: str, values: Iterable[object]) -> Bits:
            return reduce(operator.or_, (self.value_bits(facet, v) for v in values), 0)

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
            out["calls_to_action"] = self._bits("cta")[True]
        return out

    @staticmethod
    def intersect(base: Bits | None, sets: Iterable[Bits]) -> Bits | None:
        """``base`` (None: every slot) narrowed by each set."""
        out = base
        for bits in sets:
            out = bits if out is None else out & bits
        return out

    def count(self, bits: Bits | None) -> int:
        """How many slots a bit set holds (None: every slot)."""
        return len(self.ids) if bits is None else bits.bit_count()

    def ordered(self, matched: Bits | None, scores: dict[int, float] | None) -> list[int]:
        """Matching slots best first (bm25, lower is better), ties in corpus order; in
        corpus order when there is no query. A :class:`Ranked` is in that order already:
        when nothing narrowed its matches, it is the order."""
        if matched is None:
            return list(range(len(self.ids)))
        if isinstance(scores, Ranked) and matched.bit_count() == len(scores):
            return list(scores)
        slots = slots_of(matched)
        if scores is not None:
            slots.sort(key=scores.__getitem__)
        return slots

    # -- counting ----------------------------------------------------------------------
    def facets(self, base: Bits | None, filters: Filters,
               check: Callable[[], None] = lambda: None) -> Facets:
        """Every count the window shows, for the slots in ``base`` (None: all) and filters.

        ``check`` is called between the steps; it raises :class:`Cancelled` to stop.
        """
        if base is None and filters.is_empty() and self._everything is not None:
            return self._everything
        sets = self.filter_bits(filters)
        matched = self.intersect(base, sets.values())
        check()

        def without(facet: str) -> Bits | None:
            if facet not in sets:
                return matched
            return self.intersect(base, [s for k, s in sets.items() if k != facet])

        decoded: dict[Bits, list[int]] = {}

        def slots(bits: Bits | None) -> Iterable[int]:
            if bits is None:
                return range(len(self.ids))
            found = decoded.get(bits)
            if found is None:
                found = decoded[bits] = slots_of(bits)
            return found

        everything = self._everything

        def count_in(facet: str, within: Bits | None) -> dict:
            """Matches per value of ``facet`` among ``within``: those of the whole library
            when ``within`` is everything and they were taken; else a popcount per value
            once the facet's bit sets exist; until then (a library's first counts, before
            the search worker had a quiet moment to build them) counted over the slots."""
            if within is None and everything is not None and facet != "cta":
                return getattr(everything, _COUNTS_OF[facet])
            sets = self._bits("cta") if facet == "cta" else self._inverted.get(facet)
            if sets is not None:
                if within is None:
                    return {v: n for v, bits in sets.items() if (n := bits.bit_count())}
                return {v: n for v, bits in sets.items() if (n := (bits & within).bit_count())}
            values = getattr(self, facet)
            if facet in ("doc", "part"):
                return dict(Counter(map(values.__getitem__, slots(within))))
            return dict(Counter(chain.from_iterable(map(values.__getitem__, slots(within)))))

        in_tree = without("partners")
        partner_counts = (everything.partner_counts if in_tree is None and everything
                          else Counter(chain.from_iterable(map(self.tree.__getitem__,
                                                               slots(in_tree)))))
        check()
        group_counts = count_in("part", in_tree)
        topic_counts = count_in("topics", without("topics"))
        year_counts = count_in("years", without("years"))
        document_counts = count_in("doc", without("documents"))
        cta = count_in("cta", without("calls_to_action")).get(True, 0)
        out = Facets(self.count(matched), group_counts, dict(partner_counts), topic_counts,
                     year_counts, document_counts, cta)
        if base is None and filters.is_empty():
            self._everything = out
        return out
