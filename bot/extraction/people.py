"""The people a document names: canonical full names, roles, gender and where they appear.

A person is found from a run of capitalised words holding a known first name (or initials,
or a title such as "President" before the name). Their role comes from the title words before
the name ("Kazakh Deputy Foreign Minister") or an apposition after it ("Edward Lemon, the
president of the Oxus Society, …"). Later mentions by surname, with an honorific or with a
small misspelling ("Mauer" for "Maurer") link to the same person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from bot.documents import split_paragraphs
from bot.extraction.cues import ABBREVIATION, UPPER
from bot.extraction.lexicon import (
    COMPANY_SUFFIXES,
    FAMILY_FIRST_NAMES,
    HONORIFICS,
    NOMINAL_ROLES,
    NOT_NAME_WORDS,
    NOT_ROLE_TITLES,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNNAMED_NOUNS,
    first_name_gender,
)
from bot.models import Paragraph

_PARTICLES = (
    r"(?:de|da|di|du|do|das|dela|delos|van|von|der|den|bin|binti|bte|ibn|al|el|la|le|del|"
    r"della|dos|ter|st\.)"
)
# A capitalised word: initials ("K.C.", "U.S."), a short abbreviation ("Dr.") or a word; a
# full stop ends any other word, so a sentence's last name does not run into the next one.
_CAP = (
    # One initial before a capitalised word is part of a name too ("S. Deshmukh").
    rf"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t][A-Z](?:[a-z]|\.[ \t][A-Z]))|"
    rf"{ABBREVIATION}(?=\s+[A-Z])|"
    # (a plural possessive inside a body's name: "Kaveri Seed Keepers’ Collective")
    rf"[{UPPER}][\w’'-]*s[’'](?=[ \t][A-Z])|[{UPPER}][\w’'-]*\w|[{UPPER}])"
)
# Space within a line, or one line break (a blank line ends a paragraph, and a name).
_GAP = r"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*(?!\n))"
# A run of capitalised words, allowing particles and "of/for/the/and" inside titles.
# "al-Hakimi", "el-Sayed": a lowercase Arabic article joined to a surname.
_ARTICLED = r"(?:al|el|ad|ash|as|at|az|an|bin|ibn)-[A-Z][\w’'-]*\w"
_RUN = re.compile(
    # (Every run starts with a capital: the lookahead skips other positions in one test.)
    # Up to two particles inside a name: "Jan van der Berg", "María de la Cruz".
    # (Never after a digit or a degree sign: "above 30°C. Ferrándiz says" holds no "C.".)
    rf"(?<![\d°])(?=[{UPPER}]){_CAP}(?:(?:{_GAP}|-)(?:{_PARTICLES}{_GAP}){{0,2}}{_CAP}|{_GAP}{_ARTICLED}|{_GAP}(?:of|for|and|the|on){_GAP}(?=[A-Z]){_CAP}){{0,9}}"
)
# A nickname in marks between a first name and a surname: 'Ernesto “Neto” Lopez'. The pattern
# starts at the mark (a quick scan); the first name before it is checked on its own.
_NICKNAME = re.compile(
    rf"(?<= )(?P<nick>[“\"‘'][{UPPER}][\w.’'-]*[”\"’'] )(?=(?P<last>[{UPPER}][a-z][\w’'-]*))"
)
_FIRST_BEFORE = re.compile(rf"(?<![\w’'-])(?P<first>[{UPPER}][a-z][\w’'-]*) $")
# Generational suffixes belong to the name, written as the document writes them.
_SUFFIXES = frozenset(["Jr", "Sr", "Jr.", "Sr.", "II", "III", "IV"])
# Letters after a name: a barrister's rank, an honour, a seat.
POST_NOMINALS = frozenset(
    ["KC", "QC", "SC", "BL", "MP", "MSP", "MS", "TD", "MLA", "MEP", "OBE", "MBE", "CBE", "PhD"]
)
# Name words written lower-case ("van", "bin", "da"); the speakers module reads them too.
PARTICLE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "de da di du do das dela delos van von der den bin binti bte ibn al el la le del della "
        "dos ter te",
    )
)
_IRISH_PARTICLES = frozenset({"Ó", "Ní", "Uí", "Nic", "Mac"})
# Words that join the parts of a capitalised run: a title's "of", a list's "and".
_JOINERS = ("of", "for", "and", "the", "on")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$")
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "D.C.", "A.M.", "P.M."})
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_VERBISH = re.compile(
    rf"\s+(?:also\s+|then\s+|later\s+|further\s+|has\s+|had\s+|have\s+|will\s+|would\s+)?"
    rf"(?:{_SPEECH}|is|was|has|had|sees|saw|thinks|believes|expects|wants|explained|"
    rf"[a-z]+ed|[a-z]+s|struck|won|led|took|made|came|went|left|became|gave|got|held|kept|"
    rf"ran|sat|stood|told|wrote|spoke|began|brought|built|drove|fell|felt|found|grew|hit|knew|"
    rf"lost|met|paid|put|rose|sent|set|shot|sold|spent|threw|broke|chose|read|sang|drew)\b"
)
# "for Aroha Te Rangi, a kaitiaki from the local hapū, who helped …": introduced with a role
# and a clause of their own, the person is what the next "she says" is about.
_RELATIVE_AFTER = re.compile(r",\s(?:an?\s[^,.;“”\"]{1,100},\s)?(?:who|whose)\s+[a-z]")
_POSSESSED = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){1,3}$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[.!?][”\"’']\s+|\n)$")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w.])((?:[A-Z][\w.’'-]*[ \t\u00a0]+){{0,3}}\b(?:{'|'.join(sorted(ROLE_NOUNS))})"
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w’'-]*)?)\s+$"
)
# A relative named in apposition: "his wife of 60 years, Carmen Lopez".
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z-]+\s+)?(?:wife|husband|widow|widower|son|daughter|mother|"
    r"father|brother|sister|partner|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|"
    r"stepson|stepdaughter|grandchild))(?:\s+of\s+[\w ]{1,20}?)?,?\s+$"
)
_KIN = re.compile(
    r"\b(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|grandson|"
    r"granddaughter|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter|grandchild)\b"
)
_MARRIED = ("wife", "widow", "mother")
# A name right after "to <verb>" or a preposition is an object, whatever follows it.
_OBJECT_HONORIFIC = re.compile(
    r"\b(?:of|for|with|to|by|from|against|about)[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+$"
)
_OBJECT_LEAD = re.compile(
    r"(?:\bto\s+[a-z]+|\b(?:of|for|with|against|by|from|about|between|"
    r"met|meet|visited|visit|thanked|thank|accused|charged|sentenced|"
    r"jailed|blamed|named|asked|told|called|urged|hired|fired|replaced|beat|defeated|"
    # "Sanjay Mehrotra, appearing for Aditya Vyas, contended": whom a lawyer acts for.
    r"representing|appearing|acting)"
    # "…, where Thomson is set to make his 100th appearance": a clause hung on a place or
    # a time, not what the sentence is about.
    r"|, (?:where|when|whereas)"
    # "paid tribute to the fly-half Rhys Morgan, who kicked …": a preposition's object.
    r"|\b(?:to|for|with|by|from|about|against|of)\s+(?:the|a|an|his|her|their|its)"
    r"(?:\s+[a-z][\w-]*){0,2}"
    # "founded it with her late husband, Frank, in 1991": a relative named after the object.
    r"|\b(?:to|for|with|by|from|about|against|of)\s+(?:his|her|their)\s+(?:late\s+)?"
    r"(?:husband|wife|son|daughter|father|mother|brother|sister|partner),) $"
)
# "The housing minister has insisted …": a lead naming its subject by role alone.
_LEAD_ROLE = re.compile(
    # (after a dateline too, and "Dravonia's finance minister on Tuesday defended …")
    r"(?:[A-Z][^\n]{0,40}?\s[-–—]\s+)?(?:The|[A-Z][\w-]*(?:’s|'s))\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{'|'.join(sorted(ROLE_NOUNS))}))\s+"
    r"(?:on\s+[A-Z][a-z]+\s+)?(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b"
)
# "The senator has tried …": a sentence whose subject is a person by their role.
_NOMINAL_SUBJECT = re.compile(
    # (After a short opener too: "Outside, the lawyer was scathing"; a modifier or two before
    # the noun: "The association chairman was unmoved".)
    # ("But the judge rejected that": after a conjunction too.)
    r"(?=[A-Z])(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’'][ \t]))"
    r"(?:[A-Z][a-z]+,[ \t]+[Tt]he|(?:But|And|Yet|Still|So)[ \t]+the|The)\s+"
    # ("The Rovers manager, who signed …, rejected": a body's name before the noun, and a
    # relative clause before the verb.)
    r"(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][a-z-]*|\d{1,3}-year-old)"
    r"(?:\s+|,\s+who\s+)(?=(?:is|was|has|had|were|are|will|would|also|then|[a-z]+ed|[a-z]+s)\b)",
    re.M,
)
# A line's first word before a lowercase one: "Brenda now wears …"
# ("Margaret, for her part, is …": a comma after it too.)
_OPENER_THEN_WORD = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[A-Z][^,.!?“”\"\n]{0,40},[ \t]+([A-Z][\w’'-]*)(?=[ \t]+[a-z])", re.M
)
_LINE_OPENING_WORD = re.compile(r"^([A-Z][\w’'-]*)(?=,?[ \t]+[a-z])", re.M)
_TITLE_STOP_BEFORE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon)\.\s+$"
)
# A reported clause running up to a mention: "said …, and that her colleague, ".
_REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|adds)\s(?:[^.!?“”\"]*\bthat|he|she|they|there)\s[^.!?\n]*$"
)
_SAID_THE_OWNERS = re.compile(r"(?<![,”\"’'] )(?<![,”\"’'])\bsaid the [a-z]+, (?:[A-Z]\w* and )?$")
_SAID_SUBJECT = re.compile(r"\b(?:said|says|added|adds) (?:he|she|they|there) ")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_DESCRIBING_ENDS = frozenset(
    {"listed", "based", "owned", "headquartered", "registered", "run", "backed", "funded"}
)
_SAYS = frozenset({"said", "says", "told", "tells", "added", "adds", "asked", "explained"})
_ACTS = re.compile(r" (?:is|was|has|had|says|said|stands|sits|walks|runs|keeps) ")
_PERSONAL_SOON = re.compile(r"\b(?:her|his|she|he)\b")
_SAID_PRONOUN = re.compile(r"\b(?:said|says|added|adds)\s+(?:that\s+)?(he|she)\b")
_OWN_VERB_POSSESSIVE = re.compile(
    r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}(?:[ \t]+[a-z]+|,[ \t]+for)[ \t]+(his|her)\b"
)  # (or "Polglase, for her part,")
_OWN_PRONOUN = re.compile(r"\b(he|his|she|hers)\b", re.I)
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|she|her|hers)\b", re.I)
# "When I asked Solberg whether …": the reporter's question, the person asked answers next.
_REPORTER_ASKED = re.compile(r"\b(?:I|[Ww]e|[Rr]eporters?)\s+asked\s+$")
_TOPIC_LEAD = re.compile(r"(?:^|[.!?][ \t]+)For[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}$")
_PASSIVE_AGENT = re.compile(
    r"\b(?:is|was|are|were|been|being)[ \t]+(?:[a-z]+ed|kept|run|held|led|made|written|"
    r"taken|done|given|shown|brought|built|paid|taught|won)[ \t]+by[ \t]+"
    # ("are kept by his sister, Elif Demir, …": a relation apposed to the name)
    r"(?:[a-z][\w-]*[ \t]+){0,2}(?:(?:his|her|their)[ \t]+[a-z]+,[ \t]+)?$"
)
# Malaysian place words before a name-like run ("Taman Sri Kenari", "Jalan Tun Razak").
_MALAY_PLACES = frozenset(
    ["Taman", "Jalan", "Kampung", "Bandar", "Lorong", "Persiaran", "Bukit", "Sungai", "Pulau"]
)
_SRI_TITLES = frozenset(["Tan", "Puan", "Datuk", "Dato", "Dato'", "Dato’", "Toh"])
_CHILD = re.compile(r"\b(?:son|daughter|grandson|granddaughter|stepson|stepdaughter)\b")
# "Her son Tom joined the workshop": a relative named by first name alone, who shares the
# family name of the person "her" stands for.
_RELATIVE_FIRST_NAME = re.compile(
    r"\b(?:(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:couple|family|pair)(?:’s|'s))|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<named>[A-Z][\w-]+)(?:’s|'s))"
    r"\s+(?:(?:eldest|youngest|elder|younger|older|only|late)\s+)?"
    r"(?P<kin>son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|"
    r"nephew|niece)(?:,)?\s+(?P<first>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
_KIN_GENDER = {
    "son": "m",
    "husband": "m",
    "brother": "m",
    "father": "m",
    "grandson": "m",
    "nephew": "m",
    "daughter": "f",
    "wife": "f",
    "sister": "f",
    "mother": "f",
    "granddaughter": "f",
    "niece": "f",
}
# An age in apposition (", 34,"); it also introduces a one-word name ("who" alone is not
# enough: "Kestrel, who …").
_AGE_APPOSITION = re.compile(r", \d{1,3},")
# Burmese honorifics that are also other words or names ("Ma", a Chinese family name): read
# as honorifics only before a name of three words.
_BURMESE_HONORIFICS = frozenset(["U", "Ma", "Ko", "Daw", "Maung"])
# Places of two words whose first may be a family name ("Hong Kong", "Kuala Lumpur").
_TWO_WORD_PLACES = frozenset(
    ["Hong Kong", "Kuala Lumpur", "Sri Lanka", "Abu Dhabi", "Tel Aviv", "Costa Rica", "Puerto Rico"]
)
_NAMED_KIN_BEFORE = re.compile(rf"(?:’s|'s)[ \t]+(?:[a-z-]+[ \t]+)?{_KIN.pattern},?[ \t]+$")
_ELDER_BEFORE = re.compile(r"\b(?:older|elder|senior)[ \t]+$")
# Where a one-word name introduced with an age may start: a line's or a sentence's start.
_MONONYM_OPENS = re.compile(r"(?:^|\n|[.!?][ \t])$")
# Months that are also women's first names: one with an age after it is a person.
MONTH_FIRST_NAMES = frozenset({"June", "April", "May"})
_ROLE_THEN_NAME_ENDS = re.compile(r" (?:before|after|when|as|in|on|at|and|but|while)\b|[,.;]")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|az|an)-(?=[A-Z])")
_OF_PLACE_AFTER = re.compile(r" of [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,")
_AGED_APPOSITION = re.compile(r",\s+an?\s+\d{1,3}-year-old\b")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
_AGE_BRACKETS = re.compile(r" \(\d{1,3}\)")
# "the prime minister, " or "The Djiboutian delegate, " just before a name.
_OFFICE_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+)?(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?[^,.;“”\"]{1,80}),\s+$"
)
_ROLE_COMMA_BEFORE = re.compile(
    # "Hanul Air’s chief executive, Park Min-jae," too.
    # (and "The health board's medical director, Dr Fiona Strachan,")
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:’s|'s))\s+"
    r"((?:[\w’'-]+\s+){0,3}[\w-]+),\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$"
)
# Endings of capitalised common nouns in titles ("Conservation", "Development"), never names.
_NOUN_ENDINGS = (
    "tion",
    "sion",
    "ment",
    "ity",
    "ence",
    "ance",
    "ism",
    "ics",
    "ogy",
    "ship",
    "ness",
    "ary",
    "ing",
)
# Precompiled: these run for every name mention.
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)(?:\s+|$)", re.I)
_TRAILING_FILLER = re.compile(r"\s+(?:and|of|for|the|on)$")
_FOR_ONES_PART = re.compile(r", for (?:his|her|their|its) part,")
_SHORT_APPOSITION = re.compile(r", (?:a|an|the) [^,.;“”\"]{1,60},")
_COMMA_CUE = re.compile(rf",\s+(?:{_SPEECH})\b")
_ENDS_IN_CUE = re.compile(rf"\s(?:{_SPEECH})\W*$")
_NUMBER_ONLY = re.compile(r"^\d+$")
_CHARGED = re.compile(
    r"\b(?:pleaded|pled|admitted|admits|denied|denies|(?:was|were|is|has\s+been)\s+"
    r"(?:charged|convicted|found\s+guilty|jailed|sentenced|fined|banned|accused|remanded))\b"
)
# Capitalised words that open a clause rather than end a title ("When Mere Hohaia …").
# A first mention introduced at length: "Kaylee Briggs, Tyler's 16-year-old sister, who works
# the register …" (whoever the sentence's grammar makes its subject).
# (or an age in the apposition: "Yumi Takeda, a 34-year-old nurse who …")
_INTRODUCED = re.compile(r",\s(?:[^,.;“”\"]{1,60},\s+who\s|an?\s\d{1,3}-year-old\s)")
_PATRONYMIC = re.compile(r" (?:bin|binti|bte) ")
_CLAUSE_OPENERS = frozenset(
    re.findall(
        r"\S+",
        "When While After Before If As But And So Then The A An In On At For With By From Of "
        "To Since Although Because Once Until Though Yesterday Today Meanwhile Later",
    )
)
_REPORTED_LEAD = re.compile(
    # (after an apposition too: "The prop, who works nights, says Arkwright is …")
    # (or a role: "The Cougars coach said Dorsey had played through …")
    r"(?:\b[A-Z][\w’'.-]*|\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[a-z]{3,}|,)\s+(?:said|says|added|adds|noted|argued|"
    r"claimed|insisted|explained|stressed|admitted|accepted|suggested|believed|believes)\s+$"
)
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whose|which)\s")
_APPOS_LEAD = re.compile(
    r"^(?:who\s+is|who(?=\s+(?:studies|researches|speciali[sz]es))|also|currently|now)\s+"
)
_APPOS_START = re.compile(
    r"^(?:the|a|an|its|his|her|their|former|then|now|also|currently|of|at|from|who\s+is|"
    r"[A-Z][\w.’'-]*(?:’s|'s)|senior|junior|chief|deputy|acting|assistant|associate|executive|"
    r"vice|co-\w+|managing|lead|head|who\s+(?:studies|researches|specialises|specializes))\b"
)


@dataclass
class Person:
    """One person in a document and every place they are mentioned."""

    name: str
    surname: str
    role: str = ""
    gender: str = ""  # "m", "f" or "" when the text does not show it
    mentions: list[int] = field(default_factory=list)  # sorted start offsets
    subjects: list[int] = field(default_factory=list)  # mentions as a sentence's subject
    speaker_at: list[int] = field(default_factory=list)  # where a cue credits them

    def add(self, where: list[int], at: int) -> None:
        if not where or where[-1] < at:
            where.append(at)
        elif at not in where:
            bisect.insort(where, at)


def _before_title(text: str, at: int) -> int:
    """Where a mention starts with a title's full stop before it skipped ("Dr. Anne-Marie")."""
    if "." not in text[max(0, at - 6) : at]:
        return at
    title = _TITLE_STOP_BEFORE.search(text, max(0, at - 8), at)
    return title.start() if title else at


def inside_marks(text: str, at: int) -> bool:
    """Whether ``at`` lies inside double quotation marks opened in its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _strip_possessive(token: str) -> str:
    if not token.endswith(("s", "’", "'", "\n")):
        return token  # most words: the pattern cannot match, so skip it
    return _POSSESSIVE.sub("", token)


def _is_name_token(token: str) -> bool:
    return bool(token) and token[0].isupper() and token not in ORG_WORDS


def _clean_role(role: str) -> str:
    role = " ".join(role.split()).strip(" ,;")
    # "gerontologist at the University of Edinburgh who was not involved in the research":
    # the role is what comes before the relative clause.
    role = _RELATIVE_CLAUSE.split(role, maxsplit=1)[0]
    role = _LEADING_ARTICLE.sub("", role)
    role = _TRAILING_FILLER.sub("", role)
    return role


_ROLE_GENDER = re.compile(
    r"(?i:\b(?:(?P<f>(?:chair|spokes|council|business|police|congress|sales)woman|"
    r"actress|waitress|mother|daughter|wife|widow|sister|grandmother|niece|aunt)|"
    r"(?:chair|spokes|council|business|police|congress|sales)man|father|son|husband|"
    r"widower|brother|grandfather|nephew|uncle)\b)"
)


class People:
    """The registry of a document's people, built once from its text."""

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...] | None = None):
        self.text = text
        # The document's paragraphs (the pipeline has them already; split here otherwise).
        self.paragraphs = split_paragraphs(text) if paragraphs is None else paragraphs
        self.people: list[Person] = []
        self._by_surname: dict[str, list[Person]] = {}
        self._single_names: set[str] = set()  # one-word names people were registered with
        # 'Ernesto “Neto” Lopez': the nickname in marks is blanked (same length, so offsets
        # hold) for the name to read as one run; it is then another key for the person.
        nicknames = [
            (found, first)
            for found in _NICKNAME.finditer(text)
            if (first := _FIRST_BEFORE.search(text, max(0, found.start() - 40), found.start()))
        ]
        runs_in = text
        for found, _ in reversed(nicknames):
            start, end = found.span("nick")
            runs_in = runs_in[:start] + " " * (end - start) + runs_in[end:]
        for match in _RUN.finditer(runs_in):
            run = match.group(0)
            if len(run.split()) == 1:
                # Most runs: one capitalised word no one goes by yet ("The", "But", a place):
                # what _consider would conclude, without the call.
                key = _strip_possessive(_strip_possessive(run.strip()))
                if (
                    key not in self._by_surname
                    and key not in self._single_names
                    # ("Suryani, 38, …": see _consider)
                    and not (
                        text.startswith(", ", match.end())
                        and _AGE_APPOSITION.match(text, match.end()) is not None
                    )
                ):
                    continue
            self._consider(match.start(), run)
        self._relatives_by_first_name()
        self._family_names_first()
        for found, first in nicknames:
            person = self._find([first.group("first"), found.group("last")])
            nickname = found.group("nick").strip(" “”\"‘’'")
            if person is not None and nickname not in self._by_surname:
                self._by_surname[nickname] = [person]
        self._first_name_mentions()
        self._infer_genders()
        self._lead_role()
        self._nominal_subjects()

    # -- building --------------------------------------------------------------------

    def _consider(self, start: int, run: str) -> None:
        tokens = run.split()
        while len(tokens) > 1 and tokens[-1] in POST_NOMINALS:
            # "Siobhán Carey BL", "Iain Dalgleish KC": letters after the name, not part of it
            run = run[: run.rindex(tokens[-1])].rstrip()
            tokens = tokens[:-1]
        if len(tokens) == 1:
            # Most runs: one capitalised word, which holds no new name (see name_index) and can
            # only mention someone known.
            word = tokens[0]
            if (
                word not in self._single_names
                and word not in self._by_surname
                and _AGE_APPOSITION.match(self.text, start + len(word)) is not None
                and _MONONYM_OPENS.search(self.text, max(0, start - 2), start) is not None
                and word.isalpha()
                and word not in NOT_NAME_WORDS
                and word not in TITLE_WORDS
                and word not in ORG_WORDS
                and first_name_gender(word) is None  # ("Morven, 31," is Morven Moir)
                # (not what someone is: a headline's "Mother, 42, told her …")
                and word.lower() not in PERSON_NOUNS
                and word.lower() not in ROLE_NOUNS
                and word.lower() not in UNNAMED_NOUNS
                and not _KIN.search(word.lower())
                and self._by_first_name(word) is None
            ):
                # "Suryani, 38, whose son was treated …": one name, as many Indonesians have,
                # introduced with an age at a sentence's start.
                mononym = Person(name=word, surname=word)
                mononym.gender = first_name_gender(word) or ""
                self._register(mononym)
                self._mention(mononym, start, start + len(word))
                return
            self._mention_known([_strip_possessive(tokens[0])], [start])
            return
        if _strip_possessive(" ".join(tokens[:2])) in _TWO_WORD_PLACES:
            # "Hong Kong’s last single-screen cinemas": a place, whatever "Hong" may be.
            if len(tokens) > 2:
                rest_at = self.text.index(tokens[2], start)
                self._consider(rest_at, run[rest_at - start :])
            return
        if len(tokens) > 2 and len(tokens[0]) > 3 and tokens[0].isupper() and tokens[0].isalpha():
            # "SUBSTITUTE Tawanda Mukuru struck …": a wire lead's capitals, then the name.
            rest_at = self.text.index(tokens[1], start)
            self._consider(rest_at, run[rest_at - start :])
            return
        offsets: list[int] = []
        position = 0
        for token in tokens:
            position = run.index(token, position)
            offsets.append(start + position)
            position += len(token)
        tokens = [*tokens[:-1], _strip_possessive(tokens[-1])]
        if tokens[-1] in COMPANY_SUFFIXES:
            return  # "Permata Alam Engineering Sdn Bhd": a company, whatever first name is in it
        name_at = self.name_index(tokens)
        if name_at is None and self._introduced(tokens, start, start + len(run)):
            name_at = 0
        month_named = (
            name_at is None
            and len(tokens) == 2
            and tokens[0] in MONTH_FIRST_NAMES
            and _is_name_token(tokens[1])
            and tokens[1] not in NOT_NAME_WORDS
            and _AGE_APPOSITION.match(self.text, start + len(run)) is not None
        )
        if month_named:
            name_at = 0  # "June Pelletier, 82, remembers it differently": a woman, not a date
        if name_at is None and "of" in tokens[2:4]:
            # "farmer Gethin Pryce of Kington": the name before "of", if introduced as one.
            before_of = tokens[: tokens.index("of")]
            end_of = start + run.index(" of ")
            if self._introduced(before_of, start, end_of):
                self._consider(start, run[: end_of - start])
                return
        if name_at is None:
            # A lone surname or a title + surname ("Professor Eastman", "Lemon’s").
            self._mention_known(tokens, offsets)
            return
        if "and" in tokens[1:name_at]:
            conjunction = name_at - 1 - tokens[name_at - 1 :: -1].index("and")
            left = tokens[:conjunction]
            if (
                len(left) == 1
                and conjunction == name_at - 1
                and len(tokens) - name_at == 2
                and first_name_gender(left[0]) is not None
                and left[0] not in TITLE_WORDS
            ):
                # "siblings Margaret and Peter Doyle": Margaret Doyle too.
                self._consider(offsets[0], f"{left[0]} {tokens[-1]}")
                right = conjunction + 1
                self._consider(offsets[right], " ".join(tokens[right:]))
                return
            if self.name_index(left) is not None:
                # "Captain Rodel Santos and Chief Engineer Marco Villanueva": two people, the
                # second one's title starting after the conjunction.
                self._consider(offsets[0], " ".join(left))
                right = conjunction + 1
                self._consider(offsets[right], " ".join(tokens[right:]))
                return
        while name_at < len(tokens) - 2 and tokens[name_at].lower() in ROLE_NOUNS:
            name_at += 1  # "Patient Hemi Walker": the role opening the sentence, then the name
        if name_at > 0 and tokens[name_at - 1] in _MALAY_PLACES:
            self._mention_known(tokens, offsets)  # "Taman Sri Kenari": a housing estate
            return
        name_at = self._extend_back(tokens, name_at)
        if name_at == 1 and tokens[0] in ("Nor", "Nur"):
            name_at = 0  # "Nor Azlina Abdul Rahman": a Malay name may open on a common word
        while name_at < len(tokens) - 2 and (
            (tokens[name_at] in _SRI_TITLES and tokens[name_at + 1] in ("Sri", "Seri"))
            or (
                tokens[name_at] in ("Sri", "Seri")
                and name_at
                and tokens[name_at - 1] in _SRI_TITLES
            )
        ):
            name_at += 1  # "Tan Sri Lim Boon Keat", "Datuk Seri …": Malaysian titles
        name_tokens = tokens[name_at:]
        cut = next((i for i, t in enumerate(name_tokens) if t in ORG_WORDS), None)
        # (An organisation after "of" is the person's: "Ravi Shankar Iyer of Kabini University".)
        joint = next(
            (i for i, t in enumerate(name_tokens) if t in _JOINERS),
            len(name_tokens),
        )
        if (
            cut is not None
            and cut < joint
            and (cut > 1 or joint > 2 or (cut == 1 and first_name_gender(name_tokens[0]) is None))
        ):
            # "Andy Warhol Foundation" names an organisation; "Elena Park" a person, and
            # "Netball Association" (after "Derwent Valley Junior") a body again.
            return
        if (
            cut is not None
            and cut > joint
            and name_tokens[joint] in ("and", "&")
            and first_name_gender(name_tokens[0].rstrip("’'")) is None
        ):
            return  # "Irish Nurses and Midwives Organisation": one body's name
        if any(t in _JOINERS for t in name_tokens):
            # "Laura Lochman and Roman Vassilenko": split on the conjunction.
            pieces: list[tuple[list[str], list[int]]] = [([], [])]
            for t, o in zip(name_tokens, offsets[name_at:], strict=True):
                if t in _JOINERS:
                    pieces.append(([], []))
                else:
                    pieces[-1][0].append(t)
                    pieces[-1][1].append(o)
            if name_at and tokens[name_at - 1] in TITLE_WORDS and pieces[0][0]:
                # "MLA Harshvardhan Solanki on Thursday": the title stays with its name.
                pieces[0][0].insert(0, tokens[name_at - 1])
                pieces[0][1].insert(0, offsets[name_at - 1])
            for piece_tokens, piece_offsets in pieces:
                if piece_tokens:
                    self._consider(piece_offsets[0], " ".join(piece_tokens))
            return
        if len([t for t in name_tokens if t not in PARTICLE_WORDS]) > 4:
            return
        title = [t for t in tokens[:name_at] if t not in NOT_ROLE_TITLES]
        honorific = next(
            (HONORIFICS[t.lower()] for t in tokens[:name_at] if t.lower() in HONORIFICS), None
        )
        at = offsets[name_at]
        if name_tokens[-1] in _SUFFIXES and self.text.startswith(".", start + len(run)):
            name_tokens[-1] = name_tokens[-1].rstrip(".") + "."  # "Ernesto Lopez Jr."
        name = " ".join(name_tokens)
        # "Ms Bauchtman": a titled surname alone may be a misspelling of one already seen.
        single = len(name_tokens) == 1
        person = None
        if single:
            written = next((t for t in tokens[:name_at] if t.lower() in HONORIFICS), "")
            person = self.choose(name, at, honorific or "", written)
        if person is None:
            person = (
                self.lookup(name, fuzzy=True)
                if single
                else self._find(name_tokens) or self._by_given_name(name)
            )
        if person is None and single:
            # "Mr Okonkwo" after "… serious harm to Adebayo Okonkwo": the name given in full.
            full = self.full_name_before(name, at)
            if full:
                name_tokens = full.split()
                name = full
                person = self._find(name_tokens)
        if person is None:
            person = Person(name=name, surname=_surname(name_tokens))
            self._register(person)
            first = name_tokens[0]
            if honorific:
                person.gender = honorific
            elif first_name_gender(first) in ("m", "f"):
                person.gender = first_name_gender(first) or ""
            elif first in MONTH_FIRST_NAMES:
                person.gender = "f"
        elif (
            len(name_tokens) > len(person.name.split())
            and person.name.split()[-1] == name_tokens[-1]
            # (Not a middle name an obituary adds later: "Lionel Aldana" stays as introduced,
            # never "Lionel Manuel Aldana … was born on".)
            and not (len(person.name.split()) >= 2 and person.name.split()[0] == name_tokens[0])
        ):
            person.name = name  # a fuller form of a name first seen shorter
        if not person.role:
            person.role = self._role(at, start, title, start + len(run))
        self._mention(person, at, start + len(run))

    def _relatives_by_first_name(self) -> None:
        """ "Her son Tom joined …", then "Tom says": Tom Hale, when "her" is Ruth Hale. The
        person is found by the first name from then on."""
        if not _KIN.search(self.text):
            return  # most texts name no relative: one plain scan instead of the full pattern
        for found in _RELATIVE_FIRST_NAME.finditer(self.text):
            first = found.group("first")
            at = found.start("first")
            if (
                first in NOT_NAME_WORDS
                or first in TITLE_WORDS
                or first in ORG_WORDS
                # (a first name no list knows is still one after "her younger sister":
                # "Ritika, who had won gold")
                or (first_name_gender(first) is None and not self.text.startswith(",", found.end()))
                or self._by_surname.get(first)
            ):
                continue
            if found.group("owner"):
                said = found.group("owner").lower()
                gender = {"his": "m", "her": "f"}.get(said, "")  # "their", "the couple's": any
                owner = self.recent(at, gender)
            else:  # "Mr Doherty's younger brother, Sean"
                owner = self.choose(found.group("named"), at) or self.lookup(
                    found.group("named"), fuzzy=False
                )
            if owner is None or len(owner.name.split()) < 2:
                continue
            person = Person(name=f"{first} {owner.surname}", surname=owner.surname)
            person.gender = _KIN_GENDER[found.group("kin")]
            whose = (found.group("owner") or f"{found.group('named')}’s").lower()
            person.role = f"{whose} {found.group('kin')}"
            self._register(person)
            self._by_surname.setdefault(first, []).append(person)
            for mention in self._alone(first, owner.surname, at):
                self._mention(person, mention, mention + len(first))

    def _family_names_first(self) -> None:
        """ "Zhang Lihua" who is then "Zhang", never "Lihua": the family name comes first, so
        the person is found by it, and her given name, not "Zhang", tells her gender."""
        for person in list(self.people):
            tokens = person.name.split()
            if (
                tokens[1:2]
                and tokens[1] in FAMILY_FIRST_NAMES
                and first_name_gender(tokens[0]) is not None
                and (
                    (len(tokens) == 3 and _HYPHENATED_GIVEN.fullmatch(tokens[2]))
                    # "Jeffrey Lo Siew Fatt", "Chloe Ng Hui Min": two syllables, unhyphenated
                    or (
                        len(tokens) == 4
                        and all(len(t) <= 5 and t[1:].islower() for t in tokens[2:])
                    )
                )
            ):
                # "Kelly Tsang Hoi-yan", as Hong Kong papers write it: an English first
                # name, the family name, the Chinese given name; then "Tsang" alone.
                family = tokens[1]
                person.surname = family
                self._by_surname.setdefault(family, []).append(person)
                for at in self._alone(family, tokens[2], min(person.mentions, default=0) + 1):
                    self._mention(self.choose(family, at) or person, at, at + len(family))
                continue
            if (
                len(tokens) == 3
                and tokens[0] not in FAMILY_FIRST_NAMES
                and first_name_gender(tokens[0]) is not None
                and first_name_gender(tokens[1]) is None
                and tokens[1].isalpha()
                and tokens[2] not in NOT_NAME_WORDS  # "Aner Shalev Wednesday" in a title
                and all(
                    other.name in (tokens[1], " ".join(tokens[:2]))
                    for other in self._by_surname.get(tokens[1], [])
                )
            ):
                # "Hector Alvarado Ruiz", then "Alvarado": the first of two surnames is the
                # one the text goes by (a "Hector Alvarado" read off a later mention is him).
                alone = self._alone(tokens[1], tokens[2], min(person.mentions, default=0) + 1)
                if alone:
                    for other in self._by_surname.get(tokens[1], []):
                        self._merge(other, into=person)
                    self._by_surname[tokens[1]] = [person]
                    for at in alone:
                        self._mention(person, at, at + len(tokens[1]))
                continue
            if len(tokens) not in (2, 3) or tokens[0] not in FAMILY_FIRST_NAMES:
                continue
            family, given = tokens[:2]  # "Lim Boon Kiat": a given name of two words
            if _HYPHENATED_GIVEN.fullmatch(given) and person.gender == first_name_gender(family):
                # "Ho Mei-ling": "Ho" tells nothing of her gender.
                person.gender = ""
            introduced = min(person.mentions, default=0)
            alone = self._alone(family, given, introduced + 1)
            given_alone = re.compile(rf"(?<!{re.escape(family)} ){re.escape(given)}\b")
            if not alone or given_alone.search(self.text, introduced + len(person.name)):
                continue
            person.surname = family
            for other in list(self._by_surname.get(family, [])):
                if other.name == family:
                    # "Mr Chua" registered alone before the pass knew "Chua Wen Hao": one person.
                    self._merge(other, into=person)
            self._by_surname.setdefault(family, []).append(person)
            if person.gender == first_name_gender(family):
                person.gender = first_name_gender(given) or ""
            for at in alone:
                owner = self.choose(family, at) or person
                self._mention(owner, at, at + len(family))

    def _merge(self, other: Person, into: Person) -> None:
        """Fold ``other`` (a shorter registration of the same person) into ``into``."""
        for where, more in (
            (into.mentions, other.mentions),
            (into.subjects, other.subjects),
            (into.speaker_at, other.speaker_at),
        ):
            for at in more:
                into.add(where, at)
        into.gender = into.gender or other.gender
        into.role = into.role or other.role
        self.people.remove(other)
        for key, holders in self._by_surname.items():
            if other in holders:
                self._by_surname[key] = [p for p in holders if p is not other]
        self._single_names.discard(other.name)

    def _kin(self, person: Person) -> bool:
        """Whether ``person`` is someone's relative: by role, or by the words right before
        the name ("Her daughter, Niamh Hale, a junior doctor in Leeds, says")."""
        if _KIN.search(person.role.lower()):
            return True
        first = min(person.mentions, default=0)
        return (
            _KIN_BEFORE.search(self.text, max(0, first - 60), first) is not None
            # ("Sukru Majhi’s nephew, Dambaru Majhi")
            or _NAMED_KIN_BEFORE.search(self.text, max(0, first - 40), first) is not None
        )

    def _late(self, person: Person) -> bool:
        """Whether the text introduced ``person`` as dead ("the late Lee Ah Hock")."""
        first = min(person.mentions, default=-1)
        return first > 0 and self.text.endswith(("late ", "Late "), 0, first)

    def _alone(self, word: str, partner: str, start: int) -> list[int]:
        """Where the text writes ``word`` from ``start`` on without ``partner`` right after it
        ("Zhang" but not "Zhang Lihua", "Tom" but not "Tom Hale"), nor opening someone
        else's name ("Lee Wei Ming" beside "Lee Ah Hock")."""
        pattern = re.compile(
            rf"\b{re.escape(word)}\b(?![ \t]+(?:{re.escape(partner)}|[A-Z][a-z]+[ \t]+[A-Z][a-z]))"
        )
        return [found.start() for found in pattern.finditer(self.text, start)]

    def _register(self, person: Person) -> None:
        self.people.append(person)
        if " " not in person.name:
            self._single_names.add(person.name)
        self._by_surname.setdefault(person.surname, []).append(person)
        bare = _bare_surname(person.surname)
        if bare != person.surname:  # "al-Hakimi" is also written "Hakimi"
            self._by_surname.setdefault(bare, []).append(person)

    def _introduced(self, tokens: list[str], start: int, end: int) -> bool:
        """Whether two or three capitalised words no first-name list knows are still a person,
        because the text introduces them as one: an age or a role in apposition ("Jacinda
        Ardern, 40,", "Idriss Waberi, the harbourmaster,")."""
        # "Leelabai Pawar (78)": an age in brackets, as Indian English papers write it.
        age_in_brackets = _AGE_BRACKETS.match(self.text, end) is not None
        # "Tawsu general secretary Sipho Mahlangu told …": a role word right before, a verb
        # right after.
        if not 2 <= len(tokens) <= 3:
            return False
        # (or a relative clause: "Stars coach Farai Gumbo, who has guided …"; a wire lead's
        # capitals too: "SUBSTITUTE Tawanda Mukuru struck")
        role_before = (
            not age_in_brackets
            and (
                (not self.text.startswith(", ", end) and _VERBISH.match(self.text, end) is not None)
                or self.text.startswith((", who ", ", whose "), end)
                # ("sheep farmer Gethin Pryce of Kington, was": where the person is from)
                or _OF_PLACE_AFTER.match(self.text, end) is not None
                # ("through striker Jobin Varghese before …": a role, then two words)
                or (len(tokens) == 2 and _ROLE_THEN_NAME_ENDS.match(self.text, end) is not None)
            )
            and self.text.endswith((" ", "\t"), 0, start)
            and (self.text[max(0, start - 40) : start].split() or [""])[-1].lower() in ROLE_NOUNS
        )
        # "… and Kerenza Pascoe is up to her knees in the estuary": two words that act, and a
        # personal pronoun for them right after.
        acting = (
            len(tokens) == 2
            and not age_in_brackets
            and not role_before
            and _ACTS.match(self.text, end) is not None
            and _PERSONAL_SOON.search(self.text, end, end + 60) is not None
        )
        if not (self.text.startswith(", ", end) or age_in_brackets or role_before or acting):
            return False
        aged = (
            age_in_brackets
            or _AGE_APPOSITION.match(self.text, end) is not None
            or _AGED_APPOSITION.match(self.text, end) is not None
        )
        # ("Jassim al-Awadhi": a surname with its Arabic article reads as the surname)
        tokens = [_ARTICLE_PREFIX.sub("", t) for t in tokens]
        if any(
            not t[:1].isupper()
            or (not t[1:].islower() and t not in _IRISH_PARTICLES)  # "Peadar Ó Fátharta"
            or t in NOT_NAME_WORDS
            or t in TITLE_WORDS
            # "Park Min-jae": a family name first may also be a common word; so may a
            # surname after a first name ("Sonia Park, director of …").
            or (
                t in ORG_WORDS
                and not (i == 0 and t in FAMILY_FIRST_NAMES)
                and not (i == 1 and len(tokens) == 2 and first_name_gender(tokens[0]))
            )
            or t.lower() in HONORIFICS
            # ("Mingma Tenzing Sherpa, a 58-year-old …": an age outweighs an "-ing")
            or (t.endswith(_NOUN_ENDINGS) and not aged)
            for i, t in enumerate(tokens)
        ):
            return False
        if age_in_brackets or role_before or acting or _AGE_APPOSITION.match(self.text, end):
            return True
        if _AGED_APPOSITION.match(self.text, end):
            return True  # "Kasun Tharaka Bandara, a 29-year-old from Kuliyapitiya"
        if self.text.startswith((", who ", ", whose "), end):
            return True  # "Duangjai Phromma, who runs a guesthouse": "who" is for people
        if _AGE_BEFORE.search(self.text, max(0, start - 16), start):
            return True  # "15-year-old Lachie Moore": an age introduces a person
        before = _ROLE_COMMA_BEFORE.search(self.text, max(0, start - 80), start)
        if before and before.group(1).split()[-1].lower() in ROLE_NOUNS:
            return True  # "The Prime Minister, Jacinda Ardern, …"
        role = self._apposition(end)
        return bool(role) and any(_is_role_word(w.strip(",")) for w in role.lower().split()[:4])

    @staticmethod
    def _extend_back(tokens: list[str], name_at: int) -> int:
        """Where a name starts when the word before its known first name belongs to it:
        "Idriss Omar Waberi", "Aroha Te Rangi" (a run that is the name and nothing else)."""
        if name_at < 1 or len(tokens) - name_at > 3:
            return name_at
        after_title = name_at >= 2 and (
            tokens[name_at - 2] in TITLE_WORDS or tokens[name_at - 2].lower() in HONORIFICS
        )
        if not after_title and any(
            t not in TITLE_WORDS
            and t not in ("of", "for", "the", "and", "on")
            and t.lower() not in HONORIFICS
            and t not in NOT_NAME_WORDS
            and t not in ORG_WORDS
            and not t.endswith(_NOUN_ENDINGS)
            for t in tokens[: name_at - 1]
        ):
            # Only a title may come before it: "Dr Aroha Te Rangi", "Minister of Conservation
            # Hone Walker Tipene".
            return name_at
        if name_at >= 2 and tokens[name_at - 2] in ("of", "for", "the", "and", "on"):
            return name_at  # "Governor of Washington Chris Gregoire": the place, not a name
        word = tokens[name_at - 1]
        if (
            len(word) > 2
            and word[0].isupper()
            and word[1:].islower()
            and not word.endswith(("’s", "'s"))  # "Poland's Katarzyna Wolak": her country
            and word not in NOT_NAME_WORDS
            and word not in TITLE_WORDS
            and word not in ORG_WORDS
            and word.lower() not in HONORIFICS
            and word not in _SUFFIXES
            and word.lower() not in ROLE_NOUNS  # "Biologist Nick Bos"
            # "Fly-half Jack Fenwick", "Co-founder …": a compound a name never is (a name's
            # second part is capitalised: "Ortega-Brandt").
            and not ("-" in word and word.split("-")[-1][:1].islower())
            and (
                not word.endswith(
                    ("an", "ese", "ish", "ch", "kh", "ist", "er", "or", *_NOUN_ENDINGS)
                )
                # (after titles, or before a Sikh "Kaur" or "Singh", any such word is a name:
                # "Datuk Seri Azman Hakim Rahmat", "Harjinder Kaur Sandhu")
                or (name_at >= 2 and all(t in TITLE_WORDS for t in tokens[: name_at - 1]))
                or tokens[name_at] in ("Kaur", "Singh")
            )
            and first_name_gender(word) is None
        ):
            return name_at - 1
        return name_at

    def name_index(self, tokens: list[str]) -> int | None:
        """Where a person's name starts in a capitalised run, or None if it holds none."""
        if len(tokens) < 2:
            return None
        if len(tokens) >= 4 and tokens[0] in _BURMESE_HONORIFICS:
            return 1  # "U Thein Zaw Min", "Ma Hnin Ei Phyu": an honorific, then the name
        if (
            len(tokens) == 3
            and tokens[0] in FAMILY_FIRST_NAMES
            and all(
                len(t) <= 5
                and t[:1].isupper()
                and t[1:].islower()
                and t not in NOT_NAME_WORDS
                and t not in TITLE_WORDS
                and t not in ORG_WORDS
                for t in tokens[1:]
            )
        ):
            return 0  # "Teoh Kah Seng", "Lim Boon Keat": a family name, then two syllables
        for i, token in enumerate(tokens[:-1]):
            if token in PARTICLE_WORDS:
                continue
            following = next((t for t in tokens[i + 1 :] if t not in PARTICLE_WORDS), "")
            if not _is_name_token(following) or following in NOT_NAME_WORDS:
                continue
            if token in NOT_NAME_WORDS or token in TITLE_WORDS:
                continue
            if following in TITLE_WORDS:
                continue
            if first_name_gender(token) is not None or (
                _INITIALS.match(token) and token not in _NOT_INITIALS
            ):
                return i
        for i in range(len(tokens) - 2, -1, -1):
            if tokens[i] in TITLE_WORDS and _is_name_token(tokens[i + 1]):
                if (
                    tokens[i] in _FIRST_NAME_TITLES
                    and i == len(tokens) - 2
                    and (i == 0 or tokens[i - 1] in TITLE_WORDS)
                ):
                    # "Councillor Dean Carver": after a title, or before a lone surname,
                    # Dean is his first name, not a second title.
                    return i
                rest = tokens[i + 1 :]
                # ("MLA Harshvardhan Solanki on Thursday": the name ends at "on".)
                rest = rest[: next((k for k, t in enumerate(rest) if t in _JOINERS), len(rest))]
                if (
                    1 <= len(rest) <= 3
                    and rest[0] not in NOT_NAME_WORDS
                    and all(t not in TITLE_WORDS for t in rest)
                ):
                    return i + 1
                break
        return None

    def _role(self, name_at: int, run_start: int, title: list[str], run_end: int) -> str:
        text = self.text
        title_role = _clean_role(" ".join(title))
        office = (
            _OFFICE_BEFORE.search(text, max(0, run_start - 120), run_start)
            if text.startswith(", ", run_start - 2)
            else None
        )
        if office and office.group("head").lower() in ROLE_NOUNS:
            # "The Chairman of the Oja-Ayedun Market Traders Association, Chief Rasheed
            # Olaniyan,": the office, not the honorific title.
            title_role = office.group(1)
        elif not title_role:
            before = _ROLE_BEFORE.search(text[max(0, run_start - 80) : run_start])
            if before:
                title_role = _clean_role(before.group(1))
            else:
                kin = _KIN_BEFORE.search(text, max(0, run_start - 60), run_start)
                comma = _ROLE_COMMA_BEFORE.search(text, max(0, run_start - 80), run_start)
                if kin:
                    title_role = kin.group(1)
                elif comma and comma.group(1).split()[-1].lower() in ROLE_NOUNS:
                    title_role = _clean_role(comma.group(1))  # "The Prime Minister, Jacinda …"
        appos = self._apposition(run_end)
        if appos and title_role:
            if appos.startswith(("who ", "whose ", "which ")):
                # "Store owner Marco Castellano, whose father opened …": the role before.
                return title_role
            return f"{title_role} {appos}" if appos.startswith(("of ", "at ")) else appos
        return appos or title_role

    def _apposition(self, end: int) -> str:
        """The role in ", the president of X," after a name, if there is one."""
        text = self.text
        if not text.startswith(", ", end):
            return ""
        stop = len(text)
        for mark in (". ", ".\n", "\n", "“", '"', "”", ";", "(", ":"):
            found = text.find(mark, end + 2, end + 400)
            if found != -1:
                stop = min(stop, found)
        region = text[end + 2 : stop]
        if region.split(" ", 1)[0] in _SAYS:
            return ""  # "Her daughter, Nicole Barrett, said her mother …": a cue, no role
        if not _APPOS_START.match(region) and not any(
            w.lower().strip(",") in ROLE_NOUNS for w in region.split()[:4]
        ):
            return ""
        lead = _RUN.match(region)
        if lead and self.name_index(lead.group(0).split()) is not None:
            return ""  # a list of names, not an apposition
        # With a cue after it, the apposition runs to the comma before the verb, whatever
        # commas it holds ("the director of the Energy, Growth and Security program, said").
        cue = _COMMA_CUE.search(region)
        appos = region[: cue.start()] if cue else region.split(",")[0]
        following = _RUN.match(region[len(appos) :].lstrip(", "))
        if not cue and following and self.name_index(following.group(0).split()) is not None:
            # "his wife, Carmen Lopez, his son, Ernesto Lopez Jr., and …": the next one's role.
            return ""
        if len(appos.split()) > 30 or _NUMBER_ONLY.match(appos.strip()):
            return ""
        if _ENDS_IN_CUE.search(appos):
            return ""  # "… at San Fernando Cemetery, his daughter said": a cue, not a role
        appos = _APPOS_LEAD.sub("", appos.strip())
        return _clean_role(appos)

    def _mention_known(self, tokens: list[str], offsets: list[int]) -> None:
        for token, at in zip(tokens, offsets, strict=True):
            if token in NOT_NAME_WORDS or token in TITLE_WORDS or token in HONORIFICS:
                continue
            key = _strip_possessive(token)
            if key not in self._by_surname and key not in self._single_names:
                continue  # no one goes by that word: what lookup would find, found faster
            person = self.choose(token, at) or self.lookup(token, fuzzy=False)
            if person is not None:
                self._mention(person, at, at + len(token))

    def _mention(self, person: Person, at: int, end: int) -> None:
        person.add(person.mentions, at)
        line_start = self.text.rfind("\n", 0, at) + 1
        lead = self.text[max(line_start, at - 60) : at]
        # ("a close associate of Mr Gondal, said": the object of "of", an honorific between.)
        honoured_object = _OBJECT_HONORIFIC.search(lead) is not None
        words = lead.split(" ")
        while (
            len(words) > 1
            and (
                words[-2][:1].isupper()
                or words[-2] in ("of", "for", "the", "and")
                # "Council member Teresa Okafor-Lind, …, voted": a role's own words
                or (words[-2] in ROLE_NOUNS and len(words) > 2 and words[-3][:1].isupper())
            )
        ):
            words.pop(-2)  # title words before the name
        lead = " ".join(words)
        subject = bool(_SENTENCE_START.search(lead)) or lead.endswith(", ")
        appos_end = end
        if self.text.startswith(", ", end):
            comma = _COMMA_CUE.search(self.text[end : end + 300])
            if comma:
                appos_end = end + comma.start() + 1
        # "Shauna Birdwell, a bartender, was more philosophical": the verb after a short
        # apposition ("… farmer Gethin Pryce of Kington, was more cautious": or a place).
        described = (
            _SHORT_APPOSITION.match(self.text, end)
            or _OF_PLACE_AFTER.match(self.text, end)
            # ("Polglase, for her part, expects prices to settle")
            or _FOR_ONES_PART.match(self.text, end)
        )
        if (
            _VERBISH.match(self.text, appos_end)
            or (described is not None and _VERBISH.match(self.text, described.end()))
            or _VERBISH.match(self.text, end)
            or _RELATIVE_AFTER.match(self.text, end)
            # "Her counterpart at Lydgate Capital, James Whitcombe, was more cautious.",
            # "Another rebel, the former transport minister Helen Ashby, was blunter."
            or (
                (self.text.endswith(", ", 0, at) or ", " in lead)
                and self.text.startswith(", ", end)
                and _VERBISH.match(self.text, end + 1)
            )
        ):
            subject = True
        if subject and lead.endswith(" that "):
            # "But she conceded that Mrs Brennan had not …": the subject of what she said;
            # a later "she said" is still hers.
            subject = False
        if subject and (honoured_object or _OBJECT_LEAD.search(lead)):
            # "the decision to discharge Mrs Pelling had been made": the verb's object.
            subject = False
        if (
            subject
            and _POSSESSED.search(lead)
            and not self.text.endswith(", ", 0, at)
            # (but "Her colleague Dr Aisling Concannon, who runs …, is more cautious": the
            # sentence turns to her)
            and not self.text.startswith((", who ", ", whose ", ", a ", ", an ", ", the "), end)
        ):
            # (Not "Her counterpart at Lydgate Capital, James Whitcombe, was": apposed, he is
            # the subject.)
            # "His nephew Carlos Vega runs the gym": the text is still about the one "his"
            # means, so a later "he said" is not the nephew's on this mention alone.
            subject = False
        if subject and _REPORTED_LEAD.search(lead):
            # "Mr Rhodes said Ashworth had since started a new job": the subject of what he
            # said, with no "that"; a later "he added" is still Rhodes's.
            subject = False
        if subject and self.text.startswith(("’s ", "'s "), end):
            # "Voss's group has already secured permission": the group is the subject; a
            # later "she said" is not Voss's on this mention.
            subject = False
        if (
            subject
            and self.text.endswith(("’s", "'s"), at, end)
            and self.text.startswith(", ", end)
        ):
            # "Luke Fenwick, who lived in the room next to Mr Doyle's, told …": a possessive
            # closing an aside, not the one the verb after it is about.
            subject = False
        if not subject and (
            _TOPIC_LEAD.search(lead) or _PASSIVE_AGENT.search(lead) or _REPORTER_ASKED.search(lead)
        ):
            # (And "When I asked Solberg whether …, she winced.": the one the reporter asked.)
            # "For marine ecologist Dr Amara Lindqvist-Osei, …, the concern is …", "… is being
            # examined by vet Fiona McAlister. She says …": who the sentence is about.
            subject = True
        if (
            not subject
            and not person.mentions[:-1]
            and (_AGE_APPOSITION.match(self.text, end) or _INTRODUCED.match(self.text, end))
        ):
            # "The loudest applause went to Marguerite Lalonde, 74, whose family …": a person
            # introduced with an age is who the story turns to, whatever the sentence's
            # grammar; a following "she said" is hers.
            subject = True
        window_from = max(line_start, at - 200)
        if (
            subject
            and (
                self.text.find("that ", window_from, at) >= 0
                or _SAID_SUBJECT.search(self.text, window_from, at) is not None
            )
            and _REPORTED_CLAUSE.search(self.text, window_from, _before_title(self.text, at))
        ):
            # "MacIsaac said she had worked 19 shifts, and that her colleague, Dr.
            # Anne-Marie Boudreau, had covered the rest": inside what MacIsaac said.
            subject = False
        if subject and _SAID_THE_OWNERS.search(self.text, max(line_start, at - 60), at):
            # "Gareth Lowe said the owners, Alan and Margaret Hollins, only discovered …":
            # inside what Lowe said (not '“…,” said the coach, Jim Hale': the speaker).
            subject = False
        if subject and self.text.endswith((" at ", " in "), 0, at):
            # "Dr Omar Al Hashimi, Consultant Internal Medicine at Qasr Al Shifa, said": the
            # object of a preposition, never the one the sentence is about.
            subject = False
        if subject and inside_marks(self.text, at):
            # "I'd rather be at Clayton Lane, obviously, because …": the speaker's words; a
            # name in them is not who the story is about next.
            subject = False
        if subject:
            person.add(person.subjects, at)

    def _first_name_mentions(self) -> None:
        """ "Brenda now wears the ring …" opening a paragraph after "Brenda Hollick, 84,":
        features and tabloids call people by their first name; such a mention keeps them in
        play like a surname."""
        firsts = {
            p.name.split()[0]
            for p in self.people
            if " " in p.name
            and (
                first_name_gender(p.name.split()[0]) is not None
                or p.name.split()[0] in MONTH_FIRST_NAMES  # "June said …" after June Pelletier
                # (or a first name no list knows, of someone introduced with a role:
                # "striker Jobin Varghese", then "Jobin himself said")
                or (
                    p.role
                    and p.name.split()[0] not in FAMILY_FIRST_NAMES
                    and p.name.split()[0] not in NOT_NAME_WORDS
                    and p.name.split()[0] not in TITLE_WORDS
                    and p.name.split()[0].isalpha()
                )
            )
        }
        firsts -= set(self._by_surname) | self._single_names
        if not firsts:
            return
        # (Opening a paragraph only: inside quotes, "Martin is a friend" is someone talking.)
        # (Or after a short opener: "Back in the kitchen, Leyla has moved on …".)
        openings = [(f.start(1), f.group(1)) for f in _LINE_OPENING_WORD.finditer(self.text)]
        if any(f", {first} " in self.text for first in firsts):  # (the cheap test first)
            openings += [(f.start(1), f.group(1)) for f in _OPENER_THEN_WORD.finditer(self.text)]
        for at, first in sorted(openings):
            if first not in firsts or inside_marks(self.text, at):
                continue
            person = self._by_first_name(first)
            if person is not None and at not in person.mentions:
                self._mention(person, at, at + len(first))

    def _lead_role(self) -> None:
        """A lead that gives a role before the story names anyone ("The housing minister has
        insisted …"), then a person named in the next paragraph with no role of their own
        ("Tom Ashworth told Sky News …"): that person holds the role."""
        if len(self.paragraphs) < 3 or not self.people:
            return
        lead = _LEAD_ROLE.match(self.paragraphs[1].text)
        if lead is None:
            return
        first = min(self.people, key=lambda p: min(p.mentions, default=len(self.text)))
        at = min(first.mentions, default=-1)
        if not first.role and self.paragraphs[2].start <= at < self.paragraphs[2].end:
            first.role = lead.group("role")

    def _nominal_subjects(self) -> None:
        """A sentence about "the senator" is about the senator the text named: "The senator has
        tried to meet her critics partway. In February she added …" keeps her the one a later
        "she said" means, over a critic merely named since."""
        if not self.people:
            return
        heads = set(ROLE_NOUNS) | {p.role.lower().split()[-1] for p in self.people if p.role}
        for found in _NOMINAL_SUBJECT.finditer(self.text):
            head = found.group("head")
            if head.endswith("-year-old") and head[:1].isdigit():
                # "The 42-year-old is now cancer-free. She says …": the one given that age.
                aged = self.aged(head.split("-")[0], found.start("head"))
                if aged is not None:
                    aged.add(aged.subjects, found.start("head"))
                continue
            if head not in heads:
                continue
            role_words = NOMINAL_ROLES.get(head, (head,))
            if role_words == ("",):
                continue
            person = self.recent(found.start("head"), role_words=role_words, window=3000)
            if person is not None:
                person.add(person.subjects, found.start("head"))

    def _infer_genders(self) -> None:
        """Read gender from the pronoun that follows a person's mentions when nothing else did."""
        for person in self.people:
            said = _ROLE_GENDER.fullmatch(person.role.split()[-1]) if person.role else None
            if said:
                # "Allotment society chairwoman Pat Lumb": the role says, whatever the first
                # name usually is.
                person.gender = "f" if said.group("f") else "m"
            if said:
                continue
            tokens = person.name.split()
            if len(tokens) >= 3 and ("Kaur" in tokens[1:-1] or "Singh" in tokens[1:-1]):
                # "Parminder Kaur Gill": a Sikh woman's Kaur, a man's Singh, whatever the
                # first name (many serve both).
                person.gender = "f" if "Kaur" in tokens[1:-1] else "m"
                continue
            if len(tokens) >= 3 and tokens[0] in FAMILY_FIRST_NAMES and tokens[1] in ("Thi", "Van"):
                # "Nguyen Thi Thu Ha", "Be Van Thang": a Vietnamese middle name says.
                person.gender = "f" if tokens[1] == "Thi" else "m"
                continue
            if (
                len(tokens) == 3
                and tokens[0] in FAMILY_FIRST_NAMES
                and person.gender
                and person.gender == first_name_gender(tokens[0])
            ):
                # "Le Quoc Bao": a family name first says nothing of gender (Le is no "Le"
                # of a woman's first-name list); the pronouns after decide.
                person.gender = ""
            # "District Collector M. Anbarasi said …", then "Ms. Anbarasi added": the
            # honorific says, before any pronoun nearby does, and before what a first name
            # usually is ("Jess Whitlock", then "Ms Whitlock").
            honorifics = set()
            for at in person.mentions:
                before = self.text[max(0, at - 9) : at].split()
                honorific = (
                    HONORIFICS.get(before[-1].lower().lstrip("\"“‘'("), "") if before else ""
                )
                if honorific:
                    honorifics.add(honorific)
            if len(honorifics) == 1:
                person.gender = honorifics.pop()
                continue
            votes = []
            unquoted = []  # (not a pronoun inside a quote: "“… punishes him”" is someone else)
            for at in person.subjects[:6]:
                window = self.text[at : at + 250]
                found = _PRONOUN_AFTER.search(window)
                if found:
                    votes.append("m" if found.group(1).lower() in ("he", "his", "him") else "f")
                if person.gender:
                    continue  # (the pronouns outside quotes only decide an unknown gender)
                outside = next(
                    (
                        f
                        for f in _PRONOUN_AFTER.finditer(self.text, at, at + 250)
                        if not inside_marks(self.text, f.start())
                    ),
                    None,
                )
                if outside:
                    unquoted.append(
                        "m" if outside.group(1).lower() in ("he", "his", "him") else "f"
                    )
            if not person.gender and unquoted:
                person.gender = "m" if unquoted.count("m") > unquoted.count("f") else "f"
                if unquoted.count("m") == unquoted.count("f"):
                    person.gender = ""
            elif (
                person.gender
                and votes
                and person.gender not in votes
                and self._says_of_self(person)
            ):
                # "Gurpreet Dhaliwal, said she had given up hope": the person's own cue.
                person.gender = votes[0]
            elif person.gender and len(votes) >= 2 and person.gender not in votes:
                # "Ratna Kaji Shakya … Shakya has his own view": the text's pronouns outweigh
                # what a first name usually is, when each is in the mention's own sentence.
                others = sorted(
                    m for other in self.people if other is not person for m in other.mentions
                )
                own = [
                    found.group(1).lower() in ("he", "his")
                    for at in person.subjects[:6]
                    # (not "him" or "her", as often someone else: "Bauer, standing beside her")
                    if (found := _OWN_PRONOUN.search(self.text, at, self._sentence_end(at)))
                    # (no one else named between: "Delgado, D-N.M., and Bauer, … his")
                    and _last_before(others, found.start()) < at
                ]
                # "Bailey Strand hit her fourth 3-pointer": a possessive right after the
                # person's own verb is theirs.
                own += [
                    verb.group(1) == "his"
                    for at in person.subjects[:6]
                    if (verb := _OWN_VERB_POSSESSIVE.match(self.text, at))
                ]
                if own and all(own) == (person.gender == "f") and len(set(own)) == 1:
                    person.gender = "m" if own[0] else "f"

    def _says_of_self(self, person: Person) -> bool:
        """Whether a sentence about ``person`` has them say something of themselves with the
        other gender's pronoun ("Gurpreet Dhaliwal, said she had …"), no one named between."""
        others = sorted(m for other in self.people if other is not person for m in other.mentions)
        for at in person.subjects[:6]:
            found = _SAID_PRONOUN.search(self.text, at, self._sentence_end(at))
            if found and _last_before(others, found.start()) < at:
                gender = "m" if found.group(1) == "he" else "f"
                return gender != person.gender
        return False

    def _sentence_end(self, at: int) -> int:
        """Where the sentence holding ``at`` ends (its full stop, or the line's end)."""
        found = _SENTENCE_STOP.search(self.text, at)
        return found.end() if found else len(self.text)

    # -- lookups -----------------------------------------------------------------------

    def _find(self, tokens: list[str]) -> Person | None:
        suffix = tokens[-1].rstrip(".") if tokens[-1] in _SUFFIXES else ""
        key = _surname(tokens)
        candidates = self._by_surname.get(key, [])
        if len(tokens) > 1 and not suffix:
            # "Van der Berg", "Te Rangi", "García Márquez": the end of a longer name (a
            # surname of several words), not a first name and a surname.
            written = " ".join(tokens).lower()
            for person in candidates:
                if person.name.lower().endswith(" " + written):
                    return person
        for person in candidates:
            person_suffix = person.name.split()[-1].rstrip(".")
            person_suffix = person_suffix if person.name.split()[-1] in _SUFFIXES else ""
            if suffix != person_suffix and (suffix or len(tokens) > 1):
                continue  # "Ernesto Lopez Jr." is not his father "Ernesto Lopez"
            if suffix:
                # "Ernesto Lopez Jr." is written "Lopez Jr." later.
                if person.name.split()[:-1][-(len(tokens) - 1) :] == tokens[:-1]:
                    return person
                continue
            first = person.name.split()[0]
            if len(tokens) == 1 or first == tokens[0] or len(person.name.split()) == 1:
                return person
            if first[0] == tokens[0][0] and (first.endswith(".") or tokens[0].endswith(".")):
                return person
            if len(first) > 4 and _near(first, tokens[0]):  # "Kristin" and "Kristen"
                return person
        return None

    def choose(self, surname: str, at: int, gender: str = "", honorific: str = "") -> Person | None:
        """Which of several people sharing a bare surname ("Lopez", "Mrs. Lopez") is meant at
        ``at``: the nearest one mentioned before it whose gender fits ("Mrs." prefers the one
        introduced as a wife, widow or mother); None if no one shares it."""
        candidates = self._by_surname.get(surname, [])
        if len(candidates) < 2:
            return None
        fitting = [p for p in candidates if not gender or not p.gender or p.gender == gender]
        # "founded by the late Lee Ah Hock … run by his son, Mr Lee Wei Ming": not the dead.
        living = [p for p in fitting if not self._late(p)]
        fitting = living or fitting
        if honorific:
            # "Ms Lee" is no "Sin Hock Lee, a chain of 23 coffee shops".
            fitting = [p for p in fitting if not _a_business(p.role)] or fitting
        if honorific.lower().rstrip(".") == "mrs":
            married = [p for p in fitting if any(w in p.role.lower() for w in _MARRIED)]
            # "Mrs Pelling" beside "her daughter, Claire Pelling": the mother.
            elders = [p for p in fitting if not _CHILD.search(p.role.lower())]
            fitting = married or elders or fitting
        elif honorific.lower().rstrip(".") == "mr":
            # "Mr Doyle says" beside "his son, Lachlan": the father, unless the son has
            # spoken since the father was last named.
            elders = [p for p in fitting if not _CHILD.search(p.role.lower())]
            children = [p for p in fitting if p not in elders]
            if elders and children:
                named = max(_last_before(p.mentions, at) for p in elders)
                spoke = max(_last_before(p.speaker_at, at) for p in children)
                if spoke < named:
                    fitting = elders
        elif not honorific and _ELDER_BEFORE.search(self.text, max(0, at - 12), at):
            # "the older Majhi" beside "Sukru Majhi’s nephew, Dambaru Majhi": not the relative
            # introduced as someone's nephew, son or daughter.
            fitting = [p for p in fitting if not self._kin(p)] or fitting
        elif not honorific:
            # A bare "Vega" is the family's principal, not a relative only mentioned as "his
            # wife, Ana Vega" or "his nephew Carlos Vega"; a relative who has spoken since
            # the principal was last named may be meant ("…,” Mrs. Vega said. “…,” Vega said).
            principal = [p for p in fitting if not self._kin(p)]
            relatives = [p for p in fitting if p not in principal]
            if principal and relatives:
                named = max(_last_before(p.mentions, at) for p in principal)
                spoke = max(_last_before(p.speaker_at, at) for p in relatives)
                if spoke < named:
                    fitting = principal
        best: tuple[int, Person] | None = None
        for person in fitting or candidates:
            last = _last_before(person.mentions, at)
            if best is None or last > best[0]:
                best = (last, person)
        return best[1] if best else None

    def lookup(self, name: str, fuzzy: bool = True) -> Person | None:
        """The person a written name refers to: full name, surname, or a near spelling."""
        tokens = [t for t in name.split() if t not in HONORIFICS and t.lower() not in HONORIFICS]
        tokens = [t for t in tokens if t not in TITLE_WORDS or t is tokens[-1]]
        if not tokens:
            return None
        tokens[-1] = _strip_possessive(tokens[-1])
        found = self._find(tokens)
        if found is not None:
            return found
        written = " ".join(tokens)
        for person in self.people:  # "Xi" for "Xi Jinping", "Ariel Cohen" for "Cohen"
            if person.name == written:
                return person
        by_given_name = self._by_given_name(written)
        if by_given_name is not None:
            return by_given_name
        if len(tokens) == 1:
            by_first_name = self._by_first_name(tokens[0])
            if by_first_name is not None:
                return by_first_name
        if not fuzzy or len(tokens[-1]) < 4 or len(tokens) > 1:
            return None  # a near spelling links a surname alone, never another full name
        from rapidfuzz.distance import Levenshtein

        surname = tokens[-1]
        limit = 1 if len(surname) < 8 else 2
        best: tuple[int, Person] | None = None
        for person in self.people:
            distance = Levenshtein.distance(surname, person.surname, score_cutoff=limit)
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, person)
        return best[1] if best else None

    def full_name_before(self, surname: str, at: int) -> str:
        """'Daly' → 'Marymegan Daly' when the text named her in full earlier."""
        # The first name on the same line: a title line ending in a capital is no first name.
        first_seen = self.text.find(surname, 0, at)
        if first_seen < 0:
            return ""
        pattern = re.compile(rf"\b([{UPPER}][a-z][\w’'-]*)[ \t\u00a0]+{re.escape(surname)}\b")
        # No match crosses a line, so none starts before the line the surname first shows in.
        line_start = self.text.rfind("\n", 0, first_seen) + 1
        for found in pattern.finditer(self.text, line_start, at):
            first = found.group(1)
            line_from = self.text.rfind("\n", 0, found.start()) + 1
            before = self.text[max(line_from, found.start() - 40) : found.start()].split(" ")
            previous = before[-2] if len(before) > 1 else ""
            if (
                previous[:1].isupper()
                and previous.isalpha()
                and previous not in _CLAUSE_OPENERS
                and first_name_gender(first) is None
            ):
                continue  # "National Development Chua": the end of a title, not a first name
            after = self.text[found.end() : found.end() + 40].split()
            if after and after[0].strip(",.;:") in ORG_WORDS:
                continue  # "Nairobi-based TransitLink Systems": a body's name, no person's
            if "-" in first and first.rsplit("-", 1)[-1] in _DESCRIBING_ENDS:
                continue  # "Mainboard-listed Meridian Pacific Logistics": no first name
            if first not in NOT_NAME_WORDS and first not in TITLE_WORDS and first not in ORG_WORDS:
                if after:
                    # "Mohammed Ashraf Kunhi …", then "Ashraf said": the one known in full.
                    longer = f"{first} {surname} {after[0].strip(',.;:')}"
                    if any(p.name == longer for p in self.people):
                        return longer
                return f"{first} {surname}"
        return ""

    def full_name_after(self, first: str, at: int) -> str:
        """'Haziq' → 'Haziq Rahmat' when the text named him in full earlier and never calls
        him 'Rahmat' alone (how Malay and Thai names go)."""
        # Two capitalised words and no more ("Granitehead Aggregates Ltd." is a company), past
        # the title line (a headline capitalises every word).
        pattern = re.compile(
            rf"\b{re.escape(first)}[ \t\u00a0]+([{UPPER}][a-z][\w’'-]*)\b(?![ \t\u00a0]+[{UPPER}])"
        )
        found = pattern.search(self.text, self.text.find("\n") + 1, at)
        if found is None:
            return ""
        other = found.group(1)
        if other in NOT_NAME_WORDS or other in TITLE_WORDS or other in ORG_WORDS:
            return ""
        full = f"{first} {other}"
        if not self._only_in_full(other, full):
            return ""  # the text calls them by the other name too: not this case
        return full

    def _only_in_full(self, part: str, full: str) -> bool:
        """Whether the text writes ``part`` of a name only inside ``full``, never alone."""
        return len(re.findall(rf"\b{re.escape(part)}\b", self.text)) <= self.text.count(full)

    def defendant(self, at: int) -> Person | None:
        """The person the text says pleaded, admitted, denied or was charged, convicted or
        sentenced before ``at`` (the one it says so of most often): "the defendant"."""
        counts: dict[int, tuple[int, Person]] = {}
        for charged in _CHARGED.finditer(self.text, 0, at):
            sentence_start = max(
                self.text.rfind(". ", 0, charged.start()), self.text.rfind("\n", 0, charged.start())
            )
            for person in self.people:
                if any(sentence_start < m < charged.start() - 1 for m in person.mentions):
                    seen, _ = counts.get(id(person), (0, person))
                    counts[id(person)] = (seen + 1, person)
        if not counts:
            return None
        ranked = sorted(counts.values(), key=lambda pair: -pair[0])
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None  # two people charged as often: "the defendant" names neither surely
        return ranked[0][1]

    def aged(self, age: str, at: int) -> Person | None:
        """The one person the text gave the age ``age`` before ``at``: "Brenda Hollick, 84,",
        "84-year-old Brenda Hollick", "Leelabai Pawar (84)"."""
        ages = re.compile(rf"(?:, {age},| \({age}\))|\b{age}-year-old\s+(?=[{UPPER}])")
        found: dict[int, Person] = {}
        for given in ages.finditer(self.text, 0, at):
            before = given.group(0)[0] in ", ("
            for person in self.people:
                if any(
                    (m < given.start() <= m + len(person.name) + 2)
                    if before
                    else (0 <= m - given.end() <= 2)
                    for m in person.mentions
                ):
                    found[id(person)] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _by_given_name(self, written: str) -> Person | None:
        """ "Ms Siti Aishah" for "Siti Aishah binti Abdullah": Malay names go by the given
        name, before "bin" or "binti" and the father's name."""
        for person in self.people:
            given = _PATRONYMIC.split(person.name, maxsplit=1)
            if len(given) == 2 and given[0] == written:
                return person
        return None

    def _by_first_name(self, word: str) -> Person | None:
        """ "Brenda, who was married …" after "Brenda Hollick, 84,": the one person named in
        full with that first name (features and tabloids call people by it)."""
        named = [p for p in self.people if " " in p.name and p.name.split()[0] == word]
        if len(named) != 1:
            return None
        # A first name the lexicon lacks ("Haziq Rahmat" … "Haziq"): only for someone the text
        # never calls by the other name alone, as Malay and Thai names go.
        surname = named[0].name.split()[-1]
        shared = sum(p.name.split()[-1] == surname for p in self.people) > 1
        if (
            first_name_gender(word) is None
            and not shared
            and not self._only_in_full(surname, named[0].name)
        ):
            # (A family sharing a surname goes by first names: "Adaeze says" of Adaeze
            # Harrow beside her daughter Nkechi Harrow.)
            return None
        return named[0]

    def add_person(self, name: str, at: int, role: str = "") -> Person:
        """Register a person a cue names who was not found by the first pass."""
        tokens = name.split()
        person = self._find(tokens)
        if person is None:
            person = Person(name=name, surname=_surname(tokens), role=role)
            gender = first_name_gender(tokens[0]) if len(tokens) > 1 else None
            person.gender = gender or ""
            self._register(person)
        person.add(person.mentions, at)
        person.add(person.subjects, at)
        return person

    def credit(self, person: Person, at: int) -> None:
        """Record that a cue at ``at`` credits words to ``person``: they are now salient."""
        person.add(person.speaker_at, at)
        person.add(person.subjects, at)
        person.add(person.mentions, at)

    def recent(
        self,
        position: int,
        gender: str = "",
        window: int = 3000,
        role_words: tuple[str, ...] = (),
        exclude: frozenset[str] = frozenset(),
    ) -> Person | None:
        """The person a pronoun or a nominal at ``position`` most likely refers to."""
        best: tuple[tuple[int, int], Person] | None = None
        for person in self.people:
            if gender and person.gender and person.gender != gender:
                continue
            if role_words and not _holds_role(person.role, role_words):
                continue
            if person.surname in exclude:
                continue
            credited = _last_before(person.speaker_at, position)
            subject = _last_before(person.subjects, position)
            mention = _last_before(person.mentions, position)
            if mention < 0 or position - mention > window:
                continue
            # A speaker or subject outranks a passing mention ("with President Joe Biden").
            recency = max(credited, subject)
            score = (1, recency) if recency >= 0 else (0, mention)
            if best is None or score > best[0]:
                best = (score, person)
        return best[1] if best else None


# Titles that are as often first names: read as names after another title or before a lone
# surname ("Councillor Dean Carver", "Dean Carver said"), as titles otherwise.
_FIRST_NAME_TITLES = frozenset({"Dean", "Major", "Marshal", "Duke"})


def _a_business(role: str) -> bool:
    """Whether an apposed description makes a name a body's ("a chain of 23 coffee shops")."""
    head = re.split(r"\s(?:of|in|at|for|with|based|that|which)\s", role.lower())[0].split()
    return bool(head) and head[-1] in ORG_NOUNS


def _holds_role(role: str, role_words: tuple[str, ...]) -> bool:
    """Whether a role holds one of ``role_words`` now: "a former minister" is not "the
    minister" a story later quotes, and the president of the Nurses Union is no nurse (the
    words of a body's name after "of" say where one works, not what one is)."""
    body = _ROLE_BODY.search(role)
    if body is not None and not ROLE_NOUNS.isdisjoint(role[: body.start()].lower().split()):
        # (Only after what one is: "Court of King's Bench Justice" is a justice.)
        held_in = (w for w in role[body.end() :].split() if not w[:1].isupper())
        role = " ".join([role[: body.start()], *held_in])
    role = role.lower()
    return any(
        w in role
        and not re.search(rf"\bformer\s+(?:[a-z-]+\s+)?{re.escape(w)}", role)
        # "a political rival of the mayor", "the wife of the minister": someone else's role.
        and not re.search(
            rf"\bof\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+)?{re.escape(w)}", role
        )
        for w in role_words
    )


# Where a role names the body it is held in: "president| of the Central Valley Nurses Union".
_ROLE_BODY = re.compile(r"\s(?:of|at|for|with)\s(?:the\s)?(?=[A-Z])")


def _is_role_word(word: str) -> bool:
    """A word naming what a person is: a known role, or a noun for a doer ("harbourmaster")."""
    return word in ROLE_NOUNS or (
        len(word) > 4 and word.endswith(("er", "or", "ist", "ian", "man", "woman"))
    )


# A Chinese given name written with a hyphen: "Mei-ling", "Hoi-yan", "Wai-kuen".
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _surname(tokens: list[str]) -> str:
    """The last name word, before a generational suffix ("Lopez" in "Ernesto Lopez Jr.")."""
    if len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def _bare_surname(surname: str) -> str:
    head, dash, tail = surname.partition("-")
    return tail if dash and head in PARTICLE_WORDS and tail[:1].isupper() else surname


def _near(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _last_before(positions: list[int], position: int) -> int:
    index = bisect.bisect_left(positions, position)
    return positions[index - 1] if index else -1
