"""The window with several reports and with the English working translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.models import TRANSLATION_NOTE, Filters
from desktop.core.store import Store
from desktop.ui.detail_pane import MARK_STYLE, highlight_html
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


@pytest.fixture
def two_window(qtbot, two_reports: Store, translations, settings_path: Path) -> MainWindow:
    window = MainWindow(two_reports, Settings(settings_path), translations)
    qtbot.addWidget(window)
    window.show()
    return window


def test_reports_filter_is_hidden_with_one_report(window):
    assert window.filter_panel.document_boxes() == []
    assert not window.filter_panel.documents_label.isVisible()


def test_reports_filter_with_counts_and_chip(two_window: MainWindow, two_reports: Store):
    panel = two_window.filter_panel
    assert panel.documents_label.isVisible()
    boxes = {b.text() for b in panel.document_boxes()}
    assert boxes == {"CPM-15 (2021), agenda item 15.1 (95)", "CPM-99 (2099), agenda item 9.9 (2)"}
    panel.document_box("cpm99").click()
    assert two_window.filters.documents == ("cpm99",)
    assert two_window.result.total == 2
    assert "Report: CPM-99 (2099), agenda item 9.9" in two_window.active_filters_label.text()
    # a search narrows the report counts too
    two_window.search_field.set_query("cleanliness data")
    assert panel.document_box("cpm99").text().endswith("(1)")
    two_window._remove_filter_link("doc:cpm99")
    assert two_window.filters == Filters()


def test_tree_counts_across_reports(two_window: MainWindow, two_reports: Store):
    wco = two_window.tree_model.find(("partner", "wco"))
    from desktop.ui.partner_tree_model import CountRole

    assert wco.data(CountRole) == len(two_reports.matching_ids("", Filters(partners=("wco",))))
    assert {two_reports.activity(i).doc for i in two_reports.matching_ids(
        "", Filters(partners=("wco",)))} == {"cpm15", "cpm99"}


def test_detail_pane_names_the_report_and_cites_it(two_window: MainWindow, two_reports):
    two_window.open_activity("cpm99-2-1")
    pane = two_window.detail_pane
    assert "CPM-99 (2099), agenda item 9.9" in pane.shown_text().splitlines()[1]
    assert pane.citation().startswith("IPPC Secretariat, Report of the IPPC Secretariat on "
                                      "international cooperation, CPM-99 (2099), agenda item "
                                      "9.9, paragraph 2")


def test_text_modes_and_translation_label(window, store):
    window.select_activity("cpm15-24-1")
    pane = window.detail_pane
    activity = store.activity("cpm15-24-1")
    text = pane.shown_text()
    assert activity.text_en in text and activity.text not in text
    assert "English (unofficial working translation)" in text
    assert TRANSLATION_NOTE["en"] in text
    pane.language_buttons["both"].click()
    text = pane.shown_text()
    assert 0 <= text.index(activity.text_en) < text.index(activity.text)
    pane.language_buttons["other"].click()
    text = pane.shown_text()
    assert activity.text in text and activity.text_en not in text
    assert "Report text (Chinese original)" in text
    assert TRANSLATION_NOTE["en"] not in text


def test_chinese_interface_shows_the_original_first(window, store):
    window.set_language("zh")
    window.select_activity("cpm15-24-1")
    pane = window.detail_pane
    activity = store.activity("cpm15-24-1")
    assert activity.text in pane.shown_text() and activity.text_en not in pane.shown_text()
    assert pane.language_buttons["ui"].text() == "中文"
    assert pane.language_buttons["other"].text() == "English"
    pane.language_buttons["other"].click()
    assert TRANSLATION_NOTE["zh"] in pane.shown_text()
    assert pane.citation().endswith("第 24 段（英文为非官方工作译文）")


def test_whole_paragraph_with_quotation_in_bold_and_matches_marked(window, store):
    window.search_field.set_query("tabletop")
    window.select_activity("cpm15-3-3")
    pane = window.detail_pane
    pane.paragraph_button.click()
    activity = store.activity("cpm15-3-3")
    paragraph = store.paragraph_text(activity, "en")
    assert paragraph in pane.shown_text()
    block = pane.browser.document().findBlock(pane.shown_text().index(paragraph))
    runs = block.begin()
    bold = ""
    while not runs.atEnd():
        if runs.fragment().charFormat().fontWeight() >= QFont.Weight.Bold:
            bold += runs.fragment().text()
        runs += 1
    assert bold == activity.text_en  # the quotation, inside its paragraph
    assert pane.marks() == ["tabletop"]
    assert paragraph.startswith("United Nations Office for Disarmament Affairs")


def test_text_mode_and_whole_paragraph_are_remembered(qtbot, make_window):
    first = make_window()
    first.select_activity("cpm15-3-3")
    first.detail_pane.language_buttons["both"].click()
    first.detail_pane.paragraph_button.click()
    first.close()
    second = make_window()
    assert second.detail_pane.text_mode == "both"
    assert second.detail_pane.whole_paragraph


def test_copy_puts_the_shown_texts_with_their_labels(window, store):
    window.select_activity("cpm15-13-2")
    window.detail_pane.language_buttons["both"].click()
    window.list_view.setFocus()
    window.copy_action.trigger()
    text = QApplication.clipboard().text()
    a = store.activity("cpm15-13-2")
    assert a.text_en in text and a.text in text
    assert TRANSLATION_NOTE["en"] in text
    assert text.endswith("(unofficial working translation from the Chinese)")


def test_highlight_html_bold_and_marks_nest():
    html = highlight_html("abcdef", [(1, 3)], emphasis=(2, 5))
    assert html == (f'a<span style="{MARK_STYLE}">b</span>'
                    f'<b><span style="{MARK_STYLE}">c</span></b><b>de</b>f')


def test_paragraph_column_names_the_report_when_there_are_several(two_window, window):
    from desktop.ui.activity_list_model import ActivityIdRole

    model = two_window.list_model
    refs = {model.index(r, 0).data(ActivityIdRole): model.index(r, 0).data()
            for r in range(model.rowCount())}
    assert refs["cpm99-2-1"] == "CPM-99 ¶2" and refs["cpm15-24-1"] == "CPM-15 ¶24"
    single = window.list_model
    assert single.index(0, 0).data() == str(single.hit(0).activity.paragraph)


def test_add_a_report_from_the_window_and_remove_it(window, tmp_path, monkeypatch):
    from second_report import REPORT_ZH

    from desktop.core.models import AUTOMATIC_NOTE

    path = tmp_path / "cpm99.txt"
    path.write_text(REPORT_ZH, encoding="utf-8")
    store = window._store
    try:
        assert window.add_report_file(path, confirm=False)
        assert window.filters.documents == ("cpm99",)
        assert window.result.total == 2
        assert window.filter_panel.documents_label.isVisibleTo(window)
        texts = [b.text() for b in window.filter_panel.document_boxes()]
        assert any("CPM-99 (2099)" in t and "imported" in t for t in texts)
        window.select_activity("cpm99-2-1")
        assert AUTOMATIC_NOTE["en"] in window.detail_pane.shown_text()
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            staticmethod(lambda parent, title, text, *a: shown.append(text)))
        assert not window.add_report_file(path, confirm=False)  # the same file again
        assert shown and "already in the library" in shown[0]
        assert window.remove_report("cpm99")
        assert window.filters.documents == ()
        assert [d.id for d in store.documents] == ["cpm15"]
    finally:
        for extra in [d.id for d in store.documents if d.origin != "bundled"]:
            from desktop.core import library

            library.remove_report(store, extra)
