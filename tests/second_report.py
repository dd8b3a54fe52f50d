# ruff: noqa: E501, W293  (report texts: long lines and the footnote separator are data)
"""A small second report, written into a copy of the sources by the tests that need two.

It is a test fixture, not data: the bundled database holds only the real reports. Its text is
shaped like a real CPM paper (title block, numbered paragraphs, a part heading, a closing
decision paragraph, a footnote block at a page break) so that it goes through the same parser
and the same checks as the real report.
"""

from __future__ import annotations

import shutil
from pathlib import Path

DOC_ID = "cpm99"
FOLDER = "cpm99_2099_9_9"

REPORT_ZH = """ 植物检疫措施委员会

第九十九届会议

2099 年 4 月 5-8 日，罗马

《国际植保公约》秘书处国际合作工作报告

议题 9.9

《国际植保公约》秘书处编写

1. 以下各段列举 2098 年的主要合作活动。

I. 第 1 部分：国际组织

2. 世界海关组织：2098 年 6 月，秘书处与世界海关组织举行了一次会议，讨论海运集装箱

清洁度数据1。

                                                 
1 测试脚注：https://example.org/test-footnote
 3. 国际海事组织：秘书处参加了 2098 年 9 月的货物运输单元检查计划会议。

4. 提请植检委：

1) 注意本报告。
"""

REPORT_EN = """Commission on Phytosanitary Measures

Ninety-ninth session

Rome, 5–8 April 2099

Report of the IPPC Secretariat on international cooperation

Agenda item 9.9

Prepared by the IPPC Secretariat

1. The following paragraphs list the main cooperation activities in 2098.

I. Part 1: International organizations

2. World Customs Organization (WCO): In June 2098, the Secretariat held a meeting with the WCO to discuss data on sea container cleanliness1.

3. International Maritime Organization (IMO): The Secretariat took part in a meeting on the cargo transport unit inspection programme in September 2098.

4. The CPM is invited to: 1) note this report.
                                                 
1 Test footnote: https://example.org/test-footnote
"""

DOCUMENT_TOML = """[document]
id = "cpm99"
sort = 2
file = "report.txt"
language = "zh-Hans"
file_en = "report.en.txt"
title_zh = "《国际植保公约》秘书处国际合作工作报告"
title_en = "Report of the IPPC Secretariat on international cooperation"
body_zh = "植物检疫措施委员会"
body_en = "Commission on Phytosanitary Measures"
session_zh = "第九十九届会议"
session_en = "Ninety-ninth session (CPM-99)"
session_short = "CPM-99 (2099)"
session_dates = "2099-04-05/2099-04-08"
session_place_zh = "罗马"
session_place_en = "Rome"
agenda_item = "9.9"
period = "2098"
prepared_by_zh = "《国际植保公约》秘书处编写"
prepared_by_en = "Prepared by the IPPC Secretariat"
covered = [2, 3]

[[part]]
number = 1
group = "international"
"""

ACTIVITIES_TOML = """[[activity]]
paragraph = 2
quote = "2098 年 6 月，秘书处与世界海关组织举行了一次会议，讨论海运集装箱清洁度数据。"
text_en = "In June 2098, the Secretariat held a meeting with the WCO to discuss data on sea container cleanliness."
date = "2098-06"
date_qualifier = ""
place_zh = ""
place_en = ""
partners = ["wco"]
topics = ["sea_containers", "customs"]
title_zh = "与世界海关组织举行会议讨论海运集装箱清洁度数据"
title_en = "Meeting with the WCO on sea container cleanliness data"
calls_to_action = false

[[activity]]
paragraph = 3
quote = "秘书处参加了 2098 年 9 月的货物运输单元检查计划会议。"
text_en = "The Secretariat took part in a meeting on the cargo transport unit inspection programme in September 2098."
date = "2098-09"
date_qualifier = ""
place_zh = ""
place_en = ""
partners = ["imo"]
topics = ["sea_containers"]
title_zh = "参加货物运输单元检查计划会议"
title_en = "Meeting on the cargo transport unit inspection programme"
calls_to_action = false
"""


def write_second_report(root: Path) -> Path:
    """Write the fixture report's folder under the sources ``root``; return the folder."""
    folder = root / FOLDER
    (folder / "activities").mkdir(parents=True)
    (folder / "report.txt").write_text(REPORT_ZH, encoding="utf-8")
    (folder / "report.en.txt").write_text(REPORT_EN, encoding="utf-8")
    (folder / "document.toml").write_text(DOCUMENT_TOML, encoding="utf-8")
    (folder / "activities" / "p02-p03.toml").write_text(ACTIVITIES_TOML, encoding="utf-8")
    return folder


def copy_sources(sources: Path, target: Path, *, second: bool = False) -> Path:
    """A copy of the real sources in ``target`` (plus the fixture report if ``second``)."""
    shutil.copytree(sources, target)
    if second:
        write_second_report(target)
    return target
