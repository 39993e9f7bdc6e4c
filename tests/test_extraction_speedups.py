"""The shortcuts that make extraction fast never change what it finds.

Each pattern that was given a lookahead to skip hopeless positions must match exactly what the
pattern without it matches, and each cheap test run before a pattern must pass whenever the
pattern matches; checked on every fixture sentence and on generated text.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.documents import split_paragraphs
from bot.extraction import cues, facts, layout, people, sentences
from tests.conftest import FIXTURES

# The lookaheads as written in the modules, each the first of its kind in its pattern (change
# them here too).
_GATES = {
    "figure": (facts._FIGURE, r"(?=[$€£¥₹]|\b\w|[uachn][skz]?[$€£¥₹])"),
    "caption": (layout._CAPTION, r"(?:^|(?=\b\w))"),
    "name run": (people._RUN, r"(?=[A-Z])"),
}
_REPORTING = (cues.PARENTHETICAL_SAY, cues.SAY_THAT, cues.CLAUSE_SAY, cues.SAID_END)
_ACCORDING = (cues.ACCORDING_START, cues.ACCORDING_END)

# Text rich in what the patterns look for: capitals, figures, money, marks, cue words.
_PIECES = [
    "He", "She", "said", "says", "told", "noted", "pointed out", "according to", "According",
    "Ms.", "Dr.", "J.", "Ann Lee", "van der Berg", "the minister", "Photo:", "image: ",
    "(Photo", "File photo", "US$5", "A$", "HK$", "NZ$", "€3", "£2m", "5%", "12 per cent",
    "March 3, 2021", "3 May", "1/2", "2 million tonnes", "twenty-one", "fifth anniversary",
    "first-ever", "one", "said,", "“", "”", '"', "'", "’", "—", ",", ".", ". ", "?", "!", ":",
    " ", " ", " ", "\n", "x", "ıs", "ſaid", "K",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@cache
def _fixture_texts() -> tuple[str, ...]:
    paths = sorted((FIXTURES / "corpus" / "wikinews").glob("GUM_*.txt"))
    paths += sorted((FIXTURES / "heldout" / "articles").glob("*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


@cache
def _paragraphs() -> tuple[str, ...]:
    return tuple(p.text for text in _fixture_texts() for p in split_paragraphs(text))


@cache
def _sentences() -> tuple[str, ...]:
    return tuple(p[s:e] for p in _paragraphs() for s, e in sentences.split_sentences(p))


def _ungated(pattern: re.Pattern[str], gate: str) -> re.Pattern[str]:
    assert gate in pattern.pattern, "the lookahead changed: update _GATES"
    return re.compile(pattern.pattern.replace(gate, "", 1), pattern.flags)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _check_gates(text: str) -> None:
    for name, (gated, gate) in _GATES.items():
        assert _spans(gated, text) == _spans(_ungated(gated, gate), text), (name, text)


def _check_prefilters(sentence: str) -> None:
    if any(p.search(sentence) for p in _REPORTING):
        assert cues.may_report(sentence), sentence
    if any(p.match(sentence) for p in _ACCORDING):
        assert "ccording" in sentence, sentence
    if cues.BEFORE.search(sentence) or cues.BEFORE_COLON.search(sentence):
        assert cues.may_cue(sentence), sentence


def _check_last_word(text: str) -> None:
    """split_sentences reads a boundary's last word from after the last space in its tail; it
    must be the word a search of the whole tail finds, wherever the tail starts."""
    for boundary in sentences._BOUNDARY.finditer(text):
        end = boundary.end()
        for tail in {0, max(0, end - 48), max(0, end - 12), max(0, end - 3)}:
            fast = sentences._LAST_WORD.search(text, max(tail, text.rfind(" ", tail, end) + 1), end)
            slow = sentences._LAST_WORD.search(text, tail, end)
            assert (fast and fast.group(1)) == (slow and slow.group(1)), (text, tail, end)


def test_gated_patterns_match_as_before_on_the_fixtures() -> None:
    for paragraph in _paragraphs():
        _check_gates(paragraph)
    for sentence in _sentences():
        _check_prefilters(sentence)
    for paragraph in _paragraphs():  # the text before a quote may span sentences
        _check_prefilters(paragraph)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_gated_patterns_match_as_before_on_generated_text(text: str) -> None:
    _check_gates(text)
    _check_prefilters(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_last_word_read_from_the_last_space_on_generated_text(text: str) -> None:
    _check_last_word(text)


def test_last_word_read_from_the_last_space_on_the_fixtures() -> None:
    for paragraph in _paragraphs():
        _check_last_word(paragraph)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lee", "s", "’", "'", "\n", "x", " "]), max_size=8).map("".join))
def test_possessive_shortcut_strips_what_the_pattern_strips(token: str) -> None:
    assert people._strip_possessive(token) == people._POSSESSIVE.sub("", token)
