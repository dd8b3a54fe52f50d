"""How dates and other values are written for people, in Chinese or English."""

from __future__ import annotations

from desktop.core.models import Activity

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _one(value: str) -> tuple[str, str, str]:
    """Year, month and day parts of one ISO date, as strings ('' where absent)."""
    parts = value.split("-")
    return parts[0], (parts[1] if len(parts) > 1 else ""), (parts[2] if len(parts) > 2 else "")


def _zh(year: str, month: str, day: str) -> str:
    out = f"{year} 年"
    if month:
        out += f" {int(month)} 月"
    if day:
        out += f" {int(day)} 日"
    return out


def _en(year: str, month: str, day: str) -> str:
    if day:
        return f"{int(day)} {_MONTHS_EN[int(month) - 1]} {year}"
    if month:
        return f"{_MONTHS_EN[int(month) - 1]} {year}"
    return year


def format_iso_date(date: str | None, lang: str = "en", qualifier: str = "") -> str:
    """Human form of an ISO 8601 date or range: ``2019-12-02/2019-12-04`` -> 2-4 December 2019.

    Returns '' for no date. ``qualifier`` "early" gives "early 2021" / "2021 年初";
    "planned" appends "(planned)" / "（计划）". Several separate dates (``2019-11,2020-10``,
    two events) are joined with "and" / "和", never written as a period.
    """
    if not date:
        return ""
    if "," in date:
        dates = [item for item in date.split(",") if item]
        # One qualifier per date ("2020,2021" with ",early": 2020 and early 2021), or one
        # for all of them.
        quals = qualifier.split(",") if "," in qualifier else [qualifier] * len(dates)
        quals += [""] * (len(dates) - len(quals))
        items = [format_iso_date(d, lang, q) for d, q in zip(dates, quals, strict=False)]
        if lang == "zh":
            return "、".join(items[:-1]) + "和 " + items[-1]
        return ", ".join(items[:-1]) + " and " + items[-1]
    start, _, end = date.partition("/")
    a = _one(start)
    b = _one(end) if end else None
    if lang == "zh":
        if b is None:
            text = _zh(*a)
        elif a[0] == b[0] and a[1] and a[1] == b[1] and a[2] and b[2]:
            text = f"{a[0]} 年 {int(a[1])} 月 {int(a[2])}–{int(b[2])} 日"
        elif a[0] == b[0] and a[1] and b[1] and not a[2] and not b[2]:
            text = f"{a[0]} 年 {int(a[1])}–{int(b[1])} 月"
        elif not a[1] and not b[1]:
            text = f"{a[0]}–{b[0]} 年"
        else:
            text = f"{_zh(*a)}至 {_zh(*b)}"
        if qualifier == "early":
            text = text + "初" if b is None and not a[1] else "初期：" + text
        if qualifier == "planned":
            text += "（计划）"
        return text
    if b is None:
        text = _en(*a)
    elif a[0] == b[0] and a[1] and a[1] == b[1] and a[2] and b[2]:
        text = f"{int(a[2])}–{int(b[2])} {_MONTHS_EN[int(a[1]) - 1]} {a[0]}"
    elif a[0] == b[0] and a[1] and b[1] and not a[2] and not b[2]:
        text = f"{_MONTHS_EN[int(a[1]) - 1]}–{_MONTHS_EN[int(b[1]) - 1]} {a[0]}"
    elif not a[1] and not b[1]:
        text = f"{a[0]}–{b[0]}"
    else:
        text = f"{_en(*a)} – {_en(*b)}"
    if qualifier == "early":
        text = f"early {text}"
    if qualifier == "planned":
        text += " (planned)"
    return text


def format_date(activity: Activity, lang: str = "en") -> str:
    """The activity's date as written for people, '' when the report gives none."""
    return format_iso_date(activity.date, lang, activity.date_qualifier)
