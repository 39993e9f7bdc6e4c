"""The storage contract every backend implements, and the URL that picks one."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from bot.models import Citation, Extraction, Snippet, SourceInfo

if TYPE_CHECKING:
    from bot.store.migrations import MigrationStatus

# The columns both SQL stores select for a snippet, in the order snippet_from_row reads them.
SNIPPET_COLUMNS = """
    s.id, s.kind, s.subkind, s.text, s.speaker, s.speaker_role, s.paragraph, s.start, s."end",
    s.figures, s.document_id, d.title, d.publisher, d.url, d.published, d.path
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
    )


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says which and why."""


class Store(abc.ABC):
    """The system of record: documents, their snippets, and the Slack events already answered.

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
    def put_document(self, extraction: Extraction, content_hash: str) -> int:
        """Store a document and its snippets, replacing any earlier version at the same path.

        The replacement is atomic: readers see the old version or the new one, never a mix, and
        a crash part-way leaves the old version whole. The new version gets a fresh document id
        and fresh snippet ids (see the class docstring); return the document id.
        """

    @abc.abstractmethod
    def content_hash(self, path: str) -> str | None:
        """Return the content hash stored for ``path``, or None if it is not indexed."""

    @abc.abstractmethod
    def remove_document(self, ref: str) -> bool:
        """Remove a document by path or numeric id; return whether one was removed."""

    @abc.abstractmethod
    def sources(self) -> list[SourceInfo]:
        """List indexed documents, newest first."""

    @abc.abstractmethod
    def snippets(self, ids: Iterable[int]) -> list[Snippet]:
        """Fetch snippets by id, in the order asked (unknown ids are skipped)."""

    @abc.abstractmethod
    def iter_snippets(self, after_id: int = 0) -> Iterator[Snippet]:
        """Yield every snippet with an id above ``after_id``, in id order."""

    @abc.abstractmethod
    def paragraph_text(self, document_id: int, number: int) -> str | None:
        """Return the text of one paragraph of a stored document."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Return how many documents, quotes and facts are stored."""

    @abc.abstractmethod
    def top_speakers(self, limit: int = 5) -> list[tuple[str, int]]:
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
