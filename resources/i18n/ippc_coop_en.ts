<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="125" />
        <source>Clear {field}</source>
        <extracomment>Roles of objects a user acts on (the ones that must have a name). Cells and rows of item views are left out: they are named by the model's data, and the view itself is counted. Roles whose children are the items of a model: not walked (thousands of rows). An access key left in a name: "文件(F)", "导出(E)…", "（F）" (an "&amp;" in a name is a literal ampersand: Qt removes the mnemonic's). Stripped from a text to make a name: a CJK-style "(&amp;F)" with the space before it, then the "&amp;" of a Latin mnemonic ("&amp;&amp;" is a literal ampersand). Dynamic property on widgets whose accessible name was set by :func:`fill_in_names`, so a later call (after a change of language) may replace it, but never a name set elsewhere.</extracomment>
        <translation>Clear {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="126" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="140" />
        <source>{name}: choices</source>
        <translation>{name}: choices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="145" />
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="274" />
        <source>⚑ A call to action for NPPOs: {title}</source>
        <extracomment>Rows read from the database in one go when the view reaches one not yet read. Rows the view is given at first and then per ``fetchMore`` (as it scrolls): a view lays out every row it has, so it gets them as it needs them. The roles :meth:`data` answers; a view asks for about seven per cell it paints, and the others (font, colours, icon, check state…) are turned away before anything else.</extracomment>
        <translation>⚑ A call to action for NPPOs: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="293" />
        <source>Paragraph {number}</source>
        <translation>Paragraph {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="295" />
        <source>{report}, paragraph {number}</source>
        <translation>{report}, paragraph {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="300" />
        <source>Call to action for NPPOs: {title}</source>
        <translation>Call to action for NPPOs: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>¶</source>
        <extracomment>Every row's flags (computed once: views ask for them for every row they lay out).</extracomment>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="329" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="330" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_list_model.py" line="332" />
        <source>Paragraph of the report</source>
        <translation>Paragraph of the report</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="84" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88" />
        <source>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</source>
        <translation>Something went wrong, but you can keep working. If it happens again, please report it with the log file.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91" />
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="163" />
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
        <location filename="../../desktop/ui/briefing_print.py" line="61" />
        <source>Print briefing</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing_print.py" line="68" />
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="415" />
        <source>Citation copied</source>
        <translation>Citation copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="453" />
        <source>Select an activity to read what the report says about it, or a partner in the tree to see its card.</source>
        <translation>Select an activity to read what the report says about it, or a partner in the tree to see its card.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="481" />
        <source>Paragraph {n}</source>
        <translation>Paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="488" />
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="498" />
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
        <location filename="../../desktop/ui/detail_pane.py" line="501" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="506" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="506" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="510" />
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="264" />
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="652" />
        <location filename="../../desktop/ui/detail_pane.py" line="654" />
        <location filename="../../desktop/ui/detail_pane.py" line="679" />
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="653" />
        <location filename="../../desktop/ui/detail_pane.py" line="654" />
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="257" />
        <source>Star it to find it again with “Starred only” (Ctrl+D)</source>
        <translation>Star it to find it again with “Starred only” (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="255" />
        <source>Add to collection…</source>
        <extracomment>Search matches are marked like a highlighter pen: dark text on yellow reads well on both light and dark palettes (the one colour the guide allows us to fix). A partner's card lists this many of its activities (all of them are in the list). Spacing only: sizes and colours come from the font and the palette (dark mode included). A short message for the status bar, e.g. after copying. Back/forward availability changed. Back or forward showed ``(kind, id)`` again ("activity" or "partner"). "Add to collection…" for ``(kind, id)``. A star or a note changed (the window refreshes personal filters and counts).</extracomment>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="474" />
        <source>In your collections: {names}</source>
        <translation>In your collections: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="267" />
        <source>Your note (kept on this computer; searchable)</source>
        <translation>Your note (kept on this computer; searchable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="265" />
        <location filename="../../desktop/ui/detail_pane.py" line="268" />
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="679" />
        <source>Star removed</source>
        <translation>Star removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="697" />
        <source>Note saved</source>
        <translation>Note saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="258" />
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="618" />
        <source>The report text in Chinese, as published (authoritative)</source>
        <translation>The report text in Chinese, as published (authoritative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="619" />
        <source>The report text in English: an unofficial working translation</source>
        <translation>The report text in English: an unofficial working translation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="259" />
        <source>Both texts, one above the other</source>
        <translation>Both texts, one above the other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="625" />
        <source>Show the text: {choice}</source>
        <translation>Show the text: {choice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="260" />
        <source>No English translation of this report</source>
        <translation>No English translation of this report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="261" />
        <source>Whole paragraph</source>
        <translation>Whole paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="263" />
        <source>Show the whole paragraph of the report, with this activity's text in bold</source>
        <translation>Show the whole paragraph of the report, with this activity's text in bold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="423" />
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="447" />
        <source>Activity details</source>
        <translation>Activity details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="450" />
        <source>Partner details</source>
        <translation>Partner details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="455" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="501" />
        <source>Show all activities on:</source>
        <translation>Show all activities on:</translation>
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
        <location filename="../../desktop/ui/detail_pane.py" line="548" />
        <source>Acronym: {acronym}</source>
        <translation>Acronym: {acronym}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="557" />
        <source>Show all activities of this partner</source>
        <translation>Show all activities of this partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="571" />
        <source>Part of: </source>
        <translation>Part of: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="573" />
        <source>Member bodies</source>
        <translation>Member bodies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="574" />
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="575" />
        <source>Partners in the same activities</source>
        <translation>Partners in the same activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="596" />
        <source>… and {count} more: the list shows them all.</source>
        <translation>… and {count} more: the list shows them all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="719" />
        <source>Could not open {url}: no web browser is set up on this computer. The address is copied; paste it into a browser.</source>
        <translation>Could not open {url}: no web browser is set up on this computer. The address is copied; paste it into a browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail_pane.py" line="584" />
        <source>Activities ({count})</source>
        <translation>Activities ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95" />
        <location filename="../../desktop/ui/export_dialog.py" line="360" />
        <source>Export</source>
        <extracomment>Emitted with the final path after a successful export.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110" />
        <source>What to export</source>
        <extracomment>A collection to export (set by the window): then its order, notes and introduction replace the scopes.</extracomment>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="114" />
        <source>Selected partner</source>
        <translation>Selected partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118" />
        <source>Selected partner: {name}</source>
        <translation>Selected partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="123" />
        <source>Current results</source>
        <translation>Current results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124" />
        <source>Selected activities</source>
        <translation>Selected activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="126" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="130" />
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="144" />
        <source>Word briefing (.docx)</source>
        <translation>Word briefing (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145" />
        <source>PDF briefing (.pdf)</source>
        <translation>PDF briefing (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146" />
        <source>CSV table for Excel (.csv)</source>
        <translation>CSV table for Excel (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="147" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="151" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="154" />
        <source>Clear the title</source>
        <translation>Clear the title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="162" />
        <source>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</source>
        <translation>Language of the titles, labels and quotations. English quotations of a report in Chinese are an unofficial working translation, labelled as such.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165" />
        <source>Add the other language under each &amp;quotation</source>
        <translation>Add the other language under each &amp;quotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="167" />
        <source>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</source>
        <translation>Word and PDF briefings: under each quotation, the same text in the other language (the Chinese original or the English working translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="171" />
        <source>Include the timeline and the &amp;map</source>
        <translation>Include the timeline and the &amp;map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173" />
        <source>Word and PDF briefings: pictures of the exported activities on a timeline and by partner and topic, after the contents</source>
        <translation>Word and PDF briefings: pictures of the exported activities on a timeline and by partner and topic, after the contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180" />
        <source>UTF-8 with BOM (recommended for Excel)</source>
        <translation>UTF-8 with BOM (recommended for Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181" />
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 without BOM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="182" />
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030 (older Chinese Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="186" />
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="195" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="196" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="218" />
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="329" />
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="330" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="334" />
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="358" />
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="359" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="376" />
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="379" />
        <source>The export failed. No file was changed.</source>
        <translation>The export failed. No file was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="380" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="402" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="421" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="422" />
        <source>No program could open {path}. Open it from your file manager.</source>
        <translation>No program could open {path}. Open it from your file manager.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="292" />
        <source>{year} ({count})</source>
        <translation>{year} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="308" />
        <source>{report} · imported</source>
        <translation>{report} · imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="310" />
        <source>{report} · added</source>
        <translation>{report} · added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="311" />
        <source>{report} ({count})</source>
        <translation>{report} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="314" />
        <source>Added from {file}; links found automatically</source>
        <translation>Added from {file}; links found automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="295" />
        <source>Undated, 1 activity</source>
        <translation>Undated, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="296" />
        <source>Undated, %n activities</source>
        <translation>
            <numerusform>Undated, %n activity</numerusform>
            <numerusform>Undated, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="298" />
        <source>Year {year}, 1 activity</source>
        <translation>Year {year}, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="299" />
        <source>Year {year}, %n activities</source>
        <translation>
            <numerusform>Year {year}, %n activity</numerusform>
            <numerusform>Year {year}, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="318" />
        <source>Report {report}, 1 activity</source>
        <translation>Report {report}, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="319" />
        <source>Report {report}, %n activities</source>
        <translation>
            <numerusform>Report {report}, %n activity</numerusform>
            <numerusform>Report {report}, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="321" />
        <source>Calls to action for NPPOs only ({count})</source>
        <translation>Calls to action for NPPOs only ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="324" />
        <source>Calls to action for NPPOs only, 1 activity</source>
        <translation>Calls to action for NPPOs only, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="325" />
        <source>Calls to action for NPPOs only, %n activities</source>
        <translation>
            <numerusform>Calls to action for NPPOs only, %n activity</numerusform>
            <numerusform>Calls to action for NPPOs only, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="354" />
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="355" />
        <source>By count</source>
        <translation>By count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="356" />
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="359" />
        <source>S&amp;ort:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="360" />
        <source>Sort topics</source>
        <translation>Sort topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="361" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="363" />
        <source>Check topics to show only their activities; Space toggles</source>
        <translation>Check topics to show only their activities; Space toggles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="364" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="365" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="367" />
        <source>Only activities in which the report calls on national plant protection organizations to act</source>
        <translation>Only activities in which the report calls on national plant protection organizations to act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="369" />
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75" />
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78" />
        <source>{date} ({qualifier})</source>
        <translation>{date} ({qualifier})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89" />
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="572" />
        <source>This activity is not in the list: it does not match the current search and filters.</source>
        <extracomment>Native names, shown the same in every UI language so a user can always find their own. Emitted after each refresh with the number of hits shown.</extracomment>
        <translation>This activity is not in the list: it does not match the current search and filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1163" />
        <source>Topic: {name}</source>
        <translation>Topic: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1165" />
        <source>Year: {year}</source>
        <translation>Year: {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1172" />
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1175" />
        <source>Part: {name}</source>
        <translation>Part: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1182" />
        <source>Report: {name}</source>
        <translation>Report: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1184" />
        <source>Calls to action for NPPOs</source>
        <translation>Calls to action for NPPOs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1203" />
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1208" />
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1212" />
        <source>Active filters: {list}</source>
        <translation>Active filters: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1243" />
        <source>No activity matches “{query}” with the current filters.</source>
        <translation>No activity matches “{query}” with the current filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1252" />
        <source>It is not in the report at all: try fewer or shorter words.</source>
        <translation>It is not in the report at all: try fewer or shorter words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1255" />
        <source>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</source>
        <translation>No activity mentions “{query}”.
Try fewer or shorter words, or another spelling; names of partners work in Chinese and English.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1259" />
        <source>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</source>
        <translation>No activity matches all the chosen filters.
Filters of different kinds must all match: remove one to widen the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1269" />
        <source>{shown} of {total} activities</source>
        <translation>{shown} of {total} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1271" />
        <source>Data {version}</source>
        <translation>Data {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1273" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1275" />
        <source>Everything is read from the bundled database; nothing is sent or fetched.</source>
        <translation>Everything is read from the bundled database; nothing is sent or fetched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="938" />
        <location filename="../../desktop/ui/main_window.py" line="1298" />
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1050" />
        <source>{count} selected</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1123" />
        <source>Copy {count} activities</source>
        <translation>Copy {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1152" />
        <source>{count} activities copied</source>
        <translation>{count} activities copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1322" />
        <location filename="../../desktop/ui/main_window.py" line="1372" />
        <source>Add a report</source>
        <translation>Add a report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1323" />
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Reports (*.txt *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1350" />
        <source>Added {report}: {count} activities. Links were found automatically: check them against the text.</source>
        <translation>Added {report}: {count} activities. Links were found automatically: check them against the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1361" />
        <source>Report: {session}, agenda item {item}</source>
        <translation>Report: {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1363" />
        <source>Title: {title}</source>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1364" />
        <source>{count} paragraphs become activities; {partners} partners recognised.</source>
        <translation>{count} paragraphs become activities; {partners} partners recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1368" />
        <source>Names not in the registry (not linked): {names}</source>
        <translation>Names not in the registry (not linked): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1370" />
        <source>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</source>
        <translation>Partners, topics and dates are found automatically; the app marks them so. Add this report to your library?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1380" />
        <source>Import a data pack</source>
        <translation>Import a data pack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1381" />
        <source>Data packs (*.ippcpack *.sqlite);;All files (*)</source>
        <translation>Data packs (*.ippcpack *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1398" />
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
        <location filename="../../desktop/ui/main_window.py" line="1404" />
        <source>Data pack imported</source>
        <translation>Data pack imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1410" />
        <location filename="../../desktop/ui/main_window.py" line="1415" />
        <location filename="../../desktop/ui/main_window.py" line="1419" />
        <source>Remove an added report</source>
        <translation>Remove an added report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1411" />
        <source>No report has been added. The reports that come with the app cannot be removed.</source>
        <translation>No report has been added. The reports that come with the app cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1416" />
        <source>Report to remove:</source>
        <translation>Report to remove:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1420" />
        <source>Remove {report} from your library? You can import its file again later.</source>
        <translation>Remove {report} from your library? You can import its file again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1434" />
        <source>Report removed</source>
        <translation>Report removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1445" />
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1454" />
        <source>Select an activity to cite it.</source>
        <translation>Select an activity to cite it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1148" />
        <source>Activity copied</source>
        <translation>Activity copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="597" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="598" />
        <source>Reading the library ({count} activities)…</source>
        <translation>Reading the library ({count} activities)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="621" />
        <source>The search failed</source>
        <translation>The search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="777" />
        <source>partner</source>
        <extracomment>The tabs after the list: the time line and the partner x topic map (issue 13). Up to this many partners with matches, the narrowed tree is opened whole; beyond, only its parts (opening thousands of rows costs more than a keystroke may).</extracomment>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="781" />
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="787" />
        <source>The earlier {kinds} filter was replaced by the one chosen on the map, so the list can hold more activities than the map counted.</source>
        <translation>The earlier {kinds} filter was replaced by the one chosen on the map, so the list can hold more activities than the map counted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="906" />
        <source>Your personal data is not available.</source>
        <translation>Your personal data is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="912" />
        <source>Select activities to add.</source>
        <translation>Select activities to add.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="924" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="925" />
        <source>The collection {name} has no activities to export.</source>
        <translation>The collection {name} has no activities to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="945" />
        <source>Back up my data</source>
        <translation>Back up my data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="946" />
        <source>Backups (*.sqlite)</source>
        <translation>Backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="953" />
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="959" />
        <location filename="../../desktop/ui/main_window.py" line="963" />
        <source>Restore my data</source>
        <translation>Restore my data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="960" />
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="964" />
        <source>Replace your notes, stars, collections and saved searches with those of the backup? The current ones are kept in a file beside them.</source>
        <translation>Replace your notes, stars, collections and saved searches with those of the backup? The current ones are kept in a file beside them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="976" />
        <source>Your data was restored.</source>
        <translation>Your data was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1014" />
        <source>In the search field: go to the results</source>
        <translation>In the search field: go to the results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1014" />
        <source>Down, Enter</source>
        <translation>Down, Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1015" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1016" />
        <source>In the partner tree: remove the partner filter</source>
        <translation>In the partner tree: remove the partner filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1017" />
        <source>Open the File, Edit, View or Help menu</source>
        <translation>Open the File, Edit, View or Help menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1019" />
        <source>Open a context menu</source>
        <translation>Open a context menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1019" />
        <source>Right-click, Menu key</source>
        <translation>Right-click, Menu key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Select several results</source>
        <translation>Select several results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Shift or Ctrl + click or arrows</source>
        <translation>Shift or Ctrl + click or arrows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1023" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1030" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1089" />
        <source>Show only this partner's activities</source>
        <translation>Show only this partner's activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1092" />
        <source>Show its card</source>
        <translation>Show its card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1094" />
        <source>Copy name</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1095" />
        <source>Name copied</source>
        <translation>Name copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1097" />
        <source>Export this partner's activities…</source>
        <translation>Export this partner's activities…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1102" />
        <source>Show only this part</source>
        <translation>Show only this part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1122" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1124" />
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1126" />
        <source>Add to collection…</source>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1128" />
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1130" />
        <source>Read the whole paragraph</source>
        <translation>Read the whole paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1187" />
        <source>Starred only</source>
        <translation>Starred only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1189" />
        <source>With my notes only</source>
        <translation>With my notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1191" />
        <source>My notes: {words}</source>
        <translation>My notes: {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194" />
        <source>Collection: {name}</source>
        <translation>Collection: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1247" />
        <source>1 activity matches it without filters: remove a filter or clear them all.</source>
        <translation>1 activity matches it without filters: remove a filter or clear them all.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1248" />
        <source>%n activities match it without filters: remove a filter or clear them all.</source>
        <translation>
            <numerusform>%n activity matches it without filters: remove a filter or clear them all.</numerusform>
            <numerusform>%n activities match it without filters: remove a filter or clear them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1582" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1583" />
        <source>Data version {version}</source>
        <translation>Data version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1586" />
        <source>Source: {title}, {session}, agenda item {item}</source>
        <translation>Source: {title}, {session}, agenda item {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1590" />
        <source>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</source>
        <translation>The report text is quoted verbatim in its own language. English texts of reports in Chinese are an unofficial working translation; the Chinese text is authoritative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1593" />
        <source>Licence: MIT</source>
        <translation>Licence: MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1594" />
        <source>Works offline: no network connection is ever made.</source>
        <translation>Works offline: no network connection is ever made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1597" />
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1608" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1609" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1610" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1611" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1612" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1613" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1615" />
        <source>My briefing</source>
        <translation>My briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <source>Topic map</source>
        <translation>Topic map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1619" />
        <source>Show the activity &amp;list</source>
        <translation>Show the activity &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1620" />
        <source>Show the &amp;timeline</source>
        <translation>Show the &amp;timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1621" />
        <source>Show the topic &amp;map</source>
        <translation>Show the topic &amp;map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1623" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1624" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1625" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1626" />
        <source>&amp;Add report…</source>
        <translation>&amp;Add report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1627" />
        <source>Import data &amp;pack…</source>
        <translation>Import data &amp;pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1628" />
        <source>&amp;Remove an added report…</source>
        <translation>&amp;Remove an added report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1629" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1630" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1631" />
        <source>Copy ci&amp;tation</source>
        <translation>Copy ci&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1632" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1633" />
        <source>C&amp;lear all filters</source>
        <translation>C&amp;lear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1634" />
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1635" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1636" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1637" />
        <source>Show &amp;partners and filters</source>
        <translation>Show &amp;partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1638" />
        <source>Show &amp;detail pane</source>
        <translation>Show &amp;detail pane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1639" />
        <source>&amp;Hide partners without matches</source>
        <translation>&amp;Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1640" />
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1641" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1642" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1643" />
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1644" />
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1645" />
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1646" />
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1647" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1648" />
        <source>S&amp;tar or unstar</source>
        <translation>S&amp;tar or unstar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1649" />
        <source>Add to c&amp;ollection…</source>
        <translation>Add to c&amp;ollection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1650" />
        <source>&amp;Back up my data…</source>
        <translation>&amp;Back up my data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1651" />
        <source>Restore my &amp;data…</source>
        <translation>Restore my &amp;data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1652" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1653" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1659" />
        <source>Export the listed activities (Ctrl+E)</source>
        <translation>Export the listed activities (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1661" />
        <source>Add a CPM report on international cooperation from a text, Word or PDF file</source>
        <translation>Add a CPM report on international cooperation from a text, Word or PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1663" />
        <source>Add curated reports from a data pack file</source>
        <translation>Add curated reports from a data pack file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1664" />
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1665" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1666" />
        <source>Hide partners without matches</source>
        <translation>Hide partners without matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1614" />
        <location filename="../../desktop/ui/main_window.py" line="1667" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1669" />
        <source>The report's three parts with their partners and the number of matching activities; selecting one shows only its activities</source>
        <translation>The report's three parts with their partners and the number of matching activities; selecting one shows only its activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1671" />
        <source>Partners and filters</source>
        <translation>Partners and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1672" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1616" />
        <location filename="../../desktop/ui/main_window.py" line="1673" />
        <location filename="../../desktop/ui/main_window.py" line="1674" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1675" />
        <source>Activity details</source>
        <translation>Activity details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1676" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1677" />
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1679" />
        <source>Number of activities shown</source>
        <translation>Number of activities shown</translation>
    </message>
</context>
<context>
    <name>MyBriefingPanel</name>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="206" />
        <source>{name} ({count})</source>
        <extracomment>What the activity list puts on a drag: activity ids, one per line. The personal filters changed (starred, with notes, notes query, collection shown). A saved search was chosen: (query, Filters). An item was opened: ("activity" | "partner", id). Export this collection as a briefing. Ask the window for the current search, to save it: emits nothing, the window answers through :meth:`save_search`. Something happened worth a status-bar line.</extracomment>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="210" />
        <source>Drop activities here, or use “Add to collection” (Ctrl+Shift+D)</source>
        <translation>Drop activities here, or use “Add to collection” (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="227" />
        <source>(filters only)</source>
        <translation>(filters only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="233" />
        <source>1 of your notes, stars or collection items refers to an activity or partner no longer in the library. It is kept. &lt;a href='show'&gt;Show&lt;/a&gt;</source>
        <translation>1 of your notes, stars or collection items refers to an activity or partner no longer in the library. It is kept. &lt;a href='show'&gt;Show&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/my_briefing.py" line="236" />
        <source>%n of your notes, stars or collection items refer to activities or partners no longer in the library. They are kept. &lt;a href='show'&gt;Show&lt;/a&gt;</source>
        <translation>
            <numerusform>%n of your notes, stars or collection items refers to an activity or partner no longer in the library. It is kept. &lt;a href='show'&gt;Show&lt;/a&gt;</numerusform>
            <numerusform>%n of your notes, stars or collection items refer to activities or partners no longer in the library. They are kept. &lt;a href='show'&gt;Show&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="250" />
        <source>{id} (no longer in the library)</source>
        <translation>{id} (no longer in the library)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="254" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="258" />
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="279" />
        <source>Added to {name}: {count}</source>
        <translation>Added to {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="288" />
        <source>New collection…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="289" />
        <source>Add to collection</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="290" />
        <source>Collection:</source>
        <translation>Collection:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="319" />
        <source>Choose a collection to export.</source>
        <translation>Choose a collection to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="338" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="339" />
        <source>Note in this collection…</source>
        <translation>Note in this collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="341" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="343" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="346" />
        <source>Remove from the collection</source>
        <translation>Remove from the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="349" />
        <source>Show its activities</source>
        <translation>Show its activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="350" />
        <source>Introduction…</source>
        <translation>Introduction…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="351" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="352" />
        <source>Export as a briefing…</source>
        <translation>Export as a briefing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="355" />
        <location filename="../../desktop/ui/my_briefing.py" line="397" />
        <source>Delete the collection</source>
        <translation>Delete the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="370" />
        <source>Note in {name}</source>
        <translation>Note in {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="371" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="381" />
        <source>Introduction of {name}</source>
        <translation>Introduction of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="382" />
        <source>Introduction (printed at the top of the briefing):</source>
        <translation>Introduction (printed at the top of the briefing):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="388" />
        <source>Rename collection</source>
        <translation>Rename collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="398" />
        <source>Delete the collection {name} and its notes? The activities stay in the library.</source>
        <translation>Delete the collection {name} and its notes? The activities stay in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="409" />
        <source>Save the search</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="413" />
        <source>Search saved as {name}</source>
        <translation>Search saved as {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="429" />
        <source>Delete the saved search</source>
        <translation>Delete the saved search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="440" />
        <source>Kept notes</source>
        <translation>Kept notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="448" />
        <source>My briefing</source>
        <translation>My briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="453" />
        <source>Starred only</source>
        <translation>Starred only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="454" />
        <source>With my notes only</source>
        <translation>With my notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="455" />
        <location filename="../../desktop/ui/my_briefing.py" line="456" />
        <source>Search my notes</source>
        <translation>Search my notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="457" />
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="458" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="459" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="460" />
        <source>Export the chosen collection as a briefing</source>
        <translation>Export the chosen collection as a briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="461" />
        <source>Saved &amp;searches</source>
        <translation>Saved &amp;searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="462" />
        <source>Save the current search…</source>
        <translation>Save the current search…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="463" />
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="464" />
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_briefing.py" line="467" />
        <source>Clear the notes search</source>
        <translation>Clear the notes search</translation>
    </message>
</context>
<context>
    <name>PartnerTreeModel</name>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="190" />
        <source>Listed here as a member</source>
        <translation>Listed here as a member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="184" />
        <source>{name}: 1 matching activity</source>
        <extracomment>``("group", group_id)`` or ``("partner", partner_id)``.</extracomment>
        <translation>{name}: 1 matching activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="185" />
        <source>{name}: %n matching activities</source>
        <translation>
            <numerusform>{name}: %n matching activities</numerusform>
            <numerusform>{name}: %n matching activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="191" />
        <source>1 matching activity</source>
        <translation>1 matching activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="192" />
        <source>%n matching activities</source>
        <translation>
            <numerusform>%n matching activities</numerusform>
            <numerusform>%n matching activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="197" />
        <source>{name}, 1 activity</source>
        <translation>{name}, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/partner_tree_model.py" line="198" />
        <source>{name}, %n activities</source>
        <translation>
            <numerusform>{name}, %n activity</numerusform>
            <numerusform>{name}, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="220" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/partner_tree_model.py" line="222" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="57" />
        <source>Search the report (Ctrl+F)</source>
        <translation>Search the report (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="58" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="60" />
        <source>Words in Chinese or English; all words must match. Esc clears the search.</source>
        <translation>Words in Chinese or English; all words must match. Esc clears the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="63" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_field.py" line="64" />
        <source>Clear the search (Esc)</source>
        <translation>Clear the search (Esc)</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="168" />
        <source>No activities to show.</source>
        <translation>No activities to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="215" />
        <source>Undated</source>
        <translation>Undated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="331" />
        <source>Timeline: {item}</source>
        <translation>Timeline: {item}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="388" />
        <source>&amp;Lanes:</source>
        <translation>&amp;Lanes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="389" />
        <source>Report part</source>
        <translation>Report part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="389" />
        <source>Main partner</source>
        <translation>Main partner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="390" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="393" />
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="394" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="396" />
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="397" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="398" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="399" />
        <source>Show all years (0)</source>
        <translation>Show all years (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="400" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="441" />
        <source>{count} activities, {undated} undated</source>
        <translation>{count} activities, {undated} undated</translation>
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
        <location filename="../../desktop/ui/filter_panel.py" line="110" />
        <source>{topic}: 1 matching activity</source>
        <translation>{topic}: 1 matching activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="111" />
        <source>{topic}: %n matching activities</source>
        <translation>
            <numerusform>{topic}: %n matching activities</numerusform>
            <numerusform>{topic}: %n matching activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="114" />
        <source>{topic}, 1 activity</source>
        <translation>{topic}, 1 activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/filter_panel.py" line="115" />
        <source>{topic}, %n activities</source>
        <translation>
            <numerusform>{topic}, %n activity</numerusform>
            <numerusform>{topic}, %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMapCanvas</name>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="96" />
        <source>No partners or topics to show.</source>
        <translation>No partners or topics to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="170" />
        <source>{group}: {count} activities</source>
        <translation>{group}: {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="175" />
        <source>{partner}, {topic}: {count} activities</source>
        <translation>{partner}, {topic}: {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="179" />
        <source>{partner}: {count} activities in all</source>
        <translation>{partner}: {count} activities in all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="182" />
        <source>{topic}: {count} activities in all</source>
        <translation>{topic}: {count} activities in all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="184" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="250" />
        <source>Topic map: {cell}</source>
        <translation>Topic map: {cell}</translation>
    </message>
</context>
<context>
    <name>TopicMapView</name>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="285" />
        <source>&amp;Sort by total</source>
        <translation>&amp;Sort by total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="286" />
        <source>Partners and topics with most activities first</source>
        <translation>Partners and topics with most activities first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="287" />
        <source>Topic map</source>
        <translation>Topic map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/topic_map_view.py" line="292" />
        <source>{partners} partners × {topics} topics</source>
        <translation>{partners} partners × {topics} topics</translation>
    </message>
</context>
</TS>
