"""What assistive technology gets from the window and the Export dialog, walked through
QAccessible as a screen reader walks it (offscreen); the focus ring; plural forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Filters
from desktop.ui import accessibility as a11y
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.i18n import Translations
from desktop.ui.main_window import apply_theme
from desktop.ui.partner_tree_model import PartnerTreeModel

LANGUAGES = ["en", "zh"]


def _problems(objects: list[a11y.AccessibleObject]) -> list[str]:
    return [f"{o.path} ({o.object_name}) {o.problems()}" for o in objects if o.problems()]


def _widget_objects(objects: list[a11y.AccessibleObject]) -> list[a11y.AccessibleObject]:
    """Every object, menu items included (a menu item's name is its text)."""
    return objects


# ------------------------------------------------------------------------------ names
@pytest.mark.parametrize(("text", "name"), [
    ("&File", "File"), ("文件(&F)", "文件"), ("导出(&E)…", "导出…"), ("Q&&A", "Q&A"),
    ("Export &PDF…", "Export PDF…"), ("主题（&T）", "主题"), ("Calls (2)", "Calls (2)"),
])
def test_access_keys_are_stripped_from_names(text, name):
    assert a11y.strip_access_keys(text) == name
    assert not a11y.has_access_key_marker(name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_interactive_objects_are_named(window, translations, lang):
    translations.set_language(lang)
    window.set_language(lang)
    objects = a11y.interactive_objects(window)
    assert len(objects) > 40
    assert _problems(_widget_objects(objects)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_export_dialog_interactive_objects_are_named(qtbot, store, translations, tmp_path,
                                                     lang):
    from PySide6.QtCore import QSettings

    translations.set_language(lang)
    ids = [h.activity.id for h in store.search("集装箱").hits]
    dialog = ExportDialog(store, None, current_query="集装箱", current_filters=Filters(),
                          current_ids=ids, selected_ids=ids[:2], selected_partner_id="wco",
                          lang=lang, settings=QSettings(str(tmp_path / "s.ini"),
                                                        QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()  # never exec() a modal dialog in a test
    objects = a11y.interactive_objects(dialog)
    roles = {o.role for o in objects}
    assert {"RadioButton", "ComboBox", "EditableText", "CheckBox", "Button"} <= roles
    assert _problems(objects) == []
    # The clear button of the title and the popup lists of the combo boxes in particular.
    assert a11y.clear_button(dialog.title_edit).accessibleName()
    assert dialog.format_combo.view().accessibleName()
    for combo in (dialog.format_combo, dialog.lang_combo, dialog.encoding_combo):
        iface = QAccessible.queryAccessibleInterface(combo)
        assert iface.relations(QAccessible.RelationFlag.Label), combo.accessibleName()


def test_export_dialog_is_deleted_when_closed(qtbot, store, tmp_path):
    from PySide6.QtCore import QSettings

    dialog = ExportDialog(store, None, lang="en", settings=QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog.show()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_topic_sort_combo_has_a_label(window):
    combo = window.filter_panel.sort_combo
    iface = QAccessible.queryAccessibleInterface(combo)
    labels = [rel[0].text(QAccessible.Text.Name)
              for rel in iface.relations(QAccessible.RelationFlag.Label)]
    assert labels and "By count" not in labels[0]
    assert combo.accessibleName() == "Sort topics"
    assert combo.view().accessibleName()


def test_search_clear_button_is_named(window):
    button = a11y.clear_button(window.search_field)
    assert button is not None and button.accessibleName() == "Clear the search"
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # Esc does it from the field


# ------------------------------------------------------------------- the detail pane
def _accessible_texts(root: QWidget) -> str:
    """Every text assistive technology can read under ``root``: names, descriptions,
    values and the text interface's contents."""
    out = []
    for record, iface in a11y.walk(root):
        out += [record.name, record.value, iface.text(QAccessible.Text.Description) or ""]
        text = iface.textInterface()
        if text is not None:
            out.append(text.text(0, text.characterCount()))
    return re.sub(r"\s+", " ", " ".join(out))


def _first_container_activity(window, translations, lang):
    """The window in ``lang``, searched for 集装箱, its first result selected and shown."""
    translations.set_language(lang)
    window.set_language(lang)
    window.search_field.set_query("集装箱")
    window.list_view.setCurrentIndex(window.list_proxy.index(0, 0))
    activity = window.detail_pane.activity
    assert activity is not None
    return activity


@pytest.mark.parametrize("lang", LANGUAGES)
def test_selected_activity_reaches_assistive_technology(window, store, translations, lang):
    activity = _first_container_activity(window, translations, lang)
    texts = _accessible_texts(window.detail_pane)

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    assert flat(activity.title(lang)) in texts
    assert flat(activity.text_in(lang)) in texts
    citation = store.citation(activity, lang, translated=activity.is_translation(lang))
    assert flat(citation) in texts


def _headings(root) -> list[tuple[str, object]]:
    return [(record.name, iface) for record, iface in a11y.walk(root)
            if record.role == "Heading"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_detail_pane_headings_have_the_heading_role(window, translations, qtbot, lang):
    activity = _first_container_activity(window, translations, lang)
    browser = window.detail_pane.browser
    names = [name for name, _ in _headings(browser)]
    citation = "Citation" if lang == "en" else "引用"
    assert names[0] == re.sub(r"\s+", " ", activity.title(lang)).strip()
    assert citation in names and len(names) >= 4
    # Each lies over its heading: what the browser has there is that heading's text.
    markers = window.detail_pane._headings.markers()
    assert [m.accessibleName() for m in markers] == names
    for marker in markers:
        block = browser.cursorForPosition(marker.geometry().center()).block()
        assert block.blockFormat().headingLevel() == marker.level > 0
        assert marker.accessibleName().startswith(block.text().split("\u2028")[0][:10])
        # invisible to the keyboard and the mouse
        assert marker.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert marker.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    # scrolling takes them along with the text
    last = markers[-1]
    before = last.geometry().top()
    browser.verticalScrollBar().setValue(30)
    assert last.geometry().top() == before - browser.verticalScrollBar().value()
    # a partner's card has its own headings, and the old ones are gone
    window.detail_pane.show_partner(window._store.partner(activity.partner_ids[0]))
    assert citation not in [name for name, _ in _headings(browser)]


# ------------------------------------------------------------------ keyboard and focus
def test_only_things_a_user_acts_on_take_tab(window):
    window.activateWindow()
    stops = a11y.tab_stops(window)
    assert window.search_field in stops and window.list_view in stops
    # Every part of the window is reached, in reading order: search, partners and filters,
    # the results' tabs and list, then the detail pane's buttons, text and note.
    pane = window.detail_pane
    order = [window.search_field, window.tree_view, window.results_tabs.tabBar(),
             window.list_view, pane.star_button, pane.browser, pane.copy_citation_button,
             pane.note_edit]
    assert all(w in stops for w in order), [type(w).__name__ for w in order if w not in stops]
    start = stops.index(window.search_field)  # Tab goes round: read it from the search
    ring = stops[start:] + stops[:start]
    assert [ring.index(w) for w in order] == sorted(ring.index(w) for w in order)
    idle = [f"{type(w).__name__} {w.objectName()} {w.accessibleName()!r}" for w in stops
            if (isinstance(w, QAbstractScrollArea) and type(w).__name__ == "QScrollArea")
            or (isinstance(w, QLabel) and not w.openExternalLinks()
                and not (w.textInteractionFlags()
                         & Qt.TextInteractionFlag.LinksAccessibleByKeyboard))]
    assert idle == []
    unnamed = []
    for widget in stops:
        iface = QAccessible.queryAccessibleInterface(widget)
        labels = iface.relations(QAccessible.RelationFlag.Label)
        if not (iface.text(QAccessible.Text.Name) or labels):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


@pytest.fixture
def focus_ring(qapp):
    tracker = a11y.install_focus_ring(qapp)
    yield tracker
    qapp.focusChanged.disconnect(tracker._focus_changed)
    tracker.setParent(None)
    apply_theme("light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_ring_contrast_at_least_3_to_1(qtbot, focus_ring, theme):
    apply_theme(theme)
    palette = QApplication.palette()
    ring = a11y.focus_ring_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.Highlight):
        assert a11y.contrast_ratio(ring, palette.color(role)) >= 3, role

    page = QWidget()
    layout = QVBoxLayout(page)
    edit, button, box = QLineEdit("text"), QPushButton("Button"), QCheckBox("Check")
    buttons = QDialogButtonBox()
    default = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
    default.setDefault(True)
    for widget in (edit, button, box, buttons):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.resize(260, 200)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    for widget in (edit, button, box, default):
        before = page.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        QApplication.processEvents()
        after = page.grab().toImage()
        # Just above the widget's top edge: the ring, against what was there before.
        top_left = widget.mapTo(page, QPoint(0, 0))
        point = QPoint(top_left.x() + widget.width() // 2, top_left.y() - a11y.RING_GAP - 1)
        was, now = QColor(before.pixel(point)), QColor(after.pixel(point))
        assert a11y.contrast_ratio(was, now) >= 3, (type(widget).__name__, theme,
                                                     was.name(), now.name())


# ------------------------------------------------------------------------ plural forms
def test_counts_read_right_in_english_without_a_catalog(qapp, tmp_path: Path, store):
    translations = Translations(tmp_path)  # no .qm at all: the source strings
    translations.set_language("en")
    model = PartnerTreeModel("en")
    model.set_nodes(store.partner_tree("", Filters()))
    texts = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        texts.append(group.data(Qt.ItemDataRole.AccessibleTextRole))
        for child in range(model.rowCount(group)):
            texts.append(model.index(child, 0, group).data(Qt.ItemDataRole.AccessibleTextRole))
    assert not [t for t in texts if re.search(r"\b1 activities", t)]
    assert [t for t in texts if t.endswith(", 1 activity")]
    assert [t for t in texts if re.search(r", \d{2,} activities$", t)]


# ------------------------------------------------------------------- menus' access keys
@pytest.mark.parametrize(("text", "plain", "key"), [
    ("文件(&F)", "文件", "F"), ("导出(&E)…", "导出…", "E"), ("主题（&t）", "主题", "T"),
    ("&File", "&File", ""), ("Calls (2)", "Calls (2)", ""),
])
def test_bracketed_access_key_is_split_off(text, plain, key):
    assert a11y.split_bracketed_key(text) == (plain, key)


def _chinese(window, translations, qtbot):
    translations.set_language("zh")
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件")  # LanguageChange is posted


def _menu_actions(window):
    """Every action of the menu bar's menus, the menus' own included, depth first."""
    out = []

    def walk(menu):
        out.append(menu.menuAction())
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                out.append(action)

    for action in window.menuBar().actions():
        walk(action.menu())
    return out


def _menu_item_names(window):
    """The names QAccessible gives the menu bar's items and their menus' items."""
    names = []
    bar = QAccessible.queryAccessibleInterface(window.menuBar())
    for i in range(bar.childCount()):
        item = bar.child(i)
        names.append(item.text(QAccessible.Text.Name))
        menu = QAccessible.queryAccessibleInterface(item.object().menu())
        names += [menu.child(j).text(QAccessible.Text.Name) for j in range(menu.childCount())]
    return [n for n in names if n]


def test_chinese_menus_read_without_access_key_markers(window, translations, qtbot):
    _chinese(window, translations, qtbot)
    actions = _menu_actions(window)
    assert len(actions) > 35
    # "关于 &Qt" keeps its underlined Q: Qt names it "关于 Qt"
    assert [a.text() for a in actions if re.search(r"[(（]&", a.text())] == []
    names = _menu_item_names(window)
    assert "文件" in names and "导出…" in names
    assert [n for n in names if a11y.has_access_key_marker(n)] == []
    # the keys are kept, not lost: the same letters as the English menus'
    assert a11y.menu_access_key(window.file_menu.menuAction()) == "F"
    assert a11y.menu_access_key(window.export_action) == "E"


def test_english_menus_keep_their_ampersands(window, translations, qtbot):
    _chinese(window, translations, qtbot)
    translations.set_language("en")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.file_menu.title() == "&File"
    assert window.export_action.text() == "&Export…"
    assert a11y.menu_access_key(window.export_action) == ""
    assert "File" in _menu_item_names(window)


#: A popup menu on the offscreen platform: it cannot raise or grab the keyboard (real
#: platforms do); the menu still gets the keys sent to it.
_POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints)")


@_POPUP_NOISE
def test_chinese_menu_opens_with_alt_and_its_letter_chooses(window, translations, qtbot):
    from PySide6.QtTest import QTest

    _chinese(window, translations, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.edit_menu.isVisible)
    triggered = []
    window.find_action.triggered.connect(lambda *_: triggered.append(True))
    QTest.keyClick(window.edit_menu, Qt.Key.Key_F)  # 查找 (F)
    qtbot.waitUntil(lambda: not window.edit_menu.isVisible())
    assert triggered == [True]


@_POPUP_NOISE
def test_a_letter_two_menu_items_share_moves_between_them(window, translations, qtbot):
    _chinese(window, translations, qtbot)
    menu = window.view_menu
    shared = [a for a in menu.actions() if a11y.menu_access_key(a) == "L"]
    assert len(shared) >= 2  # 语言(L), 放大文字(L), 显示活动列表(L)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    from PySide6.QtTest import QTest

    QTest.keyClick(menu, Qt.Key.Key_L)
    assert menu.activeAction() is shared[0]
    QTest.keyClick(menu, Qt.Key.Key_L)
    assert menu.activeAction() is shared[1]
    assert menu.isVisible()  # moved, nothing chosen
    menu.hide()


@_POPUP_NOISE
def test_chinese_menu_bar_in_keyboard_mode_opens_a_menu_by_its_letter(window, translations,
                                                                        qtbot):
    """Alt (or F10) pressed alone highlights the menu bar; a letter then opens its menu,
    as "&File"'s F does in English."""
    from PySide6.QtTest import QTest

    _chinese(window, translations, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.menuBar()
    window.search_field.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Alt)  # pressed and released alone: keyboard mode
    assert bar.activeAction() is window.file_menu.menuAction()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_V)
    qtbot.waitUntil(window.view_menu.isVisible)
    assert bar.activeAction() is window.view_menu.menuAction()
    window.view_menu.hide()
