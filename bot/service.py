"""The use cases every adapter calls: ask, ingest, and describe what the bot knows."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from bot.documents import DocumentError
from bot.extraction import extract_file
from bot.models import SearchResult, Snippet, SourceInfo
from bot.search import Searcher
from bot.store import Store

log = logging.getLogger(__name__)

KINDS = ("any", "quote", "fact")


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one file: added, unchanged, or skipped with a reason."""

    path: str
    status: str  # "added", "updated", "unchanged" or "skipped"
    quotes: int = 0
    facts: int = 0
    reason: str = ""


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
    ):
        self.store = store
        self.searcher = Searcher(store, threshold)
        self.max_query_chars = max_query_chars
        self.max_file_bytes = max_file_bytes

    def ask(self, query: str, kind: str = "any", limit: int = 5) -> SearchResult:
        """Search for ``query``; over-long queries are truncated and the result says so."""
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
        result = self.searcher.search(query, kind=kind, limit=limit)
        if notices:
            result = SearchResult(result.query, result.matches, result.took_ms, notices)
        return result

    def ingest_file(self, path: Path, label: str | None = None) -> IngestOutcome:
        """Extract and store one file; unchanged content is a no-op."""
        key = label or str(path)
        try:
            data_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            return IngestOutcome(key, "skipped", reason=f"cannot read ({exc.strerror})")
        previous = self.store.content_hash(key)
        if previous == data_hash:
            return IngestOutcome(key, "unchanged")
        try:
            extraction = extract_file(path, self.max_file_bytes)
        except DocumentError as exc:
            log.warning("skipped %s: %s", key, exc)
            return IngestOutcome(key, "skipped", reason=str(exc))
        from dataclasses import replace

        extraction = replace(extraction, document=replace(extraction.document, path=key))
        self.store.put_document(extraction, data_hash)
        return IngestOutcome(
            key,
            "updated" if previous else "added",
            quotes=len(extraction.quotes),
            facts=len(extraction.facts),
        )

    def load_sample(self) -> list[IngestOutcome]:
        """Load the bundled sample corpus; files already in unchanged are skipped."""
        folder = sample_corpus_dir()
        return [
            self.ingest_file(path, label=f"sample:{path.name}")
            for path in sorted(folder.glob("*.txt"))
        ]

    def context(self, snippet_id: int) -> tuple[Snippet, str] | None:
        """Return a snippet with the full text of the paragraph it stands in."""
        found = self.store.snippets([snippet_id])
        if not found:
            return None
        snippet = found[0]
        text = self.store.paragraph_text(snippet.document_id, snippet.citation.paragraph)
        return snippet, text or snippet.text

    def overview(self, latest: int = 5) -> Overview:
        """Describe what the bot knows."""
        return Overview(
            self.store.counts(), self.store.top_speakers(), self.store.sources()[:latest]
        )
