"""A derived copy of a large library's facet index on disk, so the next start does not read
it from every activity (issue 11).

Only derived data, never the source of truth: its name is a key over every database of the
library (path, size, modification time, schema version and data version), the application's
version, the Python version and this format's; an entry whose key does not match is never
read. A missing, stale, truncated or damaged entry is ignored (and logged), and the index is
read from the databases and written again. The entries are marshal data (loading them runs no
code, unlike pickle) with a checksum, written atomically; only the latest few are kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import sqlite3
import sys
from pathlib import Path
from typing import Any

from desktop import __version__

log = logging.getLogger(__name__)

#: Bump when what is stored changes.
FORMAT = 4
MAGIC = b"IPPCIDX1"
#: Entries kept (the latest used); older ones are removed when one is written.
KEEP = 3
#: The columns stored, in order (see :meth:`desktop.core.facets.FacetIndex.from_columns`),
#: then the facets' bit sets built so far (:meth:`desktop.core.facets.FacetIndex.built_sets`),
#: the counts with no query and no filter, as a tuple of the ``Facets`` fields (or None if
#: not taken yet), and the columns computed from the others
#: (:meth:`desktop.core.facets.FacetIndex.derived_columns`).
COLUMNS = ("conn", "rowid", "ids", "doc", "part", "paragraph", "date", "cta", "partners",
           "topics", "sets", "everything", "derived")


def cache_key(files: list[Path], conns: list[sqlite3.Connection]) -> str | None:
    """The key of the index of these databases (in this order), or None if a file cannot be
    looked at (then no entry is read or written)."""
    parts: list[Any] = [FORMAT, __version__, sys.version, sys.implementation.cache_tag]
    try:
        for file, conn in zip(files, conns, strict=True):
            st = file.stat()
            schema = conn.execute("PRAGMA schema_version").fetchone()[0]
            version = conn.execute(
                "SELECT value FROM meta WHERE key = 'data_version'").fetchone()
            parts.append([str(file.resolve()), st.st_size, st.st_mtime_ns, schema,
                          None if version is None else str(version[0])])
    except (OSError, sqlite3.Error) as exc:
        log.info("index cache: not used (%s)", exc)
        return None
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


def entry_path(folder: Path, key: str) -> Path:
    return folder / f"index-{key}.marshal"


def load(folder: Path, key: str) -> dict[str, Any] | None:
    """The columns stored under ``key``, or None (no entry, or one not fit to use: logged)."""
    path = entry_path(folder, key)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("index cache: cannot read %s (%s); reading the library", path, exc)
        return None
    head = len(MAGIC) + 32
    try:
        if data[:len(MAGIC)] != MAGIC or hashlib.sha256(data[head:]).digest() != data[
                len(MAGIC):head]:
            raise ValueError("truncated or damaged")
        stored = marshal.loads(memoryview(data)[head:])
        del data
        if not (isinstance(stored, tuple) and len(stored) == 2 + len(COLUMNS)
                and stored[0] == key and isinstance(stored[1], int)):
            raise ValueError("not this library's")
        columns = dict(zip(COLUMNS, stored[2:], strict=True))
        n = stored[1]
        for name, values in columns.items():
            if name in ("sets", "derived"):
                if not isinstance(values, dict):
                    raise ValueError(f"the {name!r} entry is not whole")
            elif name == "everything":
                if values is not None and not isinstance(values, tuple):
                    raise ValueError("the counts are not whole")
            elif not isinstance(values, list) or (name != "cta" and len(values) != n):
                raise ValueError(f"column {name} is not whole")
    except (ValueError, EOFError, TypeError) as exc:
        log.warning("index cache: ignoring %s (%s); reading the library", path, exc)
        return None
    return columns


def save(folder: Path, key: str, columns: dict[str, Any]) -> None:
    """Store the columns under ``key`` (atomically), keep only the :data:`KEEP` latest
    entries. Failures are logged, never raised: the cache is only a shortcut."""
    from desktop.core.atomic import atomic_write

    try:
        folder.mkdir(parents=True, exist_ok=True)
        body = marshal.dumps((key, len(columns["ids"]), *(columns[c] for c in COLUMNS)))
        digest = hashlib.sha256(body).digest()

        def write(out: Any) -> None:
            out.write(MAGIC)
            out.write(digest)
            out.write(body)

        atomic_write(entry_path(folder, key), write)
        entries = sorted(folder.glob("index-*.marshal"), key=_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is skipped
        log.warning("index cache: not written in %s (%s)", folder, exc)


def touch(folder: Path, key: str) -> None:
    """Mark the entry as used now (the latest are kept)."""
    try:
        entry_path(folder, key).touch()
    except OSError:
        pass


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
