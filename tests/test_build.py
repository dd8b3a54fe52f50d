"""The build keeps the data faithful to the report and refuses inconsistent sources."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest
from second_report import DOC_ID, FOLDER, copy_sources

from db.build import (
    SOURCES,
    BuildError,
    build,
    is_stale,
    load_sources,
    validate,
)
from db.parse import load_report

CPM15 = SOURCES / "cpm15_2021_15_1"
COVERED_PARAGRAPHS = range(3, 33)


@pytest.fixture(scope="module")
def sources():
    return load_sources()


@pytest.fixture(scope="module")
def activities(sources):
    return validate(sources)


def test_every_quotation_is_verbatim_in_its_paragraph(sources, activities):
    report = load_report(CPM15 / "report.txt")
    for a in activities:
        assert a["quote"] in report.paragraph(a["paragraph"]).text, a["id"]


def test_every_quotation_has_its_english_verbatim_in_the_translation(activities):
    english = load_report(CPM15 / "report.en.txt")
    assert [p.number for p in english.paragraphs] == list(range(1, 34))
    assert [p.title for p in english.parts] == [
        "International organizations", "Research and academia",
        "Regional plant protection organizations"]
    for a in activities:
        assert a["text_en"].strip(), a["id"]
        assert a["text_en"] in english.paragraph(a["paragraph"]).text, a["id"]
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in a["text_en"]), a["id"]


def test_english_footnotes_are_found_in_the_same_paragraphs():
    report = load_report(CPM15 / "report.txt")
    english = load_report(CPM15 / "report.en.txt")
    assert [(f.number, f.paragraph, f.url) for f in english.footnotes] == [
        (f.number, f.paragraph, f.url) for f in report.footnotes]


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
    text = "".join(p.text for d in sources.documents for p in d.report.paragraphs)
    for partner in sources.partners:
        assert partner["name_zh"] in text, partner["id"]


def test_dates_in_the_annotations_are_written_in_the_quotation(activities):
    # A year we give must appear in the quotation itself (no invented dates), or, where the
    # paragraph dates the same event earlier, the activity says so explicitly.
    for a in activities:
        if a.get("date"):
            where = a["quote"]
            if a.get("date_from_paragraph"):
                where = load_report(CPM15 / "report.txt").paragraph(a["paragraph"]).text
            years = {part[:4] for item in a["date"].split(",") for part in item.split("/")}
            for year in years:
                assert year in where, (a["id"], a["date"])


def test_date_not_in_quotation_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(_first_activity_file(src), 'date = "2019-08"', 'date = "2018-08"')
    with pytest.raises(BuildError, match="year 2018 of the date is not in the quotation"):
        build(tmp_path / "x.sqlite", src)


def test_paragraph_counts_per_part(activities, sources):
    # The curated report: 79 activities of international organizations (paragraphs 3-25),
    # 10 of research and academia (26-27), 6 of RPPOs (28-32). A change here is a change to
    # the data: update the numbers knowingly (and the README's 95).
    parts = {p.number: p.part for p in sources.documents[0].report.paragraphs}
    per_part = {1: 0, 2: 0, 3: 0}
    for a in activities:
        per_part[parts[a["paragraph"]]] += 1
    assert per_part == {1: 79, 2: 10, 3: 6}
    assert len(activities) == 95
    assert {n for n, part in parts.items() if part == 2} == {26, 27}


def _copy_sources(tmp_path: Path, second: bool = False) -> Path:
    return copy_sources(SOURCES, tmp_path / "src", second=second)


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_activity_file(src: Path) -> Path:
    return sorted((src / "cpm15_2021_15_1" / "activities").glob("*.toml"))[0]


def test_build_writes_database_with_meta(tmp_path):
    out = tmp_path / "out.sqlite"
    counts = build(out)
    conn = sqlite3.connect(out)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == "2"
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


def _first_quote(src: Path) -> tuple[Path, str, int]:
    path = _first_activity_file(src)
    first = tomllib.loads(path.read_text(encoding="utf-8"))["activity"][0]
    return path, first["quote"], first["paragraph"]


def _other_paragraph_text(number: int) -> str:
    """A stretch of the next paragraph that its neighbour ``number`` does not have."""
    report = load_report(CPM15 / "report.txt")
    here, there = report.paragraph(number).text, report.paragraph(number + 1).text
    for start in range(len(there) - 30):
        piece = there[start:start + 30]
        if piece not in here:
            return piece
    raise AssertionError("no distinct text in the next paragraph")


@pytest.mark.parametrize("change", ["middle", "punctuation", "space", "end", "elsewhere"])
def test_every_kind_of_non_verbatim_quote_fails(tmp_path, change):
    """A quotation is the report's text exactly, in its own paragraph: one character changed
    in the middle (beginning and end intact), half-width punctuation, an extra space, text
    running past the paragraph's end, or text of another paragraph all fail."""
    src = _copy_sources(tmp_path)
    path, quote, number = _first_quote(src)
    middle = len(quote) // 2
    changed = {
        "middle": quote[:middle] + ("某" if quote[middle] != "某" else "甲") + quote[middle + 1:],
        "punctuation": quote.replace("，", ",", 1),
        "space": quote[:middle] + " " + quote[middle:],
        "end": quote + "（补）",
        "elsewhere": _other_paragraph_text(number),
    }[change]
    assert changed != quote
    _edit(path, f'quote = "{quote}"', f'quote = "{changed}"')
    with pytest.raises(BuildError, match=f"quote is not verbatim in paragraph {number}"):
        build(tmp_path / "x.sqlite", src)


def test_stored_quotations_are_verbatim_in_the_stored_paragraphs(store):
    """What the app shows and exports (the database), not only the sources, is verbatim."""
    assert len(store.activities) == 95
    for a in store.activities:
        assert a.text and a.text in store.paragraph_text(a, "zh"), a.id
        assert a.text_en and a.text_en in store.paragraph_text(a, "en"), a.id


def test_duplicate_partner_id_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(src / "registry" / "partners.toml", 'id = "cabi"', 'id = "unoda"')
    with pytest.raises(BuildError, match="'unoda' is defined 2 times"):
        build(tmp_path / "x.sqlite", src)


def test_dangling_partner_fails(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(_first_activity_file(src), 'partners = ["', 'partners = ["nobody", "')
    with pytest.raises(BuildError, match="unknown partner 'nobody'"):
        build(tmp_path / "x.sqlite", src)


def test_uncovered_paragraph_and_unused_topic_fail(tmp_path):
    src = _copy_sources(tmp_path)
    path = src / "cpm15_2021_15_1" / "activities" / "p21-p32.toml"
    text = path.read_text(encoding="utf-8")
    # Drop every activity of paragraph 31 (the only one on NAPPO and the USA).
    blocks = text.split("[[activity]]")
    kept = [b for b in blocks if "paragraph = 31\n" not in b]
    path.write_text("[[activity]]".join(kept), encoding="utf-8")
    with pytest.raises(BuildError) as info:
        build(tmp_path / "x.sqlite", src)
    assert "cpm15_2021_15_1: paragraph 31 has no activity" in info.value.problems
    assert any("'usa' is not used" in p for p in info.value.problems)


def test_unused_topic_fails(tmp_path):
    src = _copy_sources(tmp_path)
    with (src / "registry" / "topics.toml").open("a", encoding="utf-8") as handle:
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
    (src / "registry" / "topics.toml").write_text("[[topic]\n", encoding="utf-8")
    with pytest.raises(BuildError, match="topics.toml: not valid TOML"):
        build(tmp_path / "x.sqlite", src)


def test_failed_build_keeps_previous_database(tmp_path):
    out = tmp_path / "keep.sqlite"
    build(out)
    before = out.read_bytes()
    src = _copy_sources(tmp_path)
    _edit(src / "registry" / "partners.toml", 'id = "cabi"', 'id = "unoda"')
    with pytest.raises(BuildError):
        build(out, src)
    assert out.read_bytes() == before


def test_staleness(tmp_path):
    out = tmp_path / "s.sqlite"
    assert is_stale(out)
    build(out)
    assert not is_stale(out)


# -- the English working translation ------------------------------------------------------------
def test_missing_text_en_fails(tmp_path):
    src = _copy_sources(tmp_path)
    path = _first_activity_file(src)
    text_en = tomllib.loads(path.read_text(encoding="utf-8"))["activity"][0]["text_en"]
    _edit(path, f'text_en = "{text_en}"\n', "")
    with pytest.raises(BuildError, match="cpm15-3-1: text_en .* is missing"):
        build(tmp_path / "x.sqlite", src)


def test_text_en_not_in_the_english_paragraph_fails(tmp_path):
    src = _copy_sources(tmp_path)
    path = _first_activity_file(src)
    text_en = tomllib.loads(path.read_text(encoding="utf-8"))["activity"][0]["text_en"]
    _edit(path, text_en, text_en.replace("IPPC", "IPCC", 1))
    with pytest.raises(BuildError, match="cpm15-3-1: text_en is not verbatim in English "
                                         "paragraph 3"):
        build(tmp_path / "x.sqlite", src)


def test_a_year_missing_from_the_english_fails(tmp_path):
    src = _copy_sources(tmp_path)
    path = _first_activity_file(src)
    text_en = tomllib.loads(path.read_text(encoding="utf-8"))["activity"][0]["text_en"]
    assert "2019" in text_en
    english = src / "cpm15_2021_15_1" / "report.en.txt"
    _edit(english, text_en, text_en.replace("2019", "2018"))
    _edit(path, text_en, text_en.replace("2019", "2018"))
    with pytest.raises(BuildError, match="year 2019 of the date is not in the English text"):
        build(tmp_path / "x.sqlite", src)


def test_missing_translation_file_fails(tmp_path):
    src = _copy_sources(tmp_path)
    (src / "cpm15_2021_15_1" / "report.en.txt").unlink()
    with pytest.raises(BuildError, match="English text: .*report.en.txt"):
        build(tmp_path / "x.sqlite", src)


def test_separate_dates_need_one_qualifier_each(tmp_path):
    src = _copy_sources(tmp_path)
    path = src / "cpm15_2021_15_1" / "activities" / "p11-p20.toml"
    _edit(path, 'date_qualifier = ",early"', 'date_qualifier = ",early,early"')
    with pytest.raises(BuildError, match="does not give one qualifier per date"):
        build(tmp_path / "x.sqlite", src)


# -- several reports --------------------------------------------------------------------------
def test_two_reports_build_side_by_side(tmp_path):
    src = _copy_sources(tmp_path, second=True)
    out = tmp_path / "two.sqlite"
    counts = build(out, src)
    assert counts["documents"] == 2
    assert counts["per_document"][DOC_ID]["activities"] == 2
    assert counts["per_document"]["cpm15"]["activities"] == 95
    conn = sqlite3.connect(out)
    assert [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY sort")] == [
        "cpm15", DOC_ID]
    # paragraph 2 exists in both reports: the key is (document, number)
    rows = conn.execute("SELECT doc, part FROM paragraphs WHERE number = 2 ORDER BY doc")
    assert [r[0] for r in rows] == ["cpm15", DOC_ID]
    ids = [r[0] for r in conn.execute("SELECT id FROM activities WHERE doc = ?", [DOC_ID])]
    assert ids == [f"{DOC_ID}-2-1", f"{DOC_ID}-3-1"]
    # the fixture's footnote marker was stripped from both texts and the note kept
    notes = conn.execute("SELECT paragraph, url, text_en FROM footnotes WHERE doc = ?",
                         [DOC_ID]).fetchall()
    assert notes == [(2, "https://example.org/test-footnote", "Test footnote:")]


def test_each_report_is_validated_on_its_own(tmp_path):
    src = _copy_sources(tmp_path, second=True)
    acts = src / FOLDER / "activities" / "p02-p03.toml"
    _edit(acts, "秘书处参加了 2098 年 9 月", "秘书处出席了 2098 年 9 月")
    _edit(src / FOLDER / "document.toml", 'file_en = "report.en.txt"\n', "")
    with pytest.raises(BuildError) as info:
        build(tmp_path / "x.sqlite", src)
    problems = info.value.problems
    assert any(p.startswith(f"{FOLDER}/activities/p02-p03.toml: {DOC_ID}-3-1: quote is not "
                            "verbatim") for p in problems)
    assert f"{FOLDER}/document.toml: file_en (the English working translation) is missing" in (
        problems)
    assert not any("cpm15-" in p for p in problems)  # the real report is still fine


def test_duplicate_document_ids_and_unknown_groups_fail(tmp_path):
    src = _copy_sources(tmp_path, second=True)
    _edit(src / FOLDER / "document.toml", 'id = "cpm99"', 'id = "cpm15"')
    _edit(src / FOLDER / "document.toml", 'group = "international"', 'group = "nowhere"')
    with pytest.raises(BuildError) as info:
        build(tmp_path / "x.sqlite", src)
    assert "document id 'cpm15' is used by 2 folders" in info.value.problems
    assert any("maps to unknown group 'nowhere'" in p for p in info.value.problems)


def test_registry_mentions_must_name_a_known_document(tmp_path):
    src = _copy_sources(tmp_path)
    _edit(src / "registry" / "partners.toml", "mentions = { cpm15 = [3] }",
          "mentions = { cpm14 = [3] }")
    with pytest.raises(BuildError, match="mentions unknown document 'cpm14'"):
        build(tmp_path / "x.sqlite", src)


def test_named_bodies_must_occur_in_a_report(tmp_path):
    src = _copy_sources(tmp_path)
    with (src / "registry" / "bodies.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[body]]\nid = "ghost"\nforms_zh = ["幽灵委员会"]\n'
                     'name_en = "Ghost Committee"\nacronym = ""\nkind = "test"\n')
    with pytest.raises(BuildError, match="body 'ghost': Chinese form '幽灵委员会' does not occur"):
        build(tmp_path / "x.sqlite", src)



def test_unsupported_language_and_bad_ids_fail(tmp_path):
    src = _copy_sources(tmp_path, second=True)
    _edit(src / FOLDER / "document.toml", 'language = "zh-Hans"', 'language = "fr"')
    _edit(src / FOLDER / "document.toml", 'id = "cpm99"', 'id = "cpm-99"')
    with pytest.raises(BuildError) as info:
        build(tmp_path / "x.sqlite", src)
    assert any("language 'fr' is not supported" in p for p in info.value.problems)
    assert any("id 'cpm-99' is not a lowercase slug" in p for p in info.value.problems)


def test_activity_outside_any_mapped_part_fails(tmp_path):
    src = _copy_sources(tmp_path, second=True)
    acts = src / FOLDER / "activities" / "p02-p03.toml"
    text = acts.read_text(encoding="utf-8")
    acts.write_text(text + '''
[[activity]]
paragraph = 1
quote = "以下各段列举 2098 年的主要合作活动。"
text_en = "The following paragraphs list the main cooperation activities in 2098."
date = "2098"
partners = ["wco"]
topics = ["customs"]
title_zh = "概述"
title_en = "Overview"
''', encoding="utf-8")
    with pytest.raises(BuildError, match="cpm99-1-1: paragraph 1 is in no part"):
        build(tmp_path / "x.sqlite", src)
