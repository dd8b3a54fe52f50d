"""Dates written for people in Chinese and English."""

from __future__ import annotations

import pytest

from desktop.core.format import format_iso_date


@pytest.mark.parametrize(("iso", "qualifier", "zh", "en"), [
    ("2019-08", "", "2019 年 8 月", "August 2019"),
    ("2019", "", "2019 年", "2019"),
    ("2019-07-08/2019-07-12", "", "2019 年 7 月 8–12 日", "8–12 July 2019"),
    ("2019-11/2020-10", "", "2019 年 11 月至 2020 年 10 月", "November 2019 – October 2020"),
    ("2019/2020", "", "2019–2020 年", "2019–2020"),
    ("2019-05/2019-09", "", "2019 年 5–9 月", "May–September 2019"),
    ("2021", "early", "2021 年初", "early 2021"),
    ("2021-06", "planned", "2021 年 6 月（计划）", "June 2021 (planned)"),
    (None, "", "", ""),
])
def test_format_iso_date(iso, qualifier, zh, en):
    assert format_iso_date(iso, "zh", qualifier) == zh
    assert format_iso_date(iso, "en", qualifier) == en
