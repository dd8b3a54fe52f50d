"""Export activities to a Word briefing (.docx) or a spreadsheet-friendly CSV, atomically.

Shared by the window and the command line: build an :class:`ExportRequest` and call
:func:`export`. Labels and quotations follow the request's language (``"zh"`` or ``"en"``):
the report text is quoted verbatim in its own language, and an English quotation of a report
published in Chinese is our working translation, labelled as such in the document and in each
citation. ``both_languages`` adds the other language under each quotation. Files are written through
:func:`desktop.core.atomic.atomic_write`, so a failed or cancelled export leaves the target
untouched.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write
from desktop.core.errors import ExportCancelled, ExportError, NotFoundError
from desktop.core.format import format_date as format_core_date
from desktop.core.models import (
    AUTOMATIC_NOTE,
    TRANSLATION_NOTE,
    UNDATED,
    Activity,
    Document,
    Filters,
    Partner,
)
from desktop.core.store import Store
from desktop.core.text import is_cjk

__all__ = [
    "ENCODINGS", "FORMATS", "LANGS", "SCOPES", "ExportCancelled", "ExportRequest", "csv_header",
    "csv_rows", "scope_label", "default_filename", "default_title", "describe_filters", "export",
    "export_csv", "export_docx", "format_date", "neutralise_cell",
]

FORMATS = ("docx", "csv")
#: What an export can cover, as offered in the window (see :func:`scope_label`).
SCOPES = ("current", "selected", "partner", "all")
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
LANGS = ("zh", "en")

#: East Asian font for Chinese text, and the Latin font beside it. Word uses the East Asian
#: font only when w:eastAsia is set on rFonts (python-docx's font.name does not set it);
#: Word and LibreOffice substitute a locally installed Chinese face where YaHei is missing.
EAST_ASIAN_FONT = "Microsoft YaHei"
EAST_ASIAN_FONT_ALT = "微软雅黑"
LATIN_FONT = "Calibri"

ProgressCallback = Callable[[int, int], bool]

#: Cells starting with these characters are formulas to Excel or LibreOffice (OWASP).
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "generic_title": "IPPC international cooperation briefing",
        "titled": "{subject}: IPPC international cooperation briefing",
        "source": ("Source: IPPC Secretariat, {title} ({period}), {session}, "
                   "agenda item {item}"),
        "sources": "Sources:",
        "automatic_note": ("Activities of reports added from a file have links (partners, "
                           "topics, dates) found automatically: check them against the text."),
        "translation_note": ("English quotations are an unofficial working translation of "
                             "the Chinese report text, which is authoritative."),
        "other_original": "Original (Chinese, authoritative):",
        "other_translation": "English (unofficial working translation):",
        "exported": "Exported {date} with IPPC Cooperation Explorer (data {version})",
        "counts": "{activities} activities · {partners} partners · {topics} topics",
        "summary": "Summary",
        "partner": "Partner",
        "activities": "Activities",
        "topics": "Topics",
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
        "other": "Other",
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
    },
    "zh": {
        "generic_title": "《国际植保公约》国际合作简报",
        "titled": "{subject}：《国际植保公约》国际合作简报",
        "source": "来源：《国际植保公约》秘书处，{title}（{period}），{session}，议题 {item}",
        "sources": "来源：",
        "automatic_note": ("从文件添加的报告，其活动的关联信息（合作伙伴、主题、日期）为自动识别，"
                           "请对照原文核实。"),
        "translation_note": "",
        "other_original": "原文：",
        "other_translation": "英文（非官方工作译文，以中文原文为准）：",
        "exported": "导出日期：{date}（《国际植保公约》合作伙伴浏览器，数据版本 {version}）",
        "counts": "活动 {activities} 项 · 合作伙伴 {partners} 个 · 主题 {topics} 个",
        "summary": "概要",
        "partner": "合作伙伴",
        "activities": "活动数",
        "topics": "主题",
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
        "other": "其他",
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
    },
}

_CSV_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("id", "date", "date precision", "part", "partners (zh)", "partners (en)",
           "topics (zh)", "topics (en)", "title (zh)", "title (en)", "text", "paragraph",
           "citation", "date qualifier", "place (zh)", "place (en)", "calls to action",
           "document", "text (en)", "text (en) note", "links"),
    "zh": ("编号", "日期", "日期精度", "部分", "合作伙伴（中文）", "合作伙伴（英文）",
           "主题（中文）", "主题（英文）", "标题（中文）", "标题（英文）", "原文", "段落",
           "引用", "日期限定", "地点（中文）", "地点（英文）", "呼吁采取行动",
           "报告", "英文文本", "英文文本说明", "关联信息"),
}


@dataclass
class ExportRequest:
    """What to export, where, and how.

    ``query``, ``filters`` and ``scope_label`` only describe the activities (in the Word
    subtitle and default title); the activities themselves are given in ``activities``.
    """

    activities: list[Activity]
    fmt: str
    path: Path
    title: str | None = None
    lang: str = "en"
    encoding: str = "utf-8-sig"
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    scope_label: str = ""
    both_languages: bool = False  # Word: the other language under each quotation


# -- words ---------------------------------------------------------------------------------
def _lab(lang: str) -> dict[str, str]:
    return _LABELS["zh" if lang == "zh" else "en"]


def partner_name(partner: Partner, lang: str) -> str:
    """Partner name with acronym; full-width brackets in Chinese."""
    name = partner.name(lang)
    if partner.acronym and partner.acronym not in name:
        return f"{name}（{partner.acronym}）" if lang == "zh" else f"{name} ({partner.acronym})"
    return name


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
    lab = _lab(lang)
    subjects: list[str] = []
    words = " ".join(query.split())
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
        return _lab(lang)["undated_year"]
    return f"{year} 年" if lang == "zh" else str(year)


def describe_filters(store: Store, query: str, filters: Filters, lang: str) -> str:
    """The search and filters in words, e.g. ``search “集装箱”; topics: Sea containers``."""
    lab = _lab(lang)
    parts: list[str] = []
    query = " ".join(query.split())
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
    lab = _lab(lang)
    if activity.date_qualifier == "planned":
        return lab["planned"].format(date=lab["undated"])
    return lab["undated"]


_SCOPE_LABELS = {
    "current": ("Current results", "当前检索结果"),
    "selected": ("Selected activities", "所选活动"),
    "partner": ("Selected partner", "所选合作伙伴"),
    "all": ("All activities", "全部活动"),
}


def scope_label(scope: str, lang: str) -> str:
    """The words for an export scope (one of :data:`SCOPES`) in the document's language."""
    en, zh = _SCOPE_LABELS.get(scope, (scope, scope))
    return zh if lang == "zh" else en


def default_filename(title: str, fmt: str) -> str:
    """A file name made from the title, safe on Windows, macOS and Linux."""
    bad = '<>:"/\\|?*'
    name = "".join("_" if ch in bad or ord(ch) < 32 else ch for ch in title)
    name = " ".join(name.split()).strip(" .")[:80].strip(" .") or "briefing"
    return f"{name}.{fmt}"


# -- validation and progress ---------------------------------------------------------------
def _validate(request: ExportRequest) -> Path:
    if request.fmt not in FORMATS:
        raise ExportError(f"Unknown export format {request.fmt!r}. "
                          f"Choose one of: {', '.join(FORMATS)}.")
    if request.encoding not in ENCODINGS:
        raise ExportError(f"Unknown CSV encoding {request.encoding!r}. "
                          f"Choose one of: {', '.join(ENCODINGS)}.")
    if request.lang not in LANGS:
        raise ExportError(f"Unknown label language {request.lang!r}. "
                          f"Choose one of: {', '.join(LANGS)}.")
    if not request.activities:
        raise ExportError("There is nothing to export: no activities are selected or match the "
                          "search. Change the search, the filters or the selection and try again.",
                          "没有可导出的内容：没有选中或符合检索条件的活动。"
                          "请更改检索、筛选条件或所选内容后重试。")
    if not str(request.path).strip():
        raise ExportError("No file name was given for the export. Choose a file and try again.",
                          "未提供导出文件名。请选择文件后重试。")
    try:
        path = Path(request.path).expanduser()
    except RuntimeError as exc:  # "~someone" for an unknown user
        raise ExportError(f"The home folder in {request.path} could not be found. "
                          "Give the full path of the file and try again.",
                          f"找不到 {request.path} 中的主文件夹。请输入文件的完整路径后重试。"
                          ) from exc
    if path.is_dir():
        example = path / ("briefing." + request.fmt)
        raise ExportError(f"{path} is a folder. Give a file name in it, e.g. {example}, "
                          "and try again.",
                          f"{path} 是文件夹。请在其中指定文件名（例如 {example}）后重试。")
    if not path.suffix:
        path = path.with_name(f"{path.name}.{request.fmt}")
    return path


class _Progress:
    """Counts steps and asks the callback whether to go on."""

    def __init__(self, callback: ProgressCallback | None, total: int):
        self.callback = callback
        self.total = total
        self.done = 0
        self.report()

    def report(self) -> None:
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ExportCancelled("The export was cancelled; no file was written.")

    def step(self) -> None:
        self.done += 1
        self.report()

    def finish(self) -> None:
        """The file is in place: tell the callback, but a cancel can no longer undo it."""
        self.done = self.total
        if self.callback is not None:
            self.callback(self.done, self.total)


def export(store: Store, request: ExportRequest,
           progress: ProgressCallback | None = None) -> Path:
    """Write the request's activities as ``request.fmt`` and return the final path.

    Args:
        store: the open database (names, topics, citations).
        request: what to write; a path without a suffix gets ``.docx``/``.csv``.
        progress: called as ``progress(done, total)``; returning ``False`` cancels.

    Raises:
        ExportError: invalid request, or the file could not be written (it is unchanged).
        ExportCancelled: the progress callback asked to stop (the file is unchanged).
    """
    path = _validate(request)
    if request.fmt == "csv":
        return export_csv(store, request, path, progress)
    return export_docx(store, request, path, progress)


# -- CSV -----------------------------------------------------------------------------------
def neutralise_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet would run as a formula (OWASP CSV injection)."""
    return f"'{value}" if value.startswith(_FORMULA_TRIGGERS) else value


def csv_header(lang: str) -> tuple[str, ...]:
    return _CSV_HEADERS["zh" if lang == "zh" else "en"]


def _csv_row(store: Store, activity: Activity, lang: str) -> list[str]:
    partners = store.partners_of(activity)
    topics = store.topics_of(activity)
    row = [
        activity.id,
        activity.date or "",
        activity.date_precision,
        str(activity.part),
        "; ".join(p.name_zh for p in partners),
        "; ".join(p.name_en for p in partners),
        "; ".join(t.label_zh for t in topics),
        "; ".join(t.label_en for t in topics),
        activity.title_zh,
        activity.title_en,
        activity.text,
        str(activity.paragraph),
        store.citation(activity, lang),
        activity.date_qualifier,
        activity.place_zh,
        activity.place_en,
        "1" if activity.calls_to_action else "0",
        activity.doc,
        activity.text_en,
        (TRANSLATION_NOTE["zh" if lang == "zh" else "en"]
         if activity.is_translation("en") else ""),
        AUTOMATIC_NOTE["zh" if lang == "zh" else "en"] if activity.automatic else (
            "人工审核" if lang == "zh" else "curated"),
    ]
    return [neutralise_cell(cell) for cell in row]


def csv_rows(store: Store, activities: Iterable[Activity], lang: str) -> list[list[str]]:
    """Header and one neutralised row per activity, as written to the CSV."""
    return [list(csv_header(lang)), *(_csv_row(store, a, lang) for a in activities)]


def export_csv(store: Store, request: ExportRequest, path: Path | None = None,
               progress: ProgressCallback | None = None) -> Path:
    """Write one row per activity; RFC 4180 quoting, CRLF line ends, chosen encoding."""
    path = path or _validate(request)
    steps = _Progress(progress, len(request.activities) + 1)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(csv_header(request.lang))
    for activity in request.activities:
        writer.writerow(_csv_row(store, activity, request.lang))
        steps.step()
    try:
        data = buffer.getvalue().encode(request.encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start:exc.end]
        raise ExportError(
            f"{path.name} could not be saved in {request.encoding}: the character {bad!r} has "
            "no place in that encoding. Choose UTF-8 (with BOM, for Excel) and try again.",
            f"无法以 {request.encoding} 编码保存 {path.name}：该编码无法表示字符 {bad!r}。"
            "请选择 UTF-8（带 BOM，适用于 Excel）后重试。"
        ) from exc
    steps.report()  # a last chance to cancel before the file is touched
    atomic_write(path, lambda handle: handle.write(data))
    steps.finish()
    return path


# -- Word ----------------------------------------------------------------------------------
def export_docx(store: Store, request: ExportRequest, path: Path | None = None,
                progress: ProgressCallback | None = None) -> Path:
    """Write a Word briefing: title, subtitle, summary table, sections, topics covered."""
    path = path or _validate(request)
    steps = _Progress(progress, len(request.activities) + 2)
    document = _Briefing(store, request).build(steps.step)
    data = io.BytesIO()
    document.save(data)
    steps.step()
    atomic_write(path, lambda handle: handle.write(data.getvalue()))
    steps.finish()
    return path


class _Briefing:
    """Builds the python-docx document for one request."""

    def __init__(self, store: Store, request: ExportRequest):
        self.store = store
        self.request = request
        self.lang = request.lang
        self.lab = _lab(request.lang)
        self.title = (request.title or "").strip() or default_title(
            store, request.query, request.filters, request.lang)
        # Whether any quotation shown (or shown beside it) is our working translation.
        self.translated = any(a.is_translation(self.lang) for a in request.activities) or (
            request.both_languages and any(a.is_translation("en") for a in request.activities))

    # -- structure -----------------------------------------------------------------------
    def build(self, step: Callable[[], None]) -> Any:
        import docx  # deferred: python-docx is only needed when a briefing is written

        doc = docx.Document()
        _setup_document(doc, self.title, self.lang)
        self._front(doc)
        self._summary(doc)
        self._sections(doc, step)
        self._topics(doc)
        return doc

    def _front(self, doc: Any) -> None:
        store, req, lab = self.store, self.request, self.lab
        _para(doc, self.title, "Title")
        subtitle = describe_filters(store, req.query, req.filters, self.lang)
        if req.scope_label:
            described = bool(req.query.strip()) or not req.filters.is_empty()
            subtitle = (f"{req.scope_label}{lab['scope_sep']}{subtitle}" if described
                        else req.scope_label)
        _para(doc, subtitle, "Subtitle")
        partners = {p for a in req.activities for p in a.partner_ids}
        topics = {t for a in req.activities for t in a.topic_ids}
        lines = [
            lab["counts"].format(activities=len(req.activities), partners=len(partners),
                                 topics=len(topics)),
            lab["exported"].format(date=dt.date.today().isoformat(),
                                   version=store.data_version()),
        ]
        documents = self.documents()
        for document in documents:
            session = (document.session_short if self.lang != "zh" else
                       f"{document.body_zh}{document.session_zh}（{document.year} 年）")
            lines.append(lab["source"].format(
                title=document.title(self.lang), period=document.period, session=session,
                item=document.agenda_item))
        if self.translated and lab["translation_note"]:
            lines.append(lab["translation_note"])
        if any(a.automatic for a in req.activities):
            lines.append(lab["automatic_note"])
        paragraph = _para(doc, lines[0], "Normal")
        for line in lines[1:]:
            paragraph.add_run().add_break()
            _run(paragraph, line)
        _small(paragraph)

    def documents(self) -> list[Document]:
        """The reports the exported activities come from, in corpus order."""
        ids = {a.doc for a in self.request.activities}
        return [d for d in self.store.documents if d.id in ids] or self.store.documents[:1]

    def _summary(self, doc: Any) -> None:
        from docx.shared import Cm

        lab = self.lab
        _para(doc, lab["summary"], "Heading 1")
        rows = self._partner_rows()
        table = doc.add_table(rows=1, cols=3)
        table.style = doc.styles["Light List Accent 1"]
        widths = (Cm(6.4), Cm(2.4), Cm(7.2))
        for cell, text, width in zip(table.rows[0].cells,
                                     (lab["partner"], lab["activities"], lab["topics"]), widths,
                                     strict=True):
            _cell(cell, text, width, bold=True)
        _repeat_header(table.rows[0])
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # w:gridCol, which LibreOffice uses
        for partner, count, topic_labels in rows:
            row = table.add_row()
            _keep_row_together(row)
            cells = row.cells
            _cell(cells[0], partner_name(partner, self.lang), widths[0])
            _cell(cells[1], str(count), widths[1], center=True)
            _cell(cells[2], self.lab["list_sep"].join(topic_labels), widths[2])

    def _partner_rows(self) -> list[tuple[Partner, int, list[str]]]:
        """Partners named by the activities, in report order, with counts and topics."""
        counts: Counter[str] = Counter()
        topics: dict[str, Counter[str]] = {}
        for activity in self.request.activities:
            for pid in dict.fromkeys(activity.partner_ids):
                counts[pid] += 1
                topics.setdefault(pid, Counter()).update(activity.topic_ids)
        order = {t.id: i for i, t in enumerate(self.store.topics)}
        rows = []
        for partner in self.store.partners:
            if partner.id in counts:
                ranked = sorted(topics[partner.id].items(), key=lambda kv: (-kv[1], order[kv[0]]))
                labels = [self.store.topic(t).label(self.lang) for t, _ in ranked]
                rows.append((partner, counts[partner.id], labels))
        return rows

    def _home_partner(self, activity: Activity) -> str | None:
        """The partner an activity is filed under: the first one in focus, else its first."""
        focus: set[str] = set()
        for pid in self.request.filters.partners:
            focus |= self.store.descendants(pid)
        for pid in activity.partner_ids:
            if pid in focus:
                return pid
        return activity.partner_ids[0] if activity.partner_ids else None

    def _sections(self, doc: Any, step: Callable[[], None]) -> None:
        store, lab, lang = self.store, self.lab, self.lang
        partner_order = {p.id: i for i, p in enumerate(store.partners)}
        by_part: dict[int, dict[str | None, list[Activity]]] = {}
        for activity in self.request.activities:
            home = self._home_partner(activity)
            by_part.setdefault(activity.part, {}).setdefault(home, []).append(activity)
        for part in sorted(by_part):
            group = store.group_of_part(part)
            _para(doc, lab["part"].format(part=part, label=group.label(lang) if group else ""),
                  "Heading 1")
            homes = sorted(by_part[part], key=lambda p: partner_order.get(p or "", 10**6))
            for home in homes:
                heading = partner_name(store.partner(home), lang) if home else lab["other"]
                _para(doc, heading, "Heading 2")
                items = sorted(by_part[part][home], key=store.corpus_order)
                for activity in items:
                    self._activity(doc, activity, home)
                    step()

    def _activity(self, doc: Any, activity: Activity, home: str | None) -> None:
        from docx.shared import Cm

        store, lab, lang = self.store, self.lab, self.lang
        _para(doc, activity.title(lang), "Heading 3")
        facts = [f"{lab['date']}: {format_date(activity, lang)}"]
        if lang == "zh":
            facts = [f"{lab['date']}：{format_date(activity, lang)}"]
        place = activity.place(lang)
        colon = "：" if lang == "zh" else ": "
        if place:
            facts.append(f"{lab['place']}{colon}{place}")
        others = [p for p in store.partners_of(activity) if p.id != home]
        if others:
            facts.append(f"{lab['partners']}{colon}"
                         + lab["list_sep"].join(partner_name(p, lang) for p in others))
        topics = store.topics_of(activity)
        if topics:
            facts.append(f"{lab['topics']}{colon}"
                         + lab["list_sep"].join(t.label(lang) for t in topics))
        if activity.calls_to_action:
            facts.append(lab["calls"])
        if activity.automatic:
            facts.append(AUTOMATIC_NOTE["zh" if lang == "zh" else "en"])
        meta = _para(doc, lab["scope_sep"].join(facts), "Normal")
        _small(meta, keep_next=True)
        _para(doc, activity.text_in(lang), "Quote")
        translated = activity.is_translation(lang)
        other = "zh" if lang == "en" else "en"
        if self.request.both_languages and activity.text_in(other) != activity.text_in(lang):
            label = lab["other_translation"] if activity.is_translation(other) else (
                lab["other_original"])
            note = _para(doc, label, "Normal")
            _small(note, keep_next=True)
            note.paragraph_format.left_indent = Cm(0.6)
            note.paragraph_format.space_after = 0
            _para(doc, activity.text_in(other), "Quote")
            translated = translated or activity.is_translation(other)
        citation = _para(doc, store.citation(activity, lang, translated=translated), "Normal")
        _small(citation)
        citation.paragraph_format.left_indent = Cm(0.6)

    def _topics(self, doc: Any) -> None:
        counts: Counter[str] = Counter()
        for activity in self.request.activities:
            counts.update(dict.fromkeys(activity.topic_ids, 1))
        _para(doc, self.lab["topics_covered"], "Heading 1")
        for topic in self.store.topics:
            if counts[topic.id]:
                _para(doc, self.lab["topic_count"].format(label=topic.label(self.lang),
                                                          count=counts[topic.id]),
                      "List Bullet")


# -- python-docx helpers -------------------------------------------------------------------
def _has_cjk(text: str) -> bool:
    return any(is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
               for ch in text)


def _east_asian(rpr: Any, *, hint: bool = False) -> None:
    """Set explicit fonts and the zh-CN East Asian language on an ``w:rPr`` element.

    Theme attributes (``w:eastAsiaTheme`` …) take precedence over explicit font names, so they
    are removed; otherwise Chinese would render in the theme's (Latin) face.
    """
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    if hint:
        # Characters shared by both scripts (“ ” — …) then take the Chinese face, as they
        # should inside Chinese text; without the hint Word sets them in the Latin font.
        fonts.set(qn("w:hint"), "eastAsia")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        from docx.oxml import OxmlElement

        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _setup_document(doc: Any, title: str, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    # Document defaults and every style with fonts: explicit Latin + East Asian fonts, zh-CN.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _east_asian(rpr, hint=lang == "zh")
    rpr.find(qn("w:lang")).set(qn("w:val"), "zh-CN" if lang == "zh" else "en-GB")
    for style in doc.styles:
        element = style.element
        if element.find(qn("w:rPr")) is not None and element.rPr.rFonts is not None:
            _east_asian(element.rPr, hint=lang == "zh")
    _declare_font(doc)
    _drop_template_leftovers(doc)

    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    # Italic Chinese is a slanted fallback, not a real face: keep quotes and subtitle upright.
    quote = doc.styles["Quote"]
    quote.font.italic = False
    quote.font.size = Pt(11)
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.space_after = Pt(2)
    quote.paragraph_format.line_spacing = 1.3
    quote.paragraph_format.keep_with_next = True  # never part a quotation from its citation
    _left_border(quote)
    subtitle = doc.styles["Subtitle"]
    subtitle.font.italic = False
    _drop_numbering(subtitle)
    title_style = doc.styles["Title"]
    title_style.font.size = Pt(22)
    for name, size in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11)):
        doc.styles[name].font.size = Pt(size)
    doc.styles["Heading 3"].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    # A4 with comfortable margins (the template is US Letter).
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_numbers(footer, _lab(lang)["page"])
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(header, title)
        for paragraph in (header, footer):
            for run in paragraph.runs:
                run.font.size = Pt(8)

    props = doc.core_properties
    props.title = title
    props.subject = "IPPC international cooperation (reports of the IPPC Secretariat to the CPM)"
    props.author = "IPPC Cooperation Explorer"
    props.last_modified_by = "IPPC Cooperation Explorer"
    props.language = "zh-CN" if lang == "zh" else "en"
    props.keywords = "IPPC; CPM; international cooperation"
    props.comments = ""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.revision = 1


def _declare_font(doc: Any) -> None:
    """List the East Asian font in the font table with a GB2312 charset and its Chinese name,
    so Word and LibreOffice pick a Chinese substitute where the face is not installed."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lxml import etree

    try:
        part = doc.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    if hasattr(part, "element"):  # pragma: no cover - python-docx may model it one day
        root = part.element
    else:
        root = etree.fromstring(part.blob)
    if any(f.get(qn("w:name")) == EAST_ASIAN_FONT for f in root.findall(qn("w:font"))):
        return
    font = OxmlElement("w:font")
    font.set(qn("w:name"), EAST_ASIAN_FONT)
    for tag, value in (("w:altName", EAST_ASIAN_FONT_ALT), ("w:charset", "86"),
                       ("w:family", "swiss"), ("w:pitch", "variable")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        font.append(child)
    root.append(font)
    if not hasattr(part, "element"):
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)


def _drop_template_leftovers(doc: Any) -> None:
    """Remove the template's Word 2010 ``stylesWithEffects`` copy of the styles (438 kB, with
    the unmodified theme fonts) and its thumbnail of an empty page."""
    reltype = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == reltype:
            doc.part.drop_rel(rel_id)
    # The template's thumbnail shows an empty page in file browsers; better none at all.
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            del package_rels[rel_id]


def _left_border(style: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "8"),
                       ("w:color", "A6A6A6")):
        left.set(qn(key), value)
    borders.append(left)
    # pBdr must come before spacing/ind in CT_PPr's sequence.
    anchor = ppr.find(qn("w:spacing"))
    if anchor is None:
        anchor = ppr.find(qn("w:ind"))
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        ppr.append(borders)


def _drop_numbering(style: Any) -> None:
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    if ppr is not None:
        for numpr in ppr.findall(qn("w:numPr")):
            ppr.remove(numpr)


def _run(paragraph: Any, text: str) -> Any:
    """Add a run with the East Asian font set on the run itself too (survives copy-paste)."""
    run = paragraph.add_run(text)
    rpr = run._element.get_or_add_rPr()
    chinese = _has_cjk(text)
    _east_asian(rpr, hint=chinese)
    if not chinese:
        # English in a Chinese briefing (the working translation under a quotation): Latin
        # line breaking and spelling, not the East Asian ones the document defaults to, or
        # LibreOffice breaks words in the middle.
        from docx.oxml.ns import qn

        rpr.rFonts.set(qn("w:hint"), "default")
        rpr.find(qn("w:lang")).set(qn("w:val"), "en-GB")
    return run


def _para(doc: Any, text: str, style: str) -> Any:
    paragraph = doc.add_paragraph(style=doc.styles[style])
    _run(paragraph, text)
    return paragraph


def _small(paragraph: Any, *, keep_next: bool = False) -> None:
    from docx.shared import Pt, RGBColor

    for run in paragraph.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    paragraph.paragraph_format.space_after = Pt(2 if keep_next else 10)
    paragraph.paragraph_format.keep_with_next = keep_next


def _cell(cell: Any, text: str, width: Any, *, bold: bool = False, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.width = width
    paragraph = cell.paragraphs[0]
    run = _run(paragraph, text)
    run.font.size = Pt(9.5)
    if bold:
        run.bold = True
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _keep_row_together(row: Any) -> None:
    """A partner's row is never split across pages (w:cantSplit)."""
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _page_numbers(paragraph: Any, template: str) -> None:
    """Write ``template`` with {page} and {pages} as PAGE and NUMPAGES fields."""
    head, _, rest = template.partition("{page}")
    middle, _, tail = rest.partition("{pages}")
    if head:
        _run(paragraph, head)
    _field(paragraph, "PAGE")
    if middle:
        _run(paragraph, middle)
    _field(paragraph, "NUMPAGES")
    if tail:
        _run(paragraph, tail)


def _field(paragraph: Any, instruction: str) -> None:
    """A complex field (begin / instrText / separate / cached result / end)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    _run(paragraph, "")._element.append(fld("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _run(paragraph, "")._element.append(instr)
    _run(paragraph, "")._element.append(fld("separate"))
    _run(paragraph, "1")
    _run(paragraph, "")._element.append(fld("end"))
