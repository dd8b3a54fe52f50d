"""Parse the plain text of a CPM paper into its title block, numbered paragraphs, parts and
footnotes. One parser serves both ``db.build`` (curated reports) and the importer (new files).

The text is a PDF extraction with artefacts (see ``shared/reference/glossary.yaml``,
``text_oddities``): every visual line is followed by a blank line, words are split across
lines, footnote blocks are inserted mid-paragraph at page breaks, new pages start with a
space and footnote markers are digits glued to the word before them.  This module undoes
those artefacts and nothing else: the paragraph text it returns is what quotations are
checked against, so it must stay a faithful copy of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# "I. 第 1 部分：国际组织" or "I. Part 1: International organizations" -- a part heading
# (Roman numeral, ASCII full stop), in Chinese or English.
_PART_RE = re.compile(r"^\s*([IVX]+)\.\s*(?:第\s*(\d+)\s*部分|Part\s+(\d+))\s*[：:]\s*(.+?)\s*$")
# "3. 联合国…" -- a numbered paragraph; pages start with a space, so allow leading blanks.
_PARA_RE = re.compile(r"^\s*(\d{1,3})\.\s+(.*)$")
# A footnote separator: a line of nothing but many spaces.
_SEPARATOR_RE = re.compile(r"^ {10,}$")
# A footnote's first line: "1 国际植检门户网站…".
_FOOTNOTE_RE = re.compile(r"^(\d{1,2})\s+(.*)$")
_URL_RE = re.compile(r"https?://\S+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


class ParseError(ValueError):
    """The report text does not have the structure the parser expects."""


@dataclass
class Footnote:
    number: int
    paragraph: int
    text: str
    url: str | None


@dataclass
class Paragraph:
    number: int
    part: int | None
    text: str
    first_line: int
    last_line: int


@dataclass
class Part:
    number: int
    roman: str
    title: str
    line: int


@dataclass
class Report:
    header_lines: list[str]
    parts: list[Part]
    paragraphs: list[Paragraph]
    footnotes: list[Footnote] = field(default_factory=list)

    def paragraph(self, number: int) -> Paragraph:
        for para in self.paragraphs:
            if para.number == number:
                return para
        raise KeyError(number)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: no separator for CJK, one space between two Latin words."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(line[0]):
            out += " "
        out += line
    return out


def parse_report(text: str) -> Report:
    """Split the report into header, parts, paragraphs and footnotes.

    Raises:
        ParseError: when paragraph numbers are not consecutive from 1 or a footnote marker
            cannot be found in the body.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header: list[str] = []
    parts: list[Part] = []
    paragraphs: list[Paragraph] = []
    footnotes_raw: list[tuple[int, list[str], int]] = []  # number, lines, paragraph
    current: list[str] | None = None
    current_start = 0
    current_number = 0
    current_part: int | None = None
    in_footnote = False
    expected = 1

    def close(last_line: int) -> None:
        nonlocal current
        if current is not None:
            paragraphs.append(
                Paragraph(current_number, current_part_of_para, join_lines(current),
                          current_start, last_line)
            )
        current = None

    current_part_of_para: int | None = None
    last_content_line = 0
    for index, raw in enumerate(lines, start=1):
        if in_footnote:
            # A footnote block runs until the page resumes with an indented line.
            if raw[:1].isspace() and raw.strip():
                in_footnote = False
            else:
                if raw.strip():
                    match = _FOOTNOTE_RE.match(raw.strip())
                    if match and (not footnotes_raw or footnotes_raw[-1][1]):
                        footnotes_raw.append((int(match.group(1)), [match.group(2)],
                                              current_number))
                    elif footnotes_raw:
                        footnotes_raw[-1][1].append(raw.strip())
                continue
        if _SEPARATOR_RE.match(raw):
            in_footnote = True
            continue
        part_match = _PART_RE.match(raw)
        if part_match:
            close(last_content_line)
            current_part = int(part_match.group(2) or part_match.group(3))
            parts.append(Part(current_part, part_match.group(1),
                              part_match.group(4).strip(), index))
            continue
        para_match = _PARA_RE.match(raw)
        if para_match and int(para_match.group(1)) == expected:
            close(last_content_line)
            current_number = expected
            current_part_of_para = current_part
            current_start = index
            current = [para_match.group(2)]
            expected += 1
            last_content_line = index
            continue
        if current is None:
            if raw.strip() and not paragraphs:
                header.append(raw.strip())
            elif raw.strip():
                raise ParseError(f"line {index}: text outside any paragraph: {raw.strip()[:40]}")
            continue
        if raw.strip():
            current.append(raw)
            last_content_line = index
    close(last_content_line)
    if not paragraphs:
        raise ParseError("no numbered paragraphs found")

    footnotes: list[Footnote] = []
    for number, note_lines, _para in footnotes_raw:
        joined = " ".join(line for line in note_lines)
        urls = _URL_RE.findall(joined)
        url = urls[-1].rstrip(".") if urls else None
        label = _URL_RE.sub("", joined).strip()
        located = _strip_marker(paragraphs, number)
        footnotes.append(Footnote(number, located, label, url))
    return Report(header, parts, paragraphs, footnotes)


def _strip_marker(paragraphs: list[Paragraph], number: int) -> int:
    """Remove footnote marker ``number`` (a digit glued after CJK text, or after a Latin
    word or closing quote in English) from the body."""
    marker = re.compile(rf"(?<=[{_CJK}”》）]){number}(?=[，。：；、（]|$)"
                        rf"|(?<=[A-Za-z”’)]){number}(?=[,.:;\s(]|$)")
    for para in paragraphs:
        if marker.search(para.text):
            para.text = marker.sub("", para.text, count=1)
            return para.number
    raise ParseError(f"footnote {number}: its marker was not found in any paragraph")


def load_report(path: Path) -> Report:
    return parse_report(path.read_text(encoding="utf-8"))
