"""Plain data objects handed out by the core: groups, partners, topics, activities, results."""

from __future__ import annotations

from dataclasses import dataclass, field

UNDATED = 0  #: The "year" of an activity whose text gives no date, in year filters.


@dataclass(frozen=True)
class Group:
    id: str
    part: int
    label_zh: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class Partner:
    id: str
    group_id: str
    parent_id: str | None
    name_zh: str
    name_en: str
    acronym: str
    kind: str
    kind_zh: str
    website: str
    short_zh: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()
    paragraphs: tuple[int, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def display(self, lang: str) -> str:
        """Name with acronym, e.g. ``World Customs Organization (WCO)``."""
        name = self.name(lang)
        if self.acronym and self.acronym not in name:
            return f"{name} ({self.acronym})"
        return name


@dataclass(frozen=True)
class Topic:
    id: str
    label_zh: str
    label_en: str
    aliases_zh: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class Activity:
    id: str
    paragraph: int
    ordinal: int
    part: int
    text: str
    title_zh: str
    title_en: str
    date: str | None
    date_precision: str
    date_qualifier: str
    year_start: int | None
    year_end: int | None
    place_zh: str
    place_en: str
    calls_to_action: bool
    partner_ids: tuple[str, ...] = ()
    topic_ids: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def place(self, lang: str) -> str:
        return self.place_zh if lang == "zh" else self.place_en

    def years(self) -> tuple[int, ...]:
        """Years the activity falls in; ``(UNDATED,)`` when the text gives no date."""
        if self.year_start is None:
            return (UNDATED,)
        end = self.year_end if self.year_end is not None else self.year_start
        return tuple(range(self.year_start, end + 1))


@dataclass(frozen=True)
class Filters:
    """Filter values: OR within one filter, AND between filters. Empty means no filter."""

    topics: tuple[str, ...] = ()
    years: tuple[int, ...] = ()  # UNDATED (0) selects activities without a date
    partners: tuple[str, ...] = ()  # a partner selects its own and its members' activities
    parts: tuple[int, ...] = ()
    calls_to_action: bool = False

    def without(self, facet: str) -> Filters:
        """The same filters with one facet cleared (for facet counts)."""
        values = {"topics": self.topics, "years": self.years, "partners": self.partners,
                  "parts": self.parts, "calls_to_action": self.calls_to_action}
        values[facet] = False if facet == "calls_to_action" else ()
        return Filters(**values)  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        return not (self.topics or self.years or self.partners or self.parts
                    or self.calls_to_action)


@dataclass(frozen=True)
class Hit:
    activity: Activity
    score: float
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    filters: Filters
    total: int
    hits: tuple[Hit, ...]


@dataclass
class PartnerNode:
    partner: Partner
    count: int
    children: list[PartnerNode] = field(default_factory=list)
    via_membership: bool = False  # shown under a body it is a member of, not its parent


@dataclass
class GroupNode:
    group: Group
    count: int
    partners: list[PartnerNode] = field(default_factory=list)
