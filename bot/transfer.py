"""Export a store to JSON Lines and import it back: backups, and moves between backends.

The format (version 1), one JSON object per line, each with a ``type``:

- ``citebot-export`` (first line): ``version``, ``exported_at``, ``backend``;
- ``document``: its ``workspace`` (a Slack team id, "" for the single-workspace store;
  absent in older files, meaning ""), metadata, ``content_hash``, ``added_at``, ``text``,
  ``paragraphs`` as ``[number, start, end]`` and how many ``quotes`` and ``facts`` follow it;
- ``quote`` / ``fact``: one per snippet, right after its document, each with its ``citation``
  (title, publisher, url, published, path, paragraph, start, end, as ``search --json``);
- ``subscription``: one channel's daily digest (``bot/digests``), after the documents;
- ``end`` (last line): how many records of each type came before, so a file cut short is
  caught rather than half-imported.

New kinds of content (digest subscriptions, workspaces) come as new record types, each
written and read by a ``Section``; a reader refuses a type, or a field, it does not know,
naming the line, rather than drop it. ``version`` changes only when an existing record's
meaning does.

Import checks the whole file before writing anything, then restores each document exactly
(no re-extraction); a document whose path already holds the same content hash is skipped, so
importing twice changes nothing.
"""

from __future__ import annotations

import abc
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast, get_args

from bot.digests.schedule import ScheduleError, parse_time, zone
from bot.digests.values import Subscription, SubscriptionSource
from bot.models import Document, Extraction, Fact, Paragraph, Quote, QuoteKind
from bot.store import Store
from bot.store.documents import StoredDocument

FORMAT = "citebot-export"
VERSION = 1
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
CITATION_FIELDS = ("title", "publisher", "url", "published", "path", "paragraph", "start", "end")


class TransferError(ValueError):
    """An export file cannot be imported; the message names the line and what is wrong."""


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, per section: how many items were added, updated or unchanged."""

    outcomes: dict[str, dict[str, int]] = field(default_factory=dict)


# --- Reading fields ---------------------------------------------------------------------------


class Record:
    """One parsed line: typed access to its fields, each failure naming the line."""

    def __init__(self, line: int, data: dict[str, Any], fields: Iterable[str]):
        self.line = line
        self.type = str(data["type"])
        self._data = data
        extra = sorted(set(data) - {"type", *fields})
        if extra:
            self.fail(
                f"unknown field {extra[0]!r} in a {self.type} record (written by a newer Citebot?)"
            )
        missing = [name for name in fields if name not in data]
        if missing:
            self.fail(f"a {self.type} record needs {missing[0]!r}")

    def fail(self, message: str) -> NoReturn:
        raise TransferError(f"line {self.line}: {message}")

    def text(self, name: str, data: dict[str, Any] | None = None, required: bool = False) -> str:
        value = (self._data if data is None else data)[name]
        if not isinstance(value, str):
            self.fail(f"{name!r} must be a string, not {_kind(value)}")
        if required and not value:
            self.fail(f"{name!r} must not be empty")
        return value

    def number(self, name: str, data: dict[str, Any] | None = None, low: int = 0) -> int:
        value = (self._data if data is None else data)[name]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{name!r} must be an integer, not {_kind(value)}")
        if value < low:
            self.fail(f"{name!r} must be at least {low}, not {value}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self._data[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{name!r} must be a list of strings")
        return tuple(value)

    def raw(self, name: str) -> Any:
        return self._data[name]


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", type(None): "null", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )


def _utc(record: Record, name: str, empty: bool = False) -> str:
    raw = record.text(name)
    if empty and raw == "":
        return raw
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        record.fail(f"{name!r} must be an ISO 8601 date and time, not {raw!r}")
    if moment.tzinfo is None:
        record.fail(f"{name!r} needs a UTC offset ({raw!r})")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# --- Sections ---------------------------------------------------------------------------------


class Section(abc.ABC):
    """One kind of content: the record types it writes and how it reads them back."""

    name: str
    record_types: tuple[str, ...]

    @abc.abstractmethod
    def export(self, store: Store) -> Iterator[dict[str, Any]]:
        """Yield this section's records from ``store``."""

    @abc.abstractmethod
    def reader(self) -> SectionReader:
        """Return a fresh reader for one pass over a file."""

    @abc.abstractmethod
    def apply(self, store: Store, item: Any) -> str:
        """Write one item a reader assembled; return added, updated or unchanged."""


class SectionReader(abc.ABC):
    """Assembles a section's items from its records, line by line, checking each."""

    @abc.abstractmethod
    def feed(self, record: dict[str, Any], line: int) -> list[Any]:
        """Take one record of the section's types; return the items it completes."""

    @abc.abstractmethod
    def close(self, line: int) -> list[Any]:
        """The section's records ended before ``line``; return what is still open."""


class DocumentsSection(Section):
    """Documents with their text, paragraphs, quotes and facts, restored exactly."""

    name = "documents"
    record_types = ("document", "quote", "fact")

    def export(self, store: Store) -> Iterator[dict[str, Any]]:
        for stored in store.iter_documents():
            yield from document_records(stored)

    def reader(self) -> SectionReader:
        return _DocumentReader()

    def apply(self, store: Store, item: Any) -> str:
        stored: StoredDocument = item
        path = stored.extraction.document.path
        current = store.content_hash(path, workspace=stored.workspace)
        if current == stored.content_hash:
            return "unchanged"
        store.put_document(
            stored.extraction,
            stored.content_hash,
            added_at=stored.added_at,
            workspace=stored.workspace,
        )
        return "added" if current is None else "updated"


def document_records(stored: StoredDocument) -> Iterator[dict[str, Any]]:
    """The records of one document: the document, then each quote and fact with its citation."""
    extraction = stored.extraction
    doc = extraction.document
    yield {
        "type": "document",
        "workspace": stored.workspace,
        "path": doc.path,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "url": doc.url,
        "author": doc.author,
        "content_hash": stored.content_hash,
        "added_at": stored.added_at,
        "text": extraction.text,
        "paragraphs": [[p.number, p.start, p.end] for p in extraction.paragraphs],
        "quotes": len(extraction.quotes),
        "facts": len(extraction.facts),
    }

    def citation(paragraph: int, start: int, end: int) -> dict[str, Any]:
        values = (doc.title, doc.publisher, doc.url, doc.published, doc.path, paragraph, start, end)
        return dict(zip(CITATION_FIELDS, values, strict=True))

    for q in extraction.quotes:
        yield {
            "type": "quote",
            "text": q.text,
            "speaker": q.speaker,
            "speaker_role": q.speaker_role,
            "kind": q.kind,
            "cue": q.cue,
            "citation": citation(q.paragraph, q.start, q.end),
        }
    for f in extraction.facts:
        yield {
            "type": "fact",
            "text": f.text,
            "figures": list(f.figures),
            "attributed_to": f.attributed_to,
            "citation": citation(f.paragraph, f.start, f.end),
        }


_DOCUMENT_FIELDS = (
    "workspace",  # a Slack team id, "" for the single-workspace store; absent means ""
    "path",
    "title",
    "publisher",
    "published",
    "url",
    "author",
    "content_hash",
    "added_at",
    "text",
    "paragraphs",
    "quotes",
    "facts",
)
_QUOTE_FIELDS = ("text", "speaker", "speaker_role", "kind", "cue", "citation")
_FACT_FIELDS = ("text", "figures", "attributed_to", "citation")


@dataclass
class _OpenDocument:
    line: int
    document: Document
    text: str
    paragraphs: dict[int, Paragraph]
    content_hash: str
    added_at: str
    workspace: str
    expected: dict[str, int]
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


class _DocumentReader(SectionReader):
    def __init__(self) -> None:
        self.open: _OpenDocument | None = None

    def feed(self, record: dict[str, Any], line: int) -> list[Any]:
        if record["type"] == "document":
            done = self.close(line)
            self.open = _document(Record(line, {"workspace": "", **record}, _DOCUMENT_FIELDS))
            return done
        if self.open is None:
            raise TransferError(f"line {line}: a {record['type']} must follow its document record")
        if record["type"] == "quote":
            self.open.quotes.append(_quote(Record(line, record, _QUOTE_FIELDS), self.open))
        else:
            self.open.facts.append(_fact(Record(line, record, _FACT_FIELDS), self.open))
        return []

    def close(self, line: int) -> list[Any]:
        current, self.open = self.open, None
        if current is None:
            return []
        for kind, found in (("quotes", current.quotes), ("facts", current.facts)):
            if len(found) != current.expected[kind]:
                raise TransferError(
                    f"line {line}: the document on line {current.line} declares"
                    f" {current.expected[kind]} {kind} but {len(found)} follow it"
                )
        extraction = Extraction(
            current.document,
            current.text,
            tuple(current.paragraphs.values()),
            tuple(current.quotes),
            tuple(current.facts),
        )
        return [
            StoredDocument(extraction, current.content_hash, current.added_at, current.workspace)
        ]


def _document(record: Record) -> _OpenDocument:
    text = record.text("text")
    paragraphs: dict[int, Paragraph] = {}
    raw = record.raw("paragraphs")
    if not isinstance(raw, list):
        record.fail("'paragraphs' must be a list of [number, start, end]")
    for entry in raw:
        if not (
            isinstance(entry, list)
            and len(entry) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) for v in entry)
        ):
            record.fail(f"each paragraph must be [number, start, end] integers, not {entry!r}")
        number, start, end = entry
        if number < 1 or number in paragraphs:
            record.fail(f"paragraph number {number} is below 1 or given twice")
        if not 0 <= start <= end <= len(text):
            record.fail(f"paragraph {number} spans {start}-{end}, outside the text")
        paragraphs[number] = Paragraph(number, start, end, text[start:end])
    document = Document(
        title=record.text("title"),
        publisher=record.text("publisher"),
        published=record.text("published"),
        url=record.text("url"),
        path=record.text("path", required=True),
        author=record.text("author"),
    )
    return _OpenDocument(
        line=record.line,
        document=document,
        text=text,
        paragraphs=paragraphs,
        content_hash=record.text("content_hash", required=True),
        added_at=_utc(record, "added_at"),
        workspace=record.text("workspace"),
        expected={"quotes": record.number("quotes"), "facts": record.number("facts")},
    )


def _place(record: Record, parent: _OpenDocument) -> tuple[int, int, int]:
    """Check a snippet's citation against its document; return its paragraph, start and end."""
    citation = record.raw("citation")
    if not isinstance(citation, dict):
        record.fail("'citation' must be an object")
    missing = [name for name in CITATION_FIELDS if name not in citation]
    extra = sorted(set(citation) - set(CITATION_FIELDS))
    if missing or extra:
        record.fail(
            f"citation field {(missing or extra)[0]!r} is {'missing' if missing else 'unknown'}"
        )
    doc = parent.document
    for name, expected in zip(
        CITATION_FIELDS[:5],
        (doc.title, doc.publisher, doc.url, doc.published, doc.path),
        strict=True,
    ):
        if record.text(name, citation) != expected:
            record.fail(
                f"citation {name} {citation[name]!r} is not that of its document"
                f" on line {parent.line} ({expected!r})"
            )
    paragraph = record.number("paragraph", citation, low=1)
    start, end = record.number("start", citation), record.number("end", citation)
    if paragraph not in parent.paragraphs:
        record.fail(f"citation paragraph {paragraph} is not a paragraph of its document")
    if not start <= end <= len(parent.text):
        record.fail(f"citation span {start}-{end} is outside its document's text")
    return paragraph, start, end


def _quote(record: Record, parent: _OpenDocument) -> Quote:
    kind = record.text("kind")
    if kind not in QUOTE_KINDS:
        record.fail(f"'kind' must be one of {', '.join(QUOTE_KINDS)}, not {kind!r}")
    paragraph, start, end = _place(record, parent)
    return Quote(
        text=record.text("text"),
        speaker=record.text("speaker"),
        speaker_role=record.text("speaker_role"),
        paragraph=paragraph,
        start=start,
        end=end,
        cue=record.text("cue"),
        kind=cast(QuoteKind, kind),  # checked against QUOTE_KINDS above
    )


def _fact(record: Record, parent: _OpenDocument) -> Fact:
    paragraph, start, end = _place(record, parent)
    return Fact(
        text=record.text("text"),
        paragraph=paragraph,
        start=start,
        end=end,
        figures=record.texts("figures"),
        attributed_to=record.text("attributed_to"),
    )


class SubscriptionsSection(Section):
    """Daily digest subscriptions (``bot/digests``), one record each.

    A subscription's watermark (the last snippet id it has covered) is not exported: ids are
    the store's own, and a restored store numbers anew. On import it is set to the store's
    last snippet id, so what the export held counts as already digested, and documents added
    afterwards are new. The digest ledger (which days were posted) stays behind too.
    """

    name = "subscriptions"
    record_types = ("subscription",)

    def export(self, store: Store) -> Iterator[dict[str, Any]]:
        for sub in store.subscriptions():
            yield {
                "type": "subscription",
                "workspace": sub.workspace,
                "channel": sub.channel,
                "time": sub.time,
                "timezone": sub.timezone,
                "topics": list(sub.topics),
                "speakers": list(sub.speakers),
                "enabled": sub.enabled,
                "source": sub.source,
                "since": sub.since,
            }

    def reader(self) -> SectionReader:
        return _SubscriptionReader()

    def apply(self, store: Store, item: Any) -> str:
        wanted: Subscription = item
        current = store.subscription(wanted.workspace, wanted.channel)
        if current is not None and replace(current, watermark=0) == wanted:
            return "unchanged"
        store.put_subscription(replace(wanted, watermark=store.last_snippet_id()))
        return "added" if current is None else "updated"


_SUBSCRIPTION_FIELDS = (
    "workspace",
    "channel",
    "time",
    "timezone",
    "topics",
    "speakers",
    "enabled",
    "source",
    "since",
)
_SUBSCRIPTION_SOURCES: tuple[str, ...] = get_args(SubscriptionSource)


class _SubscriptionReader(SectionReader):
    def feed(self, record: dict[str, Any], line: int) -> list[Any]:
        checked = Record(line, record, _SUBSCRIPTION_FIELDS)
        source = checked.text("source")
        if source not in _SUBSCRIPTION_SOURCES:
            checked.fail(f"'source' must be one of {', '.join(_SUBSCRIPTION_SOURCES)}")
        enabled = checked.raw("enabled")
        if not isinstance(enabled, bool):
            checked.fail(f"'enabled' must be true or false, not {_kind(enabled)}")
        try:
            at = parse_time(checked.text("time"))
            zone(checked.text("timezone"))
        except ScheduleError as exc:
            checked.fail(str(exc))
        return [
            Subscription(
                workspace=checked.text("workspace"),
                channel=checked.text("channel", required=True),
                time=at,
                timezone=checked.text("timezone"),
                topics=checked.texts("topics"),
                speakers=checked.texts("speakers"),
                enabled=enabled,
                source=cast(SubscriptionSource, source),
                since=_utc(checked, "since", empty=True),
            )
        ]

    def close(self, line: int) -> list[Any]:
        return []


# Documents first: a subscription's watermark is set after the documents it follows are in.
SECTIONS: tuple[Section, ...] = (DocumentsSection(), SubscriptionsSection())


# --- The file ---------------------------------------------------------------------------------


def export_store(store: Store, out: TextIO, sections: Iterable[Section] = SECTIONS) -> Counter[str]:
    """Write every section of ``store`` to ``out`` as JSON Lines; return records per type."""
    counts: Counter[str] = Counter()
    backend = store.url.split(":", 1)[0]
    header = {
        "type": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "backend": backend,
    }
    out.write(json.dumps(header, ensure_ascii=False) + "\n")
    for section in sections:
        for record in section.export(store):
            counts[record["type"]] += 1
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.write(json.dumps({"type": "end", "records": dict(sorted(counts.items()))}) + "\n")
    return counts


def read_items(
    lines: Iterable[str], sections: Iterable[Section] = SECTIONS
) -> Iterator[tuple[Section, Any]]:
    """Check an export line by line and yield each section's items with their section.

    Raises TransferError naming the line at the first thing wrong.
    """
    by_type = {t: s for s in sections for t in s.record_types}
    readers: dict[str, SectionReader] = {}
    counts: Counter[str] = Counter()
    active: Section | None = None
    number = 0
    ended = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if ended:
            raise TransferError(f"line {number}: nothing may follow the end record")
        record = _parse(raw, number)
        kind = record["type"]
        if not counts:  # the first record
            _check_header(record, number)
            counts[FORMAT] += 1
            continue
        if kind == "end":
            if active is not None:
                yield from ((active, item) for item in readers[active.name].close(number))
            _check_end(record, number, counts)
            ended = True
            continue
        section = by_type.get(kind)
        if section is None:
            known = ", ".join(sorted(by_type))
            raise TransferError(
                f"line {number}: unknown record type {kind!r} (this Citebot reads {known};"
                " written by a newer one?)"
            )
        if active is not None and section is not active:
            yield from ((active, item) for item in readers[active.name].close(number))
        active = section
        reader = readers.setdefault(section.name, section.reader())
        counts[kind] += 1
        yield from ((section, item) for item in reader.feed(record, number))
    if not counts:
        raise TransferError("line 1: the file is empty; expected a Citebot export")
    if not ended:
        raise TransferError(f"line {number + 1}: the file ends without its end record (cut short?)")


def _parse(raw: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TransferError(f"line {number}: not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise TransferError(f"line {number}: expected a JSON object, not {_kind(record)}")
    if not isinstance(record.get("type"), str):
        raise TransferError(f"line {number}: the record has no 'type'")
    return record


def _check_header(record: dict[str, Any], number: int) -> None:
    if record["type"] != FORMAT:
        raise TransferError(
            f"line {number}: not a Citebot export (the first record's type is"
            f" {record['type']!r}, expected {FORMAT!r})"
        )
    version = record.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise TransferError(f"line {number}: the header has no valid 'version'")
    if version > VERSION:
        raise TransferError(
            f"line {number}: format version {version} is newer than this Citebot reads"
            f" ({VERSION}); upgrade Citebot"
        )


def _check_end(record: dict[str, Any], number: int, counts: Counter[str]) -> None:
    declared = record.get("records")
    if not isinstance(declared, dict):
        raise TransferError(f"line {number}: the end record needs 'records'")
    seen = {kind: n for kind, n in counts.items() if kind != FORMAT}
    if declared != seen:
        raise TransferError(
            f"line {number}: the end record counts {json.dumps(declared, sort_keys=True)}"
            f" but the file holds {json.dumps(seen, sort_keys=True)}"
        )


def check_file(path: Path, sections: Iterable[Section] = SECTIONS) -> Counter[str]:
    """Read a whole export without writing anything; return items per section."""
    items: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for section, _item in read_items(lines, sections):
            items[section.name] += 1
    return items


def import_file(
    store: Store,
    path: Path,
    sync: Callable[[], object] | None = None,
    sections: Iterable[Section] = SECTIONS,
) -> ImportSummary:
    """Check the whole export, then restore it into ``store`` and bring the index up to date.

    Nothing is written unless every line is valid. Raises TransferError naming the line.
    """
    sections = tuple(sections)
    try:
        check_file(path, sections)
    except UnicodeDecodeError as exc:
        raise TransferError(f"not UTF-8 text ({exc.reason})") from None
    outcomes: dict[str, Counter[str]] = {s.name: Counter() for s in sections}
    with path.open(encoding="utf-8") as lines:
        for section, item in read_items(lines, sections):
            outcomes[section.name][section.apply(store, item)] += 1
    if sync is not None and any(o["added"] or o["updated"] for o in outcomes.values()):
        sync()
    return ImportSummary({name: dict(counts) for name, counts in outcomes.items()})
