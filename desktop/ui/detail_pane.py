"""The right pane: an activity (text with matches highlighted, partners, topics, citation)
or a partner's card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Activity, Filters, Partner
from desktop.core.store import Store
from desktop.ui import labels
from desktop.ui.flow_layout import FlowLayout, chip_size_policy

#: Search matches are marked like a highlighter pen: dark text on yellow reads well on both
#: light and dark palettes (the one colour the guide allows us to fix).
MARK_STYLE = "background-color:#ffe066;color:#000000;"


def highlight_html(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """``text`` as HTML with ``<span>`` marks around each ``[start, end)`` span."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end <= start:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<span style="{MARK_STYLE}">{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


class DetailPane(QScrollArea):
    """Shows one activity or one partner; navigation requests go out as signals."""

    partner_requested = Signal(str)
    topic_requested = Signal(str)
    activity_requested = Signal(str)
    #: A short message for the status bar, e.g. after copying.
    message = Signal(str)

    def __init__(self, store: Store, lang: str = "en", parent=None):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        # ("activity" | "partner" | "none", id, highlight spans); empty until the first render.
        self._shown: tuple[str, str, tuple[tuple[int, int], ...]] = ("", "", ())
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        # Widgets of the current view, kept for tests and for copying.
        self.title_label: QLabel | None = None
        self.text_label: QLabel | None = None
        self.citation_label: QLabel | None = None
        self.copy_citation_button: QPushButton | None = None
        self.topic_chips: list[QToolButton] = []
        self.show_nothing()

    # -- what is shown -------------------------------------------------------------------
    @property
    def activity(self) -> Activity | None:
        kind, ident, _ = self._shown
        return self._store.activity(ident) if kind == "activity" else None

    @property
    def partner(self) -> Partner | None:
        kind, ident, _ = self._shown
        return self._store.partner(ident) if kind == "partner" else None

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._render()

    def show_nothing(self) -> None:
        self._show(("none", "", ()))

    def show_activity(self, activity: Activity,
                      spans: tuple[tuple[int, int], ...] = ()) -> None:
        self._show(("activity", activity.id, tuple(spans)))

    def show_partner(self, partner: Partner) -> None:
        self._show(("partner", partner.id, ()))

    def _show(self, shown: tuple[str, str, tuple[tuple[int, int], ...]]) -> None:
        # Typing refreshes the window on every keystroke; rebuild only what changed.
        if shown != self._shown:
            self._shown = shown
            self._render()

    def citation(self) -> str:
        activity = self.activity
        return self._store.citation(activity, self._lang) if activity else ""

    def copy_citation(self) -> bool:
        text = self.citation()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("Citation copied"))
        return bool(text)

    # -- building ------------------------------------------------------------------------
    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.title_label = self.text_label = self.citation_label = None
        self.copy_citation_button = None
        self.topic_chips = []

    def _label(self, html: str, accessible: str = "", selectable: bool = True) -> QLabel:
        label = QLabel(html)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        if selectable:
            flags |= Qt.TextInteractionFlag.TextSelectableByMouse
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        label.setTextInteractionFlags(flags)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self._link_activated)
        if accessible:
            label.setAccessibleName(accessible)
        self._layout.addWidget(label)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label(f"<b>{escape(text)}</b>", selectable=False)
        label.setAccessibleName(text)
        return label

    def _render(self) -> None:
        self._clear()
        kind, ident, spans = self._shown
        if kind == "activity":
            self._render_activity(self._store.activity(ident), spans)
        elif kind == "partner":
            self._render_partner(self._store.partner(ident))
        else:
            label = self._label(escape(self.tr(
                "Select an activity to read what the report says about it, or a partner "
                "in the tree to see its card.")), selectable=False)
            label.setAccessibleName(label.text())
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def _render_activity(self, a: Activity, spans: tuple[tuple[int, int], ...]) -> None:
        lang = self._lang
        self.title_label = self._label(f"<h2>{escape(a.title(lang))}</h2>",
                                       self.tr("Activity title"))
        facts = [self.tr("Paragraph {n}").format(n=a.paragraph)]
        # An undated but planned activity still says "planned" (the compact form keeps it).
        date = labels.format_date(a, lang) or labels.format_date(a, lang, compact=True)
        facts.append(date if date else labels.undated())
        if a.place(lang):
            facts.append(a.place(lang))
        if a.calls_to_action:
            facts.append(self.tr("Calls to action for NPPOs"))
        self._label(escape(" · ".join(facts)), self.tr("Date and place"))

        self._heading(self.tr("Report text"))
        self.text_label = self._label(highlight_html(a.text, spans), self.tr("Report text"))
        self.text_label.setAccessibleDescription(a.text)

        topics = self._store.topics_of(a)
        if topics:
            self._heading(self.tr("Topics"))
            chips = QWidget()
            flow = FlowLayout(chips)
            for topic in topics:
                chip = QToolButton()
                chip.setText(topic.label(lang))
                chip.setSizePolicy(chip_size_policy())
                chip.setToolTip(self.tr("Show only activities on this topic"))
                chip.setAccessibleName(self.tr("Filter by topic {topic}").format(
                    topic=topic.label(lang)))
                chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                chip.clicked.connect(lambda _=False, t=topic.id: self.topic_requested.emit(t))
                flow.addWidget(chip)
                self.topic_chips.append(chip)
            self._layout.addWidget(chips)

        partners = self._store.partners_of(a)
        if partners:
            self._heading(self.tr("Partners") if len(partners) > 1 else self.tr("Partner"))
            for partner in partners:
                self._card(partner, navigate=True)

        self._heading(self.tr("Citation"))
        self.citation_label = self._label(escape(self._store.citation(a, lang)),
                                          self.tr("Citation"))
        row = QHBoxLayout()
        self.copy_citation_button = QPushButton(self.tr("Copy citation"))
        self.copy_citation_button.clicked.connect(self.copy_citation)
        row.addWidget(self.copy_citation_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(holder)

    def _card(self, partner: Partner, navigate: bool) -> None:
        lang, other = self._lang, "en" if self._lang == "zh" else "zh"
        lines = [f"<b>{escape(partner.name(lang))}</b>"]
        if partner.name(other) != partner.name(lang):
            lines.append(escape(partner.name(other)))
        if partner.acronym:
            lines.append(escape(self.tr("Acronym: {acronym}").format(acronym=partner.acronym)))
        kind = labels.kind(partner, lang)
        if kind:
            lines.append(f"<i>{escape(kind)}</i>")
        if partner.website:
            lines.append(_link(partner.website, partner.website))
        if navigate:
            lines.append(_link(f"partner:{partner.id}",
                               self.tr("Show all activities of this partner")))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(self.tr("Partner card: {name}").format(
            name=partner.name(lang)))
        inner = QVBoxLayout(frame)
        label = QLabel("<br>".join(lines))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self._link_activated)
        label.setAccessibleName(partner.display(lang))
        inner.addWidget(label)
        self._layout.addWidget(frame)

    def _render_partner(self, partner: Partner) -> None:
        lang = self._lang
        self.title_label = self._label(f"<h2>{escape(partner.display(lang))}</h2>",
                                       self.tr("Partner"))
        self._card(partner, navigate=False)
        if partner.parent_id:
            parent = self._store.partner(partner.parent_id)
            self._label(escape(self.tr("Part of: ")) + _link(f"partner:{parent.id}",
                                                             parent.display(lang)))
        related = [(self.tr("Member bodies"), self._store.children_of(partner.id)),
                   (self.tr("Member of"), [self._store.partner(p) for p in partner.member_of])]
        activities = self._store.search("", Filters(partners=(partner.id,))).hits
        related.append((self.tr("Works with in the same activities"),
                        self._store.co_partners(partner.id)))
        for title, partners in related:
            if partners:
                self._heading(title)
                self._label(labels.list_separator(lang).join(
                    _link(f"partner:{p.id}", labels.partner_short(p, lang)) for p in partners))
        self._heading(self.tr("Activities ({count})").format(count=len(activities)))
        items = []
        for hit in activities:
            a = hit.activity
            date = labels.format_date(a, lang)
            prefix = f"¶{a.paragraph}" + (f" · {date}" if date else "")
            items.append(f"{escape(prefix)} — {_link(f'activity:{a.id}', a.title(lang))}")
        if items:
            self._label("<br>".join(items), self.tr("Activities of this partner"))

    # -- links ---------------------------------------------------------------------------
    def _link_activated(self, href: str) -> None:
        scheme, _, rest = href.partition(":")
        if scheme == "partner":
            self.partner_requested.emit(rest)
        elif scheme == "topic":
            self.topic_requested.emit(rest)
        elif scheme == "activity":
            self.activity_requested.emit(rest)
        elif scheme in ("http", "https"):
            # Only ever on the user's click: the app itself makes no network connection.
            QDesktopServices.openUrl(QUrl(href))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

