"""Generate large synthetic cooperation databases (schema 2) for benchmarks, deterministically.

Run: ``.venv/bin/python benchmarks/synth.py --activities 100000 --output PATH`` (``--help``
for the options), or from Python :func:`generate` / :func:`cached` (the latter keeps one file
per size in ``build/bench/`` and rebuilds it only when :data:`GENERATOR_VERSION` changes).

The generator writes sources as ``db.build`` reads curated ones (:func:`synthetic_sources`:
registry, reports parsed into paragraphs and footnotes in Chinese and English, activities),
and the real build path turns them into the database (``db.build.database_rows``, hence
``desktop.core.schema.activity_row`` and ``fts_row``, then ``write_database_atomically``), so
``Store(path, library=False)`` opens the result like the bundled database.

The content is made from the bundled report: its real sentences and clauses (Chinese and the
English working translation, recombined, years shifted to the synthetic report's period),
with partner names, Latin pest names, acronyms and dates woven in. The real registry (groups,
partners, topics, named bodies) comes first; synthetic partners (a tree three levels deep,
with memberships) and topics follow. Partners and topics are drawn with a Zipf-like skew, so a
few partners have thousands of activities and most have few. The same arguments always give
the same content (:func:`desktop.core.schema.content_digest`).
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import resource
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make desktop/ and db/ importable
    sys.path.insert(0, str(ROOT))

from db.build import SOURCES, Document, Sources, load_sources  # noqa: E402
from db.build import database_rows as build_rows  # noqa: E402
from desktop.core.cpm_paper import Footnote, Paragraph, Part, Report  # noqa: E402
from desktop.core.schema import (  # noqa: E402
    SCHEMA_VERSION,
    DatabaseRows,
    to_json,
    write_database_atomically,
)

#: Bump whenever the generated content changes: :func:`cached` rebuilds older files.
GENERATOR_VERSION = "1"
BENCH_DIR = ROOT / "build" / "bench"
FIRST_YEAR, LAST_YEAR = 1995, 2030

# -- vocabularies (Chinese, English) ------------------------------------------------------
#: Places that name a synthetic organization: (Chinese, English attributive).
PLACES = [
    ("非洲", "African"), ("东部非洲", "East African"), ("西部非洲", "West African"),
    ("南部非洲", "Southern African"), ("北非", "North African"), ("中部非洲", "Central African"),
    ("亚洲", "Asian"), ("东南亚", "Southeast Asian"), ("南亚", "South Asian"),
    ("中亚", "Central Asian"), ("东亚", "East Asian"), ("亚太", "Asia-Pacific"),
    ("太平洋", "Pacific"), ("加勒比", "Caribbean"), ("拉丁美洲", "Latin American"),
    ("安第斯", "Andean"), ("南锥体", "Southern Cone"), ("中美洲", "Central American"),
    ("北美", "North American"), ("欧洲", "European"), ("地中海", "Mediterranean"),
    ("北欧", "Nordic"), ("巴尔干", "Balkan"), ("近东", "Near East"), ("海湾", "Gulf"),
    ("阿拉伯", "Arab"), ("大洋洲", "Oceanian"), ("印度洋", "Indian Ocean"),
    ("湄公河", "Mekong"), ("萨赫勒", "Sahel"), ("尼罗河流域", "Nile Basin"),
    ("多瑙河", "Danube"), ("亚马孙", "Amazonian"), ("喜马拉雅", "Himalayan"),
    ("肯尼亚", "Kenyan"), ("埃塞俄比亚", "Ethiopian"), ("尼日利亚", "Nigerian"),
    ("加纳", "Ghanaian"), ("摩洛哥", "Moroccan"), ("埃及", "Egyptian"), ("越南", "Vietnamese"),
    ("泰国", "Thai"), ("印度尼西亚", "Indonesian"), ("菲律宾", "Philippine"),
    ("印度", "Indian"), ("巴基斯坦", "Pakistani"), ("孟加拉国", "Bangladeshi"),
    ("日本", "Japanese"), ("韩国", "Korean"), ("蒙古", "Mongolian"), ("巴西", "Brazilian"),
    ("阿根廷", "Argentine"), ("智利", "Chilean"), ("秘鲁", "Peruvian"), ("墨西哥", "Mexican"),
    ("哥伦比亚", "Colombian"), ("加拿大", "Canadian"), ("澳大利亚", "Australian"),
    ("新西兰", "New Zealand"), ("斐济", "Fijian"), ("法国", "French"), ("荷兰", "Dutch"),
    ("意大利", "Italian"), ("西班牙", "Spanish"), ("波兰", "Polish"), ("土耳其", "Turkish"),
]
#: Fields of work: (Chinese, short Chinese, English).
FIELDS = [
    ("植物保护", "植保", "Plant Protection"), ("植物检疫", "植检", "Phytosanitary"),
    ("植物健康", "植物健康", "Plant Health"), ("有害生物", "有害生物", "Pest"),
    ("农业研究", "农研", "Agricultural Research"), ("林业", "林业", "Forestry"),
    ("种子", "种子", "Seed"), ("园艺", "园艺", "Horticultural"), ("农药", "农药", "Pesticide"),
    ("生物防治", "生防", "Biological Control"), ("食品安全", "食安", "Food Safety"),
    ("贸易便利化", "贸易便利", "Trade Facilitation"), ("昆虫学", "昆虫学", "Entomological"),
    ("线虫学", "线虫学", "Nematological"), ("植物病理学", "植病", "Plant Pathology"),
    ("杂草科学", "杂草", "Weed Science"), ("检疫处理", "检疫处理", "Quarantine Treatment"),
    ("农产品出口", "农产品出口", "Agricultural Export"), ("海关", "海关", "Customs"),
    ("生物安全", "生物安全", "Biosecurity"), ("水果", "水果", "Fruit"),
    ("粮食安全", "粮安", "Food Security"),
]
#: Kinds of organization per group: (Chinese, English, kind, kind_zh, takes a field).
TYPES: dict[str, list[tuple[str, str, str, str, bool]]] = {
    "international": [
        ("组织", "Organization", "intergovernmental organization", "政府间组织", True),
        ("委员会", "Commission", "intergovernmental commission", "政府间委员会", True),
        ("联盟", "Alliance", "international alliance", "国际联盟", True),
        ("理事会", "Council", "intergovernmental council", "政府间理事会", True),
        ("基金", "Fund", "trust fund", "信托基金", True),
        ("协会", "Association", "industry association", "行业协会", True),
        ("论坛", "Forum", "international forum", "国际论坛", True),
        ("网络", "Network", "network", "网络", True),
        ("开发银行", "Development Bank", "development bank", "开发银行", False),
    ],
    "research": [
        ("研究所", "Research Institute", "research institute", "研究所", True),
        ("大学", "University", "university", "大学", False),
        ("研究中心", "Research Centre", "research centre", "研究中心", True),
        ("学会", "Society", "scientific society", "学术团体", True),
        ("参比实验室", "Reference Laboratory", "reference laboratory", "参比实验室", True),
    ],
    "rppo": [
        ("植物保护组织", "Plant Protection Organization",
         "regional plant protection organization", "区域植物保护组织", False),
        ("植物保护委员会", "Plant Protection Commission",
         "regional plant protection organization", "区域植物保护组织", False),
        ("植物卫生委员会", "Plant Health Committee",
         "regional plant protection organization", "区域植物保护组织", False),
    ],
}
GROUP_WEIGHTS = {"international": 6, "research": 3, "rppo": 1}
#: Bodies inside a partner: (Chinese, English, kind, kind_zh, acronym suffix).
UNITS = [
    ("秘书处", "Secretariat", "secretariat", "秘书处", "SEC"),
    ("技术工作组", "Technical Working Group", "working group", "工作组", "TWG"),
    ("专家组", "Expert Panel", "expert panel", "专家组", "EP"),
    ("区域办事处", "Regional Office", "regional office", "区域办事处", "RO"),
    ("执行委员会", "Executive Committee", "committee", "委员会", "EC"),
    ("科学咨询委员会", "Scientific Advisory Board", "advisory body", "咨询机构", "SAB"),
    ("检疫处", "Quarantine Service", "department", "部门", "QS"),
    ("诊断实验室", "Diagnostic Laboratory", "laboratory", "实验室", "DL"),
    ("培训中心", "Training Centre", "training centre", "培训中心", "TC"),
    ("信息网络", "Information Network", "network", "网络", "IN"),
    ("项目协调股", "Project Coordination Unit", "unit", "股", "PCU"),
    ("标准工作组", "Standards Working Group", "working group", "工作组", "SWG"),
    ("能力建设项目", "Capacity Building Programme", "programme", "项目", "CBP"),
    ("监测网络", "Surveillance Network", "network", "网络", "SN"),
    ("数据中心", "Data Centre", "unit", "股", "DC"),
    ("贸易委员会", "Trade Committee", "committee", "委员会", "TRC"),
]
SUBUNITS = [
    ("实蝇小组", "Fruit Fly Subgroup", "FF"), ("林业小组", "Forestry Subgroup", "FOR"),
    ("种子小组", "Seed Subgroup", "SD"), ("东部分区", "Eastern Subregion", "E"),
    ("西部分区", "Western Subregion", "W"), ("南部分区", "Southern Subregion", "S"),
    ("北部分区", "Northern Subregion", "N"), ("电子证书工作队", "ePhyto Task Force", "EPTF"),
    ("诊断工作队", "Diagnostics Task Force", "DTF"), ("统计股", "Statistics Unit", "STU"),
    ("法律股", "Legal Unit", "LU"), ("宣传股", "Communication Unit", "CU"),
    ("集装箱工作队", "Sea Container Task Force", "SCTF"), ("蝗虫小组", "Locust Subgroup", "LOC"),
]
#: Pests by Chinese name and Latin name.
PESTS = [
    ("桔小实蝇", "Bactrocera dorsalis"), ("草地贪夜蛾", "Spodoptera frugiperda"),
    ("香蕉枯萎病菌热带 4 号小种", "Fusarium oxysporum f. sp. cubense TR4"),
    ("松材线虫", "Bursaphelenchus xylophilus"), ("亚洲长角天牛", "Anoplophora glabripennis"),
    ("苹果蠹蛾", "Cydia pomonella"), ("地中海实蝇", "Ceratitis capitata"),
    ("木质部难养菌", "Xylella fastidiosa"), ("沙漠蝗", "Schistocerca gregaria"),
    ("红棕象甲", "Rhynchophorus ferrugineus"), ("马铃薯甲虫", "Leptinotarsa decemlineata"),
    ("番茄潜叶蛾", "Tuta absoluta"), ("梨火疫病菌", "Erwinia amylovora"),
    ("柑橘黄龙病菌", "Candidatus Liberibacter asiaticus"), ("舞毒蛾", "Lymantria dispar"),
    ("红火蚁", "Solenopsis invicta"), ("瓜实蝇", "Zeugodacus cucurbitae"),
    ("小麦矮腥黑穗病菌", "Tilletia controversa"), ("马铃薯金线虫", "Globodera rostochiensis"),
    ("褐纹甘蔗象", "Rhabdoscelus lineaticollis"),
]
ACRONYMS = ["ePhyto", "WCO", "FAO", "WTO", "SPS", "STDF", "IAEA", "CBD", "OIE", "ISPM 15",
            "IPPC", "CPM", "NPPO", "EPPO", "APPPC", "IYPH", "PRA", "IMO", "CABI", "UNCTAD"]
CITIES = [
    ("罗马", "Rome"), ("日内瓦", "Geneva"), ("内罗毕", "Nairobi"), ("曼谷", "Bangkok"),
    ("维也纳", "Vienna"), ("蒙特利尔", "Montreal"), ("布鲁塞尔", "Brussels"),
    ("亚的斯亚贝巴", "Addis Ababa"), ("开罗", "Cairo"), ("拉巴特", "Rabat"), ("利马", "Lima"),
    ("圣地亚哥", "Santiago"), ("巴拿马城", "Panama City"), ("金斯敦", "Kingston"),
    ("苏瓦", "Suva"), ("堪培拉", "Canberra"), ("渥太华", "Ottawa"), ("北京", "Beijing"),
    ("仁川", "Incheon"), ("新德里", "New Delhi"), ("雅加达", "Jakarta"), ("达喀尔", "Dakar"),
    ("阿克拉", "Accra"), ("巴黎", "Paris"), ("瓦赫宁根", "Wageningen"), ("卢萨卡", "Lusaka"),
]
MEETINGS = [
    ("年会", "annual meeting"), ("技术研讨会", "technical workshop"),
    ("专家会议", "expert meeting"), ("区域磋商会", "regional consultation"),
    ("网络研讨会", "webinar"), ("培训班", "training course"), ("联合工作组会议",
                                                              "joint working group meeting"),
]
#: Synthetic topics: subjects x aspects, (id, Chinese, English, Latin or English alias).
SUBJECTS = [
    ("fruit_fly", "实蝇", "Fruit fly", "Tephritidae"),
    ("fall_armyworm", "草地贪夜蛾", "Fall armyworm", "Spodoptera frugiperda"),
    ("banana_tr4", "香蕉枯萎病", "Banana Fusarium wilt", "Fusarium oxysporum"),
    ("pine_wilt", "松材线虫病", "Pine wilt", "Bursaphelenchus xylophilus"),
    ("locust", "蝗虫", "Locust", "Schistocerca gregaria"),
    ("xylella", "木质部难养菌", "Xylella", "Xylella fastidiosa"),
    ("wood_packaging", "木质包装材料", "Wood packaging", "ISPM 15"),
    ("seed", "种子", "Seed", "seeds"), ("grain", "粮食", "Grain", "grain"),
    ("cut_flowers", "切花", "Cut flower", "flowers"),
    ("citrus_greening", "柑橘黄龙病", "Citrus greening", "Candidatus Liberibacter"),
    ("potato", "马铃薯", "Potato", "Solanum tuberosum"),
]
ASPECTS = [
    ("surveillance", "监测", "surveillance"), ("diagnostics", "诊断", "diagnostics"),
    ("treatments", "处理", "treatments"), ("risk", "风险分析", "risk analysis"),
    ("trade", "贸易", "trade"), ("outreach", "宣传", "outreach"),
]
CN_DIGITS = "零一二三四五六七八九"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ORDINALS = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
            "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"]
TENS = ["", "", "Twent", "Thirt", "Fort", "Fift", "Sixt", "Sevent", "Eight", "Ninet"]

_YEAR_RE = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)(?!\s*冠状)")
_ZH_SENTENCE = re.compile(r"(?<=。)")
_EN_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z“])")


# -- helpers -----------------------------------------------------------------------------
class Zipf:
    """Draws from ``items`` with weight ``1 / rank ** s`` (rank 1 = first item)."""

    def __init__(self, items: Sequence[Any], s: float = 1.0):
        self.items = list(items)
        total = 0.0
        self.cum: list[float] = []
        for rank in range(1, len(self.items) + 1):
            total += 1.0 / rank ** s
            self.cum.append(total)

    def draw(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]

    def distinct(self, rng: random.Random, count: int, exclude: Sequence[Any] = ()) -> list[Any]:
        """Up to ``count`` distinct items not in ``exclude`` (gives up after a few misses)."""
        out: list[Any] = []
        for _ in range(count * 4):
            if len(out) == count:
                break
            item = self.draw(rng)
            if item not in out and item not in exclude:
                out.append(item)
        return out


def chinese_number(n: int) -> str:
    """1..99 in Chinese numerals (十五, 二十一)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[units] if units else "") if n else "零"


def ordinal_word(n: int) -> str:
    """1..99 as an English ordinal word (Fifteenth, Twenty-first)."""
    if n < 20:
        return ORDINALS[n]
    tens, units = divmod(n, 10)
    if not units:
        return TENS[tens] + "ieth"
    return f"{TENS[tens]}y-{ORDINALS[units].lower()}"


def acronym_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def shift_years(text: str, shift: int) -> str:
    """Move every year in ``text`` by ``shift``, kept within the synthetic period."""
    if not shift:
        return text
    return _YEAR_RE.sub(
        lambda m: str(min(LAST_YEAR, max(FIRST_YEAR, int(m.group(1)) + shift))), text)


# -- the corpus of real sentences ----------------------------------------------------------
@dataclass
class Corpus:
    """Aligned (Chinese, English) sentences and clauses of the bundled report."""

    dated: list[tuple[str, str]] = field(default_factory=list)  # sentences with a year
    undated: list[tuple[str, str]] = field(default_factory=list)
    clauses: list[tuple[list[str], list[str]]] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)
    intro: list[tuple[str, str]] = field(default_factory=list)  # paragraphs 1-2
    closing: tuple[str, str] = ("", "")  # the decision paragraph
    year: int = 2021  # the session year of the report the corpus comes from


def _strip_heading(text: str) -> str:
    for mark in ("：", ": ", " – ", "  – "):
        head, found, rest = text.partition(mark)
        if found and 0 < len(head) <= 60:
            return rest.strip()
    return text


def load_corpus(src: Sources) -> Corpus:
    corpus = Corpus()
    for doc in src.documents:
        if doc.report_en is None or doc.original_is_english:
            continue
        english = {p.number: p for p in doc.report_en.paragraphs}
        numbers = [p.number for p in doc.report.paragraphs]
        for para in doc.report.paragraphs:
            en = english.get(para.number)
            if en is None:
                continue
            if para.part is None:
                corpus.intro.append((para.text, en.text))
                continue
            if para.number == numbers[-1]:
                corpus.closing = (para.text, en.text)
                continue
            zh_s = [s.strip() for s in _ZH_SENTENCE.split(_strip_heading(para.text))
                    if s.strip()]
            en_s = [s.strip() for s in _EN_SENTENCE.split(_strip_heading(en.text)) if s.strip()]
            if len(zh_s) != len(en_s):
                continue
            for zh, en_text in zip(zh_s, en_s, strict=True):
                if not zh.endswith("。") or len(zh) < 12:
                    continue
                pair = (zh, en_text)
                (corpus.dated if _YEAR_RE.search(zh) else corpus.undated).append(pair)
                zc, ec = zh.rstrip("。").split("，"), en_text.rstrip(".").split(", ")
                if len(zc) == len(ec) >= 2:
                    corpus.clauses.append((zc, ec))
        corpus.year = int(str(doc.meta.get("session_dates", "2021"))[:4] or 2021)
    corpus.titles = [(a["title_zh"], a["title_en"]) for a in src.activities
                     if a.get("title_zh") and a.get("title_en")]
    if not corpus.dated or not corpus.undated or not corpus.intro:
        raise RuntimeError("the bundled report gave too few aligned sentences to recombine")
    return corpus


# -- registry: partners and topics ---------------------------------------------------------
def _partner(pid: str, group: str, name_zh: str, name_en: str, acronym: str, kind: str,
             kind_zh: str, parent: str = "", short_zh: list[str] | None = None,
             aliases_en: list[str] | None = None, website: str = "") -> dict[str, Any]:
    return {"id": pid, "group": group, "parent": parent, "name_zh": name_zh,
            "short_zh": short_zh or [], "name_en": name_en, "acronym": acronym,
            "aliases_en": aliases_en or [], "kind": kind, "kind_zh": kind_zh,
            "website": website, "member_of": []}


def make_partners(src: Sources, total: int, rng: random.Random) -> list[dict[str, Any]]:
    """The real partners, then synthetic ones up to ``total``: roots in every group,
    children and grandchildren (via ``parent``), some memberships (``member_of``)."""
    real = [dict(p, member_of=list(p.get("member_of", []))) for p in src.partners]
    extra = max(0, total - len(real))
    n_roots = max(1, round(extra * 0.4)) if extra else 0
    n_grand = round(extra * 0.25) if extra >= 3 else 0
    n_children = extra - n_roots - n_grand
    taken_zh = {p["name_zh"] for p in real}
    counter = iter(range(1, 10 ** 9))
    groups = list(GROUP_WEIGHTS)
    weights = [GROUP_WEIGHTS[g] for g in groups]

    roots: list[dict[str, Any]] = []
    while len(roots) < n_roots:
        group = rng.choices(groups, weights)[0]
        t_zh, t_en, kind, kind_zh, with_field = rng.choice(TYPES[group])
        p_zh, p_en = rng.choice(PLACES)
        f_zh, f_short, f_en = rng.choice(FIELDS) if with_field else ("", "", "")
        name_zh, name_en = f"{p_zh}{f_zh}{t_zh}", " ".join(filter(None, (p_en, f_en, t_en)))
        if name_zh in taken_zh:
            if rng.random() < 0.7:
                continue  # try another combination; rarely, number a namesake
            n = next(counter)
            name_zh, name_en = f"{name_zh}（第{chinese_number(n % 99 + 1)}）", f"{name_en} {n}"
        taken_zh.add(name_zh)
        acronym = acronym_of(name_en) if rng.random() < 0.75 else ""
        short = ([f"{p_zh}{f_short}{t_zh}"] if f_short != f_zh and rng.random() < 0.5
                 else [])
        aliases = [f"{p_en} {t_en}"] if with_field and rng.random() < 0.1 else []
        pid = f"syn{len(real) + len(roots):05d}"
        website = f"https://www.{(acronym or pid).lower()}.example.org" if acronym else ""
        roots.append(_partner(pid, group, name_zh, name_en, acronym, kind, kind_zh,
                              short_zh=short, aliases_en=aliases, website=website))

    # Children under synthetic and real roots, skewed: a few bodies have many sub-bodies.
    parents = [p for p in real if not p.get("parent")] + roots
    rng.shuffle(parents)
    parent_zipf = Zipf(parents, 0.8)
    used_units: dict[str, set[int]] = {}
    children: list[dict[str, Any]] = []

    def add_child(parent: dict[str, Any], sub: bool, number: int) -> dict[str, Any] | None:
        units = SUBUNITS if sub else UNITS
        free = [i for i in range(len(units)) if i not in used_units.get(parent["id"], set())]
        if not free:
            return None
        i = rng.choice(free)
        used_units.setdefault(parent["id"], set()).add(i)
        if sub:
            u_zh, u_en, suffix = SUBUNITS[i]
            kind, kind_zh = "subgroup", "小组"
            name_en = f"{u_en}, {parent['name_en']}"
        else:
            u_zh, u_en, kind, kind_zh, suffix = UNITS[i]
            name_en = f"{parent['name_en']} {u_en}"
        acronym = f"{parent['acronym']}-{suffix}" if parent["acronym"] else ""
        return _partner(f"syn{number:05d}", parent["group"], parent["name_zh"] + u_zh, name_en,
                        acronym, kind, kind_zh, parent=parent["id"])

    next_id = len(real) + len(roots)
    while len(children) < n_children:
        child = add_child(parent_zipf.draw(rng), False, next_id)
        if child is not None:
            children.append(child)
            next_id += 1
    grand: list[dict[str, Any]] = []
    if children:
        child_zipf = Zipf(children, 0.6)
        while len(grand) < n_grand:
            g = add_child(child_zipf.draw(rng), True, next_id)
            if g is not None:
                grand.append(g)
                next_id += 1

    # Some memberships: a body belongs to another root (never itself or one above it).
    synthetic = roots + children + grand
    parent_of = {p["id"]: p.get("parent", "") for p in real + synthetic}
    root_zipf = Zipf(parents, 1.0)
    for p in synthetic:
        if rng.random() < 0.06:
            own, up = {p["id"]}, p["parent"]
            while up:
                own.add(up)
                up = parent_of[up]
            p["member_of"] = [m["id"] for m in root_zipf.distinct(rng, rng.randint(1, 2))
                              if m["id"] not in own]
    # Report order: each body followed by its sub-bodies (the tree reads top-down).
    kids: dict[str, list[dict[str, Any]]] = {}
    for p in children + grand:
        kids.setdefault(p["parent"], []).append(p)
    ordered: list[dict[str, Any]] = []

    def walk(p: dict[str, Any]) -> None:
        ordered.append(p)
        for k in kids.pop(p["id"], []):
            walk(k)

    for p in roots:
        walk(p)
    for p in real:  # sub-bodies given to real partners (and theirs) come after
        for k in kids.pop(p["id"], []):
            walk(k)
    return real + ordered


def make_topics(src: Sources, total: int, rng: random.Random) -> list[dict[str, Any]]:
    """The real topics, then subject x aspect topics (shuffled) up to ``total``."""
    topics = [dict(t) for t in src.topics]
    combos = [(s, a) for s in SUBJECTS for a in ASPECTS]
    rng.shuffle(combos)
    n = 0
    while len(topics) < total:
        (sid, s_zh, s_en, alias), (aid, a_zh, a_en) = combos[n % len(combos)]
        rnd = n // len(combos)
        suffix_id, suffix_zh, suffix_en = (f"_{rnd + 1}", f"（{rnd + 1}）", f" ({rnd + 1})"
                                           ) if rnd else ("", "", "")
        topics.append({"id": f"{sid}_{aid}{suffix_id}", "label_zh": f"{s_zh}{a_zh}{suffix_zh}",
                       "label_en": f"{s_en} {a_en}{suffix_en}",
                       "aliases_zh": [s_zh], "aliases_en": [alias, f"{s_en.lower()} {a_en}"]})
        n += 1
    return topics


# -- dates ----------------------------------------------------------------------------------
def _clamp(year: int) -> int:
    return min(LAST_YEAR, max(FIRST_YEAR, year))


def _phrase(item: str) -> tuple[str, str]:
    """Chinese and English words for one ISO date (2019, 2019-08, 2019-08-14)."""
    parts = item.split("-")
    y = parts[0]
    if len(parts) == 1:
        return f"{y} 年", y
    m = int(parts[1])
    if len(parts) == 2:
        return f"{y} 年 {m} 月", f"{MONTHS_EN[m - 1]} {y}"
    d = int(parts[2])
    return f"{y} 年 {m} 月 {d} 日", f"{d} {MONTHS_EN[m - 1]} {y}"


def make_date(rng: random.Random, doc_year: int) -> tuple[str, str, str, str]:
    """``(date, date_qualifier, Chinese words, English phrase)`` ("in August 2019", "from
    … to …"); ~10% undated."""
    r = rng.random()
    if r < 0.10:
        return "", "", "", ""
    qualifier = ""
    q = rng.random()
    if q < 0.06:
        qualifier, year = "planned", _clamp(doc_year + rng.randint(0, 1))
    elif q < 0.09:
        qualifier, year = "early", _clamp(doc_year - rng.randint(0, 2))
    else:
        year = _clamp(doc_year - rng.choice((1, 1, 2, 2, 2, 3, 4)))
    month, day = rng.randint(1, 12), rng.randint(1, 25)
    if r >= 0.78:  # the ranges and pairs below may reach into the next year
        year = min(year, LAST_YEAR - 1)
    if r < 0.45 or qualifier == "early":
        date = f"{year}"
    elif r < 0.70:
        date = f"{year}-{month:02d}"
    elif r < 0.78:
        date = f"{year}-{month:02d}-{day:02d}"
    elif r < 0.85:  # months, across the year end or not
        end_y, end_m = (year + 1, rng.randint(1, 6)) if month > 6 else (year, month + 3)
        date = f"{year}-{month:02d}/{end_y}-{end_m:02d}"
    elif r < 0.90:  # a meeting of a few days
        date = f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{day + rng.randint(1, 3):02d}"
    elif r < 0.93:
        date = f"{year}/{_clamp(year + 1)}"
    else:  # two separate events
        later = year + 1 if month == 12 else year + rng.randint(0, 1)
        m2 = rng.randint(month + 1, 12) if later == year else rng.randint(1, 12)
        date = f"{year}-{month:02d},{later}-{m2:02d}"
        if qualifier == "planned":
            qualifier = ",planned"
    zh_items, en_items = [], []
    for item in date.split(","):
        start, _, end = item.partition("/")
        (s_zh, s_en), (e_zh, e_en) = _phrase(start), _phrase(end) if end else ("", "")
        zh_items.append(f"{s_zh}至 {e_zh}" if end else s_zh)
        en_items.append(f"from {s_en} to {e_en}" if end else f"in {s_en}")
    zh, en = "和".join(zh_items), " and ".join(en_items)
    if qualifier == "early":
        zh, en = zh + "初", f"in early {en[3:]}"
    return date, qualifier, zh, en


# -- sentences -------------------------------------------------------------------------------
def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _name(p: dict[str, Any]) -> tuple[str, str]:
    acr = p.get("acronym", "")
    return p["name_zh"], f"{p['name_en']} ({acr})" if acr else p["name_en"]


def dated_sentence(rng: random.Random, p: dict[str, Any], other: dict[str, Any] | None,
                   topic: dict[str, Any], when: tuple[str, str], place: tuple[str, str],
                   planned: bool) -> tuple[str, str]:
    """One sentence naming the partner, the date and (if any) the place."""
    p_zh, p_en = _name(p)
    w_zh, w_en = when
    when_en = w_en[:1].upper() + w_en[1:]  # opening the sentence
    where_zh, where_en = (f"在{place[0]}", f" in {place[1]}") if place[0] else ("", "")
    m_zh, m_en = rng.choice(MEETINGS)
    t_zh, t_en = topic["label_zh"], topic["label_en"]
    if planned:
        return (f"秘书处计划于 {w_zh}与{p_zh}{where_zh}共同举办关于{t_zh}的{m_zh}。",
                f"The Secretariat plans to hold {_a(m_en)} on {t_en.lower()} with {p_en}"
                f"{where_en} {w_en}.")
    pest_zh, latin = rng.choice(PESTS)
    choice = rng.randrange(5)
    if choice == 0:
        return (f"{w_zh}，秘书处出席了{p_zh}{where_zh}举行的{m_zh}，并介绍了{t_zh}方面的工作。",
                f"{when_en}, the Secretariat attended the {m_en} of {p_en}{where_en} and "
                f"presented its work on {t_en.lower()}.")
    if choice == 1:
        return (f"{w_zh}，{p_zh}与秘书处{where_zh}合作举办了关于{pest_zh}（{latin}）的{m_zh}。",
                f"{when_en}, {p_en} and the Secretariat jointly organized {_a(m_en)} on "
                f"{latin}{where_en}.")
    if choice == 2 and other is not None:
        o_zh, o_en = _name(other)
        return (f"{w_zh}，{p_zh}和{o_zh}{where_zh}签署了关于{t_zh}的谅解备忘录。",
                f"{when_en}, {p_en} and {o_en} signed a memorandum of understanding on "
                f"{t_en.lower()}{where_en}.")
    acr = rng.choice(ACRONYMS)
    return (f"{w_zh}，秘书处与{p_zh}就 {acr} 和{t_zh}问题{where_zh}举行了磋商。",
            f"{when_en}, the Secretariat held consultations with {p_en} on {acr} and "
            f"{t_en.lower()}{where_en}.")


def undated_sentence(rng: random.Random, p: dict[str, Any], topic: dict[str, Any]
                     ) -> tuple[str, str]:
    p_zh, p_en = _name(p)
    t_zh, t_en = topic["label_zh"], topic["label_en"]
    pest_zh, latin = rng.choice(PESTS)
    acr = rng.choice(ACRONYMS)
    return rng.choice([
        (f"{p_zh}与秘书处继续就{t_zh}开展合作。",
         f"{p_en} and the Secretariat continued to cooperate on {t_en.lower()}."),
        (f"{p_zh}分享了关于{pest_zh}（{latin}）分布的最新信息。",
         f"{p_en} shared up-to-date information on the distribution of {latin}."),
        (f"秘书处向{p_zh}介绍了 {acr} 的进展情况。",
         f"The Secretariat briefed {p_en} on progress with {acr}."),
    ])


def with_others(others: list[dict[str, Any]]) -> tuple[str, str]:
    """A sentence naming the activity's other partners."""
    zh = [p["name_zh"] for p in others]
    en = [_name(p)[1] for p in others]
    if len(others) > 1:
        zh_list, en_list = "、".join(zh[:-1]) + "和" + zh[-1], ", ".join(en[:-1]) + " and " + en[-1]
    else:
        zh_list, en_list = zh[0], en[0]
    return f"{zh_list}也参与了这项工作。", f"{en_list} also took part in this work."


def extra_clause(rng: random.Random) -> tuple[str, str]:
    pest_zh, latin = rng.choice(PESTS)
    acr = rng.choice(ACRONYMS)
    return rng.choice([
        (f"会议讨论了{pest_zh}（{latin}）带来的风险。",
         f"The meeting discussed the risks posed by {latin}."),
        (f"双方同意通过 {acr} 交流信息。", f"Both sides agreed to exchange information through "
                                             f"{acr}."),
        (f"与会者强调了 {acr} 在防止{pest_zh}传入方面的作用。",
         f"Participants stressed the role of {acr} in preventing the introduction of "
         f"{latin}."),
    ])


def real_sentence(rng: random.Random, corpus: Corpus, dated: bool, shift: int
                  ) -> tuple[str, str]:
    """A sentence of the report, or (one time in five) the clauses of two joined."""
    if rng.random() < 0.2 and len(corpus.clauses) >= 2:
        (za, ea), (zb, eb) = rng.sample(corpus.clauses, 2)
        i, j = rng.randint(1, len(za) - 1), rng.randint(1, len(zb) - 1)
        zh = "，".join(za[:i] + zb[j:]) + "。"
        en = ", ".join(ea[:i] + eb[j:]) + "."
    else:
        zh, en = rng.choice(corpus.dated if dated else corpus.undated)
    return shift_years(zh, shift), shift_years(en, shift)


def make_title(rng: random.Random, corpus: Corpus, p: dict[str, Any], topic: dict[str, Any]
               ) -> tuple[str, str]:
    if rng.random() < 0.35:
        return rng.choice(corpus.titles)
    who_zh = (p.get("short_zh") or [p["name_zh"]])[0]
    who_en = p.get("acronym") or p["name_en"]
    m_zh, m_en = rng.choice(MEETINGS)
    return rng.choice([
        (f"与{who_zh}合作开展{topic['label_zh']}工作", f"{topic['label_en']}: work with {who_en}"),
        (f"出席{who_zh}{m_zh}", f"{who_en} {m_en} attended"),
        (f"{topic['label_zh']}{m_zh}", f"{m_en.capitalize()} on {topic['label_en'].lower()}"),
    ])


# -- documents -------------------------------------------------------------------------------
def document_meta(year: int, item: str, language: str) -> dict[str, Any]:
    """The ``[document]`` table of a report's document.toml, as db.build reads it."""
    interim = year < 2006
    n = year - 1998 if interim else year - 2005
    body_short = "ICPM" if interim else "CPM"
    body_en = ("Interim Commission on Phytosanitary Measures" if interim
               else "Commission on Phytosanitary Measures")
    body_zh = "植物检疫措施临时委员会" if interim else "植物检疫措施委员会"
    start = 28 + year % 3  # a week from the end of March, as CPM sessions run
    english = language == "en"
    return {
        "id": f"synth{year}_{item.replace('.', '_')}", "language": language,
        "file": "report.en.txt" if english else "report.txt",
        "file_en": "" if english else "report.en.txt",
        "title_zh": "《国际植保公约》秘书处国际合作工作报告",
        "title_en": "Report of the IPPC Secretariat on international cooperation",
        "body_zh": body_zh, "body_en": body_en, "session_zh": f"第{chinese_number(n)}届会议",
        "session_en": f"{ordinal_word(n)} session ({body_short}-{n})",
        "session_short": f"{body_short}-{n} ({year})",
        "session_dates": f"{year}-03-{start:02d}/{year}-04-{start - 25:02d}",
        "session_place_zh": "罗马", "session_place_en": "Rome", "agenda_item": item,
        "period": f"{year - 2}–{year - 1}", "prepared_by_zh": "《国际植保公约》秘书处编写",
        "prepared_by_en": "Prepared by the IPPC Secretariat"}


def plan_documents(rng: random.Random, activities: int) -> list[tuple[dict[str, Any], int]]:
    """The reports, oldest first, with how many activities each has (summing to
    ``activities``); about one a year from 1999 to 2030, several in some years."""
    n_docs = min(max(2, activities // 2000), activities)
    first, last = 1999, 2030
    shares = [rng.uniform(0.5, 1.5) for _ in range(n_docs)]
    counts = [max(1, int(activities * s / sum(shares))) for s in shares]
    counts[-1] = max(1, counts[-1] + activities - sum(counts))
    while sum(counts) > activities:  # tiny totals: take back from the largest report
        counts[counts.index(max(counts))] -= 1
    languages = ["en" if rng.random() < 0.3 else "zh-Hans" for _ in range(n_docs)]
    if n_docs > 1 and len(set(languages)) == 1:
        languages[-1] = "zh-Hans" if languages[-1] == "en" else "en"
    items: dict[int, int] = {}
    docs = []
    for i in range(n_docs):
        year = first + round(i * (last - first) / max(1, n_docs - 1))
        items[year] = items.get(year, 0) + 1
        item = f"{8 + year % 7}.{items[year]}"
        docs.append((document_meta(year, item, languages[i]), counts[i]))
    return docs


# -- the whole database ----------------------------------------------------------------------
class _Builder:
    """Writes synthetic reports as db.build would read curated ones: a :class:`Document`
    (metadata, parsed Chinese and English texts, activity entries) each, from one ``rng``."""

    def __init__(self, rng: random.Random, src: Sources, corpus: Corpus,
                 partner_list: list[dict[str, Any]], topic_list: list[dict[str, Any]]):
        self.rng, self.corpus = rng, corpus
        self.parts = {g["part"]: g["id"] for g in src.groups}
        self.group_part = {g["id"]: g["part"] for g in src.groups}
        self.group_label = {g["part"]: g["label_zh"] for g in src.groups}
        self.partner = {p["id"]: p for p in partner_list}
        self.topic = {t["id"]: t for t in topic_list}
        # Popularity: a shuffled order, the real partners among the first few hundred ranks.
        real_ids = [p["id"] for p in src.partners]
        ranked = [p["id"] for p in partner_list[len(real_ids):]]
        rng.shuffle(ranked)
        for pid in real_ids:
            ranked.insert(rng.randrange(0, min(len(ranked), 4 * len(real_ids)) + 1), pid)
        self.partner_zipf = Zipf(ranked, 1.0)
        topic_order = [t["id"] for t in topic_list]
        rng.shuffle(topic_order)
        self.topic_zipf = Zipf(topic_order, 0.8)
        #: partner id -> document id -> paragraphs that link it (the ``mentions`` column)
        self.mentions: dict[str, dict[str, list[int]]] = {}
        # The report being written.
        self.doc_id = ""
        self.english = False
        self.year = self.shift = self.line = 0
        self.paragraphs: list[Paragraph] = []
        self.paragraphs_en: list[Paragraph] = []
        self.activities: list[dict[str, Any]] = []

    def document(self, meta: dict[str, Any], count: int) -> Document:
        """One report of ``count`` activities: two opening paragraphs, then paragraphs about
        one partner each (1-6 activities, in the order of the parts), a closing decision
        paragraph and a few footnotes."""
        rng = self.rng
        self.doc_id, self.english = meta["id"], meta["language"] == "en"
        self.year = int(meta["session_dates"][:4])
        self.shift = self.year - self.corpus.year
        self.line = 16
        self.paragraphs, self.paragraphs_en, self.activities = [], [], []
        plan: list[tuple[int, str, int]] = []  # (part, partner the paragraph is about, count)
        left = count
        while left > 0:
            pid = self.partner_zipf.draw(rng)
            k = min(left, rng.choices((1, 2, 3, 4, 5, 6), (30, 25, 18, 12, 8, 7))[0])
            plan.append((self.group_part[self.partner[pid]["group"]], pid, k))
            left -= k
        plan.sort(key=lambda item: item[0])  # parts in order, as in a report
        for zh, en in self.corpus.intro:
            self.paragraph(None, shift_years(zh, self.shift), shift_years(en, self.shift))
        noted: list[tuple[int, dict[str, Any]]] = []
        for part, pid, k in plan:
            first = self.partner[pid]
            number = len(self.paragraphs) + 1
            quotes = [self.activity(part, first, number, ordinal) for ordinal in range(1, k + 1)]
            name_zh, name_en = _name(first)
            if first.get("short_zh"):  # as the report does: 联合国裁军事务厅（裁军厅）
                name_zh += f"（{first['short_zh'][0]}）"
            self.paragraph(part, f"{name_zh}：" + "".join(zh for zh, _ in quotes),
                           f"{name_en}: " + " ".join(en for _, en in quotes))
            if rng.random() < 0.04:
                noted.append((number, first))
        closing_zh, closing_en = self.corpus.closing
        if closing_zh:
            self.paragraph(plan[-1][0], shift_years(closing_zh, self.shift),
                           shift_years(closing_en, self.shift))
        notes = [(i, number, p) for i, (number, p) in enumerate(noted[:6], start=1)]
        url = "https://www.ippc.int/en/external-cooperation/{}/"
        notes_en = [Footnote(i, n, f"{p['name_en']} web page: ", url.format(p["id"]))
                    for i, n, p in notes]
        parts = [Part(n, "I" * n, self.group_label[n], 0) for n in sorted({q for q, _, _ in plan})]
        if self.english:
            report, report_en = Report([], parts, self.paragraphs_en, notes_en), None
        else:
            notes_zh = [Footnote(i, n, f"{p['name_zh']}网页：", url.format(p["id"]))
                        for i, n, p in notes]
            report = Report([], parts, self.paragraphs, notes_zh)
            report_en = Report([], parts, self.paragraphs_en, notes_en)
        return Document(Path(self.doc_id), meta, dict(self.parts), self.activities, report,
                        report_en)

    def paragraph(self, part: int | None, zh: str, en: str) -> None:
        number = len(self.paragraphs) + 1
        text = en if self.english else zh
        last = self.line + max(1, len(text) // (90 if self.english else 40)) - 1
        self.paragraphs.append(Paragraph(number, part, zh, self.line, last))
        self.paragraphs_en.append(Paragraph(number, part, en, self.line, last))
        self.line = last + 2

    def activity(self, part: int, first: dict[str, Any], number: int, ordinal: int
                 ) -> tuple[str, str]:
        """Add one activity of paragraph ``number`` (as db.build.validate returns curated
        ones); return its text and English."""
        rng = self.rng
        pid = first["id"]
        others = self.partner_zipf.distinct(
            rng, rng.choices((0, 1, 2, 3, 4), (40, 30, 15, 10, 5))[0], [pid])
        if first["parent"] and rng.random() < 0.3 and first["parent"] not in others:
            others = [first["parent"], *others][:4]
        links = [pid, *others]
        tids = self.topic_zipf.distinct(rng, rng.choices((1, 2, 3), (55, 30, 15))[0])
        topic = self.topic[tids[0]]
        date, qualifier, w_zh, w_en = make_date(rng, self.year)
        place = rng.choice(CITIES) if date and rng.random() < 0.2 else ("", "")
        if date:
            other = self.partner[others[0]] if others else None
            sentences = [dated_sentence(rng, first, other, topic, (w_zh, w_en), place,
                                        qualifier.endswith("planned"))]
        else:
            sentences = [undated_sentence(rng, first, topic)]
        if len(others) > 1 or (others and not date):
            sentences.append(with_others([self.partner[o] for o in others]))
        for _ in range(rng.choices((0, 1, 2), (50, 40, 10))[0]):
            sentences.append(real_sentence(rng, self.corpus, bool(date), self.shift))
        if rng.random() < 0.3:
            sentences.insert(rng.randint(1, len(sentences)), extra_clause(rng))
        text_en = " ".join(en for _, en in sentences)
        text = text_en if self.english else "".join(zh for zh, _ in sentences)
        title_zh, title_en = make_title(rng, self.corpus, first, topic)
        self.activities.append({
            "id": f"{self.doc_id}-{number}-{ordinal}", "doc": self.doc_id, "paragraph": number,
            "ordinal": ordinal, "group": self.parts[part], "quote": text, "text_en": text_en,
            "title_zh": title_zh, "title_en": title_en, "date": date,
            "date_qualifier": qualifier, "place_zh": place[0], "place_en": place[1],
            "calls_to_action": rng.random() < 0.05, "partners": links, "topics": tids,
            "_file": f"{self.doc_id}/activities/synthetic.toml"})
        for p in links:
            numbers = self.mentions.setdefault(p, {}).setdefault(self.doc_id, [])
            if not numbers or numbers[-1] != number:
                numbers.append(number)
        return text, text_en


def synthetic_sources(activities: int, partners: int = 5000, topics: int = 60,
                      seed: int = 11, sources: Path = SOURCES) -> Sources:
    """The registry and reports of a synthetic database, as db.build reads curated sources
    (activities already with their ids, as ``db.build.validate`` returns them)."""
    if activities < 1:
        raise ValueError("activities must be at least 1")
    rng = random.Random(seed)
    src = load_sources(sources)
    corpus = load_corpus(src)
    partner_list = make_partners(src, partners, rng)
    topic_list = make_topics(src, topics, rng)
    builder = _Builder(rng, src, corpus, partner_list, topic_list)
    documents = [builder.document(meta, count) for meta, count in plan_documents(rng, activities)]
    for p in partner_list:
        p["mentions"] = builder.mentions.get(p["id"], {})
    return Sources(src.groups, topic_list, partner_list, src.bodies, documents, src.files)


def database_rows(activities: int, partners: int = 5000, topics: int = 60, seed: int = 11,
                  sources: Path = SOURCES) -> DatabaseRows:
    """Everything a synthetic database holds (db.build's rows of :func:`synthetic_sources`),
    deterministic for the arguments."""
    src = synthetic_sources(activities, partners, topics, seed, sources)
    rows = build_rows(src, src.activities)
    rows.meta.update({
        "data_version": f"synth{GENERATOR_VERSION}-a{activities}-p{partners}-t{topics}-s{seed}",
        "synth_version": GENERATOR_VERSION,
        "synth_parameters": to_json({"activities": activities, "partners": partners,
                                     "topics": topics, "seed": seed})})
    return rows


def generate(output: Path, activities: int, partners: int = 5000, topics: int = 60,
             seed: int = 11) -> Path:
    """Write a synthetic database of ``activities`` activities to ``output`` (atomically).

    Args:
        output: the database file to write (replaced if it exists).
        activities: how many activities (at least 1).
        partners: how many partners, the real ones included (at least the real ones).
        topics: how many topics, the real ones included (at least the real ones).
        seed: the same seed (and arguments) gives the same content.

    Returns:
        ``output``.
    """
    output = Path(output)
    rows = database_rows(activities, partners, topics, seed)
    write_database_atomically(rows, output)
    return output


def _synth_version(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        return None
    return meta.get("synth_version")


def cached(activities: int, partners: int = 5000) -> Path:
    """``build/bench/synth-<activities>-<partners>.sqlite``, generated (default topics and
    seed) only when missing or made by another :data:`GENERATOR_VERSION` or schema."""
    path = BENCH_DIR / f"synth-{activities}-{partners}.sqlite"
    if not path.exists() or _synth_version(path) != GENERATOR_VERSION:
        generate(path, activities, partners)
    return path


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/synth.py",
        description="Generate a large synthetic cooperation database (deterministic).")
    parser.add_argument("--activities", type=int, required=True, help="number of activities")
    parser.add_argument("--partners", type=int, default=5000,
                        help="number of partners, the real ones included (default 5000)")
    parser.add_argument("--topics", type=int, default=60,
                        help="number of topics, the real ones included (default 60)")
    parser.add_argument("--seed", type=int, default=11, help="random seed (default 11)")
    parser.add_argument("--output", type=Path, required=True, help="database file to write")
    args = parser.parse_args(argv)
    if args.activities < 1:
        parser.error("--activities must be at least 1")
    start = time.perf_counter()
    rows = database_rows(args.activities, args.partners, args.topics, args.seed)
    made = time.perf_counter()
    write_database_atomically(rows, args.output)
    done = time.perf_counter()
    counts = {t: len(rows.tables.get(t, [])) for t in ("documents", "partners", "topics",
                                                        "paragraphs", "activities")}
    print(f"wrote {args.output}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    print(f"rows {made - start:.1f} s, write {done - made:.1f} s, total {done - start:.1f} s; "
          f"{args.output.stat().st_size / 1e6:.1f} MB; peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
