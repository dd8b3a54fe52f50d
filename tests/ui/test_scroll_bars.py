"""Scroll bars with cached grooves paint the very pixels the style paints (scroll_bars.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
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
