"""The build keeps the data faithful to the report and refuses inconsistent sources."""

from __future__ import annotations

import shutil
import sqlite3
import tomllib
from pathlib import Path

import pytest

from db.build import (
    COVERED_PARAGRAPHS,
    SOURCES,
    BuildError,
    build,
    is_stale,
    load_sources,
    validate,
)
from db.parse import load_report


@pytest.fixture(scope="module")
def sources():
    return load_sources()


@pytest.fixture(scope="module")
def activities(sources):
    return validate(sources)


def test_every_quotation_is_verbatim_in_its_paragraph(sources, activities):
    report = load_report(SOURCES / "report.txt")
    for a in activities:
        assert a["quote"] in report.paragraph(a["paragraph"]).text, a["id"]


def test_every_paragraph_3_to_32_has_an_activity(activities):
    covered = {a["paragraph"] for a in activities}
    assert set(COVERED_PARAGRAPHS) <= covered


def test_ids_are_unique_and_derived(activities, sources):
    ids = [a["id"] for a in activities]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("cpm15-") for i in ids)
    assert len({p["id"] for p in sources.partners}) == len(sources.partners)


def test_every_partner_and_topic_is_used(sources, activities):
    used_p = {p for a in activities for p in a["partners"]}
    used_t = {t for a in activities for t in a["topics"]}
    assert used_p == {p["id"] for p in sources.partners}
    assert used_t == {t["id"] for t in sources.topics}


def test_partner_names_occur_in_the_report(sources):
    text = "".join(p.text for p in sources.report.paragraphs)
    for partner in sources.partners:
        assert partner["name_zh"] in text, partner["id"]


def test_dates_in_the_annotations_are_written_in_the_quotation(activities):
    # A year we give must appear in the quotation itself (no invented dates), or, where the
    # paragraph dates the same event earlier, the activity says so explicitly.
    for a in activities:
        if a.get("date"):
            where = a["quote"]
            if a.get("date_from_paragraph"):
                where = load_report(SOURCES / "report.txt").paragraph(a["paragraph"]).text
            for year in {a["date"][:4], a["date"].partition("/")[2][:4]} - {""}:
                assert year in where, (a["id"], a["date"])


def test_date_not_in_quotation_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(_first_activity_file(src), 'date = "2019-08"', 'date = "2018-08"')
    with pytest.raises(BuildError, match="year 2018 of the date is not in the quotation"):
        build(tmp_path / "x.sqlite", src)


def test_paragraph_counts_per_part(activities, sources):
    parts = {p.number: p.part for p in sources.report.paragraphs}
    per_part = {1: 0, 2: 0, 3: 0}
    for a in activities:
        per_part[parts[a["paragraph"]]] += 1
    assert all(n > 0 for n in per_part.values())
    assert sum(per_part.values()) == len(activities)


def _copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "src"
    shutil.copytree(SOURCES, target)
    return target


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_activity_file(src: Path) -> Path:
    return sorted((src / "activities").glob("*.toml"))[0]


def test_build_writes_database_with_meta(tmp_path):
    out = tmp_path / "out.sqlite"
    counts = build(out)
    conn = sqlite3.connect(out)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == "1"
    assert len(meta["sources_sha256"]) == 64
    assert meta["build_time"]
    assert conn.execute("SELECT count(*) FROM activities").fetchone()[0] == counts["activities"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert list(tmp_path.glob("*.tmp")) == []


def test_non_verbatim_quote_fails(tmp_path):
    src = _copy_sources(tmp_path)
    path = _first_activity_file(src)
    quote = tomllib.loads(path.read_text(encoding="utf-8"))["activity"][0]["quote"]
    _edit(path, quote, quote.replace("秘书处", "秘书", 1) + "（改）")
    with pytest.raises(BuildError, match="not verbatim"):
        build(tmp_path / "x.sqlite", src)
    assert not (tmp_path / "x.sqlite").exists()


def test_duplicate_partner_id_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(src / "partners.toml", 'id = "cabi"', 'id = "unoda"')
    with pytest.raises(BuildError, match="'unoda' is defined 2 times"):
        build(tmp_path / "x.sqlite", src)


def test_dangling_partner_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(_first_activity_file(src), 'partners = ["', 'partners = ["nobody", "')
    with pytest.raises(BuildError, match="unknown partner 'nobody'"):
        build(tmp_path / "x.sqlite", src)


def test_uncovered_paragraph_and_unused_topic_fail(tmp_path):
    src = _copy_sources(tmp_path)
    path = src / "activities" / "p21-p32.toml"
    text = path.read_text(encoding="utf-8")
    # Drop every activity of paragraph 31 (the only one on NAPPO and the USA).
    blocks = text.split("[[activity]]")
    kept = [b for b in blocks if "paragraph = 31\n" not in b]
    path.write_text("[[activity]]".join(kept), encoding="utf-8")
    with pytest.raises(BuildError) as info:
        build(tmp_path / "x.sqlite", src)
    assert "paragraph 31 has no activity" in info.value.problems
    assert any("'usa' is not used" in p for p in info.value.problems)


def test_unused_topic_fails(tmp_path):
    src = _copy_sources(tmp_path)
    with (src / "topics.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[topic]]\nid = "orphan"\nlabel_zh = "孤儿"\nlabel_en = "Orphan"\n')
    with pytest.raises(BuildError, match="topic 'orphan' is not used"):
        build(tmp_path / "x.sqlite", src)


def test_bad_date_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(_first_activity_file(src), 'date = "2019-08"', 'date = "August 2019"')
    with pytest.raises(BuildError, match="not ISO 8601"):
        build(tmp_path / "x.sqlite", src)


def test_broken_toml_is_reported_with_file_name(tmp_path):
    src = _copy_sources(tmp_path)
    (src / "topics.toml").write_text("[[topic]\n", encoding="utf-8")
    with pytest.raises(BuildError, match="topics.toml: not valid TOML"):
        build(tmp_path / "x.sqlite", src)


def test_failed_build_keeps_previous_database(tmp_path):
    out = tmp_path / "keep.sqlite"
    build(out)
    before = out.read_bytes()
    src = _copy_sources(tmp_path)
    _edit(src / "partners.toml", 'id = "cabi"', 'id = "unoda"')
    with pytest.raises(BuildError):
        build(out, src)
    assert out.read_bytes() == before


def test_staleness(tmp_path):
    out = tmp_path / "s.sqlite"
    assert is_stale(out)
    build(out)
    assert not is_stale(out)
