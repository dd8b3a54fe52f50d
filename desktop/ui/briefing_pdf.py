"""PDF and print for briefings: the briefing model as HTML in a QTextDocument, laid out on
pages with a running header (the title) and a footer "Page n of N", painted with QPdfWriter
(File › Export PDF…, ``ippc-coop export --format pdf``) or QPrinter (File › Print…).

Same content and order as the Word briefing (:mod:`desktop.core.briefing_docx`); both only
render :class:`desktop.core.briefing.Briefing`. Pages are laid out here rather than with
``QTextDocument.print_``, which numbers pages only when it chooses the page size itself and
cannot write "of N": the document is given the body size of one page and each page is painted
with ``drawContents`` through a clip, with the header and footer drawn around it. Because the
layout is ours, the contents, the partner tables and every "see also" give real page numbers
(found from the laid-out anchors; a second layout puts them in), and headings are kept with
the text that follows them (a heading that would end a page starts the next one).

Chinese is set in an installed CJK family (Noto Sans CJK SC, Source Han Sans, Microsoft YaHei,
PingFang, ...), which Qt embeds as a subset with a ToUnicode map, so the text can be searched
and copied.
"""

from __future__ import annotations

import html
import io
import os
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.core.briefing import Briefing, Item, PartnerRow, PartnerSection
from desktop.core.briefing_docx import LONG_CONTENTS
from desktop.core.errors import ExportError

#: Chinese families in order of preference (the first installed one is used).
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans SC",
                "WenQuanYi Micro Hei", "Droid Sans Fallback", "SimSun")
LATIN_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Calibri", "Carlito", "Arial",
                  "Liberation Sans", "DejaVu Sans")
#: Page margins (mm) and the bands inside them for the header and the footer.
MARGINS_MM = QMarginsF(22, 16, 22, 14)
HEADER_MM = 9.0
FOOTER_MM = 9.0
RESOLUTION = 300  # dpi of the PDF's coordinate system (not an image resolution)
#: A page number placeholder as wide as most real ones, for the first layout.
_PLACEHOLDER_PAGE = 88

# Colours of the printed page (a document, not the UI: the palette does not apply).
_INK = "#1a1a1a"
_MUTED = "#595959"
_HEADING = "#2e5c8a"
_TITLE_INK = "#1f3a5f"
_RULE = "#a6a6a6"
_TABLE_HEAD = "#dce6f2"

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Create a QGuiApplication for the command line if none exists (offscreen: no screen is
    needed to lay out and write a PDF)."""
    global _app
    if QCoreApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication(["ippc-coop"])


def _first_installed(candidates: tuple[str, ...]) -> str:
    installed = set(QFontDatabase.families())
    return next((family for family in candidates if family in installed), "")


def cjk_family() -> str:
    """The Chinese font family used for Chinese text ('' when none is installed)."""
    return _first_installed(CJK_FAMILIES)


class _Fonts:
    """Latin letters and digits in a Latin face, Chinese in the CJK face (as Word's ascii and
    eastAsia fonts): Qt gives the glyphs a CJK face uses for Latin text after letters
    (proportional forms) no ToUnicode entry, so "CPM-15" would be extracted as "CPM-"."""

    def __init__(self) -> None:
        self.cjk = cjk_family()
        self.latin = _first_installed(LATIN_FAMILIES)
        self.families = [f for f in (self.latin, self.cjk) if f]

    def font(self, points: float) -> QFont:
        font = QFont()
        if self.families:
            font.setFamilies(self.families)
        font.setPointSizeF(points)
        return font


# -- HTML ----------------------------------------------------------------------------------
def _e(text: str) -> str:
    return html.escape(text, quote=True)


class _Html:
    """The briefing as QTextDocument HTML; ``pages`` maps anchors to page numbers once known."""

    def __init__(self, briefing: Briefing, fonts: _Fonts, pages: dict[str, int] | None,
                 step: Callable[[], None]):
        self.b = briefing
        self.scale = 96 / 72  # Qt's HTML takes lengths in CSS pixels (1/96 inch)
        self.lab = briefing.labels
        self.fonts = fonts
        self.pages = pages
        self.step = step

    def px(self, points: float) -> str:
        """A length in points as the CSS pixels Qt's HTML expects for margins and borders (it
        ignores ``pt`` there; font sizes in ``pt`` are fine)."""
        return f"{max(0, round(points * self.scale))}px"

    def page(self, anchor: str) -> str:
        if self.pages is None:
            return str(_PLACEHOLDER_PAGE)
        return str(self.pages.get(anchor, ""))

    def build(self) -> str:
        b, lab, px = self.b, self.lab, self.px
        out = [f'<html lang="{"zh-CN" if b.lang == "zh" else "en"}"><body>']
        out.append(f'<p style="font-size:21pt; color:{_TITLE_INK}; margin-bottom:{px(4)}">'
                   f"{_e(b.title)}</p>")
        out.append(f'<p style="font-size:12.5pt; color:{_HEADING}; margin-bottom:{px(6)}">'
                   f"{_e(b.subtitle)}</p>")
        out.append(self.small("<br/>".join(_e(line) for line in (*b.facts, *b.notes))))
        out.append(self.h(1, lab["sources"], "sources"))
        out += [self.small(_e(source.citation), size=9.5) for source in b.sources]
        out.append(self.h(1, lab["summary"], "summary"))
        out.append(self.small(_e(b.rule), size=9.5))
        caption = lab["top_partners"] if b.annex else lab["all_partners"]
        out.append(f'<p style="font-weight:bold; margin-top:{px(4)}; '
                   f'margin-bottom:{px(3)}">{_e(caption)}</p>')
        out.append(self.partner_table(b.top_partners, lab["main_topics"]))
        if b.annex_note:
            out.append(self.small(_e(b.annex_note), size=9.5, top=4))
        out.append(self.contents())
        long_contents = len(b.outline()) > LONG_CONTENTS
        for index, part in enumerate(b.parts):
            out.append(self.h(1, part.heading, part.anchor,
                              page_break=index == 0 and long_contents))
            for section in part.sections:
                out.append(self.section(section))
        out.append(self.h(1, lab["topics_covered"], "topics"))
        words = [lab["topic_count"].format(label=label, count=count)
                 for label, count in b.topics]
        out.append(self.p(_e(" · ".join(words))))
        if b.annex:
            out.append(self.h(1, lab["annex"], "annex", page_break=True))
            out.append(self.partner_table(b.annex, lab["topics"]))
        out.append("</body></html>")
        return "".join(out)

    _HEADINGS = {1: (15, _HEADING, 16, 5), 2: (13, _HEADING, 12, 4), 3: (11, _TITLE_INK, 9, 2)}

    def h(self, level: int, text: str, anchor: str, page_break: bool = False) -> str:
        size, colour, top, bottom = self._HEADINGS[level]
        style = (f"font-size:{size}pt; color:{colour}; margin-top:{self.px(top)}; "
                 f"margin-bottom:{self.px(bottom)};")
        if page_break:
            style += " page-break-before:always;"
        if anchor:  # the anchor spans the text: an empty one splits the line's first letter
            text = f'<a name="{_e(anchor)}">{_e(text)}</a>'
        else:
            text = _e(text)
        return f'<h{level} style="{style}">{text}</h{level}>'

    def p(self, inner: str, style: str = "", bottom: float = 5) -> str:
        return (f'<p style="margin-top:0; margin-bottom:{self.px(bottom)}; {style}">'
                f"{inner}</p>")

    def small(self, inner: str, size: float = 9, indent: float = 0, bottom: float = 6,
              top: float = 0) -> str:
        style = f"font-size:{size}pt; color:{_MUTED};"
        if indent:
            style += f" margin-left:{self.px(indent)};"
        if top:
            style += f" margin-top:{self.px(top)};"
        return f'<p style="{style} margin-bottom:{self.px(bottom)}">{inner}</p>'

    def partner_table(self, rows: tuple[PartnerRow, ...], topics: str) -> str:
        lab, px = self.lab, self.px
        # One line height for Chinese and Latin alike: a row's cells then move to the next
        # page together (a CJK line is taller, and would leave the row's numbers behind).
        border = f"border: {px(0.5)} solid {_RULE}; line-height:{px(13.5)};"
        out = [f'<table width="100%" cellspacing="0" cellpadding="{round(3 * self.scale)}" '
               f'style="border-collapse: collapse; {border} font-size: 9pt;"><thead><tr>']
        for text, width in ((lab["partner"], 37), (lab["activities"], 12),
                            (lab["page_column"], 9), (topics, 42)):
            out.append(f'<th width="{width}%" style="{border} background-color:{_TABLE_HEAD}; '
                       f'text-align:left">{_e(text)}</th>')
        out.append("</tr></thead>")
        for row in rows:
            indent = f" padding-left:{px(3 + 10 * row.depth)};" if row.depth else ""
            out.append(
                f'<tr><td style="{border}{indent}">{_e(row.name)}</td>'
                f'<td align="center" style="{border}">{row.count}</td>'
                f'<td align="center" style="{border}">{self.page(row.anchor)}</td>'
                f'<td style="{border}">{_e(lab["list_sep"].join(row.topics))}</td></tr>')
        out.append("</table>")
        return "".join(out)

    def contents(self) -> str:
        """The outline with page numbers, in two column pairs when long."""
        outline = self.b.outline()
        half = (len(outline) + 1) // 2 if len(outline) > 16 else len(outline)
        columns = [outline[:half], outline[half:]] if half < len(outline) else [outline]
        px = self.px

        def cells(entry: Any) -> str:
            if entry is None:
                return "<td></td><td></td>"
            style = "font-weight:bold;" if entry.level == 1 else f"padding-left:{px(9)};"
            style += f" line-height:{px(12)};"
            if entry.level == 1:
                style += f" padding-top:{px(3)};"
            return (f'<td width="42%" style="{style}">{_e(entry.text)}</td>'
                    f'<td width="6%" align="right" style="{style} white-space:nowrap">'
                    f"{self.page(entry.anchor)}</td>")

        # a long one on a page of its own, as in the Word briefing
        out = [self.h(1, self.lab["contents"], "", page_break=len(outline) > LONG_CONTENTS),
               f'<table width="100%" cellspacing="0" cellpadding="{round(self.scale)}" '
               'style="font-size:8pt">']
        for row in range(half):
            out.append("<tr>")
            for index, column in enumerate(columns):
                if index:
                    out.append('<td width="4%"></td>')
                out.append(cells(column[row] if row < len(column) else None))
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def section(self, section: PartnerSection) -> str:
        out = [self.h(2, section.heading, section.anchor)]
        for item in section.items:
            out.append(self.item(item))
            self.step()
        if section.see_also:
            out.append(self.small(f"<b>{_e(self.lab['see_also'])}</b>", bottom=1))
            for index, ref in enumerate(section.see_also):
                page = self.lab["page_ref"].format(page=self.page(ref.anchor))
                last = index == len(section.see_also) - 1
                out.append(self.small(
                    f'<span style="color:{_TITLE_INK}">{_e(ref.title)}</span>'
                    f"{_e(ref.separator + ref.where + page)}", indent=12,
                    bottom=8 if last else 1))
        return "".join(out)

    def item(self, item: Item) -> str:
        out = [self.h(3, item.title, item.anchor), self.small(_e(item.facts), bottom=3)]
        for quotation in item.quotations:
            if quotation.label:
                out.append(self.small(_e(quotation.label), indent=12, bottom=1, top=2))
            out.append(self.p(_e(quotation.text), bottom=2, style=(
                f"margin-left:{self.px(12)}; font-size:11pt; line-height:130%;")))
        out.append(self.small(_e(item.citation), indent=12, bottom=10))
        return "".join(out)


# -- layout and painting -------------------------------------------------------------------
class _Pages:
    """The laid-out document for one paint device: body size per page, anchors, breaks."""

    def __init__(self, briefing: Briefing, device: QPagedPaintDevice,
                 step: Callable[[], None]):
        self.briefing = briefing
        self.device = device
        resolution = device.logicalDpiY()
        paint = device.pageLayout().paintRectPixels(resolution)
        mm = resolution / 25.4
        self.header = HEADER_MM * mm
        self.footer = FOOTER_MM * mm
        self.inset = 3 * resolution / 72  # 3 pt, less than any line's height
        self.width = float(paint.width())
        self.height = float(paint.height()) - self.header - self.footer
        self.fonts = _Fonts()
        self.doc = self._layout(None, step)
        pages = self.anchor_pages()
        for _ in range(3):  # real numbers replace the placeholders; rarely moves a line
            self.doc = self._layout(pages, lambda: None)
            again = self.anchor_pages()
            if again == pages:
                break
            pages = again
        self._split_paragraphs_at_page_ends(self.doc)

    def _layout(self, pages: dict[str, int] | None, step: Callable[[], None]) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.fonts.font(10.5))
        doc.setPageSize(QSizeF(self.width, self.height))
        doc.setHtml(_Html(self.briefing, self.fonts, pages, step).build())
        self._keep_headings_with_text(doc)
        return doc

    def page_of(self, y: float) -> int:
        return int(y // self.height)

    def _keep_headings_with_text(self, doc: QTextDocument) -> None:
        """A heading (with the headings right after it) moves to the next page when the
        text it introduces would start on another page than the heading itself."""
        layout = doc.documentLayout()
        layout.documentSize()  # the layout is lazy; positions are only right once it is done
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 0 or _in_table(block):
                block = block.next()
                continue
            first = block
            target = block.next()
            while target.isValid() and target.blockFormat().headingLevel():
                target = target.next()
            # the text a heading introduces: its first paragraph and the first line of the
            # one after (an activity's facts and the start of its quotation)
            if target.isValid() and target.next().isValid() and not _in_table(target.next()) \
                    and target.next().blockFormat().headingLevel() == 0:
                target = target.next()
            if target.isValid():
                top = layout.blockBoundingRect(first).top()
                end = layout.blockBoundingRect(target).top() + _first_line_bottom(target)
                table = QTextCursor(target).currentTable()
                if table is not None:  # a heading and its table (the contents): together,
                    last = table.lastCursorPosition().block()  # when the table fits a page
                    bottom = layout.blockBoundingRect(last).bottom()
                    if bottom - top < self.height * 0.9:
                        end = bottom
                    target = last
                at_page_top = top - self.page_of(top) * self.height < 1
                if self.page_of(top) != self.page_of(end - 0.5) and not at_page_top:
                    cursor = QTextCursor(first)
                    fmt = first.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    cursor.setBlockFormat(fmt)
                    layout.documentSize()  # lays the rest out again (it is done lazily)
            block = target if target.isValid() else block.next()
        layout.documentSize()

    def _split_paragraphs_at_page_ends(self, doc: QTextDocument) -> None:
        """End a paragraph where a page ends and continue it in a new one on the next page.

        ``drawContents`` draws, for a paragraph that crosses the top of the clip, one line
        above it as well (clipped away, but still in the PDF): without this, the last line
        of a page would be found twice by a search or a copy.
        """
        layout = doc.documentLayout()
        layout.documentSize()
        block = doc.begin()
        while block.isValid():
            lines = block.layout().lineCount() if block.layout() else 0
            if lines < 2:
                block = block.next()
                continue
            top = layout.blockBoundingRect(block).top()
            first = block.layout().lineAt(0)
            page = self.page_of(top + first.y() + first.height() / 2)
            split = next((i for i in range(1, lines) if self.page_of(
                top + block.layout().lineAt(i).y() + block.layout().lineAt(i).height() / 2)
                != page), None)
            if split is None:
                block = block.next()
                continue
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + block.layout().lineAt(split).textStart())
            before = block.blockFormat()
            after = QTextBlockFormat(before)
            after.setTopMargin(0)
            after.setTextIndent(0)
            after.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            before.setBottomMargin(0)
            cursor.setBlockFormat(before)
            cursor.insertBlock(after)
            layout.documentSize()
            block = cursor.block()  # the continuation, which may cross the next page end

    def anchor_pages(self) -> dict[str, int]:
        layout = self.doc.documentLayout()
        pages: dict[str, int] = {}
        block = self.doc.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                names = fragments.fragment().charFormat().anchorNames()
                if names:
                    top = layout.blockBoundingRect(block).top() + _first_line_bottom(block) - 1
                    for name in names:
                        pages.setdefault(name, self.page_of(top) + 1)
                fragments += 1
            block = block.next()
        return pages

    def page_count(self) -> int:
        return max(1, self.doc.pageCount())

    def paint(self, painter: QPainter, step: Callable[[], None]) -> None:
        count = self.page_count()
        label = self.briefing.labels["page"]
        small = self.fonts.font(8)
        metrics = QFontMetricsF(small, self.device)
        title = metrics.elidedText(self.briefing.title, Qt.TextElideMode.ElideRight,
                                   self.width * 0.8)
        for index in range(count):
            if index:
                self.device.newPage()
            painter.save()
            painter.translate(0, self.header - index * self.height)
            page = QRectF(0, index * self.height, self.width, self.height)
            painter.setClipRect(page)
            # Lines are laid out within one page each, but the spacing of a page's last line
            # can reach past its bottom: without the inset that line would also be drawn
            # (clipped, invisible, yet searchable and copyable) on the next page.
            inset = self.inset
            self.doc.drawContents(painter, page.adjusted(0, inset, 0, -inset))
            painter.restore()
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor(_MUTED))
            painter.drawText(QRectF(0, 0, self.width, self.header * 0.7),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
            bottom = self.header + self.height
            painter.drawText(QRectF(0, bottom + self.footer * 0.3, self.width,
                                    self.footer * 0.7),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             label.format(page=index + 1, pages=count))
            painter.restore()
            step()


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _first_line_bottom(block: QTextBlock) -> float:
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return 0.0
    line = layout.lineAt(0)
    return float(line.y() + line.height())


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))


def paint_briefing(briefing: Briefing, device: QPagedPaintDevice,
                   steps: Any = None) -> int:
    """Lay out and paint the briefing on ``device`` (a QPdfWriter or a QPrinter whose page
    layout is already chosen); returns the number of pages.

    ``steps`` (:class:`desktop.core.export.Steps`) hears of each activity and each page; it
    raises :class:`~desktop.core.errors.ExportCancelled` to stop.
    """
    step: Callable[[], None] = steps.step if steps is not None else (lambda: None)
    pages = _Pages(briefing, device, step)
    if steps is not None:
        steps.expect(pages.page_count())
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("The PDF or the printer could not be opened for writing.",
                          "无法打开 PDF 或打印机进行写入。")
    try:
        pages.paint(painter, step)
    finally:
        painter.end()
    return pages.page_count()


# -- text extraction -----------------------------------------------------------------------
_RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement, Kangxi Radicals
_IDEOGRAPHS = range(0x4E00, 0xA000)  # CJK Unified Ideographs


def radical_table(family: str) -> dict[int, int]:
    """Radical code points that ``family`` draws with the glyph of a unified ideograph
    (⽇ U+2F47 and 日 U+65E5, ⻚ U+2EDA and 页 U+9875 in Noto Sans CJK), mapped to that
    ideograph."""
    if not family:
        return {}
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return {}
    ideograph_of: dict[int, int] = {}
    glyphs = raw.glyphIndexesForString("".join(map(chr, _IDEOGRAPHS)))
    for code, glyph in zip(_IDEOGRAPHS, glyphs, strict=False):
        if glyph:
            ideograph_of.setdefault(glyph, code)
    glyphs = raw.glyphIndexesForString("".join(map(chr, _RADICALS)))
    return {code: ideograph_of[glyph] for code, glyph in zip(_RADICALS, glyphs, strict=False)
            if glyph and glyph in ideograph_of}


_TOKEN = re.compile(r"<([0-9A-Fa-f]{4})>")


def _fix_cmap(cmap: str, table: dict[int, int]) -> str:
    """Rewrite the Unicode side (never the glyph side) of a ToUnicode CMap's entries."""

    def fix(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        return f"<{table.get(code, code):04X}>"

    out = []
    mode = ""
    for line in cmap.splitlines():
        stripped = line.strip()
        if stripped.endswith(("beginbfrange", "beginbfchar")):
            mode = stripped.rsplit(" ", 1)[-1]
        elif stripped in ("endbfrange", "endbfchar"):
            mode = ""
        elif mode == "beginbfrange":
            match = re.match(r"\s*(<(\w+)>\s*<(\w+)>\s*)(.*)$", line)
            if match and (match.group(4).startswith("[") or match.group(2) == match.group(3)):
                line = match.group(1) + _TOKEN.sub(fix, match.group(4))
        elif mode == "beginbfchar":
            match = re.match(r"\s*(<\w+>\s*)(.*)$", line)
            if match:
                line = match.group(1) + _TOKEN.sub(fix, match.group(2))
        out.append(line)
    return "\n".join(out) + "\n"


def fix_text_extraction(data: bytes, table: dict[int, int]) -> bytes:
    """Make the PDF's text extract as the Chinese that was drawn.

    Qt writes each glyph's ToUnicode entry as the lowest code point the font maps to it, so
    a CJK face that draws 日 and the Kangxi radical ⽇ with one glyph yields "⽇期" when the
    text is searched or copied. The entries are rewritten to the ideographs (pypdf).
    """
    from pypdf import PdfReader, PdfWriter

    if not table:
        return data
    radicals = {f"<{code:04X}>".encode() for code in table}
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    changed = False
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"].get_object()
            if id(stream) in seen:
                continue
            seen.add(id(stream))
            cmap = stream.get_data()
            if not any(code in cmap.upper() for code in radicals):
                continue
            stream.set_data(_fix_cmap(cmap.decode("latin-1"), table).encode("latin-1"))
            changed = True
    if not changed:
        return data
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_pdf(briefing: Briefing, steps: Any = None) -> bytes:
    """The briefing as the bytes of an A4 PDF (the ``pdf`` renderer of
    :func:`desktop.core.export.export`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(briefing.properties_title)
    writer.setCreator("IPPC Cooperation Explorer")
    _a4(writer)
    paint_briefing(briefing, writer, steps)
    del writer  # finishes the file
    buffer.close()
    data: QByteArray = buffer.data()
    return fix_text_extraction(bytes(data.data()), radical_table(cjk_family()))


def set_up_printer(printer: Any) -> None:
    """A4 with the briefing's margins, before the print dialog lets the user change it."""
    _a4(printer)
