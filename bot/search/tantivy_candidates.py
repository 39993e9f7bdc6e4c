"""Candidates from the tantivy index derived from the store (the SQLite backend's source).

BM25 over the stemmed text, more weakly the title and the speaker's role; tantivy's fuzzy and
prefix term queries for words the index lacks; phrase queries for quoted phrases. The index
is caught up with the store before a query when the store's generation moved (``index.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import tantivy

from bot.search.analysis import QueryPlan, stems
from bot.search.candidates import (
    CONTEXT_BOOST,
    PHRASE_BOOST,
    SPEAKER_BOOST,
    Candidate,
    CandidateQuery,
    CandidateSource,
    merge,
)
from bot.search.index import SnippetIndex, workspace_key
from bot.search.speakers import SpeakerDirectory, SpeakerHint
from bot.store import Store


class TantivyCandidates(CandidateSource):
    """A tantivy index of one store's snippets, answering the searcher's questions."""

    def __init__(self, store: Store, index_dir: Path):
        self.store = store
        self.index = SnippetIndex(index_dir)
        self._speakers = SpeakerDirectory([])
        self._speakers_generation = -2
        self._lock = threading.Lock()

    # -- keeping the index in step ---------------------------------------------------------

    def sync(self, wait: bool = True) -> bool:
        with self._lock:
            done = self.index.sync(self.store, wait=wait)
            self._refresh_speakers()
            return done

    def refresh(self) -> None:
        if self.index.is_current(self.store):
            return
        with self._lock:
            if not self.index.is_current(self.store):
                # A search never waits for another process's writer: it reads what is there.
                self.index.sync(self.store, wait=False)
                self._refresh_speakers()

    def _refresh_speakers(self) -> None:
        generation = self.index.generation
        if generation != self._speakers_generation:
            self._speakers = SpeakerDirectory(self.index.speaker_names())
            self._speakers_generation = generation

    # -- what the searcher asks ------------------------------------------------------------

    def total(self) -> int:
        return self.index.num_docs()

    def doc_freqs(self, words: Iterable[str]) -> dict[str, int]:
        return {w: max((self.index.doc_freq(s) for s in stems(w)), default=0) for w in words}

    def speaker_freqs(self, words: Iterable[str]) -> dict[str, int]:
        return {w: self.index.speaker_freq(w) for w in words}

    def speaker_hint(
        self,
        plan: QueryPlan,
        common: Callable[[str], bool],
        known: Callable[[str], bool],
    ) -> SpeakerHint | None:
        return self._speakers.find(plan, common, known)

    def role_speakers(self, words: tuple[str, ...], limit: int, workspace: str = "") -> set[str]:
        schema = self.index.schema
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, _term(schema, "role", s)) for w in words for s in stems(w)]
            + [(tantivy.Occur.Must, _term(schema, "kind", "quote")), _in(schema, workspace)]
        )
        return {c.speaker for c in self.index.search(query, limit) if c.speaker}

    def fetch(self, query: CandidateQuery) -> list[Candidate]:
        schema = self.index.schema
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for term in query.known:
            clauses.append((tantivy.Occur.Should, _term(schema, "text", term.stem)))
            for context_field in ("title", "role"):
                boosted = tantivy.Query.boost_query(
                    _term(schema, context_field, term.stem), CONTEXT_BOOST
                )
                clauses.append((tantivy.Occur.Should, boosted))
        for term in query.unknown:
            if len(term.stem) < 3:
                continue
            distance = 1 if len(term.stem) <= 5 else 2
            fuzzy = tantivy.Query.fuzzy_term_query(schema, "text", term.stem, distance)
            clauses.append((tantivy.Occur.Should, fuzzy))
            if len(term.stem) >= 4:
                prefix = tantivy.Query.fuzzy_term_query(schema, "text", term.stem, 0, prefix=True)
                clauses.append((tantivy.Occur.Should, prefix))
        for part in query.parts:
            clauses.append((tantivy.Occur.Should, _term(schema, "text", part.stem)))
        for phrase in query.phrases:
            matched = tantivy.Query.phrase_query(schema, "text", [t.stem for t in phrase])
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(matched, PHRASE_BOOST)))
        speaker_query = None
        if query.speakers:
            speaker_query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, _term(schema, "speaker", w)) for w in query.speaker_words]
            )
            boosted = tantivy.Query.boost_query(speaker_query, SPEAKER_BOOST)
            clauses.append((tantivy.Occur.Should, boosted))
        if not clauses:
            return []
        # The filters every candidate query carries: the one place to add one.
        kind = query.kind
        kind_filter = [(tantivy.Occur.Must, _term(schema, "kind", kind))] if kind != "any" else []
        kind_filter.append(_in(schema, query.workspace))
        found = self.index.search(
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, tantivy.Query.boolean_query(clauses)), *kind_filter]
            ),
            query.limit,
        )
        if speaker_query is not None:
            by_speaker = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Must, speaker_query),
                    (tantivy.Occur.Should, tantivy.Query.boolean_query(clauses)),
                    *kind_filter,
                ]
            )
            found = merge(found, self.index.search(by_speaker, query.speaker_limit))
        return found

    def close(self) -> None:
        self.index.close()


def _term(schema: tantivy.Schema, field: str, value: str) -> tantivy.Query:
    return tantivy.Query.term_query(schema, field, value)


def _in(schema: tantivy.Schema, workspace: str) -> tuple[tantivy.Occur, tantivy.Query]:
    """The clause keeping a query to one workspace's snippets."""
    return tantivy.Occur.Must, _term(schema, "workspace", workspace_key(workspace))
