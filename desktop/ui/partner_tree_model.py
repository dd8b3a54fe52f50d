"""Tree model of the report's parts, their partners and member bodies, with match counts."""

from __future__ import annotations

from collections import deque
from itertools import compress, repeat
from operator import attrgetter, ne, not_
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTreeView

from desktop.core.facets import Facets
from desktop.core.models import Group, GroupNode, PartnerNode
from desktop.core.store import TreeItem
from desktop.ui import labels

#: ``("group", group_id)`` or ``("partner", partner_id)``.
NodeKeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_COUNT_OF = attrgetter("count")


class _Item:
    __slots__ = ("key", "node", "count", "parent", "row", "children")

    def __init__(self, key: tuple[str, str], node: GroupNode | PartnerNode | TreeItem,
                 parent: _Item | None, row: int, count: int):
        self.key = key
        self.node = node  # a partner's (PartnerNode or TreeItem) or a part's (GroupNode)
        self.count = count
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


class PartnerTreeModel(QAbstractItemModel):
    """Two columns: name and count. Zero-count partners are greyed, or left out on request.

    When only the counts change (the usual case while typing) the structure is kept and
    ``dataChanged`` is emitted, so the view keeps its expansion and selection.

    A view that shows the model can say which items it has opened (:meth:`follow_expansion`):
    only the children of those are announced as changed, since a view reads the rows under
    a closed item afresh when it opens them. With thousands of partners that is a handful of
    signals per keystroke instead of one per partner with members (each of which the view
    answers by walking its rows).
    """

    NAME, COUNT = 0, 1

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self._lang = lang
        self._hide_zero = False
        self._nodes: list[GroupNode] = []
        self._roots: list[_Item] = []
        self._structure: list[tuple[str, str, int]] = []
        self._items: list[_Item] = []  # every row, depth first
        self._counts_key: tuple[object, ...] | None = None  # what set_counts last built
        self._latest_counts: tuple[list[tuple[Group, list[TreeItem]]], Facets] | None = None
        # The whole tree (every partner) of a structure, made once: shown whenever nothing
        # narrows the list.
        self._whole: tuple[list[tuple[Group, list[TreeItem]]], list[_Item], list[_Item]] \
            | None = None
        self._view: QTreeView | None = None  # the view followed (follow_expansion)
        #: The top rows and the rows under every opened item, as the view last said; None:
        #: to be asked again (see :meth:`open_changed`).
        self._open: list[list[_Item]] | None = None
        #: ``_items`` split into parts' rows and partners' rows, with their count keys.
        self._plan: tuple[list[_Item], list[_Item], list[int], list[_Item], list[str]] \
            | None = None

    def follow_expansion(self, view: QTreeView) -> None:
        """Announce new counts only under the items ``view`` has opened (its
        ``isExpanded``): a view reads the rows under a closed item afresh when it opens it.
        Which items are open is asked once, then kept until the model is reset or the view
        opens or closes one (its ``expanded`` and ``collapsed`` signals): asking again at
        every keystroke took some 15 ms at 100 000 activities (a call per partner with
        members)."""
        self._view = view
        self._open = None
        view.expanded.connect(self.open_changed)
        view.collapsed.connect(self.open_changed)

    def open_changed(self, *_args: object) -> None:
        """The view opened or closed items: ask it again at the next new counts."""
        self._open = None

    def beginResetModel(self) -> None:
        self._open = None
        super().beginResetModel()

    # -- updating ------------------------------------------------------------------------
    @property
    def hide_zero(self) -> bool:
        return self._hide_zero

    def set_hide_zero(self, hide: bool, rebuild: bool = True) -> None:
        """Leave out (or show again) partners without matches; ``rebuild=False`` when new
        nodes follow at once (:meth:`set_nodes` then rebuilds once)."""
        if hide != self._hide_zero:
            self._hide_zero = hide
            if rebuild:
                latest = self._latest_counts
                if latest is not None:
                    self._counts_key = None
                    self.set_counts(*latest)
                else:
                    self.set_nodes(self._nodes, force_reset=True)
            else:
                self._structure = []  # the next set_nodes resets
                self._counts_key = None

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._emit_all_changed()

    def set_nodes(self, nodes: list[GroupNode], force_reset: bool = False) -> None:
        self._counts_key = self._latest_counts = None
        roots = self._build(nodes)
        structure = self._flatten(roots)
        self._nodes = nodes
        if not force_reset and structure == self._structure:
            for old, new in zip(self._walk(self._roots), self._walk(roots), strict=True):
                old.node, old.count = new.node, new.count
            self._emit_all_changed()
            return
        self.beginResetModel()
        self._roots = roots
        self._items = list(self._walk(roots))
        self._structure = structure
        self.endResetModel()

    def set_counts(self, structure: list[tuple[Group, list[TreeItem]]],
                   facets: Facets) -> None:
        """The tree of ``structure`` with the counts of ``facets`` (a search's).

        What a keystroke usually changes is only counts: when the rows shown stay the same
        (every partner, or, with partners without matches left out, the same ones with
        matches) the counts are written into the rows in place. Otherwise the rows are made
        from ``structure`` directly (only those shown); the whole tree, shown again when a
        search or filter is cleared, is made once and kept. With thousands of partners that
        is a few milliseconds instead of tens.
        """
        partner_counts, group_counts = facets.partner_counts, facets.group_counts
        hide = self._hide_zero
        key = (id(structure), hide,
               frozenset(p for p, n in partner_counts.items() if n) if hide else None)
        self._latest_counts = (structure, facets)
        if key == self._counts_key and self._roots:
            greyed = self._write_counts(group_counts, partner_counts)
            self._emit_counts_changed(greyed)
            return
        if hide:
            roots, items = self._rows(structure, group_counts, partner_counts, hide=True)
        elif self._whole is not None and self._whole[0] is structure:
            roots, items = self._whole[1], self._whole[2]
            self._items = items
            self._write_counts(group_counts, partner_counts)
        else:
            roots, items = self._rows(structure, group_counts, partner_counts, hide=False)
            self._whole = (structure, roots, items)
        self.beginResetModel()
        self._roots = roots
        self._items = items
        self._structure = []  # a later set_nodes builds afresh
        self._nodes = []
        self._counts_key = key
        self.endResetModel()

    def _write_counts(self, group_counts: dict[int, int], partner_counts: dict[str, int]
                      ) -> list[_Item]:
        """Write the counts into the rows; returns the rows greyed or ungreyed by it (whose
        count went to or from zero). In C-level passes over the rows (thousands at 100 000
        activities)."""
        plan = self._plan
        if plan is None or plan[0] is not self._items:
            groups: list[_Item] = []
            parts: list[int] = []
            partners: list[_Item] = []
            ids: list[str] = []
            for item in self._items:
                node = item.node
                if isinstance(node, GroupNode):
                    groups.append(item)
                    parts.append(node.group.part)
                else:
                    partners.append(item)
                    ids.append(node.partner.id)
            plan = self._plan = (self._items, groups, parts, partners, ids)
        _, groups, parts, partners, ids = plan
        changed: list[_Item] = []
        for items, new in ((groups, list(map(group_counts.get, parts, repeat(0)))),
                           (partners, list(map(partner_counts.get, ids, repeat(0))))):
            old = map(_COUNT_OF, items)
            changed.extend(compress(items, map(ne, map(not_, old), map(not_, new))))
            deque(map(setattr, items, repeat("count"), new), maxlen=0)
        return changed

    @staticmethod
    def _rows(structure: list[tuple[Group, list[TreeItem]]], group_counts: dict[int, int],
              partner_counts: dict[str, int], hide: bool) -> tuple[list[_Item], list[_Item]]:
        """Rows straight from the structure, with their counts (``hide``: only partners
        with matches): the top rows, and every row depth first."""
        items: list[_Item] = []
        get = partner_counts.get

        def add(tree_item: TreeItem, parent: _Item, row: int) -> _Item:
            pid = tree_item.partner.id
            item = _Item(("partner", pid), tree_item, parent, row, get(pid, 0))
            items.append(item)
            kids = ([c for c in tree_item.children if get(c.partner.id)]
                    if hide else tree_item.children)
            if kids:
                item.children = [add(c, item, i) for i, c in enumerate(kids)]
            return item

        roots = []
        for g_row, (group, tree_items) in enumerate(structure):
            count = group_counts.get(group.part, 0)
            root = _Item(("group", group.id), GroupNode(group, count), None, g_row, count)
            items.append(root)
            kids = [t for t in tree_items if get(t.partner.id)] if hide else tree_items
            root.children = [add(t, root, i) for i, t in enumerate(kids)]
            roots.append(root)
        return roots, items

    def _build(self, nodes: list[GroupNode]) -> list[_Item]:
        def add(pnode: PartnerNode, parent: _Item, row: int) -> _Item:
            item = _Item(("partner", pnode.partner.id), pnode, parent, row, pnode.count)
            kids = [c for c in pnode.children if c.count or not self._hide_zero]
            item.children = [add(c, item, i) for i, c in enumerate(kids)]
            return item

        roots = []
        for g_row, gnode in enumerate(nodes):
            group = _Item(("group", gnode.group.id), gnode, None, g_row, gnode.count)
            kids = [p for p in gnode.partners if p.count or not self._hide_zero]
            group.children = [add(p, group, i) for i, p in enumerate(kids)]
            roots.append(group)
        return roots

    def _walk(self, items: list[_Item]):
        for item in items:
            yield item
            yield from self._walk(item.children)

    def _flatten(self, roots: list[_Item]) -> list[tuple[str, str, int]]:
        return [(*item.key, len(item.children)) for item in self._walk(roots)]

    #: Up to this many rows greyed or ungreyed by new counts, their names are announced one
    #: by one; past it, the names of every row on screen are announced with the counts.
    GREYED_ONE_BY_ONE = 64

    def _emit_counts_changed(self, greyed: list[_Item]) -> None:
        """Announce new counts: the count column of the rows on screen, and the name of each
        row greyed or ungreyed. A change that starts at the name column makes the view ask
        every row of the range whether it has children (thousands of calls into Python at
        100 000 activities, some 40 ms a keystroke, before only the rows on screen were
        announced); one in the count column does not. The view repaints only the columns
        announced, so past :data:`GREYED_ONE_BY_ONE` greyed rows the rows on screen are
        announced from the name column instead. While an assistive technology listens,
        every open row's name is announced too: their accessible texts speak the count."""
        from PySide6.QtGui import QAccessible

        if QAccessible.isActive():
            self._emit_all_changed()
            return
        many = len(greyed) > self.GREYED_ONE_BY_ONE
        self._emit_open_ranges(self.NAME if many else self.COUNT, on_screen_only=True)
        if many:
            return
        for item in greyed:
            if item.parent is None or self._is_open(
                    self.createIndex(item.parent.row, 0, item.parent)):
                index = self.createIndex(item.row, 0, item)
                self.dataChanged.emit(index, index)

    def _emit_all_changed(self) -> None:
        self._emit_open_ranges(self.NAME)

    def _emit_open_ranges(self, first_column: int, on_screen_only: bool = False) -> None:
        """``dataChanged`` for the top rows and the rows under every opened item, from
        ``first_column`` to the count column.

        ``on_screen_only``: only for the rows the followed view shows (new counts only: the
        view reads a row's count afresh whenever it paints it). Qt's tree view looks for the
        part of a changed range on screen row by row, four calls into Python per row: at
        100 000 activities some 6 ms a keystroke for a part's 180 partners out of sight,
        and as much for those in sight of a long part."""
        view = self._view if on_screen_only else None
        for items in self._open_ranges():
            if not items:
                continue
            first, last = 0, len(items) - 1
            if view is not None:
                shown = self._rows_on_screen(view, items)
                if shown is None:
                    continue
                first, last = shown
            self.dataChanged.emit(  # (an index says its parent: the item knows it)
                self.createIndex(first, first_column, items[first]),
                self.createIndex(last, self.COUNT, items[last]))

    def _rows_on_screen(self, view: QTreeView, items: list[_Item]) -> tuple[int, int] | None:
        """The first and last of these sibling rows that ``view`` shows (all of them if it
        cannot say), or None for none. Rows lie top to bottom in their order, so each end
        is found by halving: a few questions to the view however many rows there are."""
        height = view.viewport().height()

        def rect(row: int) -> QRect:
            return view.visualRect(self.createIndex(row, 0, items[row]))

        top, bottom = rect(0), rect(len(items) - 1)
        if not (top.isValid() and bottom.isValid()):
            return 0, len(items) - 1  # not laid out yet: the view will see to it
        if top.top() >= height or bottom.bottom() < 0:
            return None
        lo, hi = 0, len(items) - 1  # the first row whose bottom is in sight
        while lo < hi:
            mid = (lo + hi) // 2
            if rect(mid).bottom() < 0:
                lo = mid + 1
            else:
                hi = mid
        first = lo
        lo, hi = first, len(items) - 1  # the last row whose top is in sight
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rect(mid).top() < height:
                lo = mid
            else:
                hi = mid - 1
        return first, lo

    def _is_open(self, index: QModelIndex) -> bool:
        """Whether the followed view shows the children of ``index`` (without a view: yes)."""
        return self._view is None or self._view.isExpanded(index)

    def _open_ranges(self) -> list[list[_Item]]:
        """The top rows and the rows under each opened item, depth first."""
        known = self._open
        if known is None:
            known = []

            def add(items: list[_Item]) -> None:
                known.append(items)
                for item in items:
                    if item.children and self._is_open(self.createIndex(item.row, 0, item)):
                        add(item.children)

            add(self._roots)
            self._open = known
        return known

    def find(self, key: tuple[str, str]) -> QModelIndex:
        """Index of the first item with ``key`` (a partner may appear twice), or invalid."""
        for item in self._walk(self._roots):
            if item.key == key:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    # -- Qt interface --------------------------------------------------------------------
    def _item(self, index: Index) -> _Item | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    # The view asks these for every row it lays out (thousands with a large library), so
    # they are kept to a few C++ calls each.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = parent.internalPointer().children if parent.isValid() else self._roots
        if 0 <= row < len(siblings) and 0 <= column <= 1:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self._item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._roots)
        return len(parent.internalPointer().children) if parent.column() == 0 else 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        node, column = item.node, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COUNT:
                return str(item.count)
            if isinstance(node, GroupNode):
                return node.group.label(self._lang)
            return labels.partner_tree_label(node.partner, self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(node, GroupNode):
                other = node.group.label("en" if self._lang == "zh" else "zh")
                return labels.plural(
                    item.count, self.tr("{name}: 1 matching activity"),
                    self.tr("{name}: %n matching activities", "", item.count),
                ).format(name=other)
            partner = node.partner
            lines = [partner.name_zh, partner.name_en, labels.kind(partner, self._lang)]
            if not isinstance(node, GroupNode) and node.via_membership:
                lines.append(self.tr("Listed here as a member"))
            lines.append(labels.plural(item.count, self.tr("1 matching activity"),
                                       self.tr("%n matching activities", "", item.count)))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            name = (node.group.label(self._lang) if isinstance(node, GroupNode)
                    else node.partner.display(self._lang))
            return labels.plural(item.count, self.tr("{name}, 1 activity"),
                                 self.tr("{name}, %n activities", "", item.count),
                                 ).format(name=name)
        if role == Qt.ItemDataRole.ForegroundRole and item.count == 0:
            # Greyed like a disabled item, from the palette so it suits light and dark.
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and isinstance(node, GroupNode):
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == NodeKeyRole:
            return item.key
        if role == CountRole:
            return item.count
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return self.tr("Partner")
            if section == self.COUNT:
                return self.tr("Activities")
        return None

    _ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    #: A row without children says so: the view then does not ask whether it has any
    #: (a call back into Python per row whenever it lays out the tree). Rows only change
    #: children through a reset, after which the view asks again.
    _LEAF_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
    _NO_FLAGS = Qt.ItemFlag.NoItemFlags

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return self._NO_FLAGS
        return self._ITEM_FLAGS if index.internalPointer().children else self._LEAF_FLAGS
