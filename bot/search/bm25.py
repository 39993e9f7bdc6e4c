"""BM25 as tantivy scores a candidate query, computed on rows another index fetched.

The ranker gives 15% of a score to a candidate's BM25 against the best candidate's, and the
candidates it sees are the best ``limit`` by BM25, so a source other than tantivy (PostgreSQL,
whose ``ts_rank`` knows no document frequencies) fetches a few times more rows than it needs
and orders them here the way ``TantivyCandidates.fetch`` would: every clause of that query
with tantivy's weights — term frequency and field length in the text, title, role and
speaker; phrase frequency; a constant 1 for a look-alike of an unknown word (and another 1
for a longer form) — read from the same analyzer's stems.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.search.analysis import stems, words
from bot.search.candidates import (
    CONTEXT_BOOST,
    PHRASE_BOOST,
    SPEAKER_BOOST,
    Candidate,
    CandidateQuery,
)

K1, B = 1.2, 0.75


def idf(rows: float, total: int) -> float:
    """Tantivy's (and Lucene's) BM25 inverse document frequency."""
    return math.log(1.0 + (total - rows + 0.5) / (rows + 0.5))


def saturate(frequency: int, length: int, average: float) -> float:
    """BM25's term-frequency part, normalised by the field's length against its average."""
    norm = 1.0 - B + B * length / max(average, 1e-9)
    return frequency * (K1 + 1.0) / (frequency + K1 * norm)


@dataclass(frozen=True)
class Frequencies:
    """How many snippets hold a query word, per field, as the source counts them."""

    texts: Mapping[str, int]  # by query word (folded)
    titles: Mapping[str, int]
    roles: Mapping[str, int]
    speakers: Mapping[str, int]  # by folded name part
    total: int  # snippets
    average_text: float  # words per snippet text


class Bm25:
    """Scores candidates for one ``CandidateQuery`` as tantivy would."""

    def __init__(self, query: CandidateQuery, freqs: Frequencies):
        total = max(freqs.total, 1)
        self.total = freqs.total
        self.average = freqs.average_text
        # Repeats kept: a part that is also a query word is two clauses on tantivy too.
        self.text = [(t.stem, idf(freqs.texts.get(t.word, 0), total)) for t in query.known]
        self.text += [(t.stem, idf(freqs.texts.get(t.word, 0), total)) for t in query.parts]
        self.title = [(t.stem, idf(freqs.titles.get(t.word, 0), total)) for t in query.known]
        self.role = [(t.stem, idf(freqs.roles.get(t.word, 0), total)) for t in query.known]
        self.fuzzy = [
            (t.stem, 1 if len(t.stem) <= 5 else 2, len(t.stem) >= 4)
            for t in query.unknown
            if len(t.stem) >= 3
        ]
        self.phrases = [
            (
                tuple(t.stem for t in phrase),
                sum(idf(freqs.texts.get(t.word, 0), total) for t in phrase),
            )
            for phrase in query.phrases
        ]
        self.speaker = [
            (w, idf(freqs.speakers.get(w, 0), total)) for w in sorted(query.speaker_words)
        ]
        self._stems: dict[str, list[str]] = {}

    def _cut(self, text: str) -> list[str]:
        found = self._stems.get(text)
        if found is None:
            found = self._stems[text] = stems(text)
        return found

    def rescore(self, rows: Iterable[Candidate], with_speaker: bool = False) -> list[Candidate]:
        """``rows`` with tantivy's score, best first (ties by id). ``with_speaker`` adds the
        speaker clause once more, unboosted, as the query for the named speaker's words does."""
        rows = list(rows)
        if not rows:
            return []
        cut = [
            (row, self._cut(row.text), self._cut(row.title), self._cut(row.role)) for row in rows
        ]
        spoken = {row.speaker: words(row.speaker) for row in rows}
        average_title = _average(len(c[2]) for c in cut)
        average_role = _average(len(c[3]) for c in cut)
        average_speaker = _average(len(w) for w in spoken.values())
        scored = []
        for row, text, title, role in cut:
            score = self._fields(text, self.average, self.text)
            score += CONTEXT_BOOST * self._fields(title, average_title, self.title)
            score += CONTEXT_BOOST * self._fields(role, average_role, self.role)
            score += self._fuzzy(text)
            score += PHRASE_BOOST * self._phrases(text)
            named = self._fields(spoken[row.speaker], average_speaker, self.speaker)
            score += SPEAKER_BOOST * named + (named if with_speaker else 0.0)
            scored.append(replace(row, bm25=score))
        scored.sort(key=lambda c: (-c.bm25, c.id))
        return scored

    @staticmethod
    def _fields(tokens: list[str], average: float, clauses: list[tuple[str, float]]) -> float:
        if not clauses or not tokens:
            return 0.0
        score = 0.0
        for stem, weight in clauses:
            count = tokens.count(stem)  # a snippet's few dozen words: faster than a Counter
            if count:
                score += weight * saturate(count, len(tokens), average)
        return score

    def _fuzzy(self, text: list[str]) -> float:
        if not self.fuzzy:
            return 0.0
        vocabulary = set(text)
        score = 0.0
        for stem, distance, prefix in self.fuzzy:
            if process.extractOne(stem, vocabulary, scorer=OSA.distance, score_cutoff=distance):
                score += 1.0
            if prefix and any(word.startswith(stem) for word in vocabulary):
                score += 1.0
        return score

    def _phrases(self, text: list[str]) -> float:
        score = 0.0
        for phrase, weight in self.phrases:
            width = len(phrase)
            found = sum(
                1 for i in range(len(text) - width + 1) if tuple(text[i : i + width]) == phrase
            )
            if found:
                score += weight * saturate(found, len(text), self.average)
        return score


def _average(lengths: Iterable[int]) -> float:
    values = list(lengths)
    return sum(values) / len(values) if values else 1.0
