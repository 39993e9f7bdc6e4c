"""Facts: sentences that carry a figure — numbers, percentages, money, dates, ordinals."""

from __future__ import annotations

import re

from bot.extraction.sentences import split_sentences
from bot.models import Fact, Paragraph

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|trillion|dozen|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|half|double|doubling"
)
_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_FIGURE = re.compile(
    rf"""(?x)
    (?:US)?[$€£¥]\s?\d[\d,.]*(?:\s(?:million|billion|trillion))?   # money
    | \b(?:{_MONTHS})\s\d{{1,2}}(?:,\s\d{{4}})?\b                    # dates
    | \b\d[\d,.]*(?:\s?%|\s?percent|\s?per\scent)                    # percentages
    | \b\d+/\d+\b
    | \b\d[\d,.]*(?:[\s-](?:million|billion|trillion|thousand|hundred))?
      (?:\s(?:cubic\s)?(?:tons?|tonnes?|meters?|metres?|kilometers?|km|miles?|euros?|dollars?|
      barrels?|people|years?|days?|hours?|months?|weeks?))?            # quantities
    | \b(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*
      (?:\s(?:to|or)\s(?:{_NUMBER_WORDS}))?
      (?:\s(?:million|billion|tons?|years?|anniversary|times))?        # words
    """,
    re.IGNORECASE,
)
_ORDINAL_NOT_FIGURE = re.compile(r"^(?:first|second|one)$", re.IGNORECASE)


def find_figures(sentence: str) -> tuple[str, ...]:
    """Return the figures a sentence carries, in order."""
    figures = []
    for match in _FIGURE.finditer(sentence):
        figure = match.group(0).strip(" ,.")
        if not figure or _ORDINAL_NOT_FIGURE.match(figure):
            continue
        figures.append(figure)
    return tuple(figures)


def extract_facts(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Fact]:
    """Take every sentence carrying a figure as a fact."""
    facts: list[Fact] = []
    for paragraph in paragraphs[1:]:  # the title line is not a claim
        for start, end in split_sentences(paragraph.text, paragraph.start):
            sentence = text[start:end]
            figures = find_figures(sentence)
            if figures:
                facts.append(Fact(sentence, paragraph.number, start, end, figures))
    return facts
