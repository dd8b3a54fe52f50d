"""Scroll bars whose groove is drawn once per size and palette, not at every repaint.

Fusion (the style on Linux without a desktop theme, and in the offscreen tests and
benchmarks) paints a vertical scroll bar's groove as a gradient, line by line: some 3 ms for
the results list's 660 pixels, about as long as painting its rows. The lists' scroll bars
are repainted whenever the results change (their range does), three of them after every
keystroke. The groove does not depend on where the slider is, so it is kept as a picture
(per size, orientation, state and palette) and the arrows are drawn over it by the style
itself, each time (the slider: below). The result is the same pixels (checked by the tests): the
picture is used only where it lands on whole device pixels (at a fractional scale factor,
125% or 150%, the style's lines fall between them), and only where the colour under the bar
is known, since the groove's outer lines let it through: it is made over that colour (a tab
widget's pane counts where its style fills it with one colour, as Fusion does: found by
drawing a pane). A bar under a style sheet, in a tab widget's corner, or over a pane the
style paints otherwise is drawn as before. Other styles are left as they are.

The slider is painted line by line too (some 4 ms for a slider of 630 pixels, as a list with a
few pages of results has). Its edges let the groove through, so it is kept as a picture of
the slider over the groove, and only where the groove is the same line after line (between
the arrows, as Fusion draws it: checked on each kept groove); there, moved along the bar, it
is the very pixels the style paints (checked by the tests). Near an arrow (a list's slider at
the top of new results) the picture is kept for that place. At a scale factor other than a
whole number the style draws the slider.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QProxyStyle,
    QStackedWidget,
    QStyle,
    QStyleOptionSlider,
    QStyleOptionTabWidgetFrame,
    QTabWidget,
    QWidget,
)

#: Styles whose scroll bar groove does not depend on the slider (checked by the tests).
GROOVE_STYLES = frozenset({"fusion"})

_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar
_GROOVE = QStyle.SubControl.SC_ScrollBarGroove
_SLIDER = QStyle.SubControl.SC_ScrollBarSlider
#: Lines of groove kept on each side of a slider's picture (the style paints a line beyond
#: the slider's rectangle); the picture is used only where these lie in the groove's run
#: of identical lines.
_AROUND_SLIDER = 2
_State = QStyle.StateFlag
#: What a groove's look may depend on, besides its size and palette.
_GROOVE_STATES = (_State.State_Enabled.value | _State.State_Active.value
                  | _State.State_Horizontal.value | _State.State_MouseOver.value)


class CachedGrooveStyle(QProxyStyle):
    """The application's style, with scroll bar grooves kept as pictures (see the module)."""

    #: Grooves kept (a few scroll bars, each in a size or two).
    KEPT = 24

    def __init__(self, base: str | None = None):
        if base:
            super().__init__(base)
        else:
            super().__init__()
        self._grooves: OrderedDict[tuple, tuple[QPixmap, tuple[int, int]]] = OrderedDict()
        self._sliders: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._caches = self.baseStyle().name().lower() in GROOVE_STYLES

    def drawComplexControl(self, control: QStyle.ComplexControl, option: Any,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if (control != _SCROLL_BAR or not self._caches
                or not isinstance(option, QStyleOptionSlider)
                or not option.subControls & _GROOVE or option.rect.isEmpty()):
            super().drawComplexControl(control, option, painter, widget)
            return
        scale = _whole_pixel_scale(painter, option.rect)
        under = _background_under(widget)
        if (scale is None or under is None or painter.opacity() != 1.0
                or not option.rect.topLeft().isNull()):
            # The picture would not land on whole device pixels, what lies under the bar
            # (which the groove's outer lines let through) is not known, the painter blends
            # (a widget in a graphics scene), or the bar is not at its option's origin (as a
            # scroll bar paints itself): the style draws it.
            super().drawComplexControl(control, option, painter, widget)
            return
        key, groove, run = self._groove(option, painter, widget, scale, under)
        painter.drawPixmap(option.rect.topLeft(), groove)
        rest = QStyleOptionSlider(option)
        rest.subControls = option.subControls & ~_GROOVE
        if rest.subControls & _SLIDER:
            slider = self._slider(option, widget, key, groove, run, scale)
            if slider is not None:
                painter.drawPixmap(slider[0] + option.rect.topLeft(), slider[1])
                rest.subControls = rest.subControls & ~_SLIDER
        super().drawComplexControl(control, rest, painter, widget)

    def _groove(self, option: QStyleOptionSlider, painter: QPainter,
                widget: QWidget | None, ratio: float, under: QColor
                ) -> tuple[tuple, QPixmap, tuple[int, int]]:
        """The groove's key, picture, and run of identical lines along the bar (in the
        bar's own pixels; empty where the scale is not a whole number)."""
        rect = option.rect
        key = (rect.width(), rect.height(), option.state.value & _GROOVE_STATES,
               option.direction.value, option.palette.cacheKey(), _area_palette(widget),
               ratio, under.rgba())
        kept = self._grooves.get(key)
        if kept is not None:
            self._grooves.move_to_end(key)
            return key, *kept
        picture = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(under)
        only = QStyleOptionSlider(option)
        only.subControls = _GROOVE
        only.activeSubControls = QStyle.SubControl.SC_None
        only.rect = rect.translated(-rect.topLeft())
        inside = QPainter(picture)
        inside.setFont(painter.font())
        super().drawComplexControl(_SCROLL_BAR, only, inside, widget)
        inside.end()
        run = _same_lines(picture, option.state.value & _State.State_Horizontal.value != 0,
                          ratio)
        self._grooves[key] = (picture, run)
        while len(self._grooves) > self.KEPT:
            self._grooves.popitem(last=False)
        return key, picture, run

    def _slider(self, option: QStyleOptionSlider, widget: QWidget | None, groove_key: tuple,
                groove: QPixmap, run: tuple[int, int], ratio: float
                ) -> tuple[QPoint, QPixmap] | None:
        """Where to draw the slider's picture (from the bar's corner) and the picture: the
        slider over the groove, with the lines of groove around it; None at a scale factor
        that is not a whole number, where the style draws it."""
        if ratio != int(ratio):
            return None
        bar = QStyleOptionSlider(option)
        bar.rect = option.rect.translated(-option.rect.topLeft())
        place = self.subControlRect(_SCROLL_BAR, bar, _SLIDER, widget)  # type: ignore[arg-type]
        if place.isEmpty():
            return None
        horizontal = bool(option.state.value & _State.State_Horizontal.value)
        if horizontal:
            crop = QRect(place.left() - _AROUND_SLIDER, 0,
                         place.width() + 2 * _AROUND_SLIDER, bar.rect.height())
            start, length = crop.left(), crop.width()
        else:
            crop = QRect(0, place.top() - _AROUND_SLIDER,
                         bar.rect.width(), place.height() + 2 * _AROUND_SLIDER)
            start, length = crop.top(), crop.height()
        # Between the arrows the groove is the same line after line: the picture may be
        # moved along. Near an arrow it is kept for that very place.
        anchor = None if run[0] <= start and start + length <= run[1] else start
        key = (groove_key, length, anchor, option.state.value,
               option.activeSubControls.value, option.orientation.value)
        kept = self._sliders.get(key)
        if kept is None:
            kept = QPixmap(round(crop.width() * ratio), round(crop.height() * ratio))
            kept.setDevicePixelRatio(ratio)
            inside = QPainter(kept)
            inside.translate(-crop.topLeft())
            inside.drawPixmap(0, 0, groove)
            only = QStyleOptionSlider(bar)
            only.subControls = _SLIDER
            super().drawComplexControl(_SCROLL_BAR, only, inside, widget)
            inside.end()
            self._sliders[key] = kept
            while len(self._sliders) > self.KEPT:
                self._sliders.popitem(last=False)
        else:
            self._sliders.move_to_end(key)
        return crop.topLeft(), kept


def _same_lines(picture: QPixmap, horizontal: bool, ratio: float) -> tuple[int, int]:
    """The longest run of identical lines across the bar (rows of a vertical bar, columns of
    a horizontal one), in the bar's own pixels: where a slider's picture may be moved
    along it. Empty at a scale factor that is not a whole number."""
    if ratio != int(ratio):
        return (0, 0)
    image = picture.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if horizontal:
        image = image.transformed(QTransform().rotate(90))
    lines = _lines(image, image.rect())
    height = len(lines)
    best = (0, 0)
    begin = 0
    for y in range(1, height + 1):
        if y == height or lines[y] != lines[begin]:
            if y - begin > best[1] - best[0]:
                best = (begin, y)
            begin = y
    scale = int(ratio)
    # whole lines of the bar within the run of device lines
    return (-(-best[0] // scale), best[1] // scale)


def _background_under(widget: QWidget | None) -> QColor | None:
    """The colour under a scroll bar, as its window paints it there, when that is known: the
    first of its ancestors that fills its background with a plain colour (a window always
    does), past ancestors that paint nothing there (plain widgets, frames without a shape,
    scroll areas, whose frame is outside their bars, and tab widgets in document mode).
    A tab widget's pane gives its colour where the style fills it with one colour (see
    :func:`_pane_under`). None when another paints there (a widget of its own, a pane of
    another kind), where a style sheet may paint (on the application or on any of the
    widgets), or when there is no widget: the groove is then drawn as the style draws it."""
    if widget is None:
        return None
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        return None
    at: QWidget | None = widget
    while at is not None:
        if at.styleSheet():
            return None
        if at is not widget and isinstance(at, QTabWidget) and not at.documentMode():
            return _pane_under(at, widget)  # its pane, over its own background if any
        if at.autoFillBackground() or at.isWindow():
            brush = at.palette().brush(at.backgroundRole())
            colour = brush.color()
            # A see-through colour shows what is behind the window: not known either.
            solid = brush.style() == Qt.BrushStyle.SolidPattern and colour.alpha() == 255
            return colour if solid else None
        if at is not widget and not _paints_nothing_under_children(at):
            return None
        at = at.parentWidget()
    return None


#: Tab widget panes looked at: (style, palette, state, shape, frame width) -> how far in
#: from the pane's edges its colour is plain, and that colour; None where the style paints
#: the pane otherwise (a gradient, a picture). The style itself is in the key (kept alive by
#: it, so that no other style takes its place under the same identity).
_PANES: dict[tuple, tuple[int, QColor] | None] = {}
#: The size a pane is drawn at to be looked at. Fusion's fill does not depend on the size;
#: a gradient across the pane would show at this size too.
_PANE_PROBE = 256


def _pane_under(tabs: QTabWidget, widget: QWidget) -> QColor | None:
    """The colour of ``tabs``' pane under ``widget``, when the style fills the pane's inside
    with one opaque colour (Fusion does) and ``widget`` lies inside it, on a page; else
    None (a tab widget that paints itself, a widget in the tab bar or a corner)."""
    if type(tabs).paintEvent is not QTabWidget.paintEvent:
        return None
    stack = tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget",
                           Qt.FindChildOption.FindDirectChildrenOnly)
    if stack is None or not stack.isAncestorOf(widget):
        return None
    style = tabs.style()
    option = QStyleOptionTabWidgetFrame()
    tabs.initStyleOption(option)  # as the tab widget paints its pane
    pane = style.subElementRect(QStyle.SubElement.SE_TabWidgetTabPane, option, tabs)
    key = (style, option.palette.cacheKey(), option.state.value, option.shape.value,
           option.lineWidth)
    if key not in _PANES:
        if len(_PANES) > 16:
            _PANES.clear()
        probe = QStyleOptionTabWidgetFrame(option)
        probe.rect = QRect(0, 0, _PANE_PROBE, _PANE_PROBE)
        _PANES[key] = _plain_inside(style, probe, tabs)
    found = _PANES[key]
    if found is None:
        return None
    margin, colour = found
    inside = pane.adjusted(margin, margin, -margin, -margin)
    place = QRect(widget.mapTo(tabs, QPoint(0, 0)), widget.size())
    return colour if inside.contains(place) else None


def _plain_inside(style: QStyle, option: QStyleOptionTabWidgetFrame,
                  tabs: QTabWidget) -> tuple[int, QColor] | None:
    """How far in from the pane's edges (a few pixels) the style paints it in one opaque
    colour (the same over two different backgrounds), and the colour; None otherwise."""
    images = []
    for under in (QColor(255, 0, 255), QColor(0, 255, 0)):
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        image.fill(under)
        painter = QPainter(image)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameTabWidget, option, painter, tabs)
        painter.end()
        images.append(image)
    for margin in range(1, 9):
        inside = option.rect.adjusted(margin, margin, -margin, -margin)
        lines = [line for image in images for line in _lines(image, inside)]
        plain = lines[0][:4] * inside.width()
        if all(line == plain for line in lines):
            colour = images[0].pixelColor(inside.topLeft())
            return (margin, colour) if colour.alpha() == 255 else None
    return None


def _lines(image: QImage, rect: QRect) -> list[bytes]:
    """The pixels of each line of ``rect`` in a 32-bit ``image``, as bytes (compared, not
    read: the byte order does not matter)."""
    step = image.bytesPerLine()
    data = bytes(image.constBits())[: step * image.height()]
    left, width = 4 * rect.left(), 4 * rect.width()
    return [data[y * step + left: y * step + left + width]
            for y in range(rect.top(), rect.bottom() + 1)]


def _area_palette(widget: QWidget | None) -> int:
    """The palette of the scroll area holding the bar (Fusion takes its colours for the bar
    from there, not only from the bar's own palette), as a cache key; 0 without one."""
    at = widget.parentWidget() if widget is not None else None
    while at is not None and not isinstance(at, QAbstractScrollArea):
        at = at.parentWidget()
    return at.palette().cacheKey() if at is not None else 0


def _paints_nothing_under_children(widget: QWidget) -> bool:
    if isinstance(widget, QTabWidget):
        return widget.documentMode()  # else it paints its pane
    if isinstance(widget, QAbstractScrollArea):
        return True  # its frame, around the viewport and bars
    paint = type(widget).paintEvent
    if isinstance(widget, QFrame):
        return paint is QFrame.paintEvent and widget.frameShape() == QFrame.Shape.NoFrame
    return paint is QWidget.paintEvent


def _whole_pixel_scale(painter: QPainter, rect: QRect) -> float | None:
    """The painter's scale to device pixels, when ``rect`` falls on whole device pixels
    under it (a plain scale, whole-pixel corner and size); None otherwise: at a fractional
    scale factor (125%, 150%) the style's lines fall between device pixels, where a
    picture made apart from them could not match."""
    transform = painter.deviceTransform()
    if transform.type().value > QTransform.TransformationType.TxScale.value:
        return None
    scale = transform.m11()
    if scale <= 0 or scale != transform.m22():
        return None
    corner = transform.map(QPointF(rect.topLeft()))
    if not all(v == round(v) for v in (corner.x(), corner.y(), rect.width() * scale,
                                       rect.height() * scale)):
        return None
    return scale


def application_style_name() -> str:
    """The name of the application's style (what a proxy style is made over), or ""."""
    app = QApplication.instance()
    return app.style().name() if isinstance(app, QApplication) else ""


def cache_grooves(root: QWidget) -> CachedGrooveStyle:
    """Give the scroll bars of every scroll area under ``root`` (made so far) the cached
    grooves; returns the style (owned by ``root``)."""
    style = CachedGrooveStyle(application_style_name())
    style.setParent(root)
    for area in root.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setStyle(style)
    return style

