"""Text from outside (a typed query, a title, an imported report, a settings file) made safe to
keep and to write into XML, PDF and INI files.

XML 1.0 (and so Word's files) cannot hold control characters other than tab and line breaks,
lone surrogates or the non-characters U+FFFE/U+FFFF; lxml refuses them with an exception. A
user cannot see them either, so they are dropped rather than refused.
"""

from __future__ import annotations

import re

#: C0 controls except tab and line feed, DEL, C1 controls, lone surrogates, and the Unicode
#: non-characters (U+FDD0-U+FDEF and the last two code points of every plane).
_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}"
              for plane in range(17))
    + "]")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """``text`` without characters that no document format can hold.

    Carriage returns become line feeds (``\\r\\n`` one line feed); tabs and line feeds are kept;
    every other control character, lone surrogate and non-character is dropped.
    """
    if not isinstance(text, str):
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BAD.sub("", text)


def clean_line(text: str, limit: int | None = None) -> str:
    """:func:`clean_text` on one line: runs of white space (tabs and line breaks too) become one
    space, the ends are stripped, and the result is cut to ``limit`` characters (with "…")."""
    line = _SPACES.sub(" ", clean_text(text)).strip()
    if limit is not None and len(line) > limit:
        line = line[: max(0, limit - 1)].rstrip() + "…"
    return line
