"""Domain values passed between the core, the store and the adapters.

Each is a small frozen dataclass built once at the edge and passed inward; none of them
knows about Slack, the CLI or a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed", "transcript"]
SnippetKind = Literal["quote", "fact"]


@dataclass(frozen=True)
class Document:
    """Where a text came from: the citation metadata of one source."""

    title: str
    publisher: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) when known
    url: str = ""
    path: str = ""
    author: str = ""


@dataclass(frozen=True)
class Paragraph:
    """One non-empty block of the text; ``number`` is 1-based and the title line is 1."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """Words a person said, with the span they occupy in the document text."""

    text: str
    speaker: str
    speaker_role: str
    paragraph: int
    start: int
    end: int
    cue: str
    kind: QuoteKind = "direct"


@dataclass(frozen=True)
class Fact:
    """A sentence carrying a figure or a concrete claim."""

    text: str
    paragraph: int
    start: int
    end: int
    figures: tuple[str, ...] = ()
    attributed_to: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything read out of one document: its text, paragraphs, quotes and facts."""

    document: Document
    text: str
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Citation:
    """Exactly where a snippet stands in its source."""

    title: str
    publisher: str
    url: str
    published: str
    path: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Snippet:
    """A stored, searchable unit: one quote or one fact, with its citation."""

    id: int
    kind: SnippetKind
    text: str
    speaker: str
    speaker_role: str
    citation: Citation
    subkind: str = ""  # quote kind (direct, indirect, ...) or "" for facts
    figures: tuple[str, ...] = ()
    document_id: int = 0
    workspace: str = ""  # whose documents it is from: a Slack team id, "" for the one store


@dataclass(frozen=True)
class Match:
    """A snippet found for a query, scored 0–100."""

    snippet: Snippet
    score: float
    confident: bool


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query: matches best first, plus anything the user should be told."""

    query: str
    matches: tuple[Match, ...]
    took_ms: float
    notices: tuple[str, ...] = field(default=())

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def confident(self) -> bool:
        return bool(self.matches) and self.matches[0].confident


@dataclass(frozen=True)
class SourceInfo:
    """One indexed document as listed by ``citebot sources``."""

    id: int
    document: Document
    content_hash: str
    quotes: int
    facts: int
    added_at: str
