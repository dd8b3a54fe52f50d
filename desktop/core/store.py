"""Read-only access to the cooperation database: reports, entities, search, filters, counts.

The database holds one or more reports (documents) sharing the partner and topic registries.
It is small (a few hundred rows per report), so documents, partners, topics and activities
are loaded once into plain objects. Full-text matching and ranking run in SQLite (FTS5,
bm25), once per distinct query; filters and facet counts are then taken over the loaded
activities, so a keystroke costs one FTS query however many counts the window shows.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from desktop.core.errors import DatabaseError, NotFoundError, SearchError
from desktop.core.models import (
    UNDATED,
    Activity,
    Body,
    Document,
    Filters,
    Group,
    GroupNode,
    Hit,
    Partner,
    PartnerNode,
    SearchResult,
    Topic,
)
from desktop.core.text import (
    Term,
    fts_expression,
    is_cjk,
    match_spans,
    normalize,
    parse_query,
    tokens,
)

SUPPORTED_SCHEMA = 2
#: bm25 weights for the full-text columns: title, names, place, text, text_en. The words of
#: the quotation itself (in either language) weigh more than a link through a name or alias.
_WEIGHTS = (6.0, 1.5, 2.0, 2.0, 2.0)


#: A statement that runs longer than this is stopped (a legitimate one takes milliseconds;
#: a crafted database could otherwise keep the app busy for ever, deaf to Ctrl+C).
QUERY_BUDGET_S = 5.0
#: SQLite virtual-machine steps between two looks at the clock (a look costs ~0.1 µs).
_PROGRESS_STEPS = 10_000
#: Tables SQLite itself may add (statistics of ANALYZE); they hold no SQL.
_SQLITE_OWN = {"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


class GuardedConnection(sqlite3.Connection):
    """A connection whose every statement (with the fetching of its rows) gets a time budget
    of :data:`QUERY_BUDGET_S`; SQLite stops one that overruns ("interrupted").

    Also lets Ctrl+C stop a long statement: the progress handler is Python code, so a
    pending KeyboardInterrupt surfaces there; SQLite turns it into "interrupted", and
    :func:`sql_failure` turns that back into a KeyboardInterrupt.
    """

    #: The file, for messages.
    path: Path | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = math.inf
        self.timed_out = False
        self.set_progress_handler(self._progress, _PROGRESS_STEPS)

    def _progress(self) -> int:
        if time.monotonic() <= self.deadline:
            return 0
        self.timed_out = True
        return 1

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.deadline = time.monotonic() + QUERY_BUDGET_S
        self.timed_out = False
        return super().execute(sql, parameters)


def sql_failure(exc: sqlite3.Error, conns: Iterable[sqlite3.Connection],
                path: Path) -> None:
    """Raise what an interrupted statement means, if ``exc`` is one: a DatabaseError naming
    the file when a connection's time budget ran out (``path`` if the connection does not
    know its file), else a KeyboardInterrupt (Ctrl+C, which SQLite swallowed). Returns for
    any other error."""
    if not (isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)):
        return
    late = [c for c in conns if getattr(c, "timed_out", False)]
    if late:
        path = getattr(late[0], "path", None) or path
        raise DatabaseError(
            f"Reading the database at {path} took longer than {QUERY_BUDGET_S:g} s and was "
            "stopped. It was not made by this application or is damaged: rebuild it with "
            "'make db', reinstall the application, or remove the file if you added it.",
            f"读取 {path} 处的数据库超过 {QUERY_BUDGET_S:g} 秒，已停止。该文件不是本程序生成的或已"
            "损坏：请用“make db”重新生成、重新安装本程序，或删除您添加的该文件。") from exc
    raise KeyboardInterrupt from exc


def _expected_schema() -> dict[str, tuple[str, ...]]:
    global _EXPECTED
    if _EXPECTED is None:
        from desktop.core.schema import expected_objects

        _EXPECTED = expected_objects()
    return _EXPECTED


_EXPECTED: dict[str, tuple[str, ...]] | None = None


def _refuse_foreign(path: Path, what_en: str, what_zh: str) -> DatabaseError:
    return DatabaseError(
        f"The database at {path} was refused: {what_en} It was not made by this application; "
        "rebuild it with 'make db', reinstall the application, or remove the file if you "
        "added it.",
        f"{path} 处的数据库未被接受：{what_zh}该文件不是本程序生成的；请用“make db”重新生成、"
        "重新安装本程序，或删除您添加的该文件。")


def _check_schema(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Refuse a database with SQL of its own (views, triggers) or objects the schema does
    not have; return what it lacks of the schema (tables, indexes, columns), for the caller
    to report once the schema version is known to match."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    code = sorted(name for kind, name, _ in objects if kind in ("view", "trigger"))
    if code:
        raise _refuse_foreign(
            path, f"it contains views or triggers ({', '.join(code[:5])}), SQL that would run "
            "when it is read.",
            f"其中含有视图或触发器（{', '.join(code[:5])}），读取时会执行其中的 SQL。")
    expected = _expected_schema()
    found = {name: (kind, sql) for kind, name, sql in objects}
    extra = sorted(set(found) - set(expected) - _SQLITE_OWN)
    if extra:
        raise _refuse_foreign(
            path, f"it has tables or indexes this application does not know "
            f"({', '.join(extra[:5])}).",
            f"其中含有本程序不认识的表或索引（{', '.join(extra[:5])}）。")
    fts_sql = found.get("activity_fts", ("", ""))[1] or ""
    if fts_sql and not " ".join(fts_sql.split()).lower().startswith(
            "create virtual table activity_fts using fts5("):
        raise _refuse_foreign(path, "its full-text table is not an FTS5 index.",
                              "其全文检索表不是 FTS5 索引。")
    missing = sorted(set(expected) - set(found))
    for name, columns in expected.items():
        if name in found and columns != ("index",):
            have = tuple(r[1] for r in conn.execute(f"PRAGMA table_info('{name}')"))
            if have != columns:
                odd = sorted(set(have) - set(columns))
                if odd:
                    raise _refuse_foreign(
                        path, f"its table {name} has columns this application does not know "
                        f"({', '.join(odd[:5])}).", f"其表 {name} 含有本程序不认识的列（"
                        f"{', '.join(odd[:5])}）。")
                missing += [f"{name}.{c}" for c in columns if c not in have]
    return missing


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable; raise DatabaseError with advice if impossible.

    A database file is a program as much as data (views and triggers run SQL when it is read),
    and this one may come from outside (``--db``, the user's folder of added reports). So it
    is opened with ``trusted_schema`` off, must hold the schema's tables, columns and indexes
    and nothing else (no views, no triggers), must pass SQLite's quick check, and every
    statement on it has a time budget (:class:`GuardedConnection`).
    """
    if not path.is_file():
        raise DatabaseError(
            f"The cooperation database was not found at {path}. "
            "Rebuild it with 'make db' (from source) or reinstall the application.",
            f"在 {path} 找不到合作数据库。请用“make db”重新生成（源代码版本）或重新安装本程序。")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                               factory=GuardedConnection)
        if isinstance(conn, GuardedConnection):
            conn.path = path
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA trusted_schema = OFF")
        missing = _check_schema(conn, path)
        rows = (dict(conn.execute("SELECT key, value FROM meta").fetchall())
                if "meta" not in missing else {})
        if rows.get("schema_version") == str(SUPPORTED_SCHEMA):
            check = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if check != ["ok"]:
                raise sqlite3.DatabaseError(f"quick check: {'; '.join(check[:3])}")
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if not isinstance(exc, sqlite3.Error):
            raise
        sql_failure(exc, [conn] if conn is not None else [], path)
        raise DatabaseError(
            f"The cooperation database at {path} cannot be read ({exc}). "
            "It may be damaged: rebuild it with 'make db' or reinstall the application.",
            f"无法读取 {path} 处的合作数据库（{exc}）。文件可能已损坏："
            "请用“make db”重新生成或重新安装本程序。"
        ) from exc
    if rows.get("schema_version") != str(SUPPORTED_SCHEMA):
        conn.close()
        found = rows.get("schema_version")
        raise DatabaseError(
            f"The database at {path} has schema version {found!r}; "
            f"this version of the application needs {SUPPORTED_SCHEMA}. Rebuild or reinstall.",
            f"{path} 处数据库的结构版本为 {found!r}，本程序需要 {SUPPORTED_SCHEMA}。"
            "请重新生成数据库或重新安装本程序。")
    if missing:
        conn.close()
        raise DatabaseError(
            f"The cooperation database at {path} is incomplete (missing: "
            f"{', '.join(missing[:5])}). Rebuild it with 'make db' or reinstall the application.",
            f"{path} 处的合作数据库不完整（缺少：{', '.join(missing[:5])}）。"
            "请用“make db”重新生成或重新安装本程序。")
    return conn


#: The reports a user added (imported files and data packs): one database each, in this
#: folder of the user's data folder.
REPORTS_FOLDER = "reports"


def library_dir() -> Path:
    """Where the reports the user added are kept (one database of the schema each)."""
    from desktop.paths import data_dir

    return data_dir() / REPORTS_FOLDER


# -- reading rows ---------------------------------------------------------------------------
# SQLite lets any column hold NULL or a value of another type, and a database may have been
# edited by hand. Text reads as text (NULL as empty, consistently everywhere: search, show,
# exports); a number or a date the app computes with must be one, or the database is
# reported as incomplete (ValueError, turned into a DatabaseError by Store._load_checked).
_DATE_ITEM = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE = re.compile(rf"{_DATE_ITEM}(?:/{_DATE_ITEM})?(?:,{_DATE_ITEM}(?:/{_DATE_ITEM})?)*")


def _text(value: object) -> str:
    """A text column's value: NULL reads as ''."""
    return "" if value is None else value if isinstance(value, str) else str(value)


def _texts(row: sqlite3.Row) -> Callable[[str], str]:
    return lambda key: _text(row[key])


_REQUIRED = object()


def _number(row: sqlite3.Row, key: str, default: object = _REQUIRED) -> Any:
    """An integer column's value; NULL gives ``default`` if there is one."""
    value = row[key]
    if value is None and default is not _REQUIRED:
        return default
    if isinstance(value, int):
        return value
    raise ValueError(f"{row['id']}: {key} is {value!r}, not a number")


def _date(row: sqlite3.Row) -> str | None:
    """An activity's ISO 8601 date(s) (``2019-08``, ``2019-09-23/2019-09-27``,
    ``2019-11,2020-10``), or None when undated."""
    value = row["date"]
    if value is None or value == "":
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        return value
    raise ValueError(f"{row['id']}: the date {value!r} is not an ISO 8601 date")


def _json_texts(value: object) -> tuple[str, ...]:
    """A JSON list of names (aliases, short forms); NULL reads as none."""
    items = json.loads(value) if isinstance(value, str | bytes) else []
    if not isinstance(items, list):
        raise ValueError(f"{value!r} is not a list")
    return tuple(_text(item) for item in items)


class Store:
    """The cooperation data, opened read-only: the bundled database plus the reports the
    user added (each its own database in :func:`library_dir`). Thread-safe for reads.

    A report the bundled database already has is not read again from the library; registry
    entries (partners, topics, bodies) are taken from the first database that has them. A
    library file that cannot be read is skipped and named in :attr:`library_problems`.
    """

    def __init__(self, path: Path | None = None, library: Path | bool | None = None):
        if path is None:
            from desktop.paths import database_path

            path = database_path()
        self.path = Path(path)
        if library is False:
            self.library: Path | None = None
        elif library is None or library is True:
            self.library = library_dir()
        else:
            self.library = Path(library)
        self._conn = open_readonly(self.path)
        self._conns: list[sqlite3.Connection] = [self._conn]
        try:
            self._open_library()
            self._load_checked()
        except BaseException:
            self.close()
            raise

    def _load_checked(self) -> None:
        """:meth:`_load`, with what can go wrong reading the data said in a DatabaseError."""
        try:
            self._load()
        except (sqlite3.Error, KeyError, IndexError, ValueError, TypeError) as exc:
            if isinstance(exc, sqlite3.Error):
                sql_failure(exc, self._conns, self.path)
            raise DatabaseError(
                f"The cooperation database at {self.path} is incomplete ({exc}). "
                "Rebuild it with 'make db' or reinstall the application.",
                f"{self.path} 处的合作数据库不完整（{exc}）。"
                "请用“make db”重新生成或重新安装本程序。") from exc

    def _open_library(self) -> None:
        self.library_problems: list[str] = []
        self.library_files: list[Path] = []
        if self.library is None or not self.library.is_dir():
            return
        for file in sorted(self.library.glob("*.sqlite")):
            try:
                conn = open_readonly(file)
            except DatabaseError as exc:
                self.library_problems.append(f"{file.name}: {exc}")
                continue
            self._conns.append(conn)
            self.library_files.append(file)

    def reload(self) -> None:
        """Read the library folder again (after a report was added or removed)."""
        for conn in self._conns[1:]:
            conn.close()
        self._conns = [self._conn]
        self._open_library()
        self._load_checked()
        self._score_cache.clear()

    # -- loading -------------------------------------------------------------------------
    def _load(self) -> None:
        self.meta: dict[str, str] = dict(
            self._conn.execute("SELECT key, value FROM meta").fetchall())
        documents: dict[str, Document] = {}
        groups: dict[str, Group] = {}
        topics: dict[str, Topic] = {}
        partners: dict[str, Partner] = {}
        bodies: dict[str, Body] = {}
        activities: list[Activity] = []
        self.footnotes: list[dict[str, object]] = []
        self._paragraphs: dict[tuple[str, int], tuple[str, str]] = {}
        self._source_of: dict[str, int] = {}  # activity id -> index of its connection
        self.document_files: dict[str, Path] = {}  # library report id -> its file
        for index, c in enumerate(self._conns):
            accepted = set()
            for r in c.execute("SELECT * FROM documents ORDER BY sort"):
                if r["id"] in documents:
                    continue  # the bundled database (or an earlier file) has it
                origin = r["origin"] or "bundled"
                if index and origin == "bundled":
                    origin = "pack"  # a curated database the user added
                txt = _texts(r)
                documents[r["id"]] = Document(
                    r["id"], r["sort"], txt("language"), txt("title_zh"), txt("title_en"),
                    txt("body_zh"), txt("body_en"), txt("session_zh"), txt("session_en"),
                    txt("session_short"), txt("session_dates"), txt("session_place_zh"),
                    txt("session_place_en"), txt("agenda_item"), txt("period"),
                    txt("prepared_by_zh"), txt("prepared_by_en"),
                    bool(r["has_translation"]), origin, bool(r["automatic"]),
                    txt("source_file"), txt("source_sha256"), txt("added"))
                accepted.add(r["id"])
                if index:
                    self.document_files[r["id"]] = self.library_files[index - 1]
            for r in c.execute("SELECT * FROM groups ORDER BY part"):
                groups.setdefault(r["id"], Group(r["id"], _number(r, "part"),
                                                 _text(r["label_zh"]), _text(r["label_en"])))
            for r in c.execute("SELECT * FROM topics ORDER BY sort"):
                topics.setdefault(r["id"], Topic(
                    r["id"], _text(r["label_zh"]), _text(r["label_en"]),
                    _json_texts(r["aliases_zh"]), _json_texts(r["aliases_en"])))
            members: dict[str, list[str]] = {}
            for r in c.execute("SELECT partner_id, member_of FROM partner_members"):
                members.setdefault(r["partner_id"], []).append(r["member_of"])
            for r in c.execute("SELECT * FROM partners ORDER BY sort"):
                txt = _texts(r)
                partners.setdefault(r["id"], Partner(
                    r["id"], r["group_id"], r["parent_id"], txt("name_zh"), txt("name_en"),
                    txt("acronym"), txt("kind"), txt("kind_zh"), txt("website"),
                    _json_texts(r["short_zh"]), tuple(members.get(r["id"], [])),
                    tuple((doc, int(n)) for doc, numbers in
                          dict(json.loads(r["mentions"] or "{}")).items() for n in numbers),
                    _json_texts(r["aliases_en"])))
            for r in c.execute("SELECT * FROM bodies ORDER BY sort"):
                txt = _texts(r)
                bodies.setdefault(r["id"], Body(
                    r["id"], _json_texts(r["forms_zh"]), txt("name_en"), txt("acronym"),
                    txt("kind"), txt("kind_zh")))
            links: dict[str, list[str]] = {}
            for r in c.execute("SELECT activity_id, partner_id FROM activity_partners "
                               "ORDER BY activity_id, ordinal"):
                links.setdefault(r["activity_id"], []).append(r["partner_id"])
            tlinks: dict[str, list[str]] = {}
            for r in c.execute("SELECT activity_id, topic_id FROM activity_topics "
                               "ORDER BY activity_id, ordinal"):
                tlinks.setdefault(r["activity_id"], []).append(r["topic_id"])
            for r in c.execute("SELECT * FROM activities ORDER BY paragraph, ordinal"):
                if r["doc"] not in accepted:
                    continue
                doc = documents[r["doc"]]
                txt = _texts(r)
                activities.append(Activity(
                    r["id"], _number(r, "paragraph"), _number(r, "ordinal"), _number(r, "part"),
                    txt("text"), txt("title_zh"), txt("title_en"), _date(r), txt("date_precision"),
                    txt("date_qualifier"), _number(r, "year_start", None),
                    _number(r, "year_end", None), txt("place_zh"), txt("place_en"),
                    bool(r["calls_to_action"]),
                    tuple(p for p in links.get(r["id"], []) if p in partners),
                    tuple(t for t in tlinks.get(r["id"], []) if t in topics),
                    r["doc"], txt("text_en"), doc.original_lang, doc.automatic))
                self._source_of[r["id"]] = index
            for r in c.execute("SELECT * FROM footnotes"):
                if r["doc"] in accepted:
                    self.footnotes.append(dict(r))
            for r in c.execute("SELECT doc, number, text, text_en FROM paragraphs"):
                if r["doc"] in accepted:
                    self._paragraphs[(r["doc"], r["number"])] = (_text(r["text"]),
                                                                 _text(r["text_en"]))
        # Reports in the order they were presented to the Commission; ties by id.
        self.documents: list[Document] = sorted(
            documents.values(), key=lambda d: (d.year or "9999", d.origin != "bundled", d.id))
        self._document = {d.id: d for d in self.documents}
        rank = {d.id: i for i, d in enumerate(self.documents)}
        self.groups: list[Group] = sorted(groups.values(), key=lambda g: g.part)
        self.topics: list[Topic] = list(topics.values())
        self.partners: list[Partner] = list(partners.values())
        self.bodies: list[Body] = list(bodies.values())
        self.activities: list[Activity] = sorted(
            activities, key=lambda a: (rank[a.doc], a.paragraph, a.ordinal))
        self._activity = {a.id: a for a in self.activities}
        self._order = {a.id: i for i, a in enumerate(self.activities)}
        self._partner = {p.id: p for p in self.partners}
        self._topic = {t.id: t for t in self.topics}
        self._group = {g.id: g for g in self.groups}
        self._children: dict[str, list[str]] = {}
        for p in self.partners:
            if p.parent_id:
                self._children.setdefault(p.parent_id, []).append(p.id)
        self._score_cache: dict[tuple[Term, ...], dict[str, float]] = {}
        # For highlighting: the Latin names of partners and topics, tokenised, with the
        # Chinese names to mark in the report text when a Latin query matches them.
        self._latin_names: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for p in self.partners:
            zh = (p.name_zh, *p.short_zh)
            for name in (p.name_en, p.acronym, *p.aliases_en):
                if name:
                    self._latin_names.append((tuple(tokens(name)), zh))
        for t in self.topics:
            zh = (t.label_zh, *t.aliases_zh)
            for name in (t.label_en, *t.aliases_en):
                self._latin_names.append((tuple(tokens(name)), zh))
        for body in self.bodies:
            for name in (body.name_en, body.acronym):
                if name:
                    self._latin_names.append((tuple(tokens(name)), body.forms_zh))
        # Chinese name (as a compact token string) -> English names, for the reverse mapping.
        self._english_names: dict[str, tuple[str, ...]] = {}
        for name_tokens, zh_names in self._latin_names:
            for chinese in zh_names:
                key = "".join(tokens(chinese))
                if key:
                    english = " ".join(name_tokens)
                    known = self._english_names.get(key, ())
                    if english not in known:
                        self._english_names[key] = (*known, english)

    def close(self) -> None:
        for conn in self._conns:
            conn.close()

    # -- lookups -------------------------------------------------------------------------
    def activity(self, activity_id: str) -> Activity:
        try:
            return self._activity[activity_id.strip()]
        except KeyError:
            raise NotFoundError(f"No activity has the id {activity_id!r}.") from None

    def document(self, document_id: str) -> Document:
        try:
            return self._document[document_id.strip()]
        except KeyError:
            raise NotFoundError(f"No report has the id {document_id!r}. "
                                "Try 'ippc-coop documents' for the list.") from None

    def document_of(self, activity: Activity) -> Document:
        return self._document[activity.doc]

    def paragraph_text(self, activity: Activity, lang: str = "zh") -> str:
        """The whole paragraph the activity quotes, in ``lang`` (English: our working
        translation for a report in Chinese; '' if there is none)."""
        original, english = self._paragraphs.get((activity.doc, activity.paragraph), ("", ""))
        if lang == "en":
            return english
        return original if activity.original_lang == "zh" else ""

    def resolve_document(self, text: str) -> str:
        """Document id for an id or short session name (``cpm15``, ``CPM-15 (2021)``)."""
        key = normalize(text).strip()
        for d in self.documents:
            names = (d.id, d.session_short, d.session_short.split(" (")[0])
            if key in {normalize(n) for n in names if n}:
                return d.id
        raise NotFoundError(
            f"Unknown report {text!r}. Reports: " + ", ".join(d.id for d in self.documents))

    def partner(self, partner_id: str) -> Partner:
        try:
            return self._partner[partner_id]
        except KeyError:
            raise NotFoundError(f"No partner has the id {partner_id!r}.") from None

    def topic(self, topic_id: str) -> Topic:
        try:
            return self._topic[topic_id]
        except KeyError:
            raise NotFoundError(f"No topic has the id {topic_id!r}.") from None

    def group(self, group_id: str) -> Group:
        return self._group[group_id]

    def group_of_part(self, part: int) -> Group | None:
        return next((g for g in self.groups if g.part == part), None)

    def corpus_order(self, activity: Activity) -> int:
        """Sort key: reports in order, then paragraph and ordinal (a key for ``sorted``)."""
        return self._order.get(activity.id, len(self._order))

    def partners_of(self, activity: Activity) -> list[Partner]:
        return [self._partner[p] for p in activity.partner_ids]

    def topics_of(self, activity: Activity) -> list[Topic]:
        return [self._topic[t] for t in activity.topic_ids]

    def children_of(self, partner_id: str) -> list[Partner]:
        return [self._partner[c] for c in self._children.get(partner_id, [])]

    def descendants(self, partner_id: str) -> set[str]:
        """The partner and every body under it (by parent), recursively."""
        out = {partner_id}
        stack = [partner_id]
        while stack:
            for child in self._children.get(stack.pop(), []):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return out

    def co_partners(self, partner_id: str) -> list[Partner]:
        """Partners named in the same activities as this partner (or a body under it), in
        report order of first appearance; the partner and its member bodies excluded."""
        own = self.descendants(partner_id)
        seen: dict[str, Partner] = {}
        for activity in self.activities:
            if own & set(activity.partner_ids):
                for pid in activity.partner_ids:
                    if pid not in own:
                        seen.setdefault(pid, self._partner[pid])
        return list(seen.values())

    def resolve_topic(self, text: str) -> str:
        """Topic id for an id, label or alias in either language (case-insensitive)."""
        key = normalize(text).strip()
        for t in self.topics:
            names = (t.id, t.label_zh, t.label_en, *t.aliases_zh, *t.aliases_en)
            if key in {normalize(n) for n in names}:
                return t.id
        raise NotFoundError(
            f"Unknown topic {text!r}. Topics: " + ", ".join(t.id for t in self.topics))

    def resolve_partner(self, text: str) -> str:
        """Partner id for an id, name, short form or acronym in either language."""
        key = normalize(text).strip()
        for p in self.partners:
            names = (p.id, p.name_zh, p.name_en, p.acronym, *p.short_zh, *p.aliases_en)
            if key in {normalize(n) for n in names if n}:
                return p.id
        raise NotFoundError(
            f"Unknown partner {text!r}. Try 'ippc-coop partners' for the list of names and ids.")

    # -- matching ------------------------------------------------------------------------
    def _scores(self, query: str) -> dict[str, float] | None:
        """bm25 score (lower is better) of every activity the query's text matches.

        ``None`` when the query has no terms (no text constraint). One FTS5 query per
        distinct query: the window asks for hits and four kinds of counts after every
        keystroke, and all of them share this result.
        """
        terms = parse_query(query)
        if not terms:
            return None
        key = tuple(terms)
        cached = self._score_cache.get(key)
        if cached is not None:
            return cached
        rows: list[sqlite3.Row] = []
        try:
            for index, conn in enumerate(self._conns):
                found = conn.execute(
                    "SELECT a.id AS id, bm25(activity_fts, ?, ?, ?, ?, ?) AS score "
                    "FROM activities a JOIN activity_fts ON activity_fts.rowid = a.rowid "
                    "WHERE activity_fts MATCH ?", [*_WEIGHTS, fts_expression(terms)])
                rows += [r for r in found if self._source_of.get(r["id"]) == index]
        except sqlite3.Error as exc:
            sql_failure(exc, self._conns, self.path)
            # parse_query lets only quoted tokens through, so this means a damaged database.
            raise SearchError(f"The search could not be run ({exc}). The database may be "
                              "damaged: rebuild it with 'make db' or reinstall.",
                              f"无法执行检索（{exc}）。数据库可能已损坏："
                              "请用“make db”重新生成或重新安装本程序。") from exc
        scores = {r["id"]: float(r["score"]) for r in rows}
        if len(self._score_cache) >= 64:
            self._score_cache.pop(next(iter(self._score_cache)))
        self._score_cache[key] = scores
        return scores

    def forget_searches(self) -> None:
        """Drop the per-query cache of full-text matches (benchmarks time a cold keystroke)."""
        self._score_cache.clear()

    def _passes(self, activity: Activity, filters: Filters, partners: set[str]) -> bool:
        """True when the activity meets every filter (values of one filter are OR-ed)."""
        if filters.topics and not set(activity.topic_ids) & set(filters.topics):
            return False
        if partners and not set(activity.partner_ids) & partners:
            return False
        if filters.parts and activity.part not in filters.parts:
            return False
        if filters.documents and activity.doc not in filters.documents:
            return False
        if filters.years and not set(activity.years()) & set(filters.years):
            return False
        return not (filters.calls_to_action and not activity.calls_to_action)

    def _match(self, query: str, filters: Filters,
               restrict_to: AbstractSet[str] | None = None) -> list[tuple[str, float]]:
        """Ids and scores of activities matching query and filters (and among
        ``restrict_to`` when given), best first, then in report order. Ranking is FTS5's;
        filters run over the loaded activities."""
        scores = self._scores(query)
        partners: set[str] = set().union(*(self.descendants(p) for p in filters.partners))
        matched = [(a.id, scores[a.id] if scores is not None else 0.0)
                   for a in self.activities
                   if (scores is None or a.id in scores)
                   and (restrict_to is None or a.id in restrict_to)
                   and self._passes(a, filters, partners)]
        matched.sort(key=lambda item: item[1])  # stable: ties keep report order
        return matched

    def search(self, query: str = "", filters: Filters | None = None,
               limit: int | None = None, *,
               restrict_to: AbstractSet[str] | None = None) -> SearchResult:
        """Activities matching the query and filters, best first, with highlight spans.

        ``restrict_to``: only these activity ids may match (e.g. the user's starred or
        annotated activities, :func:`desktop.core.userdata.restrict_ids`); ``None``: all.
        It is AND-ed with the query and filters, like every keyword of this class's counts.
        """
        filters = filters or Filters()
        matched = self._match(query, filters, restrict_to)
        terms = self._highlight_terms(parse_query(query))
        hits = []
        for activity_id, score in matched[: limit if limit and limit > 0 else None]:
            activity = self._activity[activity_id]
            spans = tuple(match_spans(activity.text, terms))
            spans_en = (tuple(match_spans(activity.text_en, terms))
                        if activity.text_en and activity.text_en != activity.text else spans)
            hits.append(Hit(activity, score, spans, spans_en))
        return SearchResult(query, filters, len(matched), tuple(hits))

    def highlight(self, query: str, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` (a quotation or paragraph, in either language) to mark for
        ``query``, as search results mark them."""
        return match_spans(text, self._highlight_terms(parse_query(query)))

    def _highlight_terms(self, terms: list[Term]) -> list[Term]:
        """The query's terms plus, for Latin terms that name a partner, topic or named body,
        its Chinese names, so ``WCO`` marks 世界海关组织 in the report text; and for a Chinese
        term that is such a name, its English names, so ``实蝇`` marks "fruit flies" in the
        English text."""
        extra: list[Term] = []
        for term in terms:
            if any(is_cjk(tok) for tok in term.tokens):
                # The other way round: a Chinese name marks its English names in English text.
                for english in self._english_names.get(term.compact, ()):
                    extra.append(Term(tuple(tokens(english)), False))
                continue
            size = len(term.tokens)
            for name_tokens, zh_names in self._latin_names:
                for i in range(len(name_tokens) - size + 1):
                    window = name_tokens[i:i + size]
                    if window[:-1] == term.tokens[:-1] and (
                            window[-1] == term.tokens[-1]
                            or (term.prefix and window[-1].startswith(term.tokens[-1]))):
                        extra += [Term(tuple(tokens(zh)), False) for zh in zh_names if zh]
                        break
        return terms + extra

    def matching_ids(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[str]:
        return [i for i, _ in self._match(query, filters or Filters(), restrict_to)]

    # -- counts --------------------------------------------------------------------------
    def topic_counts(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[tuple[Topic, int]]:
        """Every topic with the number of matches if it were chosen (its own facet ignored)."""
        ids = self.matching_ids(query, (filters or Filters()).without("topics"),
                                restrict_to=restrict_to)
        counts = dict.fromkeys(self._topic, 0)
        for activity_id in ids:
            for tid in self._activity[activity_id].topic_ids:
                counts[tid] += 1
        return [(t, counts[t.id]) for t in self.topics]

    def year_counts(self, query: str = "", filters: Filters | None = None, *,
                    restrict_to: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
        """Years present in the data (UNDATED last) with match counts (own facet ignored)."""
        all_years = sorted({y for a in self.activities for y in a.years() if y != UNDATED})
        ids = self.matching_ids(query, (filters or Filters()).without("years"),
                                restrict_to=restrict_to)
        counts = dict.fromkeys([*all_years, UNDATED], 0)
        for activity_id in ids:
            for year in self._activity[activity_id].years():
                counts[year] += 1
        return list(counts.items())

    def document_counts(self, query: str = "", filters: Filters | None = None, *,
                        restrict_to: AbstractSet[str] | None = None
                        ) -> list[tuple[Document, int]]:
        """Every report with its number of matches if it were chosen (own facet ignored)."""
        ids = self.matching_ids(query, (filters or Filters()).without("documents"),
                                restrict_to=restrict_to)
        counts = dict.fromkeys(self._document, 0)
        for activity_id in ids:
            counts[self._activity[activity_id].doc] += 1
        return [(d, counts[d.id]) for d in self.documents]

    def calls_to_action_count(self, query: str = "", filters: Filters | None = None, *,
                              restrict_to: AbstractSet[str] | None = None) -> int:
        ids = self.matching_ids(query, (filters or Filters()).without("calls_to_action"),
                                restrict_to=restrict_to)
        return sum(1 for i in ids if self._activity[i].calls_to_action)

    def partner_tree(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[GroupNode]:
        """The report's parts with their partners in report order, members under their body.

        A partner's count is the number of matching activities of the partner or a body under
        it (the partner filter itself is ignored, so the tree stays a map of everything).
        Bodies listed as members of another (``member_of``) appear under it as well.
        """
        ids = self.matching_ids(query, (filters or Filters()).without("partners"),
                                restrict_to=restrict_to)
        direct: dict[str, set[str]] = {p.id: set() for p in self.partners}
        for activity_id in ids:
            for pid in self._activity[activity_id].partner_ids:
                direct[pid].add(activity_id)

        def count(pid: str) -> int:
            return len(set().union(*(direct[d] for d in self.descendants(pid))))

        def node(partner: Partner, via_membership: bool, depth: int) -> PartnerNode:
            kids = self._children.get(partner.id, [])
            children = [] if depth > 4 else [node(self._partner[c], False, depth + 1) for c in kids]
            if not via_membership and depth <= 4:
                children += [node(m, True, depth + 1) for m in self.partners
                             if partner.id in m.member_of and m.parent_id != partner.id]
            return PartnerNode(partner, count(partner.id), children, via_membership)

        groups = []
        for group in self.groups:
            roots = [node(p, False, 0) for p in self.partners
                     if p.group_id == group.id and not p.parent_id]
            group_ids = {i for i in ids if self._activity[i].part == group.part}
            groups.append(GroupNode(group, len(group_ids), roots))
        return groups

    # -- citation ------------------------------------------------------------------------
    def citation(self, activity: Activity, lang: str = "en", translated: bool = False) -> str:
        """Where the quotation comes from: secretariat, title, session, agenda item, paragraph.

        ``translated``: the text cited beside it is our English working translation, which
        the citation then says.
        """
        d = self._document[activity.doc]
        if lang == "zh":
            year = f"（{d.year} 年）" if d.year else ""
            text = (f"{d.prepared_by_zh.replace('编写', '') or '《国际植保公约》秘书处'}，"
                    f"{d.title_zh}，{d.body_zh}{d.session_zh}{year}，"
                    f"议题 {d.agenda_item}，第 {activity.paragraph} 段")
            return text + ("（英文为非官方工作译文）" if translated else "")
        text = (f"IPPC Secretariat, {d.title_en}, {d.session_short}, agenda item "
                f"{d.agenda_item}, paragraph {activity.paragraph}")
        return text + (" (unofficial working translation from the Chinese)" if translated
                       else "")

    def data_version(self) -> str:
        return self.meta.get("data_version", "?")
