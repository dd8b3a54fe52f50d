"""Export to Word and CSV: content read back, encodings, injection, failures, cancel.

The briefing model itself (the rule, counts, order) is tested in test_briefing.py; the PDF in
tests/ui/test_briefing_pdf.py.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import atomic
from desktop.core import export as export_mod
from desktop.core.errors import ExportCancelled, ExportError
from desktop.core.export import (
    EAST_ASIAN_FONT,
    ENCODINGS,
    ExportRequest,
    csv_header,
    default_filename,
    default_title,
    describe_filters,
    export,
    format_date,
    neutralise_cell,
    scope_label,
)
from desktop.core.models import UNDATED, Activity, Filters
from desktop.core.store import Store


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def partner_activities(store: Store, partner_id: str) -> list[Activity]:
    return [h.activity for h in store.search("", Filters(partners=(partner_id,))).hits]


def fake(store: Store, **changes: object) -> Activity:
    """A real activity with some fields replaced (for injection and quoting cases)."""
    return dataclasses.replace(store.activities[0], **changes)  # type: ignore[arg-type]


def read_csv(path: Path, encoding: str) -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


# -- Word ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def all_en(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "all_en.docx"
    export(store, ExportRequest(list(store.activities), "docx", path, lang="en",
                                scope_label="All activities"))
    return path


@pytest.fixture(scope="module")
def wco_zh(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "wco_zh.docx"
    filters = Filters(partners=("wco",))
    export(store, ExportRequest(partner_activities(store, "wco"), "docx", path, lang="zh",
                                filters=filters, scope_label=scope_label("partner", "zh")))
    return path


def styled(document, prefix: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(prefix)]


def test_docx_headings_use_builtin_styles(store: Store, all_en: Path) -> None:
    document = docx.Document(str(all_en))
    assert styled(document, "Title") == ["IPPC international cooperation briefing"]
    h1 = styled(document, "Heading 1")
    assert h1[:2] == ["Sources", "Summary"]
    assert h1[-2:] == ["Topics covered", "Annex: all partners"]
    assert [h for h in h1 if h.startswith("Part ")] == [
        f"Part {g.part}: {g.label_en}" for g in store.groups]
    # every activity printed once: one Heading 3 each, titled in the label language
    assert sorted(styled(document, "Heading 3")) == sorted(a.title_en for a in store.activities)
    # every partner named has a section (Heading 2), in the order of the partner tree
    named = {p for a in store.activities for p in a.partner_ids}
    assert len(styled(document, "Heading 2")) == len(named)
    assert "heading 1" == document.styles["Heading 1"].element.find(qn("w:name")).get(qn("w:val"))
    # the contents' heading is not itself an entry of the contents
    assert styled(document, "TOC Heading") == ["Contents"]
    assert document.styles["TOC Heading"].element.pPr.find(qn("w:outlineLvl")).get(
        qn("w:val")) == "9"


def test_docx_subtitle_and_source(store: Store, all_en: Path) -> None:
    document = docx.Document(str(all_en))
    subtitle = styled(document, "Subtitle")
    assert subtitle == ["All activities"]
    text = "\n".join(p.text for p in document.paragraphs[:6])
    assert "Exported 20" in text
    assert "IPPC Secretariat" in text and "CPM-15 (2021)" in text
    assert "agenda item 15.1" in text and "Rome" in text
    assert f"{len(store.activities)} activities" in text
    # the report's full citation is given once, in the Sources, not beside every quotation
    everything = "\n".join(p.text for p in document.paragraphs)
    assert everything.count("Report of the IPPC Secretariat on international cooperation") == 1


def test_docx_every_quotation_and_citation_present(store: Store, all_en: Path) -> None:
    document = docx.Document(str(all_en))
    # An English briefing quotes the English working translation, and says so in each
    # citation and once at the top.
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert sorted(quotes) == sorted(a.text_en for a in store.activities)
    texts = [p.text for p in document.paragraphs]
    for activity in store.activities:
        # compact: session, agenda item, paragraph, and that the English is ours
        citation = f"CPM-15\u00a0(2021), item 15.1, ¶{activity.paragraph} (working translation)"
        assert citation in texts
    assert sum(t.startswith("CPM-15\u00a0(2021), item 15.1, ¶") for t in texts) == len(quotes)
    assert any("unofficial working translation" in t and "authoritative" in t for t in texts)


def test_docx_english_briefing_has_no_chinese_in_its_body(store: Store, all_en: Path) -> None:
    document = docx.Document(str(all_en))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    texts += [p.text for s in document.sections for p in (*s.header.paragraphs,
                                                          *s.footer.paragraphs)]
    chinese = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert chinese == []


def test_docx_chinese_briefing_quotes_the_report(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "zh.docx"
    export(store, ExportRequest(list(store.activities[:5]), "docx", path, lang="zh"))
    document = docx.Document(str(path))
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert sorted(quotes) == sorted(a.text for a in store.activities[:5])
    assert not any("译文" in p.text for p in document.paragraphs)


def test_docx_both_languages_puts_the_other_text_under_each_quotation(
        store: Store, tmp_path: Path) -> None:
    chosen = [store.activity("cpm15-13-2"), store.activity("cpm15-24-1")]
    for lang, first, second, label in (("en", "text_en", "text", "Original (Chinese"),
                                       ("zh", "text", "text_en", "英文（非官方工作译文")):
        path = tmp_path / f"both-{lang}.docx"
        export(store, ExportRequest(chosen, "docx", path, lang=lang, both_languages=True))
        paragraphs = docx.Document(str(path)).paragraphs
        quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
        assert quotes == [getattr(chosen[0], first), getattr(chosen[0], second),
                          getattr(chosen[1], first), getattr(chosen[1], second)]
        assert sum(p.text.startswith(label) for p in paragraphs) == 2
        citations = [p.text for p in paragraphs if "¶13 " in p.text or "第 13 段" in p.text]
        assert citations and ("translation" in citations[0] or "译文" in citations[0])


def tree_counts(store: Store) -> dict[str, int]:
    """Partner id -> the count the window's partner tree shows."""
    counts: dict[str, int] = {}

    def walk(node) -> None:
        counts.setdefault(node.partner.id, node.count)
        for child in node.children:
            walk(child)

    for group in store.partner_tree():
        for node in group.partners:
            walk(node)
    return counts


def test_docx_summary_is_short_and_the_annex_has_every_partner(store: Store,
                                                                all_en: Path) -> None:
    document = docx.Document(str(all_en))
    summary, annex = document.tables[0], document.tables[-1]
    top = [[c.text for c in row.cells] for row in summary.rows]
    assert top[0] == ["Partner", "Activities", "Page", "Main topics"]
    assert 1 < len(top) - 1 <= 8
    counts = [int(r[1]) for r in top[1:]]
    assert counts == sorted(counts, reverse=True)
    rows = [[c.text for c in row.cells] for row in annex.rows]
    assert rows[0] == ["Partner", "Activities", "Page", "Topics"]
    named = {p for a in store.activities for p in a.partner_ids}
    assert len(rows) - 1 == len(named)
    # the counts are the partner tree's: activities naming the partner or a body under it
    tree = tree_counts(store)
    by_name = {r[0]: int(r[1]) for r in rows[1:]}
    for partner in store.partners:
        assert by_name[partner.display("en")] == tree[partner.id], partner.id
    wco = next(r for r in rows if r[0].startswith("World Customs Organization"))
    assert wco[1] == str(tree["wco"]) and "Customs cooperation" in wco[3]
    assert wco[2] == "–"  # a PAGEREF field, computed by Word or LibreOffice
    # the header row repeats on every page
    assert annex.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_docx_partner_briefing_in_chinese(store: Store, wco_zh: Path) -> None:
    document = docx.Document(str(wco_zh))
    title = styled(document, "Title")[0]
    assert "世界海关组织" in title and "简报" in title
    assert styled(document, "Subtitle") == ["所选合作伙伴 · 合作伙伴：世界海关组织（WCO）"]
    h1 = styled(document, "Heading 1")
    assert h1[:2] == ["来源", "概要"] and h1[-1] == "涉及的主题"  # no annex: the summary
    assert "第 1 部分：国际组织" in h1                               # lists every partner
    # activities are filed under the partner in focus, not under a co-partner listed first;
    # the partner and its bodies open the part, co-partners refer to them ("see also")
    h2 = styled(document, "Heading 2")
    assert h2[:3] == ["世界海关组织（WCO）", "常设技术委员会（PTC）",
                      "全球贸易安全与便利标准框架工作组（SAFE\u00a0WG）"]
    assert "食品法典委员会（CAC）" in h2
    wco_activities = partner_activities(store, "wco")
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert sorted(quotes) == sorted(a.text for a in wco_activities)
    citations = [p.text for p in document.paragraphs
                 if p.text.startswith("CPM-15 (2021)，议题 15.1，第 ")]
    assert len(citations) == len(quotes)
    assert all(c.endswith(" 段") for c in citations)
    see_also = [p.text for p in document.paragraphs if "列于世界海关组织（WCO）之下" in p.text]
    assert see_also and all("CPM-15 (2021) 第 24 段，第 – 页" in t for t in see_also)
    topics = next(p.text for p in document.paragraphs if "海关合作（" in p.text
                  and p.style.name == "Normal")
    assert topics.startswith(f"海关合作（{len(wco_activities)} 项） · ")


def test_docx_east_asian_font_and_language(wco_zh: Path) -> None:
    document = docx.Document(str(wco_zh))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would override it
    assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Subtitle"):
        style_fonts = document.styles[name].element.rPr.rFonts
        assert style_fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
        assert style_fonts.get(qn("w:eastAsiaTheme")) is None
    quote = next(p for p in document.paragraphs if p.style.name == "Quote")
    chinese = next(r for r in quote.runs if "秘书处" in r.text)
    run_fonts = chinese._element.rPr.rFonts
    assert run_fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    assert run_fonts.get(qn("w:hint")) == "eastAsia"
    assert document.styles["Quote"].font.italic is False  # no fake italic Chinese
    with zipfile.ZipFile(wco_zh) as package:
        font_table = package.read("word/fontTable.xml").decode()
    assert f'w:name="{EAST_ASIAN_FONT}"' in font_table and "微软雅黑" in font_table


def test_docx_footer_page_numbers_and_a4(wco_zh: Path) -> None:
    document = docx.Document(str(wco_zh))
    section = document.sections[0]
    footer = section.footer.paragraphs[0]._p
    instructions = [i.text.strip() for i in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert "第" in section.footer.paragraphs[0].text
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert document.core_properties.title.startswith("世界海关组织")
    assert document.core_properties.author == "IPPC Cooperation Explorer"


# Word reports a damaged file (and offers to repair it) when child elements are out of the
# schema's order; check the two sequences this export writes into.
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
              "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
              "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
              "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
              "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
              "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
              "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"]


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/footer1.xml",
                                  "word/header1.xml"])
def test_docx_elements_in_schema_order(wco_zh: Path, part: str) -> None:
    from lxml import etree

    with zipfile.ZipFile(wco_zh) as package:
        names = package.namelist()
        if part not in names:  # header/footer part names are python-docx's choice
            stem = Path(part).stem.rstrip("0123456789")
            part = next(n for n in names if n.startswith(f"word/{stem}"))
        root = etree.fromstring(package.read(part))
    for tag, order in (("rPr", _RPR_ORDER), ("pPr", _PPR_ORDER)):
        for element in root.iter(qn(f"w:{tag}")):
            local = [etree.QName(child).localname for child in element]
            known = [order.index(name) for name in local if name in order]
            assert known == sorted(known), f"{part}: {tag} children out of order: {local}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_docx_converts_with_libreoffice(wco_zh: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(wco_zh)],
        capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "wco_zh.pdf").stat().st_size > 10_000


def test_docx_user_title(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    export(store, ExportRequest(store.activities[:3], "docx", path, title="  部长简报  ",
                                lang="zh"))
    document = docx.Document(str(path))
    assert styled(document, "Title") == ["部长简报"]
    assert section_header(document) == "部长简报"


def section_header(document) -> str:
    return document.sections[0].header.paragraphs[0].text


# -- titles and words ----------------------------------------------------------------------
def test_default_title(store: Store) -> None:
    assert default_title(store, "", Filters(), "en") == "IPPC international cooperation briefing"
    assert default_title(store, "", Filters(), "zh") == "《国际植保公约》国际合作简报"
    assert default_title(store, "x", Filters(partners=("wco",)), "en") == (
        "World Customs Organization (WCO): IPPC international cooperation briefing")
    assert default_title(store, "", Filters(topics=("sea_containers",)), "zh") == (
        "海运集装箱：《国际植保公约》国际合作简报")
    both = default_title(store, "", Filters(partners=("imo",), topics=("sea_containers",)), "en")
    assert both.startswith("International Maritime Organization (IMO) — Sea containers")
    many = Filters(topics=("ephyto", "sea_containers", "iyph"))
    assert default_title(store, "", many, "en") == "IPPC international cooperation briefing"


def test_describe_filters(store: Store) -> None:
    filters = Filters(topics=("sea_containers", "ephyto"), years=(UNDATED, 2019),
                      partners=("wco",), parts=(1,), calls_to_action=True)
    en = describe_filters(store, " 集装箱 ", filters, "en")
    assert en == ("Search “集装箱”; topics: Sea containers, ePhyto; partners: World Customs "
                  "Organization (WCO); years: 2019, undated; parts: Part 1 (International "
                  "organizations); calls to action only")
    zh = describe_filters(store, "集装箱", filters, "zh")
    assert zh.startswith("检索词“集装箱”；主题：海运集装箱、电子植检证书；"
                         "合作伙伴：世界海关组织（WCO）")
    assert "年份：2019 年、未注明日期" in zh and zh.endswith("仅限呼吁采取行动的活动")
    assert describe_filters(store, "", Filters(), "en") == "All activities, no filters"
    assert describe_filters(store, "", Filters(), "zh") == "全部活动，未设筛选条件"


def test_format_date_undated(store: Store) -> None:
    undated = fake(store, date=None, date_qualifier="")
    assert format_date(undated, "en") == "No date given"
    assert format_date(undated, "zh") == "未注明日期"
    planned = fake(store, date=None, date_qualifier="planned")
    assert format_date(planned, "en") == "No date given (planned)"
    assert format_date(store.activities[0], "en") == "August 2019"


def test_default_filename_is_safe() -> None:
    assert default_filename('a/b:c*?"<>|d', "docx") == "a_b_c______d.docx"
    assert default_filename("   ", "csv") == "briefing.csv"
    assert default_filename("世界海关组织：简报", "csv") == "世界海关组织：简报.csv"
    assert len(default_filename("x" * 300, "docx")) == 85


# -- CSV -----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_csv_round_trip(store: Store, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "all.csv"
    export(store, ExportRequest(list(store.activities), "csv", path, encoding=encoding))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")  # RFC 4180 CRLF
    rows = read_csv(path, encoding)
    assert rows[0] == list(csv_header("en"))
    assert rows[0][:13] == ["id", "date", "date precision", "part", "partners (zh)",
                            "partners (en)", "topics (zh)", "topics (en)", "title (zh)",
                            "title (en)", "text", "paragraph", "citation"]
    assert len(rows) == len(store.activities) + 1
    for row, activity in zip(rows[1:], store.activities, strict=True):
        record = dict(zip(rows[0], row, strict=True))
        assert record["id"] == activity.id
        assert record["text"] == activity.text  # verbatim, Chinese intact
        assert record["title (zh)"] == activity.title_zh
        assert record["paragraph"] == str(activity.paragraph)
        assert record["date"] == (activity.date or "")
        assert record["date precision"] == activity.date_precision
        assert record["partners (en)"] == "; ".join(p.name_en for p in
                                                    store.partners_of(activity))
        assert record["topics (zh)"] == "; ".join(t.label_zh for t in store.topics_of(activity))
        assert record["citation"] == store.citation(activity, "en")


def test_csv_chinese_headers_and_citation(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "zh.csv"
    export(store, ExportRequest(store.activities[:2], "csv", path, lang="zh",
                                encoding="gb18030"))
    rows = read_csv(path, "gb18030")
    assert rows[0][:3] == ["编号", "日期", "日期精度"]
    assert rows[1][12].endswith("第 3 段")


def test_csv_quoting(store: Store, tmp_path: Path) -> None:
    tricky = fake(store, title_en='He said "yes", then\nleft', text="逗号,引号\"和\r\n换行")
    path = tmp_path / "q.csv"
    export(store, ExportRequest([tricky], "csv", path))
    rows = read_csv(path, "utf-8-sig")
    assert rows[1][9] == 'He said "yes", then\nleft'
    assert rows[1][10] == "逗号,引号\"和\r\n换行"
    assert '"He said ""yes"", then' in path.read_text("utf-8-sig")


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\tcmd", "\rcmd", "\0x"])
def test_csv_injection_neutralised(store: Store, tmp_path: Path, evil: str) -> None:
    activity = fake(store, title_en=evil, title_zh=evil, place_en=evil)
    path = tmp_path / "evil.csv"
    export(store, ExportRequest([activity], "csv", path))
    record = dict(zip(*read_csv(path, "utf-8-sig"), strict=True))
    assert record["title (en)"] == "'" + evil
    assert record["title (zh)"] == "'" + evil
    assert record["place (en)"] == "'" + evil


def test_neutralise_cell_leaves_ordinary_text() -> None:
    assert neutralise_cell("2019-08") == "2019-08"
    assert neutralise_cell("世界海关组织") == "世界海关组织"
    assert neutralise_cell("") == ""
    assert neutralise_cell("a=b") == "a=b"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_neutralise_cell_property(text: str) -> None:
    out = neutralise_cell(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r", "\0"))
    assert out in (text, "'" + text)


def test_csv_unencodable_character_is_a_clear_error(store: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # gb18030 covers all of Unicode; a narrower codec shows the error path.
    monkeypatch.setattr(export_mod, "ENCODINGS", (*ENCODINGS, "ascii"))
    path = tmp_path / "x.csv"
    path.write_text("old")
    with pytest.raises(ExportError) as info:
        export(store, ExportRequest(store.activities[:1], "csv", path, encoding="ascii"))
    assert "x.csv" in str(info.value) and "UTF-8" in str(info.value)
    assert path.read_text() == "old"


# -- requests, progress, failures ----------------------------------------------------------
@pytest.mark.parametrize("change, word", [({"fmt": "odt"}, "format"),
                                          ({"encoding": "latin-1"}, "encoding"),
                                          ({"lang": "fr"}, "language"),
                                          ({"activities": []}, "nothing to export")])
def test_invalid_requests(store: Store, tmp_path: Path, change: dict, word: str) -> None:
    request = ExportRequest(store.activities[:1], "csv", tmp_path / "a.csv")
    with pytest.raises(ExportError, match=word):
        export(store, dataclasses.replace(request, **change))
    assert not (tmp_path / "a.csv").exists()


def test_suffix_added_when_missing(store: Store, tmp_path: Path) -> None:
    final = export(store, ExportRequest(store.activities[:1], "docx", tmp_path / "briefing"))
    assert final == tmp_path / "briefing.docx" and final.exists()


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_progress_reaches_total(store: Store, tmp_path: Path, fmt: str) -> None:
    calls: list[tuple[int, int]] = []
    export(store, ExportRequest(store.activities[:5], fmt, tmp_path / f"p.{fmt}"),
           lambda done, total: calls.append((done, total)) or True)
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] >= 5


@pytest.mark.parametrize("fmt", ["docx", "csv"])
@pytest.mark.parametrize("stop_at", [0, 3, -1])
def test_cancel_leaves_old_file(store: Store, tmp_path: Path, fmt: str, stop_at: int) -> None:
    path = tmp_path / f"old.{fmt}"
    path.write_bytes(b"previous export")

    def progress(done: int, total: int) -> bool:
        return done < (total - 1 if stop_at == -1 else stop_at)

    with pytest.raises(ExportCancelled):
        export(store, ExportRequest(list(store.activities), fmt, path), progress)
    assert path.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_failure_mid_write_leaves_old_file(store: Store, tmp_path: Path, fmt: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"old.{fmt}"
    path.write_bytes(b"previous export")

    real_fdopen = atomic.os.fdopen

    def fdopen(fd, mode="r", *args, **kwargs):
        handle = real_fdopen(fd, mode, *args, **kwargs)
        original = handle.write

        def write(data):
            original(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        handle.write = write
        return handle

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    with pytest.raises(ExportError) as info:
        export(store, ExportRequest(list(store.activities), fmt, path))
    assert "disk is full" in str(info.value) and f"old.{fmt}" in str(info.value)
    assert path.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == []


def test_missing_folder_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export(store, ExportRequest(store.activities[:1], "docx", tmp_path / "gone" / "a.docx"))


def test_locked_target(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "open.docx"
    path.write_bytes(b"open in Word")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "in use")

    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(atomic, "_WINDOWS", True)  # only Windows refuses for an open file
    with pytest.raises(ExportError, match="open in another program"):
        export(store, ExportRequest(store.activities[:1], "docx", path))
    assert path.read_bytes() == b"open in Word"
    assert leftovers(tmp_path) == []


def test_unwritable_folder(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(ExportError, match="permission"):
        export(store, ExportRequest(store.activities[:1], "csv", tmp_path / "a.csv"))


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_cancel_after_the_file_is_in_place_is_not_reported_as_cancelled(
        store: Store, tmp_path: Path, fmt: str) -> None:
    # A Cancel click handled during the final step arrives when the file is already replaced:
    # the export must then report success (never "cancelled, no file written" over a new file).
    path = tmp_path / f"old.{fmt}"
    path.write_bytes(b"previous export")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total

    assert export(store, ExportRequest(list(store.activities), fmt, path), progress) == path
    assert path.read_bytes() != b"previous export"
    assert calls[-1][0] == calls[-1][1]
    assert leftovers(tmp_path) == []


def test_output_that_is_a_folder_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export(store, ExportRequest(list(store.activities), "csv", tmp_path))
    assert not (tmp_path.parent / f"{tmp_path.name}.csv").exists()


def test_unknown_home_folder_is_a_clear_error(store: Store) -> None:
    with pytest.raises(ExportError, match="home folder"):
        export(store, ExportRequest(list(store.activities), "csv",
                                    Path("~no_such_user_ippc/x.csv")))


def test_default_title_names_the_search_when_nothing_else_is_chosen(store: Store) -> None:
    title = default_title(store, "海运集装箱", Filters(), "zh")
    assert "“海运集装箱”" in title
    assert "Sea containers" in default_title(store, "海运集装箱",
                                             Filters(topics=("sea_containers",)), "en")
    assert "“" not in default_title(store, "", Filters(), "en")


def test_csv_carries_both_texts_and_the_report(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    export(store, ExportRequest(list(store.activities), "csv", path))
    rows = read_csv(path, "utf-8-sig")
    header = rows[0]
    for row, activity in zip(rows[1:], store.activities, strict=True):
        record = dict(zip(header, row, strict=True))
        assert record["text"] == activity.text
        assert record["text (en)"] == activity.text_en
        assert record["document"] == "cpm15"
        assert record["text (en) note"].startswith("Unofficial working translation")


def test_two_reports_export_names_both_sources(two_reports: Store, tmp_path: Path) -> None:
    chosen = [two_reports.activity("cpm15-24-1"), two_reports.activity("cpm99-2-1")]
    path = tmp_path / "two.docx"
    export(two_reports, ExportRequest(chosen, "docx", path, lang="zh"))
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    sources = [t for t in texts if "：《国际植保公约》秘书处，" in t]
    assert len(sources) == 2
    assert "第十五届会议" in sources[0] and "议题 15.1" in sources[0]
    assert "第九十九届会议" in sources[1] and "议题 9.9" in sources[1]
    assert any(t.endswith("议题 9.9，第 2 段") for t in texts)


def test_english_under_a_chinese_quotation_is_set_as_english(store: Store, tmp_path: Path
                                                            ) -> None:
    # Otherwise the Chinese document's East Asian defaults break English words mid-word.
    path = tmp_path / "zh-both.docx"
    activity = store.activity("cpm15-24-1")
    export(store, ExportRequest([activity], "docx", path, lang="zh", both_languages=True))
    paragraph = next(p for p in docx.Document(str(path)).paragraphs if p.text == activity.text_en)
    rpr = paragraph.runs[0]._element.rPr
    assert rpr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert rpr.rFonts.get(qn("w:hint")) == "default"


def test_report_filter_is_described_and_reports_keep_their_order(two_reports: Store,
                                                                 tmp_path: Path) -> None:
    from desktop.core.export import describe_filters

    assert describe_filters(two_reports, "", Filters(documents=("cpm99",)), "en") == (
        "Reports: CPM-99 (2099), agenda item 9.9")
    chosen = [two_reports.activity("cpm99-2-1"), two_reports.activity("cpm15-24-1")]
    path = tmp_path / "order.docx"
    export(two_reports, ExportRequest(chosen, "docx", path, filters=Filters(partners=("wco",))))
    quotes = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Quote"]
    assert quotes == [chosen[1].text_en, chosen[0].text_en]  # CPM-15 before CPM-99


# -- contents, links, see also ---------------------------------------------------------------
def bookmarks(document) -> dict[str, str]:
    """Bookmark name -> the text of the paragraph it marks."""
    body = document.element.body
    out = {}
    for start in body.iter(qn("w:bookmarkStart")):
        paragraph = start.getparent()
        out[start.get(qn("w:name"))] = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    return out


def test_docx_table_of_contents_is_a_field_word_updates(all_en: Path) -> None:
    document = docx.Document(str(all_en))
    body = document.element.body
    instructions = [i.text.strip() for i in body.iter(qn("w:instrText"))]
    assert 'TOC \\o "1-2" \\h \\z \\u' in instructions
    # begin/separate/end balance over the whole body (the TOC's result spans paragraphs)
    kinds = [f.get(qn("w:fldCharType")) for f in body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("separate") == kinds.count("end")
    # its cached result: the outline as links to the headings, readable before any update
    marks = bookmarks(document)
    toc = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    links = [link for p in toc for link in p._p.iter(qn("w:hyperlink"))]
    targets = [marks[link.get(qn("w:anchor"))] for link in links]
    h1 = styled(document, "Heading 1")
    assert [t for t in targets if t in h1] == h1
    assert set(targets) - set(h1) == set(styled(document, "Heading 2"))
    assert "Update Field" in toc[-1].text  # the hint, replaced by Word's update
    assert document.styles["toc 1"].style_id == "TOC1"
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_docx_see_also_refers_to_the_printed_activity(store: Store, all_en: Path) -> None:
    document = docx.Document(str(all_en))
    marks = bookmarks(document)
    titles = set(styled(document, "Heading 3"))
    references = 0
    for paragraph in document.paragraphs:
        links = list(paragraph._p.iter(qn("w:hyperlink")))
        if paragraph.style.name != "Normal" or not links:
            continue
        references += 1
        target = marks[links[0].get(qn("w:anchor"))]
        assert target in titles and paragraph.text.startswith(target)
        assert ", under " in paragraph.text and "¶" in paragraph.text
        pageref = [i.text.strip() for i in paragraph._p.iter(qn("w:instrText"))]
        assert pageref == [f"PAGEREF {links[0].get(qn('w:anchor'))} \\h"]
    # one entry per partner an activity counts for, one of them printed in full
    tree = tree_counts(store)
    assert references == sum(tree[p.id] for p in store.partners) - len(store.activities)


def test_docx_chinese_keeps_latin_words_whole(wco_zh: Path) -> None:
    document = docx.Document(str(wco_zh))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    # Latin letters inside Chinese text are English, Chinese characters zh-CN
    assert lang.get(qn("w:val")) == "en-GB" and lang.get(qn("w:eastAsia")) == "zh-CN"
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for name in ("kinsoku", "wordWrap", "overflowPunct"):
        assert ppr.find(qn(f"w:{name}")).get(qn("w:val")) == "1"
    # an acronym group is one word; Latin runs inside Chinese are set as English
    assert any("（SAFE\u00a0WG）" in p.text for p in document.paragraphs)
    facts = next(p for p in document.paragraphs if "（SAFE\u00a0WG）" in p.text
                 and p.style.name == "Normal")
    latin = next(r for r in facts.runs if r.text == "SAFE\u00a0WG")
    assert latin._element.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert latin._element.rPr.rFonts.get(qn("w:hint")) == "default"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_keeps_latin_words_whole_in_chinese(store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    # Latin names at every position of a line: some of them reach the end of a line, where
    # LibreOffice used to cut them ("（Fres" / "hfel）") under Chinese line breaking.
    chosen = [fake(store, id=f"x-{k}", paragraph=100 + k, title_zh=f"测试 {k}",
                   text="植物检疫" * (k // 4) + "字" * (k % 4)
                   + "（Freshfel）和 CIOPORA 以及 EUROPATAT。" + "字" * 20)
              for k in range(28, 48)]
    path = tmp_path / "zh.docx"
    export(store, ExportRequest(chosen, "docx", path, lang="zh"))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, timeout=120, check=True)
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "zh.pdf").pages)
    for word in ("Freshfel", "CIOPORA", "EUROPATAT"):
        assert text.count(word) == len(chosen), word


# -- hostile text --------------------------------------------------------------------------
@pytest.mark.parametrize("evil", ["\x01x", "a\x1bb", "\x0b", "\udcff", "\ufffe", "a\x00b",
                                  "\ud800\udc00"])
def test_docx_control_characters_and_surrogates_are_dropped(store: Store, tmp_path: Path,
                                                            evil: str) -> None:
    path = tmp_path / "evil.docx"
    activity = fake(store, title_en=f"Title {evil}", text_en=f"Quote {evil} end",
                    place_en=evil)
    export(store, ExportRequest([activity], "docx", path, title=f"My {evil} title",
                                query=f"q{evil}", lang="en"))
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert styled(document, "Title")[0].startswith("My")
    assert any(t.startswith("Quote") and t.endswith("end") for t in texts)
    bad = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {"\ufffe", "\udcff"}
    assert not any(ch in bad for t in texts for ch in t)


def test_docx_long_title_fits_the_core_properties(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.docx"
    export(store, ExportRequest(store.activities[:2], "docx", path, title="简" * 400))
    document = docx.Document(str(path))
    assert len(document.core_properties.title) <= 255
    assert styled(document, "Title")[0].startswith("简" * 200)


# -- figures (drawn by the caller's chart renderer; here a stand-in) -----------------------
def png(width: int, height: int) -> bytes:
    """A white PNG of ``width`` x ``height`` pixels at 300 dpi, made without Qt."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                               0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def stand_in_charts(calls: list[str]):
    from desktop.core.briefing import Figure

    def charts(store, briefing, activities, steps):
        calls.append(briefing.lang)
        steps.expect(2)
        figures = []
        for number, (kind, size) in enumerate((("timeline", (400, 200)), ("map", (300, 900))),
                                              1):
            figures.append(Figure(kind, png(*size), *size, 300,
                                  f"Figure {number}. <{kind}> & caption",
                                  f"Alt of the {kind} & \"quoted\""))
            steps.step()
        return figures

    return charts


def test_docx_figures_with_captions_alt_text_and_kept_together(store: Store,
                                                               tmp_path: Path) -> None:
    from docx.shared import Cm

    calls: list[str] = []
    path = tmp_path / "figures.docx"
    progress: list[tuple[int, int]] = []
    export(store, ExportRequest(partner_activities(store, "wco"), "docx", path, lang="en"),
           lambda done, total: progress.append((done, total)) is None,
           charts=stand_in_charts(calls))
    assert calls == ["en"]
    assert progress[-1][0] == progress[-1][1]
    document = docx.Document(str(path))
    shapes = document.inline_shapes
    assert len(shapes) == 2
    # the timeline as wide as the text; the tall map narrower, to fit a page with its caption
    assert shapes[0].width == Cm(16) and shapes[0].height == Cm(8)
    assert shapes[1].height == Cm(21) and shapes[1].width == Cm(7)
    descriptions = [s._inline.docPr.get("descr") for s in shapes]
    assert descriptions == ['Alt of the timeline & "quoted"', 'Alt of the map & "quoted"']
    assert len({s._inline.docPr.get("id") for s in shapes}) == 2
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    headings = [i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1"]
    glance = next(i for i in headings if texts[i] == "At a glance")
    assert texts.index("Contents") < glance < next(
        i for i in headings if texts[i].startswith("Part 1"))
    assert texts[texts.index("Contents") + 3] == "At a glance"  # in the contents too
    pictures = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//w:drawing")]
    assert pictures == [glance + 1, glance + 3]
    for index in pictures:
        assert paragraphs[index].paragraph_format.keep_with_next is True
        caption = paragraphs[index + 1]
        assert caption.style.name == "Caption"
        assert caption.text.startswith(f"Figure {pictures.index(index) + 1}. <")
    # the image parts, related to the document
    parts = [rel.target_part.partname for rel in document.part.rels.values()
             if rel.reltype.endswith("/image")]
    assert len(parts) == 2


@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_no_figures_without_charts_or_for_a_csv(store: Store, tmp_path: Path,
                                                fmt: str) -> None:
    calls: list[str] = []
    path = tmp_path / f"plain.{fmt}"
    export(store, ExportRequest(store.activities[:5], fmt, path, charts=False),
           charts=stand_in_charts(calls))
    export(store, ExportRequest(store.activities[:5], fmt, tmp_path / f"none.{fmt}"))
    assert calls == []
    if fmt == "docx":
        document = docx.Document(str(path))
        assert len(document.inline_shapes) == 0
        assert "At a glance" not in [p.text for p in document.paragraphs]
    export(store, ExportRequest(store.activities[:5], fmt, path), charts=stand_in_charts(calls))
    assert calls == (["en"] if fmt == "docx" else [])
