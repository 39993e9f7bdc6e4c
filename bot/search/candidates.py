"""Where ranking's candidates come from: one narrow interface, one implementation per store.

The searcher understands the query and the ranker orders what it is given; in between, a
candidate source answers a handful of questions about the corpus (how many snippets hold a
word, whose names look like a query word, who holds a role) and fetches the snippets worth
ranking for a ``CandidateQuery``. Two sources keep that promise:

- ``TantivyCandidates`` (``tantivy_candidates.py``): a tantivy index derived from the store
  and kept in step with it, for SQLite;
- ``PostgresCandidates`` (``pg_candidates.py``): PostgreSQL's own full-text and trigram
  indexes over the live tables, so there is nothing to build or keep in step.

Both hand the ranker the same ``Candidate`` fields, and a query is described once, here, in
terms neither index owns (words and their stems): a filter that applies to every backend (a
workspace, say) belongs in ``CandidateQuery`` and in each source's one place that reads it.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from bot.search.analysis import QueryPlan, Term, words
from bot.search.speakers import SpeakerHint
from bot.store import Store

# How much a query word counts where it is not in the text, against the text (1): both sources
# weigh their matches alike, so the ranker's BM25 share means the same on either backend.
CONTEXT_BOOST = 0.3  # in the document's title or the speaker's role
PHRASE_BOOST = 2.0  # a quoted phrase, word for word
SPEAKER_BOOST = 1.5  # a name part of the speaker the query names


@dataclass(frozen=True)
class Candidate:
    """A snippet as the index holds it: enough to rank it without touching the store."""

    id: int
    kind: str
    subkind: str
    text: str
    speaker: str
    figures: int
    bm25: float  # the source's relevance score; the ranker only compares it within a query
    title: str = ""
    role: str = ""  # the speaker's role: "Kazakh Deputy Foreign Minister"


@dataclass(frozen=True)
class CandidateQuery:
    """What to fetch candidates for, in words and stems, whatever index answers it.

    ``known`` are topic words the corpus writes (matched as they are, in the text and more
    weakly in the title and the speaker's role); ``unknown`` are words it does not (matched
    through look-alikes: typos, longer forms); ``parts`` are the other spellings of a query
    word the corpus uses ("non-proliferation" for "nonproliferation"); ``phrases`` are quoted
    phrases, word by word; ``speakers`` are the people the query names, whose own words are
    fetched as well (at most ``speaker_limit``). Only ``workspace``'s snippets are fetched:
    a Slack team id in multi-workspace mode, "" for the single-workspace store.
    """

    known: tuple[Term, ...]
    unknown: tuple[Term, ...] = ()
    parts: tuple[Term, ...] = ()
    phrases: tuple[tuple[Term, ...], ...] = ()
    speakers: frozenset[str] = frozenset()
    speaker_words: frozenset[str] = frozenset()  # the folded name parts of ``speakers``
    kind: str = "any"  # "quote", "fact" or "any"
    limit: int = 80
    speaker_limit: int = 30
    workspace: str = ""

    @property
    def empty(self) -> bool:
        return not (self.known or self.unknown or self.parts or self.phrases or self.speakers)


class CandidateSource(abc.ABC):
    """Answers the searcher's questions about one store's snippets and fetches candidates."""

    def refresh(self) -> None:  # noqa: B027 - a source over live tables has nothing to do
        """Catch up with the store before a query, if this source needs to (cheap when not)."""

    def session(self) -> AbstractContextManager[None]:
        """Hold what one query needs (a database connection, say) for the whole of it."""
        return nullcontext()

    def sync(self, wait: bool = True) -> bool:
        """Bring the source up to date with the store now; False if another process is at it."""
        return True

    @abc.abstractmethod
    def total(self) -> int:
        """How many snippets there are (for inverse document frequencies)."""

    @abc.abstractmethod
    def doc_freqs(self, words: Iterable[str]) -> dict[str, int]:
        """For each folded query word, how many snippets' text holds it (stemmed)."""

    @abc.abstractmethod
    def speaker_freqs(self, words: Iterable[str]) -> dict[str, int]:
        """For each folded word, how many snippets a speaker with that name part said."""

    @abc.abstractmethod
    def speaker_hint(
        self,
        plan: QueryPlan,
        common: Callable[[str], bool],
        known: Callable[[str], bool],
    ) -> SpeakerHint | None:
        """The speakers the query names, typos allowed (see ``SpeakerDirectory.find``)."""

    @abc.abstractmethod
    def role_speakers(self, words: tuple[str, ...], limit: int, workspace: str = "") -> set[str]:
        """Who said the first ``limit`` of ``workspace``'s quotes whose speaker's role has every
        one of ``words``."""

    @abc.abstractmethod
    def fetch(self, query: CandidateQuery) -> list[Candidate]:
        """The snippets worth ranking for ``query``, most relevant first."""

    def close(self) -> None:  # noqa: B027 - nothing to release by default
        """Release what the source holds."""


def merge(first: list[Candidate], second: list[Candidate]) -> list[Candidate]:
    """``first``, then what ``second`` adds to it."""
    seen = {c.id for c in first}
    return first + [c for c in second if c.id not in seen]


def name_parts(speakers: Iterable[str]) -> frozenset[str]:
    """The folded name parts that pick out ``speakers``: the parts they all share when they
    share any ("lochman" of thirty Lochmans: each first name would bring every Anna and Ben
    in the archive, not only the Lochmans), else all of their parts."""
    parts = [frozenset(words(name)) for name in speakers]
    if not parts:
        return frozenset()
    shared = frozenset.intersection(*parts)
    return shared or frozenset().union(*parts)


def open_source(store: Store, index_dir: Path | None = None) -> CandidateSource:
    """The candidate source for ``store``: PostgreSQL's own indexes, else a tantivy index."""
    if store.url.startswith(("postgresql://", "postgres://")):
        from bot.search.pg_candidates import PostgresCandidates
        from bot.store.postgres import PostgresStore

        assert isinstance(store, PostgresStore)  # open_store picks it by the same prefix
        return PostgresCandidates(store)
    from bot.search.index import default_index_dir
    from bot.search.tantivy_candidates import TantivyCandidates

    return TantivyCandidates(store, index_dir or default_index_dir(store))
