"""Query understanding: words, stems, quoted phrases and intent, never full-text syntax.

The index and the query go through the same tantivy analyzer (simple tokenizer, lowercase,
ASCII folding, English Snowball stemmer), so a query stem and an indexed stem are comparable.
Queries are never handed to a query parser: they are cut into words here and the index
queries are built from those words, so ``"``, ``*``, ``(``, ``NEAR``, ``OR``, ``-`` and ``:`` are
just characters (or words) to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tantivy

ANALYZER_NAME = "citebot_en"
FOLD_ANALYZER_NAME = "citebot_fold"
MAX_TERMS = 32

# Words that carry no topic: function words, question words and the verbs people use to ask
# for a quote ("what did X say about ..."). The index keeps them (phrases need them); the query
# only uses them for phrase similarity.
_STOP_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either else ever few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just let me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own s same she should so
    some such t than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom
    whose why will with would you your yours yourself yourselves ll re ve d m don doesn didn
    isn wasn aren weren won say said says saying tell told telling talk talked talking speak
    spoke mention mentioned mentions quote quoted quotes statement comment commented remark
    remarked think thinks thought believe believes according regarding concerning anything
    something someone somebody anyone anybody thing things please give show find know like
    lot really
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Questions that ask for a figure: a fact with numbers answers them better than a quote.
_FIGURE_PATTERNS = re.compile(
    r"\b(how (much|many|big|large|long|far|old|often|fast|high)|what (percentage|share|amount|"
    r"number|year|date)|when did|when was|when will|capacity|percent|per cent|amount|total|"
    r"figure|volume|number of|cost|price|budget|growth rate)\b|\d",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{1,300})[\"“”„«»]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


@lru_cache(maxsize=1)
def stem_analyzer() -> tantivy.TextAnalyzer:
    """The analyzer used for indexed text and query words alike."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


@lru_cache(maxsize=1)
def fold_analyzer() -> tantivy.TextAnalyzer:
    """The same tokens unstemmed: for stop words and names (and the speaker field)."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


def words(text: str) -> list[str]:
    """Lowercased, folded words of ``text`` (unstemmed)."""
    return list(fold_analyzer().analyze(text))


def stems(text: str) -> list[str]:
    """Stemmed words of ``text``, as the index holds them."""
    return list(stem_analyzer().analyze(text))


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: for substring and similarity checks."""
    return " ".join(words(text))


@dataclass(frozen=True)
class Term:
    """One query word: as typed (lowercased, folded) and as the index stems it."""

    word: str
    stem: str


@dataclass(frozen=True)
class QueryPlan:
    """What a query asks for, ready to be turned into index queries and ranking signals."""

    words: tuple[Term, ...]  # every word, in order, stop words included
    terms: tuple[Term, ...]  # topic words: no stop words, one per stem, at most MAX_TERMS
    phrases: tuple[tuple[str, ...], ...]  # stems of each quoted phrase
    phrase_texts: tuple[str, ...]  # each quoted phrase, normalised
    wants_figure: bool
    normalised: str  # the whole query normalised, for phrase similarity

    @property
    def empty(self) -> bool:
        return not self.words


def analyse(query: str) -> QueryPlan:
    """Cut a query into terms, quoted phrases and intent."""
    folded = words(query)
    stemmed = stems(query)
    if len(folded) != len(stemmed):  # cannot happen with one tokenizer; keep the pairs honest
        stemmed = [stems(w)[0] if stems(w) else w for w in folded]
    all_words = tuple(Term(w, s) for w, s in zip(folded, stemmed, strict=True))
    seen: set[str] = set()
    terms: list[Term] = []
    for term in all_words:
        if term.word in STOP_WORDS or term.stem in seen:
            continue
        seen.add(term.stem)
        terms.append(term)
    phrases: list[tuple[str, ...]] = []
    phrase_texts: list[str] = []
    for match in _QUOTED.finditer(query):
        phrase_stems = tuple(stems(match.group(1)))
        if len(phrase_stems) >= 2:
            phrases.append(phrase_stems)
            phrase_texts.append(normalise(match.group(1)))
    return QueryPlan(
        words=all_words,
        terms=tuple(terms[:MAX_TERMS]),
        phrases=tuple(phrases[:4]),
        phrase_texts=tuple(phrase_texts[:4]),
        wants_figure=bool(_FIGURE_PATTERNS.search(query)),
        normalised=" ".join(t.word for t in all_words),
    )
