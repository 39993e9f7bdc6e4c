"""The storage contract every backend implements, and the URL that picks one."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.digests.values import DigestRecord, Subscription
from bot.models import Citation, Extraction, Snippet, SourceInfo

if TYPE_CHECKING:
    from bot.store.documents import StoredDocument
    from bot.store.migrations import MigrationStatus

# The columns both SQL stores select for a snippet, in the order snippet_from_row reads them.
SNIPPET_COLUMNS = """
    s.id, s.kind, s.subkind, s.text, s.speaker, s.speaker_role, s.paragraph, s.start, s."end",
    s.figures, s.document_id, d.title, d.publisher, d.url, d.published, d.path, d.workspace
"""


def snippet_from_row(row: Sequence[Any], figures: Iterable[str]) -> Snippet:
    """Build a Snippet from a row of SNIPPET_COLUMNS; each store decodes its figures column."""
    citation = Citation(
        title=row[11],
        publisher=row[12],
        url=row[13],
        published=row[14],
        path=row[15],
        paragraph=row[6],
        start=row[7],
        end=row[8],
    )
    return Snippet(
        id=row[0],
        kind=row[1],
        subkind=row[2],
        text=row[3],
        speaker=row[4],
        speaker_role=row[5],
        citation=citation,
        figures=tuple(figures),
        document_id=row[10],
        workspace=row[16],
    )


# -- digests: the columns both SQL stores read, and the rows they become ---------------------

SUBSCRIPTION_COLUMNS = (
    "workspace, channel, at_time, timezone, topics, speakers, enabled, source, since, watermark"
)
DIGEST_COLUMNS = (
    "workspace, channel, day, state, holder, lease_until, attempts, message_ts, through_id,"
    " quote_id, cycle, reason"
)

# The ledger statements, written once with ``?`` placeholders (PostgreSQL's store swaps in
# ``%s``) and ISO UTC text for instants, which PostgreSQL casts to its timestamps.
# Claiming is one statement, so atomic on both: a new day is inserted; an unfinished day
# whose lease ran out is taken over; anything else is left alone and nothing is returned.
CLAIM_DIGEST = (
    "INSERT INTO digests (workspace, channel, day, state, holder, lease_until, updated_at)"
    " VALUES (?, ?, ?, 'claimed', ?, ?, ?)"
    " ON CONFLICT (workspace, channel, day) DO UPDATE SET holder = excluded.holder,"
    " lease_until = excluded.lease_until, attempts = digests.attempts + 1,"
    " updated_at = excluded.updated_at"
    " WHERE digests.state = 'claimed' AND digests.lease_until <= ?"
    f" RETURNING {DIGEST_COLUMNS}"
)
FINISH_DIGEST = (
    "UPDATE digests SET state = ?, message_ts = ?, through_id = ?, quote_id = ?, cycle = ?,"
    " reason = ?, updated_at = ? WHERE workspace = ? AND channel = ? AND day = ?"
    " AND state = 'claimed' AND holder = ?"
)
RELEASE_DIGEST = (
    "UPDATE digests SET holder = '', lease_until = ?, reason = ?, updated_at = ?"
    " WHERE workspace = ? AND channel = ? AND day = ? AND state = 'claimed' AND holder = ?"
)
DIGEST_RECORDS = (
    f"SELECT {DIGEST_COLUMNS} FROM digests WHERE workspace = ? AND channel = ? ORDER BY day DESC"
)


def claim_params(
    workspace: str, channel: str, day: str, holder: str, now: datetime, lease: datetime
) -> tuple[object, ...]:
    return (workspace, channel, day, holder, utc_iso(lease), utc_iso(now), utc_iso(now))


def finish_params(record: DigestRecord) -> tuple[object, ...]:
    r = record
    return (
        r.state,
        r.message_ts,
        r.through_id,
        r.quote_id,
        r.cycle,
        r.reason,
        utc_iso(datetime.now(UTC)),
        r.workspace,
        r.channel,
        r.day,
        r.holder,
    )


def release_params(
    workspace: str, channel: str, day: str, holder: str, retry_at: datetime, reason: str
) -> tuple[object, ...]:
    now = utc_iso(datetime.now(UTC))
    return (utc_iso(retry_at), reason, now, workspace, channel, day, holder)


def utc_iso(moment: datetime | str | None) -> str:
    """An instant as ISO 8601 UTC to the second ("" for none): how digest times are compared."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def subscription_from_row(
    row: Sequence[Any], topics: Iterable[str], speakers: Iterable[str]
) -> Subscription:
    """Build a Subscription from a row of SUBSCRIPTION_COLUMNS; each store decodes the lists."""
    return Subscription(
        workspace=row[0],
        channel=row[1],
        time=row[2],
        timezone=row[3],
        topics=tuple(topics),
        speakers=tuple(speakers),
        enabled=bool(row[6]),
        source=row[7],
        since=utc_iso(row[8]),
        watermark=int(row[9]),
    )


def digest_from_row(row: Sequence[Any]) -> DigestRecord:
    """Build a DigestRecord from a row of DIGEST_COLUMNS."""
    return DigestRecord(
        workspace=row[0],
        channel=row[1],
        day=row[2],
        state=row[3],
        holder=row[4],
        lease_until=utc_iso(row[5]),
        attempts=int(row[6]),
        message_ts=row[7],
        through_id=int(row[8]),
        quote_id=int(row[9]),
        cycle=int(row[10]),
        reason=row[11],
    )


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says which and why."""


class Store(abc.ABC):
    """The system of record: documents, their snippets, and the Slack events already answered.

    Every document belongs to a workspace (a Slack team id in multi-workspace mode, "" for the
    single-workspace store): the methods that take a ``workspace`` read and change that
    workspace's documents only, so one workspace never sees another's. A path is unique within
    its workspace. Ids, the generation and ``iter_snippets`` span every workspace (each snippet
    says whose it is), for the search index.

    The search index (``bot.search``) is derived from a store and kept in step incrementally,
    which relies on three promises every backend keeps:

    - document and snippet ids are never reused, and a document's snippets get ids above every
      snippet stored before it (a replaced document gets a new id and new snippet ids), so
      ``iter_snippets(after_id=last_seen)`` yields exactly what was added since;
    - ``generation()`` only ever grows, and grows on every add, replace or remove;
    - ``identity()`` differs between two stores whose ids could collide (e.g. a database file
      deleted and created again), so an index built from one is never taken for the other's.
    """

    url: str

    # -- schema versions (bot/store/migrations.py) -----------------------------------------

    @abc.abstractmethod
    def migration_status(self) -> MigrationStatus:
        """Compare the migrations the database records with those this code knows."""

    @abc.abstractmethod
    def migrate(self) -> tuple[str, ...]:
        """Apply the pending migrations in one transaction, one process at a time.

        Return the names applied (none when current). Raise StoreError, applying nothing, when
        the database has migrations this code does not know.
        """

    @abc.abstractmethod
    def iter_documents(self) -> Iterator[StoredDocument]:
        """Yield every document whole, oldest id first, all read from one snapshot."""

    @abc.abstractmethod
    def put_document(
        self,
        extraction: Extraction,
        content_hash: str,
        added_at: str | None = None,
        workspace: str = "",
    ) -> int:
        """Store a document and its snippets, replacing any earlier version at the same path.

        The replacement is atomic: readers see the old version or the new one, never a mix, and
        a crash part-way leaves the old version whole. The new version gets a fresh document id
        and fresh snippet ids (see the class docstring); return the document id. ``added_at``
        (ISO 8601 in UTC) keeps a restored document's time of adding; by default, now.
        """

    @abc.abstractmethod
    def content_hash(self, path: str, workspace: str = "") -> str | None:
        """Return the content hash stored for ``path``, or None if it is not indexed."""

    @abc.abstractmethod
    def remove_document(self, ref: str, workspace: str = "") -> bool:
        """Remove a document by path or numeric id; return whether one was removed."""

    @abc.abstractmethod
    def sources(self, workspace: str | None = "", limit: int | None = None) -> list[SourceInfo]:
        """List indexed documents, newest first (``None``: every workspace's, for the index);
        at most ``limit`` of them when given."""

    @abc.abstractmethod
    def snippets(self, ids: Iterable[int], workspace: str = "") -> list[Snippet]:
        """Fetch snippets by id, in the order asked (unknown ids, and other workspaces',
        are skipped)."""

    @abc.abstractmethod
    def iter_snippets(self, after_id: int = 0) -> Iterator[Snippet]:
        """Yield every snippet with an id above ``after_id``, in id order."""

    @abc.abstractmethod
    def paragraph_text(self, document_id: int, number: int) -> str | None:
        """Return the text of one paragraph of a stored document."""

    @abc.abstractmethod
    def counts(self, workspace: str = "") -> dict[str, int]:
        """Return how many documents, quotes and facts are stored."""

    @abc.abstractmethod
    def top_speakers(self, limit: int = 5, workspace: str = "") -> list[tuple[str, int]]:
        """Return the speakers with the most quotes, with their counts."""

    @abc.abstractmethod
    def generation(self) -> int:
        """Return a number that changes whenever documents are added or removed."""

    def identity(self) -> str:
        """Return a string naming this store's contents lineage (see the class docstring).

        The default, the URL, is right for a server database that is never recreated under the
        same URL; file-based stores override it with an id stored inside the file.
        """
        return self.url

    @abc.abstractmethod
    def claim_event(self, event_id: str) -> bool:
        """Record an event id atomically; True the first time, False if already claimed."""

    # -- digests (bot/digests): subscriptions and the exactly-once ledger ------------------

    @abc.abstractmethod
    def last_snippet_id(self) -> int:
        """Return the highest snippet id ever handed out (0 for none): a digest's watermark."""

    @abc.abstractmethod
    def quote_ids(self, workspace: str = "") -> list[int]:
        """Return the id of every stored quote, ascending: the quote-of-the-day pool."""

    @abc.abstractmethod
    def put_subscription(self, subscription: Subscription) -> None:
        """Create or replace the subscription of (workspace, channel)."""

    @abc.abstractmethod
    def subscription(self, workspace: str, channel: str) -> Subscription | None:
        """Return the subscription of (workspace, channel), or None."""

    @abc.abstractmethod
    def subscriptions(self) -> list[Subscription]:
        """Return every subscription, enabled or not, by workspace then channel."""

    @abc.abstractmethod
    def claim_digest(
        self, workspace: str, channel: str, day: str, holder: str, now: datetime, lease: datetime
    ) -> DigestRecord | None:
        """Claim one channel's digest for one local day, atomically across every process.

        Succeeds when no runner has claimed that day yet, or when an earlier claim is still
        unfinished and its lease ran out before ``now`` (its runner died or gave up): then
        ``attempts`` grows and the caller must first find out whether the earlier attempt
        posted after all. Return the claimed record, held by ``holder`` until ``lease``; None
        when the day is posted, skipped, or claimed by a runner whose lease still runs.
        """

    @abc.abstractmethod
    def finish_digest(self, record: DigestRecord) -> bool:
        """Record how a claimed day ended (``record.state`` posted or skipped, with its
        message_ts, through_id, quote_id, cycle, reason); only while ``record.holder`` still
        holds the claim. Return whether it did."""

    @abc.abstractmethod
    def release_digest(
        self, workspace: str, channel: str, day: str, holder: str, retry_at: datetime, reason: str
    ) -> bool:
        """Give a claim back unfinished (posting failed): another runner may take it over from
        ``retry_at``. Return whether ``holder`` still held it."""

    @abc.abstractmethod
    def digest_records(self, workspace: str, channel: str) -> list[DigestRecord]:
        """Return the channel's ledger rows, newest day first."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str, migrate: str = "auto") -> Store:
    """Open the store a URL names: ``sqlite:///path.db`` or ``postgresql://...``.

    ``migrate`` says what to do with pending schema migrations: apply them (``auto``), refuse
    to open (``require``) or leave them (``inspect``); see ``bot.store.migrations``.
    """
    if url.startswith("sqlite:///"):
        from bot.store.sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"), migrate=migrate)
    if url.startswith(("postgresql://", "postgres://")):
        from bot.store.postgres import PostgresStore

        return PostgresStore(url, migrate=migrate)
    raise StoreError(f"{url!r}: expected sqlite:///path.db or postgresql://...")
