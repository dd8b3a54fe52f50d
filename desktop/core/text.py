"""Text normalisation and tokenisation shared by the database build and search.

Chinese has no spaces, and SQLite's tokenizers either keep a run of Chinese as one token
(unicode61) or ignore queries under three characters (trigram). So both the index and the
query are tokenised here, in pure Python: every CJK character is a token of its own, runs of
letters and digits in other scripts are one token each, everything else (spaces, punctuation,
emoji) separates tokens. A Chinese word of any length is then an FTS5 phrase of adjacent
single-character tokens, which finds it as a substring.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"([{_CJK_RANGES}])|([^\W_{_CJK_RANGES}]+)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: Longest query text considered; anything longer is cut (a pasted page is not a search).
MAX_QUERY_CHARS = 500
#: At most this many terms and tokens per term reach SQLite.
MAX_TERMS = 24
MAX_TOKENS_PER_TERM = 48


def normalize(text: str) -> str:
    """NFKC (full-width letters/digits to ASCII) and case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


def is_cjk(char: str) -> bool:
    return bool(char) and bool(re.match(rf"[{_CJK_RANGES}]", char))


def tokens(text: str) -> list[str]:
    """Split text into index tokens: single CJK characters and Latin/digit words."""
    return [m.group(0) for m in _TOKEN_RE.finditer(normalize(text))]


def index_text(*parts: str) -> str:
    """The space-separated token string stored in the full-text index."""
    return " ".join(tok for part in parts for tok in tokens(part))


@dataclass(frozen=True)
class Term:
    """One search term: adjacent tokens that must appear together, in order."""

    tokens: tuple[str, ...]
    prefix: bool  # the last token may be the start of a longer word (Latin only)

    @property
    def compact(self) -> str:
        return "".join(self.tokens)


# The report writes half-width spaces around numbers ("2019 年 8 月", "第 25 次", "18 个"):
# a space between a number and a counter word after it, or a date word before it, is
# typography, not a separator of two search terms.
_AFTER_NUMBER = set("年月日号个名份次届项部条号期")
_BEFORE_NUMBER = set("年月日第至和及于约")


def _glue(left: str, right: str) -> bool:
    """True when the space between two chunks is just typography ("2019 年 8 月")."""
    a, b = left[-1:], right[:1]
    if not a or not b:
        return False
    return (a.isdigit() and b in _AFTER_NUMBER) or (a in _BEFORE_NUMBER and b.isdigit())


def parse_query(text: str) -> list[Term]:
    """Turn what the user typed into search terms; never raises.

    Whitespace separates terms (all must match), except between a number and a Chinese
    date or counter word ("2019 年 8 月", "第 25 次"), where it is only typography.
    Characters that are neither letters, digits nor CJK are separators, so quotes, FTS
    operators, brackets, ``*`` and emoji cannot reach the MATCH expression.
    """
    if not isinstance(text, str):
        return []
    text = _CONTROL_RE.sub(" ", text[:MAX_QUERY_CHARS])
    chunks = normalize(text).split()
    merged: list[str] = []
    for chunk in chunks:
        if merged and _glue(merged[-1], chunk):
            merged[-1] += chunk
        else:
            merged.append(chunk)
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for chunk in merged:
        toks = tuple(m.group(0) for m in _TOKEN_RE.finditer(chunk))[:MAX_TOKENS_PER_TERM]
        if not toks or toks in seen:
            continue
        seen.add(toks)
        last = toks[-1]
        # A word being typed matches longer words ("cust" finds "customs"), from two letters
        # on: one letter alone would match nearly every activity of a large library (and
        # take SQLite most of a second), so it only finds itself as a word.
        prefix = not is_cjk(last) and not last.isdigit() and (len(toks) > 1 or len(last) > 1)
        terms.append(Term(toks, prefix=prefix))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def fts_expression(terms: list[Term]) -> str:
    """Build an FTS5 MATCH expression in which every token is a quoted string."""
    phrases = []
    for term in terms:
        quoted = ['"' + tok.replace('"', '""') + '"' for tok in term.tokens]
        phrase = " + ".join(quoted)
        if term.prefix:
            phrase += " *"
        phrases.append(phrase)
    return " AND ".join(phrases)


@functools.lru_cache(maxsize=1024)
def _alnum_map(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalised token characters of ``text`` and, for each, its index in ``text``.

    Cached: highlighting maps the same few hundred quotations after every keystroke.
    """
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for norm in normalize(char):
            if _TOKEN_RE.match(norm):
                chars.append(norm)
                where.append(index)
    return "".join(chars), tuple(where)


def match_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of ``text`` where the terms occur, merged and sorted.

    Matching ignores spaces and punctuation, like the index does, so ``2019年8月`` marks
    ``2019 年 8 月`` in the report text.
    """
    if not terms or not text:
        return []
    compact, where = _alnum_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = term.compact
        if not needle:
            continue
        start = compact.find(needle)
        while start != -1:
            end = start + len(needle)
            spans.append((where[start], where[end - 1] + 1))
            start = compact.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
