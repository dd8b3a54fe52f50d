"""Tests of desktop.core.reader: report files (.txt, .docx, .pdf) to plain text, or refused."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from desktop.core import reader
from desktop.core.cpm_paper import parse_report
from desktop.core.errors import ImportFileError
from desktop.core.reader import read_report_file

CJK = re.compile(r"[\u4e00-\u9fff]")

TEXT = (
    "CPM 16/2022/INF/99\n\n"
    "I. 第 1 部分：国际组织\n\n"
    "1. 联合国粮食及农业组织秘书处与国际植保公约合作。\n\n"
    "2. The Secretariat cooperated with the World Customs Organization (WCO).\n"
)


def refused(path: Path, *words: str, **kwargs: int) -> ImportFileError:
    """Read ``path`` expecting a refusal whose English message holds ``words`` and names the
    file, with a Chinese message that names it too."""
    with pytest.raises(ImportFileError) as info:
        read_report_file(path, **kwargs)
    exc = info.value
    message = str(exc)
    for word in words:
        assert word.lower() in message.lower(), message
    assert path.name in message
    assert exc.zh is not None and CJK.search(exc.zh), exc.zh
    assert path.name in exc.zh
    assert "Traceback" not in message
    return exc


# -- text files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf32", "gb18030"],
)
def test_text_encodings_give_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    result = read_report_file(path)
    assert result.text == TEXT
    assert result.encoding == encoding
    assert result.fmt == "txt"
    assert result.size == len(data)
    assert result.pages == 0
    assert len(result.sha256) == 64


def test_newlines_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert read_report_file(path).text == TEXT
    path.write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    assert read_report_file(path).text == TEXT


def test_sha256_is_of_the_bytes(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    assert read_report_file(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_refused(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "noise.txt"
    path.write_bytes(rng.randbytes(rng.randrange(16, 8192)))
    refused(path, "not a text file", "encoding")


def test_valid_gb18030_that_is_not_text_is_refused(tmp_path: Path) -> None:
    # Every pair decodes (strictly) to a private-use character: valid GB18030, not text.
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xaa\xa1\xfe\xfe" * 200)
    refused(path, "not a text file")


def test_binary_that_decodes_as_gb18030_is_refused(tmp_path: Path) -> None:
    rng = random.Random(3)
    data = bytearray()
    while len(data) < 4000:
        if rng.random() < 0.5:
            data.append(rng.randrange(0x00, 0x80))
        else:
            data += bytes([rng.randrange(0x81, 0xFF), rng.choice([*range(0x40, 0x7F),
                                                                  *range(0x80, 0xFF)])])
    data.decode("gb18030")  # strictly valid: only the plausibility check can refuse it
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(data))
    refused(path, "not a text file")


def test_text_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"CPM report\x00\x01\x02\x00" * 50)
    refused(path, "not a text file")


def test_png_is_refused_as_an_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    refused(path, "image", "PNG", "OCR")


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    refused(empty, "empty")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \r\n\t\n")
    refused(blank, "no text")


def test_folder_and_missing_file_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    refused(folder, "folder")
    refused(tmp_path / "nowhere.pdf", "not found")


def test_a_file_over_the_cap_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode("utf-8"))

    def no_reading(*args: object, **kwargs: object) -> None:
        pytest.fail("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    refused(path, "too large", "limit", max_bytes=100)


def test_the_cap_is_inclusive(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    data = TEXT.encode("utf-8")
    path.write_bytes(data)
    assert read_report_file(path, max_bytes=len(data)).text == TEXT


def test_old_word_or_encrypted_office_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    refused(path, "encrypted", ".doc", "save it as")


def test_rtf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.rtf"
    path.write_bytes(b"{\\rtf1\\ansi CPM report}")
    refused(path, "RTF")


def test_extension_claiming_a_binary_format_is_checked(tmp_path: Path) -> None:
    as_docx = tmp_path / "report.docx"
    as_docx.write_bytes(TEXT.encode("utf-8"))
    refused(as_docx, "not", "Word")
    as_pdf = tmp_path / "report.pdf"
    as_pdf.write_bytes(TEXT.encode("utf-8"))
    refused(as_pdf, "PDF header")


# -- Word documents ----------------------------------------------------------------------


def save(document: Any, path: Path) -> Path:
    document.save(str(path))
    return path


def test_docx_paragraphs_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("CPM 16/2022/INF/99")
    document.add_paragraph("")  # blank paragraphs are dropped
    document.add_paragraph("联合国粮食及农业组织")
    run = document.add_paragraph("first line").add_run()
    run.add_break()
    run.add_text("second line")
    path = save(document, tmp_path / "plain.docx")
    result = read_report_file(path)
    assert result.fmt == "docx"
    assert result.encoding == ""
    assert result.text == "CPM 16/2022/INF/99\n\n联合国粮食及农业组织\n\nfirst line\nsecond line\n"


def test_docx_tables_are_read_where_they_stand(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("before")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    document.add_paragraph("after")
    text = read_report_file(save(document, tmp_path / "table.docx")).text
    assert text.split("\n\n") == [
        "before", "cell 00", "cell 01", "cell 10", "cell 11", "after\n",
    ]


def numbered_report() -> Any:
    document = docx.Document()
    document.add_paragraph("CPM 16/2022/INF/99")
    document.add_paragraph("I. Part 1: International organizations")
    document.add_paragraph("The Secretariat cooperated with FAO.", style="List Number")
    document.add_paragraph("It also worked with the WCO.", style="List Number")
    document.add_paragraph("II. Part 2: Regional bodies")
    document.add_paragraph("EPPO hosted a workshop.", style="List Number")
    return document


def test_docx_list_numbering_becomes_paragraph_numbers(tmp_path: Path) -> None:
    path = save(numbered_report(), tmp_path / "numbered.docx")
    text = read_report_file(path).text
    assert "\n1. The Secretariat cooperated with FAO.\n" in text
    assert "\n2. It also worked with the WCO.\n" in text
    # A paragraph outside the list does not restart it.
    assert "\n3. EPPO hosted a workshop.\n" in text
    report = parse_report(text)
    assert [(p.number, p.part) for p in report.paragraphs] == [(1, 1), (2, 1), (3, 2)]


def test_docx_numbering_restarts_with_a_start_override(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = numbered_report()
    numbering = document.part.numbering_part.element
    list_number_num = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = next(
        n for n in numbering.findall(qn("w:num")) if n.numId == list_number_num
    ).abstractNumId.val
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="99"><w:abstractNumId w:val="{abstract}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
    ))
    paragraph = document.add_paragraph("Restarted at seven.")
    paragraph.paragraph_format.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="99"/></w:numPr>'
    ))
    nested = document.add_paragraph("A nested item.", style="List Number")
    nested.paragraph_format.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/></w:numPr>'
    ))
    document.add_paragraph("Back to the main list.", style="List Number")
    text = read_report_file(save(document, tmp_path / "restart.docx")).text
    assert "\n7. Restarted at seven.\n" in text
    assert "\nA nested item.\n" in text  # deeper levels carry no number
    assert "\n4. Back to the main list.\n" in text


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> WCO website: https://www.wcoomd.org</w:t></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def add_footnote(path: Path, after: str) -> None:
    """Give the document at ``path`` a footnotes part and a reference to footnote id 5
    after the text ``after`` (python-docx cannot write footnotes)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    reference = (
        '</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:id="5"/></w:r><w:r><w:t xml:space="preserve">'
    )
    body = parts["word/document.xml"].decode("utf-8")
    assert after in body
    parts["word/document.xml"] = body.replace(after, after + reference, 1).encode("utf-8")
    parts["word/footnotes.xml"] = FOOTNOTES_XML.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    ).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_docx_footnotes_follow_the_body(tmp_path: Path) -> None:
    path = save(numbered_report(), tmp_path / "notes.docx")
    add_footnote(path, "It also worked with the WCO")
    text = read_report_file(path).text
    assert "\n2. It also worked with the WCO1.\n" in text
    assert text.endswith("\n" + " " * 20 + "\n1 WCO website: https://www.wcoomd.org\n")
    report = parse_report(text)
    assert report.paragraph(2).text == "It also worked with the WCO."
    assert [(n.number, n.paragraph, n.url) for n in report.footnotes] == [
        (1, 2, "https://www.wcoomd.org")
    ]


def test_docx_without_text_is_refused(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    refused(save(document, tmp_path / "blank.docx"), "no", "text")


def test_a_zip_that_is_not_a_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    refused(path, "ZIP archive", "not a Word document")


def test_a_damaged_docx_is_refused(tmp_path: Path) -> None:
    path = save(numbered_report(), tmp_path / "cut.docx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged")


def test_a_docx_with_a_broken_part_is_refused(tmp_path: Path) -> None:
    path = save(numbered_report(), tmp_path / "broken.docx")
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"][:200]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    refused(path, "damaged", "Word")


@pytest.fixture()
def no_docx(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if python-docx is asked to open anything."""

    def opened(*args: object, **kwargs: object) -> None:
        pytest.fail("python-docx opened the file")

    monkeypatch.setattr(docx, "Document", opened)


@pytest.mark.usefixtures("no_docx")
def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(300):  # 300 MB of zeros, about 1.3 MB compressed
                entry.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, "zip bomb", "not opened")


@pytest.mark.usefixtures("no_docx")
def test_an_overcompressed_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", bytes(8 * 1024 * 1024))  # 8 MB, ~1000:1
    refused(path, "zip bomb")


def test_the_unpacked_size_cap_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save(numbered_report(), tmp_path / "report.docx")
    assert read_report_file(path).text
    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", 10_000)
    refused(path, "unpack", "zip bomb")


# -- PDF ---------------------------------------------------------------------------------


def render_pdf(path: Path, text: str, family: str | None = None) -> Path:
    """Typeset plain ``text`` into a PDF with Qt (without Qt's page numbers)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    document = QTextDocument()
    if family:
        document.setDefaultFont(QFont(family, 11))
    document.setPlainText(text)
    # A document with a page size is printed as laid out, without page numbers.
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return path


ENGLISH = "CPM 16/2022/INF/99\n\nI. Part 1: International organizations\n\n" + "\n\n".join(
    f"{n}. The Secretariat cooperated with partner number {n} on pest risk analysis."
    for n in range(1, 80)
)


def test_pdf_text_comes_back_by_page(qapp: object, tmp_path: Path) -> None:
    path = render_pdf(tmp_path / "report.pdf", ENGLISH)
    result = read_report_file(path)
    assert result.fmt == "pdf"
    assert result.encoding == ""
    assert result.pages == len(PdfReader(path).pages) > 1
    assert result.text.count("\f\n") == result.pages - 1
    assert "\n\f\n" in result.text  # pages end with a newline, the form feed has its line
    lines = result.text.split("\n")
    assert "I. Part 1: International organizations" in lines
    numbered = [int(m.group(1)) for line in lines if (m := re.match(r"(\d+)\. The ", line))]
    assert numbered == list(range(1, 80))
    assert "\t" not in result.text


def test_a_pdf_named_txt_is_read_as_pdf(qapp: object, tmp_path: Path) -> None:
    path = render_pdf(tmp_path / "report.txt", ENGLISH)
    assert read_report_file(path).fmt == "pdf"


def cjk_family() -> str | None:
    from PySide6.QtGui import QFontDatabase

    families = [f for f in QFontDatabase.families() if "CJK" in f]
    preferred = [f for f in families if "SC" in f]
    return (preferred or families or [None])[0]


def test_chinese_pdf(qapp: object, tmp_path: Path) -> None:
    family = cjk_family()
    if family is None:
        pytest.skip("no CJK font installed (install fonts-noto-cjk)")
    text = (
        "I. 第 1 部分：国际组织\n\n"
        "1. 联合国粮食及农业组织秘书处与国际植保公约合作。\n\n"
        "2. 世界海关组织参与了电子植检证书的讨论。"
    )
    result = read_report_file(render_pdf(tmp_path / "zh.pdf", text, family))
    lines = result.text.split("\n")
    # Noto CJK's glyphs for 食 and 子 extract as radicals; they come back as ideographs.
    assert "1. 联合国粮食及农业组织秘书处与国际植保公约合作。" in lines
    assert "2. 世界海关组织参与了电子植检证书的讨论。" in lines
    assert "第 1 部分：国际组织" in result.text


def test_image_only_pdf_has_no_text_layer(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(100, 100, 4000, 6000, QColor(40, 40, 40))
    writer.newPage()
    painter.fillRect(100, 100, 4000, 6000, QColor(80, 80, 80))
    painter.end()
    exc = refused(path, "no text layer", "scan", "OCR", "Word or text version")
    assert "2 page" in str(exc)


def test_truncated_pdf_is_refused(qapp: object, tmp_path: Path) -> None:
    path = render_pdf(tmp_path / "cut.pdf", ENGLISH)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged", "incomplete")


def test_garbage_after_a_pdf_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(4000))
    refused(path, "damaged")


def encrypt(source: Path, target: Path, user: str, owner: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_encrypted_pdf_is_refused(qapp: object, tmp_path: Path) -> None:
    plain = render_pdf(tmp_path / "plain.pdf", ENGLISH)
    locked = encrypt(plain, tmp_path / "locked.pdf", "secret", "owner")
    refused(locked, "password", "encrypted")


def test_pdf_with_only_an_owner_password_is_read(qapp: object, tmp_path: Path) -> None:
    plain = render_pdf(tmp_path / "plain.pdf", ENGLISH)
    restricted = encrypt(plain, tmp_path / "restricted.pdf", "", "owner")
    assert PdfReader(restricted).is_encrypted
    assert read_report_file(restricted).text == read_report_file(plain).text


def test_too_many_pages_are_refused(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = render_pdf(tmp_path / "long.pdf", ENGLISH)
    pages = len(PdfReader(path).pages)
    monkeypatch.setattr(reader, "MAX_PDF_PAGES", pages - 1)
    refused(path, f"{pages} pages", "right file")


def test_a_pdf_over_the_cap_is_refused(qapp: object, tmp_path: Path) -> None:
    path = render_pdf(tmp_path / "report.pdf", ENGLISH)
    refused(path, "too large", max_bytes=path.stat().st_size - 1)


def test_radicals_from_pdf_fonts_become_ideographs() -> None:
    assert reader._clean_pdf_page("电⼦粮⻝\tx") == "电子粮食 x\n"


def test_no_partial_result_when_a_page_fails(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    path = render_pdf(tmp_path / "report.pdf", ENGLISH)
    original = PageObject.extract_text
    calls = []

    def flaky(self: PageObject, *args: object, **kwargs: object) -> str:
        calls.append(1)
        if len(calls) == 2:
            raise KeyError("/Contents")
        return original(self)

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    refused(path, "damaged")
