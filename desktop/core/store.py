"""Read-only access to the cooperation database: reports, entities, search, filters, counts.

The database holds one or more reports (documents) sharing the partner and topic registries.
It is small (a few hundred rows per report), so documents, partners, topics and activities
are loaded once into plain objects. Full-text matching and ranking run in SQLite (FTS5,
bm25), once per distinct query; filters and facet counts are then taken over the loaded
activities, so a keystroke costs one FTS query however many counts the window shows.
"""

from __future__ import annotations

import bisect
import gc
import json
import math
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress, count, islice, repeat
from operator import itemgetter, lt
from pathlib import Path
from typing import Any

from desktop.core.errors import DatabaseError, NotFoundError, SearchError
from desktop.core.facets import Bits, FacetIndex, Facets, Ranked, slots_of, to_bits
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


#: Every match of a full-text query, best first (bm25, then rowid), in one row: what the
#: search shows when rowids run in corpus order (see :meth:`Store._ranks_in_sql`). One row
#: rather than one per match, because Python's sqlite3 lets go of the interpreter for each
#: row it steps: in the search worker, tens of thousands of rows meant as many waits for the
#: window's thread (at 100 000 activities, a one-character query took 0.65-4 s instead of
#: 0.13-0.2 while that thread ran Python; benchmarks/fts_ranking.py). Reading ranks instead
#: of scores also spares parsing tens of thousands of 17-digit numbers and sorting them again
#: in Python (some 50 ms). group_concat takes the rows in the order the subquery gives them.
_RANKED_SQL = ("SELECT group_concat(r) FROM ("
               "SELECT rowid AS r, bm25(activity_fts, ?, ?, ?, ?, ?) AS s FROM activity_fts "
               "WHERE activity_fts MATCH ? ORDER BY s, rowid)")

#: The same, as slots, where the activities' rowids are one run without gaps (slot = rowid -
#: the first rowid, given first): no rowid to look up per match. A full-text row outside the
#: run has no activity (a damaged database) and is left out by the range; the bm25 scores,
#: which use the whole table's statistics, are the same with it.
_RANKED_SLOTS_SQL = ("SELECT group_concat(r - ?) FROM ("
                     "SELECT rowid AS r, bm25(activity_fts, ?, ?, ?, ?, ?) AS s "
                     "FROM activity_fts WHERE activity_fts MATCH ? AND rowid BETWEEN ? AND ? "
                     "ORDER BY s, rowid)")

#: Every match with its bm25 score, in one row: two comma-separated lists, rowids and scores
#: (a library of several databases, whose scores are merged). The scores are written with 17
#: significant digits, which give back the same double where this SQLite formats exactly
#: (:func:`_scores_as_text_are_exact`; a test compares them with the rows').
_SCORES_SQL = ("SELECT group_concat(r), group_concat(printf('%!.17g', s)) FROM ("
               "SELECT rowid AS r, bm25(activity_fts, ?, ?, ?, ?, ?) AS s FROM activity_fts "
               "WHERE activity_fts MATCH ? LIMIT -1)")  # LIMIT: bm25 is not allowed in an aggregate

#: The same, a row per match (when this SQLite does not write doubles back exactly).
_SCORES_ROWS_SQL = ("SELECT rowid, bm25(activity_fts, ?, ?, ?, ?, ?) FROM activity_fts "
                    "WHERE activity_fts MATCH ?")

#: Whether ``printf('%!.17g')`` gives back the very double, per SQLite library (checked once:
#: older SQLite builds format through a ``long double`` that some platforms lack).
_EXACT_TEXT: dict[str, bool] = {}


def _scores_as_text_are_exact(conn: sqlite3.Connection) -> bool:
    version = sqlite3.sqlite_version
    known = _EXACT_TEXT.get(version)
    if known is None:
        import random

        rng = random.Random(7)
        # bm25 scores: negative, from about -1e-6 (a word in most activities) to tens.
        samples = [0.1 + 0.2, 1 / 3, -2.0505283029295061e-06, -1.6050505e-06,
                   -0.377222617989381, -123.45678901234567,
                   *(rng.uniform(-30, 0) for _ in range(200)),
                   *(-rng.random() * 1e-5 for _ in range(200))]
        rows = ",".join("(?)" for _ in samples)
        try:
            text = conn.execute(
                f"SELECT group_concat(printf('%!.17g', column1)) FROM (VALUES {rows})",
                samples).fetchone()[0]
            known = [float(t) for t in text.split(",")] == samples
        except (sqlite3.Error, ValueError, TypeError):
            known = False
        _EXACT_TEXT[version] = known
    return known


def _is_slot(slot: int | None) -> bool:
    return slot is not None


def _int_list(text: str) -> list[int]:
    """The integers of a ``group_concat`` of integers ("3,1,2"): read by the JSON parser,
    in C (three times as fast as ``int`` on each piece)."""
    return json.loads(f"[{text}]")  # type: ignore[no-any-return]


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


def open_readonly(path: Path, check: bool = True) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable; raise DatabaseError with advice if impossible.

    A database file is a program as much as data (views and triggers run SQL when it is read),
    and this one may come from outside (``--db``, the user's folder of added reports). So it
    is opened with ``trusted_schema`` off, must hold the schema's tables, columns and indexes
    and nothing else (no views, no triggers), must pass SQLite's quick check, and every
    statement on it has a time budget (:class:`GuardedConnection`). ``check=False`` skips
    the quick check (a second connection to a file already checked).
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
        if check and rows.get("schema_version") == str(SUPPORTED_SCHEMA):
            check_result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if check_result != ["ok"]:
                raise sqlite3.DatabaseError(f"quick check: {'; '.join(check_result[:3])}")
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


def _dated(date: str | None, year_start: object) -> str | None:
    """An activity's date as the index keeps it: none when its years are not known."""
    return date if year_start is not None else None


#: No activity id (``None`` is one a damaged file can have).
_NO_ACTIVITY = object()


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


def _json_texts(value: object) -> tuple[str, ...]:
    """A JSON list of names (aliases, short forms); NULL reads as none."""
    if value is None or value == "[]" or value == "":
        return ()
    items = json.loads(value) if isinstance(value, str | bytes) else []
    if not isinstance(items, list):
        raise ValueError(f"{value!r} is not a list")
    return tuple(_text(item) for item in items)


@dataclass(frozen=True)
class TreeItem:
    """A partner's place in the partner tree (the structure; counts come per query)."""

    partner: Partner
    children: tuple[TreeItem, ...]
    via_membership: bool


def tree_nodes(structure: list[tuple[Group, list[TreeItem]]], facets: Facets) -> list[GroupNode]:
    """The partner tree with the counts of ``facets``."""
    counts = facets.partner_counts

    def node(item: TreeItem) -> PartnerNode:
        return PartnerNode(item.partner, counts.get(item.partner.id, 0),
                           [node(c) for c in item.children], item.via_membership)

    return [GroupNode(group, facets.group_counts.get(group.part, 0), [node(i) for i in items])
            for group, items in structure]


@dataclass(frozen=True)
class Update:
    """The result of one keystroke: the matching activities in order, as slots (see
    :meth:`Store.activity_at`), and every count the window shows."""

    query: str
    filters: Filters
    restrict_to: AbstractSet[str] | None
    slots: list[int]
    facets: Facets

    @property
    def total(self) -> int:
        return len(self.slots)

    def result(self, store: Store) -> SearchResult:
        """As a :class:`SearchResult` whose hits are read when walked."""
        return SearchResult(self.query, self.filters, len(self.slots),
                            HitList(store, self.slots, self.query))


class ActivityList(Sequence[Activity]):
    """Every activity in corpus order, read from the database as it is walked (in batches),
    so a large library is never loaded whole."""

    BATCH = 512

    def __init__(self, store: Store):
        self._store = store

    def __len__(self) -> int:
        return len(self._store._index)

    def __getitem__(self, item):  # type: ignore[override]
        n = len(self)
        if isinstance(item, slice):
            return self._store.activities_at(range(n)[item])
        if item < 0:
            item += n
        if not 0 <= item < n:
            raise IndexError(item)
        return self._store.activity_at(item)

    def __iter__(self) -> Iterator[Activity]:
        for start in range(0, len(self), self.BATCH):
            yield from self._store.activities_at(range(start, min(start + self.BATCH, len(self))))


class HitList(Sequence[Hit]):
    """Search hits made (with their highlight spans) as they are read, a batch at a time."""

    BATCH = 256

    def __init__(self, store: Store, slots: list[int], query: str):
        self._store, self._slots, self._query = store, slots, query

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, item):  # type: ignore[override]
        if isinstance(item, slice):
            return self._store.hits(self._slots[item], self._query)
        return self._store.hits([self._slots[item]], self._query)[0]

    def __iter__(self) -> Iterator[Hit]:
        for start in range(0, len(self._slots), self.BATCH):
            yield from self._store.hits(self._slots[start:start + self.BATCH], self._query)


class Store:
    """The cooperation data, opened read-only: the bundled database plus the reports the
    user added (each its own database in :func:`library_dir`). Thread-safe for reads.

    A report the bundled database already has is not read again from the library; registry
    entries (partners, topics, bodies) are taken from the first database that has them. A
    library file that cannot be read is skipped and named in :attr:`library_problems`.
    """

    def __init__(self, path: Path | None = None, library: Path | bool | None = None, *,
                 defer_index: bool = False):
        """``defer_index``: for a library of more than :attr:`DEFER_ABOVE` activities, do
        not read the facet index while opening: the window opens at once and a worker reads
        it (:meth:`load_index`); anything that needs it before then waits for it. A smaller
        library's index is read here (a few milliseconds), so the window opens with it."""
        self._defer = defer_index
        self._index_lock = threading.RLock()
        self._names_lock = threading.Lock()
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
        self._conn = open_readonly(self.path, check=self._quick_check_now(self.path))
        self._conns: list[sqlite3.Connection] = [self._conn]
        self._owner = threading.get_ident()
        #: Connections of other threads (a search worker), opened on first use.
        self._thread_conns: dict[int, list[sqlite3.Connection]] = {}
        try:
            self._open_library()
            self._load_checked()
        except BaseException:
            self.close()
            raise

    #: Files up to this size pass SQLite's quick check when opened. A larger one would take
    #: seconds (15 s for 480 MB); damage in it is still caught, page by page, as it is read
    #: (SQLite checks every page it reads; the error names the file and what to do), and a
    #: file the user adds is checked whole when it is imported.
    QUICK_CHECK_AT_OPEN_MAX = 32 * 2**20

    def _quick_check_now(self, path: Path) -> bool:
        try:
            return path.stat().st_size <= self.QUICK_CHECK_AT_OPEN_MAX
        except OSError:
            return True

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
                conn = open_readonly(file, check=self._quick_check_now(file))
            except DatabaseError as exc:
                self.library_problems.append(f"{file.name}: {exc}")
                continue
            self._conns.append(conn)
            self.library_files.append(file)

    def reload(self) -> None:
        """Read the library folder again (after a report was added or removed)."""
        for conn in self._conns[1:]:
            conn.close()
        for conns in list(self._thread_conns.values()):
            for conn in conns:
                conn.close()
        self._thread_conns.clear()
        self._conns = [self._conn]
        gc.unfreeze()  # the old index may go
        self._open_library()
        self._load_checked()

    # -- loading -------------------------------------------------------------------------
    #: How many times the registries were read (a reload adds one): what the search worker
    #: has warmed is for one of them.
    loads = 0

    def _load(self) -> None:
        """Read the registries (reports, groups, topics, partners, bodies) whole, and of the
        activities only the facet index; texts are fetched when asked for (:meth:`activity`)."""
        self.loads += 1
        self.meta: dict[str, str] = dict(
            self._conn.execute("SELECT key, value FROM meta").fetchall())
        documents: dict[str, Document] = {}
        groups: dict[str, Group] = {}
        topics: dict[str, Topic] = {}
        partners: dict[str, Partner] = {}
        bodies: dict[str, Body] = {}
        self.document_files: dict[str, Path] = {}  # library report id -> its file
        self._doc_conn: dict[str, int] = {}  # report id -> index of its connection
        for index, c in enumerate(self._conns):
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
                self._doc_conn[r["id"]] = index
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
            c.row_factory = None  # plain tuples: thousands of partners read fast
            try:
                rows = c.execute(
                    "SELECT id, group_id, parent_id, name_zh, name_en, acronym, kind, kind_zh, "
                    "website, short_zh, mentions, aliases_en FROM partners ORDER BY sort"
                ).fetchall()
            finally:
                c.row_factory = sqlite3.Row
            for (pid, group_id, parent_id, name_zh, name_en, acronym, kind, kind_zh, website,
                 short_zh, mentions, aliases_en) in rows:
                if pid in partners:
                    continue
                if mentions not in (None, "") and not (
                        isinstance(mentions, str) and mentions.startswith("{")
                        and mentions.endswith("}")):
                    raise ValueError(f"{pid}: mentions is {str(mentions)[:40]!r}, not a JSON "
                                     "object")
                partners[pid] = Partner(
                    pid, group_id, parent_id, _text(name_zh), _text(name_en), _text(acronym),
                    _text(kind), _text(kind_zh), _text(website), _json_texts(short_zh),
                    tuple(members.get(pid, ())),
                    _text(mentions),
                    _json_texts(aliases_en))
            for r in c.execute("SELECT * FROM bodies ORDER BY sort"):
                txt = _texts(r)
                bodies.setdefault(r["id"], Body(
                    r["id"], _json_texts(r["forms_zh"]), txt("name_en"), txt("acronym"),
                    txt("kind"), txt("kind_zh")))
        # Reports in the order they were presented to the Commission; ties by id.
        self.documents: list[Document] = sorted(
            documents.values(), key=lambda d: (d.year or "9999", d.origin != "bundled", d.id))
        self._document = {d.id: d for d in self.documents}
        self.groups: list[Group] = sorted(groups.values(), key=lambda g: g.part)
        self.topics: list[Topic] = list(topics.values())
        self.partners: list[Partner] = list(partners.values())
        self.bodies: list[Body] = list(bodies.values())
        self._partner = {p.id: p for p in self.partners}
        self._topic = {t.id: t for t in self.topics}
        self._group = {g.id: g for g in self.groups}
        self._children: dict[str, list[str]] = {}
        for p in self.partners:
            if p.parent_id:
                self._children.setdefault(p.parent_id, []).append(p.id)
        self._members: dict[str, list[Partner]] = {}  # body -> partners listed as members
        for p in self.partners:
            for body in p.member_of:
                if p.parent_id != body:
                    self._members.setdefault(body, []).append(p)
        self.activities = ActivityList(self)
        self._cache: OrderedDict[int, Activity] = OrderedDict()
        self._cache_lock = threading.RLock()
        self._score_cache: dict[tuple[Term, ...], dict[int, float]] = {}
        self._footnotes: list[dict[str, object]] | None = None
        self._highlight_cache: dict[tuple[Term, ...], list[Term]] = {}
        self._columns: dict[str, list[str]] = {}  # read by _column_by_slot
        self._tree: list[tuple[Group, list[TreeItem]]] | None = None
        with self._names_lock:  # not while a worker builds the old registry's names
            self._names_built = False
        self._facet_index: FacetIndex | None = None
        self._index_cache_key: str | None = None  # to write once the worker is idle
        self._rowids_in_order: tuple[FacetIndex, bool, int | None] | None = None
        self._size_hint = sum(int(c.execute("SELECT count(*) FROM (SELECT 1 FROM activities "
                                            "INDEXED BY idx_activities_doc)").fetchone()[0])
                              for c in self._conns)
        if not self._defer or self._size_hint <= self.DEFER_ABOVE:
            self._ensure_index()

    # -- the facet index -------------------------------------------------------------------
    #: Libraries larger than this read their facet index in the background (the window
    #: opens at once); smaller ones read it while opening (a few milliseconds).
    DEFER_ABOVE = 20_000

    @property
    def _index(self) -> FacetIndex:
        index = self._facet_index
        return index if index is not None else self._ensure_index()

    @property
    def index_ready(self) -> bool:
        return self._facet_index is not None

    def size_hint(self) -> int:
        """How many activities the library holds, known before the index is read."""
        return len(self._facet_index) if self._facet_index is not None else self._size_hint

    def _ensure_index(self) -> FacetIndex:
        """Read the facet index (once; a second caller waits for the first)."""
        with self._index_lock:
            if self._facet_index is None:
                try:
                    self._facet_index = self._read_index_cached()
                    # The index is read once and kept: out of the garbage collector's sight,
                    # so its full collections (which would walk millions of objects of a
                    # large library) do not pause a keystroke.
                    gc.freeze()
                except (sqlite3.Error, KeyError, IndexError, ValueError, TypeError) as exc:
                    conns = self._connections()
                    if isinstance(exc, sqlite3.Error):
                        sql_failure(exc, conns, self.path)
                    raise DatabaseError(
                        f"The cooperation database at {self.path} is incomplete ({exc}). "
                        "Rebuild it with 'make db' or reinstall the application.",
                        f"{self.path} 处的合作数据库不完整（{exc}）。"
                        "请用“make db”重新生成或重新安装本程序。") from exc
            return self._facet_index

    #: Libraries larger than this keep a copy of their facet index in the user's cache
    #: folder (:mod:`desktop.core.index_cache`); a smaller one reads it in milliseconds.
    INDEX_CACHE_ABOVE = 20_000

    def _read_index_cached(self) -> FacetIndex:
        """The facet index from the cache if it has this library's, else read (and then
        written to the cache when the worker is idle: :meth:`warm`)."""
        self._index_cache_key = None
        if self._size_hint <= self.INDEX_CACHE_ABOVE:
            return self._read_index()
        from desktop.core import index_cache
        from desktop.paths import cache_dir

        conns = self._connections()
        key = index_cache.cache_key([self.path, *self.library_files], conns)
        if key is None:
            return self._read_index()
        folder = cache_dir()
        columns = index_cache.load(folder, key)
        if columns is not None:
            try:
                index = FacetIndex.from_columns(
                    columns["conn"], columns["rowid"], columns["ids"], columns["doc"],
                    columns["part"], columns["paragraph"], columns["date"], columns["cta"],
                    columns["partners"], columns["topics"], len(self._conns),
                    self._ancestors, derived=columns["derived"])
                index.adopt_sets(columns["sets"])
                if columns["everything"] is not None:
                    index.adopt_counts_of_everything(Facets(*columns["everything"]))
            except Exception as exc:  # noqa: BLE001 - a damaged cache is only ignored
                index_cache.log.warning("index cache: ignoring %s (%s); reading the library",
                                        index_cache.entry_path(folder, key), exc)
            else:
                index_cache.touch(folder, key)
                return index
        self._index_cache_key = key
        return self._read_index()

    def write_index_cache(self) -> None:
        """Write the facet index just read to the cache (:meth:`warm` does, when idle)."""
        key, index = self._index_cache_key, self._facet_index
        if key is None or index is None:
            return
        self._index_cache_key = None
        from desktop.core import index_cache
        from desktop.paths import cache_dir

        everything = index.counts_of_everything()
        index_cache.save(cache_dir(), key, {
            "conn": index.conn, "rowid": index.rowid, "ids": index.ids, "doc": index.doc,
            "part": index.part, "paragraph": index.paragraph, "date": index.date,
            "cta": sorted(index.cta), "partners": index.partners, "topics": index.topics,
            "derived": index.derived_columns(),
            "sets": index.built_sets(), "everything": None if everything is None else (
                everything.total, everything.group_counts, everything.partner_counts,
                everything.topic_counts, everything.year_counts, everything.document_counts,
                everything.calls_to_action)})

    def load_index(self) -> None:
        """Read the facet index now (a worker thread calls this for a large library)."""
        self._ensure_index()

    def warm(self, stop: Callable[[], bool] = lambda: False) -> bool:
        """Get ready for what comes next (the search worker calls this when idle): the
        names that highlighting needs, every facet's bit sets (the counts then take a
        popcount per value, and the first click on a filter has no spike), the counts with
        no query and no filter, and, for a large library, the index cache, written with
        those sets and counts. ``stop()`` is asked between the
        steps; returns False if it stopped early (the worker calls it again later)."""
        index = self._ensure_index()
        self._ensure_name_maps()  # before the first query that highlights needs them
        for facet in index.FACETS:
            if stop():
                return False
            index.prepare(facet)
        if stop():
            return False
        index.facets(None, Filters())  # kept by the index (and its cache): the first counts
        if stop():
            return False
        self.write_index_cache()
        return True

    def _read_index(self) -> FacetIndex:
        conns = self._connections()
        # The registries' own id strings, not the copies each row's links were read as: one
        # string per partner and topic instead of one per link (some 30 MiB at 100 000
        # activities), and equal tuples share one object (``shared``).
        partner_id = {pid: pid for pid in self._partner}
        topic_id = {tid: tid for tid in self._topic}
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        rows: list[tuple] = []
        links: list[tuple[dict[Any, tuple[str, ...]], dict[Any, tuple[str, ...]]]] = []
        for index, c in enumerate(conns):
            found, plinks, tlinks = self._index_rows(index, c, partner_id, topic_id, shared)
            rows += found
            links.append((plinks, tlinks))
        del found
        rank = {d.id: i for i, d in enumerate(self.documents)}
        rows.sort(key=lambda r: (rank[r[2]], r[4], r[5]))  # stable: ties in reading order
        columns = list(zip(*rows, strict=True)) if rows else [()] * 9
        del rows
        rowid, aid, doc, part, paragraph, _, date, year_start, cta = columns
        del columns
        empty: tuple[str, ...] = ()
        if len(conns) == 1:
            conn = [0] * len(aid)
            partners = list(map(links[0][0].get, aid, repeat(empty)))
            topics = list(map(links[0][1].get, aid, repeat(empty)))
        else:
            conn_of = self._doc_conn
            conn = [conn_of[d] for d in doc]
            partners = [links[c][0].get(a, empty) for c, a in zip(conn, aid, strict=True)]
            topics = [links[c][1].get(a, empty) for c, a in zip(conn, aid, strict=True)]
        del links
        ids = list(aid) if set(map(type, aid)) <= {str} else [_text(a) for a in aid]
        above = {p.id: self._ancestors(p.id) for p in self.partners}
        return FacetIndex.from_columns(
            conn, list(rowid), ids, doc, list(part), list(paragraph),
            map(_dated, date, year_start), compress(count(), cta), partners, topics,
            len(self._conns), above.__getitem__)

    def _index_rows(self, index: int, conn: sqlite3.Connection,
                    partner_id: dict[str, str], topic_id: dict[str, str],
                    shared: dict[tuple[str, ...], tuple[str, ...]]
                    ) -> tuple[list[tuple], dict[Any, tuple[str, ...]], dict[Any, tuple[str, ...]]]:
        """The facet-index fields of the activities of the reports this connection
        contributes, (rowid, id, doc, part, paragraph, ordinal, date, year_start,
        calls_to_action) rows in reading order, and the ids of their partners and topics
        (activity id -> registry ids in order, the unknown left out). Numbers and dates are
        checked here (ValueError if not what they must be)."""
        accepted = {d for d, i in self._doc_conn.items() if i == index}
        conn.row_factory = None  # plain tuples: up to hundreds of thousands of rows
        try:
            plinks = self._links(conn, "activity_partners", "partner_id", partner_id, shared)
            tlinks = self._links(conn, "activity_topics", "topic_id", topic_id, shared)
            rows = conn.execute("SELECT rowid, id, doc, part, paragraph, ordinal, date, "
                                "year_start, calls_to_action FROM activities").fetchall()
        finally:
            conn.row_factory = sqlite3.Row
        if not set(map(itemgetter(2), rows)) <= accepted:
            rows = [r for r in rows if r[2] in accepted]
        for position, key in ((3, "part"), (4, "paragraph"), (5, "ordinal")):
            if set(map(type, map(itemgetter(position), rows))) - {int}:
                bad = next(r for r in rows if type(r[position]) is not int)
                raise ValueError(f"{bad[1]}: {key} is {bad[position]!r}, not a number")
        for date in set(map(itemgetter(6), rows)) - {None, ""}:
            if not (isinstance(date, str) and _DATE.fullmatch(date)):
                bad = next(r for r in rows if r[6] == date)
                raise ValueError(f"{bad[1]}: the date {date!r} is not an ISO 8601 date")
        if set(map(type, map(itemgetter(7), rows))) - {int, type(None)}:
            bad = next(r for r in rows if r[7] is not None and type(r[7]) is not int)
            raise ValueError(f"{bad[1]}: year_start is {bad[7]!r}, not a number")
        return rows, plinks, tlinks

    @staticmethod
    def _links(conn: sqlite3.Connection, table: str, column: str, registry: dict[str, str],
               shared: dict[tuple[str, ...], tuple[str, ...]]) -> dict[Any, tuple[str, ...]]:
        """activity id -> the registry's ids of its links (``table``) in their order, those
        the registry does not know left out; equal tuples are one object (``shared``)."""
        found = Store._links_in_table_order(conn, table, column, registry)
        if found is None:  # not written in order: let SQLite put them in order
            found = {}
            sql = (f"SELECT activity_id, group_concat({column}, char(31)) FROM "
                   f"(SELECT activity_id, {column} FROM {table} "
                   "ORDER BY activity_id, ordinal) GROUP BY activity_id")
            for aid, joined in conn.execute(sql):
                if isinstance(joined, str):
                    found[aid] = [registry[i] for i in joined.split("\x1f") if i in registry]
        out: dict[Any, tuple[str, ...]] = {}
        for aid, ids in found.items():
            if ids:
                key = tuple(ids)
                out[aid] = shared.setdefault(key, key)
        return out

    @staticmethod
    def _links_in_table_order(conn: sqlite3.Connection, table: str, column: str,
                              registry: dict[str, str]) -> dict[Any, list[str]] | None:
        """The links of :meth:`_links` read as the table stores them, without SQLite sorting
        them (the most of reading a large library's index): each activity's links together
        and by ascending ordinal, as the application writes them. None if they are not (or
        an id is not a text, or an id has the separator SQLite's ordering path uses), for
        :meth:`_links` to have SQLite sort them: the same result either way."""
        if any("\x1f" in i for i in registry):
            return None
        out: dict[Any, list[str]] = {}
        current: list[str] = []
        previous: object = _NO_ACTIVITY
        last: Any = None
        try:
            for aid, link, ordinal in conn.execute(
                    f"SELECT activity_id, {column}, ordinal FROM {table}"):
                if aid == previous:
                    if not ordinal > last:
                        return None
                else:
                    if aid in out:
                        return None
                    current = out[aid] = []
                    previous = aid
                last = ordinal
                known = registry.get(link)
                if known is not None:
                    current.append(known)
                elif link is not None and not isinstance(link, str):
                    return None
        except TypeError:  # ordinals that do not compare in Python as in SQLite
            return None
        return out

    def _ancestors(self, partner_id: str) -> tuple[str, ...]:
        """The bodies above a partner (by parent), nearest first."""
        out: list[str] = []
        parent = self._partner[partner_id].parent_id if partner_id in self._partner else None
        while parent and parent not in out and parent != partner_id and len(out) < 16:
            out.append(parent)
            parent = self._partner[parent].parent_id if parent in self._partner else None
        return tuple(out)

    def _ensure_name_maps(self) -> None:
        """Build the names highlighting looks up (once; a second caller waits for the
        first). Not part of reading the index: a worker builds them when idle."""
        if self._names_built:
            return
        with self._names_lock:
            if not self._names_built:
                self._build_name_maps()
                self._names_built = True

    def _build_name_maps(self) -> None:
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
        # The first token of each Latin name, for a quick look-up while highlighting.
        self._latin_by_token: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for name_tokens, zh_names in self._latin_names:
            for tok in dict.fromkeys(name_tokens):
                self._latin_by_token.setdefault(tok, []).append((name_tokens, zh_names))
        self._latin_tokens = sorted(self._latin_by_token)

    def close(self) -> None:
        for conn in self._conns:
            conn.close()
        for conns in list(self._thread_conns.values()):
            for conn in conns:
                conn.close()
        self._thread_conns.clear()

    # -- connections ---------------------------------------------------------------------
    def _connections(self) -> list[sqlite3.Connection]:
        """The connections for the calling thread: the store's own in the thread that opened
        it, a set of the thread's own elsewhere (a search running in a worker thread never
        shares a connection with the window)."""
        ident = threading.get_ident()
        if ident == self._owner:
            return self._conns
        conns = self._thread_conns.get(ident)
        if conns is None:
            paths = [self.path, *self.library_files]
            conns = [open_readonly(p, check=False) for p in paths]
            self._thread_conns[ident] = conns
        return conns

    # -- activities, fetched on demand -------------------------------------------------------
    #: Activities kept in memory (the rows on screen, the detail pane, recent look-ups).
    CACHE_SIZE = 4096

    def _fetch(self, slots: Iterable[int]) -> list[Activity]:
        """The activities in these slots (from the cache, else read in one go per database)."""
        wanted = list(slots)
        with self._cache_lock:
            missing = sorted({s for s in wanted if s not in self._cache})
            if missing:
                self._read(missing)
            cache = self._cache
            out = []
            for slot in wanted:
                activity = cache.get(slot)
                if activity is None:  # evicted while reading a batch larger than the cache
                    self._read([slot])
                    activity = cache[slot]
                cache.move_to_end(slot)
                out.append(activity)
            return out

    def _read(self, slots: list[int]) -> None:
        index, conns = self._index, self._connections()
        by_conn: dict[int, list[int]] = {}
        for slot in slots:
            by_conn.setdefault(index.conn[slot], []).append(slot)
        try:
            for conn_index, group in by_conn.items():
                conn = conns[conn_index]
                for start in range(0, len(group), 500):
                    batch = group[start:start + 500]
                    self._read_batch(conn, batch)
        except sqlite3.Error as exc:
            sql_failure(exc, conns, self.path)
            raise DatabaseError(
                f"The cooperation database at {self.path} could not be read ({exc}). "
                "It may be damaged: rebuild it with 'make db' or reinstall the application.",
                f"无法读取 {self.path} 处的合作数据库（{exc}）。文件可能已损坏："
                "请用“make db”重新生成或重新安装本程序。") from exc
        while len(self._cache) > max(self.CACHE_SIZE, len(slots)):
            self._cache.popitem(last=False)

    def _read_batch(self, conn: sqlite3.Connection, slots: list[int]) -> None:
        index = self._index
        rowids = [index.rowid[s] for s in slots]
        marks = ",".join("?" * len(rowids))
        rows = {r["rowid"]: r for r in conn.execute(
            f"SELECT rowid, * FROM activities WHERE rowid IN ({marks})", rowids)}
        ids = [index.ids[s] for s in slots]
        id_marks = ",".join("?" * len(ids))
        topic_rows = conn.execute(
            f"SELECT activity_id, topic_id FROM activity_topics WHERE activity_id IN "
            f"({id_marks}) ORDER BY activity_id, ordinal", ids)
        topics: dict[str, list[str]] = {}
        for aid, tid in topic_rows:
            topics.setdefault(aid, []).append(tid)
        for slot in slots:
            r = rows[index.rowid[slot]]
            doc = self._document[index.doc[slot]]
            txt = _texts(r)
            self._cache[slot] = Activity(
                index.ids[slot], index.paragraph[slot], r["ordinal"], index.part[slot],
                txt("text"), txt("title_zh"), txt("title_en"), index.date[slot] or None,
                txt("date_precision"), txt("date_qualifier"), _number(r, "year_start", None),
                _number(r, "year_end", None), txt("place_zh"), txt("place_en"),
                slot in index.cta, index.partners[slot],
                tuple(t for t in topics.get(index.ids[slot], []) if t in self._topic),
                doc.id, txt("text_en"), doc.original_lang, doc.automatic)

    def activity_at(self, slot: int) -> Activity:
        return self._fetch([slot])[0]

    def activities_at(self, slots: Iterable[int]) -> list[Activity]:
        return self._fetch(slots)

    def activity_ids(self) -> list[str]:
        """Every activity id, in corpus order (no texts read)."""
        return list(self._index.ids)

    def activity_ids_at(self, slots: Iterable[int]) -> list[str]:
        ids = self._index.ids
        return [ids[s] for s in slots]

    def dates_by_slot(self) -> list[str]:
        """Every activity's ISO date ('' when undated), in slot order."""
        return self._index.date

    def partner_ids_by_slot(self) -> list[tuple[str, ...]]:
        return self._index.partners

    def topic_ids_by_slot(self) -> list[tuple[str, ...]]:
        return self._index.topics

    def titles_by_slot(self, lang: str) -> list[str]:
        """Every activity's title in ``lang``, in slot order (one read per database; kept)."""
        return self._column_by_slot("title_zh" if lang == "zh" else "title_en")

    def qualifiers_by_slot(self) -> list[str]:
        """Every activity's date qualifier ('', 'early', 'planned', ',early', …: one per
        event of the date), in slot order (one read per database; kept)."""
        return self._column_by_slot("date_qualifier")

    def parts_by_slot(self) -> list[int]:
        """Every activity's report part number, in slot order (read-only)."""
        return self._index.part

    def documents_by_slot(self) -> list[str]:
        """Every activity's report id, in slot order (read-only)."""
        return self._index.doc

    def tree_partner_ids_by_slot(self) -> list[tuple[str, ...]]:
        """Every activity's partners with the bodies above them (what the partner tree and
        the partner filter count), in slot order (read-only)."""
        return self._index.tree

    def _column_by_slot(self, column: str) -> list[str]:
        found = self._columns.get(column)
        if found is not None:
            return found
        values = [""] * len(self._index)
        slots_of = self._index.rowid_slots
        for conn_index, conn in enumerate(self._connections()):
            slots = slots_of[conn_index]
            for rowid, value in conn.execute(f"SELECT rowid, {column} FROM activities"):
                slot = slots.get(rowid)
                if slot is not None:
                    values[slot] = _text(value)
        self._columns[column] = values
        return values

    def last_paragraphs(self) -> dict[str, int]:
        """Each report's highest paragraph number that has an activity."""
        out: dict[str, int] = {}
        for doc, paragraph in zip(self._index.doc, self._index.paragraph, strict=True):
            if paragraph > out.get(doc, 0):
                out[doc] = paragraph
        return out

    def known_activity_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` the library has (read from the database while the index is not
        read yet, so personal data can be checked without waiting for it)."""
        wanted = list(dict.fromkeys(ids))
        if self._facet_index is not None or not wanted:
            return {i for i in wanted if i in self._index.slot_of}
        found: set[str] = set()
        for conn_index, conn in enumerate(self._connections()):
            for start in range(0, len(wanted), 500):
                batch = wanted[start:start + 500]
                marks = ",".join("?" * len(batch))
                for aid, doc in conn.execute(
                        f"SELECT id, doc FROM activities WHERE id IN ({marks})", batch):
                    if self._doc_conn.get(doc) == conn_index:
                        found.add(aid)
        return found

    def has_activity(self, activity_id: str) -> bool:
        return activity_id in self._index.slot_of

    def slot(self, activity_id: str) -> int:
        """The activity's position in corpus order (-1 if there is none with this id)."""
        return self._index.slot_of.get(activity_id, -1)

    @property
    def footnotes(self) -> list[dict[str, object]]:
        """The footnotes of every report (read on first use)."""
        if self._footnotes is None:
            out = []
            for conn_index, conn in enumerate(self._connections()):
                for r in conn.execute("SELECT * FROM footnotes"):
                    if self._doc_conn.get(r["doc"]) == conn_index:
                        out.append(dict(r))
            self._footnotes = out
        return self._footnotes

    # -- lookups -------------------------------------------------------------------------
    def activity(self, activity_id: str) -> Activity:
        slot = self._index.slot_of.get(activity_id.strip())
        if slot is None:
            raise NotFoundError(f"No activity has the id {activity_id!r}.")
        return self.activity_at(slot)

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
        conn_index = self._doc_conn.get(activity.doc)
        if conn_index is None:
            return ""
        row = self._connections()[conn_index].execute(
            "SELECT text, text_en FROM paragraphs WHERE doc = ? AND number = ?",
            (activity.doc, activity.paragraph)).fetchone()
        if row is None:
            return ""
        if lang == "en":
            return _text(row[1])
        return _text(row[0]) if activity.original_lang == "zh" else ""

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
        return self._index.slot_of.get(activity.id, len(self._index))

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

    def partner_activity_count(self, partner_id: str) -> int:
        """Activities of the partner or a body under it."""
        return self._index.partner_bits(partner_id).bit_count()

    def co_partners(self, partner_id: str) -> list[Partner]:
        """Partners named in the same activities as this partner (or a body under it), in
        report order of first appearance; the partner and its member bodies excluded."""
        own = self.descendants(partner_id)
        seen: dict[str, Partner] = {}
        index = self._index
        for slot in slots_of(index.partner_bits(partner_id)):
            for pid in index.partners[slot]:
                if pid not in own and pid not in seen:
                    seen[pid] = self._partner[pid]
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
    def _scores(self, query: str) -> dict[int, float] | None:
        """A score (lower is better) for every activity slot the query's text matches.

        ``None`` when the query has no terms (no text constraint). One FTS5 query per
        distinct query: the window asks for hits and every count after each keystroke, and
        all of them share this result.

        When the library is one database whose rowids run in corpus order, SQLite ranks the
        matches itself (bm25, ties in corpus order) and the scores are the ranks:
        a :class:`desktop.core.facets.Ranked`, whose keys are in that order. Otherwise they
        are the bm25 scores of every database's matches, merged.
        """
        terms = parse_query(query)
        if not terms:
            return None
        key = tuple(terms)
        cached = self._score_cache.get(key)
        if cached is not None:
            return cached
        conns = self._connections()
        args = [*_WEIGHTS, fts_expression(terms)]
        scores: dict[int, float]
        try:
            if self._ranks_in_sql():
                first = self._run_start()
                if first is not None:  # slots come out of SQLite
                    n = len(self._index)
                    (found,) = conns[0].execute(
                        _RANKED_SLOTS_SQL, [first, *args, first, first + n - 1]).fetchone()
                    scores = Ranked() if found is None else Ranked(zip(_int_list(found),
                                                                       count()))
                else:
                    (rowids,) = conns[0].execute(_RANKED_SQL, args).fetchone()
                    slots = self._index.rowid_slots[0]
                    # A full-text row without its activity (a damaged database) is skipped.
                    scores = Ranked() if rowids is None else Ranked(zip(
                        filter(_is_slot, map(slots.get, _int_list(rowids))), count()))
            elif not _scores_as_text_are_exact(conns[0]):
                scores = {}
                for index, conn in enumerate(conns):  # a row per match: slower, exact
                    slots = self._index.rowid_slots[index]
                    for rowid, score in conn.execute(_SCORES_ROWS_SQL, args).fetchall():
                        slot = slots.get(rowid)
                        if slot is not None:
                            scores[slot] = score
            else:
                scores = {}
                for index, conn in enumerate(conns):
                    rowids, found = conn.execute(_SCORES_SQL, args).fetchone()
                    if rowids is None:  # no match in this database
                        continue
                    slots = self._index.rowid_slots[index]
                    matched = dict(zip(map(slots.get, _int_list(rowids)),
                                       map(float, found.split(",")), strict=True))
                    matched.pop(None, None)  # None: a report another database already has
                    scores.update(matched)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            sql_failure(exc, conns, self.path)
            # parse_query lets only quoted tokens through, so this means a damaged database.
            raise SearchError(f"The search could not be run ({exc}). The database may be "
                              "damaged: rebuild it with 'make db' or reinstall.",
                              f"无法执行检索（{exc}）。数据库可能已损坏："
                              "请用“make db”重新生成或重新安装本程序。") from exc
        with self._cache_lock:
            cache = self._score_cache
            cache[key] = scores
            # The latest queries (a backspace finds its prefix again), as many as fit in
            # SCORE_CACHE_SLOTS matches: a one-character query of a large library matches
            # tens of thousands (some 5 MiB each), and typing makes one per keystroke.
            held = sum(map(len, cache.values()))
            while len(cache) > 1 and (len(cache) > self.SCORE_CACHE_QUERIES
                                      or held > self.SCORE_CACHE_SLOTS):
                held -= len(cache.pop(next(iter(cache))))
        return scores

    def _ranks_in_sql(self) -> bool:
        """Whether SQLite can rank the matches in the search's order: one database, whose
        rowids run in corpus order (ties then fall in corpus order, as the search breaks
        them). Reports added to a library are other databases: their scores are merged.

        Also notes the first rowid when the rowids are one run without gaps (as a built
        database's are), so that SQLite can give the slots themselves."""
        index = self._index
        known = self._rowids_in_order
        if known is None or known[0] is not index:
            rowid = index.rowid
            ranks = len(self._conns) == 1 and all(map(lt, rowid, islice(rowid, 1, None)))
            run = ranks and bool(rowid) and rowid[-1] - rowid[0] == len(rowid) - 1
            known = self._rowids_in_order = (index, ranks, rowid[0] if run else None)
        return known[1]

    def _run_start(self) -> int | None:
        """The first rowid when SQLite ranks and the rowids run without gaps, else None."""
        return self._rowids_in_order[2] if self._ranks_in_sql() else None  # type: ignore[index]

    #: Full-text results kept: at most this many queries, and this many matches in all
    #: (the latest query is always kept).
    SCORE_CACHE_QUERIES = 16
    SCORE_CACHE_SLOTS = 60_000

    def forget_searches(self) -> None:
        """Drop the per-query cache of full-text matches (benchmarks time a cold keystroke)."""
        self._score_cache.clear()

    def _base(self, query: str, restrict_to: AbstractSet[str] | None
              ) -> tuple[Bits | None, dict[int, float] | None]:
        """The slots the query's text matches, among ``restrict_to`` when given (None: no
        constraint), as a bit set; with the query's scores."""
        scores = self._scores(query)
        index = self._index
        base = None if scores is None else to_bits(scores, len(index))
        if restrict_to is not None:
            slot_of = index.slot_of
            restricted = to_bits((slot_of[i] for i in restrict_to if i in slot_of), len(index))
            base = restricted if base is None else restricted & base
        return base, scores

    def _match(self, query: str, filters: Filters,
               restrict_to: AbstractSet[str] | None = None
               ) -> tuple[list[int], dict[int, float] | None]:
        """Slots of the activities matching query and filters (and among ``restrict_to``
        when given), best first, then in report order; with the scores."""
        base, scores = self._base(query, restrict_to)
        return self._ordered(base, scores, filters), scores

    def _ordered(self, base: Bits | None, scores: dict[int, float] | None,
                 filters: Filters) -> list[int]:
        index = self._index
        return index.ordered(index.intersect(base, index.filter_bits(filters).values()), scores)

    def update(self, query: str = "", filters: Filters | None = None, *,
               restrict_to: AbstractSet[str] | None = None,
               check: Callable[[], None] = lambda: None) -> Update:
        """Everything the window shows after a keystroke: the matching activities in order
        (slots; their texts are read when shown) and every count. ``check`` is called
        between steps and may raise :class:`desktop.core.facets.Cancelled`."""
        filters = filters or Filters()
        base, scores = self._base(query, restrict_to)
        if scores is not None:
            # Highlighting this query's matches needs the names; built here (in the search
            # worker, for a large library) rather than by the window when it first marks a
            # text (about 0.3 s at 100 000 activities, once).
            self._ensure_name_maps()
        check()
        order = self._ordered(base, scores, filters)
        check()
        facets = self._index.facets(base, filters, check)
        return Update(query, filters, restrict_to, order, facets)

    def search(self, query: str = "", filters: Filters | None = None,
               limit: int | None = None, *,
               restrict_to: AbstractSet[str] | None = None) -> SearchResult:
        """Activities matching the query and filters, best first, with highlight spans.

        ``restrict_to``: only these activity ids may match (e.g. the user's starred or
        annotated activities, :func:`desktop.core.userdata.restrict_ids`); ``None``: all.
        It is AND-ed with the query and filters, like every keyword of this class's counts.
        """
        filters = filters or Filters()
        order, scores = self._match(query, filters, restrict_to)
        shown = order[: limit if limit and limit > 0 else None]
        return SearchResult(query, filters, len(order),
                            tuple(self.hits(shown, query, scores)))

    def hits(self, slots: list[int], query: str,
             scores: dict[int, float] | None = None) -> list[Hit]:
        """Search hits (with highlight spans) for these slots."""
        terms = self._highlight_terms(parse_query(query))
        out = []
        for activity in self._fetch(slots):
            spans = tuple(match_spans(activity.text, terms))
            spans_en = (tuple(match_spans(activity.text_en, terms))
                        if activity.text_en and activity.text_en != activity.text else spans)
            score = scores.get(self._index.slot_of[activity.id], 0.0) if scores else 0.0
            out.append(Hit(activity, score, spans, spans_en))
        return out

    def highlight(self, query: str, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` (a quotation or paragraph, in either language) to mark for
        ``query``, as search results mark them."""
        return match_spans(text, self._highlight_terms(parse_query(query)))

    def _highlight_terms(self, terms: list[Term]) -> list[Term]:
        """The query's terms plus, for Latin terms that name a partner, topic or named body,
        its Chinese names, so ``WCO`` marks 世界海关组织 in the report text; and for a Chinese
        term that is such a name, its English names, so ``实蝇`` marks "fruit flies" in the
        English text."""
        if not terms:
            return terms
        self._ensure_name_maps()
        key = tuple(terms)
        cached = self._highlight_cache.get(key)
        if cached is not None:
            return cached
        extra: list[Term] = []
        for term in terms:
            if any(is_cjk(tok) for tok in term.tokens):
                # The other way round: a Chinese name marks its English names in English text.
                for english in self._english_names.get(term.compact, ()):
                    extra.append(Term(tuple(tokens(english)), False))
                continue
            size = len(term.tokens)
            first = term.tokens[0]
            if size == 1 and term.prefix:  # names with a word starting with the term
                tokens_sorted = self._latin_tokens
                at = bisect.bisect_left(tokens_sorted, first)
                candidates = []
                while at < len(tokens_sorted) and tokens_sorted[at].startswith(first):
                    candidates += self._latin_by_token[tokens_sorted[at]]
                    at += 1
            else:
                candidates = self._latin_by_token.get(first, [])
            for name_tokens, zh_names in candidates:
                for i in range(len(name_tokens) - size + 1):
                    window = name_tokens[i:i + size]
                    if window[:-1] == term.tokens[:-1] and (
                            window[-1] == term.tokens[-1]
                            or (term.prefix and window[-1].startswith(term.tokens[-1]))):
                        extra += [Term(tuple(tokens(zh)), False) for zh in zh_names if zh]
                        break
        out = terms + list(dict.fromkeys(extra))
        if len(self._highlight_cache) >= 64:
            self._highlight_cache.pop(next(iter(self._highlight_cache)))
        self._highlight_cache[key] = out
        return out

    def count(self, query: str = "", filters: Filters | None = None, *,
              restrict_to: AbstractSet[str] | None = None) -> int:
        """How many activities match (nothing read but the index)."""
        base, _ = self._base(query, restrict_to)
        index = self._index
        return index.count(index.intersect(base, index.filter_bits(filters or Filters()).values()))

    def matching_ids(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[str]:
        ids = self._index.ids
        return [ids[s] for s in self._match(query, filters or Filters(), restrict_to)[0]]

    # -- counts --------------------------------------------------------------------------
    def _facets(self, query: str, filters: Filters | None,
                restrict_to: AbstractSet[str] | None) -> Facets:
        base, _ = self._base(query, restrict_to)
        return self._index.facets(base, filters or Filters())

    def topic_counts(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[tuple[Topic, int]]:
        """Every topic with the number of matches if it were chosen (its own facet ignored)."""
        counts = self._facets(query, filters, restrict_to).topic_counts
        return [(t, counts.get(t.id, 0)) for t in self.topics]

    def year_counts(self, query: str = "", filters: Filters | None = None, *,
                    restrict_to: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
        """Years present in the data (UNDATED last) with match counts (own facet ignored)."""
        counts = self._facets(query, filters, restrict_to).year_counts
        return [(y, counts.get(y, 0)) for y in (*self._index.all_years, UNDATED)]

    def document_counts(self, query: str = "", filters: Filters | None = None, *,
                        restrict_to: AbstractSet[str] | None = None
                        ) -> list[tuple[Document, int]]:
        """Every report with its number of matches if it were chosen (own facet ignored)."""
        counts = self._facets(query, filters, restrict_to).document_counts
        return [(d, counts.get(d.id, 0)) for d in self.documents]

    def calls_to_action_count(self, query: str = "", filters: Filters | None = None, *,
                              restrict_to: AbstractSet[str] | None = None) -> int:
        return self._facets(query, filters, restrict_to).calls_to_action

    def all_years(self) -> list[int]:
        """The years present in the data, ascending (without UNDATED)."""
        return list(self._index.all_years)

    def tree_structure(self) -> list[tuple[Group, list[TreeItem]]]:
        """The parts with their partners in report order, members under their body (by
        parent, then bodies listed as members of another, ``member_of``), five levels at
        most. Built once; counts come separately (:meth:`update`)."""
        if self._tree is not None:
            return self._tree

        def item(partner: Partner, via_membership: bool, depth: int) -> TreeItem:
            children: list[TreeItem] = []
            if depth <= 4:
                children = [item(self._partner[c], False, depth + 1)
                            for c in self._children.get(partner.id, [])]
                if not via_membership:
                    children += [item(m, True, depth + 1)
                                 for m in self._members.get(partner.id, [])]
            return TreeItem(partner, tuple(children), via_membership)

        roots: dict[str, list[TreeItem]] = {g.id: [] for g in self.groups}
        for p in self.partners:
            if not p.parent_id and p.group_id in roots:
                roots[p.group_id].append(item(p, False, 0))
        self._tree = [(g, roots[g.id]) for g in self.groups]
        return self._tree

    def partner_tree(self, query: str = "", filters: Filters | None = None, *,
                     restrict_to: AbstractSet[str] | None = None) -> list[GroupNode]:
        """The report's parts with their partners in report order, members under their body.

        A partner's count is the number of matching activities of the partner or a body under
        it (the partner filter itself is ignored, so the tree stays a map of everything).
        Bodies listed as members of another (``member_of``) appear under it as well.
        """
        facets = self._facets(query, filters, restrict_to)
        return tree_nodes(self.tree_structure(), facets)

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
