"""Split paragraph text into sentences, keeping offsets into the document text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "ma",  # "Judge Ma. Cristina Belarmino-Ocampo": the Philippine short form of Maria
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "capt",
        "sgt",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "est",
        # titles before a name: "the Rev. Clarence Odom", "Det. Insp. Jane Roe"
        "rev",
        "revd",
        "hon",
        "det",
        "insp",
        "supt",
        "maj",
        "adm",
        "cpl",
        "cllr",
        "colr",
        "gda",
    }
)
# (A closing mark typed the wrong way round, "decision.“ However", or a guillemet, still
# closes the sentence.)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]»“]*(?=\s+[\"“‘'(\[«]?[A-Z0-9])")


_CLOSING = frozenset("\"”’'»“")
# A speaker and a speech verb right after a quote ending in ? ! or a full stop.
_CUE_NEXT = re.compile(
    r"\s+(?:(?:[A-Z][\w’'.-]*|of|the|de|van|von)\s+){1,5}(?:said|says|asked|asks|added|adds|told|"
    r"tells|wrote|writes|recalled|recalls|explained|explains|replied|replies|shouted|exclaimed|"
    r"continued|noted|insisted|cried|joked|laughed|wondered|admitted|declared|warned)\b"
)
_PRONOUN_NEXT = re.compile(r"\s+(?:He|She|They|It|We|I)\s")
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*$")
_INITIAL = re.compile(r"[A-Z]\.?")
_OPENS_QUOTE = re.compile(r"\s*[“\"‘']")


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the sentences of ``text``, shifted by ``offset``."""
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        # Only the boundary's tail is read: a "$"-anchored search over the whole sentence
        # would be quadratic. The last word cannot hold a space, so the search starts after
        # the last one (at every earlier start the pattern would run to the space and fail).
        tail = max(start, end - 48)
        word = _LAST_WORD.search(text, max(tail, text.rfind(" ", tail, end) + 1), end)
        if word and word.group(1).rstrip(".").lower() in _ABBREVIATIONS:
            continue
        if (
            word
            and _INITIAL.fullmatch(word.group(1))  # an initial: "Joe B. Smith"
            # (not a unit after a number: "above 30°C. Ferrándiz says")
            and (word.start(1) == 0 or text[word.start(1) - 1] in " \t\n(")
            and not _OPENS_QUOTE.match(text, end)  # not '… in a post on X. "We are …'
        ):
            continue
        if (
            text[end - 1] in _CLOSING
            and _CUE_NEXT.match(text, end)
            # (After a full stop, "She said …" starts a sentence: 'the bull case." She said')
            and not (boundary.group(0)[0] == "." and _PRONOUN_NEXT.match(text, end))
        ):
            continue  # "“Why now?” Vogt asked.": the cue after the marks is the same sentence
        yield from _trimmed(text, start, end, offset)
        start = end
    yield from _trimmed(text, start, len(text), offset)


def _trimmed(text: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield offset + start + lead, offset + start + lead + len(stripped)
