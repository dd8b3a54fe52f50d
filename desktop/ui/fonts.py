"""Chinese in a Simplified Chinese face, on screen as in the exported documents.

Without a face named for Chinese, Qt takes the system's fallback for Han characters. On a
Linux system with Noto Sans CJK and a C or English locale that is "Noto Sans CJK JP" (the
first of the collection): Japanese forms of characters such as 直, 骨 and 关 in a report
written in Simplified Chinese. Other systems choose by rules of their own, which also depend
on the locale.

:func:`prefer_simplified_chinese` names the installed Simplified Chinese faces with the
platform's UI face: the UI face first (Latin letters, digits and the English UI are drawn
as before), the Chinese ones for what it lacks; a UI face that draws Chinese itself (a
Japanese one, where it is the only sans face installed) goes after them. The fonts Qt
gives particular widget classes (menus, tooltips, message boxes: the platform's) keep their
face and size and get the same list, also when the window's font size changes
(:func:`set_application_font`).

The Chinese UI showed Simplified forms already, in Noto Sans CJK JP too: its locale (zh_CN)
has Qt ask a face that carries several languages' forms for the Chinese ones. The English
UI did not.

Qt stops following the system's font once an application sets its own: a change of the
system's font size or face while the app runs takes effect at its next start (as it already
did after a change of the window's font size).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

#: Simplified Chinese faces in order of preference, for documents (the first installed one is
#: used): Noto/Source Han (Linux, and installed with LibreOffice or by hand), Microsoft YaHei
#: (Windows), PingFang and Hiragino Sans GB (macOS), then older free faces.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans SC",
                "WenQuanYi Micro Hei", "Droid Sans Fallback", "SimSun")

#: The same for the window, with Windows' UI cut of YaHei (shorter line spacing) before it.
_YAHEI = CJK_FAMILIES.index("Microsoft YaHei")
UI_CJK_FAMILIES = (*CJK_FAMILIES[:_YAHEI], "Microsoft YaHei UI", *CJK_FAMILIES[_YAHEI:])

#: Widget classes the platform may give a font of their own (Qt's names for them).
WIDGET_FONT_CLASSES = (
    "QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
    "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
    "QToolButton", "QAbstractItemView", "QListView", "QHeaderView", "QListBox",
    "QComboMenuItem", "QComboLineEdit", "QSmallFont", "QMiniFont", "QAbstractSpinBox",
    "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTabBar", "QGroupBox", "QComboBox",
    "QTreeView", "QTableView")


def installed(candidates: Iterable[str]) -> list[str]:
    """The ``candidates`` installed on this system, in their order. Looked up in the font
    database's own list: ``QFontDatabase.hasFamily`` also says yes to a name fontconfig
    stands another face in for."""
    families = set(QFontDatabase.families())
    return [family for family in candidates if family in families]


def zoomed(font: QFont, points: float) -> QFont:
    """``font`` ``points`` larger (smaller when negative; at least 6 points). A font sized in
    pixels stays as it is."""
    out = QFont(font)
    if out.pointSizeF() > 0:
        out.setPointSizeF(max(6.0, out.pointSizeF() + points))
    return out


def with_chinese(font: QFont, chinese: list[str]) -> QFont:
    """``font`` with its own face and the ``chinese`` faces as its families: its face first,
    unless that face draws Chinese itself (a Japanese one, where it is the only sans face
    installed), then after them. Its face is the first of its families that is not one of
    ``chinese``, as it resolves: a generic name such as "Sans Serif" or "Sans" is no face Qt
    can put first. Named again, the list is the same."""
    names = font.families() or [font.family()]
    own = next((name for name in names if name not in chinese), None)
    primary = names[0] if own is None else _face(font, own)
    others = [family for family in chinese if family != primary]
    if primary not in chinese and draws_chinese(primary):
        families = [*others, primary]
    else:
        families = [primary, *others]
    out = QFont(font)
    out.setFamilies(families)
    return out


def _face(font: QFont, name: str) -> str:
    """The face the family ``name`` gives ``font``. macOS's hidden system faces (named with
    a leading dot) keep their name: looked up by the name they resolve to, they are not
    found."""
    if name.startswith("."):
        return name
    probe = QFont(font)
    probe.setFamilies([name])
    return QFontInfo(probe).family()


def prefer_simplified_chinese(app: QApplication, chinese: list[str] | None = None) -> bool:
    """Name the installed Simplified Chinese faces with the UI face, application-wide and
    in the platform's per-class fonts (see the module). ``chinese``: the faces to name
    (default: the installed ones of :data:`UI_CJK_FAMILIES`). Returns False, changing
    nothing, when none is installed."""
    faces = installed(UI_CJK_FAMILIES) if chinese is None else chinese
    if not faces:
        return False
    set_application_font(with_chinese(app.font(), faces),
                         {name: with_chinese(font, faces)
                          for name, font in class_fonts().items()})
    return True


def class_fonts() -> dict[str, QFont]:
    """The fonts Qt gives particular widget classes (the platform's: menus, tooltips, message
    boxes…), where they differ from the application's."""
    base = QApplication.font()
    return {name: font for name in WIDGET_FONT_CLASSES if (font := class_font(name)) != base}


def set_application_font(font: QFont, classes: dict[str, QFont]) -> None:
    """Make ``font`` the application's font and ``classes`` (:func:`class_fonts`) those of
    their widget classes again: setting the application's font forgets them."""
    QApplication.setFont(font)
    for name, class_specific in classes.items():
        set_class_font(class_specific, name)


def draws_chinese(family: str) -> bool:
    """Whether ``family`` itself has glyphs for Chinese (tried on 中 and 关)."""
    raw = QRawFont.fromFont(QFont(family))
    return raw.isValid() and raw.familyName() == family \
        and all(raw.supportsCharacter(char) for char in "中关")


# PySide6 takes a class name as a str here (its stubs say bytes, which it refuses).
def class_font(name: str) -> QFont:
    """The font Qt gives widgets of class ``name``."""
    return QApplication.font(name)  # type: ignore[call-overload]


def set_class_font(font: QFont, name: str) -> None:
    QApplication.setFont(font, name)  # type: ignore[arg-type]
