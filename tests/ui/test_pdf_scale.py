"""PDF briefings of a large library (issue 11): 200 of the session's synthetic activities
(``synthetic_db``), laid out a few pages at a time and in several documents
(``briefing_pdf._Pages``; the height past which a document goes on in the next is lowered from
about 350 pages to about 22, so that a briefing of this length is cut several times).

What comes out is checked, not how long it takes: the pages grow with the activities, every
activity's title is in the text, each page says "Page n of N", no page ends with a heading,
no line is drawn on two pages, and every "see also" gives the page its activity is on. The
bundled report gives the same pages however its layout is cut into documents.

Reading a page's text with pypdf takes about a sixth of a second, which is what limits the
size here; every PDF is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.core.briefing import Briefing
from desktop.core.export import ExportRequest, briefing_for, export
from desktop.core.store import Store
from desktop.ui import briefing_pdf
from desktop.ui.briefing_pdf import render_pdf

TITLE = "Synthetic library"
ACTIVITIES = 200
#: Device pixels (300 dpi): about 22 pages of 2 941 pixels each.
STRETCH_HEIGHT = 2**16
#: Headings are bold and at least this large (points); no other text is both.
HEADING_POINTS = 11.0
_FOOTER = re.compile(r"Page \d+ of \d+")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Page:
    """A page of a PDF as pypdf reads it."""

    text: str
    #: The body's lowest line (all the runs of text drawn on it) and whether every run is set
    #: as a heading (a bold face at :data:`HEADING_POINTS` or more).
    last_line: str
    last_line_is_heading: bool


def read_pages(path: Path, title: str) -> list[Page]:
    """Each page's text, and its lowest line apart from the running header (``title``) and
    the footer, found from where and in which font each run of text is drawn."""
    pages = []
    for page in PdfReader(path).pages:
        runs: list[tuple[float, bool, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float,
                  runs: list[tuple[float, bool, str]] = runs) -> None:
            text = one_line(text)
            if not text or text == title or _FOOTER.fullmatch(text):
                return
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the baseline, up from the page bottom
            points = size * abs(tm[3] * cm[3])
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            runs.append((y, bold and points >= HEADING_POINTS, text))

        text = page.extract_text(visitor_text=visit)
        bottom = min((y for y, _, _ in runs), default=0.0)
        last = [run for run in runs if run[0] < bottom + 1]
        pages.append(Page(text, " ".join(run[2] for run in last),
                          bool(last) and all(run[1] for run in last)))
    return pages


def body_lines(text: str) -> list[str]:
    """A page's lines without the running header (the title) and footer (drawn last)."""
    lines = [one_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    while lines and (_FOOTER.fullmatch(lines[-1]) or lines[-1] == TITLE):
        lines.pop()
    return lines


def headings_at_page_ends(pages: list[Page]) -> list[tuple[int, str]]:
    return [(number, page.last_line) for number, page in enumerate(pages, 1)
            if page.last_line_is_heading]


@pytest.fixture(scope="module")
def big(synthetic_db: Path) -> Store:
    return Store(synthetic_db, library=False)


def export_pdf(store: Store, path: Path, count: int | None = None) -> Briefing:
    activities = list(store.activities)[:count]
    request = ExportRequest(activities, "pdf", path, lang="en", title=TITLE)
    export(store, request, pdf=render_pdf)
    return briefing_for(store, request)


def count_stretches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of documents each PDF exported from now on is laid out in."""
    counts: list[int] = []
    paint = briefing_pdf._paint

    def counting(*args: Any) -> Any:
        pages = paint(*args)
        counts.append(len(pages.stretches))
        return pages

    monkeypatch.setattr(briefing_pdf, "_paint", counting)
    return counts


@pytest.fixture(scope="module")
def big_pdf(qapp, big: Store, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Briefing, list[Page], list[int]]:
    path = tmp_path_factory.mktemp("pdf") / "synthetic.pdf"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(briefing_pdf, "_STRETCH_HEIGHT", STRETCH_HEIGHT)
        stretches = count_stretches(monkeypatch)
        briefing = export_pdf(big, path, ACTIVITIES)
    return briefing, read_pages(path, TITLE), stretches


def test_the_pages_grow_with_the_activities(big: Store, big_pdf, tmp_path: Path) -> None:
    briefing, pages, stretches = big_pdf
    assert briefing.item_count() == ACTIVITIES
    assert len(stretches) == 1 and stretches[0] >= 3  # laid out in several documents
    export_pdf(big, tmp_path / "small.pdf", ACTIVITIES // 4)
    few = len(PdfReader(tmp_path / "small.pdf").pages)
    assert 10 < few and 2.5 * few < len(pages) < 6 * few


def test_every_page_numbered_and_every_activity_in_the_text(big_pdf) -> None:
    briefing, pages, _ = big_pdf
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in one_line(page.text)
    body = squash("".join("".join(body_lines(page.text)) for page in pages))
    missing = [item.title for item in briefing.items() if squash(item.title) not in body]
    assert missing == []


def test_no_page_ends_with_a_heading(big_pdf) -> None:
    """By the font of the lowest line, not by its text: a line of a quotation can end with
    a partner's name, which is also a section's heading."""
    briefing, pages, _ = big_pdf
    assert headings_at_page_ends(pages) == []
    # the lowest lines were found: some are the citations that end the activities
    citations = {squash(item.citation) for item in briefing.items()}
    assert sum(squash(page.last_line) in citations for page in pages) > len(pages) // 10


def test_a_heading_at_a_page_end_is_seen(store: Store, qapp, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the headings kept with their text, some page of the bundled report ends
    with one, and :func:`headings_at_page_ends` finds it."""
    monkeypatch.setattr(briefing_pdf._Pages, "_keep_headings_with_text",
                        lambda *args: None)
    path = tmp_path / "orphans.pdf"
    request = ExportRequest(list(store.activities), "pdf", path, lang="en")
    export(store, request, pdf=render_pdf)
    briefing = briefing_for(store, request)
    headings = {squash(item.title) for item in briefing.items()}
    headings |= {squash(entry.text) for entry in briefing.outline()}
    headings.add(squash(briefing.labels["contents"]))
    ends = headings_at_page_ends(read_pages(path, briefing.title))
    assert ends
    assert all(any(squash(line) in heading for heading in headings) for _, line in ends)


def test_no_line_is_drawn_on_two_pages(big_pdf) -> None:
    _, pages, _ = big_pdf
    bodies = [body_lines(page.text) for page in pages]
    twice = [(number, before[-1]) for number, (before, after) in enumerate(
        zip(bodies, bodies[1:], strict=False), 1)
        if before and after and len(before[-1]) > 15 and before[-1] == after[0]]
    assert twice == []


def test_see_also_gives_the_page_of_the_activity(big_pdf) -> None:
    briefing, pages, _ = big_pdf
    title_of = {item.anchor: item.title for item in briefing.items()}
    bodies = [[squash(line) for line in body_lines(page.text)] for page in pages]
    joined = "".join(f"\n{line}" for lines in bodies for line in lines) + "\n"
    checked = 0
    for part in briefing.parts:
        for section in part.sections:
            for ref in section.see_also:
                head = squash(ref.title + ref.separator + ref.where
                              + briefing.labels["page_ref"].partition("{page}")[0])
                # the reference may be wrapped anywhere; its page ends the line
                found = re.search("\n?".join(map(re.escape, head)) + r"\n?(\d+)\n", joined)
                assert found, ref.title
                page = int(found.group(1))
                assert squash(title_of[ref.anchor]) in "".join(bodies[page - 1]), (ref.title, page)
                checked += 1
    assert checked > 20


def test_cutting_the_layout_into_documents_moves_nothing(store: Store, qapp, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled report laid out in documents of a few pages each (as a long briefing is,
    past 2²⁰ device pixels) gives the same pages, line for line, as in one document."""
    whole = tmp_path / "whole.pdf"
    export(store, ExportRequest(list(store.activities), "pdf", whole, lang="en"),
           pdf=render_pdf)
    stretches = count_stretches(monkeypatch)
    monkeypatch.setattr(briefing_pdf, "_STRETCH_HEIGHT", 15_000)  # about five pages
    cut = tmp_path / "cut.pdf"
    export(store, ExportRequest(list(store.activities), "pdf", cut, lang="en"), pdf=render_pdf)
    assert stretches and stretches[0] > 3
    assert [page.extract_text() for page in PdfReader(cut).pages] == [
        page.extract_text() for page in PdfReader(whole).pages]
