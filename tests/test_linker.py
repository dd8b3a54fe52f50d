"""The linker finds partners, topics, dates and calls to action in a paragraph, and names
the registry does not know; measured against the curated activities of the bundled report."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from db.parse import load_report
from desktop.core.linker import Linker, Links, calls_to_action, find_dates

ROOT = Path(__file__).resolve().parent.parent
CPM15 = ROOT / "db" / "sources" / "cpm15_2021_15_1"
MEASURED = range(3, 33)
TARGETS = {"recall": 0.90, "precision": 0.85, "dates": 0.85}


@pytest.fixture(scope="module")
def linker(store):
    return Linker(store.partners, store.topics, store.bodies)


def partners(linker: Linker, text: str, lang: str) -> tuple[str, ...]:
    return linker.link(text, lang).partners


# -- partners ----------------------------------------------------------------------------------

def test_longest_name_wins_and_masks_what_it_covers(linker):
    # Stray spaces as the report prints them; the Joint Division, not also FAO or the IAEA.
    text = "继续通过粮农组织 /国际原子能机构粮食和农业核技术联合司与原子能机构进行长期合作。"
    assert partners(linker, text, "zh") == ("joint_fao_iaea_division", "iaea")
    text = "through the Joint FAO/IAEA Division of Nuclear Techniques in Food and Agriculture."
    assert partners(linker, text, "en") == ("joint_fao_iaea_division",)


def test_spaces_are_normalised_but_positions_are_the_originals(linker):
    text = "秘书处与世界 海关\n组织合作。"
    links = linker.link(text, "zh")
    assert links.partners == ("wco",)
    assert links.unrecognised == ()


def test_english_names_acronyms_and_aliases_match_whole_words(linker):
    assert partners(linker, "The SC met; the SCTF met; IMO and WCO cooperate.", "en") == (
        "imo", "wco")
    assert partners(linker, "imo, wco and SCANNING", "en") == ()  # acronyms keep their case
    assert partners(linker, "together with Codex and the world bank", "en") == (
        "codex", "world_bank_group")
    assert partners(linker, "the World Organization for Animal Health", "en") == ("oie",)


def test_a_member_body_implies_nothing_about_its_parent(linker):
    text = "世贸组织卫生和植物检疫委员会提出的问题"
    assert partners(linker, text, "zh") == ("wto_sps_committee",)
    assert partners(linker, "the WTO Committee on Sanitary and Phytosanitary Measures",
                    "en") == ("wto_sps_committee",)


def test_ippc_bodies_are_recognised_but_are_not_partners(linker):
    for text, lang in (("标准委和植检委主席团以及植物检疫处理技术小组", "zh"),
                       ("the Standards Committee, the CPM Bureau and the TPPT", "en")):
        links = linker.link(text, lang)
        assert links.partners == () and links.unrecognised == ()


def test_a_treaty_named_after_an_organization_is_not_the_organization(linker):
    assert partners(linker, "与世贸组织《实施卫生与植物卫生措施协定》保持一致", "zh") == ()
    assert partners(linker, "consistent with the WTO Agreement on the Application", "en") == ()
    assert partners(linker, "the WTO SPS Agreement", "en") == ()
    assert partners(linker, "at the WTO SPS Committee", "en") == ("wto", "wto_sps_committee")


def test_a_sub_body_by_its_bare_name_only_where_its_parent_is_named(linker):
    assert partners(linker, "the Permanent Technical Committee met", "en") == ()
    text = "The WCO hosted the Permanent Technical Committee."
    assert partners(linker, text, "en") == ("wco", "wco_ptc")
    text = "the European Food Safety Authority network for plant health risk assessment"
    assert partners(linker, text, "en") == ("efsa_plh_network",)


def test_a_plural_of_all_rppos_names_every_rppo(linker, store):
    rppos = tuple(p.id for p in store.partners
                  if p.kind == "regional plant protection organization")
    assert len(rppos) >= 10
    assert partners(linker, "所有区域植保组织均为落实做出了贡献。", "zh") == rppos
    assert partners(linker, "关于区域植物保护组织间技术合作成果", "zh") == rppos
    assert partners(linker, "All RPPOs contributed.", "en") == rppos
    assert partners(linker, "cooperation among regional plant protection organizations",
                    "en") == rppos
    # The class named without "all" names none of them.
    text = "下列区域植物保护组织发挥了重要作用：近东植保组织。"
    assert partners(linker, text, "zh") == ("neppo",)


def test_partners_in_order_of_first_appearance_each_once(linker):
    text = "国际海事组织、世界海关组织和国际海事组织"
    assert partners(linker, text, "zh") == ("imo", "wco")


# -- topics ------------------------------------------------------------------------------------

def test_topics_by_labels_and_aliases_in_either_language(linker):
    assert linker.link("关于电子植检证书和海运集装箱清洁度", "zh").topics == (
        "ephyto", "sea_containers")
    assert linker.link("the IPPC ePhyto Solution and e-commerce workshops", "en").topics == (
        "ephyto", "e_commerce", "capacity_development")
    assert "pest_risk_analysis" not in linker.link("PRAGUE", "en").topics  # whole words


# -- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dates", "qualifiers"), [
    ("2019 年 8 月举行", ("2019-08",), ("",)),
    ("2019 年 12 月 2-4 日在蒙特利尔", ("2019-12-02/2019-12-04",), ("",)),
    ("于 2021 年 9 月 13-17 日", ("2021-09-13/2021-09-17",), ("",)),
    ("于2019 年 7 月 8-12 日", ("2019-07-08/2019-07-12",), ("",)),
    ("该视频于 2021 年初发布。", ("2021",), ("early",)),
    ("2019 年和 2020 年举行的所有会议", ("2019", "2020"), ("", "")),
    ("以下章节重点列举 2019 及 2020 年", ("2019", "2020"), ("", "")),
    ("于 2019 年 5 月至 9 月设立", ("2019-05/2019-09",), ("",)),
    ("提交 2020 年 4 月 14-16 日举行的会议", ("2020-04-14/2020-04-16",), ("",)),
    ("2019 年11 月和 2020 年 10 月", ("2019-11", "2020-10"), ("", "")),
    ("2019 年\n11 月", ("2019-11",), ("",)),
    ("2020 年和 2021 年初", ("2020", "2021"), ("", "early")),
    ("合作将于2021 年 6 月结束", ("2021-06",), ("planned",)),
    ("2021 年计划要求举办研讨会", ("2021",), ("planned",)),
])
def test_chinese_dates(text, dates, qualifiers):
    found = find_dates(text, "zh")
    assert tuple(d for d, _ in found) == dates
    assert tuple(q for _, q in found) == qualifiers


@pytest.mark.parametrize(("text", "dates", "qualifiers"), [
    ("held in August 2019", ("2019-08",), ("",)),
    ("held on 2–4 December 2019 in Montreal", ("2019-12-02/2019-12-04",), ("",)),
    ("on 14-15 June 2022", ("2022-06-14/2022-06-15",), ("",)),
    ("The video was released in early 2023.", ("2023",), ("early",)),
    ("A workshop is planned for 2023.", ("2023",), ("planned",)),
    ("The meeting will be held in May 2021.", ("2021-05",), ("planned",)),
    ("at all meetings held in 2019 and 2020", ("2019", "2020"), ("", "")),
    ("from May to September 2019", ("2019-05/2019-09",), ("",)),
    ("in 2020 and early 2021", ("2020", "2021"), ("", "early")),
    ("from 30 March to 3 April 2021", ("2021-03-30/2021-04-03",), ("",)),
    ("on December 2–4, 2019", ("2019-12-02/2019-12-04",), ("",)),
    ("CPM-14 (2019)", ("2019",), ("",)),
    ("In 2019, CAB International", ("2019",), ("",)),
])
def test_english_dates(text, dates, qualifiers):
    found = find_dates(text, "en")
    assert tuple(d for d, _ in found) == dates
    assert tuple(q for _, q in found) == qualifiers


@pytest.mark.parametrize(("text", "lang"), [
    ("《<国际植保公约>2020-2030 年战略框架》", "zh"),
    ("促进 2020 年后全球生物多样性框架的能力发展", "zh"),
    ("由于 2019 冠状病毒病疫情限制", "zh"),
    ("落实“2020 国际植物健康年”", "zh"),
    ("单独文件（CPM 2021/27）", "zh"),
    ("the Post-2020 Global Biodiversity Framework", "en"),
    ("the IPPC Strategic Framework 2020–2030", "en"),
    ("promote IYPH 2020", "en"),
    ("the International Year of Plant Health 2020", "en"),
    ("restrictions linked to COVID-19", "en"),
    ("document CPM 2021/10", "en"),
    ("a separate paper (CPM 2021/27)", "en"),
])
def test_years_in_names_and_symbols_are_not_dates(text, lang):
    assert find_dates(text, lang) == []


# -- calls to action ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("邀请《国际植保公约》缔约方与其国家联络点合作", "zh"),
    ("邀请缔约方提交意见", "zh"),
    ("鼓励国家植保机构参加", "zh"),
    ("《国际植保公约》缔约方可以联系其国家海关对应人员", "zh"),
    ("IPPC contracting parties are invited to work with", "en"),
    ("Contracting parties could contact their customs counterparts", "en"),
    ("NPPOs are encouraged to participate", "en"),
    ("The CPM invites contracting parties to note", "en"),
])
def test_calls_to_action(text, lang):
    assert calls_to_action(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("《生物武器公约》缔约方欢迎秘书处的介绍", "zh"),
    ("支持缔约方开展能力发展活动", "zh"),
    ("提请植检委注意本报告", "zh"),
    ("the States Parties to the BWC welcomed the presentation", "en"),
    ("support for parties in carrying out capacity development", "en"),
    ("The CPM is invited to note this report.", "en"),
])
def test_not_calls_to_action(text, lang):
    assert not calls_to_action(text, lang)


# -- names the registry does not know ----------------------------------------------------------

def test_unrecognised_chinese_names(linker):
    text = ("秘书处与亚太经济合作组织、东南亚国家联盟和都灵理工大学举行会议；中国农业科学院植物"
            "保护研究所提供了支持。秘书处还与世界海关组织秘书处和相关国际组织讨论了两机构的"
            "计划，组织了两次联合网络研讨会。")
    assert linker.link(text, "zh").unrecognised == (
        "亚太经济合作组织", "东南亚国家联盟", "都灵理工大学", "中国农业科学院植物保护研究所")


def test_unrecognised_english_names(linker):
    text = ("The Secretariat met the Organisation for Economic Co-operation and Development, "
            "the ASEAN Secretariat, the African Union Commission and the University of Nairobi. "
            "The Working Group, the WCO Secretariat and the IPPC Secretariat agreed with the "
            "Alliance and the University of Nairobi.")
    assert linker.link(text, "en").unrecognised == (
        "Organisation for Economic Co-operation and Development", "ASEAN Secretariat",
        "African Union Commission", "University of Nairobi")


def test_links_are_frozen_and_shaped_for_an_annotation(linker):
    links = linker.link("2020 年和 2021 年初，世界海关组织", "zh")
    assert isinstance(links, Links)
    with pytest.raises(dataclasses.FrozenInstanceError):
        links.partners = ()  # type: ignore[misc]
    assert (links.date, links.date_qualifier) == ("2020,2021", ",early")
    assert len(links.dates) == len(links.qualifiers)


def test_the_linker_does_not_import_qt():
    code = "import sys, desktop.core.linker; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# -- measured on the bundled report ------------------------------------------------------------

def _date_found(item: str, found: set[str]) -> bool:
    """A curated item is found as written, or, for a range of two years or dates ("2019/2020"
    for "2019 年和 2020 年"), as its two ends found separately."""
    if item in found:
        return True
    start, _, end = item.partition("/")
    return bool(end) and start in found and end in found


def measure(linker: Linker, store, lang: str) -> dict[str, float]:
    """Micro-averaged partner recall and precision and date recall over paragraphs 3-32,
    against the union of the curated links of each paragraph's activities."""
    report = load_report(CPM15 / ("report.txt" if lang == "zh" else "report.en.txt"))
    hit = curated_total = found_total = dates_hit = dates_total = 0
    for number in MEASURED:
        activities = [a for a in store.activities if a.doc == "cpm15" and a.paragraph == number]
        curated = {pid for a in activities for pid in a.partner_ids}
        curated_dates = {item for a in activities for item in (a.date or "").split(",") if item}
        links = linker.link(report.paragraph(number).text, lang)
        found = set(links.partners)
        hit += len(curated & found)
        curated_total += len(curated)
        found_total += len(found)
        dates_total += len(curated_dates)
        dates_hit += sum(_date_found(item, set(links.dates)) for item in curated_dates)
    return {"recall": hit / curated_total, "precision": hit / found_total,
            "dates": dates_hit / dates_total}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_links_of_the_bundled_report_match_the_curated_ones(linker, store, lang):
    figures = measure(linker, store, lang)
    print(f"\n{lang}: partner recall {figures['recall']:.3f}, precision "
          f"{figures['precision']:.3f}, dates {figures['dates']:.3f}")
    for name, target in TARGETS.items():
        assert figures[name] >= target, (name, figures)
