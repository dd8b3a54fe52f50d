"""Scroll bars with cached grooves paint the very pixels the style paints (scroll_bars.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QStyleFactory

from desktop.ui.scroll_bars import CachedGrooveStyle


def _grab(bar: QScrollBar) -> QImage:
    return bar.grab().toImage()


def _bar(orientation: Qt.Orientation, size: tuple[int, int], maximum: int, value: int,
         page: int, enabled: bool, style: CachedGrooveStyle | None = None,
         palette: QPalette | None = None) -> QScrollBar:
    bar = QScrollBar(orientation)
    if style is not None:
        bar.setStyle(style)
    if palette is not None:
        bar.setPalette(palette)
    bar.resize(*size)
    bar.setRange(0, maximum)
    bar.setPageStep(page)
    bar.setValue(value)
    bar.setEnabled(enabled)
    return bar


def _bar_option(size: tuple[int, int], maximum: int, value: int, page: int = 10):
    """A vertical bar and its style option, every part to paint (as its paintEvent asks)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(*size)
    bar.setRange(0, maximum)
    bar.setPageStep(page)
    bar.setValue(value)
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    option.subControls = QStyle.SubControl.SC_All
    return bar, option


def _paint(style, option, bar: QScrollBar, scale: float, offset: tuple[int, int] = (0, 0),
           margin: int = 0) -> QImage:
    """``option`` (a scroll bar's) painted by ``style`` at ``scale``, ``offset`` from the
    corner of an image ``margin`` pixels larger, over the window colour, clipped to the bar
    as a widget's painting is."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QStyle

    width, height = option.rect.width(), option.rect.height()
    image = QImage(round((width + offset[0] + margin) * scale),
                   round((height + offset[1] + margin) * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(option.palette.window().color())
    painter = QPainter(image)
    painter.translate(QPoint(*offset))
    painter.setClipRect(QRect(0, 0, width, height))
    style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, bar)
    painter.end()
    return image


def _dark() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.Button, "#353535"),
                        (QPalette.ColorRole.Base, "#1f1f1f")):
        palette.setColor(role, QColor(color))
    return palette


@pytest.mark.parametrize("orientation,size", [(Qt.Orientation.Vertical, (14, 661)),
                                              (Qt.Orientation.Horizontal, (400, 14)),
                                              (Qt.Orientation.Vertical, (14, 40))])
@pytest.mark.parametrize("dark", [False, True])
def test_cached_grooves_paint_what_the_style_paints(qapp, orientation, size, dark):
    assert qapp.style().name().lower() == "fusion"
    style = CachedGrooveStyle(qapp.style().name())
    assert style._caches
    palette = _dark() if dark else None
    for maximum, value, page in ((1000, 0, 100), (1000, 500, 100), (1000, 1000, 10),
                                 (0, 0, 10), (50, 20, 400)):
        for enabled in (True, False):
            plain = _bar(orientation, size, maximum, value, page, enabled, palette=palette)
            cached = _bar(orientation, size, maximum, value, page, enabled, style, palette)
            assert _grab(cached) == _grab(plain), (maximum, value, page, enabled)
            assert _grab(cached) == _grab(plain)  # painted again from the kept groove


def test_a_groove_is_drawn_once_per_size_and_state(qapp):
    style = CachedGrooveStyle(qapp.style().name())
    bar = _bar(Qt.Orientation.Vertical, (14, 300), 1000, 0, 100, True, style)
    for value in range(0, 1000, 100):
        bar.setValue(value)
        _grab(bar)
    assert len(style._grooves) == 1  # the slider moved; the groove was kept
    bar.resize(14, 200)
    _grab(bar)
    bar.setEnabled(False)
    _grab(bar)
    assert len(style._grooves) == 3
    for height in range(100, 100 + 2 * CachedGrooveStyle.KEPT):
        bar.resize(14, height)
        _grab(bar)
    assert len(style._grooves) == CachedGrooveStyle.KEPT  # the oldest are let go


def test_other_styles_are_left_as_they_are(qapp):
    assert "Windows" in QStyleFactory.keys()  # built into every Qt
    style = CachedGrooveStyle("Windows")
    assert not style._caches
    windows = QStyleFactory.create("Windows")
    plain = _bar(Qt.Orientation.Vertical, (14, 300), 1000, 300, 100, True)
    plain.setStyle(windows)
    cached = _bar(Qt.Orientation.Vertical, (14, 300), 1000, 300, 100, True, style)
    assert _grab(cached) == _grab(plain)
    assert not style._grooves


def test_the_windows_lists_scroll_bars_keep_their_grooves(window):
    for view in (window.list_view, window.tree_view, window.detail_pane.browser):
        assert isinstance(view.verticalScrollBar().style(), CachedGrooveStyle)
        assert isinstance(view.horizontalScrollBar().style(), CachedGrooveStyle)
    # the rest of the window keeps the application's style
    assert window.list_view.style() is QApplication.style()


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5, 1.75, 2.0, 3.0])
@pytest.mark.parametrize("offset", [(0, 0), (7, 3), (333, 77)])
def test_any_scale_factor_and_place_gives_the_styles_pixels(qapp, scale, offset):
    """At a fractional scale factor (125%, 150%) a scroll bar's lines fall between device
    pixels, as they may at an odd place: the groove is then the style's own drawing; at a
    whole-pixel place and scale, the kept picture. Either way the same pixels."""
    plain = QStyleFactory.create(qapp.style().name())
    cached = CachedGrooveStyle(qapp.style().name())
    bar, option = _bar_option((14, 300), 1000, 300)

    def render(style) -> QImage:
        return _paint(style, option, bar, scale, offset, margin=1)

    assert render(cached) == render(plain)
    assert render(cached) == render(plain)  # again, from the kept picture if one was made
    whole = all(float(v * scale).is_integer() for v in (*offset, 14, 300))
    assert len(cached._grooves) == (1 if whole else 0)  # kept only where it lands whole


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_windows_scroll_bars_look_as_the_style_paints_them(window, qapp, theme):
    """In the window, where a bar stands on a tab widget's pane, a frame or the window, what
    is on screen with the kept pictures is what the style paints without them."""
    from PySide6.QtCore import QPoint

    from desktop.ui.main_window import apply_theme
    from desktop.ui.scroll_bars import _background_under

    apply_theme(theme)
    try:
        window.resize(1440, 860)
        window.show()
        window.set_query("")
        window.select_activity(window.list_model.activity_ids()[0])
        for _ in range(5):
            qapp.processEvents()
        bars = [bar for bar in window.findChildren(QScrollBar) if bar.isVisible()]
        assert len(bars) >= 3
        kept = [bar for bar in bars if _background_under(bar) is not None]
        assert window.list_view.verticalScrollBar() in kept  # the one repainted most
        # the partner tree's stands on a tab widget's pane, which Fusion fills with one colour
        assert window.tree_view.verticalScrollBar() in kept

        def shot() -> QImage:
            for _ in range(3):
                qapp.processEvents()
            return window.grab().toImage()

        cached = shot()
        for bar in bars:
            bar.setStyle(qapp.style())
        plain = shot()
        for bar in bars:
            corner = bar.mapTo(window, QPoint(0, 0))
            area = (corner.x(), corner.y(), bar.width(), bar.height())
            assert cached.copy(*area) == plain.copy(*area), bar.parentWidget().parentWidget()
    finally:
        apply_theme("system")


@pytest.mark.parametrize("orientation,size", [(Qt.Orientation.Vertical, (14, 661)),
                                              (Qt.Orientation.Horizontal, (400, 14)),
                                              (Qt.Orientation.Vertical, (14, 60))])
def test_a_kept_slider_moved_along_the_bar_paints_what_the_style_paints(
        qapp, orientation, size):
    """The slider's picture is made once and moved along the bar; at every place, and in
    each state, the pixels are the style's own."""
    style = CachedGrooveStyle(qapp.style().name())
    for dark in (False, True):
        palette = _dark() if dark else None
        plain = _bar(orientation, size, 100, 0, 30, True, palette=palette)
        cached = _bar(orientation, size, 100, 0, 30, True, style, palette)
        for value in range(101):
            plain.setValue(value)
            cached.setValue(value)
            assert _grab(cached) == _grab(plain), (value, dark)
    # one picture between the arrows (per palette), and one per place next to an arrow
    middle = [key for key in style._sliders if key[2] is None]
    assert len(middle) == 2
    assert len(style._sliders) < 2 * 12


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
@pytest.mark.parametrize("state", ["hover", "pressed", "inactive", "disabled"])
def test_sliders_in_every_state_and_scale_are_the_styles(qapp, scale, state):
    from PySide6.QtWidgets import QStyle

    plain = QStyleFactory.create(qapp.style().name())
    cached = CachedGrooveStyle(qapp.style().name())
    flags = QStyle.StateFlag
    for value in (0, 1, 50, 99, 100):
        bar, option = _bar_option((14, 300), 100, value, page=25)
        if state in ("hover", "pressed"):
            option.state |= flags.State_MouseOver if state == "hover" else flags.State_Sunken
            option.activeSubControls = QStyle.SubControl.SC_ScrollBarSlider
        else:
            option.state &= ~(flags.State_Active if state == "inactive" else flags.State_Enabled)

        assert _paint(cached, option, bar, scale) == _paint(plain, option, bar, scale), value
        # again, from the kept picture
        assert _paint(cached, option, bar, scale) == _paint(plain, option, bar, scale), value
    assert cached._sliders  # pictures were used, at every whole scale


def test_a_slider_at_a_fractional_scale_is_the_styles_drawing(qapp):
    cached = CachedGrooveStyle(qapp.style().name())
    plain = QStyleFactory.create(qapp.style().name())
    bar, option = _bar_option((16, 300), 100, 40)
    # 16 x 300 at 150% lands on whole pixels: the groove is kept, the slider is the style's
    assert _paint(cached, option, bar, 1.5) == _paint(plain, option, bar, 1.5)
    assert cached._grooves and not cached._sliders


def test_a_see_through_window_colour_or_a_blending_painter_gets_the_styles_drawing(qapp):
    """What is under a see-through window colour is not known, and a painter with an
    opacity (a widget in a graphics scene) would blend the pictures twice: the style draws."""
    from PySide6.QtWidgets import QStyle

    plain = QStyleFactory.create(qapp.style().name())
    cached = CachedGrooveStyle(qapp.style().name())
    see_through = QPalette()
    see_through.setColor(QPalette.ColorRole.Window, QColor(40, 80, 120, 128))
    bar, option = _bar_option((14, 300), 100, 40)
    bar.setPalette(see_through)
    bar.initStyleOption(option)
    assert _paint(cached, option, bar, 1.0) == _paint(plain, option, bar, 1.0)
    assert not cached._grooves and not cached._sliders

    bar, option = _bar_option((14, 300), 100, 40)

    def half_opaque(style) -> QImage:
        image = QImage(14, 300, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(option.palette.window().color())
        painter = QPainter(image)
        painter.setOpacity(0.5)
        style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, bar)
        painter.end()
        return image

    assert half_opaque(cached) == half_opaque(plain)
    assert half_opaque(cached) == half_opaque(plain)
    assert not cached._grooves and not cached._sliders

    # A bar painted away from its option's origin (a scroll bar never paints so).
    option.rect = option.rect.translated(5, 7)
    assert _paint(cached, option, bar, 1.0, margin=12) == _paint(plain, option, bar, 1.0,
                                                                 margin=12)
    assert not cached._grooves and not cached._sliders


def test_a_new_palette_on_the_scroll_area_paints_anew(qapp):
    """Fusion takes a bar's colours from its scroll area too: a palette set there (and not on
    the bar) gives new pictures, not the kept ones."""
    from PySide6.QtWidgets import QListWidget

    style = CachedGrooveStyle(qapp.style().name())
    lists = []
    for cached in (False, True):
        view = QListWidget()
        view.resize(200, 300)
        view.addItems([str(i) for i in range(200)])
        if cached:
            view.verticalScrollBar().setStyle(style)
        bar_palette = QPalette(view.verticalScrollBar().palette())
        bar_palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        view.verticalScrollBar().setPalette(bar_palette)
        view.show()
        view.verticalScrollBar().setValue(50)
        lists.append(view)
    qapp.processEvents()
    plain_bar, cached_bar = (view.verticalScrollBar() for view in lists)
    assert _grab(cached_bar) == _grab(plain_bar)
    for view in lists:
        dark = QPalette(view.palette())
        dark.setColor(QPalette.ColorRole.Base, QColor("#101010"))
        view.setPalette(dark)
    qapp.processEvents()
    assert _grab(cached_bar) == _grab(plain_bar)
    for view in lists:
        view.close()


def _on_screen(bar: QScrollBar) -> QImage:
    """The bar as its window shows it, over what lies under it (``bar.grab()`` would paint
    it over its own window colour instead)."""
    from PySide6.QtCore import QPoint

    window = bar.window()
    corner = bar.mapTo(window, QPoint(0, 0))
    return window.grab().toImage().copy(corner.x(), corner.y(), bar.width(), bar.height())


def _list_in_tabs(style: CachedGrooveStyle | None, pane_style=None):
    from PySide6.QtWidgets import QListWidget, QTabWidget

    tabs = QTabWidget()
    if pane_style is not None:
        tabs.setStyle(pane_style)
    view = QListWidget()
    view.addItems([f"Partner {i}" for i in range(300)])
    tabs.addTab(view, "Partners")
    tabs.resize(300, 400)
    if style is not None:
        view.verticalScrollBar().setStyle(style)
    tabs.show()
    view.verticalScrollBar().setValue(40)
    return tabs, view.verticalScrollBar()


def test_a_bar_on_a_plain_tab_pane_is_kept_and_paints_what_the_style_paints(qapp):
    from desktop.ui.scroll_bars import _background_under

    style = CachedGrooveStyle(qapp.style().name())
    plain_tabs, plain_bar = _list_in_tabs(None)
    tabs, bar = _list_in_tabs(style)
    qapp.processEvents()
    under = _background_under(bar)
    assert under is not None and under.alpha() == 255
    assert under != tabs.palette().window().color()  # the pane's, not the window's
    assert _on_screen(bar) == _on_screen(plain_bar)
    assert style._grooves and style._sliders
    for value in (0, 150, 300):  # moved, and at each end
        bar.setValue(value)
        plain_bar.setValue(value)
        assert _on_screen(bar) == _on_screen(plain_bar), value
    for window in (tabs, plain_tabs):
        window.close()


def test_a_bar_on_a_pane_painted_otherwise_is_drawn_by_the_style(qapp):
    """A pane the style fills with a gradient gives no colour: its bars are drawn as the
    style draws them."""
    from PySide6.QtGui import QLinearGradient
    from PySide6.QtWidgets import QProxyStyle, QStyle

    from desktop.ui.scroll_bars import _background_under

    class GradientPane(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None):
            if element == QStyle.PrimitiveElement.PE_FrameTabWidget:
                gradient = QLinearGradient(0, 0, 0, option.rect.height())
                gradient.setColorAt(0, QColor("white"))
                gradient.setColorAt(1, QColor("#c0c0c0"))
                painter.fillRect(option.rect, gradient)
                return
            super().drawPrimitive(element, option, painter, widget)

    pane = GradientPane(qapp.style().name())
    style = CachedGrooveStyle(qapp.style().name())
    tabs, bar = _list_in_tabs(style, pane)
    qapp.processEvents()
    plain_tabs, plain_bar = _list_in_tabs(None, pane)
    qapp.processEvents()
    assert _background_under(bar) is None
    assert _on_screen(bar) == _on_screen(plain_bar)
    assert not style._grooves and not style._sliders
    for window in (tabs, plain_tabs):
        window.close()


def test_bars_in_a_corner_under_a_style_sheet_or_on_a_painted_tab_widget_are_the_styles(qapp):
    """Only a bar on a tab widget's page, where nothing but the style paints the pane, gets
    the pane's colour: not one in a corner widget (over the tab bar's strip), under a style
    sheet, or on a tab widget that paints itself."""
    from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

    from desktop.ui.scroll_bars import _background_under

    class Tinted(QTabWidget):
        def paintEvent(self, event):
            super().paintEvent(event)
            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor(255, 0, 0, 40))
            painter.end()

    def corner(tabs: QTabWidget) -> QScrollBar:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QScrollBar(Qt.Orientation.Horizontal)
        bar.setRange(0, 100)
        bar.setFixedWidth(80)
        layout.addWidget(bar)
        tabs.setCornerWidget(holder)
        holder.show()  # set after the tab widget was shown
        return bar

    cases = []
    tabs, _ = _list_in_tabs(None)
    cases.append((tabs, corner(tabs)))
    tabs, bar = _list_in_tabs(None)
    tabs.setStyleSheet("QTabWidget::pane { background: #d0e0f0; border: 1px solid black; }")
    cases.append((tabs, bar))
    tinted = Tinted()
    tinted.addTab(QWidget(), "Partners")
    from PySide6.QtWidgets import QListWidget

    view = QListWidget()
    view.addItems([str(i) for i in range(300)])
    tinted.addTab(view, "List")
    tinted.setCurrentIndex(1)
    tinted.resize(300, 400)
    tinted.show()
    cases.append((tinted, view.verticalScrollBar()))
    qapp.processEvents()
    for tabs, bar in cases:
        assert bar.isVisible()
        assert _background_under(bar) is None
        style = CachedGrooveStyle(qapp.style().name())
        bar.setStyle(style)
        qapp.processEvents()
        cached = _on_screen(bar)
        bar.setStyle(qapp.style())
        qapp.processEvents()
        assert cached == _on_screen(bar), type(tabs).__name__
        assert not style._grooves
        tabs.close()
