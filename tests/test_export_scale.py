"""Exports of a large library (issue 11): about 2 000 activities, the bundled report's
activities repeated under new ids (some with text that needs escaping).

The Word writer writes the body as WordprocessingML text spliced into the document python-docx
saves (:class:`desktop.core.briefing_docx._Body`), and the CSV is streamed row by row into the
atomic write; these check what comes out at that size: the paragraphs grow linearly with the
activities and carry the right styles, every link and page reference has its bookmark, the
fields are balanced, the XML is exactly what lxml would have written, and the CSV has one row
per activity. No timing is asserted here.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.core.briefing_docx import _has_cjk, _segments, script_segments
from desktop.core.clean import clean_line, clean_text
from desktop.core.errors import ExportCancelled
from desktop.core.export import ExportRequest, csv_rows, export
from desktop.core.models import Activity
from desktop.core.store import Store
from desktop.core.text import is_cjk

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COPIES = 21  # x 95 bundled activities: 1 995
#: Text that needs escaping or elements of its own (w:tab, w:br) in some of the copies.
ODD_TITLE = ' & <R&D> "quoted" \'single\''
ODD_TEXT = "  Lead\tand tab,\nsecond line & <angle> brackets > here; 植物 CPM-15 检疫  "


def library(store: Store, copies: int, *, odd: bool = False) -> list[Activity]:
    """The bundled activities ``copies`` times under new ids; with ``odd``, every third copy
    has titles and quotations with characters XML escapes, tabs and line breaks."""
    out = []
    for k in range(copies):
        for activity in store.activities:
            changes: dict[str, object] = {"id": f"{activity.id}~{k}"}
            if odd and k % 3 == 1:
                changes.update(title_en=activity.title_en + ODD_TITLE,
                               title_zh=activity.title_zh + ODD_TITLE,
                               text_en=activity.text_en + ODD_TEXT,
                               text=activity.text + ODD_TEXT)
            out.append(replace(activity, **changes))  # type: ignore[arg-type]
    return out


def export_docx(store: Store, path: Path, activities: list[Activity], lang: str = "en",
                **options: object) -> bytes:
    export(store, ExportRequest(activities=activities, fmt="docx", path=path, lang=lang,
                                title="All", **options))  # type: ignore[arg-type]
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml")


def paragraphs(document: bytes) -> list[tuple[str, str]]:
    """(style id, text) of each paragraph of the body, tables' cells excluded; the text with
    w:tab as a tab and w:br as a line feed, field codes left out."""
    body = etree.fromstring(document).find(f"{W}body")
    out = []
    for p in body.iterchildren(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        parts = []
        for element in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
            parts.append(element.text or "" if element.tag == f"{W}t" else
                         "\t" if element.tag == f"{W}tab" else "\n")
        out.append((style.get(f"{W}val") if style is not None else "Normal", "".join(parts)))
    return out


@pytest.fixture(scope="module")
def big(store: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Activity], bytes]:
    activities = library(store, COPIES, odd=True)
    path = tmp_path_factory.mktemp("scale") / "big.docx"
    return activities, export_docx(store, path, activities)


def test_paragraphs_grow_linearly_with_the_activities(store: Store, tmp_path: Path,
                                                      big: tuple[list[Activity], bytes]) -> None:
    counts = {k: Counter(style for style, _ in paragraphs(export_docx(
        store, tmp_path / f"{k}.docx", library(store, k, odd=True)))) for k in (1, 2)}
    counts[COPIES] = Counter(style for style, _ in paragraphs(big[1]))
    per_copy = counts[2] - counts[1]
    assert per_copy["Heading3"] == per_copy["Quote"] == len(store.activities)
    for style in set(counts[1]) | set(counts[COPIES]):  # constant part + per-copy part
        assert counts[COPIES][style] - counts[1][style] == (COPIES - 1) * per_copy[style], style
    assert counts[COPIES].total() > 10_000


def test_styles_and_text_of_a_large_briefing(store: Store,
                                             big: tuple[list[Activity], bytes]) -> None:
    activities, document = big
    body = paragraphs(document)
    styles = [style for style, _ in body]
    assert styles[:2] == ["Title", "Subtitle"] and body[0][1] == "All"
    assert styles.count("TOCHeading") == 1 and {"TOC1", "TOC2"} <= set(styles)
    # every activity once, in full: title as Heading 3, quotation as Quote
    titles = [text for style, text in body if style == "Heading3"]
    assert Counter(titles) == Counter(clean_line(a.title_en) for a in activities)
    quotes = [text for style, text in body if style == "Quote"]
    assert Counter(quotes) == Counter(clean_text(a.text_in("en")).strip() for a in activities)
    assert any("\t" in q and "\n" in q and "& <angle> brackets >" in q for q in quotes)
    assert any(t.endswith(clean_line(ODD_TITLE)) for t in titles)
    # the styles used are the ones defined, with their built-in names
    with zipfile.ZipFile(io.BytesIO(_package(store, activities[:5]))) as package:
        defined = etree.fromstring(package.read("word/styles.xml"))
    names = {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
             for s in defined.iter(f"{W}style")}
    assert {names[s] for s in ("Heading3", "Quote", "TOC1", "TOC2", "TOCHeading")} == {
        "heading 3", "Quote", "toc 1", "toc 2", "TOC Heading"}


def _package(store: Store, activities: list[Activity]) -> bytes:
    from desktop.core.briefing_docx import render_docx
    from desktop.core.export import briefing_for

    return render_docx(briefing_for(store, ExportRequest(activities, "docx", Path("x.docx"))))


def test_large_briefing_is_well_formed(big: tuple[list[Activity], bytes]) -> None:
    _, document = big
    root = etree.fromstring(document)
    # exactly what lxml writes for this tree (escaping, empty elements, attribute quotes)
    assert etree.tostring(root, encoding="UTF-8", standalone=True) == document
    body = root.find(f"{W}body")
    assert body[-1].tag == f"{W}sectPr"  # the section properties stay last
    assert not [node for node in root.iter() if not isinstance(node.tag, str)]  # no markers
    starts = {b.get(f"{W}name"): b.get(f"{W}id") for b in root.iter(f"{W}bookmarkStart")}
    ends = [b.get(f"{W}id") for b in root.iter(f"{W}bookmarkEnd")]
    assert sorted(starts.values()) == sorted(ends) and len(set(ends)) == len(ends)
    anchors = {link.get(f"{W}anchor") for link in root.iter(f"{W}hyperlink")}
    pagerefs = {m.group(1) for i in root.iter(f"{W}instrText")
                if (m := re.match(r" PAGEREF (\S+) \\h ", i.text))}
    assert anchors and pagerefs and anchors | pagerefs <= set(starts)
    kinds = Counter(f.get(f"{W}fldCharType") for f in root.iter(f"{W}fldChar"))
    fields = list(root.iter(f"{W}instrText"))  # one code per field
    assert kinds["begin"] == kinds["separate"] == kinds["end"] == len(fields)
    toc = [i.text for i in root.iter(f"{W}instrText") if "TOC" in i.text]
    assert toc == [' TOC \\o "1-2" \\h \\z \\u ']
    # the annex table: a header row repeated on each page, then one unsplittable row each
    table = body.findall(f"{W}tbl")[-1]
    rows = table.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows[1:])
    assert all(len(r.findall(f"{W}tc")) == 4 for r in rows)


def _props(p: etree._Element) -> dict[str, dict[str, str]]:
    """A paragraph's w:pPr children by local name, with their attributes by local name."""
    ppr = p.find(f"{W}pPr")
    return {etree.QName(c).localname: {etree.QName(k).localname: v for k, v in c.items()}
            for c in (ppr if ppr is not None else [])}


def _run_formats(p: etree._Element) -> set[tuple[str | None, str | None]]:
    """(w:sz, w:color) of every run of the paragraph, those in links too."""
    return {(r.find(f"{W}rPr/{W}sz").get(f"{W}val") if r.find(f"{W}rPr/{W}sz") is not None
             else None,
             r.find(f"{W}rPr/{W}color").get(f"{W}val") if r.find(f"{W}rPr/{W}color") is not None
             else None) for r in p.iter(f"{W}r")}


def test_layout_of_activities_and_references(big: tuple[list[Activity], bytes]) -> None:
    """Each activity: its title (a bookmark), the facts kept with the quotation, small and
    grey, the quotation, the citation indented; each "see also": indented, links in the
    titles' colour, kept together up to the last of its section."""
    _, document = big
    body = list(etree.fromstring(document).find(f"{W}body").iterchildren(f"{W}p"))
    style = [(p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
              if p.find(f"{W}pPr/{W}pStyle") is not None else "Normal") for p in body]
    small = {("18", "595959")}
    titles = [i for i, s in enumerate(style) if s == "Heading3"]
    assert titles
    for i in titles:
        assert etree.QName(body[i][1]).localname == "bookmarkStart"
        meta, quote = body[i + 1], body[i + 2]
        assert style[i + 1] == "Normal" and style[i + 2] == "Quote"
        assert _props(meta)["keepNext"] == {} and _props(meta)["spacing"] == {"after": "40"}
        assert _run_formats(meta) == small
        citation = next(body[j] for j in range(i + 3, len(body)) if style[j] == "Normal")
        assert _props(citation) == {"spacing": {"after": "200"}, "keepNext": {"val": "0"},
                                    "ind": {"left": "340"}}
        assert _run_formats(citation) == small
        assert _run_formats(quote) == {(None, None)}
    references = [i for i, p in enumerate(body)
                  if p.find(f"{W}hyperlink") is not None and style[i] == "Normal"]
    assert len(references) > 1000
    for i in references:
        p = body[i]
        last = i + 1 == len(body) or i + 1 not in references
        assert _props(p) == {"spacing": {"after": "160" if last else "20"},
                             "keepNext": {"val": "0"} if last else {}, "ind": {"left": "340"}}
        link_runs = {(r.find(f"{W}rPr/{W}sz").get(f"{W}val"),
                      r.find(f"{W}rPr/{W}color").get(f"{W}val"))
                     for r in p.find(f"{W}hyperlink").iter(f"{W}r")}
        assert link_runs == {("18", "1F3A5F")}


def test_large_chinese_briefing_in_both_languages(store: Store, tmp_path: Path) -> None:
    activities = library(store, 6, odd=True)
    document = export_docx(store, tmp_path / "zh.docx", activities, lang="zh",
                           both_languages=True)
    root = etree.fromstring(document)
    assert etree.tostring(root, encoding="UTF-8", standalone=True) == document
    body = paragraphs(document)
    assert sum(style == "Heading3" for style, _ in body) == len(activities)
    assert Counter(t for s, t in body if s == "Heading3") == Counter(
        clean_line(a.title_zh) for a in activities)
    # Latin words inside Chinese are runs of their own, set as English
    runs = list(root.iter(f"{W}r"))
    latin = [r for r in runs if r.find(f"{W}rPr/{W}lang") is not None
             and r.find(f"{W}rPr/{W}lang").get(f"{W}val") == "en-GB"]
    assert latin and any((r.findtext(f"{W}t") or "") == "CPM-15" for r in latin)


def test_csv_of_a_large_library(store: Store, tmp_path: Path) -> None:
    activities = library(store, COPIES, odd=True)
    path = tmp_path / "big.csv"
    calls: list[tuple[int, int]] = []
    export(store, ExportRequest(activities, "csv", path, lang="en"),
           lambda done, total: calls.append((done, total)) or True)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")  # strict: valid UTF-8
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == csv_rows(store, activities, "en")  # the rows, as csv_rows gives them
    assert len(rows) == len(activities) + 1
    assert [r[0] for r in rows[1:]] == [a.id for a in activities]
    assert text.count("\r\n") >= len(activities) + 1  # CRLF line ends
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1] == len(activities) + 1


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_cancel_half_way_through_a_large_export(store: Store, tmp_path: Path, fmt: str) -> None:
    activities = library(store, COPIES)
    path = tmp_path / f"big.{fmt}"
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < len(activities) // 2

    with pytest.raises(ExportCancelled):
        export(store, ExportRequest(activities, fmt, path), progress)
    assert max(seen) == len(activities) // 2
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


def test_word_progress_goes_on_while_the_file_is_written(store: Store, tmp_path: Path) -> None:
    activities = library(store, COPIES)
    calls: list[tuple[int, int]] = []
    export(store, ExportRequest(activities, "docx", tmp_path / "big.docx"),
           lambda done, total: calls.append((done, total)) or True)
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1]
    # the model, each activity, then the batches of paragraphs written (announced then)
    writing = [(d, t) for d, t in calls if d > len(activities) + 1]
    assert len(writing) > 10 and writing[0][1] > len(activities) + 2
    assert len({t for _, t in writing}) == 1  # announced once, before writing

    # and a cancel while writing leaves nothing behind
    path = tmp_path / "cancelled.docx"
    with pytest.raises(ExportCancelled):
        export(store, ExportRequest(activities, "docx", path),
               lambda done, total: done < len(activities) + 5)
    assert not path.exists() and [p.name for p in tmp_path.iterdir()] == ["big.docx"]


def test_has_cjk_is_the_character_test_it_replaces() -> None:
    for code in range(0x10000):
        ch = chr(code)
        old = is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        assert _has_cjk(ch) == old, hex(code)
    assert _has_cjk("abc 植物") and not _has_cjk("abc \U00020000")


def _old_script_segments(text: str) -> list[str]:
    """The segmentation as it was written before (finditer), for comparison."""
    from desktop.core.briefing_docx import _LATIN

    if not any(is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
               for ch in text):
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


#: Chinese, CJK punctuation and full-width forms, Latin letters and what joins them.
MIXED = list("植物检疫（）。，、 SAFE-WGcpm15 .,:;'’&/()+%¶–\u00a0\u3000ａ\t\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(MIXED)))
def test_script_segments_as_before(text: str) -> None:
    assert script_segments(text) == _old_script_segments(text)
    assert [s for _, s in _segments(text)] == script_segments(text)
    assert all(chinese == _has_cjk(s) for chinese, s in _segments(text))
