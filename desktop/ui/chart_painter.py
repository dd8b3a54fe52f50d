"""Drawing the timeline and the partner x topic map with QPainter, on any paint device.

The same geometry and drawing serve the interactive views (:mod:`desktop.ui.timeline_view`,
:mod:`desktop.ui.topic_map_view`: a viewport, scrolled, in the window's palette) and files
(:func:`chart_png`, :func:`chart_svg`: the whole chart with a title, legend and caption, in a
light print palette, at any resolution). Sizes follow the font: the same code gives a chart
for the screen at 96 dpi and for a briefing at 300 dpi.

Colours: topics take the Okabe-Ito palette (distinguishable with the common forms of colour
blindness, and mid-toned so that it reads on light and dark backgrounds); text, grid, bands
and the selection come from the palette passed in.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from desktop.core.chart_data import Event, TimelineData, TopicMapData
from desktop.core.store import Store

#: Okabe & Ito (2008), "Color Universal Design", without black (unreadable on dark). Data
#: colours, not interface colours: they mean the same topic in the window and in a briefing.
TOPIC_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
#: Topics beyond the seven colours, and activities without a topic.
OTHER_COLOUR = "#999999"


#: The chart's own words in each language. A chart is in the language of its data (a
#: briefing in Chinese has Chinese charts whatever the interface language), so these are
#: chosen by ``lang`` like the data's labels, not by the interface's translator.
_WORDS = {
    "no_topic": ("No topic", "未归类主题"),
    "undated": ("Undated", "未注明日期"),
    "shown_of": ("{shown} of {count}", "{shown}/{count}"),
    "other_topics": ("Other topics ({count})", "其他主题（{count}）"),
    "single": ("single date (its month or year as a line)", "单一日期（横线为所在月份或年份）"),
    "period": ("period", "时间段"),
    "planned": ("planned", "计划中"),
    "early": ("early", "年初/月初"),
    "total": ("Total", "合计"),
    "top_rows": ("The {shown} partners with most activities; {more} more are not shown.",
                 "仅显示活动最多的 {shown} 个伙伴，另有 {more} 个未显示。"),
    "nothing": ("No activities to show.", "没有可显示的活动。"),
}


def words(key: str, lang: str) -> str:
    en, zh = _WORDS[key]
    return zh if lang == "zh" else en


# -- colours -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChartColours:
    """The interface colours a chart uses (from a palette, or light ones for print)."""

    background: QColor
    band: QColor  # every other lane or row
    text: QColor
    muted: QColor
    grid: QColor
    highlight: QColor
    highlight_text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        role = QPalette.ColorRole
        text = palette.color(role.Text)
        base = palette.color(role.Base)
        muted = palette.color(role.PlaceholderText)
        if muted == text or not muted.isValid():
            muted = _mix(base, text, 0.6)
        return cls(base, palette.color(role.AlternateBase), text, muted, _mix(base, text, 0.18),
                   palette.color(role.Highlight), palette.color(role.HighlightedText))

    @classmethod
    def for_print(cls) -> ChartColours:
        """Dark ink on white, for files and briefings (whatever the window's theme)."""
        return cls(QColor("#ffffff"), QColor("#f3f5f8"), QColor("#1a1a1a"), QColor("#595959"),
                   QColor("#d0d4da"), QColor("#2e5c8a"), QColor("#ffffff"))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way to ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _readable_on(fill: QColor, dark: QColor, light: QColor) -> QColor:
    """Of two text colours, the one with more contrast on ``fill``."""
    lf = _luminance(fill)

    def contrast(c: QColor) -> float:
        lc = _luminance(c)
        return (max(lf, lc) + 0.05) / (min(lf, lc) + 0.05)

    return dark if contrast(dark) >= contrast(light) else light


def topic_colours(ranked: Sequence[tuple[str, int]]) -> dict[str, QColor]:
    """Topic id -> colour: the most frequent main topics get the seven colours, the rest
    (and '' for no topic) grey."""
    out = {tid: QColor(TOPIC_COLOURS[n]) for n, (tid, _) in
           enumerate([tc for tc in ranked if tc[0]][:len(TOPIC_COLOURS)])}
    return out


# -- labels ------------------------------------------------------------------------------------
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def month_label(month: int, lang: str) -> str:
    return f"{month}月" if lang == "zh" else _MONTHS_EN[month - 1]


def topic_label(store: Store, topic_id: str, lang: str) -> str:
    if not topic_id:
        return words("no_topic", lang)
    try:
        return store.topic(topic_id).label(lang)
    except Exception:  # a topic the registry lost: show its id
        return topic_id


# -- timeline geometry ---------------------------------------------------------------------------
@dataclass
class TimelineGeometry:
    """Where everything of a timeline goes, in pixels of the device drawn on.

    The plot is a scrollable area below the axis and right of the lane labels; ``x(day)`` and
    lane and row tops are in plot coordinates (before scrolling). The undated lane is a grid
    as wide as the visible plot (``undated_width``): it has no time to scroll through.
    """

    data: TimelineData
    metrics: QFontMetricsF
    px_per_day: float
    undated_width: float
    label_width: float = 0.0
    max_rows: int = 0  # rows per lane drawn at most (0: all); for files
    lang: str = "en"
    row_h: float = field(init=False)
    axis_h: float = field(init=False)
    lane_top: list[float] = field(init=False)
    lane_rows_shown: list[int] = field(init=False)
    plot_height: float = field(init=False)
    first_day: int = field(init=False)
    last_day: int = field(init=False)
    cell: float = field(init=False)
    per_line: int = field(init=False)

    def __post_init__(self) -> None:
        m = self.metrics
        self.row_h = max(8.0, round(m.height() * 0.95))
        self.axis_h = round(m.height() * 2.6)
        self.cell = max(6.0, round(m.height() * 0.8))
        first, last = self.data.days
        if last <= first:
            today = Date.today().toordinal()
            first, last = today - 365, today
        # Whole years from the first to the last, so the axis starts and ends on a tick.
        self.first_day = Date(Date.fromordinal(first).year, 1, 1).toordinal()
        end = Date.fromordinal(max(first, last - 1))
        self.last_day = Date(end.year + 1, 1, 1).toordinal()
        pitch = self.cell + max(2.0, self.cell * 0.25)
        self.per_line = max(1, int((self.undated_width - pitch * 0.5) // pitch))
        packing = self.data.packed()
        self.lane_top = []
        self.lane_rows_shown = []
        y = 0.0
        pad = round(m.height() * 0.35)
        for index, lane in enumerate(self.data.lanes):
            self.lane_top.append(y)
            if lane.undated:
                lines = math.ceil(lane.count / self.per_line)
                if self.max_rows:
                    lines = min(lines, self.max_rows)
                self.lane_rows_shown.append(lines)
                height = lines * pitch
            else:
                rows = packing.lane_rows[index]
                if self.max_rows:
                    rows = min(rows, self.max_rows)
                self.lane_rows_shown.append(rows)
                height = rows * self.row_h
            # At least the label and the count under it (measured only where it may be
            # taller than the rows: by partner, thousands of lanes).
            if height < m.height() * 3:
                lines = _label_lines(self.label_text(index), m, self.label_inner) + 1
                height = max(height, m.height() * lines)
            y += height + 2 * pad
        self.plot_height = y
        self.lane_top.append(y)
        self.pad = pad
        self.pitch = pitch

    @property
    def plot_width(self) -> float:
        return (self.last_day - self.first_day) * self.px_per_day

    @property
    def label_inner(self) -> float:
        """The width lane labels are wrapped to."""
        return max(10.0, self.label_width - self.metrics.height() * 0.6)

    def label_text(self, lane: int) -> str:
        info = self.data.lanes[lane]
        return words("undated", self.lang) if info.undated else info.label(self.lang)

    def x(self, day: float) -> float:
        return (day - self.first_day) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.first_day + x / self.px_per_day

    def row_y(self, lane: int, row: int) -> float:
        return self.lane_top[lane] + self.pad + row * self.row_h

    def lane_at(self, y: float) -> int:
        index = bisect_right(self.lane_top, y) - 1
        return index if 0 <= index < len(self.data.lanes) else -1

    def shown(self, i: int) -> bool:
        """Whether item ``i`` is drawn (files cap the rows of a lane)."""
        if not self.max_rows:
            return True
        lane = self.data.lane[i]
        row = self.data.packed().row[i]
        if self.data.lanes[lane].undated:
            return row // self.per_line < self.max_rows
        return row < self.max_rows

    def undated_rect(self, position: int) -> QRectF:
        """The cell of the ``position``-th undated activity (x from the plot's left edge as
        seen, not scrolled)."""
        lane = len(self.data.lanes) - 1
        line, column = divmod(position, self.per_line)
        top = self.lane_top[lane] + self.pad + line * self.pitch
        return QRectF(column * self.pitch + self.pitch * 0.25, top, self.cell, self.cell)

    def event_rect(self, lane: int, row: int, event: Event) -> QRectF:
        """Where an event is drawn: the bar of a period, or the extent of a single date
        (its mark is at the middle)."""
        top = self.row_y(lane, row)
        x0, x1 = self.x(event.start), self.x(event.end)
        if x1 - x0 < 3:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 1.5, mid + 1.5
        return QRectF(x0, top + self.row_h * 0.15, x1 - x0, self.row_h * 0.7)

    def item_rects(self, i: int) -> list[QRectF]:
        """Plot-coordinate rectangles of item ``i`` (the undated cell is not scrolled
        horizontally: add the horizontal scroll to compare it with a point)."""
        data = self.data
        lane = data.lane[i]
        row = data.packed().row[i]
        if data.lanes[lane].undated:
            return [self.undated_rect(row)]
        out = []
        for e in data.events[i]:
            r = self.event_rect(lane, row, e)
            if not e.span:
                size = self.row_h * 0.7
                mark = QRectF(self.x(e.middle) - size / 2, r.top(), size, size)
                r = r.united(mark)
            out.append(r)
        return out

    def item_at(self, x: float, y: float, scroll_x: float) -> int:
        """The item under the plot point (x, y) (plot coordinates, x already scrolled; for
        the undated grid ``scroll_x`` is taken off again), or -1."""
        lane = self.lane_at(y)
        if lane < 0:
            return -1
        packing = self.data.packed()
        if self.data.lanes[lane].undated:
            local_x = x - scroll_x
            top = self.lane_top[lane] + self.pad
            line = int((y - top) // self.pitch)
            column = int((local_x - self.pitch * 0.25) // self.pitch)
            if line < 0 or column < 0 or column >= self.per_line:
                return -1
            position = line * self.per_line + column
            items = packing.by_row.get((lane, 0), [])
            if position < len(items) and self.undated_rect(position).adjusted(
                    -1, -1, 1, 1).contains(QPointF(local_x, y)):
                return items[position]
            return -1
        row = int((y - self.lane_top[lane] - self.pad) // self.row_h)
        on_row = packing.by_row.get((lane, row))
        if not on_row:
            return -1
        best, best_distance = -1, 6.0  # a few pixels of slack around small marks
        for i in on_row:
            for r in self.item_rects(i):
                if r.contains(QPointF(x, y)):
                    return i
                distance = max(r.left() - x, x - r.right(), 0.0)
                if distance < best_distance:
                    best, best_distance = i, distance
        return best


# -- timeline drawing ----------------------------------------------------------------------------
@dataclass
class TimelineStyle:
    """What a drawing of the timeline needs besides the data and geometry."""

    colours: ChartColours
    lang: str
    topic_colour: dict[str, QColor]
    unit: float = 1.0  # one "screen pixel" on this device (line widths)
    selected: int = -1
    focused: int = -1
    show_focus: bool = False
    inks: dict[str, tuple[QColor, QColor]] = field(default_factory=dict, repr=False)


_SOLID, _DASH, _DOT = Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine
_NO_BRUSH = Qt.BrushStyle.NoBrush
#: Pens by (colour, width, style): a timeline draws thousands of items with a few dozen pens.
_PENS: dict[tuple[int, float, Qt.PenStyle], QPen] = {}


def _pen(colour: QColor, width: float, style: Qt.PenStyle = _SOLID) -> QPen:
    key = (colour.rgba(), width, style)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) > 1024:
            _PENS.clear()
        pen = _PENS[key] = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


_OTHER = QColor(OTHER_COLOUR)


def _colour_of(style: TimelineStyle, topic: str) -> QColor:
    return style.topic_colour.get(topic, _OTHER)


def _inks(style: TimelineStyle, topic: str) -> tuple[QColor, QColor]:
    """A topic's colour and the outline drawn round it (kept for the style's lifetime)."""
    found = style.inks.get(topic)
    if found is None:
        colour = _colour_of(style, topic)
        found = style.inks[topic] = (colour, _mix(colour, style.colours.text, 0.45))
    return found


#: A diamond of each half-size centred on (0, 0), moved to each mark (one call, not five).
_DIAMONDS: dict[float, QPolygonF] = {}


def draw_mark(p: QPainter, centre: QPointF, size: float, colour: QColor, qualifier: str,
              outline: QColor, unit: float) -> None:
    """A single date's mark: a diamond; a circle for 'early'; hollow when planned."""
    half = size / 2
    if qualifier == "planned":
        p.setPen(_pen(colour, 2 * unit))
        p.setBrush(_NO_BRUSH)
    else:
        p.setPen(_pen(outline, 0.8 * unit))
        p.setBrush(colour)
    if qualifier == "early":
        p.drawEllipse(centre, half * 0.85, half * 0.85)
    else:
        diamond = _DIAMONDS.get(half)
        if diamond is None:
            if len(_DIAMONDS) > 64:
                _DIAMONDS.clear()
            diamond = _DIAMONDS[half] = QPolygonF((QPointF(0, -half), QPointF(half, 0),
                                                   QPointF(0, half), QPointF(-half, 0)))
        p.drawPolygon(diamond.translated(centre))


def draw_bar(p: QPainter, rect: QRectF, colour: QColor, qualifier: str, outline: QColor,
             unit: float) -> None:
    """A period's bar: filled; hollow with a dashed edge when planned; hollow when early."""
    if qualifier == "planned":
        fill = QColor(colour)
        fill.setAlphaF(0.22)
        p.setBrush(fill)
        p.setPen(_pen(colour, 1.6 * unit, Qt.PenStyle.DashLine))
    elif qualifier == "early":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(colour, 2 * unit))
    else:
        p.setBrush(colour)
        p.setPen(_pen(outline, 0.8 * unit))
    p.drawRect(rect)


def draw_timeline_item(p: QPainter, g: TimelineGeometry, style: TimelineStyle, i: int,
                       undated_shift: float = 0.0) -> None:
    """One activity, in plot coordinates (the painter already translated by the scroll)."""
    data = g.data
    colour, outline = _inks(style, data.colour_topic[i])
    unit = style.unit
    lane = data.lane[i]
    packing = data.packed()
    row = packing.row[i]
    selected = i == style.selected
    if data.lanes[lane].undated:
        r = g.undated_rect(row).translated(undated_shift, 0)
        quals = data.qualifiers[i]
        if "planned" in quals:
            p.setPen(_pen(colour, 1.6 * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setPen(_pen(outline, 0.8 * unit))
            p.setBrush(colour)
        p.drawRect(r)
        rects = [r]
    else:
        events = data.events[i]
        rects = []
        if len(events) > 1:  # separate events of one activity: joined by a thin line
            y = g.row_y(lane, row) + g.row_h / 2
            p.setPen(_pen(style.colours.muted, unit, _DOT))
            p.drawLine(QPointF(g.x(events[0].middle), y), QPointF(g.x(events[-1].middle), y))
        for e in events:
            r = g.event_rect(lane, row, e)
            if e.span and r.width() >= g.row_h * 0.6:
                draw_bar(p, r, colour, e.qualifier, outline, unit)
                rects.append(r)
            else:
                y = r.center().y()
                p.setPen(_pen(colour, 1.4 * unit, _DASH if e.qualifier == "planned" else _SOLID))
                if r.width() > g.row_h * 0.8:  # the extent of a month or year: a whisker
                    p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
                    p.drawLine(QPointF(r.left(), y - r.height() * 0.25),
                               QPointF(r.left(), y + r.height() * 0.25))
                    p.drawLine(QPointF(r.right(), y - r.height() * 0.25),
                               QPointF(r.right(), y + r.height() * 0.25))
                size = g.row_h * 0.7
                centre = QPointF(g.x(e.middle), y)
                draw_mark(p, centre, size, colour, e.qualifier, outline, unit)
                rects.append(r.united(QRectF(centre.x() - size / 2, centre.y() - size / 2,
                                             size, size)))
    if selected or (style.show_focus and i == style.focused):
        p.setBrush(Qt.BrushStyle.NoBrush)
        if selected:
            p.setPen(_pen(style.colours.highlight, 2.2 * unit))
        else:
            p.setPen(_pen(style.colours.text, 1.2 * unit, Qt.PenStyle.DotLine))
        grow = 2.5 * unit
        for r in rects:
            p.drawRect(r.adjusted(-grow, -grow, grow, grow))


def _axis_ticks(g: TimelineGeometry, x0: float, x1: float
                ) -> tuple[list[tuple[float, int]], list[tuple[float, int, int]], int]:
    """Year ticks (x, year) and month ticks (x, year, month) between plot x0 and x1, and
    the step between labelled years."""
    first = Date.fromordinal(int(g.day_at(max(0.0, x0)))).year
    last = Date.fromordinal(int(min(g.day_at(x1), g.last_day - 1))).year
    years = [(g.x(Date(y, 1, 1).toordinal()), y) for y in range(first, last + 2)
             if Date(y, 1, 1).toordinal() <= g.last_day]
    months: list[tuple[float, int, int]] = []
    if g.px_per_day * 30 >= 5:
        for y in range(first, last + 1):
            for m in range(2, 13):
                months.append((g.x(Date(y, m, 1).toordinal()), y, m))
    year_px = g.px_per_day * 365
    label = g.metrics.horizontalAdvance("8888") * 1.6
    step = 1
    for step in (1, 2, 5, 10, 20, 50, 100):
        if year_px * step >= label:
            break
    return years, months, step


def draw_timeline_axis(p: QPainter, g: TimelineGeometry, style: TimelineStyle, left: float,
                       width: float, scroll_x: float) -> None:
    """The axis band (years, months) at the device's y = 0, above the plot that starts at
    device x = ``left`` and is ``width`` wide."""
    c = style.colours
    p.save()
    p.setClipRect(QRectF(left, 0, width, g.axis_h))
    p.fillRect(QRectF(left, 0, width, g.axis_h), c.background)
    years, months, step = _axis_ticks(g, scroll_x, scroll_x + width)
    m = g.metrics
    baseline_year = m.ascent() + m.height() * 0.25
    baseline_month = baseline_year + m.height() * 1.1
    month_px = g.px_per_day * 30.4
    month_font = QFont(p.font())
    if month_font.pointSizeF() > 0:
        month_font.setPointSizeF(month_font.pointSizeF() * 0.85)
    small = QFontMetricsF(month_font, p.device())
    widest_month = max(small.horizontalAdvance(month_label(k, style.lang)) for k in range(1, 13))
    p.setPen(_pen(c.grid, style.unit))
    for x, _year, _month in months:
        X = left + x - scroll_x
        p.drawLine(QPointF(X, g.axis_h - m.height() * 0.35), QPointF(X, g.axis_h))
    if month_px >= widest_month * 1.3:
        base_font = p.font()
        p.setFont(month_font)
        p.setPen(c.muted)
        januaries = [(g.x(Date(y, 1, 1).toordinal()), y, 1) for _, y in years
                     if Date(y, 1, 1).toordinal() < g.last_day]
        for x, _year, month in januaries + months:
            text = month_label(month, style.lang)
            X = left + x - scroll_x + month_px / 2 - small.horizontalAdvance(text) / 2
            p.drawText(QPointF(X, baseline_month), text)
        p.setFont(base_font)
    p.setPen(_pen(c.muted, style.unit))
    for x, _year in years:
        X = left + x - scroll_x
        p.drawLine(QPointF(X, g.axis_h - m.height() * 0.8), QPointF(X, g.axis_h))
    p.setPen(c.text)
    year_px = g.px_per_day * 365.25
    for x, year in years:
        if year % step or Date(year, 1, 1).toordinal() >= g.last_day:
            continue
        text = str(year)
        tw = m.horizontalAdvance(text)
        X = left + x - scroll_x
        # Within the year when it is wide enough, else centred on its tick.
        X = X + (year_px - tw) / 2 if year_px >= tw * 1.6 and step == 1 else X - tw / 2
        # Never left of where the axis starts: the first year centred on its tick would be
        # cut in half ("95" for 1995).
        X = max(X, left - scroll_x + 2 * style.unit)
        p.drawText(QPointF(X, baseline_year), text)
    p.setPen(_pen(c.muted, style.unit))
    p.drawLine(QPointF(left, g.axis_h - 0.5), QPointF(left + width, g.axis_h - 0.5))
    p.restore()


def draw_timeline_plot(p: QPainter, g: TimelineGeometry, style: TimelineStyle, left: float,
                       top: float, width: float, height: float, scroll_x: float,
                       scroll_y: float) -> None:
    """Lane bands, year grid and the items visible in the device rectangle (left, top,
    width, height), the plot scrolled by (scroll_x, scroll_y)."""
    c = style.colours
    data = g.data
    p.save()
    p.setClipRect(QRectF(left, top, width, height))
    p.fillRect(QRectF(left, top, width, height), c.background)
    p.translate(left - scroll_x, top - scroll_y)
    y0, y1 = scroll_y, scroll_y + height
    first_lane = max(0, g.lane_at(y0))
    lanes = range(first_lane, len(data.lanes))
    for lane in lanes:
        if g.lane_top[lane] > y1:
            break
        if lane % 2:
            p.fillRect(QRectF(scroll_x, g.lane_top[lane], width,
                              g.lane_top[lane + 1] - g.lane_top[lane]), c.band)
    # Year lines through the dated lanes.
    years, _months, _step = _axis_ticks(g, scroll_x, scroll_x + width)
    dated_bottom = g.lane_top[-2] if data.lanes and data.lanes[-1].undated else g.plot_height
    p.setPen(_pen(c.grid, style.unit))
    for x, _year in years:
        p.drawLine(QPointF(x, y0), QPointF(x, min(y1, dated_bottom)))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    packing = data.packed()
    day0, day1 = g.day_at(scroll_x - g.row_h), g.day_at(scroll_x + width + g.row_h)
    for lane in lanes:
        if g.lane_top[lane] > y1:
            break
        if g.lane_top[lane + 1] < y0:
            continue
        if data.lanes[lane].undated:
            items = packing.by_row.get((lane, 0), [])
            top_line = max(0, int((y0 - g.lane_top[lane] - g.pad) // g.pitch))
            bottom_line = int((y1 - g.lane_top[lane] - g.pad) // g.pitch) + 1
            if g.max_rows:
                bottom_line = min(bottom_line, g.max_rows)
            for i in items[top_line * g.per_line:bottom_line * g.per_line]:
                draw_timeline_item(p, g, style, i, undated_shift=scroll_x)
            continue
        rows = g.lane_rows_shown[lane]
        first_row = max(0, int((y0 - g.lane_top[lane] - g.pad) // g.row_h))
        last_row = min(rows - 1, int((y1 - g.lane_top[lane] - g.pad) // g.row_h))
        for row in range(first_row, last_row + 1):
            for i in packing.by_row.get((lane, row), ()):
                evs = data.events[i]
                if evs[0].start > day1:
                    break  # the row is by start: the rest are further right
                if max(e.end for e in evs) < day0:
                    continue
                draw_timeline_item(p, g, style, i)
    p.restore()


def draw_lane_labels(p: QPainter, g: TimelineGeometry, style: TimelineStyle, top: float,
                     height: float, scroll_y: float, hidden: Callable[[int], int] | None = None
                     ) -> None:
    """The lane labels in a column at device x = 0, ``g.label_width`` wide."""
    c = style.colours
    data = g.data
    m = g.metrics
    p.save()
    p.setClipRect(QRectF(0, top, g.label_width, height))
    p.fillRect(QRectF(0, top, g.label_width, height), c.background)
    inner = g.label_inner
    for lane, info in enumerate(data.lanes):
        y = top + g.lane_top[lane] - scroll_y
        bottom = top + g.lane_top[lane + 1] - scroll_y
        if bottom < top or y > top + height:
            continue
        if lane % 2:
            p.fillRect(QRectF(0, y, g.label_width, bottom - y), c.band)
        p.setPen(c.text)
        lines = _wrap(g.label_text(lane), m, inner, 2)
        ty = y + g.pad + m.ascent()
        for line in lines:
            p.drawText(QPointF(m.height() * 0.3, ty), line)
            ty += m.height()
        shown = hidden(lane) if hidden else 0
        count = (words("shown_of", style.lang).format(shown=shown, count=info.count) if shown
                 else str(info.count))
        p.setPen(c.muted)
        p.drawText(QPointF(m.height() * 0.3, ty), count)
    p.setPen(_pen(c.grid, style.unit))
    p.drawLine(QPointF(g.label_width - 0.5, top), QPointF(g.label_width - 0.5, top + height))
    p.restore()


def _wrap(text: str, m: QFontMetricsF, width: float, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width``, the last elided."""
    if m.horizontalAdvance(text) <= width or lines <= 1:
        return [m.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    # Break at a space (English) or anywhere (Chinese) where the first line is full.
    cut = _fitting(text, m, width)
    space = text.rfind(" ", 0, cut + 1)
    if space > cut // 2:
        cut = space
    first = text[:cut].rstrip()
    rest = text[cut:].lstrip()
    return [first, *_wrap(rest, m, width, lines - 1)] if rest else [first]


def _fitting(text: str, m: QFontMetricsF, width: float) -> int:
    """The longest prefix length (at least 1) of ``text`` that fits in ``width``: a binary
    search, widths growing with the prefix (a lane label is measured a few times, not once
    per character: a timeline by partner has thousands)."""
    low, high = 1, len(text)  # text[:low] is taken; text[:high + 1] is too wide
    while low < high:
        mid = (low + high + 1) // 2
        if m.horizontalAdvance(text[:mid]) > width:
            high = mid - 1
        else:
            low = mid
    return low


#: (text, width, font height, average width) -> lines of a lane label; labels stay the same
#: from one layout (zoom, resize, new results) to the next.
_LABEL_LINES: dict[tuple[str, float, float, float], int] = {}


def _label_lines(text: str, m: QFontMetricsF, width: float) -> int:
    """How many lines (1 or 2) ``_wrap(text, m, width, 2)`` gives."""
    key = (text, width, m.height(), m.averageCharWidth())
    found = _LABEL_LINES.get(key)
    if found is None:
        if len(_LABEL_LINES) > 50_000:
            _LABEL_LINES.clear()
        if m.horizontalAdvance(text) <= width:
            found = 1
        elif not text[-1:].isspace():  # it breaks, and something follows the break
            found = 2
        else:
            found = len(_wrap(text, m, width, 2))
        _LABEL_LINES[key] = found
    return found


def lane_label_width(data: TimelineData, m: QFontMetricsF, lang: str, limit: float) -> float:
    widest = max((m.horizontalAdvance(
        words("undated", lang) if lane.undated else lane.label(lang)) for lane in data.lanes[:400]),
        default=0.0)
    return min(limit, max(m.horizontalAdvance("888888") * 2, widest / 1.8)) + m.height()


# -- legend ---------------------------------------------------------------------------------------
def legend_entries(store: Store, ranked: Sequence[tuple[str, int]], colours: dict[str, QColor],
                   lang: str) -> list[tuple[QColor, str]]:
    """(colour, label) per coloured topic, then one for the other topics if any."""
    out = [(colours[tid], f"{topic_label(store, tid, lang)} ({count})")
           for tid, count in ranked if tid in colours]
    rest = sum(count for tid, count in ranked if tid not in colours)
    if rest:
        out.append((QColor(OTHER_COLOUR), words("other_topics", lang).format(count=rest)))
    return out


def legend_height(entries: Sequence[tuple[QColor, str]], m: QFontMetricsF, width: float,
                  shapes: bool, lang: str = "en") -> float:
    return _legend_layout(entries, m, width, shapes, lang)[1]


def _shape_entries(lang: str) -> list[tuple[str, str]]:
    return [(key, words(key, lang)) for key in ("single", "period", "planned", "early")]


def _legend_layout(entries: Sequence[tuple[QColor, str]], m: QFontMetricsF, width: float,
                   shapes: bool, lang: str) -> tuple[list[tuple[float, float, int]], float]:
    """Positions (x, y, entry index; negative: shape keys) flowing in ``width``."""
    swatch = m.height() * 0.9
    gap = m.height() * 1.0
    x = y = 0.0
    out = []
    items: list[tuple[int, str]] = [(n, text) for n, (_c, text) in enumerate(entries)]
    if shapes:
        items += [(-1 - n, text) for n, (_k, text) in enumerate(_shape_entries(lang))]
    line = m.height() * 1.35
    for n, text in items:
        w = swatch * (2.2 if n < 0 else 1) + m.height() * 0.35 + m.horizontalAdvance(text)
        w = min(w, width)
        if x > 0 and x + w > width:
            x, y = 0.0, y + line
        out.append((x, y, n))
        x += w + gap
    return out, (y + line if items else 0.0)


def draw_legend(p: QPainter, entries: Sequence[tuple[QColor, str]], m: QFontMetricsF,
                left: float, top: float, width: float, colours: ChartColours, unit: float,
                shapes: bool = True, lang: str = "en") -> float:
    """The topic colours (and the shape keys of the timeline) in lines; returns the height."""
    layout, height = _legend_layout(entries, m, width, shapes, lang)
    swatch = m.height() * 0.9
    keys = _shape_entries(lang)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for x, y, n in layout:
        X, Y = left + x, top + y
        centre_y = Y + m.height() / 2
        if n >= 0:
            colour, text = entries[n]
            p.setPen(_pen(_mix(colour, colours.text, 0.45), 0.8 * unit))
            p.setBrush(colour)
            p.drawRect(QRectF(X, centre_y - swatch / 2, swatch, swatch))
            tx = X + swatch + m.height() * 0.35
        else:
            kind, text = keys[-1 - n]
            ink = colours.muted
            w = swatch * 2.2
            if kind == "period":
                draw_bar(p, QRectF(X, centre_y - swatch * 0.35, w, swatch * 0.7), ink, "",
                         ink, unit)
            elif kind == "planned":
                p.setPen(_pen(ink, 1.4 * unit, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(X, centre_y), QPointF(X + w, centre_y))
                draw_mark(p, QPointF(X + w / 2, centre_y), swatch * 0.8, ink, "planned", ink,
                          unit)
            elif kind == "early":
                draw_mark(p, QPointF(X + w / 2, centre_y), swatch * 0.8, ink, "early", ink,
                          unit)
            else:
                p.setPen(_pen(ink, 1.4 * unit))
                p.drawLine(QPointF(X, centre_y), QPointF(X + w, centre_y))
                draw_mark(p, QPointF(X + w / 2, centre_y), swatch * 0.8, ink, "", ink, unit)
            tx = X + w + m.height() * 0.35
        p.setPen(colours.text)
        p.drawText(QPointF(tx, Y + m.ascent()),
                   m.elidedText(text, Qt.TextElideMode.ElideRight, left + width - tx))
    p.restore()
    return height


# -- topic map geometry and drawing ----------------------------------------------------------------
@dataclass
class MapGeometry:
    """Where the cells and headers of a partner x topic map go, in device pixels.

    ``lines`` are the map's rows in order: ``("group", index)`` for a part's heading and
    ``("row", index into data.rows)`` for a partner. Cells and row tops are in plot
    coordinates (right of the row headers, below the column headers, before scrolling).
    """

    data: TopicMapData
    metrics: QFontMetricsF
    lang: str
    header_limit: float  # the widest a row header or a column label may be
    rows: list = field(init=False)
    lines: list[tuple[str, int]] = field(init=False)
    cell_w: float = field(init=False)
    cell_h: float = field(init=False)
    row_header_w: float = field(init=False)
    column_header_h: float = field(init=False)

    def __post_init__(self) -> None:
        m = self.metrics
        self.rows = self.data.rows
        self.lines = []
        n = 0
        for g_index, group in enumerate(self.data.groups):
            self.lines.append(("group", g_index))
            for _ in group.rows:
                self.lines.append(("row", n))
                n += 1
        self.cell_h = round(m.height() * 1.35)
        widest = max([self.data.max_count, 99, *(g.total for g in self.data.groups)])
        digits = m.horizontalAdvance(str(widest)) + m.height() * 0.6
        self.cell_w = max(self.cell_h, round(digits))
        labels = [m.horizontalAdvance(r.label(self.lang)) + r.depth * m.height()
                  for r in self.rows[:2000]]
        labels += [m.horizontalAdvance(g.label(self.lang)) for g in self.data.groups]
        self.row_header_w = min(self.header_limit, max(labels, default=0.0)) + m.height() * 0.8
        tops = [m.horizontalAdvance(c.label(self.lang)) for c in self.data.columns]
        tops.append(m.horizontalAdvance(words("total", self.lang)))
        self.column_header_h = min(self.header_limit, max(tops, default=0.0)) + m.height() * 0.8

    @property
    def columns(self) -> int:
        return len(self.data.columns) + 1  # the last: the row's total

    @property
    def plot_width(self) -> float:
        return self.columns * self.cell_w

    @property
    def plot_height(self) -> float:
        return len(self.lines) * self.cell_h

    def line_at(self, y: float) -> int:
        index = int(y // self.cell_h)
        return index if 0 <= index < len(self.lines) and y >= 0 else -1

    def column_at(self, x: float) -> int:
        index = int(x // self.cell_w)
        return index if 0 <= index < self.columns and x >= 0 else -1


@dataclass
class MapStyle:
    colours: ChartColours
    unit: float = 1.0
    focused: tuple[int, int] = (-1, -1)  # (line, column); column -1: the row header
    show_focus: bool = False
    hover: tuple[int, int] = (-1, -1)


def cell_fill(colours: ChartColours, count: int, max_count: int) -> QColor:
    """A count's shade: from the background towards the highlight colour (square root
    scale, so that the few large counts do not wash out the many small ones)."""
    if count <= 0 or max_count <= 0:
        return colours.background
    t = 0.12 + 0.88 * math.sqrt(count / max_count)
    return _mix(colours.background, colours.highlight, t)


def draw_map_plot(p: QPainter, g: MapGeometry, style: MapStyle, left: float, top: float,
                  width: float, height: float, scroll_x: float, scroll_y: float) -> None:
    c = style.colours
    m = g.metrics
    p.save()
    p.setClipRect(QRectF(left, top, width, height))
    p.fillRect(QRectF(left, top, width, height), c.background)
    p.translate(left - scroll_x, top - scroll_y)
    first = max(0, int(scroll_y // g.cell_h))
    last = min(len(g.lines) - 1, int((scroll_y + height) // g.cell_h))
    col0 = max(0, int(scroll_x // g.cell_w))
    col1 = min(g.columns - 1, int((scroll_x + width) // g.cell_w))
    totals_x = (g.columns - 1) * g.cell_w
    for line in range(first, last + 1):
        kind, index = g.lines[line]
        y = line * g.cell_h
        if kind == "group":
            group = g.data.groups[index]
            p.fillRect(QRectF(scroll_x, y, width, g.cell_h), c.band)
            if col1 == g.columns - 1:
                _cell_text(p, QRectF(totals_x, y, g.cell_w, g.cell_h), str(group.total), c.muted,
                           m)
            continue
        row = g.rows[index]
        for col in range(col0, col1 + 1):
            rect = QRectF(col * g.cell_w, y, g.cell_w, g.cell_h)
            if col == g.columns - 1:
                p.fillRect(rect.adjusted(1, 1, -1, -1), c.band)
                _cell_text(p, rect, str(row.total), c.text, m)
                continue
            count = row.counts[col]
            if count:
                fill = cell_fill(c, count, g.data.max_count)
                p.fillRect(rect.adjusted(1, 1, -1, -1), fill)
                _cell_text(p, rect, str(count), _readable_on(fill, c.text, c.highlight_text), m)
    # Grid lines, light.
    p.setPen(_pen(c.grid, style.unit))
    for col in range(col0, col1 + 2):
        x = col * g.cell_w
        p.drawLine(QPointF(x, first * g.cell_h), QPointF(x, (last + 1) * g.cell_h))
    for line in range(first, last + 2):
        y = line * g.cell_h
        p.drawLine(QPointF(col0 * g.cell_w, y), QPointF((col1 + 1) * g.cell_w, y))
    line, col = style.focused
    if style.show_focus and line >= 0 and col >= 0:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(c.text, 2 * style.unit))
        p.drawRect(QRectF(col * g.cell_w, line * g.cell_h, g.cell_w, g.cell_h).adjusted(
            1, 1, -1, -1))
    p.restore()


def _cell_text(p: QPainter, rect: QRectF, text: str, colour: QColor, m: QFontMetricsF) -> None:
    p.setPen(colour)
    w = m.horizontalAdvance(text)
    p.drawText(QPointF(rect.center().x() - w / 2, rect.center().y() + (m.ascent() - m.descent())
                       / 2), text)


def draw_map_row_headers(p: QPainter, g: MapGeometry, style: MapStyle, top: float,
                         height: float, scroll_y: float) -> None:
    c = style.colours
    m = g.metrics
    p.save()
    p.setClipRect(QRectF(0, top, g.row_header_w, height))
    p.fillRect(QRectF(0, top, g.row_header_w, height), c.background)
    first = max(0, int(scroll_y // g.cell_h))
    last = min(len(g.lines) - 1, int((scroll_y + height) // g.cell_h))
    bold = QFont(p.font())
    bold.setBold(True)
    normal = QFont(p.font())
    focus_line, focus_col = style.focused
    for line in range(first, last + 1):
        kind, index = g.lines[line]
        y = top + line * g.cell_h - scroll_y
        baseline = y + g.cell_h / 2 + (m.ascent() - m.descent()) / 2
        if kind == "group":
            p.fillRect(QRectF(0, y, g.row_header_w, g.cell_h), c.band)
            p.setFont(bold)
            p.setPen(c.text)
            bm = QFontMetricsF(bold, p.device())
            p.drawText(QPointF(m.height() * 0.3, baseline), bm.elidedText(
                g.data.groups[index].label(g.lang), Qt.TextElideMode.ElideRight,
                g.row_header_w - m.height() * 0.6))
            p.setFont(normal)
            continue
        row = g.rows[index]
        x = m.height() * (0.3 + 0.9 * row.depth)
        p.setPen(c.text)
        p.drawText(QPointF(x, baseline), m.elidedText(
            row.label(g.lang), Qt.TextElideMode.ElideRight, g.row_header_w - x - m.height() * 0.3))
        if style.show_focus and line == focus_line and focus_col < 0:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(_pen(c.text, 2 * style.unit))
            p.drawRect(QRectF(1, y + 1, g.row_header_w - 2, g.cell_h - 2))
    p.setPen(_pen(c.grid, style.unit))
    p.drawLine(QPointF(g.row_header_w - 0.5, top), QPointF(g.row_header_w - 0.5, top + height))
    p.restore()


def draw_map_column_headers(p: QPainter, g: MapGeometry, style: MapStyle, left: float,
                            width: float, scroll_x: float) -> None:
    """Topic labels turned to read upwards, the 'Total' column last."""
    c = style.colours
    m = g.metrics
    p.save()
    p.setClipRect(QRectF(left, 0, width, g.column_header_h))
    p.fillRect(QRectF(left, 0, width, g.column_header_h), c.background)
    col0 = max(0, int(scroll_x // g.cell_w))
    col1 = min(g.columns - 1, int((scroll_x + width) // g.cell_w))
    focus_line, focus_col = style.focused
    limit = g.column_header_h - m.height() * 0.5
    for col in range(col0, col1 + 1):
        x = left + col * g.cell_w - scroll_x
        if col == g.columns - 1:
            text, ink = words("total", g.lang), c.muted
        else:
            column = g.data.columns[col]
            text, ink = f"{column.label(g.lang)}", c.text
        p.save()
        p.translate(x + g.cell_w / 2 + (m.ascent() - m.descent()) / 2, g.column_header_h
                    - m.height() * 0.3)
        p.rotate(-90)
        p.setPen(ink)
        p.drawText(QPointF(0, 0), m.elidedText(text, Qt.TextElideMode.ElideRight, limit))
        p.restore()
        if style.show_focus and focus_line < 0 and focus_col == col:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(_pen(c.text, 2 * style.unit))
            p.drawRect(QRectF(x + 1, 1, g.cell_w - 2, g.column_header_h - 2))
    p.setPen(_pen(c.grid, style.unit))
    p.drawLine(QPointF(left, g.column_header_h - 0.5),
               QPointF(left + width, g.column_header_h - 0.5))
    p.restore()


# -- whole charts, for files -------------------------------------------------------------------
#: Rows of a lane, and partners of a map, that a picture shows at most (the window scrolls
#: through all of them; a page cannot).
FILE_MAX_LANE_ROWS = 30
FILE_MAX_LANES = 40
FILE_MAX_MAP_ROWS = 60


def chart_font(points: float) -> QFont:
    """The briefing's fonts (a Latin face, then the CJK one) at ``points``."""
    from desktop.ui.briefing_pdf import LATIN_FAMILIES, _first_installed, cjk_family

    font = QFont()
    families = [f for f in (_first_installed(LATIN_FAMILIES), cjk_family()) if f]
    if families:
        font.setFamilies(families)
    font.setPointSizeF(points)
    return font


def _title_block(p: QPainter, title: str, font: QFont, width: float, top: float,
                 colours: ChartColours) -> float:
    if not title:
        return top
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.3)
    big.setBold(True)
    p.setFont(big)
    bm = QFontMetricsF(big, p.device())
    p.setPen(colours.text)
    lines = _wrap(title, bm, width, 2)
    for line in lines:
        top += bm.ascent()
        p.drawText(QPointF(0, top), line)
        top += bm.descent() + bm.leading()
    p.setFont(font)
    return top + bm.height() * 0.5


def _caption_block(p: QPainter, caption: str, m: QFontMetricsF, width: float, top: float,
                   colours: ChartColours) -> float:
    if not caption:
        return top
    p.setPen(colours.muted)
    rect = QRectF(0, top, width, m.height() * 6)
    p.drawText(rect, int(Qt.TextFlag.TextWordWrap), caption)
    used = p.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), caption).height()
    return top + used


def _caption_height(caption: str, m: QFontMetricsF, width: float) -> float:
    if not caption:
        return 0.0
    return m.boundingRect(QRectF(0, 0, width, m.height() * 6), int(Qt.TextFlag.TextWordWrap),
                          caption).height() + m.height() * 0.5


class _Measure(QImage):
    """A 1x1 image at a resolution: font metrics for a device not made yet."""

    def __init__(self, dpi: float):
        super().__init__(1, 1, QImage.Format.Format_ARGB32)
        self.setDotsPerMeterX(round(dpi / 0.0254))
        self.setDotsPerMeterY(round(dpi / 0.0254))


@dataclass
class _Plan:
    """A whole chart's size and the closure that draws it on a device of that size."""

    width: int
    height: int
    draw: Callable[[QPainter], None]


def _timeline_plan(store: Store, data: TimelineData, lang: str, width: int, dpi: float,
                   font: QFont, colours: ChartColours, title: str, caption: str) -> _Plan:
    measure = _Measure(dpi)
    m = QFontMetricsF(font, measure)
    unit = dpi / 96
    margin = m.height() * 0.8
    inner = width - 2 * margin
    if len(data.lanes) > FILE_MAX_LANES:
        data = _biggest_lanes(data, FILE_MAX_LANES)
    label_w = lane_label_width(data, m, lang, inner * 0.28)
    plot_w = max(10.0, inner - label_w)
    first, last = data.days
    if last <= first:
        first, last = Date.today().toordinal() - 365, Date.today().toordinal()
    years = Date.fromordinal(max(first, last - 1)).year - Date.fromordinal(first).year + 1
    days = Date(Date.fromordinal(first).year + years, 1, 1).toordinal() - Date(
        Date.fromordinal(first).year, 1, 1).toordinal()
    # A mark at the last day is drawn whole: a little room on the right.
    g = TimelineGeometry(data, m, (plot_w - m.height()) / days, plot_w, label_w,
                         FILE_MAX_LANE_ROWS, lang)
    ranked = data.topics
    tcolours = topic_colours(ranked)
    entries = legend_entries(store, ranked, tcolours, lang)
    title_h = _title_height(title, font, measure, inner)
    legend_h = legend_height(entries, m, inner, True, lang)
    caption_h = _caption_height(caption, m, inner)
    height = round(margin + title_h + g.axis_h + g.plot_height + m.height() * 0.8 + legend_h
                   + caption_h + margin)
    style = TimelineStyle(colours, lang, tcolours, unit)

    def hidden(lane: int) -> int:
        info = data.lanes[lane]
        if info.undated:
            shown = min(info.count, g.lane_rows_shown[lane] * g.per_line)
        else:
            shown = _shown_in_lane(g, lane)
        return shown if shown < info.count else 0

    def draw(p: QPainter) -> None:
        p.setFont(font)
        p.translate(margin, margin)
        top = _title_block(p, title, font, inner, 0.0, colours)
        p.save()
        p.translate(0, top)
        draw_timeline_axis(p, g, style, label_w, plot_w, 0.0)
        draw_lane_labels(p, g, style, g.axis_h, g.plot_height, 0.0, hidden)
        draw_timeline_plot(p, g, style, label_w, g.axis_h, plot_w, g.plot_height, 0.0, 0.0)
        p.restore()
        y = top + g.axis_h + g.plot_height + m.height() * 0.8
        y += draw_legend(p, entries, m, 0.0, y, inner, colours, unit, True, lang)
        _caption_block(p, caption, m, inner, y + m.height() * 0.5, colours)

    return _Plan(width, height, draw)


def _shown_in_lane(g: TimelineGeometry, lane: int) -> int:
    packing = g.data.packed()
    return sum(len(packing.by_row.get((lane, r), ())) for r in range(g.lane_rows_shown[lane]))


def _biggest_lanes(data: TimelineData, limit: int) -> TimelineData:
    """The same timeline with only the ``limit`` lanes of most activities (the undated lane
    kept), for a picture."""
    keep = sorted(range(len(data.lanes)), key=lambda n: (data.lanes[n].undated,
                                                         -data.lanes[n].count))
    chosen = sorted([n for n in keep if not data.lanes[n].undated][:limit - 1]
                    + [n for n in keep if data.lanes[n].undated])
    renumber = {old: new for new, old in enumerate(chosen)}
    items = [i for i, ln in enumerate(data.lane) if ln in renumber]
    return TimelineData(data.mode, [data.slots[i] for i in items],
                        [renumber[data.lane[i]] for i in items], [data.events[i] for i in items],
                        [data.dates[i] for i in items], [data.qualifiers[i] for i in items],
                        [data.topic_ids[i] for i in items], [data.lanes[n] for n in chosen],
                        _ids=data._ids, _slot_of=data._slot_of)


def _title_height(title: str, font: QFont, device: QPaintDevice, width: float) -> float:
    if not title:
        return 0.0
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.3)
    big.setBold(True)
    bm = QFontMetricsF(big, device)
    return len(_wrap(title, bm, width, 2)) * (bm.ascent() + bm.descent() + bm.leading()) \
        + bm.height() * 0.5


def _map_plan(data: TopicMapData, lang: str, width: int, dpi: float, font: QFont,
              colours: ChartColours, title: str, caption: str) -> _Plan:
    measure = _Measure(dpi)
    m = QFontMetricsF(font, measure)
    unit = dpi / 96
    margin = m.height() * 0.8
    inner = width - 2 * margin
    note = ""
    if len(data.rows) > FILE_MAX_MAP_ROWS:
        data, left_out = _top_map_rows(data, FILE_MAX_MAP_ROWS)
        note = words("top_rows", lang).format(
            shown=FILE_MAX_MAP_ROWS, more=left_out)
    g = MapGeometry(data, m, lang, inner * 0.3)
    # Many topics: a smaller font until every column fits the width (a picture cannot
    # scroll), down to 60 % of the size asked for.
    cell_font = QFont(font)
    text_m = m  # the title's and caption's, at the size asked for
    for _ in range(4):
        if (g.row_header_w + g.plot_width <= inner
                or cell_font.pointSizeF() <= font.pointSizeF() * 0.6):
            break
        cell_font.setPointSizeF(max(font.pointSizeF() * 0.6, cell_font.pointSizeF()
                                    * inner / (g.row_header_w + g.plot_width)))
        m = QFontMetricsF(cell_font, measure)
        g = MapGeometry(data, m, lang, inner * 0.3)
    # Cells as wide as the page allows (up to three times their height): a map fills its
    # width in a briefing.
    room = inner - g.row_header_w
    if g.columns:
        g.cell_w = max(g.cell_w, min(room / g.columns, g.cell_h * 3))
    title_h = _title_height(title, font, measure, inner)
    full_caption = " ".join(t for t in (caption, note) if t)
    caption_h = _caption_height(full_caption, text_m, inner)
    plot_w = min(room, g.plot_width)
    height = round(margin + title_h + g.column_header_h + g.plot_height + text_m.height() * 0.6
                   + caption_h + margin)
    style = MapStyle(colours, unit)

    def draw(p: QPainter) -> None:
        p.setFont(font)
        p.translate(margin, margin)
        top = _title_block(p, title, font, inner, 0.0, colours)
        p.save()
        p.translate(0, top)
        p.setFont(cell_font)
        draw_map_column_headers(p, g, style, g.row_header_w, plot_w, 0.0)
        draw_map_row_headers(p, g, style, g.column_header_h, g.plot_height, 0.0)
        draw_map_plot(p, g, style, g.row_header_w, g.column_header_h, plot_w, g.plot_height,
                      0.0, 0.0)
        p.restore()
        _caption_block(p, full_caption, text_m, inner,
                       top + g.column_header_h + g.plot_height + text_m.height() * 0.6, colours)

    return _Plan(width, height, draw)


def _top_map_rows(data: TopicMapData, limit: int) -> tuple[TopicMapData, int]:
    """The map with only the ``limit`` partners of most activities (in tree order)."""
    from desktop.core.chart_data import MapGroup

    rows = data.rows
    chosen = {id(r) for r in sorted(rows, key=lambda r: -r.total)[:limit]}
    groups = []
    for group in data.groups:
        kept = tuple(r for r in group.rows if id(r) in chosen)
        if kept:
            groups.append(MapGroup(group.group_id, group.label_zh, group.label_en, kept,
                                   group.total))
    max_count = max((c for r in rows if id(r) in chosen for c in r.counts), default=0)
    return TopicMapData(tuple(groups), data.columns, data.total, max_count), len(rows) - limit


def _empty_plan(width: int, dpi: float, font: QFont, colours: ChartColours, title: str,
                caption: str, lang: str) -> _Plan:
    """A picture that says there is nothing to draw (a briefing of no activities)."""
    measure = _Measure(dpi)
    m = QFontMetricsF(font, measure)
    margin = m.height() * 0.8
    inner = width - 2 * margin
    text = words("nothing", lang)
    height = round(margin * 2 + _title_height(title, font, measure, inner) + m.height() * 2
                   + _caption_height(caption, m, inner))

    def draw(p: QPainter) -> None:
        p.setFont(font)
        p.translate(margin, margin)
        top = _title_block(p, title, font, inner, 0.0, colours)
        p.setPen(colours.muted)
        p.drawText(QPointF(0, top + m.ascent()), text)
        _caption_block(p, caption, m, inner, top + m.height() * 2, colours)

    return _Plan(width, height, draw)


def _plan(kind: str, store: Store, slots: Sequence[int], lang: str, width: int, dpi: float,
          lanes: str, sort_by_total: bool, title: str, caption: str, points: float) -> _Plan:
    from desktop.core.chart_data import timeline_data, topic_map_data

    font = chart_font(points)
    colours = ChartColours.for_print()
    if kind not in ("timeline", "map"):
        raise ValueError(f"unknown chart {kind!r}")
    if not slots:
        return _empty_plan(width, dpi, font, colours, title, caption, lang)
    if kind == "timeline":
        data = timeline_data(store, slots, lanes)  # type: ignore[arg-type]
        return _timeline_plan(store, data, lang, width, dpi, font, colours, title, caption)
    data_map = topic_map_data(store, slots, sort_by_total)
    if not data_map.rows:
        return _empty_plan(width, dpi, font, colours, title, caption, lang)
    return _map_plan(data_map, lang, width, dpi, font, colours, title, caption)


def chart_png(kind: str, store: Store, slots: Sequence[int], *, lang: str = "en",
              width_px: int = 2400, dpi: float = 300, lanes: str = "part",
              sort_by_total: bool = False, title: str = "", caption: str = "",
              points: float = 8.0) -> bytes:
    """A chart ("timeline" or "map") of the activities at ``slots`` as PNG bytes.

    Args:
        kind: "timeline" or "map".
        store: the library.
        slots: the activities (e.g. ``Update.slots``, or the slots of exported activities:
            ``[store.slot(a.id) for a in activities]``).
        lang: "zh" or "en", for labels.
        width_px: the picture's width; its height follows the content.
        dpi: its resolution (fonts are ``points`` at it: 2400 px at 300 dpi is 8 inches).
        lanes: the timeline's lanes: "part", "partner" or "report".
        sort_by_total: the map's partners and topics by their totals.
        title, caption: drawn above and below when given.

    Needs a QGuiApplication (``briefing_pdf.ensure_gui_application`` on the command line).
    """
    plan = _plan(kind, store, slots, lang, width_px, dpi, lanes, sort_by_total, title, caption,
                 points)
    image = QImage(plan.width, max(1, plan.height), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(ChartColours.for_print().background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        plan.draw(painter)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def chart_svg(kind: str, store: Store, slots: Sequence[int], *, lang: str = "en",
              width_px: int = 960, dpi: float = 96, lanes: str = "part",
              sort_by_total: bool = False, title: str = "", caption: str = "",
              points: float = 9.0) -> bytes:
    """The same chart as SVG (text kept as text), UTF-8 bytes."""
    from PySide6.QtCore import QSize
    from PySide6.QtSvg import QSvgGenerator

    plan = _plan(kind, store, slots, lang, width_px, dpi, lanes, sort_by_total, title, caption,
                 points)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(dpi))
    generator.setSize(QSize(plan.width, max(1, plan.height)))
    generator.setViewBox(QRectF(0, 0, plan.width, max(1, plan.height)))
    generator.setTitle(title or kind)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, plan.width, plan.height),
                         ChartColours.for_print().background)
        plan.draw(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
