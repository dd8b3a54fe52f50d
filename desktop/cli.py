"""The ``ippc-coop`` command line: open the window, search, list, show and export.

Exit codes: 0 success (also when nothing matches), 2 usage error, 1 anything else, with a
one-line message on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
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
  export                 write a Word briefing or a CSV table of the matching activities

examples:
  ippc-coop search 实蝇
  ippc-coop search ePhyto --year 2020 --json
  ippc-coop search --topic "sea containers" --partner WCO
  ippc-coop search "sea containers" --doc cpm15
  ippc-coop export --format docx --output briefing.docx --topic ePhyto --lang zh
  ippc-coop export --format docx --output briefing.docx --lang en --both-languages
  ippc-coop import CPM_2022_cooperation.pdf --dry-run --json
  ippc-coop import cpm16.ippcpack

English texts of reports published in Chinese are our unofficial working translation; the
Chinese text is authoritative.
"""


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ippc-coop",
        description=f"{APP_NAME}: what the IPPC Secretariat does with which international "
        "partner, on which topic and when, from its reports on international cooperation to "
        "the Commission on Phytosanitary Measures. Offline.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="use this database instead of the bundled one")
    parser.add_argument("--lang", choices=("zh", "en"),
                        help="window language (default: the last used, else the system's)")
    parser.add_argument("--smoke", action="store_true",
                        help="installation check: open the window, search, export Word, quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    search = sub.add_parser("search", help="find activities")
    _add_filters(search)
    search.add_argument("--limit", type=int, default=0, metavar="N",
                        help="show at most N results (default: all)")
    search.add_argument("--json", action="store_true", help="print JSON")

    partners = sub.add_parser("partners", help="the partner tree")
    partners.add_argument("--json", action="store_true", help="print JSON")

    topics = sub.add_parser("topics", help="topics with counts")
    topics.add_argument("--json", action="store_true", help="print JSON")

    show = sub.add_parser("show", help="one activity")
    show.add_argument("activity_id", metavar="ACTIVITY_ID", help="e.g. cpm15-13-4")
    show.add_argument("--json", action="store_true", help="print JSON")

    documents = sub.add_parser("documents", help="the reports in the library")
    documents.add_argument("--json", action="store_true", help="print JSON")

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
    imp.add_argument("--json", action="store_true", help="print JSON")

    reports = sub.add_parser("reports", help="the reports you added (list, or remove one)")
    reports.add_argument("action", nargs="?", choices=("list", "remove"), default="list",
                         help="list (default) or remove")
    reports.add_argument("report_id", nargs="?", metavar="ID", help="with remove: the report")
    reports.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser("export", help="export matching activities to Word or CSV")
    export.add_argument("--format", choices=("docx", "csv"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="PATH")
    _add_filters(export)
    export.add_argument("--title", help="document title (default: names the topic/partner)")
    export.add_argument("--lang", dest="label_lang", choices=("zh", "en"), default="en",
                        help="language of the briefing: titles and labels, and in Word the "
                        "quotations (en: our unofficial working translation of a Chinese "
                        "report, labelled as such); a CSV always has both texts")
    export.add_argument("--both-languages", action="store_true",
                        help="Word: add the text in the other language under each quotation")
    export.add_argument("--encoding", choices=("utf-8-sig", "utf-8", "gb18030"),
                        default="utf-8-sig", help="CSV encoding (default utf-8-sig: Excel-ready)")
    return parser


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
    from desktop.core.export import ExportRequest, export

    filters = _filters(store, args)
    result = store.search(args.query, filters)
    request = ExportRequest(
        activities=[h.activity for h in result.hits], fmt=args.format, path=args.output,
        title=args.title, lang=args.label_lang, encoding=args.encoding, query=args.query,
        filters=filters, scope_label="", both_languages=args.both_languages)
    path = export(store, request)
    print(f"Wrote {result.total} activit{'y' if result.total == 1 else 'ies'} to {path}")
    return 0


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


COMMANDS = {"search": _cmd_search, "partners": _cmd_partners, "topics": _cmd_topics,
            "show": _cmd_show, "documents": _cmd_documents, "export": _cmd_export,
            "import": _cmd_import, "reports": _cmd_reports}


def _configure_stdout() -> None:
    # Windows consoles may default to a legacy code page; Chinese must not crash printing.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help/--version (0) or a usage error (2)
        return int(exc.code or 0)
    if args.command is None:
        if args.db:
            os.environ[ENV_DB] = str(args.db)
        if args.smoke:
            from desktop.smoke import run_smoke

            _configure_stdout()  # the smoke line may name paths in Chinese
            return run_smoke([])
        from desktop.app import run

        return run([], lang=args.lang)
    _configure_stdout()
    try:
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
