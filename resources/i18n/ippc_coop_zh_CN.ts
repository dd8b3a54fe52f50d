<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="125" />
        <source>Clear {field}</source>
        <extracomment>Roles of objects a user acts on (the ones that must have a name). Cells and rows of item views are left out: they are named by the model's data, and the view itself is counted. Roles whose children are the items of a model: not walked (thousands of rows). An access key left in a name: "文件(F)", "导出(E)…", "（F）" (an "&amp;" in a name is a literal ampersand: Qt removes the mnemonic's). Stripped from a text to make a name: a CJK-style "(&amp;F)" with the space before it, then the "&amp;" of a Latin mnemonic ("&amp;&amp;" is a literal ampersand). Dynamic property on widgets whose accessible name was set by :func:`fill_in_names`, so a later call (after a change of language) may replace it, but never a name set elsewhere.</extracomment>
        <translation>清除{field}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="126" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="140" />
        <source>{name}: choices</source>
        <translation>{name}：选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="145" />
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="274" />
        <source>⚑ A call to action for NPPOs: {title}</source>
        <extracomment>Rows read from the database in one go when the view reaches one not yet read. Rows the view is given at first and then per ``fetchMore`` (as it scrolls): a view lays out every row it has, so it gets them as it needs them. The roles :meth:`data` answers; a view asks for about seven per cell it paints, and the others (font, colours, icon, check state…) are turned away before anything else.</extracomment>
        <translation>⚑ 对国家植保机构的行动呼吁：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="293" />
        <source>Paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="295" />
        <source>{report}, paragraph {number}</source>
        <translation>{report}，第 {number} 段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="300" />
        <source>Call to action for NPPOs: {title}</source>
        <translation>对国家植保机构的行动呼吁：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>¶</source>
        <extracomment>Every row's flags (computed once: views ask for them for every row they lay out).</extracomment>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="330" />
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="332" />
        <source>Paragraph of the report</source>
        <translation>报告段落编号</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="84" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88" />
        <source>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</source>
        <translation>出现了问题，但您可以继续使用。如果再次发生，请连同日志文件一起报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91" />
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="163" />
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
</context>
<context>
    <name>BriefingPrint</name>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="49" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="50" />
        <source>There is nothing to print: no activities are listed. Change the search or the filters and try again.</source>
        <translation>没有可打印的内容：列表中没有活动。请更改检索或筛选条件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="61" />
        <source>Print briefing</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="68" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="415" />
        <source>Citation copied</source>
        <translation>已复制引用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="453" />
        <source>Select an activity to read what the report says about it, or a partner in the tree to see its card.</source>
        <translation>选择一项活动以阅读报告原文，或在左侧树中选择合作伙伴以查看其简介。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="481" />
        <source>Paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="488" />
        <source>Calls to action for NPPOs</source>
        <translation>对国家植保机构的行动呼吁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="498" />
        <source>Show all the activities on this topic (the search and the other filters are cleared; the report filter stays)</source>
        <translation>显示该主题的全部活动（清除检索和其他筛选条件，保留报告筛选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="518" />
        <source>English (unofficial working translation)</source>
        <translation>英文（非官方工作译文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="522" />
        <source>Report text</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="501" />
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="506" />
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="506" />
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="510" />
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="264" />
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="652" />
        <location filename="../../desktop/ui/detail_pane.py" line="654" />
        <location filename="../../desktop/ui/detail_pane.py" line="679" />
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="653" />
        <location filename="../../desktop/ui/detail_pane.py" line="654" />
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="257" />
        <source>Star it to find it again with “Starred only” (Ctrl+D)</source>
        <translation>加星标后可用“只看星标”再次找到（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="255" />
        <source>Add to collection…</source>
        <extracomment>Search matches are marked like a highlighter pen: dark text on yellow reads well on both light and dark palettes (the one colour the guide allows us to fix). A partner's card lists this many of its activities (all of them are in the list). Spacing only: sizes and colours come from the font and the palette (dark mode included). A short message for the status bar, e.g. after copying. Back/forward availability changed. Back or forward showed ``(kind, id)`` again ("activity" or "partner"). "Add to collection…" for ``(kind, id)``. A star or a note changed (the window refreshes personal filters and counts).</extracomment>
        <translation>加入收藏夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="474" />
        <source>In your collections: {names}</source>
        <translation>所在收藏夹：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="267" />
        <source>Your note (kept on this computer; searchable)</source>
        <translation>您的笔记（保存在本机；可检索）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="265" />
        <location filename="../../desktop/ui/detail_pane.py" line="268" />
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="679" />
        <source>Star removed</source>
        <translation>已取消星标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="697" />
        <source>Note saved</source>
        <translation>笔记已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="258" />
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="618" />
        <source>The report text in Chinese, as published (authoritative)</source>
        <translation>报告中文原文（以此为准）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="619" />
        <source>The report text in English: an unofficial working translation</source>
        <translation>报告英文文本：非官方工作译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="259" />
        <source>Both texts, one above the other</source>
        <translation>两种文本，上下对照</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="625" />
        <source>Show the text: {choice}</source>
        <translation>显示文本：{choice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="260" />
        <source>No English translation of this report</source>
        <translation>本报告没有英文译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="261" />
        <source>Whole paragraph</source>
        <translation>整段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="263" />
        <source>Show the whole paragraph of the report, with this activity's text in bold</source>
        <translation>显示报告的整个段落，本活动的文字以粗体标出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="423" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="447" />
        <source>Activity details</source>
        <translation>活动详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="450" />
        <source>Partner details</source>
        <translation>合作伙伴详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="455" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="501" />
        <source>Show all activities on:</source>
        <translation>显示以下主题的全部活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="520" />
        <source>Report text (Chinese original)</source>
        <translation>报告原文（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="530" />
        <source>{heading}, paragraph {n}</source>
        <translation>{heading}，第 {n} 段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="548" />
        <source>Acronym: {acronym}</source>
        <translation>缩写：{acronym}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="557" />
        <source>Show all activities of this partner</source>
        <translation>显示该合作伙伴的全部活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="571" />
        <source>Part of: </source>
        <translation>隶属于：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="573" />
        <source>Member bodies</source>
        <translation>下属机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="574" />
        <source>Member of</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="575" />
        <source>Partners in the same activities</source>
        <translation>同一活动中的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="596" />
        <source>… and {count} more: the list shows them all.</source>
        <translation>……另有 {count} 项：列表中显示全部活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="719" />
        <source>Could not open {url}: no web browser is set up on this computer. The address is copied; paste it into a browser.</source>
        <translation>无法打开 {url}：本机未设置网页浏览器。网址已复制，请粘贴到浏览器中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="584" />
        <source>Activities ({count})</source>
        <translation>活动（{count}）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95" />
        <location filename="../../desktop/ui/export_dialog.py" line="360" />
        <source>Export</source>
        <extracomment>Emitted with the final path after a successful export.</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110" />
        <source>What to export</source>
        <extracomment>A collection to export (set by the window): then its order, notes and introduction replace the scopes.</extracomment>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="114" />
        <source>Selected partner</source>
        <translation>所选合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118" />
        <source>Selected partner: {name}</source>
        <translation>所选合作伙伴：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="123" />
        <source>Current results</source>
        <translation>当前结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124" />
        <source>Selected activities</source>
        <translation>所选活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="126" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="130" />
        <source>{what} ({count})</source>
        <translation>{what}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="144" />
        <source>Word briefing (.docx)</source>
        <translation>Word 简报（.docx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145" />
        <source>PDF briefing (.pdf)</source>
        <translation>PDF 简报（.pdf）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146" />
        <source>CSV table for Excel (.csv)</source>
        <translation>适用于 Excel 的 CSV 表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="147" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="151" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="154" />
        <source>Clear the title</source>
        <translation>清除标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="162" />
        <source>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</source>
        <translation>标题、标签和引文所用的语言。中文报告的英文引文为非官方工作译文，文件中会注明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165" />
        <source>Add the other language under each &amp;quotation</source>
        <translation>在每段引文下附上另一种语言(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="167" />
        <source>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</source>
        <translation>Word 和 PDF 简报：在每段引文下方附上另一种语言的同一文本（中文原文或英文工作译文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="171" />
        <source>Include the timeline and the &amp;map</source>
        <translation>附上时间线和合作伙伴与主题图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173" />
        <source>Word and PDF briefings: pictures of the exported activities on a timeline and by partner and topic, after the contents</source>
        <translation>Word 和 PDF 简报：在目录之后附上所导出活动的时间线图和合作伙伴与主题图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180" />
        <source>UTF-8 with BOM (recommended for Excel)</source>
        <translation>带 BOM 的 UTF-8（推荐用于 Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181" />
        <source>UTF-8 without BOM</source>
        <translation>不带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="182" />
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030（较旧的中文版 Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="186" />
        <source>CSV &amp;encoding:</source>
        <translation>CSV 编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="195" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="196" />
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="218" />
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="329" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="330" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="334" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="358" />
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="359" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="376" />
        <source>Export cancelled. No file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="379" />
        <source>The export failed. No file was changed.</source>
        <translation>导出失败，未更改任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="380" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="402" />
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="421" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="422" />
        <source>No program could open {path}. Open it from your file manager.</source>
        <translation>没有程序能打开 {path}。请在文件管理器中打开。</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="292" />
        <source>{year} ({count})</source>
        <translation>{year}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="308" />
        <source>{report} · imported</source>
        <translation>{report} · 已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="310" />
        <source>{report} · added</source>
        <translation>{report} · 已添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="311" />
        <source>{report} ({count})</source>
        <translation>{report}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="314" />
        <source>Added from {file}; links found automatically</source>
        <translation>从 {file} 添加；关联信息为自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="295" />
        <source>Undated, 1 activity</source>
        <translation>未注明日期，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="296" />
        <source>Undated, %n activities</source>
        <translation>
            <numerusform>未注明日期，%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="298" />
        <source>Year {year}, 1 activity</source>
        <translation>{year} 年，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="299" />
        <source>Year {year}, %n activities</source>
        <translation>
            <numerusform>{year} 年，%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="318" />
        <source>Report {report}, 1 activity</source>
        <translation>报告 {report}，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="319" />
        <source>Report {report}, %n activities</source>
        <translation>
            <numerusform>报告 {report}，%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="321" />
        <source>Calls to action for NPPOs only ({count})</source>
        <translation>仅限对国家植保机构的行动呼吁（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="324" />
        <source>Calls to action for NPPOs only, 1 activity</source>
        <translation>仅限对国家植保机构的行动呼吁，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="325" />
        <source>Calls to action for NPPOs only, %n activities</source>
        <translation>
            <numerusform>仅限对国家植保机构的行动呼吁，%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="354" />
        <source>&amp;Topics</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="355" />
        <source>By count</source>
        <translation>按数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="356" />
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="359" />
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="360" />
        <source>Sort topics</source>
        <translation>主题排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="361" />
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="363" />
        <source>Check topics to show only their activities; Space toggles</source>
        <translation>勾选主题以只显示其活动；空格键切换勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="364" />
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="365" />
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="367" />
        <source>Only activities in which the report calls on national plant protection organizations to act</source>
        <translation>只显示报告呼吁国家植物保护机构采取行动的活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="369" />
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74" />
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75" />
        <source>early</source>
        <translation>年初</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78" />
        <source>{date} ({qualifier})</source>
        <translation>{date}（{qualifier}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89" />
        <source>Undated</source>
        <translation>未注明日期</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="572" />
        <source>This activity is not in the list: it does not match the current search and filters.</source>
        <extracomment>Native names, shown the same in every UI language so a user can always find their own. Emitted after each refresh with the number of hits shown.</extracomment>
        <translation>此活动不在列表中：它不符合当前的检索和筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1163" />
        <source>Topic: {name}</source>
        <translation>主题：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1165" />
        <source>Year: {year}</source>
        <translation>年份：{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1172" />
        <source>Partner: {name}</source>
        <translation>合作伙伴：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1175" />
        <source>Part: {name}</source>
        <translation>部分：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1182" />
        <source>Report: {name}</source>
        <translation>报告：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1184" />
        <source>Calls to action for NPPOs</source>
        <translation>对国家植保机构的行动呼吁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1203" />
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1208" />
        <source>Filters:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1212" />
        <source>Active filters: {list}</source>
        <translation>当前筛选：{list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1243" />
        <source>No activity matches “{query}” with the current filters.</source>
        <translation>在当前筛选条件下，没有活动与“{query}”匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1252" />
        <source>It is not in the report at all: try fewer or shorter words.</source>
        <translation>报告中没有这一内容：请尝试更少或更短的词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1255" />
        <source>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</source>
        <translation>没有活动提到“{query}”。
请尝试更少或更短的词，或换一种写法；合作伙伴名称可用中文或英文搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1259" />
        <source>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</source>
        <translation>没有活动同时符合所选的全部筛选条件。
不同类型的筛选条件须同时满足：移除其中一个即可扩大范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1269" />
        <source>{shown} of {total} activities</source>
        <translation>显示 {shown} 项，共 {total} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1271" />
        <source>Data {version}</source>
        <translation>数据版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1273" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1275" />
        <source>Everything is read from the bundled database; nothing is sent or fetched.</source>
        <translation>所有内容都读取自随附的数据库；不发送也不下载任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="938" />
        <location filename="../../desktop/ui/main_window.py" line="1298" />
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1050" />
        <source>{count} selected</source>
        <translation>已选 {count} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1123" />
        <source>Copy {count} activities</source>
        <translation>复制 {count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1152" />
        <source>{count} activities copied</source>
        <translation>已复制 {count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1322" />
        <location filename="../../desktop/ui/main_window.py" line="1372" />
        <source>Add a report</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1323" />
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.docx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1350" />
        <source>Added {report}: {count} activities. Links were found automatically: check them against the text.</source>
        <translation>已添加 {report}：{count} 项活动。关联信息为自动识别，请对照原文核实。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1361" />
        <source>Report: {session}, agenda item {item}</source>
        <translation>报告：{session}，议题 {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1363" />
        <source>Title: {title}</source>
        <translation>标题：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1364" />
        <source>{count} paragraphs become activities; {partners} partners recognised.</source>
        <translation>{count} 个段落将成为活动；识别出 {partners} 个合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1368" />
        <source>Names not in the registry (not linked): {names}</source>
        <translation>登记表中没有的名称（未关联）：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1370" />
        <source>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</source>
        <translation>合作伙伴、主题和日期为自动识别，程序会作出标注。将此报告添加到资料库吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1380" />
        <source>Import a data pack</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1381" />
        <source>Data packs (*.ippcpack *.sqlite);;All files (*)</source>
        <translation>数据包 (*.ippcpack *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1398" />
        <source>Reports added: {added}
Reports replaced: {replaced}
Partners added: {partners}
Activities added: {a_added}, removed: {a_removed}, changed: {a_changed}</source>
        <translation>新增报告：{added}
替换报告：{replaced}
新增合作伙伴：{partners}
活动：新增 {a_added}，删除 {a_removed}，更改 {a_changed}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1404" />
        <source>Data pack imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1410" />
        <location filename="../../desktop/ui/main_window.py" line="1415" />
        <location filename="../../desktop/ui/main_window.py" line="1419" />
        <source>Remove an added report</source>
        <translation>删除已添加的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1411" />
        <source>No report has been added. The reports that come with the app cannot be removed.</source>
        <translation>尚未添加任何报告。随本程序提供的报告不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1416" />
        <source>Report to remove:</source>
        <translation>要删除的报告：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1420" />
        <source>Remove {report} from your library? You can import its file again later.</source>
        <translation>从资料库中删除 {report} 吗？之后可以重新导入其文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1434" />
        <source>Report removed</source>
        <translation>报告已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1445" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1454" />
        <source>Select an activity to cite it.</source>
        <translation>请先选择一项活动再引用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1148" />
        <source>Activity copied</source>
        <translation>已复制活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="597" />
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="598" />
        <source>Reading the library ({count} activities)…</source>
        <translation>正在读取资料库（{count} 项活动）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="621" />
        <source>The search failed</source>
        <translation>检索失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="777" />
        <source>partner</source>
        <extracomment>The tabs after the list: the time line and the partner x topic map (issue 13). Up to this many partners with matches, the narrowed tree is opened whole; beyond, only its parts (opening thousands of rows costs more than a keystroke may).</extracomment>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="781" />
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="787" />
        <source>The earlier {kinds} filter was replaced by the one chosen on the map, so the list can hold more activities than the map counted.</source>
        <translation>原先的{kinds}筛选已被在图中所选的筛选取代，因此列表中的活动可能多于图中的计数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="906" />
        <source>Your personal data is not available.</source>
        <translation>您的个人数据不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="912" />
        <source>Select activities to add.</source>
        <translation>请选择要加入的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="924" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="925" />
        <source>The collection {name} has no activities to export.</source>
        <translation>收藏夹 {name} 中没有可导出的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="945" />
        <source>Back up my data</source>
        <translation>备份我的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="946" />
        <source>Backups (*.sqlite)</source>
        <translation>备份文件 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="953" />
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="959" />
        <location filename="../../desktop/ui/main_window.py" line="963" />
        <source>Restore my data</source>
        <translation>恢复我的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="960" />
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>备份文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="964" />
        <source>Replace your notes, stars, collections and saved searches with those of the backup? The current ones are kept in a file beside them.</source>
        <translation>用备份中的笔记、星标、收藏夹和已存检索替换现有数据吗？现有数据会保存在旁边的一个文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="976" />
        <source>Your data was restored.</source>
        <translation>您的数据已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1014" />
        <source>In the search field: go to the results</source>
        <translation>在检索框中：转到结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1014" />
        <source>Down, Enter</source>
        <translation>下方向键、回车键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1015" />
        <source>Clear the search</source>
        <translation>清除检索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1016" />
        <source>In the partner tree: remove the partner filter</source>
        <translation>在合作伙伴树中：删除合作伙伴筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1017" />
        <source>Open the File, Edit, View or Help menu</source>
        <translation>打开“文件”“编辑”“视图”或“帮助”菜单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1019" />
        <source>Open a context menu</source>
        <translation>打开右键菜单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1019" />
        <source>Right-click, Menu key</source>
        <translation>右键点击、菜单键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Select several results</source>
        <translation>选择多个结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Shift or Ctrl + click or arrows</source>
        <translation>Shift 或 Ctrl + 点击或方向键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1023" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1030" />
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1089" />
        <source>Show only this partner's activities</source>
        <translation>只显示该合作伙伴的活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1092" />
        <source>Show its card</source>
        <translation>显示其简介</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1094" />
        <source>Copy name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1095" />
        <source>Name copied</source>
        <translation>已复制名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1097" />
        <source>Export this partner's activities…</source>
        <translation>导出该合作伙伴的活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1102" />
        <source>Show only this part</source>
        <translation>只显示该部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1122" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1124" />
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1126" />
        <source>Add to collection…</source>
        <translation>加入收藏夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1128" />
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1130" />
        <source>Read the whole paragraph</source>
        <translation>阅读整段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1187" />
        <source>Starred only</source>
        <translation>只看星标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1189" />
        <source>With my notes only</source>
        <translation>只看有笔记的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1191" />
        <source>My notes: {words}</source>
        <translation>我的笔记：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194" />
        <source>Collection: {name}</source>
        <translation>收藏夹：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1247" />
        <source>1 activity matches it without filters: remove a filter or clear them all.</source>
        <translation>不加筛选时有 1 项活动匹配：请移除某个筛选条件或全部清除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1248" />
        <source>%n activities match it without filters: remove a filter or clear them all.</source>
        <translation>
            <numerusform>不加筛选时有 %n 项活动匹配：请移除某个筛选条件或全部清除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1582" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1583" />
        <source>Data version {version}</source>
        <translation>数据版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1586" />
        <source>Source: {title}, {session}, agenda item {item}</source>
        <translation>来源：{title}，{session}，议题 {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1590" />
        <source>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</source>
        <translation>报告文本按其原文语言逐字引用。中文报告的英文文本为非官方工作译文，以中文原文为准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1593" />
        <source>Licence: MIT</source>
        <translation>许可证：MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1594" />
        <source>Works offline: no network connection is ever made.</source>
        <translation>离线运行：从不建立任何网络连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1597" />
        <source>About {name}</source>
        <translation>关于{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1608" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1609" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1610" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1611" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1612" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1613" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1615" />
        <source>My briefing</source>
        <translation>我的简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <source>Topic map</source>
        <translation>主题图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1619" />
        <source>Show the activity &amp;list</source>
        <translation>显示活动列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1620" />
        <source>Show the &amp;timeline</source>
        <translation>显示时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1621" />
        <source>Show the topic &amp;map</source>
        <translation>显示主题图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1623" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1624" />
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1625" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1626" />
        <source>&amp;Add report…</source>
        <translation>添加报告(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1627" />
        <source>Import data &amp;pack…</source>
        <translation>导入数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1628" />
        <source>&amp;Remove an added report…</source>
        <translation>删除已添加的报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1629" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1630" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1631" />
        <source>Copy ci&amp;tation</source>
        <translation>复制引用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1632" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1633" />
        <source>C&amp;lear all filters</source>
        <translation>清除全部筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1634" />
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1635" />
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1636" />
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1637" />
        <source>Show &amp;partners and filters</source>
        <translation>显示合作伙伴和筛选(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1638" />
        <source>Show &amp;detail pane</source>
        <translation>显示详情窗格(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1639" />
        <source>&amp;Hide partners without matches</source>
        <translation>隐藏无匹配的合作伙伴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1640" />
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1641" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1642" />
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1643" />
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1644" />
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1645" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1646" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1647" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1648" />
        <source>S&amp;tar or unstar</source>
        <translation>加星标/取消星标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1649" />
        <source>Add to c&amp;ollection…</source>
        <translation>加入收藏夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1650" />
        <source>&amp;Back up my data…</source>
        <translation>备份我的数据(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1651" />
        <source>Restore my &amp;data…</source>
        <translation>恢复我的数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1652" />
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1653" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1659" />
        <source>Export the listed activities (Ctrl+E)</source>
        <translation>导出列出的活动（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1661" />
        <source>Add a CPM report on international cooperation from a text, Word or PDF file</source>
        <translation>从文本、Word 或 PDF 文件添加植检委国际合作报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1663" />
        <source>Add curated reports from a data pack file</source>
        <translation>从数据包文件添加经审核的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1664" />
        <source>Search the report (Ctrl+F)</source>
        <translation>搜索报告（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1665" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1666" />
        <source>Hide partners without matches</source>
        <translation>隐藏无匹配的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1614" />
        <location filename="../../desktop/ui/main_window.py" line="1667" />
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1669" />
        <source>The report's three parts with their partners and the number of matching activities; selecting one shows only its activities</source>
        <translation>报告的三个部分及其合作伙伴和匹配活动数；选择其中一项即只显示其活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1671" />
        <source>Partners and filters</source>
        <translation>合作伙伴和筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1672" />
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <location filename="../../desktop/ui/main_window.py" line="1673" />
        <location filename="../../desktop/ui/main_window.py" line="1674" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1675" />
        <source>Activity details</source>
        <translation>活动详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1676" />
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1677" />
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1679" />
        <source>Number of activities shown</source>
        <translation>显示的活动数</translation>
    </message>
</context>
<context>
    <name>MyBriefingPanel</name>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="206" />
        <source>{name} ({count})</source>
        <extracomment>What the activity list puts on a drag: activity ids, one per line. The personal filters changed (starred, with notes, notes query, collection shown). A saved search was chosen: (query, Filters). An item was opened: ("activity" | "partner", id). Export this collection as a briefing. Ask the window for the current search, to save it: emits nothing, the window answers through :meth:`save_search`. Something happened worth a status-bar line.</extracomment>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="210" />
        <source>Drop activities here, or use “Add to collection” (Ctrl+Shift+D)</source>
        <translation>将活动拖放到此处，或使用“加入收藏夹”（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="227" />
        <source>(filters only)</source>
        <translation>（仅筛选条件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="233" />
        <source>1 of your notes, stars or collection items refers to an activity or partner no longer in the library. It is kept. &lt;a href='show'&gt;Show&lt;/a&gt;</source>
        <translation>您的笔记、星标或收藏夹中有 1 项指向已不在资料库中的活动或合作伙伴。该项已保留。&lt;a href='show'&gt;显示&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/my_briefing.py" line="236" />
        <source>%n of your notes, stars or collection items refer to activities or partners no longer in the library. They are kept. &lt;a href='show'&gt;Show&lt;/a&gt;</source>
        <translation>
            <numerusform>您的笔记、星标或收藏夹中有 %n 项指向已不在资料库中的活动或合作伙伴。这些项已保留。&lt;a href='show'&gt;显示&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="250" />
        <source>{id} (no longer in the library)</source>
        <translation>{id}（已不在资料库中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="254" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="258" />
        <source>New collection</source>
        <translation>新建收藏夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="279" />
        <source>Added to {name}: {count}</source>
        <translation>已加入 {name}：{count} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="288" />
        <source>New collection…</source>
        <translation>新建收藏夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="289" />
        <source>Add to collection</source>
        <translation>加入收藏夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="290" />
        <source>Collection:</source>
        <translation>收藏夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="319" />
        <source>Choose a collection to export.</source>
        <translation>请选择要导出的收藏夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="338" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="339" />
        <source>Note in this collection…</source>
        <translation>本收藏夹中的笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="341" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="343" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="346" />
        <source>Remove from the collection</source>
        <translation>从收藏夹中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="349" />
        <source>Show its activities</source>
        <translation>显示其中的活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="350" />
        <source>Introduction…</source>
        <translation>引言…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="351" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="352" />
        <source>Export as a briefing…</source>
        <translation>导出为简报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="355" />
        <location filename="../../desktop/ui/my_briefing.py" line="397" />
        <source>Delete the collection</source>
        <translation>删除收藏夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="370" />
        <source>Note in {name}</source>
        <translation>{name} 中的笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="371" />
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="381" />
        <source>Introduction of {name}</source>
        <translation>{name} 的引言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="382" />
        <source>Introduction (printed at the top of the briefing):</source>
        <translation>引言（印在简报开头）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="388" />
        <source>Rename collection</source>
        <translation>重命名收藏夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="398" />
        <source>Delete the collection {name} and its notes? The activities stay in the library.</source>
        <translation>删除收藏夹 {name} 及其笔记吗？其中的活动仍保留在资料库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="409" />
        <source>Save the search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="413" />
        <source>Search saved as {name}</source>
        <translation>检索已保存为 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="429" />
        <source>Delete the saved search</source>
        <translation>删除已存检索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="440" />
        <source>Kept notes</source>
        <translation>保留的笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="448" />
        <source>My briefing</source>
        <translation>我的简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="453" />
        <source>Starred only</source>
        <translation>只看星标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="454" />
        <source>With my notes only</source>
        <translation>只看有笔记的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="455" />
        <location filename="../../desktop/ui/my_briefing.py" line="456" />
        <source>Search my notes</source>
        <translation>检索我的笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="457" />
        <source>&amp;Collections</source>
        <translation>收藏夹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="458" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="459" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="460" />
        <source>Export the chosen collection as a briefing</source>
        <translation>将所选收藏夹导出为简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="461" />
        <source>Saved &amp;searches</source>
        <translation>已存检索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="462" />
        <source>Save the current search…</source>
        <translation>保存当前检索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="463" />
        <source>Collections</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="464" />
        <source>Saved searches</source>
        <translation>已存检索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="467" />
        <source>Clear the notes search</source>
        <translation>清除笔记检索</translation>
    </message>
</context>
<context>
    <name>PartnerTreeModel</name>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="190" />
        <source>Listed here as a member</source>
        <translation>作为成员列于此处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="184" />
        <source>{name}: 1 matching activity</source>
        <extracomment>``("group", group_id)`` or ``("partner", partner_id)``.</extracomment>
        <translation>{name}：1 项匹配活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="185" />
        <source>{name}: %n matching activities</source>
        <translation>
            <numerusform>{name}：%n 项匹配活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="191" />
        <source>1 matching activity</source>
        <translation>1 项匹配活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="192" />
        <source>%n matching activities</source>
        <translation>
            <numerusform>%n 项匹配活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="197" />
        <source>{name}, 1 activity</source>
        <translation>{name}，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="198" />
        <source>{name}, %n activities</source>
        <translation>
            <numerusform>{name}，%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="220" />
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="222" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="57" />
        <source>Search the report (Ctrl+F)</source>
        <translation>搜索报告（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="58" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="60" />
        <source>Words in Chinese or English; all words must match. Esc clears the search.</source>
        <translation>可输入中文或英文词语；所有词语都须匹配。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="63" />
        <source>Clear the search</source>
        <translation>清除检索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="64" />
        <source>Clear the search (Esc)</source>
        <translation>清除检索（Esc）</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="168" />
        <source>No activities to show.</source>
        <translation>没有可显示的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="215" />
        <source>Undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="331" />
        <source>Timeline: {item}</source>
        <translation>时间线：{item}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="388" />
        <source>&amp;Lanes:</source>
        <translation>分组(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="389" />
        <source>Report part</source>
        <translation>报告部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="389" />
        <source>Main partner</source>
        <translation>主要合作伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="390" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="393" />
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="394" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="396" />
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="397" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="398" />
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="399" />
        <source>Show all years (0)</source>
        <translation>显示全部年份（0）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="400" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="441" />
        <source>{count} activities, {undated} undated</source>
        <translation>{count} 项活动，其中 {undated} 项未注明日期</translation>
    </message>
</context>
<context>
    <name>TopicFacetModel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="103" />
        <source>{topic} ({count})</source>
        <extracomment>Emitted when the user checks or unchecks a topic: ``(topic_id, checked)``.</extracomment>
        <translation>{topic}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="110" />
        <source>{topic}: 1 matching activity</source>
        <translation>{topic}：1 项匹配活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="111" />
        <source>{topic}: %n matching activities</source>
        <translation>
            <numerusform>{topic}：%n 项匹配活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="114" />
        <source>{topic}, 1 activity</source>
        <translation>{topic}，1 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="115" />
        <source>{topic}, %n activities</source>
        <translation>
            <numerusform>{topic}，%n 项活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMapCanvas</name>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="96" />
        <source>No partners or topics to show.</source>
        <translation>没有可显示的合作伙伴或主题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="170" />
        <source>{group}: {count} activities</source>
        <translation>{group}：{count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="175" />
        <source>{partner}, {topic}: {count} activities</source>
        <translation>{partner}，{topic}：{count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="179" />
        <source>{partner}: {count} activities in all</source>
        <translation>{partner}：共 {count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="182" />
        <source>{topic}: {count} activities in all</source>
        <translation>{topic}：共 {count} 项活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="184" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="250" />
        <source>Topic map: {cell}</source>
        <translation>主题图：{cell}</translation>
    </message>
</context>
<context>
    <name>TopicMapView</name>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="285" />
        <source>&amp;Sort by total</source>
        <translation>按合计排序(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="286" />
        <source>Partners and topics with most activities first</source>
        <translation>活动最多的合作伙伴和主题排在前面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="287" />
        <source>Topic map</source>
        <translation>主题图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="292" />
        <source>{partners} partners × {topics} topics</source>
        <translation>{partners} 个合作伙伴 × {topics} 个主题</translation>
    </message>
</context>
</TS>
