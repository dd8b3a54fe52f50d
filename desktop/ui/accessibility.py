"""Accessibility: names that reach assistive technology, live announcements, a focus ring
that can be seen, and an audit of the accessible tree (the tests' and ``make a11y``'s)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from shiboken6 import delete as shiboken_delete
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction

# QAccessible is imported where it is used (announcements, the audit): its enums cost the
# window's start a few milliseconds, and nothing uses them before it has painted.


@cache
def interactive_roles() -> frozenset[QAccessible.Role]:
    """Roles of objects a user acts on (the ones that must have a name). Cells and rows of
    item views are left out: they are named by the model's data, and the view itself is
    counted."""
    from PySide6.QtGui import QAccessible

    role = QAccessible.Role
    return frozenset({
        role.PushButton, role.Button, role.CheckBox, role.RadioButton, role.ComboBox,
        role.EditableText, role.SpinBox, role.Slider, role.Dial, role.PageTab, role.Link,
        role.List, role.Tree, role.Table, role.MenuItem, role.ButtonMenu,
        role.ButtonDropDown, role.ButtonDropGrid, role.HotkeyField, role.Switch,
    })


@cache
def _item_containers() -> frozenset[QAccessible.Role]:
    """Roles whose children are the items of a model: not walked (thousands of rows)."""
    from PySide6.QtGui import QAccessible

    return frozenset({QAccessible.Role.List, QAccessible.Role.Tree, QAccessible.Role.Table})

#: An access key left in a name: "文件(F)", "导出(E)…", "（F）" (an "&" in a name is a
#: literal ampersand: Qt removes the mnemonic's).
_KEY_MARKER = re.compile(r"[(（]&?[A-Za-z][)）]")
#: Stripped from a text to make a name: a CJK-style "(&F)" with the space before it, then
#: the "&" of a Latin mnemonic ("&&" is a literal ampersand).
_KEY_SUFFIX = re.compile(r"\s*[(（]&[A-Za-z0-9][)）]")
_AMPERSAND = re.compile(r"&(&?)")

#: Dynamic property on widgets whose accessible name was set by :func:`fill_in_names`, so a
#: later call (after a change of language) may replace it, but never a name set elsewhere.
_AUTO_NAME = "a11yAutoName"


def strip_access_keys(text: str) -> str:
    """``text`` without access-key markers, as a name for assistive technology.

    ``"文件(&F)"`` -> ``"文件"``, ``"导出(&E)…"`` -> ``"导出…"``, ``"&File"`` -> ``"File"``,
    ``"Q&&A"`` -> ``"Q&A"``. Screen readers announce the access key from the key binding,
    so nothing is lost; left in the name, "(F)" is read out as part of it.
    """
    return _AMPERSAND.sub(r"\1", _KEY_SUFFIX.sub("", text))


def has_access_key_marker(name: str) -> bool:
    """Whether a name still carries an access-key marker ("文件(F)", "&File")."""
    return bool(_KEY_MARKER.search(name))


# ---------------------------------------------------------------------------------- names
def _set_auto_name(widget: QWidget, name: str) -> None:
    """Set an accessible name unless one was set elsewhere (then it is the author's)."""
    if widget.accessibleName() and not widget.property(_AUTO_NAME):
        return
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
    widget.setProperty(_AUTO_NAME, True)


def label_for(label: QLabel, widget: QWidget, name: str | None = None) -> None:
    """Tie ``label`` to ``widget``: its buddy (Alt+key, and the "labelled by" relation that
    AT-SPI uses for a combo box's name), and the widget's name without access keys."""
    label.setBuddy(widget)
    widget.setAccessibleName(name if name is not None else strip_access_keys(label.text()))


def clear_button(line_edit: QLineEdit) -> QToolButton | None:
    """The clear button Qt puts in a line edit (``setClearButtonEnabled``), if any."""
    for button in line_edit.findChildren(QToolButton):
        if button.parent() is line_edit:
            return button
    return None


def fill_in_names(root: QWidget) -> None:
    """Name what Qt makes without a name, under ``root``, in the current language.

    - the clear button of each line edit: "Clear" plus the field's name;
    - the popup list of each combo box: the combo box's name (or its label's);
    - a toolbar's overflow button: "More tools";
    - buttons, labels with a buddy, and the buddies, whose text carries an access key
      ("导出(&E)…", "格式(&F)："): the text without it.

    Call it again after a change of language (from ``retranslate_ui``); names set elsewhere
    are never replaced.
    """
    for edit in root.findChildren(QLineEdit):
        button = clear_button(edit)
        if button is not None:
            field = edit.accessibleName() or edit.placeholderText()
            name = (QCoreApplication.translate("Accessibility", "Clear {field}").format(
                field=field) if field else QCoreApplication.translate("Accessibility", "Clear"))
            _set_auto_name(button, name)
            button.setToolTip(button.accessibleName())
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _KEY_SUFFIX.search(label.text()):
            # What "labelled by" reads: Qt drops the "&" of "格式(&F)：" but keeps "(F)".
            _set_auto_name(label, strip_access_keys(label.text()))
        if buddy is not None and label.text():
            _set_auto_name(buddy, strip_access_keys(label.text()).rstrip(":：").strip())
    for combo in root.findChildren(QComboBox):
        name = combo.accessibleName()
        view = combo.view()
        if name and view is not None:
            _set_auto_name(view, QCoreApplication.translate(
                "Accessibility", "{name}: choices").format(name=name))
    for toolbar in root.findChildren(QToolBar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            _set_auto_name(extension, QCoreApplication.translate("Accessibility", "More tools"))
    for any_button in root.findChildren(QAbstractButton):
        if _KEY_SUFFIX.search(any_button.text()):
            _set_auto_name(any_button, strip_access_keys(any_button.text()))


# ------------------------------------------------------------------ menus' quiet access keys
#: Dynamic property on a menu's action: its access key when the text shows none (Chinese).
_MENU_KEY = "a11yMenuKey"


def split_bracketed_key(text: str) -> tuple[str, str]:
    """``"文件(&F)"`` -> ``("文件", "F")``; a text without a bracketed key -> ``(text, "")``.

    Chinese menus mark access keys the Windows way, "文件(&F)", which Qt shows as "文件(F)"
    and names the menu item for screen readers with the "(F)" in it: Qt gives a menu item no
    accessible name other than its text.
    """
    found = _KEY_SUFFIX.search(text)
    if found is None:
        return text, ""
    return _KEY_SUFFIX.sub("", text), found.group(0).strip()[-2].upper()


class QuietMenuKeys(QObject):
    """Keeps the access keys of a window's menus whose texts carry them in brackets
    ("文件(&F)", the Chinese form), without the "(F)" in the text, so a screen reader reads
    "文件", not "文件 F": Alt+F opens the File menu and, in an open menu, the letter chooses
    its item, as the ampersand of an English "&File" does (two items with one letter: the
    letter moves between them, as Qt does). Texts without brackets (English) are left to Qt.

    Call :meth:`apply` after the menus' texts are set (again after a change of language).
    """

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._shortcuts: dict[int, QShortcut] = {}
        self._filtered: set[int] = set()

    def apply(self) -> None:
        bar = self._window.menuBar()
        if id(bar) not in self._filtered:  # Alt or F10 pressed alone, then a letter
            bar.installEventFilter(self)
            self._filtered.add(id(bar))
        for action in bar.actions():
            menu = action.menu()
            if not isinstance(menu, QMenu):
                continue
            key = self._take_key(action)
            shortcut = self._shortcuts.get(id(menu))
            if shortcut is None:
                shortcut = QShortcut(self._window)
                shortcut.activated.connect(
                    lambda m=menu: bar.setActiveAction(m.menuAction()))
                self._shortcuts[id(menu)] = shortcut
            shortcut.setKey(QKeySequence(f"Alt+{key}") if key else QKeySequence())
            self._apply_menu(menu)

    def _apply_menu(self, menu: QMenu) -> None:
        if id(menu) not in self._filtered:
            menu.installEventFilter(self)
            self._filtered.add(id(menu))
        for action in menu.actions():
            self._take_key(action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                self._apply_menu(sub)

    @staticmethod
    def _take_key(action: QAction) -> str:
        text, key = split_bracketed_key(action.text())
        if key:
            action.setText(text)
        action.setProperty(_MENU_KEY, key or None)
        return key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QMenu | QMenuBar):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                 | Qt.KeyboardModifier.KeypadModifier):
            return False
        letter = event.text().upper()
        if len(letter) != 1:
            return False
        matches = [a for a in watched.actions() if a.property(_MENU_KEY) == letter
                   and a.isVisible() and a.isEnabled()]
        if not matches:
            return False
        if isinstance(watched, QMenuBar):
            # The bar in keyboard mode (a menu title highlighted): the letter opens its menu.
            if watched.activeAction() is None:
                return False
            watched.setActiveAction(matches[0])
            return True
        current = watched.activeAction()
        if len(matches) > 1:
            after = matches.index(current) + 1 if current in matches else 0
            watched.setActiveAction(matches[after % len(matches)])
            return True
        watched.setActiveAction(matches[0])
        # Chosen as Enter chooses the highlighted item: the action is triggered (or its
        # submenu opened) and the menus close, all by Qt.
        QApplication.sendEvent(watched, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        return True


def menu_access_key(action: QAction) -> str:
    """The access key :class:`QuietMenuKeys` keeps for ``action`` ("" if none)."""
    return str(action.property(_MENU_KEY) or "")


# ------------------------------------------------------------------------------- headings
class HeadingMarker(QWidget):
    """One heading of a text browser's document, for assistive technology: an empty,
    transparent child of the browser's viewport over the heading, with the heading role and
    the heading's text as its name (Qt's text interface gives headings in a document no role
    of their own). It paints nothing, takes no focus and lets the mouse through."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.level = 0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _install_factory()


#: Interfaces made here: Qt's cache holds them until their widget goes, so Python must keep
#: them alive until then (dropping one Qt still holds would crash the next screen-reader
#: query); Qt deleting one leaves an invalid wrapper, pruned on the next call.
_INTERFACES: list[QAccessibleInterface] = []
_factory_installed = False


def _heading_interface(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname != "HeadingMarker" or not isinstance(obj, HeadingMarker):
        return None
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    _INTERFACES[:] = [i for i in _INTERFACES if isValid(i)]
    interface = QAccessibleWidget(obj, QAccessible.Role.Heading)
    _INTERFACES.append(interface)
    return interface


def _install_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        from PySide6.QtGui import QAccessible

        QAccessible.installFactory(_heading_interface)
        _factory_installed = True


class DocumentHeadings(QObject):
    """Keeps a :class:`HeadingMarker` over each heading (``<h1>``…``<h6>``) of a text
    edit's document: placed again when the document is laid out anew (new text, a new
    width); scrolling moves them with the text."""

    def __init__(self, edit: QTextEdit):
        super().__init__(edit)
        self._edit = edit
        self._markers: list[HeadingMarker] = []
        self._updating = False
        # A new width lays the text out anew: placed again once it is (a text being set
        # announces sizes on the way; :meth:`update` is called when it is set).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.update)
        edit.document().documentLayout().documentSizeChanged.connect(
            lambda *_: self._later.start(0))

    def markers(self) -> list[HeadingMarker]:
        """The markers of the document's headings, in its order."""
        return list(self._markers)

    def update(self) -> None:
        if self._updating:  # laying the document out (below) may announce a new size
            return
        self._updating = True
        try:
            self._update()
        finally:
            self._updating = False

    def _update(self) -> None:
        edit = self._edit
        document = edit.document()
        layout = document.documentLayout()
        offset = QPoint(edit.horizontalScrollBar().value(), edit.verticalScrollBar().value())
        found: list[tuple[str, int, QRect]] = []
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0 and block.text().strip():
                rect = layout.blockBoundingRect(block).toAlignedRect().translated(-offset)
                found.append((block.text().replace("\u2028", " ").strip(), level, rect))
            block = block.next()
        viewport = edit.viewport()
        while len(self._markers) < len(found):
            self._markers.append(HeadingMarker(viewport))
        for marker in self._markers[len(found):]:  # gone from the tree at once
            shiboken_delete(marker)
        del self._markers[len(found):]
        for marker, (text, level, rect) in zip(self._markers, found, strict=True):
            marker.level = level
            marker.setGeometry(rect)
            if marker.accessibleName() != text:
                marker.setAccessibleName(text)
            marker.show()


# --------------------------------------------------------------------------- announcements
def announce(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (a result count, "Copied", "Export finished").

    Sent as an announcement event from ``widget``'s accessible object (Qt 6.8+: AT-SPI's
    Announcement signal, UI Automation's notification, VoiceOver's announcement). Polite by
    default: read when the reader is idle, not interrupting what it is saying.
    """
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


# ------------------------------------------------------------------------------- focus ring
def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


#: What a focus ring is drawn on or next to: plain backgrounds and a selected row.
_RING_BACKGROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                     QPalette.ColorRole.Highlight)
_RING_CANDIDATES = (QPalette.ColorRole.Highlight, QPalette.ColorRole.Text,
                    QPalette.ColorRole.WindowText, QPalette.ColorRole.HighlightedText)


def focus_ring_colour(palette: QPalette) -> QColor:
    """The palette's colour with the best worst-case contrast against every background a
    ring is drawn on (window, base, buttons, a selected row): in Fusion's light and our
    dark palette that is the text colour, above 4:1 everywhere."""
    group = QPalette.ColorGroup.Active

    def worst(role: QPalette.ColorRole) -> float:
        colour = palette.color(group, role)
        return min(contrast_ratio(colour, palette.color(group, background))
                   for background in _RING_BACKGROUNDS if background != role)

    best = max(_RING_CANDIDATES, key=worst)
    return palette.color(group, best)


RING_WIDTH = 2
#: Space between a widget and its ring, so the ring never covers the widget's own border.
RING_GAP = 1


class FocusRing(QWidget):
    """A ring of ``RING_WIDTH`` px around the widget that has the keyboard focus, in the
    colour of :func:`focus_ring_colour` (at least 3:1 against what surrounds it).

    One per window, a child of it on top of the others, masked to the ring itself so it
    covers nothing but the few pixels around the focused widget and takes no mouse events.
    Styles mark focus in their own ways, some hardly at all (Fusion: a faint tint of a
    button's bevel, a 1-px dotted line in a list); this ring is the same for every widget
    and costs nothing while painting the rest (a Python style would be asked for every
    primitive of every row: +50 % per repaint of the window, measured).
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("a11yFocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def surround(self, widget: QWidget) -> None:
        """Put the ring around the visible part of ``widget`` (a descendant of the window)."""
        window = self.parentWidget()
        if window is None:
            return
        # The part of the widget its parents show (a scroll area clips what it scrolls).
        visible = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            visible &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        if visible.isEmpty():
            self.hide()
            return
        inner = visible.adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP)
        # Inside the window: a widget at its edge gets the ring over its own border.
        inner = inner.intersected(window.rect().adjusted(RING_WIDTH, RING_WIDTH,
                                                         -RING_WIDTH, -RING_WIDTH))
        outer = inner.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        self.setGeometry(outer)
        local = QRect(QPoint(0, 0), outer.size())
        self.setMask(QRegion(local).subtracted(
            QRegion(local.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH))))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), focus_ring_colour(self.palette()))


class FocusRingTracker(QObject):
    """Moves each window's :class:`FocusRing` to the focused widget and keeps it there
    while the widget or one of its parents moves, resizes, shows or hides."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._watched: list[QWidget] = []
        self._target: QWidget | None = None
        self._ring: FocusRing | None = None  # the one last placed
        self._pending = False
        app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def ring_of(window: QWidget, create: bool = True) -> FocusRing | None:
        ring = window.findChild(FocusRing, "a11yFocusRing",
                                Qt.FindChildOption.FindDirectChildrenOnly)
        if ring is None and create:
            ring = FocusRing(window)
        return ring

    @staticmethod
    def ringed(widget: QWidget) -> QWidget | None:
        """The widget to put the ring around when ``widget`` has the focus (None: none)."""
        if widget.isWindow():
            return None
        window = widget.window()
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return None  # menus and completers show their own current item
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent  # the line edit inside an editable combo or spin box
        return widget

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        # The ring last placed, not one looked up in the old widget's window: the focus
        # also changes while a window is being deleted (its focused child goes), and its
        # children cannot be walked then (PySide's findChild crashed on them).
        ring = self._ring
        if ring is not None and isValid(ring):
            ring.hide()
        self._target = self.ringed(new) if new is not None else None
        if self._target is None:
            return
        ancestor: QWidget | None = self._target
        while ancestor is not None:
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            if ancestor.isWindow():
                break
            ancestor = ancestor.parentWidget()
        self._place()

    _MOVES = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                        QEvent.Type.Hide, QEvent.Type.LayoutRequest})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._MOVES and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._place)
        return False

    def _place(self) -> None:
        self._pending = False
        target = self._target
        if target is None or not isValid(target):
            return
        ring = self.ring_of(target.window())
        if ring is None:
            return
        self._ring = ring
        focus = QApplication.focusWidget()
        if target.isVisible() and focus is not None and (
                focus is target or target.isAncestorOf(focus)):
            ring.surround(target)
        else:
            ring.hide()


def install_focus_ring(app: QApplication) -> FocusRingTracker:
    """Show a :class:`FocusRing` around the focused widget in every window (once)."""
    existing = app.findChild(FocusRingTracker)
    return existing if existing is not None else FocusRingTracker(app)


# ------------------------------------------------------------------------------------ audit
@dataclass(frozen=True)
class AccessibleObject:
    """One object of the accessible tree, as a screen reader finds it."""

    path: str  # roles from the root, e.g. "Window/Client/ComboBox"
    role: str
    name: str
    value: str
    on_screen: bool
    interactive: bool
    labelled_by: str  # the name of a label pointing to it ("labelled by" relation)
    object_name: str  # the Qt objectName or class of the object, to find it in code

    @property
    def effective_name(self) -> str:
        """The name AT-SPI gives: a combo box's name is its current text there, so its
        real name is its label's."""
        if self.role == "ComboBox":
            return self.labelled_by
        return self.name or self.labelled_by

    def problems(self) -> list[str]:
        """What a screen-reader user would miss here (empty: nothing)."""
        out = []
        if self.interactive and not self.effective_name.strip():
            out.append("no name" if self.role != "ComboBox" else
                       "no label (AT-SPI names a combo box by its current value)")
        if has_access_key_marker(self.effective_name):
            out.append(f"access key in the name: {self.effective_name!r}")
        return out


def _describe(obj: QObject | None) -> str:
    if obj is None:
        return ""
    return obj.objectName() or type(obj).__name__


def walk(root: QObject) -> Iterator[tuple[AccessibleObject, QAccessibleInterface]]:
    """Every object of the accessible tree under ``root`` (items of lists, trees and tables
    are not entered), with its interface."""
    from PySide6.QtGui import QAccessible

    interactive, containers = interactive_roles(), _item_containers()
    start = QAccessible.queryAccessibleInterface(root)
    if start is None:
        return
    seen: set[int] = set()
    stack: list[tuple[QAccessibleInterface, str, bool]] = [(start, "", True)]
    while stack:
        iface, parent_path, parent_shown = stack.pop()
        if iface is None or not iface.isValid():
            continue
        key = QAccessible.uniqueId(iface)
        if key in seen:
            continue
        seen.add(key)
        role = iface.role()
        state = iface.state()
        shown = parent_shown and not state.invisible and not state.offscreen
        path = f"{parent_path}/{role.name}" if parent_path else role.name
        labels = [rel[0].text(QAccessible.Text.Name)
                  for rel in iface.relations(QAccessible.RelationFlag.Label) if rel[0]]
        record = AccessibleObject(
            path=path, role=role.name, name=iface.text(QAccessible.Text.Name) or "",
            value=iface.text(QAccessible.Text.Value) or "", on_screen=shown,
            interactive=role in interactive,
            labelled_by=strip_access_keys(" ".join(x for x in labels if x)),
            object_name=_describe(iface.object()))
        yield record, iface
        if role in containers:
            continue
        children = [iface.child(i) for i in range(iface.childCount())]
        stack.extend((child, path, shown) for child in reversed(children))


def interactive_objects(root: QObject) -> list[AccessibleObject]:
    """The objects a user acts on under ``root``."""
    return [record for record, _ in walk(root) if record.interactive]


def audit(root: QObject, *, on_screen_only: bool = False) -> list[AccessibleObject]:
    """The interactive objects under ``root`` with a problem (no name, an access key in the
    name, a combo box without a label); ``on_screen_only`` skips hidden ones."""
    return [obj for obj in interactive_objects(root)
            if obj.problems() and (obj.on_screen or not on_screen_only)]


def tab_stops(window: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order, as Qt moves the focus.

    Starts from the first widget that takes Tab and presses Tab (``focusNextPrevChild``)
    until the focus comes back; the window must be shown. The focus is left where it
    started.
    """
    before = QApplication.focusWidget()
    window.activateWindow()
    first: QWidget = window.nextInFocusChain() or window
    for _ in range(10_000):  # the chain is a ring; a guard against a broken one
        if first is window or (first.focusPolicy() & Qt.FocusPolicy.TabFocus
                               and first.isEnabled() and first.isVisible()):
            break
        first = first.nextInFocusChain() or window
    first.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    while len(stops) < limit:
        current = QApplication.focusWidget()
        if current is None or current in stops:
            break
        stops.append(current)
        window.focusNextPrevChild(True)
    if before is not None:
        before.setFocus(Qt.FocusReason.OtherFocusReason)
    return stops
