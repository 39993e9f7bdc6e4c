"""What each paragraph is: title, dateline, caption, heading, or body text.

Captions ("… Image: NASA"), headings and datelines carry no speech; extraction skips them.
"""

from __future__ import annotations

import re
from enum import Enum

from bot.models import Paragraph

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DATELINE = re.compile(
    rf"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?$"
)
# Every branch starts a word or the paragraph: the lookahead lets the engine skip the other
# positions with one test instead of trying every branch at each.
_CAPTION = re.compile(
    r"(?:^|(?=\b\w))"
    r"(?:\b(?:Image|Photo|Video|Audio|Photograph|Picture|Illustration|Source|Credit)s?\s*[:;]|"
    r"\bPhoto credit\b|\bFile photo\b|^\(?(?:Photo|Image)\b|\bimage:\s)",
    re.I,
)
_MARKS = "“\"‘'«„"
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]»›]\s*$")  # a paragraph ending in a quote ends a sentence


class Kind(Enum):
    TITLE = "title"
    DATELINE = "dateline"
    CAPTION = "caption"
    HEADING = "heading"
    BODY = "body"


def classify(paragraph: Paragraph, index: int) -> Kind:
    """Say what kind of block a paragraph is."""
    text = paragraph.text.strip()
    if index == 0:
        return Kind.TITLE
    if _DATELINE.match(text):
        return Kind.DATELINE
    if len(text) < 400 and _CAPTION.search(text):
        return Kind.CAPTION
    words = len(text.split())
    if words <= 12 and "\n" not in text and not _TERMINAL.search(text) and text[0] not in _MARKS:
        return Kind.HEADING
    return Kind.BODY


_BACK_MATTER = re.compile(
    r"^(?:Sources?|References|External links|Related news|See also|Further reading|Notes)\s*:?$",
    re.I,
)


def classify_all(paragraphs: tuple[Paragraph, ...]) -> list[Kind]:
    """Classify every paragraph of a document; after a "Sources" heading all is back matter."""
    kinds = []
    back_matter = False
    for i, p in enumerate(paragraphs):
        kind = classify(p, i)
        if kind is Kind.HEADING and _BACK_MATTER.match(p.text.strip()):
            back_matter = True
        kinds.append(Kind.CAPTION if back_matter else kind)
    return kinds
