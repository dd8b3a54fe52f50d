"""Read a report file offered for import (.txt, .docx or .pdf) into plain text, or refuse it.

The importer hands the text to ``cpm_paper.parse_report``, which expects each numbered
paragraph to start a line as ``N. text``. This module only turns a file into that text; it
knows nothing about CPM papers beyond that.

* The format is recognised from the content (``%PDF-``, a ZIP package holding
  ``word/document.xml``, an OLE container, image and RTF signatures), not from the extension;
  an extension claiming ``.docx`` or ``.pdf`` for content that is neither is refused.
* Text files: a UTF-8 / UTF-16 / UTF-32 byte order mark decides; otherwise UTF-16 without BOM
  (recognised by its NUL bytes), strict UTF-8, then strict GB18030. Any byte string that is
  valid GB18030 decodes, so the decoded text must also look like text (no stray control
  characters, private-use or unassigned code points, enough letters or digits).
* Word files: see ``_DocxText``. Size and compression ratio of the ZIP entries are checked
  before anything is unpacked.
* PDF files: pypdf's ``extract_text()`` per page; see ``_read_pdf``.

Every refusal is an :class:`ImportFileError` with an English and a Chinese sentence naming the
file, the reason and what to do. Nothing partial is ever returned.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import ImportFileError

#: Files larger than this are refused before being read.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A .docx whose ZIP entries declare more than this in total is refused before unpacking.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: ... and so is one whose large entries (over ``_RATIO_MIN_BYTES``) are compressed more.
MAX_COMPRESSION_RATIO = 100
_RATIO_MIN_BYTES = 1024 * 1024
#: A .docx has a few dozen parts; thousands mean something else.
MAX_ZIP_ENTRIES = 5000
#: PDFs with more pages are refused (a CPM paper has a few dozen).
MAX_PDF_PAGES = 500
#: Fewer extractable non-blank characters per page than this on average: no text layer.
_MIN_CHARS_PER_PAGE = 16

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"

# Control characters a text file has no business containing (\t \n \r \f are fine), and
# U+FFFD, which a strict decoder never produces: the file was already damaged.
_BAD_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")

# Fonts without a proper ToUnicode map (Noto CJK among them) make PDF text extraction
# return Kangxi radicals (U+2F00-U+2FD5, NFKC maps them back) or CJK radicals supplement
# forms instead of the ideographs that look the same: 电⼦ for 电子, 粮⻝ for 粮食.
_RADICAL_RE = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")
_SIMPLIFIED_RADICALS = dict(zip(
    "⻅⻆⻉⻋⻓⻔⻚⻛⻜⻝⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "见角贝车长门页风飞食马鱼鸟卤麦黄黾齐齿龙龟",
    strict=True,
))


@dataclass(frozen=True)
class ReadText:
    """The text of a report file and what is known about the file."""

    text: str
    """Plain text with "\\n" newlines; a PDF's pages each end with "\\n" and are joined by
    "\\f\\n", so a form feed stands on a line of its own between two pages."""
    fmt: str
    """"txt", "docx" or "pdf"."""
    encoding: str
    """The encoding of a text file ("utf-8", "utf-16", "utf-32", "gb18030"); "" otherwise."""
    sha256: str
    """Hex SHA-256 of the file's bytes."""
    size: int
    """The file's size in bytes."""
    pages: int
    """Number of pages of a PDF, 0 for other formats."""


def read_report_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> ReadText:
    """Read a .txt, .docx or .pdf report file into plain text.

    Args:
        path: the file to read. Its format is recognised from its content.
        max_bytes: larger files are refused without being read.

    Returns:
        The text and facts about the file.

    Raises:
        ImportFileError: the file is missing, a folder, empty, too large, unreadable, of an
            unknown or unsupported format, damaged, encrypted, or has no text.
    """
    name = path.name or str(path)
    data = _read_bytes(path, name, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    kind = _sniff(data)
    suffix = path.suffix.lower()

    if kind == "pdf":
        text, pages = _read_pdf(data, name)
        return ReadText(text, "pdf", "", digest, len(data), pages)
    if kind == "zip":
        return ReadText(_read_docx(data, name), "docx", "", digest, len(data), 0)
    if kind == "ole":
        raise _refuse(
            f"“{name}” is either a password-protected (encrypted) Word file or an old Word "
            "97-2003 document (.doc). Open it in Word, remove the password if it has one, save "
            "it as a Word Document (.docx) and import that file.",
            f"“{name}”是设置了密码（已加密）的 Word 文件，或是旧版 Word 97-2003 文档（.doc）。"
            "请在 Word 中打开它，如有密码请先取消密码，另存为 Word 文档（.docx）后再导入。",
        )
    if kind == "rtf":
        raise _refuse(
            f"“{name}” is a Rich Text Format (RTF) file, which cannot be read here. Open it in "
            "Word, save it as a Word Document (.docx) and import that file.",
            f"“{name}”是 RTF 格式文件，本程序无法读取。请在 Word 中打开它，另存为 Word 文档"
            "（.docx）后再导入。",
        )
    if kind.startswith("image:"):
        image = kind.split(":", 1)[1]
        raise _refuse(
            f"“{name}” is an image ({image}), not a report text. Reading text from images "
            "(OCR) is not available here; ask for the Word, PDF or text version of the report.",
            f"“{name}”是图片（{image}），不是报告文本。本程序无法从图片中识别文字（OCR）；"
            "请索取该报告的 Word、PDF 或纯文本版本。",
        )
    if suffix in (".docx", ".docm"):
        raise _refuse(
            f"“{name}” is named like a Word document but is not one: its content is not a "
            "Word (ZIP) package. The file may be damaged or renamed from another format; open "
            "it in Word, save it again as .docx and import the new file.",
            f"“{name}”的扩展名是 Word 文档，但内容不是 Word（ZIP）文件包。该文件可能已损坏，"
            "或由其他格式改名而来；请在 Word 中打开并重新另存为 .docx 后再导入。",
        )
    if suffix == ".pdf":
        raise _refuse(
            f"“{name}” is named like a PDF but does not contain a PDF header. The file may be "
            "damaged or renamed from another format; download or copy it again, or ask for "
            "the Word or text version of the report.",
            f"“{name}”的扩展名是 PDF，但内容不含 PDF 文件头。该文件可能已损坏，或由其他格式"
            "改名而来；请重新下载或复制，或索取该报告的 Word 或纯文本版本。",
        )
    text, encoding = _decode_text(data, name)
    return ReadText(text, "txt", encoding, digest, len(data), 0)


# -- files -------------------------------------------------------------------------------


def _refuse(message_en: str, message_zh: str) -> ImportFileError:
    return ImportFileError(message_en, message_zh)


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def _too_large(name: str, size: int, max_bytes: int) -> ImportFileError:
    return _refuse(
        f"“{name}” is too large to import ({_human_size(size)}; the limit is "
        f"{_human_size(max_bytes)}). Check that this is the report itself, or save the report "
        "as a .docx or text file without images and import that file.",
        f"“{name}”太大，无法导入（{_human_size(size)}，上限为 {_human_size(max_bytes)}）。"
        "请确认这是报告本身，或将报告另存为不含图片的 .docx 或纯文本文件后再导入。",
    )


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking with ``stat`` that it is a regular, non-empty file
    no larger than ``max_bytes``."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError, ValueError) as exc:
        raise _refuse(
            f"“{name}” was not found. Check the file name and folder, then try again.",
            f"找不到文件“{name}”。请检查文件名和所在文件夹，然后重试。",
        ) from exc
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(
            f"“{name}” is a folder, not a file. Choose the report file itself "
            "(.txt, .docx or .pdf).",
            f"“{name}”是文件夹，不是文件。请选择报告文件本身（.txt、.docx 或 .pdf）。",
        )
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(
            f"“{name}” is not an ordinary file (it may be a device or a pipe). Choose the "
            "report file itself (.txt, .docx or .pdf).",
            f"“{name}”不是普通文件（可能是设备或管道）。请选择报告文件本身"
            "（.txt、.docx 或 .pdf）。",
        )
    if info.st_size > max_bytes:
        raise _too_large(name, info.st_size, max_bytes)
    if info.st_size == 0:
        raise _empty(name)
    try:
        with path.open("rb") as handle:
            # One byte more than allowed: the file may have grown since stat().
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise _empty(name)
    return data


def _unreadable(name: str, exc: OSError) -> ImportFileError:
    reason = exc.strerror or type(exc).__name__
    return _refuse(
        f"“{name}” could not be read ({reason}). Check that you may open it and that no other "
        "program is locking it, then try again.",
        f"无法读取文件“{name}”（{reason}）。请确认您有权限打开它，且它没有被其他程序占用，"
        "然后重试。",
    )


def _empty(name: str) -> ImportFileError:
    return _refuse(
        f"“{name}” is empty (0 bytes). Choose the file that contains the report.",
        f"“{name}”是空文件（0 字节）。请选择包含报告内容的文件。",
    )


def _no_text(name: str) -> ImportFileError:
    return _refuse(
        f"“{name}” contains no text. Choose the file that contains the report.",
        f"“{name}”不含任何文字。请选择包含报告内容的文件。",
    )


def _sniff(data: bytes) -> str:
    """The file's kind from its first bytes: pdf, zip, ole, rtf, image:<type> or text."""
    # Readers accept a PDF header anywhere in the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return "zip"
    if data.startswith(_OLE_MAGIC):
        return "ole"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    for magic, image in _IMAGES:
        if data.startswith(magic):
            return f"image:{image}"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image:WebP"
    return "text"


# -- text files --------------------------------------------------------------------------


def _decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file and normalise its newlines; returns (text, encoding)."""
    candidates: list[tuple[str, str]] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            candidates = [(codec, label)]
            break
    else:
        utf16 = _utf16_without_bom(data)
        if utf16:
            candidates.append((utf16, "utf-16"))
        candidates += [("utf-8", "utf-8"), ("gb18030", "gb18030")]
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, ValueError):
            continue
        text = text.removeprefix("\ufeff")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise _no_text(name)
        if _text_problem(text, control_tolerance=0.001) is None:
            return text, label
    raise _refuse(
        f"“{name}” is not a text file in a known encoding (UTF-8, UTF-16 or GB18030), nor a "
        "Word (.docx) or PDF file: it looks like binary data or an unknown encoding. Save the "
        "report as .docx, .pdf or UTF-8 text and import that file.",
        f"“{name}”既不是已知编码（UTF-8、UTF-16 或 GB18030）的文本文件，也不是 Word（.docx）"
        "或 PDF 文件：它看起来是二进制数据或编码无法识别。请将报告另存为 .docx、.pdf 或 "
        "UTF-8 文本后再导入。",
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit at every other position, as ASCII text in
    UTF-16 has them; otherwise None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _text_problem(text: str, *, control_tolerance: float) -> str | None:
    """Why ``text`` does not look like human-readable text, or None if it does.

    Args:
        text: decoded text.
        control_tolerance: the share of stray control characters (and U+FFFD) accepted.
    """
    bad = len(_BAD_CHAR_RE.findall(text))
    if bad > int(len(text) * control_tolerance):
        return "control characters"
    # A sample is enough for the character classes (a Python loop over 50 MB is slow).
    sample = text[:200_000]
    visible = odd = wordlike = 0
    for char in sample:
        if char.isspace():
            continue
        visible += 1
        category = unicodedata.category(char)
        if category in ("Co", "Cn", "Cs"):
            odd += 1
        elif category[0] in "LN":
            wordlike += 1
    if visible == 0:
        return "no visible characters"
    if odd > visible * 0.01:
        return "private-use or unassigned characters"
    if wordlike < visible * 0.3:
        return "too few letters"
    return None


# -- Word documents ----------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# Containers of block content whose paragraphs are read in document order.
_BLOCK_CONTAINERS = {f"{_W}{tag}" for tag in (
    "body", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag",
)}
# Inside a paragraph: subtrees that hold no visible text of the paragraph itself -
# properties, deleted or moved-away text, text boxes (their own paragraphs), phonetic guides
# (ruby) and the fallback copy of alternate content.
_SKIP_INLINE = {f"{_W}{tag}" for tag in (
    "pPr", "rPr", "sdtPr", "del", "moveFrom", "txbxContent", "instrText", "delText", "rt",
)} | {f"{_MC}Fallback"}
_NUMBER_FORMATS = ("decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter")


def _read_docx(data: bytes, name: str) -> str:
    _check_zip(data, name)
    import docx  # python-docx is only needed here; importing it costs ~0.1 s

    try:
        document = docx.Document(io.BytesIO(data))
        text = _DocxText(document).text()
    # python-docx and lxml raise many kinds of errors for damaged parts (KeyError for a
    # missing part, XMLSyntaxError, ValueError, zlib.error ...); all mean the same here.
    except Exception as exc:
        raise _refuse(
            f"“{name}” could not be read as a Word document: it is damaged or not a valid "
            ".docx file. Open it in Word (which can often repair it), save it again as .docx "
            "and import the new file.",
            f"无法将“{name}”作为 Word 文档读取：文件已损坏或不是有效的 .docx 文件。请在 Word "
            "中打开它（Word 通常能修复），重新另存为 .docx 后再导入。",
        ) from exc
    if not text.strip():
        raise _refuse(
            f"“{name}” is a Word document with no text in its body. If the report is in "
            "text boxes, images or an embedded object, ask for a version with ordinary text.",
            f"“{name}”是 Word 文档，但正文中没有任何文字。如果报告内容位于文本框、图片或"
            "嵌入对象中，请索取正文为普通文字的版本。",
        )
    return text


def _check_zip(data: bytes, name: str) -> None:
    """Refuse a ZIP that is damaged, not a Word document or a decompression bomb, looking
    only at its directory (nothing is unpacked).

    Python's zipfile never returns more than an entry's declared size, so the declared
    sizes checked here also bound what python-docx will unpack.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(
            f"“{name}” is a damaged ZIP package and cannot be opened. If it is a Word "
            "document, open it in Word (which can often repair it), save it again as .docx "
            "and import the new file.",
            f"“{name}”是已损坏的 ZIP 文件包，无法打开。如果它是 Word 文档，请在 Word 中打开"
            "（Word 通常能修复），重新另存为 .docx 后再导入。",
        ) from exc
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names and not (
        "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
    ):
        raise _refuse(
            f"“{name}” is a ZIP archive but not a Word document (.docx). If it holds the "
            "report in another format (such as OpenDocument .odt), open it in Word or "
            "LibreOffice, save it as .docx and import that file.",
            f"“{name}”是 ZIP 压缩包，但不是 Word 文档（.docx）。如果其中的报告是其他格式"
            "（如 OpenDocument .odt），请在 Word 或 LibreOffice 中打开并另存为 .docx 后再导入。",
        )
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise _refuse(
            f"“{name}” is a password-protected (encrypted) ZIP package and cannot be read. "
            "Open it in Word, remove the password, save it as .docx and import that file.",
            f"“{name}”是设置了密码（已加密）的 ZIP 文件包，无法读取。请在 Word 中打开它，"
            "取消密码并另存为 .docx 后再导入。",
        )
    too_big = _refuse(
        f"“{name}” would unpack to more data than a Word document plausibly holds (limit "
        f"{_human_size(MAX_UNPACKED_BYTES)}, at most {MAX_COMPRESSION_RATIO}:1 compression, "
        f"{MAX_ZIP_ENTRIES} parts). It may be malformed or a deliberate 'zip bomb', so it was "
        "not opened. Save the report again from Word, without large embedded objects, and "
        "import that file.",
        f"“{name}”解压后的数据量远超 Word 文档的合理范围（上限 "
        f"{_human_size(MAX_UNPACKED_BYTES)}，压缩比不超过 {MAX_COMPRESSION_RATIO}:1，"
        f"最多 {MAX_ZIP_ENTRIES} 个部件）。它可能格式异常或是恶意的“压缩炸弹”，因此未被打开。"
        "请从 Word 重新保存报告（不含大型嵌入对象）后再导入。",
    )
    if len(entries) > MAX_ZIP_ENTRIES:
        raise too_big
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise too_big
    for entry in entries:
        if (
            entry.file_size > _RATIO_MIN_BYTES
            and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)
        ):
            raise too_big


class _DocxText:
    """The text of a python-docx ``Document``.

    * Paragraphs of the body in document order, blank paragraphs dropped, separated by a
      blank line; a line break inside a paragraph becomes a newline.
    * Tables are read where they stand: every cell's paragraphs in row order, one block
      each. Text boxes, headers, footers, comments and endnotes are left out; so is deleted
      text of tracked changes (inserted text is kept).
    * Automatic numbering (``w:numPr`` on the paragraph or its style, or a level bound to
      the style) is written out for level-0 items in decimal, Roman or letter formats with
      the level's text pattern (``%1.`` gives ``"3. "``): one running counter per list
      (``numId``) starting at the level's start value or ``startOverride``. Not rendered:
      bullets, deeper levels (they do not reset the level-0 counter), other number formats,
      ``lvlRestart``, ``isLgl`` and lists continued across different ``numId``\\ s of one
      abstract definition.
    * Footnotes: the marker is written where the reference stands, glued to the preceding
      text as in a PDF (``word3``), numbered 1, 2, ... in order of reference; the notes
      themselves follow the body after a line of 20 spaces, one per line as ``N text``.
      Custom reference marks are kept as written and their notes left out.
    """

    def __init__(self, document: Any):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        self._part = document.part
        self._styles = self._read_styles(document.styles.element)
        self._numbering = self._related_xml(RT.NUMBERING)
        self._footnotes = self._related_xml(RT.FOOTNOTES)
        self._body = document.element.body
        self._counters: dict[str, int] = {}
        self._levels: dict[str, tuple[str, str, int] | None] = {}
        self._note_numbers: dict[str, int] = {}

    def text(self) -> str:
        blocks = list(self._blocks(self._body))
        notes = self._footnote_lines()
        if notes:
            blocks.append(" " * 20 + "\n" + "\n".join(notes))
        return "\n\n".join(blocks) + "\n"

    # reading parts

    def _related_xml(self, reltype: str) -> Any:
        from lxml import etree

        try:
            part = self._part.part_related_by(reltype)
        except KeyError:
            return None
        element = getattr(part, "element", None)
        if element is not None:
            return element
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return etree.fromstring(part.blob, parser)

    @staticmethod
    def _read_styles(styles: Any) -> dict[str, tuple[str | None, str | None, str | None]]:
        """styleId -> (numId, ilvl, basedOn) for paragraph styles; key "" is the default."""
        table: dict[str, tuple[str | None, str | None, str | None]] = {}
        for style in styles.iterchildren(f"{_W}style"):
            if style.get(f"{_W}type") != "paragraph":
                continue
            num_id, ilvl = _num_pr(style.find(f"{_W}pPr"))
            based = style.find(f"{_W}basedOn")
            entry = (num_id, ilvl, based.get(f"{_W}val") if based is not None else None)
            style_id = style.get(f"{_W}styleId") or ""
            table[style_id] = entry
            if style.get(f"{_W}default") in ("1", "true", "on"):
                table[""] = (*entry[:2], style_id)
        return table

    # body

    def _blocks(self, container: Any) -> Iterator[str]:
        for child in container.iterchildren():
            if child.tag == f"{_W}p":
                text = self._paragraph(child)
                if text:
                    yield text
            elif child.tag in _BLOCK_CONTAINERS:
                yield from self._blocks(child)

    def _paragraph(self, paragraph: Any) -> str:
        prefix = self._number(paragraph)
        pieces: list[str] = []
        self._inline(paragraph, pieces)
        lines = [line.strip() for line in "".join(pieces).split("\n")]
        text = "\n".join(line for line in lines if line)
        if not text:
            return ""
        return prefix + text

    def _inline(self, element: Any, out: list[str]) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag == f"{_W}footnoteReference":
                if child.get(f"{_W}customMarkFollows") not in ("1", "true", "on"):
                    note_id = child.get(f"{_W}id") or ""
                    number = self._note_numbers.setdefault(note_id, len(self._note_numbers) + 1)
                    out.append(str(number))
            else:
                self._inline(child, out)

    # numbering

    def _number(self, paragraph: Any) -> str:
        num_id, ilvl = self._numbering_of(paragraph)
        if not num_id or num_id == "0" or ilvl != 0:
            return ""
        level = self._level0(num_id)
        if level is None:
            return ""
        fmt, pattern, start = level
        count = self._counters.get(num_id, start - 1) + 1
        self._counters[num_id] = count
        if fmt not in _NUMBER_FORMATS:
            return ""
        label = pattern.replace("%1", _format_number(count, fmt)).strip()
        return f"{label} " if label else ""

    def _numbering_of(self, paragraph: Any) -> tuple[str | None, int]:
        """(numId, level) of a paragraph: its own numPr, else its style chain's."""
        ppr = paragraph.find(f"{_W}pPr")
        num_id, ilvl = _num_pr(ppr)
        style_ref = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = style_ref.get(f"{_W}val") if style_ref is not None else ""
        numbered_style: str | None = None
        seen: set[str] = set()
        current: str | None = style_id or self._styles.get("", (None, None, None))[2]
        while current and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            style_num, style_ilvl, based = self._styles.get(current, (None, None, None))
            if num_id is None and style_num is not None:
                num_id, numbered_style = style_num, current
            if ilvl is None and style_ilvl is not None:
                ilvl = style_ilvl
            current = based
        if num_id is None:
            return None, 0
        if ilvl is None and numbered_style is not None:
            # A style bound to a level of the list (w:lvl/w:pStyle) gets that level.
            bound = self._level_for_style(num_id, numbered_style)
            if bound is not None:
                return num_id, bound
        try:
            return num_id, int(ilvl or 0)
        except ValueError:
            return num_id, 0

    def _abstract(self, num_id: str) -> tuple[Any, Any]:
        """(w:num, w:abstractNum) of a list, following one numStyleLink hop."""
        if self._numbering is None:
            return None, None
        num = _find(self._numbering, "num", "numId", num_id)
        if num is None:
            return None, None
        ref = num.find(f"{_W}abstractNumId")
        abstract = _find(self._numbering, "abstractNum", "abstractNumId",
                         ref.get(f"{_W}val") if ref is not None else None)
        link = abstract.find(f"{_W}numStyleLink") if abstract is not None else None
        if link is not None:
            linked_num = self._styles.get(link.get(f"{_W}val") or "", (None, None, None))[0]
            if linked_num is not None and linked_num != num_id:
                linked = _find(self._numbering, "num", "numId", linked_num)
                ref = linked.find(f"{_W}abstractNumId") if linked is not None else None
                abstract = _find(self._numbering, "abstractNum", "abstractNumId",
                                 ref.get(f"{_W}val") if ref is not None else None)
        return num, abstract

    def _level_for_style(self, num_id: str, style_id: str) -> int | None:
        _, abstract = self._abstract(num_id)
        if abstract is None:
            return None
        for lvl in abstract.iterchildren(f"{_W}lvl"):
            bound = lvl.find(f"{_W}pStyle")
            if bound is not None and bound.get(f"{_W}val") == style_id:
                try:
                    return int(lvl.get(f"{_W}ilvl") or 0)
                except ValueError:
                    return None
        return None

    def _level0(self, num_id: str) -> tuple[str, str, int] | None:
        """(numFmt, lvlText, start) of level 0 of a list, or None if it is not defined."""
        if num_id in self._levels:
            return self._levels[num_id]
        num, abstract = self._abstract(num_id)
        level = None
        start_override = None
        if num is not None:
            for override in num.iterchildren(f"{_W}lvlOverride"):
                if (override.get(f"{_W}ilvl") or "0") != "0":
                    continue
                start_override = _int_val(override.find(f"{_W}startOverride"))
                level = override.find(f"{_W}lvl")
        if level is None and abstract is not None:
            level = _find(abstract, "lvl", "ilvl", "0")
        result = None
        if level is not None:
            fmt_el = level.find(f"{_W}numFmt")
            fmt = (fmt_el.get(f"{_W}val") if fmt_el is not None else None) or "decimal"
            text_el = level.find(f"{_W}lvlText")
            pattern = text_el.get(f"{_W}val") if text_el is not None else None
            start = _int_val(level.find(f"{_W}start"))
            if start_override is not None:
                start = start_override
            result = (fmt, "%1." if pattern is None else pattern, 0 if start is None else start)
        self._levels[num_id] = result
        return result

    # footnotes

    def _footnote_lines(self) -> list[str]:
        if self._footnotes is None or not self._note_numbers:
            return []
        notes = {
            note.get(f"{_W}id"): note for note in self._footnotes.iterchildren(f"{_W}footnote")
        }
        lines = []
        for note_id, number in self._note_numbers.items():
            note = notes.get(note_id)
            if note is None:
                continue
            paragraphs = []
            for paragraph in note.iterchildren(f"{_W}p"):
                pieces: list[str] = []
                self._inline(paragraph, pieces)
                paragraphs.append(" ".join("".join(pieces).split()))
            text = " ".join(p for p in paragraphs if p)
            if text:
                lines.append(f"{number} {text}")
        return lines


def _find(parent: Any, tag: str, attribute: str, value: str | None) -> Any:
    if value is None:
        return None
    for child in parent.iterchildren(f"{_W}{tag}"):
        if child.get(f"{_W}{attribute}") == value:
            return child
    return None


def _int_val(element: Any) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(f"{_W}val"))
    except (TypeError, ValueError):
        return None


def _num_pr(ppr: Any) -> tuple[str | None, str | None]:
    """(numId, ilvl) of a w:pPr's w:numPr, each None if absent."""
    if ppr is None:
        return None, None
    num_pr = ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None, None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    return (
        num_id.get(f"{_W}val") if num_id is not None else None,
        ilvl.get(f"{_W}val") if ilvl is not None else None,
    )


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word's letters: a..z, then aa..zz, then aaa..
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(value)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = ""
    for number, symbol in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while value >= number:
            out += symbol
            value -= number
    return out


# -- PDF ---------------------------------------------------------------------------------


def _read_pdf(data: bytes, name: str) -> tuple[str, int]:
    """The text of a PDF and its number of pages.

    Each page is ``extract_text()`` of pypdf with newlines normalised, tabs (pypdf's guess
    for a wide gap) turned into spaces, form feeds into newlines and CJK radicals into the
    ideographs they stand for. Pages each end with a newline and are joined by "\\f\\n".
    """
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    damaged = _refuse(
        f"“{name}” is a damaged or incomplete PDF file and cannot be read. Download or copy "
        "it again, or ask for the Word or text version of the report.",
        f"“{name}”是已损坏或不完整的 PDF 文件，无法读取。请重新下载或复制该文件，或索取该"
        "报告的 Word 或纯文本版本。",
    )
    encrypted = _refuse(
        f"“{name}” is a password-protected (encrypted) PDF and cannot be read. Save or print "
        "it as a PDF without a password in a PDF reader, or ask for the Word or text version "
        "of the report.",
        f"“{name}”是设置了密码（已加密）的 PDF 文件，无法读取。请在 PDF 阅读器中将其另存或"
        "打印为不带密码的 PDF，或索取该报告的 Word 或纯文本版本。",
    )
    # pypdf raises a wide variety of errors on damaged input (PdfReadError, but also
    # KeyError, ValueError, TypeError, AttributeError, zlib.error, RecursionError ...), so
    # everything raised inside these calls is caught.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise encrypted
        page_count = len(reader.pages)
    except ImportFileError:
        raise
    except DependencyError as exc:
        # AES encryption needs the cryptography package, which is not bundled.
        raise encrypted from exc
    except Exception as exc:
        raise damaged from exc
    if page_count == 0:
        raise damaged
    if page_count > MAX_PDF_PAGES:
        raise _refuse(
            f"“{name}” has {page_count} pages, more than the {MAX_PDF_PAGES} pages read from a "
            "PDF here. A CPM paper is much shorter: check that this is the right file.",
            f"“{name}”共有 {page_count} 页，超过本程序可读取的 {MAX_PDF_PAGES} 页上限。CPM "
            "文件远比这短：请确认选择的文件是否正确。",
        )
    pages: list[str] = []
    try:
        for page in reader.pages:
            pages.append(_clean_pdf_page(page.extract_text()))
    except DependencyError as exc:
        raise encrypted from exc
    except Exception as exc:
        raise damaged from exc

    text = "\f\n".join(pages)
    chars = sum(1 for char in text if not char.isspace())
    if chars < _MIN_CHARS_PER_PAGE * page_count:
        raise _refuse(
            f"“{name}” has no text layer (it may be a scan): its {page_count} page(s) contain "
            "no text that can be extracted. OCR is not available here; ask for the Word or "
            "text version of the report.",
            f"“{name}”没有文字层（可能是扫描件）：其 {page_count} 页中没有可提取的文字。本程序"
            "不提供文字识别（OCR）；请索取该报告的 Word 或纯文本版本。",
        )
    if _text_problem(text, control_tolerance=0.01) is not None:
        raise _refuse(
            f"“{name}” has a text layer that cannot be decoded (its fonts do not map their "
            "characters to Unicode), so the extracted text would be garbage. Ask for the Word "
            "or text version of the report.",
            f"“{name}”的文字层无法解码（其字体没有对应的 Unicode 映射），提取出的文字将是"
            "乱码。请索取该报告的 Word 或纯文本版本。",
        )
    return text, page_count


def _clean_pdf_page(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\t", " ")
    text = _RADICAL_RE.sub(_unradical, text)
    return text.rstrip("\n") + "\n"


def _unradical(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _SIMPLIFIED_RADICALS:
        return _SIMPLIFIED_RADICALS[char]
    return unicodedata.normalize("NFKC", char)
