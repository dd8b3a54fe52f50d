"""Parse the plain text of a CPM paper into its title block, numbered paragraphs, parts and
footnotes. One parser serves both ``db.build`` (curated reports) and the importer (new files).

The text is a PDF or Word extraction with artefacts (see ``shared/reference/glossary.yaml``,
``text_oddities``): every visual line may be followed by a blank line, words are split across
lines (English ones with a hyphen), footnote blocks sit at the bottom of a page (before a form
feed ``\\f``, or after a line of spaces when the export has no page breaks), new pages start
with a space or with page furniture (a page number, the document symbol) and footnote markers
are digits glued to the word before them. This module undoes those artefacts and nothing
else: the paragraph text it returns is what quotations are checked against, so it must stay a
faithful copy of the report.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

# "I. 第 1 部分：国际组织" or "I. Part 1: International organizations" -- a part heading
# (Roman numeral, ASCII full stop), in Chinese or English.
_PART_RE = re.compile(r"^\s*([IVX]+)\.\s*(?:第\s*(\d+)\s*部分|Part\s+(\d+))\s*[：:]\s*(.+?)\s*$")
# Other part headings real papers use: "Part 1 – Title", "PART I: Title", "II. Part 2 - Title",
# "第二部分：标题". Accepted only when they continue the numbering of the parts before them.
_PART_ALT_RE = re.compile(
    r"^\s*(?:([IVX]+)\.\s*)?(?:(?:Part|PART)\s+(\d{1,2}|[IVX]+)|第\s*([0-9一二三四五六七八九十]+)\s*部分)"
    r"\s*(?:[：:.]|\s[–—-])\s*(.+?)\s*$")
# "V. Recommendations": a bare Roman heading, accepted only as the next part number and with
# a capitalised (or Chinese) title, so that "X. fastidiosa" at the start of a line is text.
_PART_ROMAN_RE = re.compile(r"^\s*([IVX]{1,5})\.\s+([A-Z\u3400-\u9fff].{0,100}?)\s*$")
# "3. 联合国…" or "[3] The…" -- a numbered paragraph; pages start with a space, so allow
# leading blanks.
_PARA_RE = re.compile(r"^\s*(?:(\d{1,3})\.|\[(\d{1,3})\])\s+(.*)$")
# A footnote separator: a line of nothing but many spaces.
_SEPARATOR_RE = re.compile(r"^ {10,}$")
# A rule some exports print above the footnotes of a page: "__________".
_RULE_RE = re.compile(r"^\s*[_\-–—]{5,}\s*$")
# A footnote's first line: "1 国际植检门户网站…".
_FOOTNOTE_RE = re.compile(r"^(\d{1,2})\s+(.*)$")
_URL_RE = re.compile(r"https?://\S+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_LATIN_RE = re.compile(r"[A-Za-z]")
# A space goes between two wrapped lines of Latin text: after a word or its punctuation,
# before a word or an opening bracket or quote.
_LATIN_END = re.compile(r"[A-Za-z0-9.,;:!?)\]”’%]")
_LATIN_START = re.compile(r"[A-Za-z0-9(\[“‘]")
# Page furniture at the top or bottom of a page: "Page 2 of 5", "第 2 页，共 5 页", "- 2 -".
_FURNITURE_RE = re.compile(
    r"^\s*(?:(?:Page|page|PAGE)\s*\d+(?:\s*(?:of|/)\s*\d+)?|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?"
    r"|[-–—]?\s*\d{1,3}\s*[-–—]?|\d+\s*/\s*\d+)\s*$")

# Hyphenated English words across lines ("organi-" + "zation") are joined unless the part
# before the hyphen is one of these prefixes, which usually make real compounds ("e-commerce",
# "co-host", "non-governmental"). The document's own spelling elsewhere overrides both ways.
KEEP_HYPHEN_PREFIXES = frozenset(
    {"e", "co", "non", "post", "pre", "sub", "inter", "self", "cross", "multi", "anti",
     "semi", "ex", "well", "mid", "long", "short", "high", "low", "cost", "risk", "pest",
     "plant", "follow", "third", "two", "three"})
_HYPHEN_END_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]?[a-z]+)-$")
_LOWER_START_RE = re.compile(r"[a-z]+")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


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
    #: Unnumbered lines between the heading and its first paragraph (sub-headings such as
    #: "A. Background" in real papers), joined; "" when there are none.
    subheading: str = ""


@dataclass
class TitleBlock:
    """What the lines before paragraph 1 say about the paper; "" / None where they don't."""

    body: str = ""  # "植物检疫措施委员会" / "Commission on Phytosanitary Measures"
    session: str = ""  # the session line as printed: "第十五届会议", "Fifteenth session"
    session_number: int | None = None  # 15
    session_dates: str = ""  # ISO 8601 date or range: "2021-03-30/2021-04-03"
    place: str = ""  # "罗马", "Rome"
    agenda_item: str = ""  # "15.1"
    title: str = ""  # the paper's title
    prepared_by: str = ""  # "《国际植保公约》秘书处编写", "Prepared by the IPPC Secretariat"
    symbol: str = ""  # document symbol, e.g. "CPM 2021/15"
    language: str = ""  # "zh" when Chinese characters dominate the text, else "en"


@dataclass
class Report:
    header_lines: list[str]
    parts: list[Part]
    paragraphs: list[Paragraph]
    footnotes: list[Footnote] = field(default_factory=list)
    title_block: TitleBlock = field(default_factory=TitleBlock)
    #: Number of the closing decision paragraph ("提请植检委…", "The CPM is invited to…").
    decision_paragraph: int | None = None

    def paragraph(self, number: int) -> Paragraph:
        for para in self.paragraphs:
            if para.number == number:
                return para
        raise KeyError(number)

    @property
    def language(self) -> str:
        return self.title_block.language


def join_lines(lines: list[str], vocabulary: Collection[str] | None = None) -> str:
    """Join wrapped lines: no separator for CJK, one space between two Latin words (or a
    Latin word's punctuation and the next word).

    An English word hyphenated at the end of a line ("organi-" + "zation") is joined without
    its hyphen when the part before the hyphen is lowercase letters (an initial capital
    allowed) and the next line starts with a lowercase letter; the hyphen is kept (and no
    space added) after a prefix of :data:`KEEP_HYPHEN_PREFIXES` ("e-" + "commerce"). When
    ``vocabulary`` (lowercase words and hyphenated compounds of the whole document, see
    :func:`latin_vocabulary`) has only one of the two spellings, that spelling wins.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out.endswith("-"):
            left = _HYPHEN_END_RE.search(out)
            right = _LOWER_START_RE.match(line)
            if left and right:
                if _drop_hyphen(left.group(1), right.group(0), vocabulary):
                    out = out[:-1]
                out += line
                continue
        if out and _LATIN_END.match(out[-1]) and _LATIN_START.match(line[0]):
            out += " "
        out += line
    return out


def _drop_hyphen(left: str, right: str, vocabulary: Collection[str] | None) -> bool:
    joined = (left + right).lower()
    hyphenated = f"{left}-{right}".lower()
    if vocabulary:
        if hyphenated in vocabulary and joined not in vocabulary:
            return False
        if joined in vocabulary and hyphenated not in vocabulary:
            return True
    return left.lower() not in KEEP_HYPHEN_PREFIXES


def latin_vocabulary(text: str) -> set[str]:
    """Lowercase Latin words and hyphenated compounds written whole (not across a line
    break) anywhere in ``text``: the evidence :func:`join_lines` uses for hyphens."""
    words: set[str] = set()
    for match in _WORD_RE.finditer(text):
        word = match.group(0).lower()
        words.add(word)
        if "-" in word:
            words.update(word.split("-"))
    return words


@dataclass
class _Line:
    """One nonblank line put into a paragraph or the header, remembered for the end of its
    page (where a footnote block may have to be taken back out of it)."""

    index: int
    raw: str
    container: list[str] | None  # the list it went into; None for a heading or a number


def parse_report(text: str) -> Report:
    """Split the report into title block, parts, paragraphs and footnotes.

    Paragraphs are numbered consecutively from 1 ("3. …" or "[3] …"); a number out of
    sequence is text. Lines between a part heading and its first paragraph are the part's
    ``subheading``; the lines before paragraph 1 make the title block.

    Raises:
        ParseError: when there is no numbered paragraph, or a footnote marker cannot be
            found in the body.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paginated = "\f" in text
    vocabulary = latin_vocabulary(text)
    header: list[str] = []
    parts: list[Part] = []
    paragraphs: list[Paragraph] = []
    footnotes_raw: list[tuple[int, list[str], int]] = []  # number, lines, paragraph
    current: list[str] | None = None
    current_start = 0
    current_number = 0
    current_part: int | None = None
    current_part_of_para: int | None = None
    in_footnote = False
    expected = 1
    last_content_line = 0
    page: list[_Line] = []  # nonblank lines of the current page, in order
    page_top = paginated  # still above the first line of text of this page
    symbol = ""  # the document symbol, once the title block gave it (page headers repeat it)

    def close(last_line: int) -> None:
        nonlocal current
        if current is not None:
            paragraphs.append(
                Paragraph(current_number, current_part_of_para,
                          join_lines(current, vocabulary), current_start, last_line)
            )
        current = None

    def end_page() -> None:
        """At a page break (and the end of a paginated text): drop page furniture from the
        bottom of the page and move a footnote block found there to the footnotes."""
        nonlocal page, page_top, in_footnote
        while page and page[-1].container is not None and _FURNITURE_RE.match(page[-1].raw):
            _take_back(page.pop())
        block = _page_footnotes(page, footnotes_raw[-1][0] + 1 if footnotes_raw else 1)
        if block is not None:
            taken = page[block:]
            del page[block:]
            for line in reversed(taken):
                _take_back(line)
            if page and page[-1].container is not None and _RULE_RE.match(page[-1].raw):
                _take_back(page.pop())
            for line in taken:
                stripped = line.raw.strip()
                match = _FOOTNOTE_RE.match(stripped)
                number = int(match.group(1)) if match else -1
                if match and (not footnotes_raw or number == footnotes_raw[-1][0] + 1
                              or line is taken[0]):
                    footnotes_raw.append((number, [match.group(2)], current_number))
                else:
                    footnotes_raw[-1][1].append(stripped)
        page = []
        page_top = True
        in_footnote = False

    for index, raw in _lines_and_breaks(text):
        if raw is None:
            end_page()
            continue
        if page_top and raw.strip():
            # Page headers: a page number, "Page 2 of 5", the document's own symbol.
            if _FURNITURE_RE.match(raw) or (symbol and raw.strip().startswith(symbol)):
                continue
            page_top = False
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
        part = _part_heading(raw, parts)
        if part is not None:
            close(last_content_line)
            current_part = part[0]
            parts.append(Part(part[0], part[1], part[2], index))
            page.append(_Line(index, raw, None))
            continue
        para_match = _PARA_RE.match(raw)
        if para_match and int(para_match.group(1) or para_match.group(2)) == expected:
            if expected == 1 and not symbol:
                symbol = _document_symbol(header)
            close(last_content_line)
            current_number = expected
            current_part_of_para = current_part
            current_start = index
            current = [para_match.group(3)]
            expected += 1
            last_content_line = index
            page.append(_Line(index, raw, None))
            continue
        if current is None:  # before paragraph 1, or between a part heading and a paragraph
            if raw.strip() and parts:
                parts[-1].subheading = join_lines([parts[-1].subheading, raw], vocabulary)
                page.append(_Line(index, raw, None))
            elif raw.strip():
                header.append(raw.strip())
                page.append(_Line(index, raw, header))
            continue
        if raw.strip():
            current.append(raw)
            page.append(_Line(index, raw, current))
            last_content_line = index
    if paginated:
        end_page()
    close(last_content_line)
    if not paragraphs:
        raise ParseError("no numbered paragraphs found")

    footnotes: list[Footnote] = []
    for number, note_lines, _para in footnotes_raw:
        joined = _join_note(note_lines)
        urls = _URL_RE.findall(joined)
        url = urls[-1].rstrip(".") if urls else None
        label = _URL_RE.sub("", joined).strip()
        located = _strip_marker(paragraphs, number)
        footnotes.append(Footnote(number, located, label, url))
    title_block = parse_title_block(header, text)
    return Report(header, parts, paragraphs, footnotes, title_block,
                  _decision_paragraph(paragraphs))


def _join_note(lines: list[str]) -> str:
    """A footnote's lines joined by spaces, except inside a URL wrapped after a "/" (or "-",
    "_", "=", "&", "?", "#"): the URL continues on the next line."""
    out = ""
    for line in lines:
        if out and not (_URL_RE.search(out.rsplit(" ", 1)[-1]) and out[-1] in "/-_=&?#"
                        and not line[:1].isspace() and not _CJK_RE.match(line)):
            out += " "
        out += line
    return out


def load_report(path: Path) -> Report:
    return parse_report(path.read_text(encoding="utf-8"))


def _lines_and_breaks(text: str) -> list[tuple[int, str | None]]:
    """``(line number, line)`` for every line, with ``(line number, None)`` where a form feed
    breaks the page (a line "a\\fb" gives "a", the break, then "b", all on one number)."""
    out: list[tuple[int, str | None]] = []
    for index, raw in enumerate(text.split("\n"), start=1):
        pieces = raw.split("\f")
        for position, piece in enumerate(pieces):
            if position:
                out.append((index, None))
            if piece or len(pieces) == 1:
                out.append((index, piece))
    return out


def _take_back(line: _Line) -> None:
    """Remove ``line`` (the last one put there) from the paragraph or header it went into."""
    if line.container and line.container[-1] in (line.raw, line.raw.strip()):
        line.container.pop()


def _page_footnotes(page: list[_Line], number: int) -> int | None:
    """Index in ``page`` where a footnote block at its bottom starts, or None.

    The block starts with footnote ``number`` ("3 text…") whose marker (a digit glued to a
    word) is in the page text above it; everything after it to the bottom of the page
    (further footnotes, wrapped lines, URLs) belongs to the block, which must follow the last
    heading or paragraph start of the page. Of several candidates the last one wins: a wrapped
    line of text that happens to start with "1 April…" sits above the real footnotes.
    """
    marker = _marker_re(number)
    best: int | None = None
    for position in range(len(page) - 1, max(-1, len(page) - 16), -1):
        line = page[position]
        if line.container is None:
            break
        match = _FOOTNOTE_RE.match(line.raw.strip())
        if not match or int(match.group(1)) != number:
            continue
        above = "\n".join(item.raw.strip() for item in page[:position])
        if marker.search(above):
            best = position
            break
    if best is None:
        return None
    container = page[best].container
    if any(item.container is not container for item in page[best:]):
        return None
    return best


def _part_heading(raw: str, parts: list[Part]) -> tuple[int, str, str] | None:
    """``(number, roman, title)`` when ``raw`` is a part heading."""
    match = _PART_RE.match(raw)
    if match:
        return int(match.group(2) or match.group(3)), match.group(1), match.group(4).strip()
    following = parts[-1].number + 1 if parts else 1
    match = _PART_ALT_RE.match(raw)
    if match:
        roman, label, chinese, title = match.groups()
        if label:
            number = int(label) if label.isdigit() else _roman_value(label)
        else:
            number = _chinese_number(chinese)
        if number == following and (not roman or _roman_value(roman) == number):
            return number, roman or _roman(number), title.strip()
        return None
    match = _PART_ROMAN_RE.match(raw)
    if match and _roman_value(match.group(1)) == following and not _PARA_RE.match(raw):
        title = match.group(2).strip()
        if not title.endswith(("。", ".", "，", ",", "；", ";")):
            return following, match.group(1), title
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(text: str) -> int:
    total = 0
    for position, char in enumerate(text):
        value = _ROMAN.get(char, 0)
        following = _ROMAN.get(text[position + 1], 0) if position + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}


def _chinese_number(text: str) -> int:
    """"十五" -> 15, "九十九" -> 99, "一百零一" -> 101; Arabic digits pass through."""
    if text.isdigit():
        return int(text)
    total = 0
    digit = 0
    for char in text:
        if char in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[char]
        elif char == "十":
            total += (digit or 1) * 10
            digit = 0
        elif char == "百":
            total += (digit or 1) * 100
            digit = 0
    return total + digit


def _decision_paragraph(paragraphs: list[Paragraph]) -> int | None:
    if paragraphs and _DECISION_RE.search(paragraphs[-1].text[:120]):
        return paragraphs[-1].number
    return None


_DECISION_RE = re.compile(
    r"^\s*(?:提请|请)(?:植检委|植物检疫措施委员会)"
    r"|^\s*The\s+(?:CPM|Commission(?:\s+on\s+Phytosanitary\s+Measures)?(?:\s*\(CPM\))?)"
    r"\s+is\s+(?:invited|requested)\s+to", re.IGNORECASE)


def _strip_marker(paragraphs: list[Paragraph], number: int) -> int:
    """Remove footnote marker ``number`` (a digit glued after CJK text, or after a Latin
    word or closing quote in English) from the body."""
    marker = _marker_re(number)
    for para in paragraphs:
        if marker.search(para.text):
            para.text = marker.sub("", para.text, count=1)
            return para.number
    raise ParseError(f"footnote {number}: its marker was not found in any paragraph")


def _marker_re(number: int) -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_CJK}”》）]){number}(?=[，。：；、（]|$)"
                      rf"|(?<=[A-Za-z”’)]){number}(?=[,.:;\s(]|$)", re.MULTILINE)


# -- the title block -------------------------------------------------------------------------

_SYMBOL_RE = re.compile(r"\bCPM\s+\d{4}/(?:[A-Z]+/)?\d+\b")
_AGENDA_RE = re.compile(r"(?:议题|议程项目|Agenda\s+item)\s*[:：]?\s*(\d+(?:\.\d+)*)", re.I)
_BODY_FORMS = ("植物检疫措施委员会", "Commission on Phytosanitary Measures")
_SESSION_ZH_RE = re.compile(r"第\s*([零〇一二两三四五六七八九十百\d]+)\s*届(?:会议)?")
_SESSION_EN_RE = re.compile(
    r"\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?[a-z]+"
    r"|\d{1,3}(?:st|nd|rd|th))\s+session\b", re.I)
_PREPARED_RE = re.compile(r"^(?:Prepared\s+by\b|由.+编写|.{2,40}编写$)", re.I)
_NOISE_RE = re.compile(
    r"^(?:Original\b|Language\b|Page\b|第\s*\d+\s*页|[EFSCRA]$|\d+$)|\bunofficial\b"
    r"|working translation|非官方|工作译文", re.I)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
MONTHS_EN = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1)
    for name in names}
_MONTH_NAMES = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_EN_DATE_TOKEN_RE = re.compile(
    rf"\b((?:19|20)\d{{2}})\b|\b({_MONTH_NAMES})\b\.?|\b(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
# Year, month, day ("5-8 日": the first day of a range has no 日 of its own).
_ZH_DATE_TOKEN_RE = re.compile(r"((?:19|20)\d{2})\s*年|(\d{1,2})\s*月"
                               r"|(\d{1,2})(?:\s*日|(?=\s*[-–—－~至到]\s*\d{1,2}\s*日))")


def english_ordinal(text: str) -> int | None:
    """"Fifteenth" -> 15, "twenty-first" -> 21, "Ninety-ninth" -> 99, "16th" -> 16."""
    words = re.split(r"[\s-]+", text.strip().lower())
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", words[0]) if len(words) == 1 else None
    if digits:
        return int(digits.group(1))
    if len(words) == 1:
        return _ORDINALS.get(words[0])
    if len(words) == 2 and words[0] in _TENS and _ORDINALS.get(words[1], 99) < 10:
        return _TENS[words[0]] + _ORDINALS[words[1]]
    return None


def parse_title_block(lines: list[str], text: str = "") -> TitleBlock:
    """Read the title block (the lines before paragraph 1). Never raises: what is not
    recognised stays empty. ``text`` (the whole report) decides the language."""
    block = TitleBlock(language=detect_language(text or "\n".join(lines)))
    classified: list[bool] = []
    anchor = -1  # the last line giving body, session or dates: the title follows them
    for position, line in enumerate(lines):
        known = False
        if not block.symbol and (symbol := _SYMBOL_RE.search(line)) and len(line) < 60:
            block.symbol = symbol.group(0)
            known = True
        if not block.agenda_item and (agenda := _AGENDA_RE.search(line)):
            block.agenda_item = agenda.group(1)
            known = True
        if not block.body:
            for form in _BODY_FORMS:
                if form.lower() in line.lower():
                    block.body = form
                    known = True
                    anchor = position
        if block.session_number is None and (number := _session_number(line)) is not None:
            block.session = line
            block.session_number = number
            known = True
            anchor = position
        if not block.session_dates:
            found = _title_dates(line)
            if found:
                block.session_dates, block.place = found
                known = True
                anchor = position
        if not block.prepared_by and not known and _PREPARED_RE.search(line):
            block.prepared_by = line
            known = True
        classified.append(known or bool(_NOISE_RE.search(line)))
    title_lines: list[str] = []
    for position in range(anchor + 1, len(lines)):
        if classified[position]:
            if title_lines:
                break
            continue
        title_lines.append(lines[position])
    if not title_lines:
        title_lines = [line for line, known in zip(lines, classified, strict=True)
                       if not known][:1]
    block.title = join_lines(title_lines)
    return block


def detect_language(text: str) -> str:
    """"zh" when Chinese characters dominate (one counts as much as three Latin letters:
    about a word against a part of one), else "en"."""
    cjk = len(_CJK_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    return "zh" if cjk and cjk * 3 >= latin else "en"


def _session_number(line: str) -> int | None:
    match = _SESSION_ZH_RE.search(line)
    if match:
        return _chinese_number(match.group(1)) or None
    match = _SESSION_EN_RE.search(line)
    if match:
        return english_ordinal(match.group(1))
    return None


def _document_symbol(header: list[str]) -> str:
    for line in header:
        match = _SYMBOL_RE.search(line)
        if match and len(line) < 60:
            return match.group(0)
    return ""


def _iso(year: int, month: int, day: int | None = None) -> str:
    """ISO date, or "" when the numbers are not a real date."""
    try:
        if day is None:
            _dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _title_dates(line: str) -> tuple[str, str] | None:
    """``(ISO date or range, place)`` from a title-block line such as "2021 年 3 月 30 日－4 月
    3 日，罗马", "Rome, 30 March – 3 April 2021" or "5-8 April 2022"; None when the line has
    no year with a month."""
    zh = list(_ZH_DATE_TOKEN_RE.finditer(line))
    if any(t.group(1) for t in zh) and any(t.group(2) for t in zh):
        return _zh_title_dates(line, zh)
    en = list(_EN_DATE_TOKEN_RE.finditer(line))
    if any(t.group(1) for t in en) and any(t.group(2) for t in en):
        return _en_title_dates(line, en)
    return None


def _zh_title_dates(line: str, tokens: list[re.Match[str]]) -> tuple[str, str] | None:
    year = month = 0
    items: list[str] = []
    months: list[str] = []
    for token in tokens:
        if token.group(1):
            year = int(token.group(1))
        elif token.group(2):
            month = int(token.group(2))
            months.append(_iso(year, month) if year else "")
        elif token.group(3) and year and month:
            items.append(_iso(year, month, int(token.group(3))))
    items = [i for i in (items or months) if i]
    if not items:
        return None
    return _range(items), _place(line, tokens[0].start(), tokens[-1].end())


def _en_title_dates(line: str, tokens: list[re.Match[str]]) -> tuple[str, str] | None:
    kinds = [("year" if t.group(1) else "month" if t.group(2) else "day") for t in tokens]

    # "30 March 2021" names the month after the day; "March 30, 2021" before it.
    month_first = kinds.index("month") < kinds.index("day") if "day" in kinds else False

    def nearest(position: int, kind: str) -> re.Match[str] | None:
        after = range(position + 1, len(tokens))
        before = range(position - 1, -1, -1)
        order = (before, after) if kind == "month" and month_first else (after, before)
        for candidates in order:
            for other in candidates:
                if kinds[other] == kind:
                    return tokens[other]
        return None

    items: list[str] = []
    months: list[str] = []
    used: list[re.Match[str]] = []
    for position, token in enumerate(tokens):
        if kinds[position] == "year":
            continue
        year = nearest(position, "year")
        if year is None:
            continue
        if kinds[position] == "month":
            months.append(_iso(int(year.group(1)), MONTHS_EN[token.group(2).lower()]))
            used.append(token)
            continue
        month = nearest(position, "month")
        if month is None:
            continue
        items.append(_iso(int(year.group(1)), MONTHS_EN[month.group(2).lower()],
                          int(token.group(3))))
        used.append(token)
    items = [i for i in (items or months) if i]
    if not items:
        return None
    spans = [t for t in tokens if t in used or t.group(1)]
    return _range(items), _place(line, spans[0].start(), spans[-1].end())


def _range(items: list[str]) -> str:
    first, last = min(items), max(items)
    return first if first == last else f"{first}/{last}"


_PLACE_JUNK_RE = re.compile(r"^(?:[\s,，、;；:：\-–—－~]|and\b|至|到|和|及)+"
                            r"|(?:[\s,，、;；:：\-–—－~]|\band|至|到|和|及)+$")


def _place(line: str, start: int, end: int) -> str:
    """What the date line says besides the dates: the place ("Rome", "罗马")."""
    pieces = [_PLACE_JUNK_RE.sub("", piece) for piece in (line[:start], line[end:])]
    separator = "，" if _CJK_RE.search(line) else ", "
    return separator.join(p for p in pieces if p)
