"""The briefing's pictures: the timeline and the partner x topic map of the exported
activities in the Word and PDF briefings ("At a glance"), with captions and alternative text
in the briefing's language, and none when they are left out."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from pypdf import PdfReader

from desktop.core.briefing import build_briefing
from desktop.core.export import ExportRequest, export
from desktop.core.store import Store
from desktop.ui.briefing_charts import DPI, MAP_WIDTH_PX, WIDTH_PX, briefing_figures
from desktop.ui.briefing_pdf import render_pdf

CAPTIONS = {"en": ("Figure 1. When: the 95 activities of this briefing on a timeline",
                   "Figure 2. Who and what: activities by partner and topic"),
            "zh": ("图 1　时间：本简报 95 项活动的时间线", "图 2　对象与主题：")}
GLANCE = {"en": "At a glance", "zh": "概览"}


@pytest.fixture(scope="module")
def figures_en(qapp, store: Store):
    briefing = build_briefing(store, store.activities, lang="en")
    return briefing_figures(store, briefing, store.activities)


def test_figures_of_the_bundled_report(figures_en) -> None:
    timeline, topic_map = figures_en
    assert (timeline.kind, topic_map.kind) == ("timeline", "map")
    assert timeline.png.startswith(b"\x89PNG") and topic_map.png.startswith(b"\x89PNG")
    assert (timeline.width_px, topic_map.width_px, timeline.dpi) == (WIDTH_PX, MAP_WIDTH_PX, DPI)
    assert timeline.caption.startswith(CAPTIONS["en"][0])
    assert topic_map.caption.startswith(CAPTIONS["en"][1])
    # the map shows the 60 partners with most activities: the caption says so
    assert "only the 60 partners with the most activities; all 77 are listed in the annex" \
        in topic_map.caption
    assert timeline.alt.startswith("Timeline of 95 activities from 2019 to 2021, by report "
                                   "part: International organizations 39")
    assert topic_map.alt.startswith("Chart of 77 partners (rows) by ")


def test_duplicates_count_once_and_nothing_to_draw_is_left_out(qapp, store: Store) -> None:
    activities = store.activities[:3]
    briefing = build_briefing(store, activities, lang="zh")
    figures = briefing_figures(store, briefing, [*activities, *activities])
    assert figures[0].caption.startswith("图 1　时间：本简报 3 项活动的时间线")
    assert briefing_figures(store, briefing, []) == ()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_word_briefing_has_two_captioned_pictures(qapp, store: Store, tmp_path: Path,
                                                  lang: str) -> None:
    path = tmp_path / f"all-{lang}.docx"
    export(store, ExportRequest(list(store.activities), "docx", path, lang=lang),
           charts=briefing_figures)
    document = docx.Document(str(path))
    shapes = document.inline_shapes
    assert len(shapes) == 2
    for shape in shapes:
        assert shape.width <= Cm(16) and shape.height <= Cm(21)
        assert shape.width == Cm(16) or shape.height == Cm(21)  # as wide or as tall as fits
        assert len(shape._inline.docPr.get("descr")) > 40  # alternative text
    assert shapes[0].width == Cm(16)  # the timeline: the text's width
    paragraphs = document.paragraphs
    pictures = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//w:drawing")]
    assert paragraphs[pictures[0] - 1].text == GLANCE[lang]
    for index, caption in zip(pictures, CAPTIONS[lang], strict=True):
        assert paragraphs[index].paragraph_format.keep_with_next
        assert paragraphs[index + 1].style.name == "Caption"
        assert paragraphs[index + 1].text.startswith(caption)


def test_word_briefing_without_charts(qapp, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    export(store, ExportRequest(list(store.activities), "docx", path, charts=False),
           charts=briefing_figures)
    document = docx.Document(str(path))
    assert len(document.inline_shapes) == 0
    assert GLANCE["en"] not in [p.text for p in document.paragraphs]


def pdf_images(page) -> list[str]:
    """The filters of a page's image XObjects (pypdf decodes them only with Pillow)."""
    xobjects = page["/Resources"].get("/XObject", {})
    return [str(x.get_object().get("/Filter")) for x in xobjects.values()
            if x.get_object()["/Subtype"] == "/Image"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_briefing_has_the_pictures_at_a_glance(qapp, store: Store, tmp_path: Path,
                                                   lang: str) -> None:
    path = tmp_path / f"all-{lang}.pdf"
    export(store, ExportRequest(list(store.activities), "pdf", path, lang=lang),
           pdf=render_pdf, charts=briefing_figures)
    pages = PdfReader(path).pages
    with_images = [n for n, page in enumerate(pages) if len(page.images)]
    assert sum(len(pages[n].images) for n in with_images) == 2
    first = "".join(pages[with_images[0]].extract_text().split())
    assert first.startswith("".join(GLANCE[lang].split()))
    # each picture on the page of its caption; drawn losslessly (no JPEG)
    on = with_images if len(with_images) == 2 else with_images * 2
    for n, caption in zip(on, CAPTIONS[lang], strict=True):
        assert "".join(caption.split()) in "".join(pages[n].extract_text().split())
    assert all(f == "/FlateDecode" for n in with_images for f in pdf_images(pages[n]))
    # the contents give the section's page
    contents = "".join(pages[1].extract_text().split()) + "".join(
        pages[2].extract_text().split())
    assert f"{''.join(GLANCE[lang].split())}{with_images[0] + 1}" in contents


def test_pdf_briefing_without_charts(qapp, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    export(store, ExportRequest(list(store.activities), "pdf", path, charts=False),
           pdf=render_pdf, charts=briefing_figures)
    reader = PdfReader(path)
    assert all(len(page.images) == 0 for page in reader.pages)
    assert GLANCE["en"] not in "".join(page.extract_text() for page in reader.pages)
