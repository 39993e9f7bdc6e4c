"""Order BM25 candidates and score them 0–100: coverage, phrasing, speaker and kind signals.

The score is built so that it reads the same across queries, which is what makes one
threshold meaningful: most of it is *coverage*, the IDF-weighted share of the query's topic
words the snippet contains (stemmed, typo-tolerant), so a query the corpus cannot answer —
whose distinctive words appear nowhere together — scores low however good its best hit is
by BM25.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.search.analysis import NOT_NAMED, STOP_WORDS, QueryPlan, Term, normalise, stems
from bot.search.candidates import Candidate
from bot.search.figures import Number, figure_offsets, has_figure_of, numbers, same_value
from bot.search.related import related
from bot.search.speakers import SpeakerHint

# Weights of the 0–100 score; see bench/eval_search.py for how they were chosen.
W_COVERAGE = 0.62
W_PHRASING = 0.23
W_BM25 = 0.15
PHRASE_MISSING = 30.0  # a quoted phrase the snippet lacks
SPEAKER_MATCH = 4.0
FIGURE_FACT = 20.0  # a figure question answered by a snippet carrying that kind of figure
DIRECT_QUOTE = 6.0  # verbatim quotes first when nothing asks for a figure
# Confidence: the evidence that the best match answers the query is its coverage of the
# query plus credit for a clear lead over the runner-up (a different passage): an answer
# that shares under half the query's weight is confident only standing well ahead of
# everything else; one that barely leads a crowd of look-alikes needs 60% of the query's
# weight.
# Calibrated on the tuning, extra and held-out dev sets, alone and with 1,000 background
# articles (bench/eval_search.py); 0.5 + 0.05 until 2026-11-28.
MIN_EVIDENCE = 0.6  # coverage plus lead credit needed to be confident
LEAD_CREDIT = 0.15  # added to the evidence at a lead of LEAD_FULL points or more
LEAD_FULL = 10.0
MIN_TOPIC = 0.34  # coverage of the query apart from its speaker: a speaker's words on
# another subject are not an answer however surely the speaker matches
OFF_TOPIC = 0.5  # topic coverage below which a speaker's words must name what is asked about
MAX_ABSENT = 0.4  # share of the query in words the corpus lacks, above it never confident
TYPO_CREDIT = 0.85  # a word matched only through a typo correction counts this much
MORPH_CREDIT = 0.85  # a form the stemmer does not join: India for "Indian"
SPLIT_CREDIT = 0.95  # "nonproliferation" as "non-proliferation", "multi vector" as "multivector"
RELATED_CREDIT = 0.5  # a word in the same sense (WordNet): "kids" for children; ordering only
ALIAS_CREDIT = 0.9  # another name of the same country or body: Russia for "moscow"
NUMBER_CREDIT = 0.9  # the same amount written differently: "40k" for "40,000"
FOCUS_CREDIT = 0.8  # below this, the thing a how-many question counts is missing
TITLE_CREDIT = 0.5  # a word found only in the document's title: context, not the answer
ANSWER_TYPE = 10.0  # a why-question answered by a reason, a where-question by a place
DEFINITION = 10.0  # "what is X?" answered by "X is ..." or "..., the X,"
PHRASE_RUN = 10.0  # the whole query as a run of the text's words; less for shorter runs
ROLE_CREDIT = 0.7  # a word of the speaker's role: "what did the deputy foreign minister say"
FIGURE_NEAR = 10  # words at most between the figure a question asks for and a word of the
# query in the snippet: further apart, the figure is about something else (8 and 14 measured
# alike on every set; 4 loses right answers)
CONTEXT_CREDIT = 0.2  # a word found in another snippet of the same article (ordering only)
NAME_SHARE = 0.8  # a query word the candidates capitalise this often mid-sentence is a name


@dataclass(frozen=True)
class Ranked:
    """A candidate with its score and whether it clears the bar."""

    candidate: Candidate
    score: float  # 0–100, as shown
    confident: bool
    coverage: float
    order: float  # the score before clipping to 0–100: ties at 100 still sort
    topic: float = 0.0  # coverage of the query apart from the speaker
    vetoes: frozenset[str] = frozenset()  # why it is not confident, if it is not
    lead: float = 0.0  # points ahead of the runner-up passage (the best match only)


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
        alternates: dict[str, list[tuple[str, ...]]] | None = None,
        other_names: dict[str, list[tuple[str, ...]]] | None = None,
    ):
        self.plan = plan
        self.hint = hint
        self.threshold = threshold
        self.certain = True  # False: nothing this query finds can be a confident answer
        self.query_words = plan.normalised.split()
        self.asks_speaker = bool(hint and hint.words & set(plan.speaker_slot))
        # A question for a figure, not a topic that mentions one ("middle corridor capacity"):
        # its answer writes the figure beside what the question asks about.
        self.figure_question = plan.figure_kind not in {"", "any"} or bool(
            plan.words and plan.words[0].word in _QUESTION_WORDS
        )
        self.definition = _definition_pattern(plan.subject)
        self.alternates = alternates or {}
        self.other_names = other_names or {}  # "moscow" → (russia,): see aliases.py
        speaker_words = hint.words if hint else frozenset()
        self.numbers = [n for n in numbers(plan.text) if _significant(n)]
        number_words = {w for n in self.numbers for w in n.words}
        self.terms: list[Term] = [
            t for t in plan.terms if t.word not in speaker_words and t.word not in number_words
        ]
        total = max(total, 1)
        self.weights = {t.stem: idf(doc_freqs.get(t.stem, 0), total) for t in self.terms}
        self.ordinary = idf(max(1, total // 1000), total)
        self.number_weights = [
            max(
                (idf(doc_freqs[s], total) for w in n.words for s in stems(w) if doc_freqs.get(s)),
                default=self.ordinary,
            )
            for n in self.numbers
        ]
        for stem, options in [*self.alternates.items(), *self.other_names.items()]:
            if stem in self.weights and not doc_freqs.get(stem):
                # Known as parts: as rare as its rarest part, not as a word nobody wrote.
                parts = [p for o in options for p in o if doc_freqs.get(p)]
                if parts:
                    self.weights[stem] = max(idf(doc_freqs[p], total) for p in parts)
        self.unknown = [
            t
            for t in self.terms
            if not doc_freqs.get(t.stem)
            and t.stem not in self.alternates
            and t.stem not in self.other_names
        ]
        known = [w for s, w in self.weights.items() if doc_freqs.get(s)]
        self.speaker_weight = (sum(known) / len(known)) if known else self.ordinary
        self.hint_parts = (
            {w for name in hint.speakers for w in normalise(name).split()} if hint else set()
        )
        self.reported = _reported_pattern(self.hint_parts)
        self.mentioned: re.Pattern[str] | None = None  # a person named but never quoted
        self.named_topic: set[str] = set()

    def rank(self, candidates: list[Candidate]) -> list[Ranked]:
        if not candidates:
            return []
        analysed = [(c, set(stems(c.text)), normalise(c.text)) for c in candidates]
        variants = self._variants({s for _, cs, _ in analysed for s in cs})
        for term in self.unknown:
            if variants.get(term.stem):
                # Probably a typo of a word the corpus has: weigh it like an ordinary word.
                # An unknown word with no look-alike keeps its full weight: the corpus lacks it.
                self.weights[term.stem] = min(self.weights[term.stem], self.ordinary)
        # Words the corpus has never written and that look like none it has: when they carry
        # much of the query ("who is the prime minister of japan" in a corpus without Japan),
        # the corpus cannot answer it, whatever shares the other words.
        absent = sum(self.weights[t.stem] for t in self.unknown if not variants.get(t.stem))
        total = sum(self.weights.values()) + sum(self.number_weights)
        if total and absent / total > MAX_ABSENT:
            self.certain = False
        if self.hint is None and self.plan.speaker_slot:
            slot = {
                w: s
                for w in self.plan.speaker_slot
                if w not in STOP_WORDS and len(w) >= 2
                for s in stems(w)[:1]
            }
            if len(slot) >= 2 and set(slot.values()) <= _capitalised(candidates, slot):
                # "What did Xi Jinping say": someone the corpus names in full but never quotes.
                # Only words reported as theirs ("Xi said", "according to Xi") answer it. (One
                # word is as often a country or a company: "what does kazakhstan want".)
                self.mentioned = self.reported = _reported_pattern(set(slot))
        # What a speaker-led query names as its subject ("turkey" of "what did Vassilenko
        # say about relations with turkey"), read off the corpus's capitals.
        self.named_topic = (
            _capitalised(candidates, {t.word: t.stem for t in self.terms})
            if self.hint is not None and len(self.terms) >= 2
            else set()
        )
        titles: dict[str, set[str]] = {}
        for c in candidates:
            for context_text in (c.title, c.role):
                if context_text not in titles:
                    titles[context_text] = set(stems(context_text))
        # The query words the candidates of each article hold between them: a snippet whose
        # article answers the rest of the query ("Tina McKenzie" named in the lead, "captained"
        # in the answer) orders a little ahead. Ordering only: it never makes a match confident.
        wanted = {t.stem for t in self.terms}
        context: dict[str, set[str]] = {}
        for c, cand_stems, _ in analysed:
            context.setdefault(c.title, set()).update(cand_stems & wanted)
        top_bm25 = max(c.bm25 for c in candidates) or 1.0
        ranked = [
            self._score(
                c,
                cand_stems,
                text,
                variants,
                top_bm25,
                titles[c.title],
                context[c.title],
                titles[c.role],
            )
            for c, cand_stems, text in analysed
        ]
        ranked.sort(key=lambda r: (-r.order, -r.candidate.bm25, r.candidate.id))
        return [self._confidence(r, _lead(ranked) if i == 0 else 0.0) for i, r in enumerate(ranked)]

    def _confidence(self, ranked: Ranked, lead: float) -> Ranked:
        """Whether ``ranked`` is an answer: no veto, and enough evidence (coverage plus a
        little for a clear lead over the runner-up; only the best match has a lead)."""
        evidence = ranked.coverage + LEAD_CREDIT * min(lead, LEAD_FULL) / LEAD_FULL
        vetoes = set(ranked.vetoes)
        if evidence < MIN_EVIDENCE:
            vetoes.add("evidence")
        if ranked.topic < MIN_TOPIC:
            vetoes.add("topic")
        return replace(ranked, confident=not vetoes, vetoes=frozenset(vetoes), lead=lead)

    def _variants(self, vocabulary: set[str]) -> dict[str, dict[str, float]]:
        """For each query stem, the candidates' stems that may stand for it, with a credit:
        typo corrections of words the index lacks, and forms the stemmer leaves apart."""
        found: dict[str, dict[str, float]] = {}
        if not vocabulary:
            return found
        choices = sorted(c for c in vocabulary if c not in STOP_WORDS)
        unknown = {t.stem for t in self.unknown}
        for term in self.terms:
            options: dict[str, float] = {}
            word = term.word
            if len(word) >= 5:
                # The stem is the start of the query word ("india" for "indian") ...
                for cut in range(max(4, len(word) - 3), len(word)):
                    if word[:cut] in vocabulary and word[:cut] != term.stem:
                        options[word[:cut]] = MORPH_CREDIT
                # ... or the query stem the start of a longer one that follows the query
                # word to its last letters ("kazakhstan" for "kazakh", "economi" for
                # "economics"; not "modern" for "moderator", which parts at "moder").
                if len(term.stem) >= 5:
                    for stem in _starting_with(choices, term.stem):
                        if (
                            stem != term.stem
                            and len(stem) - len(term.stem) <= 4
                            and _shared_start(stem, word) >= len(word) - 2
                        ):
                            options[stem] = MORPH_CREDIT
                options = {s: c for s, c in options.items() if s not in STOP_WORDS}
            if term.stem in unknown:
                options.update(self._typos(term, choices, vocabulary))
            if options:
                found[term.stem] = options
        return found

    def _typos(self, term: Term, choices: list[str], vocabulary: set[str]) -> dict[str, float]:
        options: dict[str, float] = {}
        if len(term.stem) < 4:
            return options  # too short to tell a typo from another word ("bees", "been")
        for stem in _starting_with(choices, term.stem):
            options[stem] = TYPO_CREDIT
        for cut in range(4, len(term.word)):
            if term.word[:cut] in vocabulary and term.word[:cut] not in STOP_WORDS:
                options[term.word[:cut]] = TYPO_CREDIT
        # Typos rarely hit the first letter; demanding it keeps "tower" from "power".
        same_start = _starting_with(choices, term.stem[:1])
        edits = 1 if len(term.stem) <= 5 else 2
        for stem, distance, _ in process.extract(
            term.stem,
            same_start,
            scorer=Levenshtein.distance,
            score_cutoff=edits,
            limit=8,
        ):
            credit = TYPO_CREDIT * (1.0 - 0.1 * distance)
            options[stem] = max(options.get(stem, 0.0), credit)
        return options

    def _score(
        self,
        candidate: Candidate,
        cand_stems: set[str],
        text: str,
        variants: dict[str, dict[str, float]],
        top_bm25: float,
        title_stems: set[str],
        context: set[str],
        role_stems: set[str],
    ) -> Ranked:
        got = 0.0
        want = 0.0
        context_got = 0.0
        focus_missing = False
        name_missing = False  # a place, body or person the query names is not in the snippet
        anchors: set[str] = set()  # the snippet's own stems that stand for a query word
        for term in self.terms:
            weight = self.weights[term.stem]
            want += weight
            if term.stem in cand_stems:
                credit = 1.0
                anchors.add(term.stem)
            else:
                options = variants.get(term.stem, {})
                credit = max((options[s] for s in cand_stems if s in options), default=0.0)
                anchors.update(s for s in cand_stems if options.get(s, 0.0) >= FOCUS_CREDIT)
                for parts in self.alternates.get(term.stem, ()):
                    if all(p in cand_stems for p in parts):
                        credit = max(credit, SPLIT_CREDIT)
                        anchors.update(parts)
                for parts in self.other_names.get(term.stem, ()):
                    # Not a dateline's city: "ASTANA –" says where the story was filed.
                    if all(p in cand_stems for p in parts) and all(
                        p in _own_stems(candidate.text) for p in parts
                    ):
                        credit = max(credit, ALIAS_CREDIT)
                        anchors.update(parts)
                if credit < RELATED_CREDIT and related(term.stem) & cand_stems:
                    # The same sense in another word ("kids" → children): ordering only.
                    context_got += weight * (RELATED_CREDIT - credit)
                if term.stem in title_stems:
                    credit = max(credit, TITLE_CREDIT)
                # The speaker's role orders (ordering only: "who is Kazakhstan's foreign
                # minister" is not answered by the deputy minister's words on another topic).
                if credit < ROLE_CREDIT and term.stem in role_stems:
                    context_got += weight * (ROLE_CREDIT - credit)
                if credit < CONTEXT_CREDIT and term.stem in context:
                    context_got += weight * (CONTEXT_CREDIT - credit)
            got += weight * credit
            if (
                term.stem in self.plan.names
                and credit < FOCUS_CREDIT
                # "the US deputy assistant secretary on …": the country of the speaker's
                # role ("U.S. Deputy Assistant Secretary") is named.
                and not any(
                    all(p in role_stems for p in parts)
                    for parts in [(term.stem,), *self.other_names.get(term.stem, ())]
                )
            ):
                name_missing = True
            if term.stem in self.plan.focus and credit < FOCUS_CREDIT:
                focus_missing = True
        if self.numbers:
            found = numbers(candidate.text)
            for number, weight in zip(self.numbers, self.number_weights, strict=True):
                want += weight
                if all(s in cand_stems for w in number.words for s in stems(w)):
                    got += weight
                elif any(same_value(number, other) for other in found):
                    got += weight * NUMBER_CREDIT
        # What the query asks about, apart from who said it: a speaker's words on another
        # subject are not an answer however surely the speaker matches.
        topic = got / want if want else 1.0
        # A speaker's words that hold only the lesser words of the query, in an article that
        # never names what it asks about, are on something else: Vassilenko never spoke of
        # Turkey there.
        off_topic = topic < OFF_TOPIC and any(
            stem not in cand_stems and stem not in context and stem not in title_stems
            for stem in self.named_topic
        )
        bonus = 0.0
        wrong_speaker = False
        if self.hint is not None:
            want += self.speaker_weight
            # "What did Cohen say ..." is answered by Cohen's words only, never by another
            # speaker's words that mention him or share the topic.
            # Their words reported in a sentence ("Lemon sees these circumstances as ...") are
            # theirs as much as a quote.
            reported = (
                candidate.speaker not in self.hint.speakers
                and self.reported is not None
                and self.reported.search(candidate.text) is not None
            )
            wrong_speaker = (
                self.asks_speaker and candidate.speaker not in self.hint.speakers and not reported
            )
            if candidate.speaker in self.hint.speakers or reported:
                got += self.speaker_weight * self.hint.strength
                bonus += SPEAKER_MATCH
            elif self.hint_parts & set(text.split()):
                got += self.speaker_weight * 0.8
        elif self.mentioned is not None:
            wrong_speaker = self.mentioned.search(candidate.text) is None
        coverage = got / want if want else 0.0
        phrasing = _phrasing(self.plan.normalised, text)
        score = 100.0 * (
            W_COVERAGE * coverage + W_PHRASING * phrasing + W_BM25 * candidate.bm25 / top_bm25
        )
        for phrase in self.plan.phrase_texts:
            if phrase not in text:
                score -= PHRASE_MISSING
        figure_missing = False
        figure_apart = False
        if self.plan.figure_kind:
            if _carries(self.plan.figure_kind, candidate):
                bonus += FIGURE_FACT
                figure_apart = self.figure_question and not _figure_near(
                    self.plan.figure_kind, candidate.text, anchors
                )
            else:
                figure_missing = True  # "how much did it cost" needs an amount of money
        elif (
            candidate.kind == "quote"
            and candidate.subkind in {"direct", "transcript"}
            and self.definition is None  # "who is X?": X's own words rarely say who X is
        ):
            bonus += DIRECT_QUOTE
        if self.definition is not None and self.definition.search(candidate.text):
            bonus += DEFINITION
        if self.plan.asks and _ANSWERS[self.plan.asks].search(candidate.text):
            bonus += ANSWER_TYPE
        # Three or more of the query's words in a row, as the text has them: the words someone
        # remembers from a long quote ("houston should have ...").
        run = _longest_run(self.query_words, text)
        if run >= 3:
            bonus += PHRASE_RUN * (run - 1) / (len(self.query_words) - 1)
        order = score + bonus + 100.0 * W_COVERAGE * (context_got / want if want else 0.0)
        score = max(0.0, min(100.0, order))
        checks = {
            "uncertain": not self.certain,
            "score": score < self.threshold,
            "focus": focus_missing,
            "figure": figure_missing,
            "figure_apart": figure_apart,
            "speaker": wrong_speaker,
            "name": name_missing,
            "off_topic": off_topic,
        }
        vetoes = frozenset(k for k, v in checks.items() if v)
        return Ranked(candidate, round(score, 1), not vetoes, coverage, order, topic, vetoes)


# What answers a why- or where-question: a stated cause; a named place after a preposition.
_ANSWERS = {
    "reason": re.compile(
        r"\b(?:because|due to|owing to|as a result|thanks to|caused by|considering|since|"
        r"so that|in order to|driven by|the reason|leads? to|led to|results? (?:in|from))\b",
        re.IGNORECASE,
    ),
    "place": re.compile(r"\b(?:in|at|near|from|to|into|outside|inside)\s+(?:the\s+)?[A-Z][a-z]"),
}


_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'’-]+\s+[–—-]\s+")
_QUESTION_WORDS = frozenset({"what", "how", "when", "which", "who", "whose"})
_TOKEN = re.compile(r"[^\W_]+")


def _figure_near(kind: str, text: str, anchors: set[str]) -> bool:
    """Whether a figure of ``kind`` stands within FIGURE_NEAR words of a word of the query:
    "the Oxus Society ..., Washington-based non-profit organizations, hosted a panel
    discussion on Jan. 31" dates the panel, not the founding of the society. A snippet that
    holds none of the query's words in its own text has nothing to be near (true)."""
    if not anchors:
        return True
    tokens = stems(text)
    at = [i for i, stem in enumerate(tokens) if stem in anchors]
    if not at:
        return True
    for offset in figure_offsets(kind, text):
        position = len(_TOKEN.findall(text, 0, offset))
        if any(abs(position - i) <= FIGURE_NEAR for i in at):
            return True
    return False


# Verbs that report what someone says or thinks, after their name: "Lemon sees ...".
_REPORTING = (
    r"(?:says|said|sees|saw|believes|believed|argues|argued|notes|noted|thinks|thought|"
    r"explains|explained|adds|added|warns|warned|stresses|stressed|suggests|suggested|"
    r"insists|insisted|claims|claimed|told|tells|considers|considered|expects|expected)"
)


def _reported_pattern(parts: set[str]) -> re.Pattern[str] | None:
    """Text reporting the words of a person with one of these name ``parts``: "Lemon sees
    ...", "according to Lemon"."""
    parts = {p for p in parts if len(p) >= 3}  # not the "s" of "U.S."
    if not parts:
        return None
    names = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{names})\s+{_REPORTING}\b|\baccording to\s+(?:\w+\s+){{0,4}}?(?:{names})\b",
        re.IGNORECASE,
    )


def _own_stems(text: str) -> set[str]:
    """The stems of ``text`` without a leading dateline ("ASTANA – ...")."""
    if not _DATELINE.match(text):
        return set(stems(text))
    return set(stems(_DATELINE.sub("", text, count=1)))


def _capitalised(candidates: list[Candidate], words: dict[str, str]) -> set[str]:
    """The stems of ``words`` (word -> stem) that the candidates write capitalised in the
    middle of a sentence at least NAME_SHARE of the times they write them."""
    wanted = {
        stem: word
        for word, stem in words.items()
        if len(word) >= 2 and word not in STOP_WORDS and word not in NOT_NAMED
    }
    if not wanted:
        return set()
    upper: dict[str, int] = {}
    seen: dict[str, int] = {}
    # Stemming every word of every candidate would cost more than the ranking: only words
    # starting as a wanted stem starts are stemmed.
    starts = tuple({stem[:3] for stem in wanted})
    for candidate in candidates:
        text = candidate.text
        for match in _WORD.finditer(text):
            token = match.group(0)
            if not token.lower().startswith(starts):
                continue
            if len(token) > 5 and token.isupper():
                continue  # a shouted word ("UNLESS"), not a name; acronyms are shorter
            for stem in stems(token)[:1]:
                if stem not in wanted:
                    continue
                before = text[max(0, match.start() - 4) : match.start()].rstrip()
                if match.start() == 0 or not before or before[-1] in _SENTENCE_OPENERS:
                    continue  # a sentence's first word is capitalised whatever it is
                seen[stem] = seen.get(stem, 0) + 1
                upper[stem] = upper.get(stem, 0) + token[0].isupper()
    return {s for s, n in seen.items() if upper.get(s, 0) >= NAME_SHARE * n}


_WORD = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_OPENERS = frozenset('.!?:;"“‘([—–-')


def _lead(ranked: list[Ranked]) -> float:
    """How far the best match orders ahead of the next different passage (not one holding
    it or held in it: a quote and the sentence around it are the same answer)."""
    top = ranked[0].candidate.text
    for other in ranked[1:]:
        text = other.candidate.text
        if text not in top and top not in text:
            return ranked[0].order - other.order
    return LEAD_FULL


def _shared_start(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share from the start."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    """The strings of a sorted list that start with ``prefix``."""
    first = bisect_left(ordered, prefix)
    last = bisect_left(ordered, prefix + "\uffff", first)
    return ordered[first:last]


def _significant(number: Number) -> bool:
    """Figures worth matching as amounts: written with digits, or ten and more in words."""
    return any(ch.isdigit() for w in number.words for ch in w) or number.value >= 10


def _carries(kind: str, candidate: Candidate) -> bool:
    if kind == "count":
        # An amount: "second year" counts nothing, nor does the "one" of "one of the", nor the
        # year or day of a date.
        return any(
            n.words != ("one",) and not n.year and not n.day for n in numbers(candidate.text)
        )
    if kind == "any":
        return any(n.words != ("one",) for n in numbers(candidate.text))
    return has_figure_of(kind, candidate.text)


def _phrasing(query: str, text: str) -> float:
    """How closely the query's wording (stop words included) appears in the text, 0–1."""
    if not query or not text:
        return 0.0
    if len(query) <= len(text):
        return fuzz.partial_ratio(query, text) / 100.0
    return fuzz.ratio(query, text) / 100.0


def _longest_run(query: list[str], text: str) -> int:
    """The most consecutive query words that also stand consecutively in the text."""
    if len(query) < 2:
        return len(query)
    words = text.split()
    pairs = set(pairwise(words))
    best = run = 1
    for pair in pairwise(query):
        run = run + 1 if pair in pairs else 1
        best = max(best, run)
    return best


def _definition_pattern(subject: tuple[str, ...]) -> re.Pattern[str] | None:
    """Text that defines ``subject``: "X is a/the ...", "X, ...", or "Name, the X" — a
    copula with a noun phrase, not "X is more effective than ..." (a claim about X)."""
    if not subject:
        return None
    words = r"\W+".join(re.escape(w) for w in subject)
    return re.compile(
        rf"\b{words}\W*\s(?:is|are|was|were)\s+(?:(?:also|usually|often|now)\s+)?"
        rf"(?:a|an|the|one)\s|\b{words},\s|,\s(?:the|a|an)\s+{words}\b",
        re.IGNORECASE,
    )
