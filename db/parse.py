"""Print a report's paragraphs as the build sees them (a debugging aid for annotators).

Usage: ``python -m db.parse [REPORT.txt] [PARAGRAPH ...]``. The parser itself lives in
:mod:`desktop.core.cpm_paper` (the importer uses it too); it is re-exported here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.cpm_paper import (  # noqa: F401 - re-exported for db.build and tests
    Footnote,
    Paragraph,
    ParseError,
    Part,
    Report,
    join_lines,
    load_report,
    parse_report,
)


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else (
        Path(__file__).parent / "sources" / "cpm15_2021_15_1" / "report.txt")
    report = load_report(source)
    wanted = {int(a) for a in argv[1:]}
    for para in report.paragraphs:
        if not wanted or para.number in wanted:
            print(f"[{para.number}] (part {para.part}, lines {para.first_line}-{para.last_line})")
            print(para.text)
            print()
    for note in report.footnotes:
        print(f"footnote {note.number} (paragraph {note.paragraph}): {note.text} {note.url}")
    return 0


if __name__ == "__main__":  # pragma: no cover - a debugging aid for annotators
    sys.exit(main(sys.argv[1:]))
