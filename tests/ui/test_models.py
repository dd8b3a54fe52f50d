"""The custom Qt models pass Qt's model tester and show what the core computed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.models import Activity, Filters
from desktop.ui import labels
from desktop.ui.activity_list_model import ActivityIdRole, ActivityListModel, ActivitySortProxy
from desktop.ui.detail_pane import MARK_STYLE, highlight_html
from desktop.ui.filter_panel import CountRole as TopicCountRole
from desktop.ui.filter_panel import TopicFacetModel, TopicIdRole
from desktop.ui.partner_tree_model import CountRole, NodeKeyRole, PartnerTreeModel


def test_partner_tree_model(qtmodeltester, store, qapp):
    model = PartnerTreeModel("zh")
    model.set_nodes(store.partner_tree("集装箱"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(store.groups)
    imo = model.find(("partner", "imo"))
    assert imo.isValid() and imo.parent().isValid()
    assert model.rowCount(imo) == len(store.children_of("imo")) + sum(
        1 for p in store.partners if "imo" in p.member_of and p.parent_id != "imo")
    # Counts only: the structure is kept (dataChanged, not a reset).
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_nodes(store.partner_tree("实蝇"))
    assert not resets
    assert model.find(("partner", "imo")).data(CountRole) == 0
    model.set_hide_zero(True)
    assert resets and not model.find(("partner", "imo")).isValid()
    qtmodeltester.check(model)


def test_activity_list_model_and_sort_proxy(qtmodeltester, store):
    model = ActivityListModel(store, "en")
    model.set_hits(store.search("集装箱").hits)
    qtmodeltester.check(model)
    proxy = ActivitySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(ActivityListModel.DATE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    dates = [proxy.index(r, 0).data(ActivityIdRole) for r in range(proxy.rowCount())]
    keys = [labels.date_sort_key(store.activity(i)) for i in dates]
    assert keys == sorted(keys)
    model.set_language("zh")
    row = model.row_of("cpm15-14-1")
    assert model.index(row, ActivityListModel.TITLE).data() == \
        store.activity("cpm15-14-1").title_zh


def test_topic_facet_model(qtmodeltester, store):
    model = TopicFacetModel("en")
    toggled = []
    model.topic_toggled.connect(lambda tid, on: toggled.append((tid, on)))
    model.set_counts(store.topic_counts("", Filters(years=(2020,))), ("ephyto",))
    qtmodeltester.check(model)
    # a ticked topic stays on top (ticking a year must not move it out of view) ...
    assert model.index(0, 0).data(TopicIdRole) == "ephyto"
    counts = [model.index(r, 0).data(TopicCountRole) for r in range(1, model.rowCount())]
    assert counts == sorted(counts, reverse=True)  # ... the others by count
    model.set_sort_mode(TopicFacetModel.BY_NAME)
    assert model.index(0, 0).data(TopicIdRole) == "ephyto"
    names = [model.index(r, 0).data().rsplit(" (", 1)[0].casefold()
             for r in range(1, model.rowCount())]
    assert names == sorted(names)
    model.set_counts(store.topic_counts("", Filters(years=(2020,))), ())
    first = model.index(0, 0)
    model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(first.data(TopicIdRole), True)]
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_highlight_html_marks_and_escapes():
    html = highlight_html("a<b>实蝇c", [(4, 6)])
    assert html == f'a&lt;b&gt;<span style="{MARK_STYLE}">实蝇</span>c'


def test_dates_read_well_in_both_languages(store):
    def activity(date: str | None, qualifier: str = "") -> Activity:
        a = store.activities[0]
        return Activity(**{**a.__dict__, "date": date, "date_qualifier": qualifier})

    # the full form is the one exports and the CLI use (desktop/core/format.py)
    assert labels.format_date(activity("2019-08"), "zh") == "2019 年 8 月"
    assert labels.format_date(activity("2019-12-02/2019-12-05"), "en", compact=True) == \
        "2019-12-02–05"
    assert labels.format_date(activity("2019-11/2020-01"), "zh", compact=True) == \
        "2019-11–2020-01"
    assert labels.format_date(activity("2020-11", "planned"), "en") == "November 2020 (planned)"
    assert labels.format_date(activity(None), "en") == ""
    # separate events: never a period, each with its own qualifier
    assert labels.format_date(activity("2019-11,2020-10"), "en", compact=True) == \
        "2019-11, 2020-10"
    assert labels.format_date(activity("2020,2021", ",early"), "en", compact=True) == \
        "2020, 2021 (early)"
    assert labels.format_date(activity("2020,2021", ",early"), "en") == "2020 and early 2021"
    assert labels.format_date(activity(None, "planned"), "en", compact=True) == "planned"


def test_partner_tree_announces_counts_under_open_items_only(store, qapp):
    """Following a view's expansion, a counts-only update announces the parts and the
    rows under opened items, not one signal per partner with members; what is open is
    asked again when the view opens or closes an item."""
    from PySide6.QtWidgets import QTreeView

    model = PartnerTreeModel("en")
    view = QTreeView()
    view.setModel(model)
    model.follow_expansion(view)
    model.set_nodes(store.partner_tree(""))
    changed: list[object] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(
        top.parent().data(Qt.ItemDataRole.DisplayRole) if top.parent().isValid() else None))
    model.set_nodes(store.partner_tree("实蝇"))
    assert changed == [None]  # everything closed: the parts only
    imo = model.find(("partner", "imo"))
    view.expand(imo.parent())
    view.expand(imo)
    changed.clear()
    model.set_nodes(store.partner_tree("集装箱"))
    assert changed == [None, imo.parent().data(), imo.data()]
    assert model.find(("partner", "imo")).data(CountRole) > 0  # read afresh when shown
    imo = model.find(("partner", "imo"))
    view.collapse(imo)
    changed.clear()
    model.set_nodes(store.partner_tree("实蝇"))
    assert changed == [None, imo.parent().data()]
    view.collapse(imo.parent())
    changed.clear()
    model.set_nodes(store.partner_tree("集装箱"))
    assert changed == [None]


def test_new_counts_are_announced_for_the_rows_on_screen(store, qapp):
    """Counts written in place are announced for the rows the followed view shows, however
    it is scrolled (it reads the others afresh when it paints them), so that every row on
    screen shows its new count and none out of sight costs a call."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QTreeView

    model = PartnerTreeModel("en")
    view = QTreeView()
    view.setModel(model)
    model.follow_expansion(view)
    view.setUniformRowHeights(True)
    view.resize(300, 160)
    view.show()
    structure = store.tree_structure()
    model.set_counts(structure, store.update("", Filters()).facets)
    view.expandAll()
    qapp.processEvents()
    announced: list[tuple[object, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): announced.append(
        (top.parent().data(NodeKeyRole) if top.parent().isValid() else None,
         top.row(), bottom.row())))

    def shown_rows() -> set[tuple[object, int]]:
        rows = set()
        for y in range(0, view.viewport().height(), 4):
            index = view.indexAt(QPoint(5, y))
            if index.isValid():
                parent = index.parent()
                rows.add((parent.data(NodeKeyRole) if parent.isValid() else None,
                          index.row()))
        return rows

    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        qapp.processEvents()
        for query in ("实蝇", "集装箱"):
            announced.clear()
            facets = store.update(query, Filters()).facets
            model.set_counts(structure, facets)
            covered = {(key, row) for key, first, last in announced
                       for row in range(first, last + 1)}
            assert shown_rows() <= covered  # every row on screen
            total = sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))
            assert len(covered) < total / 2  # and not the rest
            for y in range(0, view.viewport().height(), 4):  # each shows its new count
                index = view.indexAt(QPoint(5, y))
                if not index.isValid():
                    continue
                kind, ident = index.data(NodeKeyRole)
                expected = (facets.partner_counts.get(ident, 0) if kind == "partner"
                            else facets.group_counts.get(store.group(ident).part, 0))
                assert index.siblingAtColumn(1).data() == str(expected)


def test_a_new_language_is_announced_for_the_rows_the_view_has(store, qapp, monkeypatch):
    """The list announces a change of language for the rows it has given its view (an
    index past them is invalid, and Qt warns); the others are read when given."""
    monkeypatch.setattr(ActivityListModel, "BATCH_ROWS", 10)
    model = ActivityListModel(store, "en")
    model.set_update(store.update(""))
    assert model.rowCount() == 10 < model.total
    changes: list[tuple[int, int, bool]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changes.append(
        (top.row(), bottom.row(), bottom.isValid())))
    model.set_language("zh")
    assert changes == [(0, 9, True)]


def test_activity_list_model_never_raises_into_qt(store, qapp, monkeypatch):
    """An unreadable database under a live view leaves cells empty instead of raising into
    Qt's event loop at every repaint."""
    from desktop.core.errors import DatabaseError

    model = ActivityListModel(store, "en", qapp)
    model.set_update(store.update(""))

    def unreadable(*_args):
        raise DatabaseError("The database could not be read.", "无法读取数据库。")

    monkeypatch.setattr(store, "activities_at", unreadable)
    monkeypatch.setattr(store, "activity_at", unreadable)
    index = model.index(5, ActivityListModel.TITLE)
    assert index.isValid()
    assert model.data(index, Qt.ItemDataRole.DisplayRole) is None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None
    model.setParent(None)


def _tree_rows(model, parent=None):
    """(key, count) of every row, depth first, read through the Qt interface."""
    from PySide6.QtCore import QModelIndex

    from desktop.ui.partner_tree_model import NodeKeyRole

    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append((index.data(NodeKeyRole), index.data(CountRole)))
        out += _tree_rows(model, index)
    return out


def test_partner_tree_set_counts_matches_the_nodes_it_replaces(qtmodeltester, store, qapp):
    """``set_counts`` (the window's path) shows the same rows and counts as building the
    nodes, for every partner and for partners with matches only; the rows are kept when
    only counts change, and the whole tree is made once."""
    structure = store.tree_structure()
    reference = PartnerTreeModel("en")
    model = PartnerTreeModel("en")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    for hide in (False, True):
        reference.set_hide_zero(hide)
        model.set_hide_zero(hide)
        for query in ("", "集装箱", "实蝇", "customs", "植物检疫", "集装箱"):
            update = store.update(query, Filters())
            reference.set_nodes(store.partner_tree(query))
            before = len(resets)
            model.set_counts(structure, update.facets)
            assert _tree_rows(model) == _tree_rows(reference), (hide, query)
            if not hide and query:
                assert len(resets) == before  # every partner shown: counts only
        qtmodeltester.check(model)
    # partners with matches only: the same partners again is counts only
    model.set_counts(structure, store.update("集装箱", Filters()).facets)
    shown = [key for key, _ in _tree_rows(model)]
    before = len(resets)
    store.forget_searches()
    model.set_counts(structure, store.update("集装箱", Filters()).facets)  # a new result
    assert [key for key, _ in _tree_rows(model)] == shown
    assert len(resets) == before
    # the whole tree is kept: shown again, its rows are the same objects
    model.set_hide_zero(False, rebuild=False)
    model.set_counts(structure, store.update("", Filters()).facets)
    first = model.index(0, 0).internalPointer()
    model.set_hide_zero(True, rebuild=False)
    model.set_counts(structure, store.update("实蝇", Filters()).facets)
    model.set_hide_zero(False, rebuild=False)
    model.set_counts(structure, store.update("集装箱", Filters()).facets)
    assert model.index(0, 0).internalPointer() is first
    reference.set_hide_zero(False)
    reference.set_nodes(store.partner_tree("集装箱"))
    assert _tree_rows(model) == _tree_rows(reference)


def test_partner_tree_hide_zero_uses_the_latest_counts(store, qapp):
    """Toggling "hide partners without matches" after counts-only updates rebuilds from the
    latest counts, not from those of the last rebuild."""
    structure = store.tree_structure()
    model = PartnerTreeModel("en")
    model.set_counts(structure, store.update("", Filters()).facets)
    model.set_counts(structure, store.update("集装箱", Filters()).facets)  # counts only
    model.set_hide_zero(True)
    reference = PartnerTreeModel("en")
    reference.set_hide_zero(True)
    reference.set_nodes(store.partner_tree("集装箱"))
    assert _tree_rows(model) == _tree_rows(reference)
    partners = [count for key, count in _tree_rows(model) if key[0] == "partner"]
    assert partners and all(count > 0 for count in partners)


def test_topic_model_announces_only_what_changed(store, qapp):
    """Counts that come back as they were (a keystroke that changes none) announce
    nothing; a new count, or a topic ticked, does."""
    model = TopicFacetModel("en")
    counts = [(t, n) for t, n in store.topic_counts("集装箱")]
    model.set_counts(counts, ())
    signals: list[str] = []
    model.layoutChanged.connect(lambda *_: signals.append("layout"))
    model.dataChanged.connect(lambda *_: signals.append("data"))
    model.set_counts(list(counts), ())
    assert signals == []
    first = counts[0][0]
    model.set_counts(list(counts), (first.id,))  # ticked: its check box changes
    assert signals == ["layout", "data"]
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    signals.clear()
    model.set_counts([(t, n + 1) for t, n in counts], (first.id,))
    assert signals == ["layout", "data"]
    assert model.index(0, 0).data(TopicCountRole) == counts[0][1] + 1


def test_list_rows_of_slots_by_scan_and_by_map_agree(store, qapp):
    model = ActivityListModel(store, "en")
    model.set_update(store.update("植物", Filters()))
    slots = model.slots()
    absent = next(s for s in range(len(store.activities)) if s not in set(slots))
    asked = [*slots[:3], absent, slots[-1], *slots[::7], absent]
    scanned = [model.row_of_slot(s) for s in asked[:model.SCANS_BEFORE_MAP]]
    mapped = [model.row_of_slot(s) for s in asked]  # past the scans: from the map
    expected = [slots.index(s) if s in slots else -1 for s in asked]
    assert scanned == expected[:model.SCANS_BEFORE_MAP] and mapped == expected
    model.sort(ActivityListModel.DATE, Qt.SortOrder.DescendingOrder)  # new rows: scans again
    assert [model.row_of_slot(s) for s in asked] == [
        model.slots().index(s) if s in slots else -1 for s in asked]


def test_partner_tree_rows_without_children_say_so(store, qapp):
    """Leaves carry ItemNeverHasChildren (the view then skips asking each for children);
    rows with children, and rows whose children a narrowed tree leaves out, do not lie."""
    model = PartnerTreeModel("en")
    facets = store.update("").facets
    model.set_counts(store.tree_structure(), facets)

    def rows(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from rows(index)

    def check() -> int:
        leaves = 0
        for index in rows(model.index(-1, -1)):
            never = bool(model.flags(index) & Qt.ItemFlag.ItemNeverHasChildren)
            assert never == (model.rowCount(index) == 0) == (not model.hasChildren(index))
            assert model.flags(index.siblingAtColumn(1)) & Qt.ItemFlag.ItemIsEnabled
            leaves += never
        return leaves

    whole = check()
    imo = model.find(("partner", "imo"))
    assert model.hasChildren(imo) and not model.flags(imo) & Qt.ItemFlag.ItemNeverHasChildren
    model.set_hide_zero(True, rebuild=False)
    model.set_counts(store.tree_structure(), store.update("实蝇").facets)
    assert 0 < check() < whole


def _tree_in_a_view(store):
    """The whole partner tree with the library's counts, in a view that says what is open."""
    from PySide6.QtWidgets import QTreeView

    model = PartnerTreeModel("en")
    view = QTreeView()
    view.setModel(model)
    model.follow_expansion(view)
    structure = store.tree_structure()
    model.set_counts(structure, store.update("").facets)
    return model, view, structure


@pytest.mark.parametrize("one_by_one", [1000, 0])
def test_new_counts_are_announced_in_the_count_column_and_greyed_names(store, qapp,
                                                                       monkeypatch,
                                                                       one_by_one):
    """A counts-only update announces the count column of the open ranges (a change that
    starts at the name column makes the view ask every row for its children), and the name
    of each shown row that turned grey or back; when there are many, the ranges are
    announced from the name column instead (the view repaints only what is announced); the
    rows read their new state."""
    monkeypatch.setattr(PartnerTreeModel, "GREYED_ONE_BY_ONE", one_by_one)
    model, view, structure = _tree_in_a_view(store)
    for row in range(model.rowCount()):
        view.expand(model.index(row, 0))
    before = {id(item): item.count for item in model._items}
    changes: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changes.append(
        (top.column(), bottom.column(), bottom.row() - top.row() + 1)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_counts(structure, store.update("实蝇").facets)
    assert not resets
    flipped = [item for item in model._items if (item.count == 0) != (before[id(item)] == 0)]
    shown = [item for item in flipped if item.parent is None or item.parent.parent is None]
    names = [c for c in changes if c[0] == PartnerTreeModel.NAME]
    counts = [c for c in changes if c[0] == PartnerTreeModel.COUNT]
    assert all(c[1] == PartnerTreeModel.COUNT for c in counts)
    assert shown
    if len(flipped) <= one_by_one:
        assert counts and len(names) == len(shown)
        assert all(n == (0, 0, 1) for n in names)
    else:  # the ranges, from the name column to the count column
        assert names and not counts
        assert all(n[:2] == (PartnerTreeModel.NAME, PartnerTreeModel.COUNT) for n in names)
    for item in model._items:
        index = model.createIndex(item.row, 0, item)
        grey = index.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert grey == (index.data(CountRole) == 0)


def test_many_rows_greyed_at_once_are_repainted_grey(store, qapp, monkeypatch):
    """When more rows turn grey (or back) than are announced one by one, what the view
    shows afterwards is what it would paint afresh: names greyed, not only counts."""
    from dataclasses import replace

    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(PartnerTreeModel, "GREYED_ONE_BY_ONE", 4)
    model, view, structure = _tree_in_a_view(store)
    view.resize(420, 500)
    view.show()
    base = store.update("").facets
    ids = list(dict.fromkeys(item.node.partner.id for item in model._items
                             if item.parent is not None))

    def facets(nonzero: set[str]):
        return replace(base, partner_counts={p: (5 if p in nonzero else 0) for p in ids})

    model.set_counts(structure, facets(set(ids)))
    view.expandAll()
    qapp.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qapp.processEvents()
    model.set_counts(structure, facets(set(ids[::3])))  # two in three turn grey
    qapp.processEvents()
    qapp.processEvents()
    viewport = view.viewport()
    corner = viewport.mapTo(view, viewport.rect().topLeft())
    shown = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage().copy(
        corner.x(), corner.y(), viewport.width(), viewport.height())
    fresh = viewport.grab().toImage().convertToFormat(shown.format())
    assert shown == fresh


def test_new_counts_are_announced_whole_while_a_screen_reader_listens(store, qapp,
                                                                     monkeypatch):
    from PySide6.QtGui import QAccessible

    model, _view, structure = _tree_in_a_view(store)
    changes: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changes.append(top.column()))
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    model.set_counts(structure, store.update("实蝇").facets)
    assert changes and set(changes) == {PartnerTreeModel.NAME}  # name to count, every range
