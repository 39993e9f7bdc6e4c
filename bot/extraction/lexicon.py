"""Word lists the rules read: speech verbs, titles, role nouns, organisation words, names.

Kept in one place so a reviewer can see (and extend) every word a rule depends on.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path


def words_of(block: str) -> list[str]:
    """The words of a block of text: how the lists below are written, one word per token."""
    return block.split()


# Verbs that introduce or tag speech, in the forms news copy uses.
SPEECH_VERBS = frozenset(
    words_of(
        """
    said says say told tells tell added adds explained explains noted notes stressed
    stresses emphasized emphasised emphasizes emphasises asked asks argued argues continued
    continues concluded concludes remarked remarks stated states warned warns insisted
    insists recalled recalls observed observes wrote writes replied replies answered answers
    responded responds claimed claims declared declares announced announces admitted admits
    acknowledged acknowledges conceded concedes confirmed confirms countered counters
    commented comments suggested suggests highlighted highlights underscored underscores
    mentioned mentions maintained maintains reiterated reiterates revealed reveals predicted
    predicts cautioned cautions urged urges agreed agrees joked jokes quipped exclaimed
    shouted yelled whispered tweeted posted described describes estimated estimates
    contended contends asserted asserts affirmed assured boasted complained complains
    lamented laments recounted testified reported reports echoed elaborated clarified vowed
    accused accuses disagreed disagrees snapped protested protests objected objects
    interjected fumed scoffed
    promised pledged threatened alleged alleges denied denies demanded demands proclaimed
    mused opined wondered begged pleaded announced advised advises informed conceded
    retorted cried sighed laughed explained reasoned reason reasons describe
    remembered remembers marveled marvels marvelled reflected reflects texted emailed
    repeated repeats
    messaged laughs sighs quips shouts whispers exclaims recounts
    """
    )
)
# The subset that reports speech in its own clause ("She stressed that …"): indirect speech.
REPORTING_VERBS = frozenset(
    words_of(
        """
    said says told tells added adds explained explains noted notes stressed stresses
    emphasized emphasised emphasizes emphasises argued argues warned warns insisted insists
    claimed claims declared declares announced announces admitted admits acknowledged
    acknowledges conceded concedes confirmed confirms suggested suggests highlighted
    highlights underscored underscores mentioned mentions maintained maintains reiterated
    reiterates revealed reveals predicted predicts cautioned cautions contended contends
    asserted asserts alleged alleges denied denies estimated estimates observed observes
    stated states wrote writes reported reports recalled recalls complained complains
    testified affirmed pledged promised vowed say echoed echoes describe describes described
    reasoned ruled rules replied replies responded responds countered counters disclosed
    discloses accepted accepts instructed instructs
    """
    )
)
# Participles that carry on a cue: "…, adding that …".
PARTICIPLE_VERBS = frozenset(
    words_of(
        """
    saying adding noting explaining arguing stressing warning insisting telling writing
    claiming emphasizing emphasising suggesting ruling acknowledging conceding denying
    arguing warning predicting
    """
    )
)
# Phrasal cues spelled as two words.
PHRASAL_CUES = (
    # "“…,” Minister Hassan Ali was quoted as saying": the person quoted speaks.
    "was quoted as saying",
    "is quoted as saying",
    "were quoted as saying",
    "pointed out",
    "points out",
    "went on",
    "goes on",
    "summed up",
    "put it",
    "call for",
    "calls for",
    "called for",
    # Only with "that": "informed the council of the plan" reports no words.
    "informed that",
    "informs that",
    "demanded that",
    "demands that",
)

PRONOUNS = {"he": "m", "she": "f", "they": "", "He": "m", "She": "f", "They": ""}

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": "",
    "dr.": "",
    "prof.": "",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "rev.": "",
    "mx": "",
    "mx.": "",
    "madam": "f",  # Singapore and Malaysian usage: "Madam Lee"
    "mdm": "f",
    "mdm.": "f",
    # Indian usage: "Shri R. Venkatesan", "Smt. K. Meena", Tamil "Thiru", "Tmt."
    "shri": "m",
    "smt": "f",
    "smt.": "f",
    "shrimati": "f",
    "thiru": "m",
    "tmt": "f",
    "tmt.": "f",
    # Malaysian: "Datuk Haslinda Ariffin", "Datin", "Encik", "Puan"
    "datuk": "",
    "dato'": "",
    "dato’": "",
    "dato": "",
    "datin": "f",
    "tun": "",
    "encik": "m",
    "puan": "f",
    "cik": "f",
}

# Capitalised words that make a title before a name ("Deputy Foreign Minister Roman …").
TITLE_WORDS = frozenset(
    words_of(
        """
    President Vice Prime Minister Deputy Foreign Secretary Assistant Undersecretary Senator
    Sen. Sen Representative Rep. Rep Governor Gov. Gov Mayor General Gen. Gen Major Maj.
    Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Adm. Commander
    Chancellor Ambassador Chairman Chairwoman Chair Director Chief Officer Professor Prof.
    Judge Justice King Queen Prince Princess Pope Bishop Archbishop Cardinal Rabbi Imam
    Reverend Rev. Father Sister Brother Saint Sheikh Sheik Emir Sultan Premier Commissioner
    Inspector Detective Sheriff Coach Chef Editor Curator Spokesman Spokeswoman Spokesperson
    CEO Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Mx Sir Dame Lord Lady Attorney Solicitor Speaker
    Leader Councillor Councilman Councilwoman Congressman Congresswoman Congressperson MP
    MEP Minister-President Dean Provost Principal Superintendent Marshal Constable Trooper
    Prof Paramedic Coroner DC DS DI DCI DCS PC PCSO Supt Insp Ch Pastor Councilor
    Private Corporal Baron Baroness Count Countess Duke Duchess Senior Junior Executive
    Managing Acting Interim Former Secretary-General Director-General Economist Analyst
    Researcher Scientist Associate Executive Founder Co-founder Owner Manager Head Minister
    Opposition Lawmaker Secretary-General Cllr Cllr. Delegate Envoy Commandant Champion
    Garda Det Det. Sgt Insp. Supt. Sheriff-Principal Cr Cr. Alhaja Alhaji Engr Engr. Barrister
    Advocate Adv. Hon Hon. Mallam Otunba Oba Pastor Mzee Shri Smt Smt. Shrimati Thiru Tmt Tmt.
    CS PS Datuk Dato Dato' Dato’ Datin Seri Tun Encik Puan Cik Comrade Comr. Canon Revd Vicar
    Rector Prebendary Archdeacon Deacon Counsel Attorney-at-Law Oknha Daw Maung Atty Atty. Madam
    Gogo Mkhulu DPP APP MCA
    MLA MLC MPP MNA MHA MSP MLA. Reeve Alderman Alderwoman Warden Gda Gda. Sgt. Nana Togbe Naa
    Magistrate Registrar Ombudsman Auditor-General Recorder Colr Colr. Kaumātua Kaumatua Kuia
    """
    )
)
# Honorific titles that are not a role ("Dr. Ariel Cohen" is not a role).
NOT_ROLE_TITLES = frozenset(
    words_of(
        """
    Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Mx Miss Sir Dame Lord Lady Prof. Rev. Shri Smt Smt. Shrimati
    Thiru Tmt Tmt. Datuk Dato Dato' Dato’ Datin Tun Encik Puan Cik
    """
    )
)

# Lowercase nouns naming what a person is ("curator Elaine Gustafon", "the diplomat").
ROLE_NOUNS = frozenset(
    words_of(
        """
    convener convenor porter cleaner caretaker janitor learner schoolgirl schoolboy
    assemblyperson assemblyman assemblywoman co-author co-founder co-chair playwright novelist
    composer architect shopkeeper publican vet firefighter librarian
    palaeontologist paleontologist ecologist sophomore freshman winemaker baker butcher
    dancer comedian sculptor painter
    president minister secretary spokesman spokeswoman spokesperson director chairman
    chairwoman chair chief officer professor lecturer researcher scientist economist analyst
    expert curator editor reporter journalist correspondent columnist author writer poet
    artist lawyer attorney judge prosecutor senator governor mayor ambassador diplomat envoy
    official officer commander general colonel captain spokesman founder owner manager
    executive ceo coach player student teacher doctor physician nurse surgeon engineer
    historian activist leader member representative adviser advisor consultant fellow dean
    head treasurer politician candidate lawmaker legislator mp councillor councilor
    commissioner inspector detective sheriff agent administrator organiser organizer
    producer actor actress singer musician director-general secretary-general biologist
    physicist chemist mathematician meteorologist climatologist astronomer geologist
    philosopher linguist psychologist sociologist anthropologist archaeologist veteran
    worker resident witness survivor victim partner president-elect chancellor premier
    pastor priest bishop rabbi imam monk nun spokesperson campaigner volunteer chef designer
    photographer filmmaker blogger host presenter commentator critic farmer fisherman driver
    pilot soldier sergeant lieutenant major magician instructor major mother father son
    daughter wife husband brother sister delegate deputy democrat republican congressman
    congresswoman parent grandparent substitute tenant patient pupil fan neighbour neighbor
    landlord landlady mum dad midwife paramedic jockey referee umpire apprentice trainee
    intern pedestrian chairperson counsel barrister solicitor advocate headteacher headmaster
    headmistress principal superintendent trustee coordinator vicar boss skipper prop hooker
    flanker winger striker goalkeeper midfielder defender fly-half scrum-half full-back
    quarterback pitcher batsman bowler
    """
    )
)
# What a nominal reference may call a person with a given role word.
NOMINAL_ROLES: dict[str, tuple[str, ...]] = {
    "diplomat": ("minister", "ambassador", "diplomat", "envoy", "consul", "foreign", "secretary"),
    "envoy": ("envoy", "ambassador", "diplomat", "representative"),
    "delegate": ("delegate", "representative", "envoy", "ambassador", "head of delegation"),
    "official": ("",),
    "expert": ("",),
    "analyst": ("analyst", "fellow", "research", "professor", "expert"),
    "academic": ("professor", "lecturer", "research", "fellow", "dean"),
    "scholar": ("professor", "lecturer", "research", "fellow", "scholar"),
    "scientist": ("scien", "research", "professor", "biolog", "physic", "chemist", "studies"),
    "researcher": ("research", "scien", "professor", "fellow", "studies", "speciali"),
    "professor": ("professor",),
    "spokesman": ("spokes",),
    "spokeswoman": ("spokes",),
    "spokesperson": ("spokes",),
    "minister": ("minister",),
    "president": ("president",),
    "politician": ("senator", "minister", "president", "governor", "mayor", "mp", "leader"),
    "lawmaker": ("senator", "representative", "mp", "lawmaker", "congress"),
    "executive": ("executive", "ceo", "chief", "director", "president", "chair"),
    "ceo": ("ceo", "chief executive"),
    "cfo": ("cfo", "chief financial", "finance chief"),
    "coo": ("coo", "chief operating"),
    "cto": ("cto", "chief technology"),
    # Courts: a judge is written Justice, Recorder or Sheriff as often as Judge.
    "judge": ("judge", "justice", "recorder", "sheriff", "magistrate"),
    "magistrate": ("magistrate", "judge", "justice", "chair of the bench", "bench"),
    "prosecutor": ("prosecut", "crown", "district attorney", "state attorney"),
    "counsel": ("counsel", "lawyer", "barrister", "solicitor", "attorney", "advocate"),
    "lawyer": ("lawyer", "counsel", "barrister", "solicitor", "attorney", "advocate"),
}
# Nouns for a person whose role no one stated; the gender they carry, if any.
PERSON_NOUNS = {
    "man": "m",
    "woman": "f",
    "boy": "m",
    "girl": "f",
    "mother": "f",
    "father": "m",
    "actress": "f",
    "actor": "",
    "spokeswoman": "f",
    "spokesman": "m",
    "chairwoman": "f",
    "chairman": "",
    "businessman": "m",
    "businesswoman": "f",
    "congresswoman": "f",
    "congressman": "m",
    "wife": "f",
    "husband": "m",
    "widow": "f",
    "son": "m",
    "daughter": "f",
    "teenager": "",
    "student": "",
    "official": "",
    "expert": "",
    "veteran": "",
    # Kin words tabloids use for the person a story is about: "said the gran".
    "gran": "f",
    "granny": "f",
    "nan": "f",
    "grandmother": "f",
    "grandad": "m",
    "grandpa": "m",
    "grandfather": "m",
    "pensioner": "",
    "mum": "f",
    "dad": "m",
}
# Nouns for one person the text does not name ("a neighbour who saw it said").
UNNAMED_NOUNS = frozenset(
    words_of(
        """
    attendant homeowner tenant farmer vendor supporter caregiver carer protester
    neighbour neighbor witness eyewitness bystander onlooker passer-by passerby shopkeeper
    local resident customer passenger commuter motorist driver parent relative friend
    colleague employee worker nurse doctor teacher student official source man woman
    survivor victim visitor tourist fan volunteer guard officer participant patient
    shopper voter spectator trader analyst banker investor executive backbencher aide
    insider staffer lawmaker legislator diplomat shareholder person strategist economist
    engineer lawyer attorney manager director agronomist lobbyist consultant scientist
    researcher grower fisherman owner landlord adviser advisor planner activist campaigner
    expert observer critic organiser organizer
    """
    )
)
# Groups that speak as one: a plural subject of a cue.
GROUP_NOUNS = frozenset(
    words_of(
        """
    officials police authorities researchers experts analysts witnesses scientists residents
    doctors prosecutors investigators organisers organizers critics supporters protesters
    activists economists authors scholars campaigners lawyers sources observers locals
    environmentalists historians teachers students parents workers officers engineers
    leaders team family
    """
    )
)
# Singular nouns for an organisation that can be a speaker ("the ministry said").
ORG_NOUNS = frozenset(
    words_of(
        """
    ministry department government police agency company firm committee council commission
    coastguard brigade trust sanctuary
    court army military navy embassy office spokesperson union party group organisation
    organization foundation institute university bank board administration authority city
    municipality town state county province region league club federation association
    network airline utility hospital district regulator watchdog operator manufacturer
    retailer carrier insurer lender charity campaign centre center lab laboratory clinic
    school museum service newspaper channel station forum alliance coalition society guild
    chamber consortium cooperative collective chain franchise partnership
    """
    )
)
# Common nouns that follow a body's name when it speaks: "The United Auto Workers union said".
BODY_NOUNS = frozenset(
    words_of(
        """
    union party council committee board ministry department agency company government
    commission court group firm bank trust
    """
    )
)
# What kind of body, between its name and that noun: "Severnside NHS foundation trust".
BODY_KINDS = frozenset(
    words_of("foundation health district county city regional local national parent")
)
# Nouns for writings: "the report says" credits a text, not a speaker.
DOCUMENT_NOUNS = frozenset(
    words_of(
        """
    report study statement survey paper article website data figures analysis review
    research book letter document release filing filings estimates estimate records
    statistics numbers poll polls database documents reports rankings forecast forecasts
    appraisal assessment audit audits evaluation inquiry investigation
    """
    )
)

# Words that end a capitalised run as an organisation or a place, not a person.
# The legal form that ends a company's name ("Permata Alam Engineering Sdn Bhd").
COMPANY_SUFFIXES = frozenset(
    [
        "Ltd",
        "Ltd.",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "LLC",
        "PLC",
        "Plc",
        "plc",
        "Bhd",
        "GmbH",
        "AG",
        "SA",
        "NV",
        "BV",
        "Pty",
        "Co.",
        "LLP",
        "Limited",
        "Berhad",
        "Incorporated",
    ]
)
ORG_WORDS = COMPANY_SUFFIXES | frozenset(
    words_of(
        """
    Foundation University Institute Institution Society Center Centre Museum Program
    Programme Prize School College Company Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC
    Group Council Committee Department Ministry Agency Association Fund Bank Party Street
    Avenue Road Airport Hospital Award Awards Hall Stadium Park Bridge Building Tower
    Library Gallery Gallery Theatre Theater Band Club League Cup Championship Games Times
    Post News Herald Journal Press Magazine Review Tribune Daily Network Channel Radio
    Television TV Studio Studios Records River Sea Ocean Mountain Mountains Island Islands
    Valley Lake City County State States Province Region Tech Technologies Systems Services
    Office Court Army Navy Force Forces Police Administration Commission Union Federation
    Authority Board Church Cathedral Temple Mosque Square Station Port Corridor Route Forum
    Summit Conference Festival Act Law Bill Treaty Agreement Initiative Project Dialogue
    Report Index Capital Partners Holdings Airlines Airways Motors Energy Oil Gas Petroleum
    Pharmaceuticals Labs Laboratory Laboratories Observatory Station Space Kingdom Republic
    Federation Empire Dynasty Fire Brigade Guard Service Senate Parliament Assembly Congress
    House Cabinet Government Wikinews Wikipedia Twitter Facebook Instagram Telegram YouTube
    Google Microsoft Apple Polaroid Polaroids Trust Sanctuary Shipping Maritime Logistics
    Freight Lines Industries Enterprises Ventures Consortium Alliance Cooperative Bureau
    Coastguard Insurance Cemetery Gym Academy Arena Environmental Solutions Resources
    Utilities Construction Constructions Builders Contractors Mining Minerals Metals Networks
    Communications Consulting Foods Grocers Communities Creamery Stores Supermarkets Farms
    Dairies Brewery Breweries Bakery Bakeries Homes Developments Properties Realty Estates
    Chamber Rovers Wanderers Albion Rangers Hotspur Harriers Athletic United FC AFC Celtic
    Brands Homes Developments Therapeutics Biosciences Biotech Robotics Investments
    Properties Semiconductor Semiconductors Airline Bancorp Financial Analytics
    Software Retail Stores Markets Exchange Chemicals Steel Automotive Aerospace Recycling
    Water Electric Power Rail Railways Telecom Mobile Broadband Gas Movement Coalition Front
    Taman Jalan Kampung Bandar Lorong Persiaran Securities Advisers Advisors Associates
    Management Economics Insights Strategies Consultants Brokers Equities Wealth Funds Ratings
    Troupe Orchestra Ensemble Choir Chorus Opera Ballet Philharmonic Symphony
    Fitness Spirits Distillers Distillery Brewery Brewing Breweries Wines Hotels Resorts Pharma
    Healthcare Bakery Textiles Apparel Exporters Importers Organisation Organization
    Sub-Union Sub-Committee Subcommittee Co-operative Co-op Unit Directorate Secretariat Tribunal
    Partnership Partnerships Rd Rd. Ave Ave. Hwy Blvd Pde Tce Municipality Dairies Dairy Collective
    Creamery Creameries Coaches Buses Guild Roundtable
    """
    )
)

# Capitalised words that start sentences or headings and are never part of a name.
NOT_NAME_WORDS = frozenset(
    words_of(
        """
    Late Early Kibbutz Moshav
    The A An This That These Those It Its He She They We I You His Her Their Our My Your In
    On At By For From With Without Of To As And But Or Nor So Yet If When While Where After
    Before Since Until During Although Though Because However Meanwhile Also Then Now Today
    Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Mr Mrs Ms
    Dr Image Photo Video Audio Source Sources Read Related See According Speaking Asked When
    Why What Who How Which Yes No Not Only All Some Many Most Several Each Every Both One
    Two Three First Second Last Next Last Overall Indeed Still Ultimately Across Around Over
    Under Among Between Through Against Toward Towards Upon Within Globally Cooperation
    Interview Background Update Note Editor North South East West United New Recent Asia
    Africa Europe America Policy Central Global
    Transport Foreign Domestic National International Royal Grand Great Saint Holy
    San Los Las Fort I'm I’m I'd I’d I'll I’ll I've I’ve
    """
    )
)


# Built by bench/build_name_lexicon.py from nomquamgender's name data (MIT; see data/README.md).
# Family names written first in Chinese, Korean and Vietnamese usage ("Zhang Lihua", later
# "Zhang"; "Park Min-jae", later "Park"). Only a guard: a name is read family-name-first when
# it starts with one of these and the text then calls the person by that word alone.
FAMILY_FIRST_NAMES = frozenset(
    words_of(
        """
    Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
    Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du
    Ye Cheng Wei Su Lu Ding Ren Shen Yao Xue Fan Zou Shi Xiong Jin Qian Qin Gu Hou Meng Long
    Wan Duan Lei Hao Kong Bai Cui Kang Mao Qiu Yin Xing Jia Fu Fang Zhong Tan Lim Goh Ong
    Teo Ng Chua Koh Chan Wong Leung Cheung Lau Ho Tsang Chow Kwok Yip Lam Fung Tse Mak Kim
    Lee Park Choi Jung Jeong Kang Cho Yoon Jang Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko
    Moon Son Bae Baek Heo Nam Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly
    Chang Tsai Lo Hsu Chiang Kuo Hsieh Tseng Chou Yeh Chu Chiu Yen Tsao Liao Kao Hung Shih Weng
    Hsiao Tay Toh Yeo Quek Heng Loh Foo Seah Chong Chin Yap Khoo Teh Ooi Gan Pang Soh Lai Siu
    Yuen Kwan Leong Tam Teoh Yeoh Cheah Chew Liew Loke Neo Poh Tee Wee Yong Kee
    """
    )
)

_FIRST_NAMES = Path(__file__).with_name("data") / "first_names.tsv.gz"

# Letters NFKD does not split into a base letter and a mark; the name data spells them so.
_ASCII_LETTERS = str.maketrans(
    {"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Lower-cased, diacritic-free first name -> 'm', 'f' or '' (read once per process)."""
    with gzip.open(_FIRST_NAMES, "rt", encoding="utf-8") as lines:
        return dict(line.rstrip("\n").split("\t") for line in lines)


def _name_key(word: str) -> str:
    """'Ayşenur' -> 'aysenur': the name data is lower case without diacritics."""
    key = word.lower()
    if key.isascii():
        return key
    key = unicodedata.normalize("NFKD", key.translate(_ASCII_LETTERS))
    return "".join(c for c in key if not unicodedata.combining(c))


# Words that name things in a body's or a law's name and are first names too: "Bill
# Okerlund", not "the Housing Bill" (a name needs another name word after it).
_ORG_WORD_FIRST_NAMES = frozenset({"Bill"})


@lru_cache(maxsize=8192)
def first_name_gender(word: str) -> str | None:
    """'m', 'f' or '' (a known first name of either sex) for a first name; None if unknown."""
    if len(word) < 2 or not word[0].isupper() or word in NOT_NAME_WORDS:
        return None
    if word in ORG_WORDS and word not in _ORG_WORD_FIRST_NAMES:
        return None
    return _first_names().get(_name_key(word))
