"""CSV export: no cell of any column can start a spreadsheet formula (OWASP CSV injection).

Every column that carries data (the activity's own fields, its partners' and topics' names,
its report, the citation) is given a formula-looking value at once, and every cell of the
written file is checked, not a chosen few.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.export import ExportRequest, csv_header, export
from desktop.core.store import Store

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
EVIL = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "\0x"]
#: Columns whose value comes from the app, not from the data: never formula-like anyway.
FIXED = {"calls to action", "text (en) note", "links", "呼吁采取行动", "英文文本说明", "关联信息"}


@pytest.fixture
def evil_store(db_path: Path) -> Iterator[Store]:
    s = Store(db_path, library=False)  # its own copy: the lookups are changed below
    yield s
    s.close()


def _poison(store: Store, evil: str):
    """An activity whose every data field, partner, topic and report is ``evil``."""
    activity = store.activities[0]
    for pid in activity.partner_ids:
        store._partner[pid] = dataclasses.replace(store._partner[pid], name_zh=evil,
                                                  name_en=evil)
    for tid in activity.topic_ids:
        store._topic[tid] = dataclasses.replace(store._topic[tid], label_zh=evil,
                                                label_en=evil)
    store._document[evil] = dataclasses.replace(store._document[activity.doc],
                                                prepared_by_zh=evil)
    return dataclasses.replace(
        activity, id=evil, date=evil, date_precision=evil, part=-1, title_zh=evil,
        title_en=evil, text=evil, paragraph=-3, date_qualifier=evil, place_zh=evil,
        place_en=evil, doc=evil, text_en=evil)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("evil", EVIL)
def test_no_cell_of_any_column_can_start_a_formula(evil_store, tmp_path, evil, lang):
    activity = _poison(evil_store, evil)
    assert activity.partner_ids and activity.topic_ids
    path = tmp_path / "evil.csv"
    export(evil_store, ExportRequest([activity, evil_store.activities[1]], "csv", path,
                                     lang=lang, item_notes={activity.id: evil}))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == list(csv_header(lang)) and len(rows) == 2
    for row in rows:
        assert len(row) == len(header)
        for column, cell in zip(header, row, strict=True):
            assert not cell.startswith(TRIGGERS), (column, cell)
    record = dict(zip(header, rows[0], strict=True))
    poisoned = [column for column in header if column not in FIXED]
    assert len(poisoned) == len(header) - 3
    for column in poisoned:
        cell = record[column]
        if column in ("citation", "引用") and lang == "en":
            assert cell.startswith("IPPC Secretariat")  # starts with our words, not the data
        elif column in ("part", "paragraph", "部分", "段落"):
            assert cell in ("'-1", "'-3"), (column, cell)
        else:
            assert cell.startswith("'" + evil[0]), (column, cell)
            assert evil in cell, (column, cell)
