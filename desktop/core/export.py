"""Export activities as a Word briefing (.docx), a PDF briefing or a spreadsheet-friendly CSV,
atomically.

Shared by the window and the command line: build an :class:`ExportRequest` and call
:func:`export`. A briefing is one model (:func:`desktop.core.briefing.build_briefing`: what goes
in, in which order, with which citation) rendered by the Word writer
(:mod:`desktop.core.briefing_docx`) or by a PDF writer the caller passes in (the core never
imports Qt; ``desktop.ui.briefing_pdf.render_pdf`` is the one the window and the command line
use). The timeline and the partner x topic map are drawn into the briefing by a chart renderer
the caller passes in too (``desktop.ui.briefing_charts.briefing_figures``), unless the request
says ``charts=False``; without one a briefing has no pictures. Labels and quotations follow the
request's language (``"zh"`` or ``"en"``): the report
text is quoted verbatim in its own language, and an English quotation of a report published in
Chinese is our working translation, labelled as such in the document and in each citation.
``both_languages`` adds the other language under each quotation. Files are written through
:func:`desktop.core.atomic.atomic_write`, so a failed or cancelled export leaves the target
untouched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop.core.atomic import atomic_write
from desktop.core.briefing import (
    Briefing,
    Figure,
    build_briefing,
    default_title,
    describe_filters,
    format_date,
    partner_name,
)
from desktop.core.briefing_docx import EAST_ASIAN_FONT, LATIN_FONT, render_docx
from desktop.core.errors import ExportCancelled, ExportError
from desktop.core.models import (
    AUTOMATIC_NOTE,
    TRANSLATION_NOTE,
    Activity,
    Filters,
)
from desktop.core.store import Store

__all__ = [
    "EAST_ASIAN_FONT", "ENCODINGS", "FORMATS", "LANGS", "LATIN_FONT", "SCOPES",
    "ChartRenderer", "ExportCancelled", "ExportRequest", "PdfRenderer", "briefing_for",
    "csv_header", "csv_rows", "default_filename", "default_title", "describe_filters", "export",
    "export_briefing", "export_csv", "format_date", "neutralise_cell", "partner_name",
    "scope_label",
]

FORMATS = ("docx", "csv", "pdf")
#: Formats that are briefings (one model, rendered); CSV is a table of the activities.
BRIEFING_FORMATS = ("docx", "pdf")
#: What an export can cover, as offered in the window (see :func:`scope_label`).
SCOPES = ("current", "selected", "partner", "all")
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
LANGS = ("zh", "en")

ProgressCallback = Callable[[int, int], bool]


class Steps(Protocol):
    """What a renderer reports progress to: ``step()`` after each unit of work (it raises
    :class:`ExportCancelled` when the user asked to stop); ``expect(n)`` announces ``n`` more
    units than the export planned for (e.g. pages, known only after layout)."""

    def step(self) -> None: ...

    def expect(self, more: int) -> None: ...


#: Renders a briefing as the bytes of a PDF file (the core cannot: it never imports Qt).
PdfRenderer = Callable[[Briefing, Steps], bytes]
#: Draws the figures of a briefing ("At a glance": the timeline, the partner x topic map) of
#: the activities given, with captions in the briefing's language; it announces and steps one
#: unit per figure (the core cannot draw: it never imports Qt).
ChartRenderer = Callable[[Store, Briefing, Sequence[Activity], Steps], Sequence[Figure]]

#: Cells starting with these characters are formulas to Excel or LibreOffice (OWASP).
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")

_CSV_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("id", "date", "date precision", "part", "partners (zh)", "partners (en)",
           "topics (zh)", "topics (en)", "title (zh)", "title (en)", "text", "paragraph",
           "citation", "date qualifier", "place (zh)", "place (en)", "calls to action",
           "document", "text (en)", "text (en) note", "links", "note"),
    "zh": ("编号", "日期", "日期精度", "部分", "合作伙伴（中文）", "合作伙伴（英文）",
           "主题（中文）", "主题（英文）", "标题（中文）", "标题（英文）", "原文", "段落",
           "引用", "日期限定", "地点（中文）", "地点（英文）", "呼吁采取行动",
           "报告", "英文文本", "英文文本说明", "关联信息", "笔记"),
}


@dataclass
class ExportRequest:
    """What to export, where, and how.

    ``query``, ``filters`` and ``scope_label`` only describe the activities (in the briefing's
    subtitle and default title; a partner filter also files each activity under the partner
    in focus); the activities themselves are given in ``activities``.
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
    both_languages: bool = False  # briefings: the other language under each quotation
    #: A collection: keep the activities' order (one section), print these notes (by
    #: activity id) and this introduction.
    in_order: bool = False
    item_notes: dict[str, str] = field(default_factory=dict)
    intro: str = ""
    #: Briefings: the timeline and the map of the activities as pictures ("At a glance"),
    #: when the export is given a chart renderer.
    charts: bool = True


_SCOPE_LABELS = {
    "current": ("Current results", "当前检索结果"),
    "selected": ("Selected activities", "所选活动"),
    "partner": ("Selected partner", "所选合作伙伴"),
    "all": ("All activities", "全部活动"),
}


def collection_label(name: str, lang: str) -> str:
    """The subtitle of a collection briefing."""
    return f"收藏夹：{name}" if lang == "zh" else f"Collection: {name}"


def scope_label(scope: str, lang: str) -> str:
    """The words for an export scope (one of :data:`SCOPES`) in the document's language."""
    en, zh = _SCOPE_LABELS.get(scope, (scope, scope))
    return zh if lang == "zh" else en


def default_filename(title: str, fmt: str) -> str:
    """A file name made from the title, safe on Windows, macOS and Linux."""
    bad = '<>:"/\\|?*'
    name = "".join("_" if ch in bad or ord(ch) < 32 or "\ud800" <= ch <= "\udfff" else ch
                   for ch in title)
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

    def expect(self, more: int) -> None:
        self.total += max(0, more)

    def finish(self) -> None:
        """The file is in place: tell the callback, but a cancel can no longer undo it."""
        self.done = self.total
        if self.callback is not None:
            self.callback(self.done, self.total)


def export(store: Store, request: ExportRequest, progress: ProgressCallback | None = None,
           *, pdf: PdfRenderer | None = None, charts: ChartRenderer | None = None) -> Path:
    """Write the request's activities as ``request.fmt`` and return the final path.

    Args:
        store: the open database (names, topics, citations).
        request: what to write; a path without a suffix gets ``.docx``/``.pdf``/``.csv``.
        progress: called as ``progress(done, total)``; returning ``False`` cancels.
        pdf: the PDF writer, needed for ``fmt="pdf"`` (``desktop.ui.briefing_pdf.render_pdf``).
        charts: draws a briefing's timeline and map
            (``desktop.ui.briefing_charts.briefing_figures``); None, or ``request.charts``
            False, or a CSV: no pictures.

    Raises:
        ExportError: invalid request, or the file could not be written (it is unchanged).
        ExportCancelled: the progress callback asked to stop (the file is unchanged).
    """
    path = _validate(request)
    if request.fmt == "csv":
        return export_csv(store, request, path, progress)
    if request.fmt == "pdf":
        if pdf is None:
            raise ExportError("PDF export is not available here: it needs the window's PDF "
                              "writer. Export a Word briefing instead.",
                              "此处无法导出 PDF（需要窗口的 PDF 组件）。请改为导出 Word 简报。")
        return export_briefing(store, request, pdf, path, progress, charts)
    return export_briefing(store, request, render_docx, path, progress, charts)


def briefing_for(store: Store, request: ExportRequest) -> Briefing:
    """The briefing model of an export request (what the Word and PDF writers render)."""
    return build_briefing(
        store, request.activities, lang=request.lang, title=request.title, query=request.query,
        filters=request.filters, scope_label=request.scope_label,
        both_languages=request.both_languages, in_order=request.in_order,
        item_notes=request.item_notes, intro=request.intro)


def export_briefing(store: Store, request: ExportRequest,
                    renderer: Callable[[Briefing, Steps], bytes], path: Path | None = None,
                    progress: ProgressCallback | None = None,
                    charts: ChartRenderer | None = None) -> Path:
    """Build the briefing once (with its figures drawn by ``charts``, if given and the
    request wants them), render it with ``renderer`` and write it atomically."""
    path = path or _validate(request)
    briefing = briefing_for(store, request)
    steps = _Progress(progress, briefing.item_count() + 2)
    steps.step()  # the model is built
    if charts is not None and request.charts:
        briefing = replace(briefing, figures=tuple(
            charts(store, briefing, request.activities, steps)))
    data = renderer(briefing, steps)
    steps.report()  # a last chance to cancel before the file is touched
    atomic_write(path, lambda handle: handle.write(data))
    steps.finish()
    return path


def export_docx(store: Store, request: ExportRequest, path: Path | None = None,
                progress: ProgressCallback | None = None) -> Path:
    """Write a Word briefing (see :mod:`desktop.core.briefing_docx`)."""
    return export_briefing(store, request, render_docx, path, progress)


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
    return [list(csv_header(lang)), *([*_csv_row(store, a, lang), ""] for a in activities)]


def export_csv(store: Store, request: ExportRequest, path: Path | None = None,
               progress: ProgressCallback | None = None) -> Path:
    """Write one row per activity; RFC 4180 quoting, CRLF line ends, chosen encoding.

    The rows are encoded and written one by one into the temporary file of
    :func:`~desktop.core.atomic.atomic_write` (never the whole table in memory); a cancel or a
    character the encoding cannot hold removes it, and the target stays as it was."""
    path = path or _validate(request)
    steps = _Progress(progress, len(request.activities) + 1)

    def write(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding=request.encoding, newline="")
        try:
            writer = csv.writer(text, dialect="excel", quoting=csv.QUOTE_MINIMAL,
                                lineterminator="\r\n")
            writer.writerow(csv_header(request.lang))
            for activity in request.activities:
                row = _csv_row(store, activity, request.lang)
                # A collection's note for the activity (the notes are the user's: neutralised
                # too).
                row.append(neutralise_cell(request.item_notes.get(activity.id, "")))
                writer.writerow(row)
                steps.step()
            text.flush()
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start:exc.end]
            raise ExportError(
                f"{path.name} could not be saved in {request.encoding}: the character {bad!r} "
                "has no place in that encoding. Choose UTF-8 (with BOM, for Excel) and try "
                "again.",
                f"无法以 {request.encoding} 编码保存 {path.name}：该编码无法表示字符 {bad!r}。"
                "请选择 UTF-8（带 BOM，适用于 Excel）后重试。"
            ) from exc
        finally:
            text.detach()  # the handle stays open: atomic_write flushes, syncs and closes it
        steps.report()  # a last chance to cancel before the file is put in place

    atomic_write(path, write)
    steps.finish()
    return path
