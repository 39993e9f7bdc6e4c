"""The use cases every adapter calls: ask, ingest, and describe what the bot knows.

Every document belongs to a workspace (a Slack team id in multi-workspace mode, "" otherwise)
and every use case takes one: what it reads or returns comes from that workspace alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from bot import ingest
from bot.ingest import IngestOutcome, IngestSummary
from bot.models import Match, SearchResult, Snippet, SourceInfo
from bot.search import Searcher
from bot.store import Store

log = logging.getLogger(__name__)

KINDS = ("any", "quote", "fact")
__all__ = ["KINDS", "Citebot", "IngestOutcome", "IngestSummary", "Overview"]


@dataclass(frozen=True)
class Overview:
    """What the bot knows, for help and the App Home tab."""

    counts: dict[str, int]
    top_speakers: list[tuple[str, int]]
    latest: list[SourceInfo] = field(default_factory=list)


def sample_corpus_dir() -> Path:
    """Return the folder of the bundled sample corpus."""
    return Path(str(resources.files("bot") / "sample_corpus"))


class Citebot:
    """The bot's core: one store, one searcher, the limits from settings."""

    def __init__(
        self,
        store: Store,
        threshold: float = 60.0,
        max_query_chars: int = 500,
        max_file_bytes: int = 20_000_000,
        index_dir: Path | None = None,
    ):
        self.store = store
        self.searcher = Searcher(store, threshold, index_dir=index_dir)
        self.max_query_chars = max_query_chars
        self.max_file_bytes = max_file_bytes

    def ask(
        self, query: str, kind: str = "any", limit: int = 5, workspace: str = ""
    ) -> SearchResult:
        """Search ``workspace`` for ``query``; over-long queries are truncated and the result
        says so."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        query = " ".join(query.split())
        notices: tuple[str, ...] = ()
        if len(query) > self.max_query_chars:
            notices = (
                f"Your query was {len(query):,} characters; "
                f"only the first {self.max_query_chars} were used.",
            )
            query = query[: self.max_query_chars]
        result = self.searcher.search(query, kind=kind, limit=limit, workspace=workspace)
        if notices:
            result = SearchResult(result.query, result.matches, result.took_ms, notices)
        return result

    def ingest_file(
        self, path: Path, label: str | None = None, workspace: str = ""
    ) -> IngestOutcome:
        """Extract and store one file in ``workspace``; unchanged content is a no-op."""
        return ingest.ingest_file(self.store, path, self.max_file_bytes, label, workspace)

    def ingest(
        self,
        arguments: Iterable[str],
        on_file: Callable[[IngestOutcome], None] | None = None,
        on_files: Callable[[int], None] | None = None,
        workspace: str = "",
    ) -> IngestSummary:
        """Ingest files, folders (recursively) and globs, then bring the search index up to date.

        ``on_files`` hears how many files were found, ``on_file`` each file's outcome.
        """
        started = time.perf_counter()
        files, missing = ingest.expand(arguments)
        if on_files is not None:
            on_files(len(files))
        outcomes = ingest.ingest_paths(
            self.store,
            files,
            self.max_file_bytes,
            on_file=on_file,
            sync=self.searcher.sync,
            workspace=workspace,
        )
        return IngestSummary(tuple(missing + outcomes), time.perf_counter() - started)

    def load_sample(self, workspace: str = "") -> list[IngestOutcome]:
        """Load the bundled sample corpus; files already in unchanged are skipped."""
        folder = sample_corpus_dir()
        outcomes = [
            self.ingest_file(path, label=f"sample:{path.name}", workspace=workspace)
            for path in sorted(folder.glob("*.txt"))
        ]
        if any(o.status in {"added", "updated"} for o in outcomes):
            self.searcher.sync()
        return outcomes

    def snippet(self, snippet_id: int, workspace: str = "") -> Snippet | None:
        """Return one of ``workspace``'s snippets by id, or None if it is gone (e.g. its source
        was removed) or another workspace's."""
        found = self.store.snippets([snippet_id], workspace=workspace)
        return found[0] if found else None

    def match_at(self, query: str, kind: str, position: int, workspace: str = "") -> Match | None:
        """Return the match at ``position`` (0 = best) for a query, for "next match"."""
        matches = self.ask(query, kind=kind, limit=position + 1, workspace=workspace).matches
        return matches[position] if len(matches) > position else None

    def claim_event(self, event_id: str) -> bool:
        """Record that an incoming event is being answered; False if it already was."""
        return self.store.claim_event(event_id)

    def context(self, snippet_id: int, workspace: str = "") -> tuple[Snippet, str] | None:
        """Return one of ``workspace``'s snippets with the full text of its paragraph."""
        snippet = self.snippet(snippet_id, workspace)
        if snippet is None:
            return None
        text = self.store.paragraph_text(snippet.document_id, snippet.citation.paragraph)
        return snippet, text or snippet.text

    def overview(self, latest: int = 5, workspace: str = "") -> Overview:
        """Describe what the bot knows in ``workspace``."""
        store = self.store
        return Overview(
            store.counts(workspace=workspace),
            store.top_speakers(workspace=workspace),
            store.sources(workspace=workspace, limit=latest),
        )
