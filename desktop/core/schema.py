"""The cooperation database's schema (version 2) and the one writer of it.

``db.build`` (the bundled database and data packs) and the importer (reports added from a file
into the user's library) both describe what to store as :class:`DatabaseRows` and call
:func:`write_database_atomically`, so every database the app reads has the same tables,
columns and full-text index. :func:`expected_objects` is what an untrusted data pack is
checked against.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.text import index_text

SCHEMA_VERSION = 2
#: Version of the data-pack format (a database of the schema plus pack meta) this app reads
#: and writes; a newer pack asks for a newer app.
PACK_FORMAT_VERSION = 1

#: Columns of every table, in order; the types are SQLite's (TEXT, INTEGER).
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "meta": (("key", "TEXT PRIMARY KEY"), ("value", "TEXT")),
    "documents": (
        ("id", "TEXT PRIMARY KEY"), ("sort", "INTEGER"), ("language", "TEXT"),
        ("title_zh", "TEXT"), ("title_en", "TEXT"), ("body_zh", "TEXT"), ("body_en", "TEXT"),
        ("session_zh", "TEXT"), ("session_en", "TEXT"), ("session_short", "TEXT"),
        ("session_dates", "TEXT"), ("session_place_zh", "TEXT"), ("session_place_en", "TEXT"),
        ("agenda_item", "TEXT"), ("period", "TEXT"), ("prepared_by_zh", "TEXT"),
        ("prepared_by_en", "TEXT"), ("has_translation", "INTEGER"),
        # "bundled" (curated, shipped), "pack" (curated, imported), "import" (from a file)
        ("origin", "TEXT"),
        ("automatic", "INTEGER"),  # 1: links were found automatically, not curated
        ("source_file", "TEXT"), ("source_sha256", "TEXT"), ("added", "TEXT")),
    "groups": (("id", "TEXT PRIMARY KEY"), ("part", "INTEGER"), ("label_zh", "TEXT"),
               ("label_en", "TEXT")),
    "topics": (("id", "TEXT PRIMARY KEY"), ("sort", "INTEGER"), ("label_zh", "TEXT"),
               ("label_en", "TEXT"), ("aliases_zh", "TEXT"), ("aliases_en", "TEXT")),
    "partners": (
        ("id", "TEXT PRIMARY KEY"), ("sort", "INTEGER"), ("group_id", "TEXT"),
        ("parent_id", "TEXT"), ("name_zh", "TEXT"), ("short_zh", "TEXT"), ("name_en", "TEXT"),
        ("acronym", "TEXT"), ("aliases_en", "TEXT"), ("kind", "TEXT"), ("kind_zh", "TEXT"),
        ("website", "TEXT"), ("mentions", "TEXT")),
    "partner_members": (("partner_id", "TEXT"), ("member_of", "TEXT")),
    "bodies": (("id", "TEXT PRIMARY KEY"), ("sort", "INTEGER"), ("forms_zh", "TEXT"),
               ("name_en", "TEXT"), ("acronym", "TEXT"), ("kind", "TEXT"),
               ("kind_zh", "TEXT")),
    "paragraphs": (("doc", "TEXT"), ("number", "INTEGER"), ("part", "INTEGER"),
                   ("text", "TEXT"), ("text_en", "TEXT"), ("first_line", "INTEGER"),
                   ("last_line", "INTEGER")),
    "footnotes": (("doc", "TEXT"), ("number", "INTEGER"), ("paragraph", "INTEGER"),
                  ("text", "TEXT"), ("text_en", "TEXT"), ("url", "TEXT")),
    "activities": (
        ("id", "TEXT PRIMARY KEY"), ("doc", "TEXT"), ("paragraph", "INTEGER"),
        ("ordinal", "INTEGER"), ("part", "INTEGER"), ("text", "TEXT"), ("text_en", "TEXT"),
        ("title_zh", "TEXT"), ("title_en", "TEXT"), ("date", "TEXT"), ("date_start", "TEXT"),
        ("date_end", "TEXT"), ("date_precision", "TEXT"), ("date_qualifier", "TEXT"),
        ("year_start", "INTEGER"), ("year_end", "INTEGER"), ("place_zh", "TEXT"),
        ("place_en", "TEXT"), ("calls_to_action", "INTEGER")),
    "activity_partners": (("activity_id", "TEXT"), ("partner_id", "TEXT"),
                          ("ordinal", "INTEGER")),
    "activity_topics": (("activity_id", "TEXT"), ("topic_id", "TEXT"), ("ordinal", "INTEGER")),
}
_PRIMARY_KEYS = {"partner_members": ("partner_id", "member_of"),
                 "paragraphs": ("doc", "number"), "footnotes": ("doc", "number"),
                 "activity_partners": ("activity_id", "partner_id"),
                 "activity_topics": ("activity_id", "topic_id")}
_FOREIGN_KEYS = {
    "partners": (("group_id", "groups", "id"),),
    "partner_members": (("partner_id", "partners", "id"), ("member_of", "partners", "id")),
    "paragraphs": (("doc", "documents", "id"),),
    "footnotes": (("doc", "documents", "id"),),
    "activities": (("doc", "documents", "id"),),
    "activity_partners": (("activity_id", "activities", "id"),
                          ("partner_id", "partners", "id")),
    "activity_topics": (("activity_id", "activities", "id"), ("topic_id", "topics", "id")),
}
INDEXES = (("activities", "doc"), ("activities", "year_start"),
           ("activity_partners", "partner_id"), ("activity_topics", "topic_id"),
           ("partners", "group_id"), ("partners", "parent_id"))
FTS_COLUMNS = ("title", "names", "place", "text", "text_en")
_FTS_SQL = ("CREATE VIRTUAL TABLE activity_fts USING fts5(title, names, place, text, text_en, "
            "tokenize = \"unicode61 remove_diacritics 2\")")
#: Tables whose rows are the content of a database (what a pack's checksum covers), in order.
CONTENT_TABLES = tuple(t for t in TABLES if t != "meta")


@dataclass
class DatabaseRows:
    """Everything one database holds, as rows (dicts keyed by column name)."""

    meta: dict[str, str] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: One row per activity: ``{"id": activity id, "title": …, "names": …, …}`` where the
    #: values are already tokenised with :func:`desktop.core.text.index_text`.
    fts: list[dict[str, str]] = field(default_factory=list)

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables.setdefault(table, [])


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def date_items(date: str) -> list[tuple[str, str]]:
    """``(start, end)`` of each date or range of an annotation date ('' for none)."""
    out = []
    for item in filter(None, date.split(",")):
        start, _, end = item.partition("/")
        out.append((start, end or start))
    return out


def year_span(date: str) -> tuple[int | None, int | None]:
    items = date_items(date)
    if not items:
        return None, None
    return min(int(s[:4]) for s, _ in items), max(int(e[:4]) for _, e in items)


def date_precision(date: str) -> str:
    items = date.split(",") if date else []
    if not items:
        return "none"
    if len(items) > 1:
        return "multiple"
    start, _, end = items[0].partition("/")
    unit = {4: "year", 7: "month", 10: "day"}.get(len(start), "year")
    return f"{unit}_range" if end else unit


def activity_row(*, activity_id: str, doc: str, paragraph: int, ordinal: int, part: int,
                 text: str, text_en: str, title_zh: str, title_en: str, date: str,
                 date_qualifier: str, place_zh: str, place_en: str,
                 calls_to_action: bool) -> dict[str, Any]:
    """The ``activities`` row, with the date columns derived from ``date``."""
    items = date_items(date)
    start, end = year_span(date)
    return {
        "id": activity_id, "doc": doc, "paragraph": paragraph, "ordinal": ordinal,
        "part": part, "text": text, "text_en": text_en, "title_zh": title_zh,
        "title_en": title_en, "date": date or None,
        "date_start": items[0][0] if items else None,
        "date_end": max(e for _, e in items) if items else None,
        "date_precision": date_precision(date), "date_qualifier": date_qualifier,
        "year_start": start, "year_end": end, "place_zh": place_zh, "place_en": place_en,
        "calls_to_action": int(bool(calls_to_action)),
    }


def fts_row(*, activity_id: str, title_zh: str, title_en: str, quote: str, text_en: str,
            place_zh: str, place_en: str, partners: list[dict[str, Any]],
            topics: list[dict[str, Any]], bodies: Iterable[dict[str, Any]],
            heading: str = "") -> dict[str, str]:
    """The full-text row of one activity.

    Columns: title (both languages, plus the names of the activity's first partner, the one
    its paragraph is about, so a partner's own activities rank above passing mentions), names
    (all partner names, acronyms, short forms and aliases, topic labels and aliases, and the
    named bodies the quotation or its paragraph's ``heading`` mentions, in both languages),
    place, text (the quotation as in the report) and text_en (its English, when different).
    Partners, topics and bodies are registry rows as in the TOML sources (lists as lists).
    """
    primary: list[str] = []
    if partners:
        first = partners[0]
        primary = [first["name_zh"], first["name_en"], first.get("acronym", "")]
    names: list[str] = []
    for p in partners:
        names += [p["name_zh"], p["name_en"], p.get("acronym", ""), *p.get("short_zh", []),
                  *p.get("aliases_en", [])]
    for t in topics:
        names += [t["label_zh"], t["label_en"], *t.get("aliases_zh", []),
                  *t.get("aliases_en", [])]
    for body in bodies:
        forms = body.get("forms_zh", [])
        if any(form in quote or form in heading for form in forms):
            names += [*forms, body["name_en"], body.get("acronym", "")]
    return {
        "id": activity_id,
        "title": index_text(title_zh, title_en, *primary),
        "names": index_text(" | ".join(names)),
        "place": index_text(place_zh, place_en),
        "text": index_text(quote),
        "text_en": index_text(text_en) if text_en and text_en != quote else "",
    }


def paragraph_heading(text: str) -> str:
    """The heading a paragraph opens with ("世界海关组织：…", "WCO: …"), or ''."""
    for mark in ("：", ": "):
        head, found, _ = text.partition(mark)
        if found and 0 < len(head) <= 60:
            return head.strip()
    return ""


def _create(conn: sqlite3.Connection) -> None:
    for table, columns in TABLES.items():
        cols = ", ".join(f"{name} {kind}" for name, kind in columns)
        pk = _PRIMARY_KEYS.get(table)
        if pk:
            cols += f", PRIMARY KEY ({', '.join(pk)})"
        for column, other, key in _FOREIGN_KEYS.get(table, ()):
            cols += f", FOREIGN KEY ({column}) REFERENCES {other} ({key})"
        conn.execute(f"CREATE TABLE {table} ({cols})")
    for table, column in INDEXES:
        conn.execute(f"CREATE INDEX idx_{table}_{column} ON {table} ({column})")
    conn.execute(_FTS_SQL)


def write_database(rows: DatabaseRows, path: Path) -> None:
    """Write ``rows`` into a new database file at ``path`` (which must not exist).

    One transaction (tables, rows, full-text index), then VACUUM. Rows go in with plain
    ``executemany`` and explicit columns (a row never adds a column the schema does not
    have); values must be what SQLite stores (text, numbers, None): lists and mappings are
    JSON text already (:func:`to_json`). If anything fails, the file at ``path`` is not a
    usable database: use :func:`write_database_atomically`, which deletes it.
    """
    # isolation_level=None: the transaction is ours (BEGIN ... COMMIT), not the sqlite3
    # module's, which would commit the CREATE statements one by one.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        try:
            _create(conn)
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                             sorted(rows.meta.items()))
            for table, columns in TABLES.items():
                data = rows.tables.get(table, [])
                if table != "meta" and data:
                    names = [name for name, _ in columns]
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' for _ in names)})",
                        ([row.get(n) for n in names] for row in data))
            rowids = dict(conn.execute("SELECT id, rowid FROM activities"))
            conn.executemany(
                f"INSERT INTO activity_fts (rowid, {', '.join(FTS_COLUMNS)}) "
                f"VALUES (?, {', '.join('?' for _ in FTS_COLUMNS)})",
                ([rowids[r["id"]], *(r[c] for c in FTS_COLUMNS)] for r in rows.fts))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        # VACUUM's rollback journal would be a second copy of the whole file (half the time
        # of a large build). The file is new and no one else has it open; should VACUUM fail,
        # the exception propagates and write_database_atomically deletes the file.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("VACUUM")
    finally:
        conn.close()


def write_database_atomically(rows: DatabaseRows, output: Path,
                              finish: Callable[[Path], None] | None = None) -> None:
    """Write to a temporary file beside ``output``, then move it into place.

    ``finish`` (if given) runs on the complete temporary file before the move (e.g. to
    stamp a checksum); if anything fails, ``output`` is unchanged and no temporary file stays.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=output.name + ".", suffix=".tmp", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        write_database(rows, tmp)
        if finish is not None:
            finish(tmp)
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def expected_objects() -> dict[str, tuple[str, ...]]:
    """Schema objects of a database this writer makes: name -> column names (tables and the
    full-text table's shadow tables) or ``("index",)``. Anything else in a file (a view, a
    trigger, another table or index) is foreign."""
    conn = sqlite3.connect(":memory:")
    try:
        _create(conn)
        out: dict[str, tuple[str, ...]] = {}
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
            if kind == "index":
                out[name] = ("index",)
            else:
                out[name] = tuple(r[1] for r in conn.execute(f"PRAGMA table_info('{name}')"))
        return out
    finally:
        conn.close()


def content_digest(conn: sqlite3.Connection) -> str:
    """sha256 of every content row (all tables but ``meta``, and the full-text rows), in a
    canonical order: what a data pack's checksum covers."""
    import hashlib

    digest = hashlib.sha256()
    for table in CONTENT_TABLES:
        names = [name for name, _ in TABLES[table]]
        order = ", ".join(_PRIMARY_KEYS.get(table, (names[0],)))
        for row in conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}"):
            digest.update(to_json([table, *row]).encode())
    for row in conn.execute(f"SELECT rowid, {', '.join(FTS_COLUMNS)} FROM activity_fts "
                            "ORDER BY rowid"):
        digest.update(to_json(["fts", *row]).encode())
    return digest.hexdigest()


def stamp_pack(path: Path, created: str | None = None) -> None:
    """Add the data-pack meta (format version, creation time, content checksum) to a
    database just written, making it a data pack."""
    import datetime as dt

    conn = sqlite3.connect(path)
    try:
        with conn:
            values = {"pack_format_version": str(PACK_FORMAT_VERSION),
                      "pack_created": created or dt.datetime.now(dt.UTC).replace(
                          microsecond=0).isoformat(),
                      "content_sha256": content_digest(conn)}
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             sorted(values.items()))
    finally:
        conn.close()
