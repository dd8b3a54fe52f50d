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

The figures of "At a glance" (the timeline and the map, when the export drew them) are image
resources of each document, drawn as wide as the text (narrower when one would not fit a page
with its caption), each kept on one page with its caption.

Chinese is set in an installed CJK family (Noto Sans CJK SC, Source Han Sans, Microsoft YaHei,
PingFang, ...), which Qt embeds as a subset with a ToUnicode map, so the text can be searched
and copied.
"""

from __future__ import annotations

import html
import io
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
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
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
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
    QTextDocumentFragment,
    QTextFormat,
)

from desktop.core.briefing import GLANCE_ANCHOR, Briefing, Item, PartnerRow, PartnerSection
from desktop.core.briefing_docx import LONG_CONTENTS
from desktop.core.errors import ExportError
from desktop.ui.fonts import CJK_FAMILIES, installed

#: Latin faces for documents, in order of preference (the first installed one is used).
LATIN_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Calibri", "Carlito", "Arial",
                  "Liberation Sans", "DejaVu Sans")
#: Page margins (mm) and the bands inside them for the header and the footer.
MARGINS_MM = QMarginsF(22, 16, 22, 14)
HEADER_MM = 9.0
FOOTER_MM = 9.0
RESOLUTION = 300  # dpi of the PDF's coordinate system (not an image resolution)
#: A page number placeholder as wide as most real ones, for the first layout: an 8 for each
#: digit in the number of pages a briefing about half as long as its activities would have
#: (two digits at least). Only the number of layouts depends on it.
_PLACEHOLDER_DIGIT = "8"
#: Before an anchor, the title of a paragraph or cell that ends with the anchor's page.
_PAGE_OF = "page-of:"
#: The tallest a figure may be, as a share of the page's text height: it leaves room for its
#: caption and a heading, so that a figure and its caption always fit one page.
FIGURE_MAX_HEIGHT = 0.85

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
    return next(iter(installed(candidates)), "")


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
                 step: Callable[[], None], body: QSizeF | None = None):
        self.b = briefing
        # the page's text area in CSS pixels (A4 less the margins, header and footer)
        self.body = body if body is not None else QSizeF(
            (210 - MARGINS_MM.left() - MARGINS_MM.right()) / 25.4 * 96,
            (297 - MARGINS_MM.top() - MARGINS_MM.bottom() - HEADER_MM - FOOTER_MM) / 25.4 * 96)
        self.scale = 96 / 72  # Qt's HTML takes lengths in CSS pixels (1/96 inch)
        self.lab = briefing.labels
        self.fonts = fonts
        self.pages = pages
        self.placeholder = _PLACEHOLDER_DIGIT * max(2, len(str(briefing.item_count() // 2)))
        self.step = step

    def px(self, points: float) -> str:
        """A length in points as the CSS pixels Qt's HTML expects for margins and borders (it
        ignores ``pt`` there; font sizes in ``pt`` are fine)."""
        return f"{max(0, round(points * self.scale))}px"

    def page(self, anchor: str) -> str:
        if self.pages is None:
            return self.placeholder
        return str(self.pages.get(anchor, ""))

    @staticmethod
    def page_title(anchor: str) -> str:
        """The title of a paragraph or cell that ends with the page of ``anchor``: a tool tip,
        which a PDF does not show, and by which the number is found again in the laid-out
        document to be changed in place (:meth:`_Pages._renumber`)."""
        return f' title="{_e(_PAGE_OF + anchor)}"'

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
        if b.figures:
            out.append(self.glance(long_contents))
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
            # The title (a tool tip nobody sees in a PDF) only gives the anchor's format a hash
            # of its own: Qt hashes a format's list of anchor names by its type alone, so
            # without it every anchored heading would be compared with every other one as the
            # document is built (quadratic in the number of activities).
            text = f'<a name="{_e(anchor)}" title="{_e(anchor)}">{_e(text)}</a>'
        else:
            text = _e(text)
        return f'<h{level} style="{style}">{text}</h{level}>'

    def p(self, inner: str, style: str = "", bottom: float = 5) -> str:
        return (f'<p style="margin-top:0; margin-bottom:{self.px(bottom)}; {style}">'
                f"{inner}</p>")

    def small(self, inner: str, size: float = 9, indent: float = 0, bottom: float = 6,
              top: float = 0, title: str = "") -> str:
        style = f"font-size:{size}pt; color:{_MUTED};"
        if indent:
            style += f" margin-left:{self.px(indent)};"
        if top:
            style += f" margin-top:{self.px(top)};"
        return f'<p{title} style="{style} margin-bottom:{self.px(bottom)}">{inner}</p>'

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
                f'<td align="center"{self.page_title(row.anchor)} style="{border}">'
                f"{self.page(row.anchor)}</td>"
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
                    f'<td width="6%" align="right"{self.page_title(entry.anchor)} '
                    f'style="{style} white-space:nowrap">{self.page(entry.anchor)}</td>')

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

    def glance(self, new_page: bool) -> str:
        """At a glance: each figure as wide as the text, its caption under it."""
        px = self.px
        out = [self.h(1, self.lab["at_a_glance"], GLANCE_ANCHOR, page_break=new_page)]
        for number, figure in enumerate(self.b.figures, 1):
            width, height = figure.fit(self.body.width(),
                                       self.body.height() * FIGURE_MAX_HEIGHT)
            out.append(f'<p align="center" style="margin-top:{px(6)}; margin-bottom:{px(3)}">'
                       f'<img src="{figure_url(number)}" width="{width:.2f}" '
                       f'height="{height:.2f}" alt="{_e(figure.alt)}"/></p>')
            out.append(self.small(_e(figure.caption), bottom=14))
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
                    bottom=8 if last else 1, title=self.page_title(ref.anchor)))
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
class _NoSteps:
    """Progress for a caller that does not follow it (printing)."""

    def step(self) -> None:
        pass

    def expect(self, more: int) -> None:
        pass


@dataclass
class _Stretch:
    """Consecutive pages of the briefing laid out in one document (see :class:`_Pages`)."""

    doc: QTextDocument
    first: int = 0  # the briefing's page index of the document's first page
    pages: int = 0  # how many pages, once the next stretch is cut off (the last counts its own)


class _Pages:
    """The laid-out briefing for one paint device: body size per page, anchors, breaks.

    The briefing is laid out in one or more documents (:class:`_Stretch`), each a run of
    whole pages: Qt loses the positions of lines beyond 2²³ device pixels (about 2 850 pages
    at 300 dpi, 710 at 1 200 dpi), so a document that grows taller than
    :data:`_STRETCH_HEIGHT` continues in a new one from a line that starts a page, where the
    layout carries nothing over from what came before (see :meth:`_cut`).
    """

    def __init__(self, briefing: Briefing, device: QPagedPaintDevice, steps: Any = None):
        self.briefing = briefing
        self.device = device
        self.steps = steps if steps is not None else _NoSteps()
        resolution = device.logicalDpiY()
        paint = device.pageLayout().paintRectPixels(resolution)
        mm = resolution / 25.4
        self.header = HEADER_MM * mm
        self.footer = FOOTER_MM * mm
        self.inset = 3 * resolution / 72  # 3 pt, less than any line's height
        self.width = float(paint.width())
        # the page height as Qt's layout has it (in 1/64 pixel, rounded down), so that the
        # top of the thousandth page is where Qt puts it
        self.height = math.floor((paint.height() - self.header - self.footer) * 64) / 64
        self.fonts = _Fonts()
        # the figures, decoded once, as resources of every document laid out
        self.images = [QImage.fromData(figure.png) for figure in briefing.figures]
        self.pieces = 0  # in the last layout
        self.characters: set[str] = set()  # in the last layout's HTML
        self.stretches = self._layout(None, passes=2)  # the second is announced here
        pages = self.anchor_pages()
        outcome = ""
        for attempt in range(3):  # real numbers replace the placeholders; rarely moves a line
            if attempt:
                self.steps.expect(self.pieces)
            self.stretches = self._layout(pages, passes=0)
            again = self.anchor_pages()
            if again == pages:
                break
            outcome = self._renumber(pages, again)
            if outcome == "done":
                break
            pages = again
        else:
            if outcome == "spoilt":
                self.steps.expect(self.pieces)
                self.stretches = self._layout(pages, passes=0)
        if outcome != "done":
            self.steps.expect(len(self.stretches))
            for stretch in self.stretches:
                self._split_paragraphs_at_page_ends(stretch.doc)
                self.steps.step()
        last = self.stretches[-1]
        last.pages = max(1, last.doc.pageCount())

    def _new_document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)  # the edits below are not for undoing
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.fonts.font(10.5))
        doc.setPageSize(QSizeF(self.width, self.height))
        self._add_images(doc)
        return doc

    def _add_images(self, doc: QTextDocument) -> None:
        """The figures as image resources of ``doc`` (a copied fragment names them only)."""
        for number, image in enumerate(self.images, 1):
            doc.addResource(QTextDocument.ResourceType.ImageResource,
                            QUrl(figure_url(number)), image)

    def _layout(self, pages: dict[str, int] | None, passes: int) -> list[_Stretch]:
        """The briefing laid out on pages, headings kept with their text; ``passes``: how
        many layouts to announce to the progress (each piece of each layout is a step).

        The HTML goes into a document that is never laid out, and is copied from there into
        the laid-out one a few pages at a time (:func:`_pieces`), each piece's headings
        kept with their text before the next is added. Qt lays out again everything after
        an edit (a page break moves all that follows), so a page break given to a heading
        costs the rest of its piece, not the rest of the briefing: the layout grows with
        the briefing's length rather than with its square. Every piece starts with a
        heading that follows text, so a heading and the text it introduces are always
        copied together, and the formats are copied as they are: the result is the
        document ``setHtml`` would give, with the same breaks.
        """
        step = self.steps.step if pages is None else (lambda: None)  # each activity, once
        source = QTextDocument()
        source.setUndoRedoEnabled(False)
        source.setDefaultFont(self.fonts.font(10.5))
        self._add_images(source)
        css = 96 / self.device.logicalDpiY()  # device pixels to the CSS pixels of the HTML
        html = _Html(self.briefing, self.fonts, pages, step,
                     QSizeF(self.width * css, self.height * css)).build()
        self.characters = set(html)  # with the markup's, which are ASCII
        source.setHtml(html)
        pieces = _pieces(source)
        self.pieces = len(pieces)
        self.steps.expect(passes * len(pieces))
        stretches = [_Stretch(self._new_document())]
        piece = QTextCursor(source)
        for start, stop in pieces:
            doc = stretches[-1].doc
            end = QTextCursor(doc)
            end.movePosition(QTextCursor.MoveOperation.End)
            first = end.position() + (1 if start else 0)  # a piece after the first starts
            piece.setPosition(start)  # with the paragraph separator before its heading
            piece.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
            end.insertFragment(QTextDocumentFragment(piece))
            layout = doc.documentLayout()
            layout.documentSize()  # laid out to the end, not lazily
            self._keep_headings_with_text(doc, doc.findBlock(first))
            if layout.documentSize().height() > _STRETCH_HEIGHT:
                cut = self._cut(doc, first)
                if cut is not None:
                    stretches[-1].pages, rest = cut
                    stretches.append(_Stretch(rest, stretches[-1].first + stretches[-1].pages))
            self.steps.step()
        return stretches

    def page_of(self, y: float) -> int:
        return int(y // self.height)

    def _keep_headings_with_text(self, doc: QTextDocument, block: QTextBlock) -> None:
        """From ``block`` to the end of ``doc``: a heading (with the headings right after
        it) moves to the next page when the text it introduces would start on another page
        than the heading itself."""
        layout = doc.documentLayout()
        while block.isValid():
            if _is_figure(block) and block.next().isValid():
                # a figure and its caption: together (the figure fits a page with it)
                caption = block.next()
                top = layout.blockBoundingRect(block).top()
                end = layout.blockBoundingRect(caption).top() + _last_line_bottom(caption)
                at_page_top = top - self.page_of(top) * self.height < 1
                if self.page_of(top) != self.page_of(end - 0.5) and not at_page_top:
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                block = caption.next()
                continue
            if block.blockFormat().headingLevel() == 0 or _in_table(block):
                block = block.next()
                continue
            first = block
            target = block.next()
            while target.isValid() and target.blockFormat().headingLevel():
                target = target.next()
            whole = False  # the target's first line only
            if _is_figure(target) and target.next().isValid():
                target, whole = target.next(), True  # a figure and its whole caption
            # the text a heading introduces: its first paragraph and the first line of the
            # one after (an activity's facts and the start of its quotation)
            elif target.isValid() and target.next().isValid() \
                    and not _in_table(target.next()) \
                    and target.next().blockFormat().headingLevel() == 0:
                target = target.next()
            if target.isValid():
                top = layout.blockBoundingRect(first).top()
                end = layout.blockBoundingRect(target).top() + (
                    _last_line_bottom(target) if whole else _first_line_bottom(target))
                table = QTextCursor(target).currentTable()
                if table is not None:  # a heading and its table (the contents): together,
                    last = table.lastCursorPosition().block()  # when the table fits a page
                    bottom = layout.blockBoundingRect(last).bottom()
                    if bottom - top < self.height * 0.9:
                        end = bottom
                    target = last
                at_page_top = top - self.page_of(top) * self.height < 1
                if self.page_of(top) != self.page_of(end - 0.5) and not at_page_top:
                    fmt = first.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(first).setBlockFormat(fmt)  # lays out the rest again
            block = target if target.isValid() else block.next()

    def _cut(self, doc: QTextDocument, since: int) -> tuple[int, QTextDocument] | None:
        """Move the end of ``doc`` into a new document, from the last line after position
        ``since`` that starts a page (outside tables, not after a page break of its own);
        returns how many pages stay in ``doc`` and the new document, or None when there is
        no such line yet.

        Such a line's paragraph (split there first, as :meth:`_split_paragraphs_at_page_ends`
        would) starts the new document, which lays it and all that follows out on the same
        lines of the same pages: Qt starts a page at the same place whatever came before
        (the margin above a line pushed to the next page is dropped, as at the top of a
        document), so nothing moves.
        """
        layout = doc.documentLayout()
        block = doc.lastBlock()
        while block.isValid() and block.position() + block.length() > since:
            text = block.layout()
            if text is not None and not _in_table(block):
                top = layout.blockBoundingRect(block).top()
                for index in reversed(range(text.lineCount())):
                    y = top + text.lineAt(index).y()
                    page = round(y / self.height)
                    if page == 0 or abs(y - page * self.height) > 0.01:
                        continue
                    if index:
                        position = block.position() + text.lineAt(index).textStart()
                        return page, self._move_from(doc, _split_at(doc, [position]))
                    if doc.characterAt(block.position() - 1) == "\u2029" and not (
                            block.blockFormat().pageBreakPolicy()
                            & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore):
                        return page, self._move_from(doc, block)
            block = block.previous()
        return None

    def _move_from(self, doc: QTextDocument, block: QTextBlock) -> QTextDocument:
        """A new document with ``block`` and all after it, which leave ``doc``."""
        rest = self._new_document()
        moved = QTextCursor(doc)
        moved.setPosition(block.position())
        moved.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        into = QTextCursor(rest)
        into.insertFragment(QTextDocumentFragment(moved))
        # Laid out now, to the end: Qt lays a new document out lazily, and an edit before
        # it is done leaves the blocks not yet reached empty.
        rest.documentLayout().documentSize()
        # The copy gives the first block its text (with its formats) but not the block's
        # format. (Not its char format either, which only an empty block would need: setting
        # it on the first block leaves the block without a layout in Qt 6.)
        into.movePosition(QTextCursor.MoveOperation.Start)
        into.setBlockFormat(block.blockFormat())
        moved.setPosition(block.position() - 1)  # with the paragraph separator before it
        moved.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        moved.removeSelectedText()
        return rest

    def _split_paragraphs_at_page_ends(self, doc: QTextDocument) -> None:
        """End a paragraph where a page ends and continue it in a new one on the next page.

        ``drawContents`` draws, for a paragraph that crosses the top of the clip, one line
        above it as well (clipped away, but still in the PDF): without this, the last line
        of a page would be found twice by a search or a copy.

        All the splits are found in one walk over the laid-out document and made in one
        edit, so that the document is laid out again once, not once per split (each lays out
        all that follows it again, and a table as a whole). A split moves nothing: the
        continuation's first line was already at the top of the next page, and it has no
        top margin or indent; a second walk checks that none is left.
        """
        for _ in range(3):
            splits = self._lines(doc)[1]
            if not splits:
                return
            _edit(doc, [], splits)

    def _lines(self, doc: QTextDocument) -> tuple[list[tuple[float, ...]], list[int]]:
        """Where each line of ``doc`` is (top, left, height, length), and the positions
        (ascending) of the lines that start a new page inside a paragraph."""
        layout = doc.documentLayout()
        layout.documentSize()
        lines: list[tuple[float, ...]] = []
        splits: list[int] = []
        block = doc.begin()
        while block.isValid():
            text = block.layout()
            count = text.lineCount() if text is not None else 0
            rect = layout.blockBoundingRect(block)
            page = -1
            for index in range(count):
                line = text.lineAt(index)
                top = rect.top() + line.y()
                lines.append((round(top, 2), round(rect.left() + line.x(), 2),
                              round(line.height(), 2), line.textLength()))
                here = self.page_of(top + line.height() / 2)
                if index and here != page:
                    splits.append(block.position() + line.textStart())
                page = here
            block = block.next()
        return lines, splits

    def _renumber(self, pages: dict[str, int], numbers: dict[str, int]) -> str:
        """Change the page numbers of the layout made with ``pages`` to ``numbers`` in place
        (and split the paragraphs at page ends in the same edit) when no number changes its
        count of digits, rather than lay the briefing out again.

        Returns "done" when no line moved: the layout is then the one ``numbers`` would give
        (the headings kept with their text included); "untouched" when a number would change
        its width (nothing was changed); "spoilt" when a line moved (a digit of another
        width, or kerning): the briefing must be laid out again.
        """
        changes = [self._number_changes(stretch.doc, pages, numbers)
                   for stretch in self.stretches]
        if any(change is None for change in changes):
            return "untouched"
        self.steps.expect(len(self.stretches))
        for stretch, change in zip(self.stretches, changes, strict=True):
            before, splits = self._lines(stretch.doc)
            _edit(stretch.doc, change or [], splits)
            after, more = self._lines(stretch.doc)
            if after != before or more:
                return "spoilt"
            self.steps.step()
        return "done"

    def _number_changes(self, doc: QTextDocument, pages: dict[str, int],
                        numbers: dict[str, int]) -> list[tuple[int, str]] | None:
        """The page numbers in ``doc`` that change from ``pages`` to ``numbers``, as (position,
        new number); None when one changes its count of digits or is not where expected."""
        tail = self.briefing.labels["page_ref"].partition("{page}")[2]
        changes: list[tuple[int, str]] = []
        block = doc.begin()
        while block.isValid():
            fragments = block.end()
            fragments -= 1  # the last fragment: a paragraph cut at a page top starts a stretch
            title = fragments.fragment().charFormat().toolTip() if not block.begin().atEnd() \
                else block.charFormat().toolTip()
            if title.startswith(_PAGE_OF):
                anchor = title[len(_PAGE_OF):]
                old, new = str(pages.get(anchor, "")), str(numbers.get(anchor, ""))
                end = "" if _in_table(block) else tail
                text = block.text()
                if not text.endswith(old + end):
                    if not block.next().isValid():  # cut, to go on in the next stretch
                        break
                    return None
                if new != old:
                    if len(new) != len(old):
                        return None
                    changes.append((block.position() + len(text) - len(end) - len(old), new))
            block = block.next()
        return changes

    def anchor_pages(self) -> dict[str, int]:
        pages: dict[str, int] = {}
        for stretch in self.stretches:
            layout = stretch.doc.documentLayout()
            block = stretch.doc.begin()
            while block.isValid():
                fragments = block.begin()
                while not fragments.atEnd():
                    names = fragments.fragment().charFormat().anchorNames()
                    if names:
                        top = layout.blockBoundingRect(block).top() \
                            + _first_line_bottom(block) - 1
                        for name in names:
                            pages.setdefault(name, stretch.first + self.page_of(top) + 1)
                    fragments += 1
                block = block.next()
        return pages

    def page_count(self) -> int:
        return sum(stretch.pages for stretch in self.stretches)

    def paint(self, painter: QPainter) -> None:
        count = self.page_count()
        label = self.briefing.labels["page"]
        small = self.fonts.font(8)
        metrics = QFontMetricsF(small, self.device)
        title = metrics.elidedText(self.briefing.title, Qt.TextElideMode.ElideRight,
                                   self.width * 0.8)
        for stretch in self.stretches:
            for index in range(stretch.pages):
                number = stretch.first + index + 1
                if number > 1:
                    self.device.newPage()
                painter.save()
                painter.translate(0, self.header - index * self.height)
                page = QRectF(0, index * self.height, self.width, self.height)
                painter.setClipRect(page)
                # Lines are laid out within one page each, but the spacing of a page's last
                # line can reach past its bottom: without the inset that line would also be
                # drawn (clipped, invisible, yet searchable and copyable) on the next page.
                inset = self.inset
                stretch.doc.drawContents(painter, page.adjusted(0, inset, 0, -inset))
                painter.restore()
                painter.save()
                painter.setFont(small)
                painter.setPen(QColor(_MUTED))
                painter.drawText(QRectF(0, 0, self.width, self.header * 0.7),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 title)
                bottom = self.header + self.height
                painter.drawText(QRectF(0, bottom + self.footer * 0.3, self.width,
                                        self.footer * 0.7),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                                 label.format(page=number, pages=count))
                painter.restore()
                self.steps.step()


#: Blocks (table cells included) in a piece of the document copied and laid out at once.
_PIECE_BLOCKS = 60
#: A document taller than this (device pixels) continues in the next: an eighth of the 2²³
#: pixels beyond which Qt loses lines, which leaves room for a long table (which cannot be
#: cut) in the piece added last (the annex of partners).
_STRETCH_HEIGHT = 2**20


def _pieces(source: QTextDocument) -> list[tuple[int, int]]:
    """``source`` cut into ranges of positions of about :data:`_PIECE_BLOCKS` blocks.

    A range after the first starts at the paragraph separator before a heading that follows
    text (outside tables), so that each heading is in one range with the headings after it
    and the text they introduce; a part, the topics and the annex (level 1) start one
    anyway, which keeps a long table of partners in a range of its own.
    """
    starts = [0]
    count = 0
    previous = source.begin()
    block = previous.next()
    while block.isValid():
        count += 1
        level = block.blockFormat().headingLevel()
        if level and (count >= _PIECE_BLOCKS or level == 1) \
                and previous.blockFormat().headingLevel() == 0 \
                and source.characterAt(block.position() - 1) == "\u2029" \
                and not _in_table(block) and not _in_table(previous):
            starts.append(block.position() - 1)
            count = 0
        previous = block
        block = block.next()
    return list(zip(starts, [*starts[1:], source.characterCount() - 1], strict=True))


def _split_at(doc: QTextDocument, positions: list[int]) -> QTextBlock:
    """End the paragraphs at ``positions`` (ascending, each the start of a line) and go on
    in new ones with no top margin or first-line indent; returns the first new one."""
    _edit(doc, [], positions)
    return doc.findBlock(positions[0] + 1)


def _edit(doc: QTextDocument, numbers: list[tuple[int, str]], splits: list[int]) -> None:
    """Put the ``numbers`` (position, text as long as the one there) in and end the
    paragraphs at ``splits`` (each the start of a line; see :func:`_split_at`).

    One edit, from the end backwards (the positions still to come do not move), laid out
    again once.
    """
    actions = sorted([(position, 1, text) for position, text in numbers]
                     + [(position, 0, "") for position in splits], reverse=True)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for position, kind, text in actions:  # at one position, the number before the split
        if kind:
            cursor.setPosition(position + 1)
            fmt = cursor.charFormat()  # the format of the number's first digit
            cursor.setPosition(position)
            cursor.setPosition(position + len(text), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text, fmt)
            continue
        cursor.setPosition(position)
        before = cursor.block().blockFormat()
        after = QTextBlockFormat(before)
        after.setTopMargin(0)
        after.setTextIndent(0)
        after.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        before.setBottomMargin(0)
        cursor.setBlockFormat(before)
        cursor.insertBlock(after)
    cursor.endEditBlock()
    doc.documentLayout().documentSize()


def figure_url(number: int) -> str:
    """The name of figure ``number`` (from 1) as an image resource of the documents."""
    return f"briefing-figure-{number}.png"


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _is_figure(block: QTextBlock) -> bool:
    """Whether ``block`` is a paragraph that starts with an image (a figure)."""
    if not block.isValid():
        return False
    fragments = block.begin()
    return not fragments.atEnd() and fragments.fragment().charFormat().isImageFormat()


def _last_line_bottom(block: QTextBlock) -> float:
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return 0.0
    line = layout.lineAt(layout.lineCount() - 1)
    return float(line.y() + line.height())


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
    return _paint(briefing, device, steps).page_count()


def _paint(briefing: Briefing, device: QPagedPaintDevice, steps: Any) -> _Pages:
    pages = _Pages(briefing, device, steps)
    pages.steps.expect(pages.page_count())
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("The PDF or the printer could not be opened for writing.",
                          "无法打开 PDF 或打印机进行写入。")
    # the figures as they were drawn (PNG's deflate), not as JPEG: its artefacts blur the
    # charts' small words and thin lines
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    try:
        pages.paint(painter)
    finally:
        painter.end()
    return pages


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
    pages = _paint(briefing, writer, steps)
    del writer  # finishes the file
    buffer.close()
    data: QByteArray = buffer.data()
    # only the radicals whose ideographs were drawn can be in the PDF's maps (a long English
    # briefing without them is not read again)
    drawn = pages.characters | set(briefing.title) | set(briefing.labels["page"])
    table = {radical: ideograph for radical, ideograph in radical_table(cjk_family()).items()
             if chr(ideograph) in drawn or chr(radical) in drawn}
    return fix_text_extraction(bytes(data.data()), table)


def set_up_printer(printer: Any) -> None:
    """A4 with the briefing's margins, before the print dialog lets the user change it."""
    _a4(printer)
