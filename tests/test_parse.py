"""The report parser undoes the PDF extraction's artefacts and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.parse import ParseError, join_lines, load_report, parse_report
from desktop.core.cpm_paper import detect_language, latin_vocabulary, parse_title_block

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


# -- the title block ---------------------------------------------------------------------------

ENGLISH = REPORT.with_name("report.en.txt")


def test_title_block_of_the_chinese_report(report):
    block = report.title_block
    assert block.body == "植物检疫措施委员会"
    assert (block.session, block.session_number) == ("第十五届会议", 15)
    assert (block.session_dates, block.place) == ("2021-03-30/2021-04-03", "罗马")
    assert block.agenda_item == "15.1"
    assert block.title == "《国际植保公约》秘书处国际合作工作报告"
    assert block.prepared_by == "《国际植保公约》秘书处编写"
    assert block.language == report.language == "zh"


def test_title_block_of_the_english_text_skips_the_translation_note():
    block = load_report(ENGLISH).title_block
    assert block.body == "Commission on Phytosanitary Measures"
    assert (block.session, block.session_number) == ("Fifteenth session", 15)
    assert (block.session_dates, block.place) == ("2021-03-30/2021-04-03", "Rome")
    assert block.agenda_item == "15.1"
    assert block.title == "Report of the IPPC Secretariat on international cooperation"
    assert block.prepared_by == "Prepared by the IPPC Secretariat"
    assert block.language == "en"


def test_title_block_as_real_english_exports_print_it():
    text = ("CPM 2022/31\n\nCOMMISSION ON PHYTOSANITARY MEASURES\n\nSixteenth Session\n\n"
            "5-8 April 2022\n\nReport on the IPPC Secretariat’s international\n\ncooperation\n\n"
            "Agenda item 8.2\n\nPrepared by the IPPC Secretariat\n\n1. The Secretariat met.\n")
    block = parse_report(text).title_block
    assert block.symbol == "CPM 2022/31"
    assert block.body == "Commission on Phytosanitary Measures"
    assert (block.session, block.session_number) == ("Sixteenth Session", 16)
    assert (block.session_dates, block.place) == ("2022-04-05/2022-04-08", "")
    assert block.title == "Report on the IPPC Secretariat’s international cooperation"
    assert block.agenda_item == "8.2"


@pytest.mark.parametrize(("line", "number"), [
    ("第十五届会议", 15), ("第十届会议", 10), ("第二十一届会议", 21), ("第九十九届会议", 99),
    ("Fifteenth session", 15), ("Sixteenth Session", 16), ("Twentieth session", 20),
    ("Twenty-first session", 21), ("Twenty ninth session", 29), ("Thirtieth Session", 30),
    ("16th session", 16), ("Ninety-ninth session", 99),
])
def test_session_numbers_in_chinese_numerals_and_english_ordinals(line, number):
    assert parse_title_block([line]).session_number == number


@pytest.mark.parametrize(("line", "dates", "place"), [
    ("2021 年 3 月 30 日－4 月 3 日，罗马", "2021-03-30/2021-04-03", "罗马"),
    ("2099 年 4 月 5-8 日，罗马", "2099-04-05/2099-04-08", "罗马"),
    ("Rome, 30 March – 3 April 2021", "2021-03-30/2021-04-03", "Rome"),
    ("5-8 April 2022", "2022-04-05/2022-04-08", ""),
    ("March 30 – April 3, 2021, Rome", "2021-03-30/2021-04-03", "Rome"),
    ("Virtual meeting, 16 and 18 March, 1 April 2021", "2021-03-16/2021-04-01",
     "Virtual meeting"),
    ("2021 年 3 月", "2021-03", ""),
])
def test_session_dates_and_place(line, dates, place):
    block = parse_title_block([line])
    assert (block.session_dates, block.place) == (dates, place)


@pytest.mark.parametrize("lines", [
    [], ["???"], ["2021 年 13 月 45 日"], ["31 February 2021"], ["Session"],
    ["第届会议"], ["Agenda item"], ["\u3000", "1"],
])
def test_an_odd_title_block_never_raises(lines):
    block = parse_title_block(lines)
    assert block.session_dates == "" and block.session_number is None


def test_language_is_chinese_when_cjk_dominates():
    assert detect_language("植物检疫措施委员会 https://www.ippc.int/en/") == "zh"
    assert detect_language("Commission on Phytosanitary Measures (植检委)") == "en"
    assert detect_language("") == "en"


# -- the decision paragraph --------------------------------------------------------------------

def test_the_closing_decision_paragraph_is_flagged(report):
    assert report.decision_paragraph == 33
    assert load_report(ENGLISH).decision_paragraph == 33


def test_no_decision_paragraph_when_the_last_one_is_not_a_request():
    assert parse_report("1. 第一段\n\n2. 第二段\n").decision_paragraph is None
    text = "1. Text.\n2. The Commission on Phytosanitary Measures (CPM) is invited to:\n(1) note.\n"
    assert parse_report(text).decision_paragraph == 2


# -- pages and footnotes -----------------------------------------------------------------------

PAGED = """CPM 2022/31
Commission on Phytosanitary Measures
1. The Secretariat updated its web page1 and met
1 April 2021 in Rome with the organi-
1 External cooperation: https://www.ippc.int/en/core-
activities/
Page 1 of 2
\f
CPM 2022/31 International cooperation
zation it works with.
2. The CPM is invited to:
(1) note this report.
"""


def test_footnotes_at_the_bottom_of_a_page_leave_the_paragraph():
    report = parse_report(PAGED)
    assert report.paragraph(1).text == ("The Secretariat updated its web page and met 1 April "
                                        "2021 in Rome with the organization it works with.")
    [note] = report.footnotes
    assert (note.number, note.paragraph, note.text) == (1, 1, "External cooperation:")
    assert note.url == "https://www.ippc.int/en/core-activities/"
    assert report.paragraph(2).text == "The CPM is invited to: (1) note this report."
    assert report.decision_paragraph == 2


def test_page_breaks_inside_a_line_and_several_footnotes_on_a_page():
    text = ("1. 第一段介绍网页1，并说明关于植检2。继续\n1 第一个脚注：https://a.example/x\n"
            "2 第二个脚注\f 说明。\n\n2. 第二段。\n")
    report = parse_report(text)
    assert report.paragraph(1).text == "第一段介绍网页，并说明关于植检。继续说明。"
    assert [(f.number, f.paragraph, f.text) for f in report.footnotes] == [
        (1, 1, "第一个脚注："), (2, 1, "第二个脚注")]


def test_a_line_starting_with_a_number_is_text_without_its_marker_above():
    text = "1. Representatives from\n18 developing countries attended.\f\n2. Next.\n"
    report = parse_report(text)
    assert report.paragraph(1).text == "Representatives from 18 developing countries attended."
    assert report.footnotes == []


def test_footnote_separator_blocks_still_work_with_page_breaks():
    text = "1. 网页1，正文\n" + " " * 40 + "\n1 脚注一\f 继续。\n"
    report = parse_report(text)
    assert report.paragraph(1).text == "网页，正文继续。"
    assert [f.text for f in report.footnotes] == ["脚注一"]


# -- hyphens at line ends ----------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "joined"), [
    (["the organi-", "zation"], "the organization"),
    (["Organi-", "zation"], "Organization"),
    (["e-", "commerce"], "e-commerce"),
    (["co-", "hosted"], "co-hosted"),
    (["non-", "governmental"], "non-governmental"),
    (["Post-", "2020 framework"], "Post-2020 framework"),
    (["IPPC-", "wide"], "IPPC-wide"),
    (["2019-", "2020"], "2019-2020"),
    (["end.", "Next"], "end. Next"),
])
def test_hyphenated_words_across_lines(lines, joined):
    assert join_lines(lines) == joined


def test_the_documents_own_spelling_decides_hyphens():
    vocabulary = latin_vocabulary("international cooperation; risk-based approach")
    assert join_lines(["inter-", "national"], vocabulary) == "international"
    assert join_lines(["risk-", "based"], vocabulary) == "risk-based"
    assert join_lines(["inter-", "national"]) == "inter-national"  # no evidence: a prefix
    report = parse_report("1. An inter-\nnational e-\ncommerce meeting on inter-\nnational "
                          "trade and international law.\n")
    assert report.paragraph(1).text == ("An international e-commerce meeting on international "
                                        "trade and international law.")


# -- headings and paragraph numbers ------------------------------------------------------------

def test_part_heading_variants():
    text = ("Part 1 – International organizations\n1. One.\nPART II: Research and academia\n"
            "2. Two.\n第三部分：区域植物保护组织\n3. Three.\nIV. Other matters\n4. Four.\n")
    report = parse_report(text)
    assert [(p.number, p.roman, p.title) for p in report.parts] == [
        (1, "I", "International organizations"), (2, "II", "Research and academia"),
        (3, "III", "区域植物保护组织"), (4, "IV", "Other matters")]
    assert [p.part for p in report.paragraphs] == [1, 2, 3, 4]


def test_a_roman_looking_line_that_is_text_is_not_a_heading():
    text = "1. Work on Xylella fastidiosa continued, with\nX. fastidiosa surveys.\nPart 3: Late\n"
    report = parse_report(text)
    assert report.parts == []
    assert report.paragraph(1).text.endswith("X. fastidiosa surveys. Part 3: Late")


def test_bracketed_paragraph_numbers():
    report = parse_report("Title\n[1] First paragraph.\n[2] Second\nparagraph.\n")
    assert [(p.number, p.text) for p in report.paragraphs] == [
        (1, "First paragraph."), (2, "Second paragraph.")]


def test_lines_between_a_part_heading_and_its_first_paragraph_are_its_subheading():
    report = parse_report("1. Intro.\nI. Part 1: International organizations\n"
                          "A. United Nations\nbodies\n2. Text.\n")
    assert report.parts[0].subheading == "A. United Nations bodies"
    assert report.paragraph(2).text == "Text."
