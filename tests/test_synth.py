"""The synthetic benchmark databases (benchmarks/synth.py): the app opens them, and they are
deterministic, varied and shaped like the real data."""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.build import _DATE_RE, _QUALIFIERS, _validate_document
from desktop.core.schema import content_digest, date_items
from desktop.core.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import synth  # noqa: E402

ACTIVITIES, PARTNERS = 300, 200


def digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return content_digest(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def synth_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.generate(tmp_path_factory.mktemp("synth") / "synth.sqlite", ACTIVITIES,
                          PARTNERS)


@pytest.fixture(scope="module")
def synth_store(synth_db: Path) -> Iterator[Store]:
    store = Store(synth_db, library=False)
    yield store
    store.close()


def test_counts(synth_store: Store) -> None:
    assert len(synth_store.activities) == ACTIVITIES
    assert len(synth_store.partners) == PARTNERS
    assert len(synth_store.topics) == 60
    assert len(synth_store.groups) == 3
    assert len(synth_store.documents) >= 2
    assert {d.original_lang for d in synth_store.documents} == {"zh", "en"}
    assert synth_store.meta["synth_version"] == synth.GENERATOR_VERSION


def test_same_seed_same_content(synth_db: Path, tmp_path: Path) -> None:
    again = synth.generate(tmp_path / "again.sqlite", ACTIVITIES, PARTNERS)
    other = synth.generate(tmp_path / "other.sqlite", ACTIVITIES, PARTNERS, seed=12)
    assert digest(again) == digest(synth_db)
    assert digest(other) != digest(synth_db)


def test_real_registry_first_and_tree_three_deep(synth_store: Store) -> None:
    wco = synth_store.partner("wco")
    assert (wco.name_zh, wco.acronym) == ("世界海关组织", "WCO")
    by_id = {p.id: p for p in synth_store.partners}
    def depth(pid: str | None) -> int:
        return 0 if pid is None else 1 + depth(by_id[pid].parent_id)

    depths = Counter(depth(p.id) for p in synth_store.partners)
    assert set(depths) == {1, 2, 3}  # roots, children, grandchildren; nothing deeper
    assert any(p.member_of for p in synth_store.partners if p.id.startswith("syn"))
    assert {p.group_id for p in synth_store.partners} == {g.id for g in synth_store.groups}


def test_searchable_in_both_languages(synth_store: Store) -> None:
    for query in ("实蝇", "秘书处", "Secretariat", "workshop", "ePhyto", "WCO",
                  "Bactrocera dorsalis"):
        assert synth_store.search(query).total > 0, query


def test_activities_look_like_curated_ones(synth_store: Store, synth_db: Path) -> None:
    activities = synth_store.activities
    conn = sqlite3.connect(synth_db)
    try:
        paragraphs = {(doc, number): (text, text_en) for doc, number, text, text_en
                      in conn.execute("SELECT doc, number, text, text_en FROM paragraphs")}
    finally:
        conn.close()
    undated = [a for a in activities if a.date is None]
    assert 0 < len(undated) < len(activities) / 4
    assert any(a.calls_to_action for a in activities)
    precisions = Counter(a.date_precision for a in activities)
    assert {"none", "year", "month", "multiple"} <= set(precisions)
    assert any(a.date_qualifier for a in activities)
    group_of_part = {g.part: g.id for g in synth_store.groups}
    for a in activities:
        assert a.title_zh and a.title_en and a.text and a.text_en
        text, text_en = paragraphs[(a.doc, a.paragraph)]
        assert a.text in text and a.text_en in text_en  # verbatim in its paragraph
        assert 1 <= len(a.partner_ids) <= 5 and 1 <= len(a.topic_ids) <= 3
        assert synth_store.partner(a.partner_ids[0]).group_id == group_of_part[a.part]
        if a.original_lang == "en":
            assert a.text == a.text_en
        if a.date:
            assert _DATE_RE.match(a.date)
            qualifiers = a.date_qualifier.split(",")
            assert set(qualifiers) <= _QUALIFIERS
            assert len(qualifiers) in (1, len(date_items(a.date)))
            assert all(start <= end for start, end in date_items(a.date))
            assert synth.FIRST_YEAR <= (a.year_start or 0) <= (a.year_end or 0) <= synth.LAST_YEAR


def test_reports_pass_the_builds_checks() -> None:
    """Each synthetic report passes db.build's checks of a curated one (quotes and English
    verbatim in their paragraphs, dates well-formed and written in both texts, qualifiers,
    known partners and topics, parts mapped to groups, both texts aligned)."""
    src = synth.synthetic_sources(120, 150, 40)
    assert len(src.documents) == 2
    for doc in src.documents:
        problems: list[str] = []
        checked = _validate_document(doc, src, problems)
        assert problems == []
        assert [a["id"] for a in checked] == [a["id"] for a in doc.activities]


def test_partners_skewed(synth_store: Store) -> None:
    per_partner = Counter(pid for a in synth_store.activities for pid in a.partner_ids)
    counts = sorted(per_partner.values(), reverse=True)
    assert counts[0] >= 10 * counts[len(counts) // 2]


def test_cached_regenerates_only_when_stale(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synth, "BENCH_DIR", tmp_path)
    path = synth.cached(40, 100)
    assert path == tmp_path / "synth-40-100.sqlite"
    mtime = path.stat().st_mtime_ns
    assert synth.cached(40, 100).stat().st_mtime_ns == mtime
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'synth_version'")
    conn.close()
    synth.cached(40, 100)
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("SELECT value FROM meta WHERE key = 'synth_version'").fetchone()
    finally:
        conn.close()
    assert version == (synth.GENERATOR_VERSION,)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.sqlite"
    assert synth.main(["--activities", "30", "--partners", "90", "--topics", "35",
                       "--output", str(out)]) == 0
    assert "30 activities" in capsys.readouterr().out
    store = Store(out, library=False)
    try:
        assert (len(store.activities), len(store.partners), len(store.topics)) == (30, 90, 35)
    finally:
        store.close()
