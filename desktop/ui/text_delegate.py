"""An item delegate that paints one-line text cells as Qt's default delegate does, but lays
each text out once instead of at every repaint.

Qt's default delegate (``QStyledItemDelegate`` drawing ``CE_ItemViewItem``) lays a cell's
text out twice per paint, the second time to elide it, and asks the model for about seven
roles per cell. With 5 columns and some 45 rows of long Chinese titles, that was most of
a keystroke's time (the list is repainted whole whenever the results change). Here a cell's
elided text is kept as a :class:`QStaticText` (keyed by the text, the cell's size, the
alignment, the elide mode and the font) and drawn with the colours of the palette of the
moment, so a change of palette needs no new layout and one of font or column width makes
new entries.

The fast path is taken only where it draws what the default does, pixel for pixel (checked
by the tests): a style whose item views are QCommonStyle's (Fusion), a left-to-right,
vertically centred, unwrapped, not edited cell without focus frame, and a model that gives
no icon, check box or background for the cell. Anything else is painted by
``QStyledItemDelegate.paint``; size hints, tooltips, accessible texts and editing are the
base class's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex

#: ``cell(row, column) -> (text, alignment)`` for a view whose rows and columns are the
#: model's own (no proxy, or an identity proxy): what the delegate would otherwise ask the
#: model for through two ``data`` calls per cell.
CellText = Callable[[int, int], tuple[str, int]]

_State = QStyle.StateFlag
_SELECTED = _State.State_Selected.value
_MOUSE_OVER = _State.State_MouseOver.value
_ACTIVE = _State.State_Active.value
_ENABLED = _State.State_Enabled.value
#: States painted by the base class: a focus frame, an editor open.
_SLOW_STATES = _State.State_HasFocus.value | _State.State_Editing.value
_PEN_STATES = _SELECTED | _ACTIVE | _ENABLED
_PAINT = QEvent.Type.Paint
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_LTR = Qt.LayoutDirection.LeftToRight
_ELIDE_NONE = Qt.TextElideMode.ElideNone
_Role = Qt.ItemDataRole
_DISPLAY, _ALIGNMENT = _Role.DisplayRole, _Role.TextAlignmentRole
_FONT, _FOREGROUND = _Role.FontRole, _Role.ForegroundRole
_Group, _ColorRole = QPalette.ColorGroup, QPalette.ColorRole
_NORMAL, _INACTIVE, _DISABLED = _Group.Normal, _Group.Inactive, _Group.Disabled
_TEXT, _HIGHLIGHTED_TEXT = _ColorRole.Text, _ColorRole.HighlightedText
_H_MASK = int(Qt.AlignmentFlag.AlignHorizontal_Mask.value)
_V_MASK = int(Qt.AlignmentFlag.AlignVertical_Mask.value)
_V_CENTER = int(Qt.AlignmentFlag.AlignVCenter.value)
_LEFT = int(Qt.AlignmentFlag.AlignLeft.value)
#: A view's default (``QStyleOptionViewItem.displayAlignment``).
DEFAULT_ALIGNMENT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)

#: Styles whose ``CE_ItemViewItem`` is QCommonStyle's, with the selection filling the cell.
FAST_STYLES = frozenset({"fusion"})

#: (text drawn, x and y offsets in the cell)
_Entry = tuple[QStaticText, float, float]
#: (text, cell width, cell height, horizontal alignment)
_Key = tuple[str, int, int, int]


class PlainTextDelegate(QStyledItemDelegate):
    """Paints the one-line text cells of ``view`` from a per-font cache of laid-out texts
    (see the module).

    ``cell``: where the texts and alignments come from without ``data`` calls (see
    :data:`CellText`); without it, the model's display, alignment, font and foreground
    roles are read for each cell.

    What is the same for every cell of a repaint (the style, the view's font, palette,
    direction, wrapping and elide mode) is read once when the view's viewport is about to
    paint, not once per cell.
    """

    #: Entries kept per font; past this the cache starts again (a search's rows come back
    #: as the user types on, so recent texts are the useful ones).
    MAX_ENTRIES = 4000

    def __init__(self, view: QAbstractItemView, cell: CellText | None = None):
        super().__init__(view)
        self._view = view
        self._cell = cell
        self._caches: list[tuple[QFont, dict[_Key, _Entry]]] = []
        self._style: QStyle | None = None
        self._fast = False
        self._margin = 0
        self._font = QFont()
        self._cache: dict[_Key, _Entry] = {}
        self._elide = 0
        self._pens: dict[int, QColor] = {}
        view.viewport().installEventFilter(self)
        self._begin_pass()

    def clear_cache(self) -> None:
        """Forget every laid-out text (they are made again as cells are painted)."""
        self._caches = []
        self._cache = self._cache_for(self._font)

    def cached_count(self) -> int:
        return sum(len(cache) for _font, cache in self._caches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _PAINT:
            self._begin_pass()
        return False

    def _begin_pass(self) -> None:
        """Read what every cell of the coming repaint shares."""
        view = self._view
        style = view.style()
        if style is not self._style:
            self._style = style
            self._caches = []
            # QCommonStyle's text margin in an item (viewItemDrawText).
            self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                             view) + 1
        self._fast = (style.name().lower() in FAST_STYLES
                      and view.layoutDirection() == _LTR and not view.property("wordWrap")
                      and view.textElideMode() != _ELIDE_NONE)
        elide = view.textElideMode().value
        if elide != self._elide:  # texts elided the other way: lay them out again
            self._elide = elide
            self._caches = []
        font = view.font()
        if font != self._font or not self._caches:
            self._font = font
            self._cache = self._cache_for(font)
        palette = view.palette()
        pens = {}
        for enabled in (0, _ENABLED):
            for active in (0, _ACTIVE):
                group = _NORMAL if enabled else _DISABLED
                if group is _NORMAL and not active:
                    group = _INACTIVE
                pens[enabled | active] = palette.color(group, _TEXT)
                pens[enabled | active | _SELECTED] = palette.color(group, _HIGHLIGHTED_TEXT)
        self._pens = pens

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if not self._fast or state & _SLOW_STATES:
            super().paint(painter, option, index)
            return
        font = self._font
        cache = self._cache
        pen = None
        if self._cell is not None:
            text, alignment = self._cell(index.row(), index.column())
        else:
            text = index.data(_DISPLAY)
            value = index.data(_ALIGNMENT)
            alignment = DEFAULT_ALIGNMENT if value is None else int(value)
            given_font = index.data(_FONT)
            if given_font is not None:
                font = QFont(given_font).resolve(font)
                cache = self._cache_for(font)
            foreground = index.data(_FOREGROUND)
            if foreground is not None and not state & _SELECTED:
                pen = QColor(foreground.color() if isinstance(foreground, QBrush)
                             else foreground)
        if not isinstance(text, str) or "\n" in text or "\u2028" in text \
                or alignment & _V_MASK != _V_CENTER:
            super().paint(painter, option, index)  # numbers, several lines: as Qt does
            return
        if state & (_SELECTED | _MOUSE_OVER):
            self._style.drawPrimitive(  # type: ignore[union-attr]
                _PANEL, option, painter, option.widget)
        if not text:
            return
        x, y, width, height = cast(tuple[int, int, int, int], option.rect.getRect())
        key = (text, width, height, alignment & _H_MASK)
        entry = cache.get(key)
        if entry is None:
            if len(cache) >= self.MAX_ENTRIES:
                cache.clear()
            entry = cache[key] = _layout(text, font, width - 2 * self._margin, height,
                                         alignment & _H_MASK, self._elide)
        painter.setPen(pen or self._pens[state & _PEN_STATES])
        painter.setFont(font)  # a static text is drawn in the painter's font
        static, dx, dy = entry
        painter.drawStaticText(QPointF(x + self._margin + dx, y + dy), static)

    def _cache_for(self, font: QFont) -> dict[_Key, _Entry]:
        cache = next((c for known, c in self._caches if known == font), None)
        if cache is None:
            cache = {}
            self._caches.append((QFont(font), cache))
        return cache


def _layout(text: str, font: QFont, width: int, height: int, h_align: int,
            elide: int) -> _Entry:
    """The text as QCommonStyle draws it in a ``width`` x ``height`` cell: on one line,
    elided if wider than the cell, aligned, and centred vertically on the height of the
    whole text's line (an elided "CABI…" sits where "CABI · 国际…" would, as in Qt)."""
    option = QTextOption(Qt.AlignmentFlag(h_align))
    option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    option.setTextDirection(_LTR)
    layout, line = _one_line(text, font, option, width)
    dy = height // 2 - int(line.height()) // 2  # QStyle.alignedRect, in whole pixels
    dx = line.naturalTextRect().x()
    if line.naturalTextWidth() > width:
        text = QFontMetrics(font).elidedText(text, Qt.TextElideMode(elide), width)
        if h_align != _LEFT:  # where the shorter text starts (at the left: where it was)
            layout, line = _one_line(text, font, option, width)
            dx = line.naturalTextRect().x()
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static, dx, dy


def _one_line(text: str, font: QFont, option: QTextOption,
              width: int) -> tuple[QTextLayout, QTextLine]:
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout, line
