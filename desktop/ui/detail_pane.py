"""The right pane: an activity (text with matches highlighted, partners, topics, citation)
or a partner's card.

An activity's quotation is shown in the interface language by default (for a report in
Chinese, English is our working translation and says so), or in the other language, or both;
"Whole paragraph" shows the paragraph around it with the quotation in bold.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoopError, NotFoundError
from desktop.core.models import AUTOMATIC_NOTE, TRANSLATION_NOTE, Activity, Filters, Partner
from desktop.core.store import Store
from desktop.ui import labels
from desktop.ui.flow_layout import FlowLayout, chip_size_policy

#: Search matches are marked like a highlighter pen: dark text on yellow reads well on both
#: light and dark palettes (the one colour the guide allows us to fix).
MARK_STYLE = "background-color:#ffe066;color:#000000;"


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


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


#: A partner's card lists this many of its activities (all of them are in the list).
PARTNER_ACTIVITIES_SHOWN = 100


class DetailPane(QScrollArea):
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

    def __init__(self, store: Store, lang: str = "en", parent=None):
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
        self.star_button: QToolButton | None = None
        self.note_edit: QPlainTextEdit | None = None
        self._note_timer: QTimer | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        # Widgets of the current view, kept for tests and for copying.
        self.title_label: QLabel | None = None
        self.text_label: QLabel | None = None  # the first text shown
        self.text_labels: dict[str, QLabel] = {}  # "zh" / "en" -> its text
        self.language_buttons: dict[str, QToolButton] = {}
        self.paragraph_button: QToolButton | None = None
        self.note_label: QLabel | None = None  # "unofficial working translation"
        self.facts_label: QLabel | None = None  # report, paragraph, date, place
        self.automatic_label: QLabel | None = None  # "links found automatically"
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
        # Typing refreshes the window on every keystroke; rebuild only what changed.
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
        self.paragraph_button = None
        self.note_label = self.facts_label = None
        self.star_button = self.note_edit = None
        self._note_timer = None
        self.text_labels = {}
        self.language_buttons = {}
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
        self.flush_note()
        self._clear()
        kind, ident, query = self._shown
        if kind == "activity":
            self._render_activity(self._store.activity(ident), query)
        elif kind == "partner":
            self._render_partner(self._store.partner(ident))
        else:
            label = self._label(escape(self.tr(
                "Select an activity to read what the report says about it, or a partner "
                "in the tree to see its card.")), selectable=False)
            label.setAccessibleName(label.text())
        if self.note_edit is not None:
            self._heading(self.tr("Your note"))
            self._layout.addWidget(self.note_edit)
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def _render_activity(self, a: Activity, query: str) -> None:
        lang = self._lang
        self.title_label = self._label(f"<h2>{escape(a.title(lang))}</h2>",
                                       self.tr("Activity title"))
        document = self._store.document_of(a)
        facts = [document.label(lang), self.tr("Paragraph {n}").format(n=a.paragraph)]
        # An undated but planned activity still says "planned" (the compact form keeps it).
        date = labels.format_date(a, lang) or labels.format_date(a, lang, compact=True)
        facts.append(date if date else labels.undated())
        if a.place(lang):
            facts.append(a.place(lang))
        if a.calls_to_action:
            facts.append(self.tr("Calls to action for NPPOs"))
        self.facts_label = self._label(escape(" · ".join(facts)), self.tr("Date and place"))
        self.automatic_label = None
        if a.automatic:
            self.automatic_label = self._label(
                f"<i>{escape(AUTOMATIC_NOTE[self._lang])}</i>", selectable=False)
            self.automatic_label.setAccessibleName(AUTOMATIC_NOTE[self._lang])
        self._personal("activity", a.id)

        self._text_controls(a)
        for text_lang in self.shown_languages(a):
            self._text_block(a, text_lang, query)

        topics = self._store.topics_of(a)
        if topics:
            self._heading(self.tr("Topics"))
            chips = QWidget()
            flow = FlowLayout(chips)
            for topic in topics:
                chip = QToolButton()
                chip.setText(topic.label(lang))
                chip.setSizePolicy(chip_size_policy())
                chip.setToolTip(self.tr(
                    "Show all the activities on this topic (the search and the other "
                    "filters are cleared; the report filter stays)"))
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
        self.citation_label = self._label(escape(self.citation()), self.tr("Citation"))
        row = QHBoxLayout()
        self.copy_citation_button = QPushButton(self.tr("Copy citation"))
        self.copy_citation_button.clicked.connect(self.copy_citation)
        row.addWidget(self.copy_citation_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(holder)

    # -- personal data: star, note, collections --------------------------------------------
    def set_userdata(self, userdata: object | None) -> None:
        """The user's notes and stars (``desktop.core.userdata.UserData``), or None."""
        self._userdata = userdata
        self._render()

    def _personal(self, kind: str, ident: str) -> None:
        """A star, "Add to collection…", the collections it is in, and the user's note."""
        data = self._userdata
        self.star_button = self.note_edit = None
        if data is None:
            return
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        star = QToolButton()
        star.setCheckable(True)
        starred = data.is_starred(kind, ident)  # type: ignore[attr-defined]
        star.setChecked(starred)
        star.setText(("★ " + self.tr("Starred")) if starred else ("☆ " + self.tr("Star")))
        star.setToolTip(self.tr("Star it to find it again with “Starred only” (Ctrl+D)"))
        star.setAccessibleName(self.tr("Starred") if starred else self.tr("Star"))
        star.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        star.clicked.connect(lambda on: self._set_star(kind, ident, on))
        row.addWidget(star)
        add = QToolButton()
        add.setText(self.tr("Add to collection…"))
        add.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        add.clicked.connect(lambda: self.collect_requested.emit(kind, ident))
        row.addWidget(add)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self._layout.addWidget(holder)
        self.star_button = star
        names = data.collections_of(kind, ident)  # type: ignore[attr-defined]
        if names:
            self._label(escape(self.tr("In your collections: {names}").format(
                names=labels.list_separator(self._lang).join(names))), selectable=False)
        note = QPlainTextEdit()
        note.setPlaceholderText(self.tr("Your note (kept on this computer; searchable)"))
        note.setAccessibleName(self.tr("Your note"))
        note.setPlainText(data.note_of(kind, ident))  # type: ignore[attr-defined]
        note.setFixedHeight(max(60, note.fontMetrics().lineSpacing() * 4))
        note.setTabChangesFocus(True)
        timer = QTimer(note)
        timer.setSingleShot(True)
        timer.setInterval(600)
        timer.timeout.connect(lambda: self._save_note(kind, ident, note.toPlainText()))
        note.textChanged.connect(timer.start)
        self.note_edit = note  # placed at the end of the pane by _render
        self._note_timer = timer

    def _set_star(self, kind: str, ident: str, on: bool) -> None:
        try:
            self._userdata.set_star(kind, ident, on)  # type: ignore[union-attr]
        except CoopError as exc:
            self.message.emit(exc.message(self._lang))
            return
        self._render()
        self.personal_changed.emit()
        self.message.emit(self.tr("Starred") if on else self.tr("Star removed"))

    def toggle_star(self) -> None:
        kind, ident, _ = self._shown
        if self._userdata is not None and kind in ("activity", "partner"):
            self._set_star(kind, ident,
                           not self._userdata.is_starred(kind, ident))  # type: ignore

    def _save_note(self, kind: str, ident: str, text: str) -> None:
        try:
            self._userdata.set_note(kind, ident, text)  # type: ignore[union-attr]
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
            timer.timeout.emit()

    def _text_controls(self, a: Activity) -> None:
        """Language buttons (when there is a translation) and the whole-paragraph toggle."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if a.text_en and a.text_en != a.text:
            group = QButtonGroup(self)
            group.setExclusive(True)
            other = "zh" if self._lang == "en" else "en"
            names = {"en": "English", "zh": "中文"}  # language names in their own language
            choices = (("ui", names[self._lang]), ("other", names[other]),
                       ("both", self.tr("Both")))
            tips = {"zh": self.tr("The report text in Chinese, as published (authoritative)"),
                    "en": self.tr("The report text in English: an unofficial working "
                                  "translation")}
            for mode, text in choices:
                button = QToolButton()
                button.setText(text)
                button.setCheckable(True)
                button.setChecked(mode == self._text_mode)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                tip = (tips[self._lang] if mode == "ui" else tips[other] if mode == "other"
                       else self.tr("Both texts, one above the other"))
                button.setToolTip(tip)
                button.setAccessibleName(self.tr("Show the text: {choice}").format(choice=text))
                button.clicked.connect(lambda _=False, m=mode: self.set_text_mode(m))
                group.addButton(button)
                row.addWidget(button)
                self.language_buttons[mode] = button
            row.addSpacing(12)
        elif self._lang != a.original_lang:
            # An imported report in Chinese has no English (the app translates nothing itself).
            note = QLabel(self.tr("No English translation of this report"))
            note.setEnabled(False)
            row.addWidget(note)
            row.addSpacing(12)
        self.paragraph_button = QToolButton()
        self.paragraph_button.setText(self.tr("Whole paragraph"))
        self.paragraph_button.setCheckable(True)
        self.paragraph_button.setChecked(self._whole_paragraph)
        self.paragraph_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.paragraph_button.setToolTip(self.tr(
            "Show the whole paragraph of the report, with this activity's text in bold"))
        self.paragraph_button.toggled.connect(self.set_whole_paragraph)
        row.addWidget(self.paragraph_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self._layout.addWidget(holder)

    def _text_block(self, a: Activity, text_lang: str, query: str) -> None:
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
        self._heading(heading)
        label = self._label(highlight_html(text, self._store.highlight(query, text), emphasis),
                            heading)
        label.setAccessibleDescription(text)
        self.text_labels[text_lang] = label
        if self.text_label is None:
            self.text_label = label
        if translated:
            note = self._label(f"<i>{escape(TRANSLATION_NOTE[self._lang])}</i>",
                               selectable=False)
            note.setAccessibleName(TRANSLATION_NOTE[self._lang])
            self.note_label = note

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
        self._personal("partner", partner.id)
        self._card(partner, navigate=False)
        if partner.parent_id:
            parent = self._store.partner(partner.parent_id)
            self._label(escape(self.tr("Part of: ")) + _link(f"partner:{parent.id}",
                                                             parent.display(lang)))
        related = [(self.tr("Member bodies"), self._store.children_of(partner.id)),
                   (self.tr("Member of"), [self._store.partner(p) for p in partner.member_of])]
        listed = self._store.search("", Filters(partners=(partner.id,)),
                                    limit=PARTNER_ACTIVITIES_SHOWN)
        activities = listed.hits
        related.append((self.tr("Partners in the same activities"),
                        self._store.co_partners(partner.id)))
        for title, partners in related:
            if partners:
                self._heading(title)
                self._label(labels.list_separator(lang).join(
                    _link(f"partner:{p.id}", labels.partner_short(p, lang)) for p in partners))
        self._heading(self.tr("Activities ({count})").format(count=listed.total))
        items = []
        for hit in activities:
            a = hit.activity
            date = labels.format_date(a, lang)
            ref = labels.paragraph_ref(self._store, a)
            prefix = (ref if len(self._store.documents) > 1 else f"¶{ref}") + (
                f" · {date}" if date else "")
            items.append(f"{escape(prefix)} — {_link(f'activity:{a.id}', a.title(lang))}")
        if listed.total > len(items):
            items.append(escape(self.tr(
                "… and {count} more: the list shows them all.").format(
                    count=listed.total - len(items))))
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
            if not QDesktopServices.openUrl(QUrl(href)):
                self.message.emit(self.tr(
                    "Could not open {url}: no web browser is set up on this computer. The "
                    "address is copied; paste it into a browser.").format(url=href))
                QGuiApplication.clipboard().setText(href)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

