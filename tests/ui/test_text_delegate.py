"""The list's and the tree's delegate: the same pixels as Qt's default delegate, from a cache
of laid-out texts that follows the font, the column width and the palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleFactory, QTreeView

from desktop.ui import text_delegate
from desktop.ui.activity_list_model import ActivityListModel
from desktop.ui.text_delegate import PlainTextDelegate

LONG = "国际植物保护公约秘书处与世界海关组织就电子植物检疫证书的合作进行了长时间的讨论"
ROWS = [
    ("12", "2021-03", "CABI · 国际应用生物科学中心", LONG, "研究合作"),
    ("7", "", "WCO", "Customs cooperation on ePhyto 2020 and beyond, a long Latin title", "贸易"),
    ("135", "2019", "", "短", "能力发展与培训"),
    ("3", "2020-11", "FAO / IPPC", "⚑ 参加草地贪夜蛾技术小组", ""),
]


def _dark(palette: QPalette) -> QPalette:
    dark = QPalette(palette)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in ((role.Base, "#1f1f1f"), (role.AlternateBase, "#2a2a2a"),
                      (role.Text, "#e6e6e6"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.Window, "#2b2b2b")):
        dark.setColor(r, QColor(colour))
    dark.setColor(group.Disabled, role.Text, QColor("#7a7a7a"))
    return dark


@pytest.fixture
def view(qtbot):
    """A list like the window's: 5 columns, alternating rows, whole-row selection, Fusion."""
    model = QStandardItemModel(0, 5)
    for texts in ROWS:
        items = [QStandardItem(t) for t in texts]
        for item in items:
            item.setEditable(False)
        items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.appendRow(items)
    tree = QTreeView()
    tree.setStyle(QStyleFactory.create("Fusion"))
    tree.setModel(model)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.header().setStretchLastSection(False)
    tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
    for column, width in enumerate((36, 60, 90, 220, 70)):
        tree.setColumnWidth(column, width)
    tree.resize(520, 160)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    tree._model = model  # keep it alive
    return tree


def _grab(view: QTreeView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _same_as_default(view: QTreeView, delegate: QStyledItemDelegate) -> bool:
    view.setItemDelegate(QStyledItemDelegate(view))
    expected = _grab(view)
    view.setItemDelegate(delegate)
    got = _grab(view)
    return got == expected


def _select_row(view: QTreeView, row: int) -> None:
    view.selectionModel().select(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


@pytest.mark.parametrize("dark", [False, True])
def test_paints_the_pixels_of_the_default_delegate(view, dark):
    if dark:
        view.setPalette(_dark(view.palette()))
    _select_row(view, 1)
    assert _same_as_default(view, PlainTextDelegate(view))
    view.setEnabled(False)  # the disabled colours
    assert _same_as_default(view, PlainTextDelegate(view))


def test_elides_long_texts_with_an_ellipsis_and_right_aligns(view):
    delegate = PlainTextDelegate(view)
    view.setItemDelegate(delegate)
    _grab(view)
    entries = {key[0]: entry for key, entry in delegate._cache.items()}
    title = next(entry for text, entry in entries.items() if text == LONG)
    shown = title[0].text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]) and len(shown) < len(LONG)
    assert entries["短"][0].text() == "短"
    # The paragraph column is right-aligned: "7" starts further right than "135".
    assert entries["7"][1] > entries["135"][1] > 0
    assert entries["短"][1] == 0  # left-aligned


def test_selected_rows_use_highlighted_text(view):
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ff0000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    view.setPalette(palette)
    view.setItemDelegate(PlainTextDelegate(view))
    row_height = view.visualRect(view.model().index(0, 0)).height()

    def red_rows() -> set[int]:
        image = _grab(view)
        return {y // row_height for y in range(image.height()) for x in range(image.width())
                if image.pixelColor(x, y) == QColor("#ff0000")}

    view.clearSelection()
    assert red_rows() == set()
    _select_row(view, 2)
    assert red_rows() == {2}


def test_lays_each_text_out_once_and_again_for_a_new_font_or_width(view, monkeypatch):
    made: list[str] = []
    real = text_delegate._layout

    def counting(text, *args):
        made.append(text)
        return real(text, *args)

    monkeypatch.setattr(text_delegate, "_layout", counting)
    delegate = PlainTextDelegate(view)
    view.setItemDelegate(delegate)
    _grab(view)
    first = len(made)
    assert first == sum(1 for row in ROWS for text in row if text)
    view.viewport().repaint()
    _grab(view)
    assert len(made) == first  # from the cache

    view.setColumnWidth(3, 160)  # only the titles are laid out again
    _grab(view)
    assert sorted(made[first:]) == sorted(row[3] for row in ROWS)
    assert _same_as_default(view, delegate)

    made.clear()
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() + 3)
    view.setFont(font)
    _grab(view)
    assert len(made) == first
    assert _same_as_default(view, delegate)


def test_follows_a_change_of_palette_without_laying_out_again(view, monkeypatch):
    delegate = PlainTextDelegate(view)
    view.setItemDelegate(delegate)
    view.clearSelection()
    _grab(view)
    cached = delegate.cached_count()
    monkeypatch.setattr(text_delegate, "_layout", lambda *a: pytest.fail("laid out again"))
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#00aa00"))
    view.setPalette(palette)
    image = _grab(view)
    assert any(image.pixelColor(x, y) == QColor("#00aa00")
               for y in range(image.height()) for x in range(image.width()))
    assert delegate.cached_count() == cached


def test_model_fonts_and_colours_multiline_texts_and_other_styles(view):
    model = view.model()
    bold = QFont(view.font())
    bold.setBold(True)
    model.item(0, 2).setFont(bold)
    model.item(1, 4).setForeground(QColor("#7a7a7a"))
    model.item(2, 3).setText("two\nlines")
    delegate = PlainTextDelegate(view)
    assert _same_as_default(view, delegate)
    assert all(key[0] != "two\nlines" for key in delegate._cache)  # painted by Qt

    windows = QStyleFactory.create("Windows")
    view.setStyle(windows)
    delegate = PlainTextDelegate(view)
    assert _same_as_default(view, delegate)
    assert delegate.cached_count() == 0  # another style draws items its own way


def test_the_window_list_and_tree_paint_as_the_default_would(window, qtbot):
    window.set_query("植物")
    qtbot.waitUntil(lambda: not window.search_pending())
    for view in (window.list_view, window.tree_view):
        delegate = view.itemDelegate()
        assert isinstance(delegate, PlainTextDelegate)
        assert _same_as_default(view, delegate)
        view.setPalette(_dark(view.palette()))
        assert _same_as_default(view, delegate)
        assert delegate.cached_count() > 0


def test_list_model_cell_is_what_data_gives(window):
    model = window.list_model
    window.set_query("")
    assert model.rowCount() > 0
    for row in range(min(model.rowCount(), 20)):
        for column in range(model.COLUMN_COUNT):
            index = model.index(row, column)
            alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            assert model.cell(row, column) == (
                model.data(index) or "",
                int(alignment) if alignment is not None else text_delegate.DEFAULT_ALIGNMENT)
    assert model.cell(model.rowCount(), 0)[0] == ""
    assert model.cell(-1, ActivityListModel.TITLE)[0] == ""
    # No icon, check box or background: what the delegate's fast path leaves out.
    index = model.index(0, ActivityListModel.TITLE)
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.ForegroundRole):
        assert model.data(index, role) is None
    assert model.data(QModelIndex()) is None
