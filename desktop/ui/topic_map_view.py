"""The topic map view: partners (grouped as in the tree) by topics, counts as shaded cells.

Fed with :meth:`TopicMapView.set_slots` like the timeline (built only when shown). A click on
a cell, or Enter on it, emits :attr:`TopicMapView.filter_requested` with the partner and the
topic; on a row header (or the row's total) with the partner only, on a column header with
the topic only. "Sort by total" orders partners and topics by their totals. Keyboard: arrows
move between cells and into the headers; the focused cell is the widget's accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QToolTip,
    QWidget,
)

from desktop.core.chart_data import TopicMapData, topic_map_data
from desktop.core.store import Store
from desktop.ui.chart_painter import (
    ChartColours,
    MapGeometry,
    MapStyle,
    draw_map_column_headers,
    draw_map_plot,
    draw_map_row_headers,
)
from desktop.ui.chart_view import ChartCanvas, DeferredChartView

# A place in the map: (line, column). line -1 is the column headers, column -1 the row
# headers; the last column is the rows' totals.
Cell = tuple[int, int]


class TopicMapCanvas(ChartCanvas):
    """The scrolled map: column headers on top, row headers on the left."""

    filter_requested = Signal(object, object)  # partner id or None, topic id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: TopicMapData | None = None
        self.lang = "en"
        self.geometry_: MapGeometry | None = None
        self.focused: Cell = (-1, -1)

    def set_data(self, data: TopicMapData, lang: str) -> None:
        self.data, self.lang = data, lang
        if self.geometry_ is None or self.focused[0] >= len(data.rows) + len(data.groups):
            self.focused = (-1, -1)
        self.relayout()

    def relayout(self) -> None:
        if self.data is None:
            self.geometry_ = None
            self.viewport().update()
            return
        m = QFontMetricsF(self.font(), self.viewport())
        self.geometry_ = g = MapGeometry(self.data, m, self.lang,
                                         max(120.0, self.viewport().width() * 0.35))
        plot = self.plot_rect()
        self.set_scroll_ranges(g.plot_width, g.plot_height, plot.width(), plot.height(),
                               g.cell_w, g.cell_h)
        self.viewport().update()

    def plot_rect(self) -> QRectF:
        g = self.geometry_
        if g is None:
            return QRectF()
        vp = self.viewport().rect()
        return QRectF(g.row_header_w, g.column_header_h,
                      max(10.0, vp.width() - g.row_header_w),
                      max(10.0, vp.height() - g.column_header_h))

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self.viewport())
        colours = ChartColours.from_palette(self.palette())
        p.fillRect(self.viewport().rect(), colours.background)
        g = self.geometry_
        if g is None or not g.lines:
            p.setPen(colours.muted)
            p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No partners or topics to show."))
            p.end()
            return
        style = MapStyle(colours, 1.0, self.focused, self.hasFocus())
        plot = self.plot_rect()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        draw_map_column_headers(p, g, style, plot.left(), plot.width(), sx)
        draw_map_row_headers(p, g, style, plot.top(), plot.height(), sy)
        draw_map_plot(p, g, style, plot.left(), plot.top(), plot.width(), plot.height(), sx, sy)
        p.end()

    # -- places ------------------------------------------------------------------------------
    def cell_at(self, pos: QPoint | QPointF) -> Cell | None:
        """The cell, row header (column -1) or column header (line -1) at a viewport point;
        None outside them."""
        g = self.geometry_
        if g is None:
            return None
        plot = self.plot_rect()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        x, y = pos.x(), pos.y()
        line = g.line_at(y - plot.top() + sy) if y >= plot.top() else -1
        column = g.column_at(x - plot.left() + sx) if x >= plot.left() else -1
        if y < plot.top() and x < plot.left():
            return None
        if y >= plot.top() and line < 0 or x >= plot.left() and y >= plot.top() and column < 0:
            return None
        if y < plot.top() and column < 0:
            return None
        return (line, column)

    def cell_rect(self, cell: Cell) -> QRectF:
        g = self.geometry_
        if g is None:
            return QRectF()
        plot = self.plot_rect()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        line, column = cell
        x = plot.left() + column * g.cell_w - sx if column >= 0 else 0.0
        w = g.cell_w if column >= 0 else g.row_header_w
        y = plot.top() + line * g.cell_h - sy if line >= 0 else 0.0
        h = g.cell_h if line >= 0 else g.column_header_h
        return QRectF(x, y, w, h)

    def target(self, cell: Cell) -> tuple[str | None, str | None] | None:
        """(partner id, topic id) a cell filters to (either may be None); None for a part's
        heading line or nothing."""
        g = self.geometry_
        if g is None:
            return None
        line, column = cell
        partner: str | None = None
        topic: str | None = None
        if line >= 0:
            kind, index = g.lines[line]
            if kind != "row":
                return None
            partner = g.rows[index].partner_id
        if 0 <= column < len(g.data.columns):
            topic = g.data.columns[column].topic_id
        if partner is None and topic is None:
            return None
        return partner, topic

    def describe(self, cell: Cell) -> str:
        g = self.geometry_
        if g is None:
            return ""
        line, column = cell
        row = None
        if line >= 0:
            kind, index = g.lines[line]
            if kind == "group":
                group = g.data.groups[index]
                return self.tr("{group}: {count} activities").format(
                    group=group.label(self.lang), count=group.total)
            row = g.rows[index]
        topic = g.data.columns[column] if 0 <= column < len(g.data.columns) else None
        if row is not None and topic is not None:
            return self.tr("{partner}, {topic}: {count} activities").format(
                partner=row.label(self.lang), topic=topic.label(self.lang),
                count=row.counts[column])
        if row is not None:
            return self.tr("{partner}: {count} activities in all").format(
                partner=row.label(self.lang), count=row.total)
        if topic is not None:
            return self.tr("{topic}: {count} activities in all").format(
                topic=topic.label(self.lang), count=topic.total)
        return self.tr("Total")

    # -- interaction ---------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            cell = self.cell_at(pos)
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.describe(cell), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_focused(cell)
            self.activate(cell)
            return
        super().mousePressEvent(event)

    def activate(self, cell: Cell) -> None:
        target = self.target(cell)
        if target is not None:
            self.filter_requested.emit(*target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        g = self.geometry_
        Key = Qt.Key
        key = event.key()
        if g is None or not g.lines:
            super().keyPressEvent(event)
            return
        line, column = self.focused
        if line == -1 and column == -1:
            line, column = 0, 0
        moves = {Key.Key_Left: (0, -1), Key.Key_Right: (0, 1), Key.Key_Up: (-1, 0),
                 Key.Key_Down: (1, 0)}
        if key in moves:
            dl, dc = moves[Key(key)]
            line = max(-1, min(len(g.lines) - 1, line + dl))
            column = max(-1, min(g.columns - 1, column + dc))
            if line == -1 and column == -1:
                column = 0 if dc == 0 else -1
                line = 0 if dc != 0 else -1
            self.set_focused((line, column))
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_Space):
            self.activate(self.focused)
        elif key in (Key.Key_PageDown, Key.Key_PageUp):
            rows = max(1, int(self.plot_rect().height() // g.cell_h) - 1)
            step = rows if key == Key.Key_PageDown else -rows
            self.set_focused((max(0, min(len(g.lines) - 1, line + step)), column))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001
        super().focusInEvent(event)
        if self.focused == (-1, -1) and self.geometry_ is not None and self.geometry_.lines:
            self.set_focused((1 if len(self.geometry_.lines) > 1 else 0, 0))
        self.viewport().update()

    def set_focused(self, cell: Cell) -> None:
        self.focused = cell
        self.ensure_visible(cell)
        text = self.describe(cell)
        self.announce(self.tr("Topic map: {cell}").format(cell=text), text)
        self.viewport().update()

    def ensure_visible(self, cell: Cell) -> None:
        rect = self.cell_rect(cell)
        plot = self.plot_rect()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if cell[1] >= 0:
            if rect.left() < plot.left():
                h.setValue(h.value() - round(plot.left() - rect.left()))
            elif rect.right() > plot.right():
                h.setValue(h.value() + round(rect.right() - plot.right()))
        if cell[0] >= 0:
            if rect.top() < plot.top():
                v.setValue(v.value() - round(plot.top() - rect.top()))
            elif rect.bottom() > plot.bottom():
                v.setValue(v.value() + round(rect.bottom() - plot.bottom()))


class TopicMapView(DeferredChartView):
    """The map with its controls: sort by total, and how much it shows."""

    filter_requested = Signal(object, object)  # partner id or None, topic id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sort_box = QCheckBox()
        self.sort_box.toggled.connect(lambda _on: self.invalidate())
        self.count_label = QLabel()
        self.canvas = TopicMapCanvas(self)
        self.canvas.filter_requested.connect(self.filter_requested)
        self.arrange([self.sort_box], self.count_label, self.canvas)

    def retranslate(self) -> None:
        """Texts in the interface language (call after switching it)."""
        self.sort_box.setText(self.tr("&Sort by total"))
        self.sort_box.setToolTip(self.tr("Partners and topics with most activities first"))
        self.canvas.setAccessibleName(self.tr("Topic map"))
        data = self.canvas.data
        if data is None:
            self.count_label.clear()
        else:
            self.count_label.setText(self.tr("{partners} partners × {topics} topics").format(
                partners=len(data.rows), topics=len(data.columns)))

    @property
    def sort_by_total(self) -> bool:
        return self.sort_box.isChecked()

    def set_sort_by_total(self, on: bool) -> None:
        self.sort_box.setChecked(on)

    def options(self) -> Hashable:
        return self.sort_by_total

    def compute(self, store: Store, slots: list[int], options: Any,
                check: Callable[[], None]) -> TopicMapData:
        return topic_map_data(store, slots, bool(options), check)

    def show_result(self, result: Any, store: Store, lang: str) -> None:
        self.canvas.set_data(result, lang)
