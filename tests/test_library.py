"""The library of added reports: importing report files and data packs, listing, removing,
and refusing bad input without changing anything."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from second_report import DOC_ID, REPORT_EN, REPORT_ZH, copy_sources

from db.build import SOURCES, build_pack
from desktop.core import library, schema
from desktop.core.errors import ImportFileError
from desktop.core.models import Filters
from desktop.core.store import Store, library_dir


@pytest.fixture
def lib_store(db_path: Path):
    """A store over the bundled database and this test's (empty) library folder."""
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def report_zh(tmp_path: Path) -> Path:
    path = tmp_path / "cpm99-zh.txt"
    path.write_text(REPORT_ZH, encoding="utf-8")
    return path


@pytest.fixture
def report_en(tmp_path: Path) -> Path:
    path = tmp_path / "cpm99-en.txt"
    path.write_text(REPORT_EN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A curated data pack of the fixture report, made by the build."""
    where = tmp_path_factory.mktemp("pack")
    root = copy_sources(SOURCES, where / "sources", second=True)
    out = where / "cpm99.ippcpack"
    build_pack(out, root, [DOC_ID])
    return out


def _library_files() -> list[Path]:
    return sorted(library_dir().glob("*")) if library_dir().exists() else []


# -- importing a report file --------------------------------------------------------------------
def test_import_chinese_text_report(lib_store: Store, report_zh: Path):
    result = library.import_file(lib_store, report_zh)
    assert result.document_ids == [DOC_ID]
    assert result.path == library_dir() / f"{DOC_ID}.sqlite"
    document = lib_store.document(DOC_ID)
    assert (document.origin, document.automatic) == ("import", True)
    assert document.session_short == "CPM-99 (2099)"
    assert document.agenda_item == "9.9"
    assert document.source_file == "cpm99-zh.txt"
    # paragraphs 2 and 3 are in part 1; 1 is the introduction, 4 the closing decision
    ids = [a.id for a in lib_store.activities if a.doc == DOC_ID]
    assert ids == [f"{DOC_ID}-2-1", f"{DOC_ID}-3-1"]
    first = lib_store.activity(f"{DOC_ID}-2-1")
    assert first.automatic and "wco" in first.partner_ids
    assert "2098-06" in (first.date or "")
    assert first.title_zh == "世界海关组织" and first.title_en.startswith("World Customs")
    assert "imo" in lib_store.activity(f"{DOC_ID}-3-1").partner_ids
    # searchable and filterable at once, beside the bundled report
    assert f"{DOC_ID}-2-1" in lib_store.matching_ids("清洁度")
    assert lib_store.search("", Filters(documents=(DOC_ID,))).total == 2
    assert len(lib_store.documents) == 2


def test_import_english_text_report(lib_store: Store, report_en: Path):
    library.import_file(lib_store, report_en)
    a = lib_store.activity(f"{DOC_ID}-2-1")
    assert a.original_lang == "en" and a.text_en == a.text and not a.is_translation("en")
    assert a.title_en == "World Customs Organization (WCO)"
    assert "wco" in a.partner_ids and "2098-06" in (a.date or "")


def test_dry_run_stores_nothing_and_prints_what_was_found(lib_store: Store, report_zh: Path):
    preview = library.preview_file(lib_store, report_zh)
    data = library.preview_json(preview, lib_store)
    assert _library_files() == []
    assert data["document"]["id"] == DOC_ID
    numbers = [p["number"] for p in data["paragraphs"]]
    assert numbers == [1, 2, 3, 4]
    second = data["paragraphs"][1]
    assert second["part"] == 1 and second["activity"] is True
    assert [p["id"] for p in second["partners"]][:1] == ["wco"]
    assert {"id", "name_zh", "name_en", "acronym"} <= set(second["partners"][0])
    assert "2098-06" in second["dates"]
    assert isinstance(second["calls_to_action"], bool)
    assert isinstance(second["unrecognised"], list)
    assert data["paragraphs"][3]["activity"] is False  # the closing decision


def test_reimporting_the_same_file_says_it_is_there(lib_store: Store, report_zh: Path):
    library.import_file(lib_store, report_zh)
    with pytest.raises(ImportFileError, match="already in the library"):
        library.import_file(lib_store, report_zh)


def test_the_bundled_report_cannot_be_imported_again(lib_store: Store, tmp_path: Path):
    copy = tmp_path / "report.txt"
    shutil.copy(SOURCES / "cpm15_2021_15_1" / "report.txt", copy)
    with pytest.raises(ImportFileError, match="comes with the app"):
        library.import_file(lib_store, copy)
    assert _library_files() == []


def test_text_without_numbered_paragraphs_is_refused(lib_store: Store, tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("这是一封信。\n\n没有编号的段落。\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        library.import_file(lib_store, path)
    assert "numbered paragraphs" in str(info.value) or "numbered part" in str(info.value)
    assert info.value.zh
    assert _library_files() == []


def test_interrupted_import_stores_nothing(lib_store: Store, report_zh: Path,
                                          monkeypatch: pytest.MonkeyPatch):
    real = schema.write_database

    def crash(rows, path):
        real(rows, path)  # the whole file is written, then the machine "stops"
        raise KeyboardInterrupt

    monkeypatch.setattr(schema, "write_database", crash)
    with pytest.raises(KeyboardInterrupt):
        library.import_file(lib_store, report_zh)
    assert [p for p in _library_files() if p.suffix != ""] == []
    assert [d.id for d in lib_store.documents] == ["cpm15"]


def test_remove_an_added_report(lib_store: Store, report_zh: Path):
    library.import_file(lib_store, report_zh)
    removed = library.remove_report(lib_store, DOC_ID)
    assert not removed.exists()
    assert [d.id for d in lib_store.documents] == ["cpm15"]
    with pytest.raises(ImportFileError, match="cannot be removed"):
        library.remove_report(lib_store, "cpm15")


def test_a_damaged_library_file_is_skipped_not_fatal(db_path: Path, report_zh: Path):
    s = Store(db_path)
    library.import_file(s, report_zh)
    s.close()
    (library_dir() / "broken.sqlite").write_bytes(b"not a database at all" * 50)
    again = Store(db_path)
    try:
        assert [d.id for d in again.documents] == ["cpm15", DOC_ID]
        assert any(p.startswith("broken.sqlite") for p in again.library_problems)
    finally:
        again.close()


# -- data packs ---------------------------------------------------------------------------------
def test_pack_replaces_an_automatic_import_and_says_what_changed(lib_store: Store,
                                                                 report_zh: Path, pack: Path):
    library.import_file(lib_store, report_zh)
    assert lib_store.document(DOC_ID).automatic
    result = library.import_pack(lib_store, pack)
    document = lib_store.document(DOC_ID)
    assert (document.origin, document.automatic) == ("pack", False)
    assert result.changes["reports_replaced"] == [DOC_ID]
    assert result.changes["activities_changed"] >= 1  # curated titles and links differ
    assert [p.name for p in _library_files()] == [f"{DOC_ID}.sqlite"]
    curated = lib_store.activity(f"{DOC_ID}-2-1")
    assert curated.title_en == "Meeting with the WCO on sea container cleanliness data"
    assert not curated.automatic


def test_pack_into_an_empty_library(lib_store: Store, pack: Path):
    result = library.import_pack(lib_store, pack)
    assert result.changes["reports_added"] == [DOC_ID]
    assert result.changes["reports_skipped"] == []
    assert lib_store.search("", Filters(documents=(DOC_ID,))).total == 2


def _tampered(pack: Path, tmp_path: Path, sql: str) -> Path:
    copy = tmp_path / "tampered.ippcpack"
    shutil.copy(pack, copy)
    conn = sqlite3.connect(copy)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return copy


@pytest.mark.parametrize(("sql", "reason"), [
    ("CREATE VIEW evil AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
     "SELECT x FROM c;", "views or triggers"),
    ("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM activities; END;",
     "views or triggers"),
    ("CREATE TABLE extra (x);", "tables are not those of a data pack"),
    ("UPDATE meta SET value = '99' WHERE key = 'pack_format_version';", "newer version"),
    ("UPDATE activities SET title_en = 'Changed' WHERE rowid = 1;", "checksum"),
    ("DELETE FROM meta WHERE key = 'pack_format_version';", "no data-pack version"),
])
def test_unsafe_or_altered_packs_are_refused(lib_store: Store, pack: Path, tmp_path: Path,
                                              sql: str, reason: str):
    bad = _tampered(pack, tmp_path, sql)
    with pytest.raises(ImportFileError) as info:
        library.import_pack(lib_store, bad)
    assert reason in str(info.value)
    assert "Nothing was changed" in str(info.value) and info.value.zh
    assert _library_files() == []
    assert [d.id for d in lib_store.documents] == ["cpm15"]


def test_not_a_pack_and_oversized_pack_are_refused(lib_store: Store, pack: Path,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    junk = tmp_path / "junk.ippcpack"
    junk.write_bytes(b"\x00" * 100)
    with pytest.raises(ImportFileError, match="not a data pack"):
        library.import_pack(lib_store, junk)
    monkeypatch.setattr(library, "MAX_PACK_BYTES", 1000)
    with pytest.raises(ImportFileError, match="more than"):
        library.import_pack(lib_store, pack)
    truncated = tmp_path / "half.ippcpack"
    truncated.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    monkeypatch.setattr(library, "MAX_PACK_BYTES", 10**9)
    with pytest.raises(ImportFileError):
        library.import_pack(lib_store, truncated)
    assert _library_files() == []


def test_a_pack_of_the_bundled_report_only_is_refused(lib_store: Store, tmp_path: Path):
    out = tmp_path / "cpm15.ippcpack"
    build_pack(out, SOURCES, ["cpm15"])
    with pytest.raises(ImportFileError, match="already comes with the app"):
        library.import_pack(lib_store, out)


def test_pack_meta(pack: Path):
    conn = sqlite3.connect(pack)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["pack_format_version"] == str(schema.PACK_FORMAT_VERSION)
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)
    assert len(meta["content_sha256"]) == 64 and meta["pack_created"]
    assert meta["content_sha256"] == schema.content_digest(conn)
    assert [r[0] for r in conn.execute("SELECT id FROM documents")] == [DOC_ID]
    conn.close()


# -- whole reports through PDF and Word, as an officer would receive them ------------------------
def _as_new_session(text: str) -> str:
    """The bundled report's text presented as another session's paper (so that it is not the
    bundled report): a different session and agenda item on its title block."""
    return (text.replace("第十五届会议", "第九十八届会议").replace("议题 15.1", "议题 9.8")
            .replace("Fifteenth session", "Ninety-eighth session")
            .replace("Agenda item 15.1", "Agenda item 9.8"))


def _paragraph_recall(store: Store, doc_id: str) -> float:
    """Share of the curated partners of CPM-15 paragraphs 3-32 that the import linked."""
    curated: dict[int, set[str]] = {}
    for a in store.activities:
        if a.doc == "cpm15":
            curated.setdefault(a.paragraph, set()).update(a.partner_ids)
    found = {a.paragraph: set(a.partner_ids) for a in store.activities if a.doc == doc_id}
    total = sum(len(v) for v in curated.values())
    hits = sum(len(v & found.get(n, set())) for n, v in curated.items())
    return hits / total


def test_english_pdf_of_a_whole_report(lib_store: Store, qapp, tmp_path: Path):
    from test_reader import render_pdf

    text = _as_new_session((SOURCES / "cpm15_2021_15_1" / "report.en.txt").read_text("utf-8"))
    # A real export wraps lines; let Qt typeset it on A4 pages.
    pdf = render_pdf(tmp_path / "cpm98-en.pdf", text)
    result = library.import_file(lib_store, pdf)
    assert result.document_ids == ["cpm98"] and result.activities == 30
    document = lib_store.document("cpm98")
    assert document.agenda_item == "9.8" and document.original_lang == "en"
    assert _paragraph_recall(lib_store, "cpm98") >= 0.9
    # the text came through whole: a quotation of the curated report is in its paragraph
    curated = lib_store.activity("cpm15-24-4")
    assert curated.text_en in lib_store.activity("cpm98-24-1").text


def test_chinese_word_file_of_a_whole_report(lib_store: Store, tmp_path: Path):
    import docx

    from desktop.core.cpm_paper import load_report

    report = load_report(SOURCES / "cpm15_2021_15_1" / "report.txt")
    document = docx.Document()
    for line in _as_new_session("\n".join(report.header_lines)).split("\n"):
        document.add_paragraph(line)
    parts = {p.number: p for p in report.parts}
    seen: set[int] = set()
    for para in report.paragraphs:
        if para.part and para.part not in seen:
            seen.add(para.part)
            part = parts[para.part]
            document.add_paragraph(f"{part.roman}. 第 {part.number} 部分：{part.title}")
        document.add_paragraph(f"{para.number}. {para.text}")
    path = tmp_path / "cpm98-zh.docx"
    document.save(str(path))
    result = library.import_file(lib_store, path)
    assert result.document_ids == ["cpm98"] and result.activities == 30
    assert lib_store.document("cpm98").original_lang == "zh"
    assert _paragraph_recall(lib_store, "cpm98") >= 0.9


def test_chinese_pdf_of_a_whole_report(lib_store: Store, qapp, tmp_path: Path):
    from test_reader import cjk_family, render_pdf

    family = cjk_family()
    if family is None:
        pytest.skip("no CJK font installed (install fonts-noto-cjk, as .ci/run does)")
    # The report text as exported, with its wrapped lines and mid-paragraph footnote blocks.
    text = _as_new_session((SOURCES / "cpm15_2021_15_1" / "report.txt").read_text("utf-8"))
    pdf = render_pdf(tmp_path / "cpm98-zh.pdf", text, family)
    result = library.import_file(lib_store, pdf)
    assert result.document_ids == ["cpm98"] and result.activities == 30
    assert _paragraph_recall(lib_store, "cpm98") >= 0.9
