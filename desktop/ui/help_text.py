# ruff: noqa: E501  (the guide is prose; Chinese lines are measured in characters, not columns)
"""The short offline user guide, in both languages (shown by Help > User guide)."""

from __future__ import annotations

GUIDE = {
    "en": """# IPPC Cooperation Explorer

What the IPPC Secretariat does with which international partner, on which topic and when,
from its reports on international cooperation to the Commission on Phytosanitary Measures.
Everything works offline; a website opens in your browser only when you click its link.

## Find
- Type in the search field (Ctrl+F): Chinese of any length (蝇, 实蝇), English words,
  names and acronyms (WCO, ePhyto). Results follow as you type. Down or Enter moves to
  the results; Esc clears the search.
- Narrow with the filters on the left: partners (the tree), topics, years, reports, calls to
  action for NPPOs. Values of one filter are combined with OR, different filters with AND.
  Each active filter is listed above the results with a ✕ to remove it.
- Right-click a partner or a result for more: show only that partner, copy, export.

## Read
- The right pane shows the selected activity: the report's text (for a report in Chinese,
  English is our unofficial working translation; the Chinese text is authoritative), its
  date, partners and topics, and the citation. "Whole paragraph" shows it in context.
- Back and forward (Alt+Left, Alt+Right) return to what you read before.

## Brief
- File › Export (Ctrl+E) writes the results, your selection, a partner or everything as a
  Word briefing or a CSV table for Excel.
- Copy (Ctrl+C) copies the selected activities with their citations; Copy citation
  (Ctrl+Shift+C) only the citation.

## Keyboard and screen readers
- Everything can be done from the keyboard. Tab and Shift+Tab move between the search
  field, the partner tree, the filters, the results and the detail pane; the focused part
  has a ring around it. Arrow keys move within a list or tree; Space ticks a topic or year.
- The toolbar's buttons are not Tab stops: each is also in a menu, with a shortcut.
- Shortcuts: Ctrl+F search; Down or Enter from the search to the results; Esc clears the
  search (in the partner tree: removes the partner filter); Ctrl+Shift+L clear all filters;
  Ctrl+C copy; Ctrl+Shift+C copy citation; Ctrl+D star; Ctrl+Shift+D add to a collection;
  Ctrl+E export; Ctrl+P print; Ctrl+O add a report; Alt+Left, Alt+Right back and forward;
  Ctrl++ and Ctrl+- text size, Ctrl+0 normal size; Ctrl+1 and Ctrl+3 show or hide the
  left and right panes; F1 this guide; the Menu key or Shift+F10 opens a context menu;
  Alt+F, Alt+E, Alt+V, Alt+H open the File, Edit, View and Help menus (also in Chinese,
  where the menus show no letters; or Alt alone, then the letter), and in an open menu its
  item's letter chooses it.
  Help › Keyboard shortcuts lists them too.
- Screen readers (NVDA, JAWS, VoiceOver, Orca) read every control by name, the number of
  results after each search, and "copied" or "export finished" when they happen.

## Add reports
- File › Add report… reads next year's report from a text, Word or PDF file. Its links are
  found automatically: check them against the text. File › Import data pack… adds curated
  reports. Your additions stay in your user folder and survive updates of the app.
""",
    "zh": """# 《国际植保公约》合作伙伴浏览器

根据《国际植保公约》秘书处向植物检疫措施委员会提交的国际合作工作报告，查看秘书处与哪些国际合作伙伴、
就哪些主题、在何时开展了哪些合作。本程序完全离线运行；只有在您点击网站链接时，才会在浏览器中打开该网站。

## 检索
- 在检索框（Ctrl+F）中输入：任意长度的中文（蝇、实蝇）、英文词语、名称和缩写（WCO、ePhyto）。
  输入时即显示结果。按下方向键或回车键可转到结果列表；按 Esc 清除检索。
- 用左侧的筛选条件缩小范围：合作伙伴（树形列表）、主题、年份、报告、对国家植保机构的行动呼吁。
  同一筛选条件的多个值为“或”，不同筛选条件之间为“且”。每个生效的筛选条件显示在结果上方，点击 ✕ 即可删除。
- 右键点击合作伙伴或结果可进行更多操作：只显示该合作伙伴、复制、导出。

## 阅读
- 右侧窗格显示所选活动：报告原文（中文报告的英文为非官方工作译文，以中文原文为准）、日期、合作伙伴、
  主题和引用。“整段”可显示其所在段落。
- 后退和前进（Alt+左方向键、Alt+右方向键）可返回之前阅读的内容。

## 简报
- “文件 › 导出”（Ctrl+E）可将检索结果、所选活动、某一合作伙伴或全部活动导出为 Word 简报或供 Excel
  使用的 CSV 表格。
- “复制”（Ctrl+C）复制所选活动及其引用；“复制引用”（Ctrl+Shift+C）只复制引用。

## 键盘与读屏软件
- 所有操作都可以只用键盘完成。Tab 和 Shift+Tab 在检索框、合作伙伴树、筛选条件、结果列表和详情窗格之间移动；
  获得焦点的部分周围有一圈边框。方向键在列表或树中移动；空格键勾选主题或年份。
- 工具栏按钮不在 Tab 顺序中：每个按钮的功能也在菜单中，并有快捷键。
- 快捷键：Ctrl+F 检索；在检索框中按下方向键或回车键转到结果；Esc 清除检索（在合作伙伴树中：取消合作伙伴筛选）；
  Ctrl+Shift+L 清除全部筛选；Ctrl+C 复制；Ctrl+Shift+C 复制引用；Ctrl+D 加星标；Ctrl+Shift+D 加入收藏夹；
  Ctrl+E 导出；Ctrl+P 打印；Ctrl+O 添加报告；Alt+左方向键、Alt+右方向键 后退和前进；Ctrl++ 和 Ctrl+- 调整文字大小，
  Ctrl+0 恢复正常大小；Ctrl+1 和 Ctrl+3 显示或隐藏左、右窗格；F1 本指南；菜单键或 Shift+F10 打开右键菜单；
  Alt+F、Alt+E、Alt+V、Alt+H 分别打开“文件”“编辑”“视图”“帮助”菜单（也可先单独按 Alt 再按字母；菜单中不显示字母，读屏软件因此不会读出“(F)”），
  菜单打开后按菜单项对应的字母（与英文界面相同）即可选择。
  “帮助 › 键盘快捷键”中也列出了这些快捷键。
- 读屏软件（NVDA、JAWS、VoiceOver、Orca）可读出每个控件的名称、每次检索后的结果数，以及复制或导出完成的提示。

## 添加报告
- “文件 › 添加报告…”可从文本、Word 或 PDF 文件读取新的报告。其关联信息为自动识别，请对照原文核实。
  “文件 › 导入数据包…”可添加经审核的报告。您添加的内容保存在您的用户文件夹中，程序更新后仍然保留。
""",
}
