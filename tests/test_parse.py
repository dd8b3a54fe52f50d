"""The report parser undoes the PDF extraction's artefacts and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.parse import ParseError, join_lines, load_report, parse_report

REPORT = (Path(__file__).resolve().parent.parent
          / "db" / "sources" / "cpm15_2021_15_1" / "report.txt")


@pytest.fixture(scope="module")
def report():
    return load_report(REPORT)


def test_report_has_33_consecutive_paragraphs(report):
    assert [p.number for p in report.paragraphs] == list(range(1, 34))


def test_parts_follow_the_report(report):
    assert [(p.number, p.roman) for p in report.parts] == [(1, "I"), (2, "II"), (3, "III")]
    part_of = {p.number: p.part for p in report.paragraphs}
    assert {part_of[n] for n in range(3, 26)} == {1}
    assert {part_of[n] for n in (26, 27)} == {2}
    assert {part_of[n] for n in range(28, 33)} == {3}
    assert part_of[1] is None and part_of[2] is None


def test_wrapped_lines_are_joined_without_spaces(report):
    # "联合国裁军|事务厅" and "国际原子能|机构" are split across lines in the source.
    assert "联合国裁军事务厅关于" in report.paragraph(3).text
    assert "国际原子能机构于" in report.paragraph(13).text
    assert "\n" not in report.paragraph(3).text


def test_footnote_block_inside_paragraph_is_removed(report):
    p3 = report.paragraph(3).text
    assert "《生物武器公约》缔约国会议。" in p3  # the block sat between these words
    assert "https://" not in p3
    p21 = report.paragraph(21).text
    assert "秘书处继续与支持植检处理技术小组" in p21
    assert "ippc.int" not in p21


def test_footnote_markers_are_stripped_and_footnotes_kept(report):
    assert "“对外合作”网页，" in report.paragraph(1).text
    assert report.paragraph(21).text.startswith("植物检疫措施研究小组：")
    notes = {f.number: f for f in report.footnotes}
    assert notes[1].paragraph == 1
    assert notes[1].url == "https://www.ippc.int/en/core-activities/external-cooperation/"
    assert notes[2].paragraph == 21
    assert notes[2].url is not None and notes[2].url.endswith("phytosanitarymeasuresresearchgroup/")


def test_section_headings_and_sub_items_are_not_paragraphs(report):
    texts = " ".join(p.text for p in report.paragraphs)
    assert "第 1 部分" not in texts
    assert report.paragraph(33).text.startswith("提请植检委：1) 注意")


def test_typos_are_kept_verbatim(report):
    assert "一分关于" in report.paragraph(13).text
    assert "审计强调强调" in report.paragraph(20).text
    assert "技术研讨小组小组" in report.paragraph(4).text


def test_join_lines_spaces_only_between_latin():
    assert join_lines(["Erasmus", "Mundus 植物"]) == "Erasmus Mundus 植物"
    assert join_lines(["国际原子能 ", "", " 机构"]) == "国际原子能机构"
    assert join_lines(["2019 年", "11 月"]) == "2019 年11 月"


def test_page_start_with_leading_space_is_a_paragraph():
    text = "header\n\n1. 第一段\n\n 2. 第二段开始\n\n继续\n"
    report = parse_report(text)
    assert [p.text for p in report.paragraphs] == ["第一段", "第二段开始继续"]


def test_missing_footnote_marker_is_an_error():
    text = "1. 没有脚注标记\n\n" + " " * 40 + "\n7 脚注\n 继续\n"
    with pytest.raises(ParseError, match="footnote 7"):
        parse_report(text)


def test_text_without_paragraphs_is_an_error():
    with pytest.raises(ParseError):
        parse_report("just a title\n")
