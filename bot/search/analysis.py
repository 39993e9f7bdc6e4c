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
    lot really much many
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Questions that ask for a figure, and which kind: a snippet carrying one answers them better.
_FIGURE_PATTERNS = re.compile(
    r"\b(how (much|many|big|large|long|far|old|often|fast|high|tall|deep|heavy)|"
    r"what (percentage|proportion|fraction|share|amount|number|year|date|age)|"
    r"when (did|was|were|will|is|does|do)|capacity|percent|per cent|amount|total|figure|volume|"
    r"number of|costs?|prices?|budgets?|rates?|speeds?|temperatures?|distances?|populations?|"
    r"tolls?|size)\b|\d",
    re.IGNORECASE,
)
_DATE_QUESTION = re.compile(
    r"\b(when (did|was|were|will|is|does|do)|what (year|date|month|day)|since when|"
    r"in which year|how long ago)\b",
    re.IGNORECASE,
)
_MONEY_QUESTION = re.compile(
    r"\bhow much\b.*\b(cost|costs|owe|owed|pay|paid|spend|spent|worth|price|budget|fund|funding|"
    r"invest|invested|investing|money|raise|raised|fine|fined|charge|earn|earned)\b|"
    r"\b(how much money|what (did|does|will) it cost)\b",
    re.IGNORECASE,
)
_DISTANCE_QUESTION = re.compile(
    r"\bhow far\b|\bhow long (?:is|was) (?:the|a|an) \w+(?: \w+)?\??$|"
    r"\bwhat (?:is the )?distance\b",
    re.IGNORECASE,
)
_DURATION_QUESTION = re.compile(r"\bhow long\b", re.IGNORECASE)
_AGE_QUESTION = re.compile(r"\bhow old\b|\bwhat age\b|\bat what age\b", re.IGNORECASE)
_COUNT_QUESTION = re.compile(r"\bhow (many|much)\b", re.IGNORECASE)
_PERCENT_QUESTION = re.compile(
    r"\b(what (percentage|proportion|fraction|share)|how many percent|what per ?cent)\b",
    re.IGNORECASE,
)
# "how many votes did ...", "how much uranium does ...": the thing counted. A snippet that
# does not mention it cannot answer, however much else it shares with the question.
_GENERIC_FOCUS = frozenset({"people", "persons", "times", "ones", "things", "kinds", "types"})
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
    figure_kind: str = ""  # "date", "money", "percent", "distance", "duration", "age", "count",
    # "any"; "" asks for no figure
    focus: frozenset[str] = frozenset()  # stems of what a how-many/how-much question counts
    text: str = ""  # the query as typed, for reading its figures
    speaker_slot: tuple[str, ...] = ()  # words where the query names who spoke ("what did X say")
    subject: tuple[str, ...] = ()  # what a "what is X?" / "who is X?" question wants defined
    names: frozenset[str] = frozenset()  # stems of words capitalised mid-query: named things
    asks: str = ""  # "reason" for why-questions, "place" for where-questions

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
    wants_figure = bool(_FIGURE_PATTERNS.search(query))
    subject = _subject(folded)
    # What a definition question defines is as indispensable as what a how-many one counts:
    # "who is Kazakhstan's foreign minister" is not answered without a foreign minister.
    defined = {stem for word in subject if word not in STOP_WORDS for stem in stems(word)}
    return QueryPlan(
        words=all_words,
        terms=tuple(terms[:MAX_TERMS]),
        phrases=tuple(phrases[:4]),
        phrase_texts=tuple(phrase_texts[:4]),
        wants_figure=wants_figure,
        normalised=" ".join(t.word for t in all_words),
        figure_kind=_figure_kind(query) if wants_figure else "",
        focus=_focus(query) | defined,
        text=query,
        speaker_slot=_speaker_slot(folded),
        subject=subject,
        names=_names(query),
        asks=_asks(folded),
    )


_SPEECH_TEXT = """
    say said says think thinks thought tell told mention mentioned claim claimed claims argue
    argued argues believe believes describe described call called comment commented note noted
    add added warn warned suggest suggested explain explained stress stressed feel feels want
    wants predict predicted promise promised
"""
_SPEECH = frozenset(_SPEECH_TEXT.split())
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "could"})
_AFTER_NAME = frozenset({"on", "said", "says", "quote", "quotes", "quoted", "about"})
_NAME_LENGTH = 4  # words a name (with a role) may take


def _speaker_slot(folded: list[str]) -> tuple[str, ...]:
    """The words that say who spoke: "what did X say ...", "X on ...", "according to X"."""
    slot: list[str] = []
    for i, word in enumerate(folded[:4]):
        if word in _AUXILIARIES:
            end = i + 1
            while end < len(folded) and end <= i + _NAME_LENGTH and folded[end] not in _SPEECH:
                end += 1
            if end < len(folded) and folded[end] in _SPEECH:
                slot = folded[i + 1 : end]
            break
    if not slot:
        for i in range(len(folded) - 2):
            if folded[i] == "according" and folded[i + 1] == "to":
                slot = folded[i + 2 : i + 2 + _NAME_LENGTH]
                break
    if not slot and folded and folded[0] not in STOP_WORDS:
        for end in range(1, min(len(folded), _NAME_LENGTH + 1)):
            if folded[end] in _AFTER_NAME:
                slot = folded[:end]
                break
    named: list[str] = []
    for word in slot:
        if word in STOP_WORDS:
            if named:
                break
            continue
        named.append(word)
    return tuple(named)


_COPULAS = frozenset({"is", "are", "was", "were"})
_ARTICLES = frozenset({"the", "a", "an"})


def _subject(folded: list[str]) -> tuple[str, ...]:
    """The X of "what is X?" or "who was X?": answered by a sentence that defines it."""
    if len(folded) < 3 or folded[0] not in {"what", "who"} or folded[1] not in _COPULAS:
        return ()
    rest = folded[2:]
    if rest and rest[0] in _ARTICLES:
        rest = rest[1:]
    if not rest or len(rest) > 5 or any(w in _SPEECH for w in rest):
        return ()
    return tuple(rest)


_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]*")
# Capitalised words that name no particular thing: titles, months, days, pronouns.
_NOT_NAMED_TEXT = """
    i mr mrs ms dr prof sir president minister senator secretary deputy chairman chief
    general governor mayor king queen prince professor january february march april may june
    july august september october november december monday tuesday wednesday thursday friday
    saturday sunday
"""
NOT_NAMED = frozenset(_NOT_NAMED_TEXT.split())


def _names(query: str) -> frozenset[str]:
    """Stems of the words the query capitalises after its first word ("how much methane does
    Russia flare"): a named place, body or person an answer has to mention. A query typed in
    lower case names nothing this way."""
    if query.isupper():
        return frozenset()
    found: set[str] = set()
    for match in _CAPITALISED.finditer(query):
        for word in words(match.group(0)):
            if len(word) >= 3 and word not in STOP_WORDS and word not in NOT_NAMED:
                found.update(stems(word))
    return frozenset(found)


def _asks(folded: list[str]) -> str:
    """What a why- or where-question wants: a reason or a place."""
    head = folded[:3]
    if "why" in head or folded[:3] == ["what", "caused", "the"]:
        return "reason"
    if "where" in head:
        return "place"
    return ""


def _figure_kind(query: str) -> str:
    if _DATE_QUESTION.search(query):
        return "date"
    if _PERCENT_QUESTION.search(query):
        return "percent"
    if _MONEY_QUESTION.search(query):
        return "money"
    if _DISTANCE_QUESTION.search(query):
        return "distance"
    if _DURATION_QUESTION.search(query):
        return "duration"
    if _AGE_QUESTION.search(query):
        return "age"
    if _COUNT_QUESTION.search(query):
        return "count"
    return "any"


def _focus(query: str) -> frozenset[str]:
    """What a how-many/how-much question counts: the last word of the noun run after it, and
    of the run after "of" ("how many tons of grain did" → ton, grain)."""
    found: set[str] = set()
    folded = words(query)
    for i in range(len(folded) - 2):
        if folded[i] != "how" or folded[i + 1] not in {"many", "much"}:
            continue
        position = i + 2
        for _ in range(2):
            head = ""
            while position < len(folded) and folded[position] not in STOP_WORDS:
                if head and folded[position].endswith("ed"):
                    break  # a verb: "how many people died"
                head = folded[position]
                position += 1
            if head and head not in _GENERIC_FOCUS:
                found.update(stems(head))
            if position >= len(folded) or folded[position] != "of":
                break
            position += 1
    return frozenset(found)
