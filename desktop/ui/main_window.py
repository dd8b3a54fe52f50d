"""The main window: partner tree and filters, activity list, detail pane, menus, status bar."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The dialogs' classes (QFileDialog, QInputDialog, QDialogButtonBox) are imported where
# they are used: PySide makes a class and its enums when it is first imported, and the
# first paint would wait for them.
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, APP_NAME_ZH, __version__
from desktop.core.errors import CoopError, NotFoundError
from desktop.core.models import UNDATED, Filters, SearchResult
from desktop.core.store import Store, Update
from desktop.core.user_filter import UserFilter, restrict_ids
from desktop.ui import accessibility, labels
from desktop.ui.activity_list_model import (
    ActivityIdRole,
    ActivityListModel,
    ActivitySortProxy,
)
from desktop.ui.detail_pane import DetailPane
from desktop.ui.filter_panel import FilterPanel
from desktop.ui.fonts import class_fonts, set_application_font, zoomed
from desktop.ui.i18n import Translations, normalize_language, system_language
from desktop.ui.my_briefing import MyBriefingPanel
from desktop.ui.partner_tree_model import NodeKeyRole, PartnerTreeModel
from desktop.ui.scroll_bars import application_style_name, cache_grooves
from desktop.ui.search_field import SearchField
from desktop.ui.search_runner import SearchRunner
from desktop.ui.settings import Settings
from desktop.ui.text_delegate import PlainTextDelegate

if TYPE_CHECKING:
    from desktop.core.userdata import UserData

log = logging.getLogger(__name__)

#: Native names, shown the same in every UI language so a user can always find their own.
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
FONT_STEP = 1.0
FONT_DELTA_RANGE = (-4.0, 12.0)


class _NoWidgetAnimation(QProxyStyle):
    """The application's style, without its widget animation duration."""

    def styleHint(self, hint: QStyle.StyleHint, option: Any = None, widget: Any = None,
                  returnData: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def _placed_at_once(window: QMainWindow, widgets: list[QWidget]) -> None:
    """Have the main window's layout move and resize ``widgets`` (its toolbar and central
    widget) at once. Whenever something in the window changes size (a count in the status
    bar, the filters' bar above the list), ``QMainWindow`` gives them their places through a
    property animation (``QWidgetAnimator``), made even when nothing moves; the window then
    took a keystroke's or a filter's results some 20-30 ms later, at 100 000 activities as
    with the bundled report. The style set on these widgets is the application's (its
    painting is the same); it is not passed on to their children."""
    base = application_style_name()
    still = _NoWidgetAnimation(base) if base else _NoWidgetAnimation()
    still.setParent(window)  # kept as long as the window
    for widget in widgets:
        widget.setStyle(still)


class MainWindow(QMainWindow):
    """Three panes over one :class:`Store`; every change of search or filters calls
    :meth:`refresh`, which asks the core for hits and counts and feeds the models."""

    #: Emitted after each refresh with the number of hits shown.
    refreshed = Signal(int)
    #: A search in the worker failed; the list's place says why (the message).
    search_failed = Signal(str)
    #: Once, right after the window's first frame (and behind what that frame posted): work
    #: that nothing on screen waits for can start then.
    first_frame_shown = Signal()

    def __init__(self, store: Store, settings: Settings, translations: Translations,
                 parent: QWidget | None = None, userdata: UserData | None | bool = True,
                 *, userdata_after_paint: bool = False):
        """``userdata``: True opens the user's data (``personal.sqlite``), None or False
        leaves it out; ``userdata_after_paint`` opens it right after the window's first
        frame instead of while building the window (the app's start: nothing it holds is
        on screen before, and its module and file cost the first paint tens of ms)."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._store = store
        #: Closing saves the layout, the search and the filters (not with --exit-after-paint).
        self.saves_state = True
        # The user's notes, stars and collections (None: the window works without them).
        self.userdata_notice: str = ""
        self._userdata: UserData | None = None
        self._userdata_pending = userdata is True and userdata_after_paint
        self._first_frame_pending = True
        if userdata is True and not userdata_after_paint:
            self._open_userdata(translations.language)
        elif not isinstance(userdata, bool) and userdata is not None:
            self._userdata = userdata
        self._user_filter = UserFilter()
        self._settings = settings
        self._translations = translations
        self._lang = translations.language
        self._query = ""
        self._filters = Filters()
        self._result: SearchResult | None = None
        self._runner = SearchRunner(store, self)
        self._applied = 0  # the generation of the search the window shows
        self._runner.finished.connect(self._search_finished)
        self._runner.failed.connect(self._search_failed)
        self._current_activity: str | None = None
        self._largest_count = 0  # in the partner tree (sizes its count column)
        # The result count is announced to a screen reader when the typing pauses.
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(700)
        self._announce_timer.timeout.connect(
            lambda: accessibility.announce(self.count_label, self.count_label.text()))
        self._syncing = False
        self._hides_for_narrowing = False  # see HIDE_ZERO_MAX
        self._searching_note = QTimer(self)
        self._searching_note.setSingleShot(True)
        self._searching_note.setInterval(self.SEARCHING_NOTE_MS)
        self._searching_note.timeout.connect(self._say_searching)
        app = QApplication.instance()
        self._base_font = QApplication.font() if app else None
        #: The platform's fonts for menus, tooltips and the like, zoomed with the rest.
        self._class_fonts = class_fonts() if app else {}
        self._font_delta = 0.0

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._set_tab_order()
        self.retranslate_ui()
        self.reset_layout()
        self._restore_state()
        self.refresh()  # and, once the index is read, the paragraph column's width
        # Where the user types first (Tab goes round, so Qt's first stop would be another).
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_userdata(self, lang: str) -> None:
        from desktop.core.userdata import UserData

        try:
            self._userdata = UserData()
            if self._userdata.notice is not None:
                self.userdata_notice = self._userdata.notice.message(lang)
        except CoopError as exc:
            self.userdata_notice = exc.message(lang)
            log.warning("personal data unavailable: %s", exc)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_frame_pending:
            self._first_frame_pending = False
            # Posted twice: the first runs once the whole first frame is painted (the
            # children paint after the window), the second behind what that frame posted.
            QTimer.singleShot(
                0, self, lambda: QTimer.singleShot(0, self, self._after_first_frame))

    def _after_first_frame(self) -> None:
        """Open the user's data if it waited for the first frame (``userdata_after_paint``)
        and hand it to the panes that use it (not if the window was closed meanwhile)."""
        if self._userdata_pending and self.isVisible():
            self._userdata_pending = False
            self._open_userdata(self._lang)
            self._attach_userdata()
        self.first_frame_shown.emit()

    def _attach_userdata(self) -> None:
        self.my_briefing.set_userdata(self._userdata)
        self.detail_pane.set_userdata(self._userdata)
        for act in (self.star_action, self.collect_action, self.backup_action,
                    self.restore_action):
            act.setEnabled(self._userdata is not None)

    # ================================================================== construction
    def _build_widgets(self) -> None:
        lang = self._lang
        self.search_field = SearchField()
        self.tree_model = PartnerTreeModel(lang, self)
        self.tree_view = _MenuTreeView()
        self.tree_view.setObjectName("partnerTree")
        self.tree_view.setModel(self.tree_model)
        self.tree_model.follow_expansion(self.tree_view)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setItemDelegate(PlainTextDelegate(self.tree_view))
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_view.setAllColumnsShowFocus(True)
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The count column is sized from the largest count (_fit_count_column), not by
        # ResizeToContents: that measures rows again on every change of a count, which cost
        # more than the rest of a keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.hide_zero_box = QCheckBox()

        left_top = QWidget()
        top_layout = QVBoxLayout(left_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree_view, 1)
        top_layout.addWidget(self.hide_zero_box)
        self.filter_panel = FilterPanel(lang)
        self.my_briefing = MyBriefingPanel(self._store, self._userdata, lang)
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(left_top, "")
        self.left_tabs.addTab(self.my_briefing, "")
        # The search field stays above both tabs: it searches whatever the tab shows.
        search_and_tabs = QWidget()
        search_layout = QVBoxLayout(search_and_tabs)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.search_field)
        search_layout.addWidget(self.left_tabs, 1)
        self.left_pane = QSplitter(Qt.Orientation.Vertical)
        self.left_pane.setObjectName("leftPane")
        self.left_pane.addWidget(search_and_tabs)
        # Scrolls when a library has many years and reports: the filters never make the
        # window taller than the screen.
        self.filter_scroll = QScrollArea()
        self.filter_scroll.setObjectName("filterScroll")
        self.filter_scroll.setWidget(self.filter_panel)
        self.filter_scroll.setWidgetResizable(True)
        self.filter_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take Tab
        self.filter_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_pane.addWidget(self.filter_scroll)
        self.left_pane.setChildrenCollapsible(False)

        # Middle: active filters, then the list or an explanation of why it is empty.
        self.active_filters_label = QLabel()
        self.active_filters_label.setWordWrap(True)
        self.active_filters_label.setTextFormat(Qt.TextFormat.RichText)
        self.active_filters_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.list_model = ActivityListModel(self._store, lang, self)
        self.list_proxy = ActivitySortProxy(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_view = QTreeView()
        self.list_view.setViewport(_viewport())
        self.list_view.setObjectName("activityList")
        self.list_view.setModel(self.list_proxy)
        self.list_view.setRootIsDecorated(False)
        self.list_view.setUniformRowHeights(True)
        # Paints each cell from a cache of laid-out texts (Qt's lays them out every time).
        self.list_view.setItemDelegate(PlainTextDelegate(self.list_view, self.list_model.cell))
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAllColumnsShowFocus(True)
        # Several activities can be selected (Shift/Ctrl) to export just those.
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSortingEnabled(True)
        # Drag results onto a collection in "My briefing".
        self.list_view.setDragEnabled(True)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        list_header = self.list_view.header()
        list_header.setSortIndicatorClearable(True)
        list_header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The title takes the room left; the other columns keep the widths the user gives.
        list_header.setStretchLastSection(False)
        list_header.setSectionResizeMode(ActivityListModel.TITLE,
                                         QHeaderView.ResizeMode.Stretch)
        list_header.setMinimumSectionSize(32)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_clear_search = QPushButton()
        self.empty_clear_filters = QPushButton()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_clear_search)
        buttons.addWidget(self.empty_clear_filters)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(empty)

        self.middle_pane = QWidget()
        self.middle_pane.setObjectName("middlePane")
        middle_layout = QVBoxLayout(self.middle_pane)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.active_filters_label)
        # The results as a list, on a time line or as a partner x topic map. A chart is
        # made (its modules imported) when its tab is first opened, and built only while
        # shown, so typing costs nothing for the charts nobody looks at.
        self.results_tabs = QTabWidget()
        self.results_tabs.setObjectName("resultsTabs")
        self.results_tabs.setDocumentMode(True)
        self.results_tabs.addTab(self.list_stack, "")
        self._chart_views: dict[str, QWidget] = {}
        self._chart_holders: dict[str, QWidget] = {}
        for key in self.CHART_TABS:
            holder = QWidget()
            holder.setObjectName(f"{key}Tab")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._chart_holders[key] = holder
            self.results_tabs.addTab(holder, "")
        self.results_tabs.currentChanged.connect(self._results_tab_changed)
        middle_layout.addWidget(self.results_tabs, 1)

        self.detail_pane = DetailPane(self._store, lang)
        self.detail_pane.setObjectName("detailPane")
        self.detail_pane.set_userdata(self._userdata)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_pane)
        self.main_splitter.addWidget(self.middle_pane)
        self.main_splitter.addWidget(self.detail_pane)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        status = self.statusBar()
        self.count_label = QLabel()
        self.selection_label = QLabel()
        self.data_label = QLabel()
        self.offline_label = QLabel()
        status.addPermanentWidget(self.count_label, 1)
        status.addPermanentWidget(self.selection_label)
        status.addPermanentWidget(self.data_label)
        status.addPermanentWidget(self.offline_label)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | str | None = None, slot=None,
                   checkable: bool = False) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setCheckable(checkable)
            if slot is not None:
                act.triggered.connect(slot)
            self.addAction(act)
            return act

        keys = QKeySequence.StandardKey
        self.export_action = action("Ctrl+E", lambda: self.open_export_dialog())
        self.export_pdf_action = action(slot=lambda: self.open_export_dialog(fmt="pdf"))
        self.print_action = action(QKeySequence(keys.Print), self.print_results)
        self.add_report_action = action(QKeySequence(keys.Open), self.choose_report_file)
        self.import_pack_action = action(slot=self.choose_pack_file)
        self.remove_report_action = action(slot=self.choose_report_to_remove)
        self.quit_action = action(QKeySequence(keys.Quit), self.close)
        self.copy_action = action(QKeySequence(keys.Copy), self.copy)
        self.copy_citation_action = action("Ctrl+Shift+C", self.copy_citation)
        self.find_action = action(QKeySequence(keys.Find), self.focus_search)
        self.clear_filters_action = action("Ctrl+Shift+L", self.clear_filters)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, self.language_group)
            act.setCheckable(True)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = act
        self.larger_action = action(QKeySequence(keys.ZoomIn), lambda: self.change_font(1))
        self.smaller_action = action(QKeySequence(keys.ZoomOut), lambda: self.change_font(-1))
        self.reset_font_action = action("Ctrl+0", lambda: self.change_font(0))
        self.show_left_action = action("Ctrl+1", checkable=True)
        self.show_left_action.setChecked(True)
        self.show_left_action.toggled.connect(self.left_pane.setVisible)
        self.show_detail_action = action("Ctrl+3", checkable=True)
        self.show_detail_action.setChecked(True)
        self.show_detail_action.toggled.connect(self.detail_pane.setVisible)
        self.results_tab_actions = []
        for number in range(1 + len(self.CHART_TABS)):
            act = action(f"Alt+{number + 1}", checkable=True)
            act.triggered.connect(lambda _=False, i=number: self.show_results_tab(i))
            self.results_tab_actions.append(act)
        self.results_tab_actions[0].setChecked(True)
        self.hide_zero_action = action(checkable=True)
        self.hide_zero_action.toggled.connect(self._set_hide_zero)
        self.hide_zero_box.toggled.connect(self.hide_zero_action.setChecked)
        self.reset_layout_action = action(slot=self.reset_layout)
        self.back_action = action(QKeySequence(keys.Back), self.detail_pane.go_back)
        self.forward_action = action(QKeySequence(keys.Forward), self.detail_pane.go_forward)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in ("system", "light", "dark"):
            act = QAction(self.theme_group)
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
            self.theme_actions[mode] = act
        self.shortcuts_action = action(slot=self.show_shortcuts)
        self.star_action = action("Ctrl+D", lambda: self.detail_pane.toggle_star())
        self.collect_action = action("Ctrl+Shift+D", lambda: self.add_to_collection())
        self.backup_action = action(slot=self.backup_userdata)
        self.restore_action = action(slot=self.restore_userdata)
        for act in (self.star_action, self.collect_action, self.backup_action,
                    self.restore_action):
            act.setEnabled(self._userdata is not None)
        self.guide_action = action(QKeySequence(keys.HelpContents), self.show_guide)
        self.about_action = action(slot=self.show_about)
        self.about_qt_action = action(slot=QApplication.aboutQt)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.add_report_action, self.import_pack_action,
                                   self.remove_report_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.export_pdf_action,
                                   self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for act in (self.copy_action, self.copy_citation_action, None, self.star_action,
                    self.collect_action, None, self.find_action, self.clear_filters_action):
            if act is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(act)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.larger_action, self.smaller_action,
                                   self.reset_font_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.results_tab_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.show_left_action, self.show_detail_action,
                                   self.hide_zero_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.back_action, self.forward_action])
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(self.theme_group.actions())
        self.view_menu.addAction(self.reset_layout_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide_action, self.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about_action, self.about_qt_action])
        self._menu_keys = accessibility.QuietMenuKeys(self)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.find_action, self.clear_filters_action,
                                 self.copy_citation_action, self.export_action])
        self.addToolBar(self.toolbar)
        _placed_at_once(self, [self.toolbar, self.main_splitter])
        cache_grooves(self)  # the lists' scroll bars are repainted with every result

    def _connect(self) -> None:
        self.search_field.query_changed.connect(self.set_query)
        self.tree_view.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.tree_model.modelReset.connect(self._tree_reset)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_current_changed)
        self.filter_panel.topic_toggled.connect(self._topic_toggled)
        self.filter_panel.year_toggled.connect(self._year_toggled)
        self.filter_panel.document_toggled.connect(self._document_toggled)
        self.filter_panel.calls_to_action_toggled.connect(
            lambda on: self.set_filters(replace(self._filters, calls_to_action=on)))
        self.filter_panel.clear_requested.connect(self.clear_filters)
        self.detail_pane.partner_requested.connect(self.show_partner)
        self.detail_pane.topic_requested.connect(self.show_topic)
        self.detail_pane.activity_requested.connect(self.open_activity)
        self.detail_pane.message.connect(self._say)
        self.detail_pane.history_changed.connect(self._update_history_actions)
        self.detail_pane.navigated.connect(self._navigated)
        self.active_filters_label.linkActivated.connect(self._remove_filter_link)
        self.empty_clear_search.clicked.connect(lambda: self.search_field.set_query(""))
        self.empty_clear_filters.clicked.connect(self.clear_filters)
        self.my_briefing.user_filter_changed.connect(self.set_user_filter)
        self.my_briefing.search_chosen.connect(self.apply_search)
        self.my_briefing.item_opened.connect(self._open_item)
        self.my_briefing.export_requested.connect(self.export_collection)
        self.my_briefing.save_search_requested.connect(
            lambda: self.my_briefing.save_search(self._query, self._filters))
        self.my_briefing.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.detail_pane.collect_requested.connect(
            lambda kind, ident: self.add_to_collection([ident], kind))
        self.detail_pane.personal_changed.connect(self._personal_changed)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.customContextMenuRequested.connect(self._tree_menu)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        self.list_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_selection_status())
        self.search_field.installEventFilter(self)
        self.tree_view.installEventFilter(self)
        self.list_view.viewport().installEventFilter(self)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search_field, self.left_tabs.tabBar(), self.tree_view, self.hide_zero_box,
            self.filter_panel.sort_combo, self.filter_panel.topic_view,
            self.filter_panel.cta_box, self.filter_panel.clear_button,
            self.active_filters_label, self.results_tabs.tabBar(),
            # the open chart's controls and canvas (Qt skips those of a hidden tab)
            *(w for view in self._chart_views.values()
              for w in view.findChildren(QWidget)
              if w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and w.window() is self),  # not a combo box's popup list
            self.list_view,
            # the detail pane's controls in reading order (hidden ones are skipped by Qt)
            self.detail_pane.star_button, self.detail_pane.collect_button,
            *self.detail_pane.language_buttons.values(), self.detail_pane.paragraph_button,
            self.detail_pane.browser, self.detail_pane.copy_citation_button,
            self.detail_pane.note_edit, self.search_field]  # and round again
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ================================================================== state changes
    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def result(self) -> SearchResult | None:
        return self._result

    def set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def set_filters(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.refresh()

    def clear_filters(self) -> None:
        if not self._user_filter.is_empty():
            self.my_briefing.clear_filter()  # emits, which refreshes
        self.set_filters(Filters())

    def add_topic_filter(self, topic_id: str) -> None:
        if topic_id not in self._filters.topics:
            self.set_filters(replace(self._filters, topics=(*self._filters.topics, topic_id)))

    def show_topic(self, topic_id: str) -> None:
        """A topic chip: show that topic's activities (the other filters and the search are
        cleared, the report filter kept), the activity stays shown if it is listed."""
        self.search_field.set_query("")
        self.set_filters(Filters(topics=(topic_id,), documents=self._filters.documents))

    def _topic_toggled(self, topic_id: str, checked: bool) -> None:
        topics = [t for t in self._filters.topics if t != topic_id]
        if checked:
            topics.append(topic_id)
        self.set_filters(replace(self._filters, topics=tuple(topics)))

    def _year_toggled(self, year: int, checked: bool) -> None:
        years = [y for y in self._filters.years if y != year]
        if checked:
            years.append(year)
        self.set_filters(replace(self._filters, years=tuple(sorted(years))))

    def _document_toggled(self, document_id: str, checked: bool) -> None:
        docs = [d for d in self._filters.documents if d != document_id]
        if checked:
            docs.append(document_id)
        self.set_filters(replace(self._filters, documents=tuple(docs)))

    def show_partner(self, partner_id: str) -> None:
        """Filter the list to a partner and show its card (from the tree or a link)."""
        try:
            partner = self._store.partner(partner_id)
        except NotFoundError:
            return
        self._current_activity = None
        self.set_filters(replace(self._filters, partners=(partner_id,), parts=()))
        self.detail_pane.show_partner(partner)
        self.list_view.clearSelection()

    def open_activity(self, activity_id: str) -> None:
        """Show an activity from a link: in the list if listed, else in the detail pane alone
        (the list keeps the user's search; the status bar says why it is not listed)."""
        if self.select_activity(activity_id):
            return
        try:
            activity = self._store.activity(activity_id)
        except NotFoundError:
            return
        self.list_view.clearSelection()
        self._current_activity = activity_id
        self.detail_pane.show_activity(activity, self._query)
        self.statusBar().showMessage(
            self.tr("This activity is not in the list: it does not match the current search "
                    "and filters."), 8000)

    def select_activity(self, activity_id: str) -> bool:
        """Make ``activity_id`` current in the list if it is listed."""
        row = self.list_model.row_of(activity_id)
        if row < 0:
            return False
        proxy_index = self.list_proxy.mapFromSource(self.list_model.index(row, 0))
        self.list_view.setCurrentIndex(proxy_index)
        self.list_view.scrollTo(proxy_index)
        return True

    def refresh(self) -> None:
        """Ask the core for hits and counts under the current query and filters: at once
        for a small library, else in the search worker (the window is updated when its
        result comes, and a newer keystroke cancels an older search)."""
        store = self._store
        restrict = (restrict_ids(store, self._userdata, self._user_filter)
                    if self._userdata is not None else None)
        for view in self._chart_views.values():
            view.results_changing()  # type: ignore[attr-defined]
        update = self._runner.submit(self._query, self._filters, restrict)
        if update is None:
            if store.index_ready:
                # Said only if the search takes a while: a note shown and replaced a tenth
                # of a second later would cost a repaint and a relayout of the status bar.
                # Not restarted by each keystroke: typing on keeps the count from standing.
                if not self._searching_note.isActive():
                    self._searching_note.start()
            else:
                self._searching_note.stop()
                self.count_label.setText(
                    self.tr("Reading the library ({count} activities)…").format(
                        count=store.size_hint()))
            return
        self._applied = self._runner.generation
        self._apply(update)

    #: A search running in the worker longer than this says "Searching…" in the status bar.
    SEARCHING_NOTE_MS = 250

    def _say_searching(self) -> None:
        if self.search_pending():
            self.count_label.setText(self.tr("Searching…"))

    def _search_finished(self, item: tuple[int, Update]) -> None:
        generation, update = item
        if generation == self._runner.generation:
            self._applied = generation
            self._apply(update)

    def has_results(self) -> bool:
        """Whether the window shows a search's results (a large library's first search
        waits for its index)."""
        return self._result is not None

    def search_pending(self) -> bool:
        """True while the window waits for a search running in the worker."""
        return self._applied != self._runner.generation

    def _search_failed(self, item: tuple[int, CoopError]) -> None:
        """A search in the worker failed: say why, in the list's place, and stop waiting."""
        generation, exc = item
        if generation != self._runner.generation:
            return
        self._applied = generation
        self._searching_note.stop()
        message = exc.message(self._lang)
        self.count_label.setText(self.tr("The search failed"))
        self.statusBar().showMessage(message, 15000)
        self.empty_label.setText(message)
        self.empty_clear_search.setVisible(False)
        self.empty_clear_filters.setVisible(False)
        self.list_stack.setCurrentIndex(1)
        self.search_failed.emit(message)

    def _apply(self, update: Update) -> None:
        """Show a search's result: the list, the tree's and filters' counts, the detail."""
        self._searching_note.stop()
        query, filters, restrict = update.query, update.filters, update.restrict_to
        store = self._store
        if self._result is None:
            self._fit_paragraph_column()  # now that the index is read
        self._result = update.result(store)
        keep = self._current_activity
        self._syncing = True
        try:
            self.list_model.set_update(update)
            narrowing = (bool(query.strip()) or not filters.without("partners").is_empty()
                         or restrict is not None)
            self._hides_for_narrowing = (
                narrowing and len(update.facets.partner_counts) <= self.HIDE_ZERO_MAX)
            self.tree_model.set_hide_zero(
                self.hide_zero_action.isChecked() or self._hides_for_narrowing, rebuild=False)
            self.tree_model.set_counts(store.tree_structure(), update.facets)
            self._fit_count_column(max(update.facets.group_counts.values(), default=0))
            if narrowing:
                self._expand_matches(update)
            self._sync_tree_selection()
            facets = update.facets
            self.filter_panel.update_counts(
                [(t, facets.topic_counts.get(t.id, 0)) for t in store.topics],
                [(y, facets.year_counts.get(y, 0)) for y in (*store.all_years(), UNDATED)],
                facets.calls_to_action, filters,
                [(d, facets.document_counts.get(d.id, 0)) for d in store.documents]
                if len(store.documents) > 1 else None)
        finally:
            self._syncing = False
        keep_row = self.list_model.row_of_slot(store.slot(keep)) if keep else -1
        if keep and keep_row >= max(self.list_proxy.rowCount(),
                                     self.list_model.SELECT_WITHIN_ROWS):
            # Listed far down a long list: it stays in the detail pane, and the list is not
            # given thousands of rows just to select it.
            self.detail_pane.show_activity(store.activity(keep), self._query)
        elif keep and self.select_activity(keep):
            hit = self.list_model.hit(self.list_model.row_of(keep))
            if hit:
                self.detail_pane.show_activity(hit.activity, self._query)
        else:
            self._current_activity = None
            self._show_filter_subject()
            if self.detail_pane.partner is None and self.list_proxy.rowCount():
                # Something to read at once; the focus stays where the user types.
                first = self.list_proxy.index(0, 0)
                self.list_view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        for view in self._chart_views.values():
            view.set_slots(store, update.slots, self._lang)  # type: ignore[attr-defined]
        self._update_active_filters()
        self._update_empty_state()
        self._update_status()
        self._update_actions()
        self.clear_filters_action.setEnabled(not filters.is_empty()
                                             or not self._user_filter.is_empty())
        self.refreshed.emit(update.total)

    #: The tabs after the list: the time line and the partner x topic map (issue 13).
    CHART_TABS = ("timeline", "map")

    #: Up to this many partners with matches, the narrowed tree is opened whole; beyond, only
    #: its parts (opening thousands of rows costs more than a keystroke may).
    EXPAND_ALL_MAX = 300
    #: While a search or a filter narrows the list, the tree shows only the partners with
    #: matches, opened, so the one that matches is in view; when more than this many match
    #: (thousands, in a large library) every partner stays, those without matches greyed:
    #: leaving out a few of thousands helps no one, and made the view lay the whole tree out
    #: again at every keystroke instead of writing new counts into its rows.
    HIDE_ZERO_MAX = 300

    def _expand_matches(self, update: Update) -> None:
        if len(update.facets.partner_counts) <= self.EXPAND_ALL_MAX:
            self.tree_view.expandAll()
        else:
            for row in range(self.tree_model.rowCount()):
                self.tree_view.expand(self.tree_model.index(row, 0))

    def _fit_count_column(self, largest: int | None = None) -> None:
        """The tree's count column as wide as its title or its largest count (in bold, as
        the parts' counts are), whichever is wider."""
        if largest is not None:
            self._largest_count = largest
        font = QFont(self.tree_view.font())
        font.setBold(True)
        digits = QFontMetrics(font).horizontalAdvance("8" * len(str(self._largest_count)))
        title = str(self.tree_model.headerData(
            PartnerTreeModel.COUNT, Qt.Orientation.Horizontal))
        header = self.tree_view.header()
        heading = header.fontMetrics().horizontalAdvance(title)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        width = max(digits, heading) + margin
        if header.sectionSize(PartnerTreeModel.COUNT) != width:
            header.resizeSection(PartnerTreeModel.COUNT, width)

    # -- charts --------------------------------------------------------------------------
    def chart_view(self, key: str) -> QWidget:
        """The time line ("timeline") or the topic map ("map"), made on first use."""
        view = self._chart_views.get(key)
        if view is not None:
            return view
        if key == "timeline":
            from desktop.ui.timeline_view import TimelineView

            timeline = TimelineView()
            timeline.activity_selected.connect(self._chart_activity_chosen)
            view = timeline
        else:
            from desktop.ui.topic_map_view import TopicMapView

            topic_map = TopicMapView()
            topic_map.filter_requested.connect(self._map_filter_requested)
            view = topic_map
        view.setObjectName(f"{key}View")
        holder = self._chart_holders[key]
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()  # now, not when the layout gets round to it (a chart builds when shown)
        self._chart_views[key] = view
        holder.setFocusProxy(view.canvas)  # type: ignore[attr-defined]  # the tab's focus
        self._set_tab_order()
        if self._result is not None:
            view.set_slots(self._store, self.list_model.slots(), self._lang)  # type: ignore
            view.rebuild_now()  # type: ignore[attr-defined]  # at once, not after a pause
        if key == "timeline" and self._current_activity:
            view.select_activity(self._current_activity)  # type: ignore[union-attr]
        return view

    def show_results_tab(self, index: int) -> None:
        """0: the list, 1: the time line, 2: the topic map."""
        self.results_tabs.setCurrentIndex(max(0, min(index, self.results_tabs.count() - 1)))

    def _results_tab_changed(self, index: int) -> None:
        if index >= 1:
            self.chart_view(self.CHART_TABS[index - 1])
        for i, act in enumerate(self.results_tab_actions):
            act.setChecked(i == index)

    def _chart_activity_chosen(self, activity_id: str) -> None:
        """An activity chosen on the time line: current in the list and the detail pane."""
        self.open_activity(activity_id)

    def _map_filter_requested(self, partner_id: str | None, topic_id: str | None) -> None:
        """A cell (partner and topic), a row (partner) or a column (topic) of the map:
        filter to it, the other filters kept, and show the activities.

        The map counts the current results. A partner or topic filter of the same kind is
        replaced by the clicked one, which lists exactly the cell's activities when the
        clicked one was among those filtered to (or none was); otherwise the list can hold
        more than the cell said, and the status bar says which filter was replaced."""
        filters, replaced = self._filters, []
        if partner_id:
            if filters.partners and partner_id not in filters.partners:
                replaced.append(self.tr("partner"))
            filters = replace(filters, partners=(partner_id,), parts=())
        if topic_id:
            if filters.topics and topic_id not in filters.topics:
                replaced.append(self.tr("topic"))
            filters = replace(filters, topics=(topic_id,))
        self.set_filters(filters)
        self.show_results_tab(0)
        if replaced:
            self._say(self.tr(
                "The earlier {kinds} filter was replaced by the one chosen on the map, so the "
                "list can hold more activities than the map counted.").format(
                    kinds=labels.list_separator(self._lang).join(replaced)), 10000)

    def _show_filter_subject(self) -> None:
        """With no activity selected, show the partner the list is filtered to, if one."""
        if len(self._filters.partners) == 1:
            try:
                self.detail_pane.show_partner(self._store.partner(self._filters.partners[0]))
                return
            except NotFoundError:
                pass
        self.detail_pane.show_nothing()

    # -- tree ----------------------------------------------------------------------------
    def _tree_key(self) -> tuple[str, str] | None:
        f = self._filters
        if len(f.partners) == 1 and not f.parts:
            return ("partner", f.partners[0])
        if len(f.parts) == 1 and not f.partners:
            group = self._store.group_of_part(f.parts[0])
            return ("group", group.id) if group else None
        return None

    def _sync_tree_selection(self) -> None:
        key = self._tree_key()
        current = self.tree_view.currentIndex()
        if key and current.isValid() and current.data(NodeKeyRole) == key:
            return
        selection = self.tree_view.selectionModel()
        index = self.tree_model.find(key) if key else QModelIndex()
        was = self._syncing
        self._syncing = True
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index, selection.SelectionFlag.ClearAndSelect
                    | selection.SelectionFlag.Rows)
                self.tree_view.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._syncing = was

    def _tree_reset(self) -> None:
        for row in range(self.tree_model.rowCount()):
            self.tree_view.expand(self.tree_model.index(row, 0))

    def _tree_selection_changed(self, selected: QItemSelection, _deselected=None) -> None:
        if self._syncing:
            return
        indexes = [i for i in selected.indexes() if i.column() == 0]
        if not indexes:
            self.set_filters(replace(self._filters, partners=(), parts=()))
            return
        kind, ident = indexes[0].data(NodeKeyRole)
        if kind == "partner":
            self.show_partner(ident)
        else:
            self._current_activity = None
            self.list_view.clearSelection()
            self.set_filters(replace(self._filters, partners=(),
                                     parts=(self._store.group(ident).part,)))

    def _set_hide_zero(self, hide: bool) -> None:
        self.hide_zero_box.setChecked(hide)
        self.tree_model.set_hide_zero(hide or self._hides_for_narrowing)
        self._sync_tree_selection()

    # -- list ----------------------------------------------------------------------------
    def _list_current_changed(self, current: QModelIndex, _previous=None) -> None:
        if self._syncing:
            return
        activity_id = current.data(ActivityIdRole) if current.isValid() else None
        if not activity_id:
            return
        self._current_activity = activity_id
        hit = self.list_model.hit(self.list_model.row_of(activity_id))
        if hit:
            self.detail_pane.show_activity(hit.activity, self._query)
        timeline = self._chart_views.get("timeline")
        if timeline is not None:
            timeline.select_activity(activity_id)  # type: ignore[attr-defined]
        self._update_actions()

    # -- personal data ------------------------------------------------------------------------
    @property
    def userdata(self) -> UserData | None:
        return self._userdata

    def set_user_filter(self, user_filter: UserFilter) -> None:
        if user_filter != self._user_filter:
            self._user_filter = user_filter
            self.refresh()

    def apply_search(self, query: str, filters: Filters) -> None:
        """A saved search: its words and filters replace the current ones."""
        self._filters = self._valid_filters(filters)
        self.search_field.set_query(query)
        self.refresh()

    def _open_item(self, kind: str, ident: str) -> None:
        if kind == "partner":
            self.show_partner(ident)
        else:
            self.open_activity(ident)

    def _personal_changed(self) -> None:
        self.my_briefing.reload()
        if not self._user_filter.is_empty():
            self.refresh()

    def add_to_collection(self, ids: list[str] | None = None, kind: str = "activity") -> int:
        """Add activities (the selected ones by default) or a partner to a collection chosen
        by the user; returns how many were added."""
        if self._userdata is None:
            self.statusBar().showMessage(self.userdata_notice or self.tr(
                "Your personal data is not available."), 8000)
            return 0
        if ids is None:
            ids = self.selected_activity_ids() or (
                [self.detail_pane.activity.id] if self.detail_pane.activity else [])
        if not ids:
            self.statusBar().showMessage(self.tr("Select activities to add."), 4000)
            return 0
        name = self.my_briefing.choose_collection()
        return self.my_briefing.add_to_collection(name, ids, kind) if name else 0

    def export_collection(self, name: str) -> None:
        """Export a collection as a briefing: its activities in its order, titled by it."""
        if self._userdata is None:
            return
        briefing = self._userdata.collection_activities(self._store, name)
        ids = [a.id for a in briefing.activities]
        if not ids:
            QMessageBox.information(self, self.tr("Export"), self.tr(
                "The collection {name} has no activities to export.").format(name=name))
            return
        from desktop.ui.export_dialog import ExportDialog  # loaded when first used

        dialog = ExportDialog(
            self._store, self, current_query="", current_filters=Filters(), current_ids=ids,
            selected_ids=[], selected_partner_id=None, lang=self._lang,
            settings=self._settings.qsettings)
        dialog.set_scope("current")
        dialog.title_edit.setText(name)
        dialog._title_edited = True  # the collection's name stays the title
        dialog.collection = briefing
        dialog.exported.connect(lambda path: self._say(
            self.tr("Exported to {path}").format(path=path), 8000))
        dialog.exec()

    def backup_userdata(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._userdata is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up my data"), "ippc-coop-my-data.sqlite",
            self.tr("Backups (*.sqlite)"))
        if path:
            try:
                self._userdata.backup(Path(path))
            except (CoopError, OSError) as exc:
                self._show_import_error(exc)
                return
            self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path),
                                         8000)

    def restore_userdata(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._userdata is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore my data"), "",
                                              self.tr("Backups (*.sqlite);;All files (*)"))
        if not path:
            return
        answer = QMessageBox.question(self, self.tr("Restore my data"), self.tr(
            "Replace your notes, stars, collections and saved searches with those of the "
            "backup? The current ones are kept in a file beside them."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._userdata.restore(Path(path))
        except (CoopError, OSError) as exc:
            self._show_import_error(exc)
            return
        self.detail_pane.set_userdata(self._userdata)
        self.my_briefing.reload()
        self.refresh()
        self.statusBar().showMessage(self.tr("Your data was restored."), 8000)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.detail_pane.can_go_back())
        self.forward_action.setEnabled(self.detail_pane.can_go_forward())

    def _navigated(self, kind: str, ident: str) -> None:
        """Back/forward: the list follows when the activity is listed."""
        if kind == "activity":
            self._syncing = True
            try:
                self.select_activity(ident)
            finally:
                self._syncing = False
            self._current_activity = ident
        self._update_actions()

    def set_theme(self, mode: str) -> None:
        """Light, dark, or the system's colours; remembered. Only the palette changes."""
        mode = mode if mode in self.theme_actions else "system"
        self.theme_actions[mode].setChecked(True)
        self._settings.set("ui/theme", mode)
        apply_theme(mode)

    def show_shortcuts(self) -> None:
        rows = []
        for act in (self.find_action, self.copy_action, self.copy_citation_action,
                    self.export_action, self.add_report_action, self.clear_filters_action,
                    self.back_action, self.forward_action, self.larger_action,
                    self.smaller_action, self.reset_font_action, self.show_left_action,
                    self.show_detail_action, *self.results_tab_actions, self.star_action,
                    self.collect_action, self.print_action, self.guide_action,
                    self.quit_action):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                name = re.sub(r"\(&\w\)", "", act.text()).replace("&", "").rstrip("…")
                rows.append(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>")
        extra = [
            (self.tr("In the search field: go to the results"), self.tr("Down, Enter")),
            (self.tr("Clear the search"), "Esc"),
            (self.tr("In the partner tree: remove the partner filter"), "Esc"),
            (self.tr("Open the File, Edit, View or Help menu"),
             "Alt+F, Alt+E, Alt+V, Alt+H"),
            (self.tr("Open a context menu"), self.tr("Right-click, Menu key")),
            (self.tr("Select several results"), self.tr("Shift or Ctrl + click or arrows")),
        ]
        rows += [f"<tr><td>{escape(a)}</td><td><b>{escape(b)}</b></td></tr>" for a, b in extra]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"),
                                "<table cellspacing='6'>" + "".join(rows) + "</table>")

    def show_guide(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        from desktop.ui.help_text import GUIDE

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setOpenLinks(False)  # offline: nothing to follow
        browser.setMarkdown(GUIDE["zh" if self._lang == "zh" else "en"])
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 560)
        self.guide_dialog = dialog
        dialog.show()

    def _update_actions(self) -> None:
        """Copy citation only when an activity is shown (there is nothing to cite else)."""
        self.copy_citation_action.setEnabled(self.detail_pane.activity is not None)

    def _update_selection_status(self) -> None:
        count = len(self.selected_activity_ids())
        self.selection_label.setText(
            self.tr("{count} selected").format(count=count) if count > 1 else "")

    # -- keyboard and context menus -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.list_view.viewport():
            self._balance_columns()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_field and key in (
                    Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    self.list_proxy.rowCount()):
                self._focus_results()
                return True
            if watched is self.tree_view and key == Qt.Key.Key_Escape and (
                    self._filters.partners or self._filters.parts):
                self.set_filters(replace(self._filters, partners=(), parts=()))
                return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        """From the search field to the results, keeping (or making) a current row."""
        self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.list_proxy.index(0, 0))

    def _tree_menu(self, pos: QPoint) -> None:
        menu = self.tree_context_menu(self.tree_view.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree_view.viewport().mapToGlobal(pos))

    def tree_context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for a partner or a part of the tree (None for empty space)."""
        if not index.isValid():
            return None
        kind, ident = self.tree_model.index(index.row(), 0, index.parent()).data(NodeKeyRole)
        menu = QMenu(self)
        if kind == "partner":
            partner = self._store.partner(ident)
            name = partner.display(self._lang)
            menu.addAction(self.tr("Show only this partner's activities"),
                           lambda: self.set_filters(replace(self._filters,
                                                            partners=(ident,), parts=())))
            menu.addAction(self.tr("Show its card"),
                           lambda: self.detail_pane.show_partner(partner))
            menu.addAction(self.tr("Copy name"), lambda: self._copy_text(
                f"{partner.name_zh} / {partner.display('en')}", self.tr("Name copied")))
            menu.addSeparator()
            menu.addAction(self.tr("Export this partner's activities…"),
                           lambda: self._export_partner(ident))
            menu.setTitle(name)
        else:
            group = self._store.group(ident)
            menu.addAction(self.tr("Show only this part"), lambda: self.set_filters(
                replace(self._filters, partners=(), parts=(group.part,))))
        return menu

    def _export_partner(self, partner_id: str) -> None:
        self.set_filters(replace(self._filters, partners=(partner_id,), parts=()))
        self.open_export_dialog(scope="partner")

    def _list_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        if not self.list_view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.list_view.setCurrentIndex(index)
        self.list_context_menu().exec(self.list_view.viewport().mapToGlobal(pos))

    def list_context_menu(self) -> QMenu:
        """The menu for the selected results."""
        menu = QMenu(self)
        count = len(self.selected_activity_ids())
        menu.addAction(self.tr("Copy") if count < 2 else self.tr(
            "Copy {count} activities").format(count=count), self.copy_selected)
        menu.addAction(self.tr("Copy citation"), self.copy_citation)
        if self._userdata is not None:
            menu.addAction(self.tr("Add to collection…"), lambda: self.add_to_collection())
        menu.addSeparator()
        menu.addAction(self.tr("Export selected…"),
                       lambda: self.open_export_dialog(scope="selected"))
        menu.addAction(self.tr("Read the whole paragraph"),
                       lambda: self.detail_pane.set_whole_paragraph(True))
        return menu

    def _copy_text(self, text: str, message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._say(message)

    def _say(self, message: str, timeout: int = 3000) -> None:
        """A short message in the status bar, announced to a screen reader."""
        self.statusBar().showMessage(message, timeout)
        accessibility.announce(self.statusBar(), message)

    def copy_selected(self) -> None:
        """Copy every selected activity (title, text shown, citation), else the shown one."""
        ids = self.selected_activity_ids()
        if len(ids) < 2:
            if self.detail_pane.activity is not None:
                self._copy_text(self.detail_pane.copy_text(), self.tr("Activity copied"))
            return
        blocks = [self.detail_pane.copy_text(self._store.activity(i)) for i in ids]
        self._copy_text("\n\n———\n\n".join(blocks),
                        self.tr("{count} activities copied").format(count=len(ids)))

    # -- labels --------------------------------------------------------------------------
    def _filter_descriptions(self) -> list[tuple[str, str]]:
        """``(remove-link, text)`` for each active filter value."""
        f, lang, out = self._filters, self._lang, []
        for tid in f.topics:
            try:
                name = self._store.topic(tid).label(lang)
            except NotFoundError:
                name = tid
            out.append((f"topic:{tid}", self.tr("Topic: {name}").format(name=name)))
        for year in f.years:
            out.append((f"year:{year}", self.tr("Year: {year}").format(
                year=labels.year_label(year))))
        for pid in f.partners:
            try:
                name = labels.partner_short(self._store.partner(pid), lang)
            except NotFoundError:
                name = pid
            out.append((f"partner:{pid}", self.tr("Partner: {name}").format(name=name)))
        for part in f.parts:
            group = self._store.group_of_part(part)
            out.append((f"part:{part}", self.tr("Part: {name}").format(
                name=group.label(lang) if group else str(part))))
        for doc_id in f.documents:
            try:
                name = self._store.document(doc_id).label(lang)
            except NotFoundError:
                name = doc_id
            out.append((f"doc:{doc_id}", self.tr("Report: {name}").format(name=name)))
        if f.calls_to_action:
            out.append(("cta:", self.tr("Calls to action for NPPOs")))
        u = self._user_filter
        if u.starred:
            out.append(("user:starred", self.tr("Starred only")))
        if u.with_notes:
            out.append(("user:notes", self.tr("With my notes only")))
        if u.notes_query.strip():
            out.append(("user:query", self.tr("My notes: {words}").format(
                words=u.notes_query.strip())))
        if u.collection:
            out.append(("user:collection", self.tr("Collection: {name}").format(
                name=u.collection)))
        return out

    def _update_active_filters(self) -> None:
        items = self._filter_descriptions()
        if not items:
            self.active_filters_label.hide()
            return
        remove = self.tr("remove")
        # Non-breaking: a filter and its ✕, and "Clear all filters", are never split.
        links = [f'{escape(text)}&nbsp;<a href="{href}" title="{escape(remove)}">✕</a>'
                 for href, text in items]
        clear = f'<a href="clear:">{_nowrap(self.tr("Clear all filters"))}</a>'
        heading = escape(self.tr("Filters:"))
        self.active_filters_label.setText(
            f"<b>{heading}</b> " + " · ".join(links) + f" — {clear}")
        self.active_filters_label.setAccessibleName(
            self.tr("Active filters: {list}").format(list=", ".join(t for _, t in items)))
        self.active_filters_label.show()

    def _remove_filter_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        f = self._filters
        if kind == "clear":
            self.clear_filters()
        elif kind == "topic":
            self.set_filters(replace(f, topics=tuple(t for t in f.topics if t != value)))
        elif kind == "year":
            self.set_filters(replace(f, years=tuple(y for y in f.years if str(y) != value)))
        elif kind == "partner":
            self.set_filters(replace(f, partners=tuple(p for p in f.partners if p != value)))
        elif kind == "part":
            self.set_filters(replace(f, parts=tuple(p for p in f.parts if str(p) != value)))
        elif kind == "doc":
            self.set_filters(replace(f, documents=tuple(d for d in f.documents if d != value)))
        elif kind == "cta":
            self.set_filters(replace(f, calls_to_action=False))
        elif kind == "user":
            self.my_briefing.remove_filter(value)

    def _update_empty_state(self) -> None:
        result = self._result
        if result is None or result.total:
            self.list_stack.setCurrentIndex(0)
            return
        query, filters = self._query.strip(), self._filters
        if query and not filters.is_empty():
            without = self._store.count(query)
            text = self.tr("No activity matches “{query}” with the current filters.").format(
                query=query)
            if without:
                text += "\n" + labels.plural(without, self.tr(
                    "1 activity matches it without filters: remove a filter or clear them "
                    "all."), self.tr("%n activities match it without filters: remove a filter "
                                     "or clear them all.", "", without))
            else:
                text += "\n" + self.tr(
                    "It is not in the report at all: try fewer or shorter words.")
        elif query:
            text = self.tr(
                "No activity mentions “{query}”.\nTry fewer or shorter words, or another "
                "spelling; names of partners work in Chinese and English.").format(query=query)
        else:
            text = self.tr(
                "No activity matches all the chosen filters.\nFilters of different kinds "
                "must all match: remove one to widen the list.")
        self.empty_label.setText(text)
        self.empty_clear_search.setVisible(bool(query))
        self.empty_clear_filters.setVisible(not filters.is_empty()
                                            or not self._user_filter.is_empty())
        self.list_stack.setCurrentIndex(1)

    def _update_status(self) -> None:
        shown = self._result.total if self._result else 0
        self.count_label.setText(self.tr("{shown} of {total} activities").format(
            shown=shown, total=self._store.size_hint()))
        self.data_label.setText(self.tr("Data {version}").format(
            version=self._store.data_version()))
        self.offline_label.setText(self.tr("Offline"))
        self.offline_label.setToolTip(self.tr(
            "Everything is read from the bundled database; nothing is sent or fetched."))
        self._announce_timer.start()  # the count, once the typing pauses

    # ================================================================== actions
    def selected_activity_ids(self) -> list[str]:
        """Ids of the activities selected in the list, in list order."""
        rows = sorted(self.list_view.selectionModel().selectedRows(0), key=lambda i: i.row())
        return [str(i.data(ActivityIdRole)) for i in rows if i.data(ActivityIdRole)]

    def open_export_dialog(self, scope: str | None = None, fmt: str | None = None) -> None:
        """File > Export: what is on screen, the selection, the partner, or everything
        (``scope`` preselects one, as the context menus do)."""
        # The results in the order the user sees them (the list may be sorted by a column).
        current = self.list_model.activity_ids()
        partners = self._filters.partners
        from desktop.ui.export_dialog import ExportDialog  # loaded when first used

        dialog = ExportDialog(
            self._store, self, current_query=self._query, current_filters=self._filters,
            current_ids=current, selected_ids=self.selected_activity_ids(),
            selected_partner_id=partners[0] if len(partners) == 1 else None,
            lang=self._lang, settings=self._settings.qsettings, fmt=fmt)
        dialog.exported.connect(
            lambda path: self._say(self.tr("Exported to {path}").format(path=path), 8000))
        if scope and dialog.scope_buttons.get(scope) is not None and (
                dialog.scope_buttons[scope].isEnabled()):
            dialog.set_scope(scope)
        dialog.exec()

    def print_results(self) -> None:
        """File > Print: the listed activities (the selected ones when several are) as a
        briefing in the window's language, through the print dialog."""
        from desktop.ui.briefing_print import BriefingPrint  # loads QtPrintSupport

        ids, scope = self.selected_activity_ids(), "selected"
        if len(ids) < 2:
            ids = self.list_model.activity_ids()
            scope = "current"
        BriefingPrint(self).print_activities(
            self._store, ids, query=self._query if scope == "current" else "",
            filters=self._filters if scope == "current" else None, lang=self._lang,
            scope=scope)

    # -- the library of added reports ------------------------------------------------------
    def choose_report_file(self) -> None:
        """File > Add report: pick a file, preview what was found, import on confirmation."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a report"), self._settings.get_str("library/last_dir", ""),
            self.tr("Reports (*.txt *.docx *.pdf);;All files (*)"))
        if path:
            self._settings.set("library/last_dir", str(Path(path).parent))
            self.add_report_file(Path(path))

    def add_report_file(self, path: Path, confirm: bool = True) -> bool:
        """Import a report file into the library; ``True`` when it was added."""
        from desktop.core import library

        try:
            with _busy():
                preview = library.preview_file(self._store, path)
        except CoopError as exc:
            self._show_import_error(exc)
            return False
        if confirm and not self._confirm_import(preview):
            return False
        try:
            with _busy():
                result = library.import_file(self._store, path)
        except CoopError as exc:
            self._show_import_error(exc)
            return False
        self._library_changed()
        doc_id = result.document_ids[0]
        self.set_filters(Filters(documents=(doc_id,)))
        self.statusBar().showMessage(self.tr(
            "Added {report}: {count} activities. Links were found automatically: check them "
            "against the text.").format(report=self._store.document(doc_id).label(self._lang),
                                        count=result.activities), 12000)
        return True

    def _confirm_import(self, preview) -> bool:
        doc = preview.document
        found = [p for p in preview.paragraphs if p.activity]
        partners = {pid for p in found for pid in p.links.partners}
        unknown = sorted({name for p in found for name in p.links.unrecognised})
        lines = [
            self.tr("Report: {session}, agenda item {item}").format(
                session=doc["session_short"], item=doc["agenda_item"] or "?"),
            self.tr("Title: {title}").format(title=doc["title_zh"] or doc["title_en"] or "—"),
            self.tr("{count} paragraphs become activities; {partners} partners recognised.")
            .format(count=len(found), partners=len(partners)),
        ]
        if unknown:
            lines.append(self.tr("Names not in the registry (not linked): {names}").format(
                names="; ".join(unknown[:12]) + (" …" if len(unknown) > 12 else "")))
        lines.append(self.tr("Partners, topics and dates are found automatically; the app "
                             "marks them so. Add this report to your library?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Add a report"),
                          "\n\n".join(lines), QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_pack_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a data pack"), self._settings.get_str("library/last_dir", ""),
            self.tr("Data packs (*.ippcpack *.sqlite);;All files (*)"))
        if path:
            self._settings.set("library/last_dir", str(Path(path).parent))
            self.import_pack_file(Path(path))

    def import_pack_file(self, path: Path) -> bool:
        from desktop.core import library

        try:
            with _busy():
                result = library.import_pack(self._store, path)
        except CoopError as exc:
            self._show_import_error(exc)
            return False
        self._library_changed()
        c = result.changes
        text = self.tr(
            "Reports added: {added}\nReports replaced: {replaced}\nPartners added: {partners}\n"
            "Activities added: {a_added}, removed: {a_removed}, changed: {a_changed}").format(
            added=", ".join(c["reports_added"]) or "—",
            replaced=", ".join(c["reports_replaced"]) or "—",
            partners=len(c["partners_added"]), a_added=c["activities_added"],
            a_removed=c["activities_removed"], a_changed=c["activities_changed"])
        QMessageBox.information(self, self.tr("Data pack imported"), text)
        return True

    def choose_report_to_remove(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        added = [d for d in self._store.documents if d.origin != "bundled"]
        if not added:
            QMessageBox.information(self, self.tr("Remove an added report"), self.tr(
                "No report has been added. The reports that come with the app cannot be "
                "removed."))
            return
        names = [f"{d.label(self._lang)} — {d.source_file or d.id}" for d in added]
        choice, ok = QInputDialog.getItem(self, self.tr("Remove an added report"),
                                          self.tr("Report to remove:"), names, 0, False)
        if ok and choice:
            document = added[names.index(choice)]
            answer = QMessageBox.question(self, self.tr("Remove an added report"), self.tr(
                "Remove {report} from your library? You can import its file again later.")
                .format(report=document.label(self._lang)))
            if answer == QMessageBox.StandardButton.Yes:
                self.remove_report(document.id)

    def remove_report(self, doc_id: str) -> bool:
        from desktop.core import library

        try:
            library.remove_report(self._store, doc_id)
        except (CoopError, OSError) as exc:
            self._show_import_error(exc)
            return False
        self._library_changed()
        self.statusBar().showMessage(self.tr("Report removed"), 5000)
        return True

    def _library_changed(self) -> None:
        self._filters = self._valid_filters(self._filters)
        self.refresh()
        self._fit_paragraph_column()

    def _show_import_error(self, exc: Exception) -> None:
        text = exc.message(self._lang) if isinstance(exc, CoopError) else str(exc)
        log.warning("import refused: %s", exc)
        QMessageBox.warning(self, self.tr("Not imported"), text)

    def focus_search(self) -> None:
        self.show_left_action.setChecked(True)  # never type into a hidden field
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def copy_citation(self) -> None:
        if not self.detail_pane.copy_citation():
            self.statusBar().showMessage(self.tr("Select an activity to cite it."), 3000)

    def copy(self) -> None:
        """Copy the selected text where there is some, else the current activity."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLabel) and focus.hasSelectedText():
            QGuiApplication.clipboard().setText(focus.selectedText())
            return
        if focus is not None and hasattr(focus, "copy") and focus is not self.list_view:
            focus.copy()
            return
        self.copy_selected()

    def set_language(self, lang: str) -> None:
        """Switch the UI and data language now; remembered for the next start."""
        lang = normalize_language(lang) or "en"
        self._settings.set("ui/language", lang)
        self._settings.sync()
        if lang == self._lang and self._translations.language == lang:
            return
        self._lang = lang
        # Installing the translators sends LanguageChange, which lands in changeEvent.
        self._translations.set_language(lang)
        self._apply_data_language()

    def _apply_data_language(self) -> None:
        lang = self._lang
        self._fit_count_column()  # its title changed
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)
        self.tree_model.set_language(lang)
        self.list_model.set_language(lang)
        self.filter_panel.set_language(lang)
        self.detail_pane.set_language(lang)
        if self._result is not None:
            for view in self._chart_views.values():
                view.set_slots(self._store, self.list_model.slots(), lang)  # type: ignore
        self._update_active_filters()
        self._update_empty_state()

    def change_font(self, step: int) -> None:
        """Larger (+1), smaller (-1) or reset (0) the font of the whole window."""
        low, high = FONT_DELTA_RANGE
        delta = 0.0 if step == 0 else self._font_delta + step * FONT_STEP
        self._font_delta = max(low, min(high, delta))
        self._apply_font()

    def _apply_font(self) -> None:
        if self._base_font is None:
            return
        delta = self._font_delta
        set_application_font(zoomed(self._base_font, delta),
                             {name: zoomed(font, delta)
                              for name, font in self._class_fonts.items()})
        self._fit_columns_to_font()

    def reset_layout(self) -> None:
        """Default pane sizes, all panes shown, default columns."""
        self.show_left_action.setChecked(True)
        self.show_detail_action.setChecked(True)
        self.main_splitter.setSizes([340, 600, 440])
        self.left_pane.setSizes([420, 330])
        header = self.list_view.header()
        for column, width in enumerate((40, 96, 120, 300, 150)):
            if column != ActivityListModel.TITLE:
                header.resizeSection(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list_proxy.sort(-1)
        self._fit_paragraph_column()

    def _balance_columns(self) -> None:
        """The title keeps at least a third of the list: the other columns give way (down to
        what their content needs at the current font), they never push it to nothing."""
        header = self.list_view.header()
        width = self.list_view.viewport().width()
        others = [c for c in range(ActivityListModel.COLUMN_COUNT)
                  if c != ActivityListModel.TITLE]
        used = sum(header.sectionSize(c) for c in others)
        room = width - used
        if width <= 0 or room >= width // 3:
            return
        floor = {c: self._column_floor(c) for c in others}
        excess = sum(max(0, header.sectionSize(c) - floor[c]) for c in others)
        need = width // 3 - room
        if excess <= 0:
            return
        ratio = min(1.0, need / excess)
        for c in others:
            spare = max(0, header.sectionSize(c) - floor[c])
            header.resizeSection(c, header.sectionSize(c) - int(spare * ratio))

    def _column_floor(self, column: int) -> int:
        """The narrowest a column may get: its content's width at the current font."""
        metrics = QFontMetrics(QApplication.font())  # already the new one after a change
        samples = {ActivityListModel.PARAGRAPH: "99", ActivityListModel.DATE: "2019-12",
                   ActivityListModel.PARTNERS: "WCO", ActivityListModel.TOPICS: "SPS"}
        if column == ActivityListModel.PARAGRAPH and len(self._store.documents) > 1:
            samples[column] = "CPM-15 ¶24"
        return metrics.horizontalAdvance(samples.get(column, "")) + 20

    def _fit_columns_to_font(self) -> None:
        """After a font change, widen the columns whose content would be cut: the paragraph
        and a full date (the others elide, the title stretches)."""
        header = self.list_view.header()
        metrics = QFontMetrics(QApplication.font())
        wanted = {ActivityListModel.PARAGRAPH: self._column_floor(ActivityListModel.PARAGRAPH),
                  ActivityListModel.DATE: metrics.horizontalAdvance("2019-12-02–05") + 20}
        for column, width in wanted.items():
            if header.sectionSize(column) < width:
                header.resizeSection(column, width)
        self._balance_columns()
        self._fit_count_column()

    def _fit_paragraph_column(self) -> None:
        """Widen the ¶ column when it names the report ("CPM-15 ¶24"), never narrow it."""
        if len(self._store.documents) < 2 or not self._store.index_ready:
            return  # (called again once the index is read)
        last = self._store.last_paragraphs()
        sample = max((f"{d.session_short.split(' (')[0]} ¶{last.get(d.id, 0)}"
                      for d in self._store.documents), key=len, default="")
        header = self.list_view.header()
        wanted = self.list_view.fontMetrics().horizontalAdvance(sample) + 24
        if header.sectionSize(ActivityListModel.PARAGRAPH) < wanted:
            header.resizeSection(ActivityListModel.PARAGRAPH, wanted)

    def show_about(self) -> None:
        name = APP_NAME_ZH if self._lang == "zh" else APP_NAME
        lines = [
            self.tr("Version {version}").format(version=__version__),
            self.tr("Data version {version}").format(version=self._store.data_version()),
        ]
        for document in self._store.documents:
            lines.append(self.tr("Source: {title}, {session}, agenda item {item}").format(
                title=document.title(self._lang), session=document.session_short,
                item=document.agenda_item))
        lines += [
            self.tr("The report text is quoted verbatim in its own language. English texts of "
                    "reports in Chinese are an unofficial working translation; the Chinese "
                    "text is authoritative."),
            self.tr("Licence: MIT"),
            self.tr("Works offline: no network connection is ever made."),
        ]
        text = f"<h3>{escape(name)}</h3><p>" + "<br>".join(escape(t) for t in lines) + "</p>"
        QMessageBox.about(self, self.tr("About {name}").format(name=name), text)

    # ================================================================== language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        name = APP_NAME_ZH if self._lang == "zh" else APP_NAME
        self.setWindowTitle(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.left_tabs.setTabText(0, self.tr("Partners"))
        self.left_tabs.setTabText(1, self.tr("My briefing"))
        tab_names = (self.tr("Activities"), self.tr("Timeline"), self.tr("Topic map"))
        for i, name in enumerate(tab_names):
            self.results_tabs.setTabText(i, name)
        self.results_tab_actions[0].setText(self.tr("Show the activity &list"))
        self.results_tab_actions[1].setText(self.tr("Show the &timeline"))
        self.results_tab_actions[2].setText(self.tr("Show the topic &map"))
        texts = {
            self.export_action: self.tr("&Export…"),
            self.export_pdf_action: self.tr("Export &PDF…"),
            self.print_action: self.tr("&Print…"),
            self.add_report_action: self.tr("&Add report…"),
            self.import_pack_action: self.tr("Import data &pack…"),
            self.remove_report_action: self.tr("&Remove an added report…"),
            self.quit_action: self.tr("&Quit"),
            self.copy_action: self.tr("&Copy"),
            self.copy_citation_action: self.tr("Copy ci&tation"),
            self.find_action: self.tr("&Find"),
            self.clear_filters_action: self.tr("C&lear all filters"),
            self.larger_action: self.tr("&Larger text"),
            self.smaller_action: self.tr("&Smaller text"),
            self.reset_font_action: self.tr("&Normal text size"),
            self.show_left_action: self.tr("Show &partners and filters"),
            self.show_detail_action: self.tr("Show &detail pane"),
            self.hide_zero_action: self.tr("&Hide partners without matches"),
            self.reset_layout_action: self.tr("&Reset layout"),
            self.about_action: self.tr("&About"),
            self.back_action: self.tr("&Back"),
            self.forward_action: self.tr("&Forward"),
            self.theme_actions["system"]: self.tr("Follow the &system"),
            self.theme_actions["light"]: self.tr("&Light"),
            self.theme_actions["dark"]: self.tr("&Dark"),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
            self.star_action: self.tr("S&tar or unstar"),
            self.collect_action: self.tr("Add to c&ollection…"),
            self.backup_action: self.tr("&Back up my data…"),
            self.restore_action: self.tr("Restore my &data…"),
            self.guide_action: self.tr("&User guide"),
            self.about_qt_action: self.tr("About &Qt"),
        }
        for act, text in texts.items():
            act.setText(text)
            # Toolbar buttons: no mnemonic, which in Chinese would show as "(F)".
            act.setIconText(re.sub(r"\(&\w\)", "", text).replace("&", ""))
        self.export_action.setToolTip(self.tr("Export the listed activities (Ctrl+E)"))
        self.add_report_action.setStatusTip(self.tr(
            "Add a CPM report on international cooperation from a text, Word or PDF file"))
        self.import_pack_action.setStatusTip(self.tr(
            "Add curated reports from a data pack file"))
        self.find_action.setToolTip(self.tr("Search the report (Ctrl+F)"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.hide_zero_box.setText(self.tr("Hide partners without matches"))
        self.tree_view.setAccessibleName(self.tr("Partners"))
        self.tree_view.setAccessibleDescription(self.tr(
            "The report's three parts with their partners and the number of matching "
            "activities; selecting one shows only its activities"))
        self.left_pane.setAccessibleName(self.tr("Partners and filters"))
        self.filter_panel.setAccessibleName(self.tr("Filters"))
        self.middle_pane.setAccessibleName(self.tr("Activities"))
        self.list_view.setAccessibleName(self.tr("Activities"))
        self.detail_pane.setAccessibleName(self.tr("Activity details"))
        self.empty_clear_search.setText(self.tr("Clear search"))
        self.empty_clear_filters.setText(self.tr("Clear all filters"))
        # The label's name is its text ("24 of 95 activities"), which a screen reader reads.
        self.count_label.setAccessibleDescription(self.tr("Number of activities shown"))
        self._apply_data_language()
        self._update_status()
        accessibility.fill_in_names(self)
        self._menu_keys.apply()

    # ================================================================== persistence
    def _default_size(self) -> QSize:
        """1280x800, or 90% of a smaller screen (laptops at 1366x768 or at 200% scaling)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 800)
        available = screen.availableGeometry()
        return QSize(min(1280, int(available.width() * 0.9)),
                     min(800, int(available.height() * 0.9)))

    def _restore_state(self) -> None:
        s = self._settings
        geometry = s.get_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        state = s.get_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/main_splitter", self.main_splitter),
                              ("window/left_splitter", self.left_pane)):
            data = s.get_bytes(key)
            if data is not None:
                splitter.restoreState(data)
        header_state = s.get_bytes("list/header")
        header = self.list_view.header()
        if header_state is not None and header.restoreState(header_state):
            self.list_view.sortByColumn(header.sortIndicatorSection(),
                                        header.sortIndicatorOrder())
        self.show_left_action.setChecked(s.get_bool("window/show_left", True))
        self.show_detail_action.setChecked(s.get_bool("window/show_detail", True))
        self.hide_zero_action.setChecked(s.get_bool("tree/hide_zero", False))
        self.show_results_tab(s.get_int("window/results_tab", 0))
        self.filter_panel.set_sort_mode(s.get_str("filters/topic_sort", "count"))
        theme = s.get_str("ui/theme", "system")
        self.theme_actions.get(theme, self.theme_actions["system"]).setChecked(True)
        if theme != "system":
            apply_theme(theme)
        self.detail_pane.set_text_mode(s.get_str("detail/text_mode", "ui"))
        self.detail_pane.set_whole_paragraph(s.get_bool("detail/whole_paragraph", False))
        delta = s.get_int("ui/font_delta", 0)
        if delta:
            self._font_delta = float(max(FONT_DELTA_RANGE[0], min(FONT_DELTA_RANGE[1], delta)))
            self._apply_font()
        self._filters = self._valid_filters(s.filters())
        self._query = s.get_str("state/query", "")
        self.search_field.blockSignals(True)
        self.search_field.setText(self._query)
        self.search_field.blockSignals(False)

    def _valid_filters(self, f: Filters) -> Filters:
        """Drop ids a newer database no longer has."""
        topics = {t.id for t in self._store.topics}
        partners = {p.id for p in self._store.partners}
        parts = {g.part for g in self._store.groups}
        documents = {d.id for d in self._store.documents}
        return Filters(topics=tuple(t for t in f.topics if t in topics),
                       years=f.years,
                       partners=tuple(p for p in f.partners if p in partners),
                       parts=tuple(p for p in f.parts if p in parts),
                       calls_to_action=f.calls_to_action,
                       documents=tuple(d for d in f.documents if d in documents))

    def save_state(self) -> None:
        s = self._settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/main_splitter", self.main_splitter.saveState())
        s.set("window/left_splitter", self.left_pane.saveState())
        s.set("window/show_left", self.show_left_action.isChecked())
        s.set("window/show_detail", self.show_detail_action.isChecked())
        s.set("list/header", self.list_view.header().saveState())
        s.set("tree/hide_zero", self.hide_zero_action.isChecked())
        s.set("window/results_tab", self.results_tabs.currentIndex())
        s.set("filters/topic_sort", self.filter_panel.topic_model.sort_mode)
        s.set("detail/text_mode", self.detail_pane.text_mode)
        s.set("detail/whole_paragraph", self.detail_pane.whole_paragraph)
        s.set("ui/language", self._lang)
        s.set("ui/font_delta", int(self._font_delta))
        s.set("state/query", self._query)
        s.set_filters(self._filters)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.close()
        for view in self._chart_views.values():
            view.close_builder()  # type: ignore[attr-defined]
        try:
            self.detail_pane.flush_note()
            if self.saves_state:
                self.save_state()
        except Exception:  # noqa: BLE001 - failing to save must not stop closing
            log.exception("could not save the window state")
        super().closeEvent(event)


_SYSTEM_PALETTE: QPalette | None = None


def apply_theme(mode: str) -> None:
    """Set the application's palette: the system's, a light one or a dark one (Fusion's
    roles, readable in both; the search marks keep their own contrast)."""
    global _SYSTEM_PALETTE
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    if mode == "dark":
        dark = QPalette()
        role, group = QPalette.ColorRole, QPalette.ColorGroup
        for r, color in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                         (role.Base, "#1f1f1f"), (role.AlternateBase, "#2a2a2a"),
                         (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                         (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"),
                         (role.HighlightedText, "#ffffff"), (role.Link, "#8ab4f8"),
                         (role.ToolTipBase, "#353535"), (role.ToolTipText, "#e6e6e6"),
                         (role.PlaceholderText, "#9a9a9a"), (role.Mid, "#444444")):
            dark.setColor(r, QColor(color))
        for r in (role.WindowText, role.Text, role.ButtonText):
            dark.setColor(group.Disabled, r, QColor("#7a7a7a"))
        app.setPalette(dark)
    elif mode == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_SYSTEM_PALETTE)


def _nowrap(text: str) -> str:
    return escape(text).replace(" ", "&nbsp;")


class _MenuTreeView(QTreeView):
    """A tree whose right button only opens the context menu: it neither selects nor
    filters (a left click does)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            self.customContextMenuRequested.emit(event.position().toPoint())
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:  # the Menu key
            super().contextMenuEvent(event)
        else:
            event.accept()


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while reading or writing a report."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _viewport() -> QWidget:
    """A viewport for an item view, made here as Qt makes its own (same name, background
    role and filling). The window needs its list's viewport object (to watch its resizing
    and its first paint); asked for Qt's own, PySide has to find the Python type of a QWidget
    it did not make, which creates every QtWidgets class not created yet, with its enums
    (about 30 enum classes here: several ms before the first paint)."""
    widget = QWidget()
    widget.setObjectName("qt_scrollarea_viewport")
    widget.setBackgroundRole(QPalette.ColorRole.Base)
    widget.setAutoFillBackground(True)
    return widget


def create_main_window(store: Store, settings: Settings | None = None,
                       translations: Translations | None = None, *,
                       userdata_after_paint: bool = False) -> MainWindow:
    """The main window over ``store``; the QApplication must exist.

    Without ``translations`` the language comes from the settings, else the system's.
    ``userdata_after_paint``: open the user's data right after the first frame (the app).
    """
    settings = settings or Settings()
    if translations is None:
        translations = Translations()
        translations.set_language(
            normalize_language(settings.get_str("ui/language")) or system_language())
    return MainWindow(store, settings, translations,
                      userdata_after_paint=userdata_after_paint)

