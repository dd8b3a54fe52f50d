"""The command line: JSON shapes, readable text, exit codes, no tracebacks."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def test_search_json_shape(capsys):
    data = run_json(capsys, "search", "实蝇")
    assert set(data) == {"query", "filters", "total", "results"}
    assert data["query"] == "实蝇"
    assert data["total"] == len(data["results"]) > 0
    result = data["results"][0]
    for key in ("id", "paragraph", "part", "date", "partners", "topics", "title_zh", "title_en",
                "text", "calls_to_action", "highlights"):
        assert key in result
    assert result["paragraph"] == 13
    assert set(result["partners"][0]) == {"id", "name_zh", "name_en", "acronym"}
    assert set(result["topics"][0]) == {"id", "label_zh", "label_en"}
    start, end = result["highlights"][0]
    assert result["text"][start:end] == "实蝇"


def test_search_examples_from_the_issue(capsys):
    ephyto = {r["paragraph"] for r in run_json(capsys, "search", "ePhyto")["results"]}
    assert {9, 11, 23} <= ephyto
    wco = {r["paragraph"] for r in run_json(capsys, "search", "WCO")["results"]}
    assert wco == {24}
    dated = run_json(capsys, "search", "2019年8月")["results"]
    assert dated[0]["paragraph"] == 3 and dated[0]["date"] == "2019-08"


def test_dates_are_iso_or_null(capsys):
    results = run_json(capsys, "search")["results"]
    dates = {r["date"] for r in results}
    assert None in dates
    assert "2019-09-23/2019-09-27" in dates  # a range
    assert "2019-11,2020-10" in dates  # two separate events
    assert all(d is None or d[:4].isdigit() for d in dates)


def test_filters_by_label_in_either_language(capsys):
    a = run_json(capsys, "search", "--topic", "sea containers", "--partner", "WCO")
    b = run_json(capsys, "search", "--topic", "海运集装箱", "--partner", "世界海关组织")
    assert a["total"] == b["total"] > 0
    assert a["filters"]["topics"] == ["sea_containers"]
    assert a["filters"]["partners"] == ["wco"]


def test_year_undated_actions_part_and_limit(capsys):
    everything = run_json(capsys, "search")["total"]
    y = run_json(capsys, "search", "--year", "2021")
    assert 0 < y["total"] == len(y["results"]) < everything
    assert all(r["date"] and "2021" in r["date"] for r in y["results"])
    u = run_json(capsys, "search", "--year", "undated")
    assert 0 < u["total"] == len(u["results"]) < everything
    assert all(r["date"] is None for r in u["results"])
    act = run_json(capsys, "search", "--actions")
    assert 2 <= act["total"] == len(act["results"]) < everything
    assert all(r["calls_to_action"] for r in act["results"])
    p2 = run_json(capsys, "search", "--part", "2")
    assert {r["part"] for r in p2["results"]} == {2}
    lim = run_json(capsys, "search", "--limit", "2")
    assert len(lim["results"]) == 2 and lim["total"] > 2


def test_no_results_is_success(capsys):
    data = run_json(capsys, "search", "实蝇 集装箱")
    assert data == {"query": "实蝇 集装箱", "filters": data["filters"], "total": 0,
                    "results": []}
    assert main(["search", "实蝇 集装箱"]) == 0
    assert "No activities match" in capsys.readouterr().out


def test_partners_json_tree(capsys):
    data = run_json(capsys, "partners")
    groups = data["groups"]
    assert [g["id"] for g in groups] == ["international", "research", "rppo"]
    node = groups[0]["partners"][0]
    assert set(node) >= {"id", "name_zh", "name_en", "acronym", "kind", "activity_count",
                         "children"}
    iag = next(p for p in groups[0]["partners"] if p["id"] == "ephyto_iag")
    assert len(iag["children"]) >= 10


def test_topics_json(capsys):
    topics = run_json(capsys, "topics")["topics"]
    assert len(topics) >= 10
    assert topics[0]["id"] == "ephyto"
    assert all(t["activity_count"] > 0 for t in topics)


def test_show_json_and_text(capsys):
    data = run_json(capsys, "show", "cpm15-13-1")
    assert data["id"] == "cpm15-13-1" and data["citation"].endswith("paragraph 13")
    assert main(["show", "cpm15-13-1"]) == 0
    out = capsys.readouterr().out
    assert "paragraph 13" in out and "国际原子能机构" in out


def test_text_output_is_aligned(capsys):
    assert main(["search", "海运集装箱"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("cpm15")]
    assert len(lines) >= 3
    assert len({line.index("  ") for line in lines}) == 1


@pytest.mark.parametrize(("args", "code", "message"), [
    (["search", "--topic", "nonsense"], 2, "Unknown topic"),
    (["search", "--year", "20x9"], 2, "four-digit year"),
    (["search", "--limit", "-1"], 2, "--limit"),
    (["search", "--part", "7"], 2, "invalid choice"),
    (["frobnicate"], 2, "invalid choice"),
    (["show", "cpm15-99-9"], 1, "No activity has the id"),
    (["--db", "/nonexistent/x.sqlite", "topics"], 1, "not found"),
])
def test_errors_give_one_line_and_exit_code(capsys, args, code, message):
    assert main(args) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_module_entry_point_matches(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "desktop", "search", "WCO", "--json"],
                          capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert {r["paragraph"] for r in json.loads(proc.stdout)["results"]} == {24}
    bad = subprocess.run([sys.executable, "-m", "desktop", "show", "nope"], capture_output=True,
                         text=True, encoding="utf-8", timeout=60)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_help_lists_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("search", "partners", "topics", "show", "export"):
        assert command in out


def test_no_command_opens_the_window_with_language_and_database(monkeypatch, tmp_path):
    import desktop.app

    calls = []

    def run(argv, lang=None, exit_after_paint=False, collect_after_first_frame=False):
        # The garbage collector is held off while the window starts, and handed back.
        calls.append((lang, exit_after_paint, collect_after_first_frame, gc.isenabled()))
        return 0

    monkeypatch.setattr(desktop.app, "run", run)
    monkeypatch.setenv("IPPC_COOP_DB", "restored-after-the-test")
    assert main(["--lang", "zh", "--db", str(tmp_path / "x.sqlite")]) == 0
    assert main(["--exit-after-paint"]) == 0
    assert calls == [("zh", False, True, False), (None, True, True, False)]
    assert gc.isenabled()
    import os

    assert os.environ["IPPC_COOP_DB"] == str(tmp_path / "x.sqlite")


# -- English text and several reports ---------------------------------------------------------
def test_json_carries_document_and_english_text(capsys):
    data = run_json(capsys, "search", "实蝇")
    first = data["results"][0]
    assert first["document"] == "cpm15"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in first["text"])  # the original
    assert "fruit fl" in first["text_en"].lower()
    assert first["text_en_is_translation"] is True
    shown = run_json(capsys, "show", "cpm15-3-3")
    assert shown["date"] == "2019-11,2020-10"
    assert shown["dates"] == ["2019-11", "2020-10"]
    assert shown["text_en"].startswith("The Secretariat also took part")


def test_english_search_highlights_the_english(capsys):
    data = run_json(capsys, "search", "tabletop")
    first = data["results"][0]
    start, end = first["highlights_en"][0]
    assert first["text_en"][start:end].lower() == "tabletop"


def test_documents_command(capsys):
    data = run_json(capsys, "documents")
    assert [d["id"] for d in data["documents"]] == ["cpm15"]
    doc = data["documents"][0]
    assert doc["activity_count"] == 95 and doc["english_translation"] is True
    assert doc["session_short"] == "CPM-15 (2021)" and doc["agenda_item"] == "15.1"
    assert main(["documents"]) == 0
    assert "cpm15" in capsys.readouterr().out


def test_doc_filter_with_two_reports(capsys, two_reports_db):
    data = run_json(capsys, "--db", str(two_reports_db), "search", "--doc", "CPM-99")
    assert data["total"] == 2 and data["filters"]["documents"] == ["cpm99"]
    assert {r["document"] for r in data["results"]} == {"cpm99"}
    assert data["results"][0]["citation"].endswith("agenda item 9.9, paragraph 2")
    both = run_json(capsys, "--db", str(two_reports_db), "search", "--partner", "WCO")
    assert {r["document"] for r in both["results"]} == {"cpm15", "cpm99"}
    assert main(["--db", str(two_reports_db), "search", "--doc", "cpm1"]) == 2
    assert "Unknown report 'cpm1'" in capsys.readouterr().err


def test_export_english_and_both_languages(tmp_path, capsys, two_reports_db):
    out = tmp_path / "b.docx"
    assert main(["--db", str(two_reports_db), "export", "--format", "docx", "--output",
                 str(out), "--partner", "WCO", "--lang", "en", "--both-languages",
                 "--no-charts"]) == 0
    import docx

    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any("CPM-99 (2099)" in t for t in texts) and any("CPM-15 (2021)" in t for t in texts)
    assert "Original (Chinese, authoritative):" in texts


# A Word briefing's charts are drawn by Qt, which makes a QGuiApplication when there is none:
# these tests take pytest-qt's qapp first (see the chart tests below).
def test_export_draws_the_charts_unless_no_charts(qapp, tmp_path, capsys):
    import docx

    with_charts, without = tmp_path / "charts.docx", tmp_path / "none.docx"
    assert main(["export", "--format", "docx", "--output", str(with_charts), "--topic",
                 "sea containers", "--lang", "en"]) == 0
    assert main(["export", "--format", "docx", "--output", str(without), "--topic",
                 "sea containers", "--lang", "en", "--no-charts"]) == 0
    document = docx.Document(str(with_charts))
    assert len(document.inline_shapes) == 2
    assert "At a glance" in [p.text for p in document.paragraphs]
    plain = docx.Document(str(without))
    assert len(plain.inline_shapes) == 0
    assert "At a glance" not in [p.text for p in plain.paragraphs]


def test_export_passes_no_charts_to_the_request(export_request):
    assert export_request().charts is True
    assert export_request("--no-charts").charts is False


def test_export_help_names_no_charts(capsys):
    assert main(["export", "--help"]) == 0
    assert "--no-charts" in capsys.readouterr().out


# -- the library of added reports --------------------------------------------------------------
def test_import_dry_run_json_then_import_list_and_remove(capsys, tmp_path):
    from second_report import REPORT_EN

    report = tmp_path / "cpm99.txt"
    report.write_text(REPORT_EN, encoding="utf-8")
    preview = run_json(capsys, "import", str(report), "--dry-run")
    assert preview["document"]["id"] == "cpm99"
    assert [p["number"] for p in preview["paragraphs"]] == [1, 2, 3, 4]
    assert run_json(capsys, "reports")["reports"] == []  # the dry run stored nothing
    assert main(["import", str(report)]) == 0
    assert "Imported cpm99.txt as report cpm99: 2 activities" in capsys.readouterr().out
    listed = run_json(capsys, "reports")["reports"]
    assert [(r["id"], r["origin"], r["automatic"], r["activity_count"]) for r in listed] == [
        ("cpm99", "import", True, 2)]
    found = run_json(capsys, "search", "--doc", "cpm99")["results"]
    assert len(found) == 2 and all(r["automatic"] for r in found)
    assert main(["import", str(report)]) == 1
    assert "already in the library" in capsys.readouterr().err
    assert main(["reports", "remove", "cpm99"]) == 0
    assert "Removed report cpm99" in capsys.readouterr().out
    assert run_json(capsys, "reports")["reports"] == []
    assert main(["reports", "remove", "cpm15"]) == 1
    assert "cannot be removed" in capsys.readouterr().err


def test_import_refuses_bad_files_with_one_line(capsys, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert main(["import", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ippc-coop: ") and err.count("\n") == 1 and "empty" in err
    assert main(["import", str(tmp_path / "missing.docx")]) == 1
    assert "was not found" in capsys.readouterr().err


# -- personal data ------------------------------------------------------------------------
def run_err(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_collections_round_trip(capsys, tmp_path):
    import csv

    assert main(["collections"]) == 0
    assert "No collections yet" in capsys.readouterr().out
    assert main(["collections", "create", "Sea containers", "--intro", "For the minister"]) == 0
    assert "Created collection 'Sea containers'" in capsys.readouterr().out
    code, _, err = run_err(capsys, "collections", "create", "SEA CONTAINERS")
    assert code == 1 and err.count("\n") == 1 and "already exists" in err
    # an unknown id refuses the whole command: nothing is added
    code, _, err = run_err(capsys, "collections", "add", "sea containers", "cpm15-24-1", "nope")
    assert code == 1 and "No activity or partner has the id 'nope'" in err
    assert run_json(capsys, "collections", "show", "Sea containers")["items"] == []
    assert main(["collections", "add", "sea containers", "cpm15-24-1", "cpm15-13-4", "wco",
                 "cpm15-9-1"]) == 0
    assert "Added 4 items" in capsys.readouterr().out
    assert main(["collections", "move", "Sea containers", "cpm15-9-1", "1"]) == 0
    assert main(["collections", "note", "Sea containers", "cpm15-24-1", "Ask customs"]) == 0
    assert main(["collections", "remove", "Sea containers", "cpm15-13-4"]) == 0
    assert main(["collections", "intro", "Sea containers", "Why these three"]) == 0
    capsys.readouterr()
    shown = run_json(capsys, "collections", "show", "sea containers")
    assert shown["name"] == "Sea containers" and shown["intro"] == "Why these three"
    assert [(i["position"], i["id"], i["kind"], i["note"]) for i in shown["items"]] == [
        (1, "cpm15-9-1", "activity", ""), (2, "cpm15-24-1", "activity", "Ask customs"),
        (3, "wco", "partner", "")]
    assert shown["items"][2]["title_zh"] == "世界海关组织" and shown["items"][0]["in_library"]
    assert main(["collections", "show", "Sea containers"]) == 0
    text = capsys.readouterr().out
    assert text.index("cpm15-9-1") < text.index("cpm15-24-1") and "Ask customs" in text
    listed = run_json(capsys, "collections")["collections"]
    assert [(c["name"], c["items"], c["activities"], c["partners"]) for c in listed] == [
        ("Sea containers", 3, 2, 1)]
    # export in the collection's order, titled with its name
    out = tmp_path / "sea.csv"
    assert main(["collections", "export", "Sea containers", "--format", "csv",
                 "--output", str(out)]) == 0
    assert "Wrote 2 activities of 'Sea containers'" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["cpm15-9-1", "cpm15-24-1"]
    docx_out = tmp_path / "sea.docx"
    assert main(["collections", "export", "Sea containers", "--format", "docx",
                 "--output", str(docx_out), "--lang", "zh"]) == 0
    import docx

    assert docx.Document(str(docx_out)).paragraphs[0].text == "Sea containers"
    capsys.readouterr()
    assert main(["collections", "rename", "Sea containers", "海运集装箱"]) == 0
    assert main(["collections", "delete", "海运集装箱"]) == 0
    capsys.readouterr()
    assert run_json(capsys, "collections", "list")["collections"] == []
    code, _, err = run_err(capsys, "collections", "show", "海运集装箱")
    assert code == 1 and "no collection called" in err


def test_collections_usage_errors_exit_2(capsys):
    assert main(["collections", "add", "X"]) == 2
    assert main(["collections", "frobnicate"]) == 2
    assert main(["collections", "export", "X", "--format", "odt", "--output", "x"]) == 2
    main(["collections", "create", "X"])
    main(["collections", "add", "X", "wco"])
    capsys.readouterr()
    assert main(["collections", "move", "X", "wco", "0"]) == 2
    assert "POSITION counts from 1" in capsys.readouterr().err


def test_notes_and_stars_round_trip(capsys):
    assert main(["notes", "add", "cpm15-24-1", "Ask the customs office 海关"]) == 0
    assert main(["notes", "add", "wco", "Liaison: 张三"]) == 0
    capsys.readouterr()
    notes = run_json(capsys, "notes")["notes"]
    assert {(n["kind"], n["id"], n["text"]) for n in notes} == {
        ("activity", "cpm15-24-1", "Ask the customs office 海关"),
        ("partner", "wco", "Liaison: 张三")}
    found = run_json(capsys, "notes", "search", "海")["notes"]
    assert [n["id"] for n in found] == ["cpm15-24-1"]
    assert run_json(capsys, "notes", "search", "CUSTOMS")["notes"][0]["id"] == "cpm15-24-1"
    code, _, err = run_err(capsys, "notes", "add", "no-such-id", "x")
    assert code == 1 and err.count("\n") == 1
    assert main(["notes", "remove", "wco"]) == 0
    capsys.readouterr()
    assert [n["id"] for n in run_json(capsys, "notes", "list")["notes"]] == ["cpm15-24-1"]
    code, _, err = run_err(capsys, "notes", "remove", "wco")
    assert code == 1 and "not an item with a note" in err

    assert main(["stars", "add", "cpm15-24-1"]) == 0
    assert main(["stars", "add", "wco"]) == 0
    capsys.readouterr()
    stars = run_json(capsys, "stars")["stars"]
    assert {(s["kind"], s["id"]) for s in stars} == {("activity", "cpm15-24-1"),
                                                     ("partner", "wco")}
    assert main(["stars", "remove", "wco"]) == 0
    capsys.readouterr()
    assert [s["id"] for s in run_json(capsys, "stars", "list")["stars"]] == ["cpm15-24-1"]
    assert main(["stars"]) == 0
    assert "cpm15-24-1" in capsys.readouterr().out


def test_userdata_backup_restore_and_orphans_after_a_report_is_removed(capsys, tmp_path):
    from second_report import REPORT_EN

    report = tmp_path / "cpm99.txt"
    report.write_text(REPORT_EN, encoding="utf-8")
    assert main(["import", str(report)]) == 0
    capsys.readouterr()
    added = run_json(capsys, "search", "--doc", "cpm99")["results"][0]["id"]
    assert main(["notes", "add", added, "from the new report"]) == 0
    assert main(["stars", "add", "cpm15-24-1"]) == 0
    assert main(["userdata", "backup", str(tmp_path / "backup.sqlite")]) == 0
    assert "Backed up 1 note, 1 star, 0 collections and 0 saved searches" in (
        capsys.readouterr().out)
    info = run_json(capsys, "userdata")
    assert info["orphans"] == [] and info["counts"]["notes"] == 1
    assert Path(info["path"]).name == "personal.sqlite"
    # the report goes: the note stays, listed as kept
    assert main(["reports", "remove", "cpm99"]) == 0
    capsys.readouterr()
    info = run_json(capsys, "userdata", "info")
    assert info["orphans"] == [{"kind": "activity", "id": added, "where": "note",
                                "collection": None}]
    notes = run_json(capsys, "notes")["notes"]
    assert notes[0]["id"] == added and notes[0]["in_library"] is False
    assert main(["notes"]) == 0
    assert "not in the library: kept" in capsys.readouterr().out
    # restore undoes later changes and keeps the replaced data beside
    assert main(["stars", "remove", "cpm15-24-1"]) == 0
    capsys.readouterr()
    assert main(["userdata", "restore", str(tmp_path / "backup.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "Restored 1 note, 1 star" in out and "personal.before-restore-" in out
    assert [s["id"] for s in run_json(capsys, "stars")["stars"]] == ["cpm15-24-1"]
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a backup")
    code, _, err = run_err(capsys, "userdata", "restore", str(bad))
    assert code == 1 and err.count("\n") == 1 and "was refused" in err


def test_personal_commands_start_with_a_damaged_database(capsys):
    import os

    folder = Path(os.environ["IPPC_COOP_DATA_DIR"])
    folder.mkdir(parents=True)
    (folder / "personal.sqlite").write_bytes(b"\x00garbage" * 100)
    assert main(["stars", "add", "wco"]) == 0
    captured = capsys.readouterr()
    assert "moved to" in captured.err and "personal.damaged-" in captured.err
    assert list(folder.glob("personal.damaged-*.sqlite"))
    assert [s["id"] for s in run_json(capsys, "stars")["stars"]] == ["wco"]


# -- hostile and unusual use (issue 12) ---------------------------------------------------
def _cli(*args: str, env: dict[str, str] | None = None, code: str | None = None
         ) -> subprocess.CompletedProcess[bytes]:
    """The command line in a process of its own; output as bytes, to check encodings."""
    import os

    command = ["-c", code] if code else ["-m", "desktop", *args]
    return subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True,
                          timeout=120, env={**os.environ, **(env or {})})


def _no_locale(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def export_request(monkeypatch):
    """Runs 'export' and returns the ExportRequest it made (nothing is written)."""
    from desktop.core import export as export_module

    made = []

    def capture(store, request, **kwargs):
        made.append(request)
        return Path(request.path)

    monkeypatch.setattr(export_module, "export", capture)

    def run(*args: str):
        assert main(["export", "--format", "docx", "--output", "x.docx", *args]) == 0
        return made.pop()

    return run


def _save_language(lang: str) -> None:
    from desktop.core.preferences import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(f"[General]\nx=1\n\n[ui]\ngeometry=\"@ByteArray(\\x1=[x])\"\n"
                               f"language={lang}\n", encoding="utf-8")


def test_export_language_defaults_to_the_windows_then_the_systems(export_request, monkeypatch):
    _no_locale(monkeypatch)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert export_request().lang == "zh"  # nothing saved: the system's
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert export_request().lang == "en"
    _save_language("zh")  # chosen in the window: View > 中文
    assert export_request().lang == "zh"
    monkeypatch.setenv("LC_ALL", "zh_CN.GB18030")
    _save_language("en")
    assert export_request().lang == "en"  # the window's choice wins over the system's
    assert export_request("--lang", "zh").lang == "zh"  # and --lang over both


def test_export_help_names_the_language_default_and_json_encoding(capsys):
    assert main(["export", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Default: the window's language (View > 中文 / English), else the system's" in out
    assert main(["--help"]) == 0
    assert "--json output is always UTF-8" in capsys.readouterr().out
    assert main(["search", "--help"]) == 0
    assert "always UTF-8" in capsys.readouterr().out


@pytest.mark.parametrize("year", ["0000", "1949", "2101", "9999"])
def test_years_outside_the_reports_are_refused(capsys, year):
    assert main(["search", "--year", year]) == 2
    err = capsys.readouterr().err
    assert f"--year {year} is not a year of the reports" in err and "1950 to 2100" in err
    assert err.count("\n") == 1
    assert main(["export", "--format", "csv", "--output", "x.csv", "--year", year]) == 2


def test_years_at_the_ends_of_the_range_are_accepted(capsys):
    for year in ("1950", "2100"):
        assert run_json(capsys, "search", "--year", year)["total"] == 0


def test_ctrl_c_during_an_export_exits_130_in_one_line(capsys, tmp_path, monkeypatch):
    from desktop.core import atomic

    def interrupted(fd):  # while the temporary file is written
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    target = tmp_path / "briefing.docx"
    assert main(["export", "--format", "docx", "--output", str(target), "--no-charts"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "ippc-coop: interrupted; nothing was changed\n"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_any_command_exits_130(capsys, monkeypatch):
    from desktop.core.store import Store

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "search", interrupted)
    assert main(["search", "实蝇"]) == 130
    assert capsys.readouterr().err == "ippc-coop: interrupted; nothing was changed\n"


def test_real_sigint_during_the_write_leaves_nothing(tmp_path):
    target = tmp_path / "briefing.docx"
    code = f"""
import os, signal, sys, time
from desktop.core import atomic
from desktop.cli import main

def fsync(fd):  # the user presses Ctrl+C while the file is being written
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(30)

atomic.os.fsync = fsync
sys.exit(main(["export", "--format", "docx", "--output", {str(target)!r}]))
"""
    done = _cli(code=code)
    assert done.returncode == 130, done.stderr
    assert done.stderr == b"ippc-coop: interrupted; nothing was changed\n"
    assert list(tmp_path.iterdir()) == []


CHINESE = "国际原子能机构"


def test_text_output_follows_a_gb18030_console():
    env = {"LANG": "zh_CN.GB18030", "LC_ALL": "", "PYTHONIOENCODING": "gb18030"}
    done = _cli("show", "cpm15-13-1", env=env)
    assert done.returncode == 0, done.stderr
    assert CHINESE.encode("gb18030") in done.stdout
    assert CHINESE.encode("utf-8") not in done.stdout
    assert CHINESE in done.stdout.decode("gb18030")
    # errors too: the message names a Chinese partner name the user typed (given in the
    # code, not in argv, which a real GB18030 locale would decode differently)
    error = _cli(env=env, code="import sys; from desktop.cli import main; "
                 "sys.exit(main(['search', '--partner', '\\u4e0d\\u5b58\\u5728']))")
    assert error.returncode == 2
    assert "不存在".encode("gb18030") in error.stderr
    assert "不存在" in error.stderr.decode("gb18030")


def test_json_stays_utf8_under_a_gb18030_console():
    env = {"LANG": "zh_CN.GB18030", "LC_ALL": "", "PYTHONIOENCODING": "gb18030"}
    done = _cli("show", "cpm15-13-1", "--json", env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert CHINESE in data["text"]


def test_a_console_that_cannot_write_chinese_gets_utf8():
    done = _cli("show", "cpm15-13-1", env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr
    assert CHINESE in done.stdout.decode("utf-8")


@pytest.mark.parametrize("name", ["a\x00b.docx", "a\ud800b.docx"])
@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_impossible_output_name_gives_one_line(capsys, tmp_path, name, fmt):
    assert main(["export", "--format", fmt, "--output", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ippc-coop: The file name ") and err.count("\n") == 1
    assert "contains a character no file name can hold" in err
    assert list(tmp_path.iterdir()) == []


def test_export_removes_temp_files_left_by_a_killed_export(capsys, tmp_path):
    import os
    import time

    from desktop.core.atomic import STALE_AFTER_S

    stale = tmp_path / ".briefing.csv.1f2e3d4c.tmp"  # what SIGKILL during a write leaves
    stale.write_bytes(b"half a table")
    then = time.time() - STALE_AFTER_S - 1
    os.utime(stale, (then, then))
    assert main(["export", "--format", "csv", "--output", str(tmp_path / "briefing.csv"),
                 "WCO"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.csv"]


# -- chart ----------------------------------------------------------------------------------
# Charts are drawn by Qt: the command makes a QGuiApplication when there is none. In this
# process the tests' QApplication (pytest-qt's qapp) must come first, or the window tests
# after these would find a QGuiApplication, on which no widget can be made.
@pytest.mark.parametrize(("kind", "suffix", "extra"), [
    ("timeline", "png", ["--lanes", "partner"]),
    ("timeline", "svg", ["--lang", "zh"]),
    ("map", "png", ["--sort-by-total", "--lang", "zh"]),
    ("map", "svg", ["--title", "Sea containers"]),
])
def test_chart_writes_png_and_svg(qapp, capsys, tmp_path, kind, suffix, extra):
    out = tmp_path / f"chart.{suffix}"
    code = main(["chart", kind, "--output", str(out), *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert str(out) in captured.out
    data = out.read_bytes()
    if suffix == "png":
        assert data.startswith(b"\x89PNG") and len(data) > 5000
    else:
        assert b"<svg" in data and b"<text" in data
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_chart_takes_the_filters_of_search(qapp, capsys, tmp_path):
    out = tmp_path / "wco.png"
    assert main(["chart", "timeline", "--output", str(out), "--partner", "WCO",
                 "--year", "2020", "集装箱"]) == 0
    assert "Wrote a timeline of " in capsys.readouterr().out
    assert main(["chart", "map", "--output", str(out), "nothingmatchesthisqq"]) == 0
    assert "of 0 activities" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["chart", "timeline", "--output", "chart.jpg"], 2, "must end in .png or .svg"),
    (["chart", "pie", "--output", "chart.png"], 2, "invalid choice"),
    (["chart", "map"], 2, "--output"),
    (["chart", "map", "--output", "x.png", "--topic", "no such topic"], 2, "topic"),
])
def test_chart_usage_errors(qapp, capsys, args, code, message):
    assert main(args) == code
    assert message in capsys.readouterr().err


def test_chart_to_an_unwritable_place_is_one_line(qapp, capsys, tmp_path):
    code = main(["chart", "map", "--output", str(tmp_path / "missing" / "map.png")])
    err = capsys.readouterr().err
    assert code == 1
    assert "does not exist" in err and "Traceback" not in err and err.count("\n") == 1
    blocked = tmp_path / "blocked.png"
    blocked.mkdir()
    assert main(["chart", "map", "--output", str(blocked)]) == 1
    assert "is a folder" in capsys.readouterr().err
