"""Find the links of a paragraph automatically: the partners and IPPC bodies it names, its
topics, its dates, whether it calls on contracting parties or NPPOs to act, and the
organization-like names the registry does not know yet (for the importer to report).

Pure Python, no Qt. A :class:`Linker` compiles its patterns once from the registry (partners,
topics, bodies) and then links any number of paragraphs.

Rules, in short (see the helpers for details):

* Names are matched on a normalised copy of the text (NFKC; Chinese without spaces, since
  the reports write "粮农组织 /国际原子能机构"; Latin with single spaces) whose positions map
  back to the original. Chinese names match anywhere; Latin names, acronyms and aliases only
  as whole words, acronyms (and names with an inner capital, like "ePhyto") case-sensitively.
* The longest name wins and masks what it covers: "粮农组织 /国际原子能机构粮食和农业核技术
  联合司" is the Joint Division, not also FAO and the IAEA. A member body found implies
  nothing about its parent. IPPC bodies (and the IPPC itself) are recognised but are not
  partners. A partner's name directly before a treaty ("WTO Agreement on…", "世贸组织《…
  协定》") names the treaty, not the organization taking part, and links no partner.
* A sub-body whose English name starts with its parent's acronym ("WCO Permanent Technical
  Committee") is also found by the name with the parent's full name ("European Food Safety
  Authority network…") and, when the parent is named in the same text, by the bare rest
  ("Permanent Technical Committee").
* A plural naming a whole class ("所有区域植保组织", "all RPPOs", "among regional plant
  protection organizations") names every partner of that kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.cpm_paper import MONTHS_EN
from desktop.core.models import Body, Partner, Topic

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_WORD = "A-Za-z0-9"
#: The kind (Partner.kind) whose members a plural like "all RPPOs" names.
RPPO_KIND = "regional plant protection organization"
_RPPO_KIND_RE = re.compile(r"regional plant protection organi[sz]ation", re.I)


@dataclass(frozen=True)
class Links:
    partners: tuple[str, ...]  # partner ids, in order of first appearance
    topics: tuple[str, ...]  # topic ids, in order of first appearance
    dates: tuple[str, ...]  # ISO items: "2021-06", "2021-09-13/2021-09-17", "2021"
    qualifiers: tuple[str, ...]  # one per date: "", "early", "planned"
    calls_to_action: bool
    unrecognised: tuple[str, ...]  # organization-like names the registry does not know

    @property
    def date(self) -> str:
        """The dates as an annotation writes them: items joined by commas."""
        return ",".join(self.dates)

    @property
    def date_qualifier(self) -> str:
        """One qualifier for all dates when they agree, else one per date (",early")."""
        if len(set(self.qualifiers)) <= 1:
            return self.qualifiers[0] if self.qualifiers else ""
        return ",".join(self.qualifiers)


# -- normalised views ------------------------------------------------------------------------


class _View:
    """A normalised copy of a text (NFKC; whitespace dropped, or runs of it made one space)
    with, for every character, its position in the original."""

    def __init__(self, text: str, drop_spaces: bool):
        chars: list[str] = []
        where: list[int] = []
        for position, char in enumerate(text):
            if char.isspace():
                if drop_spaces or (chars and chars[-1] == " ") or not chars:
                    continue
                chars.append(" ")
                where.append(position)
                continue
            for piece in unicodedata.normalize("NFKC", char):
                chars.append(piece)
                where.append(position)
        self.text = "".join(chars)
        self._where = where
        self._length = len(text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view's ``[start, end)``."""
        if start >= end:
            at = self._where[start] if start < len(self._where) else self._length
            return at, at
        return self._where[start], self._where[end - 1] + 1


def _compact(name: str) -> str:
    return _View(name, drop_spaces=True).text


def _spaced(name: str) -> str:
    return _View(name, drop_spaces=False).text.strip()


def _case_sensitive(form: str) -> bool:
    """Acronyms and names with an inner capital ("WTO", "ePhyto", "SPS Committee") match
    only as written; ordinary names ("World Customs Organization", "Codex") in any case."""
    return any(any(c.isupper() for c in word[1:]) for word in re.findall(r"\w+", form))


def _variants(form: str) -> set[str]:
    """British and American spellings of the words names differ by."""
    out = {form}
    for a, b in (("Organization", "Organisation"), ("organization", "organisation"),
                 ("Centre", "Center"), ("Programme", "Program")):
        for text in list(out):
            out.add(text.replace(a, b))
            out.add(text.replace(b, a))
    return out


# -- name matching ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    kind: str  # "partner", "body" (an IPPC body, or "" for the IPPC itself) or "topic"
    target: str  # partner, body or topic id
    requires: str = ""  # a partner that must be named elsewhere in the text (bare sub-name)


@dataclass(frozen=True)
class _Hit:
    start: int  # in the original text
    end: int
    size: int  # length of the normalised name: the longer name wins
    name: _Name


class _Automaton:
    """Every name of a set, found at every position (longest first there), in a CJK view
    (names with Chinese characters, spaces ignored) and a Latin view (whole words)."""

    def __init__(self, forms: Iterable[tuple[str, _Name]], plural: bool = False):
        cjk: dict[str, list[_Name]] = {}
        exact: dict[str, list[_Name]] = {}
        folded: dict[str, list[_Name]] = {}
        for form, name in forms:
            if not form.strip():
                continue
            if _CJK_RE.search(form):
                key = _compact(form)
                if name not in cjk.setdefault(key, []):
                    cjk[key].append(name)
                continue
            for variant in _variants(_spaced(form)):
                table = exact if _case_sensitive(variant) else folded
                key = variant if table is exact else variant.casefold()
                if name not in table.setdefault(key, []):
                    table[key].append(name)
        self._cjk, self._exact, self._folded = cjk, exact, folded
        self._cjk_re = _alternation(sorted(cjk, key=len, reverse=True), "", "")
        latin = sorted([(k, False) for k in exact] + [(k, True) for k in folded],
                       key=lambda item: len(item[0]), reverse=True)
        suffix = "(?:s|es)?" if plural else ""
        parts = [(f"(?i:{re.escape(k)}{suffix if k.islower() else ''})" if fold
                  else re.escape(k)) for k, fold in latin]
        self._latin_re = _alternation(parts, rf"(?<![{_WORD}])", rf"(?![{_WORD}])", escape=False)

    def find(self, cjk_view: _View, latin_view: _View) -> list[_Hit]:
        hits: list[_Hit] = []
        if self._cjk_re is not None:
            for match in self._cjk_re.finditer(cjk_view.text):
                found = match.group(1)
                start, end = cjk_view.span(match.start(1), match.start(1) + len(found))
                hits += [_Hit(start, end, len(found), n) for n in self._cjk[found]]
        if self._latin_re is not None:
            for match in self._latin_re.finditer(latin_view.text):
                found = match.group(1)
                names = self._exact.get(found) or self._folded.get(found.casefold())
                if names is None:  # a plural of a case-insensitive form
                    names = self._folded.get(re.sub(r"(?:es|s)$", "", found.casefold()), [])
                start, end = latin_view.span(match.start(1), match.start(1) + len(found))
                hits += [_Hit(start, end, len(found), n) for n in names]
        return hits


def _alternation(parts: Sequence[str], before: str, after: str,
                 escape: bool = True) -> re.Pattern[str] | None:
    """A pattern finding, at every position (overlaps included), the first (longest)
    alternative that matches there."""
    if not parts:
        return None
    body = "|".join(re.escape(p) if escape else p for p in parts)
    return re.compile(f"(?=({before}(?:{body}){after}))")


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, the longest winning; in text order."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.size, h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: (h.start, -h.size))


_TREATY_AFTER = {
    "zh": re.compile(r"\s*(?:的)?《[^》]{0,40}(?:协定|协议|条约)》"),
    "en": re.compile(r"\s*(?:[A-Z]{2,5}\s+)?(?:Agreement|Treaty)\b"),
}

#: The IPPC and its Secretariat: the reports' author, recognised so that it is neither a
#: partner nor an unknown organization.
_SELF_FORMS = ("《国际植保公约》秘书处", "国际植保公约秘书处", "《国际植保公约》",
               "国际植保公约", "IPPC Secretariat", "Secretariat of the IPPC", "IPPC",
               "International Plant Protection Convention")

# A plural naming every RPPO, and the class name alone (recognised, links nothing).
_CLASS_ZH = r"区域植(?:物保护|保)组织"
_CLASS_EN = r"(?:[Rr]egional [Pp]lant [Pp]rotection [Oo]rgani[sz]ations?|RPPOs?)"
_CLASS_ALL_RE = {
    "zh": re.compile(rf"(?:所有|全部|各个|各)(?:的)?{_CLASS_ZH}|{_CLASS_ZH}(?:之间|间|彼此)"),
    "en": re.compile(rf"(?<![{_WORD}])(?:[Aa]ll|[Ee]ach|[Ee]very)\s+(?:of\s+)?(?:the\s+)?"
                     rf"{_CLASS_EN}(?![{_WORD}])|(?<![{_WORD}])(?:among|amongst|between)\s+"
                     rf"(?:the\s+)?{_CLASS_EN}(?![{_WORD}])"),
}
_CLASS_RE = {"zh": re.compile(_CLASS_ZH),
             "en": re.compile(rf"(?<![{_WORD}]){_CLASS_EN}(?![{_WORD}])")}


# -- dates -----------------------------------------------------------------------------------

_Y = r"((?:19|20)\d{2})"
_M = r"(\d{1,2})"
_ZH_DASH = r"(?:-|–|—|~|至|到)"
_ZH_AND = r"(?:和|及|与|、|以及)"
# Chinese, on the text without spaces; the first rule that matches a stretch claims it.
_ZH_DATES: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p)) for kind, p in (
    ("ymd-md", rf"{_Y}年{_M}月{_M}日?{_ZH_DASH}{_M}月{_M}日"),
    ("ymd-d", rf"{_Y}年{_M}月{_M}日?{_ZH_DASH}{_M}日"),
    ("ymd+d", rf"{_Y}年{_M}月{_M}日?{_ZH_AND}{_M}日"),
    ("ymd", rf"{_Y}年{_M}月{_M}日"),
    ("ym-ym", rf"{_Y}年{_M}月{_ZH_DASH}{_Y}年{_M}月"),
    ("ym-m", rf"{_Y}年{_M}月{_ZH_DASH}{_M}月"),
    ("ym+m", rf"{_Y}年{_M}月{_ZH_AND}{_M}月"),
    ("ym", rf"{_Y}年{_M}月"),
    ("y-y", rf"{_Y}年?{_ZH_DASH}{_Y}年"),
    ("y", rf"{_Y}(?={_ZH_AND}(?:19|20)\d{{2}}年)"),  # "2019 及 2020 年": the first of two
    ("y", rf"{_Y}年"),
)]
# Years that are part of a name: "2020 年后全球生物多样性框架", "2020-2030 年战略框架".
_ZH_NAME_AFTER = re.compile(r"后|战略|框架|议程|愿景|计划》")
# A title in 《》 (one level of nesting): its years are part of the name.
_ZH_TITLE_RE = re.compile(r"《[^《》]*(?:《[^《》]*》[^《》]*)*》")
_ZH_PLANNED_BEFORE = re.compile(r"(?:将|计划|预计|拟|定于|即将|预定|准备)[^。；！？]{0,8}$")
_ZH_PLANNED_AFTER = re.compile(r"^(?:初|底|末|上半年|下半年)?(?:计划|预计|将)")

_MONTH = (r"((?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_EN_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|until|through|till)\s+)"
_EN_AND = r"(?:\s*,?\s+(?:and|&)\s+|\s*,\s*)"
_YEAR = r"((?:19|20)\d{2})(?![\d/])"
# English, on the text with single spaces; the first rule that matches a stretch claims it.
_EN_DATES: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(rf"\b{p}")) for kind, p in (
    ("dm-dm-y", rf"{_D} {_MONTH}{_EN_DASH}{_D} {_MONTH},? {_YEAR}"),
    ("d-d-m-y", rf"{_D}{_EN_DASH}{_D} {_MONTH},? {_YEAR}"),
    ("d+d-m-y", rf"{_D}{_EN_AND}{_D} {_MONTH},? {_YEAR}"),
    ("d-m-y", rf"{_D} {_MONTH},? {_YEAR}"),
    ("m-d-d-y", rf"{_MONTH} {_D}{_EN_DASH}{_D}, {_YEAR}"),
    ("m-d-y", rf"{_MONTH} {_D}, {_YEAR}"),
    ("my-my", rf"{_MONTH},? {_YEAR}{_EN_DASH}{_MONTH},? {_YEAR}"),
    ("m-m-y", rf"{_MONTH}{_EN_DASH}{_MONTH},? {_YEAR}"),
    ("m+m-y", rf"{_MONTH}{_EN_AND}{_MONTH},? {_YEAR}"),
    ("m-y", rf"{_MONTH},? {_YEAR}"),
    ("y-y", rf"{_YEAR}{_EN_DASH}{_YEAR}"),
    ("y", _YEAR),
)]
# A capitalised word before a year makes it part of a name ("IYPH 2020", "Strategic
# Framework 2020–2030", "CPM 2021/27"), except these words, which start a phrase.
_FUNCTION_WORDS = frozenset(
    "in on by for since from during until through before after of to at between and the "
    "early late mid end beginning throughout around as also then both each every its "
    "their this that these those with within over under into".split())
_EN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\s*\(?$")
_EN_PLANNED = re.compile(
    r"\b(?:will|shall|would|planned|planning|plans\s+(?:to|for)|scheduled|expected|upcoming|"
    r"forthcoming|"
    r"(?:is|are|was|were|due)\s+to\s+be|to\s+be\s+held|next)\b", re.I)
_EN_PLANNED_AFTER = re.compile(r"^\W{0,3}(?:is|are)\s+(?:planned|scheduled|expected)", re.I)
_EN_EARLY = re.compile(r"\b(?:early|beginning of|start of)(?:\s+in)?\s+$", re.I)


def _iso(year: str, month: str | int | None = None, day: str | int | None = None) -> str:
    if month is None:
        return year
    month_number = int(month) if str(month).isdigit() else MONTHS_EN.get(
        str(month).rstrip(".").lower(), 0)
    if not 1 <= month_number <= 12:
        return ""
    if day is None:
        return f"{year}-{month_number:02d}"
    if not 1 <= int(day) <= 31:
        return ""
    return f"{year}-{month_number:02d}-{int(day):02d}"


def _items(kind: str, g: tuple[str, ...]) -> list[str]:
    """ISO items of one date expression, from its groups (the kind says their order)."""
    def rng(a: str, b: str) -> list[str]:
        return [f"{a}/{b}"] if a and b and a < b else [a] if a == b else []

    if kind == "ymd-md":  # zh: y m d, m d
        return rng(_iso(g[0], g[1], g[2]), _iso(g[0], g[3], g[4]))
    if kind == "ymd-d":
        return rng(_iso(g[0], g[1], g[2]), _iso(g[0], g[1], g[3]))
    if kind == "ymd+d":
        return [_iso(g[0], g[1], g[2]), _iso(g[0], g[1], g[3])]
    if kind == "ymd":
        return [_iso(g[0], g[1], g[2])]
    if kind == "ym-ym":
        return rng(_iso(g[0], g[1]), _iso(g[2], g[3]))
    if kind == "ym-m":
        return rng(_iso(g[0], g[1]), _iso(g[0], g[2]))
    if kind == "ym+m":
        return [_iso(g[0], g[1]), _iso(g[0], g[2])]
    if kind == "ym":
        return [_iso(g[0], g[1])]
    if kind == "y-y":
        return rng(g[0], g[1])
    if kind == "y":
        return [g[0]]
    if kind == "dm-dm-y":  # en: d m, d m y
        return rng(_iso(g[4], g[1], g[0]), _iso(g[4], g[3], g[2]))
    if kind == "d-d-m-y":
        return rng(_iso(g[3], g[2], g[0]), _iso(g[3], g[2], g[1]))
    if kind == "d+d-m-y":
        return [_iso(g[3], g[2], g[0]), _iso(g[3], g[2], g[1])]
    if kind == "d-m-y":
        return [_iso(g[2], g[1], g[0])]
    if kind == "m-d-d-y":
        return rng(_iso(g[3], g[0], g[1]), _iso(g[3], g[0], g[2]))
    if kind == "m-d-y":
        return [_iso(g[2], g[0], g[1])]
    if kind == "my-my":
        return rng(_iso(g[1], g[0]), _iso(g[3], g[2]))
    if kind == "m-m-y":
        return rng(_iso(g[2], g[0]), _iso(g[2], g[1]))
    if kind == "m+m-y":
        return [_iso(g[2], g[0]), _iso(g[2], g[1])]
    if kind == "m-y":
        return [_iso(g[1], g[0])]
    return []


def find_dates(text: str, lang: str) -> list[tuple[str, str]]:
    """``(ISO item, qualifier)`` for every date ``text`` gives, in order, each item once.

    Years that are part of a name or a document symbol are left out: in Chinese a year
    without 年 ("2019 冠状病毒病", "2020 国际植物健康年"), a year followed by 后 or by a
    strategy's name ("2020 年后…", "2020-2030 年战略框架") and anything inside 《》; in English
    a year after a capitalised word that is not a preposition ("IYPH 2020", "Framework
    2020–2030", "CPM 2021/27"), after "Post-"/"pre-" and before "/" (document symbols).
    """
    found: list[tuple[int, str, str]] = []
    if lang == "zh":
        view = _View(text, drop_spaces=True)
        source = view.text
        titles = [m.span() for m in _ZH_TITLE_RE.finditer(source)]
        claimed: list[tuple[int, int]] = []
        for kind, pattern in _ZH_DATES:
            for match in pattern.finditer(source):
                start, end = match.span()
                if any(start < e and end > s for s, e in claimed):
                    continue
                claimed.append((start, end))
                if (any(s <= start < e for s, e in titles)
                        or (kind in ("y", "y-y") and _ZH_NAME_AFTER.match(source, end))
                        or (start and re.match(r"[A-Za-z/]", source[start - 1]))):
                    continue
                after = source[end:end + 6]
                before = source[max(0, start - 14):start]
                qualifier = ""
                if kind == "y" and source.startswith("初", end):
                    qualifier = "early"
                elif _ZH_PLANNED_BEFORE.search(before) or _ZH_PLANNED_AFTER.match(after):
                    qualifier = "planned"
                for item in _items(kind, match.groups()):
                    if item:
                        found.append((start, item, qualifier))
    else:
        view = _View(text, drop_spaces=False)
        source = view.text
        claimed = []
        for kind, pattern in _EN_DATES:
            for match in pattern.finditer(source):
                start, end = match.span()
                if any(start < e and end > s for s, e in claimed):
                    continue
                claimed.append((start, end))
                if kind in ("y", "y-y") and _part_of_name(source, start):
                    continue
                before = source[:start]
                sentence = re.split(r"[.;!?]\s", before)[-1][-100:]
                qualifier = ""
                if kind == "y" and _EN_EARLY.search(before[-24:]):
                    qualifier = "early"
                elif _EN_PLANNED.search(sentence) or _EN_PLANNED_AFTER.match(source[end:]):
                    qualifier = "planned"
                for item in _items(kind, match.groups()):
                    if item:
                        found.append((start, item, qualifier))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _start, item, qualifier in sorted(found, key=lambda f: f[0]):
        if item not in seen:
            seen.add(item)
            out.append((item, qualifier))
    return out


def _part_of_name(source: str, start: int) -> bool:
    """True when the (English) year at ``start`` belongs to a name or a symbol."""
    before = source[max(0, start - 40):start]
    if re.search(r"(?:[A-Z][A-Za-z]*|[Pp]ost|[Pp]re)-$", before) or before.endswith("/"):
        return True
    word = _EN_WORD_BEFORE.search(before)
    if word is None or before.endswith("("):
        return False
    token = word.group(1).rstrip(".")
    if token.lower() in _FUNCTION_WORDS or token.lower().rstrip(".") in MONTHS_EN:
        return False
    return token[:1].isupper()


# -- calls to action -------------------------------------------------------------------------

_ADDRESSEES_ZH = r"(?:缔约方|国家植保机构|国家植物保护机构)"
_ADDRESSEES_EN = r"(?:contracting parties|NPPOs|national plant protection organi[sz]ations)"
_CALLS = {
    "zh": [re.compile(rf"(?:邀请|鼓励|敦促|呼吁|促请|请)(?:《?国际植保公约》?)?(?:各|所有)?"
                      rf"{_ADDRESSEES_ZH}"),
           re.compile(rf"{_ADDRESSEES_ZH}(?:可以|可|应当|应|不妨|宜|务必|被邀请|受邀)")],
    "en": [re.compile(rf"\b{_ADDRESSEES_EN}\s+(?:are|were|is)\s+(?:(?:also|again|strongly)\s+)?"
                      r"(?:invited|encouraged|urged|requested|called upon|asked)\b", re.I),
           re.compile(rf"\b{_ADDRESSEES_EN}\s+(?:could|may|should|might)\s+"
                      r"(?!not\b|be\b|have\b)\w+", re.I),
           re.compile(r"\b(?:invites?|encourages?|urges?|calls?\s+(?:up)?on|requests?|asks?)\s+"
                      rf"(?:all\s+)?(?:IPPC\s+)?{_ADDRESSEES_EN}\b", re.I)],
}


def calls_to_action(text: str, lang: str) -> bool:
    """Whether ``text`` asks contracting parties or NPPOs to act ("邀请缔约方…",
    "Contracting parties could contact…", "NPPOs are encouraged…")."""
    if lang == "zh":
        source = _View(text, drop_spaces=True).text
    else:
        source = _View(text, drop_spaces=False).text
    return any(p.search(source) for p in _CALLS["zh" if lang == "zh" else "en"])


# -- organization-like names nobody knows ----------------------------------------------------

_ORG_SUFFIX_ZH = ("(?:组织|委员会|中心|机构|联盟|协会|理事会|秘书处|大学|学会|基金|网络|"
                  "研究所|公司)")
_ORG_SUFFIX_ZH_RE = re.compile(_ORG_SUFFIX_ZH)
# Where a Chinese name starts: after punctuation, or after a word that introduces one.
_ZH_STOP_CHARS = set("，。、；：（）()“”‘’《》「」【】/,.;:!?！？ 　·—-–")
# Words that end the run of characters before a Chinese name (verbs that introduce one);
# single characters (与, 和, 的…) are left to the second step, as they occur inside names.
_ZH_STOP_WORDS = ("通过", "包括", "参加", "出席", "支持", "协助", "邀请", "举办", "主办", "成立",
                  "加入", "成员", "下列", "关注", "期间", "讨论", "举行", "提供", "提交", "参与",
                  "开展", "实施", "介绍", "审查", "帮助", "成为", "作为", "负责", "建立", "签署",
                  "领导", "牵头", "促进", "加强", "以及", "还有", "其中")
_ZH_FUNCTION_CHARS = "与和及同向由在为对从被把了的或等并也还于给该这此即是"
_ZH_MAX_NAME = 16
_ZH_NAME_START = re.compile(
    "国际|世界|联合国|全球|欧洲|欧盟|亚洲|亚太|非洲|美洲|泛美|北美|南美|拉丁美洲|拉美|加勒比|"
    "太平洋|地中海|近东|中东|阿拉伯|东南亚|东盟|中国|美国|英国|法国|德国|日本|韩国|澳大利亚|"
    "新西兰|加拿大|荷兰|意大利|西班牙|巴西|印度|俄罗斯|南非|肯尼亚")
_ZH_DISTINCTIVE = re.compile("大学|学会|研究所|公司|协会|联盟|理事会|基金")
# After these the suffix word is a modifier ("网络研讨会": a webinar, not a network).
_ZH_NOT_HEAD = re.compile("研讨|会议|活动|平台|项目|战略|框架|网站|网页|系统|模型|课程|材料")
# "组织了…", "组织一次…": the verb "organize".
_ZH_VERB_AFTER = re.compile("了|一|各|过|起|召开|举办|开展|举行|编写|实施")
# Words that make a Chinese candidate a description, not a name.
_ZH_GENERIC = re.compile(
    r"^(?:国际|外部|区域|国家|相关|有关|其他|其它|所有|各|两|三|四|五|多|若干|这些|这|该|本|每个|"
    r"一个|各个|伙伴|成员|核心|非政府|政府间|联合国|合作|主要|牵头|国际性|相关国际|姊妹)*"
    + _ORG_SUFFIX_ZH + "+$")
_EN_SUFFIX = (r"(?:Organi[sz]ation|Committee|Commission|Centre|Center|Institute|Association|"
              r"Council|Federation|Alliance|Union|University|Network|Secretariat|Fund|Agency|"
              r"Group|Programme)s?")
_EN_NAME_WORD = r"(?:[A-Z][\w&’'-]*|\d+)"
_EN_CONNECT = r"(?:of|for|and|on|in|the|de|du|des|la|le|&)"
_EN_ORG_RE = re.compile(
    rf"(?<![\w-])(?:{_EN_NAME_WORD}\s+(?:{_EN_CONNECT}\s+){{0,2}}){{0,8}}{_EN_SUFFIX}\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_EN_NAME_WORD}(?:\s+(?:{_EN_CONNECT}\s+)?"
    rf"{_EN_NAME_WORD}){{0,6}})?")
_EN_LEADING = frozenset(
    "the a an in on at by for with from to both each this these its their his her our "
    "since during after before also and of however".split())
_EN_GENERIC = frozenset(
    "international regional national global joint technical working steering advisory "
    "expert focus task core special sister policy executive scientific standing permanent "
    "ad hoc informal new relevant other three two several external".split())
_EN_SUFFIX_RE = re.compile(rf"^{_EN_SUFFIX}$")


def _zh_unrecognised(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Chinese organization-like names: a run of characters ending in an organization word
    (组织, 委员会, 大学…). The run starts after punctuation, a verb that introduces a name
    or the end of another such name (at most 16 characters back); the name then starts at
    the first place word in the run ("亚太", "国际"), or, for a distinctive head (大学,
    学会…), after the last function character (与, 和, 的…)."""
    view = _View(text, drop_spaces=True)
    source = view.text
    out: list[str] = []
    previous_end = 0
    for match in _ORG_SUFFIX_ZH_RE.finditer(source):
        if match.start() < previous_end:
            continue  # the second word of "组织秘书处"
        end = match.end()
        while more := _ORG_SUFFIX_ZH_RE.match(source, end):
            end = more.end()
        start = match.start()
        limit = max(0, match.start() - _ZH_MAX_NAME, previous_end)
        previous_end = end
        while (start > limit and source[start - 1] not in _ZH_STOP_CHARS
               and _CJK_RE.match(source[start - 1])
               and not any(source.endswith(word, 0, start) for word in _ZH_STOP_WORDS)):
            start -= 1
        proper = _ZH_NAME_START.search(source, start, match.start())
        if proper:
            start = proper.start()
        elif _ZH_DISTINCTIVE.fullmatch(match.group(0)):
            run = source[start:match.start()]
            cut = max(run.rfind(char) for char in _ZH_FUNCTION_CHARS)
            start += cut + 1
        else:
            continue
        name = source[start:end]
        if (len(name) - len(match.group(0)) < 2 or _ZH_GENERIC.match(name)
                or _ZH_NOT_HEAD.match(source, end)
                or (match.group(0) == "组织" and _ZH_VERB_AFTER.match(source, end))):
            continue
        original = view.span(start, end)
        if any(original[0] < e and original[1] > s for s, e in covered):
            continue
        out.append(text[original[0]:original[1]].strip())
    return out


def _en_unrecognised(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """English organization-like names: capitalised words (with of, for, and… between them)
    ending in an organization word, or such a word followed by "of/for/on" and capitalised
    words ("University of Turin"). "X Commission and the University of Y" is two names."""
    out: list[str] = []
    for match in _EN_ORG_RE.finditer(text):
        words = [(w.group(0), match.start() + w.start(), match.start() + w.end())
                 for w in re.finditer(r"\S+", match.group(0))]
        segments: list[list[tuple[str, int, int]]] = [[]]
        for position, word in enumerate(words):
            rest = words[position + 1:]
            if (word[0] in ("and", "&") and segments[-1]
                    and _EN_SUFFIX_RE.match(segments[-1][-1][0])
                    and any(_EN_SUFFIX_RE.match(w[0]) for w in rest)):
                segments.append([])
                continue
            segments[-1].append(word)
        for segment in segments:
            while segment and segment[0][0].lower() in _EN_LEADING:
                segment = segment[1:]
            names = [w[0] for w in segment]
            if len(names) < 2:
                continue
            content = [w for w in names if w.lower() not in _EN_CONNECT_SET]
            if all(w.lower() in _EN_GENERIC or _EN_SUFFIX_RE.match(w) for w in content):
                continue
            start, end = segment[0][1], segment[-1][2]
            if any(start < e and end > s for s, e in covered):
                continue
            out.append(" ".join(names))
    return out


_EN_CONNECT_SET = frozenset("of for and on in the de du des la le &".split())


# -- the linker ------------------------------------------------------------------------------


class Linker:
    """Links paragraphs to a registry. Build once (the patterns are compiled here), then call
    :meth:`link` for every paragraph."""

    def __init__(self, partners: Iterable[Partner], topics: Iterable[Topic],
                 bodies: Iterable[Body]):
        self._partners = list(partners)
        self._topics = list(topics)
        self._bodies = list(bodies)
        by_id = {p.id: p for p in self._partners}
        forms: list[tuple[str, _Name]] = []
        contextual: list[tuple[str, _Name]] = []
        for partner in self._partners:
            name = _Name("partner", partner.id)
            for form in (partner.name_zh, *partner.short_zh, partner.name_en, partner.acronym,
                         *partner.aliases_en):
                forms.append((form, name))
            parent = by_id.get(partner.parent_id or "")
            if parent is not None:
                forms += [(f, name) for f in _with_parent_name(partner.name_en, parent)]
                contextual += [(f, _Name("partner", partner.id, parent.id))
                               for f in _without_parent(partner, parent)]
        for body in self._bodies:
            name = _Name("body", body.id)
            forms += [(f, name) for f in (*body.forms_zh, body.name_en, body.acronym)]
        forms += [(f, _Name("body", "")) for f in _SELF_FORMS]
        self._names = _Automaton(forms)
        self._contextual = _Automaton(contextual)
        self._topic_names = _Automaton(
            ((form, _Name("topic", t.id)) for t in self._topics
             for form in (t.label_zh, t.label_en, *t.aliases_zh, *t.aliases_en)), plural=True)
        self._class_members = tuple(p.id for p in self._partners
                                    if _RPPO_KIND_RE.fullmatch(p.kind.strip()))

    def link(self, text: str, lang: str) -> Links:
        """The links of one paragraph; ``lang`` ("zh" or "en") is the language of ``text``."""
        lang = "zh" if lang.lower().startswith("zh") else "en"
        cjk_view = _View(text, drop_spaces=True)
        latin_view = _View(text, drop_spaces=False)
        found = self._names.find(cjk_view, latin_view)
        hits = _longest(found)
        named = {h.name.target for h in hits if h.name.kind == "partner"}
        extra = [h for h in self._contextual.find(cjk_view, latin_view)
                 if h.name.requires in named]
        if extra:
            hits = _longest(found + extra)
        covered = [(h.start, h.end) for h in hits]
        mentions: list[tuple[int, str]] = []
        for hit in hits:
            if hit.name.kind != "partner":
                continue
            if _TREATY_AFTER[lang].match(text, hit.end):
                continue  # "WTO Agreement on…": the treaty, not the organization
            mentions.append((hit.start, hit.name.target))
        view = cjk_view if lang == "zh" else latin_view
        for match in _CLASS_ALL_RE[lang].finditer(view.text):
            mentions += [(view.span(*match.span())[0], pid) for pid in self._class_members]
        covered += [view.span(*m.span()) for m in _CLASS_RE[lang].finditer(view.text)]
        partners = _unique(pid for _, pid in sorted(mentions, key=lambda m: m[0]))
        topics = _unique(h.name.target for h in sorted(
            self._topic_names.find(cjk_view, latin_view), key=lambda h: h.start))
        dates = find_dates(text, lang)
        if lang == "zh":
            unknown = _zh_unrecognised(text, covered)
        else:
            unknown = _en_unrecognised(text, covered)
        return Links(partners=partners, topics=topics,
                     dates=tuple(d for d, _ in dates), qualifiers=tuple(q for _, q in dates),
                     calls_to_action=calls_to_action(text, lang),
                     unrecognised=_unique(unknown))


def _with_parent_name(name_en: str, parent: Partner) -> list[str]:
    """"EFSA network for…" is also written "European Food Safety Authority network for…"."""
    if parent.acronym and name_en.startswith(parent.acronym + " ") and parent.name_en:
        return [parent.name_en + name_en[len(parent.acronym):]]
    return []


def _without_parent(partner: Partner, parent: Partner) -> list[str]:
    """A sub-body's name without its parent's ("Permanent Technical Committee" for the "WCO
    Permanent Technical Committee"): found only where the parent is named too."""
    out: list[str] = []
    for prefix in (parent.acronym, parent.name_en):
        if prefix and partner.name_en.startswith(prefix + " "):
            rest = partner.name_en[len(prefix) + 1:]
            if len(rest.split()) >= 2 and rest[:1].isupper():
                out.append(rest)
    for prefix in (parent.name_zh, *parent.short_zh):
        if prefix and partner.name_zh.startswith(prefix):
            rest = partner.name_zh[len(prefix):].strip()
            if len(rest) >= 4:
                out.append(rest)
    return out


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))
