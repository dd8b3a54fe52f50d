"""Chinese in a Simplified Chinese face, on screen as in the exported documents.

Without a face named for Chinese, Qt takes the system's fallback for Han characters. On a
Linux system with Noto Sans CJK and a C or English locale that is "Noto Sans CJK JP" (the
first of the collection): Japanese forms of characters such as 直, 骨 and 关 in a report
written in Simplified Chinese. Other systems choose by rules of their own, which also depend
on the locale.

:func:`prefer_simplified_chinese` keeps the platform's UI face first (Latin letters, digits
and the English UI are drawn as before) and names the installed Simplified Chinese faces
after it, for what that face lacks. The fonts Qt gives particular widget classes (menus,
tooltips, message boxes: the platform's) keep their face and size and get the same list.

The Chinese UI had them already: its locale (zh_CN) leads the system's fallback to a
Simplified Chinese face. The English UI's did not. Naming the face also spares Qt that
search: in the English UI a new list cell's text is laid out and first drawn some 10-20%
faster (the keystroke figures of ``make bench`` do not change: they repaint cells already
laid out).
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

#: The same for the window: Windows' UI cut of YaHei (shorter line spacing) first there.
UI_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                   "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                   "Noto Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", "SimSun")

#: Widget classes the platform may give a font of their own (Qt's names for them).
WIDGET_FONT_CLASSES = (
    "QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
    "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
    "QToolButton", "QAbstractItemView", "QListView", "QHeaderView", "QListBox",
    "QComboMenuItem", "QComboLineEdit", "QSmallFont", "QMiniFont", "QAbstractSpinBox",
    "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTabBar", "QGroupBox", "QComboBox",
    "QTreeView", "QTableView")


def installed(candidates: Iterable[str]) -> list[str]:
    """The ``candidates`` installed on this system, in their order."""
    return [family for family in candidates if QFontDatabase.hasFamily(family)]


def with_chinese(font: QFont, chinese: list[str]) -> QFont:
    """``font`` with its face, then the ``chinese`` faces, as its families. A generic name
    such as "Sans Serif" (Linux) is no family Qt can put first: the face it resolves to is
    named instead. A face the font database knows keeps its name (macOS's system face is
    not to be looked up by the name it resolves to)."""
    primary = font.family()
    if not QFontDatabase.hasFamily(primary):
        resolved = QFontInfo(font).family()
        if QFontDatabase.hasFamily(resolved):
            primary = resolved
    others = [family for family in chinese if family != primary]
    if others and primary not in chinese and draws_chinese(primary):
        # A UI face with Chinese of its own (a Japanese one, where it is the only sans face
        # installed): it would draw the Chinese itself, so the Simplified faces come first.
        families = [*others, primary]
    else:
        families = [primary, *others]
    out = QFont(font)
    out.setFamilies(families)
    return out


def prefer_simplified_chinese(app: QApplication, chinese: list[str] | None = None) -> bool:
    """Name the installed Simplified Chinese faces after the UI face, application-wide
    (see the module). ``chinese``: the faces to name (default: the installed ones of
    :data:`UI_CJK_FAMILIES`). Returns False, changing nothing, when none is installed."""
    faces = installed(UI_CJK_FAMILIES) if chinese is None else chinese
    if not faces:
        return False
    base = app.font()
    # Setting the application's font forgets the platform's per-class fonts: kept here.
    own = [(name, font) for name in WIDGET_FONT_CLASSES
           if (font := class_font(name)) != base]
    app.setFont(with_chinese(base, faces))
    for name, font in own:
        set_class_font(with_chinese(font, faces), name)
    return True


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
