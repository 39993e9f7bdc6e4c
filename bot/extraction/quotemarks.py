"""Find the spans quotation marks enclose, paragraph by paragraph.

Handles curly, straight and single marks, guillemets, „low-high“ and ``TeX'' pairs, marks
pointing the wrong way, and quotes nested inside quotes (kept inside the outer span). A quote
left open at a paragraph's end continues into the next paragraph only when that paragraph
opens with a mark, as news copy does; otherwise it ends with its paragraph, so an unbalanced
mark never swallows the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Paragraph

_MARK = re.compile(r"``|''|[“”„‟\"«»‘’‚'`]")
_DOUBLE_OPEN = {"“", "„", "‟", '"', "«", "``"}
_SINGLE_OPEN = {"‘", "'", "‚", "`"}
_CLOSES = {
    "“": {"”", '"', "“"},
    "„": {"“", "”", '"'},
    "‟": {"”", '"'},
    '"': {'"', "”", "“"},
    "«": {"»"},
    "``": {"''", "”", '"'},
}
_SINGLE_CLOSES = {"’", "'"}
_LEFT_CONTEXT = set(" \t\n([{—–-/:;,…") | {"\u00a0"}
_RIGHT_CONTEXT = set(" \t\n.,;:!?)]}—–-…") | {"\u00a0"}
_TERMINAL = ".!?…"


@dataclass
class MarkSpan:
    """Words between quotation marks: absolute offsets into the document text."""

    open: int  # where the opening mark starts
    inner_start: int
    inner_end: int
    close: int  # just after the closing mark (== inner_end when left open)
    paragraph: int  # index into the paragraphs tuple
    closed: bool
    single: bool = False
    continues: bool = False  # carries on a quote left open in the previous paragraph
    continued: bool = False  # left open, and the next paragraph carries it on


# A closing single mark later in the paragraph: after it, punctuation, a space or the end.
_LATER_SINGLE_CLOSE = re.compile(r"[’'](?:[\s.,;:!?)\]—–…]|$)")


def _plural_possessive(text: str, before: str, at: int, end: int) -> bool:
    """ "the residents’ association": an apostrophe after a plural s with a lowercase word
    next, inside a single-marked quote that closes later in the paragraph or runs on into
    the next one."""
    return (
        before == "s"
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
        and (
            _LATER_SINGLE_CLOSE.search(text, at + 1, end) is not None
            or text[end : end + 8].lstrip()[:1] == "‘"
        )
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(text: str, paragraphs: tuple[Paragraph, ...]) -> list[MarkSpan]:
    """Return every quoted span in document order."""
    spans: list[MarkSpan] = []
    for index, paragraph in enumerate(paragraphs):
        spans.extend(_paragraph_spans(text, paragraph, index))
    by_paragraph: dict[int, list[MarkSpan]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    for span in spans:
        if span.closed:
            continue
        following = by_paragraph.get(span.paragraph + 1)
        if not following or span.paragraph + 1 >= len(paragraphs):
            continue
        first = following[0]
        # News copy carries a quote over only when it opened a paragraph or a sentence or
        # followed a cue ("said: “…"); a stray mark mid-sentence ("known as "the fix") does
        # not.
        lead = text[max(paragraphs[span.paragraph].start, span.open - 6) : span.open]
        opens_turn = span.open == paragraphs[span.paragraph].start or bool(
            re.search(r"(?:[,:.!?…]|\bthat)\s*$", lead)
        )
        if (
            opens_turn
            and first.open == paragraphs[span.paragraph + 1].start
            and first.single == span.single
        ):
            span.continued = True
            first.continues = True
    return spans


def _paragraph_spans(text: str, paragraph: Paragraph, index: int) -> list[MarkSpan]:
    start, end = paragraph.start, paragraph.end
    found: list[MarkSpan] = []
    double: tuple[str, int, int] | None = None  # (mark, mark start, inner start)
    single: tuple[int, int] | None = None
    for match in _MARK.finditer(text, start, end):
        mark = match.group(0)
        at, after_at = match.start(), match.end()
        before = text[at - 1] if at > start else " "
        after = text[after_at] if after_at < end else " "
        left = (
            at == start or before in _LEFT_CONTEXT or before in "“\"‘'«"
        ) and not after.isspace()
        right = (after_at == end or after in _RIGHT_CONTEXT or after in "”\"’'»") and not (
            before.isspace()
        )
        if double is not None:
            opener, mark_at, inner = double
            if mark in _CLOSES[opener] and (mark != "“" or opener == "„" or right or not left):
                found.append(_span(text, mark_at, inner, at, after_at, index, True))
                double = None
            elif mark in _DOUBLE_OPEN and mark != '"' and left and not right:
                # A new quote opens before the old one closed: end the old one here.
                found.append(_span(text, mark_at, inner, at, at, index, False))
                double = (mark, at, after_at)
            continue
        if single is not None:
            if (
                mark in _SINGLE_CLOSES
                and right
                and not after.isalnum()
                and not _plural_possessive(text, before, at, end)
            ):
                found.append(_span(text, single[0], single[1], at, after_at, index, True, True))
                single = None
            continue
        if mark in _DOUBLE_OPEN:
            if mark == '"' and before.isdigit() and not left:
                continue  # an inch mark: 5' 11"
            double = (mark, at, after_at)
        elif mark == "”" and left and not right:
            double = ("“", at, after_at)  # a closing mark used to open
        elif mark in _SINGLE_OPEN and left and after.isalnum():
            single = (at, after_at)
    if double is not None:
        _, mark_at, inner = double
        found.append(_span(text, mark_at, inner, end, end, index, False))
    elif single is not None and (
        text[single[0]] == "‘"
        or text[max(start, single[0] - 2) : single[0]].rstrip()[-1:] in ".!?:"
    ):
        # British copy runs a quote over paragraphs in single marks too; find_spans decides
        # whether the next paragraph carries it on.
        found.append(_span(text, single[0], single[1], end, end, index, False, True))
    return found


def _span(
    text: str,
    mark_at: int,
    inner: int,
    close_at: int,
    after_close: int,
    index: int,
    closed: bool,
    single: bool = False,
) -> MarkSpan:
    inner_start, inner_end = _trim(text, inner, close_at)
    return MarkSpan(mark_at, inner_start, inner_end, after_close, index, closed, single)


def masked(text: str, start: int, end: int, spans: list[MarkSpan], fill: str = "X") -> str:
    """The text of [start, end) with quoted words blanked to ``fill``, marks and a quote's final
    full stop kept, so cues and sentence ends can be read outside the quotes."""
    pieces: list[str] = []
    position = start
    for span in spans:
        if span.inner_end <= start or span.inner_start >= end:
            continue
        inner_start, inner_end = max(span.inner_start, start), min(span.inner_end, end)
        pieces.append(text[position:inner_start])
        length = inner_end - inner_start
        last = text[inner_end - 1] if length else ""
        if length and last in _TERMINAL + ",":
            pieces.append(fill * (length - 1) + last)
        else:
            pieces.append(fill * length)
        position = inner_end
    pieces.append(text[position:end])
    return "".join(pieces)
