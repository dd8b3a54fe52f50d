"""The time line and the topic map in the window (issue 13): made when first opened, fed
with the results, their selection in step with the list, the map filtering the list."""

from __future__ import annotations

from desktop.core.models import Filters
from desktop.ui.main_window import MainWindow


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.search_pending())


def test_charts_are_made_only_when_their_tab_is_opened(window: MainWindow, qtbot) -> None:
    settle(qtbot, window)
    assert window._chart_views == {}  # typing costs nothing for a chart never opened
    window.show_results_tab(1)
    timeline = window.chart_view("timeline")
    assert window.results_tabs.currentIndex() == 1 and timeline.isVisible()
    qtbot.waitUntil(lambda: timeline.canvas.data is not None)
    assert len(timeline.canvas.data) == window.list_model.total == 95
    assert set(window._chart_views) == {"timeline"}
    assert window.results_tab_actions[1].isChecked()


def test_the_timeline_follows_the_search(window: MainWindow, qtbot) -> None:
    window.show_results_tab(1)
    timeline = window.chart_view("timeline")
    window.set_query("实蝇")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: timeline.canvas.data is not None
                    and len(timeline.canvas.data) == window.list_model.total)
    assert 0 < window.list_model.total < 95
    shown = {timeline.canvas.data.activity_id(i) for i in range(len(timeline.canvas.data))}
    assert shown == set(window.list_model.activity_ids())


def test_choosing_on_the_timeline_selects_in_the_list_and_back(window: MainWindow,
                                                               qtbot) -> None:
    settle(qtbot, window)
    window.show_results_tab(1)
    timeline = window.chart_view("timeline")
    qtbot.waitUntil(lambda: timeline.canvas.data is not None)
    data = timeline.canvas.data
    chosen = data.activity_id(len(data) - 1)
    with qtbot.waitSignal(timeline.activity_selected):
        timeline.canvas.choose(len(data) - 1)
    assert window._current_activity == chosen
    assert window.detail_pane.activity is not None and window.detail_pane.activity.id == chosen
    # and the other way: a row chosen in the list is marked on the timeline
    other = window.list_model.activity_ids()[0]
    window.select_activity(other)
    assert timeline.canvas.selected == data.index_of(other)


def test_a_map_cell_filters_the_list_to_its_partner_and_topic(window: MainWindow,
                                                              qtbot) -> None:
    settle(qtbot, window)
    window.show_results_tab(2)
    topic_map = window.chart_view("map")
    topic_map.filter_requested.emit("imo", "sea_containers")
    settle(qtbot, window)
    assert window.filters.partners == ("imo",) and window.filters.topics == ("sea_containers",)
    assert window.results_tabs.currentIndex() == 0  # the activities, to read
    expected = window._store.count("", Filters(partners=("imo",), topics=("sea_containers",)))
    assert window.list_model.total == expected > 0
    topic_map.filter_requested.emit(None, "customs")  # a column: the topic only
    settle(qtbot, window)
    assert window.filters.partners == ("imo",) and window.filters.topics == ("customs",)


def test_the_open_tab_is_remembered(make_window, qtbot) -> None:
    first = make_window()
    first.show_results_tab(2)
    first.save_state()
    first.close()
    second = make_window()
    assert second.results_tabs.currentIndex() == 2
    assert "map" in second._chart_views


def test_a_map_click_says_when_it_replaced_a_filter(window: MainWindow, qtbot) -> None:
    """From a topic filter, a column of another topic replaces it (the filters of one kind
    are alternatives): the status bar says so, since the list can hold more than the map
    counted. A topic among those filtered to narrows without a word."""
    window.set_filters(Filters(topics=("customs", "sea_containers")))
    settle(qtbot, window)
    window.show_results_tab(2)
    topic_map = window.chart_view("map")
    topic_map.filter_requested.emit(None, "sea_containers")
    settle(qtbot, window)
    assert window.filters.topics == ("sea_containers",)
    assert "replaced" not in window.statusBar().currentMessage()
    topic_map.filter_requested.emit(None, "ephyto")
    settle(qtbot, window)
    assert window.filters.topics == ("ephyto",)
    assert "replaced" in window.statusBar().currentMessage()


def test_tab_reaches_the_open_chart(window: MainWindow, qtbot) -> None:
    """With the timeline open, Tab goes from the results' tabs to its controls and its
    canvas, then to the detail pane; the list (hidden) is skipped."""
    from desktop.ui import accessibility as a11y

    settle(qtbot, window)
    window.show_results_tab(1)
    timeline = window.chart_view("timeline")
    window.activateWindow()
    stops = a11y.tab_stops(window)
    bar = window.results_tabs.tabBar()
    for widget in (timeline.lanes, timeline.fit_button, timeline.canvas):
        assert widget in stops
        assert stops.index(bar) < stops.index(widget) < stops.index(
            window.detail_pane.star_button)
    assert window.list_view not in stops


def test_timeline_keeps_the_focused_activity_when_the_results_change(window: MainWindow,
                                                                     qtbot) -> None:
    settle(qtbot, window)
    window.show_results_tab(1)
    timeline = window.chart_view("timeline")
    canvas = timeline.canvas
    qtbot.waitUntil(lambda: canvas.data is not None)
    canvas.set_focused(3)
    focused = canvas.data.activity_id(3)
    window.set_query("the")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: canvas.data is not None
                    and len(canvas.data) == window.list_model.total)
    # the same activity, or the one selected in the list; never whatever took its index
    now = canvas.data.activity_id(canvas.focused)
    assert now in (focused, canvas.data.activity_id(canvas.selected))
    assert now == focused or canvas.focused == canvas.selected
