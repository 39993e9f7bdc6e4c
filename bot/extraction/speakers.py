"""Turn the words a cue uses for a speaker into the canonical person (or group) they mean.

"Vassilenko", "the diplomat" and "he" all become "Roman Vassilenko"; a pronoun is never
stored as a speaker: when it cannot be resolved, the answer is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extraction.cues import (
    BRACKETS_AFTER_NAME,
    GROUP_MODIFIER,
    ON_BEHALF,
    UNNAMED_CUE,
    last_match,
)
from bot.extraction.lexicon import (
    BODY_KINDS,
    BODY_NOUNS,
    COMPANY_SUFFIXES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    NOMINAL_ROLES,
    NOT_NAME_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    UNNAMED_NOUNS,
    first_name_gender,
)
from bot.extraction.people import (
    MONTH_FIRST_NAMES,
    PARTICLE_WORDS,
    POST_NOMINALS,
    People,
    Person,
    _is_role_word,
    _last_before,
    inside_marks,
)


@dataclass(frozen=True)
class Speaker:
    """Who a cue credits: a canonical name, their role, and the person record if a person."""

    name: str
    role: str = ""
    person: Person | None = None


# People described only by what they saw or where they live: "the witness" names no one the
# text introduced unless someone was introduced as one.
_EVENT_WITNESSES = frozenset(
    [
        "witness",
        "eyewitness",
        "bystander",
        "onlooker",
        "passer-by",
        "passerby",
        "neighbour",
        "neighbor",
    ]
)
_PLACE_PREFIXES = frozenset(["North", "South", "East", "West", "United", "New", "Saudi"])
# Portfolios and kinds before a role ("Health Minister", "Djiboutian Delegate").
_PORTFOLIOS = frozenset(
    [
        "Health",
        "Finance",
        "Defence",
        "Defense",
        "Education",
        "Justice",
        "Interior",
        "Home",
        "Trade",
        "Energy",
        "Environment",
        "Agriculture",
        "Labour",
        "Labor",
        "Tourism",
        "Transport",
        "Housing",
        "Police",
        "Conservation",
        "Culture",
        "Sport",
        "Treasury",
        "Immigration",
        "Fisheries",
        "Water",
        "Climate",
        "State",
        "Deputy",
        "Junior",
        "Senior",
        "Chief",
    ]
)


def _strip_owner(word: str) -> str:
    return re.sub(r"(?:’s|'s)$", "", word)


def _not_a_name(word: str) -> bool:
    """Whether a capitalised word before a role is a portfolio or nationality, not a name."""
    return (
        word in _PORTFOLIOS
        or word in TITLE_WORDS
        or word in NOT_NAME_WORDS
        or word in ORG_WORDS
        or word.endswith(("an", "ese", "ish", "ch", "tion", "ment", "ure", "ity"))
    )


# A capitalised word with a lowercase ending after a hyphen describes what follows it
# ("Dubai-based", "Panama-flagged", "Oslo-listed"); names hyphenate capitals ("Smith-Jones").
_BRACKETS_AFTER_NAME = re.compile(BRACKETS_AFTER_NAME)
_MODIFIER_WORD = re.compile(r"^[\w’'.]+(?:-[\w’']+)*-[a-z]{3,}$")
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "His", "Her", "Their"])
_NOT_A_VERB = r"(?!(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b)"
_NOMINAL_THEN_NAME = re.compile(
    # (Not "his widow told The Associated Press": a name after the verb is whom she told.)
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_NOT_A_VERB}[a-z][\w’'-]*\s+){{0,3}}{_NOT_A_VERB}"
    r"[a-z][\w’'-]*,?\s+"
    r"(?P<name>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=[,.;:!?\s]|$)"
)
# Subordinators that may open a sentence before a body's name ("When Carrawong High School
# pushed …"). Fewer than people.py's clause openers: "The", "In" or "On" may begin a name.
_SUBORDINATORS = frozenset(
    ["When", "While", "After", "Before", "If", "As", "Since", "Although", "Because", "Once"]
)
_BUSINESS_HEADS_WORDS = re.findall(
    r"\S+",
    "company firm carrier airline operator shipowner insurer retailer chain lender miner producer "
    "manufacturer developer supermarket startup maker exporter importer distributor supplier "
    "wholesaler broadcaster",
)
_BUSINESS_HEADS = frozenset(_BUSINESS_HEADS_WORDS)
# Those that are never a person's job ("the miner", "the producer" may be one).
_CORPORATE_HEADS = _BUSINESS_HEADS - {"miner", "producer", "operator", "maker", "shipowner"}
# "Harrow & Finch, the homeware and clothing chain, is to close …": a business described
# after its name.
_BUSINESS_DESCRIBED = re.compile(
    # (Not a day or a month: "after a fire late on Tuesday, the company said".)
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    r"((?:[A-Z][\w’'-]*|&)(?:[ \t]+(?:[A-Z][\w’'-]*|&)){0,4}),[ \t]+(?:the|a|an)[ \t]+"
    r"(?:(?!(?:for|of|at|with|to|from|in|on|by|who|which)\b)[\w-]+[ \t]+){0,4}"
    rf"(?:{'|'.join(sorted(_BUSINESS_HEADS_WORDS))})\b(?!’s|'s)"
)
_BUSINESS_NAME = re.compile(
    r"\b(?:[A-Z][\w’'&-]*[ \t]+){1,4}(?:Shipping|Lines|Logistics|Freight|Airlines|Airways|Holdings|"
    r"Group|Inc\.?|Corp\.?|Corporation|Company|Ltd\.?|LLC|Industries|Enterprises|Motors|"
    r"Technologies|Systems|Labs|Partners|Refining|Petroleum|Energy|Mining|Minerals|Foods|Brands|"
    r"Pharmaceuticals|Therapeutics|Insurance|Capital|Fitness|Spirits|Retail|Stores|Airways|"
    r"Estates|Properties|Developments|Dairies|Coaches|Buses|Co\.)(?!\w)"
)
# A body a spokesperson may speak for, named in full before: "Larkmoor District Council".
_SPOKEN_FOR = re.compile(
    r"\b(?:[A-Z][\w’'&-]*[ \t]+){1,4}(?:Council|Department|Ministry|Agency|Authority|Commission|"
    r"Board|Trust|Coastguard|Guard|Police|Schools|District|University|Hospital|Shipping|Lines|"
    r"Holdings|Group|Inc\.?|Corp\.?|Corporation|Company|Ltd\.?|LLC)\b"
)
_BODY_SUBJECT = re.compile(
    r"(?:^|[.!?][”\"’']?[ \t]+|\n)(?:The[ \t]+)?(?P<org>(?:[A-Z][\w’'&-]*[ \t]+){0,3}"
    r"(?:Council|Department|Ministry|Agency|Authority|Commission|Board|Trust|Coastguard|Guard|"
    r"Police|University|Hospital|Shipping|Lines|Holdings|Group|Corporation|Company)"
    r"(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'-]*)+)?)[ \t]+[a-z]",
    re.M,
)
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+)+$")
_ON_BEHALF = re.compile(ON_BEHALF)
_ON_BEHALF_OF_THE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|from|of|at)\s+(?:the|this)\s+(?:[a-z]+\s+)?(?P<head>[a-z]+)$"
)
_OFFICER_ACRONYMS = frozenset(["CEO", "CFO", "COO", "CTO"])
_BODY_OF_WORDS = re.compile(
    r"^(?:[Tt]he )?(?P<name>(?:[A-Z][\w’'-]* ){0,2}(?P<head>[A-Z][\w’'-]*) (?:of|for) (?:the )?"
    r"(?P<tail>[A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*)*))$"
)
# How the text before a body named with "of" or a person "of"/"at"/"from" a body ends.
_OF_ENDINGS = ("of ", "for ", "the ", "at ", "from ", "of\t", "for\t", "the\t", "at\t", "from\t")
# "Ben Adeyemi of ": a person named with where they work, before the cue pattern started.
_PERSON_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}),?[ \t]+(?:of|from|at)"
    # ("Priya Nanjappa of the citizens' group Kere Snehitaru Vedike": what the body is first)
    r"(?:[ \t]+the(?:[ \t]+[a-z][\w’'-]*){0,2})?[ \t]+$"
)
# "Ministry of ", "Department of Foreign ": a body's name the cue pattern stopped inside.
_BODY_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he[ \t]+)?(?P<name>(?:[A-Z][\w’'-]*[ \t]+){0,3}?"
    r"(?P<head>[A-Z][\w’'-]*)[ \t]+(?:of|for)(?:[ \t]+the)?)[ \t]+$"
)
# "Declan Fitzmaurice, who chaired …, was giving evidence": who is the witness.
_GIVING_EVIDENCE = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?:,[^.;“”\"]{1,120},)? (?:was |is )?"
    r"(?:giving evidence|gave evidence|testified|testifying|took the (?:witness )?stand)\b"
)
# "the Municipal Chief Executive (MCE), Mr Kwabena Asante Boateng": an office, its letters and
# its holder.
_OFFICE_ACRONYM = re.compile(
    r"(?:[A-Z][a-z]+[ \t]+){0,4}(?P<office>[A-Z][a-z]+)[ \t]+\((?P<acronym>[A-Z]{2,6})\)"
    # ("The Chief Medical Director (CMD) of the hospital, Prof. …": whose office it is)
    r"(?:[ \t]+of[ \t]+the[ \t]+[a-z]+)?,?[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Prof)\.?[ \t]+)?(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
)
# "The Siyaphambili Youth Theatre in ": a body's name, then the place it is in.
_BODY_IN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he[ \t]+)?(?P<name>(?:[A-Z][\w’'-]*[ \t]+){0,4}[A-Z][\w’'-]*)"
    r"[ \t]+in[ \t]+$"
)
_AGE = re.compile(r"\d{1,3}-year-old$")
_PARENT_OF = re.compile(r"(?:grand|great-grand)?(mother|father)-of-[a-z]+$")
# "A statement from the band", "a letter by the residents' association": who issued it.
_ISSUED_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:statement|release|letter|email)\s+"
    r"(?:from|by|issued\s+by|on\s+behalf\s+of)\s+(?P<issuer>.+)$"
)
# Documents a speaker writes: "the statement said" credits its author.
_AUTHORED = frozenset(["statement", "release", "letter", "email", "post", "tweet"])
_AUTHOR_OF = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) (?:[a-z]+ly )?(?:wrote|said|posted|"
    r"published|issued|released|sent|announced)\b[^.!?\n]{0,40}?\b(?:a|an|the|his|her|its) "
    r"(?:[\w-]+ ){0,2}(?P<head>statement|release|letter|email|post|tweet)\b"
)
# "In a statement, the Al Shurooq board thanked …": who issued a statement, with no cue.
# ("In a statement signed by its Communications Officer, Abena Ofori, the club thanked …": the
# club, by its common noun.)
_IN_A_STATEMENT = re.compile(
    r"\b[Ii]n (?:a|an|its|their) (?:[\w-]+ ){0,2}statement(?: (?:on|this|late|early) \w+| "
    r"signed by [^.\n]{1,80}?)?, (?:the )?"
    r"(?:(?P<name>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})|(?P<noun>[a-z]+) (?=[a-z]))"
)
_ANONYMOUS_HEADS = (
    "people|persons?|sources?|officials?|executives?|insiders?|diplomats?|" + "|".join(GROUP_NOUNS)
)
_GROUP_MODIFIED = re.compile(rf"^(?:\S+\s+){{0,2}}(?:{_ANONYMOUS_HEADS}){GROUP_MODIFIER}$", re.I)
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "several", "some", "other"])
_GROUP_HEAD = re.compile(rf"\b({_ANONYMOUS_HEADS})\b")
# What speaks for a body as a whole: "the association’s board", "the club's committee".
_BODY_ORGANS = frozenset({"board", "committee", "management", "leadership", "executive"})
_ORG_ADJECTIVES = {
    "municipal": "municipality",
    "ministerial": "ministry",
    "departmental": "department",
    "provincial": "province",
    "regional": "region",
}
# "Jonathan Pryce, of Tollgate Ridge Capital", "an analyst at Lantern Capital": someone's firm.
_AFFILIATION_BEFORE = re.compile(
    r"(?:(?:,|(?P<person>[A-Z][\w’'-]+))\s+(?:of|at|from|with)|\b(?:analyst|economist|strategist|manager|partner|director|"
    r"lawyer|attorney|adviser|advisor|consultant|researcher)\s+(?:at|with|from))\s+(?:the\s+)?$"
)
_PUBLICATION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "Times Post News Herald Journal Tribune Telegraph Guardian Gazette Mail Express Star "
        "Standard Observer Chronicle Examiner Independent Mirror Sun Echo Press Record "
        "Bulletin Advertiser Inquirer",
    )
)
_SPOKES = re.compile(r"\b[Ss]pokes(?:man|woman|person)\b")
_UNNAMED_PLACES = frozenset({"at", "with", "from", "for", "in", "of", "close"})
_OFFICIAL_OF = re.compile(
    r"\w+\s+(?:[a-z][\w-]*\s+){0,2}(?:official|representative)\s+(?:of|at|from|with)\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w’'&-]*){0,5})"
)


def _unnamed_noun(description: str) -> str:
    """The noun of an unnamed speaker's description: "trader" of "trader at a utility"."""
    words = description.lower().split()
    return next((w for w in words if w in UNNAMED_NOUNS), words[-1] if words else "")


_PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "North South East West Central Northern Southern Eastern Western Upper Lower Greater "
        "New Mid",
    )
)
_PARTY_MEMBERS = frozenset({"Democrat", "Republican"})
_ON_BEHALF_HEADS = frozenset(
    [
        "office",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "representative",
        "campaign",
        "aides",
        "aide",
        "team",
    ]
)
_SPEAKS_FOR = _ON_BEHALF_HEADS | {"statement"}
_PERSONAL_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers|they|their|them)\b", re.IGNORECASE)
_DETERMINERS = {"the", "his", "her", "their", "its", "a", "an"}


# ("Mayumi Tsuchiya, 34, an engineer at …": an age between the name and the description.)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+(?:\d{1,3},\s+)?$")
_NAME_APPOSED = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,")
_SUBJECT_BEFORE = re.compile(
    r"[\w’'.]\s+$"
)  # a word before the verb: its subject, not an inverted cue
_NOMINAL_REACH = 600
# Two words a story calls an officer by: "the finance chief" is the chief financial officer.
_TWO_WORD_ROLES = {
    "finance chief": "cfo",
    "finance director": "cfo",
    "chief executive": "ceo",
    "company boss": "ceo",
    "operations chief": "coo",
    "technology chief": "cto",
}
# Siblings a story names with the same family name: "his brother", "her sister".
_KIN_HEADS = {"brother": "m", "sister": "f", "twin": ""}
_NAME_AFTER_TITLE = re.compile(r"[ \t]+((?:[A-Z][\w’'.-]*)(?:[ \t]+[A-Z][\w’'-]*){1,2})\b")
# What a business copy says a company is before naming it: "the Denver-based company",
# "Toronto-listed Cordillera Brine Corp.", "state-owned Petrobras".
_DESCRIBED = re.compile(r"[\w.&’'-]+-(?:based|listed|headquartered|registered|owned|backed|run)")
# Roles a lead gives before the story names the person ("A prosecutor told the jury …").
_NAMED_LATER = frozenset(
    {
        "prosecutor",
        "attorney",
        "lawyer",
        "barrister",
        "solicitor",
        "judge",
        "coroner",
        "researcher",
        "scientist",
    }
)
_NAMED_LATER_REACH = 1500  # characters back a role no one was introduced with may point


# How a name may end for what a text calls it: "the hospital" is "Prairie Bluff Regional
# Medical Center".
_HEAD_FORMS = {"hospital": r"Hospital|Medical[ \t]+Cent(?:er|re)|Infirmary"}
_ORG_NOUN = "|".join(sorted(ORG_NOUNS))
# ", an operator with …", ", a company that …": a description that makes a name a body's.
_DESCRIBED_AS_BODY = re.compile(
    rf",[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{_ORG_NOUN})\b"
)


# ", a group of anglers", ", a partnership of …": what a name is, right after it (not ", a
# member of the council": what someone is in a body).
_DESCRIBED_AS_KIND = re.compile(
    rf",[ \t]+(?:an?|the)[ \t]+(?:(?!of\b)[a-z-]+[ \t]+){{0,2}}"
    rf"(?:{_ORG_NOUN})\b"
    # (an apposition's end, not a clause's verb: "According to Mr Mzee, the firm employs")
    r"(?=[ \t]*(?:[,.;:)]|$|(?:of|in|at|for|with|from|that|which|based|run|owned)\b))"
)


# The article a name may open with, set aside when counting its words.
_THE = re.compile(r"^The[ \t]+")
_ORG_ARTICLE = re.compile(r"^(?:The|A)\s+")


def _last_fullest(
    pattern: re.Pattern[str], text: str, start: int, end: int, article: re.Pattern[str]
) -> re.Match[str] | None:
    """The last of ``pattern``'s matches in ``text[start:end]``; when that is a single word,
    the last that (beside ``article``) is more than one, if any: a name in full."""
    found = fuller = None
    for found in pattern.finditer(text, start, end):
        if " " in article.sub("", found.group(0)):
            fuller = found
    if found is not None and " " not in found.group(0) and fuller is not None:
        return fuller
    return found


@lru_cache(maxsize=1024)
def _place_before(name: str) -> re.Pattern[str]:
    """The one-word name ``name`` written with up to three capitalised words before it."""
    return re.compile(
        rf"\b[Tt]he[ \t]+((?:[A-Z][\w’'-]*[ \t]+){{1,3}}{re.escape(name)})\b(?![ \t]+[A-Z])"
    )


def _written_longer(text: str, name: str, at: int) -> bool:
    """Whether ``name`` is written before ``at`` with a capitalised word right after it."""
    found = text.find(name, 0, at)
    while found >= 0:
        after = found + len(name)
        if text[after : after + 1] in (" ", "\t") and text[after + 1 : after + 2].isupper():
            return True
        found = text.find(name, after, at)
    return False


class Resolver:
    """Resolve speaker references in one document."""

    def __init__(self, people: People, text: str, publisher: str = ""):
        self.people = people
        self.text = text
        self.excluded = {"wikinews", publisher.lower()} - {""}
        self._last_group: tuple[Speaker | None, int] = (None, -1)
        self._last_organisation: tuple[Speaker | None, int] = (None, -1)
        self._last_credited: tuple[Speaker | None, int] = (None, -1)
        # The last unnamed speaker ("a neighbour") and the gender its noun gives, if any.
        self._last_unnamed: tuple[Speaker | None, int, str] = (None, -1, "")
        # The last body credited through its spokesperson, with the gender the noun gives.
        self._last_spokesperson: tuple[Speaker | None, int, str] = (None, -1, "")

    def resolve(
        self, reference: str, at: int, exclude: frozenset[str] = frozenset()
    ) -> Speaker | None:
        """The speaker ``reference`` (found at offset ``at``) stands for, or None; a pronoun
        or nominal is not resolved to a person whose surname is in ``exclude``."""
        speaker = self._resolve(reference, at, exclude)
        spokes = _SPOKES.search(reference)
        if speaker is not None and speaker.person is None and spokes is not None:
            # "A Glenmorven spokesman said …", "A spokeswoman for Argyll Island Ferries said
            # …": the body speaks through someone a "he" in the same paragraph still means.
            self._last_spokesperson = (speaker, at, PERSON_NOUNS.get(spokes.group(0).lower(), ""))
        return speaker

    def _resolve(self, reference: str, at: int, exclude: frozenset[str]) -> Speaker | None:
        reference = _BRACKETS_AFTER_NAME.sub("", reference)  # "Chang Ya-ting (張雅婷)"
        words = reference.replace("\u00a0", " ").split()
        if len(words) >= 5 and words[-1] in TITLE_WORDS and all(w[:1].isupper() for w in words):
            # "Cedar Flats Fire Protection District Chief [Dale Hutchins]": a long title ran
            # past what a cue pattern reads as one name; the name follows it.
            more = _NAME_AFTER_TITLE.match(self.text, at + len(reference))
            if more is not None:
                words += more.group(1).split()
        if (
            len(words) > 2
            and words[0].lower() in ("the", "a", "an")
            and _DESCRIBED.fullmatch(words[1])
        ):
            words = [words[0], *words[2:]]  # "the Denver-based company": the company
        elif len(words) > 1 and _DESCRIBED.fullmatch(words[0]):
            # "Toronto-listed Cordillera Brine Corp."; "Montreal-based company" (cut after
            # "the"): the company.
            words = words[1:] if words[1][:1].isupper() else ["the", *words[1:]]
        if not words:
            return None
        issued = _ISSUED_BY.match(" ".join(words))
        if issued is not None:
            # "A statement from the band said": the band, whose statement it is; a later
            # '“…,” the statement said' is the band's too.
            issuer = self._resolve(issued.group("issuer"), at + issued.start("issuer"), exclude)
            if issuer is not None:
                self._last_credited = (issuer, at)
            return issuer
        if (
            2 <= len(words) <= 3
            and words[0].lower() in ("a", "another", "the")
            and words[-1].lower() in ("person", "source")
            and (len(words) == 2 or words[1].lower() in ("second", "third", "other"))
        ):
            # "A second person said", "the person said" after "people familiar with the
            # matter": one of that group.
            group, where = self._last_group
            if group is not None and 0 <= at - where < 1500:
                head = _GROUP_HEAD.search(group.name.lower())
                if head and head.group(1).rstrip("s") in (words[-1].lower(), "people"):
                    return self._group(group, at)
        if (
            len(words) >= 2
            and words[-1] in COMPANY_SUFFIXES
            and all(w[:1].isupper() or w == "&" for w in words)
        ):
            # "Permata Alam Engineering Sdn Bhd said": a company, whatever first name is in it.
            return self._organisation_named(" ".join(words), at)
        if len(words) == 2 and words[0].lower() == "the":
            # "said the people" after "according to people familiar with the matter": that
            # group again.
            group, where = self._last_group
            if (
                group is not None
                and 0 <= at - where < 1500
                and words[1].lower() in group.name.lower().split()
            ):
                return self._group(group, at)
        if len(words) == 1 and words[0] in _OFFICER_ACRONYMS:
            # '“…,” the CFO said' cut after "the": the person introduced in that role.
            return self._nominal(["the", words[0]], at, exclude)
        acronym = (
            words[-1] if len(words) <= 2 and words[0].lower() in ("the", words[-1].lower()) else ""
        )
        if acronym.isupper() and 2 <= len(acronym) <= 6:
            # "the Municipal Chief Executive (MCE), Mr Kwabena Asante Boateng, has announced",
            # then '“…,” the MCE said': the person the text gave that office's letters to.
            holder = self._acronym_holder(acronym, at)
            if holder is not None:
                return self._person(holder, at)
        if "who" in words[2:]:
            # "a neighbour who witnessed the robbery", "two people familiar with the talks who"
            words = words[: words.index("who")]
        if (
            len(words) == 4
            and words[1] == "and"
            and all(w[:1].isupper() for w in (words[0], *words[2:]))
            and first_name_gender(words[0]) is not None
            and first_name_gender(words[2]) is not None
        ):
            # "Ian and Ruth Gallagher said they …": the couple, together.
            return self._group(Speaker(" ".join(words)), at)
        if (
            len(words) in (2, 3, 4)
            and words[0].lower() in ("a", "an", "one", "another")
            and words[-1].lower() in UNNAMED_NOUNS
            and all(w[:1].islower() for w in words[1:])
        ):
            # "a senior backbencher": the description, as a reader would credit it.
            if words[-1].lower() == "official" and words[-2].lower() in ORG_NOUNS:
                # "a ministry official" after the Ministry of Family and Community Care was
                # named: the body speaks, as for its spokesperson.
                ministry = self._body(words[-2].lower(), at)  # (or "a company official")
                if ministry is not None:
                    # ('“…,” the official said' next: the ministry again.)
                    self._last_organisation = self._last_credited = (ministry, at)
                    self._last_spokesperson = (ministry, at, "")
                    return ministry
            return self._unnamed(words[-1].lower(), at, " ".join(words[1:]))
        official = (
            _OFFICIAL_OF.fullmatch(" ".join(words))
            if len(words) >= 4 and words[0].lower() in ("a", "an", "one", "another")
            else None
        )
        if official is not None and official.group("body").split()[-1] in ORG_WORDS:
            # "A senior official of Cauvery Mercantile Bank said": the bank speaks, as through
            # its spokesperson; "the official said" next is the bank again.
            bank = self._organisation_named(official.group("body"), at)
            self._last_spokesperson = (bank, at, "")
            return bank
        if (
            len(words) >= 4
            and words[0].lower() in ("a", "an", "one", "another")
            and words[1].lower() in UNNAMED_NOUNS
            and words[2] in _UNNAMED_PLACES
        ):
            # "a trader at a European utility"
            return self._unnamed(words[1].lower(), at, " ".join(words[1:]).rstrip(".,;:"))
        if (
            len(words) > 3
            and words[0].lower() in ("a", "an", "the")
            and words[-1].lower().startswith("spokes")
            and " of " in f" {' '.join(words[1:-1])} "
            and words[1][:1].isupper()
        ):
            # "A Department of Health and Social Care spokesperson": the body speaks.
            return self._organisation_named(" ".join(words[1:-1]), at)
        body_of = _BODY_OF_WORDS.match(" ".join(words))
        if (
            body_of
            and (
                body_of.group("head") in ORG_WORDS
                # "Vale of Mowbray Health NHS Trust", "Isle of Wight Council": a place "of" a
                # place, then what the body is; never a person "of" a body ("Jane Roe of …").
                or (
                    body_of.group("tail").split()[-1] in ORG_WORDS
                    and len(words) >= 4
                    and self.people.name_index(words[: words.index(body_of.group("head")) + 1])
                    is None
                    and first_name_gender(words[0]) is None
                )
            )
        ):
            tail = body_of.group("tail").split()
            at_name = self.people.name_index(tail)
            # (Not a first word that is also a first name: "the Institute of Marine Science".)
            if at_name and (
                first_name_gender(tail[at_name]) is not None
                or tail[at_name - 1].lower() in ROLE_NOUNS
            ):
                # "the Office of Emergency Management Director Jane Roe": the person.
                return self._name(tail, at)
            member = self._member_before(at)
            if member is not None:
                return self._person(member, at)  # "Jane Roe of the University of Leeds"
            # "the Ministry of Transport said": the body speaks.
            return self._organisation_named(body_of.group("name"), at)
        if len(words) == 1 and words[0][:1].isupper():
            housed = _BODY_IN_BEFORE.search(self.text, max(0, at - 80), at)
            if housed is not None and housed.group("name").split()[-1] in ORG_WORDS:
                # "The Siyaphambili Youth Theatre in [Soweto], which …, says": the body, not
                # the place it is in.
                return self._organisation_named(housed.group("name"), at)
        if words[0][:1].isupper() and words[0] not in PRONOUNS:
            member = self._member_before(at)
            if (
                member is not None
                and all(w[:1].isupper() or w == "&" for w in words)
                and self.people.name_index(words) is None
            ):
                # "Ben Adeyemi of [Harbor Securities] said": the person, not the firm.
                return self._person(member, at)
            body = (
                _BODY_OF_BEFORE.search(self.text, max(0, at - 80), at)
                if self.text.endswith(_OF_ENDINGS, max(0, at - 5), at)
                else None
            )
            if (
                body
                and body.group("head") in ORG_WORDS
                and all(w[:1].isupper() for w in words)
                # "Office of Emergency Management Director Jane Roe": a person ends the run.
                and self.people.name_index(words) is None
                and self.people.lookup(" ".join(words), fuzzy=False) is None
            ):
                # "The Ministry of [Transport] said": the pattern started after "of"; the
                # body's whole name speaks, unless a person of that body comes first ("Jane
                # Roe of the University of [Leeds] said").
                member = self._member_before(body.start())
                if member is not None:
                    return self._person(member, at)
                return self._organisation_named(f"{body.group('name')} {' '.join(words)}", at)
            # The pattern may have started inside a capitalised run ("South [Korea] says").
            before = _CAPITALISED_BEFORE.search(self.text[max(0, at - 60) : at])
            if before:
                words = before.group(0).split() + words
        if words[0] in _POSSESSIVE_DETERMINERS and all(w[:1].islower() for w in words):
            # "said his former student Luis Moreno": the cue stopped at the first lowercase
            # word; the name in apposition after the role is the speaker.
            appositive = _NOMINAL_THEN_NAME.match(self.text, at, at + 160)
            if appositive:
                tokens = appositive.group("name").split()
                last = tokens[-1]
                if last.endswith(".") and last not in ("Jr.", "Sr.") and len(last) > 2:
                    tokens[-1] = last[:-1]  # the sentence's full stop, not an initial's
                apposed = self._name(tokens, appositive.start("name"))
                if apposed is not None:
                    return apposed
        if (
            3 <= len(words) <= 5
            and words[0] == "The"
            and words[1][:1].isupper()
            and words[-1].lower() in ORG_NOUNS
            and all(w.islower() for w in words[2:])
            and first_name_gender(words[1]) is None  # (not "The Maria …")
        ):
            # "The Rheinhöhen district administration said": a body named by place and kind.
            return self._organisation_named(" ".join(words[1:]), at)
        if words[0].lower() in ("a", "an", "the") and len(words) >= 4:
            behalf = _ON_BEHALF.match(" ".join(words))
            if behalf:
                return self._on_behalf(behalf.group("org"), at)
            behalf = _ON_BEHALF_OF_THE.match(" ".join(words))
            spoken_for = self._body(behalf.group("head"), at) if behalf else None
            if spoken_for is not None:
                # "a spokesperson for the company": the body named or credited before.
                self._last_organisation = self._last_credited = (spoken_for, at)
                return spoken_for
        if (
            len(words) >= 4
            and words[1] == "of"
            and (words[-1].lower() in GROUP_NOUNS or words[-1].lower() == "people")
        ):
            # "one of the sources": the group of that kind credited before, if any.
            group, _ = self._last_group
            head = _GROUP_HEAD.search(group.name.lower()) if group is not None else None
            if group is not None and head and head.group(1) == words[-1].lower():
                return self._group(group, at)
            return self._group(Speaker(words[-1].lower()), at)
        if (
            len(words) == 2
            and words[0].endswith(("’s", "'s"))
            and words[0][:1].isupper()
            and words[1].lower() in _SPEAKS_FOR
        ):
            # "Cornyn's statement added", "Keller's office said": the person.
            return self._name([words[0][:-2]], at)
        owner = next((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), -1)
        if (
            owner >= 0
            and words[owner + 1 :]
            and all(w[:1].isupper() for w in words[: owner + 1])
            and all(w[:1].islower() for w in words[owner + 1 :])
            and words[-1].lower() in ROLE_NOUNS
        ):
            # "Mr Patil's deputy said": the person introduced in that role, else the words.
            role = words[-1].lower()
            holder = self.people.recent(
                at, role_words=NOMINAL_ROLES.get(role, (role,)), exclude=exclude
            )
            if holder is not None and holder.surname != _strip_owner(words[owner]):
                return self._person(holder, at)
            owned = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
            return self._group(Speaker(" ".join(owned)), at)
        modified = _GROUP_MODIFIED.match(" ".join(words))
        if modified:  # "Two sources familiar with the negotiations"
            # (The group, however many spoke: "three people familiar with the matter", then
            # "two of the people", are the same "people familiar with the matter".)
            counted = words[1:] if words[0].lower() in _COUNT_WORDS and len(words) > 2 else words
            return self._group(Speaker(" ".join(counted)), at)
        if (
            len(words) >= 2
            and words[-1] in BODY_NOUNS
            # "the New Zealand government": a lowercase article may open it; "NHS foundation
            # trust": a kind of body may come before the noun.
            and all(
                w[:1].isupper()
                or (i == 0 and w == "the")
                or (i == len(words) - 2 and i and w in BODY_KINDS)
                for i, w in enumerate(words[:-1])
            )
            and not (len(words) == 2 and words[0].lower() in _DETERMINERS)
        ):
            # "The United Auto Workers union said"
            named = words[1:] if words[0].lower() in _DETERMINERS else words
            return self._organisation_named(" ".join(named), at)
        possessive = next((i for i, w in enumerate(words) if i and w.endswith(("’s", "'s"))), 0)
        if (
            possessive
            and words[0].lower() in _DETERMINERS
            and all(w[:1].isupper() for w in words[1 : possessive + 1])
            and words[possessive + 1 :]
            and all(w[:1].islower() for w in words[possessive + 1 :])
        ):
            if words[-1].lower() in _ON_BEHALF_HEADS and len(words) == possessive + 2:
                # "a Brackley's spokesman said": the business (its name keeps the "'s" when
                # the text never writes it without).
                owner_name = " ".join(words[1 : possessive + 1])
                bare = owner_name[:-2]
                if re.search(rf"\b{re.escape(bare)}\b(?![’']s)", self.text):
                    owner_name = bare
                return self._organisation_named(owner_name, at)
            # "The Social Union’s executive board said": the body speaks.
            return self._group(Speaker(" ".join(words[1:])), at)
        if len(words) >= 3 and "and" in words:  # "Lemon and Cohen stressed": the first one
            conjunction = words.index("and")
            if (
                conjunction >= 2
                and len(words) == conjunction + 2
                and words[-1][:1].isupper()
                and self.people.lookup(" ".join(words[:conjunction]), fuzzy=False) is None
                and self.people.lookup(words[-1], fuzzy=False) is None
            ):
                # "Pacific Gas and Electric said": one body's name, not two people.
                return self._organisation_named(" ".join(words), at)
            if (
                conjunction >= 1
                and any(w in ORG_WORDS for w in words[conjunction + 1 :])
                and all(w[:1].isupper() or w in ("and", "of", "for") for w in words)
                # (not "… Monetary Policy and Financial Stability Irena Vasko": a person ends it)
                and self.people.name_index(words[conjunction + 1 :]) is None
                and self.people.lookup(" ".join(words[:conjunction]), fuzzy=False) is None
            ):
                # "the Irish Nurses and Midwives Organisation": one body's name.
                return self._organisation_named(" ".join(words), at)
            words = words[:conjunction]
            words[-1] = words[-1].rstrip(",")
        if len(words) == 1 and words[0] in ("it", "It"):
            # "…, it added": the organisation credited just before, if any.
            organisation, where = self._last_organisation
            if organisation is not None and 0 <= at - where < 1500:
                return organisation
            # "The Ministry of Ports issued a statement. “…,” it said": the body that is
            # the subject of a sentence just before.
            subject = last_match(_BODY_SUBJECT, self.text, max(0, at - 600), at)
            if subject is None:
                return None
            return self._organisation_named(subject.group("org"), at)
        if len(words) == 1 and words[0] in ("they", "They"):
            # "a Brackley's spokesman said … They said …": the body just credited.
            credited, where = self._last_credited
            organisation, _ = self._last_organisation
            if credited is not None and credited is organisation and 0 <= at - where < 600:
                return organisation
        if len(words) == 1 and words[0] in PRONOUNS:
            return self._pronoun(PRONOUNS[words[0]], words[0].lower(), at, exclude)
        if (
            words[-1].lower() in _ON_BEHALF_HEADS
            and words[0].lower() in ("a", "an", "the")
            and len(words) > 2
            and words[1][:1].isupper()
            # "A Department of Health and Social Care spokesperson", "A No 10 spokesperson"
            and all(
                w[:1].isupper() or w[:1].isdigit() or w in ("of", "and", "for", "&")
                for w in words[1:-1]
            )
        ):
            # "A Meridian Bulk Shipping spokesman said": the body named in full speaks.
            return self._organisation_named(" ".join(words[1:-1]), at)
        if (
            len(words) >= 2
            and words[0].lower() in ("the", "a", "an")
            and words[-1].lower() in ROLE_NOUNS
            and not any(w.endswith(("’s", "'s")) for w in words)
            and any(w[:1].isupper() for w in words[1:])
            and self.people.lookup(" ".join(words[1:]), fuzzy=False) is None
        ):
            # "The Djiboutian delegate", "the Health Minister": a role, not a name.
            return self._nominal([words[0].lower(), words[-1].lower()], at, exclude)
        if words[0].lower() in _DETERMINERS and all(
            # "the company's CEO": a role noun like any other
            w[:1].islower() or _AGE.match(w) or w in _OFFICER_ACRONYMS
            for w in words[1:]
        ):
            return self._nominal(words, at, exclude)
        named = words[1:] if words[0].lower() == "the" and len(words) > 2 else words
        if named[-1].lower() in GROUP_NOUNS and all(w[:1].isupper() for w in named[:-1]):
            # "the Munro family said": the family, not Alasdair Munro
            return self._group(Speaker(" ".join([*named[:-1], named[-1].lower()])), at)
        if len(words) >= 2 and words[-1] in _PARTY_MEMBERS and all(w[:1].isupper() for w in words):
            # "the New Mexico Democrat said": the politician just spoken of, not a name.
            return self._nominal(["the", words[-1].lower()], at, exclude)
        return self._name(words, at)

    def _member_before(self, at: int) -> Person | None:
        """The known person named right before ``at`` with "of", "from" or "at" ("Ben
        Adeyemi of " Harbor Securities), if any."""
        if not self.text.endswith(_OF_ENDINGS, max(0, at - 5), at) and (
            " of the " not in self.text[max(0, at - 40) : at]
        ):
            return None  # the cheap test: neither pattern can end anywhere else
        member = _PERSON_OF_BEFORE.search(self.text, max(0, at - 80), at)
        return self.people.lookup(member.group("name"), fuzzy=False) if member else None

    def _unnamed(self, noun: str, at: int, description: str = "") -> Speaker | None:
        """Someone the text does not name ("a neighbour said"): a person introduced just
        before with that role if there is one, else the description itself, never the last
        person named."""
        # (Not when more describes them: "an executive at a rival retailer" is someone else
        # than the company's own executive.)
        plain = not description or description.lower() == noun
        person = self.people.recent(at, role_words=(noun,), window=600) if plain else None
        if person is not None and re.search(rf"\b{re.escape(noun)}\b", person.role.lower()):
            # The role holds the noun as a word: a "spokeswoman" is no "woman" of the text.
            return self._person(person, at)
        speaker = Speaker(description or noun)
        self._last_unnamed = (speaker, at, PERSON_NOUNS.get(noun, ""))
        self._last_credited = (speaker, at)
        return speaker

    def _on_behalf(self, org: str, at: int) -> Speaker | None:
        """The body a spokesperson speaks for; a person's spokesperson credits the person."""
        org = _strip_owner(org)  # "for the council’s highways team"
        words = org.split()
        if any(w in ORG_WORDS or w[:1].islower() or w == "&" for w in words) or len(words) == 1:
            return self._organisation_named(org, at)
        return self._name(words, at)

    def _group(self, speaker: Speaker, at: int) -> Speaker:
        self._last_group = (speaker, at)
        self._last_credited = (speaker, at)
        return speaker

    def _pronoun(self, gender: str, word: str, at: int, exclude: frozenset[str]) -> Speaker | None:
        if word == "they":
            # "They" carries on the group last credited ("researchers say … They say …"),
            # or a person the text never gives "he" or "she" who was credited since.
            group, where = self._last_group
            if group is None or not 0 <= at - where < 1500:
                where = -1
            person = self.people.recent(at, window=1500, exclude=exclude)
            if person is not None and (not person.gender or self._called_they(person, at)):
                credited = max(
                    _last_before(person.speaker_at, at), _last_before(person.subjects, at)
                )
                if credited > where:
                    return self._person(person, at)
            return group if where >= 0 else None
        person = self.people.recent(at, gender, exclude=exclude)
        body, said_at, body_gender = self._last_spokesperson
        if (
            body is not None
            and 0 <= at - said_at < 600
            # (the same paragraph or the next: '“…,” he said.' opening the one after)
            and self.text.count("\n\n", said_at, at) <= 1
            and body_gender in ("", gender)
            and (person is None or self._nobody_since(said_at, at, person))
        ):
            # 'A Glenmorven spokesman said … “…,” he said.': the spokesman, for the body.
            return body
        unnamed, where, unnamed_gender = self._unnamed_since(at)
        since = -1
        if person is not None:
            since = max(_last_before(person.speaker_at, at), _last_before(person.subjects, at))
        if unnamed is None or where < since:
            unnamed, where = self._unnamed_cue(max(since, where, at - 1500, 0), at) or (
                unnamed,
                where,
            )
            unnamed_gender = (
                PERSON_NOUNS.get(_unnamed_noun(unnamed.name), "") if unnamed is not None else ""
            )
        if unnamed is not None and (not unnamed_gender or unnamed_gender == gender):
            # "…,” a neighbour said. “…,” she said': the neighbour, unless someone was
            # named as a subject since.
            last = -1
            if person is not None:
                last = max(_last_before(person.speaker_at, at), _last_before(person.subjects, at))
            if last < where:
                self._last_credited = (unnamed, at)
                return unnamed
        return self._person(person, at)

    def _nobody_since(self, since: int, at: int, person: Person | None = None) -> bool:
        """Whether no one (or not ``person``) was credited or a sentence's subject between
        ``since`` and ``at``."""
        person = person or self.people.recent(at)
        if person is None:
            return True
        last = max(_last_before(person.speaker_at, at), _last_before(person.subjects, at))
        return last < since

    def _unnamed_cue(self, start: int, at: int) -> tuple[Speaker, int] | None:
        """The last cue crediting someone unnamed between ``start`` and ``at``, if any."""
        if start < 0 or start >= at:
            return None
        found = None
        for match in UNNAMED_CUE.finditer(self.text, start, at):
            if match.group("sp2") and _SUBJECT_BEFORE.search(
                self.text, max(0, match.start() - 40), match.start()
            ):
                continue  # "He said one victim had been told …": his words, about a victim
            if inside_marks(self.text, match.start()):
                continue  # '“… because a new finance manager asked why …,” he said': quoted
            if match.group("sp") and (
                _NAME_COMMA_BEFORE.search(self.text, max(0, match.start() - 60), match.start())
                or _NAME_APPOSED.search(self.text, match.end("sp"), match.end())
            ):
                # "Jonathan Fairlie, a fund manager at …, told", "Another homeowner, Gurpreet
                # Dhaliwal, said": the unnamed description has its name.
                continue
            found = match
        if found is None:
            return None
        words = (found.group("sp") or found.group("sp2")).split()
        if "who" in words:
            words = words[: words.index("who")]
        speaker = Speaker(" ".join(words[1:]))
        noun = _unnamed_noun(speaker.name)
        self._last_unnamed = (speaker, found.start(), PERSON_NOUNS.get(noun, ""))
        return speaker, found.start()

    def _unnamed_since(self, at: int) -> tuple[Speaker | None, int, str]:
        unnamed, where, gender = self._last_unnamed
        if unnamed is None or not 0 <= at - where < 1500:
            return None, -1, ""
        return unnamed, where, gender

    def _called_they(self, person: Person, at: int) -> bool:
        """Whether the text follows the person's mentions with "they", not "he" or "she"
        ("Rowan Pike, 24, says they came …"), whatever the first name suggests."""
        for mention in person.subjects[:6]:
            if mention >= at:
                break
            found = _PERSONAL_PRONOUN.search(self.text, mention, min(at, mention + 250))
            if found and found.group(1).lower() in ("they", "their", "them"):
                return True
        return False

    def _nominal(self, words: list[str], at: int, exclude: frozenset[str]) -> Speaker | None:
        head = _strip_owner(words[-1].lower())
        unnamed, _, _ = self._unnamed_since(at)
        if (
            unnamed is not None
            and words[0].lower() == "the"
            and _unnamed_noun(unnamed.name) == head
            # "the chief executive" is not "an executive at a rival firm": every word of
            # the reference is in the description
            and set(w.lower() for w in words[1:]) <= set(unnamed.name.lower().split())
        ):
            # "“…,” a neighbour said. … “…,” the neighbour added': the same unnamed person.
            self._last_credited = (unnamed, at)
            return unnamed
        if (
            head in _AUTHORED
            and len(words) == 3
            and words[0].lower() == "the"
            and re.search(r"[a-z](?:’s|'s)$", words[1])
        ):
            # "the fund’s statement said" after "the Illawarra Creative Fund": that body.
            issuing = self._organisation(_strip_owner(words[1]), at)
            if issuing is not None:
                self._last_credited = (issuing, at)
                return issuing
        if head in _AUTHORED and words[0].lower() == "the" and len(words) == 2:
            # '“…,” the statement said' after 'The league said in a statement': its author.
            author, where = self._last_credited
            issued = last_match(_IN_A_STATEMENT, self.text, max(0, where, at - 800), at)
            if issued is not None and issued.group("noun") and head == "statement":
                body = self._body(issued.group("noun"), at)
                if body is not None:
                    return body
                issued = None
            if (
                issued is not None
                and head == "statement"
                and issued.group("name").split()[0] not in PRONOUNS
                and issued.group("name").split()[0] not in TITLE_WORDS
            ):
                # "In a statement, the Al Shurooq board thanked supporters …": the body (or
                # person) that issued it, though no cue credited it.
                issuer = self.people.lookup(issued.group("name"), fuzzy=False)
                if issuer is not None and issuer.speaker_at:
                    return self._person(issuer, at)  # someone quoted before
                # ("In a statement, the Comets’ board of directors said": the Comets)
                return self._organisation_named(_strip_owner(issued.group("name")).rstrip("’'"), at)
            paragraph = self.text.rfind("\n\n", 0, at)
            writer = last_match(_AUTHOR_OF, self.text, max(0, paragraph, at - 800), at)
            if writer is not None and writer.group("head") == head:
                # 'the Praja Vedike issued a statement saying … “…,” the statement said': who
                # issued it, in the same paragraph, over anyone credited before.
                issuing = self._resolve(writer.group("name"), writer.start("name"), frozenset())
                if issuing is not None:
                    return issuing
            if author is not None and 0 <= at - where < 800:
                return author
            # "Priya Natarajan wrote in a blog post …" with no quote credited since: the
            # person who wrote, issued or posted it.
            writer = last_match(_AUTHOR_OF, self.text, max(0, at - 800), at)
            if writer is None or writer.group("head") != head:
                return None
            return self._name(writer.group("name").split(), writer.start("name"))
        if head in DOCUMENT_NOUNS:
            return None
        if (
            head in ROLE_NOUNS
            and head not in _ON_BEHALF_HEADS
            and head not in GROUP_NOUNS
            and any(re.search(r"(?:’s|'s)$", w) for w in words[1:-1])
        ):
            # "the company's chief executive": one person, the one introduced in that role.
            holder = self.people.recent(
                at, role_words=NOMINAL_ROLES.get(head, (head,)), exclude=exclude
            )
            if holder is not None:
                return self._person(holder, at)
        possessive = words[-2].lower() if len(words) >= 3 else ""
        body_noun = _strip_owner(possessive)
        if body_noun != possessive and body_noun in ORG_NOUNS and head in _BODY_ORGANS:
            # "the association’s board said": the association, named before.
            body = self._body(body_noun, at)
            if body is not None:
                self._last_credited = (body, at)
                return body
        if (
            head in GROUP_NOUNS
            or (words[-2:-1] and re.search(r"(?:’s|'s)$", words[-2]))
            or (
                (head in _ON_BEHALF_HEADS or head in ROLE_NOUNS)
                and any(re.search(r"(?:’s|'s)$", w) for w in words[1:-1])
            )
        ):
            # "the company's spokesman", "the prime minister’s official spokesman"
            phrase = " ".join(words[1:] if words[0].lower() == "the" else words)
            return self._group(Speaker(phrase), at)
        determiner = words[0].lower()
        if (
            determiner in ("his", "her")
            and head in _KIN_HEADS
            # (a sister the text introduced as one is found by her role, below)
            and not any(head in p.role.lower() for p in self.people.people)
        ):
            # '“…,” says his brother' after "Eamon Fahy": the other Fahy the text named.
            owner = self.people.recent(at, PRONOUNS["he" if determiner == "his" else "she"])
            kin = [
                p
                for p in self.people.people
                if owner is not None
                and p is not owner
                and p.surname == owner.surname
                and (not p.gender or p.gender == _KIN_HEADS[head])
            ]
            if len(kin) == 1:
                return self._person(kin[0], at)
        if determiner in ("his", "her") and head in _ON_BEHALF_HEADS:
            # "Her office replied that …": the person it speaks for.
            return self._pronoun(PRONOUNS["he" if determiner == "his" else "she"], "", at, exclude)
        indefinite = determiner in ("a", "an")
        if indefinite and head in _ON_BEHALF_HEADS and len(words) > 2:
            # "A company spokeswoman said": someone new, speaking for the body named before.
            # ("A municipal spokesperson": the municipality.)
            modifier = _ORG_ADJECTIVES.get(words[-2].lower(), words[-2].lower())
            if modifier in ORG_NOUNS:
                body = self._body(modifier, at) or self._credited_body(at)
                body = body or Speaker(" ".join(words[1:]))
                # A later "the spokesperson added" or "the official said" speaks for the same
                # body.
                self._last_organisation = self._last_credited = (body, at)
                self._last_spokesperson = (body, at, PERSON_NOUNS.get(head, ""))
                return body
        if indefinite and len(words) == 2 and head.startswith("spokes"):
            # "“…,” a spokesperson said" after the body was credited or named: that body.
            organisation, where = self._last_organisation
            if organisation is not None and 0 <= at - where < 1500:
                self._last_credited = (organisation, at)
                return organisation
            named = last_match(_SPOKEN_FOR, self.text, max(0, at - 1500), at)
            if named is not None:
                return self._organisation_named(re.sub(r"^The\s+", "", named.group(0)), at)
        if head in ("defendant", "accused") and not indefinite:
            # "the defendant told magistrates": the person the text says was charged or
            # pleaded, not whoever spoke last (often their own lawyer).
            charged = self.people.defendant(at)
            if charged is not None:
                return self._person(charged, at)
        if _AGE.match(head) and not indefinite:
            # "The 84-year-old said": the person introduced with that age ("Brenda Hollick,
            # 84,"), else the person last spoken of.
            aged = self.people.aged(head.split("-")[0], at)
            return self._person(aged or self.people.recent(at, exclude=exclude), at)
        parent = _PARENT_OF.match(head)
        if parent and not indefinite:
            # "the mother-of-two said": the woman the text was just about.
            gender = "m" if parent.group(1) == "father" else "f"
            return self._person(self.people.recent(at, gender, exclude=exclude), at)
        gender = PERSON_NOUNS.get(head, "")
        role_words = NOMINAL_ROLES.get(_TWO_WORD_ROLES.get(" ".join(words[-2:]).lower(), head))
        if role_words is None and head in ROLE_NOUNS:
            role_words = (head,)
        person = None
        if (
            not indefinite
            and head in _CORPORATE_HEADS
            and not any(head in p.role.lower() for p in self.people.people)
        ):
            # "In a statement, the developer said it had given the troupe …" after
            # "bought by Harbourfront Crest Holdings": the business, no one introduced as one.
            business = self._body(head, at)
            if business is not None:
                self._last_credited = (business, at)
                return business
        if role_words and len(words) >= 3 and words[0].lower() == "the":
            # "the finance minister" of the finance minister, not the energy minister.
            phrase = " ".join(w.lower() for w in words[1:])
            person = self.people.recent(at, gender, role_words=(phrase,), exclude=exclude)
        if person is None and role_words and role_words != ("",):
            person = self.people.recent(at, gender, role_words=role_words, exclude=exclude)
        elif (
            role_words is None
            and not indefinite
            and head not in ORG_NOUNS  # "the union": a body, not its president
            # (or a word the text gave someone as their role: "Fly-half Jack Fenwick")
            and (
                _is_role_word(head)
                or any(p.role.lower().split()[-1:] == [head] for p in self.people.people)
            )
        ):
            # "the harbourmaster said": only someone introduced as one.
            person = self.people.recent(at, gender, role_words=(head,), exclude=exclude)
            if person is not None:
                return self._person(person, at)
            # "The striker, who joined …, said" of a player never called one: the person the
            # text was just about (quoted, or the subject of a sentence), as a reader takes it.
            # (Not "the council's contractor": someone of another body, often named next.)
            owned = any(w.endswith(("’s", "'s")) for w in words)
            last = (
                None
                if owned
                else self.people.recent(at, gender, exclude=exclude, window=_NOMINAL_REACH)
            )
            if last is not None:
                return self._person(last, at)
        if person is None and (
            (indefinite and head in _NAMED_LATER)
            # "The housing minister has insisted …" before the story names anyone.
            or (
                not indefinite
                and (head in ROLE_NOUNS or head in NOMINAL_ROLES)
                and not any(m < at for p in self.people.people for m in p.mentions)
            )
        ):
            # "A prosecutor told the jury …" in a lead, "Assistant Prosecutor Denise Okafor"
            # a paragraph or two on: the story names its actors after the lead.
            person = self._introduced_later(head, at)
            if person is not None:
                return self._person(person, at)
        if person is None and not indefinite and head == "witness":
            # "The witness replied …" after "Declan Fitzmaurice … was giving evidence": the one
            # giving evidence, not someone who saw an event.
            testified = last_match(_GIVING_EVIDENCE, self.text, max(0, at - 3000), at)
            giver = self.people.lookup(testified.group("name"), fuzzy=False) if testified else None
            if giver is not None:
                return self._person(giver, at)
        if person is None and not indefinite and head in _EVENT_WITNESSES:
            # "the witness said" with no one named as a witness: an unnamed person, never the
            # last person named (often the suspect the witness saw).
            return self._unnamed(head, at)
        spoken_for, said_at, _ = self._last_spokesperson
        if (
            person is None
            and not indefinite
            and head in ("official", "representative")
            and spoken_for is not None
            and 0 <= at - said_at < 1500
            and self._nobody_since(said_at, at)
        ):
            # '“…,” the official said' after "A senior official of Cauvery Mercantile Bank
            # said": the bank again (unless someone was spoken of since).
            return spoken_for
        if person is None and not indefinite and head in _ON_BEHALF_HEADS:
            # '“…,” the spokesperson said' after "A spokesperson for the Harlan School
            # District said …": the body that spokesperson speaks for (before anyone merely
            # named since, who is no spokesperson).
            organisation, where = self._last_organisation
            if organisation is not None and 0 <= at - where < 1500:
                self._last_credited = (organisation, at)
                return organisation
        if (
            person is None
            and not indefinite  # "a resident said": someone new, not the last person named
            and (head in PERSON_NOUNS or head in ROLE_NOUNS or role_words)
        ):
            person = self.people.recent(at, gender, exclude=exclude)
        if person is None and head in ORG_NOUNS:
            body = self._body(head, at) or Speaker(" ".join(words[1:]))
            # ('“…,” it said' next: the same body; "a spokesperson said" next: for it)
            self._last_credited = (body, at)
            if not indefinite:
                self._last_organisation = (body, at)
            return body
        if person is None and words[0].lower() == "the" and head not in ROLE_NOUNS:
            lowered = self._named_body(words[1:], at)
            if lowered is not None:
                return lowered
        return self._person(person, at)

    def _introduced_later(self, head: str, at: int) -> Person | None:
        """The first person introduced after ``at`` (within a few paragraphs) with ``head`` in
        their role."""
        later = [
            (min(p.mentions), p)
            for p in self.people.people
            if p.mentions
            and at < min(p.mentions) < at + _NAMED_LATER_REACH
            and head in p.role.lower()
        ]
        return min(later, key=lambda pair: pair[0])[1] if later else None

    def _named_body(self, words: list[str], at: int) -> Speaker | None:
        """'the coast guard' → "Philippine Coast Guard": the body the text named before
        with these words capitalised, if any."""
        if not words or not all(w.isalpha() and w.islower() for w in words):
            return None
        tail = r"[ \t]+".join(re.escape(w.capitalize()) for w in words)
        pattern = re.compile(rf"\b(?:[A-Z][\w’'&-]*[ \t]+){{0,5}}{tail}\b")
        # ("Band chairman Keith Ackroyd" after "the Crawshaw Brook Band": the full name)
        found = _last_fullest(pattern, self.text, max(0, at - 3000), at, _THE)
        if found is None:
            return None
        name = _THE.sub("", found.group(0))
        if name.split()[0] in NOT_NAME_WORDS:
            return None
        return self._organisation_named(name, at)

    def _body(self, head: str, at: int) -> Speaker | None:
        """'the company', 'a company spokesperson': the body named with that word, else the
        business the text named or credited just before, if any."""
        body = (
            self._organisation(head, at)
            or self._business(head, at)
            or self._apposed(head, at)
            or self._described(head, at)
        )
        if body is None and head in _BUSINESS_HEADS:
            # "Keyloft said … The company declined to say": the body credited just before.
            organisation, where = self._last_organisation
            if organisation is not None and 0 <= at - where < 1500:
                body = organisation
            credited, where = self._last_credited
            if (
                body is None
                and credited is not None
                and credited.person is not None
                and not credited.person.gender
                and first_name_gender(credited.name.split()[0]) is None
                and 0 <= at - where < 1500
            ):
                # "Minera Altoandina said …" (no first name, no he or she): that was the
                # company.
                body = Speaker(credited.name)
        return body

    def _described_body(self, words: list[str], at: int) -> bool:
        """Whether the text describes the name ``words`` as a body near ``at`` (", a group of
        anglers", ", a partnership of local governments"; within a few thousand characters,
        so a long document costs no more per name than a short one)."""
        if (
            first_name_gender(words[0]) is not None
            or any(w.lower().rstrip(".") in HONORIFICS or w in TITLE_WORDS for w in words)
            or self.people.name_index(words) is not None
        ):
            return False
        name = " ".join(words)
        return any(
            _DESCRIBED_AS_KIND.match(self.text, found.end())
            for found in re.compile(rf"\b{re.escape(name)}\b").finditer(
                self.text, max(0, at - 5000), at + 1000
            )
        )

    def _acronym_holder(self, acronym: str, at: int) -> Person | None:
        """Who holds the office the text spelled out before ``at`` with these letters in
        brackets, then named ("… Chief Executive (MCE), Mr Kwabena Asante Boateng, …")."""
        named = [
            found.group("name")
            for found in _OFFICE_ACRONYM.finditer(self.text, 0, at)
            if found.group("acronym") == acronym
            # (an office, not a body: "Coordinator of the … Initiative (RPSI)" names no holder)
            and (
                found.group("office") in TITLE_WORDS or found.group("office").lower() in ROLE_NOUNS
            )
        ]
        return self.people.lookup(named[-1], fuzzy=False) if named else None

    def _credited_body(self, at: int) -> Speaker | None:
        """The body credited just before ``at`` ("Wyvern confirmed that …" before '“…,” a
        club spokesman said'), if the last one credited was a body."""
        credited, where = self._last_credited
        if credited is None or credited.person is not None or not 0 <= at - where < 1000:
            return None
        return credited

    def _described(self, head: str, at: int) -> Speaker | None:
        """'the charity' → "The Sepsis Action Network" after "The Sepsis Action Network, a
        charity, says": the name the text described with that word, within a few paragraphs."""
        pattern = re.compile(
            r"\b((?:[A-Z][\w’'&-]*[ \t]+){0,5}[A-Z][\w’'&-]*),[ \t]+(?:a|an|the)[ \t]+"
            rf"(?:[\w-]+[ \t]+){{0,3}}{re.escape(head)}\b"
        )
        found = last_match(pattern, self.text, max(0, at - 1500), at)
        if found is None or self.people.lookup(found.group(1), fuzzy=False):
            return None
        return Speaker(self._body_name(re.sub(r"^The\s+", "", found.group(1))))

    def _apposed(self, head: str, at: int) -> Speaker | None:
        """'the charity' → "Breathe North" after "the children's charity Breathe North": the
        name the text gave right after that word, within a few paragraphs."""
        pattern = re.compile(rf"\b{re.escape(head)},?[ \t]+((?:[A-Z][\w’'&-]*[ \t]?){{1,4}})")
        found = last_match(pattern, self.text, max(0, at - 1500), at)
        if found is None:
            return None
        name = found.group(1).strip()
        if name.split()[0] in NOT_NAME_WORDS or self.people.lookup(name, fuzzy=False):
            return None
        return Speaker(name)

    def _organisation(self, head: str, at: int) -> Speaker | None:
        """'the ministry' → the last organisation named with that word, if any."""
        pattern = re.compile(
            # (Within a line: a title ending in capitals is no part of a name that opens the
            # next paragraph.)
            # ("Vale of Mowbray Health NHS Trust": "of" inside the name too.)
            # ("Shatt al-Arab Farmers’ Union": an Arabic article inside.)
            rf"\b(?:(?:[A-Z]|(?:al|el)-[A-Z])[\w’'-]*[ \t]+(?:(?:and|&|of)[ \t]+)?){{0,6}}"
            rf"(?:{_HEAD_FORMS.get(head, head.capitalize())})(?:s|es)?\b"
            # (The last word of the name: not "Plains Rural Hospital Coalition" for "the
            # hospital".)
            r"(?![ \t]+[A-Z])"
            # ("Ministry of Family and Community Care")
            rf"(?:[ \t]+(?:of|for)(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)+)?"
        )
        # ("the Council said" after "Strathcarran Council": its full name)
        found = _last_fullest(pattern, self.text, 0, at, _ORG_ARTICLE)
        if found is None:
            return None
        name = re.sub(r"^A\s+", "", found.group(0))
        owner, of, owned = name.partition(" of ")
        if (
            of
            # (the word looked for after "of": "Jane Roe of Kestrel Trust"; not "Marisco
            # Valley Chamber of Commerce", named by what comes before)
            and not any(w.lower().startswith(head) for w in owner.split())
        ) and (
            self.people.name_index(owner.split()) is not None
            or owner.split()[-1] in TITLE_WORDS
            or len(owned.split()) < 2
        ):
            name = owned  # "Jane Roe of Kestrel Trust", "Minister of Health Trust" (sic)
        if " " in name:
            name = self._full_name(name, at)  # "the hospital": St. Anne Mission Hospital
        return Speaker(self._body_name(name))

    def _business(self, head: str, at: int) -> Speaker | None:
        """'the company said' → the last business the text named ("Harbor Line Shipping"),
        when it is named within a few paragraphs; else None."""
        if head not in _BUSINESS_HEADS:
            return None
        found = None
        for named in _BUSINESS_NAME.finditer(self.text, max(0, at - 1500), at):
            affiliation = _AFFILIATION_BEFORE.search(
                self.text, max(0, named.start() - 30), named.start()
            )
            if (
                affiliation
                and affiliation.group("person")
                and self.people.lookup(affiliation.group("person"), fuzzy=False) is None
            ):
                # "Pranav Shetty of Marigold Capital", not "Shares of Vantora Aerial Systems"
                affiliation = None
            if not affiliation:
                found = named  # (not "Jonathan Pryce, of Tollgate Ridge Capital": his firm)
        if found is None and at > 1500:
            # "Kessler-Dunmore Valve Co. will close …" in the lead, "a company spokeswoman"
            # far below: the company the story is about.
            found = _BUSINESS_NAME.search(self.text, 0, min(at, 800))
        described = last_match(_BUSINESS_DESCRIBED, self.text, max(0, at - 1500), at)
        if described is not None and (found is None or described.start() > found.start()):
            found = described
        if found is None:
            return None
        organisation, where = self._last_organisation
        if (
            organisation is not None
            and found.start() <= where < at
            # (never a newspaper someone "told": "Okafor-Ruiz told The Times")
            and organisation.name.split()[-1] not in _PUBLICATION_WORDS
        ):
            # "Skyreach said …" after "Lantern Capital" was named: the body credited since.
            return organisation
        name = described.group(1) if found is described else found.group(0)
        return Speaker(self._body_name(self._full_name(name, at)))

    def _name(self, words: list[str], at: int) -> Speaker | None:
        while len(words) > 1 and _MODIFIER_WORD.match(words[0]) and words[1][:1].isupper():
            # "Dubai-based Meridian Bulk Shipping": the modifier is no part of the name.
            words = words[1:]
        named = words[1:] if words[0] in ("The", "the") else words
        if (
            len(named) >= 2
            and all(w[:1].isupper() for w in named)
            and self._described_body(named, at)
        ):
            # "Upper Calder Watch, a group of anglers", "The Tri-County Bay Compact, a
            # partnership of local governments": a body, whatever its words look like.
            return self._organisation_named(" ".join(named), at)
        if (
            len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and words[-1] not in ORG_WORDS
            and self.people.lookup(" ".join(words), fuzzy=False) is None
        ):
            full = self._full_name(" ".join(words), at)
            if full != " ".join(words):
                # "Seri Permata, in a filing, said" after "Seri Permata Land Bhd": the body
                # (no "Seri" title of a person's).
                return self._organisation_named(full, at)
        if len(words) >= 4 and all(w[:1].isupper() for w in words):
            # "United States Hamdullah Mohib": a title or place run ends in the name.
            tail = words[-2:]
            if (
                tail[0] not in NOT_NAME_WORDS
                and tail[0] not in TITLE_WORDS
                # Only a person's name ends such a run: "Meridian Bulk Shipping" stays whole.
                and (
                    first_name_gender(tail[0]) is not None
                    or any(w in TITLE_WORDS or w in NOT_NAME_WORDS for w in words[:-2])
                )
                and not any(w in ORG_WORDS for w in tail)
                and self.people.lookup(" ".join(words), fuzzy=False) is None
            ):
                words = tail
        if words[0] in _PLACE_PREFIXES and 1 < len(words) <= 3 and words[1][:1].isupper():
            return self._organisation_named(" ".join(words), at)  # "North Korea stated …"
        # Before the strip below, which may take it ("Mrs Hale" among several Hales).
        honorific = next((w for w in words if w.lower() in HONORIFICS), None)
        body = any(w in ORG_WORDS for w in words[1:])  # "Atlantic Civic Movement" stays whole
        while (
            words
            and ((words[0] in NOT_NAME_WORDS and not body) or words[0].lower() in _DETERMINERS)
            and len(words) > 1
        ):
            words = words[1:]
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words = words[:-1]  # "Iain Dalgleish KC"
        core = [w for w in words if w.lower() not in HONORIFICS]
        while (
            len(core) > 1
            and (
                core[0] in TITLE_WORDS
                # "Patient Hemi Walker", "Parent Daniel Pereira": a role noun opening the sentence
                or (core[0].lower() in ROLE_NOUNS and len(core) > 2 and core[1][:1].isupper())
            )
        ):
            core = core[1:]
        if len(core) == 1 and honorific is not None and core[0] in TITLE_WORDS:
            # "Mr Mzee said" after "Mr Rajab Suleiman Mzee": a surname that is also a title.
            known = self.people.lookup(core[0], fuzzy=False)
            if known is not None and known.name.split()[-1] == core[0]:
                return self._person(known, at)
        if len(core) == 1 and core[0] in MONTH_FIRST_NAMES:
            # "June said" after "June Pelletier, 82,": her, not the month.
            known = self.people.lookup(core[0], fuzzy=False)
            if known is not None and known.name.split()[0] == core[0]:
                return self._person(known, at)
        # ("North Rift Athletics Council": a body's name may open on a common word.)
        if (
            not core
            or (core[0] in NOT_NAME_WORDS and not (body and core[0] in _PLACE_WORDS))
            or core[-1] in NOT_NAME_WORDS
        ):
            return None
        if (
            1 < len(core) <= 3
            and (core[-1] in TITLE_WORDS or core[-1].lower() in ROLE_NOUNS)
            and all(_not_a_name(w) for w in core[:-1])
            and self.people.name_index(core) is None
            and self.people.lookup(" ".join(core), fuzzy=False) is None
            and self.people.lookup(core[-1], fuzzy=False) is None
        ):
            core = core[-1:]  # "the Health Minister said": the role, not a name
        if len(core) == 1 and (core[0] in TITLE_WORDS or core[0].lower() in ROLE_NOUNS):
            # "Delegate", "Minister": a role is never a speaker; it points back to the
            # person introduced with it, or to no one.
            return self._nominal(["the", core[0].lower()], at, frozenset())
        if any(
            w[:1].islower() and w not in PARTICLE_WORDS and w.split("-")[0] not in PARTICLE_WORDS
            for w in core
        ):
            return None  # "the Annie Oakley screen print": a thing, not a name
        name = " ".join(core)
        if name.lower() in self.excluded:
            return None
        if len(core) == 1:
            # "Mrs. Lopez" among several Lopezes: the nearest one of her gender.
            gender = HONORIFICS.get(honorific.lower(), "") if honorific else ""
            shared = self.people.choose(core[0], at, gender, honorific or "")
            if shared is not None:
                return self._person(shared, at)
        # "Environment Minister John Baird": the name is the end of the run of words.
        for k in range(len(core) - 1):
            person = self.people.lookup(" ".join(core[k:]), fuzzy=False)
            if person is not None:
                return self._person(person, at)
        start = self.people.name_index(core)
        if start and core[-1] not in ORG_WORDS:  # "… Wildlife Trust" is one body's name
            core = core[start:]
            name = " ".join(core)
        person = self.people.lookup(name)
        if person is not None:
            return self._person(person, at)
        if any(w in ORG_WORDS for w in core) or (len(core) == 1 and honorific is None):
            if len(core) == 1:
                full = self.people.full_name_before(core[0], at) or self.people.full_name_after(
                    core[0], at
                )
                if full:
                    return self._person(self.people.add_person(full, at), at)
                if not self._named_mid_sentence(core[0]):
                    return None  # "Recent reports …": a capitalised first word, not a name
            return self._organisation_named(re.sub(r"^(?:The)\s+", "", name), at)
        if len(core) > 4:
            # Five capitalised words are no person's name: "Te Wao Nui Sanctuary Trust".
            return self._organisation_named(re.sub(r"^(?:The)\s+", "", name), at)
        if len(core) == 1:
            # "Mr Okonkwo said" after "… assault causing serious harm to Adebayo Okonkwo":
            # the name the text gave in full.
            full = self.people.full_name_before(core[0], at)
            if full:
                name = full
        return self._person(self.people.add_person(name, at), at)

    def _full_name(self, name: str, at: int) -> str:
        """A body's name as the text gave it in full before ``at``: "A Kestrel spokeswoman"
        after "Kestrel Maritime Holdings", "Front Range Mutual said" after "Front Range
        Mutual Insurance"."""
        if not name[:1].isupper():
            return name
        if re.search(rf"\bSt\.\s+{re.escape(name)}", self.text[: at + len(name) + 1]):
            name = f"St. {name}"  # "St. Anne Mission Hospital": the full stop cut the name
        if " " not in name:
            # "the Comets" after "the Credit Valley Comets": a one-word name the text first
            # gave with the words of its place before it.
            first = _place_before(name).search(self.text, 0, at)
            if first is not None and name.endswith("s") and name[:-1].isalpha():
                return first.group(1)
        if not _written_longer(self.text, name, at):
            return name  # (the cheap test: most names are never written longer)
        # (The fullest form: a headline's "Brightwater Capital" is "Brightwater Capital
        # Partners" in the body.)
        longer = re.compile(rf"\b{re.escape(name)}(?:[ \t]+[A-Z][\w’'&-]*){{1,3}}")
        found = list(longer.finditer(self.text, 0, at))
        forms = [
            f.group(0)
            for f in found
            if f.group(0).split()[-1] in ORG_WORDS
            # "Trans-Mesa Pipeline, an operator with 9,000 miles of pipe": described as one.
            or _DESCRIBED_AS_BODY.match(self.text, f.end()) is not None
        ]
        if not forms:
            return name
        # The first form the text gave, in full ("Meridia Airways", not the later "Meridia
        # Pilots' Association").
        return max((f for f in forms if f.startswith(forms[0])), key=len)

    def _organisation_named(self, name: str, at: int) -> Speaker:
        speaker = Speaker(self._body_name(self._full_name(name, at)))
        self._last_organisation = (speaker, at)
        self._last_credited = (speaker, at)
        return speaker

    def _body_name(self, name: str) -> str:
        """A body's name as a speaker: without a clause opener or a description before it
        ("When Carrawong High School pushed …", "Toronto-listed Cordillera Brine Corp."), with
        the full stop the text gives its "Ltd." or "Inc.".
        """
        words = re.sub(r"^The\s+", "", name).split()
        while (
            len(words) > 1
            and (
                words[0] in _SUBORDINATORS
                or _DESCRIBED.fullmatch(words[0])
                # "Kharkhoda's Green Field Hockey Academy": where it is, not what it is called
                # (but "Women’s Players’ Network", "UN's …" hold their first word)
                or (
                    words[0].endswith(("’s", "'s"))
                    and not words[0][:-2].isupper()
                    and words[0][:-2] not in ("Women", "Men", "Children", "People")
                )
            )
        ):
            words = words[1:]
        name = " ".join(words)
        if words[-1] in ("Ltd", "Inc", "Corp", "Co", "Bhd", "Plc") and f"{name}." in self.text:
            name += "."  # "Granitehead Aggregates Ltd.", as the text writes it
        return name

    def _named_mid_sentence(self, word: str) -> bool:
        """Whether the text capitalises ``word`` where a sentence does not start."""
        # After a quote closed with a comma or question mark the sentence goes on: '“…,” X said'.
        return bool(
            re.search(
                rf"(?:[a-z,(]|[,?!][”\"’']{{1,2}})\s+{re.escape(word)}\b|\({re.escape(word)}\b",
                self.text,
            )
        )

    def _person(self, person: Person | None, at: int) -> Speaker | None:
        if person is None:
            return None
        self.people.credit(person, at)
        speaker = Speaker(person.name, person.role, person)
        self._last_credited = (speaker, at)
        return speaker
