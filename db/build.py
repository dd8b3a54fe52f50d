"""Build the read-only cooperation database from the report text and our annotations.

Usage: ``python -m db.build [--output PATH] [--check] [--if-stale]``

The build validates everything before it writes (quotations verbatim, ids unique and
resolvable, every paragraph 3-32 covered, every partner and topic used) and stops with a
list of clear messages when something is wrong. The database is written to a temporary
file beside the target and moved into place only when complete.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from db.parse import ParseError, Report, load_report
from desktop.core.text import index_text

SCHEMA_VERSION = 1
HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources" / "cpm15_2021_15_1"
DEFAULT_OUTPUT = HERE / "cooperation.sqlite"
COVERED_PARAGRAPHS = range(3, 33)

_DATE_PART = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_DATE_RE = re.compile(rf"^{_DATE_PART}(?:/{_DATE_PART})?$")
_QUALIFIERS = {"", "early", "planned"}
_ID_RE = re.compile(r"^[a-z0-9_]+$")


class BuildError(Exception):
    """The sources are inconsistent; ``problems`` lists every message."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Sources:
    document: dict[str, Any]
    groups: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    report: Report
    files: list[Path] = field(default_factory=list)


def source_files(source_dir: Path = SOURCES) -> list[Path]:
    """Every file the database is built from, in a stable order."""
    files = [source_dir / "report.txt", source_dir / "document.toml",
             source_dir / "topics.toml", source_dir / "partners.toml"]
    files += sorted((source_dir / "activities").glob("*.toml"))
    return files


def _load_toml(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(f"{path.name}: file missing")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path.name}: not valid TOML: {exc}")
    return {}


def load_sources(source_dir: Path = SOURCES) -> Sources:
    problems: list[str] = []
    document = _load_toml(source_dir / "document.toml", problems)
    topics = _load_toml(source_dir / "topics.toml", problems).get("topic", [])
    partners = _load_toml(source_dir / "partners.toml", problems).get("partner", [])
    activities: list[dict[str, Any]] = []
    activity_files = sorted((source_dir / "activities").glob("*.toml"))
    if not activity_files:
        problems.append("activities/: no activity files")
    for path in activity_files:
        for entry in _load_toml(path, problems).get("activity", []):
            entry = dict(entry)
            entry["_file"] = path.name
            activities.append(entry)
    try:
        report = load_report(source_dir / document.get("document", {}).get("file", "report.txt"))
    except (OSError, ParseError) as exc:
        problems.append(f"report: {exc}")
    if problems:
        raise BuildError(problems)
    return Sources(document.get("document", {}), document.get("group", []), topics, partners,
                   activities, report, source_files(source_dir))


def _check_unique(kind: str, items: list[dict[str, Any]], problems: list[str]) -> set[str]:
    ids = [str(item.get("id", "")) for item in items]
    for item_id, count in Counter(ids).items():
        if count > 1:
            problems.append(f"{kind} id {item_id!r} is defined {count} times")
    for item_id in ids:
        if not _ID_RE.match(item_id):
            problems.append(f"{kind} id {item_id!r} is not a lowercase slug")
    return set(ids)


def _year_span(date: str) -> tuple[int | None, int | None]:
    if not date:
        return None, None
    start, _, end = date.partition("/")
    return int(start[:4]), int((end or start)[:4])


def validate(src: Sources) -> list[dict[str, Any]]:
    """Check the sources; return activities with derived ids, or raise BuildError."""
    problems: list[str] = []
    group_ids = _check_unique("group", src.groups, problems)
    topic_ids = _check_unique("topic", src.topics, problems)
    partner_ids = _check_unique("partner", src.partners, problems)
    paragraphs = {p.number: p for p in src.report.paragraphs}

    for topic in src.topics:
        for key in ("label_zh", "label_en"):
            if not topic.get(key):
                problems.append(f"topic {topic.get('id')!r}: {key} is empty")
    by_id = {p.get("id"): p for p in src.partners}
    for partner in src.partners:
        pid = partner.get("id")
        for key in ("name_zh", "name_en", "group", "kind"):
            if not partner.get(key):
                problems.append(f"partner {pid!r}: {key} is empty")
        if partner.get("group") and partner["group"] not in group_ids:
            problems.append(f"partner {pid!r}: unknown group {partner['group']!r}")
        parent = partner.get("parent", "")
        if parent and parent not in partner_ids:
            problems.append(f"partner {pid!r}: parent {parent!r} does not exist")
        for other in partner.get("member_of", []):
            if other not in partner_ids:
                problems.append(f"partner {pid!r}: member_of {other!r} does not exist")
        # Walk up the parents to catch cycles.
        seen = {pid}
        cursor = parent
        while cursor:
            if cursor in seen:
                problems.append(f"partner {pid!r}: parent chain loops through {cursor!r}")
                break
            seen.add(cursor)
            cursor = by_id.get(cursor, {}).get("parent", "")
        names = [partner.get("name_zh", "")] + list(partner.get("short_zh", []))
        for name in names:
            if name and not any(name in p.text for p in paragraphs.values()):
                problems.append(f"partner {pid!r}: name {name!r} does not occur in the report")

    ordinals: Counter[int] = Counter()
    used_topics: set[str] = set()
    used_partners: set[str] = set()
    out: list[dict[str, Any]] = []
    for entry in src.activities:
        number = entry.get("paragraph")
        where = f"{entry.get('_file')}: activity in paragraph {number}"
        if not isinstance(number, int) or number not in paragraphs:
            problems.append(f"{where}: no such paragraph")
            continue
        ordinals[number] += 1
        activity_id = f"{src.document.get('id', 'doc')}-{number}-{ordinals[number]}"
        where = f"{entry['_file']}: {activity_id}"
        quote = entry.get("quote", "")
        if not quote or not quote.strip():
            problems.append(f"{where}: quote is empty")
        elif quote not in paragraphs[number].text:
            problems.append(f"{where}: quote is not verbatim in paragraph {number}: "
                            f"{quote[:30]}…")
        date = entry.get("date", "")
        if date and not _DATE_RE.match(date):
            problems.append(f"{where}: date {date!r} is not ISO 8601 (YYYY[-MM[-DD]][/…])")
        elif date:
            start, _, end = date.partition("/")
            if end and end < start:
                problems.append(f"{where}: date range {date!r} ends before it starts")
            # A date must be written in the quotation; a date taken from elsewhere in the
            # paragraph (same event named earlier) must say so and still be in the report.
            text = paragraphs[number].text if entry.get("date_from_paragraph") else quote
            for year in {start[:4], end[:4]} - {""}:
                if year not in text:
                    problems.append(f"{where}: year {year} of the date is not in the "
                                    + ("paragraph" if entry.get("date_from_paragraph")
                                       else "quotation (set date_from_paragraph = true if "
                                       "the paragraph dates the same event)"))
        if entry.get("date_qualifier", "") not in _QUALIFIERS:
            problems.append(f"{where}: date_qualifier must be one of {sorted(_QUALIFIERS)}")
        if not entry.get("partners"):
            problems.append(f"{where}: no partners")
        for pid in entry.get("partners", []):
            if pid not in partner_ids:
                problems.append(f"{where}: unknown partner {pid!r}")
            used_partners.add(pid)
        if len(set(entry.get("partners", []))) != len(entry.get("partners", [])):
            problems.append(f"{where}: a partner is listed twice")
        if not entry.get("topics"):
            problems.append(f"{where}: no topics")
        for tid in entry.get("topics", []):
            if tid not in topic_ids:
                problems.append(f"{where}: unknown topic {tid!r}")
            used_topics.add(tid)
        for key in ("title_zh", "title_en"):
            if not str(entry.get(key, "")).strip():
                problems.append(f"{where}: {key} is empty")
        if not isinstance(entry.get("calls_to_action", False), bool):
            problems.append(f"{where}: calls_to_action must be true or false")
        out.append({**entry, "id": activity_id, "ordinal": ordinals[number]})

    for number in COVERED_PARAGRAPHS:
        if number in paragraphs and ordinals[number] == 0:
            problems.append(f"paragraph {number} has no activity")
    for tid in sorted(topic_ids - used_topics):
        problems.append(f"topic {tid!r} is not used by any activity")
    for pid in sorted(partner_ids - used_partners):
        problems.append(f"partner {pid!r} is not used by any activity")
    if problems:
        raise BuildError(problems)
    return out


def sources_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _descendants(partners: list[dict[str, Any]]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    for partner in partners:
        if partner.get("parent"):
            children.setdefault(partner["parent"], []).append(partner["id"])
    return children


def write_database(src: Sources, activities: list[dict[str, Any]], output: Path) -> None:
    """Write the database to a temporary file, then move it into place atomically."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=output.name + ".", suffix=".tmp", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(src, activities, tmp)
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write(src: Sources, activities: list[dict[str, Any]], path: Path) -> None:
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    doc = src.document
    built = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    digest = sources_digest(src.files)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": f"{doc.get('id', 'doc')}-{digest[:8]}",
        "build_time": built,
        "sources_sha256": digest,
        "activity_count": str(len(activities)),
        **{f"document_{k}": str(v) for k, v in doc.items()},
    }
    db.table("meta").insert_all([{"key": k, "value": v} for k, v in meta.items()], pk="key")

    db.table("groups").insert_all(
        [{"id": g["id"], "part": g["part"], "label_zh": g["label_zh"], "label_en": g["label_en"]}
         for g in src.groups], pk="id")
    db.table("topics").insert_all(
        [{"id": t["id"], "sort": i, "label_zh": t["label_zh"], "label_en": t["label_en"],
          "aliases_zh": json.dumps(t.get("aliases_zh", []), ensure_ascii=False),
          "aliases_en": json.dumps(t.get("aliases_en", []), ensure_ascii=False)}
         for i, t in enumerate(src.topics)], pk="id")
    db.table("partners").create({
        "id": str, "sort": int, "group_id": str, "parent_id": str, "name_zh": str,
        "short_zh": str, "name_en": str, "acronym": str, "kind": str, "kind_zh": str,
        "website": str, "paragraphs": str,
    }, pk="id", foreign_keys=[("group_id", "groups", "id")])
    db.table("partners").insert_all(
        [{"id": p["id"], "sort": i, "group_id": p["group"], "parent_id": p.get("parent") or None,
          "name_zh": p["name_zh"], "short_zh": json.dumps(p.get("short_zh", []),
                                                          ensure_ascii=False),
          "name_en": p["name_en"], "acronym": p.get("acronym", ""), "kind": p.get("kind", ""),
          "kind_zh": p.get("kind_zh", ""), "website": p.get("website", ""),
          "paragraphs": json.dumps(p.get("paragraphs", []))}
         for i, p in enumerate(src.partners)])
    db.table("partner_members").insert_all(
        [{"partner_id": p["id"], "member_of": other}
         for p in src.partners for other in p.get("member_of", [])],
        pk=("partner_id", "member_of"),
        foreign_keys=[("partner_id", "partners", "id"), ("member_of", "partners", "id")])
    db.table("paragraphs").insert_all(
        [{"number": p.number, "part": p.part, "text": p.text,
          "first_line": p.first_line, "last_line": p.last_line}
         for p in src.report.paragraphs], pk="number")
    db.table("footnotes").insert_all(
        [{"number": f.number, "paragraph": f.paragraph, "text": f.text, "url": f.url}
         for f in src.report.footnotes], pk="number")

    parts = {p.number: p.part for p in src.report.paragraphs}
    db.table("activities").create({
        "id": str, "doc": str, "paragraph": int, "ordinal": int, "part": int, "text": str,
        "title_zh": str, "title_en": str, "date": str, "date_start": str, "date_end": str,
        "date_precision": str, "date_qualifier": str, "year_start": int, "year_end": int,
        "place_zh": str, "place_en": str, "calls_to_action": int,
    }, pk="id", foreign_keys=[("paragraph", "paragraphs", "number")])
    rows = []
    for a in activities:
        date = a.get("date", "")
        start, _, end = date.partition("/")
        year_start, year_end = _year_span(date)
        rows.append({
            "id": a["id"], "doc": doc.get("id", "doc"), "paragraph": a["paragraph"],
            "ordinal": a["ordinal"], "part": parts[a["paragraph"]], "text": a["quote"],
            "title_zh": a["title_zh"], "title_en": a["title_en"], "date": date or None,
            "date_start": start or None, "date_end": (end or start) or None,
            "date_precision": _precision(date), "date_qualifier": a.get("date_qualifier", ""),
            "year_start": year_start, "year_end": year_end,
            "place_zh": a.get("place_zh", ""), "place_en": a.get("place_en", ""),
            "calls_to_action": int(bool(a.get("calls_to_action", False))),
        })
    db.table("activities").insert_all(rows)
    db.table("activity_partners").insert_all(
        [{"activity_id": a["id"], "partner_id": pid, "ordinal": i}
         for a in activities for i, pid in enumerate(a["partners"])],
        pk=("activity_id", "partner_id"),
        foreign_keys=[("activity_id", "activities", "id"), ("partner_id", "partners", "id")])
    db.table("activity_topics").insert_all(
        [{"activity_id": a["id"], "topic_id": tid, "ordinal": i}
         for a in activities for i, tid in enumerate(a["topics"])],
        pk=("activity_id", "topic_id"),
        foreign_keys=[("activity_id", "activities", "id"), ("topic_id", "topics", "id")])
    for table, column in (("activities", "paragraph"), ("activities", "year_start"),
                          ("activity_partners", "partner_id"), ("activity_topics", "topic_id"),
                          ("partners", "group_id"), ("partners", "parent_id")):
        db.table(table).create_index([column])
    _write_search_index(db, src, activities)
    conn.commit()
    db.execute("VACUUM")
    conn.close()


def _precision(date: str) -> str:
    if not date:
        return "none"
    start, _, end = date.partition("/")
    unit = {4: "year", 7: "month", 10: "day"}[len(start)]
    return f"{unit}_range" if end else unit


def _write_search_index(db: sqlite_utils.Database, src: Sources,
                        activities: list[dict[str, Any]]) -> None:
    """Full-text index over pre-tokenised text (see desktop/core/text.py).

    Columns: title (both languages, plus the names of the activity's first partner, the one
    its paragraph is about, so a partner's own activities rank above passing mentions), names
    (all partner names, acronyms and short forms, topic labels and aliases, in both
    languages), place, text (the quotation). Rowids follow the activities table's rowids.
    """
    partners = {p["id"]: p for p in src.partners}

    def _primary_names(activity: dict[str, Any]) -> list[str]:
        first = partners[activity["partners"][0]]
        return [first["name_zh"], first["name_en"], first.get("acronym", "")]

    topics = {t["id"]: t for t in src.topics}
    db.execute(
        "CREATE VIRTUAL TABLE activity_fts USING fts5("
        "title, names, place, text, tokenize = \"unicode61 remove_diacritics 2\")")
    rowids = {row["id"]: row["rowid"] for row in db.query("SELECT rowid, id FROM activities")}
    for a in activities:
        names: list[str] = []
        for pid in a["partners"]:
            p = partners[pid]
            names += [p["name_zh"], p["name_en"], p.get("acronym", ""), *p.get("short_zh", [])]
        for tid in a["topics"]:
            t = topics[tid]
            names += [t["label_zh"], t["label_en"], *t.get("aliases_zh", []),
                      *t.get("aliases_en", [])]
        db.execute(
            "INSERT INTO activity_fts(rowid, title, names, place, text) VALUES (?, ?, ?, ?, ?)",
            [rowids[a["id"]], index_text(a["title_zh"], a["title_en"], *_primary_names(a)),
             index_text(" | ".join(names)),
             index_text(a.get("place_zh", ""), a.get("place_en", "")), index_text(a["quote"])])


def is_stale(output: Path, source_dir: Path = SOURCES) -> bool:
    """True when the database is missing or older than any of its sources or this builder."""
    if not output.exists():
        return True
    built = output.stat().st_mtime
    inputs = source_files(source_dir) + [Path(__file__), HERE / "parse.py",
                                         HERE.parent / "desktop" / "core" / "text.py"]
    return any(p.exists() and p.stat().st_mtime > built for p in inputs)


def build(output: Path = DEFAULT_OUTPUT, source_dir: Path = SOURCES,
          check_only: bool = False) -> dict[str, int]:
    """Validate the sources and (unless ``check_only``) write the database.

    Returns:
        Counts of what was built: activities, partners, topics, paragraphs.
    """
    src = load_sources(source_dir)
    activities = validate(src)
    if not check_only:
        write_database(src, activities, output)
    return {"activities": len(activities), "partners": len(src.partners),
            "topics": len(src.topics), "paragraphs": len(src.report.paragraphs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.build", description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"database to write (default: {DEFAULT_OUTPUT.name} in db/)")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="annotation folder")
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the database is newer than its sources")
    args = parser.parse_args(argv)
    if args.if_stale and not args.check and not is_stale(args.output, args.sources):
        print(f"{args.output} is up to date")
        return 0
    try:
        counts = build(args.output, args.sources, args.check)
    except BuildError as exc:
        print(f"build failed: {len(exc.problems)} problem(s) in {args.sources}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    what = "checked" if args.check else f"wrote {args.output}"
    print(f"{what}: {counts['activities']} activities, {counts['partners']} partners, "
          f"{counts['topics']} topics, {counts['paragraphs']} paragraphs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
