"""Tree model of the report's parts, their partners and member bodies, with match counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.models import GroupNode, PartnerNode
from desktop.ui import labels

#: ``("group", group_id)`` or ``("partner", partner_id)``.
NodeKeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class _Item:
    __slots__ = ("key", "node", "count", "parent", "row", "children")

    def __init__(self, key: tuple[str, str], node: GroupNode | PartnerNode,
                 parent: _Item | None, row: int):
        self.key = key
        self.node = node
        self.count = node.count
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


class PartnerTreeModel(QAbstractItemModel):
    """Two columns: name and count. Zero-count partners are greyed, or left out on request.

    When only the counts change (the usual case while typing) the structure is kept and
    ``dataChanged`` is emitted, so the view keeps its expansion and selection.

    A view that shows the model can say which items it has opened (:meth:`set_open_check`):
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
        self._is_open: Callable[[QModelIndex], bool] = lambda _index: True

    def set_open_check(self, is_open: Callable[[QModelIndex], bool]) -> None:
        """``is_open(index)``: whether a view shows the children of ``index`` (its
        ``isExpanded``); children of closed items are not announced as changed."""
        self._is_open = is_open

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
                self.set_nodes(self._nodes, force_reset=True)
            else:
                self._structure = []  # the next set_nodes resets

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._emit_all_changed()

    def set_nodes(self, nodes: list[GroupNode], force_reset: bool = False) -> None:
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
        self._structure = structure
        self.endResetModel()

    def _build(self, nodes: list[GroupNode]) -> list[_Item]:
        def add(pnode: PartnerNode, parent: _Item, row: int) -> _Item:
            item = _Item(("partner", pnode.partner.id), pnode, parent, row)
            kids = [c for c in pnode.children if c.count or not self._hide_zero]
            item.children = [add(c, item, i) for i, c in enumerate(kids)]
            return item

        roots = []
        for g_row, gnode in enumerate(nodes):
            group = _Item(("group", gnode.group.id), gnode, None, g_row)
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

    def _emit_all_changed(self) -> None:
        def emit(items: list[_Item], parent: QModelIndex) -> None:
            if not items:
                return
            self.dataChanged.emit(self.index(0, 0, parent),
                                  self.index(len(items) - 1, 1, parent))
            for item in items:
                if item.children:
                    index = self.createIndex(item.row, 0, item)
                    if self._is_open(index):
                        emit(item.children, index)

        emit(self._roots, QModelIndex())

    def find(self, key: tuple[str, str]) -> QModelIndex:
        """Index of the first item with ``key`` (a partner may appear twice), or invalid."""
        for item in self._walk(self._roots):
            if item.key == key:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    # -- Qt interface --------------------------------------------------------------------
    def _item(self, index: Index) -> _Item | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column > 1:
            return QModelIndex()
        parent_item = self._item(parent)
        siblings = parent_item.children if parent_item else self._roots
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self._item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        item = self._item(parent)
        return len(item.children) if item else len(self._roots)

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
            if isinstance(node, PartnerNode) and node.via_membership:
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
