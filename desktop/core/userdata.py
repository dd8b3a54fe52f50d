"""The user's own data: notes, stars, collections and saved searches, in ``personal.sqlite``.

Everything is keyed by stable ids (activity ids such as ``cpm15-24-1``, partner ids such as
``wco``), never by row numbers of the cooperation database, so it survives data updates and
new reports. An id that no longer exists in the library is kept and listed by
:meth:`UserData.orphans`, never dropped.

The database lives in the user data folder (:func:`desktop.paths.data_dir`). Its schema
version is SQLite's ``user_version``; :data:`MIGRATIONS` is the ordered list of steps that
brings any older file up to :data:`SCHEMA_VERSION`, one transaction per step. A file written
by a newer version of the app is refused untouched. A damaged file is moved aside with a
timestamp and a fresh one created, so the app always starts (:attr:`UserData.notice` says
where the old file went).

Every user action is one transaction (rollback journal, ``synchronous=FULL``): a crash or an
error in the middle of a change loses that change only. Backups are one SQLite file (a
consistent copy made with SQLite's backup API plus a ``backup_meta`` table); restoring one
treats it as untrusted input (see :func:`read_backup`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.atomic import atomic_write
from desktop.core.errors import UserDataError
from desktop.core.models import UNDATED, Activity, Filters, Partner
from desktop.core.text import normalize
from desktop.core.untrusted import guarded_connection

# Re-exported: the personal filters live in a module of their own (the window holds one
# before it opens the user's data).
from desktop.core.user_filter import ACTIVITY as ACTIVITY
from desktop.core.user_filter import KINDS as KINDS
from desktop.core.user_filter import PARTNER as PARTNER
from desktop.core.user_filter import UserFilter as UserFilter
from desktop.core.user_filter import restrict_ids as restrict_ids

if TYPE_CHECKING:
    from desktop.core.store import Store

FILE_NAME = "personal.sqlite"

#: Limits on what a user types (and what a backup may hold).
MAX_NAME_CHARS = 120
MAX_TEXT_CHARS = 50_000
MAX_ID_CHARS = 200
#: A backup larger than this is refused unread (a lifetime of notes is far smaller).
MAX_BACKUP_BYTES = 64 * 1024 * 1024
#: SQLite virtual-machine steps allowed while checking a backup (bounds a hostile file).
_CHECK_STEP_LIMIT = 200_000_000
#: Seconds to wait for another process (the window and the command line) to finish a write.
BUSY_TIMEOUT_S = 5.0

BACKUP_APP = "ippc-coop"
BACKUP_FORMAT = "personal-data"
SQLITE_MAGIC = b"SQLite format 3\x00"

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ================================================================== schema and migrations
@dataclass(frozen=True)
class Migration:
    """One step of the schema: from ``version - 1`` to ``version``."""

    version: int
    summary: str
    statements: tuple[str, ...]


def _item_columns() -> str:
    """The two columns that name an activity or a partner."""
    return ("kind TEXT NOT NULL CHECK (kind IN ('activity', 'partner')),\n"
            "    item_id TEXT NOT NULL CHECK (typeof(item_id) = 'text' "
            f"AND length(item_id) BETWEEN 1 AND {MAX_ID_CHARS})")


#: The ordered steps of the schema. Never edit a released step: add a new one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "notes, stars and collections", (
        f"""CREATE TABLE notes (
    {_item_columns()},
    text TEXT NOT NULL CHECK (typeof(text) = 'text'),
    updated TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
)""",
        f"""CREATE TABLE stars (
    {_item_columns()},
    added TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
)""",
        """CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) >= 1),
    name_key TEXT NOT NULL UNIQUE,
    intro TEXT NOT NULL DEFAULT '' CHECK (typeof(intro) = 'text'),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
)""",
        f"""CREATE TABLE collection_items (
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
    {_item_columns()},
    note TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    added TEXT NOT NULL,
    PRIMARY KEY (collection_id, kind, item_id)
)""",
        "CREATE INDEX collection_items_order ON collection_items (collection_id, position)",
    )),
    Migration(2, "saved searches", (
        """CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) >= 1),
    name_key TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL DEFAULT '' CHECK (typeof(query) = 'text'),
    filters TEXT NOT NULL DEFAULT '{}' CHECK (typeof(filters) = 'text'),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
)""",
    )),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))

#: The table a backup file adds to the personal tables.
_BACKUP_META_SQL = "CREATE TABLE backup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


@dataclass(frozen=True)
class _SchemaObject:
    type: str
    table: str
    sql: str | None
    columns: tuple[str, ...]


@cache
def expected_schema(version: int = SCHEMA_VERSION,
                    backup: bool = False) -> dict[str, _SchemaObject]:
    """The schema objects (tables, indexes) a personal database of ``version`` holds, as
    the migrations make them (name -> type, table, SQL text and columns); with ``backup``,
    those of a backup file of that version. Do not modify the (cached) result."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in MIGRATIONS[:version]:
            for statement in migration.statements:
                conn.execute(statement)
        if backup:
            conn.execute(_BACKUP_META_SQL)
        return _schema_of(conn)
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> dict[str, _SchemaObject]:
    out = {}
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        columns: tuple[str, ...] = ()
        if kind == "table":
            columns = tuple(r[0] for r in conn.execute(
                "SELECT name FROM pragma_table_info(?) ORDER BY cid", (name,)))
        out[name] = _SchemaObject(kind, table, sql, columns)
    return out


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database of ``conn`` (autocommit mode) up to :data:`SCHEMA_VERSION`.

    Each step runs in its own transaction that also sets ``user_version``, so an interrupted
    upgrade leaves the file at the last completed step. Returns the version found before.
    """
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    for migration in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again inside the lock: another process may have upgraded meanwhile.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current < migration.version:
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
    return int(found)


# ================================================================== plain data
@dataclass(frozen=True, order=True)
class ItemRef:
    """An activity or a partner, by its stable id."""

    kind: str
    id: str


@dataclass(frozen=True)
class Note:
    kind: str
    item_id: str
    text: str
    updated: str  # ISO 8601, UTC


@dataclass(frozen=True)
class CollectionItem:
    kind: str
    item_id: str
    note: str
    added: str

    @property
    def ref(self) -> ItemRef:
        return ItemRef(self.kind, self.item_id)


@dataclass(frozen=True)
class Collection:
    """A named, ordered folder of activities and partners, with an introduction."""

    name: str
    intro: str
    created: str
    updated: str
    items: tuple[CollectionItem, ...] = ()

    def ids(self, kind: str = ACTIVITY) -> list[str]:
        """The ids of one kind, in the collection's order."""
        return [i.item_id for i in self.items if i.kind == kind]


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    filters: Filters
    created: str
    updated: str


@dataclass(frozen=True)
class Orphan:
    """A note, star or collection item whose activity or partner is not in the library
    (its report was removed, or a data update changed it). Kept, never dropped silently."""

    kind: str
    item_id: str
    where: str  # "note" | "star" | "collection"
    collection: str = ""  # the collection's name, for where == "collection"
    note: str = ""  # the note kept with it, if any


@dataclass(frozen=True)
class Notice:
    """Something the user must be told after opening (a damaged file moved aside)."""

    en: str
    zh: str
    moved_to: Path | None = None

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class BackupInfo:
    """The description a backup file carries (``backup_meta``)."""

    app: str
    app_version: str
    format_version: int  # the personal schema version of the data in the file
    created: str  # ISO 8601, UTC
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    previous: Path | None  # the data replaced, kept as personal.before-restore-*.sqlite


@dataclass(frozen=True)
class CollectionEntry:
    activity: Activity
    note: str  # the note written for this collection
    personal_note: str  # the activity's own note (the same for every collection), or ''


@dataclass(frozen=True)
class CollectionBriefing:
    """A collection as a briefing exporter needs it (see
    :meth:`UserData.collection_activities`)."""

    name: str
    intro: str
    entries: list[CollectionEntry]
    partners: list[tuple[Partner, str]] = field(default_factory=list)  # (partner, note)
    missing: list[ItemRef] = field(default_factory=list)  # items not in the library

    @property
    def activities(self) -> list[Activity]:
        return [e.activity for e in self.entries]


# ================================================================== validation
def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stamp() -> str:
    """Local time for file names the user will see: ``20240501-142233``."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def name_key(name: str) -> str:
    """What makes two names the same: NFKC, case folding, runs of spaces as one."""
    return " ".join(normalize(name).split())


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserDataError(f"Unknown kind of item {kind!r}: use 'activity' or 'partner'.",
                            f"未知的条目类型 {kind!r}：应为 activity（活动）或 "
                            "partner（合作伙伴）。")
    return kind


def _check_id(item_id: str) -> str:
    text = str(item_id).strip()
    if not text or len(text) > MAX_ID_CHARS or not _ID_RE.match(text):
        raise UserDataError(f"{item_id!r} is not a valid activity or partner id "
                            "(such as cpm15-24-1 or wco).",
                            f"{item_id!r} 不是有效的活动或合作伙伴编号（例如 cpm15-24-1 或 wco）。")
    return text


def _check_name(name: str, what: str = "collection") -> str:
    text = " ".join(str(name).split())
    label_zh = "收藏夹" if what == "collection" else "已保存的检索"
    if not text:
        raise UserDataError(f"A {what} needs a name.", f"{label_zh}需要一个名称。")
    if len(text) > MAX_NAME_CHARS or _CONTROL_RE.search(text):
        raise UserDataError(
            f"The name of a {what} may have at most {MAX_NAME_CHARS} characters and no "
            "control characters.",
            f"{label_zh}名称最多 {MAX_NAME_CHARS} 个字符，且不能含控制字符。")
    return text


def _clean_text(text: str) -> str:
    """A note or an introduction as stored: control characters removed, ends trimmed."""
    cleaned = _CONTROL_RE.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(cleaned) > MAX_TEXT_CHARS:
        raise UserDataError(f"A note may have at most {MAX_TEXT_CHARS} characters.",
                            f"备注最多 {MAX_TEXT_CHARS} 个字符。")
    return cleaned


def filters_to_json(filters: Filters) -> str:
    """Filters as stored in a saved search (``UNDATED`` as the string ``"undated"``)."""
    return json.dumps({
        "topics": list(filters.topics),
        "years": ["undated" if y == UNDATED else y for y in filters.years],
        "partners": list(filters.partners), "parts": list(filters.parts),
        "calls_to_action": filters.calls_to_action, "documents": list(filters.documents),
    }, ensure_ascii=False, sort_keys=True)


def filters_from_json(text: str) -> Filters:
    """Filters from :func:`filters_to_json`; values that do not fit are dropped (a saved
    search made by a newer version, or altered by hand, still opens)."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return Filters()
    if not isinstance(data, dict):
        return Filters()

    def strings(key: str) -> tuple[str, ...]:
        values = data.get(key)
        return tuple(v for v in values if isinstance(v, str)) if isinstance(values, list) else ()

    def ints(key: str) -> tuple[int, ...]:
        values = data.get(key)
        if not isinstance(values, list):
            return ()
        out = []
        for v in values:
            if v == "undated":
                out.append(UNDATED)
            elif isinstance(v, int) and not isinstance(v, bool):
                out.append(v)
        return tuple(out)

    return Filters(topics=strings("topics"), years=ints("years"), partners=strings("partners"),
                   parts=ints("parts"), calls_to_action=data.get("calls_to_action") is True,
                   documents=strings("documents"))


# ================================================================== the database
def default_path() -> Path:
    from desktop.paths import data_dir

    return data_dir() / FILE_NAME


def _aside(path: Path, label: str) -> Path:
    """A free name beside ``path`` for a copy kept aside: ``personal.<label>-<time>.sqlite``."""
    stem = f"{path.stem}.{label}-{_stamp()}"
    candidate = path.with_name(f"{stem}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


#: SQLite result codes that mean the file itself is bad (as opposed to locked, unreadable
#: for lack of permission, or a full disk, where the file must be left alone).
_DAMAGE_CODES = {"SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_SEQUENCE",
                 "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_INDEX"}


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _DAMAGE_CODES:
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


class UserData:
    """The user's personal data, opened (created, upgraded or recovered) from ``path``.

    Args:
        path: the database file; default ``personal.sqlite`` in the user data folder.

    Raises:
        UserDataError: the file was written by a newer version of the app (it is left
            untouched), is locked or cannot be read or created. A *damaged* file does not
            raise: it is moved aside, a fresh one is created and :attr:`notice` says so.

    Methods are safe to call from several threads; each change is one transaction.
    """

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.notice: Notice | None = None
        #: The version the file had when opened (0: new), before any upgrade.
        self.opened_version = 0
        self._lock = threading.RLock()
        self._conn = self._open()

    # -- opening -------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._cannot_open(exc) from exc
        if self.path.exists():
            problem = self._diagnose()
            if problem is not None:
                self._move_aside(*problem)
        try:
            conn = _connect(self.path, create=True)
        except sqlite3.Error as exc:
            raise self._cannot_open(exc) from exc
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            self.opened_version = int(version)
            if 0 < version < SCHEMA_VERSION:
                # Keep the file as it was before an upgrade: a step could be wrong.
                keep = _aside(self.path, f"before-upgrade-v{version}")
                target = sqlite3.connect(keep)
                try:
                    conn.backup(target)
                finally:
                    target.close()
            migrate(conn)
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            raise self._cannot_open(exc) from exc
        return conn

    def _cannot_open(self, exc: BaseException) -> UserDataError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if "locked" in reason or "busy" in reason:
            return UserDataError(
                f"Your personal data ({self.path}) is in use by another program and could "
                "not be opened. Close the other window or command, then try again.",
                f"个人数据（{self.path}）正被其他程序使用，无法打开。请关闭其他窗口或命令后重试。")
        return UserDataError(
            f"Your personal data (notes, stars, collections) at {self.path} could not be "
            f"opened ({reason}). Check that the folder exists and you may write to it.",
            f"无法打开 {self.path} 处的个人数据（备注、星标、收藏夹）（{reason}）。"
            "请检查该文件夹是否存在以及是否有写入权限。")

    def _diagnose(self) -> tuple[str, str] | None:
        """None when the existing file is a readable personal database, else what is wrong
        (English, Chinese).

        Raises:
            UserDataError: the file is from a newer version, locked or unreadable; it must
                be left as it is.
        """
        try:
            with self.path.open("rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise self._cannot_open(exc) from exc
        if not head:
            return None  # an empty file is an empty database: initialise it
        if head != SQLITE_MAGIC:
            return "it is not a database", "它不是数据库"
        try:
            # Read-write (not mode=ro) so that SQLite may roll back a hot journal left by a
            # crash; nothing else is written.
            conn = _connect(self.path, create=False)
        except sqlite3.Error as exc:
            if _is_damage(exc):
                return str(exc), str(exc)
            raise self._cannot_open(exc) from exc
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise UserDataError(
                    f"Your personal data at {self.path} was written by a newer version of "
                    f"the app (data version {version}; this version reads up to "
                    f"{SCHEMA_VERSION}). It was left unchanged. Update the app to use it.",
                    f"{self.path} 处的个人数据由更新版本的程序写入（数据版本 {version}，"
                    f"本程序最高支持 {SCHEMA_VERSION}）。文件未作更改。请更新程序后使用。")
            check = conn.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                found_problems = "; ".join(str(r[0]) for r in check[:3])
                return (f"the integrity check failed: {found_problems}",
                        f"完整性检查未通过：{found_problems}")
            found = _schema_of(conn)
            if version == 0:
                if not found:
                    return None
                return "it holds tables that are not personal data", "其中的表不是个人数据"
            for name, expected in expected_schema(version).items():
                have = found.get(name)
                if have is None or have.type != expected.type or not set(
                        expected.columns) <= set(have.columns):
                    return f"its tables are incomplete ({name})", f"其表结构不完整（{name}）"
            return None
        except sqlite3.Error as exc:
            if _is_damage(exc):
                return str(exc), str(exc)
            raise self._cannot_open(exc) from exc
        finally:
            conn.close()

    def _move_aside(self, problem: str, problem_zh: str) -> None:
        target = _aside(self.path, "damaged")
        try:
            os.replace(self.path, target)
            for sidecar in _sidecars(self.path):
                if sidecar.exists():
                    os.replace(sidecar, target.with_name(target.name + sidecar.name[
                        len(self.path.name):]))
        except OSError as exc:
            raise self._cannot_open(exc) from exc
        self.notice = Notice(
            f"Your personal data file could not be read ({problem}). It was moved to "
            f"{target} and a new, empty one was created. Restore a backup to get your notes, "
            "stars and collections back.",
            f"无法读取个人数据文件（{problem_zh}）。该文件已移至 {target}，并已新建一个空文件。"
            "如需找回备注、星标和收藏夹，请从备份恢复。",
            target)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    # -- plumbing ------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action: a transaction that is committed whole or not at all."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._write_error(exc) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._write_error(exc) from exc
                raise

    def _write_error(self, exc: sqlite3.Error) -> UserDataError:
        reason = str(exc)
        if "locked" in reason or "busy" in reason:
            return UserDataError(
                "Your change could not be saved: the personal data is busy in another window "
                "or command. Try again in a moment. Nothing was changed.",
                "无法保存更改：个人数据正被其他窗口或命令使用。请稍后重试。数据未作任何更改。")
        return UserDataError(
            f"Your change could not be saved ({reason}). Nothing was changed.",
            f"无法保存更改（{reason}）。数据未作任何更改。")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise UserDataError(
                    f"Your personal data could not be read ({exc}).",
                    f"无法读取个人数据（{exc}）。") from exc

    # -- notes ---------------------------------------------------------------------------
    def set_note(self, kind: str, item_id: str, text: str) -> None:
        """Write the note of an activity or partner; an empty text removes it."""
        kind, item_id, text = _check_kind(kind), _check_id(item_id), _clean_text(text)
        with self._write() as conn:
            if text:
                conn.execute("INSERT INTO notes (kind, item_id, text, updated) VALUES (?,?,?,?) "
                             "ON CONFLICT (kind, item_id) DO UPDATE SET text = excluded.text, "
                             "updated = excluded.updated", (kind, item_id, text, _now()))
            else:
                conn.execute("DELETE FROM notes WHERE kind = ? AND item_id = ?", (kind, item_id))

    def remove_note(self, kind: str, item_id: str) -> bool:
        """Remove a note; False when there was none."""
        kind, item_id = _check_kind(kind), _check_id(item_id)
        with self._write() as conn:
            return conn.execute("DELETE FROM notes WHERE kind = ? AND item_id = ?",
                                (kind, item_id)).rowcount > 0

    def note_of(self, kind: str, item_id: str) -> str:
        """The note of an activity or partner, '' if it has none."""
        rows = self._read("SELECT text FROM notes WHERE kind = ? AND item_id = ?",
                          (kind, str(item_id).strip()))
        return str(rows[0][0]) if rows else ""

    def notes(self, kind: str | None = None) -> list[Note]:
        """All notes (of one kind), the most recently changed first."""
        sql = "SELECT kind, item_id, text, updated FROM notes"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql, params = sql + " WHERE kind = ?", (kind,)
        return [Note(*row) for row in self._read(sql + " ORDER BY updated DESC, item_id", params)]

    def ids_with_notes(self, kind: str = ACTIVITY) -> set[str]:
        return {r[0] for r in self._read("SELECT item_id FROM notes WHERE kind = ?", (kind,))}

    def search_notes(self, query: str, kind: str = ACTIVITY,
                     include_collections: bool = True) -> set[str]:
        """Ids of one kind whose note contains every word of ``query`` (case-insensitive,
        full-width and half-width alike; any substring, so one or two Chinese characters
        work). With ``include_collections`` the notes written in collections count too.
        An empty query matches nothing."""
        words = normalize(query).split()
        if not words:
            return set()
        rows = self._read("SELECT item_id, text FROM notes WHERE kind = ?", (kind,))
        if include_collections:
            rows += self._read("SELECT item_id, note FROM collection_items "
                               "WHERE kind = ? AND note != ''", (kind,))
        found = set()
        for item_id, text in rows:
            folded = normalize(text)
            if all(word in folded for word in words):
                found.add(item_id)
        return found

    # -- stars ---------------------------------------------------------------------------
    def set_star(self, kind: str, item_id: str, starred: bool = True) -> None:
        kind, item_id = _check_kind(kind), _check_id(item_id)
        with self._write() as conn:
            if starred:
                conn.execute("INSERT OR IGNORE INTO stars (kind, item_id, added) VALUES (?,?,?)",
                             (kind, item_id, _now()))
            else:
                conn.execute("DELETE FROM stars WHERE kind = ? AND item_id = ?", (kind, item_id))

    def toggle_star(self, kind: str, item_id: str) -> bool:
        """Star or unstar; returns whether the item is starred now."""
        with self._lock:
            starred = not self.is_starred(kind, item_id)
            self.set_star(kind, item_id, starred)
            return starred

    def is_starred(self, kind: str, item_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM stars WHERE kind = ? AND item_id = ?",
                               (kind, str(item_id).strip())))

    def starred_ids(self, kind: str = ACTIVITY) -> set[str]:
        return {r[0] for r in self._read("SELECT item_id FROM stars WHERE kind = ?", (kind,))}

    def stars(self) -> list[ItemRef]:
        """Every starred item, the most recently starred first."""
        return [ItemRef(k, i) for k, i in self._read(
            "SELECT kind, item_id FROM stars ORDER BY added DESC, item_id")]

    # -- collections ---------------------------------------------------------------------
    def collections(self) -> list[Collection]:
        """Every collection with its items, by name."""
        rows = self._read("SELECT id, name, intro, created, updated FROM collections "
                          "ORDER BY name_key")
        items: dict[int, list[CollectionItem]] = {}
        for cid, kind, item_id, note, added in self._read(
                "SELECT collection_id, kind, item_id, note, added FROM collection_items "
                "ORDER BY collection_id, position, rowid"):
            items.setdefault(cid, []).append(CollectionItem(kind, item_id, note, added))
        return [Collection(name, intro, created, updated, tuple(items.get(cid, [])))
                for cid, name, intro, created, updated in rows]

    def collection_names(self) -> list[str]:
        return [r[0] for r in self._read("SELECT name FROM collections ORDER BY name_key")]

    def collection(self, name: str) -> Collection:
        """The collection called ``name`` (case-insensitive)."""
        with self._lock:
            cid = self._collection_id(self._conn, name)
            row = self._read("SELECT name, intro, created, updated FROM collections "
                             "WHERE id = ?", (cid,))[0]
            items = [CollectionItem(*r) for r in self._read(
                "SELECT kind, item_id, note, added FROM collection_items "
                "WHERE collection_id = ? ORDER BY position, rowid", (cid,))]
        return Collection(row[0], row[1], row[2], row[3], tuple(items))

    def _collection_id(self, conn: sqlite3.Connection, name: str) -> int:
        try:
            row = conn.execute("SELECT id FROM collections WHERE name_key = ?",
                               (name_key(name),)).fetchone()
        except sqlite3.Error as exc:
            raise UserDataError(f"Your personal data could not be read ({exc}).",
                                f"无法读取个人数据（{exc}）。") from exc
        if row is None:
            raise UserDataError(f"There is no collection called {name!r}.",
                                f"没有名为“{name}”的收藏夹。")
        return int(row[0])

    def _name_free(self, conn: sqlite3.Connection, table: str, name: str,
                   except_id: int | None = None) -> None:
        row = conn.execute(f"SELECT id, name FROM {table} WHERE name_key = ?",
                           (name_key(name),)).fetchone()
        if row is not None and row[0] != except_id:
            if table == "collections":
                raise UserDataError(f"A collection called {row[1]!r} already exists. "
                                    "Choose another name.",
                                    f"已有名为“{row[1]}”的收藏夹，请换一个名称。")
            raise UserDataError(f"A saved search called {row[1]!r} already exists. "
                                "Choose another name.",
                                f"已有名为“{row[1]}”的已保存检索，请换一个名称。")

    def create_collection(self, name: str, intro: str = "") -> Collection:
        name, intro = _check_name(name), _clean_text(intro)
        with self._write() as conn:
            self._name_free(conn, "collections", name)
            now = _now()
            conn.execute("INSERT INTO collections (name, name_key, intro, created, updated) "
                         "VALUES (?,?,?,?,?)", (name, name_key(name), intro, now, now))
        return self.collection(name)

    def rename_collection(self, name: str, new_name: str) -> Collection:
        new_name = _check_name(new_name)
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            self._name_free(conn, "collections", new_name, except_id=cid)
            conn.execute("UPDATE collections SET name = ?, name_key = ?, updated = ? "
                         "WHERE id = ?", (new_name, name_key(new_name), _now(), cid))
        return self.collection(new_name)

    def delete_collection(self, name: str) -> None:
        """Delete a collection and its items (the items' own notes and stars stay)."""
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            conn.execute("DELETE FROM collection_items WHERE collection_id = ?", (cid,))
            conn.execute("DELETE FROM collections WHERE id = ?", (cid,))

    def set_intro(self, name: str, text: str) -> None:
        text = _clean_text(text)
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            conn.execute("UPDATE collections SET intro = ?, updated = ? WHERE id = ?",
                         (text, _now(), cid))

    def _item_ids(self, conn: sqlite3.Connection, cid: int) -> list[ItemRef]:
        return [ItemRef(k, i) for k, i in conn.execute(
            "SELECT kind, item_id FROM collection_items WHERE collection_id = ? "
            "ORDER BY position, rowid", (cid,))]

    def _renumber(self, conn: sqlite3.Connection, cid: int, order: Sequence[ItemRef]) -> None:
        for position, ref in enumerate(order):
            conn.execute("UPDATE collection_items SET position = ? WHERE collection_id = ? "
                         "AND kind = ? AND item_id = ?", (position, cid, ref.kind, ref.id))
        conn.execute("UPDATE collections SET updated = ? WHERE id = ?", (_now(), cid))

    def add_items(self, name: str, refs: Iterable[ItemRef | tuple[str, str]],
                  position: int | None = None) -> int:
        """Add items to a collection (at the end, or from ``position`` on), in one action.

        Items already in the collection stay where they are. Returns how many were added.
        """
        wanted = []
        for ref in refs:
            item = ItemRef(_check_kind(ref[0] if isinstance(ref, tuple) else ref.kind),
                           _check_id(ref[1] if isinstance(ref, tuple) else ref.id))
            if item not in wanted:
                wanted.append(item)
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            order = self._item_ids(conn, cid)
            new = [r for r in wanted if r not in order]
            now = _now()
            for ref in new:
                conn.execute("INSERT INTO collection_items (collection_id, position, kind, "
                             "item_id, note, added) VALUES (?,?,?,?,'',?)",
                             (cid, len(order), ref.kind, ref.id, now))
            at = len(order) if position is None else max(0, min(position, len(order)))
            self._renumber(conn, cid, order[:at] + new + order[at:])
        return len(new)

    def add_item(self, name: str, kind: str, item_id: str, note: str = "",
                 position: int | None = None) -> bool:
        """Add one item (with a note); False when it was already in the collection."""
        note = _clean_text(note)
        ref = ItemRef(_check_kind(kind), _check_id(item_id))
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            order = self._item_ids(conn, cid)
            if ref in order:
                return False
            conn.execute("INSERT INTO collection_items (collection_id, position, kind, item_id, "
                         "note, added) VALUES (?,?,?,?,?,?)",
                         (cid, len(order), ref.kind, ref.id, note, _now()))
            at = len(order) if position is None else max(0, min(position, len(order)))
            self._renumber(conn, cid, [*order[:at], ref, *order[at:]])
            return True

    def _find_item(self, conn: sqlite3.Connection, name: str, kind: str,
                   item_id: str) -> tuple[int, list[ItemRef], ItemRef]:
        cid = self._collection_id(conn, name)
        order = self._item_ids(conn, cid)
        ref = ItemRef(kind, str(item_id).strip())
        if ref not in order:
            collection = conn.execute("SELECT name FROM collections WHERE id = ?",
                                      (cid,)).fetchone()[0]
            raise UserDataError(f"{item_id!r} is not in the collection {collection!r}.",
                                f"{item_id!r} 不在收藏夹“{collection}”中。")
        return cid, order, ref

    def remove_item(self, name: str, kind: str, item_id: str) -> None:
        with self._write() as conn:
            cid, order, ref = self._find_item(conn, name, kind, item_id)
            conn.execute("DELETE FROM collection_items WHERE collection_id = ? AND kind = ? "
                         "AND item_id = ?", (cid, ref.kind, ref.id))
            self._renumber(conn, cid, [r for r in order if r != ref])

    def move_item(self, name: str, kind: str, item_id: str, position: int) -> None:
        """Move an item to ``position`` (0 first; beyond the end means last)."""
        if position < 0:
            raise UserDataError("A position counts from 0 (the first item).",
                                "位置从 0（第一项）开始计数。")
        with self._write() as conn:
            cid, order, ref = self._find_item(conn, name, kind, item_id)
            rest = [r for r in order if r != ref]
            at = min(position, len(rest))
            self._renumber(conn, cid, [*rest[:at], ref, *rest[at:]])

    def reorder(self, name: str, refs: Sequence[ItemRef]) -> None:
        """Put the collection's items in the order of ``refs`` (which must list each item
        exactly once), e.g. after a drag and drop of several items."""
        with self._write() as conn:
            cid = self._collection_id(conn, name)
            order = self._item_ids(conn, cid)
            wanted = [ItemRef(r.kind, r.id) for r in refs]
            if sorted(wanted) != sorted(order):
                raise UserDataError("The new order must list every item of the collection "
                                    "exactly once.", "新的顺序必须恰好列出收藏夹中的每一项。")
            self._renumber(conn, cid, wanted)

    def set_item_note(self, name: str, kind: str, item_id: str, text: str) -> None:
        """The note an item has in this collection ('' removes it)."""
        text = _clean_text(text)
        with self._write() as conn:
            cid, _, ref = self._find_item(conn, name, kind, item_id)
            conn.execute("UPDATE collection_items SET note = ? WHERE collection_id = ? "
                         "AND kind = ? AND item_id = ?", (text, cid, ref.kind, ref.id))
            conn.execute("UPDATE collections SET updated = ? WHERE id = ?", (_now(), cid))

    def collections_of(self, kind: str, item_id: str) -> list[str]:
        """Names of the collections holding an item."""
        return [r[0] for r in self._read(
            "SELECT c.name FROM collections c JOIN collection_items i ON i.collection_id = c.id "
            "WHERE i.kind = ? AND i.item_id = ? ORDER BY c.name_key", (kind, item_id))]

    # -- saved searches ------------------------------------------------------------------
    def saved_searches(self) -> list[SavedSearch]:
        return [SavedSearch(name, query, filters_from_json(filters), created, updated)
                for name, query, filters, created, updated in self._read(
                    "SELECT name, query, filters, created, updated FROM saved_searches "
                    "ORDER BY name_key")]

    def saved_search(self, name: str) -> SavedSearch:
        rows = self._read("SELECT name, query, filters, created, updated FROM saved_searches "
                          "WHERE name_key = ?", (name_key(name),))
        if not rows:
            raise UserDataError(f"There is no saved search called {name!r}.",
                                f"没有名为“{name}”的已保存检索。")
        n, query, filters, created, updated = rows[0]
        return SavedSearch(n, query, filters_from_json(filters), created, updated)

    def save_search(self, name: str, query: str, filters: Filters | None = None,
                    replace: bool = False) -> SavedSearch:
        """Save a search; with ``replace`` an existing one of the same name is overwritten,
        otherwise that is an error."""
        name = _check_name(name, "saved search")
        query = _clean_text(query)
        data = filters_to_json(filters or Filters())
        with self._write() as conn:
            row = conn.execute("SELECT id FROM saved_searches WHERE name_key = ?",
                               (name_key(name),)).fetchone()
            now = _now()
            if row is not None and replace:
                conn.execute("UPDATE saved_searches SET name = ?, query = ?, filters = ?, "
                             "updated = ? WHERE id = ?", (name, query, data, now, row[0]))
            else:
                self._name_free(conn, "saved_searches", name)
                conn.execute("INSERT INTO saved_searches (name, name_key, query, filters, "
                             "created, updated) VALUES (?,?,?,?,?,?)",
                             (name, name_key(name), query, data, now, now))
        return self.saved_search(name)

    def rename_search(self, name: str, new_name: str) -> SavedSearch:
        new_name = _check_name(new_name, "saved search")
        with self._write() as conn:
            row = conn.execute("SELECT id FROM saved_searches WHERE name_key = ?",
                               (name_key(name),)).fetchone()
            if row is None:
                raise UserDataError(f"There is no saved search called {name!r}.",
                                    f"没有名为“{name}”的已保存检索。")
            self._name_free(conn, "saved_searches", new_name, except_id=row[0])
            conn.execute("UPDATE saved_searches SET name = ?, name_key = ?, updated = ? "
                         "WHERE id = ?", (new_name, name_key(new_name), _now(), row[0]))
        return self.saved_search(new_name)

    def delete_search(self, name: str) -> None:
        with self._write() as conn:
            if conn.execute("DELETE FROM saved_searches WHERE name_key = ?",
                            (name_key(name),)).rowcount == 0:
                raise UserDataError(f"There is no saved search called {name!r}.",
                                    f"没有名为“{name}”的已保存检索。")

    # -- the library's view --------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per kind of personal data (also recorded in a backup)."""
        with self._lock:
            return _counts(self._conn)

    def orphans(self, store: Store) -> list[Orphan]:
        """Notes, stars and collection items whose activity or partner is not in ``store``
        (a report removed, or an id changed by a data update). They are kept: the report
        may come back; the user decides."""
        mine = ([n.item_id for n in self.notes() if n.kind == ACTIVITY]
                + [s.id for s in self.stars() if s.kind == ACTIVITY]
                + [i.item_id for c in self.collections() for i in c.items
                   if i.kind == ACTIVITY])
        known = {ACTIVITY: store.known_activity_ids(mine),
                 PARTNER: {p.id for p in store.partners}}
        out = [Orphan(n.kind, n.item_id, "note", note=n.text) for n in self.notes()
               if n.item_id not in known.get(n.kind, set())]
        out += [Orphan(s.kind, s.id, "star") for s in self.stars()
                 if s.id not in known.get(s.kind, set())]
        for c in self.collections():
            out += [Orphan(i.kind, i.item_id, "collection", c.name, i.note) for i in c.items
                    if i.item_id not in known.get(i.kind, set())]
        return out

    def collection_activities(self, store: Store, name: str) -> CollectionBriefing:
        """A collection for a briefing: its intro, then its activities in the collection's
        order, each with the note written for it in this collection and its own note; the
        partners it holds (with their notes); and the items the library no longer has.

        The exporter prints ``entries`` in this order (not in report order).
        """
        collection = self.collection(name)
        notes = {n.item_id: n.text for n in self.notes(ACTIVITY)}
        entries: list[CollectionEntry] = []
        partners: list[tuple[Partner, str]] = []
        missing: list[ItemRef] = []
        activity_ids = store.known_activity_ids(
            i.item_id for i in collection.items if i.kind == ACTIVITY)
        partner_ids = {p.id for p in store.partners}
        for item in collection.items:
            if item.kind == ACTIVITY and item.item_id in activity_ids:
                entries.append(CollectionEntry(store.activity(item.item_id), item.note,
                                               notes.get(item.item_id, "")))
            elif item.kind == PARTNER and item.item_id in partner_ids:
                partners.append((store.partner(item.item_id), item.note))
            else:
                missing.append(item.ref)
        return CollectionBriefing(collection.name, collection.intro, entries, partners,
                                  missing)

    # -- backup and restore --------------------------------------------------------------
    def backup(self, path: Path | str) -> BackupInfo:
        """Write all personal data to one file: a consistent copy made with SQLite's backup
        API, plus a ``backup_meta`` table (app, format version, created, counts). The file
        appears complete or not at all."""
        from desktop import __version__

        path = Path(path)
        if path.exists() and _same_file(path, self.path):
            raise UserDataError("Choose another file for the backup, not the personal data "
                                "file itself.", "请为备份选择另一个文件，而不是个人数据文件本身。")
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            with self._lock:
                self._conn.backup(memory)
            counts = _counts(memory)
            info = BackupInfo(BACKUP_APP, __version__,
                              int(memory.execute("PRAGMA user_version").fetchone()[0]),
                              _now(), counts)
            memory.execute(_BACKUP_META_SQL)
            memory.executemany("INSERT INTO backup_meta (key, value) VALUES (?, ?)", [
                ("app", info.app), ("app_version", info.app_version), ("format", BACKUP_FORMAT),
                ("format_version", str(info.format_version)), ("created", info.created),
                ("counts", json.dumps(counts, sort_keys=True))])
            data = memory.serialize()
        finally:
            memory.close()
        atomic_write(path, lambda handle: handle.write(data), error=UserDataError)
        return info

    def restore(self, path: Path | str) -> RestoreResult:
        """Replace all personal data by a backup's, after checking the backup as untrusted
        input (:func:`read_backup`). The current data are kept beside as
        ``personal.before-restore-<time>.sqlite``; the swap is atomic.

        Raises:
            UserDataError: the backup was refused or could not be installed; the current
                data are unchanged.
        """
        folder, copy, info = _checked_copy(Path(path))
        try:
            _prepare_restored(copy)
            data = copy.read_bytes()
            with self._lock:
                previous = _aside(self.path, "before-restore")
                try:
                    keep = sqlite3.connect(previous)
                    try:
                        self._conn.backup(keep)
                    finally:
                        keep.close()
                except sqlite3.Error as exc:
                    previous.unlink(missing_ok=True)
                    raise UserDataError(
                        f"The current personal data could not be kept aside ({exc}); nothing "
                        "was restored.", f"无法保留当前的个人数据（{exc}），未执行恢复。"
                    ) from exc
                self._conn.close()
                try:
                    atomic_write(self.path, lambda handle: handle.write(data),
                                 error=UserDataError)
                except BaseException as exc:
                    previous.unlink(missing_ok=True)  # nothing was replaced
                    if not isinstance(exc, UserDataError):
                        raise
                    cause = exc.__cause__
                    reason = (cause.strerror if isinstance(cause, OSError) and cause.strerror
                              else str(cause or exc))
                    raise UserDataError(
                        f"Your personal data could not be replaced by the backup ({reason}). "
                        "Close other windows of the app, check the data folder and try again. "
                        "Your personal data were not changed.",
                        f"无法用备份替换个人数据（{reason}）。请关闭本程序的其他窗口、检查数据文件夹后"
                        "重试。个人数据未作任何更改。") from exc
                finally:
                    self._conn = self._open()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return RestoreResult(info, previous)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


#: The tables of personal data, as counted in a backup's description.
COUNTED_TABLES = ("notes", "stars", "collections", "collection_items", "saved_searches")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table of personal data the database has (an older one has fewer tables)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in COUNTED_TABLES if t in present}


# ================================================================== checking a backup
def _refuse(name: str, en: str, zh: str) -> UserDataError:
    return UserDataError(f"The backup {name} was refused: {en} Your personal data were not "
                         "changed.", f"备份 {name} 未被接受：{zh}个人数据未作任何更改。")


def read_backup(path: Path | str) -> BackupInfo:
    """Check a backup file without restoring it (what it holds, for a confirmation).

    Raises:
        UserDataError: why the file is refused.
    """
    folder, _, info = _checked_copy(Path(path))
    shutil.rmtree(folder, ignore_errors=True)
    return info


def _checked_copy(path: Path) -> tuple[Path, Path, BackupInfo]:
    """Copy an untrusted backup to a private folder and check the copy: size, header,
    opened read-only with ``trusted_schema=OFF``, exactly the expected tables, columns and
    indexes (no views, no triggers), a format version this app reads, integrity, foreign
    keys, and every row as the app would accept it from the user. Returns (folder, copy,
    info); the caller removes the folder."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(name, f"it cannot be read ({exc.strerror or exc}).",
                      f"无法读取该文件（{exc.strerror or exc}）。") from exc
    if size > MAX_BACKUP_BYTES:
        raise _refuse(name, f"it is larger than {MAX_BACKUP_BYTES // (1024 * 1024)} MB.",
                      f"文件超过 {MAX_BACKUP_BYTES // (1024 * 1024)} MB。")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _refuse(name, f"it cannot be read ({exc.strerror or exc}).",
                      f"无法读取该文件（{exc.strerror or exc}）。") from exc
    if head != SQLITE_MAGIC:
        raise _refuse(name, "it is not a backup of personal data (not an SQLite database).",
                      "该文件不是个人数据备份（不是 SQLite 数据库）。")
    folder = Path(tempfile.mkdtemp(prefix="ippc-userdata-"))
    copy = folder / "backup.sqlite"
    try:
        with path.open("rb") as source, copy.open("wb") as target:
            shutil.copyfileobj(source, target)
        if copy.stat().st_size > MAX_BACKUP_BYTES:  # it grew since the first look
            raise _refuse(name, "it is too large.", "文件过大。")
        info = _check_copy(copy, name)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise _refuse(name, f"it cannot be read ({exc.strerror or exc}).",
                      f"无法读取该文件（{exc.strerror or exc}）。") from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, copy, info


def _check_copy(copy: Path, name: str) -> BackupInfo:
    with guarded_connection(copy, lambda en, zh: _refuse(name, en, zh),
                            _CHECK_STEP_LIMIT) as conn:
        return _check_connection(conn, name)


def _check_connection(conn: sqlite3.Connection, name: str) -> BackupInfo:
    objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
    kinds = {kind for kind, _ in objects}
    if "view" in kinds or "trigger" in kinds:
        raise _refuse(name, "it contains views or triggers, which run code when the file is "
                      "read.", "其中含有视图或触发器，读取时会执行代码。")
    found = _schema_of(conn)
    meta_table = found.get("backup_meta")
    if meta_table is None or meta_table.type != "table" or meta_table.sql != _BACKUP_META_SQL:
        raise _refuse(name, "it is not a backup made by this app (no backup description).",
                      "它不是由本程序生成的备份（缺少备份说明）。")
    meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM backup_meta")}
    version_text = meta.get("format_version", "")
    if (meta.get("app") != BACKUP_APP or meta.get("format") != BACKUP_FORMAT
            or not version_text.isdigit()):
        raise _refuse(name, "it is not a backup of personal data made by this app.",
                      "它不是由本程序生成的个人数据备份。")
    version = int(version_text)
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION or user_version > SCHEMA_VERSION:
        newest = max(version, user_version)
        raise _refuse(name, f"it was made by a newer version of the app (data version "
                      f"{newest}; this version reads up to {SCHEMA_VERSION}). Update the app, "
                      "then restore it.", f"该备份由更新版本的程序生成（数据版本 {newest}，本程序"
                      f"最高支持 {SCHEMA_VERSION}）。请更新程序后再恢复。")
    if version < 1 or version != user_version:
        raise _refuse(name, "its version description does not match its content.",
                      "其版本说明与内容不符。")
    expected = expected_schema(version, backup=True)
    if found != expected:
        extra = sorted(set(found) - set(expected))[:5]
        missing = sorted(set(expected) - set(found))[:5]
        changed = sorted(n for n in set(found) & set(expected) if found[n] != expected[n])[:5]
        raise _refuse(name, f"its tables are not those of a backup (unexpected: "
                      f"{extra or 'none'}; missing: {missing or 'none'}; different: "
                      f"{changed or 'none'}).", f"其表结构与备份不符（多出：{extra or '无'}；"
                      f"缺少：{missing or '无'}；不同：{changed or '无'}）。")
    check = conn.execute("PRAGMA integrity_check").fetchall()
    if check != [("ok",)]:
        raise _refuse(name, "it is damaged (the database integrity check failed).",
                      "文件已损坏（数据库完整性检查未通过）。")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise _refuse(name, "it holds collection items without their collection.",
                      "其中有不属于任何收藏夹的条目。")
    _check_rows(conn, name)
    counts = _counts(conn)
    try:
        claimed = json.loads(meta.get("counts", ""))
    except ValueError:
        claimed = None
    if claimed != counts:
        raise _refuse(name, "its description does not match its content: it is incomplete "
                      "or was altered.", "其说明与内容不符：文件不完整或已被改动。")
    return BackupInfo(meta["app"], meta.get("app_version", "?"), version,
                      meta.get("created", ""), counts)


def _check_rows(conn: sqlite3.Connection, name: str) -> None:
    """Every row must be one the app itself could have written (SQLite's typing is loose
    and ``integrity_check`` does not evaluate CHECK constraints)."""
    words_zh = {"note": "备注", "star": "星标", "collection": "收藏夹",
                "saved search": "已保存检索", "collection item": "收藏夹条目"}

    def bad(what: str) -> UserDataError:
        return _refuse(name, f"it holds a {what} this app would not write.",
                       f"其中有本程序不会写入的{words_zh[what]}。")

    def text_ok(value: Any, limit: int = MAX_TEXT_CHARS) -> bool:
        return isinstance(value, str) and len(value) <= limit

    def item_ok(kind: Any, item_id: Any) -> bool:
        return (kind in KINDS and isinstance(item_id, str) and len(item_id) <= MAX_ID_CHARS
                and bool(_ID_RE.match(item_id)))

    for kind, item_id, text, updated in conn.execute(
            "SELECT kind, item_id, text, updated FROM notes"):
        if not (item_ok(kind, item_id) and text_ok(text) and text_ok(updated, 40)):
            raise bad("note")
    for kind, item_id, added in conn.execute("SELECT kind, item_id, added FROM stars"):
        if not (item_ok(kind, item_id) and text_ok(added, 40)):
            raise bad("star")
    tables = {"collections": "intro", "saved_searches": "query"}
    for table, text_column in tables.items():
        if table not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
            continue
        for cid, cname, key, text in conn.execute(
                f"SELECT id, name, name_key, {text_column} FROM {table}"):
            if not (isinstance(cid, int) and text_ok(cname, MAX_NAME_CHARS) and cname.strip()
                    and key == name_key(cname) and text_ok(text)):
                raise bad("collection" if table == "collections" else "saved search")
    for cid, position, kind, item_id, note in conn.execute(
            "SELECT collection_id, position, kind, item_id, note FROM collection_items"):
        if not (isinstance(cid, int) and isinstance(position, int) and position >= 0
                and item_ok(kind, item_id) and text_ok(note)):
            raise bad("collection item")


def _prepare_restored(copy: Path) -> None:
    """Turn a checked backup copy into a personal database of this version."""
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("DROP TABLE backup_meta")
            conn.execute("PRAGMA journal_mode = DELETE")
            migrate(conn)
            conn.execute("VACUUM")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserDataError(f"The backup could not be prepared for restoring ({exc}). Your "
                            "personal data were not changed.",
                            f"无法准备恢复该备份（{exc}）。个人数据未作任何更改。") from exc


# ================================================================== hooks for the window
def kind_of(store: Store, item_id: str) -> str:
    """``"activity"`` or ``"partner"`` for an id of the library.

    Raises:
        UserDataError: no activity or partner has this id.
    """
    text = str(item_id).strip()
    if store.has_activity(text):
        return ACTIVITY
    if text in {p.id for p in store.partners}:
        return PARTNER
    raise UserDataError(f"No activity or partner has the id {item_id!r}. Activity ids look "
                        "like cpm15-24-1 ('ippc-coop search'), partner ids like wco "
                        "('ippc-coop partners').",
                        f"没有编号为 {item_id!r} 的活动或合作伙伴。活动编号形如 cpm15-24-1，"
                        "合作伙伴编号形如 wco。")
