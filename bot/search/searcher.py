"""Answer a query: understand it, fetch BM25 candidates from the index, rank, cite from the store.

The index supplies candidates and the text to rank them by; the store, the system of record,
supplies what is shown, so a snippet is only ever returned if the store still holds it.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import tantivy

from bot.models import Match, SearchResult, Snippet
from bot.search.analysis import STOP_WORDS, QueryPlan, analyse, stems, words
from bot.search.index import Candidate, SnippetIndex, default_index_dir
from bot.search.ranking import Ranked, Ranker
from bot.search.speakers import SpeakerDirectory, SpeakerHint
from bot.store import Store

log = logging.getLogger(__name__)

CANDIDATES = 80  # BM25 hits re-ranked per query
SPEAKER_CANDIDATES = 30  # extra hits by the named speaker
ROLE_HITS = 50  # quotes read to learn who holds a role the query names
MAX_ROLE_SPEAKERS = 3  # more people with that role: it names no one in particular
ROLE_STRENGTH = 0.9  # a role names its holder a little less surely than a name
COMMON_WORD = 8  # a name part in this many times more snippets than its name quotes: a word
KINDS = ("any", "quote", "fact")

NO_WORDS = "Your query has no words to search for (only symbols, emoji or spaces)."
ONLY_COMMON = (
    "Your query has only common words ({words}); add a name or a distinctive word to search for."
)


class Searcher:
    """Answers queries over one store through its full-text index."""

    def __init__(self, store: Store, threshold: float = 60.0, index_dir: Path | None = None):
        self.store = store
        self.threshold = threshold
        self.index = SnippetIndex(index_dir or default_index_dir(store))
        self._speakers = SpeakerDirectory([])
        self._speakers_generation = -2
        self._lock = threading.Lock()

    # -- keeping the index in step ---------------------------------------------------------

    def sync(self, wait: bool = True) -> bool:
        """Bring the index up to date with the store now; False if another process is at it."""
        with self._lock:
            done = self.index.sync(self.store, wait=wait)
            self._refresh_speakers()
            return done

    def _refresh(self) -> None:
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

    # -- answering ---------------------------------------------------------------------------

    def search(self, query: str, kind: str = "any", limit: int = 5) -> SearchResult:
        """Return the best ``limit`` matches for ``query`` among snippets of ``kind``."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        started = time.perf_counter()
        self._refresh()
        plan = analyse(query)
        notices: list[str] = []
        hint = self._speakers.find(plan, self._common, self._known) if plan.words else None
        if hint is None and plan.speaker_slot:
            hint = self._by_role(plan.speaker_slot)
        if plan.empty:
            notices.append(NO_WORDS)
            ranked: list[Ranked] = []
        elif not plan.terms and hint is None and not plan.phrases:
            shown = ", ".join(dict.fromkeys(t.word for t in plan.words[:6]))
            notices.append(ONLY_COMMON.format(words=shown))
            ranked = []
        else:
            ranked = self._rank(plan, hint, kind)
        matches = self._cite(ranked, limit)
        took = (time.perf_counter() - started) * 1000
        return SearchResult(query, tuple(matches), round(took, 2), tuple(notices))

    def _by_role(self, slot: tuple[str, ...]) -> SpeakerHint | None:
        """The speakers whose role the query names instead of their name ("what did the deputy
        foreign minister say", "the Oxus Society president on ...")."""
        wanted = [s for word in slot if word not in STOP_WORDS for s in stems(word)]
        if not wanted:
            return None
        schema = self.index.schema
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, _term(schema, "role", s)) for s in wanted]
            + [(tantivy.Occur.Must, _term(schema, "kind", "quote"))]
        )
        speakers = {c.speaker for c in self.index.search(query, ROLE_HITS) if c.speaker}
        if not speakers or len(speakers) > MAX_ROLE_SPEAKERS:
            return None  # nobody, or a role so common it names no one ("the minister")
        return SpeakerHint(frozenset(speakers), frozenset(slot), ROLE_STRENGTH)

    def _known(self, word: str) -> bool:
        return any(self.index.doc_freq(s) for s in stems(word))

    def _common(self, word: str) -> bool:
        """Whether a name part is mostly an ordinary word here: far more snippets use it than
        quote anyone of that name ("new" of "New Zealand Herald", not "lemon")."""
        as_word = max((self.index.doc_freq(s) for s in stems(word)), default=0)
        as_name = self.index.speaker_freq(word)
        return as_word > COMMON_WORD * max(as_name, 1)

    def _rank(self, plan: QueryPlan, hint: SpeakerHint | None, kind: str) -> list[Ranked]:
        index = self.index
        doc_freqs = {t.stem: index.doc_freq(t.stem) for t in plan.terms}
        schema = index.schema
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for term in plan.terms:
            if doc_freqs[term.stem]:
                clauses.append((tantivy.Occur.Should, _term(schema, "text", term.stem)))
                for context_field in ("title", "role"):
                    clauses.append(
                        (
                            tantivy.Occur.Should,
                            tantivy.Query.boost_query(_term(schema, context_field, term.stem), 0.3),
                        )
                    )
            elif len(term.stem) >= 3:
                distance = 1 if len(term.stem) <= 5 else 2
                clauses.append(
                    (
                        tantivy.Occur.Should,
                        tantivy.Query.fuzzy_term_query(schema, "text", term.stem, distance),
                    )
                )
                if len(term.stem) >= 4:
                    clauses.append(
                        (
                            tantivy.Occur.Should,
                            tantivy.Query.fuzzy_term_query(
                                schema, "text", term.stem, 0, prefix=True
                            ),
                        )
                    )
        alternates = _alternates(plan, doc_freqs, index)
        for options in alternates.values():
            for parts in options:
                for part in parts:
                    doc_freqs.setdefault(part, index.doc_freq(part))
                    clauses.append((tantivy.Occur.Should, _term(schema, "text", part)))
        for phrase in plan.phrases:
            clauses.append(
                (
                    tantivy.Occur.Should,
                    tantivy.Query.boost_query(
                        tantivy.Query.phrase_query(schema, "text", list(phrase)), 2.0
                    ),
                )
            )
        speaker_query = None
        if hint is not None:
            name_parts = {w for name in hint.speakers for w in words(name)}
            speaker_query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, _term(schema, "speaker", w)) for w in name_parts]
            )
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(speaker_query, 1.5)))
        if not clauses:
            return []
        kind_filter = [(tantivy.Occur.Must, _term(schema, "kind", kind))] if kind != "any" else []
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, tantivy.Query.boolean_query(clauses)), *kind_filter]
        )
        candidates = index.search(query, CANDIDATES)
        if speaker_query is not None:
            by_speaker = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Must, speaker_query),
                    (tantivy.Occur.Should, tantivy.Query.boolean_query(clauses)),
                    *kind_filter,
                ]
            )
            candidates = _merge(candidates, index.search(by_speaker, SPEAKER_CANDIDATES))
        ranker = Ranker(plan, hint, doc_freqs, index.num_docs(), self.threshold, alternates)
        if plan.speaker_slot and _nobody(plan, hint, index):
            # "What did Tokayev say ...": nobody of that name is in the corpus, so whatever
            # comes first is someone else's words — never a confident answer.
            ranker.certain = False
        return ranker.rank(candidates)

    def _cite(self, ranked: list[Ranked], limit: int) -> list[Match]:
        """Read the winners back from the store, skipping any it no longer holds.

        A sentence can be stored twice — as a quote and as a fact, or as a fact inside a
        longer quote — so a snippet that mostly repeats a better-ranked one is left out: the
        same words twice would push a different answer out of the top three.
        """
        matches: list[Match] = []
        position = 0
        while len(matches) < limit and position < len(ranked):
            batch = ranked[position : position + limit + 2]
            position += len(batch)
            snippets = {s.id: s for s in self.store.snippets(r.candidate.id for r in batch)}
            for r in batch:
                snippet = snippets.get(r.candidate.id)
                if snippet is None or len(matches) >= limit:
                    continue
                if any(_repeats(snippet, m.snippet) for m in matches):
                    continue
                matches.append(Match(snippet, r.score, r.confident))
        return matches

    def close(self) -> None:
        self.index.close()


def _term(schema: tantivy.Schema, field: str, value: str) -> tantivy.Query:
    return tantivy.Query.term_query(schema, field, value)


def _merge(first: list[Candidate], second: list[Candidate]) -> list[Candidate]:
    seen = {c.id for c in first}
    return first + [c for c in second if c.id not in seen]


def _repeats(snippet: Snippet, shown: Snippet) -> bool:
    """Whether ``snippet`` is mostly words ``shown`` already shows (same document, at least
    half of its span). A longer snippet around a shown quote still shows: it says more."""
    if snippet.document_id != shown.document_id:
        return False
    a, b = snippet.citation, shown.citation
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and 2 * shared >= a.end - a.start


def _nobody(plan: QueryPlan, hint: SpeakerHint | None, index: SnippetIndex) -> bool:
    """Whether the person the query names is neither a speaker nor mentioned anywhere."""
    if hint is not None and hint.words & set(plan.speaker_slot):
        return False
    return all(not index.doc_freq(stem) for word in plan.speaker_slot for stem in stems(word))


def _alternates(
    plan: QueryPlan, doc_freqs: dict[str, int], index: SnippetIndex
) -> dict[str, list[tuple[str, ...]]]:
    """Other ways the corpus may write a query word: an unknown word split into two known ones
    ("nonproliferation" → non-proliferation), two query words written as one ("multi vector"
    → multivector). Each option is the stems that must all be present."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for term in plan.terms:
        word = term.word
        if doc_freqs.get(term.stem) or len(word) < 7 or not word.isalpha():
            continue
        best: tuple[int, tuple[str, ...]] | None = None
        for cut in range(3, len(word) - 2):  # both parts at least three letters
            head, tail = stems(word[:cut]), stems(word[cut:])
            if (
                len(head) == 1
                and len(tail) == 1
                and index.doc_freq(head[0])
                and index.doc_freq(tail[0])
            ):
                shorter = min(cut, len(word) - cut)
                if best is None or shorter > best[0]:
                    best = (shorter, (head[0], tail[0]))
        if best is not None:
            found[term.stem] = [best[1]]
    pairs = zip(plan.words, plan.words[1:], strict=False)
    for first, second in pairs:
        if first.word in STOP_WORDS or second.word in STOP_WORDS:
            continue
        joined = stems(first.word + second.word)
        if len(joined) == 1 and index.doc_freq(joined[0]):
            for term in (first, second):
                found.setdefault(term.stem, []).append((joined[0],))
    return found
