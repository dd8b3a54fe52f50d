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
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

from desktop.core.briefing import (
    Briefing,
    Item,
    PartnerRow,
    PartnerSection,
    SeeAlso,
)
from desktop.core.clean import clean_line
from desktop.core.text import is_cjk

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

    ``steps.step()`` is called after each activity (:class:`desktop.core.export.Steps`; it
    raises to cancel)."""
    document = _Writer(briefing, steps.step if steps is not None else (lambda: None)).build()
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


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
    def build(self) -> Any:
        import docx  # deferred: python-docx is only needed when a briefing is written

        doc = docx.Document()
        _setup_document(doc, self.b)
        self.front(doc)
        self.sources(doc)
        self.summary(doc)
        self.contents(doc)
        long_contents = len(self.b.outline()) > LONG_CONTENTS
        for index, part in enumerate(self.b.parts):
            heading = self.heading(doc, part.heading, 1, part.anchor)
            # After a long contents page the body starts on a page of its own (LibreOffice
            # would otherwise push the first part's headings down a page anyway, leaving the
            # rest of the contents page empty).
            heading.paragraph_format.page_break_before = index == 0 and long_contents
            for section in part.sections:
                self.section(doc, section)
        self.topics(doc)
        if self.b.annex:
            self.annex(doc)
        return doc

    def heading(self, doc: Any, text: str, level: int, anchor: str) -> Any:
        paragraph = _para(doc, text, f"Heading {level}")
        self.place_bookmark(paragraph, anchor)
        return paragraph

    def place_bookmark(self, paragraph: Any, anchor: str) -> None:
        self.placed += 1
        _bookmark(paragraph, self.bookmark_name(anchor), self.placed)

    def front(self, doc: Any) -> None:
        _para(doc, self.b.title, "Title")
        _para(doc, self.b.subtitle, "Subtitle")
        lines = [*self.b.facts, *self.b.notes]
        paragraph = _para(doc, lines[0], "Normal")
        for line in lines[1:]:
            paragraph.add_run().add_break()
            _run(paragraph, line)
        _small(paragraph)

    def sources(self, doc: Any) -> None:
        self.heading(doc, self.lab["sources"], 1, "sources")
        for source in self.b.sources:
            paragraph = _para(doc, source.citation, "Normal")
            _small(paragraph, size=9.5)

    def summary(self, doc: Any) -> None:
        from docx.shared import Pt

        self.heading(doc, self.lab["summary"], 1, "summary")
        rule = _para(doc, self.b.rule, "Normal")
        _small(rule, size=9.5)
        caption = _para(doc, self.lab["top_partners"] if self.b.annex else
                        self.lab["all_partners"], "Normal")
        for run in caption.runs:
            run.bold = True
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_after = Pt(3)
        self.partner_table(doc, self.b.top_partners, self.lab["main_topics"], size=9.5)
        if self.b.annex_note:
            note = _para(doc, self.b.annex_note, "Normal")
            _small(note, size=9.5)
            note.paragraph_format.space_before = Pt(4)

    def partner_table(self, doc: Any, rows: tuple[PartnerRow, ...], topics: str,
                      size: float) -> None:
        """Partner (a link to its section), activities, page, topics; bodies indented."""
        from docx.shared import Cm, Pt

        header = (self.lab["partner"], self.lab["activities"], self.lab["page_column"], topics)
        widths = ((Cm(6.0), Cm(2.2), Cm(1.5), Cm(6.3)) if size > 9 else
                  (Cm(5.4), Cm(2.0), Cm(1.4), Cm(7.2)))
        table = doc.add_table(rows=1, cols=len(widths))
        table.style = doc.styles["Light List Accent 1"]
        for cell, text, width in zip(table.rows[0].cells, header, widths, strict=True):
            _cell(cell, text, width, bold=True, size=size)
        _repeat_header(table.rows[0])
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # w:gridCol, which LibreOffice uses
        for row in rows:
            cells = table.add_row()
            _keep_row_together(cells)
            name = _cell(cells.cells[0], "", widths[0])
            _link(name, row.name, self.bookmark_name(row.anchor), size=size)
            if row.depth:
                name.paragraph_format.left_indent = Cm(0.4 * row.depth)
            _cell(cells.cells[1], str(row.count), widths[1], center=True, size=size)
            page = _cell(cells.cells[2], "", widths[2], center=True)
            _field(page, f"PAGEREF {self.bookmark_name(row.anchor)} \\h", PAGE_PLACEHOLDER)
            for run in page.runs:
                run.font.size = Pt(size)
            _cell(cells.cells[3], self.lab["list_sep"].join(row.topics), widths[3], size=size)

    def contents(self, doc: Any) -> None:
        """A TOC field over Heading 1-2: the parts and their partners.

        Its cached result, shown wherever fields are not updated (LibreOffice, viewers, Word
        until it updates), is the same outline as links without page numbers, the partners
        of each part run together in one paragraph so that it stays short. (Not in two
        columns: LibreOffice turns the field into an index of its own that ignores a
        section's columns, and then sets the text after it in the columns.)
        """
        from docx.shared import Pt

        outline = self.b.outline()
        heading = _para(doc, self.lab["contents"], "TOC Heading")
        # A long one on a page of its own: LibreOffice does not keep a heading with the
        # index after it.
        heading.paragraph_format.page_break_before = len(outline) > LONG_CONTENTS
        heading.paragraph_format.keep_with_next = True
        paragraph = None
        for index, entry in enumerate(outline):
            if entry.level == 1 or paragraph is None or paragraph.style.name != "toc 2":
                paragraph = doc.add_paragraph(style=doc.styles[f"toc {entry.level}"])
                paragraph.paragraph_format.keep_with_next = True  # the contents on one page
            else:
                _run(paragraph, " · ")
            if index == 0:
                _field_start(paragraph, r'TOC \o "1-2" \h \z \u')
            _link(paragraph, entry.text, self.bookmark_name(entry.anchor))
        hint = doc.add_paragraph(style=doc.styles["toc 1"])
        _run(hint, self.lab["toc_hint"])
        _small(hint, size=8)
        hint.paragraph_format.space_before = Pt(6)
        _field_end(hint)

    def section(self, doc: Any, section: PartnerSection) -> None:
        self.heading(doc, section.heading, 2, section.anchor)
        for item in section.items:
            self.item(doc, item)
            self.step()
        if section.see_also:
            label = _para(doc, self.lab["see_also"], "Normal")
            _small(label, keep_next=True)
            for run in label.runs:
                run.bold = True
            for index, ref in enumerate(section.see_also):
                self.reference(doc, ref, last=index == len(section.see_also) - 1)

    def item(self, doc: Any, item: Item) -> None:
        from docx.shared import Cm

        title = _para(doc, item.title, "Heading 3")
        self.place_bookmark(title, item.anchor)
        meta = _para(doc, item.facts, "Normal")
        _small(meta, keep_next=True)
        for quotation in item.quotations:
            if quotation.label:
                note = _para(doc, quotation.label, "Normal")
                _small(note, keep_next=True)
                note.paragraph_format.left_indent = Cm(0.6)
                note.paragraph_format.space_after = 0
            _para(doc, quotation.text, "Quote")
        citation = _para(doc, item.citation, "Normal")
        _small(citation)
        citation.paragraph_format.left_indent = Cm(0.6)

    def reference(self, doc: Any, ref: SeeAlso, last: bool) -> None:
        from docx.shared import Cm, Pt

        paragraph = doc.add_paragraph(style=doc.styles["Normal"])
        _link(paragraph, ref.title, self.bookmark_name(ref.anchor))
        _run(paragraph, f"{ref.separator}{ref.where}")
        head, _, tail = self.lab["page_ref"].partition("{page}")
        _run(paragraph, head)
        _field(paragraph, f"PAGEREF {self.bookmark_name(ref.anchor)} \\h", PAGE_PLACEHOLDER)
        if tail:
            _run(paragraph, tail)
        _small(paragraph, keep_next=not last)
        _link_colour(paragraph)
        paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraph.paragraph_format.space_after = Pt(8 if last else 1)

    def topics(self, doc: Any) -> None:
        self.heading(doc, self.lab["topics_covered"], 1, "topics").paragraph_format\
            .keep_with_next = True
        words = [self.lab["topic_count"].format(label=label, count=count)
                 for label, count in self.b.topics]
        paragraph = _para(doc, " · ".join(words), "Normal")
        paragraph.paragraph_format.keep_together = True

    def annex(self, doc: Any) -> None:

        heading = self.heading(doc, self.lab["annex"], 1, "annex")
        heading.paragraph_format.page_break_before = True
        # smaller and with a wider topics column: the annex lists every partner
        self.partner_table(doc, self.b.annex, self.lab["topics"], size=8.5)


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
        _page_numbers(footer, briefing.labels["page"])
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(header, clean_line(briefing.title, 100))
        for paragraph in (header, footer):
            for run in paragraph.runs:
                run.font.size = Pt(8)

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


# -- runs, paragraphs, links, fields -------------------------------------------------------
#: A run of Latin letters and digits inside Chinese text ("SAFE WG", "CPM-15 (2021)", "5.1").
_LATIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 \u00a0.,:;'’&/()+%¶\-–]*[A-Za-z0-9)%])?")


def script_segments(text: str) -> list[str]:
    """``text`` cut where Chinese and Latin alternate (whole if it has no Chinese)."""
    if not _has_cjk(text):
        return [text]
    out: list[str] = []
    last = 0
    for match in _LATIN.finditer(text):
        if match.start() > last:
            out.append(text[last:match.start()])
        out.append(match.group(0))
        last = match.end()
    if last < len(text):
        out.append(text[last:])
    return out


def _run(paragraph: Any, text: str) -> Any:
    """Add ``text`` as runs, one per script, with fonts and language set on each run too
    (they survive copy-paste); returns the last run.

    Latin words inside Chinese get runs of their own set as English: LibreOffice otherwise
    applies Chinese line breaking to them and splits "SAFE" or "CPM-15" over two lines.
    """
    run = None
    for segment in script_segments(text):
        run = paragraph.add_run(segment)
        _script(run._element, segment)
    return run if run is not None else paragraph.add_run("")


def _script(run: Any, text: str) -> None:
    rpr = run.get_or_add_rPr()
    chinese = _has_cjk(text)
    _east_asian(rpr, hint=chinese)
    if not chinese:
        # English in a Chinese briefing (the working translation under a quotation, an
        # acronym): Latin line breaking and spelling, not the East Asian ones.
        from docx.oxml.ns import qn

        rpr.rFonts.set(qn("w:hint"), "default")
        rpr.find(qn("w:lang")).set(qn("w:val"), "en-GB")


def _para(doc: Any, text: str, style: str) -> Any:
    paragraph = doc.add_paragraph(style=doc.styles[style])
    _run(paragraph, text)
    return paragraph


def _small(paragraph: Any, *, keep_next: bool = False, size: float = 9) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    from docx.text.run import Run

    for element in paragraph._p.iter(qn("w:r")):  # runs inside links too
        run = Run(element, paragraph)
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    paragraph.paragraph_format.space_after = Pt(2 if keep_next else 10)
    paragraph.paragraph_format.keep_with_next = keep_next


def _cell(cell: Any, text: str, width: Any, *, bold: bool = False, center: bool = False,
          size: float = 9.5) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.width = width
    paragraph = cell.paragraphs[0]
    if text:
        _run(paragraph, text)
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.bold = bold or None
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _link(paragraph: Any, text: str, bookmark: str, size: float | None = None) -> None:
    """Text that jumps to a bookmark in the document (``w:hyperlink w:anchor``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.text.run import Run

    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    for segment in script_segments(text):
        element = OxmlElement("w:r")
        text_element = OxmlElement("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = segment
        element.append(text_element)
        link.append(element)
        _script(element, segment)
        if size is not None:
            Run(element, paragraph).font.size = Pt(size)
    paragraph._p.append(link)


def _link_colour(paragraph: Any) -> None:
    """Links in a paragraph in the colour of the activity titles they lead to."""
    from docx.oxml.ns import qn
    from docx.shared import RGBColor
    from docx.text.run import Run

    for link in paragraph._p.iter(qn("w:hyperlink")):
        for element in link.iter(qn("w:r")):
            Run(element, paragraph).font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def _bookmark(paragraph: Any, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark (the target of links and PAGEREF)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


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


def _fld_char(paragraph: Any, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    _run(paragraph, "")._element.append(element)


def _instruction(paragraph: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _run(paragraph, "")._element.append(instr)


def _field(paragraph: Any, instruction: str, cached: str = "1") -> None:
    """A complex field (begin / instrText / separate / cached result / end)."""
    _field_start(paragraph, instruction)
    _run(paragraph, cached)
    _fld_char(paragraph, "end")


def _field_start(paragraph: Any, instruction: str) -> None:
    """Begin a field whose result follows (and may span paragraphs): begin, code, separate."""
    _fld_char(paragraph, "begin")
    _instruction(paragraph, instruction)
    _fld_char(paragraph, "separate")


def _field_end(paragraph: Any) -> None:
    _fld_char(paragraph, "end")
