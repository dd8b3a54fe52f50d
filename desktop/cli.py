"""The ``ippc-coop`` command line: the window, search, lists, export and personal data.

Exit codes: 0 success (also when nothing matches), 2 usage error, 130 interrupted (Ctrl+C),
1 anything else, with a one-line message on stderr and never a traceback.

Text output follows the console's encoding when it can write Chinese (UTF-8, GB18030, GBK,
Big5 ...), else UTF-8; ``--json`` output is always UTF-8.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import APP_NAME, __version__
from desktop.core.errors import CoopError
from desktop.core.format import format_date
from desktop.core.models import (
    AUTOMATIC_NOTE,
    TRANSLATION_NOTE,
    UNDATED,
    Activity,
    Filters,
    Hit,
    PartnerNode,
)
from desktop.core.preferences import interface_language
from desktop.core.store import Store
from desktop.paths import ENV_DB

EPILOG = """\
commands:
  (none)                 open the window
  search [QUERY]         activities matching QUERY and the filters (no query: all)
  partners               the partner tree, in report order
  topics                 topics with activity counts
  show ACTIVITY_ID       one activity with partners, topics and citation
  documents              the reports in the library, with activity counts
  import PATH            add a report from a .txt, .docx or .pdf file, or a data pack
  reports                the reports you added; 'reports remove ID' removes one
  export                 write a Word or PDF briefing, or a CSV table, of the matching activities
  chart timeline|map     draw the matching activities on a timeline, or as a partner x topic
                         map, into a PNG or SVG file
  collections            your collections for a briefing: list, show, create, rename, add,
                         remove, move, note, intro, delete, export (in the collection's order)
  notes                  your notes on activities and partners: list, add, remove, search
  stars                  your starred activities and partners: list, add, remove
  userdata               where your personal data is kept, and what the library no longer
                         has; 'userdata backup PATH' and 'userdata restore PATH'

examples:
  ippc-coop search 实蝇
  ippc-coop search ePhyto --year 2020 --json
  ippc-coop search --topic "sea containers" --partner WCO
  ippc-coop search "sea containers" --doc cpm15
  ippc-coop export --format docx --output briefing.docx --topic ePhyto --lang zh
  ippc-coop export --format docx --output briefing.docx --lang en --both-languages
  ippc-coop export --format pdf --output wco.pdf --partner WCO --lang zh
  ippc-coop chart timeline --output timeline.png --topic ePhyto --lanes partner
  ippc-coop chart map --output map.svg --year 2020 --lang zh
  ippc-coop import CPM_2022_cooperation.pdf --dry-run --json
  ippc-coop import cpm16.ippcpack
  ippc-coop collections create "Sea containers briefing"
  ippc-coop collections add "Sea containers briefing" cpm15-24-1 cpm15-13-4 wco
  ippc-coop collections note "Sea containers briefing" cpm15-24-1 "Ask customs first"
  ippc-coop collections export "Sea containers briefing" --format docx --output sea.docx
  ippc-coop notes add wco "Contact: customs liaison office"
  ippc-coop stars add cpm15-24-1
  ippc-coop userdata backup personal-backup.sqlite

Notes, stars, collections and saved searches are kept in personal.sqlite in your user data
folder ('ippc-coop userdata' shows where); they are keyed by ids, so they survive updates.

English texts of reports published in Chinese are our unofficial working translation; the
Chinese text is authoritative.

Text output follows your console's encoding (e.g. GB18030); --json output is always UTF-8.
Exit codes: 0 done (also when nothing matches), 1 error, 2 wrong usage, 130 interrupted.
"""

#: Years a --year may name: the IPPC dates from 1951; anything else is a typing mistake.
YEAR_RANGE = (1950, 2100)
JSON_HELP = "print JSON (always UTF-8, whatever the console's encoding)"


class UsageError(Exception):
    """A mistake in the command line: reported with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own errors: usage + exit 2
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help="words to find (Chinese of any length, English, acronyms); all must match")
    p.add_argument("--topic", action="append", default=[], metavar="T",
                   help="topic id or label, Chinese or English (repeat: any of them)")
    p.add_argument("--year", action="append", default=[], metavar="YYYY",
                   help="activities dated in that year, or 'undated' (repeat: any of them)")
    p.add_argument("--partner", action="append", default=[], metavar="P",
                   help="partner id, name or acronym, with its member bodies (repeat: any)")
    p.add_argument("--part", action="append", default=[], type=int, choices=(1, 2, 3),
                   metavar="N", help="report part: 1 international organizations, "
                   "2 research and academia, 3 RPPOs (repeat: any)")
    p.add_argument("--actions", action="store_true",
                   help="only calls to action addressed to contracting parties / NPPOs")
    p.add_argument("--doc", action="append", default=[], metavar="ID",
                   help="only this report: its id or session, e.g. cpm15 or CPM-15 "
                   "(see 'documents'; repeat: any of them)")


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the window (no command): ``ippc-coop [--db PATH] [--lang L] ...``."""
    parser.add_argument("--db", type=Path, help="use this database instead of the bundled one")
    parser.add_argument("--lang", choices=("zh", "en"),
                        help="window language (default: the last used, else the system's)")
    parser.add_argument("--smoke", action="store_true",
                        help="installation check: open the window, search, export Word, quit")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="open the window as usual, quit once it has painted its data "
                        "(what start-up benchmarks time); saves nothing")


class _NotWindowOnly(Exception):
    """The command line is not just the window's options: parse it with the whole parser."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise _NotWindowOnly(message)


def _window_args(args: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``args`` only has the window's (the usual start), else None.

    Building the whole parser (every command's, ~20 ms) is what the window would wait for;
    anything else (a command, --help, --version, a mistake, "--") goes to the whole parser,
    which gives the same result, help and messages as ever. An abbreviation this parser
    accepts is one the whole parser accepts the same way (its other options, --help and
    --version, start with letters none of these do).
    """
    if "--" in args:
        return None
    parser = _WindowParser(prog="ippc-coop", add_help=False)
    _add_window_options(parser)
    parser.set_defaults(command=None)
    try:
        namespace, rest = parser.parse_known_args(list(args))
    except _NotWindowOnly:
        return None
    return None if rest else namespace


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ippc-coop",
        description=f"{APP_NAME}: what the IPPC Secretariat does with which international "
        "partner, on which topic and when, from its reports on international cooperation to "
        "the Commission on Phytosanitary Measures. Offline.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    search = sub.add_parser("search", help="find activities")
    _add_filters(search)
    search.add_argument("--limit", type=int, default=0, metavar="N",
                        help="show at most N results (default: all)")
    search.add_argument("--json", action="store_true", help=JSON_HELP)

    partners = sub.add_parser("partners", help="the partner tree")
    partners.add_argument("--json", action="store_true", help=JSON_HELP)

    topics = sub.add_parser("topics", help="topics with counts")
    topics.add_argument("--json", action="store_true", help=JSON_HELP)

    show = sub.add_parser("show", help="one activity")
    show.add_argument("activity_id", metavar="ACTIVITY_ID", help="e.g. cpm15-13-4")
    show.add_argument("--json", action="store_true", help=JSON_HELP)

    documents = sub.add_parser("documents", help="the reports in the library")
    documents.add_argument("--json", action="store_true", help=JSON_HELP)

    imp = sub.add_parser(
        "import", help="add a report from a file (.txt, .docx, .pdf) or a data pack",
        description="Add a CPM report on international cooperation to your library, from a "
        "text, Word or PDF file in Chinese or English (its partners, topics, dates and calls "
        "to action are found automatically: check them against the text), or from a curated "
        "data pack made with 'python -m db.build --pack'. Nothing is sent anywhere.")
    imp.add_argument("path", type=Path, metavar="PATH", help="the file to import")
    imp.add_argument("--lang", choices=("zh", "en"),
                     help="language of the report (default: detected from the text)")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported; store nothing")
    imp.add_argument("--json", action="store_true", help=JSON_HELP)

    reports = sub.add_parser("reports", help="the reports you added (list, or remove one)")
    reports.add_argument("action", nargs="?", choices=("list", "remove"), default="list",
                         help="list (default) or remove")
    reports.add_argument("report_id", nargs="?", metavar="ID", help="with remove: the report")
    reports.add_argument("--json", action="store_true", help=JSON_HELP)

    export = sub.add_parser("export", help="export matching activities to Word, PDF or CSV")
    export.add_argument("--format", choices=("docx", "pdf", "csv"), required=True,
                        help="docx or pdf: a briefing (the same content); csv: a table")
    export.add_argument("--output", type=Path, required=True, metavar="PATH")
    _add_filters(export)
    export.add_argument("--title", help="document title (default: names the topic/partner)")
    export.add_argument("--lang", dest="label_lang", choices=("zh", "en"), default=None,
                        help="language of the briefing: titles and labels, and in a briefing "
                        "the quotations (en: our unofficial working translation of a Chinese "
                        "report, labelled as such); a CSV always has both texts. "
                        "Default: the window's language (View > 中文 / English), else the "
                        "system's")
    export.add_argument("--both-languages", action="store_true",
                        help="briefing: add the text in the other language under each "
                        "quotation")
    export.add_argument("--no-charts", dest="charts", action="store_false",
                        help="briefing: leave out the timeline and the partner x topic map "
                        "(pictures after the contents)")
    export.add_argument("--encoding", choices=("utf-8-sig", "utf-8", "gb18030"),
                        default="utf-8-sig", help="CSV encoding (default utf-8-sig: Excel-ready)")
    chart = sub.add_parser("chart", help="draw a timeline or a partner x topic map (PNG, SVG)")
    kinds = chart.add_subparsers(dest="kind", metavar="timeline|map", parser_class=_Parser)
    kinds.required = True
    for kind, text in (("timeline", "the matching activities on a time axis"),
                       ("map", "partners by topics of the matching activities, counts as "
                        "shaded cells")):
        k = kinds.add_parser(kind, help=text)
        k.add_argument("--output", type=Path, required=True, metavar="PATH",
                       help="a .png or .svg file")
        _add_filters(k)
        k.add_argument("--lang", dest="label_lang", choices=("zh", "en"), default=None,
                       help="language of the labels (default: the window's, else the "
                       "system's)")
        if kind == "timeline":
            k.add_argument("--lanes", choices=("part", "partner", "report"), default="part",
                           help="one lane per report part (default), main partner or report")
        else:
            k.add_argument("--sort-by-total", action="store_true",
                           help="partners and topics with most activities first")
        k.add_argument("--title", default="", help="a title above the chart")
        k.add_argument("--width", type=int, default=0, metavar="PX",
                       help="width in pixels (default: 2400 for PNG, at 300 dpi; 960 for SVG)")
    _add_personal_commands(sub)
    return parser


def _json_flag(p: argparse.ArgumentParser, dest: str = "json") -> None:
    p.add_argument("--json", dest=dest, action="store_true", help="print JSON")


def _add_personal_commands(sub: Any) -> None:
    """The commands on the user's own data: collections, notes, stars, backups."""
    coll = sub.add_parser(
        "collections", help="your collections of activities and partners for a briefing",
        description="Named folders of activities and partners, in the order you give them, "
        "each item with an optional note and each collection with an introduction. IDs are "
        "activity ids (cpm15-24-1, see 'search') or partner ids (wco, see 'partners'). "
        "Without an action: list.")
    _json_flag(coll, "json_all")
    acts = coll.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _json_flag(acts.add_parser("list", help="your collections (default)"))
    show = acts.add_parser("show", help="one collection: introduction and items in order")
    show.add_argument("name", metavar="NAME")
    _json_flag(show)
    create = acts.add_parser("create", help="a new, empty collection")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--intro", default="", metavar="TEXT", help="its introduction")
    _json_flag(create)
    rename = acts.add_parser("rename", help="rename a collection")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    _json_flag(rename)
    add = acts.add_parser("add", help="add activities or partners (at the end, in order)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("ids", nargs="+", metavar="ID")
    _json_flag(add)
    remove = acts.add_parser("remove", help="take an item out of a collection")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("item_id", metavar="ID")
    _json_flag(remove)
    move = acts.add_parser("move", help="move an item to a position (1 = first)")
    move.add_argument("name", metavar="NAME")
    move.add_argument("item_id", metavar="ID")
    move.add_argument("position", type=int, metavar="POSITION")
    _json_flag(move)
    note = acts.add_parser("note", help="the note of an item in this collection ('' removes)")
    note.add_argument("name", metavar="NAME")
    note.add_argument("item_id", metavar="ID")
    note.add_argument("text", metavar="TEXT")
    _json_flag(note)
    intro = acts.add_parser("intro", help="the collection's introduction ('' removes)")
    intro.add_argument("name", metavar="NAME")
    intro.add_argument("text", metavar="TEXT")
    _json_flag(intro)
    delete = acts.add_parser("delete", help="delete a collection (notes and stars stay)")
    delete.add_argument("name", metavar="NAME")
    _json_flag(delete)
    cexport = acts.add_parser(
        "export", help="write the collection's activities, in its order, to Word, PDF or CSV")
    cexport.add_argument("name", metavar="NAME")
    cexport.add_argument("--format", choices=("docx", "pdf", "csv"), required=True)
    cexport.add_argument("--output", type=Path, required=True, metavar="PATH")
    cexport.add_argument("--lang", dest="label_lang", choices=("zh", "en"), default=None,
                         help="language of the briefing (default, as for 'export': the "
                         "window's language, else the system's)")
    cexport.add_argument("--no-charts", dest="charts", action="store_false",
                         help="briefing: leave out the timeline and the partner x topic map")
    _json_flag(cexport)

    notes = sub.add_parser(
        "notes", help="your notes on activities and partners",
        description="One note per activity or partner. Without an action: list.")
    _json_flag(notes, "json_all")
    nacts = notes.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _json_flag(nacts.add_parser("list", help="every note, the latest first (default)"))
    nadd = nacts.add_parser("add", help="write the note of an activity or partner (replaces)")
    nadd.add_argument("item_id", metavar="ID")
    nadd.add_argument("text", metavar="TEXT")
    _json_flag(nadd)
    nremove = nacts.add_parser("remove", help="remove the note of an activity or partner")
    nremove.add_argument("item_id", metavar="ID")
    _json_flag(nremove)
    nsearch = nacts.add_parser("search", help="items whose notes contain all the words")
    nsearch.add_argument("query", metavar="QUERY")
    _json_flag(nsearch)

    stars = sub.add_parser("stars", help="your starred activities and partners",
                           description="Without an action: list.")
    _json_flag(stars, "json_all")
    sacts = stars.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _json_flag(sacts.add_parser("list", help="every starred item (default)"))
    for action, text in (("add", "star an activity or partner"), ("remove", "remove a star")):
        star = sacts.add_parser(action, help=text)
        star.add_argument("item_id", metavar="ID")
        _json_flag(star)

    udata = sub.add_parser(
        "userdata", help="your personal data: where it is, backup, restore",
        description="Without an action: where your notes, stars, collections and saved "
        "searches are kept, how many there are, and which items the library no longer has "
        "(they are kept). A backup is one file with all of them; restoring one replaces your "
        "personal data and keeps the previous data beside as personal.before-restore-*.")
    _json_flag(udata, "json_all")
    uacts = udata.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    _json_flag(uacts.add_parser("info", help="where and how much (default)"))
    backup = uacts.add_parser("backup", help="write all personal data to one file")
    backup.add_argument("path", type=Path, metavar="PATH")
    _json_flag(backup)
    restore = uacts.add_parser("restore", help="replace your personal data by a backup's")
    restore.add_argument("path", type=Path, metavar="PATH")
    _json_flag(restore)


# -- filters ------------------------------------------------------------------------------
def _filters(store: Store, args: argparse.Namespace) -> Filters:
    topics = tuple(_resolve(store.resolve_topic, t) for t in args.topic)
    partners = tuple(_resolve(store.resolve_partner, p) for p in args.partner)
    years: list[int] = []
    for value in args.year:
        text = str(value).strip().lower()
        if text in {"undated", "none", "无日期", "未注明日期"}:
            years.append(UNDATED)
        elif text.isdigit() and len(text) == 4:
            if not YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]:
                raise UsageError(f"--year {value} is not a year of the reports: give a year "
                                 f"from {YEAR_RANGE[0]} to {YEAR_RANGE[1]}, or 'undated'")
            years.append(int(text))
        else:
            raise UsageError(f"--year expects a four-digit year or 'undated', not {value!r}")
    documents = tuple(_resolve(store.resolve_document, d) for d in args.doc)
    return Filters(topics=topics, years=tuple(years), partners=partners,
                   parts=tuple(args.part), calls_to_action=args.actions, documents=documents)


def _resolve(resolver: Any, text: str) -> str:
    try:
        return str(resolver(text))
    except CoopError as exc:
        raise UsageError(str(exc)) from None


def _filters_json(filters: Filters) -> dict[str, Any]:
    return {"topics": list(filters.topics),
            "years": [("undated" if y == UNDATED else y) for y in filters.years],
            "partners": list(filters.partners), "parts": list(filters.parts),
            "calls_to_action": filters.calls_to_action, "documents": list(filters.documents)}


# -- JSON shapes --------------------------------------------------------------------------
def activity_json(store: Store, activity: Activity,
                  highlights: Sequence[tuple[int, int]] = (),
                  highlights_en: Sequence[tuple[int, int]] = ()) -> dict[str, Any]:
    return {
        "id": activity.id,
        "document": activity.doc,
        "paragraph": activity.paragraph,
        "part": activity.part,
        "date": activity.date,
        "dates": activity.date.split(",") if activity.date else [],
        "date_precision": activity.date_precision,
        "date_qualifier": activity.date_qualifier or None,
        "place_zh": activity.place_zh or None,
        "place_en": activity.place_en or None,
        "partners": [{"id": p.id, "name_zh": p.name_zh, "name_en": p.name_en,
                      "acronym": p.acronym or None} for p in store.partners_of(activity)],
        "topics": [{"id": t.id, "label_zh": t.label_zh, "label_en": t.label_en}
                   for t in store.topics_of(activity)],
        "title_zh": activity.title_zh,
        "title_en": activity.title_en,
        "text": activity.text,
        "text_en": activity.text_en,
        "text_en_is_translation": activity.is_translation("en"),
        "calls_to_action": activity.calls_to_action,
        "automatic": activity.automatic,
        "highlights": [list(span) for span in highlights],
        "highlights_en": [list(span) for span in highlights_en],
        "citation": store.citation(activity, "en"),
    }


def _node_json(node: PartnerNode) -> dict[str, Any]:
    p = node.partner
    out: dict[str, Any] = {"id": p.id, "name_zh": p.name_zh, "name_en": p.name_en,
                           "acronym": p.acronym or None, "kind": p.kind,
                           "activity_count": node.count,
                           "children": [_node_json(c) for c in node.children]}
    if node.via_membership:
        out["membership"] = True
    return out


# -- text output --------------------------------------------------------------------------
def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` display columns (CJK counts two), marking the cut with …."""
    if _width(text) <= width:
        return _pad(text, width)
    out = ""
    for char in text:
        if _width(out + char) > width - 1:
            break
        out += char
    return _pad(out + "…", width)


def _print_hits(store: Store, hits: Sequence[Hit], total: int) -> None:
    if not hits:
        print("No activities match. Try fewer words or remove a filter.")
        return
    rows = []
    for hit in hits:
        a = hit.activity
        partners = ", ".join(p.acronym or p.name_en for p in store.partners_of(a))
        rows.append((a.id, format_date(a, "en") or "—", partners, a.title_en))
    widths = [max(_width(r[i]) for r in rows) for i in range(3)]
    widths = [min(w, limit) for w, limit in zip(widths, (12, 24, 30), strict=True)]
    for row in rows:
        print("  ".join(_fit(cell, w) for cell, w in zip(row[:3], widths, strict=True))
              + "  " + row[3])
    shown = f"{len(hits)} of {total}" if len(hits) < total else str(total)
    print(f"\n{shown} activit{'y' if total == 1 else 'ies'}")


def _print_tree(nodes: Sequence[PartnerNode], depth: int) -> None:
    for node in nodes:
        p = node.partner
        label = p.display("en")
        marker = " [member]" if node.via_membership else ""
        print(f"{'  ' * depth}{_pad(label, 60 - 2 * depth)} {node.count:>3}  "
              f"{p.name_zh}  [{p.id}]{marker}")
        _print_tree(node.children, depth + 1)


def _print_activity(store: Store, a: Activity) -> None:
    print(f"{a.id}  {a.title_en}")
    print(f"{a.title_zh}")
    print(f"Date: {format_date(a, 'en') or 'not stated'}"
          + (f"   Place: {a.place_en} / {a.place_zh}" if a.place_en or a.place_zh else ""))
    print("Partners: " + "; ".join(p.display("en") + f" / {p.name_zh}"
                                   for p in store.partners_of(a)))
    print("Topics: " + "; ".join(f"{t.label_en} / {t.label_zh}" for t in store.topics_of(a)))
    if a.calls_to_action:
        print("Call to action for contracting parties / NPPOs")
    if a.automatic:
        print(f"[{AUTOMATIC_NOTE['en']}]")
    print()
    print(a.text)
    if a.is_translation("en"):
        print()
        print(f"[{TRANSLATION_NOTE['en']}]")
        print(a.text_en)
    print()
    print(store.citation(a, "en"))


# -- commands -----------------------------------------------------------------------------
def _cmd_search(store: Store, args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or a positive number")
    filters = _filters(store, args)
    result = store.search(args.query, filters, limit=args.limit or None)
    if args.json:
        _dump({"query": args.query, "filters": _filters_json(filters), "total": result.total,
               "results": [activity_json(store, h.activity, h.highlights, h.highlights_en)
                           for h in result.hits]})
    else:
        _print_hits(store, result.hits, result.total)
    return 0


def _cmd_partners(store: Store, args: argparse.Namespace) -> int:
    tree = store.partner_tree()
    if args.json:
        _dump({"groups": [{"id": g.group.id, "part": g.group.part, "label_zh": g.group.label_zh,
                           "label_en": g.group.label_en, "activity_count": g.count,
                           "partners": [_node_json(n) for n in g.partners]} for g in tree]})
    else:
        for g in tree:
            print(f"Part {g.group.part}: {g.group.label_en} / {g.group.label_zh} ({g.count})")
            _print_tree(g.partners, 1)
    return 0


def _cmd_topics(store: Store, args: argparse.Namespace) -> int:
    counts = store.topic_counts()
    if args.json:
        _dump({"topics": [{"id": t.id, "label_zh": t.label_zh, "label_en": t.label_en,
                           "aliases_zh": list(t.aliases_zh), "aliases_en": list(t.aliases_en),
                           "activity_count": n} for t, n in counts]})
    else:
        width = max(_width(t.label_en) for t, _ in counts)
        for t, n in counts:
            print(f"{_pad(t.label_en, width)}  {n:>3}  {t.label_zh}  [{t.id}]")
    return 0


def _cmd_show(store: Store, args: argparse.Namespace) -> int:
    activity = store.activity(args.activity_id)
    if args.json:
        _dump(activity_json(store, activity))
    else:
        _print_activity(store, activity)
    return 0


def _cmd_documents(store: Store, args: argparse.Namespace) -> int:
    counts = store.document_counts()
    if args.json:
        _dump({"documents": [
            {"id": d.id, "title_zh": d.title_zh, "title_en": d.title_en, "body_en": d.body_en,
             "session_en": d.session_en, "session_short": d.session_short,
             "session_dates": d.session_dates or None,
             "session_place_en": d.session_place_en or None,
             "agenda_item": d.agenda_item, "period": d.period, "language": d.language,
             "english_translation": d.has_translation, "origin": d.origin,
             "automatic": d.automatic, "activity_count": n}
            for d, n in counts]})
    else:
        for d, n in counts:
            note = "  (English: unofficial working translation)" if d.has_translation else ""
            print(f"{_pad(d.id, 10)} {_pad(d.label('en'), 34)} {n:>4} activities  "
                  f"{d.title_en} [{d.language}]{note}")
    return 0


def _cmd_import(store: Store, args: argparse.Namespace) -> int:
    from desktop.core import library

    if library.is_pack(args.path):
        if args.dry_run:
            copy, meta, docs = library.check_pack(args.path)
            import shutil

            shutil.rmtree(copy.parent, ignore_errors=True)
            result_json = {"pack": str(args.path), "documents": docs,
                           "data_version": meta.get("data_version"), "checked": True}
            if args.json:
                _dump(result_json)
            else:
                print(f"{args.path.name}: a valid data pack with {', '.join(docs)} "
                      "(nothing stored: --dry-run)")
            return 0
        result = library.import_pack(store, args.path)
        if args.json:
            _dump({"imported": result.document_ids, "file": str(result.path),
                   "activities": result.activities, "changes": result.changes})
        else:
            c = result.changes
            print(f"Imported data pack {args.path.name}: {', '.join(result.document_ids)}")
            print(f"  reports added: {', '.join(c['reports_added']) or 'none'}; replaced: "
                  f"{', '.join(c['reports_replaced']) or 'none'}")
            print(f"  partners added: {len(c['partners_added'])}; activities added "
                  f"{c['activities_added']}, removed {c['activities_removed']}, changed "
                  f"{c['activities_changed']}")
        return 0
    if args.dry_run:
        preview = library.preview_file(store, args.path, args.lang)
        if args.json:
            _dump(library.preview_json(preview, store))
        else:
            doc = preview.document
            print(f"{args.path.name}: {doc['session_short']}, agenda item "
                  f"{doc['agenda_item'] or '?'} ({doc['language']}), id {doc['id']}")
            for para in preview.paragraphs:
                if not para.activity:
                    continue
                names = ", ".join(store.partner(p).acronym or store.partner(p).name_en
                                  for p in para.links.partners) or "—"
                print(f"  ¶{para.number:<3} {_fit(names, 28)}  {', '.join(para.links.dates)}")
                if para.links.unrecognised:
                    print(f"        unrecognised: {'; '.join(para.links.unrecognised)}")
            print(f"{preview.activity_count} activities would be added (nothing stored: "
                  "--dry-run). Links are found automatically: check them against the text.")
        return 0
    result = library.import_file(store, args.path, args.lang)
    if args.json:
        _dump({"imported": result.document_ids, "file": str(result.path),
               "activities": result.activities})
    else:
        print(f"Imported {args.path.name} as report {result.document_ids[0]}: "
              f"{result.activities} activities. Links were found automatically: check them "
              "against the text.")
    return 0


def _cmd_reports(store: Store, args: argparse.Namespace) -> int:
    from desktop.core import library

    if args.action == "remove":
        if not args.report_id:
            raise UsageError("reports remove needs the id of a report ('ippc-coop reports')")
        path = library.remove_report(store, args.report_id)
        print(f"Removed report {args.report_id} ({path.name})")
        return 0
    added = [(d, n) for d, n in store.document_counts() if d.origin != "bundled"]
    if args.json:
        _dump({"reports": [
            {"id": d.id, "session_short": d.session_short, "agenda_item": d.agenda_item,
             "title_zh": d.title_zh or None, "title_en": d.title_en or None,
             "language": d.language, "origin": d.origin, "automatic": d.automatic,
             "source_file": d.source_file or None, "added": d.added or None,
             "activity_count": n, "file": str(store.document_files.get(d.id, ""))}
            for d, n in added], "problems": store.library_problems})
        return 0
    if not added:
        print("No reports added yet. Add one with 'ippc-coop import FILE'.")
    for d, n in added:
        how = "links found automatically" if d.automatic else "curated data pack"
        print(f"{_pad(d.id, 10)} {_pad(d.label('en'), 34)} {n:>4} activities  {how}; from "
              f"{d.source_file or '?'}, added {d.added[:10] or '?'}")
    for problem in store.library_problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 0


def _cmd_export(store: Store, args: argparse.Namespace) -> int:
    from desktop.core.export import (
        BRIEFING_FORMATS,
        ChartRenderer,
        ExportRequest,
        PdfRenderer,
        export,
    )

    filters = _filters(store, args)
    result = store.search(args.query, filters)
    request = ExportRequest(
        activities=[h.activity for h in result.hits], fmt=args.format, path=args.output,
        title=args.title, lang=args.label_lang or interface_language(),
        encoding=args.encoding, query=args.query,
        filters=filters, scope_label="", both_languages=args.both_languages,
        charts=args.charts)
    pdf: PdfRenderer | None = None
    if args.format == "pdf" and result.hits:
        # Qt lays the PDF out; no window or screen is needed (an offscreen application).
        from desktop.ui.briefing_pdf import ensure_gui_application, render_pdf

        ensure_gui_application()
        pdf = render_pdf
    charts: ChartRenderer | None = None
    if args.format in BRIEFING_FORMATS and args.charts:
        # Qt draws the timeline and the map (in an offscreen application it makes when the
        # briefing is drawn, if there is none yet).
        from desktop.ui.briefing_charts import briefing_figures

        charts = briefing_figures
    path = export(store, request, pdf=pdf, charts=charts)
    print(f"Wrote {result.total} activit{'y' if result.total == 1 else 'ies'} to {path}")
    return 0


CHART_KINDS = ("timeline", "map")
CHART_FORMATS = (".png", ".svg")


def _cmd_chart(store: Store, args: argparse.Namespace) -> int:
    from desktop.core.atomic import atomic_write

    suffix = args.output.suffix.lower()
    if suffix not in CHART_FORMATS:
        raise UsageError(f"--output must end in .png or .svg, not {args.output.name!r}")
    if args.width and not 100 <= args.width <= 20000:
        raise UsageError("--width must be from 100 to 20000 pixels")
    filters = _filters(store, args)
    slots = store.update(args.query, filters).slots
    # Qt draws the chart; no window or screen is needed (an offscreen application).
    from desktop.ui.briefing_pdf import ensure_gui_application

    ensure_gui_application()
    from desktop.ui.chart_painter import chart_png, chart_svg

    lang = args.label_lang or interface_language()
    options = {"lang": lang, "lanes": getattr(args, "lanes", "part"),
               "sort_by_total": getattr(args, "sort_by_total", False), "title": args.title}
    if suffix == ".png":
        data = chart_png(args.kind, store, slots, width_px=args.width or 2400, dpi=300,
                         **options)
    else:
        data = chart_svg(args.kind, store, slots, width_px=args.width or 960, **options)
    path = atomic_write(args.output, lambda f: f.write(data))
    what = "timeline" if args.kind == "timeline" else "partner x topic map"
    print(f"Wrote a {what} of {len(slots)} activit{'y' if len(slots) == 1 else 'ies'} to "
          f"{path}")
    return 0


# -- personal data ------------------------------------------------------------------------
def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False) or getattr(args, "json_all", False))


def _open_userdata() -> Any:
    from desktop.core.userdata import UserData

    data = UserData()
    if data.notice is not None:
        print(f"ippc-coop: {data.notice}", file=sys.stderr)
    return data


def _item_json(store: Store, kind: str, item_id: str) -> dict[str, Any]:
    """What a personal-data item is, for listings: titles, or that the library lacks it."""
    out: dict[str, Any] = {"kind": kind, "id": item_id, "title_en": None, "title_zh": None,
                           "in_library": False}
    try:
        if kind == "activity":
            activity = store.activity(item_id)
            out.update(title_en=activity.title_en, title_zh=activity.title_zh, in_library=True)
        else:
            partner = store.partner(item_id)
            out.update(title_en=partner.display("en"), title_zh=partner.name_zh,
                       in_library=True)
    except CoopError:
        pass
    return out


def _item_line(item: dict[str, Any]) -> str:
    title = item["title_en"] if item["in_library"] else "(not in the library: kept)"
    return f"{_pad(item['id'], 14)} {_pad(item['kind'], 8)}  {title}"


def _collection_json(store: Store, collection: Any) -> dict[str, Any]:
    return {"name": collection.name, "intro": collection.intro,
            "created": collection.created, "updated": collection.updated,
            "items": [{"position": n, **_item_json(store, i.kind, i.item_id), "note": i.note}
                      for n, i in enumerate(collection.items, 1)]}


def _print_collection(store: Store, collection: Any) -> None:
    print(collection.name)
    if collection.intro:
        print()
        print(collection.intro)
    print()
    if not collection.items:
        print("No items yet. Add some with 'ippc-coop collections add NAME ID...'.")
    for n, item in enumerate(collection.items, 1):
        print(f"{n:>3}. {_item_line(_item_json(store, item.kind, item.item_id))}")
        for line in item.note.splitlines():
            print(f"       {line}")


def _find_item(items: Sequence[Any], item_id: str, where: str) -> Any:
    """The (kind, id) of ``item_id`` among personal-data items, including ids the library no
    longer has (so they can be removed)."""
    from desktop.core.errors import UserDataError

    for item in items:
        if item[1] == item_id.strip():
            return item
    raise UserDataError(f"{item_id!r} is not {where}.")


def _cmd_collections(store: Store, args: argparse.Namespace) -> int:
    from desktop.core.userdata import ItemRef, kind_of

    action = args.action or "list"
    with _open_userdata() as data:
        if action == "list":
            collections = data.collections()
            if _wants_json(args):
                _dump({"collections": [
                    {"name": c.name, "intro": c.intro, "items": len(c.items),
                     "activities": len(c.ids("activity")), "partners": len(c.ids("partner")),
                     "created": c.created, "updated": c.updated} for c in collections]})
            elif not collections:
                print("No collections yet. Create one with 'ippc-coop collections create NAME'.")
            else:
                width = max(_width(c.name) for c in collections)
                for c in collections:
                    print(f"{_pad(c.name, width)}  {len(c.items):>3} items  "
                          f"changed {c.updated[:10]}")
            return 0
        if action == "export":
            return _export_collection(store, data, args)
        if action == "create":
            collection = data.create_collection(args.name, args.intro)
            message = f"Created collection {collection.name!r}"
        elif action == "rename":
            collection = data.rename_collection(args.name, args.new_name)
            message = f"Renamed collection {args.name!r} to {collection.name!r}"
        elif action == "add":
            refs = [ItemRef(kind_of(store, i), i.strip()) for i in args.ids]
            added = data.add_items(args.name, refs)
            collection = data.collection(args.name)
            message = (f"Added {added} item{'s' * (added != 1)} to {collection.name!r}"
                       + (f" ({len(refs) - added} already in it)" if added < len(refs) else ""))
        elif action in ("remove", "move", "note"):
            current = data.collection(args.name)
            kind, item_id = _find_item([(i.kind, i.item_id) for i in current.items],
                                       args.item_id, f"in the collection {current.name!r}")
            if action == "remove":
                data.remove_item(args.name, kind, item_id)
                message = f"Removed {item_id} from {current.name!r}"
            elif action == "move":
                if args.position < 1:
                    raise UsageError("POSITION counts from 1 (the first item)")
                data.move_item(args.name, kind, item_id, args.position - 1)
                message = f"Moved {item_id} to position {args.position} in {current.name!r}"
            else:
                data.set_item_note(args.name, kind, item_id, args.text)
                message = f"Saved the note of {item_id} in {current.name!r}"
            collection = data.collection(args.name)
        elif action == "intro":
            data.set_intro(args.name, args.text)
            collection = data.collection(args.name)
            message = f"Saved the introduction of {collection.name!r}"
        elif action == "delete":
            name = data.collection(args.name).name
            data.delete_collection(args.name)
            if _wants_json(args):
                _dump({"deleted": name})
            else:
                print(f"Deleted collection {name!r}")
            return 0
        else:  # show
            collection = data.collection(args.name)
            message = ""
        if _wants_json(args):
            _dump(_collection_json(store, collection))
        elif message:
            print(message)
        else:
            _print_collection(store, collection)
    return 0


def _export_collection(store: Store, data: Any, args: argparse.Namespace) -> int:
    from desktop.core.export import (
        BRIEFING_FORMATS,
        ChartRenderer,
        ExportRequest,
        collection_label,
        export,
    )

    briefing = data.collection_activities(store, args.name)
    # The collection's order, its notes (else the activity's own note) and introduction.
    request = ExportRequest(activities=briefing.activities, fmt=args.format, path=args.output,
                            title=briefing.name,
                            lang=args.label_lang or interface_language(), in_order=True,
                            scope_label=collection_label(
                                briefing.name, args.label_lang or interface_language()),
                            intro=briefing.intro,
                            item_notes={e.activity.id: e.note or e.personal_note
                                        for e in briefing.entries
                                        if e.note or e.personal_note},
                            charts=args.charts)
    pdf = None
    if args.format == "pdf" and briefing.activities:
        from desktop.ui.briefing_pdf import ensure_gui_application, render_pdf

        ensure_gui_application()
        pdf = render_pdf
    charts: ChartRenderer | None = None
    if args.format in BRIEFING_FORMATS and args.charts and briefing.activities:
        from desktop.ui.briefing_charts import briefing_figures

        charts = briefing_figures
    path = export(store, request, pdf=pdf, charts=charts)
    n = len(briefing.activities)
    if _wants_json(args):
        _dump({"collection": briefing.name, "file": str(path), "activities": n,
               "skipped_partners": [p.id for p, _ in briefing.partners],
               "missing": [r.id for r in briefing.missing]})
        return 0
    print(f"Wrote {n} activit{'y' if n == 1 else 'ies'} of {briefing.name!r} to {path}")
    if briefing.missing:
        print("Not in the library (left out): " + ", ".join(r.id for r in briefing.missing),
              file=sys.stderr)
    return 0


def _cmd_notes(store: Store, args: argparse.Namespace) -> int:
    from desktop.core.userdata import KINDS, kind_of

    action = args.action or "list"
    with _open_userdata() as data:
        if action == "add":
            kind = kind_of(store, args.item_id)
            data.set_note(kind, args.item_id, args.text)
            text = data.note_of(kind, args.item_id.strip())
            if _wants_json(args):
                _dump({"kind": kind, "id": args.item_id.strip(), "text": text})
            else:
                print(f"Saved the note of {args.item_id.strip()}" if text
                      else f"Removed the note of {args.item_id.strip()} (empty text)")
            return 0
        if action == "remove":
            kind, item_id = _find_item([(n.kind, n.item_id) for n in data.notes()],
                                       args.item_id, "an item with a note")
            data.remove_note(kind, item_id)
            if _wants_json(args):
                _dump({"removed": {"kind": kind, "id": item_id}})
            else:
                print(f"Removed the note of {item_id}")
            return 0
        notes = data.notes()
        if action == "search":
            found = {(k, i) for k in KINDS for i in data.search_notes(args.query, k)}
            notes = [n for n in notes if (n.kind, n.item_id) in found]
            in_collections = found - {(n.kind, n.item_id) for n in notes}
        else:
            in_collections = set()
        rows = [{**_item_json(store, n.kind, n.item_id), "text": n.text, "updated": n.updated}
                for n in notes]
        rows += [{**_item_json(store, k, i), "text": None, "updated": None,
                  "in_collections": data.collections_of(k, i)}
                 for k, i in sorted(in_collections)]
        if _wants_json(args):
            _dump({"notes": rows})
            return 0
        if not rows:
            print("No notes match." if action == "search"
                  else "No notes yet. Write one with 'ippc-coop notes add ID TEXT'.")
        for row in rows:
            print(_item_line(row))
            if row["text"] is None:
                print(f"    (in the notes of the collection{'s' * (len(row['in_collections']) > 1)}"
                      f" {', '.join(row['in_collections'])})")
            for line in (row["text"] or "").splitlines():
                print(f"    {line}")
    return 0


def _cmd_stars(store: Store, args: argparse.Namespace) -> int:
    from desktop.core.userdata import kind_of

    action = args.action or "list"
    with _open_userdata() as data:
        if action in ("add", "remove"):
            if action == "add":
                kind, item_id = kind_of(store, args.item_id), args.item_id.strip()
            else:
                kind, item_id = _find_item([(r.kind, r.id) for r in data.stars()],
                                           args.item_id, "starred")
            data.set_star(kind, item_id, action == "add")
            if _wants_json(args):
                _dump({"kind": kind, "id": item_id, "starred": action == "add"})
            else:
                print(f"Starred {item_id}" if action == "add" else f"Removed the star of {item_id}")
            return 0
        rows = [_item_json(store, r.kind, r.id) for r in data.stars()]
        if _wants_json(args):
            _dump({"stars": rows})
        elif not rows:
            print("Nothing starred yet. Star an item with 'ippc-coop stars add ID'.")
        for row in rows if not _wants_json(args) else []:
            print(_item_line(row))
    return 0


def _counted(counts: dict[str, int]) -> str:
    """``3 notes, 1 star, 2 collections and 0 saved searches``."""
    words = (("notes", "note"), ("stars", "star"), ("collections", "collection"),
             ("saved_searches", "saved search"))
    parts = []
    for key, word in words:
        n = counts.get(key, 0)
        plural = word + ("es" if word.endswith("ch") else "s")
        parts.append(f"{n} {word if n == 1 else plural}")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _cmd_userdata(store: Store | None, args: argparse.Namespace) -> int:
    action = args.action or "info"
    if action == "restore":
        with _open_userdata() as data:
            result = data.restore(args.path)
        if _wants_json(args):
            _dump({"restored": str(args.path), "created": result.info.created,
                   "counts": result.info.counts,
                   "previous": str(result.previous) if result.previous else None})
        else:
            print(f"Restored {_counted(result.info.counts)} from {args.path} (backup of "
                  f"{result.info.created[:10]}).")
            if result.previous:
                print(f"Your previous personal data are kept in {result.previous}")
        return 0
    with _open_userdata() as data:
        if action == "backup":
            info = data.backup(args.path)
            if _wants_json(args):
                _dump({"backup": str(args.path), "created": info.created,
                       "format_version": info.format_version, "counts": info.counts})
            else:
                print(f"Backed up {_counted(info.counts)} to {args.path}")
            return 0
        assert store is not None
        orphans = data.orphans(store)
        if _wants_json(args):
            _dump({"path": str(data.path), "schema_version": data.schema_version,
                   "counts": data.counts(),
                   "orphans": [{"kind": o.kind, "id": o.item_id, "where": o.where,
                                "collection": o.collection or None} for o in orphans]})
            return 0
        print(f"Personal data: {data.path} (data version {data.schema_version})")
        for key, n in data.counts().items():
            print(f"  {key.replace('_', ' ')}: {n}")
        if orphans:
            print("Kept for items the library no longer has (their report was removed or "
                  "changed):")
            for o in orphans:
                where = f"collection {o.collection!r}" if o.collection else o.where
                print(f"  {_pad(o.item_id, 14)} {_pad(o.kind, 8)}  {where}")
    return 0


def _dump(data: Any) -> None:
    """Print ``data`` as JSON in UTF-8, whatever the console's encoding (a lone surrogate,
    e.g. from an undecodable argument, is written as its JSON escape)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream without bytes underneath (some IDE consoles)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8", "backslashreplace"))
    buffer.flush()


COMMANDS = {"search": _cmd_search, "partners": _cmd_partners, "topics": _cmd_topics,
            "show": _cmd_show, "documents": _cmd_documents, "export": _cmd_export,
            "chart": _cmd_chart,
            "import": _cmd_import, "reports": _cmd_reports, "collections": _cmd_collections,
            "notes": _cmd_notes, "stars": _cmd_stars, "userdata": _cmd_userdata}


def _writes_chinese(encoding: str | None) -> bool:
    try:
        "中文".encode(encoding or "ascii")
    except (UnicodeError, LookupError):
        return False
    return True


def _configure_stdout() -> None:
    """Text output in the console's encoding when it can write Chinese (a GB18030 or Big5
    console reads its own encoding, not UTF-8), else in UTF-8 (a legacy code page such as
    cp1252, or ASCII); a character the encoding lacks prints as '?', never an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                if _writes_chinese(getattr(stream, "encoding", None)):
                    reconfigure(errors="replace")
                else:
                    reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Ctrl+C: whatever was being written was removed (desktop.core.atomic); say so in one
        # line, without a traceback, with the shell's code for an interrupt (128 + SIGINT).
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            print("ippc-coop: interrupted; nothing was changed", file=sys.stderr, flush=True)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(args_list)
    if args is None:
        try:
            args = build_parser().parse_args(args_list)
        except SystemExit as exc:  # --help/--version (0) or a usage error (2)
            return int(exc.code or 0)
    if args.command is None:
        if args.db:
            os.environ[ENV_DB] = str(args.db)
        if args.smoke:
            from desktop.smoke import run_smoke

            _configure_stdout()  # the smoke line may name paths in Chinese
            return run_smoke([])
        # Starting the window allocates a great deal and frees little: the cyclic garbage
        # collector would scan the growing heap dozens of times before the first frame
        # (10-30 ms). It is held off until the window has painted (run turns it back on).
        collecting = gc.isenabled()
        gc.disable()
        try:
            from desktop.app import run

            return run([], lang=args.lang, exit_after_paint=args.exit_after_paint,
                       collect_after_first_frame=collecting)
        finally:
            if collecting:
                gc.enable()
    _configure_stdout()
    try:
        if args.command == "userdata" and args.action in ("backup", "restore"):
            # Saving or restoring personal data must work even if the library cannot open.
            return _cmd_userdata(None, args)
        store = Store(args.db) if args.db else Store()
        try:
            return COMMANDS[args.command](store, args)
        finally:
            store.close()
    except UsageError as exc:
        print(f"ippc-coop: error: {exc}", file=sys.stderr)
        return 2
    except CoopError as exc:
        print(f"ippc-coop: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as exc:
        print(f"ippc-coop: {exc.strerror or exc}"
              + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
