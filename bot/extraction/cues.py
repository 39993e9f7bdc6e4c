"""The patterns that credit words to someone: speech verbs next to a speaker reference.

Every pattern runs on *masked* text, where quoted words are blanked, so a cue is never read
from inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extraction.lexicon import (
    BODY_KINDS,
    BODY_NOUNS,
    GROUP_NOUNS,
    PARTICIPLE_VERBS,
    PHRASAL_CUES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_NOUNS,
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last of ``pattern``'s matches in ``text[start:end]``, as ``finditer`` finds them."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007
        pass
    return found


# Last words of a business's or a body's name ("Fenwick Capital", "Harbor Securities").
_BUSINESS_ENDINGS = re.findall(
    r"\S+",
    "Capital Partners Securities Research Advisors Advisers Associates Management Holdings "
    "Group Bank Inc Inc. Ltd Ltd. LLC Corp Corp. Company Institute University Insights "
    "Consulting Economics Analytics Markets Investments Asset Fund Trust Foundation Council",
)


VERB = rf"(?:{_alternation([*PHRASAL_CUES, *SPEECH_VERBS])})"
REPORT_VERB = rf"(?:{_alternation([*PHRASAL_CUES, *REPORTING_VERBS])})"
PARTICIPLE = rf"(?:{_alternation(PARTICIPLE_VERBS)})"
ADV = (
    r"(?:(?:also|then|later|further|simply|once|previously|earlier|recently|again|has|had|have|"
    r"would|will|had|quickly|flatly|repeatedly|publicly|privately|[a-z]{3,}ly)\s+){0,2}"
)
# Abbreviated titles; any other word ending in a full stop ends a sentence ("said Jane Roe.").
ABBREVIATION = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cpl|Det|"
    r"Insp|Supt|Hon|Inc|Corp|Ltd|Co|Ma)\."
)
# Capital letters a name may start with, accented ones included ("Øyvind", "Łukasz", "Émile").
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_TOKEN = (
    # (an initial before a name or another initial: "V. N. Deshmukh")
    rf"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.(?=[ \u00a0][A-Z](?:[a-z]|\.[ \u00a0][A-Z]))|{ABBREVIATION}|"
    rf"[{UPPER}][\w’'-]*s[’'](?=[ \u00a0][A-Z])|"  # "Bus Operators’ Association"
    rf"[{UPPER}][\w’'-]*\w|"
    rf"[{UPPER}])"  # (a one-letter word: an initial, or the Irish "Ó" of "Pádraig Ó Murchú")
)
# After a name, in brackets: its Chinese or Korean characters ("Chang Ya-ting (張雅婷)") or the
# person's age, as Irish and Indian papers write it ("Seán Hennessy (58)").
BRACKETS_AFTER_NAME = r"(?:[ \u00a0]\((?:[\u2e80-\u9fff\uac00-\ud7af]{1,8}|\d{1,3})\))"
_PARTICLE = (
    r"(?:de|da|di|du|do|das|dela|delos|van|von|der|den|bin|binti|bte|ibn|al|el|la|le|del|"
    r"della|dos|ter)"
)
# "Jan van der Berg", "María de la Cruz", "Saleh Abdulkarim al-Hakimi".
_ARTICLED = r"(?:al|el|ad|ash|as|at|az|an|bin|ibn)-[A-Z][\w’'-]*\w"
NAME = (
    # ("Irwell & Mersey League": an ampersand joins a body's name.)
    rf"(?:{_TOKEN}(?:[ \u00a0](?:(?:{_PARTICLE}|&)[ \u00a0]){{0,2}}{_TOKEN}"
    rf"|[ \u00a0]{_ARTICLED}){{0,5}}"
    # ("Chang Ya-ting (張雅婷) told", "Seán Hennessy (58), who …, claims")
    rf"{BRACKETS_AFTER_NAME}?"
    # A surname alone with its article: '"…," al-Kathiri said'.
    rf"|(?<![\w’'-]){_ARTICLED})"
)
_NOMINAL = (
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]*(?:’s|'s))"
    r"\s+(?:[\w’'-]+\s+){0,3}?"
    # A possessive is not the head: "said the ship’s captain, Rodel Santos".
    r"(?-i:[a-z][\w’'-]*(?<!’s)(?<!'s)|\d{1,3}-year-old|C[EFOT]O\b)"
)
_GROUP = rf"(?:{_alternation(GROUP_NOUNS)})"
# "A spokesperson for the Department for Rural Affairs": the organisation speaks.
ON_BEHALF = (
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|from|of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|on|&)\s+"
    r"(?:the\s+)?)?[A-Z][\w’'-]*){0,6})"
    # "A spokesman for Fenmarsh County Council’s highways team": the council speaks.
    r"(?:(?<=’s|'s)\s+(?:[a-z][\w-]*\s+)?(?:team|department|office|unit|division|service))?"
)
_BEHALF = ON_BEHALF.replace("(?P<org>", "(?:")
# "a spokesperson for the health unit": a body named before, by its common noun.
_BEHALF_OF_THE = (
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|from|of|at)\s+(?:the|this)\s+(?:[a-z]+\s+)?[a-z]+"
)
# "A Department of Health and Social Care spokesperson", "A No 10 spokesperson"
_BODY_SPOKESPERSON = (
    r"(?:[Aa]n?|[Tt]he)\s+[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z0-9][\w’'&.-]*){1,6}"
    r"\s+spokes(?:person|man|woman)"
)
# Who a group is: "sources familiar with the negotiations", "officials close to the talks".
GROUP_MODIFIER = (
    r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+(?:direct\s+)?"
    r"knowledge\s+of)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+(?:of\s+)?(?!(?:on|in|at|and|or|but|to|for|with|from|by|as|last|this|who|said|"
    r"says|told|added)\b)[\w’'-]+)?"
)
# One of a group named before: "one of the sources".
# Anonymous sources, counted or not: "three people familiar with the matter", "a person
# with direct knowledge of the talks".
_ANONYMOUS = (
    rf"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Tt]he|[Oo]ther|"
    rf"[Ss]enior|[Ff]ormer)\s+){{0,2}}(?:people|persons?|sources?|officials?|executives?|"
    rf"insiders?|diplomats?){GROUP_MODIFIER}"
)
ONE_OF = (
    rf"(?:[Oo]ne|[Tt]wo|[Bb]oth|[Ss]ome|[Nn]either)\s+of\s+(?:(?:the|those|these)\s+"
    rf"(?:{_GROUP}|people)|them|those)"
)
# "The United Auto Workers union said", "Severnside NHS foundation trust said": a named body
# with its common noun.
_BODY = rf"(?:{_alternation(BODY_NOUNS)})"
_BODY_KIND = rf"(?:{_alternation(BODY_KINDS)})"
# Someone the text does not name, with what they are: "a neighbour who witnessed the robbery",
# "one witness".
_UNNAMED = (
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_alternation(UNNAMED_NOUNS)})"
    # "a trader at a European utility", "a source with knowledge of the plan"
    r"(?:\s+(?:at|with|from|for|in|of|close\s+to)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*(?:\s+(?!(?:on|in|at|and|or|but|to|for|of|with|"
    r"from|by|as|last|this|who|said|says|told|added)\b)[a-z][\w-]*)?|[a-z][\w-]*))?"
    r"(?:\s+who\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,12}?)?"
)
# "the Ministry of Transport", "the Department for Rural Affairs": a body named with "of".
_BODY_OF = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Ministry|Department|Office|Bureau|University|"
    rf"Institute|Commission|Agency|Authority|Council|Board|Federation|Union|Bank|Chamber|Society|"
    rf"Association|College)\s+(?:of|for)\s+"
    rf"(?:the\s+)?{NAME}"
)
# "Vale of Mowbray Health NHS Trust", "Isle of Wight Council": a place "of" a place, then
# what kind of body it is.
_PLACE_OF_BODY = (
    r"(?:[Tt]he\s+)?[A-Z][\w’'-]*\s+of\s+(?:[A-Z][\w’'-]*\s+){1,4}?(?:Trust|Council|Authority|"
    r"Board|Commission|Corporation|Company|University|College|Hospital|Institute|Society|"
    r"Association|Federation|Union|League|Club|Foundation|Party|Police|Service)(?![\w’'-])"
)
# Scene-setting words that only look like a body's name before a group noun ("Outside
# court, his mother said" is not the speaker "Outside court").
_NOT_SCENE = r"(?!(?:Outside|Inside|Leaving|Entering|After|Before|During|Speaking)\b)"
SPEAKER = (
    rf"(?:{_BEHALF}|{_BEHALF_OF_THE}|{_BODY_SPOKESPERSON}|{_BODY_OF}|{_PLACE_OF_BODY}|{ONE_OF}|{_ANONYMOUS}|{_UNNAMED}(?![\w’'-])|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|"
    rf"(?:{_NOT_SCENE}{NAME}\s+)?{_GROUP}(?:{GROUP_MODIFIER})?|{_NOT_SCENE}{NAME}\s+(?:{_BODY_KIND}\s+)?{_BODY}(?![\w’'-])|"
    rf"{NAME}(?:,?\s+and\s+{NAME})?|{_NOMINAL}|{_GROUP}(?:{GROUP_MODIFIER})?)"
)
# A cue crediting someone unnamed, wherever it stands ("A neighbour said she saw him.", "…,"
# said one witness): a later "she said" may mean them even when no quote came of the cue.
UNNAMED_CUE = re.compile(
    rf"(?<![\w’'-])(?P<sp>{_UNNAMED})(?:,[^,.;“”\"]{{1,80}},)?\s+{ADV}{VERB}(?![\w’'-])|"
    rf"(?<![\w’'-]){VERB}\s+(?P<sp2>{_UNNAMED})(?![\w’'-])"
)
# ", the president of the Oxus Society," or " for Food Standards Australia,".
# (A full stop inside a number, "flooded to a depth of 1.2 metres", does not end it; nor
# does a thousands comma, "a trade group representing about 3,000 gym owners".)
# An initial or a title's full stop ("Dr. Ama Owusu") does not end it either, nor one before a
# comma ("Sen. Curtis Bauer, R-Kan., said").
_APPOS_CHAR = (
    r"(?:[^,.;“”\"]|\.(?=\d)|\.(?=,)|(?<=\d),(?=\d{3}\b)|(?<=\b[A-Z])\.|(?<=Dr)\.|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|"
    r"(?<=Prof)\.|(?<=Capt)\.|(?<=Gov)\.|(?<=Sen)\.|(?<=Rep)\.|(?<=Jr)\.|(?<=Sr)\.|(?<=St)\.|"
    r"(?<=Lt)\.|(?<=Sgt)\.|(?<=Col)\.|(?<=Gen)\.|(?<=Det)\.|(?<=Maj)\.|(?<=Cpl)\.|(?<=Rev)\.|"
    r"(?<=Hon)\.|(?<=Insp)\.|(?<=Supt)\.)"
)
# Any character of a clause, the same full stops allowed.
_CLAUSE_CHAR = _APPOS_CHAR.replace("[^,.;", "[^.;")
# ... or ", the president of the Oxus Society,".
_APPOS = (
    # "The Atlantic Civic Movement (MCA), which holds 11 seats, said": an acronym may come first.
    # (or an age: "Mary Twomey (72), from …"; or a US party and state: "(R-Texas)", "(D-N.Y.)")
    r"(?:\s\((?:[A-Z][A-Za-z]{1,7}|\d{1,3}|[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\))?"
    rf"(?:,\s{_APPOS_CHAR}{{1,160}}?(?:,\s{_APPOS_CHAR}{{1,120}}?){{0,3}},|"
    r"\s+(?:of|for|from|at|with)\s+(?:the\s+)?[A-Z][^,.;“”\"]{1,100}?,|"
    # "Kyle Brandt of the private forecasting firm WestSky Weather said": no commas.
    r"\s+(?:of|from|at|with)\s+(?:the\s+|an?\s+)?(?:(?!(?:the|an?)\s)[a-z][\w-]*\s+){0,3}"
    r"(?:firm|company|group|agency|charity|consultancy|bank|lender|insurer|broker(?:age)?|"
    r"university|institute|think\s+tank|union|organi[sz]ation|association|club|trust|"
    r"foundation|network|startup|start-up|retailer|chain|campaign|party|newspaper|station)\s+"
    r"[A-Z][\w’'&.-]*"
    rf"(?:\s+[A-Z][\w’'&.-]*){{0,4}}(?=\s+{ADV}{VERB}(?![\w’'-]))|"
    # "Jordan Blakely of Fenwick Capital said": a body whose name says it is one.
    rf"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){{0,3}}"
    rf"(?:{_alternation(_BUSINESS_ENDINGS)})(?=\s+{ADV}(?:{VERB}|{REPORT_VERB})(?![\w’'-]))|"
    # "US District Judge Maren Holt in San Francisco ruled"
    rf"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}}"
    rf"(?=\s+{ADV}(?:{VERB}|{REPORT_VERB})(?![\w’'-]))|"
    # between dashes: "Mangatoa Water Services – the council-controlled organisation that
    # will manage the work – says"
    r"\s[–—]\s[^–—,.;“”\"]{1,120}?\s[–—](?=\s+" + ADV + VERB + r"(?![\w’'-]))|"
    # the bracket alone: "Rep. Tom Halloran (R-Texas) said"
    r"(?<=\)))"
)
_OBJECT = (
    r"(?:reporters|journalists|the\s+press|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|"
    r"him|her|them|us|me|Wikinews|the\s+\w+(?:\s+\w+)?)"
)

# A lowercase role before a name: "…,” team member Rodaba Noori told the press.
_ROLE_WORDS = (
    rf"(?:(?:[A-Z][A-Z&]+\s+)?(?:[a-z][\w-]*\s+){{1,5}}(?=[{UPPER}])|"
    # "Bolthaus spokeswoman Lena Marx said": the body's name before the role.
    rf"(?:[A-Z][\w&’'-]*\s+){{1,2}}(?:spokes(?:man|woman|person)|chief\s+executive)\s+"
    rf"(?=[{UPPER}])|"
    # "Castlebridge manager Gary Holloway told BBC Sport": any role noun after the body.
    rf"(?:[A-Z][\w&’'-]*\s+){{1,4}}(?:[a-z][\w-]*\s+){{0,2}}(?:{_alternation(ROLE_NOUNS)})\s+"
    rf"(?=[{UPPER}]))?"
)
# The same after a cue's verb or comma, where a clause word cannot start it (", which the
# Church describes" is not a role).
_BUSINESS_KINDS = (
    r"group|firm|company|giant|maker|retailer|lender|bank|operator|developer|carrier|insurer|"
    r"miner|chain|startup|start-up|conglomerate|manufacturer|producer"
)
_ROLE_AFTER = (
    # "said Carrow Vale head coach Mike Tennant": a body's name before the role words.
    # ("says Grade 6 learner Selma Hoebes": a number inside.)
    rf"(?:(?:[{UPPER}][\w’'.-]*\s+(?:\d{{1,2}}\s+)?){{1,3}}(?:[a-z][\w-]*\s+){{0,4}}"
    rf"(?:{_alternation(ROLE_NOUNS)})\s+(?=[{UPPER}])|"
    # "Dutch logistics group Ostervelt": where a business is from and what it is.
    rf"[{UPPER}][\w’'.-]*\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_BUSINESS_KINDS})\s+(?=[{UPPER}])|"
    # "says her colleague Marta Soler": whose colleague, then the name.
    rf"(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}}(?=[{UPPER}])|"
    r"(?:(?!(?:which|who|whom|whose|that|what|where|when|while|as|if|and|but|or|the|a|an|"
    r"this|these|those|its|his|her|their|in|on|at|by|for|of|to|with)\s)[a-z][\w-]*\s+){1,3}"
    rf"(?=[{UPPER}]))?"
)
# After a closing mark: ", said Vassilenko" / ", he said" / "Wilkins said" / ", Rathke, the
# spokesperson, said".
AFTER = re.compile(
    # (Never "told X": whom, not who — '"Al Sakhra," told Arab News' ends a nickname.)
    # ("said Chief (Mrs) Olufunke Adesida": a bracketed honorific after a title)
    rf"^[\s,;:—–-]*(?:(?!told\b|tells\b)(?P<verb>{VERB})\s+{_ROLE_AFTER}"
    r"(?:[A-Z][a-z]+\s+\((?:Mrs|Mr|Ms|Dr|Dame|Sir|Alhaji|Alhaja|Prof)\)\s+)?"
    # ("said the Rev. Clarence Odom", "said the Hon. …")
    r"(?:the\s+(?=(?:Rev|Revd|Hon|Very|Right|Most)\b))?"
    rf"(?P<sp>{SPEAKER})"
    rf"(?P<appos>,\s[^.;“”\"]{{1,200}})?"
    rf"|{_ROLE_WORDS}(?P<sp2>{SPEAKER})(?P<appos2>{_APPOS})?\s+{ADV}(?P<verb2>{VERB}))(?![\w’'-])"
)
# A dash credit closing the sentence: "“Every job matters.” — union president Carl Dorsey."
DASH_CREDIT = re.compile(
    rf"^[\s,]*[—–]\s*{_ROLE_AFTER}(?P<sp>{NAME})(?P<appos>,\s[^.;“”\"]{{1,120}})?\s*[.]?\s*$"
)
# A document quoting its speaker: '“…,” the statement quoted Minister Karim Aziz as saying.'
QUOTED_AS_SAYING = re.compile(
    rf"^[\s,]*(?:[\w’'-]+\s+){{0,4}}?quoted\s+{_ROLE_AFTER}(?P<sp>{SPEAKER})"
    rf"(?:,\s[^.;“”\"]{{1,160}},)?\s+as\s+(?:saying|telling)\b"
)
# The same before the marks: 'The statement quoted Captain Li Wei as saying: “…”'.
QUOTED_BEFORE = re.compile(
    rf"\bquoted\s+{_ROLE_AFTER}(?P<sp>{SPEAKER})(?P<appos>,\s[^.;“”\"]{{1,160}},)?\s+as\s+"
    rf"(?P<verb>saying|telling\s+[\w ]{{1,40}}?)(?P<tail>)\s*[,:]?\s*$"
)
# Before an opening mark: "Najib Razak said, " / "He said: " / "Mu Li, of the …, said ".
BEFORE = re.compile(
    rf"(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+{ADV}(?P<verb>{VERB})(?![\w’'-])"
    rf"(?P<tail>[^,:;“”\"]{{0,80}}?)\s*[,:]?\s*$"
)
BEFORE_COLON = re.compile(
    rf"(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+{ADV}(?P<verb>{VERB})(?![\w’'-])"
    rf"(?P<tail>[^“”\"]{{0,250}}?):\s*$"
)
# Words before the name in "according to U.S. Deputy Secretary for Energy Laura Lochman".
# (an acronym in brackets too: "Irish Family Farms Association (IFFA) livestock chairman …")
_LEAD = r"(?:(?:[\w.’'-]+|\([A-Z]{2,8}\))\s+){0,8}?"
# ("according to Eastgate coach Ray Kinsella": the coach, not Eastgate.)
ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+{_ROLE_AFTER}{_LEAD}(?P<sp>{SPEAKER})")
DESCRIBED = re.compile(
    # ("… state Rep. Carla Jessup of Eau Claire, who called it “…”": the one apposed.)
    rf"(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?,?\s+(?:who\s+)?{ADV}(?P<verb>described|describes|"
    rf"called|calls|"
    rf"dubbed|termed|"
    rf"labell?ed|branded|characteri[sz]ed)\s+(?:(?:it|him|her|them|this|that|(?:the|his|her|"
    # ("called the wave of non-renewals “…”": a short noun phrase, "of" and all.)
    rf"its|their|one|a|an|this|that|these|those|some)\s+[\w-]+(?:\s+[\w-]+){{0,3}})\s+)?"
    rf"(?:as\s+)?(?:(?:an?|the)\s+)?$"
)
_DESCRIBING = ("descri", "call", "dubbed", "termed", "label", "branded", "characteri")


def may_describe(text: str) -> bool:
    """Whether DESCRIBED can match ``text`` (a cheap test before it)."""
    return any(stem in text for stem in _DESCRIBING)


# Scene-setting before a sentence's subject: "In her remarks, she …", "But he …".
# A wire story's dateline: "DAYTON, Ohio - ", "LONDON, March 12 (Reuters) - ".
DATELINE = (
    r"(?:[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*){0,2})?"
    r"(?:\s+\((?:AP|Reuters|AFP|PTI|Bloomberg|[A-Z][A-Za-z]{1,10})\))?\s+[-–—]+\s+)?"
)
INTRO = (
    rf"{DATELINE}"
    r"(?:(?:In|On|At|During|After|Before|When|While|Speaking|Asked|Later|Earlier|However|"
    r"Meanwhile|Separately|Ultimately|Finally|Following|Addressing|Discussing|Responding|"
    r"Referring|Writing|Commenting|Today|Yesterday|Last|This|Since|Also|Still|Now|Then|"
    r"Outside|Inside|Leaving|Afterwards|Reacting|Elsewhere|Instead|Nevertheless|Overall|"
    r"Across|Around|Along|Back|Near|Over|Throughout|Among|Amid|Despite|Under|Behind|Beyond|"
    r"Within|Further|Closer|Nearby|"
    # (any participle opening the sentence: "Arguing the petition, …"; "Citing privacy rules,
    # officials have not said …" is no speech)
    # (nor a noun in -ing: "Mining analyst Nomvula Khumalo, of …, said")
    r"(?!(?:Citing|Mining|Building|Housing|Banking|Clothing|Nursing|Shipping|Fishing|Farming|"
    r"Marketing|Planning|Training|Funding|Parking|Trading|Manufacturing|Engineering|"
    r"Accounting|Publishing|Broadcasting|Lending|Gaming|Boxing|Sailing|Racing|Cycling|"
    r"Swimming|Wedding|Morning|Evening|Nothing|Something|Everything|Anything)\b)"
    r"[A-Z][a-z]{2,}ing)\b"
    r"(?:[^,.;“”\"]|\.(?=\S)){0,160},\s+|(?:But|And|So|Yet|Also|Still|Now|Then|Later|However)\s+"
    # "Another Republican holdout, Rep. Wade Carrick (R-Neb.), said …": who they are, first.
    r"|(?:Another|An?|One|The)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s+(?=[A-Z]))?"
    r"(?:both\s+|all\s+|each\s+)?"
)
# A cue starting the sentence, before a quote later in it: "He noted Kazakhstan has “…”".
HEAD = re.compile(
    rf"^{INTRO}(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+"
    rf"{ADV}(?P<verb>{VERB})(?![\w’'-])(?:\s+that\b)?"
)
# The subject of a sentence ending in a colon before a quote: "Furrer’s message was blunt:",
# "His reply:", "In his speech, Smith was firm:".
COLON_SUBJECT = re.compile(
    # "The minister, Idriss Omar Waberi, was blunt:", "Waberi, the port director, was blunt:".
    rf"^{INTRO}(?:[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+(?=[A-Z]))?"
    # ("The forum president, however, struck a hopeful note:": a role the text gave.)
    rf"(?P<sp>[Hh]is|[Hh]er|[Hh]e|[Ss]he|{NAME}|[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
    rf"(?:{_APPOS}|,(?=\s))?(?:"
    # "Santos, speaking through an interpreter:"
    rf"\s+(?:speaking|writing|testifying|addressing)\b[^:“”\"«»]{{0,80}}|"
    rf"\s+(?:[a-z][\w’'-]*\s+){{0,4}}?"
    rf"(?:was|is|were|had|has|put|puts|kept|keeps|struck|sounded|offered|gave|summed|sums|"
    rf"did|does|didn’t|didn't)\b"
    rf"[^:“”\"«»]{{0,80}}|"
    rf"\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:message|response|reply|verdict|answer|view|advice|"
    rf"warning|assessment)[^:“”\"«»]{{0,60}})?:\s*$"
)
# A cue set off by commas inside the sentence: "…, he noted, is a “…”" / ", said Vassilenko,".
PARENTHETICAL = re.compile(
    rf",\s+(?:(?P<sp>{SPEAKER})\s+{ADV}(?P<verb>{VERB})|(?P<verb2>{VERB})\s+(?P<sp2>{SPEAKER}))"
    rf"(?P<appos>,\s[^.;“”\"]{{1,160}}?)?(?:,|\s*[.!?]?$)"
)

# Indirect speech: "X said (that) …", "…, X said.", "According to X, …".
SAY_THAT = re.compile(
    # (",?": the comma closing an apposition that opened the sentence, "Another holdout,
    # Rep. Wade Carrick (R-Neb.), said")
    rf"^{INTRO}{_LEAD}(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?,?\s+{ADV}"
    # "… congratulated her rival but said the result …": another verb of theirs first.
    rf"(?:[a-z]+ed\s+(?:her|his|their|the|its)\s+[a-z]+\s+(?:but|and)\s+)?"
    rf"(?P<verb>{REPORT_VERB})(?![\w’'-])(?:\s+{_OBJECT})?(?P<pre>\s+[^,.;]{{0,80}}?)?,?"
    rf"\s+(?P<that>that\s+)?(?P<content>\S.*)$"
)
# "… organised by Martin Hawley, a former minister, who said the numbers …": what a person
# named mid-sentence said, in a relative clause of theirs.
RELATIVE_SAY = re.compile(
    rf"(?<![\w’'-])(?P<sp>{NAME})(?:,\s{_APPOS_CHAR}{{1,120}}?)?,\s+who\s+{ADV}"
    rf"(?P<verb>{REPORT_VERB})(?![\w’'-])\s+(?P<that>that\s+)?(?P<content>\S.*)$"
)
SAID_END = re.compile(
    rf"^(?P<content>.+?),\s+(?:{_ROLE_AFTER}(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+{ADV}"
    rf"(?P<verb>{REPORT_VERB})"
    rf"|(?P<verb2>{REPORT_VERB})\s+{_ROLE_AFTER}(?P<sp2>{SPEAKER}))(?![\w’'-])"
    rf"(?P<rest>[^.;]{{0,160}})[.!?]?$"
)
ACCORDING_START = re.compile(
    rf"^(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,4}},\s+)?[Aa]ccording\s+to\s+{_ROLE_AFTER}{_LEAD}(?P<sp>{SPEAKER})"
    # "According to economist Baraka Odhiambo of Ngong Road Capital, …": where they work.
    rf"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?[{UPPER}][\w’'&.-]*(?:\s+[{UPPER}][\w’'&.-]*){{0,5}}(?=,))?"
    rf"(?:(?P<appos>,\s[^.;]{{1,200}}?)?,\s+|\s+(?=(?:the|a|an|it|he|she|they|there|this)\s))"
    rf"(?P<content>\S.*)$"
)
ACCORDING_END = re.compile(
    rf"^(?P<content>.+?),?\s+according\s+to\s+{_ROLE_AFTER}{_LEAD}(?P<sp>{SPEAKER})(?P<rest>{_CLAUSE_CHAR}{{0,200}})"
    rf"[.!?]?$"
)
PARENTHETICAL_SAY = re.compile(
    rf"^(?P<c1>.+?),\s+(?:(?P<sp>{SPEAKER})\s+{ADV}(?P<verb>{REPORT_VERB})|(?P<verb2>{REPORT_VERB})"
    # Whom: "she told reporters", "she told The Associated Press".
    rf"\s+(?P<sp2>{SPEAKER}))(?:\s+(?:reporters|journalists|(?:[Tt]he\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*){{0,3}}))?"
    rf"(?:\s+(?:to|in|on|at|during|after|before|from)\s+[^,.;]{{1,50}})?,\s+"
    rf"(?P<c2>.+)$"
)
# Reported speech in a later clause: "… and South Korea says the broadcasts will continue."
CLAUSE_SAY = re.compile(
    # ("… in March last year, when the trust said it could no longer …": a time clause's.)
    rf"(?:,\s+|;\s+|\s+(?:and|but|while|whereas|when)\s+)(?P<sp>{SPEAKER})\s+{ADV}"
    rf"(?P<verb>{REPORT_VERB})(?![\w’'-])(?P<that>\s+that)?\s+(?P<content>\S.*)$"
)


# The reported-speech patterns above (PARENTHETICAL_SAY, SAY_THAT, CLAUSE_SAY, SAID_END) all
# need a reporting verb standing as a whole word (after a space, before no word character):
# a sentence with none of their first words cannot match, and most sentences have none.
def _key_word(verb: str) -> str:
    """The word a cue cannot match without: a phrase's longest ("was quoted as saying" →
    "quoted", not the common "was")."""
    return max(verb.split(), key=len)


REPORT_WORDS = frozenset(_key_word(verb) for verb in [*PHRASAL_CUES, *REPORTING_VERBS])
_WHOLE_WORD = re.compile(r"[\w’'-]+")


# "The company declined to say how many … but said fewer than …": declining is not speech,
# the clause after "but said" is.
DECLINED_BUT_SAID = re.compile(
    rf"^{INTRO}{_LEAD}(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+(?:declined|refused)\s+to\s+"
    rf"(?:say|comment|disclose|give|specify|confirm)\b[^.;]{{0,120}}?,?\s+but\s+{ADV}"
    rf"(?P<verb>said|says|added|adds|noted|notes|confirmed|confirms)\s+(?:that\s+)?"
    rf"(?P<content>\S.*)$"
)


def may_report(sentence: str) -> bool:
    """Whether a reported-speech pattern can match ``sentence`` (a cheap test before them)."""
    return not REPORT_WORDS.isdisjoint(_WHOLE_WORD.findall(sentence))


# Likewise BEFORE and BEFORE_COLON need a speech verb standing as a whole word.
CUE_WORDS = frozenset(_key_word(verb) for verb in [*PHRASAL_CUES, *SPEECH_VERBS])


def may_cue(text: str) -> bool:
    """Whether BEFORE or BEFORE_COLON can match ``text`` (a cheap test before them)."""
    return not CUE_WORDS.isdisjoint(_WHOLE_WORD.findall(text))


ADDING = re.compile(rf",\s+(?P<verb>{PARTICIPLE})\s+(?:that\s+)?(?P<content>\S.*)$")
# The subject a participle cue ("…, ruling that …") belongs to: the sentence's own subject.
SUBJECT = re.compile(rf"^{INTRO}{_ROLE_AFTER}(?P<sp>{SPEAKER})(?P<appos>{_APPOS})?\s+{ADV}[a-z]")
# "Alvarado’s attorney, Richard Baez, asked …": the one apposed to the owner's role.
OWNER_ROLE_NAME = re.compile(
    rf"^{INTRO}[{UPPER}][\w’'-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*,\s+"
    rf"(?P<sp>{NAME}),"
)
# A later clause's own subject: ", while defence lawyer Ryan Dueck sought four".
CLAUSE_SUBJECT = re.compile(
    rf",\s+(?:while|whereas|and|but)\s+{_ROLE_AFTER}(?P<sp>{NAME})\s+{ADV}[a-z]+\b"
)
CUE_TAIL = re.compile(
    rf"^(?:\s*(?:that|in\s+a\s+(?:statement|speech|interview|release|tweet|post|letter|"
    rf"press\s+conference|phone\s+interview|email)|on\s+[A-Z]?\w+|at\s+(?:the\s+)?[\w ]{{1,40}}|"
    rf"to\s+(?:the\s+)?\w+(?:\s+\w+)?|of\s+\w+(?:\s+\w+)?|{_OBJECT}|recently|later|yesterday|"
    rf"today|last\s+\w+|this\s+\w+|earlier|also|simply|then|in\s+\w+|when\s+asked[^,]*|"
    rf"with\s+a\s+\w+|about\s+[\w ]{{1,30}}))*\s*[,:]?\s*$"
)
