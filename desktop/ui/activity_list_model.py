"""Table model of the activities matching the current search and filters (middle pane)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QIdentityProxyModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.errors import CoopError
from desktop.core.models import Hit
from desktop.core.store import Store, Update
from desktop.ui import labels

log = logging.getLogger(__name__)

ActivityIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ActivityListModel(QAbstractTableModel):
    """Rows are the matching activities, in rank order or sorted by a column.

    The model holds only the activities' positions (slots, see
    :meth:`desktop.core.store.Store.activity_at`); a row's texts are read and formatted when
    the view first asks for it, a page at a time, so a result of 50 000 activities costs no
    more to show than one of 50. Sorting by a column is done here (``sort``), over keys
    taken from the store's index, not by a proxy that would read every row.
    """

    PARAGRAPH, DATE, PARTNERS, TITLE, TOPICS = range(5)
    COLUMN_COUNT = 5
    #: Rows read from the database in one go when the view reaches one not yet read.
    PAGE = 64
    #: Rows the view is given at first and then per ``fetchMore`` (as it scrolls): a view
    #: lays out every row it has, asking the model about each (four calls into Python a
    #: row), after every new result; so it gets them as it needs them: a few screenfuls at
    #: first (500 cost some 8 ms a keystroke at 100 000 activities).
    BATCH_ROWS = 100
    #: A result that keeps the activity open selects it in the list when it is among this
    #: many rows (the view is given the rows down to it); further down it stays in the
    #: detail pane only, and the view is not given thousands of rows just to select it.
    SELECT_WITHIN_ROWS = 500

    def __init__(self, store: Store, lang: str = "en", parent=None):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._query = ""
        self._scores: dict[int, float] | None = None
        self._ranked: list[int] = []  # slots in result order
        self._slots: list[int] = []  # slots in display order
        self._row_of: dict[int, int] | None = None
        self._scans = 0  # lookups since the rows changed (see row_of_slot)
        self._texts: dict[int, tuple[str, ...]] = {}  # slot -> the row's texts
        self._hits: dict[int, Hit] = {}
        self._fetched = 0  # rows given to the view so far
        self._read_failed = False  # logged once (see data)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[tuple[int, str], dict[int, Any]] = {}

    # -- updating ------------------------------------------------------------------------
    def set_update(self, update: Update) -> None:
        """Show the activities of a search (``Store.update``)."""
        self._set(list(update.slots), update.query, None)

    def set_hits(self, hits: Sequence[Hit]) -> None:
        """Show these hits (e.g. ``Store.search(...).hits``)."""
        slots = [self._store.slot(h.activity.id) for h in hits]
        self._set(slots, "", None)
        self._hits = {slot: h for slot, h in zip(slots, hits, strict=True)}

    def _set(self, slots: list[int], query: str, scores: dict[int, float] | None) -> None:
        self.beginResetModel()
        self._ranked = slots
        self._query = query
        self._scores = scores
        self._texts = {} if len(self._texts) > 4096 else self._texts
        self._hits = {}
        self._slots = self._sorted(slots)
        self._row_of = None
        self._scans = 0
        self._fetched = min(len(self._slots), self.BATCH_ROWS)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._texts = {}
        if self._sort_column in (self.PARTNERS, self.TITLE, self.TOPICS):
            self.sort(self._sort_column, self._sort_order)
        if self._fetched:  # the rows the view has been given (the others come as they are)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._fetched - 1, self.COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def _row_text(self, slot: int) -> tuple[str, ...]:
        texts = self._texts.get(slot)
        if texts is not None:
            return texts
        row = self.row_of_slot(slot)
        page = [s for s in self._slots[max(0, row - self.PAGE // 4): row + self.PAGE]
                if s not in self._texts] if row >= 0 else [slot]
        lang = self._lang
        for a in self._store.activities_at(page or [slot]):
            self._texts[self._store.slot(a.id)] = (
                labels.paragraph_ref(self._store, a),
                labels.format_date(a, lang, compact=True),
                labels.partners_text(self._store.partners_of(a), lang),
                ("⚑ " if a.calls_to_action else "") + a.title(lang),
                labels.topics_text(self._store.topics_of(a), lang),
            )
        return self._texts[slot]

    def slot(self, row: int) -> int:
        return self._slots[row] if 0 <= row < len(self._slots) else -1

    def slots(self) -> list[int]:
        """Every listed activity's slot, in display order."""
        return list(self._slots)

    def activity_ids(self) -> list[str]:
        """Every listed activity's id, in display order (no texts read)."""
        ids = self._store.activity_ids_at
        return ids(self._slots)

    def hit(self, row: int) -> Hit | None:
        slot = self.slot(row)
        if slot < 0:
            return None
        hit = self._hits.get(slot)
        if hit is None:
            hit = self._store.hits([slot], self._query, self._scores)[0]
            if len(self._hits) > 256:
                self._hits.clear()
            self._hits[slot] = hit
        return hit

    #: Lookups answered by scanning the rows before a slot -> row map is made: the window
    #: looks up a handful of rows per result (the map of 100 000 rows costs some 10 ms, a
    #: scan at most about 1 ms); sorting and selecting many rows use the map.
    SCANS_BEFORE_MAP = 8

    def row_of_slot(self, slot: int) -> int:
        if self._row_of is None:
            self._scans += 1
            if self._scans <= self.SCANS_BEFORE_MAP:
                try:
                    return self._slots.index(slot)
                except ValueError:
                    return -1
            self._row_of = dict(zip(self._slots, range(len(self._slots)), strict=True))
        return self._row_of.get(slot, -1)

    def row_of(self, activity_id: str) -> int:
        """The activity's row (given to the view first if it was not yet), or -1."""
        slot = self._store.slot(activity_id)
        row = self.row_of_slot(slot) if slot >= 0 else -1
        if row >= self._fetched:
            self._fetch_rows(row + 1)
        return row

    @property
    def total(self) -> int:
        """How many activities are listed (the view may not have all rows yet)."""
        return len(self._slots)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._slots)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch_rows(self._fetched + self.BATCH_ROWS)

    def fetch_all(self) -> None:
        """Give the view every row (before selecting all, for instance)."""
        self._fetch_rows(len(self._slots))

    def _fetch_rows(self, upto: int) -> None:
        upto = min(upto, len(self._slots))
        if upto > self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, upto - 1)
            self._fetched = upto
            self.endInsertRows()

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the result's own order, best match first)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_slots = [self.slot(i.row()) for i in old]
        self._sort_column, self._sort_order = column, order
        self._slots = self._sorted(self._ranked)
        self._row_of = None
        self._scans = 0
        keep = [self.row_of_slot(s) for s in old_slots if s >= 0]
        self._fetched = min(len(self._slots), max([self._fetched, *(r + 1 for r in keep)]))
        self.changePersistentIndexList(
            old, [self.index(self.row_of_slot(s), i.column()) if s >= 0 else QModelIndex()
                  for s, i in zip(old_slots, old, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, slots: list[int]) -> list[int]:
        column = self._sort_column
        if column < 0 or column >= self.COLUMN_COUNT:
            return list(slots)
        key = self._sort_key(column)
        out = sorted(slots, key=key.__getitem__,
                     reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return out

    def _sort_key(self, column: int) -> dict[int, Any]:
        """Slot -> sort key for a column, for every activity (built once per language)."""
        lang = self._lang if column in (self.PARTNERS, self.TITLE, self.TOPICS) else ""
        found = self._keys.get((column, lang))
        if found is not None:
            return found
        store = self._store
        if column == self.PARAGRAPH:
            keys: dict[int, Any] = _Identity()
        elif column == self.DATE:
            keys = dict(enumerate(d or "9999" for d in store.dates_by_slot()))
        else:
            collator = QCollator(QLocale("zh_CN" if lang == "zh" else "en_GB"))
            collator.setNumericMode(True)
            if column == self.TITLE:
                texts = store.titles_by_slot(lang)
            elif column == self.PARTNERS:
                texts = [labels.partners_text([store.partner(p) for p in ids], lang)
                         for ids in store.partner_ids_by_slot()]
            else:
                texts = [labels.topics_text([store.topic(t) for t in ids], lang)
                         for ids in store.topic_ids_by_slot()]
            by_text = {t: collator.sortKey(t) for t in set(texts)}
            keys = {slot: by_text[t] for slot, t in enumerate(texts)}
        self._keys[(column, lang)] = keys
        return keys

    # -- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    #: The roles :meth:`data` answers; a view asks for about seven per cell it paints, and
    #: the others (font, colours, icon, check state…) are turned away before anything else.
    _DATA_ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, ActivityIdRole, Qt.ItemDataRole.ToolTipRole, SortRole,
        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.AccessibleTextRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._DATA_ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._fetched:
            return None
        try:
            return self._data(self._slots[row], index.column(), role)
        except CoopError as exc:
            self._read_failure(exc)
            return None

    def _read_failure(self, exc: CoopError) -> None:
        # A view asks again at every repaint: an unreadable database (damaged, or closed
        # under a window that outlives it) leaves the cell empty and is logged once,
        # instead of raising into Qt's event loop on every paint.
        if not self._read_failed:
            self._read_failed = True
            log.error("cannot read the activities for the list: %s", exc)

    _LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
    _RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

    def cell(self, row: int, column: int) -> tuple[str, int]:
        """A cell's shown text and alignment, as :meth:`data` gives them for the display
        and alignment roles (the list's delegate asks here, without two ``data`` calls
        through Qt per painted cell)."""
        align = self._RIGHT if column == self.PARAGRAPH else self._LEFT
        if not (0 <= row < self._fetched and 0 <= column < self.COLUMN_COUNT):
            return "", align
        try:
            return self._row_text(self._slots[row])[column], align
        except CoopError as exc:
            self._read_failure(exc)
            return "", align

    def _data(self, slot: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_text(slot)[column]
        if role == ActivityIdRole:
            return self._store.activity_ids_at([slot])[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            activity = self._store.activity_at(slot)
            if column == self.DATE:
                return labels.format_date(activity, self._lang) or labels.undated()
            if column == self.PARAGRAPH:
                document = self._store.document_of(activity)
                return f"{document.label(self._lang)}, ¶{activity.paragraph}"
            if column == self.TITLE and activity.calls_to_action:
                return self.tr("⚑ A call to action for NPPOs: {title}").format(
                    title=activity.title(self._lang))
            return self._row_text(slot)[column] or None
        if role == SortRole:
            return self._sort_key(column).get(slot) if column != self.PARAGRAPH else slot
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PARAGRAPH:
            return self._RIGHT
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(slot, column)
        return None

    def _accessible_text(self, slot: int, column: int) -> str | None:
        """What a screen reader says for a cell where the list shows a compact form: the
        paragraph, the whole date, the call-to-action mark in words (None: the shown text)."""
        if column not in (self.PARAGRAPH, self.DATE, self.TITLE):
            return None
        activity = self._store.activity_at(slot)
        if column == self.PARAGRAPH:
            if len(self._store.documents) < 2:
                return self.tr("Paragraph {number}").format(number=activity.paragraph)
            session = self._store.document_of(activity).session_short.split(" (")[0]
            return self.tr("{report}, paragraph {number}").format(
                report=session, number=activity.paragraph)
        if column == self.DATE:
            return labels.format_date(activity, self._lang) or labels.undated()
        if activity.calls_to_action:
            return self.tr("Call to action for NPPOs: {title}").format(
                title=activity.title(self._lang))
        return None

    #: Every row's flags (computed once: views ask for them for every row they lay out).
    _ROW_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                  | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsDragEnabled)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        from desktop.ui.my_briefing import ACTIVITY_MIME

        return [ACTIVITY_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Dragged results: their activity ids (for a collection in "My briefing")."""
        from desktop.ui.my_briefing import activity_mime

        rows = sorted({i.row() for i in indexes if i.isValid()})
        return activity_mime(self._store.activity_ids_at(
            [self._slots[r] for r in rows if 0 <= r < len(self._slots)]))

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


class _Identity(dict):
    """Slot -> slot (the corpus order is the slots' own)."""

    def __missing__(self, key: int) -> int:
        return key


class ActivitySortProxy(QIdentityProxyModel):
    """The list's proxy: rows as the model has them; sorting (by a header click) is passed on
    to the model, which sorts without reading every row."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
