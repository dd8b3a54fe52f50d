"""Plain data objects handed out by the core: groups, partners, topics, activities, results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

UNDATED = 0  #: The "year" of an activity whose text gives no date, in year filters.

#: How every English text of a report published in Chinese is labelled, wherever it is shown.
TRANSLATION_NOTE = {
    "en": "Unofficial working translation; the Chinese text is authoritative.",
    "zh": "非官方工作译文；以中文原文为准。",
}
#: How every activity of a report imported from a file is labelled: nobody curated it.
AUTOMATIC_NOTE = {
    "en": "Links found automatically – check against the text.",
    "zh": "关联信息为自动识别，请对照原文核实。",
}


@dataclass(frozen=True)
class Document:
    """One report of the corpus (a CPM paper), with the facts a citation needs."""

    id: str
    sort: int
    language: str  # of the original text, e.g. "zh-Hans" or "en"
    title_zh: str
    title_en: str
    body_zh: str
    body_en: str
    session_zh: str
    session_en: str
    session_short: str  # "CPM-15 (2021)"
    session_dates: str  # ISO 8601 range as printed on the title block, or ""
    session_place_zh: str
    session_place_en: str
    agenda_item: str
    period: str
    prepared_by_zh: str
    prepared_by_en: str
    has_translation: bool  # an English working translation exists (original not English)
    origin: str = "bundled"  # "bundled" | "pack" (curated, added by the user) | "import"
    automatic: bool = False  # links found automatically by the importer, not curated
    source_file: str = ""  # the file it was imported from (name only)
    source_sha256: str = ""
    added: str = ""  # when the user added it (ISO 8601), '' for the bundled report

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    @property
    def year(self) -> str:
        """Year of the session (from its dates, else from the short name), or ''."""
        digits = "".join(ch if ch.isdigit() else " " for ch in self.session_short).split()
        return self.session_dates[:4] or next((d for d in digits if len(d) == 4), "")

    @property
    def original_lang(self) -> str:
        """"en" or "zh": the language of the authoritative text."""
        return "en" if self.language.lower().startswith("en") else "zh"

    def label(self, lang: str) -> str:
        """Short name for filters and lists: ``CPM-15 (2021), agenda item 15.1``."""
        if lang == "zh":
            return f"{self.session_short}，议题 {self.agenda_item}"
        return f"{self.session_short}, agenda item {self.agenda_item}"


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
    #: The JSON of ``{document id: [paragraphs naming the partner]}`` (read when asked for:
    #: a library of thousands of partners opens without parsing them all).
    mentions_json: str = ""
    aliases_en: tuple[str, ...] = ()  # other English names and short forms

    @property
    def mentions(self) -> tuple[tuple[str, int], ...]:
        """(document id, paragraph) of each paragraph naming the partner."""
        import json

        if not self.mentions_json or self.mentions_json == "{}":
            return ()
        try:
            return tuple((str(doc), int(n)) for doc, numbers in
                         dict(json.loads(self.mentions_json)).items() for n in numbers)
        except (ValueError, TypeError):  # the store checked its shape; be safe anyway
            return ()

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def display(self, lang: str) -> str:
        """Name with acronym, e.g. ``World Customs Organization (WCO)``."""
        name = self.name(lang)
        if self.acronym and self.acronym not in name:
            return f"{name} ({self.acronym})"
        return name


@dataclass(frozen=True)
class Body:
    """A named body that is not a partner (an IPPC body, or one behind a partner)."""

    id: str
    forms_zh: tuple[str, ...]
    name_en: str
    acronym: str
    kind: str
    kind_zh: str


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
    """One piece of cooperation: a verbatim quotation of one paragraph of one report.

    ``text`` is the quotation in the report's own language (authoritative); ``text_en`` its
    English (the same text when the report is in English, else our working translation).
    ``part`` is the number of the partner group the paragraph's part maps to.
    """

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
    doc: str = ""
    text_en: str = ""
    original_lang: str = "zh"
    automatic: bool = False  # its partners, topics and dates were found automatically

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def text_in(self, lang: str) -> str:
        """The quotation in ``lang`` where we have it, else the original."""
        if lang == "en" and self.text_en:
            return self.text_en
        return self.text

    def is_translation(self, lang: str) -> bool:
        """True when ``text_in(lang)`` is our working translation, not the report's text."""
        return lang != self.original_lang and self.text_in(lang) != self.text

    def place(self, lang: str) -> str:
        return self.place_zh if lang == "zh" else self.place_en

    def years(self) -> tuple[int, ...]:
        """Years the activity falls in; ``(UNDATED,)`` when the text gives no date.

        A date of several separate events (``2019-11,2020-10``) falls in each event's
        years, not in the years between them.
        """
        if self.year_start is None or not self.date:
            return (UNDATED,)
        years: set[int] = set()
        for item in self.date.split(","):
            start, _, end = item.partition("/")
            years.update(range(int(start[:4]), int((end or start)[:4]) + 1))
        return tuple(sorted(years))


@dataclass(frozen=True)
class Filters:
    """Filter values: OR within one filter, AND between filters. Empty means no filter."""

    topics: tuple[str, ...] = ()
    years: tuple[int, ...] = ()  # UNDATED (0) selects activities without a date
    partners: tuple[str, ...] = ()  # a partner selects its own and its members' activities
    parts: tuple[int, ...] = ()
    calls_to_action: bool = False
    documents: tuple[str, ...] = ()  # report ids

    def without(self, facet: str) -> Filters:
        """The same filters with one facet cleared (for facet counts)."""
        values = {"topics": self.topics, "years": self.years, "partners": self.partners,
                  "parts": self.parts, "calls_to_action": self.calls_to_action,
                  "documents": self.documents}
        values[facet] = False if facet == "calls_to_action" else ()
        return Filters(**values)  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        return not (self.topics or self.years or self.partners or self.parts
                    or self.calls_to_action or self.documents)


@dataclass(frozen=True)
class Hit:
    activity: Activity
    score: float  # lower ranks first: the rank among the matches, or bm25 (a library of
    # several databases, whose scores are merged)
    highlights: tuple[tuple[int, int], ...] = ()  # spans of the matches in activity.text
    highlights_en: tuple[tuple[int, int], ...] = ()  # ... and in activity.text_en

    def spans_in(self, lang: str) -> tuple[tuple[int, int], ...]:
        """Highlight spans for ``activity.text_in(lang)``."""
        return self.highlights_en if self.activity.is_translation(lang) else self.highlights


@dataclass(frozen=True)
class SearchResult:
    query: str
    filters: Filters
    total: int
    hits: Sequence[Hit]  # a tuple, or a list that reads the activities as it is walked


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
