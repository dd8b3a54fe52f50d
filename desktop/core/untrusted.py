"""Opening an SQLite file from outside (a data pack, a backup) so that reading it cannot run
code of its own or hang the app.

A database file is a program, not data: views and triggers run SQL when read, and a recursive
view never ends. The file is opened read-only with ``trusted_schema`` off and a budget of
virtual-machine steps; SQLite's own errors come back as the caller's refusal, in words for
the user.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: Makes the caller's exception from an English and a Chinese reason.
Refusal = Callable[[str, str], Exception]


@contextmanager
def guarded_connection(path: Path, refuse: Refusal,
                       step_limit: int = 200_000_000) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` (a private copy) for checking it.

    Raises (through ``refuse``): the file cannot be opened, a statement ran over the step
    budget, or SQLite found it damaged.
    """
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise refuse(f"it cannot be opened ({exc}).", f"无法打开（{exc}）。") from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        steps = 0

        def guard() -> int:
            nonlocal steps
            steps += 1
            return 1 if steps * 1000 > step_limit else 0

        conn.set_progress_handler(guard, 1000)
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise refuse("checking it took too long.", "检查耗时过长。") from exc
            raise refuse(f"it cannot be read ({exc}).", f"无法读取（{exc}）。") from exc
        except sqlite3.DatabaseError as exc:
            raise refuse(f"it is damaged or not a database ({exc}).",
                         f"文件已损坏或不是数据库（{exc}）。") from exc
    finally:
        conn.close()
