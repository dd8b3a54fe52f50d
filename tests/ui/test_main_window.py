"""The main window end to end: search, filters, tree, detail, language, state, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.core.models import Filters
from desktop.ui.activity_list_model import ActivityIdRole
from desktop.ui.filter_panel import TopicIdRole
from desktop.ui.main_window import MainWindow
from desktop.ui.partner_tree_model import CountRole, NodeKeyRole


def listed_ids(window: MainWindow) -> list[str]:
    proxy = window.list_proxy
    return [proxy.index(r, 0).data(ActivityIdRole) for r in range(proxy.rowCount())]


def tree_count(window: MainWindow, key: tuple[str, str]) -> int:
    return window.tree_model.find(key).data(CountRole)


def topic_row(window: MainWindow, topic_id: str):
    model = window.filter_panel.topic_model
    return next(model.index(r, 0) for r in range(model.rowCount())
                if model.index(r, 0).data(TopicIdRole) == topic_id)


def commit_text(widget, text: str, preedit: str = "") -> None:
    """What a Chinese input method sends: pre-edit pinyin, then the committed characters."""
    if preedit:
        QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_search_fruit_fly_lists_paragraph_13_and_highlights(qtbot, window, store):
    window.search_field.setFocus()
    QApplication.sendEvent(window.search_field, QInputMethodEvent("shiying", []))
    qtbot.wait(250)
    assert window.query == ""  # pinyin being composed does not search
    commit_text(window.search_field, "实蝇")
    with qtbot.waitSignal(window.refreshed, timeout=2000):
        pass
    assert window.query == "实蝇"
    ids = listed_ids(window)
    assert "cpm15-13-2" in ids
    assert all(store.activity(i).paragraph == 13 for i in ids)
    assert window.select_activity("cpm15-13-2")
    # The English interface shows the English working translation first: the Chinese
    # query marks the English name of what it found ("fruit flies") ...
    assert window.detail_pane.marks() == ["fruit flies"]
    # ... and the Chinese original, one click away, marks the characters typed.
    window.detail_pane.language_buttons["other"].click()
    assert window.detail_pane.marks() == ["实蝇"]
    assert window.count_label.text() == f"{len(ids)} of {len(store.activities)} activities"


def test_escape_clears_search_and_ctrl_f_focuses_it(qtbot, window, store):
    window.search_field.set_query("海运集装箱")
    assert window.result.total < len(store.activities)
    window.list_view.setFocus()
    window.find_action.trigger()
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.result.total == len(store.activities)


def test_topic_and_year_filters_combine_and_update_counts(window, store):
    index = topic_row(window, "fruit_flies")
    window.filter_panel.topic_model.setData(index, Qt.CheckState.Checked.value,
                                            Qt.ItemDataRole.CheckStateRole)
    assert window.filters.topics == ("fruit_flies",)
    window.filter_panel.year_box(2021).click()
    expected = Filters(topics=("fruit_flies",), years=(2021,))
    assert window.filters == expected
    assert sorted(listed_ids(window)) == sorted(store.matching_ids("", expected))
    fruit_flies = store.search("", Filters(topics=("fruit_flies",))).hits
    assert 0 < len(listed_ids(window)) < len(fruit_flies)
    # The tree counts follow both filters.
    tree = {g.group.id: g.count for g in store.partner_tree("", expected)}
    assert tree_count(window, ("group", "international")) == tree["international"]
    # Topic counts ignore the topic facet itself but honour the year.
    counts = dict((t.id, n) for t, n in store.topic_counts("", expected))
    assert topic_row(window, "ephyto").data(Qt.ItemDataRole.DisplayRole).endswith(
        f"({counts['ephyto']})")
    assert window.filter_panel.year_box(2021).isChecked()
    assert "Topic: Fruit flies" in window.active_filters_label.text()
    window.clear_filters_action.trigger()
    assert window.filters.is_empty()
    assert not window.filter_panel.year_box(2021).isChecked()
    assert len(listed_ids(window)) == len(store.activities)


def test_clicking_a_topic_link_filters(window):
    assert window.select_activity("cpm15-13-2")
    chips = [link for link in window.detail_pane.links() if link.href.startswith("topic:")]
    assert chips
    topic_text = chips[0].text
    window.detail_pane.browser.anchorClicked.emit(QUrl(chips[0].href))
    assert len(window.filters.topics) == 1
    assert topic_text in window.active_filters_label.text()
    # The activity has that topic, so it stays selected and shown.
    assert window.detail_pane.activity is not None
    assert window.detail_pane.activity.id == "cpm15-13-2"


def test_selecting_a_partner_filters_the_list_and_shows_its_card(window, store):
    index = window.tree_model.find(("partner", "wco"))
    window.tree_view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.filters.partners == ("wco",)
    assert sorted(listed_ids(window)) == sorted(
        store.matching_ids("", Filters(partners=("wco",))))
    assert window.detail_pane.partner is not None
    assert window.detail_pane.partner.id == "wco"
    # A partner link in the detail pane navigates the same way.
    window.detail_pane.partner_requested.emit("imo")
    assert window.filters.partners == ("imo",)
    assert window.tree_view.currentIndex().data(NodeKeyRole) == ("partner", "imo")


def test_group_selection_filters_by_part(window, store):
    index = window.tree_model.find(("group", "rppo"))
    window.tree_view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.filters.parts == (3,)
    assert window.result.total == store.search("", Filters(parts=(3,))).total


def test_hide_zero_count_partners(window):
    window.set_filters(Filters(years=(2019,)))
    window.clear_filters()
    shown_all = window.tree_model.rowCount(window.tree_model.index(0, 0))
    window.hide_zero_action.setChecked(True)
    window.set_filters(Filters(partners=("wco",)))  # a partner filter alone hides nothing
    window.clear_filters()
    assert window.hide_zero_box.isChecked()
    window.hide_zero_action.setChecked(False)
    # While a search narrows the list, only partners with matches are shown, opened.
    window.search_field.set_query("海运集装箱")
    shown = window.tree_model.rowCount(window.tree_model.index(0, 0))
    assert 0 < shown < shown_all
    wco = window.tree_model.find(("partner", "wco"))
    assert window.tree_view.isExpanded(wco.parent()) or not wco.parent().isValid()
    window.search_field.set_query("")
    assert window.tree_model.rowCount(window.tree_model.index(0, 0)) == shown_all


def test_empty_state_explains_and_offers_to_widen(window):
    window.search_field.set_query("实蝇")
    window.set_filters(Filters(topics=("ephyto",)))
    assert window.list_stack.currentIndex() == 1
    assert "实蝇" in window.empty_label.text()
    assert window.empty_clear_filters.isVisibleTo(window)
    window.empty_clear_filters.click()
    assert window.list_stack.currentIndex() == 0


def test_language_switch_retranslates_the_open_window(qtbot, window, store):
    assert window.file_menu.title() == "&File"
    window.select_activity("cpm15-13-2")
    window.language_actions["zh"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() != "&File", timeout=2000)
    assert "文件" in window.file_menu.title()
    assert window.list_proxy.headerData(3, Qt.Orientation.Horizontal) == "标题"
    assert window.tree_model.find(("group", "international")).data() == "国际组织"
    title = window.detail_pane.browser.document().begin()
    assert title.text() == store.activity("cpm15-13-2").title_zh
    assert title.blockFormat().headingLevel() == 2
    assert "共" in window.count_label.text() or "条" in window.count_label.text()
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert window.tree_model.find(("group", "international")).data() == \
        "International organizations"


def test_state_is_restored_in_a_new_window(make_window, settings_path: Path):
    first = make_window()
    first.search_field.set_query("集装箱")
    first.set_filters(Filters(topics=("sea_containers",), years=(2020,)))
    first.hide_zero_action.setChecked(True)
    first.list_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.close()
    assert settings_path.exists()
    second = make_window()
    assert second.query == "集装箱"
    assert second.search_field.text() == "集装箱"
    assert second.filters == Filters(topics=("sea_containers",), years=(2020,))
    assert second.hide_zero_action.isChecked()
    assert second.list_view.header().sortIndicatorSection() == 1
    assert second.list_view.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.filter_panel.year_box(2020).isChecked()


def test_broken_settings_file_is_ignored(make_window, settings_path: Path):
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_bytes(b"\xff\xfe[state\nfilters=={{not json\n\x00\x01geometry=@ByteArray(")
    window = make_window()
    assert window.filters == Filters()


def test_export_action_opens_the_dialog_with_what_is_on_screen(window, monkeypatch):
    from desktop.ui import export_dialog

    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.search_field.setText("海运集装箱")
    window.set_query("海运集装箱")
    window.list_view.selectAll()
    window.export_action.trigger()
    assert len(opened) == 1
    dialog = opened[0]
    shown = [h.activity.id for h in window.result.hits]
    assert dialog.current_query == "海运集装箱"
    assert dialog.current_ids == shown
    assert sorted(dialog.selected_ids) == sorted(shown)
    dialog.close()


def test_copy_citation(window, store):
    window.select_activity("cpm15-13-2")
    window.copy_citation_action.trigger()
    # The English text is shown, so the citation says it is our working translation.
    cited = QApplication.clipboard().text()
    assert cited == store.citation(store.activity("cpm15-13-2"), "en", translated=True)
    assert cited.endswith("paragraph 13 (unofficial working translation from the Chinese)")
    window.detail_pane.language_buttons["other"].click()  # Chinese original only
    window.copy_citation_action.trigger()
    assert QApplication.clipboard().text().endswith("agenda item 15.1, paragraph 13")


def test_sorting_by_column_keeps_all_rows(window):
    before = sorted(listed_ids(window))
    window.list_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert sorted(listed_ids(window)) == before
    first = window.list_proxy.index(0, 1).data()
    assert first.startswith("2019")


def test_font_size_changes_and_resets(window):
    base = QApplication.font().pointSizeF()
    window.larger_action.trigger()
    assert QApplication.font().pointSizeF() == base + 1
    window.reset_font_action.trigger()
    assert QApplication.font().pointSizeF() == base


def test_find_shows_a_hidden_search_pane(window):
    window.show_left_action.setChecked(False)
    assert not window.search_field.isVisible()
    window.find_action.trigger()
    assert window.search_field.isVisible()
    assert QApplication.focusWidget() is window.search_field


def test_link_to_an_activity_outside_the_list_still_shows_it(window, store):
    window.search_field.set_query("ePhyto")
    assert "cpm15-24-1" not in listed_ids(window)
    window.detail_pane.activity_requested.emit("cpm15-24-1")
    assert window.detail_pane.activity is not None
    assert window.detail_pane.activity.id == "cpm15-24-1"
    assert "not in the list" in window.statusBar().currentMessage()
    assert window.query == "ePhyto"  # the user's search is kept


def test_planned_activity_without_a_date_says_planned(window, store):
    planned = next(a for a in store.activities if a.date is None and a.date_qualifier == "planned")
    window.detail_pane.activity_requested.emit(planned.id)
    assert "planned" in window.detail_pane.shown_text()


def _next_tab_stop(widget):
    """The widget Tab moves to: the next in the focus chain that takes Tab focus."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isEnabled()
               and candidate.isVisible()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_year_boxes_sit_between_topics_and_calls_to_action_in_tab_order(window):
    panel = window.filter_panel
    boxes = panel.year_boxes()
    assert _next_tab_stop(panel.topic_view) is boxes[0]
    for first, second in zip(boxes, boxes[1:], strict=False):
        assert _next_tab_stop(first) is second
    assert _next_tab_stop(boxes[-1]) is panel.cta_box


def test_export_takes_the_results_in_the_order_shown(window, monkeypatch):
    from desktop.ui import export_dialog
    from desktop.ui.activity_list_model import ActivityListModel

    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: opened.append(d) or 0)
    window.search_field.set_query("海运集装箱")
    window.list_view.sortByColumn(ActivityListModel.DATE, Qt.SortOrder.DescendingOrder)
    window.export_action.trigger()
    assert opened[0].current_ids == listed_ids(window)
    assert opened[0].current_ids != [h.activity.id for h in window.result.hits]
    opened[0].close()


def test_tree_count_column_fits_the_largest_count_and_its_title(window, qtbot):
    """The count column is sized from the counts (not measured row by row on every change),
    wide enough for the largest count in bold and for the column's title, in both languages."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.partner_tree_model import PartnerTreeModel

    header = window.tree_view.header()

    def fits(largest: int) -> bool:
        bold = QFont(window.tree_view.font())
        bold.setBold(True)
        title = str(window.tree_model.headerData(PartnerTreeModel.COUNT,
                                                 Qt.Orientation.Horizontal))
        needed = max(QFontMetrics(bold).horizontalAdvance(str(largest)),
                     header.fontMetrics().horizontalAdvance(title))
        return header.sectionSize(PartnerTreeModel.COUNT) >= needed

    qtbot.waitUntil(lambda: not window.search_pending())
    largest = max(window.tree_model.index(r, PartnerTreeModel.COUNT).data(CountRole)
                  for r in range(window.tree_model.rowCount()))
    assert largest >= 10 and fits(largest)
    window.set_language("zh")
    assert fits(largest)
    window.change_font(4)
    assert fits(largest)
    window.change_font(0)


def test_the_search_field_has_the_focus_when_the_window_opens(window):
    """Typing at once searches: the first focus is the search field, not whatever the Tab
    ring would start with."""
    assert window.focusWidget() is window.search_field


def test_a_window_that_saves_no_state_leaves_the_settings_alone(make_window, settings_path):
    # --exit-after-paint: "saves nothing".
    window = make_window()
    window.saves_state = False
    window.set_query("实蝇")
    window.close()
    assert not settings_path.exists() or "实蝇" not in settings_path.read_text("utf-8")


def test_first_frame_shown_is_emitted_once_after_the_first_paint(qtbot, make_window):
    window = make_window()  # shown; it paints when the event loop runs
    seen = []
    window.first_frame_shown.connect(lambda: seen.append(1))
    assert seen == []
    qtbot.waitUntil(lambda: seen == [1])
    window.update()
    qtbot.wait(50)
    assert seen == [1]


def test_the_window_places_its_toolbar_and_lists_without_an_animation(qtbot, window, store):
    """QMainWindow gives its toolbar and central widget their places through a property
    animation whenever its layout runs (a count in the status bar changing width is enough),
    which held a search's results back by a frame; they are placed at once, and look as the
    application's style paints them."""
    from PySide6.QtCore import QPropertyAnimation
    from PySide6.QtWidgets import QStyle

    window.show()
    qtbot.waitExposed(window)
    made = []
    window.statusBar().showMessage("x" * 120)
    window.count_label.setText("1 of 2 activities and a much longer note " * 3)
    window.layout().invalidate()
    window.layout().activate()
    for widget in (window.toolbar, window.main_splitter):
        made += widget.findChildren(QPropertyAnimation)
        hint = widget.style().styleHint(QStyle.StyleHint.SH_Widget_Animation_Duration,
                                        None, widget)
        assert hint == 0
        assert widget.style().baseStyle().name() == QApplication.style().name()
    assert not made
    # The lists inside keep the application's own style object.
    assert window.list_view.style() is QApplication.style()
    assert window.tree_view.style() is QApplication.style()


def test_a_search_matching_many_partners_keeps_the_tree_whole(window, monkeypatch):
    """Past HIDE_ZERO_MAX partners with matches the narrowed tree keeps every partner (those
    without matches greyed) and only writes new counts; the user's own "hide" still hides."""
    model = window.tree_model

    def rows() -> int:
        return model.rowCount(model.index(0, 0))

    shown_all = rows()
    window.search_field.set_query("海运集装箱")
    matching = len(window._store.update("海运集装箱").facets.partner_counts)
    assert 1 < matching and rows() < shown_all  # few: hidden
    window.search_field.set_query("")
    monkeypatch.setattr(type(window), "HIDE_ZERO_MAX", matching - 1)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    window.search_field.set_query("海运集装箱")
    assert rows() == shown_all
    root = model.index(0, 0)
    zero = [model.index(r, 0, root) for r in range(shown_all)]
    assert any(i.data(CountRole) == 0 for i in zero) and any(i.data(CountRole) for i in zero)
    assert not resets  # counts written in place, the view keeps its layout
    window.hide_zero_action.setChecked(True)
    assert rows() < shown_all
    window.hide_zero_action.setChecked(False)
    assert rows() == shown_all


def test_the_search_follows_the_keys_without_waiting_for_a_pause(qtbot):
    """The first key is searched at once; while keys keep coming, at most one search per
    THROTTLE_MS, always of the latest text, and the last text is searched at the latest
    THROTTLE_MS after the last key (it used to wait for a 150 ms pause)."""
    import time

    from desktop.ui.search_field import THROTTLE_MS, SearchField

    field = SearchField()
    qtbot.addWidget(field)
    said: list[tuple[float, str]] = []
    field.query_changed.connect(lambda text: said.append((time.monotonic(), text)))
    start = time.monotonic()
    qtbot.keyClick(field, "c")
    qtbot.waitUntil(lambda: bool(said), timeout=1000)
    assert said[0][1] == "c" and said[0][0] - start < THROTTLE_MS / 1000
    for char in "ustoms":  # a key every 15 ms: quicker than the interval
        qtbot.keyClick(field, char)
        qtbot.wait(15)
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: said[-1][1] == "customs", timeout=1000)
    assert said[-1][0] - last_key <= (THROTTLE_MS + 40) / 1000
    assert len(said) <= 1 + (last_key - said[0][0]) * 1000 // THROTTLE_MS + 1
    assert [t for _, t in said] == sorted({t for _, t in said}, key=len)  # each once, in order
    qtbot.keyClicks(field, "!!")  # several keys in one go: one search of the whole text
    qtbot.waitUntil(lambda: said[-1][1] == "customs!!", timeout=1000)
    assert "customs!" not in [t for _, t in said]
