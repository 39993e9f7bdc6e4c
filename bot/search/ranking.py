"""Order BM25 candidates and score them 0–100: coverage, phrasing, speaker and kind signals.

The score is built so that it reads the same across queries, which is what makes one
threshold meaningful: most of it is *coverage*, the IDF-weighted share of the query's topic
words the snippet contains (stemmed, typo-tolerant), so a query the corpus cannot answer —
whose distinctive words appear nowhere together — scores low however good its best hit is
by BM25.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.search.analysis import QueryPlan, Term, normalise, stems
from bot.search.index import Candidate
from bot.search.speakers import SpeakerHint

# Weights of the 0–100 score; see bench/eval_search.py for how they were chosen.
W_COVERAGE = 0.62
W_PHRASING = 0.23
W_BM25 = 0.15
PHRASE_MISSING = 30.0  # a quoted phrase the snippet lacks
SPEAKER_MATCH = 4.0
FIGURE_FACT = 8.0  # a figure question answered by a fact with figures
DIRECT_QUOTE = 6.0  # verbatim quotes first when nothing asks for a figure
MIN_COVERAGE = 0.6  # below this share of the topic, never confident
TYPO_CREDIT = 0.85  # a word matched only through a typo correction counts this much
TITLE_CREDIT = 0.5  # a word found only in the document's title: context, not the answer


@dataclass(frozen=True)
class Ranked:
    """A candidate with its score and whether it clears the bar."""

    candidate: Candidate
    score: float  # 0–100, as shown
    confident: bool
    coverage: float
    order: float  # the score before clipping to 0–100: ties at 100 still sort


def idf(doc_freq: int, total: int) -> float:
    return math.log(1.0 + (total - doc_freq + 0.5) / (doc_freq + 0.5))


class Ranker:
    """Scores candidates for one query plan."""

    def __init__(
        self,
        plan: QueryPlan,
        hint: SpeakerHint | None,
        doc_freqs: dict[str, int],
        total: int,
        threshold: float,
    ):
        self.plan = plan
        self.hint = hint
        self.threshold = threshold
        speaker_words = hint.words if hint else frozenset()
        self.terms: list[Term] = [t for t in plan.terms if t.word not in speaker_words]
        total = max(total, 1)
        self.weights = {t.stem: idf(doc_freqs.get(t.stem, 0), total) for t in self.terms}
        self.ordinary = idf(max(1, total // 1000), total)
        self.unknown = [t for t in self.terms if not doc_freqs.get(t.stem)]
        known = [w for s, w in self.weights.items() if doc_freqs.get(s)]
        self.speaker_weight = (sum(known) / len(known)) if known else self.ordinary
        self.hint_parts = (
            {w for name in hint.speakers for w in normalise(name).split()} if hint else set()
        )

    def rank(self, candidates: list[Candidate]) -> list[Ranked]:
        if not candidates:
            return []
        analysed = [(c, set(stems(c.text)), normalise(c.text)) for c in candidates]
        corrections = self._corrections({s for _, cs, _ in analysed for s in cs})
        for stem, options in corrections.items():
            if options:
                # Probably a typo of a word the corpus has: weigh it like an ordinary word.
                # An unknown word with no look-alike keeps its full weight: the corpus lacks it.
                self.weights[stem] = min(self.weights[stem], self.ordinary)
        titles: dict[str, set[str]] = {}
        for c in candidates:
            if c.title not in titles:
                titles[c.title] = set(stems(c.title))
        top_bm25 = max(c.bm25 for c in candidates) or 1.0
        ranked = [
            self._score(c, cand_stems, text, corrections, top_bm25, titles[c.title])
            for c, cand_stems, text in analysed
        ]
        ranked.sort(key=lambda r: (-r.order, -r.candidate.bm25, r.candidate.id))
        return ranked

    def _corrections(self, vocabulary: set[str]) -> dict[str, dict[str, float]]:
        """For each unknown query stem, the candidates' stems it may be a typo of."""
        found: dict[str, dict[str, float]] = {}
        if not self.unknown or not vocabulary:
            return found
        choices = list(vocabulary)
        for term in self.unknown:
            options: dict[str, float] = {}
            if len(term.stem) >= 4:
                for stem in choices:
                    if stem.startswith(term.stem) or (
                        len(stem) >= 4 and term.word.startswith(stem)
                    ):
                        options[stem] = TYPO_CREDIT
            # Typos rarely hit the first letter; demanding it keeps "tower" from "power".
            same_start = [c for c in choices if c[:1] == term.stem[:1]]
            edits = 1 if len(term.stem) <= 5 else 2
            if len(term.stem) >= 3:
                for stem, distance, _ in process.extract(
                    term.stem,
                    same_start,
                    scorer=Levenshtein.distance,
                    score_cutoff=edits,
                    limit=8,
                ):
                    credit = TYPO_CREDIT * (1.0 - 0.1 * distance)
                    options[stem] = max(options.get(stem, 0.0), credit)
            found[term.stem] = options
        return found

    def _score(
        self,
        candidate: Candidate,
        cand_stems: set[str],
        text: str,
        corrections: dict[str, dict[str, float]],
        top_bm25: float,
        title_stems: set[str],
    ) -> Ranked:
        got = 0.0
        want = 0.0
        for term in self.terms:
            weight = self.weights[term.stem]
            want += weight
            if term.stem in cand_stems:
                got += weight
            else:
                options = corrections.get(term.stem, {})
                credit = max((options[s] for s in cand_stems if s in options), default=0.0)
                if term.stem in title_stems:
                    credit = max(credit, TITLE_CREDIT)
                got += weight * credit
        bonus = 0.0
        if self.hint is not None:
            want += self.speaker_weight
            if candidate.speaker in self.hint.speakers:
                got += self.speaker_weight * self.hint.strength
                bonus += SPEAKER_MATCH
            elif self.hint_parts & set(text.split()):
                got += self.speaker_weight * 0.8
        coverage = got / want if want else 0.0
        phrasing = _phrasing(self.plan.normalised, text)
        score = 100.0 * (
            W_COVERAGE * coverage + W_PHRASING * phrasing + W_BM25 * candidate.bm25 / top_bm25
        )
        for phrase in self.plan.phrase_texts:
            if phrase not in text:
                score -= PHRASE_MISSING
        if self.plan.wants_figure:
            if candidate.kind == "fact" and candidate.figures:
                bonus += FIGURE_FACT
        elif candidate.kind == "quote" and candidate.subkind in {"direct", "transcript"}:
            bonus += DIRECT_QUOTE
        order = score + bonus
        score = max(0.0, min(100.0, order))
        confident = score >= self.threshold and coverage >= MIN_COVERAGE
        return Ranked(candidate, round(score, 1), confident, coverage, order)


def _phrasing(query: str, text: str) -> float:
    """How closely the query's wording (stop words included) appears in the text, 0–1."""
    if not query or not text:
        return 0.0
    if len(query) <= len(text):
        return fuzz.partial_ratio(query, text) / 100.0
    return fuzz.ratio(query, text) / 100.0
