"""The command line: JSON shapes, readable text, exit codes, no tracebacks."""

from __future__ import annotations

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
    y = run_json(capsys, "search", "--year", "2021")
    assert all(r["date"] and "2021" in r["date"] for r in y["results"])
    u = run_json(capsys, "search", "--year", "undated")
    assert all(r["date"] is None for r in u["results"])
    act = run_json(capsys, "search", "--actions")
    assert act["total"] >= 2 and all(r["calls_to_action"] for r in act["results"])
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
    monkeypatch.setattr(desktop.app, "run", lambda argv, lang=None: calls.append(lang) or 0)
    monkeypatch.setenv("IPPC_COOP_DB", "restored-after-the-test")
    assert main(["--lang", "zh", "--db", str(tmp_path / "x.sqlite")]) == 0
    assert calls == ["zh"]
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
                 str(out), "--partner", "WCO", "--lang", "en", "--both-languages"]) == 0
    import docx

    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any("CPM-99 (2099)" in t for t in texts) and any("CPM-15 (2021)" in t for t in texts)
    assert "Original (Chinese, authoritative):" in texts


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
    assert all(r["automatic"] for r in found)
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
