"""Direct quotations and who said them.

A first, honest version: quotation marks (curly or straight) delimit the words; a speech verb
next to them names the speaker; pronouns and nominal references ("the diplomat") go to the
person most recently mentioned before the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Paragraph, Quote

_VERBS = (
    r"said|says|added|adds|explained|noted|notes|stressed|emphasized|told|asked|argued|"
    r"continued|concluded|remarked|stated|warned|insisted|recalled|observed|wrote|replied"
)
_NAME = r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
_REF = rf"(?:he|she|they|the\s+[a-z]+|{_NAME})"
_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<v1>{_VERBS})\s+(?P<n1>{_REF})|(?P<n2>{_REF})\s+(?P<v2>{_VERBS}))\b"
)
_BEFORE = re.compile(rf"(?P<n>{_REF})\s+(?P<v>{_VERBS})(?:[^.“\"]*)?[:,]?\s*$")
_PRONOUNS = {"he", "she", "they"}
_QUOTE_SPAN = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")


@dataclass
class _Person:
    name: str
    role: str
    first_at: int


def _people(text: str) -> dict[str, _Person]:
    """Find the people the text introduces by full name, keyed by surname."""
    people: dict[str, _Person] = {}
    full_name = re.compile(
        r"(?P<title>(?:(?:[A-Z][\w’'-]*|of|for|the) )*?)"
        r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)"
        r"(?P<appos>,\s+(?:the\s+)?[a-z][^,]*?(?:,|(?=\s+said)))?"
    )
    for match in full_name.finditer(text):
        name = match.group("name")
        surname = name.split()[-1]
        if surname in people or not _is_cited(surname, text):
            continue
        role = match.group("title").strip()
        if role.lower().startswith(("dr", "the")):
            role = re.sub(r"^(?:Dr\.?|The)\s*", "", role)
        if match.group("appos"):
            role = match.group("appos").strip(" ,").removeprefix("the ").strip()
        people[surname] = _Person(name, role, match.start("name"))
    return people


def _is_cited(surname: str, text: str) -> bool:
    """Whether the text ever credits words to this surname, so it names a person."""
    return bool(
        re.search(rf"(?:{_VERBS}|[Aa]ccording to)\s+{surname}\b|\b{surname}\s+(?:{_VERBS})", text)
    )


def extract_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Quote]:
    """Find quoted words and attribute each to a speaker."""
    people = _people(text)
    quotes: list[Quote] = []
    last_speaker: _Person | None = None
    for paragraph in paragraphs:
        for span in _QUOTE_SPAN.finditer(paragraph.text):
            group = 1 if span.group(1) is not None else 2
            inner_start = paragraph.start + span.start(group)
            inner_end = paragraph.start + span.end(group)
            words = text[inner_start:inner_end]
            if len(words.split()) < 4:  # scare quotes and coined terms are not speech
                continue
            after = text[paragraph.start + span.end() : paragraph.end]
            before = text[paragraph.start : paragraph.start + span.start()]
            cue_match = _AFTER.match(after)
            ref = None
            cue = ""
            if cue_match:
                ref = cue_match.group("n1") or cue_match.group("n2")
                cue = cue_match.group(0).strip(" ,")
            else:
                before_match = _BEFORE.search(before)
                if before_match:
                    ref, cue = before_match.group("n"), before_match.group(0).strip(" ,:")
            person = _resolve(ref, text, inner_start, people, last_speaker)
            if person is None:
                continue
            last_speaker = person
            quotes.append(
                Quote(
                    words,
                    person.name,
                    person.role,
                    paragraph.number,
                    inner_start,
                    inner_end,
                    cue,
                    "direct" if cue or ref else "mixed",
                )
            )
    return quotes


def _resolve(
    ref: str | None,
    text: str,
    position: int,
    people: dict[str, _Person],
    last_speaker: _Person | None,
) -> _Person | None:
    if ref is None:
        return None
    words = ref.split()
    if words[-1] in people:
        return people[words[-1]]
    if ref.lower() in _PRONOUNS or ref.lower().startswith("the "):
        return _most_recent(text, position, people) or last_speaker
    return None


def _most_recent(text: str, position: int, people: dict[str, _Person]) -> _Person | None:
    best: tuple[int, _Person] | None = None
    for surname, person in people.items():
        at = text.rfind(surname, 0, position)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, person)
    return best[1] if best else None
