"""Numbers as values, and what kind of figure a text carries.

A query may write a figure differently from the text it is after — "40k" for "40,000",
"fourteen hundred" for "1,426", "25%" for "a quarter", "seventy percent" for "70 percent" —
and the index cuts "1,426" into the words "1" and "426". Reading both sides as values lets
ranking compare them as numbers rather than as words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.search.analysis import words

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_FRACTIONS = {"quarter": 25.0, "half": 50.0, "third": 100 / 3}  # "a quarter of" ~ 25%

_NUMBER_WORD = "|".join([*_UNITS, *_SCALES])
_NUMBER = re.compile(
    rf"""(?xi)
    (?<![A-Za-z\d.,])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:(?P<suffix>k|mn|bn|tn|m|b)\b|\s?-?(?P<scale>hundred|thousand|million|billion|trillion)\b
        |(?![A-Za-z\d]))
    | \b(?P<words>(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*)\b
    | \b(?:a|one)\s+(?P<fraction>quarter|half|third)\b
    """
)

_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$"
)
_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)s?\b")
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b\.?",
)
_RELATIVE_DATE = re.compile(
    r"\b(?:yesterday|today|last\s+(?:year|month|week|summer|winter|spring|autumn|fall)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥₹]|\b(?:dollars?|euros?|pounds?|yuan|yen|rupees?|roubles?|rubles?|francs?|cents?|"
    r"USD|EUR|GBP)\b",
    re.I,
)
_PERCENT = re.compile(
    r"%|\b(?:percent|per\s+cent|percentage|(?:a|one)\s+(?:quarter|half|third)\s+of)\b", re.I
)
_ANY_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORD}|dozens?|half|quarter)\b", re.I)
# An amount with a unit: "about 500 miles (800 km)", "three hours", "a 79-year-old".
_AMOUNT = rf"(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[ -](?:{_NUMBER_WORD}))*|a|an|several|a few)"
_DISTANCE = re.compile(
    rf"\b{_AMOUNT}[ -]?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|yards?|"
    rf"nautical miles?)\b",
    re.I,
)
# A duration, or what says how long in other words: "since 1992", "its 30th anniversary".
_DURATION = re.compile(
    rf"\b{_AMOUNT}[ -](?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|"
    rf"seconds?|nights?)\b|\bsince\s+(?:1[6-9]\d\d|20\d\d)\b|"
    rf"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|twentieth|twenty-fifth|thirtieth|fiftieth|hundredth)\s+anniversary\b",
    re.I,
)
_AGE = re.compile(r"\b\d{1,3}-year-old\b|\baged?\s+\d{1,3}\b|,\s\d{1,3},|\b\d{1,3}\s+years\s+old\b")
_MEASURES = {"distance": _DISTANCE, "duration": _DURATION, "age": _AGE}


@dataclass(frozen=True)
class Number:
    """A figure found in text: its value and the index words it was written with."""

    value: float
    words: tuple[str, ...]
    year: bool  # a four-digit year: matched exactly, never approximately
    day: bool = False  # the day of a date ("Jan. 31"): a date, not an amount
    start: int = field(default=0, compare=False)  # where the text writes it


def _word_value(text: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
    return total + current if seen else None


_NUMBER_WORDS = frozenset([*_UNITS, *_SCALES, *_FRACTIONS])
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def numbers(text: str) -> tuple[Number, ...]:
    """Every figure in ``text`` as a value, in order."""
    found: list[Number] = []
    if not _DIGIT.search(text) and _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower())):
        return ()  # the full pattern is slow, and most sentences hold no figure
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        year = day = False
        if match.group("digits"):
            digits = match.group("digits")
            try:
                value = float(digits.replace(",", ""))
            except ValueError:
                continue
            year = (
                len(digits) == 4
                and digits.isdigit()
                and 1600 <= value <= 2099
                and not match.group("suffix")
                and not match.group("scale")
            )
            day = value <= 31 and bool(
                _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            )
            if match.group("suffix"):
                value *= _SUFFIXES[match.group("suffix").lower()]
            elif match.group("scale"):
                value *= _SCALES[match.group("scale").lower()]
        elif match.group("words"):
            parsed = _word_value(match.group("words"))
            if parsed is None:
                continue
            value = parsed
        else:
            value = _FRACTIONS[match.group("fraction").lower()]
            raw = match.group("fraction")
        found.append(Number(value, tuple(words(raw)), year, day, match.start()))
    return tuple(found)


def same_value(a: Number, b: Number) -> bool:
    """Whether two figures name the same amount: years and small numbers exactly, large ones
    within 10% ("more than fourteen hundred" is the text's 1,426)."""
    if a.year or b.year:
        return a.year == b.year and a.value == b.value
    if a.value >= 100 and b.value >= 100:
        return abs(a.value - b.value) <= 0.1 * max(a.value, b.value)
    return abs(a.value - b.value) < 1e-9


def has_figure_of(kind: str, text: str) -> bool:
    """Whether ``text`` carries a figure of ``kind``: date, money, percent, a distance, a
    duration, an age, or any number."""
    if kind == "date":
        return bool(_YEAR.search(text) or _MONTH.search(text) or _RELATIVE_DATE.search(text))
    if kind == "money":
        return bool(_MONEY.search(text)) and bool(_ANY_NUMBER.search(text))
    if kind == "percent":
        return bool(_PERCENT.search(text))
    if kind in _MEASURES:
        return bool(_MEASURES[kind].search(text))
    return bool(_ANY_NUMBER.search(text))


def figure_offsets(kind: str, text: str) -> list[int]:
    """Where ``text`` writes a figure of ``kind`` (character offsets): the figures
    :func:`has_figure_of` looks for, with "count" an amount (not a year, a day or the "one" of
    "one of the") and "any" any figure but that "one"."""
    if kind == "date":
        found = [*_YEAR.finditer(text), *_MONTH.finditer(text), *_RELATIVE_DATE.finditer(text)]
        return [m.start() for m in found]
    if kind == "money":
        return [m.start() for m in _MONEY.finditer(text)] if _ANY_NUMBER.search(text) else []
    if kind == "percent":
        return [m.start() for m in _PERCENT.finditer(text)]
    if kind in _MEASURES:
        return [m.start() for m in _MEASURES[kind].finditer(text)]
    amounts = [n for n in numbers(text) if n.words != ("one",)]
    if kind == "count":
        amounts = [n for n in amounts if not n.year and not n.day]
    return [n.start for n in amounts]
