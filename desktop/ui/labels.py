"""How data values read in the UI: dates, partner and topic labels, lists, in either language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import format as core_format
from desktop.core.models import UNDATED, Activity, Partner, Topic
from desktop.core.store import Store


def paragraph_ref(store: Store, activity: Activity) -> str:
    """The paragraph number, with the report's session ("CPM-16 ¶2") when the library holds
    several reports, since numbers repeat from one report to the next."""
    if len(store.documents) < 2:
        return str(activity.paragraph)
    session = store.document_of(activity).session_short.split(" (")[0]
    return f"{session} ¶{activity.paragraph}"


def partner_tree_label(partner: Partner, lang: str) -> str:
    """A partner in the tree: in English the acronym first ("UNODA · United Nations Office
    for Disarmament Affairs"), so a narrow column still shows what it is."""
    if lang != "zh" and partner.acronym and partner.acronym not in partner.name_en:
        return f"{partner.acronym} · {partner.name_en}"
    return partner.display(lang)


def plural(n: int, one: str, other: str) -> str:
    """``one`` when ``n`` is 1, else ``other``: a count in words, right in every language.

    Give both through ``tr``: ``plural(n, tr("1 activity"), tr("%n activities",
    "", n))``. ``other`` is a Qt numerus string, so a translation gives each language its
    forms for every other number; ``one`` makes English read "1 activity" even where no
    catalog is loaded (Qt substitutes %n in an untranslated numerus string but keeps it
    plural). Chinese has one form: both translate alike.
    """
    return one if n == 1 else other


def list_separator(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def format_date(activity: Activity, lang: str, compact: bool = False) -> str:
    """The activity's date for people (as in exports and the CLI), or a compact form.

    ``compact`` gives numeric dates with the shared year left out of a range's end
    (``2019-12-02–05``), short enough for a list column in either language, plus the
    qualifier ("planned", "early") in the UI language.
    """
    if not compact:
        return core_format.format_date(activity, lang)
    dates = activity.date.split(",") if activity.date else [""]
    raw = activity.date_qualifier
    # One qualifier per date for separate events (",early"), or one for all of them.
    quals = raw.split(",") if "," in raw else [raw] * len(dates)
    quals += [""] * (len(dates) - len(quals))
    items = [_compact_one(d, q) for d, q in zip(dates, quals, strict=False)]
    return ", ".join(item for item in items if item)


def _compact_one(date: str, qualifier_key: str) -> str:
    text = ""
    if date:
        pieces = date.split("/")
        if len(pieces) == 2 and pieces[0][:4] == pieces[1][:4] and len(pieces[1]) > 4:
            end = pieces[1][5:]
            if len(pieces[0]) == 10 and pieces[0][:7] == pieces[1][:7]:
                end = pieces[1][8:]
            pieces = [pieces[0], end]
        text = "–".join(pieces)
    qualifier = {
        "planned": QCoreApplication.translate("Labels", "planned"),
        "early": QCoreApplication.translate("Labels", "early"),
    }.get(qualifier_key, qualifier_key)
    if qualifier and text:
        return QCoreApplication.translate("Labels", "{date} ({qualifier})").format(
            date=text, qualifier=qualifier)
    return text or qualifier


def date_sort_key(activity: Activity) -> str:
    """Chronological key; undated activities sort after dated ones."""
    return activity.date or "9999"


def undated() -> str:
    return QCoreApplication.translate("Labels", "Undated")


def year_label(year: int) -> str:
    return undated() if year == UNDATED else str(year)


def partner_short(partner: Partner, lang: str) -> str:
    """Acronym where there is one (compact for lists), else the name."""
    return partner.acronym or partner.name(lang)


def partners_text(partners: list[Partner], lang: str) -> str:
    return list_separator(lang).join(partner_short(p, lang) for p in partners)


def topics_text(topics: list[Topic], lang: str) -> str:
    return list_separator(lang).join(t.label(lang) for t in topics)


def kind(partner: Partner, lang: str) -> str:
    return partner.kind_zh if lang == "zh" and partner.kind_zh else partner.kind
