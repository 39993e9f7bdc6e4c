"""Facts: sentences that carry a figure — numbers, percentages, money, dates, ordinals — or a
concrete claim, with the figures listed and who the text credits them to."""

from __future__ import annotations

import itertools
import re

from bot.extraction.layout import Kind
from bot.extraction.sentences import split_sentences
from bot.models import Fact, Paragraph, Quote

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|"
    r"billions|half|double|doubling|triple|tripled|doubled|quarter"
)
_ORDINALS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"twentieth|thirtieth|fiftieth|hundredth|\d+(?:st|nd|rd|th)"
)
_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_UNITS = (
    r"cubic\s+\w+|square\s+\w+|tons?|tonnes?|meters?|metres?|kilometers?|kilometres?|km|kg|"
    r"miles?|euros?|dollars?|pounds?|yuan|yen|rupees?|barrels?|people|persons|years?|days?|"
    r"hours?|minutes?|months?|weeks?|decades?|centuries|century|points?|votes?|seats?|"
    r"percent|per\s+cent|degrees?|mph|km/h|MW|GW|kW|bpd|acres?|hectares?|feet|foot|inches|"
    r"times|countries|children|students|schools|members|workers|visitors|institutions|"
    r"universities|cases|deaths|victims|soldiers|troops|migrants|refugees"
)
# Every branch but the money one starts a word: the lookahead (a looser test for the money
# prefixes) lets the engine skip other positions instead of trying every branch at each.
_FIGURE = re.compile(
    rf"""(?xi)
    (?=[$€£¥₹]|\b\w|[uachn][skz]?[$€£¥₹])(?:
      (?:US|A|C|HK|NZ)?[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k))?\b
    | \b\d[\d,.]*\s?(?:%|percent|per\s+cent)
    | \b(?:{_MONTHS})\s\d{{1,2}}(?:,?\s\d{{4}})?\b
    | \b\d{{1,2}}\s(?:{_MONTHS})(?:\s\d{{4}})?\b
    | \b\d+/\d+\b
    | \b\d[\d,.]*(?:[\s-](?:million|billion|trillion|thousand|hundred))?(?:[\s-](?:{_UNITS}))?\b
    | \b(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*(?:\s(?:to|or)\s(?:{_NUMBER_WORDS}))?
      (?:\s(?:{_UNITS}|anniversary))?\b
    | \b(?:{_ORDINALS})(?:[\s-](?:anniversary|time|largest|biggest|highest|lowest|most|
      quarter|half|place|round|term|year|day|week|month|edition))\b
    | \bfirst-ever\b
    )"""
)
_NOT_FIGURE = re.compile(r"^(?:one|half|second)$", re.I)
# Words that make a figure-less sentence a concrete, checkable claim.
_CLAIM = re.compile(
    r"\b(?:the\s+only|the\s+first|the\s+largest|the\s+biggest|the\s+most|record|signed|"
    r"announced|launched|approved|rejected|banned|elected|won|lost|killed|arrested|died|"
    r"founded|established|opened|closed|acquired|agreed|committed)\b",
    re.I,
)
# Sentences that state nothing however they read: questions, exclamations, calls to action
# and site boilerplate ("Sign up via the website or subscribe to our Twitter ...").
_CALL_TO_ACTION = re.compile(
    r"\W*(?:sign\s+up|subscribe|follow\s+us|click|read\s+more|share\s+this|download|"
    r"contact\s+us|join\s+us|like\s+us|get\s+the|don[’']t\s+miss)\b",
    re.I,
)
_BOILERPLATE = re.compile(
    r"\b(?:newsletter|all\s+rights\s+reserved|cookies|privacy\s+policy|terms\s+of\s+use)\b",
    re.I,
)
_BOILERPLATE_WORDS = ("newsletter", "rights", "cookies", "privacy", "terms")


def _not_claim(sentence: str) -> bool:
    """A question, an exclamation, a call to action or site boilerplate."""
    tail = sentence.rstrip()
    if tail.endswith("!") or tail.rstrip("\"”’')]").endswith("?"):
        return True
    if _CALL_TO_ACTION.match(sentence):
        return True
    lower = sentence.lower()
    return any(word in lower for word in _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(sentence))


# Every branch of _CLAIM holds one of these words: a cheap test before it.
_CLAIM_KEYS = frozenset(
    [
        "only",
        "first",
        "largest",
        "biggest",
        "most",
        "record",
        "signed",
        "announced",
        "launched",
        "approved",
        "rejected",
        "banned",
        "elected",
        "won",
        "lost",
        "killed",
        "arrested",
        "died",
        "founded",
        "established",
        "opened",
        "closed",
        "acquired",
        "agreed",
        "committed",
    ]
)
_CLAIM_WORDS = 6  # shorter figure-less sentences are fragments, not claims
_OWN_CHARS = 40  # outside a quote, fewer characters than this are only its attribution
_WORD = re.compile(r"\w+")


_TRIGGER_WORDS = frozenset(
    w for group in (_NUMBER_WORDS, _ORDINALS, _MONTHS) for w in re.findall(r"[a-z]+", group.lower())
) | {"ever"}
_WORD_RUN = re.compile(r"[a-z]+")
_DIGIT_OR_MONEY = re.compile(r"[\d$€£¥₹]")


def _may_hold_figure(sentence: str) -> bool:
    """A cheap test before the full figure pattern, which is slow on long text."""
    if _DIGIT_OR_MONEY.search(sentence):
        return True
    return not _TRIGGER_WORDS.isdisjoint(_WORD_RUN.findall(sentence.lower()))


def find_figures(sentence: str) -> tuple[str, ...]:
    """Return the figures a sentence carries, in order."""
    if not _may_hold_figure(sentence):
        return ()
    figures = []
    for match in _FIGURE.finditer(sentence):
        figure = match.group(0).strip(" ,.-")
        if not figure or _NOT_FIGURE.match(figure):
            continue
        figures.append(figure)
    return tuple(figures)


def extract_facts(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    kinds: list[Kind],
    quotes: list[Quote],
) -> list[Fact]:
    """Take every body sentence carrying a figure or a concrete claim as a fact.

    A concrete claim is any declarative sentence of some length that is not a quote's own
    words; questions, exclamations and calls to action are never facts."""
    facts: list[Fact] = []
    ordered = sorted(quotes, key=lambda q: q.start)
    first = 0  # the first quote that may still overlap a sentence
    for index, paragraph in enumerate(paragraphs):
        if kinds[index] is not Kind.BODY:
            continue
        for start, end in split_sentences(paragraph.text, paragraph.start):
            sentence = text[start:end]
            if _not_claim(sentence):
                continue
            figures = find_figures(sentence)
            while first < len(ordered) and ordered[first].end <= start:
                first += 1  # ended before this sentence, so before every later one too
            speaker, quoted = _credit(ordered, first, start, end)
            # A plain declarative sentence is a claim too, unless it is mostly a quote's words
            # with no more than "he said" of its own (the quote already holds them), or too
            # short to say anything. "…,” said Cohen, who has researched the region for
            # decades." says something of its own.
            # (The claim words are searched last: most sentences are settled without them.)
            mostly_quoted = 2 * quoted > end - start and end - start - quoted < _OWN_CHARS
            if (
                not figures
                and (mostly_quoted or len(_WORD.findall(sentence)) < _CLAIM_WORDS)
                and not _claims(sentence)
            ):
                continue
            facts.append(Fact(sentence, paragraph.number, start, end, figures, speaker))
    return facts


def _claims(sentence: str) -> bool:
    """Whether a claim word is in ``sentence`` (the pattern only where one of its words is)."""
    if _CLAIM_KEYS.isdisjoint(_WORD_RUN.findall(sentence.lower())):
        return False
    return _CLAIM.search(sentence) is not None


def _credit(quotes: list[Quote], first: int, start: int, end: int) -> tuple[str, int]:
    """Who the text credits a sentence to (the speaker of the quote from ``first`` on that
    overlaps it most), and how many of its characters that quote covers."""
    best = ""
    overlap = 0
    for quote in itertools.islice(quotes, first, None):
        if quote.start >= end:
            break
        shared = min(end, quote.end) - max(start, quote.start)
        if shared > overlap:
            best, overlap = quote.speaker, shared
    return best, overlap
