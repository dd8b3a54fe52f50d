"""The briefing model: what a briefing says, in which order and with which citation.

Built once from the activities of an export (:func:`build_briefing`) and rendered by the Word
writer (:mod:`desktop.core.briefing_docx`) and the PDF/print writer (``desktop.ui.briefing_pdf``),
which only lay it out. Also the words of briefings in both languages (titles, the filters in
words, dates) shared by the export dialog and the command line.

Order: title, subtitle (the scope and filters in words), counts and notes, Sources (the full
citation of each report, once), Summary (how it counts, the partners with most activities),
Contents, At a glance (the timeline and the partner x topic map as figures, when the export
drew them: :class:`Figure`), one part per partner group with one section per partner in the
order of the window's partner tree, Topics covered, and an annex with every partner when the
summary cannot list them all.

**The rule.** Each activity is printed once, in full, under its *home* partner: the first
partner it names, or in a partner briefing the first it names of the partner(s) in focus (or
the bodies under them). Every other partner it names, and every partner a named body belongs to
(by parent, as in the tree), lists it in its own section as a "see also" reference to the
home entry. So every partner in the tables has a section, and a partner's count, the number of
entries in its section, is the number of activities that name it or a body under it: the
count the window's partner tree shows (:meth:`Store.partner_tree`, :meth:`Store.descendants`)
for the same activities.

All text is passed through :func:`desktop.core.clean.clean_text` on the way in, so renderers
never meet control characters, lone surrogates or non-characters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from desktop.core.clean import clean_line, clean_text
from desktop.core.errors import NotFoundError
from desktop.core.format import format_date as format_core_date
from desktop.core.format import format_iso_date
from desktop.core.models import (
    AUTOMATIC_NOTE,
    UNDATED,
    Activity,
    Document,
    Filters,
    Partner,
)
from desktop.core.store import Store

#: Core properties of a Word file hold at most 255 characters; the visible title keeps the same.
MAX_TITLE = 255
#: Longest search text quoted in a subtitle (a pasted page is not a search).
MAX_QUERY_IN_SUBTITLE = 200
#: Partners shown in the summary; with more, the full table goes to the annex.
TOP_PARTNERS = 8
#: Topics shown per partner in the summary (the annex lists them all).
TOP_TOPICS = 3
#: The anchor of the "At a glance" section (the figures).
GLANCE_ANCHOR = "glance"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "generic_title": "IPPC international cooperation briefing",
        "titled": "{subject}: IPPC international cooperation briefing",
        "source": "{short}: IPPC Secretariat, {title} ({period}). {session}, agenda item {item}.",
        "source_short": "{short}, item {item}",
        "sources": "Sources",
        "automatic_note": ("Activities of reports added from a file have links (partners, "
                           "topics, dates) found automatically: check them against the text."),
        "translation_note": ("English quotations are an unofficial working translation of "
                             "the Chinese report text, which is authoritative."),
        "other_original": "Original (Chinese, authoritative):",
        "other_translation": "English (unofficial working translation):",
        "exported": "Exported {date} with IPPC Cooperation Explorer (data {version})",
        "counts": "{activities} activities · {partners} partners · {topics} topics",
        "summary": "Summary",
        "rule": ("How this briefing counts: each activity is printed once, under its first "
                 "partner (in a partner briefing, under the partner in focus); every other "
                 "partner it names, and the partner a named body belongs to, refers to it under "
                 "“See also”. A partner's count is the number of activities that name it or a "
                 "body under it, as in the window's partner tree."),
        "top_partners": "Partners with the most activities",
        "collection_items": "The activities, in the collection's order",
        "collection_rule": ("A collection briefing prints its activities once each, in the "
                            "collection's order, each with the note written for it; the "
                            "partners and topics are counted as in the window."),
        "item_note": "Note: {note}",
        "all_partners": "Partners",
        "annex_note": "All {count} partners, with their topics, are listed in the annex.",
        "contents": "Contents",
        "toc_hint": ("Page numbers: in Word, right-click this table and choose Update Field "
                     "(Word offers it when the file opens); in LibreOffice, Update Index."),
        "annex": "Annex: all partners",
        "partner": "Partner",
        "activities": "Activities",
        "topics": "Topics",
        "main_topics": "Main topics",
        "page_column": "Page",
        "part": "Part {part}: {label}",
        "date": "Date",
        "place": "Place",
        "partners": "Partners",
        "calls": "Calls to action",
        "undated": "No date given",
        "undated_year": "undated",
        "part_short": "Part {part} ({label})",
        "topics_covered": "Topics covered",
        "topic_count": "{label} ({count})",
        "other": "Activities without a partner",
        "page": "Page {page} of {pages}",
        "no_filters": "All activities, no filters",
        "query": "search “{query}”",
        "f_topics": "topics: {values}",
        "f_partners": "partners: {values}",
        "f_years": "years: {values}",
        "f_parts": "parts: {values}",
        "f_documents": "reports: {values}",
        "f_calls": "calls to action only",
        "sep": "; ",
        "list_sep": ", ",
        "planned": "{date} (planned)",
        "scope_sep": " · ",
        "colon": ": ",
        "cite": "{short}, item {item}, ¶{paragraph}",
        "cite_translated": " (working translation)",
        "ref": "{session} ¶{paragraph}",
        "see_also": "See also:",
        "see_also_where": "under {home}, {ref}",
        "page_ref": ", p. {page}",
        "at_a_glance": "At a glance",
        "fig_timeline": ("Figure {number}. When: the {count} activities of this briefing on a "
                         "timeline, by report part."),
        "fig_timeline_one": ("Figure {number}. When: the activity of this briefing on a "
                             "timeline, by report part."),
        "fig_timeline_cut": (" The picture draws at most {rows} rows per part: a part's label "
                             "says how many of its activities are drawn."),
        "fig_map": ("Figure {number}. Who and what: activities by partner and topic (each "
                    "number counts the activities of the partner, and of the bodies under it, "
                    "on that topic)."),
        "fig_map_cut": (" The picture shows only the {shown} partners with the most "
                        "activities; all {count} are listed in the annex."),
        "alt_timeline": ("Timeline of {count} activities from {first} to {last}, by report "
                         "part: {lanes}."),
        "alt_timeline_undated": "Timeline of {count} undated activities.",
        "alt_lane": "{label} {count}",
        "alt_map": ("Chart of {partners} partners (rows) by {topics} topics (columns), each "
                    "cell shaded by its number of activities; the largest is {most}: "
                    "{partner} on {topic}."),
    },
    "zh": {
        "generic_title": "《国际植保公约》国际合作简报",
        "titled": "{subject}：《国际植保公约》国际合作简报",
        "source": "{short}：{secretariat}，{title}（{period}）。{session}，议题 {item}。",
        "source_short": "{short}，议题 {item}",
        "sources": "来源",
        "automatic_note": ("从文件添加的报告，其活动的关联信息（合作伙伴、主题、日期）为自动识别，"
                           "请对照原文核实。"),
        "translation_note": "",
        "other_original": "原文：",
        "other_translation": "英文（非官方工作译文，以中文原文为准）：",
        "exported": "导出日期：{date}（《国际植保公约》合作伙伴浏览器，数据版本 {version}）",
        "counts": "活动 {activities} 项 · 合作伙伴 {partners} 个 · 主题 {topics} 个",
        "summary": "概要",
        "collection_items": "活动（按收藏夹中的顺序）",
        "collection_rule": ("收藏夹简报按收藏夹中的顺序完整列出每项活动一次，并附上为其所写的笔记；"
                            "合作伙伴和主题的计数方式与窗口相同。"),
        "item_note": "笔记：{note}",
        "rule": ("计数规则：每项活动只完整列出一次，列在其第一个合作伙伴之下（合作伙伴简报中列在"
                 "该合作伙伴之下）；活动提及的其他合作伙伴，以及被提及机构的上级合作伙伴，在各自"
                 "章节中以“另见”指向该活动。合作伙伴的活动数即提及该合作伙伴或其下属机构的活动"
                 "数，与窗口中合作伙伴树的计数一致。"),
        "top_partners": "活动最多的合作伙伴",
        "all_partners": "合作伙伴",
        "annex_note": "全部 {count} 个合作伙伴及其主题见附件。",
        "contents": "目录",
        "toc_hint": "页码：在 Word 中右键单击本目录并选择“更新域”（打开文件时 Word 会提示更新）；"
                    "在 LibreOffice 中选择“更新目录”。",
        "annex": "附件：全部合作伙伴",
        "partner": "合作伙伴",
        "activities": "活动数",
        "topics": "主题",
        "main_topics": "主要主题",
        "page_column": "页码",
        "part": "第 {part} 部分：{label}",
        "date": "日期",
        "place": "地点",
        "partners": "合作伙伴",
        "calls": "呼吁采取行动",
        "undated": "未注明日期",
        "undated_year": "未注明日期",
        "part_short": "第 {part} 部分（{label}）",
        "topics_covered": "涉及的主题",
        "topic_count": "{label}（{count} 项）",
        "other": "未列合作伙伴的活动",
        "page": "第 {page} 页，共 {pages} 页",
        "no_filters": "全部活动，未设筛选条件",
        "query": "检索词“{query}”",
        "f_topics": "主题：{values}",
        "f_partners": "合作伙伴：{values}",
        "f_years": "年份：{values}",
        "f_parts": "部分：{values}",
        "f_documents": "报告：{values}",
        "f_calls": "仅限呼吁采取行动的活动",
        "sep": "；",
        "list_sep": "、",
        "planned": "{date}（计划）",
        "scope_sep": " · ",
        "colon": "：",
        "cite": "{short}，议题 {item}，第 {paragraph} 段",
        "cite_translated": "（英文为工作译文）",
        "ref": "{session} 第 {paragraph} 段",
        "see_also": "另见：",
        "see_also_where": "列于{home}之下，{ref}",
        "page_ref": "，第 {page} 页",
        "at_a_glance": "概览",
        "fig_timeline": "图 {number}　时间：本简报 {count} 项活动的时间线（按报告部分分列）。",
        "fig_timeline_one": "图 {number}　时间：本简报所列活动的时间线（按报告部分分列）。",
        "fig_timeline_cut": "每个部分最多绘出 {rows} 行，部分名称下注明所绘出的活动数。",
        "fig_map": ("图 {number}　对象与主题：按合作伙伴和主题统计的活动数（每个数字为该合作伙伴"
                    "及其下属机构在该主题上的活动数）。"),
        "fig_map_cut": "图中仅显示活动最多的 {shown} 个合作伙伴；全部 {count} 个见附件。",
        "alt_timeline": "时间线：{count} 项活动，{first} 年至 {last} 年，按报告部分分列：{lanes}。",
        "alt_timeline_undated": "时间线：{count} 项活动，均未注明日期。",
        "alt_lane": "{label} {count} 项",
        "alt_map": ("合作伙伴与主题图：{partners} 个合作伙伴（行）× {topics} 个主题（列），"
                    "按活动数着色；最多的一格为 {most} 项：{partner}，{topic}。"),
    },
}


def labels(lang: str) -> dict[str, str]:
    """The words of a briefing in ``lang`` ("zh", else English)."""
    return LABELS["zh" if lang == "zh" else "en"]


# -- words ---------------------------------------------------------------------------------
def partner_name(partner: Partner, lang: str) -> str:
    """Partner name with acronym; full-width brackets in Chinese."""
    name = partner.name(lang)
    if partner.acronym and partner.acronym not in name:
        return f"{name}（{partner.acronym}）" if lang == "zh" else f"{name} ({partner.acronym})"
    return name


_ACRONYM_GROUP = re.compile(r"(?<=[（(])[A-Z0-9&/\-]+(?: [A-Z0-9&/\-]+)+(?=[）)])")


def keep_latin_together(text: str) -> str:
    """Join the words of a bracketed acronym group with no-break spaces, so "（SAFE WG）" is
    never split over two lines in Chinese text (longer Latin names may still wrap at their
    spaces, as they must in a narrow table cell)."""
    return _ACRONYM_GROUP.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


def _display_name(partner: Partner, lang: str) -> str:
    name = clean_line(partner_name(partner, lang))
    return keep_latin_together(name) if lang == "zh" else name


def _subject_names(store: Store, ids: Sequence[str], kind: str, lang: str) -> list[str]:
    names = []
    for item in ids:
        try:
            if kind == "partner":
                names.append(partner_name(store.partner(item), lang))
            else:
                names.append(store.topic(item).label(lang))
        except NotFoundError:
            names.append(item)
    return names


def default_title(store: Store, query: str, filters: Filters, lang: str) -> str:
    """A title naming the partner(s) and/or topic(s) chosen, else the words searched for, else
    the generic briefing title.

    At most two partners and two topics are named; with more the title stays generic for that
    facet (the subtitle lists every filter).
    """
    lab = labels(lang)
    subjects: list[str] = []
    words = clean_line(query)
    if words and not filters.partners and not filters.topics and len(words) <= 40:
        subjects.append(f"“{words}”")
    if 0 < len(filters.partners) <= 2:
        subjects.append(lab["list_sep"].join(
            _subject_names(store, filters.partners, "partner", lang)))
    if 0 < len(filters.topics) <= 2:
        subjects.append(lab["list_sep"].join(
            _subject_names(store, filters.topics, "topic", lang)))
    if not subjects:
        return lab["generic_title"]
    joiner = " — " if lang != "zh" else "——"
    return lab["titled"].format(subject=joiner.join(subjects))


def _year_word(year: int, lang: str) -> str:
    if year == UNDATED:
        return labels(lang)["undated_year"]
    return f"{year} 年" if lang == "zh" else str(year)


def describe_filters(store: Store, query: str, filters: Filters, lang: str) -> str:
    """The search and filters in words, e.g. ``search “集装箱”; topics: Sea containers``."""
    lab = labels(lang)
    parts: list[str] = []
    query = clean_line(query, MAX_QUERY_IN_SUBTITLE)
    if query:
        parts.append(lab["query"].format(query=query))
    if filters.topics:
        parts.append(lab["f_topics"].format(values=lab["list_sep"].join(
            _subject_names(store, filters.topics, "topic", lang))))
    if filters.partners:
        parts.append(lab["f_partners"].format(values=lab["list_sep"].join(
            _subject_names(store, filters.partners, "partner", lang))))
    if filters.years:
        years = sorted(filters.years, key=lambda y: (y == UNDATED, y))
        parts.append(lab["f_years"].format(values=lab["list_sep"].join(
            _year_word(y, lang) for y in years)))
    if filters.parts:
        words = []
        for part in sorted(filters.parts):
            group = store.group_of_part(part)
            words.append(lab["part_short"].format(part=part,
                                                  label=group.label(lang) if group else ""))
        parts.append(lab["f_parts"].format(values=lab["list_sep"].join(words)))
    if filters.documents:
        names = []
        for doc_id in filters.documents:
            try:
                names.append(store.document(doc_id).label(lang))
            except NotFoundError:
                names.append(doc_id)
        parts.append(lab["f_documents"].format(values=lab["list_sep"].join(names)))
    if filters.calls_to_action:
        parts.append(lab["f_calls"])
    if not parts:
        return lab["no_filters"]
    text = lab["sep"].join(parts)
    return text[0].upper() + text[1:] if lang != "zh" else text


def format_date(activity: Activity, lang: str) -> str:
    """The activity's date in words (``2019 年 8 月`` / ``August 2019``, ranges, qualifiers),
    or the "no date given" label when the report gives none."""
    text = format_core_date(activity, lang)
    if text:
        return text
    lab = labels(lang)
    if activity.date_qualifier == "planned":
        return lab["planned"].format(date=lab["undated"])
    return lab["undated"]


def _unbroken(text: str, lang: str) -> str:
    """``CPM-15 (2021)`` with a no-break space in English, so a session's short name stays
    on one line. Not in Chinese: there LibreOffice finds no break between "，" and the Latin
    word after it, and would cut the name at the end of the line instead."""
    text = clean_line(text)
    return text if lang == "zh" else text.replace(" ", "\u00a0")


def short_citation(document: Document, paragraph: int, lang: str,
                   translated: bool = False) -> str:
    """Compact citation of one paragraph: ``CPM-15 (2021), item 15.1, ¶24``; the report's full
    citation is given once, in the Sources (:func:`source_citation`)."""
    lab = labels(lang)
    text = lab["cite"].format(short=_unbroken(document.session_short, lang),
                              item=document.agenda_item, paragraph=paragraph)
    return text + (lab["cite_translated"] if translated else "")


def source_citation(document: Document, lang: str) -> str:
    """Full citation of a report (secretariat, title, period, session, place and dates, agenda
    item), introduced by the short form used beside each quotation."""
    lab = labels(lang)
    short = lab["source_short"].format(short=document.session_short, item=document.agenda_item)
    dates = format_iso_date(document.session_dates, lang)
    if lang == "zh":
        year = f"（{document.year} 年）" if document.year and not dates else ""
        session = "，".join(x for x in (f"{document.body_zh}{document.session_zh}{year}",
                                         document.session_place_zh, dates) if x)
        secretariat = document.prepared_by_zh.replace("编写", "") or "《国际植保公约》秘书处"
    else:
        session = ", ".join(x for x in (document.body_en, document.session_en or
                                        document.session_short, document.session_place_en,
                                        dates) if x)
        secretariat = "IPPC Secretariat"
    return lab["source"].format(short=short, title=document.title(lang), period=document.period,
                                session=session, item=document.agenda_item,
                                secretariat=secretariat)


# -- the model -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Quotation:
    """A quotation of the report; ``label`` introduces a second one ("Original …:")."""

    text: str
    lang: str  # "zh" or "en": the language this text is in
    label: str = ""


@dataclass(frozen=True)
class Item:
    """One activity, in full, in its home partner's section."""

    activity_id: str
    anchor: str
    title: str
    facts: str  # date · place · other partners · topics · calls to action · notes
    quotations: tuple[Quotation, ...]
    citation: str  # compact: CPM-15 (2021), item 15.1, ¶24


@dataclass(frozen=True)
class SeeAlso:
    """A reference, in another partner's section, to an activity printed under its home."""

    activity_id: str
    anchor: str  # the anchor of the Item it refers to
    title: str
    where: str  # "under <home partner>, CPM-15 (2021) ¶24"
    separator: str = ", "  # between the title and where

    @property
    def text(self) -> str:
        return f"{self.title}{self.separator}{self.where}"


@dataclass(frozen=True)
class PartnerSection:
    """A partner's activities: those printed here, then references to those printed under
    another partner; both in corpus order."""

    partner_id: str  # "" for the activities that name no partner
    heading: str
    anchor: str
    items: tuple[Item, ...]
    see_also: tuple[SeeAlso, ...] = ()

    @property
    def count(self) -> int:
        return len(self.items) + len(self.see_also)


@dataclass(frozen=True)
class PartSection:
    part: int
    heading: str
    anchor: str
    sections: tuple[PartnerSection, ...]


@dataclass(frozen=True)
class PartnerRow:
    partner_id: str
    name: str
    count: int
    topics: tuple[str, ...]  # most frequent first
    depth: int  # 0 for a partner, 1 for a body under it, ...
    anchor: str  # of its section


@dataclass(frozen=True)
class Source:
    document_id: str
    citation: str


@dataclass(frozen=True)
class OutlineEntry:
    """A heading of levels 1-2, as a table of contents lists it."""

    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Figure:
    """A picture of the briefing's activities (the timeline, the partner x topic map), drawn
    by the export's chart renderer (the core cannot draw: it never imports Qt).

    ``png`` is ``width_px`` x ``height_px`` pixels at ``dpi``; ``caption`` is printed under it
    ("Figure 1. When: ..."), ``alt`` describes it for a screen reader (the alternative text).
    """

    kind: str  # "timeline" or "map"
    png: bytes = field(repr=False)
    width_px: int
    height_px: int
    dpi: float
    caption: str
    alt: str

    def fit(self, width: float, height: float) -> tuple[float, float]:
        """The picture's size at ``width`` (the text width), or smaller to be at most
        ``height`` tall (one page with its caption), in the units given; keeps the shape."""
        if self.width_px <= 0 or self.height_px <= 0:
            return width, 0.0
        scale = min(width / self.width_px, height / self.height_px)
        return self.width_px * scale, self.height_px * scale


@dataclass(frozen=True)
class Briefing:
    """Everything a briefing says, in reading order; renderers add only layout."""

    lang: str
    title: str
    subtitle: str
    facts: tuple[str, ...]  # counts, export date and data version
    notes: tuple[str, ...]  # working translation, automatic links
    sources: tuple[Source, ...]
    rule: str
    top_partners: tuple[PartnerRow, ...]
    annex_note: str  # "" when the summary lists every partner
    parts: tuple[PartSection, ...]
    topics: tuple[tuple[str, int], ...]  # (label, count), most frequent first
    annex: tuple[PartnerRow, ...]  # every partner in tree order, or () when none is needed
    labels: dict[str, str] = field(repr=False, default_factory=dict)
    #: "At a glance": the timeline and the map, after the contents (none: no such section)
    figures: tuple[Figure, ...] = ()

    @property
    def properties_title(self) -> str:
        """The title as document metadata (Word's core properties hold 255 characters)."""
        return clean_line(self.title, MAX_TITLE)

    def items(self) -> Iterator[Item]:
        for part in self.parts:
            for section in part.sections:
                yield from section.items

    def item_count(self) -> int:
        return sum(1 for _ in self.items())

    def outline(self) -> list[OutlineEntry]:
        """Headings of levels 1 and 2 in document order (the table of contents)."""
        lab = self.labels
        out = [OutlineEntry(1, lab["sources"], "sources"),
               OutlineEntry(1, lab["summary"], "summary")]
        if self.figures:
            out.append(OutlineEntry(1, lab["at_a_glance"], GLANCE_ANCHOR))
        for part in self.parts:
            out.append(OutlineEntry(1, part.heading, part.anchor))
            out += [OutlineEntry(2, s.heading, s.anchor) for s in part.sections]
        out.append(OutlineEntry(1, lab["topics_covered"], "topics"))
        if self.annex:
            out.append(OutlineEntry(1, lab["annex"], "annex"))
        return out


def _anchor(prefix: str, key: str) -> str:
    return prefix + "-" + "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in key)


class _Builder:
    def __init__(self, store: Store, activities: Sequence[Activity], lang: str,
                 focus: Sequence[str], both_languages: bool):
        self.store = store
        self.lang = "zh" if lang == "zh" else "en"
        self.lab = labels(self.lang)
        self.both = both_languages
        seen: dict[str, Activity] = {}
        for activity in activities:
            seen.setdefault(activity.id, activity)
        self.activities = sorted(seen.values(), key=store.corpus_order)
        self.focus: set[str] = set()
        for pid in focus:
            self.focus |= store.descendants(pid)
        self.anchors = {a.id: f"item-{i + 1}" for i, a in enumerate(self.activities)}
        self.homes = {a.id: self._home(a) for a in self.activities}

    # -- who is where ----------------------------------------------------------------------
    def _home(self, activity: Activity) -> str:
        """The partner an activity is printed under: the first in focus, else its first."""
        known = [p for p in activity.partner_ids if self._known(p)]
        for pid in known:
            if pid in self.focus:
                return pid
        return known[0] if known else ""

    def _known(self, partner_id: str) -> bool:
        try:
            self.store.partner(partner_id)
        except NotFoundError:
            return False
        return True

    def _with_ancestors(self, partner_id: str) -> list[str]:
        """The partner and every partner above it (by parent)."""
        out = [partner_id]
        parent = self.store.partner(partner_id).parent_id
        while parent and parent not in out and self._known(parent):
            out.append(parent)
            parent = self.store.partner(parent).parent_id
        return out

    def tree_order(self) -> list[tuple[Partner, int]]:
        """Every partner with its depth, as the window's partner tree lists them: parts in
        order, partners in report order, each followed by the bodies under it."""
        store = self.store
        out: list[tuple[Partner, int]] = []
        seen: set[str] = set()

        def visit(partner: Partner, depth: int) -> None:
            if partner.id in seen:
                return
            seen.add(partner.id)
            out.append((partner, depth))
            for child in store.children_of(partner.id):
                visit(child, depth + 1)

        for group in store.groups:
            for partner in store.partners:
                if partner.group_id == group.id and not (
                        partner.parent_id and self._known(partner.parent_id)):
                    visit(partner, 0)
        for partner in store.partners:  # a group the registry does not list, or a loop
            visit(partner, 0)
        return out

    # -- pieces ----------------------------------------------------------------------------
    def name(self, partner_id: str) -> str:
        if not partner_id:
            return self.lab["other"]
        return _display_name(self.store.partner(partner_id), self.lang)

    def item(self, activity: Activity) -> Item:
        store, lab, lang = self.store, self.lab, self.lang
        colon = lab["colon"]
        facts = [f"{lab['date']}{colon}{format_date(activity, lang)}"]
        place = clean_line(activity.place(lang))
        if place:
            facts.append(f"{lab['place']}{colon}{place}")
        home = self.homes[activity.id]
        others = [self.name(p) for p in dict.fromkeys(activity.partner_ids)
                  if p != home and self._known(p)]
        if others:
            facts.append(f"{lab['partners']}{colon}{lab['list_sep'].join(others)}")
        topics = [clean_line(t.label(lang)) for t in store.topics_of(activity)]
        if topics:
            facts.append(f"{lab['topics']}{colon}{lab['list_sep'].join(topics)}")
        if activity.calls_to_action:
            facts.append(lab["calls"])
        if activity.automatic:
            facts.append(AUTOMATIC_NOTE[lang])
        quotations = [Quotation(clean_text(activity.text_in(lang)).strip(), self._lang_of(
            activity, lang))]
        translated = activity.is_translation(lang)
        other = "zh" if lang == "en" else "en"
        if self.both and activity.text_in(other) != activity.text_in(lang):
            label = (lab["other_translation"] if activity.is_translation(other)
                     else lab["other_original"])
            quotations.append(Quotation(clean_text(activity.text_in(other)).strip(),
                                        self._lang_of(activity, other), label))
            translated = translated or activity.is_translation(other)
        citation = short_citation(store.document_of(activity), activity.paragraph, lang,
                                  translated)
        return Item(activity.id, self.anchors[activity.id], clean_line(activity.title(lang)),
                    lab["scope_sep"].join(facts), tuple(quotations), citation)

    @staticmethod
    def _lang_of(activity: Activity, lang: str) -> str:
        """The language ``activity.text_in(lang)`` is actually written in."""
        if lang == "en" and activity.text_en:
            return "en"
        return activity.original_lang

    def see_also(self, activity: Activity) -> SeeAlso:
        document = self.store.document_of(activity)
        ref = self.lab["ref"].format(session=_unbroken(document.session_short, self.lang),
                                     paragraph=activity.paragraph)
        where = self.lab["see_also_where"].format(home=self.name(self.homes[activity.id]),
                                                  ref=ref)
        return SeeAlso(activity.id, self.anchors[activity.id],
                       clean_line(activity.title(self.lang)), where,
                       "，" if self.lang == "zh" else ", ")

    def topic_labels(self, activities: Sequence[Activity], limit: int | None) -> tuple[str, ...]:
        order = {t.id: i for i, t in enumerate(self.store.topics)}
        counts: Counter[str] = Counter()
        for activity in activities:
            counts.update(t for t in dict.fromkeys(activity.topic_ids) if t in order)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:limit]
        return tuple(clean_line(self.store.topic(t).label(self.lang)) for t, _ in ranked)


def build_briefing(store: Store, activities: Sequence[Activity], *, lang: str = "en",
                   title: str | None = None, query: str = "", filters: Filters | None = None,
                   scope_label: str = "", both_languages: bool = False,
                   today: dt.date | None = None, in_order: bool = False,
                   item_notes: Mapping[str, str] | None = None,
                   intro: str = "", figures: Sequence[Figure] = ()) -> Briefing:
    """The briefing for ``activities``, following the rule in this module's docstring.

    Args:
        store: the library (names, topics, reports, the partner tree).
        activities: what to brief on (any order; duplicates are ignored).
        lang: "zh" or "en": labels, and the language of the quotations.
        title: the user's title; empty for :func:`default_title`.
        query, filters, scope_label: describe the activities in the subtitle; a partner filter
            also chooses the home partner of each activity.
        both_languages: add the other language's text under each quotation.
        today: the export date (for tests).
        in_order: a collection briefing: the activities are printed once each in the order
            given, in one section, instead of by part and partner.
        item_notes: a note per activity id, printed with it (a collection's notes).
        intro: an introduction printed under the title (a collection's).
        figures: the pictures of the "At a glance" section (drawn by the caller: see
            :func:`desktop.core.export.export`); none, no such section.
    """
    filters = filters or Filters()
    lang = "zh" if lang == "zh" else "en"
    lab = labels(lang)
    b = _Builder(store, activities, lang, filters.partners, both_languages)

    title = clean_line(title or "", MAX_TITLE) or clean_line(
        default_title(store, query, filters, lang), MAX_TITLE)
    subtitle = clean_line(describe_filters(store, query, filters, lang))
    scope = clean_line(scope_label)
    if scope:
        described = bool(clean_line(query)) or not filters.is_empty()
        subtitle = f"{scope}{lab['scope_sep']}{subtitle}" if described else scope
    if lang == "zh":
        subtitle = keep_latin_together(subtitle)

    # Entries per partner: an activity belongs to every partner it names and every partner
    # above those; it is printed under its home and referred to everywhere else.
    entries_of: dict[str, list[Activity]] = {}
    for activity in b.activities:
        owners: dict[str, None] = {}
        for pid in activity.partner_ids:
            if b._known(pid):
                owners.update(dict.fromkeys(b._with_ancestors(pid)))
        for pid in owners or {"": None}:
            entries_of.setdefault(pid, []).append(activity)

    items = {a.id: b.item(a) for a in b.activities}
    for activity_id, note in (item_notes or {}).items():
        note = clean_line(note)
        if note and activity_id in items:
            item = items[activity_id]
            items[activity_id] = replace(item, facts=lab["scope_sep"].join(
                filter(None, [item.facts, lab["item_note"].format(note=note)])))
    tree = b.tree_order()
    if b.focus:  # a partner briefing: the partner(s) in focus open their part
        tree.sort(key=lambda pd: pd[0].id not in b.focus)
    group_part = {g.id: g.part for g in store.groups}
    sections_by_part: dict[int, list[PartnerSection]] = {}
    rows: list[PartnerRow] = []
    for partner, depth in tree:
        mine = entries_of.get(partner.id)
        if not mine:
            continue
        anchor = _anchor("partner", partner.id)
        section = PartnerSection(
            partner.id, b.name(partner.id), anchor,
            tuple(items[a.id] for a in mine if b.homes[a.id] == partner.id),
            tuple(b.see_also(a) for a in mine if b.homes[a.id] != partner.id))
        part = group_part.get(partner.group_id, 0)
        sections_by_part.setdefault(part, []).append(section)
        rows.append(PartnerRow(partner.id, section.heading, section.count,
                               b.topic_labels(mine, None), depth, anchor))
    orphans = entries_of.get("", [])
    for part in sorted({a.part for a in orphans}):
        mine = [a for a in orphans if a.part == part]
        sections_by_part.setdefault(part, []).append(PartnerSection(
            "", lab["other"], f"partner--other-{part}", tuple(items[a.id] for a in mine)))

    parts = []
    if in_order:  # a collection: its order, one section
        sections_by_part = {}
        given = list(dict.fromkeys(a.id for a in activities if a.id in items))
        parts.append(PartSection(0, title, "part-collection", (PartnerSection(
            "", lab["collection_items"], "partner--collection",
            tuple(items[i] for i in given)),)))
    for part in sorted(sections_by_part):
        group = store.group_of_part(part)
        heading = lab["part"].format(part=part, label=clean_line(group.label(lang))
                                     if group else "")
        parts.append(PartSection(part, heading, f"part-{part}", tuple(sections_by_part[part])))

    if in_order:  # no partner sections: the tables point at the collection's section
        rows = [replace(row, anchor="partner--collection") for row in rows]
    order = {row.partner_id: i for i, row in enumerate(rows)}
    ranked = sorted(rows, key=lambda r: (-r.count, order[r.partner_id]))
    top = tuple(PartnerRow(r.partner_id, r.name, r.count, r.topics[:TOP_TOPICS], 0, r.anchor)
                for r in ranked[:TOP_PARTNERS])
    needs_annex = len(rows) > TOP_PARTNERS

    topic_counts: Counter[str] = Counter()
    known_topics = {t.id for t in store.topics}
    for activity in b.activities:
        topic_counts.update(t for t in dict.fromkeys(activity.topic_ids) if t in known_topics)
    topics = sorted(((clean_line(store.topic(t).label(lang)), n)
                     for t, n in topic_counts.items()), key=lambda kv: (-kv[1], kv[0].casefold()))

    documents = [d for d in store.documents if d.id in {a.doc for a in b.activities}]
    # Whether any quotation shown (or shown beside it) is our working translation.
    translated = any(a.is_translation(lang) or (both_languages and a.is_translation("en"))
                     for a in b.activities)
    notes = []
    if intro.strip():
        notes.append(clean_line(intro))
    if translated and lab["translation_note"]:
        notes.append(lab["translation_note"])
    if any(a.automatic for a in b.activities):
        notes.append(lab["automatic_note"])
    facts = (
        lab["counts"].format(activities=len(b.activities), partners=len(rows),
                             topics=len(topic_counts)),
        lab["exported"].format(date=(today or dt.date.today()).isoformat(),
                               version=clean_line(store.data_version())),
    )
    return Briefing(
        lang=lang, title=title, subtitle=subtitle, facts=facts, notes=tuple(notes),
        sources=tuple(Source(d.id, clean_line(source_citation(d, lang))) for d in documents),
        rule=lab["collection_rule"] if in_order else lab["rule"], top_partners=top,
        annex_note=lab["annex_note"].format(count=len(rows)) if needs_annex else "",
        parts=tuple(parts), topics=tuple(topics),
        annex=tuple(rows) if needs_annex else (), labels=dict(lab), figures=tuple(figures))
