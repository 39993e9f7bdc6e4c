"""Transcripts and interviews: each answer turn is a quote of the person who gave it.

Two shapes: ``NAME: words`` turns (a speaker label opening each turn), and the Q/A interview
(questions in paragraphs of their own, ending with "?", each followed by the interviewee's
answer). Questions are the interviewer's and are not quotes of the interviewee.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.extraction.layout import Kind
from bot.extraction.lexicon import NOT_NAME_WORDS, ORG_WORDS, words_of
from bot.extraction.people import People
from bot.models import Paragraph, Quote

_TURN = re.compile(
    r"^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\]?\)?[ \t]+)?"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}|[A-Z]{1,3})[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_NOT_SPEAKER_LABELS = frozenset(
    words_of(
        """
    Image Photo Video Audio Source Sources Note Update Editor Credit Credits Caption Related
    See Also Read Warning Disclaimer Date Title Published Tags Keywords Topic Location
    """
    )
)
_INTERVIEWER_LABELS = frozenset({"Q", "Question", "Interviewer", "Int", "I"})
_ANSWER_LABELS = frozenset({"A", "Answer"})
_QUESTION_END = re.compile(r"\?[\"”’')\]]*\s*$")
_INTERVIEWEE = re.compile(
    r"(?i:interviews?|interviewed|spoke\s+(?:to|with)|talks?\s+(?:to|with)|talked\s+(?:to|with)|"
    r"sat\s+down\s+with|conversation\s+with)\s+(?:(?:[a-z][\w-]*|[A-Z][\w.-]*)\s+){0,8}?"
    r"(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2})"
)


def extract_transcript(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    kinds: list[Kind],
    people: People,
    title: str = "",
) -> tuple[list[Quote], set[int]]:
    """Return transcript quotes and the paragraphs they cover (news rules skip those)."""
    turns = _labelled_turns(text, paragraphs, people)
    if turns[0]:
        return turns
    return _interview(text, paragraphs, kinds, people, title)


def _labelled_turns(
    text: str, paragraphs: tuple[Paragraph, ...], people: People
) -> tuple[list[Quote], set[int]]:
    body_start = paragraphs[1].start if len(paragraphs) > 1 else 0
    labels = [
        m
        for m in _TURN.finditer(text, body_start)
        if m.group("name").split()[0] not in _NOT_SPEAKER_LABELS
    ]
    names = Counter(m.group("name") for m in labels)
    lines = sum(1 for line in text[body_start:].splitlines() if line.strip())
    if len(labels) < 3 or len(labels) < 0.4 * lines or (len(names) < 2 and len(labels) < 4):
        return [], set()
    if len(names) == len(labels) and len(labels) < 6:
        return [], set()  # every label once: a list of "Key: value" lines, not turns
    quotes: list[Quote] = []
    covered: set[int] = set()
    interviewee = _main_person(text, paragraphs, people, "")
    # A label whose turns (two or more) are all questions is the interviewer's ("BECKER: How
    # did …?"); the interviewer's questions are not quotes of anyone the article reports.
    asking = {
        raw
        for raw in names
        if len(names) > 1
        and names[raw] >= 2
        and all(
            _turn_is_question(text, labels, n)
            for n, m in enumerate(labels)
            if m.group("name") == raw
        )
    }
    for number, label in enumerate(labels):
        end = labels[number + 1].start() if number + 1 < len(labels) else len(text)
        start = label.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        index = _paragraph_at(paragraphs, start)
        if index is None:
            continue
        for i, p in enumerate(paragraphs):
            if p.start < end and p.end > label.start():
                covered.add(i)
        raw = label.group("name")
        if raw in _INTERVIEWER_LABELS or raw in asking or end <= start:
            continue
        speaker, role = _canonical(raw, people)
        if raw in _ANSWER_LABELS:
            if interviewee is None:
                continue
            speaker, role = interviewee
        quotes.append(
            Quote(
                text[start:end],
                speaker,
                role,
                paragraphs[index].number,
                start,
                end,
                f"{raw}:",
                "transcript",
            )
        )
    return quotes, covered


def _turn_is_question(text: str, labels: list[re.Match[str]], number: int) -> bool:
    end = labels[number + 1].start() if number + 1 < len(labels) else len(text)
    return bool(_QUESTION_END.search(text[labels[number].end() : end].rstrip()))


def _canonical(raw: str, people: People) -> tuple[str, str]:
    name = raw.title() if raw.isupper() and len(raw) > 3 else raw
    person = people.lookup(name)
    if person is not None:
        return person.name, person.role
    return name, ""


def _paragraph_at(paragraphs: tuple[Paragraph, ...], at: int) -> int | None:
    for i, p in enumerate(paragraphs):
        if p.start <= at < p.end:
            return i
    return None


_QUESTION_START = re.compile(
    r"^(?:How|What|Why|When|Where|Who|Whom|Which|Do|Does|Did|Is|Are|Was|Were|Can|Could|Would|"
    r"Will|Have|Has|Had|Should)\s+\S+(?:\s+\S+){1,20}[^.!:;]$"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_INTERVIEW_TITLE = re.compile(
    r"\binterview|\btells\s+Wikinews|\btalks?\s+(?:to|with)\b|\bspeaks?\s+(?:to|with)\b|\bQ\s?&\s?A\b",
    re.I,
)


def _is_question(paragraph: Paragraph) -> bool:
    return bool(_QUESTION_END.search(paragraph.text)) and len(paragraph.text) < 1200


def _is_prompt(paragraphs: tuple[Paragraph, ...], kinds: list[Kind], i: int) -> bool:
    """An interviewer's turn without a question mark: short, to "you", before a longer answer."""
    text = paragraphs[i].text
    following = next((j for j in range(i + 1, len(paragraphs)) if kinds[j] is Kind.BODY), None)
    return (
        following is not None
        and len(text) < 500
        and bool(_SECOND_PERSON.search(text))
        and len(paragraphs[following].text) > len(text)
        and not _is_question(paragraphs[following])
    )


def _interview(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    kinds: list[Kind],
    people: People,
    title: str,
) -> tuple[list[Quote], set[int]]:
    titled = bool(_INTERVIEW_TITLE.search(title))
    if titled:  # "How did you come to be involved" without its question mark
        kinds = [
            Kind.BODY if k is Kind.HEADING and _QUESTION_START.match(paragraphs[i].text) else k
            for i, k in enumerate(kinds)
        ]
    body = [i for i, k in enumerate(kinds) if k is Kind.BODY]
    questions = [
        i
        for i in body
        if _is_question(paragraphs[i])
        or (titled and _QUESTION_START.match(paragraphs[i].text) and len(paragraphs[i].text) < 200)
    ]
    answered = [
        i
        for i in questions
        if any(j > i and j in body and not _is_question(paragraphs[j]) for j in range(i + 1, i + 3))
    ]
    if titled:
        prompts = [i for i in body if i not in questions and _is_prompt(paragraphs, kinds, i)]
        # Before the first question come the writer's own paragraphs, not prompts.
        first_question = questions[0] if questions else len(paragraphs)
        prompts = [i for i in prompts if i > first_question or _is_prompt_like(paragraphs[i])]
        questions = sorted({*questions, *prompts})
        answered = questions if len(questions) >= 2 else answered
    if len(answered) < 3 and not (titled and len(answered) >= 2):
        return [], set()
    if not titled and len(questions) < 0.15 * len(body):
        return [], set()
    first = questions[0]
    asked = set(questions)
    interviewee = _main_person(text, paragraphs[: first + 1], people, title)
    covered = set(range(first, len(paragraphs)))
    if interviewee is None:
        return [], covered
    name, role = interviewee
    quotes = []
    for i in range(first, len(paragraphs)):
        paragraph = paragraphs[i]
        if kinds[i] is not Kind.BODY or i in asked:
            continue
        speaker, speaker_role, cue = name, role, ""
        # A Q&A closing a news article labels its turns ("KOWALSKI: …"): the label, when it
        # is someone the article introduced, says whose answer it is, not the most-mentioned.
        label = _TURN.match(paragraph.text)
        if label is not None and label.group("name").isupper():
            person = people.lookup(_canonical(label.group("name"), people)[0])
            if person is not None:
                speaker, speaker_role, cue = person.name, person.role, label.group(0).strip()
        quotes.append(
            Quote(
                paragraph.text,
                speaker,
                speaker_role,
                paragraph.number,
                paragraph.start,
                paragraph.end,
                cue,
                "transcript",
            )
        )
    return quotes, covered


def _is_prompt_like(paragraph: Paragraph) -> bool:
    return bool(
        re.match(
            r"^(?:I\s+(?:just\s+)?wanted|Can\s+you|Could\s+you|Tell\s+(?:me|us))", paragraph.text
        )
    )


def _main_person(
    text: str, paragraphs: tuple[Paragraph, ...], people: People, title: str
) -> tuple[str, str] | None:
    """The interviewee: named in the title, or after "interviews …", or most mentioned."""
    intro = "\n".join(p.text for p in paragraphs)
    candidates: list[str] = []
    for source in (title, intro):
        for found in _INTERVIEWEE.finditer(source):
            candidates.append(found.group("name"))
    for name in candidates:
        tokens = name.split()
        cut = next((i for i, t in enumerate(tokens) if t in NOT_NAME_WORDS or t in ORG_WORDS), None)
        tokens = tokens[:cut]
        if len(tokens) < 2:
            continue
        person = people.lookup(" ".join(tokens))
        if person is None:
            person = people.add_person(" ".join(tokens), text.find(" ".join(tokens)))
        return person.name, person.role
    end = paragraphs[-1].end if paragraphs else 0
    counts: Counter[str] = Counter()
    for person in people.people:
        mentions = [m for m in person.mentions if m < end]
        if mentions:
            counts[person.name] = len(mentions) + (3 if person.surname in title else 0)
    if not counts:
        return None
    best, count = counts.most_common(1)[0]
    person = people.lookup(best)
    runner_up = counts.most_common(2)[1][1] if len(counts) > 1 else 0
    if person is None or (count < 2 and person.surname not in title and runner_up >= count):
        return None
    return person.name, person.role
