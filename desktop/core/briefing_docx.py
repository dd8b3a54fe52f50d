"""The Word writer: lays out a :class:`~desktop.core.briefing.Briefing` with python-docx.

Built-in styles throughout (Title, Subtitle, Heading 1-3, Quote, TOC Heading, toc 1-2), so
Word's navigation pane and table of contents work. The table of contents is a TOC field whose
cached result lists the parts and partners as links, so it reads well where fields are not
updated (LibreOffice, viewers); Word offers to update it, with page numbers, on opening
(``w:updateFields``). "See also" references link to the activity and give its page through a
PAGEREF field, which LibreOffice computes and Word updates with the other fields.

Chinese: explicit East Asian font (``w:eastAsia``, which python-docx's ``font.name`` does not
set), zh-CN as the East Asian language and en-GB for Latin letters inside Chinese text, and
East Asian line breaking that keeps Latin words whole (``w:kinsoku``, ``w:wordWrap``,
``w:overflowPunct``).

The figures ("At a glance": the timeline and the map, when the export drew them) are inline
pictures as wide as the text (smaller when one would not fit a page with its caption), each
with its alternative text (``wp:docPr/@descr``) and kept on the page of its caption
(``keepNext``); python-docx adds the image parts and their relationships.

python-docx sets up the document (styles, page, header and footer, the tables' grids) and
saves the package; the body itself (paragraphs, runs, links, fields, table rows) is written
here as WordprocessingML text, exactly as python-docx and lxml would have written the same
calls, and spliced into the saved document (:class:`_Body`). Through python-docx a briefing of
10 000 activities took twenty minutes and 1.4 GB: it searches the whole body for every
paragraph it adds, and the element tree alone is 900 MB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import io
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from desktop.core.briefing import (
    GLANCE_ANCHOR,
    Briefing,
    Figure,
    Item,
    PartnerRow,
    PartnerSection,
    SeeAlso,
)
from desktop.core.clean import clean_line

#: East Asian font for Chinese text, and the Latin font beside it. Word uses the East Asian
#: font only when w:eastAsia is set on rFonts (python-docx's font.name does not set it);
#: Word and LibreOffice substitute a locally installed Chinese face where YaHei is missing.
EAST_ASIAN_FONT = "Microsoft YaHei"
EAST_ASIAN_FONT_ALT = "微软雅黑"
LATIN_FONT = "Calibri"

#: Contents with more entries than this start on a new page.
LONG_CONTENTS = 15
#: What a PAGEREF field shows until Word or LibreOffice computes it.
PAGE_PLACEHOLDER = "–"
#: The text's width (A4 less two margins of 2.5 cm), and the tallest a figure may be: the
#: page's text height (29.7 cm less two margins of 2.2 cm) less room for its caption and a
#: heading, so that a figure and its caption always fit one page.
TEXT_WIDTH_CM = 16.0
FIGURE_MAX_HEIGHT_CM = 21.0

# Element order inside w:pPr and w:settings (Word calls a file damaged when it is wrong).
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
              "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
              "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
              "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")
_SETTINGS_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
                                 "docVars", "rsids", "mathPr", "attachedSchema",
                                 "themeFontLang", "clrSchemeMapping",
                                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                                 "forceUpgrade", "captions", "readModeInkLockDown",
                                 "smartTagType", "schemaLibrary", "shapeDefaults",
                                 "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def render_docx(briefing: Briefing, steps: Any = None) -> bytes:
    """The briefing as the bytes of a .docx file.

    ``steps.step()`` is called after each activity and after each batch of paragraphs
    written into the file, which ``steps.expect()`` announces (:class:`desktop.core.export.Steps`;
    ``step`` raises to cancel)."""
    # The body is hundreds of thousands of small objects, all alive until the file is made:
    # the cyclic garbage collector would walk them over and over (a third of the time) and
    # could free none of them, so it waits until the file is made.
    with _collector_paused():
        body = _Writer(briefing, steps.step if steps is not None else (lambda: None)).build()
        return body.save(steps)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reference counting goes on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Writer:
    def __init__(self, briefing: Briefing, step: Callable[[], None]):
        self.b = briefing
        self.lab = briefing.labels
        self.lang = briefing.lang
        self.step = step
        self.bookmarks: dict[str, str] = {}  # model anchor -> Word bookmark name
        self.placed = 0  # bookmarks placed so far (each needs its own w:id)

    def bookmark_name(self, anchor: str) -> str:
        """A hidden Word bookmark name (``_`` prefix, at most 40 characters) for an anchor."""
        if anchor not in self.bookmarks:
            self.bookmarks[anchor] = f"_Brief{len(self.bookmarks) + 1}"
        return self.bookmarks[anchor]

    # -- structure -----------------------------------------------------------------------
    def build(self) -> _Body:
        import docx  # deferred: python-docx is only needed when a briefing is written

        doc = docx.Document()
        _setup_document(doc, self.b)
        body = _Body(doc)
        self.front(body)
        self.sources(body)
        self.summary(body)
        self.contents(body)
        long_contents = len(self.b.outline()) > LONG_CONTENTS
        if self.b.figures:
            self.glance(body, new_page=long_contents)
        for index, part in enumerate(self.b.parts):
            heading = self.heading(body, part.heading, 1, part.anchor)
            # After a long contents page the body starts on a page of its own (LibreOffice
            # would otherwise push the first part's headings down a page anyway, leaving the
            # rest of the contents page empty).
            heading.on_off("pageBreakBefore", index == 0 and long_contents)
            for section in part.sections:
                self.section(body, section)
        self.topics(body)
        if self.b.annex:
            self.annex(body)
        return body

    def heading(self, body: _Body, text: str, level: int, anchor: str) -> _Para:
        paragraph = body.para(text, f"Heading {level}")
        self.place_bookmark(paragraph, anchor)
        return paragraph

    def place_bookmark(self, paragraph: _Para, anchor: str) -> None:
        self.placed += 1
        _bookmark(paragraph, self.bookmark_name(anchor), self.placed)

    def front(self, body: _Body) -> None:
        body.para(self.b.title, "Title")
        body.para(self.b.subtitle, "Subtitle")
        lines = [*self.b.facts, *self.b.notes]
        paragraph = body.para(lines[0], "Normal")
        for line in lines[1:]:
            paragraph.content.append(_Run(None, "<w:br/>"))  # a line break, in a run of its own
            _run(paragraph, line)
        _small(paragraph)

    def sources(self, body: _Body) -> None:
        self.heading(body, self.lab["sources"], 1, "sources")
        for source in self.b.sources:
            paragraph = body.para(source.citation, "Normal")
            _small(paragraph, size=9.5)

    def summary(self, body: _Body) -> None:
        self.heading(body, self.lab["summary"], 1, "summary")
        rule = body.para(self.b.rule, "Normal")
        _small(rule, size=9.5)
        caption = body.para(self.lab["top_partners"] if self.b.annex else
                            self.lab["all_partners"], "Normal")
        for run in caption.direct_runs():
            run.bold = True
        caption.on_off("keepNext", True)
        caption.prop("spacing")["after"] = _pt_twips(3)
        self.partner_table(body, self.b.top_partners, self.lab["main_topics"], size=9.5)
        if self.b.annex_note:
            note = body.para(self.b.annex_note, "Normal")
            _small(note, size=9.5)
            note.prop("spacing")["before"] = _pt_twips(4)

    def partner_table(self, body: _Body, rows: tuple[PartnerRow, ...], topics: str,
                      size: float) -> None:
        """Partner (a link to its section), activities, page, topics; bodies indented."""
        from docx.shared import Cm

        header = (self.lab["partner"], self.lab["activities"], self.lab["page_column"], topics)
        widths = ((Cm(6.0), Cm(2.2), Cm(1.5), Cm(6.3)) if size > 9 else
                  (Cm(5.4), Cm(2.0), Cm(1.4), Cm(7.2)))
        table = body.table(widths, "Light List Accent 1")
        cells = []
        for text in header:
            paragraph = _Para(None)
            _cell(paragraph, text, bold=True, size=size)
            cells.append(paragraph)
        table.append(_table_row(widths, cells, '<w:tblHeader w:val="true"/>'))
        points = _half_points(size)
        for row in rows:
            name = _Para(None)
            _cell(name, "")
            _link(name, row.name, self.bookmark_name(row.anchor), size=size)
            if row.depth:
                name.prop("ind")["left"] = _cm_twips(0.4 * row.depth)
            count = _Para(None)
            _cell(count, str(row.count), center=True, size=size)
            page = _Para(None)
            _cell(page, "", center=True)
            _field(page, f"PAGEREF {self.bookmark_name(row.anchor)} \\h", PAGE_PLACEHOLDER)
            for run in page.direct_runs():
                run.size = points
            topic_cell = _Para(None)
            _cell(topic_cell, self.lab["list_sep"].join(row.topics), size=size)
            # never split across pages
            table.append(_table_row(widths, (name, count, page, topic_cell), "<w:cantSplit/>"))

    def contents(self, body: _Body) -> None:
        """A TOC field over Heading 1-2: the parts and their partners.

        Its cached result, shown wherever fields are not updated (LibreOffice, viewers, Word
        until it updates), is the same outline as links without page numbers, the partners
        of each part run together in one paragraph so that it stays short. (Not in two
        columns: LibreOffice turns the field into an index of its own that ignores a
        section's columns, and then sets the text after it in the columns.)
        """
        outline = self.b.outline()
        heading = body.para(self.lab["contents"], "TOC Heading")
        # A long one on a page of its own: LibreOffice does not keep a heading with the
        # index after it.
        heading.on_off("pageBreakBefore", len(outline) > LONG_CONTENTS)
        heading.on_off("keepNext", True)
        paragraph = None
        level = 0  # the style of ``paragraph``: "toc 1" or "toc 2"
        for index, entry in enumerate(outline):
            if entry.level == 1 or paragraph is None or level != 2:
                paragraph = body.paragraph(f"toc {entry.level}")
                level = entry.level
                paragraph.on_off("keepNext", True)  # the contents on one page
            else:
                _run(paragraph, " · ")
            if index == 0:
                _field_start(paragraph, r'TOC \o "1-2" \h \z \u')
            _link(paragraph, entry.text, self.bookmark_name(entry.anchor))
        hint = body.paragraph("toc 1")
        _run(hint, self.lab["toc_hint"])
        _small(hint, size=8)
        hint.prop("spacing")["before"] = _pt_twips(6)
        _field_end(hint)

    def glance(self, body: _Body, new_page: bool) -> None:
        """At a glance: each figure as wide as the text, its caption under it."""
        heading = self.heading(body, self.lab["at_a_glance"], 1, GLANCE_ANCHOR)
        # after a long contents page, on a page of its own (as the first part would be)
        heading.on_off("pageBreakBefore", new_page)
        heading.on_off("keepNext", True)
        for number, figure in enumerate(self.b.figures, 1):
            picture = body.paragraph("Normal")
            picture.content.append(_picture(body.doc, figure, number))
            picture.on_off("keepNext", True)  # never apart from its caption
            picture.prop("spacing")["before"] = _pt_twips(6)
            picture.prop("spacing")["after"] = _pt_twips(3)
            picture.prop("jc")["val"] = "center"
            caption = body.para(figure.caption, "Caption")
            _small(caption)
            caption.on_off("keepLines", True)
            caption.prop("spacing")["after"] = _pt_twips(14)

    def section(self, body: _Body, section: PartnerSection) -> None:
        self.heading(body, section.heading, 2, section.anchor)
        for item in section.items:
            self.item(body, item)
            self.step()
        if section.see_also:
            label = body.para(self.lab["see_also"], "Normal")
            _small(label, keep_next=True)
            for run in label.direct_runs():
                run.bold = True
            for index, ref in enumerate(section.see_also):
                self.reference(body, ref, last=index == len(section.see_also) - 1)

    def item(self, body: _Body, item: Item) -> None:
        title = body.para(item.title, "Heading 3")
        self.place_bookmark(title, item.anchor)
        meta = body.para(item.facts, "Normal")
        _small(meta, keep_next=True)
        for quotation in item.quotations:
            if quotation.label:
                note = body.para(quotation.label, "Normal")
                _small(note, keep_next=True)
                note.prop("ind")["left"] = _cm_twips(0.6)
                note.prop("spacing")["after"] = "0"
            body.para(quotation.text, "Quote")
        citation = body.para(item.citation, "Normal")
        _small(citation)
        citation.prop("ind")["left"] = _cm_twips(0.6)

    def reference(self, body: _Body, ref: SeeAlso, last: bool) -> None:
        paragraph = body.paragraph("Normal")
        _link(paragraph, ref.title, self.bookmark_name(ref.anchor))
        _run(paragraph, f"{ref.separator}{ref.where}")
        head, _, tail = self.lab["page_ref"].partition("{page}")
        _run(paragraph, head)
        _field(paragraph, f"PAGEREF {self.bookmark_name(ref.anchor)} \\h", PAGE_PLACEHOLDER)
        if tail:
            _run(paragraph, tail)
        _small(paragraph, keep_next=not last)
        _link_colour(paragraph)
        paragraph.prop("ind")["left"] = _cm_twips(0.6)
        paragraph.prop("spacing")["after"] = _pt_twips(8 if last else 1)

    def topics(self, body: _Body) -> None:
        heading = self.heading(body, self.lab["topics_covered"], 1, "topics")
        heading.on_off("keepNext", True)
        words = [self.lab["topic_count"].format(label=label, count=count)
                 for label, count in self.b.topics]
        paragraph = body.para(" · ".join(words), "Normal")
        paragraph.on_off("keepLines", True)

    def annex(self, body: _Body) -> None:
        heading = self.heading(body, self.lab["annex"], 1, "annex")
        heading.on_off("pageBreakBefore", True)
        # smaller and with a wider topics column: the annex lists every partner
        self.partner_table(body, self.b.annex, self.lab["topics"], size=8.5)


# -- the body: XML text spliced into the document python-docx writes --------------------------
#: Marks where written content goes in the document python-docx saves (an XML comment).
_SLOT = "ippc-briefing-slot-"
_SLOT_MARK = re.compile(r"<!--ippc-briefing-slot-(\d+)-->")
#: Paragraphs rendered per write into the compressed document.
_WRITE_BATCH = 500


class _Body:
    """The document body, written as WordprocessingML text.

    python-docx makes the package (styles, sections, headers, the tables' grids) and saves it;
    the paragraphs and table rows, the bulk of a briefing, are kept here as :class:`_Para`
    objects and strings and written as XML text where python-docx's document has a marker
    (one per *slot*: the body before a table, a table's rows, the body after it...). Its
    paragraph calls search the whole body for every paragraph and its element tree of a long
    briefing is large (900 MB for 10 000 activities); the text is what the tree would have
    been saved as, element for element (same elements, attributes and order).
    """

    def __init__(self, doc: Any):
        self.doc = doc
        self.end = doc.element.body.sectPr  # the final section properties stay last
        self.slots: list[list[_Para | str]] = []
        self.steps: Any = None  # told of each batch written (see save)
        self.style_props: dict[str, dict[str, str]] = {}
        self.blocks = self._slot(self._before_end)

    def _before_end(self, marker: Any) -> None:
        if self.end is not None:
            self.end.addprevious(marker)
        else:  # pragma: no cover - python-docx's template always ends with a w:sectPr
            self.doc.element.body.append(marker)

    def _slot(self, place: Callable[[Any], None]) -> list[_Para | str]:
        from lxml import etree

        place(etree.Comment(f"{_SLOT}{len(self.slots)}"))
        slot: list[_Para | str] = []
        self.slots.append(slot)
        return slot

    def paragraph(self, style: str) -> _Para:
        """A new empty paragraph in ``style`` (a style name), at the end of the body."""
        props = self.style_props.get(style)
        if props is None:
            from docx.enum.style import WD_STYLE_TYPE

            # as add_paragraph(style=...): no w:pStyle for the default style ("Normal")
            style_id = self.doc.part.get_style_id(self.doc.styles[style],
                                                  WD_STYLE_TYPE.PARAGRAPH)
            props = self.style_props[style] = {} if style_id is None else {"val": style_id}
        paragraph = _Para({"pStyle": dict(props)} if props else {})
        self.blocks.append(paragraph)
        return paragraph

    def para(self, text: str, style: str) -> _Para:
        """A new paragraph in ``style`` holding ``text`` (see :func:`_run`)."""
        paragraph = self.paragraph(style)
        _run(paragraph, text)
        return paragraph

    def table(self, widths: tuple[Any, ...], style: str) -> list[_Para | str]:
        """A table with columns of ``widths`` in ``style``, at the end of the body; returns
        the list its rows go in (as ``w:tr`` XML text, see :func:`_table_row`)."""
        table = self.doc.add_table(rows=0, cols=len(widths))  # before the final w:sectPr
        table.style = self.doc.styles[style]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # w:gridCol, which LibreOffice uses
        rows = self._slot(table._tbl.append)
        self.blocks = self._slot(self._before_end)
        return rows

    def save(self, steps: Any = None) -> bytes:
        """The .docx file: the package python-docx saves, with the body written in.

        ``steps`` (optional): told to expect one step per batch of paragraphs and stepped
        after each (:class:`desktop.core.export.Steps`; a step may raise to cancel)."""
        import zipfile

        self.steps = steps
        if steps is not None:
            steps.expect(sum(-(-len(slot) // _WRITE_BATCH) for slot in self.slots))
        skeleton = io.BytesIO()
        self.doc.save(skeleton)
        member = self.doc.part.partname.membername
        out = io.BytesIO()
        with zipfile.ZipFile(skeleton) as source, \
                zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, info.date_time)
                entry.compress_type = info.compress_type
                entry.external_attr = info.external_attr
                entry.create_system = info.create_system
                data = source.read(info)
                if info.filename != member:
                    target.writestr(entry, data)
                    continue
                with target.open(entry, "w") as stream:
                    self._write_document(data.decode("utf-8"), stream)
        return out.getvalue()

    def _write_document(self, skeleton: str, stream: Any) -> None:
        """Write the document: the skeleton with each marker replaced by its slot's content
        (rendered and compressed a batch of paragraphs at a time)."""
        pieces = _SLOT_MARK.split(skeleton)
        slots = [int(number) for number in pieces[1::2]]
        if sorted(slots) != list(range(len(self.slots))):  # pragma: no cover - a bug
            raise RuntimeError("The briefing's body markers were not saved as written.")
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                stream.write(piece.encode("utf-8"))
                continue
            slot = self.slots[int(piece)]
            for start in range(0, len(slot), _WRITE_BATCH):
                stream.write("".join([
                    block if isinstance(block, str) else block.xml()
                    for block in slot[start:start + _WRITE_BATCH]]).encode("utf-8"))
                if self.steps is not None:
                    self.steps.step()


#: Namespaces the document's root already declares (python-docx's template), left off a
#: picture's XML text.
_ROOT_NAMESPACES = re.compile(
    r' xmlns:(?:wp|r)="http://schemas\.openxmlformats\.org/'
    r'(?:drawingml/2006/wordprocessingDrawing|officeDocument/2006/relationships)"')


def _picture(doc: Any, figure: Figure, number: int) -> str:
    """A run holding ``figure`` as an inline picture (XML text): the image part and its
    relationship are added to ``doc`` by python-docx; the picture is as wide as the text, or
    narrower to be at most :data:`FIGURE_MAX_HEIGHT_CM` tall; ``number`` is its drawing id
    (unique in the document) and the figure's alternative text its description."""
    from docx.shared import Cm
    from lxml import etree

    width, height = figure.fit(Cm(TEXT_WIDTH_CM), Cm(FIGURE_MAX_HEIGHT_CM))
    inline = doc.part.new_pic_inline(io.BytesIO(figure.png), round(width), round(height))
    name = f"Figure {number}"
    for properties in (inline.docPr, inline.graphic.graphicData.pic.nvPicPr.cNvPr):
        properties.set("id", str(number))
        properties.set("name", name)
        properties.set("descr", clean_line(figure.alt))
    xml = _ROOT_NAMESPACES.sub("", etree.tostring(inline, encoding="unicode"))
    return f"<w:r><w:drawing>{xml}</w:drawing></w:r>"


def _table_row(widths: Sequence[Any], cells: Sequence[_Para], row_property: str) -> str:
    """A ``w:tr`` with one cell per column (``w:tcW`` as python-docx sets a cell's width)."""
    return "".join([
        f"<w:tr><w:trPr>{row_property}</w:trPr>",
        *(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width.twips}"/></w:tcPr>'
          f"{cell.xml()}</w:tc>" for width, cell in zip(widths, cells, strict=True)),
        "</w:tr>"])


# -- document set-up -----------------------------------------------------------------------
def _setup_document(doc: Any, briefing: Briefing) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    lang = briefing.lang
    chinese = lang == "zh"
    # Document defaults and every style with fonts: explicit Latin + East Asian fonts, zh-CN
    # for Chinese characters; Latin letters keep a Latin language (en-GB) even in a Chinese
    # briefing, or LibreOffice breaks acronyms like "SAFE" in the middle of the word.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _east_asian(rpr, hint=chinese)
    rpr.find(qn("w:lang")).set(qn("w:val"), "en-GB")
    if chinese:
        _east_asian_line_breaking(defaults)
    for style in doc.styles:
        element = style.element
        if element.find(qn("w:rPr")) is not None and element.rPr.rFonts is not None:
            _east_asian(element.rPr, hint=chinese)
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
    # Figure captions: Word's Caption style (a table of figures finds them), but upright and
    # not bold, as the other small grey notes.
    caption = doc.styles["Caption"]
    caption.font.bold = False
    caption.font.italic = False
    caption.paragraph_format.line_spacing = 1.15

    toc_heading = doc.styles["TOC Heading"]
    toc_heading.font.size = Pt(15)
    _outline_level(toc_heading, 9)  # "Contents" is not itself an entry of the contents
    for level in (1, 2):
        style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")  # Word's id for the built-in style
        style.base_style = normal
        style.next_paragraph_style = normal
        style.font.size = Pt(9.5 if level == 1 else 9)
        style.font.bold = level == 1
        fmt = style.paragraph_format
        fmt.space_before = Pt(4 if level == 1 else 0)
        fmt.space_after = Pt(1)
        fmt.line_spacing = 1.0
        fmt.left_indent = Cm(0.4 * (level - 1))
        _east_asian(style.element.get_or_add_rPr(), hint=chinese)

    # A4 with comfortable margins (the template is US Letter).
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        numbers = _Para(None)
        _page_numbers(numbers, briefing.labels["page"])
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        title = _Para(None)
        _run(title, clean_line(briefing.title, 100))
        _append_runs(header, title, size=8)
        _append_runs(footer, numbers, size=8)

    _update_fields_on_open(doc)
    props = doc.core_properties
    props.title = briefing.properties_title
    props.subject = "IPPC international cooperation (reports of the IPPC Secretariat to the CPM)"
    props.author = "IPPC Cooperation Explorer"
    props.last_modified_by = "IPPC Cooperation Explorer"
    props.language = "zh-CN" if chinese else "en"
    props.keywords = "IPPC; CPM; international cooperation"
    props.comments = ""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.revision = 1


def _insert_ordered(parent: Any, child: Any, order: tuple[str, ...]) -> None:
    """Insert ``child`` into ``parent`` before the first sibling that must follow it."""
    from lxml import etree

    name = etree.QName(child).localname
    later = set(order[order.index(name) + 1:])
    for sibling in parent:
        if etree.QName(sibling).localname in later:
            sibling.addprevious(child)
            return
    parent.append(child)


def _east_asian_line_breaking(defaults: Any) -> None:
    """East Asian line breaking for every paragraph: no line starts with a closing mark
    (kinsoku), Latin words wrap whole (wordWrap), punctuation may hang (overflowPunct)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        ppr_default.append(ppr)
    for name in ("kinsoku", "wordWrap", "overflowPunct"):
        if ppr.find(qn(f"w:{name}")) is None:
            element = OxmlElement(f"w:{name}")
            element.set(qn("w:val"), "1")
            _insert_ordered(ppr, element, _PPR_ORDER)


def _outline_level(style: Any, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    element = ppr.find(qn("w:outlineLvl"))
    if element is None:
        element = OxmlElement("w:outlineLvl")
        _insert_ordered(ppr, element, _PPR_ORDER)
    element.set(qn("w:val"), str(level))


def _update_fields_on_open(doc: Any) -> None:
    """``w:updateFields``: Word offers to update the table of contents and page references
    when the file is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lxml import etree

    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    for sibling in settings:
        if etree.QName(sibling).localname in _SETTINGS_AFTER_UPDATE_FIELDS:
            sibling.addprevious(element)
            return
    settings.append(element)


def _has_cjk(text: str) -> bool:
    """Whether ``text`` has a Chinese character, CJK punctuation or a full-width form."""
    return _CJK_TEXT.search(text) is not None


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
        _insert_ordered(rpr, lang, _RPR_ORDER)
    lang.set(qn("w:eastAsia"), "zh-CN")


_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
              "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
              "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
              "em", "lang", "eastAsianLayout", "specVanish", "oMath")


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
    _insert_ordered(ppr, borders, _PPR_ORDER)


def _drop_numbering(style: Any) -> None:
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    if ppr is not None:
        for numpr in ppr.findall(qn("w:numPr")):
            ppr.remove(numpr)


# -- paragraphs, runs, links, fields as WordprocessingML text ------------------------------
# What python-docx and lxml would write for the same calls, element for element: the same
# elements, attributes (in the order they were set) and escaping, so that the text is what the
# element tree would have been saved as.
_W_NAMESPACE = ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PPR_INDEX = {name: index for index, name in enumerate(_PPR_ORDER)}

#: A run of Latin letters and digits inside Chinese text ("SAFE WG", "CPM-15 (2021)", "5.1").
_LATIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 \u00a0.,:;'’&/()+%¶\-–]*[A-Za-z0-9)%])?")
_LATIN_SPLIT = re.compile(f"({_LATIN.pattern})")
#: What makes text Chinese for :func:`_has_cjk`: the CJK ideographs of
#: :func:`desktop.core.text.is_cjk`, CJK punctuation and full-width forms.
_CJK_TEXT = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
#: Characters python-docx writes as elements of their own (w:tab, w:br) in a run's text.
_BREAKS = re.compile(r"([\t\r\n])")
#: Characters XML cannot hold (lxml refuses them too; lone surrogates fail in UTF-8).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_SPECIAL = re.compile("[&<>\"\r\n\t]")
#: Text that needs more than copying into a ``w:t``: escapes, breaks, tabs, bad characters.
_NOT_PLAIN = re.compile("[&<>\t\r\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def _checked(value: str) -> None:
    if _NOT_XML.search(value):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes "
                         "or control characters")


def _text(value: str) -> str:
    """``value`` as element text (as lxml escapes it)."""
    _checked(value)
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group(0)], value)


def _attr(value: str) -> str:
    """``value`` as an attribute value in double quotes (as lxml escapes it)."""
    _checked(value)
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group(0)], value)


def script_segments(text: str) -> list[str]:
    """``text`` cut where Chinese and Latin alternate (whole if it has no Chinese)."""
    return [segment for _, segment in _segments(text)]


def _segments(text: str) -> list[tuple[bool, str]]:
    """:func:`script_segments` with whether each has Chinese (:func:`_has_cjk`)."""
    if _CJK_TEXT.search(text) is None:
        return [(False, text)]
    # the text between Latin runs (maybe Chinese), then a Latin run (never), alternately
    search = _CJK_TEXT.search
    return [(False, part) if index % 2 else (search(part) is not None, part)
            for index, part in enumerate(_LATIN_SPLIT.split(text)) if part]


#: The ``w:rPr`` of each formatting of runs, by (chinese, bold, color, size).
_RPR: dict[tuple[bool | None, bool, str | None, str | None], str] = {}


def _rpr_xml(chinese: bool | None, bold: bool, color: str | None, size: str | None) -> str:
    """A run's ``w:rPr``: fonts and languages for Chinese (``chinese``) or Latin text, or none
    (None); bold, colour (hex) and size (half-points) when given.

    Latin words inside Chinese are set as English: LibreOffice otherwise applies Chinese line
    breaking to them and splits "SAFE" or "CPM-15" over two lines. Fonts and language are set
    on each run (not only in the styles) so that they survive copy-paste.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lxml import etree

    if chinese is None and not (bold or color or size):
        return ""
    rpr = OxmlElement("w:rPr")
    if chinese is not None:
        _east_asian(rpr, hint=chinese)
        if not chinese:
            # English in a Chinese briefing (the working translation under a quotation, an
            # acronym): Latin line breaking and spelling, not the East Asian ones.
            rpr.rFonts.set(qn("w:hint"), "default")
            rpr.find(qn("w:lang")).set(qn("w:val"), "en-GB")
    if bold:
        rpr.get_or_add_b()
    if color:
        rpr.get_or_add_color().set(qn("w:val"), color)
    if size:
        rpr.get_or_add_sz().set(qn("w:val"), size)
    return etree.tostring(rpr, encoding="unicode").replace(_W_NAMESPACE, "", 1)


class _Run:
    """A ``w:r``: its formatting (see :func:`_rpr_xml`) and its content as XML text."""

    __slots__ = ("chinese", "bold", "color", "size", "content")

    def __init__(self, chinese: bool | None, content: str):
        self.chinese = chinese
        self.bold = False
        self.color: str | None = None
        self.size: str | None = None
        self.content = content

    def xml(self) -> str:
        key = (self.chinese, self.bold, self.color, self.size)
        rpr = _RPR.get(key)
        if rpr is None:
            rpr = _RPR[key] = _rpr_xml(*key)
        inner = rpr + self.content
        return f"<w:r>{inner}</w:r>" if inner else "<w:r/>"


class _Link:
    """A ``w:hyperlink`` to a bookmark, holding runs."""

    __slots__ = ("anchor", "runs")

    def __init__(self, anchor: str):
        self.anchor = anchor
        self.runs: list[_Run] = []

    def xml(self) -> str:
        head = f'<w:hyperlink w:anchor="{_attr(self.anchor)}" w:history="1"'
        inner = "".join([run.xml() for run in self.runs])
        return f"{head}>{inner}</w:hyperlink>" if inner else head + "/>"


class _Para:
    """A ``w:p``: its properties (``w:pPr`` children by name, each with its ``w:``
    attributes in the order they were set; None: no ``w:pPr``) and its content (runs, links,
    and XML text such as bookmarks)."""

    __slots__ = ("ppr", "content")

    def __init__(self, ppr: dict[str, dict[str, str]] | None):
        self.ppr = ppr
        self.content: list[_Run | _Link | str] = []

    def prop(self, name: str) -> dict[str, str]:
        """The attributes of the ``w:pPr`` child ``name`` (added when missing)."""
        if self.ppr is None:
            self.ppr = {}
        attrs = self.ppr.get(name)
        if attrs is None:
            attrs = self.ppr[name] = {}
        return attrs

    def on_off(self, name: str, value: bool) -> None:
        """An on/off property (keepNext, keepLines, pageBreakBefore) as python-docx sets
        it: ``<w:keepNext/>`` for on, ``<w:keepNext w:val="0"/>`` for off."""
        attrs = self.prop(name)
        if value:
            attrs.pop("val", None)
        else:
            attrs["val"] = "0"

    def direct_runs(self) -> list[_Run]:
        """The runs of the paragraph itself (not those inside links)."""
        return [item for item in self.content if isinstance(item, _Run)]

    def runs(self) -> list[_Run]:
        """Every run in document order, those inside links too."""
        out: list[_Run] = []
        for item in self.content:
            if isinstance(item, _Run):
                out.append(item)
            elif isinstance(item, _Link):
                out.extend(item.runs)
        return out

    def xml(self) -> str:
        parts = ["<w:p>"]
        if self.ppr is not None:
            parts.append(_ppr_xml(tuple([(name, *attrs.items())
                                         for name, attrs in self.ppr.items()])))
        for item in self.content:
            if isinstance(item, _Run):  # most items: _Run.xml, inline
                key = (item.chinese, item.bold, item.color, item.size)
                rpr = _RPR.get(key)
                if rpr is None:
                    rpr = _RPR[key] = _rpr_xml(*key)
                inner = rpr + item.content
                parts.append(f"<w:r>{inner}</w:r>" if inner else "<w:r/>")
            else:
                parts.append(item if isinstance(item, str) else item.xml())
        if len(parts) == 1:
            return "<w:p/>"
        parts.append("</w:p>")
        return "".join(parts)


@functools.lru_cache(maxsize=1024)
def _ppr_xml(ppr: tuple[tuple[Any, ...], ...]) -> str:
    """A ``w:pPr``: its children (name, then ``w:`` attributes as (name, value) pairs) in
    schema order."""
    if not ppr:
        return "<w:pPr/>"
    parts = ["<w:pPr>"]
    for name, *attrs in sorted(ppr, key=lambda child: _PPR_INDEX[child[0]]):
        values = "".join([f' w:{key}="{_attr(value)}"' for key, value in attrs])
        parts.append(f"<w:{name}{values}/>")
    parts.append("</w:pPr>")
    return "".join(parts)


def _run_content(text: str) -> str:
    """``text`` as run content, as python-docx writes it: ``\\t`` as ``w:tab``, ``\\r`` and
    ``\\n`` as ``w:br``, the rest in ``w:t`` elements that keep their spaces when they start
    or end with one (``xml:space``)."""
    if not text:
        return ""
    if _NOT_PLAIN.search(text) is None:  # the usual case
        if text[0].isspace() or text[-1].isspace():
            return f'<w:t xml:space="preserve">{text}</w:t>'
        return f"<w:t>{text}</w:t>"
    out = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{_text(piece)}</w:t>")
    return "".join(out)


def _run(paragraph: _Para, text: str) -> _Run:
    """Add ``text`` to a paragraph as runs, one per script (:func:`script_segments`), each
    with its fonts and language (:func:`_rpr_xml`); returns the last run."""
    content = paragraph.content
    if _NOT_PLAIN.search(text) is None:  # the usual case: each segment a plain w:t
        for chinese, segment in _segments(text):
            if not segment:
                run = _Run(chinese, "")
            elif segment[0].isspace() or segment[-1].isspace():
                run = _Run(chinese, f'<w:t xml:space="preserve">{segment}</w:t>')
            else:
                run = _Run(chinese, f"<w:t>{segment}</w:t>")
            content.append(run)
        return run
    for chinese, segment in _segments(text):
        run = _Run(chinese, _run_content(segment))
        content.append(run)
    return run


@functools.cache
def _pt_twips(points: float) -> str:
    from docx.shared import Pt

    return str(Pt(points).twips)


@functools.cache
def _cm_twips(cm: float) -> str:
    from docx.shared import Cm

    return str(Cm(cm).twips)


@functools.cache
def _half_points(points: float) -> str:
    """A font size as Word writes it (w:sz), rounded as python-docx rounds it."""
    from docx.shared import Pt

    return str(int(Pt(points).pt * 2))


def _small(paragraph: _Para, *, keep_next: bool = False, size: float = 9) -> None:
    """Small grey text (every run, those inside links too); a little space after, or kept
    with the next paragraph."""
    points = _half_points(size)
    for run in paragraph.runs():
        run.size = points
        run.color = "595959"
    paragraph.prop("spacing")["after"] = _pt_twips(2 if keep_next else 10)
    paragraph.on_off("keepNext", keep_next)


def _cell(paragraph: _Para, text: str, *, bold: bool = False, center: bool = False,
          size: float = 9.5) -> None:
    """A table cell's paragraph: ``text`` (bold, in ``size`` points), no space after,
    centred or not."""
    if text:
        _run(paragraph, text)
        points = _half_points(size)
        for run in paragraph.direct_runs():
            run.size = points
            run.bold = bold
    paragraph.prop("spacing")["after"] = "0"
    if center:
        paragraph.prop("jc")["val"] = "center"


def _link(paragraph: _Para, text: str, bookmark: str, size: float | None = None) -> None:
    """Text that jumps to a bookmark in the document (``w:hyperlink w:anchor``)."""
    link = _Link(bookmark)
    points = None if size is None else _half_points(size)
    for chinese, segment in _segments(text):
        run = _Run(chinese, f'<w:t xml:space="preserve">{_text(segment)}</w:t>')
        run.size = points
        link.runs.append(run)
    paragraph.content.append(link)


def _link_colour(paragraph: _Para) -> None:
    """Links in a paragraph in the colour of the activity titles they lead to."""
    for item in paragraph.content:
        if isinstance(item, _Link):
            for run in item.runs:
                run.color = "1F3A5F"


def _bookmark(paragraph: _Para, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark (the target of links and PAGEREF)."""
    paragraph.content.insert(0, f'<w:bookmarkStart w:id="{number}" w:name="{_attr(name)}"/>')
    paragraph.content.append(f'<w:bookmarkEnd w:id="{number}"/>')


def _append_runs(paragraph: Any, runs: _Para, size: float) -> None:
    """Add the runs of ``runs`` in ``size`` points to a python-docx paragraph (a header's or
    a footer's)."""
    from docx.oxml import parse_xml

    points = _half_points(size)
    for run in runs.direct_runs():
        run.size = points
    fragment = parse_xml(f"<w:p{_W_NAMESPACE}>{''.join(run.xml() for run in runs.direct_runs())}"
                         "</w:p>")
    for element in list(fragment):
        paragraph._p.append(element)


def _page_numbers(paragraph: _Para, template: str) -> None:
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


def _fld_char(paragraph: _Para, kind: str) -> None:
    paragraph.content.append(_Run(False, f'<w:fldChar w:fldCharType="{kind}"/>'))


def _instruction(paragraph: _Para, instruction: str) -> None:
    paragraph.content.append(_Run(False, '<w:instrText xml:space="preserve">'
                                         f"{_text(f' {instruction} ')}</w:instrText>"))


def _field(paragraph: _Para, instruction: str, cached: str = "1") -> None:
    """A complex field (begin / instrText / separate / cached result / end)."""
    _field_start(paragraph, instruction)
    _run(paragraph, cached)
    _fld_char(paragraph, "end")


def _field_start(paragraph: _Para, instruction: str) -> None:
    """Begin a field whose result follows (and may span paragraphs): begin, code, separate."""
    _fld_char(paragraph, "begin")
    _instruction(paragraph, instruction)
    _fld_char(paragraph, "separate")


def _field_end(paragraph: _Para) -> None:
    _fld_char(paragraph, "end")
