"""The timeline and topic-map views (selection both ways, filters from the map, laziness
while hidden) and the painter's files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from desktop.core.store import Store
from desktop.ui.chart_painter import chart_png, chart_svg
from desktop.ui.timeline_view import TimelineView
from desktop.ui.topic_map_view import TopicMapView


def _all(store: Store) -> list[int]:
    return list(range(len(store.dates_by_slot())))


def _shown(qtbot, cls, store: Store):
    view = cls()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.set_slots(store, _all(store), "en")
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def timeline(qtbot, store: Store) -> TimelineView:
    return _shown(qtbot, TimelineView, store)


@pytest.fixture
def topic_map(qtbot, store: Store) -> TopicMapView:
    return _shown(qtbot, TopicMapView, store)


def _centre(canvas, i: int) -> QPoint:
    return canvas.item_rect(i).center().toPoint()


def test_hidden_views_do_nothing_until_shown(qtbot, store: Store):
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_slots(store, _all(store), "en")
    assert view.canvas.data is None  # only remembered
    view.show()
    qtbot.waitUntil(lambda: view.canvas.data is not None)
    assert len(view.canvas.data) == len(_all(store))
    view.hide()
    view.set_slots(store, [0, 1], "en")
    assert len(view.canvas.data) == len(_all(store))  # still the old one
    view.show()
    qtbot.waitUntil(lambda: len(view.canvas.data) == 2)


def test_clicking_an_item_selects_its_activity(qtbot, timeline: TimelineView, store: Store):
    canvas = timeline.canvas
    dated = next(i for i in canvas._order if canvas.data.events[i])
    point = _centre(canvas, dated)
    assert canvas.item_at(point) == dated
    with qtbot.waitSignal(timeline.activity_selected) as signal:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [canvas.data.activity_id(dated)]
    assert canvas.selected == dated


def test_clicking_an_undated_item(qtbot, timeline: TimelineView):
    canvas = timeline.canvas
    undated = next(i for i in canvas._order if not canvas.data.events[i])
    with qtbot.waitSignal(timeline.activity_selected) as signal:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=_centre(canvas, undated))
    assert signal.args == [canvas.data.activity_id(undated)]


def test_keyboard_moves_between_items_and_enter_selects(qtbot, timeline: TimelineView):
    canvas = timeline.canvas
    canvas.setFocus()
    canvas.set_focused(canvas._order[0])
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focused == canvas._order[1]
    assert canvas.accessibleName().startswith("Timeline: ")
    assert canvas.describe(canvas.focused) in canvas.accessibleName()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    focused = canvas.focused
    with qtbot.waitSignal(timeline.activity_selected) as signal:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert signal.args == [canvas.data.activity_id(focused)]


def test_select_activity_from_outside_highlights_without_a_signal(qtbot, timeline, store):
    target = store.activity_ids_at([30])[0]
    with qtbot.assertNotEmitted(timeline.activity_selected):
        timeline.select_activity(target)
    assert timeline.canvas.selected == timeline.canvas.data.index_of(target) >= 0
    timeline.select_activity("")
    assert timeline.canvas.selected == -1


def test_lanes_zoom_and_fit(qtbot, timeline: TimelineView):
    canvas = timeline.canvas
    for mode in ("partner", "report", "part"):
        timeline.set_lane_mode(mode)
        assert canvas.data.mode == mode
    fitted = canvas.geometry_.px_per_day
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.geometry_.px_per_day > fitted
    assert canvas.horizontalScrollBar().maximum() > 0
    timeline.fit_button.click()
    assert canvas.geometry_.px_per_day == pytest.approx(fitted)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.geometry_.px_per_day <= fitted


def test_tooltip_text_names_the_activity(timeline: TimelineView, store: Store):
    canvas = timeline.canvas
    i = canvas._order[0]
    slot = canvas.data.slots[i]
    assert store.titles_by_slot("en")[slot] in canvas.describe(i)


def test_map_cell_and_header_clicks_request_filters(qtbot, topic_map: TopicMapView):
    canvas = topic_map.canvas
    g = canvas.geometry_
    line = next(n for n, (kind, index) in enumerate(g.lines)
                if kind == "row" and any(g.rows[index].counts))
    row = g.rows[g.lines[line][1]]
    column = next(c for c, count in enumerate(row.counts) if count)
    topic = g.data.columns[column].topic_id
    with qtbot.waitSignal(topic_map.filter_requested) as signal:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.cell_rect((line, column)).center().toPoint())
    assert signal.args == [row.partner_id, topic]
    with qtbot.waitSignal(topic_map.filter_requested) as signal:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.cell_rect((line, -1)).center().toPoint())
    assert signal.args == [row.partner_id, None]
    with qtbot.waitSignal(topic_map.filter_requested) as signal:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.cell_rect((-1, column)).center().toPoint())
    assert signal.args == [None, topic]
    assert "activities" in canvas.describe((line, column))


def test_map_keyboard_and_sort(qtbot, topic_map: TopicMapView):
    canvas = topic_map.canvas
    canvas.setFocus()
    canvas.set_focused((1, 0))
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focused == (1, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.focused == (1, -1)
    assert canvas.accessibleName().startswith("Topic map: ")
    with qtbot.waitSignal(topic_map.filter_requested) as signal:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert signal.args[1] is None and signal.args[0]
    topic_map.sort_box.setChecked(True)
    totals = [c.total for c in canvas.data.columns]
    assert totals == sorted(totals, reverse=True)


def test_views_on_the_synthetic_library(qtbot, synthetic_db: Path):
    s = Store(synthetic_db, library=False)
    slots = _all(s)
    for cls in (TimelineView, TopicMapView):
        view = cls()
        qtbot.addWidget(view)
        view.resize(900, 500)
        view.set_slots(s, slots, "zh")
        view.show()
        qtbot.waitUntil(lambda v=view: v.canvas.data is not None)
        view.canvas.verticalScrollBar().setValue(view.canvas.verticalScrollBar().maximum())
        view.grab()  # paints the far end without error
        view.close()


def test_views_with_no_activities(qtbot, store: Store):
    for cls in (TimelineView, TopicMapView):
        view = cls()
        qtbot.addWidget(view)
        view.set_slots(store, [], "en")
        view.show()
        qtbot.waitUntil(lambda v=view: v.canvas.data is not None)
        view.grab()


# -- files -----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["timeline", "map"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_png_has_content(qapp, store: Store, kind, lang):
    data = chart_png(kind, store, _all(store), lang=lang, width_px=1200, dpi=150,
                     title="Title", caption="Caption")
    image = QImage.fromData(data, "PNG")
    assert image.width() == 1200 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 5
    assert abs(image.dotsPerMeterX() - 150 / 0.0254) < 2


def test_svg_contains_text(qapp, store: Store):
    data = chart_svg("map", store, _all(store), lang="zh").decode("utf-8")
    assert "<svg" in data and "<text" in data
    assert "电子植检证书" in data  # ePhyto's Chinese label
    timeline = chart_svg("timeline", store, _all(store), lang="en").decode("utf-8")
    assert "2020" in timeline


def test_png_of_no_activities(qapp, store: Store):
    for kind in ("timeline", "map"):
        image = QImage.fromData(chart_png(kind, store, [], width_px=600, dpi=96), "PNG")
        assert image.width() == 600 and image.height() > 10


# -- the worker ------------------------------------------------------------------------------
class _GatedTimeline(TimelineView):
    """Builds in the worker whatever the size; the first build waits for ``gate``."""

    SYNC_LIMIT = 0

    def __init__(self) -> None:
        super().__init__()
        import threading

        self.gate = threading.Event()
        self.started = threading.Event()
        self.shown: list[list[int]] = []
        self._first = True

    def compute(self, store, slots, options, check):
        if self._first:
            self._first = False
            self.started.set()
            assert self.gate.wait(10)
        return super().compute(store, slots, options, check)

    def show_result(self, result, store, lang):
        self.shown.append(list(result.slots))
        super().show_result(result, store, lang)


def _gated(qtbot, store: Store) -> _GatedTimeline:
    view = _GatedTimeline()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_large_build_runs_in_the_worker_and_shows_when_done(qtbot, store: Store):
    view = _gated(qtbot, store)
    view.gate.set()
    with qtbot.waitSignal(view.built, timeout=10_000):
        view.set_slots(store, _all(store), "en")
        view.rebuild_now()
        assert view.building()  # the window's thread went on
    assert not view.building()
    assert view.shown == [_all(store)] and len(view.canvas.data) == len(_all(store))


def test_a_superseded_build_never_shows(qtbot, store: Store):
    view = _gated(qtbot, store)
    view.set_slots(store, [1, 2, 3], "en")
    view.rebuild_now()
    assert view.started.wait(10)  # the first build is under way, held at the gate
    view.set_slots(store, [4, 5], "en")  # newer results: the first build is stale
    with qtbot.waitSignal(view.built, timeout=10_000):
        view.rebuild_now()
        view.gate.set()
    view.wait_built()
    qtbot.wait(50)
    assert view.shown == [[4, 5]]
    assert sorted(view.canvas.data.slots) == [4, 5]


def test_a_build_done_on_the_spot_supersedes_the_worker(qtbot, store: Store, monkeypatch):
    view = _gated(qtbot, store)
    view.set_slots(store, [1, 2, 3], "en")
    view.rebuild_now()
    assert view.started.wait(10)
    monkeypatch.setattr(view, "SYNC_LIMIT", 10)  # the next one is small: shown at once
    view.set_slots(store, [7], "en")
    view.rebuild_now()
    assert view.shown == [[7]] and not view.building()
    view.gate.set()
    view.wait_built()
    qtbot.wait(50)
    assert view.shown == [[7]]


def test_results_seen_before_are_shown_from_the_cache(qtbot, store: Store):
    view = _gated(qtbot, store)
    view.gate.set()
    for slots in ([1, 2, 3], [4, 5]):
        with qtbot.waitSignal(view.built, timeout=10_000):
            view.set_slots(store, slots, "en")
            view.rebuild_now()
    view.set_slots(store, [1, 2, 3], "en")
    view.rebuild_now()  # no worker: the chart of these results is kept
    assert not view.building() and view.shown[-1] == [1, 2, 3]


def test_a_keystroke_stops_the_build_under_way(qtbot, store: Store):
    """``results_changing`` (called by the window on every keystroke) abandons the build of
    the results shown so far: it never shows, and the next results are built instead."""
    view = _gated(qtbot, store)
    view.set_slots(store, [1, 2, 3], "en")
    view.rebuild_now()
    assert view.started.wait(10)
    view.results_changing()
    view.gate.set()
    view.wait_built()
    qtbot.wait(50)
    assert view.shown == []  # the abandoned build is not shown
    with qtbot.waitSignal(view.built, timeout=10_000):
        view.set_slots(store, [4, 5], "en")
        view.rebuild_now()
    assert view.shown == [[4, 5]]


def test_focus_follows_the_activity_into_new_data(qtbot, timeline: TimelineView, store: Store):
    """New results keep the keyboard focus on the same activity (found again by id), not on
    whichever activity now has the old position."""
    canvas = timeline.canvas
    ids = [canvas.data.activity_id(i) for i in range(len(canvas.data))]
    canvas.set_focused(3)
    kept = ids[3]
    slots = [store.slot(i) for i in ids if i != ids[0]]  # the first one gone: all shift
    timeline.set_slots(store, slots, "en")
    timeline.rebuild_now()
    qtbot.waitUntil(lambda: len(canvas.data) == len(slots))
    assert canvas.data.activity_id(canvas.focused) == kept


def test_closing_stops_the_worker(qtbot, store: Store):
    view = _gated(qtbot, store)
    view.set_slots(store, [1, 2, 3], "en")
    view.rebuild_now()
    assert view.started.wait(10)
    view.gate.set()
    view.close_builder()
    thread = view._builder._thread
    assert thread is not None and not thread.is_alive()
    qtbot.wait(50)
    assert view.shown == []  # what was under way is dropped
