"""PDF and print briefings: the same content and order as the Word briefing, page numbers,
Chinese embedded as text (read back with pypdf), headless from the command line, atomic."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.core.briefing import build_briefing
from desktop.core.errors import ExportCancelled
from desktop.core.export import ExportRequest, export, scope_label
from desktop.core.models import Filters
from desktop.core.store import Store
from desktop.ui.briefing_pdf import cjk_family, render_pdf

ROOT = Path(__file__).resolve().parents[2]


def squash(text: str) -> str:
    """Text without any white space (PDF extraction puts breaks and tabs between runs)."""
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    """Each page's text, white space as single spaces."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def body_text(path: Path) -> str:
    """All pages' text without white space, running header and footer (drawn last on each
    page) removed, so that a quotation continued on the next page reads as one."""
    out = []
    for text in pages_text(path):
        text = squash(text)
        text = re.sub(r"(Page\d+of\d+|第\d+页，共\d+页)$", "", text)
        out.append(text)
    title = PdfReader(path).metadata.title
    return "".join(t[: -len(squash(title))] if t.endswith(squash(title)) else t for t in out)


def wco(store: Store) -> list:
    return [h.activity for h in store.search("", Filters(partners=("wco",))).hits]


@pytest.fixture(scope="module")
def all_en(qapp, store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "all_en.pdf"
    export(store, ExportRequest(list(store.activities), "pdf", path, lang="en",
                                scope_label="All activities"), pdf=render_pdf)
    return path


@pytest.fixture(scope="module")
def wco_zh(qapp, store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "wco_zh.pdf"
    export(store, ExportRequest(wco(store), "pdf", path, lang="zh",
                                filters=Filters(partners=("wco",)),
                                scope_label=scope_label("partner", "zh")), pdf=render_pdf)
    return path


def test_pdf_is_a4_with_page_n_of_n(all_en: Path) -> None:
    reader = PdfReader(all_en)
    count = len(reader.pages)
    assert count > 10
    box = reader.pages[0].mediabox
    mm = (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4))
    assert mm == (210, 297)
    for number, text in enumerate(pages_text(all_en), 1):
        assert f"Page {number} of {count}" in text
    assert reader.metadata.title == "IPPC international cooperation briefing"


def test_pdf_has_the_word_briefings_content_in_the_same_order(store: Store, all_en: Path,
                                                              tmp_path: Path) -> None:
    word = tmp_path / "all_en.docx"
    export(store, ExportRequest(list(store.activities), "docx", word, lang="en",
                                scope_label="All activities"))
    document = docx.Document(str(word))
    headings = [p.text for p in document.paragraphs
                if p.style.name in ("Heading 1", "Heading 2", "Heading 3")]
    text = body_text(all_en)
    position = 0
    for heading in headings:  # each found after the one before
        found = text.find(squash(heading), position)
        assert found >= 0, heading
        position = found
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    # every quotation once: a paragraph that crosses a page end is not drawn twice (hidden
    # by the clip, but found by a search)
    assert [q for q in quotes if text.count(squash(q)) != 1] == []
    assert text.count(squash("Report of the IPPC Secretariat on international cooperation")) \
        == 1  # the full citation once, in the Sources
    assert text.count("¶24(workingtranslation)") == sum(
        1 for a in store.activities if a.paragraph == 24)


def test_pdf_contents_and_see_also_give_real_pages(all_en: Path) -> None:
    pages = pages_text(all_en)
    contents = next(i for i, t in enumerate(pages) if "Contents" in t)
    listed = re.search(r"Part 2: Research and academia\s+(\d+)", pages[contents])
    assert listed, pages[contents][:500]
    page = int(listed.group(1))
    assert squash("Part 2: Research and academia") in squash(pages[page - 1])
    assert page - 1 != contents
    # "see also" lines end with the page of the activity they refer to
    joined = "\n".join(pages)
    ref = re.search(r"under CAB International \(CABI\), CPM-15\s\(2021\) ¶4, p\. (\d+)",
                    joined)
    assert ref, "no see-also reference to CABI"
    target = squash(pages[int(ref.group(1)) - 1])
    assert squash("CABI represented in the FAO/IPPC fall armyworm") in target


def test_pdf_chinese_is_embedded_text(store: Store, wco_zh: Path) -> None:
    assert cjk_family(), "a CJK font (e.g. fonts-noto-cjk) must be installed"
    pages = pages_text(wco_zh)
    text = body_text(wco_zh)
    assert squash("世界海关组织（WCO）：《国际植保公约》国际合作简报") in text
    for activity in wco(store):
        assert squash(activity.text) in text  # the quotation, searchable and copyable
    assert f"第1页，共{len(pages)}页" in squash(pages[0])
    fonts = set()
    for page in PdfReader(wco_zh).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/ToUnicode" in font
    assert any("CJK" in name or "Han" in name or "YaHei" in name for name in fonts), fonts


def test_pdf_english_with_the_chinese_original(store: Store, tmp_path: Path, qapp) -> None:
    activity = store.activity("cpm15-24-1")
    path = tmp_path / "both.pdf"
    export(store, ExportRequest([activity], "pdf", path, lang="en", both_languages=True),
           pdf=render_pdf)
    text = body_text(path)
    assert squash(activity.text_en) in text and squash(activity.text) in text
    assert "Original(Chinese,authoritative):" in text


def test_pdf_hostile_title_and_text(store: Store, tmp_path: Path, qapp) -> None:
    import dataclasses

    evil = "a\x01b\x1bc\x0bd\udcffe\ufffe"
    activity = dataclasses.replace(store.activities[0], title_en=f"T {evil}", text_en=evil)
    path = tmp_path / "evil.pdf"
    export(store, ExportRequest([activity], "pdf", path, title="简" * 300 + evil, query=evil),
           pdf=render_pdf)
    reader = PdfReader(path)
    assert len(reader.metadata.title) <= 255
    assert "abcde" in squash(reader.pages[0].extract_text()) or "abcde" in squash(
        "".join(pages_text(path)))


def test_pdf_needs_a_renderer(store: Store, tmp_path: Path) -> None:
    from desktop.core.errors import ExportError

    with pytest.raises(ExportError, match="PDF"):
        export(store, ExportRequest(store.activities[:1], "pdf", tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("stop_at", [1, 5, -1])
def test_pdf_cancel_leaves_the_old_file(store: Store, tmp_path: Path, qapp, stop_at: int) -> None:
    path = tmp_path / "old.pdf"
    path.write_bytes(b"previous export")

    def progress(done: int, total: int) -> bool:
        return done < (total - 1 if stop_at == -1 else stop_at)

    with pytest.raises(ExportCancelled):
        export(store, ExportRequest(wco(store), "pdf", path), progress, pdf=render_pdf)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]


def test_pdf_progress_counts_items_and_pages(store: Store, tmp_path: Path, qapp) -> None:
    calls: list[tuple[int, int]] = []
    export(store, ExportRequest(wco(store), "pdf", tmp_path / "p.pdf"),
           lambda done, total: calls.append((done, total)) or True, pdf=render_pdf)
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1] > len(wco(store))


def test_cli_exports_pdf_without_a_screen(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                             "WAYLAND_DISPLAY")}
    out = tmp_path / "wco.pdf"
    done = subprocess.run([sys.executable, "-m", "desktop", "export", "--format", "pdf",
                           "--output", str(out), "--partner", "WCO", "--lang", "zh"],
                          cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Wrote 9 activities" in done.stdout and done.stderr == ""
    assert squash("世界海关组织") in squash("".join(pages_text(out)))


def test_print_goes_through_the_print_dialog(store: Store, tmp_path: Path, qtbot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.ui import briefing_print

    out = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        briefing_print.set_up_printer(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(briefing_print, "new_printer", pdf_printer)
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: answers.pop(0))
    parent = QWidget()
    qtbot.addWidget(parent)
    printing = briefing_print.BriefingPrint(parent)
    ids = [a.id for a in wco(store)]
    assert printing.print_activities(store, ids, lang="en") is False  # cancelled
    assert not out.exists()
    assert printing.print_activities(store, ids, lang="en",
                                     filters=Filters(partners=("wco",))) is True
    text = squash("".join(pages_text(out)))
    assert squash("World Customs Organization (WCO): IPPC international cooperation") in text
    assert "Page1of" in text


def test_model_and_pdf_agree_on_items(store: Store, qapp) -> None:
    briefing = build_briefing(store, wco(store), lang="en")
    data = render_pdf(briefing)
    assert data.startswith(b"%PDF-")
    assert briefing.item_count() == len(wco(store))
