"""A collection exported as a briefing: its order, its notes and its introduction."""

from __future__ import annotations

import csv
from pathlib import Path

import docx

from desktop.cli import main
from desktop.core.export import ExportRequest, collection_label, export
from desktop.core.store import Store
from desktop.core.userdata import UserData

ORDER = ["cpm15-24-3", "cpm15-3-1", "cpm15-13-2"]  # deliberately not in report order


def _collection(store: Store) -> UserData:
    data = UserData()
    data.create_collection("Minister", intro="Three items for the minister.")
    data.add_items("Minister", [("activity", i) for i in ORDER])
    data.set_item_note("Minister", "activity", "cpm15-3-1", "Ask about the BWC side event")
    data.set_note("activity", "cpm15-13-2", "own note on fruit flies")
    return data


def test_word_briefing_keeps_the_order_notes_and_intro(store: Store, tmp_path: Path):
    data = _collection(store)
    briefing = data.collection_activities(store, "Minister")
    path = tmp_path / "minister.docx"
    export(store, ExportRequest(
        briefing.activities, "docx", path, title="Minister", in_order=True,
        scope_label=collection_label("Minister", "en"),
        intro=briefing.intro, item_notes={e.activity.id: e.note or e.personal_note
                                          for e in briefing.entries}))
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    quotes = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Quote"]
    assert quotes == [store.activity(i).text_en for i in ORDER]
    assert any("Three items for the minister." in t for t in texts)
    assert "Collection: Minister" in texts
    assert any("Note: Ask about the BWC side event" in t for t in texts)
    assert any("Note: own note on fruit flies" in t for t in texts)
    data.close()


def test_cli_collection_export_docx_and_csv(qapp, store: Store, tmp_path: Path, capsys):
    _collection(store).close()
    out = tmp_path / "m.csv"
    assert main(["collections", "export", "Minister", "--format", "csv", "--output", str(out),
                 "--lang", "en"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ORDER
    assert rows[1]["note"] == "Ask about the BWC side event"
    word = tmp_path / "m.docx"
    assert main(["collections", "export", "Minister", "--format", "docx", "--output",
                 str(word), "--lang", "en"]) == 0
    document = docx.Document(str(word))
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes == [store.activity(i).text_en for i in ORDER]
    assert len(document.inline_shapes) == 2  # the timeline and the map of the collection
    plain = tmp_path / "plain.docx"
    assert main(["collections", "export", "Minister", "--format", "docx", "--output",
                 str(plain), "--lang", "en", "--no-charts"]) == 0
    assert len(docx.Document(str(plain)).inline_shapes) == 0


def test_collection_briefing_tables_point_at_existing_sections(store: Store):
    from desktop.core.briefing import build_briefing

    activities = [store.activity(i) for i in ORDER]
    briefing = build_briefing(store, activities, lang="en", title="Minister", in_order=True,
                              item_notes={ORDER[0]: "n"}, intro="Intro")
    anchors = {p.anchor for p in briefing.parts} | {
        s.anchor for p in briefing.parts for s in p.sections}
    rows = [*briefing.top_partners, *briefing.annex]
    assert rows and all(row.anchor in anchors for row in rows)
    assert [item.activity_id for item in briefing.items()] == ORDER
    assert "Intro" in briefing.notes
