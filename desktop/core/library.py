"""The user's library of added reports: import a report file or a curated data pack, list the
reports added, remove one.

Each added report is one database of the app's schema in :func:`desktop.core.store.
library_dir`, written atomically; the bundled database is never modified. A report file
(text, Word, PDF; Chinese or English) goes through the same parser as the curated reports, and
each numbered paragraph becomes one activity whose partners, topics, dates and calls to action
are found automatically (and marked as such). A data pack is a curated database made by
``python -m db.build --pack``; it is untrusted until checked (see :func:`check_pack`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.cpm_paper import ParseError, Report, detect_language, parse_report
from desktop.core.errors import ImportFileError
from desktop.core.linker import Linker, Links
from desktop.core.models import Document, Partner, Topic
from desktop.core.reader import ReadText, read_report_file
from desktop.core.schema import (
    PACK_FORMAT_VERSION,
    SCHEMA_VERSION,
    DatabaseRows,
    activity_row,
    content_digest,
    expected_objects,
    fts_row,
    paragraph_heading,
    to_json,
    write_database_atomically,
)
from desktop.core.store import Store, library_dir
from desktop.core.untrusted import guarded_connection

#: Largest data pack accepted (the bundled database is well under 1 MB).
MAX_PACK_BYTES = 100 * 1024 * 1024
#: A pack's checks may not run longer than this many SQLite virtual-machine steps.
_PACK_STEP_LIMIT = 200_000_000
SQLITE_MAGIC = b"SQLite format 3\x00"
_ID_RE = re.compile(r"^[a-z0-9_]+$")

#: Words in a part's title that say which partner group it is.
_GROUP_WORDS = (
    ("rppo", ("区域植物保护组织", "区域植保组织", "regional plant protection")),
    ("research", ("研究", "学术", "research", "academi")),
    ("international", ("国际组织", "international organi")),
)


# ================================================================== importing a report file
@dataclass
class ImportedParagraph:
    """One paragraph of an imported report with what was found in it."""

    number: int
    part: int | None
    group: str  # partner group of its part ('' when it is in no part)
    text: str
    title: str
    links: Links
    activity: bool  # becomes an activity (paragraphs in a part, not the closing decision)


@dataclass
class ImportPreview:
    """What an import would store: the report's facts and its paragraphs with their links."""

    document: dict[str, Any]
    paragraphs: list[ImportedParagraph]
    source: ReadText
    path: Path
    problems: list[str] = field(default_factory=list)  # warnings for the user

    @property
    def activity_count(self) -> int:
        return sum(1 for p in self.paragraphs if p.activity)


@dataclass
class ImportResult:
    document_ids: list[str]
    path: Path  # the library file written
    activities: int
    replaced: list[str] = field(default_factory=list)  # library reports replaced
    changes: dict[str, Any] = field(default_factory=dict)


def _group_of_part(title: str, number: int, groups: list[str]) -> str:
    lowered = title.lower()
    for group, words in _GROUP_WORDS:
        if group in groups and any(w in lowered for w in words):
            return group
    ordered = ["international", "research", "rppo"]
    return ordered[number - 1] if 0 < number <= len(ordered) else "international"


def _first_sentence(text: str, limit: int = 90) -> str:
    match = re.match(r"(.+?[。；.;!?！？])(\s|$)", text)
    sentence = (match.group(1) if match else text).strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _document_facts(report: Report, read: ReadText, lang: str, file_name: str
                    ) -> dict[str, Any]:
    """Document row facts from the title block (what the paper says about itself)."""
    block = report.title_block
    number, dates, agenda = block.session_number, block.session_dates, block.agenda_item
    title, place, body = block.title, block.place, block.body
    session_text, prepared = block.session, block.prepared_by
    year = dates[:4]
    # The same id a curated pack of the same report would have, so that the pack replaces
    # this automatic import.
    doc_id = f"cpm{number}" if number else f"report_{read.sha256[:8]}"
    short = (f"CPM-{number}" if number else "Imported report") + (f" ({year})" if year else "")
    zh = lang == "zh"
    return {
        "id": doc_id,
        "language": "zh-Hans" if zh else "en",
        "title_zh": title if zh else "",
        "title_en": title if not zh else "",
        "body_zh": body if zh else "",
        "body_en": body if not zh else "Commission on Phytosanitary Measures" if number else "",
        "session_zh": session_text if zh else "",
        "session_en": (session_text if not zh else
                       f"{_ordinal_en(number)} session (CPM-{number})" if number else ""),
        "session_short": short,
        "session_dates": dates,
        "session_place_zh": place if zh else "",
        "session_place_en": place if not zh else "",
        "agenda_item": agenda,
        "period": "",
        "prepared_by_zh": prepared if zh else "",
        "prepared_by_en": prepared if not zh else "",
        "has_translation": 0,
        "origin": "import",
        "automatic": 1,
        "source_file": file_name,
        "source_sha256": read.sha256,
        "added": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }


def preview_file(store: Store, path: Path, lang: str | None = None) -> ImportPreview:
    """Read, parse and link a report file without storing anything.

    Raises:
        ImportFileError: the file is refused (unreadable, unsupported, not a CPM paper).
    """
    read = read_report_file(Path(path))
    try:
        report = parse_report(read.text)
    except ParseError as exc:
        raise ImportFileError(
            f"{Path(path).name} does not look like a CPM paper: {exc}. The importer needs "
            "numbered paragraphs (“1. …”, “2. …”).",
            f"{Path(path).name} 看起来不是植检委会议文件：{exc}。导入需要编号段落"
            "（“1. …”“2. …”）。") from exc
    language = lang or report.title_block.language or detect_language(read.text)
    language = "zh" if language.startswith("zh") else "en"
    document = _document_facts(report, read, language, Path(path).name)
    linker = Linker(store.partners, store.topics, store.bodies)
    groups = [g.id for g in store.groups]
    part_titles = {p.number: p.title for p in report.parts}
    decision = report.decision_paragraph
    paragraphs: list[ImportedParagraph] = []
    for para in report.paragraphs:
        group = (_group_of_part(part_titles.get(para.part, ""), para.part, groups)
                 if para.part is not None else "")
        links = linker.link(para.text, language)
        heading = paragraph_heading(para.text)
        title = heading or _first_sentence(para.text)
        is_activity = para.part is not None and para.number != decision and bool(
            para.text.strip())
        paragraphs.append(ImportedParagraph(para.number, para.part, group, para.text, title,
                                            links, is_activity))
    problems = []
    if not any(p.activity for p in paragraphs):
        problems.append("No paragraph is inside a numbered part (“I. Part 1: …”): nothing would "
                        "be listed as an activity.")
    return ImportPreview(document, paragraphs, read, Path(path), problems)


def preview_json(preview: ImportPreview, store: Store) -> dict[str, Any]:
    """The ``--dry-run --json`` shape of a preview."""
    def partner(pid: str) -> dict[str, Any]:
        p = store.partner(pid)
        return {"id": p.id, "name_zh": p.name_zh, "name_en": p.name_en,
                "acronym": p.acronym or None}

    def topic(tid: str) -> dict[str, Any]:
        t = store.topic(tid)
        return {"id": t.id, "label_zh": t.label_zh, "label_en": t.label_en}

    doc = {k: v for k, v in preview.document.items()
           if k not in ("has_translation", "automatic")}
    doc["file"] = preview.path.name
    doc["format"] = preview.source.fmt
    doc["encoding"] = preview.source.encoding or None
    return {
        "document": doc,
        "paragraphs": [
            {"number": p.number, "part": p.part, "activity": p.activity, "title": p.title,
             "text": p.text, "partners": [partner(i) for i in p.links.partners],
             "topics": [topic(i) for i in p.links.topics], "dates": list(p.links.dates),
             "date_qualifiers": list(p.links.qualifiers),
             "calls_to_action": p.links.calls_to_action,
             "unrecognised": list(p.links.unrecognised)}
            for p in preview.paragraphs],
        "problems": preview.problems,
    }


def _registry_rows(store: Store, rows: DatabaseRows) -> None:
    """Copy the registry (groups, topics, partners, bodies) the report's links refer to."""
    rows.rows("groups").extend(
        {"id": g.id, "part": g.part, "label_zh": g.label_zh, "label_en": g.label_en}
        for g in store.groups)
    rows.rows("topics").extend(
        {"id": t.id, "sort": i, "label_zh": t.label_zh, "label_en": t.label_en,
         "aliases_zh": to_json(list(t.aliases_zh)), "aliases_en": to_json(list(t.aliases_en))}
        for i, t in enumerate(store.topics))
    for i, p in enumerate(store.partners):
        mentions: dict[str, list[int]] = {}
        for doc, number in p.mentions:
            mentions.setdefault(doc, []).append(number)
        rows.rows("partners").append(
            {"id": p.id, "sort": i, "group_id": p.group_id, "parent_id": p.parent_id,
             "name_zh": p.name_zh, "short_zh": to_json(list(p.short_zh)), "name_en": p.name_en,
             "acronym": p.acronym, "aliases_en": to_json(list(p.aliases_en)), "kind": p.kind,
             "kind_zh": p.kind_zh, "website": p.website, "mentions": to_json(mentions)})
        rows.rows("partner_members").extend(
            {"partner_id": p.id, "member_of": other} for other in p.member_of)
    rows.rows("bodies").extend(
        {"id": b.id, "sort": i, "forms_zh": to_json(list(b.forms_zh)), "name_en": b.name_en,
         "acronym": b.acronym, "kind": b.kind, "kind_zh": b.kind_zh}
        for i, b in enumerate(store.bodies))


def _partner_dict(p: Partner) -> dict[str, Any]:
    return {"name_zh": p.name_zh, "name_en": p.name_en, "acronym": p.acronym,
            "short_zh": list(p.short_zh), "aliases_en": list(p.aliases_en)}


def _topic_dict(t: Topic) -> dict[str, Any]:
    return {"label_zh": t.label_zh, "label_en": t.label_en, "aliases_zh": list(t.aliases_zh),
            "aliases_en": list(t.aliases_en)}


def preview_rows(preview: ImportPreview, store: Store) -> DatabaseRows:
    """The database rows of an import: the report, its paragraphs and one activity each."""
    doc = preview.document
    doc_id = doc["id"]
    lang = "zh" if doc["language"].startswith("zh") else "en"
    rows = DatabaseRows()
    rows.meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": f"{doc_id}-{preview.source.sha256[:8]}",
        "build_time": doc["added"],
        "sources_sha256": preview.source.sha256,
        "activity_count": str(preview.activity_count),
        "document_count": "1",
    }
    rows.rows("documents").append({**doc, "sort": 0})
    _registry_rows(store, rows)
    group_part = {g.id: g.part for g in store.groups}
    bodies = [{"forms_zh": list(b.forms_zh), "name_en": b.name_en, "acronym": b.acronym}
              for b in store.bodies]
    for para in preview.paragraphs:
        rows.rows("paragraphs").append({
            "doc": doc_id, "number": para.number, "part": para.part, "text": para.text,
            "text_en": para.text if lang == "en" else "", "first_line": 0, "last_line": 0})
        if not para.activity:
            continue
        activity_id = f"{doc_id}-{para.number}-1"
        links = para.links
        quals = list(links.qualifiers)
        qualifier = (",".join(quals) if len(set(quals)) > 1 else (quals[0] if quals else ""))
        partners = [store.partner(pid) for pid in links.partners]
        topics = [store.topic(tid) for tid in links.topics]
        other_title = _other_title(para, partners, lang)
        title_zh, title_en = (para.title, other_title) if lang == "zh" else (other_title,
                                                                             para.title)
        text_en = para.text if lang == "en" else ""
        rows.rows("activities").append(activity_row(
            activity_id=activity_id, doc=doc_id, paragraph=para.number, ordinal=1,
            part=group_part.get(para.group, 0), text=para.text, text_en=text_en,
            title_zh=title_zh, title_en=title_en, date=",".join(links.dates),
            date_qualifier=qualifier, place_zh="", place_en="",
            calls_to_action=links.calls_to_action))
        rows.rows("activity_partners").extend(
            {"activity_id": activity_id, "partner_id": p.id, "ordinal": i}
            for i, p in enumerate(partners))
        rows.rows("activity_topics").extend(
            {"activity_id": activity_id, "topic_id": t.id, "ordinal": i}
            for i, t in enumerate(topics))
        rows.fts.append(fts_row(
            activity_id=activity_id, title_zh=title_zh, title_en=title_en, quote=para.text,
            text_en=text_en, place_zh="", place_en="",
            partners=[_partner_dict(p) for p in partners],
            topics=[_topic_dict(t) for t in topics], bodies=bodies,
            heading=paragraph_heading(para.text)))
    return rows


def _other_title(para: ImportedParagraph, partners: list[Partner], lang: str) -> str:
    """A title in the other language that says only what is certain: the partner the
    paragraph's heading names, else the paragraph number."""
    heading = paragraph_heading(para.text)
    other = "en" if lang == "zh" else "zh"
    named = [p for p in partners if heading and (p.name(lang) in heading or (
        p.acronym and p.acronym in heading))]
    if named:
        return named[0].display(other)
    return f"第 {para.number} 段" if other == "zh" else f"Paragraph {para.number}"


def _library_documents(store: Store) -> list[Document]:
    return [d for d in store.documents if d.origin != "bundled"]


def import_file(store: Store, path: Path, lang: str | None = None) -> ImportResult:
    """Import a report file into the library (see :func:`preview_file`); the store reloads.

    Raises:
        ImportFileError: refused, with the reason; nothing was stored.
    """
    preview = preview_file(store, path, lang)
    doc_id = preview.document["id"]
    for document in store.documents:
        if document.source_sha256 and document.source_sha256 == preview.source.sha256:
            raise ImportFileError(
                f"{Path(path).name} is already in the library (report {document.label('en')}, "
                f"added {document.added[:10]}).",
                f"{Path(path).name} 已在资料库中（报告 {document.label('zh')}，"
                f"添加于 {document.added[:10]}）。")
    existing = next((d for d in store.documents if d.id == doc_id), None)
    if existing is not None:
        where = ("comes with the app" if existing.origin == "bundled" else
                 f"was added from {existing.source_file or 'a data pack'}")
        where_zh = ("随本程序提供" if existing.origin == "bundled" else
                    f"已从 {existing.source_file or '数据包'} 添加")
        raise ImportFileError(
            f"The library already has report {existing.label('en')}: it {where}. "
            + ("" if existing.origin == "bundled" else
               f"Remove it first ('ippc-coop reports remove {doc_id}') to import it again."),
            f"资料库中已有报告 {existing.label('zh')}：{where_zh}。"
            + ("" if existing.origin == "bundled" else
               f"如需重新导入，请先删除（“ippc-coop reports remove {doc_id}”）。"))
    if not preview.activity_count:
        raise ImportFileError(
            f"{Path(path).name}: no paragraph is inside a numbered part (“I. Part 1: …”), "
            "so nothing could be listed. Is it a report on international cooperation?",
            f"{Path(path).name}：没有段落位于编号的部分（“I. 第 1 部分：…”）之内，"
            "因此没有可列出的内容。这是国际合作工作报告吗？")
    rows = preview_rows(preview, store)
    target = _library_path(store, doc_id)
    write_database_atomically(rows, target)
    store.reload()
    return ImportResult([doc_id], target, preview.activity_count)


def _library_path(store: Store, doc_id: str) -> Path:
    folder = store.library or library_dir()
    return folder / f"{doc_id}.sqlite"


def remove_report(store: Store, doc_id: str) -> Path:
    """Remove a report the user added (its file in the library); the store reloads.

    Raises:
        ImportFileError: no such added report (the bundled report cannot be removed).
    """
    document = next((d for d in store.documents if d.id == doc_id.strip()), None)
    if document is None or document.origin == "bundled":
        known = ", ".join(d.id for d in _library_documents(store)) or "none"
        raise ImportFileError(
            f"No added report has the id {doc_id!r} (added reports: {known}). The reports that "
            "come with the app cannot be removed.",
            f"没有编号为 {doc_id!r} 的已添加报告（已添加：{known}）。随本程序提供的报告不能删除。")
    path = store.document_files[document.id]
    path.unlink()
    store.reload()
    return path


# ================================================================== data packs
def is_pack(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _refuse(name: str, en: str, zh: str) -> ImportFileError:
    return ImportFileError(f"The data pack {name} was refused: {en} Nothing was changed.",
                           f"数据包 {name} 未被接受：{zh}资料库未作任何更改。")


def check_pack(path: Path) -> tuple[Path, dict[str, str], list[str]]:
    """Check an untrusted data pack on a private copy; return the copy, its meta and its
    document ids.

    The copy is opened read-only with ``trusted_schema=OFF`` (so nothing in the file runs
    SQL of its own), must pass ``integrity_check``, must hold exactly the tables, columns and
    indexes of the schema (no views, no triggers), a format version this app reads, and a
    content checksum that matches. The caller deletes the copy's folder.

    Raises:
        ImportFileError: the reason the pack is refused.
    """
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise _refuse(name, f"it cannot be read ({exc.strerror or exc}).",
                      f"无法读取该文件（{exc.strerror or exc}）。") from exc
    if size > MAX_PACK_BYTES:
        raise _refuse(name, f"it is {size // (1024 * 1024)} MB, more than the "
                      f"{MAX_PACK_BYTES // (1024 * 1024)} MB a data pack may have.",
                      f"文件大小为 {size // (1024 * 1024)} MB，超过数据包上限 "
                      f"{MAX_PACK_BYTES // (1024 * 1024)} MB。")
    if not is_pack(path):
        raise _refuse(name, "it is not a data pack (not an SQLite database).",
                      "该文件不是数据包（不是 SQLite 数据库）。")
    folder = Path(tempfile.mkdtemp(prefix="ippc-pack-"))
    copy = folder / "pack.sqlite"
    try:
        shutil.copyfile(path, copy)
        meta, docs = _check_copy(copy, name)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy, meta, docs


def _check_copy(copy: Path, name: str) -> tuple[dict[str, str], list[str]]:
    with guarded_connection(copy, lambda en, zh: _refuse(name, en, zh),
                            _PACK_STEP_LIMIT) as conn:
        objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        kinds = {kind for kind, _ in objects}
        if "view" in kinds or "trigger" in kinds:
            raise _refuse(name, "it contains views or triggers, which run code when the "
                          "file is read.", "其中含有视图或触发器，读取时会执行代码。")
        expected = expected_objects()
        found = {obj_name for _, obj_name in objects}
        if found != set(expected):
            extra = sorted(found - set(expected))[:5]
            missing = sorted(set(expected) - found)[:5]
            raise _refuse(name, f"its tables are not those of a data pack (unexpected: "
                          f"{extra or 'none'}; missing: {missing or 'none'}).",
                          f"其表结构与数据包不符（多出：{extra or '无'}；缺少："
                          f"{missing or '无'}）。")
        for obj_name, columns in expected.items():
            if columns == ("index",):
                continue
            have = tuple(r[1] for r in conn.execute(f"PRAGMA table_info('{obj_name}')"))
            if have != columns:
                raise _refuse(name, f"the columns of its table {obj_name} differ from a "
                              "data pack's.", f"其表 {obj_name} 的列与数据包不符。")
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            raise _refuse(name, "it is damaged (the database integrity check failed).",
                          "文件已损坏（数据库完整性检查未通过）。")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        version = meta.get("pack_format_version", "")
        if not version.isdigit():
            raise _refuse(name, "it has no data-pack version: it is not a data pack made "
                          "by 'db.build --pack'.", "其中没有数据包版本号，不是由“db.build "
                          "--pack”生成的数据包。")
        if int(version) > PACK_FORMAT_VERSION:
            raise _refuse(name, f"it was made for a newer version of the app (pack format "
                          f"{version}; this app reads {PACK_FORMAT_VERSION}). Update the "
                          "app, then import it again.",
                          f"该数据包需要更新版本的程序（数据包格式 {version}，本程序支持 "
                          f"{PACK_FORMAT_VERSION}）。请更新程序后再导入。")
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise _refuse(name, f"its schema version is {meta.get('schema_version')!r}, not "
                          f"{SCHEMA_VERSION}.", f"其结构版本为 {meta.get('schema_version')!r}"
                          f"，而非 {SCHEMA_VERSION}。")
        if content_digest(conn) != meta.get("content_sha256"):
            raise _refuse(name, "its checksum does not match its content: it is damaged or "
                          "was altered.", "其校验和与内容不符：文件已损坏或被改动。")
        docs = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY sort")]
    if not docs or not all(_ID_RE.match(d) for d in docs):
        raise _refuse(name, "it holds no report with a valid id.", "其中没有编号有效的报告。")
    return meta, docs


def _activity_summary(store: Store, doc_ids: set[str]) -> dict[str, tuple[Any, ...]]:
    return {a.id: (a.text, a.title_en, a.title_zh, a.date, a.partner_ids, a.topic_ids)
            for a in store.activities if a.doc in doc_ids}


def import_pack(store: Store, path: Path) -> ImportResult:
    """Check a data pack (see :func:`check_pack`) and add it to the library.

    A pack's report replaces an automatic import, or an older pack, of the same report; a
    report that comes with the app is kept as it is. The result says what changed.

    Raises:
        ImportFileError: the pack is refused; the library is unchanged.
    """
    name = Path(path).name
    copy, meta, docs = check_pack(path)
    try:
        bundled = {d.id for d in store.documents if d.origin == "bundled"}
        new_docs = [d for d in docs if d not in bundled]
        if not new_docs:
            raise _refuse(name, "every report in it already comes with the app.",
                          "其中的报告均已随本程序提供。")
        replaced_files: dict[Path, list[str]] = {}
        for doc_id in new_docs:
            if doc_id in store.document_files:
                replaced_files.setdefault(store.document_files[doc_id], []).append(doc_id)
        for file, ids in replaced_files.items():
            others = {d for d, f in store.document_files.items() if f == file} - set(ids)
            if others:
                raise _refuse(name, f"it would replace part of {file.name}, which also holds "
                              f"{', '.join(sorted(others))}.",
                              f"它将替换 {file.name} 的一部分，而该文件还包含 "
                              f"{'、'.join(sorted(others))}。")
        before = _activity_summary(store, set(new_docs))
        known_partners = {p.id for p in store.partners}
        target = _library_path(store, new_docs[0] if len(new_docs) == 1 else
                               f"pack_{meta.get('content_sha256', '')[:8]}")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            shutil.copyfile(copy, tmp)
            for file in replaced_files:
                if file != target:
                    file.unlink(missing_ok=True)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    store.reload()
    after = _activity_summary(store, set(new_docs))
    replaced = sorted(d for v in replaced_files.values() for d in v)
    changes: dict[str, Any] = {
        "reports_added": [d for d in new_docs if d not in replaced],
        "reports_replaced": replaced,
        "reports_skipped": sorted(set(docs) - set(new_docs)),
        "partners_added": sorted({p.id for p in store.partners} - known_partners),
        "activities_added": len(set(after) - set(before)),
        "activities_removed": len(set(before) - set(after)),
        "activities_changed": sum(1 for k in set(after) & set(before) if after[k] != before[k]),
    }
    return ImportResult(new_docs, target, len(after), replaced=replaced, changes=changes)
