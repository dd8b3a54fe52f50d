"""The right pane: an activity (text with matches highlighted, partners, topics, citation)
or a partner's card.

The content is one read-only text browser, so that assistive technology reads it as text
with headings and links, and keyboard and mouse users can select and copy from it. The
controls that are not links (star, collections, text language, whole paragraph, copy
citation, the note) are widgets built once and only updated: the window shows the pane
again on every keystroke, and a new query only re-marks the text.

An activity's quotation is shown in the interface language by default (for a report in
Chinese, English is our working translation and says so), or in the other language, or both;
"Whole paragraph" shows the paragraph around it with the quotation in bold.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoopError, NotFoundError
from desktop.core.models import AUTOMATIC_NOTE, TRANSLATION_NOTE, Activity, Filters, Partner
from desktop.core.store import Store
from desktop.ui import labels
from desktop.ui.accessibility import DocumentHeadings
from desktop.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    # Imported where used (a link clicked, the marks read back): PySide makes a class and
    # its enums when it is first imported, and the first paint would wait for them.
    from PySide6.QtGui import QTextCharFormat, QTextDocument

#: Search matches are marked like a highlighter pen: dark text on yellow reads well on both
#: light and dark palettes (the one colour the guide allows us to fix).
MARK_COLOUR = "#ffe066"
MARK_STYLE = f"background-color:{MARK_COLOUR};color:#000000;"


def highlight_html(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]],
                   emphasis: tuple[int, int] | None = None) -> str:
    """``text`` as HTML with ``<span>`` marks around each ``[start, end)`` span, and the
    ``emphasis`` range (the quotation inside its paragraph) in bold."""
    clean: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end > start and (not clean or start >= clean[-1][1]):
            clean.append((start, end))
    cuts = {0, len(text)}
    for start, end in clean:
        cuts.update((start, end))
    if emphasis:
        cuts.update(emphasis)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[start:end])
        if any(a <= start and end <= b for a, b in clean):
            piece = f'<span style="{MARK_STYLE}">{piece}</span>'
        if emphasis and emphasis[0] <= start and end <= emphasis[1]:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


def _link(href: str, text: str, tip: str = "") -> str:
    title = f' title="{escape(tip, quote=True)}"' if tip else ""
    return f'<a href="{escape(href, quote=True)}"{title}>{escape(text)}</a>'


#: A partner's card lists this many of its activities (all of them are in the list).
PARTNER_ACTIVITIES_SHOWN = 100

#: Spacing only: sizes and colours come from the font and the palette (dark mode included).
_STYLE = """
h2 { margin-top: 0px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }
h4 { font-size: medium; margin-top: 0px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 6px; }
"""


def text_runs(document: QTextDocument) -> Iterator[tuple[str, QTextCharFormat]]:
    """Each stretch of ``document`` in one format, with that format, in reading order."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            yield fragment.text(), fragment.charFormat()
            fragments += 1
        block = block.next()


class Link(NamedTuple):
    """A link in the pane's text: where it goes, what it says, its tooltip."""

    href: str
    text: str
    tooltip: str


class DetailBrowser(QTextBrowser):
    """The pane's text. Copy without a selection copies the whole activity, as the window's
    Copy does when the list has the focus."""

    copy_all = Signal()

    def copy(self) -> None:
        if self.textCursor().hasSelection():
            super().copy()
        else:
            self.copy_all.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and not self.textCursor().hasSelection():
            self.copy_all.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DetailPane(QWidget):
    """Shows one activity or one partner; navigation requests go out as signals."""

    partner_requested = Signal(str)
    topic_requested = Signal(str)
    activity_requested = Signal(str)
    #: A short message for the status bar, e.g. after copying.
    message = Signal(str)
    #: Back/forward availability changed.
    history_changed = Signal()
    #: Back or forward showed ``(kind, id)`` again ("activity" or "partner").
    navigated = Signal(str, str)
    #: "Add to collection…" for ``(kind, id)``.
    collect_requested = Signal(str, str)
    #: A star or a note changed (the window refreshes personal filters and counts).
    personal_changed = Signal()

    # Which text of an activity to show: the interface language, the other one, or both.
    TEXT_MODES = ("ui", "other", "both")

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        # ("activity" | "partner" | "none", id, search query); empty until the first render.
        self._shown: tuple[str, str, str] = ("", "", "")
        self._text_mode = "ui"
        self._whole_paragraph = False
        self._history: list[tuple[str, str, str]] = []
        self._position = -1
        self._userdata: object | None = None
        # What the browser holds: the state it was rendered for and its HTML.
        self._rendered: tuple[object, ...] | None = None
        self._rendered_item: tuple[str, ...] = ()
        self._html = ""
        # The item whose note is in the editor; the save timer writes to this one.
        self._note_for: tuple[str, str] | None = None
        self._build()
        self._retranslate()
        self.show_nothing()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # The rows wrap (a flow) so that the pane can be as narrow as the user likes.
        self._personal_row = QWidget()
        row = FlowLayout(self._personal_row)
        self.star_button = QToolButton()
        self.star_button.setCheckable(True)
        self.star_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.star_button.clicked.connect(self._star_clicked)
        row.addWidget(self.star_button)
        self.collect_button = QToolButton()
        self.collect_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.collect_button.clicked.connect(self._collect_clicked)
        row.addWidget(self.collect_button)
        layout.addWidget(self._personal_row)

        self._text_row = QWidget()
        row = FlowLayout(self._text_row)
        self._languages = QWidget()  # the three buttons stay together
        languages = QHBoxLayout(self._languages)
        languages.setContentsMargins(0, 0, 6, 0)
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        self.language_buttons: dict[str, QToolButton] = {}
        for mode in self.TEXT_MODES:
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, m=mode: self.set_text_mode(m))
            self._language_group.addButton(button)
            languages.addWidget(button)
            self.language_buttons[mode] = button
        row.addWidget(self._languages)
        # An imported report in Chinese has no English (the app translates nothing itself).
        self._no_translation = QLabel()
        self._no_translation.setEnabled(False)
        row.addWidget(self._no_translation)
        self.paragraph_button = QToolButton()
        self.paragraph_button.setCheckable(True)
        self.paragraph_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.paragraph_button.toggled.connect(self.set_whole_paragraph)
        row.addWidget(self.paragraph_button)
        layout.addWidget(self._text_row)

        self.browser = DetailBrowser()
        self._headings = DocumentHeadings(self.browser)
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.anchorClicked.connect(lambda url: self._link_activated(url.toString()))
        self.browser.copy_all.connect(self._copy_all)
        layout.addWidget(self.browser, 1)

        self.copy_citation_button = QPushButton()
        self.copy_citation_button.clicked.connect(self.copy_citation)
        layout.addWidget(self.copy_citation_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self._note_label.setBuddy(self.note_edit)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(max(60, self.note_edit.fontMetrics().lineSpacing() * 4))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(600)
        self._note_timer.timeout.connect(self._save_note)
        self.note_edit.textChanged.connect(self._note_timer.start)
        layout.addWidget(self._note_label)
        layout.addWidget(self.note_edit)

    def _retranslate(self) -> None:
        """The controls' fixed texts, in the interface language."""
        self.collect_button.setText(self.tr("Add to collection…"))
        self.star_button.setToolTip(self.tr(
            "Star it to find it again with “Starred only” (Ctrl+D)"))
        self.language_buttons["both"].setText(self.tr("Both"))
        self.language_buttons["both"].setToolTip(self.tr("Both texts, one above the other"))
        self._no_translation.setText(self.tr("No English translation of this report"))
        self.paragraph_button.setText(self.tr("Whole paragraph"))
        self.paragraph_button.setToolTip(self.tr(
            "Show the whole paragraph of the report, with this activity's text in bold"))
        self.copy_citation_button.setText(self.tr("Copy citation"))
        self._note_label.setText(self.tr("Your note"))
        self.note_edit.setPlaceholderText(self.tr(
            "Your note (kept on this computer; searchable)"))
        self.note_edit.setAccessibleName(self.tr("Your note"))

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

    @property
    def text_mode(self) -> str:
        return self._text_mode

    def set_text_mode(self, mode: str) -> None:
        """Show the quotation in the interface language ("ui"), the other ("other") or both."""
        mode = mode if mode in self.TEXT_MODES else "ui"
        if mode != self._text_mode:
            self._text_mode = mode
            self._render()

    @property
    def whole_paragraph(self) -> bool:
        return self._whole_paragraph

    def set_whole_paragraph(self, on: bool) -> None:
        if on != self._whole_paragraph:
            self._whole_paragraph = on
            self._render()

    def show_nothing(self) -> None:
        self._show(("none", "", ""))

    def show_activity(self, activity: Activity, query: str = "") -> None:
        """Show ``activity`` with the matches of ``query`` marked in whichever text is shown."""
        self._show(("activity", activity.id, query))

    def show_partner(self, partner: Partner) -> None:
        self._show(("partner", partner.id, ""))

    def _show(self, shown: tuple[str, str, str]) -> None:
        # Typing refreshes the window on every keystroke; redo only what changed.
        if shown != self._shown:
            if shown[0] != "none" and shown[:2] != self._shown[:2]:
                # A new place to go back from, like a browser (not a new search term).
                del self._history[self._position + 1:]
                self._history.append(shown)
                self._position = len(self._history) - 1
                self.history_changed.emit()
            self._shown = shown
            self._render()

    def can_go_back(self) -> bool:
        return self._position > 0

    def can_go_forward(self) -> bool:
        return self._position < len(self._history) - 1

    def go_back(self) -> None:
        self._go(self._position - 1)

    def go_forward(self) -> None:
        self._go(self._position + 1)

    def _go(self, position: int) -> None:
        """Show an earlier (or later) activity or partner card again, if it still exists."""
        while 0 <= position < len(self._history):
            kind, ident, query = self._history[position]
            try:
                if kind == "activity":
                    self._store.activity(ident)
                else:
                    self._store.partner(ident)
            except NotFoundError:  # removed with its report meanwhile
                del self._history[position]
                position = min(position, len(self._history) - 1)
                continue
            self._position = position
            self._shown = (kind, ident, query)
            self._render()
            self.history_changed.emit()
            self.navigated.emit(kind, ident)
            return

    def shown_languages(self, activity: Activity) -> list[str]:
        """The languages of the texts shown for ``activity``, in order."""
        ui = self._lang
        other = "zh" if ui == "en" else "en"
        if not activity.text_en or activity.text_en == activity.text:
            return [activity.original_lang]  # one text only (a report in English)
        return {"ui": [ui], "other": [other], "both": [ui, other]}[self._text_mode]

    def _translated_shown(self, activity: Activity) -> bool:
        return any(activity.is_translation(lang) for lang in self.shown_languages(activity))

    def shown_text(self) -> str:
        """The pane's text as a reader gets it (no markup)."""
        return self.browser.toPlainText()

    def links(self) -> list[Link]:
        """The links in the pane's text, in reading order."""
        return [Link(fmt.anchorHref(), text, fmt.toolTip())
                for text, fmt in text_runs(self.browser.document())
                if fmt.isAnchor() and fmt.anchorHref()]

    def marks(self) -> list[str]:
        """The stretches of the text marked as matches of the search, in reading order."""
        return [text for text, fmt in text_runs(self.browser.document())
                if fmt.background().color().name() == MARK_COLOUR]

    def citation(self) -> str:
        activity = self.activity
        if activity is None:
            return ""
        return self._store.citation(activity, self._lang,
                                    translated=self._translated_shown(activity))

    def copy_text(self, activity: Activity | None = None) -> str:
        """Title, the texts shown (each labelled when a translation) and the citation, of the
        shown activity or of ``activity`` (as the pane would show it)."""
        activity = activity or self.activity
        if activity is None:
            return ""
        parts = [activity.title(self._lang)]
        translated = False
        for lang in self.shown_languages(activity):
            text = activity.text_in(lang)
            if activity.is_translation(lang):
                text += f"\n[{TRANSLATION_NOTE[self._lang]}]"
                translated = True
            parts.append(text)
        if activity.automatic:
            parts.append(f"[{AUTOMATIC_NOTE[self._lang]}]")
        parts.append(self._store.citation(activity, self._lang, translated=translated))
        return "\n\n".join(parts)

    def copy_citation(self) -> bool:
        text = self.citation()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("Citation copied"))
        return bool(text)

    def _copy_all(self) -> None:
        """Copy in the text with nothing selected: the activity, as the list's Copy does."""
        text = self.copy_text() or self.shown_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("Copied"))

    # -- rendering -----------------------------------------------------------------------
    def _render(self, force: bool = False, reparse: bool = False) -> None:
        """Bring the controls and the text up to date; the text only when it changed.

        Args:
            force: build the text again even if nothing it depends on changed (new
                translations, new personal data).
            reparse: set it again even if it is the same (new palette: link colours are
                taken when the HTML is read).
        """
        kind, ident, query = self._shown
        activity = self._store.activity(ident) if kind == "activity" else None
        self._update_personal()
        self._update_text_controls(activity)
        collections = self._collections()
        key = (self._shown, self._lang, self._text_mode, self._whole_paragraph, collections)
        if key == self._rendered and not force:
            return
        same_item = self._rendered_item == self._shown[:2]
        self._rendered, self._rendered_item = key, self._shown[:2]
        if activity is not None:
            html = self._activity_html(activity, query, collections)
            name = self.tr("Activity details")
        elif kind == "partner":
            html = self._partner_html(self._store.partner(ident), collections)
            name = self.tr("Partner details")
        else:
            html = "<p>{}</p>".format(escape(self.tr(
                "Select an activity to read what the report says about it, or a partner "
                "in the tree to see its card.")))
            name = self.tr("Details")
        self.browser.setAccessibleName(name)
        if html != self._html or reparse:  # a query that marks nothing new costs nothing
            bar = self.browser.verticalScrollBar()
            position = bar.value() if same_item else 0  # a new query keeps the reader's place
            self._html = html
            self.browser.setHtml(html)
            bar.setValue(position)
            self._headings.update()

    def _collections(self) -> tuple[str, ...]:
        kind, ident, _ = self._shown
        if self._userdata is None or kind not in ("activity", "partner"):
            return ()
        return tuple(self._userdata.collections_of(kind, ident))  # type: ignore[attr-defined]

    def _collections_html(self, names: tuple[str, ...]) -> str:
        if not names:
            return ""
        return "<p>{}</p>".format(escape(self.tr("In your collections: {names}").format(
            names=labels.list_separator(self._lang).join(names))))

    def _activity_html(self, a: Activity, query: str, collections: tuple[str, ...]) -> str:
        lang = self._lang
        out = [f"<h2>{escape(a.title(lang))}</h2>"]
        document = self._store.document_of(a)
        facts = [document.label(lang), self.tr("Paragraph {n}").format(n=a.paragraph)]
        # An undated but planned activity still says "planned" (the compact form keeps it).
        date = labels.format_date(a, lang) or labels.format_date(a, lang, compact=True)
        facts.append(date if date else labels.undated())
        if a.place(lang):
            facts.append(a.place(lang))
        if a.calls_to_action:
            facts.append(self.tr("Calls to action for NPPOs"))
        out.append(f"<p>{escape(' · '.join(facts))}</p>")
        if a.automatic:
            out.append(f"<p><i>{escape(AUTOMATIC_NOTE[lang])}</i></p>")
        out.append(self._collections_html(collections))
        for text_lang in self.shown_languages(a):
            out.append(self._text_html(a, text_lang, query))

        topics = self._store.topics_of(a)
        if topics:
            tip = self.tr("Show all the activities on this topic (the search and the other "
                          "filters are cleared; the report filter stays)")
            links = " · ".join(_link(f"topic:{t.id}", t.label(lang), tip) for t in topics)
            heading, lead = self.tr("Topics"), self.tr("Show all activities on:")
            out.append(f"<h3>{escape(heading)}</h3><p>{escape(lead)} {links}</p>")

        partners = self._store.partners_of(a)
        if partners:
            heading = self.tr("Partners") if len(partners) > 1 else self.tr("Partner")
            out.append(f"<h3>{escape(heading)}</h3>")
            out.extend(self._card_html(p, navigate=True) for p in partners)

        heading = self.tr("Citation")
        out.append(f"<h3>{escape(heading)}</h3><p>{escape(self.citation())}</p>")
        return "".join(out)

    def _text_html(self, a: Activity, text_lang: str, query: str) -> str:
        """One text of the activity (quotation or whole paragraph) with its heading."""
        translated = a.is_translation(text_lang)
        if translated:
            heading = self.tr("English (unofficial working translation)")
        elif text_lang == "zh":
            heading = self.tr("Report text (Chinese original)")
        else:
            heading = self.tr("Report text")
        quote = a.text_in(text_lang)
        text, emphasis = quote, None
        if self._whole_paragraph:
            paragraph = self._store.paragraph_text(a, text_lang)
            at = paragraph.find(quote) if paragraph else -1
            if at >= 0:
                text, emphasis = paragraph, (at, at + len(quote))
                heading = self.tr("{heading}, paragraph {n}").format(heading=heading,
                                                                      n=a.paragraph)
        marked = highlight_html(text, self._store.highlight(query, text), emphasis)
        out = f"<h3>{escape(heading)}</h3><p>{marked}</p>"
        if translated:
            out += f"<p><i>{escape(TRANSLATION_NOTE[self._lang])}</i></p>"
        return out

    def _card_html(self, partner: Partner, navigate: bool) -> str:
        """A partner's card: names, acronym, kind, website, and (for an activity's partners)
        the link to all its activities; a framed block in the text."""
        lang, other = self._lang, "en" if self._lang == "zh" else "zh"
        name = escape(partner.name(lang))
        lines = [f"<h4>{name}</h4>" if navigate else f"<b>{name}</b>"]
        details = []
        if partner.name(other) != partner.name(lang):
            details.append(escape(partner.name(other)))
        if partner.acronym:
            details.append(escape(self.tr("Acronym: {acronym}").format(
                acronym=partner.acronym)))
        kind = labels.kind(partner, lang)
        if kind:
            details.append(f"<i>{escape(kind)}</i>")
        if partner.website:
            details.append(_link(partner.website, partner.website))
        if navigate:
            details.append(_link(f"partner:{partner.id}",
                                 self.tr("Show all activities of this partner")))
        # The partner page has the name as its title already: no heading again.
        body = lines[0] + ("" if navigate else "<br>") + "<br>".join(details)
        border = self.palette().color(QPalette.ColorRole.Mid).name()
        return ('<table width="100%" cellspacing="0" cellpadding="6" border="1" '
                f'style="border-collapse:collapse; border-style:solid; border-color:{border}; '
                f'margin-bottom:6px"><tr><td>{body}</td></tr></table>')

    def _partner_html(self, partner: Partner, collections: tuple[str, ...]) -> str:
        lang = self._lang
        out = [f"<h2>{escape(partner.display(lang))}</h2>", self._collections_html(collections),
               self._card_html(partner, navigate=False)]
        if partner.parent_id:
            parent = self._store.partner(partner.parent_id)
            out.append("<p>{}{}</p>".format(escape(self.tr("Part of: ")), _link(
                f"partner:{parent.id}", parent.display(lang))))
        related = [(self.tr("Member bodies"), self._store.children_of(partner.id)),
                   (self.tr("Member of"), [self._store.partner(p) for p in partner.member_of]),
                   (self.tr("Partners in the same activities"),
                    self._store.co_partners(partner.id))]
        for title, partners in related:
            if partners:
                out.append(f"<h3>{escape(title)}</h3>")
                out.append("<p>{}</p>".format(labels.list_separator(lang).join(
                    _link(f"partner:{p.id}", labels.partner_short(p, lang)) for p in partners)))
        listed = self._store.search("", Filters(partners=(partner.id,)),
                                    limit=PARTNER_ACTIVITIES_SHOWN)
        out.append("<h3>{}</h3>".format(escape(self.tr("Activities ({count})").format(
            count=listed.total))))
        items = []
        several = len(self._store.documents) > 1
        for hit in listed.hits:
            a = hit.activity
            date = labels.format_date(a, lang)
            ref = labels.paragraph_ref(self._store, a)
            prefix = (ref if several else f"¶{ref}") + (f" · {date}" if date else "")
            items.append(f"{escape(prefix)} — {_link(f'activity:{a.id}', a.title(lang))}")
        if listed.total > len(items):
            items.append(escape(self.tr(
                "… and {count} more: the list shows them all.").format(
                    count=listed.total - len(items))))
        if items:
            out.append("<p>{}</p>".format("<br>".join(items)))
        return "".join(out)

    # -- controls ------------------------------------------------------------------------
    def _update_text_controls(self, a: Activity | None) -> None:
        """Language buttons (when there is a translation) and the whole-paragraph toggle."""
        self._text_row.setVisible(a is not None)
        self.copy_citation_button.setVisible(a is not None)
        if a is None:
            return
        translated = bool(a.text_en) and a.text_en != a.text
        self._languages.setVisible(translated)
        # "中文" makes its buttons taller than a Latin one: keep the row's buttons even.
        self.paragraph_button.setMinimumHeight(
            self._languages.sizeHint().height() if translated else 0)
        self._no_translation.setVisible(not translated and self._lang != a.original_lang)
        if translated:
            other = "zh" if self._lang == "en" else "en"
            names = {"en": "English", "zh": "中文"}  # language names in their own language
            tips = {"zh": self.tr("The report text in Chinese, as published (authoritative)"),
                    "en": self.tr("The report text in English: an unofficial working "
                                  "translation")}
            for mode, lang in (("ui", self._lang), ("other", other)):
                self.language_buttons[mode].setText(names[lang])
                self.language_buttons[mode].setToolTip(tips[lang])
            for button in self.language_buttons.values():
                button.setAccessibleName(self.tr("Show the text: {choice}").format(
                    choice=button.text()))
            self.language_buttons[self._text_mode].setChecked(True)
        self.paragraph_button.setChecked(self._whole_paragraph)

    def set_userdata(self, userdata: object | None) -> None:
        """The user's notes and stars (``desktop.core.userdata.UserData``), or None."""
        self.flush_note()  # into the data it was typed for
        self._userdata = userdata
        self._note_for = None  # read the note again
        self._render(force=True)

    def _update_personal(self) -> None:
        """The star and the note of what is shown; a note being typed for something else is
        saved first."""
        kind, ident, _ = self._shown
        data = self._userdata
        target = (kind, ident) if data is not None and kind in ("activity", "partner") else None
        if target != self._note_for:
            self.flush_note()
        for widget in (self._personal_row, self._note_label, self.note_edit):
            widget.setVisible(target is not None)
        if target is None:
            self._note_for = None
            return
        starred = data.is_starred(kind, ident)  # type: ignore[union-attr]
        self.star_button.setChecked(starred)
        self.star_button.setText(("★ " + self.tr("Starred")) if starred
                                 else ("☆ " + self.tr("Star")))
        self.star_button.setAccessibleName(self.tr("Starred") if starred else self.tr("Star"))
        if target != self._note_for:
            self._note_for = target
            with QSignalBlocker(self.note_edit):  # not a change to save
                self.note_edit.setPlainText(data.note_of(kind, ident))  # type: ignore

    def _star_clicked(self, on: bool) -> None:
        kind, ident, _ = self._shown
        if kind in ("activity", "partner"):
            self._set_star(kind, ident, on)

    def _collect_clicked(self) -> None:
        kind, ident, _ = self._shown
        if kind in ("activity", "partner"):
            self.collect_requested.emit(kind, ident)

    def _set_star(self, kind: str, ident: str, on: bool) -> None:
        try:
            self._userdata.set_star(kind, ident, on)  # type: ignore[union-attr]
        except CoopError as exc:
            self.message.emit(exc.message(self._lang))
            self._update_personal()
            return
        self._update_personal()
        self.personal_changed.emit()
        self.message.emit(self.tr("Starred") if on else self.tr("Star removed"))

    def toggle_star(self) -> None:
        kind, ident, _ = self._shown
        if self._userdata is not None and kind in ("activity", "partner"):
            self._set_star(kind, ident,
                           not self._userdata.is_starred(kind, ident))  # type: ignore

    def _save_note(self) -> None:
        if self._note_for is None or self._userdata is None:
            return
        kind, ident = self._note_for
        try:
            self._userdata.set_note(kind, ident, self.note_edit.toPlainText())  # type: ignore
        except CoopError as exc:
            self.message.emit(exc.message(self._lang))
            return
        self.personal_changed.emit()
        self.message.emit(self.tr("Note saved"))

    def flush_note(self) -> None:
        """Save a note being typed now (before closing or changing what is shown)."""
        timer = getattr(self, "_note_timer", None)
        if timer is not None and timer.isActive():  # the note on screen, not yet saved
            timer.stop()
            self._save_note()

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
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            if not QDesktopServices.openUrl(QUrl(href)):
                self.message.emit(self.tr(
                    "Could not open {url}: no web browser is set up on this computer. The "
                    "address is copied; paste it into a browser.").format(url=href))
                QGuiApplication.clipboard().setText(href)

    def changeEvent(self, event: QEvent) -> None:
        if getattr(self, "browser", None) is not None:  # built
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
                self._render(force=True)
            elif event.type() == QEvent.Type.PaletteChange:
                self._render(force=True, reparse=True)  # link and card colours
        super().changeEvent(event)
