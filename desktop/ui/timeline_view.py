"""The timeline view: the current results on a time axis, one lane per part, partner or report.

Fed with :meth:`TimelineView.set_slots` on every update of the results; while hidden it only
remembers them (nothing is computed for a keystroke nobody sees) and builds the timeline
when shown, after a short pause when updates come fast. Selecting an item (click, Enter or
Space) emits :attr:`TimelineView.activity_selected`; :meth:`TimelineView.select_activity`
marks the activity selected elsewhere. Keyboard: arrows move between items (the focused item
is the widget's accessible name), + and - zoom, 0 fits, Page Up/Down scroll.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QToolButton,
    QToolTip,
    QWidget,
)

from desktop.core.chart_data import LaneMode, TimelineData, timeline_data
from desktop.core.format import format_iso_date
from desktop.core.store import Store
from desktop.ui.chart_painter import (
    ChartColours,
    TimelineGeometry,
    TimelineStyle,
    draw_lane_labels,
    draw_legend,
    draw_timeline_axis,
    draw_timeline_plot,
    lane_label_width,
    legend_entries,
    legend_height,
    topic_colours,
)
from desktop.ui.chart_view import ChartCanvas, DeferredChartView

# Pixels per day: from about 36 years across a window to a week across a finger.
ZOOM_RANGE = (0.02, 40.0)
ZOOM_STEP = 1.5


class TimelineCanvas(ChartCanvas):
    """The scrolled drawing: axis on top, lane labels on the left, legend at the bottom."""

    activity_selected = Signal(str)
    focus_moved = Signal(str)  # the focused item's description ('' if none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.lang = "en"
        self.data: TimelineData | None = None
        self.geometry_: TimelineGeometry | None = None
        self.px_per_day = 0.0  # 0: fit the years to the width
        self.selected = -1
        self.focused = -1
        self._order: list[int] = []
        self._position: dict[int, int] = {}
        self._colours: dict = {}
        self._entries: list = []
        self._titles: Sequence[str] = ()

    # -- data ------------------------------------------------------------------------------
    def set_data(self, store: Store, data: TimelineData, lang: str, selected_id: str) -> None:
        # The focused item is an activity, not a position: found again in the new data
        # (else the selected one), never whichever activity now has the old index.
        old = self.data
        focused_id = (old.activity_id(self.focused)
                      if old is not None and 0 <= self.focused < len(old) else "")
        self.store, self.data, self.lang = store, data, lang
        self._titles = ()
        self._order, self._position = data.reading_order()
        self._colours = topic_colours(data.topics)
        self._entries = legend_entries(store, data.topics, self._colours, lang)
        self.selected = data.index_of(selected_id) if selected_id else -1
        self.focused = data.index_of(focused_id) if focused_id else -1
        if self.focused < 0 or self.focused not in self._position:
            self.focused = self.selected
        self.relayout()

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font(), self.viewport())

    def label_width(self) -> float:
        if self.data is None:
            return 0.0
        return lane_label_width(self.data, self._metrics(), self.lang,
                                max(80.0, self.viewport().width() * 0.3))

    def legend_h(self) -> float:
        m = self._metrics()
        return legend_height(self._entries, m, max(50.0, self.viewport().width() - m.height()),
                             True, self.lang) + m.height() * 0.5

    def plot_rect(self) -> QRectF:
        g = self.geometry_
        if g is None:
            return QRectF()
        vp = self.viewport().rect()
        return QRectF(g.label_width, g.axis_h, max(10.0, vp.width() - g.label_width),
                      max(10.0, vp.height() - g.axis_h - self.legend_h()))

    def relayout(self) -> None:
        """Geometry for the current data, zoom and size; scroll bars to match."""
        if self.data is None:
            self.geometry_ = None
            self.viewport().update()
            return
        m = self._metrics()
        label_w = self.label_width()
        plot_w = max(10.0, self.viewport().width() - label_w)
        first, last = self.data.days
        years = 1
        if last > first:
            from datetime import date

            years = date.fromordinal(max(first, last - 1)).year - date.fromordinal(first).year + 1
        fit = (plot_w - m.height()) / (years * 365.25)
        ppd = self.px_per_day or fit
        ppd = min(max(ppd, min(fit, ZOOM_RANGE[0])), ZOOM_RANGE[1])
        self.geometry_ = TimelineGeometry(self.data, m, ppd, plot_w, label_w, 0, self.lang)
        plot = self.plot_rect()
        self.set_scroll_ranges(self.geometry_.plot_width + m.height(), self.geometry_.plot_height,
                               plot.width(), plot.height(), m.height() * 2, self.geometry_.row_h)
        self.viewport().update()

    # -- zoom ------------------------------------------------------------------------------
    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        g = self.geometry_
        if g is None:
            return
        plot = self.plot_rect()
        anchor = plot.width() / 2 if anchor_x is None else anchor_x - plot.left()
        day = g.day_at(self.horizontalScrollBar().value() + anchor)
        self.px_per_day = min(max(g.px_per_day * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.relayout()
        assert self.geometry_ is not None
        self.horizontalScrollBar().setValue(round(self.geometry_.x(day) - anchor))

    def fit(self) -> None:
        self.px_per_day = 0.0
        self.relayout()
        self.horizontalScrollBar().setValue(0)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self.viewport())
        colours = ChartColours.from_palette(self.palette())
        p.fillRect(self.viewport().rect(), colours.background)
        g = self.geometry_
        if g is None or self.data is None or not len(self.data):
            p.setPen(colours.muted)
            p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No activities to show."))
            p.end()
            return
        style = TimelineStyle(colours, self.lang, self._colours, 1.0, self.selected,
                              self.focused, self.hasFocus())
        plot = self.plot_rect()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        draw_timeline_axis(p, g, style, plot.left(), plot.width(), sx)
        draw_lane_labels(p, g, style, plot.top(), plot.height(), sy)
        draw_timeline_plot(p, g, style, plot.left(), plot.top(), plot.width(), plot.height(),
                           sx, sy)
        m = g.metrics
        draw_legend(p, self._entries, m, m.height() * 0.5, plot.bottom() + m.height() * 0.4,
                    self.viewport().width() - m.height(), colours, 1.0, True, self.lang)
        p.end()

    # -- hit testing --------------------------------------------------------------------------
    def item_at(self, pos: QPoint | QPointF) -> int:
        g = self.geometry_
        if g is None:
            return -1
        plot = self.plot_rect()
        if not plot.contains(QPointF(pos)):
            return -1
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        return g.item_at(pos.x() - plot.left() + sx, pos.y() - plot.top() + sy, sx)

    def item_rect(self, i: int) -> QRectF:
        """Viewport rectangle of item ``i`` (its first event)."""
        g = self.geometry_
        if g is None or i < 0:
            return QRectF()
        plot = self.plot_rect()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        rect = g.item_rects(i)[0]
        undated = self.data is not None and self.data.lanes[self.data.lane[i]].undated
        return rect.translated(plot.left() - (0 if undated else sx), plot.top() - sy)

    def describe(self, i: int) -> str:
        """The item for a tooltip and a screen reader: title, date, lane, topics."""
        data, store = self.data, self.store
        if data is None or store is None or not 0 <= i < len(data):
            return ""
        if not self._titles:
            self._titles = store.titles_by_slot(self.lang)
        title = self._titles[data.slots[i]] or data.activity_id(i)
        date = (format_iso_date(data.dates[i], self.lang, data.qualifiers[i])
                or self.tr("Undated"))
        lane = data.lanes[data.lane[i]]
        topics = []
        for tid in data.topic_ids[i][:4]:
            try:
                topics.append(store.topic(tid).label(self.lang))
            except Exception:  # noqa: BLE001 - a topic missing from the registry
                topics.append(tid)
        parts = [title, date]
        if not lane.undated:
            parts.append(lane.label(self.lang))
        if topics:
            parts.append(("、" if self.lang == "zh" else ", ").join(topics))
        return " — ".join(parts)

    # -- interaction ---------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            i = self.item_at(event.pos())  # type: ignore[attr-defined]
            if i >= 0:
                QToolTip.showText(event.globalPos(), self.describe(i), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        i = self.item_at(event.position())
        if i >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.set_focused(i)
            self.choose(i)
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps, event.position().x())
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(event.angleDelta().y() / 120 * bar.singleStep() * 3))
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        Key = Qt.Key
        if key in (Key.Key_Plus, Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Key.Key_Minus, Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == Key.Key_0:
            self.fit()
        elif key in (Key.Key_Right, Key.Key_Left):
            self.move_focus(1 if key == Key.Key_Right else -1)
        elif key in (Key.Key_Down, Key.Key_Up):
            self.move_row(1 if key == Key.Key_Down else -1)
        elif key == Key.Key_Home:
            self.set_focused(self._order[0] if self._order else -1)
        elif key == Key.Key_End:
            self.set_focused(self._order[-1] if self._order else -1)
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_Space):
            if self.focused >= 0:
                self.choose(self.focused)
        elif key in (Key.Key_PageDown, Key.Key_PageUp):
            bar = self.verticalScrollBar()
            step = bar.pageStep() if key == Key.Key_PageDown else -bar.pageStep()
            bar.setValue(bar.value() + step)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001
        super().focusInEvent(event)
        if self.focused < 0 and self._order:
            self.set_focused(self.selected if self.selected >= 0 else self._order[0])
        self.viewport().update()

    def move_focus(self, step: int) -> None:
        if not self._order:
            return
        at = self._position.get(self.focused, -1)
        at = 0 if at < 0 else max(0, min(len(self._order) - 1, at + step))
        self.set_focused(self._order[at])

    def move_row(self, step: int) -> None:
        """To the item in the next (or previous) row nearest in time to the focused one."""
        data = self.data
        if data is None or not self._order:
            return
        if self.focused < 0:
            self.set_focused(self._order[0])
            return
        packing = data.packed()
        rows = sorted(packing.by_row)
        here = (data.lane[self.focused], packing.row[self.focused])
        index = rows.index(here) + step if here in rows else 0
        if not 0 <= index < len(rows):
            return
        candidates = packing.by_row[rows[index]]
        events = data.events[self.focused]
        middle = events[0].middle if events else 0.0

        def distance(i: int) -> float:
            ev = data.events[i]
            return abs(ev[0].middle - middle) if ev and events else abs(
                candidates.index(i) - 0)

        self.set_focused(min(candidates, key=distance))

    def set_focused(self, i: int) -> None:
        self.focused = i
        if i >= 0:
            self.ensure_visible(i)
            text = self.describe(i)
            self.announce(self.tr("Timeline: {item}").format(item=text), text)
            self.focus_moved.emit(text)
        self.viewport().update()

    def ensure_visible(self, i: int) -> None:
        rect = self.item_rect(i)
        plot = self.plot_rect()
        if rect.isNull():
            return
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        undated = self.data is not None and self.data.lanes[self.data.lane[i]].undated
        if not undated:
            if rect.left() < plot.left():
                h.setValue(h.value() - round(plot.left() - rect.left()) - 20)
            elif rect.right() > plot.right():
                h.setValue(h.value() + round(rect.right() - plot.right()) + 20)
        if rect.top() < plot.top():
            v.setValue(v.value() - round(plot.top() - rect.top()) - 4)
        elif rect.bottom() > plot.bottom():
            v.setValue(v.value() + round(rect.bottom() - plot.bottom()) + 4)

    def choose(self, i: int) -> None:
        if self.data is None or not 0 <= i < len(self.data):
            return
        self.selected = i
        self.viewport().update()
        self.activity_selected.emit(self.data.activity_id(i))


class TimelineView(DeferredChartView):
    """The timeline with its controls: lanes (part, partner, report), zoom, fit."""

    activity_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._selected_id = ""
        self.lanes = QComboBox()
        for mode in ("part", "partner", "report"):
            self.lanes.addItem("", mode)
        self.lanes.currentIndexChanged.connect(lambda _index: self.invalidate())
        self.lanes_label = QLabel()
        self.lanes_label.setBuddy(self.lanes)
        self.zoom_in = QToolButton()
        self.zoom_out = QToolButton()
        self.fit_button = QToolButton()
        self.count_label = QLabel()
        self.canvas = TimelineCanvas(self)
        self.canvas.activity_selected.connect(self._chosen)
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.arrange([self.lanes_label, self.lanes, self.zoom_out, self.zoom_in,
                      self.fit_button], self.count_label, self.canvas)

    def retranslate(self) -> None:
        """Texts in the interface language (call after switching it)."""
        self.lanes_label.setText(self.tr("&Lanes:"))
        for index, text in enumerate((self.tr("Report part"), self.tr("Main partner"),
                                      self.tr("Report"))):
            self.lanes.setItemText(index, text)
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show all years (0)"))
        self.canvas.setAccessibleName(self.tr("Timeline"))
        self._update_count()

    # -- feeding ---------------------------------------------------------------------------
    @property
    def lane_mode(self) -> LaneMode:
        return self.lanes.currentData()  # type: ignore[no-any-return]

    def set_lane_mode(self, mode: LaneMode) -> None:
        index = self.lanes.findData(mode)
        if index >= 0:
            self.lanes.setCurrentIndex(index)

    def select_activity(self, activity_id: str) -> None:
        """Mark the activity selected elsewhere (no signal is emitted)."""
        self._selected_id = activity_id or ""
        canvas = self.canvas
        if canvas.data is not None and not self._dirty:
            i = canvas.data.index_of(self._selected_id) if self._selected_id else -1
            canvas.selected = i
            if i >= 0:
                canvas.focused = i
                canvas.ensure_visible(i)
            canvas.viewport().update()

    def options(self) -> Hashable:
        return self.lane_mode

    def compute(self, store: Store, slots: list[int], options: Any,
                check: Callable[[], None]) -> TimelineData:
        return timeline_data(store, slots, options, check).prepare(check)

    def show_result(self, result: Any, store: Store, lang: str) -> None:
        self.canvas.set_data(store, result, lang, self._selected_id)

    def _update_count(self) -> None:
        data = self.canvas.data
        if data is None:
            self.count_label.clear()
            return
        undated = data.lanes[-1].count if data.lanes and data.lanes[-1].undated else 0
        self.count_label.setText(self.tr("{count} activities, {undated} undated").format(
            count=len(data), undated=undated))

    def _chosen(self, activity_id: str) -> None:
        self._selected_id = activity_id
        self.activity_selected.emit(activity_id)
