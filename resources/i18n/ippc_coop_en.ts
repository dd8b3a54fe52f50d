<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="249" />
        <source>⚑ A call to action for NPPOs: {title}</source>
        <extracomment>Rows read from the database in one go when the view reaches one not yet read. Rows the view is given at first and then per ``fetchMore`` (as it scrolls): a view lays out every row it has, so it gets them as it needs them.</extracomment>
        <translation>⚑ A call to action for NPPOs: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="280" />
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="280" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="280" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="280" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="281" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="283" />
        <source>Paragraph of the report</source>
        <translation>Paragraph of the report</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="83" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87" />
        <source>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</source>
        <translation>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90" />
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="160" />
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>BriefingPrint</name>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="49" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="50" />
        <source>There is nothing to print: no activities are listed. Change the search or the filters and try again.</source>
        <translation>There is nothing to print: no activities are listed. Change the search or the filters and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="58" />
        <source>Print briefing</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="65" />
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="256" />
        <source>Citation copied</source>
        <extracomment>Search matches are marked like a highlighter pen: dark text on yellow reads well on both light and dark palettes (the one colour the guide allows us to fix). A partner's card lists this many of its activities (all of them are in the list). A short message for the status bar, e.g. after copying. Back/forward availability changed. Back or forward showed ``(kind, id)`` again ("activity" or "partner"). "Add to collection…" for ``(kind, id)``. A star or a note changed (the window refreshes personal filters and counts).</extracomment>
        <translation>Citation copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="309" />
        <source>Select an activity to read what the report says about it, or a partner in the tree to see its card.</source>
        <translation>Select an activity to read what the report says about it, or a partner in the tree to see its card.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="321" />
        <source>Activity title</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="323" />
        <source>Paragraph {n}</source>
        <translation>Paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="330" />
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="331" />
        <source>Date and place</source>
        <translation>Date and place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="353" />
        <source>Show all the activities on this topic (the search and the other filters are cleared; the report filter stays)</source>
        <translation>Show all the activities on this topic (the search and the other filters are cleared; the report filter stays)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="518" />
        <source>English (unofficial working translation)</source>
        <translation>English (unofficial working translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="522" />
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="345" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="355" />
        <source>Filter by topic {topic}</source>
        <translation>Filter by topic {topic}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="365" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="365" />
        <location filename="../../desktop/ui/detail_pane.py" line="578" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="369" />
        <location filename="../../desktop/ui/detail_pane.py" line="370" />
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="372" />
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="399" />
        <location filename="../../desktop/ui/detail_pane.py" line="401" />
        <location filename="../../desktop/ui/detail_pane.py" line="441" />
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="399" />
        <location filename="../../desktop/ui/detail_pane.py" line="401" />
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="400" />
        <source>Star it to find it again with “Starred only” (Ctrl+D)</source>
        <translation>Star it to find it again with “Starred only” (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="406" />
        <source>Add to collection…</source>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="417" />
        <source>In your collections: {names}</source>
        <translation>In your collections: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="420" />
        <source>Your note (kept on this computer; searchable)</source>
        <translation>Your note (kept on this computer; searchable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="313" />
        <location filename="../../desktop/ui/detail_pane.py" line="421" />
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="441" />
        <source>Star removed</source>
        <translation>Star removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="456" />
        <source>Note saved</source>
        <translation>Note saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="475" />
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="476" />
        <source>The report text in Chinese, as published (authoritative)</source>
        <translation>The report text in Chinese, as published (authoritative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="477" />
        <source>The report text in English: an unofficial working translation</source>
        <translation>The report text in English: an unofficial working translation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="486" />
        <source>Both texts, one above the other</source>
        <translation>Both texts, one above the other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="488" />
        <source>Show the text: {choice}</source>
        <translation>Show the text: {choice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="496" />
        <source>No English translation of this report</source>
        <translation>No English translation of this report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="501" />
        <source>Whole paragraph</source>
        <translation>Whole paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="506" />
        <source>Show the whole paragraph of the report, with this activity's text in bold</source>
        <translation>Show the whole paragraph of the report, with this activity's text in bold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="520" />
        <source>Report text (Chinese original)</source>
        <translation>Report text (Chinese original)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="530" />
        <source>{heading}, paragraph {n}</source>
        <translation>{heading}, paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="551" />
        <source>Acronym: {acronym}</source>
        <translation>Acronym: {acronym}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="559" />
        <source>Show all activities of this partner</source>
        <translation>Show all activities of this partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="562" />
        <source>Partner card: {name}</source>
        <translation>Partner card: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="583" />
        <source>Part of: </source>
        <translation>Part of: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="585" />
        <source>Member bodies</source>
        <translation>Member bodies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="586" />
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="590" />
        <source>Partners in the same activities</source>
        <translation>Partners in the same activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="608" />
        <source>… and {count} more: the list shows them all.</source>
        <translation>… and {count} more: the list shows them all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="626" />
        <source>Could not open {url}: no web browser is set up on this computer. The address is copied; paste it into a browser.</source>
        <translation>Could not open {url}: no web browser is set up on this computer. The address is copied; paste it into a browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="597" />
        <source>Activities ({count})</source>
        <translation>Activities ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="611" />
        <source>Activities of this partner</source>
        <translation>Activities of this partner</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="89" />
        <location filename="../../desktop/ui/export_dialog.py" line="334" />
        <source>Export</source>
        <extracomment>Emitted with the final path after a successful export.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="104" />
        <source>What to export</source>
        <extracomment>A collection to export (set by the window): then its order, notes and introduction replace the scopes.</extracomment>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="108" />
        <source>Selected partner</source>
        <translation>Selected partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="112" />
        <source>Selected partner: {name}</source>
        <translation>Selected partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="117" />
        <source>Current results</source>
        <translation>Current results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118" />
        <source>Selected activities</source>
        <translation>Selected activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="120" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124" />
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="138" />
        <source>Word briefing (.docx)</source>
        <translation>Word briefing (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="139" />
        <source>PDF briefing (.pdf)</source>
        <translation>PDF briefing (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="140" />
        <source>CSV table for Excel (.csv)</source>
        <translation>CSV table for Excel (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="141" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="151" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="153" />
        <source>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</source>
        <translation>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="156" />
        <source>Add the other language under each &amp;quotation</source>
        <translation>Add the other language under each &amp;quotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="158" />
        <source>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</source>
        <translation>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="164" />
        <source>UTF-8 with BOM (recommended for Excel)</source>
        <translation>UTF-8 with BOM (recommended for Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165" />
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 without BOM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="166" />
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030 (older Chinese Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="170" />
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="179" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="189" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="303" />
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="304" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="305" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="308" />
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="332" />
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="333" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="350" />
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="353" />
        <source>The export failed. No file was changed.</source>
        <translation>The export failed. No file was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="354" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="375" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="388" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="389" />
        <source>No program could open {path}. Open it from your file manager.</source>
        <translation>No program could open {path}. Open it from your file manager.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="284" />
        <source>{year} ({count})</source>
        <translation>{year} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="286" />
        <source>Year {year}, {count} activities</source>
        <translation>Year {year}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="294" />
        <source>{report} · imported</source>
        <translation>{report} · imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="296" />
        <source>{report} · added</source>
        <translation>{report} · added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="297" />
        <source>{report} ({count})</source>
        <translation>{report} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="300" />
        <source>Added from {file}; links found automatically</source>
        <translation>Added from {file}; links found automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="303" />
        <source>Report {report}, {count} activities</source>
        <translation>Report {report}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="305" />
        <source>Calls to action for NPPOs only ({count})</source>
        <translation>Calls to action for NPPOs only ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="335" />
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="336" />
        <source>By count</source>
        <translation>By count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="337" />
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="338" />
        <source>Sort topics</source>
        <translation>Sort topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="339" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="341" />
        <source>Check topics to show only their activities; Space toggles</source>
        <translation>Check topics to show only their activities; Space toggles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="342" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="343" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="345" />
        <source>Only activities in which the report calls on national plant protection organizations to act</source>
        <translation>Only activities in which the report calls on national plant protection organizations to act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="347" />
        <location filename="../../desktop/ui/filter_panel.py" line="348" />
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63" />
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66" />
        <source>{date} ({qualifier})</source>
        <translation>{date} ({qualifier})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77" />
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="523" />
        <source>This activity is not in the list: it does not match the current search and filters.</source>
        <extracomment>Native names, shown the same in every UI language so a user can always find their own. Emitted after each refresh with the number of hits shown.</extracomment>
        <translation>This activity is not in the list: it does not match the current search and filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="996" />
        <source>Topic: {name}</source>
        <translation>Topic: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="998" />
        <source>Year: {year}</source>
        <translation>Year: {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1005" />
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1008" />
        <source>Part: {name}</source>
        <translation>Part: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1015" />
        <source>Report: {name}</source>
        <translation>Report: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1017" />
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1036" />
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1041" />
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1045" />
        <source>Active filters: {list}</source>
        <translation>Active filters: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1076" />
        <source>No activity matches “{query}” with the current filters.</source>
        <translation>No activity matches “{query}” with the current filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1080" />
        <source>{count} activities match it without filters: remove a filter or clear them all.</source>
        <translation>{count} activities match it without filters: remove a filter or clear them all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1084" />
        <source>It is not in the report at all: try fewer or shorter words.</source>
        <translation>It is not in the report at all: try fewer or shorter words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1087" />
        <source>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</source>
        <translation>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1091" />
        <source>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</source>
        <translation>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1101" />
        <source>{shown} of {total} activities</source>
        <translation>{shown} of {total} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1103" />
        <source>Data {version}</source>
        <translation>Data {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1105" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1107" />
        <source>Everything is read from the bundled database; nothing is sent or fetched.</source>
        <translation>Everything is read from the bundled database; nothing is sent or fetched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="780" />
        <location filename="../../desktop/ui/main_window.py" line="1128" />
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="888" />
        <source>{count} selected</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="961" />
        <source>Copy {count} activities</source>
        <translation>Copy {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="985" />
        <source>{count} activities copied</source>
        <translation>{count} activities copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1152" />
        <location filename="../../desktop/ui/main_window.py" line="1202" />
        <source>Add a report</source>
        <translation>Add a report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1153" />
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Reports (*.txt *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1180" />
        <source>Added {report}: {count} activities. Links were found automatically: check them against the text.</source>
        <translation>Added {report}: {count} activities. Links were found automatically: check them against the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1191" />
        <source>Report: {session}, agenda item {item}</source>
        <translation>Report: {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1193" />
        <source>Title: {title}</source>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194" />
        <source>{count} paragraphs become activities; {partners} partners recognised.</source>
        <translation>{count} paragraphs become activities; {partners} partners recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1198" />
        <source>Names not in the registry (not linked): {names}</source>
        <translation>Names not in the registry (not linked): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1200" />
        <source>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</source>
        <translation>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1210" />
        <source>Import a data pack</source>
        <translation>Import a data pack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1211" />
        <source>Data packs (*.ippcpack *.sqlite);;All files (*)</source>
        <translation>Data packs (*.ippcpack *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1228" />
        <source>Reports added: {added}
Reports replaced: {replaced}
Partners added: {partners}
Activities added: {a_added}, removed: {a_removed}, changed: {a_changed}</source>
        <translation>Reports added: {added}
Reports replaced: {replaced}
Partners added: {partners}
Activities added: {a_added}, removed: {a_removed}, changed: {a_changed}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1234" />
        <source>Data pack imported</source>
        <translation>Data pack imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1240" />
        <location filename="../../desktop/ui/main_window.py" line="1245" />
        <location filename="../../desktop/ui/main_window.py" line="1249" />
        <source>Remove an added report</source>
        <translation>Remove an added report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1241" />
        <source>No report has been added. The reports that come with the app cannot be removed.</source>
        <translation>No report has been added. The reports that come with the app cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1246" />
        <source>Report to remove:</source>
        <translation>Report to remove:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1250" />
        <source>Remove {report} from your library? You can import its file again later.</source>
        <translation>Remove {report} from your library? You can import its file again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1264" />
        <source>Report removed</source>
        <translation>Report removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1275" />
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1284" />
        <source>Select an activity to cite it.</source>
        <translation>Select an activity to cite it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="981" />
        <source>Activity copied</source>
        <translation>Activity copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="546" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="547" />
        <source>Reading the library ({count} activities)…</source>
        <translation>Reading the library ({count} activities)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="570" />
        <source>The search failed</source>
        <translation>The search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="750" />
        <source>Your personal data is not available.</source>
        <extracomment>Up to this many partners with matches, the narrowed tree is opened whole; beyond, only its parts (opening thousands of rows costs more than a keystroke may).</extracomment>
        <translation>Your personal data is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="756" />
        <source>Select activities to add.</source>
        <translation>Select activities to add.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="768" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="769" />
        <source>The collection {name} has no activities to export.</source>
        <translation>The collection {name} has no activities to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="787" />
        <source>Back up my data</source>
        <translation>Back up my data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="788" />
        <source>Backups (*.sqlite)</source>
        <translation>Backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="795" />
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="801" />
        <location filename="../../desktop/ui/main_window.py" line="805" />
        <source>Restore my data</source>
        <translation>Restore my data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="802" />
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="806" />
        <source>Replace your notes, stars, collections and saved searches with those of the backup? The current ones are kept in a file beside them.</source>
        <translation>Replace your notes, stars, collections and saved searches with those of the backup? The current ones are kept in a file beside them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="818" />
        <source>Your data was restored.</source>
        <translation>Your data was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="854" />
        <source>In the search field: go to the results</source>
        <translation>In the search field: go to the results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="854" />
        <source>Down, Enter</source>
        <translation>Down, Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="855" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="856" />
        <source>In the partner tree: remove the partner filter</source>
        <translation>In the partner tree: remove the partner filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="857" />
        <source>Open a context menu</source>
        <translation>Open a context menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="857" />
        <source>Right-click, Menu key</source>
        <translation>Right-click, Menu key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="858" />
        <source>Select several results</source>
        <translation>Select several results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="858" />
        <source>Shift or Ctrl + click or arrows</source>
        <translation>Shift or Ctrl + click or arrows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="861" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="868" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="927" />
        <source>Show only this partner's activities</source>
        <translation>Show only this partner's activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="930" />
        <source>Show its card</source>
        <translation>Show its card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="932" />
        <source>Copy name</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="933" />
        <source>Name copied</source>
        <translation>Name copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="935" />
        <source>Export this partner's activities…</source>
        <translation>Export this partner's activities…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="940" />
        <source>Show only this part</source>
        <translation>Show only this part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="960" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="962" />
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="964" />
        <source>Add to collection…</source>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="966" />
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="968" />
        <source>Read the whole paragraph</source>
        <translation>Read the whole paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Starred only</source>
        <translation>Starred only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1022" />
        <source>With my notes only</source>
        <translation>With my notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1024" />
        <source>My notes: {words}</source>
        <translation>My notes: {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1027" />
        <source>Collection: {name}</source>
        <translation>Collection: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1407" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1408" />
        <source>Data version {version}</source>
        <translation>Data version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1411" />
        <source>Source: {title}, {session}, agenda item {item}</source>
        <translation>Source: {title}, {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1415" />
        <source>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</source>
        <translation>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1418" />
        <source>Licence: MIT</source>
        <translation>Licence: MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1419" />
        <source>Works offline: no network connection is ever made.</source>
        <translation>Works offline: no network connection is ever made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1422" />
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1433" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1434" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1435" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1436" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1437" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1438" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1440" />
        <source>My briefing</source>
        <translation>My briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1442" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1443" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1444" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1445" />
        <source>&amp;Add report…</source>
        <translation>&amp;Add report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1446" />
        <source>Import data &amp;pack…</source>
        <translation>Import data &amp;pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1447" />
        <source>&amp;Remove an added report…</source>
        <translation>&amp;Remove an added report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1448" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1449" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1450" />
        <source>Copy ci&amp;tation</source>
        <translation>Copy ci&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1451" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1452" />
        <source>C&amp;lear all filters</source>
        <translation>C&amp;lear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1453" />
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1454" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1455" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1456" />
        <source>Show &amp;partners and filters</source>
        <translation>Show &amp;partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1457" />
        <source>Show &amp;detail pane</source>
        <translation>Show &amp;detail pane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1458" />
        <source>&amp;Hide partners without matches</source>
        <translation>&amp;Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1459" />
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1460" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1461" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1462" />
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1463" />
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1464" />
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1465" />
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1466" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1467" />
        <source>S&amp;tar or unstar</source>
        <translation>S&amp;tar or unstar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1468" />
        <source>Add to c&amp;ollection…</source>
        <translation>Add to c&amp;ollection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1469" />
        <source>&amp;Back up my data…</source>
        <translation>&amp;Back up my data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1470" />
        <source>Restore my &amp;data…</source>
        <translation>Restore my &amp;data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1471" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1472" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1478" />
        <source>Export the listed activities (Ctrl+E)</source>
        <translation>Export the listed activities (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1480" />
        <source>Add a CPM report on international cooperation from a text, Word or PDF file</source>
        <translation>Add a CPM report on international cooperation from a text, Word or PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1482" />
        <source>Add curated reports from a data pack file</source>
        <translation>Add curated reports from a data pack file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1483" />
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1484" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1485" />
        <source>Hide partners without matches</source>
        <translation>Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1439" />
        <location filename="../../desktop/ui/main_window.py" line="1486" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1488" />
        <source>The report's three parts with their partners and the number of matching activities; selecting one shows only its activities</source>
        <translation>The report's three parts with their partners and the number of matching activities; selecting one shows only its activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1490" />
        <source>Partners and filters</source>
        <translation>Partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1491" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1492" />
        <location filename="../../desktop/ui/main_window.py" line="1493" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1494" />
        <source>Activity details</source>
        <translation>Activity details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1495" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1496" />
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1497" />
        <source>Number of activities shown</source>
        <translation>Number of activities shown</translation>
    </message>
</context>
<context>
    <name>MyBriefingPanel</name>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="205" />
        <source>{name} ({count})</source>
        <extracomment>What the activity list puts on a drag: activity ids, one per line. The personal filters changed (starred, with notes, notes query, collection shown). A saved search was chosen: (query, Filters). An item was opened: ("activity" | "partner", id). Export this collection as a briefing. Ask the window for the current search, to save it: emits nothing, the window answers through :meth:`save_search`. Something happened worth a status-bar line.</extracomment>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="209" />
        <source>Drop activities here, or use “Add to collection” (Ctrl+Shift+D)</source>
        <translation>Drop activities here, or use “Add to collection” (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="226" />
        <source>(filters only)</source>
        <translation>(filters only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="231" />
        <source>{count} of your notes, stars or collection items refer to activities or partners no longer in the library. They are kept. &lt;a href='show'&gt;Show&lt;/a&gt;</source>
        <translation>{count} of your notes, stars or collection items refer to activities or partners no longer in the library. They are kept. &lt;a href='show'&gt;Show&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="245" />
        <source>{id} (no longer in the library)</source>
        <translation>{id} (no longer in the library)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="249" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="253" />
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="274" />
        <source>Added to {name}: {count}</source>
        <translation>Added to {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="283" />
        <source>New collection…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="284" />
        <source>Add to collection</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="285" />
        <source>Collection:</source>
        <translation>Collection:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="314" />
        <source>Choose a collection to export.</source>
        <translation>Choose a collection to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="333" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="334" />
        <source>Note in this collection…</source>
        <translation>Note in this collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="336" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="338" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="341" />
        <source>Remove from the collection</source>
        <translation>Remove from the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="344" />
        <source>Show its activities</source>
        <translation>Show its activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="345" />
        <source>Introduction…</source>
        <translation>Introduction…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="346" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="347" />
        <source>Export as a briefing…</source>
        <translation>Export as a briefing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="350" />
        <location filename="../../desktop/ui/my_briefing.py" line="392" />
        <source>Delete the collection</source>
        <translation>Delete the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="365" />
        <source>Note in {name}</source>
        <translation>Note in {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="366" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="376" />
        <source>Introduction of {name}</source>
        <translation>Introduction of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="377" />
        <source>Introduction (printed at the top of the briefing):</source>
        <translation>Introduction (printed at the top of the briefing):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="383" />
        <source>Rename collection</source>
        <translation>Rename collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="393" />
        <source>Delete the collection {name} and its notes? The activities stay in the library.</source>
        <translation>Delete the collection {name} and its notes? The activities stay in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="404" />
        <source>Save the search</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="408" />
        <source>Search saved as {name}</source>
        <translation>Search saved as {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="424" />
        <source>Delete the saved search</source>
        <translation>Delete the saved search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="435" />
        <source>Kept notes</source>
        <translation>Kept notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="443" />
        <source>My briefing</source>
        <translation>My briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="448" />
        <source>Starred only</source>
        <translation>Starred only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="449" />
        <source>With my notes only</source>
        <translation>With my notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="450" />
        <location filename="../../desktop/ui/my_briefing.py" line="451" />
        <source>Search my notes</source>
        <translation>Search my notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="452" />
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="453" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="454" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="455" />
        <source>Export the chosen collection as a briefing</source>
        <translation>Export the chosen collection as a briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="456" />
        <source>Saved &amp;searches</source>
        <translation>Saved &amp;searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="457" />
        <source>Save the current search…</source>
        <translation>Save the current search…</translation>
    </message>
</context>
<context>
    <name>PartnerTreeModel</name>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="163" />
        <source>{name}: {count} matching activities</source>
        <extracomment>``("group", group_id)`` or ``("partner", partner_id)``.</extracomment>
        <translation>{name}: {count} matching activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="168" />
        <source>Listed here as a member</source>
        <translation>Listed here as a member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="169" />
        <source>{count} matching activities</source>
        <translation>{count} matching activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="174" />
        <source>{name}, {count} activities</source>
        <translation>{name}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="195" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="197" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="56" />
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="57" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="59" />
        <source>Words in Chinese or English; all words must match. Esc clears the search.</source>
        <translation>Words in Chinese or English; all words must match. Esc clears the search.</translation>
    </message>
</context>
<context>
    <name>TopicFacetModel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="103" />
        <source>{topic} ({count})</source>
        <extracomment>Emitted when the user checks or unchecks a topic: ``(topic_id, checked)``.</extracomment>
        <translation>{topic} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="109" />
        <source>{topic}: {count} matching activities</source>
        <translation>{topic}: {count} matching activities</translation>
    </message>
</context>
</TS>
