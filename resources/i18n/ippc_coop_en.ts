<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="107"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="107"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="107"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="107"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="108"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="110"/>
        <source>Paragraph of the report</source>
        <translation>Paragraph of the report</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</source>
        <translation>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="140"/>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>BriefingPrint</name>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="49"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="50"/>
        <source>There is nothing to print: no activities are listed. Change the search or the filters and try again.</source>
        <translation>There is nothing to print: no activities are listed. Change the search or the filters and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="58"/>
        <source>Print briefing</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="65"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="193"/>
        <source>Citation copied</source>
        <extracomment>Search matches are marked like a highlighter pen: dark text on yellow reads well on both light and dark palettes (the one colour the guide allows us to fix). A short message for the status bar, e.g. after copying.</extracomment>
        <translation>Citation copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="243"/>
        <source>Select an activity to read what the report says about it, or a partner in the tree to see its card.</source>
        <translation>Select an activity to read what the report says about it, or a partner in the tree to see its card.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="252"/>
        <source>Activity title</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="254"/>
        <source>Paragraph {n}</source>
        <translation>Paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="261"/>
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="262"/>
        <source>Date and place</source>
        <translation>Date and place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="362"/>
        <source>English (unofficial working translation)</source>
        <translation>English (unofficial working translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="366"/>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="275"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="282"/>
        <source>Show only activities on this topic</source>
        <translation>Show only activities on this topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="283"/>
        <source>Filter by topic {topic}</source>
        <translation>Filter by topic {topic}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="293"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="293"/>
        <location filename="../../desktop/ui/detail_pane.py" line="422"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="297"/>
        <location filename="../../desktop/ui/detail_pane.py" line="298"/>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="300"/>
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="319"/>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="320"/>
        <source>The report text in Chinese, as published (authoritative)</source>
        <translation>The report text in Chinese, as published (authoritative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="321"/>
        <source>The report text in English: an unofficial working translation</source>
        <translation>The report text in English: an unofficial working translation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="330"/>
        <source>Both texts, one above the other</source>
        <translation>Both texts, one above the other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="332"/>
        <source>Show the text: {choice}</source>
        <translation>Show the text: {choice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="340"/>
        <source>No English translation of this report</source>
        <translation>No English translation of this report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="345"/>
        <source>Whole paragraph</source>
        <translation>Whole paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="350"/>
        <source>Show the whole paragraph of the report, with this activity&apos;s text in bold</source>
        <translation>Show the whole paragraph of the report, with this activity&apos;s text in bold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="364"/>
        <source>Report text (Chinese original)</source>
        <translation>Report text (Chinese original)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="374"/>
        <source>{heading}, paragraph {n}</source>
        <translation>{heading}, paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="395"/>
        <source>Acronym: {acronym}</source>
        <translation>Acronym: {acronym}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="403"/>
        <source>Show all activities of this partner</source>
        <translation>Show all activities of this partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="406"/>
        <source>Partner card: {name}</source>
        <translation>Partner card: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="426"/>
        <source>Part of: </source>
        <translation>Part of: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="428"/>
        <source>Member bodies</source>
        <translation>Member bodies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="429"/>
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="431"/>
        <source>Works with in the same activities</source>
        <translation>Works with in the same activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="438"/>
        <source>Activities ({count})</source>
        <translation>Activities ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="448"/>
        <source>Activities of this partner</source>
        <translation>Activities of this partner</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <location filename="../../desktop/ui/export_dialog.py" line="318"/>
        <source>Export</source>
        <extracomment>Emitted with the final path after a successful export.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="99"/>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="103"/>
        <source>Selected partner</source>
        <translation>Selected partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="107"/>
        <source>Selected partner: {name}</source>
        <translation>Selected partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="112"/>
        <source>Current results</source>
        <translation>Current results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="113"/>
        <source>Selected activities</source>
        <translation>Selected activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="115"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="119"/>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="133"/>
        <source>Word briefing (.docx)</source>
        <translation>Word briefing (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="134"/>
        <source>PDF briefing (.pdf)</source>
        <translation>PDF briefing (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="135"/>
        <source>CSV table for Excel (.csv)</source>
        <translation>CSV table for Excel (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="136"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="140"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="148"/>
        <source>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</source>
        <translation>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="151"/>
        <source>Add the other language under each &amp;quotation</source>
        <translation>Add the other language under each &amp;quotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="153"/>
        <source>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</source>
        <translation>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="159"/>
        <source>UTF-8 with BOM (recommended for Excel)</source>
        <translation>UTF-8 with BOM (recommended for Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 without BOM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="161"/>
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030 (older Chinese Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165"/>
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="174"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175"/>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="184"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="287"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="288"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="289"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="292"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="316"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="317"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="334"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="337"/>
        <source>The export failed. No file was changed.</source>
        <translation>The export failed. No file was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="338"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="359"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="372"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="373"/>
        <source>No program could open {path}. Open it from your file manager.</source>
        <translation>No program could open {path}. Open it from your file manager.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="279"/>
        <source>{year} ({count})</source>
        <translation>{year} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="281"/>
        <source>Year {year}, {count} activities</source>
        <translation>Year {year}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="289"/>
        <source>{report} · imported</source>
        <translation>{report} · imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="291"/>
        <source>{report} · added</source>
        <translation>{report} · added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="292"/>
        <source>{report} ({count})</source>
        <translation>{report} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="295"/>
        <source>Added from {file}; links found automatically</source>
        <translation>Added from {file}; links found automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="298"/>
        <source>Report {report}, {count} activities</source>
        <translation>Report {report}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="300"/>
        <source>Calls to action for NPPOs only ({count})</source>
        <translation>Calls to action for NPPOs only ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="330"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="331"/>
        <source>By count</source>
        <translation>By count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="332"/>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="333"/>
        <source>Sort topics</source>
        <translation>Sort topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="334"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="336"/>
        <source>Check topics to show only their activities; Space toggles</source>
        <translation>Check topics to show only their activities; Space toggles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="337"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="338"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="340"/>
        <source>Only activities in which the report calls on national plant protection organizations to act</source>
        <translation>Only activities in which the report calls on national plant protection organizations to act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="342"/>
        <location filename="../../desktop/ui/filter_panel.py" line="343"/>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="55"/>
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>{date} ({qualifier})</source>
        <translation>{date} ({qualifier})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>This activity is not in the list: it does not match the current search and filters.</source>
        <extracomment>Native names, shown the same in every UI language so a user can always find their own. Emitted after each refresh with the number of hits shown.</extracomment>
        <translation>This activity is not in the list: it does not match the current search and filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>Topic: {name}</source>
        <translation>Topic: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="535"/>
        <source>Year: {year}</source>
        <translation>Year: {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="542"/>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="545"/>
        <source>Part: {name}</source>
        <translation>Part: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="552"/>
        <source>Report: {name}</source>
        <translation>Report: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="554"/>
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="562"/>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="570"/>
        <source>Active filters: {list}</source>
        <translation>Active filters: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="599"/>
        <source>No activity matches “{query}” with the current filters.</source>
        <translation>No activity matches “{query}” with the current filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="603"/>
        <source>{count} activities match it without filters: remove a filter or clear them all.</source>
        <translation>{count} activities match it without filters: remove a filter or clear them all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="607"/>
        <source>It is not in the report at all: try fewer or shorter words.</source>
        <translation>It is not in the report at all: try fewer or shorter words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="610"/>
        <source>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</source>
        <translation>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</source>
        <translation>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="623"/>
        <source>{shown} of {total} activities</source>
        <translation>{shown} of {total} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="625"/>
        <source>Data {version}</source>
        <translation>Data {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="627"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="629"/>
        <source>Everything is read from the bundled database; nothing is sent or fetched.</source>
        <translation>Everything is read from the bundled database; nothing is sent or fetched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="650"/>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="672"/>
        <location filename="../../desktop/ui/main_window.py" line="722"/>
        <source>Add a report</source>
        <translation>Add a report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="673"/>
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Reports (*.txt *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="700"/>
        <source>Added {report}: {count} activities. Links were found automatically: check them against the text.</source>
        <translation>Added {report}: {count} activities. Links were found automatically: check them against the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="711"/>
        <source>Report: {session}, agenda item {item}</source>
        <translation>Report: {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="713"/>
        <source>Title: {title}</source>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="714"/>
        <source>{count} paragraphs become activities; {partners} partners recognised.</source>
        <translation>{count} paragraphs become activities; {partners} partners recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="718"/>
        <source>Names not in the registry (not linked): {names}</source>
        <translation>Names not in the registry (not linked): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="720"/>
        <source>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</source>
        <translation>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="730"/>
        <source>Import a data pack</source>
        <translation>Import a data pack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="731"/>
        <source>Data packs (*.ippcpack *.sqlite);;All files (*)</source>
        <translation>Data packs (*.ippcpack *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="748"/>
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
        <location filename="../../desktop/ui/main_window.py" line="754"/>
        <source>Data pack imported</source>
        <translation>Data pack imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="760"/>
        <location filename="../../desktop/ui/main_window.py" line="765"/>
        <location filename="../../desktop/ui/main_window.py" line="769"/>
        <source>Remove an added report</source>
        <translation>Remove an added report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="761"/>
        <source>No report has been added. The reports that come with the app cannot be removed.</source>
        <translation>No report has been added. The reports that come with the app cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="766"/>
        <source>Report to remove:</source>
        <translation>Report to remove:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="770"/>
        <source>Remove {report} from your library? You can import its file again later.</source>
        <translation>Remove {report} from your library? You can import its file again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="784"/>
        <source>Report removed</source>
        <translation>Report removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="795"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="804"/>
        <source>Select an activity to cite it.</source>
        <translation>Select an activity to cite it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="819"/>
        <source>Activity copied</source>
        <translation>Activity copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="887"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="888"/>
        <source>Data version {version}</source>
        <translation>Data version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="891"/>
        <source>Source: {title}, {session}, agenda item {item}</source>
        <translation>Source: {title}, {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="895"/>
        <source>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</source>
        <translation>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="898"/>
        <source>Licence: MIT</source>
        <translation>Licence: MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="899"/>
        <source>Works offline: no network connection is ever made.</source>
        <translation>Works offline: no network connection is ever made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="902"/>
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="913"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="914"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="915"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="916"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="917"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="919"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="920"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="921"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="922"/>
        <source>&amp;Add report…</source>
        <translation>&amp;Add report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="923"/>
        <source>Import data &amp;pack…</source>
        <translation>Import data &amp;pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="924"/>
        <source>&amp;Remove an added report…</source>
        <translation>&amp;Remove an added report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="925"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="926"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="927"/>
        <source>Copy ci&amp;tation</source>
        <translation>Copy ci&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="928"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="929"/>
        <source>C&amp;lear all filters</source>
        <translation>C&amp;lear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="930"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="931"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="932"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="933"/>
        <source>Show &amp;partners and filters</source>
        <translation>Show &amp;partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="934"/>
        <source>Show &amp;detail pane</source>
        <translation>Show &amp;detail pane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="935"/>
        <source>&amp;Hide partners without matches</source>
        <translation>&amp;Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="936"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="937"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="938"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="944"/>
        <source>Export the listed activities (Ctrl+E)</source>
        <translation>Export the listed activities (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="946"/>
        <source>Add a CPM report on international cooperation from a text, Word or PDF file</source>
        <translation>Add a CPM report on international cooperation from a text, Word or PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>Add curated reports from a data pack file</source>
        <translation>Add curated reports from a data pack file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="949"/>
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="950"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="951"/>
        <source>Hide partners without matches</source>
        <translation>Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="952"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="954"/>
        <source>The report&apos;s three parts with their partners and the number of matching activities; selecting one shows only its activities</source>
        <translation>The report&apos;s three parts with their partners and the number of matching activities; selecting one shows only its activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="956"/>
        <source>Partners and filters</source>
        <translation>Partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="957"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="958"/>
        <location filename="../../desktop/ui/main_window.py" line="959"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="960"/>
        <source>Activity details</source>
        <translation>Activity details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="961"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="962"/>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="963"/>
        <source>Number of activities shown</source>
        <translation>Number of activities shown</translation>
    </message>
</context>
<context>
    <name>PartnerTreeModel</name>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="163"/>
        <source>{name}: {count} matching activities</source>
        <extracomment>``(&quot;group&quot;, group_id)`` or ``(&quot;partner&quot;, partner_id)``.</extracomment>
        <translation>{name}: {count} matching activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="168"/>
        <source>Listed here as a member</source>
        <translation>Listed here as a member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="169"/>
        <source>{count} matching activities</source>
        <translation>{count} matching activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="174"/>
        <source>{name}, {count} activities</source>
        <translation>{name}, {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="195"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="197"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="56"/>
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="57"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="59"/>
        <source>Words in Chinese or English; all words must match. Esc clears the search.</source>
        <translation>Words in Chinese or English; all words must match. Esc clears the search.</translation>
    </message>
</context>
<context>
    <name>TopicFacetModel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="106"/>
        <source>{topic}: {count} matching activities</source>
        <extracomment>Emitted when the user checks or unchecks a topic: ``(topic_id, checked)``.</extracomment>
        <translation>{topic}: {count} matching activities</translation>
    </message>
</context>
</TS>
