"""Answer a query: understand it, fetch candidates from the store's source, rank, cite.

The candidate source (``candidates.py``: a tantivy index for SQLite, PostgreSQL's own indexes
for PostgreSQL) supplies candidates and the text to rank them by; the store, the system of
record, supplies what is shown, so a snippet is only ever returned if the store still holds it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from bot.models import Match, SearchResult, Snippet
from bot.search.aliases import aliases, spell_out
from bot.search.analysis import STOP_WORDS, QueryPlan, Term, analyse, stems
from bot.search.candidates import CandidateQuery, CandidateSource, name_parts, open_source
from bot.search.ranking import Ranked, Ranker
from bot.search.speakers import SpeakerHint
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
    """Answers queries over one store through its candidate source."""

    def __init__(self, store: Store, threshold: float = 60.0, index_dir: Path | None = None):
        self.store = store
        self.threshold = threshold
        self.source = open_source(store, index_dir)

    def sync(self, wait: bool = True) -> bool:
        """Bring the candidate source up to date with the store now; False if another process
        is at it (only a derived index ever needs this)."""
        return self.source.sync(wait=wait)

    # -- answering ---------------------------------------------------------------------------

    def search(
        self, query: str, kind: str = "any", limit: int = 5, workspace: str = ""
    ) -> SearchResult:
        """Return the best ``limit`` matches for ``query`` among ``workspace``'s snippets of
        ``kind``; nothing of another workspace is ever fetched or returned.

        How common a word or a name is (for weighting) counts every workspace's snippets:
        statistics, never items.
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        started = time.perf_counter()
        with self.source.session():
            self.source.refresh()
            plan = analyse(spell_out(query))
            freqs = _Frequencies(self.source, plan)
            notices: list[str] = []
            hint = self.source.speaker_hint(plan, freqs.common, freqs.known) if plan.words else None
            if hint is None and plan.speaker_slot:
                hint = self._by_role(plan.speaker_slot, workspace)
            if plan.empty:
                notices.append(NO_WORDS)
                ranked: list[Ranked] = []
            elif not plan.terms and hint is None and not plan.phrases:
                shown = ", ".join(dict.fromkeys(t.word for t in plan.words[:6]))
                notices.append(ONLY_COMMON.format(words=shown))
                ranked = []
            else:
                ranked = self._rank(plan, hint, kind, freqs, workspace)
        matches = self._cite(ranked, limit, workspace)
        took = (time.perf_counter() - started) * 1000
        return SearchResult(query, tuple(matches), round(took, 2), tuple(notices))

    def _by_role(self, slot: tuple[str, ...], workspace: str) -> SpeakerHint | None:
        """The speakers whose role the query names instead of their name ("what did the deputy
        foreign minister say", "the Oxus Society president on ...")."""
        # A country qualifying the role may be written another way there ("USA" for the
        # role's "U.S."): the role's own words find its holder.
        wanted = tuple(
            word for word in slot if word not in STOP_WORDS and stems(word) and not aliases(word)
        )
        if not wanted:
            return None
        speakers = self.source.role_speakers(wanted, ROLE_HITS, workspace)
        if not speakers or len(speakers) > MAX_ROLE_SPEAKERS:
            return None  # nobody, or a role so common it names no one ("the minister")
        return SpeakerHint(frozenset(speakers), frozenset(slot), ROLE_STRENGTH)

    def _rank(
        self,
        plan: QueryPlan,
        hint: SpeakerHint | None,
        kind: str,
        freqs: _Frequencies | None = None,
        workspace: str = "",
    ) -> list[Ranked]:
        freqs = freqs or _Frequencies(self.source, plan)
        alternates = _alternates(plan, freqs)
        request = candidate_query(plan, hint, kind, freqs, alternates, workspace)
        if request.empty:
            return []
        candidates = self.source.fetch(request)
        doc_freqs = {t.stem: freqs.of(t.word) for t in plan.terms}
        for part in request.parts:
            doc_freqs.setdefault(part.stem, freqs.of(part.word))
        names = _other_names(plan, freqs)
        for options in names.values():
            for option in options:
                for stem in option:
                    doc_freqs.setdefault(stem, freqs.of(freqs.word_of(stem)))
        ranker = Ranker(
            plan, hint, doc_freqs, self.source.total(), self.threshold, alternates, names
        )
        if plan.speaker_slot and _nobody(plan, hint, freqs):
            # "What did Tokayev say ...": nobody of that name is in the corpus, so whatever
            # comes first is someone else's words — never a confident answer.
            ranker.certain = False
        return ranker.rank(candidates)

    def _cite(self, ranked: list[Ranked], limit: int, workspace: str) -> list[Match]:
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
            found = self.store.snippets((r.candidate.id for r in batch), workspace=workspace)
            snippets = {s.id: s for s in found}
            for r in batch:
                snippet = snippets.get(r.candidate.id)
                if snippet is None or len(matches) >= limit:
                    continue
                if any(_repeats(snippet, m.snippet) for m in matches):
                    continue
                matches.append(Match(snippet, r.score, r.confident))
        return matches

    def close(self) -> None:
        self.source.close()


def _repeats(snippet: Snippet, shown: Snippet) -> bool:
    """Whether ``snippet`` is mostly words ``shown`` already shows (same document, at least
    half of its span). A longer snippet around a shown quote still shows: it says more."""
    if snippet.document_id != shown.document_id:
        return False
    a, b = snippet.citation, shown.citation
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and 2 * shared >= a.end - a.start


def candidate_query(
    plan: QueryPlan,
    hint: SpeakerHint | None,
    kind: str,
    freqs: _Frequencies,
    alternates: dict[str, list[tuple[str, ...]]],
    workspace: str = "",
) -> CandidateQuery:
    """What to fetch for a query: the one place every backend's candidate query starts from."""
    parts = tuple(
        Term(freqs.word_of(stem), stem)
        for options in alternates.values()
        for option in options
        for stem in option
    )
    phrases = tuple(
        tuple(Term(w, s) for w, s in zip(text.split(), stemmed, strict=False))
        for text, stemmed in zip(plan.phrase_texts, plan.phrases, strict=True)
    )
    speakers = hint.speakers if hint is not None else frozenset()
    return CandidateQuery(
        known=tuple(t for t in plan.terms if freqs.of(t.word)),
        unknown=tuple(t for t in plan.terms if not freqs.of(t.word)),
        parts=parts,
        phrases=phrases,
        speakers=speakers,
        speaker_words=name_parts(speakers),
        kind=kind,
        limit=CANDIDATES,
        speaker_limit=SPEAKER_CANDIDATES,
        workspace=workspace,
    )


class _Frequencies:
    """How many snippets hold each word a query may ask about, asked of the source in one go.

    Every word the searcher may look up for this query (its words, the halves of long ones,
    adjacent pairs joined, the other names of the countries it names) is fetched up front, so
    a source behind a network answers in one round trip; anything else is asked for when
    needed.
    """

    def __init__(self, source: CandidateSource, plan: QueryPlan):
        self.source = source
        wanted = {t.word for t in plan.words} | set(plan.speaker_slot)
        wanted |= {
            half for term in plan.terms for half in _halves(term.word) if len(stems(half)) == 1
        }
        wanted |= {first.word + second.word for first, second in _pairs(plan)}
        wanted |= {word for t in plan.terms for name in aliases(t.word) for word in name}
        self._freqs = source.doc_freqs(sorted(wanted))
        self._stems: dict[str, str] = {}  # stem -> a word it was looked up by
        self._speaker_freqs: dict[str, int] = {}

    def of(self, word: str) -> int:
        """How many snippets hold ``word`` (stemmed)."""
        if word not in self._freqs:
            self._freqs.update(self.source.doc_freqs([word]))
        for stem in stems(word)[:1]:
            self._stems.setdefault(stem, word)
        return self._freqs[word]

    def word_of(self, stem: str) -> str:
        return self._stems.get(stem, stem)

    def known(self, word: str) -> bool:
        return self.of(word) > 0

    def common(self, word: str) -> bool:
        """Whether a name part is mostly an ordinary word here: far more snippets use it than
        quote anyone of that name ("new" of "New Zealand Herald", not "lemon")."""
        if word not in self._speaker_freqs:
            self._speaker_freqs.update(self.source.speaker_freqs([word]))
        return self.of(word) > COMMON_WORD * max(self._speaker_freqs[word], 1)


def _halves(word: str) -> list[str]:
    if len(word) < 7 or not word.isalpha():
        return []
    return [half for cut in range(3, len(word) - 2) for half in (word[:cut], word[cut:])]


def _pairs(plan: QueryPlan) -> list[tuple[Term, Term]]:
    return [
        (first, second)
        for first, second in zip(plan.words, plan.words[1:], strict=False)
        if first.word not in STOP_WORDS and second.word not in STOP_WORDS
    ]


def _nobody(plan: QueryPlan, hint: SpeakerHint | None, freqs: _Frequencies) -> bool:
    """Whether the person the query names is neither a speaker nor mentioned anywhere."""
    if hint is not None and hint.words & set(plan.speaker_slot):
        return False
    return all(not freqs.of(word) for word in plan.speaker_slot)


def _other_names(plan: QueryPlan, freqs: _Frequencies) -> dict[str, list[tuple[str, ...]]]:
    """Other names of the countries and bodies the query names ("moscow" → Russia), those the
    corpus writes, as the stems that must all be present. For ranking only: fetching by them
    would bring every "ASTANA –" dateline in for "kazakhstan"."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for term in plan.terms:
        for name in aliases(term.word):
            if all(freqs.of(word) for word in name):
                option = tuple(s for word in name for s in stems(word))
                found.setdefault(term.stem, []).append(option)
    return found


def _alternates(plan: QueryPlan, freqs: _Frequencies) -> dict[str, list[tuple[str, ...]]]:
    """Other ways the corpus may write a query word: an unknown word split into two known ones
    ("nonproliferation" → non-proliferation), two query words written as one ("multi vector"
    → multivector). Each option is the stems that must all be present."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for term in plan.terms:
        word = term.word
        if freqs.of(word) or len(word) < 7 or not word.isalpha():
            continue
        best: tuple[int, tuple[str, ...]] | None = None
        for cut in range(3, len(word) - 2):  # both parts at least three letters
            head, tail = stems(word[:cut]), stems(word[cut:])
            if len(head) == 1 and len(tail) == 1 and freqs.of(word[:cut]) and freqs.of(word[cut:]):
                shorter = min(cut, len(word) - cut)
                if best is None or shorter > best[0]:
                    best = (shorter, (head[0], tail[0]))
        if best is not None:
            found[term.stem] = [best[1]]
    for first, second in _pairs(plan):
        joined = stems(first.word + second.word)
        if len(joined) == 1 and freqs.of(first.word + second.word):
            for term in (first, second):
                found.setdefault(term.stem, []).append((joined[0],))
    return found
