"""Quotes in news copy: direct, mixed (partial) and indirect (reported) speech, with speakers.

For each quoted span the cue is looked for in this order: right after the closing mark
("…,” said Vassilenko), right before the opening mark (Razak said, “…”), then anywhere in the
sentence (He noted Kazakhstan has “…”, …, he noted, is a “…”). A span with no cue carries on
the speaker of the quote before it (continuation paragraphs, multi-paragraph quotes); short
or title-like spans with no cue are scare quotes or titles, not speech, and are dropped.
Sentences with no marks are read for reported speech: "X said (that) …", "According to X, …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction import cues
from bot.extraction.layout import Kind
from bot.extraction.lexicon import (
    DOCUMENT_NOUNS,
    NOT_ROLE_TITLES,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from bot.extraction.people import POST_NOMINALS, Person
from bot.extraction.quotemarks import MarkSpan, find_spans, masked
from bot.extraction.sentences import split_sentences
from bot.extraction.speakers import Resolver, Speaker
from bot.models import Paragraph, Quote, QuoteKind

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w’'-]+")
_FILLER = frozenset(
    ["that", "and", "but", "as", "so", "then", "also", "the", "a", "an", "of", "to", "in"]
)
_PREPOSITION_START = re.compile(
    # (Not a quantity: "said about half her customers work there", "said at least 60 …".)
    r"^(?!(?:about|over|at\s+least|at\s+most|around)\s+(?:\d|half\b|a\s+(?:third|quarter|fifth|"
    r"dozen|hundred|thousand|million)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|several|a\s+few)\b))"
    r"(?:in|on|at|for|with|by|about|from|to|during|after|before|into|over|through|when|"
    # (Not a word it begins: "says in-person cancellation rules help prevent fraud".)
    r"while|as|of|and|but|or|so|then|last|this|yesterday|today|earlier|later|recently)\b(?!-)",
)


# A role, not a name, as a cue's subject: "A government spokesman", "Its former chair",
# "The town’s Conservative MP".
_ROLE_REFERENCE = re.compile(
    rf"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w-]+(?:’s|'s)|[Oo]ne of)\s|"
    rf"(?:\b[a-z][\w-]*|"
    rf"\b(?:{'|'.join(sorted(TITLE_WORDS - NOT_ROLE_TITLES, key=len, reverse=True))}))$"
)
# The name opening an apposition: ", Lukas Berg," / ", Rachel Hume, said".
_APPOS_NAME = re.compile(
    # (Role words before the name: "Whitaker's attorney, public defender Monica Hale, said".)
    # (Or an age: "One of those students, 23-year-old Kelly Tsang, said".)
    r"^,\s+(?:the\s+(?=[a-z]))?(?:(?!(?:the|a|an|of|for|at|from|in|on|and|to|with|who|which)\s)"
    r"[a-z0-9][\w-]*\s+){0,3}"
    # (particles inside: "Riaan du Toit")
    r"((?:(?:[A-Z][\w’'-]*\.?|de|du|van|von|der|den|da|di|le|la)\s+){0,3}[A-Z][\w’'-]*[a-z]"
    r"(?:\s+(?:II|III|IV|Jr\.?|Sr\.?))?)"
    # (Letters after the name are not part of it: "His counsel, Nessa Quill SC, told".)
    rf"(?:\s+(?:{'|'.join(sorted(POST_NOMINALS))}))?(?:\s\(\d{{1,3}}\))?\s*"
    r"(?:\s(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]*)?(?:,|$)"
)


_ACTING_FOR = re.compile(
    r"\b(?:[Cc]ounsel|[Ll]awyers?|[Ss]olicitors?|[Bb]arristers?|[Aa]ttorneys?)\s+for\s+$"
)
# "said that the costs were “…”": the writer's words between the cue and the marks.
_THAT_CLAUSE = re.compile(r"\bthat\s+[\w’'-]+\s+[\w’'-]+")
# A document's name ("statement", "press release"), the longest first.
_DOCUMENT = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
_DOCUMENT_REFERENCE = re.compile(
    rf"^(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}"
    rf"(?:{_DOCUMENT})$",
    re.IGNORECASE,
)
# "according to planning documents seen by AFP": the agency read them; it says nothing.
_SEEN_BY = re.compile(
    rf"\baccording\s+to\s+(?:[\w’'-]+\s+){{0,3}}"
    rf"(?:{_DOCUMENT})\s+"
    r"(?:seen|obtained|reviewed|examined)\s+by\s+$",
    re.IGNORECASE,
)
_THE_CLAUSE = re.compile(r"\s*the\s+[\w’'-]+\s+[\w’'-]+")
_TOLD_CLAUSE = re.compile(
    r"\s*(?:him|her|them|us|me|reporters|journalists|the\s+[\w’'-]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"\s+(?:that\s+)?the\s+[\w’'-]+\s+[\w’'-]+"
)
# "…, police said, and told officers he had …": the sentence's subject said more.
# A second clause with its own subject after a parenthetical cue: "…, she said, and the chain
# gained market share …".
_AND_CLAUSE = re.compile(
    r"^and\s+(?P<content>(?:the|a|an|its|his|her|their|it|they|he|she|we)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:had|has|have|was|were|is|are|would|will|could|[a-z]+ed)\b.*)$"
)
_AND_THEN_SAID = re.compile(
    rf"^and\s+(?:also\s+)?(?:{cues.REPORT_VERB})\s+(?:(?:officers|police|investigators|"
    r"reporters|journalists|the\s+court|him|her|them|us)\s+)?(?:that\s+)?"
    r"(?P<content>(?:he|she|they|it|there|the|his|her|their)\s+\S.*)$"
)
# Verbs that take a thing as readily as a clause: reported speech only with "that" or a
# clause ("he denied he had been paid"), not "he denied the charges".
_AMOUNT_START = re.compile(
    r"(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|over|another|an\s+extra|"
    r"a\s+further)?\s*(?:[$£€¥₹]|Sh|Rs\.?|N|R)?\d"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\s+(?:been\s+)?[a-z]+ing\b")
_RELATIVE_APPOS = re.compile(r",\s+(?:who|which|whose|where)\b")
# A relative clause of the speaker's inside a cue: "X, who said …, urged".
_WHO_SAID = re.compile(
    r",\s+who\s+(?:also\s+)?(?P<verb>said|says|told\s+[^,]{1,40}?|added|argued|claimed|"
    r"insisted|warned|stressed|noted|explained)\s+(?:that\s+)?(?P<content>[^“”\"]{12,}),\s+\S+$"
)
# Verbs that name a thing rather than report words ("who described himself as …").
_NAMING_VERBS = frozenset(["described", "called", "branded", "labelled", "labeled", "dubbed"])
_NAMES_A_THING = re.compile(r"(?:him|her|them|it|its)(?:self|selves)?\b")
_PERSON_HEADS = ROLE_NOUNS | frozenset(PERSON_NOUNS)
_OBJECT_VERBS = frozenset(
    [
        "denied",
        "denies",
        "admitted",
        "admits",
        "accepted",
        "accepts",
        "confirmed",
        "confirms",
        "acknowledged",
        "acknowledges",
        "disputed",
        "disputes",
        "announced",
        "announces",
        "revealed",
        "reveals",
        # "In February she added an exemption for farms": a thing added, not words.
        "added",
        "adds",
    ]
)
_CLAUSE_START = re.compile(
    r"(?:(?:he|she|they|it|we|I|you|there)\b|(?:(?:[A-Z][\w’'-]+\s+)+|(?:the|a|an|this|these|"
    r"those|its|his|her|their|our)\s+(?:(?!(?:when|before|after|because|while|as|if|until|"
    r"since|at|in|on|by|for)\s)[\w’'-]+\s+){0,3})(?:had|has|have|was|were|is|are|would|will|"
    r"could|did|should|might|must|can|[a-z]+ed)\b)"
)
_REPLY = re.compile(
    r"\b(?:replied|replies|responded|responds|answered|answers|retorted|countered)\b"
)
# Where a sentence starts inside a paragraph's text.
_SENTENCE_BREAK = re.compile(
    # (Not after a title's or an initial's full stop: "a reporter asked Ms. Kimura, “…”".)
    r"(?<=[.!?])(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)(?<!Dr\.)(?<!St\.)(?<!Sen\.)(?<!Rep\.)(?<!Gov\.)"
    r"(?<!Prof\.)(?<![ \t][A-Z]\.)[”\"’']?\s+(?=[A-Z“\"‘])"
)


def _document_subject(lead: str) -> bool:
    """Whether a sentence opening ``lead`` is about what a document (not a person) says:
    "The police report lists …", "The paper notes …"."""
    found = _DOCUMENT_SUBJECT.match(lead)
    return found is not None and found.group(1) in DOCUMENT_NOUNS - {"statement"}


# A sentence about what someone believes, hopes or fears: their opinion, not their words.
_BELIEF = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){1,3}(?:still\s+|also\s+|firmly\s+)?"
    r"(?:believes|believed|hopes|hoped|fears|feared|wishes|wished|suspects|suspected)\b"
)
# A speaker the text names only as they asked: "a man who gave his name only as Danny".
_NICKNAME_IN_CUE = re.compile(r"(?<=\bas )[\"“]X{1,30},?[\"”]")


def _unmark(found: re.Match[str]) -> str:
    """A masked nickname in marks as plain letters, a comma kept where it closed."""
    piece = found.group(0)
    return "N" * (len(piece) - 2) + ", " if piece[-2] == "," else "N" * len(piece)


# "Fenwick’s second-largest investor, the fund manager Lowther Street Capital, said": a role
# someone holds of a named owner; the apposition names who.
_OWNED_ROLE = re.compile(r"^[A-Z][\w’'-]*(?:’s|'s)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*$")
_ROLE_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(ROLE_NOUNS, key=len, reverse=True))})\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOS_BODY = re.compile(r"^,\s+the\s+((?:[A-Z][\w’'&-]*\s+){0,5}[A-Z][\w’'&-]*),")
_APPOSED_LAST = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+),$")
_GIVEN_NAME = re.compile(
    r"\b(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
    r"identified\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+first\s+name\s+)?as|"
    r"known\s+only\s+as)\s+([A-Z][\w’'-]+)"
)
# What comes before a name given to something: "Supporters call it “…”", "known as “…”".
_NAMING = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed|known\s+as|"
    r"branded|labell?ed)\s+(?:(?:it|them|him|her|this|that|the\s+\w+)\s+)?(?:as\s+)?$"
)
# A question a reporter put: "When a reporter asked Tennant, “Was it a knock-on?”" (the
# interviewer's words are no one's quote).
_REPORTER_ASKED = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:\w+\s+)?(?:reporter|journalist|interviewer)"
    r"\s+asked\b[^“”\"]{0,60}$|\b(?:[Rr]eporters|[Jj]ournalists)\s+asked\b[^“”\"]{0,60}$"
)
_ASKED_WHOM = re.compile(
    r"\basked\s+((?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
# A paragraph opening on a short sentence about a named person, right before a quote:
# "Smith shook his head. “Not a chance.”"
_BEAT_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?:[a-z]+ly )?"
    r"(?!(?:and|or|of|the|a|an|in|on|at|to|for|with|from|by|is|was|has|had)\b)[a-z]+\b"
    r"[^.!?“”\"‘]{0,60}[.!?]\s+$"
)
# A paragraph opening on how a person described by role or kin took it, then a colon:
# "The association chairman was unmoved: “…”", "Back in the cellar, his aunt is unsentimental
# about the future: ‘…’".
_DESCRIBED_BEFORE = re.compile(
    r"(?:[A-Z][\w ]{0,30},\s+)?(?P<nominal>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?(?:is|was|were|are|seemed|appeared|sounded|remained|stayed)"
    r"\s+[^.!?“”\"‘’]{1,80}:\s+$"
)
# A short sentence right after a closed quote whose subject is a name: " Castillo paused."
_BEAT_AFTER = re.compile(
    r"[ \t]+(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?:[a-z]+ly )?[a-z]+(?:ed|s)\b"
    r"[^.!?“”\"\n]{0,40}[.!?]"
)
# A clause after a cue's verb that reports words: "(that) the advice carries almost no risk".
_REPORTED_TAIL = re.compile(
    r"\s*(?P<that>that\s+)?(?P<clause>(?:the|he|she|they|it|there|this|its|his|her|their)\s+\S.*?)\s*$"
)
_ADDRESSED = frozenset(["told", "tells", "tell", "asked", "asks", "ask"])
# "said on Wednesday in an interview that …"; a verb before the "that" ("said the talks would
# resume and that …") means the reported clause began earlier.
_THAT_AFTER_CUE = re.compile(
    # (Not after a subject: "said he nearly pulled him after an interception that was
    # returned …" says what he did from "he" on.)
    r"^(?!\s+(?:he|she|they|it|we|I|you)\s)(?:\s+(?:(?!\b(?:would|will|had|has|have|was|were|is|are|could|should|might|may|can|"
    r"did|does)\b)[^,.;]){0,80}?)?\s+that\s+"
)
# Where words were said, before what was said with no "that": "in a statement", "in an
# email to staff", "on social media".
_MEDIUM = re.compile(
    r"(?:in|on|via)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|email|e-mail|letter|post|video|podcast|release|briefing|"
    r"social\s+media)(?:\s+(?:to|on)\s+(?:the\s+)?[\w-]+)?,?\s+"
    r"(?=(?:it|he|she|they|we|there|the|a|an|[A-Z])\b)"
)
# What may come before a cue that opens its sentence: nothing, or a short opener.
# (and the words of a role before the name: "In a statement, Western Bays Health chief
# executive Graham Pettifer said …")
_OPENER_ONLY = re.compile(
    r"\s*(?:(?:In|On|At|After|Before)\s[\w ]{1,30},\s*)?(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,6}"
)
_DOCUMENT_AFTER = re.compile(rf"\s+(?:{_DOCUMENT})\b", re.IGNORECASE)


@dataclass
class _Cue:
    reference: str
    at: int  # where the speaker reference starts
    start: int  # the cue's extent, absolute
    end: int
    colon: bool = False
    adjacent: bool = False  # right before or right after the marks
    described: bool = False  # "called …", "described as …"
    tail: str = ""  # words between the verb and the marks ("He noted Kazakhstan has “…”")
    leading: bool = False  # the cue starts its sentence
    trailing: bool = False  # the cue ends its sentence
    appos: str = ""  # ", Lukas Berg," after "A government spokesman"
    appos_at: int = -1
    # "the doctor says the advice carries no risk: “…”": the reported clause before the colon.
    reported: tuple[int, int] | None = None


@dataclass
class _Sentence:
    start: int
    end: int
    masked: str


_DOCUMENT_SUBJECT = re.compile(
    r"^(?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+s\b"
)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _named_in(words: str) -> frozenset[str]:
    """Capitalised words inside a quote: a speaker does not name themselves in the third
    person, so a pronoun cue is not resolved to anyone named here."""
    return frozenset(_CAPITALISED.findall(words))


def _blank(chars: list[str], start: int, end: int, first: int, stop: int) -> None:
    """Blank ``chars`` (the characters of [first, stop)) between start and end, in one slice."""
    start, end = max(start, first), min(end, stop)
    if end > start:
        chars[start - first : end - first] = " " * (end - start)


def _ends_sentence(words: str) -> bool:
    """Whether quoted words end a sentence ("… chin down.’ " counts: nested marks aside)."""
    # An interrupted quote ("We thought —") ends where the speaker stops too.
    return words.rstrip(" ’'”\"")[-1:] in (".", "!", "?", "…", "—", "–")


def _title_like(words: str) -> bool:
    tokens = _WORD.findall(words)
    if not tokens:
        return True
    capitalised = sum(t[0].isupper() for t in tokens if t.lower() not in _FILLER)
    content = sum(1 for t in tokens if t.lower() not in _FILLER)
    return (
        content > 0
        and capitalised / content >= 0.6
        and not words.rstrip().endswith((".", "?", "!", ","))
    )


def _sentence_like(words: str) -> bool:
    """Words that read as a sentence someone said (British copy puts speech in single marks):
    a capital first letter and a sentence's or clause's end inside the marks."""
    words = words.strip()
    # (Nested marks aside: "… she'd say, "Mum, that's not normal."" ends a sentence.)
    ending = words.rstrip("’'”\"")
    return words[:1].isupper() and ending.endswith((".", "?", "!", ",", "…"))


class QuoteFinder:
    """Find the quotes of one document's body paragraphs."""

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...], resolver: Resolver):
        self.text = text
        self.paragraphs = paragraphs
        self.resolver = resolver
        self.quotes: list[Quote] = []
        self.last: Speaker | None = None
        self.last_paragraph = -10
        self._chain: list[int] = []  # indices into self.quotes of an unresolved quote chain
        self._chain_speaker: Speaker | None = None

    def run(self, kinds: list[Kind], skip: set[int]) -> list[Quote]:
        spans = find_spans(self.text, self.paragraphs)
        by_paragraph: dict[int, list[MarkSpan]] = {}
        for span in spans:
            by_paragraph.setdefault(span.paragraph, []).append(span)
        for index, paragraph in enumerate(self.paragraphs):
            if index in skip or kinds[index] is not Kind.BODY:
                continue
            self._paragraph(index, paragraph, by_paragraph.get(index, []))
        return self.quotes

    # -- one paragraph -------------------------------------------------------------------

    def _paragraph(self, index: int, paragraph: Paragraph, spans: list[MarkSpan]) -> None:
        text = self.text
        mask = masked(text, paragraph.start, paragraph.end, spans)
        sentences = [
            _Sentence(s, e, mask[s - paragraph.start : e - paragraph.start])
            for s, e in split_sentences(mask, paragraph.start)
        ]
        in_paragraph: list[Speaker] = []
        for sentence in sentences:
            inside = [s for s in spans if sentence.start <= s.open < sentence.end]
            if inside and all(self._name_in_marks(s) for s in inside):
                inside = []  # 'on the "Fresh Value" programme': the sentence is still read
            if inside:
                before = len(self.quotes)
                self._quoted_sentence(index, paragraph, sentence, inside, spans, in_paragraph)
                if len(self.quotes) == before and all(s.closed for s in inside):
                    # Only scare quotes ('in "fair" condition, the agency said'): the
                    # sentence may still report someone's words.
                    speaker = self._indirect(index, paragraph, sentence)
                    if speaker is not None:
                        in_paragraph.append(speaker)
            elif not sentence.masked.rstrip().endswith(":"):
                speaker = self._indirect(index, paragraph, sentence)
                if speaker is not None:
                    in_paragraph.append(speaker)

    def _name_in_marks(self, span: MarkSpan) -> bool:
        """A name or title in marks ("Fresh Value", "Cowboys and Indians"), not speech."""
        words = self.text[span.inner_start : span.inner_end]
        return span.closed and _words(words) <= 5 and _title_like(words)

    def _quoted_sentence(
        self,
        index: int,
        paragraph: Paragraph,
        sentence: _Sentence,
        inside: list[MarkSpan],
        spans: list[MarkSpan],
        in_paragraph: list[Speaker],
    ) -> None:
        text = self.text
        mixed_done = False
        for span in inside:
            words = text[span.inner_start : span.inner_end]
            if not words.strip():
                continue
            previous_close = max(
                (s.close for s in spans if s.close <= span.open), default=sentence.start
            )
            cue = self._cue(span, sentence, max(previous_close, sentence.start))
            exclude = _named_in(words)
            if (
                cue is not None
                and self.last is not None
                and cue.reference.lower() in ("he", "she")
                and _REPLY.search(text, cue.start, cue.end)
                and self.quotes
                and "?" in self.quotes[-1].text
                and self.quotes[-1].speaker == self.last.name
            ):
                # '“You were broke, weren't you?” Lam said. “…,” he replied.': who replies to
                # a question is someone else.
                exclude |= {self.last.name.split()[-1]}
            speaker = (
                self._resolve(cue.reference, cue.at, cue.appos, cue.appos_at, exclude)
                if cue
                else None
            )
            cue_found_speaker = speaker is not None
            if cue is not None and cue.described and _title_like(words):
                continue  # 'the print called "Cowboys and Indians"': a title, not speech
            if (
                cue is not None
                and speaker is None
                and cue.adjacent
                and _DOCUMENT_REFERENCE.match(cue.reference)
            ):
                continue  # '“…,” the report said': a document's words, not a person's
            if (
                cue is not None
                and speaker is None
                and self._asked(self._sentence_lead(index, span), span)
            ):
                continue
            if cue is None or speaker is None:
                speaker = self._fallback(index, span, words, in_paragraph)
                if speaker is None:
                    if span.continued:
                        self._chain.append(len(self.quotes))
                        self.quotes.append(self._quote(span, index, words, None, "", "direct"))
                    continue
            kind = self._kind(span, sentence, spans, cue)
            if kind == "mixed" and mixed_done:
                continue
            mixed_done = mixed_done or kind == "mixed"
            in_paragraph.append(speaker)
            self._remember(speaker, index)
            resolved = cue is not None and speaker is not None and cue_found_speaker
            cue_text = text[cue.start : cue.end].strip(" ,:;—–-") if cue and resolved else ""
            if kind == "mixed":
                if cue is not None and resolved:
                    self._who_said(index, cue.start, cue.end, speaker)
                start, end = self._content(sentence, cue)
                self.quotes.append(
                    Quote(
                        text[start:end],
                        speaker.name,
                        speaker.role,
                        paragraph.number,
                        start,
                        end,
                        cue_text,
                        "mixed",
                    )
                )
            else:
                self.quotes.append(self._quote(span, index, words, speaker, cue_text, "direct"))
                if cue is not None and cue.reported and cue_found_speaker:
                    verb = cue_text.split()[-1] if cue_text else ""
                    self._add_indirect(index, *cue.reported, speaker, verb)
            self._resolve_chain(speaker, span)
            if span is inside[-1] and kind == "direct":
                self._adding(index, sentence, span, speaker)

    def _adding(self, index: int, sentence: _Sentence, span: MarkSpan, speaker: Speaker) -> None:
        """'“…,” Haddad said, adding that the company would raise its forecast': the
        participle clause after a quote reports more of the same speaker's words."""
        tail_at = span.close - sentence.start
        if tail_at < 0 or ", " not in sentence.masked[tail_at:]:
            return
        found = cues.ADDING.search(sentence.masked, tail_at)
        if found is None or _words(found.group("content")) < 4:
            return
        cue = self.text[sentence.start + found.start("verb") : sentence.start + found.end("verb")]
        self._add_indirect(
            index, sentence.start + found.start("content"), sentence.end, speaker, cue
        )

    def _add_indirect(self, index: int, start: int, end: int, speaker: Speaker, cue: str) -> bool:
        """Store text[start:end], less trailing punctuation, as an indirect quote if any is left."""
        while end > start and self.text[end - 1] in " ,;:":
            end -= 1
        if end <= start:
            return False
        self.quotes.append(
            Quote(
                self.text[start:end],
                speaker.name,
                speaker.role,
                self.paragraphs[index].number,
                start,
                end,
                cue,
                "indirect",
            )
        )
        return True

    def _quote(
        self,
        span: MarkSpan,
        index: int,
        words: str,
        speaker: Speaker | None,
        cue: str,
        kind: QuoteKind,
    ) -> Quote:
        return Quote(
            words,
            speaker.name if speaker else "",
            speaker.role if speaker else "",
            self.paragraphs[index].number,
            span.inner_start,
            span.inner_end,
            cue,
            kind,
        )

    def _remember(self, speaker: Speaker, index: int) -> None:
        self.last = speaker
        self.last_paragraph = index

    def _resolve_chain(self, speaker: Speaker, span: MarkSpan) -> None:
        """Give a multi-paragraph quote's earlier, cue-less parts the speaker found later."""
        if self._chain:
            from dataclasses import replace

            for at in self._chain:
                self.quotes[at] = replace(
                    self.quotes[at], speaker=speaker.name, speaker_role=speaker.role
                )
            self._chain = []
        self._chain_speaker = speaker if span.continued else None

    # -- cues ----------------------------------------------------------------------------

    def _cue(self, span: MarkSpan, sentence: _Sentence, region_start: int) -> _Cue | None:
        base = sentence.start
        m = sentence.masked
        after_from = span.close - base
        if span.closed and 0 <= after_from <= len(m):
            after = m[after_from:]
            if "as " in after[:80]:
                # '"…," Al-Harbi, known to supporters as "Al Sakhra," told Arab News': a
                # nickname in marks inside the cue reads as a word (same length, offsets hold).
                after = _NICKNAME_IN_CUE.sub(_unmark, after, count=1)
            found = cues.AFTER.match(after)
            if found:
                group = "sp" if found.group("sp") else "sp2"
                appos = "appos" if group == "sp" else "appos2"
                rest = after[found.end() :]
                return _Cue(
                    found.group(group),
                    span.close + found.start(group),
                    span.close,
                    span.close + found.end(),
                    adjacent=True,
                    trailing=not _WORD.search(rest.split("“")[0].split('"')[0]),
                    appos=found.group(appos) or "",
                    appos_at=span.close + found.start(appos),
                )
            # Credits that end the cue where they match: "quoted X as saying", "— X".
            for credit, marks in ((cues.QUOTED_AS_SAYING, ("quoted",)), (cues.DASH_CREDIT, "—–")):
                found = credit.match(after) if any(mark in after for mark in marks) else None
                if found:
                    return _Cue(
                        found.group("sp"),
                        span.close + found.start("sp"),
                        span.close,
                        span.close + found.end(),
                        adjacent=True,
                        trailing=True,
                    )
        before = m[region_start - base : span.open - base]
        # Both need a speech verb: most text before a quote whose cue follows it has none.
        verb_before: tuple[tuple[re.Pattern[str], bool], ...] = ()
        if cues.may_cue(before):
            verb_before = (
                ((cues.BEFORE_COLON, True), (cues.BEFORE, False))
                if before.rstrip().endswith(":")  # BEFORE_COLON ends in one
                else ((cues.BEFORE, False),)
            )
        if "quoted" in before:
            verb_before = ((cues.QUOTED_BEFORE, True), *verb_before)
        for pattern, colon in verb_before:
            found = pattern.search(before)
            if found:
                tail = found.group("tail")
                if (
                    not colon
                    and tail
                    and not cues.CUE_TAIL.match(tail)
                    and _words(tail) > 6
                    # (Unless the cue opens the sentence: "In a statement, the Sub-Union says
                    # it supports the merger and that combined clubs are “…”".)
                    and not _OPENER_ONLY.fullmatch(before[: found.start()])
                ):
                    continue
                start = region_start + found.start()
                content_tail = bool(tail) and (
                    not cues.CUE_TAIL.match(tail)
                    or _THAT_CLAUSE.search(tail) is not None
                    # "said the agency would “…”": no one is told; the words are the writer's
                    or (
                        found.group("verb") not in _ADDRESSED
                        and _THE_CLAUSE.match(tail) is not None
                    )
                    # "He told her the figures were “…”"
                    or (found.group("verb") in _ADDRESSED and _TOLD_CLAUSE.match(tail) is not None)
                )
                return _Cue(
                    found.group("sp"),
                    start + found.start("sp") - found.start(),
                    start,
                    region_start + (found.end("verb") if content_tail else found.end()),
                    colon=colon,
                    adjacent=True,
                    tail=tail if content_tail and not colon else "",
                    leading=not _WORD.search(m[: start - base]),
                    appos=found.group("appos") or "",
                    appos_at=region_start + found.start("appos"),
                    reported=self._reported_before_colon(found, region_start)
                    if colon and content_tail
                    else None,
                )
        for pattern in (cues.DESCRIBED,) if cues.may_describe(before) else ():
            found = pattern.search(before)
            if found:
                start = region_start + found.start()
                return _Cue(
                    found.group("sp"),
                    start,
                    start,
                    region_start + found.end(),
                    described=True,
                    appos=found.group("appos") or "",
                    appos_at=region_start + found.start("appos"),
                )
        head = cues.HEAD.match(m)
        if head and head.end() <= span.open - base:
            return _Cue(
                head.group("sp"),
                base + head.start("sp"),
                base + head.start("sp"),
                base + head.end(),
                leading=True,
                appos=head.group("appos") or "",
                appos_at=base + head.start("appos"),
            )
        if before.rstrip().endswith(":"):
            # "Furrer’s message was blunt: «…»" / "In his speech, Smith was firm: “…”": the
            # colon hands the sentence's subject the words.
            found = cues.COLON_SUBJECT.match(m, 0, span.open - base)
            if found:
                reference = found.group("sp")
                if reference in ("His", "his", "Her", "her"):
                    reference = "he" if reference.lower() == "his" else "she"
                return _Cue(
                    re.sub(r"(?:’s|'s)$", "", reference),
                    base + found.start("sp"),
                    base + found.start("sp"),
                    span.open,
                    colon=True,
                    adjacent=True,
                    leading=True,
                )
        for found in cues.PARENTHETICAL.finditer(m):
            group = "sp" if found.group("sp") else "sp2"
            return _Cue(
                found.group(group),
                base + found.start(group),
                base + found.start(),
                base + found.end(),
            )
        found = cues.ACCORDING.search(m)
        if found:
            return _Cue(
                found.group("sp"),
                base + found.start("sp"),
                base + found.start(),
                base + found.end(),
            )
        return None

    @staticmethod
    def _reported_before_colon(found: re.Match[str], region_start: int) -> tuple[int, int] | None:
        """The span of a reported clause between a cue's verb and the colon before a quote,
        if the words there make one ("that …", "the advice carries …", "she would …")."""
        tail = found.group("tail")
        clause = _REPORTED_TAIL.match(tail)
        if clause is None or _words(clause.group("clause")) < 4:
            return None
        if found.group("verb") in _ADDRESSED and not clause.group("that"):
            return None  # "told the club’s media channel:": whom, not what

        start = region_start + found.start("tail") + clause.start("clause")
        return start, start + len(clause.group("clause"))

    def _resolve(
        self,
        reference: str,
        at: int,
        appos: str,
        appos_at: int,
        exclude: frozenset[str] = frozenset(),
    ) -> Speaker | None:
        """Resolve a cue's speaker; "A government spokesman, Lukas Berg, said" and "The
        town’s Conservative MP, Rachel Hume, said" credit the name in the apposition."""
        last = (
            _APPOSED_LAST.search(appos)
            if appos.count(",") >= 3 and reference.split()[0].lower() in ("the", "a", "an")
            else None
        )
        if last is not None and self.resolver.people.lookup(last.group(1), fuzzy=False):
            # "In a statement read to the court, the woman’s daughter, Karen Metcalfe, said":
            # the cue pattern began at "the court"; the name that ends the run speaks.
            return self.resolver.resolve(last.group(1), appos_at + last.start(1))
        given = _GIVEN_NAME.search(appos) if appos else None
        if given is not None:
            # "Another witness, a man who gave his name only as Danny, said": Danny.
            people = self.resolver.people
            person = people.add_person(given.group(1), appos_at + given.start(1))
            return Speaker(person.name, person.role, person)
        apposed_body = _APPOS_BODY.match(appos) if appos else None
        if (
            apposed_body is not None
            and apposed_body.group(1).split()[-1] in ORG_WORDS
            and reference.split()[0].lower() in ("the", "a", "an")
        ):
            # "The competition's governing body, the Brisbane Metro Rugby League, said": the
            # body the description names.
            return self.resolver.resolve(apposed_body.group(1), appos_at + apposed_body.start(1))
        named = _APPOS_NAME.match(appos) if appos else None
        if named and (
            _ROLE_REFERENCE.search(reference)
            or _OWNED_ROLE.match(reference)
            # "Counsel for Mr Fitzmaurice, Paul Geraghty SC, told": the one acting for him
            or _ACTING_FOR.search(self.text, max(0, at - 30), at)
            # "The chief of Asuboa, Nana Owusu Agyeman II, said": the role's holder apposed
            or _ROLE_OF_BEFORE.search(self.text, max(0, at - 40), at)
        ):
            speaker = self.resolver.resolve(named.group(1), appos_at + named.start(1))
            if speaker is not None and speaker.person is not None:
                return speaker
            if speaker is not None and named.group(1).split()[-1] in ORG_WORDS:
                # "The vessel’s owner, Kestrel Maritime Holdings, said", "The buyer, Larchmont
                # Residential Group, said": the body apposed, whoever "the buyer" might
                # otherwise have been.
                return speaker
        speaker = self.resolver.resolve(reference, at, exclude)
        if named and (
            (
                (speaker is None or speaker.person is None)
                and self.resolver.people.lookup(named.group(1), fuzzy=False) is not None
            )
            # "Another attendant, garment worker Shahidul Islam, said", "Another GP, Dr Niall
            # Gormley, said": the one apposed to a description.
            or reference.split()[0].lower() in ("another", "a", "an", "one")
        ):
            # "The Democrat from Ohio, Sen. Laura Pike, said": a place or body, then the person.
            return self.resolver.resolve(named.group(1), appos_at + named.start(1))
        return speaker

    def _asked(self, lead: str, span: MarkSpan) -> bool:
        """Whether the words are a reporter's question ('a reporter asked Ms. Kimura, “Is
        there any cap …?”'); the one asked is who answers next ('“Not this one,” she said')."""
        if not _REPORTER_ASKED.search(lead):
            return False
        asked = _ASKED_WHOM.search(lead)
        person = self.resolver.people.lookup(asked.group(1), fuzzy=False) if asked else None
        if person is not None:
            self.resolver.people.credit(person, span.open)
        return True

    def _fallback(
        self,
        index: int,
        span: MarkSpan,
        words: str,
        in_paragraph: list[Speaker],
    ) -> Speaker | None:
        """The speaker of a quote with no cue: the one whose quote it carries on, if any."""
        if span.continues and self._chain_speaker is not None:
            return self._chain_speaker
        if not span.closed and not span.continued:
            return None  # an unbalanced mark: only a cue makes its words a quote
        beat = _BEAT_AFTER.match(self.text, span.close) if span.closed else None
        if beat and _ends_sentence(words):
            # '“He was hard on us.” Castillo paused. “But fair.”': the person in the short
            # sentence right after the quote, if the text introduced them.
            person = self.resolver.people.lookup(beat.group("name"), fuzzy=False)
            if person is not None:
                return Speaker(person.name, person.role, person)
        paragraph = self.paragraphs[index]
        before = _BEAT_BEFORE.match(self.text, paragraph.start, span.open)
        if before and span.closed and _ends_sentence(words) and self._opens_sentence(span):
            # 'Smith shook his head. “Not a chance.”': the person of the short sentence that
            # opens the paragraph, right before the words.
            person = self.resolver.people.lookup(before.group("name"), fuzzy=False)
            if person is not None:
                return Speaker(person.name, person.role, person)
        described = _DESCRIBED_BEFORE.match(self.text, paragraph.start, span.open)
        if described and span.closed:
            # 'The association chairman was unmoved: “…”', 'his aunt is unsentimental about
            # the future: “…”': the person the words describe.
            speaker = self.resolver.resolve(described.group("nominal"), described.start("nominal"))
            if speaker is not None:
                return speaker
        lead = self._sentence_lead(index, span)
        if _NAMING.search(lead) and _title_like(words.rstrip().removesuffix(".")):
            return None  # 'Supporters call it “the Basin Fairness Act.”': a name for it
        if _title_like(words) or (
            _words(words) < 4
            and not (in_paragraph and _sentence_like(words) and self._opens_sentence(span))
        ):
            return None  # short words with no cue: a term, unless they carry on a quote
        if span.single and not _sentence_like(words):
            return None  # 'multivectorism', 'a betrayal': single marks around a term
        if _document_subject(lead):
            return None  # 'The police report lists the items as "…"': a document's wording
        if _BELIEF.search(lead):
            return None  # 'She believes a good instrument is “…”': an opinion, not speech
        if self._asked(lead, span):
            return None  # 'a reporter asked Ms. Kimura, “Is there any cap …?”': a question
        at_paragraph_start = span.open == paragraph.start
        if in_paragraph:
            return in_paragraph[-1]
        recent = self.last if self.last is not None and self.last_paragraph >= index - 2 else None
        if at_paragraph_start:
            previous = self.paragraphs[index - 1].text.rstrip() if index else ""
            if recent is not None and (self.last_paragraph == index - 1 or previous.endswith(":")):
                return recent
            introduced = self.resolver.people.recent(span.open, window=800)
            if (
                (not span.closed and span.continued)
                or (span.closed and _words(words) >= 5 and _ends_sentence(words))
            ) and (
                introduced is not None
                and index
                and self._subject_of(introduced, self.paragraphs[index - 1])
            ):
                # A quote running over paragraphs, or a whole quoted paragraph, right after one
                # about a person ("Ray Castillo, who sparred with him, remembered the gym.",
                # "His mother, Eileen Brierley, … had walked down with them."): theirs.
                return Speaker(introduced.name, introduced.role, introduced)
        person = self.resolver.people.recent(span.open, window=1200)
        if (
            person is not None
            and (recent is None or person.name != recent.name)
            and self._mentioned_in(person.name, index, span.open)
        ):
            return Speaker(person.name, person.role, person)
        return recent

    def _subject_of(self, person: Person, paragraph: Paragraph) -> bool:
        """Whether ``paragraph`` (with no quote of its own) is about ``person``: it opens with
        their name, or names them as the subject of its sentence."""
        if paragraph.text.startswith(person.name):
            return True
        if any(mark in paragraph.text for mark in '“”"'):
            return False
        return any(paragraph.start <= at < paragraph.end for at in person.subjects)

    def _sentence_lead(self, index: int, span: MarkSpan) -> str:
        """The words of the marks' sentence before the opening mark."""
        lead = self.text[self.paragraphs[index].start : span.open]
        return _SENTENCE_BREAK.split(lead)[-1]

    def _opens_sentence(self, span: MarkSpan) -> bool:
        """Whether the marks open a sentence ('she said. “Again.”'), not a phrase inside one
        ('named their robot "Robogee."')."""
        lead = self.text[max(0, span.open - 4) : span.open].rstrip()
        return not lead or lead[-1] in ".!?”\"’'"

    def _mentioned_in(self, name: str, index: int, before: int) -> bool:
        paragraph = self.paragraphs[index]
        surname = name.split()[-1]
        return surname in self.text[paragraph.start : before]

    def _kind(
        self, span: MarkSpan, sentence: _Sentence, spans: list[MarkSpan], cue: _Cue | None
    ) -> QuoteKind:
        """Direct when the marks hold the sentence's words, mixed when the writer's own words
        carry part of it ("He noted Kazakhstan has “always been right in the middle”")."""
        if cue is not None and cue.colon:
            return "direct"
        if cue is not None and (cue.tail or cue.described):
            return "mixed"  # the writer's words run between the cue and the marks
        chars = list(sentence.masked)
        for other in spans:
            _blank(chars, other.open, other.close, sentence.start, sentence.end)
        blank_from, blank_to = sentence.start, sentence.start
        earlier = [o for o in spans if sentence.start <= o.open < span.open]
        if cue is None and earlier:
            # '"…", it added; and, later, "…"': the earlier quote and its cue are not this
            # one's context.
            blank_from, blank_to = sentence.start, span.open
        elif cue is not None and cue.adjacent and cue.start >= span.close:
            # "“…,” said Lemon, referring to …": the cue and what follows it are not the
            # quote's; what stands before the marks is.
            blank_from, blank_to = cue.start, sentence.end
        elif cue is not None and cue.adjacent:
            # "Discussing it, Razak said, “…”": what stands before the cue is scene-setting.
            blank_from, blank_to = sentence.start, cue.end
        elif cue is not None:
            blank_from, blank_to = cue.start, cue.end
        _blank(chars, blank_from, blank_to, sentence.start, sentence.end)
        residual = [w for w in _WORD.findall("".join(chars)) if w.lower() not in _FILLER]
        return "mixed" if len(residual) >= 3 else "direct"

    def _content(self, sentence: _Sentence, cue: _Cue | None) -> tuple[int, int]:
        """The span of a mixed quote: its sentence without a cue at its start or end."""
        start, end = sentence.start, sentence.end
        if cue is not None and cue.leading and cue.end < end:
            start = cue.end
            rest = self.text[start:end]
            skip = re.match(r"^[\s,:;—–-]*(?:that\s+)?", rest)
            start += skip.end() if skip else 0
        elif cue is not None and cue.trailing and cue.start > start:
            end = cue.start
        while end > start and self.text[end - 1] in " ,;:—–-":
            end -= 1
        return start, end

    # -- reported speech -------------------------------------------------------------------

    def _indirect(self, index: int, paragraph: Paragraph, sentence: _Sentence) -> Speaker | None:
        text = self.text
        s = text[sentence.start : sentence.end]
        if _words(s) < 6:
            return None
        found = None
        # Cheap tests first: the "according to" patterns need the word, the rest a verb.
        according = (cues.ACCORDING_START, cues.ACCORDING_END) if "ccording" in s else ()
        for pattern in according:
            found = pattern.match(s)
            if found and all(w[0].isupper() for w in _WORD.findall(found.group("content"))):
                found = None  # "…, according to the study’s author, Dr. Hannah Sato."
            if found and _DOCUMENT_AFTER.match(s, found.end("sp")):
                found = None  # "according to FactSet data": a source, not a speaker
            if found and _SEEN_BY.search(s, 0, found.start("sp")):
                found = None  # "according to planning documents seen by AFP": a document
            if found:
                content = (found.start("content"), found.end("content"))
                if found.groupdict().get("appos"):
                    content = (0, len(s))
                return self._emit_indirect(index, sentence, found, "sp", content)
        if not cues.may_report(s):
            return self._participle(index, sentence, s)  # none of the patterns below can match
        found = cues.DECLINED_BUT_SAID.match(s) if "declined" in s or "refused" in s else None
        if found:  # "… declined to say how many … but said fewer than 40,000 were hit"
            return self._emit_indirect(
                index, sentence, found, "sp", (found.start("content"), len(s))
            )
        found = cues.PARENTHETICAL_SAY.match(s)
        inverted = found.group("sp2") if found and found.group("verb2") else ""
        if found and inverted[:1].islower() and inverted.split()[-1] not in _PERSON_HEADS:
            say = cues.SAY_THAT.match(s)
            if say and say.start("verb") == found.start("verb2"):
                # "Kagiso Mothibi, who chairs the forum, said the shops, taxis and schools
                # …": the subject's apposition then what he said, not "said the shops".
                found = None
        if found:
            group = "sp" if found.group("sp") else "sp2"
            then = _AND_THEN_SAID.match(found.group("c2"))
            subject = cues.SUBJECT.match(s) if then else None
            if then is None:
                more = _AND_CLAUSE.match(found.group("c2"))
                if more is not None:
                    # "Volumes rose, she said, and the chain gained share": two clauses of
                    # hers, each a span.
                    credited = self._emit_indirect(
                        index, sentence, found, group, (0, found.end("c1"))
                    )
                    if credited is not None:
                        second = found.start("c2") + more.start("content")
                        self._emit_indirect(index, sentence, found, group, (second, len(s)))
                    return credited
            if then is None or subject is None or subject.end("sp") > found.end("c1"):
                return self._emit_indirect(index, sentence, found, group, (0, len(s)))
            # "Whitmore was arrested, police said, and told officers he had …": the first
            # clause is the police's; what he told officers is the sentence subject's.
            credited = self._emit_indirect(index, sentence, found, group, (0, found.end("c1")))
            then_at = found.start("c2") + then.start("content")
            self._emit_indirect(index, sentence, subject, "sp", (then_at, len(s)))
            return credited
        found = cues.SAY_THAT.match(s)
        appos = (found.group("appos") or "") if found else ""
        if appos and _FINITE.search(appos) and not _RELATIVE_APPOS.match(appos):
            # "The Austin, Texas-based company is working with advisers …, said the people":
            # a clause, not an apposition; the speaker comes after the verb.
            found = None
        if found:
            rest_at = found.end("verb")
            rest = s[rest_at:]
            that = _THAT_AFTER_CUE.match(rest)
            if that:
                content_at = rest_at + that.end()
            else:
                obj = (
                    re.match(
                        r"^\s+(?:reporters|journalists|the\s+press|him|her|them|us|me|[A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*){0,3}|(?:the\s+)?(?:parliament|lawmakers|legislators|"
                        r"congress|senators|investors|analysts|staff|employees|workers|supporters|"
                        r"delegates|jurors|court|jury|committee|council|audience|crowd|residents|"
                        r"inquest|inquiry|tribunal|hearing|panel|commission|board|mps|police|"
                        r"officers|detectives|investigators|the\s+(?:bbc|press|media))|"
                        r"an?\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:jury|court|panel|committee|"
                        r"hearing|tribunal|inquest|audience|crowd)|"
                        r"a\s+(?:news|press)\s+conference)(?=\s)",
                        rest,
                    )
                    if found.group("verb") in ("told", "tells")
                    else None
                )
                content_at = rest_at + (obj.end() if obj else 0)
                lead = s[content_at:].lstrip(" ,")
                told = found.group("verb") in ("told", "tells")
                medium = _MEDIUM.match(lead) if not told else None
                if medium is not None:
                    # "said in a statement it would contribute Sh500,000": what it said.
                    lead = lead[medium.end() :]
                content_at = len(s) - len(lead)
                if _PREPOSITION_START.match(lead) or (told and obj is None):
                    return None
                if found.group("verb") in _OBJECT_VERBS and not _CLAUSE_START.match(lead):
                    return None  # "He denied the charges", "admitted fraud": a thing, not words
            if _words(s[content_at:]) >= (3 if that else 4):
                credited = self._emit_indirect(index, sentence, found, "sp", (content_at, len(s)))
                ending = cues.SAID_END.match(s) if credited is None else None
                if ending is None or not ending.group("sp2"):
                    return credited
                # (No one to credit: "The misting zones had a smaller effect than expected,
                # says her colleague Marta Soler" read the subject as a speaker; the cue at
                # the end names one.)
                return self._emit_indirect(
                    index, sentence, ending, "sp2", (0, ending.end("content"))
                )
        found = cues.CLAUSE_SAY.search(s)
        if (
            found
            and _words(found.group("content")) >= 4
            and not _PREPOSITION_START.match(found.group("content"))
        ):
            return self._emit_indirect(
                index, sentence, found, "sp", (found.start("content"), len(s))
            )
        found = cues.RELATIVE_SAY.search(s) if "who" in s else None
        if (
            found
            and _words(found.group("content")) >= 4
            # (Not "who described himself as …": words, not a thing named.)
            and not _NAMES_A_THING.match(found.group("content"))
            and found.group("verb") not in _NAMING_VERBS
        ):
            return self._emit_indirect(
                index, sentence, found, "sp", (found.start("content"), len(s))
            )
        found = cues.SAID_END.match(s)
        if found and _words(found.group("content")) >= 4:
            group = "sp" if found.group("sp") else "sp2"
            return self._emit_indirect(index, sentence, found, group, (0, found.end("content")))
        return self._participle(index, sentence, s)

    def _participle(self, index: int, sentence: _Sentence, s: str) -> Speaker | None:
        """ "She granted the motion, ruling that the evidence was …": reported speech in a
        participle clause, credited to the sentence's subject."""
        if ", " not in s:
            return None
        found = cues.ADDING.search(s)
        if found is None or _words(found.group("content")) < 4:
            return None
        if _AMOUNT_START.match(found.group("content")):
            return None  # "…, adding about Sh4,500 to the cost of a bale": a sum, not words
        subject = cues.SUBJECT.match(s)
        if subject is None or subject.end("sp") > found.start():
            return None
        if subject.group("sp").endswith(("’s", "'s")):
            subject = cues.OWNER_ROLE_NAME.match(s) or subject
        later = cues.last_match(cues.CLAUSE_SUBJECT, s, 0, found.start())
        if later is not None:
            # "Fisk had asked for eight years, while defence lawyer Ryan Dueck sought four,
            # arguing that …": the participle is the nearer clause's subject's.
            subject = later
        return self._emit_indirect(index, sentence, subject, "sp", (found.start("content"), len(s)))

    def _emit_indirect(
        self,
        index: int,
        sentence: _Sentence,
        found: re.Match[str],
        speaker_group: str,
        content: tuple[int, int],
    ) -> Speaker | None:
        """Emit the reported clause ``content`` credited to ``found``'s ``speaker_group``."""
        reference = found.group(speaker_group)
        reference_at = found.start(speaker_group)
        group = "appos" if found.groupdict().get("appos") else "rest"
        appos = found.groupdict().get(group) or ""
        comma = appos.find(",")  # "according to the study's senior author, Dr. Hannah Sato"
        appos = appos[comma:] if comma >= 0 else ""
        appos_at = sentence.start + found.start(group) + comma if appos else -1
        speaker = self._resolve(reference, sentence.start + reference_at, appos, appos_at)
        if speaker is None:
            return None
        start, end = sentence.start + content[0], sentence.start + content[1]
        while start < end and self.text[start] in " ,:;":
            start += 1
        cue_end = (
            found.end("verb")
            if "verb" in found.re.groupindex and found.group("verb")
            else found.end("sp")
        )
        cue_start = min(found.start("sp"), cue_end)
        cue_text = self.text[sentence.start + cue_start : sentence.start + cue_end]
        if not self._add_indirect(index, start, end, speaker, cue_text.strip(" ,")):
            return None
        self._who_said(index, sentence.start + cue_start, sentence.start + cue_end, speaker)
        self._remember(speaker, index)
        return speaker

    def _who_said(self, index: int, start: int, end: int, speaker: Speaker) -> None:
        """ "Rehema Atieno, who said she had sold clothes there since 1998, said …": the
        relative clause in the cue reports words of the speaker's own."""
        found = _WHO_SAID.search(self.text, start, end)
        if found is not None and _words(found.group("content")) >= 4:
            verb = found.group("verb").split()[0]
            self._add_indirect(index, found.start("content"), found.end("content"), speaker, verb)


def extract_news_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    kinds: list[Kind],
    resolver: Resolver,
    skip: set[int],
) -> list[Quote]:
    """Find direct, mixed and indirect quotes in the body paragraphs not in ``skip``."""
    quotes = QuoteFinder(text, paragraphs, resolver).run(kinds, skip)
    return [q for q in quotes if q.speaker]
