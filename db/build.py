"""Build the read-only cooperation database from the report text and our annotations.

Usage: ``python -m db.build [--output PATH] [--sources DIR] [--check] [--if-stale]``
or ``python -m db.build --pack OUT [--doc ID]...`` (a data pack for ``ippc-coop import``).

The sources are a shared registry (``registry/``: groups, partners, topics, named bodies) and
one folder per report (``<document>/``: document.toml, the report text, its English working
translation, activities). The build validates everything before it writes (quotations and
their English verbatim, ids unique and resolvable, every covered paragraph of each report
has an activity, every partner and topic used) and stops with a list of clear messages when
something is wrong. The database is written to a temporary
file beside the target and moved into place only when complete.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.cpm_paper import ParseError, Report, load_report
from desktop.core.schema import (
    SCHEMA_VERSION,
    DatabaseRows,
    activity_row,
    date_items,
    fts_row,
    paragraph_heading,
    stamp_pack,
    to_json,
    write_database_atomically,
)

HERE = Path(__file__).resolve().parent
#: The sources root: ``registry/`` plus one folder per document (each with document.toml).
SOURCES = HERE / "sources"
REGISTRY = "registry"
DEFAULT_OUTPUT = HERE / "cooperation.sqlite"

_DATE_PART = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_DATE_ITEM = rf"{_DATE_PART}(?:/{_DATE_PART})?"
#: One date or range, or several separate ones joined by commas ("2019-11,2020-10": two
#: events, not a continuous period).
_DATE_RE = re.compile(rf"^{_DATE_ITEM}(?:,{_DATE_ITEM})*$")
_QUALIFIERS = {"", "early", "planned"}
_ID_RE = re.compile(r"^[a-z0-9_]+$")
_DOC_KEYS = ("id", "file", "language", "title_zh", "title_en", "body_zh", "body_en",
             "session_zh", "session_en", "session_short", "agenda_item", "period")


class BuildError(Exception):
    """The sources are inconsistent; ``problems`` lists every message."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Document:
    """One report: its metadata, its parsed text(s) and its curated activities."""

    folder: Path
    meta: dict[str, Any]
    parts: dict[int, str]  # the report's part number -> registry group id
    activities: list[dict[str, Any]]
    report: Report
    report_en: Report | None

    @property
    def id(self) -> str:
        return str(self.meta.get("id", ""))

    @property
    def original_is_english(self) -> bool:
        return str(self.meta.get("language", "")).lower().startswith("en")


@dataclass
class Sources:
    groups: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    bodies: list[dict[str, Any]]
    documents: list[Document]
    files: list[Path] = field(default_factory=list)

    @property
    def activities(self) -> list[dict[str, Any]]:
        return [a for d in self.documents for a in d.activities]


def document_folders(root: Path = SOURCES) -> list[Path]:
    """Every folder under ``root`` that holds a document.toml, by name."""
    return sorted(p.parent for p in root.glob("*/document.toml"))


def source_files(root: Path = SOURCES) -> list[Path]:
    """Every file the database is built from, in a stable order."""
    registry = root / REGISTRY
    files = [registry / name for name in ("groups.toml", "topics.toml", "partners.toml",
                                          "bodies.toml")]
    for folder in document_folders(root):
        files.append(folder / "document.toml")
        files += sorted(folder.glob("*.txt"))
        files += sorted((folder / "activities").glob("*.toml"))
    return files


def _load_toml(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(f"{path.parent.name}/{path.name}: file missing")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path.parent.name}/{path.name}: not valid TOML: {exc}")
    return {}


def _load_document(folder: Path, problems: list[str]) -> Document | None:
    data = _load_toml(folder / "document.toml", problems)
    meta = dict(data.get("document", {}))
    name = folder.name
    for key in _DOC_KEYS:
        if not str(meta.get(key, "")).strip():
            problems.append(f"{name}/document.toml: [document] {key} is empty")
    if meta.get("id") and not _ID_RE.match(str(meta["id"])):
        problems.append(f"{name}/document.toml: id {meta['id']!r} is not a lowercase slug "
                        "(letters, digits, _)")
    language = str(meta.get("language", "")).lower()
    if language and not language.startswith(("zh", "en")):
        problems.append(f"{name}/document.toml: language {meta['language']!r} is not supported "
                        "yet (zh… or en…)")
    parts: dict[int, str] = {}
    for part in data.get("part", []):
        if not isinstance(part.get("number"), int) or not part.get("group"):
            problems.append(f"{name}/document.toml: each [[part]] needs a number and a group")
            continue
        parts[part["number"]] = str(part["group"])
    activities: list[dict[str, Any]] = []
    activity_files = sorted((folder / "activities").glob("*.toml"))
    if not activity_files:
        problems.append(f"{name}/activities/: no activity files")
    for path in activity_files:
        for entry in _load_toml(path, problems).get("activity", []):
            entry = dict(entry)
            entry["_file"] = f"{name}/activities/{path.name}"
            activities.append(entry)
    report = report_en = None
    try:
        report = load_report(folder / str(meta.get("file", "report.txt")))
    except (OSError, ParseError) as exc:
        problems.append(f"{name}: report: {exc}")
    if meta.get("file_en"):
        try:
            report_en = load_report(folder / str(meta["file_en"]))
        except (OSError, ParseError) as exc:
            problems.append(f"{name}: English text: {exc}")
    if report is None:
        return None
    return Document(folder, meta, parts, activities, report, report_en)


def load_sources(root: Path = SOURCES) -> Sources:
    """Read the registry and every document folder under ``root``; raise BuildError with
    every problem found (missing files, broken TOML, unparsable report text)."""
    problems: list[str] = []
    registry = root / REGISTRY
    groups = _load_toml(registry / "groups.toml", problems).get("group", [])
    topics = _load_toml(registry / "topics.toml", problems).get("topic", [])
    partners = _load_toml(registry / "partners.toml", problems).get("partner", [])
    bodies = _load_toml(registry / "bodies.toml", problems).get("body", [])
    folders = document_folders(root)
    if not folders:
        problems.append(f"{root}: no document folders (a folder with a document.toml)")
    documents = [d for d in (_load_document(f, problems) for f in folders) if d is not None]
    if problems:
        raise BuildError(problems)
    documents.sort(key=lambda d: (d.meta.get("sort", 0), d.id))
    return Sources(groups, topics, partners, bodies, documents, source_files(root))


def _check_unique(kind: str, items: list[dict[str, Any]], problems: list[str]) -> set[str]:
    ids = [str(item.get("id", "")) for item in items]
    for item_id, count in Counter(ids).items():
        if count > 1:
            problems.append(f"{kind} id {item_id!r} is defined {count} times")
    for item_id in ids:
        if not _ID_RE.match(item_id):
            problems.append(f"{kind} id {item_id!r} is not a lowercase slug")
    return set(ids)


def _validate_registry(src: Sources, problems: list[str]) -> None:
    group_ids = _check_unique("group", src.groups, problems)
    partner_ids = _check_unique("partner", src.partners, problems)
    _check_unique("topic", src.topics, problems)
    _check_unique("body", src.bodies, problems)
    doc_ids = {d.id for d in src.documents}
    chinese = [p.text for d in src.documents if not d.original_is_english
               for p in d.report.paragraphs]
    english = [p.text for d in src.documents
               for p in (d.report if d.original_is_english else d.report_en or d.report).paragraphs]
    used_by_chinese = {pid for d in src.documents if not d.original_is_english
                       for a in d.activities for pid in a.get("partners", [])}

    def in_reports(name: str, texts: list[str] | None = None) -> bool:
        return any(name in text for text in (chinese if texts is None else texts))

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
        for doc in partner.get("mentions", {}):
            if doc not in doc_ids:
                problems.append(f"partner {pid!r}: mentions unknown document {doc!r}")
        # Walk up the parents to catch cycles.
        seen = {pid}
        cursor = parent
        while cursor:
            if cursor in seen:
                problems.append(f"partner {pid!r}: parent chain loops through {cursor!r}")
                break
            seen.add(cursor)
            cursor = by_id.get(cursor, {}).get("parent", "")
        # Chinese names must be as printed in a Chinese report that uses the partner; a
        # partner of English reports only is named there in English.
        if pid in used_by_chinese or not any(
                in_reports(n, english) for n in (partner.get("name_en", ""),
                                                 partner.get("acronym", ""),
                                                 *partner.get("aliases_en", [])) if n):
            for name in [partner.get("name_zh", ""), *partner.get("short_zh", [])]:
                if name and not in_reports(name):
                    problems.append(f"partner {pid!r}: name {name!r} does not occur in any "
                                    "report")
    for body in src.bodies:
        bid = body.get("id")
        for key in ("name_en", "kind"):
            if not body.get(key):
                problems.append(f"body {bid!r}: {key} is empty")
        if not body.get("forms_zh"):
            problems.append(f"body {bid!r}: forms_zh is empty")
        english_names = [n for n in (body.get("name_en", ""), body.get("acronym", "")) if n]
        if not any(in_reports(n, english) for n in english_names):
            for name in body.get("forms_zh", []):
                if not in_reports(name):
                    problems.append(f"body {bid!r}: Chinese form {name!r} does not occur in any "
                                    "report")


def _validate_document(doc: Document, src: Sources, problems: list[str]
                       ) -> list[dict[str, Any]]:
    """Check one document's text and activities; return them with derived ids."""
    name = doc.folder.name
    group_ids = {g.get("id") for g in src.groups}
    partner_ids = {p.get("id") for p in src.partners}
    topic_ids = {t.get("id") for t in src.topics}
    paragraphs = {p.number: p for p in doc.report.paragraphs}
    english = {p.number: p for p in doc.report_en.paragraphs} if doc.report_en else {}
    for part_number, group in doc.parts.items():
        if group not in group_ids:
            problems.append(f"{name}/document.toml: part {part_number} maps to unknown group "
                            f"{group!r}")
    for printed in doc.report.parts:
        if printed.number not in doc.parts:
            problems.append(f"{name}/document.toml: the report's part {printed.number} "
                            f"({printed.title}) has no [[part]] entry")
    if not doc.original_is_english:
        if doc.report_en is None:
            problems.append(f"{name}/document.toml: file_en (the English working translation) "
                            "is missing")
        else:
            if set(english) != set(paragraphs):
                missing = sorted(set(paragraphs) - set(english))
                extra = sorted(set(english) - set(paragraphs))
                problems.append(f"{name}: the English text's paragraphs differ from the "
                                f"report's (missing {missing}, extra {extra})")
            for para_number, para in paragraphs.items():
                if para_number in english and english[para_number].part != para.part:
                    problems.append(f"{name}: paragraph {para_number} is in part {para.part} "
                                    f"of the report but in part {english[para_number].part} "
                                    "of the English text")
            if len(doc.report_en.footnotes) != len(doc.report.footnotes):
                problems.append(f"{name}: the English text has {len(doc.report_en.footnotes)} "
                                f"footnotes, the report {len(doc.report.footnotes)}")

    ordinals: Counter[int] = Counter()
    out: list[dict[str, Any]] = []
    for entry in doc.activities:
        number = entry.get("paragraph")
        where = f"{entry.get('_file')}: activity in paragraph {number}"
        if not isinstance(number, int) or number not in paragraphs:
            problems.append(f"{where}: no such paragraph")
            continue
        ordinals[number] += 1
        activity_id = f"{doc.id}-{number}-{ordinals[number]}"
        where = f"{entry['_file']}: {activity_id}"
        quote = entry.get("quote", "")
        if not quote or not quote.strip():
            problems.append(f"{where}: quote is empty")
        elif quote not in paragraphs[number].text:
            problems.append(f"{where}: quote is not verbatim in paragraph {number}: "
                            f"{quote[:30]}…")
        text_en = entry.get("text_en", "")
        if doc.original_is_english:
            text_en = quote
        elif not str(text_en).strip():
            problems.append(f"{where}: text_en (the English of the quotation) is missing")
        elif number in english and text_en not in english[number].text:
            problems.append(f"{where}: text_en is not verbatim in English paragraph {number}: "
                            f"{text_en[:40]}…")
        date = entry.get("date", "")
        if date and not _DATE_RE.match(date):
            problems.append(f"{where}: date {date!r} is not ISO 8601 (YYYY[-MM[-DD]][/…], "
                            "several separated by commas)")
        elif date:
            from_paragraph = bool(entry.get("date_from_paragraph"))
            for start, end in date_items(date):
                if end < start:
                    problems.append(f"{where}: date range {start}/{end} ends before it starts")
                # A date must be written in the quotation (and in its English); a date taken
                # from elsewhere in the paragraph (same event named earlier) must say so and
                # still be in the report.
                texts = {"quotation": quote, "English text": str(text_en)}
                if from_paragraph:
                    texts = {"paragraph": paragraphs[number].text}
                    if number in english:
                        texts["English paragraph"] = english[number].text
                for year in {start[:4], end[:4]}:
                    for label, text in texts.items():
                        if year not in text:
                            hint = ("" if from_paragraph or label != "quotation" else
                                    " (set date_from_paragraph = true if the paragraph dates "
                                    "the same event)")
                            problems.append(f"{where}: year {year} of the date is not in the "
                                            f"{label}{hint}")
        qualifier = str(entry.get("date_qualifier", ""))
        if any(q not in _QUALIFIERS for q in qualifier.split(",")):
            problems.append(f"{where}: date_qualifier must be one of {sorted(_QUALIFIERS)} "
                            "(or one per date, separated by commas)")
        elif "," in qualifier and len(qualifier.split(",")) != len(date_items(date)):
            problems.append(f"{where}: date_qualifier {qualifier!r} does not give one "
                            f"qualifier per date of {date!r}")
        if not entry.get("partners"):
            problems.append(f"{where}: no partners")
        for pid in entry.get("partners", []):
            if pid not in partner_ids:
                problems.append(f"{where}: unknown partner {pid!r}")
        if len(set(entry.get("partners", []))) != len(entry.get("partners", [])):
            problems.append(f"{where}: a partner is listed twice")
        if not entry.get("topics"):
            problems.append(f"{where}: no topics")
        for tid in entry.get("topics", []):
            if tid not in topic_ids:
                problems.append(f"{where}: unknown topic {tid!r}")
        for key in ("title_zh", "title_en"):
            if not str(entry.get(key, "")).strip():
                problems.append(f"{where}: {key} is empty")
        if not isinstance(entry.get("calls_to_action", False), bool):
            problems.append(f"{where}: calls_to_action must be true or false")
        group = doc.parts.get(paragraphs[number].part or 0, "")
        if not group:
            problems.append(f"{where}: paragraph {number} is in no part of the report that "
                            "document.toml maps to a group")
        out.append({**entry, "id": activity_id, "ordinal": ordinals[number], "doc": doc.id,
                    "text_en": text_en, "group": group})

    covered = doc.meta.get("covered", [])
    if covered and len(covered) == 2:
        for number in range(int(covered[0]), int(covered[1]) + 1):
            if number in paragraphs and ordinals[number] == 0:
                problems.append(f"{name}: paragraph {number} has no activity")
    return out


def validate(src: Sources) -> list[dict[str, Any]]:
    """Check the registry and every document; return all activities with derived ids (and
    their document, English text and group), or raise BuildError listing every problem."""
    problems: list[str] = []
    for doc_id, count in Counter(d.id for d in src.documents).items():
        if count > 1:
            problems.append(f"document id {doc_id!r} is used by {count} folders")
    _validate_registry(src, problems)
    out: list[dict[str, Any]] = []
    for doc in src.documents:
        out += _validate_document(doc, src, problems)
    used_partners = {pid for a in out for pid in a.get("partners", [])}
    used_topics = {tid for a in out for tid in a.get("topics", [])}
    for tid in sorted({str(t.get("id")) for t in src.topics} - used_topics):
        problems.append(f"topic {tid!r} is not used by any activity")
    for pid in sorted({str(p.get("id")) for p in src.partners} - used_partners):
        problems.append(f"partner {pid!r} is not used by any activity")
    if problems:
        raise BuildError(problems)
    return out


def sources_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"{path.parent.name}/{path.name}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def database_rows(src: Sources, activities: list[dict[str, Any]],
                  origin: str = "bundled") -> DatabaseRows:
    """Everything the database holds, from the validated sources."""
    rows = DatabaseRows()
    digest = sources_digest(src.files)
    rows.meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": f"{'+'.join(d.id for d in src.documents)}-{digest[:8]}",
        "build_time": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "sources_sha256": digest,
        "activity_count": str(len(activities)),
        "document_count": str(len(src.documents)),
    }
    rows.rows("documents").extend(
        {"id": d.id, "sort": i, "language": d.meta.get("language", ""),
         "title_zh": d.meta.get("title_zh", ""), "title_en": d.meta.get("title_en", ""),
         "body_zh": d.meta.get("body_zh", ""), "body_en": d.meta.get("body_en", ""),
         "session_zh": d.meta.get("session_zh", ""), "session_en": d.meta.get("session_en", ""),
         "session_short": d.meta.get("session_short", ""),
         "session_dates": d.meta.get("session_dates", ""),
         "session_place_zh": d.meta.get("session_place_zh", ""),
         "session_place_en": d.meta.get("session_place_en", ""),
         "agenda_item": d.meta.get("agenda_item", ""), "period": d.meta.get("period", ""),
         "prepared_by_zh": d.meta.get("prepared_by_zh", ""),
         "prepared_by_en": d.meta.get("prepared_by_en", ""),
         "has_translation": int(d.report_en is not None and not d.original_is_english),
         "origin": origin, "automatic": 0, "source_file": d.meta.get("file", ""),
         "source_sha256": "", "added": ""}
        for i, d in enumerate(src.documents))
    rows.rows("groups").extend(
        {"id": g["id"], "part": g["part"], "label_zh": g["label_zh"], "label_en": g["label_en"]}
        for g in src.groups)
    rows.rows("topics").extend(
        {"id": t["id"], "sort": i, "label_zh": t["label_zh"], "label_en": t["label_en"],
         "aliases_zh": to_json(t.get("aliases_zh", [])),
         "aliases_en": to_json(t.get("aliases_en", []))}
        for i, t in enumerate(src.topics))
    rows.rows("partners").extend(
        {"id": p["id"], "sort": i, "group_id": p["group"], "parent_id": p.get("parent") or None,
         "name_zh": p["name_zh"], "short_zh": to_json(p.get("short_zh", [])),
         "name_en": p["name_en"], "acronym": p.get("acronym", ""),
         "aliases_en": to_json(p.get("aliases_en", [])), "kind": p.get("kind", ""),
         "kind_zh": p.get("kind_zh", ""), "website": p.get("website", ""),
         "mentions": to_json(p.get("mentions", {}))}
        for i, p in enumerate(src.partners))
    rows.rows("partner_members").extend(
        {"partner_id": p["id"], "member_of": other}
        for p in src.partners for other in p.get("member_of", []))
    rows.rows("bodies").extend(
        {"id": b["id"], "sort": i, "forms_zh": to_json(b.get("forms_zh", [])),
         "name_en": b["name_en"], "acronym": b.get("acronym", ""), "kind": b.get("kind", ""),
         "kind_zh": b.get("kind_zh", "")} for i, b in enumerate(src.bodies))
    headings: dict[tuple[str, int], str] = {}
    for d in src.documents:
        english = {p.number: p.text for p in d.report_en.paragraphs} if d.report_en else {}
        notes_en = {f.number: f.text for f in d.report_en.footnotes} if d.report_en else {}
        for para in d.report.paragraphs:
            headings[(d.id, para.number)] = paragraph_heading(para.text)
            rows.rows("paragraphs").append({
                "doc": d.id, "number": para.number, "part": para.part, "text": para.text,
                "text_en": para.text if d.original_is_english else english.get(para.number, ""),
                "first_line": para.first_line, "last_line": para.last_line})
        for f in d.report.footnotes:
            rows.rows("footnotes").append({
                "doc": d.id, "number": f.number, "paragraph": f.paragraph, "text": f.text,
                "text_en": f.text if d.original_is_english else notes_en.get(f.number, ""),
                "url": f.url})

    group_part = {g["id"]: g["part"] for g in src.groups}
    partners = {p["id"]: p for p in src.partners}
    topics = {t["id"]: t for t in src.topics}
    for a in activities:
        rows.rows("activities").append(activity_row(
            activity_id=a["id"], doc=a["doc"], paragraph=a["paragraph"], ordinal=a["ordinal"],
            part=group_part.get(a["group"], 0), text=a["quote"], text_en=a["text_en"],
            title_zh=a["title_zh"], title_en=a["title_en"], date=a.get("date", ""),
            date_qualifier=a.get("date_qualifier", ""), place_zh=a.get("place_zh", ""),
            place_en=a.get("place_en", ""), calls_to_action=a.get("calls_to_action", False)))
        rows.rows("activity_partners").extend(
            {"activity_id": a["id"], "partner_id": pid, "ordinal": i}
            for i, pid in enumerate(a["partners"]))
        rows.rows("activity_topics").extend(
            {"activity_id": a["id"], "topic_id": tid, "ordinal": i}
            for i, tid in enumerate(a["topics"]))
        rows.fts.append(fts_row(
            activity_id=a["id"], title_zh=a["title_zh"], title_en=a["title_en"],
            quote=a["quote"], text_en=a["text_en"], place_zh=a.get("place_zh", ""),
            place_en=a.get("place_en", ""), partners=[partners[p] for p in a["partners"]],
            topics=[topics[t] for t in a["topics"]], bodies=src.bodies,
            heading=headings.get((a["doc"], a["paragraph"]), "")))
    return rows


def write_database(src: Sources, activities: list[dict[str, Any]], output: Path) -> None:
    """Write the database to a temporary file, then move it into place atomically."""
    write_database_atomically(database_rows(src, activities), output)


def is_stale(output: Path, root: Path = SOURCES) -> bool:
    """True when the database is missing or older than any of its sources or this builder."""
    if not output.exists():
        return True
    built = output.stat().st_mtime
    core = HERE.parent / "desktop" / "core"
    inputs = source_files(root) + [Path(__file__), core / "cpm_paper.py", core / "schema.py",
                                   core / "text.py"]
    return any(p.exists() and p.stat().st_mtime > built for p in inputs)


def build_pack(output: Path, root: Path = SOURCES, doc_ids: list[str] | None = None
               ) -> dict[str, Any]:
    """Write a data pack: the database of one report (or several, or all) plus pack meta
    (format version, creation time, sha256 of the content), for users to import offline.

    Raises:
        BuildError: the sources are inconsistent, or an id names no report.
    """
    src = load_sources(root)
    activities = validate(src)
    wanted = doc_ids or [d.id for d in src.documents]
    unknown = sorted(set(wanted) - {d.id for d in src.documents})
    if unknown:
        raise BuildError([f"--doc: no report has the id {i!r}" for i in unknown])
    chosen = [d for d in src.documents if d.id in wanted]
    subset = Sources(src.groups, src.topics, src.partners, src.bodies, chosen, src.files)
    picked = [a for a in activities if a["doc"] in wanted]
    write_database_atomically(database_rows(subset, picked, origin="pack"), output,
                              finish=stamp_pack)
    return {"documents": len(chosen), "activities": len(picked)}


def build(output: Path = DEFAULT_OUTPUT, root: Path = SOURCES,
          check_only: bool = False) -> dict[str, Any]:
    """Validate the sources and (unless ``check_only``) write the database.

    Returns:
        Counts of what was built: activities, partners, topics, bodies, documents, and per
        document its activities, paragraphs and English words checked.
    """
    src = load_sources(root)
    activities = validate(src)
    if not check_only:
        write_database(src, activities, output)
    per_doc = {}
    for d in src.documents:
        english = d.report if d.original_is_english else d.report_en
        words = sum(len(p.text.split()) for p in english.paragraphs) if english else 0
        per_doc[d.id] = {"activities": sum(1 for a in activities if a["doc"] == d.id),
                         "paragraphs": len(d.report.paragraphs), "english_words": words}
    return {"activities": len(activities), "partners": len(src.partners),
            "topics": len(src.topics), "bodies": len(src.bodies),
            "documents": len(src.documents), "per_document": per_doc}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.build", description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"database to write (default: {DEFAULT_OUTPUT.name} in db/)")
    parser.add_argument("--sources", type=Path, default=SOURCES,
                        help="sources root: registry/ and one folder per document")
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the database is newer than its sources")
    parser.add_argument("--pack", type=Path, metavar="OUT",
                        help="write a data pack (for 'ippc-coop import') instead of the "
                        "database")
    parser.add_argument("--doc", action="append", default=[], metavar="ID",
                        help="with --pack: only this report (repeat; default: all)")
    args = parser.parse_args(argv)
    if args.if_stale and not args.pack and not args.check and not is_stale(args.output,
                                                                            args.sources):
        print(f"{args.output} is up to date")
        return 0
    try:
        if args.pack:
            counts = build_pack(args.pack, args.sources, args.doc)
        else:
            counts = build(args.output, args.sources, args.check)
    except BuildError as exc:
        print(f"build failed: {len(exc.problems)} problem(s) in {args.sources}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    if args.pack:
        print(f"wrote data pack {args.pack}: {counts['documents']} report(s), "
              f"{counts['activities']} activities")
        return 0
    what = "checked" if args.check else f"wrote {args.output}"
    print(f"{what}: {counts['documents']} report(s), {counts['activities']} activities, "
          f"{counts['partners']} partners, {counts['topics']} topics, "
          f"{counts['bodies']} named bodies")
    for doc_id, c in counts["per_document"].items():
        print(f"  {doc_id}: {c['activities']} activities, {c['paragraphs']} paragraphs, "
              f"{c['english_words']} English words checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
