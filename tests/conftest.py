"""Shared fixtures: offscreen Qt, user folders in tmp, the built database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DB_PATH = ROOT / "db" / "cooperation.sqlite"


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's settings, data or logs."""
    monkeypatch.setenv("IPPC_COOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("IPPC_COOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("IPPC_COOP_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("IPPC_COOP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def db_path() -> Path:
    if not DB_PATH.exists():
        pytest.fail(f"{DB_PATH} is missing: run 'make db' (make test builds it first)")
    return DB_PATH


@pytest.fixture(scope="session")
def store(db_path: Path) -> Iterator[Store]:
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def two_reports_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of the real report plus the small fixture report (tests/second_report.py)."""
    from second_report import copy_sources

    from db.build import SOURCES, build

    where = tmp_path_factory.mktemp("two-reports")
    root = copy_sources(SOURCES, where / "sources", second=True)
    out = where / "two.sqlite"
    build(out, root)
    return out


@pytest.fixture(scope="session")
def two_reports(two_reports_db: Path) -> Iterator[Store]:
    s = Store(two_reports_db)
    yield s
    s.close()


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory) -> Path:
    """A small synthetic library (1 500 activities, 400 partners in a three-level tree,
    several reports) from ``benchmarks/synth.py``, for the paths of a large library."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import synth

    path = tmp_path_factory.mktemp("synth") / "synth.sqlite"
    synth.generate(path, activities=1500, partners=400, topics=40, seed=5)
    return path
