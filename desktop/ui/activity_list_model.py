"""Table model of the activities matching the current search and filters (middle pane)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.models import Hit
from desktop.core.store import Store
from desktop.ui import labels

ActivityIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ActivityListModel(QAbstractTableModel):
    """Rows are search hits in rank order; sorting by column is left to a proxy."""

    PARAGRAPH, DATE, PARTNERS, TITLE, TOPICS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, store: Store, lang: str = "en", parent=None):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._hits: tuple[Hit, ...] = ()
        self._rows: list[tuple[str, ...]] = []

    # -- updating ------------------------------------------------------------------------
    def set_hits(self, hits: tuple[Hit, ...]) -> None:
        self.beginResetModel()
        self._hits = hits
        self._rows = [self._row_text(hit) for hit in hits]
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rows = [self._row_text(hit) for hit in self._hits]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def _row_text(self, hit: Hit) -> tuple[str, ...]:
        a, lang = hit.activity, self._lang
        return (
            labels.paragraph_ref(self._store, a),
            labels.format_date(a, lang, compact=True),
            labels.partners_text(self._store.partners_of(a), lang),
            ("⚑ " if a.calls_to_action else "") + a.title(lang),
            labels.topics_text(self._store.topics_of(a), lang),
        )

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, activity_id: str) -> int:
        return next((i for i, h in enumerate(self._hits) if h.activity.id == activity_id), -1)

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit, column = self._hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE:
                return labels.format_date(hit.activity, self._lang) or labels.undated()
            if column == self.PARAGRAPH:
                document = self._store.document_of(hit.activity)
                return f"{document.label(self._lang)}, ¶{hit.activity.paragraph}"
            if column == self.TITLE and hit.activity.calls_to_action:
                return self.tr("⚑ A call to action for NPPOs: {title}").format(
                    title=hit.activity.title(self._lang))
            return self._rows[index.row()][column] or None
        if role == ActivityIdRole:
            return hit.activity.id
        if role == SortRole:
            a = hit.activity
            if column == self.PARAGRAPH:
                return self._store.corpus_order(a)
            if column == self.DATE:
                return labels.date_sort_key(a)
            return self._rows[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        from desktop.ui.my_briefing import ACTIVITY_MIME

        return [ACTIVITY_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Dragged results: their activity ids (for a collection in "My briefing")."""
        from desktop.ui.my_briefing import activity_mime

        rows = sorted({i.row() for i in indexes if i.isValid()})
        return activity_mime([self._hits[r].activity.id for r in rows
                              if 0 <= r < len(self._hits)])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("¶"), self.tr("Date"), self.tr("Partners"), self.tr("Title"),
                    self.tr("Topics")][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.PARAGRAPH:
            return self.tr("Paragraph of the report")
        return None


class ActivitySortProxy(QSortFilterProxyModel):
    """Sorts by column on :data:`SortRole`; no filtering (that is done by the core)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)
