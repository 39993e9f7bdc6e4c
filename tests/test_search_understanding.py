"""Search: reading figures and questions, and the rules that decide what is a confident answer.

Each rule is checked on a small hand-made corpus where it decides the outcome, through the
real store, index and ranking, on both backends (``tests/search_backends.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.search.analysis import analyse
from bot.search.candidates import Candidate, name_parts
from bot.search.figures import has_figure_of, numbers, same_value
from bot.search.ranking import (
    LEAD_FULL,
    MIN_EVIDENCE,
    Ranked,
    Ranker,
    _definition_pattern,
    _figure_near,
    _lead,
)
from bot.service import Citebot
from tests.search_backends import BACKENDS, open_backend

ARTICLE = """Corridor plans

ASTANA – The ministry published its transport plan on Monday.

The route, also known as the Middle Corridor, runs from China and passes through Kazakhstan.

“Cooperation in non-proliferation efforts is notable,” said Deputy Transport Minister Roman Petrov.

“We saw forty thousand visitors at the fair, closer to 40,000 than ever,” said Walter Quinn.

“The harbour at Aktau will double its capacity,” said Walter Quinn.

“Water supplies in the region are shrinking fast,” said Roman Petrov.

Around 12 billion cubic meters of gas, she noted, is wasted every year, said Ana Lopes.

Homeopathy is a form of alternative medicine that uses diluted substances.

The festival was cancelled because the river flooded the grounds.

Sign up via the website or subscribe to our newsletter!
"""


def _bot_over(request: pytest.FixtureRequest, folder: Path, *articles: str) -> Iterator[Citebot]:
    for number, article in enumerate(articles):
        (folder / f"article{number}.txt").write_text(article, encoding="utf-8")
    bot = Citebot(open_backend(request, folder))
    bot.ingest([str(folder / f"article{n}.txt") for n in range(len(articles))])
    yield bot
    bot.store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def small_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("small"), ARTICLE)


# --- Figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("40k", "closer to 40,000"),
        ("fourteen hundred", "1,426 pilgrims"),
        ("25%", "only a quarter of citizens"),
        ("seventy percent", "70 percent of the market"),
        ("12bn", "12 billion cubic meters"),
    ],
)
def test_the_same_amount_written_differently_is_the_same_value(query: str, text: str) -> None:
    assert any(same_value(a, b) for a in numbers(query) for b in numbers(text))


def test_years_and_small_numbers_match_only_exactly() -> None:
    (y2023,) = numbers("in 2023")
    (y2024,) = numbers("in 2024")
    assert y2023.year and not same_value(y2023, y2024)
    assert not any(same_value(a, b) for a in numbers("5 ships") for b in numbers("6 ships"))


def test_digits_inside_names_are_not_figures() -> None:
    assert [n.value for n in numbers("the C5+1 format and IE6")] == [1.0]


def test_the_day_of_a_date_is_not_an_amount() -> None:
    day, year, people = numbers("a panel on Jan. 31 in 2023 with 40 people")
    assert day.day and year.year and not (people.day or people.year)
    assert analyse("how many people attended the panel").figure_kind == "count"


# --- Reading questions ------------------------------------------------------------------


def test_question_kinds_and_what_is_counted() -> None:
    assert analyse("when did kazakhstan chair the OSCE?").figure_kind == "date"
    assert analyse("how much did the schools owe in back taxes?").figure_kind == "money"
    assert analyse("what share of salt is iodised?").figure_kind == "percent"
    assert analyse("how many tons of grain did they ship").focus == {"ton", "grain"}
    assert analyse("how many people died").focus == frozenset()
    assert analyse("what did the man say").figure_kind == ""
    assert analyse("how far did the girls travel for visas").figure_kind == "distance"
    assert analyse("how long is the bridge?").figure_kind == "distance"
    assert analyse("how long was Daniel held in the cell").figure_kind == "duration"
    assert analyse("how old is the keeper").figure_kind == "age"


@pytest.mark.parametrize(
    ("kind", "text", "carries"),
    [
        ("distance", "about 500 miles (800 km) from Herat", True),
        ("distance", "the 500 girls from Herat", False),
        ("duration", "he sat for the next 30 hours", True),
        ("duration", "they celebrated the fifth anniversary of the partnership", True),
        ("duration", "in 30 cities", False),
        ("age", "Joan Pelling, 79, was sent home", True),
        ("age", "a 14-year-old boy", True),
        ("age", "79 people were sent home", False),
    ],
)
def test_distances_durations_and_ages_are_figures_of_their_kind(
    kind: str, text: str, carries: bool
) -> None:
    assert has_figure_of(kind, text) is carries


def test_speaker_slot_subject_names_and_intent() -> None:
    assert analyse("what did Tokayev say about policy").speaker_slot == ("tokayev",)
    assert analyse("Edward Lemon on border clashes").speaker_slot == ("edward", "lemon")
    assert analyse("challenges according to vassilenko?").speaker_slot == ("vassilenko",)
    assert analyse("what is homeopathy?").subject == ("homeopathy",)
    assert analyse("how much methane does Russia flare").names == {"russia"}
    assert analyse("how much methane does russia flare").names == frozenset()
    assert analyse("why did the festival close?").asks == "reason"
    assert analyse("where did it happen?").asks == "place"


# --- Ranking and confidence on the small corpus -----------------------------------------


def test_a_sentence_stored_as_quote_and_fact_is_shown_once(small_bot: Citebot) -> None:
    spans = [
        (m.snippet.citation.start, m.snippet.citation.end)
        for m in small_bot.ask("gas wasted every year", limit=5).matches
    ]
    for i, (start, end) in enumerate(spans):
        for other_start, other_end in spans[i + 1 :]:
            shared = min(end, other_end) - max(start, other_start)
            assert shared * 2 < min(end - start, other_end - other_start)


def test_a_word_written_as_one_finds_the_hyphenated_form(small_bot: Citebot) -> None:
    best = small_bot.ask("nonproliferation efforts").matches[0]
    assert "non-proliferation" in best.snippet.text


def test_a_figure_written_differently_is_found(small_bot: Citebot) -> None:
    best = small_bot.ask("visitors at the fair 40k").matches[0]
    assert "40,000" in best.snippet.text


def test_a_declarative_sentence_is_a_fact_and_boilerplate_is_not(small_bot: Citebot) -> None:
    route = small_bot.ask("which countries does the route pass through?", kind="fact")
    assert "passes through Kazakhstan" in route.matches[0].snippet.text
    facts = small_bot.ask("sign up website newsletter subscribe", kind="fact").matches
    assert all("Sign up" not in m.snippet.text for m in facts)


def test_a_speaker_nobody_has_heard_of_is_never_a_confident_answer(small_bot: Citebot) -> None:
    assert small_bot.ask("what did Roman Petrov say about non-proliferation").confident
    result = small_bot.ask("what did Tokayev say about non-proliferation")
    assert result.matches and not result.confident


def test_a_speaker_led_question_is_not_answered_with_someone_else(small_bot: Citebot) -> None:
    result = small_bot.ask("what did Walter Quinn say about water supplies")
    assert not result.confident


def test_a_word_the_corpus_writes_is_not_a_typo_of_a_name(small_bot: Citebot) -> None:
    best = small_bot.ask("what did Petrov say about water").matches[0]
    assert best.snippet.speaker == "Roman Petrov" and "Water" in best.snippet.text
    assert best.confident


def test_a_figure_question_needs_that_kind_of_figure(small_bot: Citebot) -> None:
    found = small_bot.ask("how much gas is wasted every year?")
    assert found.confident and "12 billion" in found.matches[0].snippet.text
    assert not small_bot.ask("how much did the harbour at Aktau cost?").confident


def test_a_named_place_missing_from_the_answer_makes_it_unsure(small_bot: Citebot) -> None:
    assert not small_bot.ask("how much gas is wasted in Russia every year?").confident


def test_definition_and_reason_questions(small_bot: Citebot) -> None:
    assert (
        "form of alternative medicine"
        in small_bot.ask("what is homeopathy?").matches[0].snippet.text
    )
    why = small_bot.ask("why was the festival cancelled?").matches[0]
    assert "because the river flooded" in why.snippet.text


def test_a_speaker_named_by_role_is_recognised(small_bot: Citebot) -> None:
    result = small_bot.ask("what did the deputy transport minister say about water")
    assert result.matches[0].snippet.speaker == "Roman Petrov"
    assert "Water supplies" in result.matches[0].snippet.text and result.confident


def test_a_definition_question_needs_what_it_defines(small_bot: Citebot) -> None:
    assert not small_bot.ask("who is the transport minister of Kazakhstan?").confident


def _ranked(text: str, coverage: float, order: float, topic: float | None = None) -> Ranked:
    candidate = Candidate(len(text), "fact", "", text, "", 0, 1.0)
    topic = coverage if topic is None else topic
    return Ranked(candidate, order, False, coverage, order, topic)


def test_confidence_is_coverage_plus_a_little_for_a_clear_lead() -> None:
    ranker = Ranker(analyse("harbour capacity at Aktau"), None, {}, 100, 60.0)
    # Just under half the query: confident only when clearly ahead of the runner-up.
    assert ranker._confidence(_ranked("a", 0.47, 70.0), lead=LEAD_FULL).confident
    assert not ranker._confidence(_ranked("a", 0.47, 70.0), lead=1.0).confident
    assert ranker._confidence(_ranked("a", MIN_EVIDENCE, 70.0), lead=0.0).confident
    # The speaker matched but not the subject: never an answer, whatever the lead.
    answer = ranker._confidence(_ranked("a", 0.6, 70.0, topic=0.2), lead=30.0)
    assert not answer.confident and "topic" in answer.vetoes


def test_the_lead_is_over_the_next_different_passage() -> None:
    sentence = "The harbour at Aktau will double its capacity, said Walter Quinn."
    quote = "The harbour at Aktau will double its capacity"
    ranked = [
        _ranked(sentence, 0.8, 80.0),
        _ranked(quote, 0.8, 79.0),  # the same words inside it: not a rival
        _ranked("Water supplies are shrinking", 0.3, 60.0),
    ]
    assert _lead(ranked) == 20.0


def test_a_definition_names_what_the_thing_is_not_a_claim_about_it() -> None:
    pattern = _definition_pattern(("homeopathy",))
    assert pattern is not None
    assert pattern.search("Homeopathy is a form of alternative medicine.")
    assert pattern.search("Homeopathy, a practice from the 1790s, uses diluted substances.")
    assert not pattern.search("There is no evidence that homeopathy is more effective than water.")


LECTURE = (
    "Harbour lectures\n\n"
    "LEITH – The Kestrel Guild for Coastal Studies and the Harbour Trust, two non-profit groups"
    " based in Scotland, hosted a public lecture on March 4 about dredging the old port.\n\n"
    "Gulls nest on the breakwater, in a colony founded by a single pair.\n"
)

# A person introduced once, quoted twice and reported once.
SESSION = (
    "Tundra session\n\n"
    "OSLO – Dr. Mara Vell, the director of the Tundra Trust, opened the session on icebreakers."
    "\n\n“Every ship that docks here pays for the icebreakers,” said Mara Vell.\n\n"
    "“The old port will need a new pier,” said Mara Vell.\n\n"
    "Vell sees the ferry link as the key to winter trade.\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def lecture_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("lecture"), LECTURE, SESSION)


def test_the_figure_a_question_asks_for_stands_beside_what_it_asks_about(
    lecture_bot: Citebot,
) -> None:
    # The date is the lecture's: it answers when the lecture was held ...
    held = lecture_bot.ask("when did the groups host the public lecture?")
    assert held.confident and "March 4" in held.matches[0].snippet.text
    # ... not when the guild was founded, though the sentence names the guild and has a date.
    query = "when was the Kestrel Guild founded?"
    founded = lecture_bot.ask(query)
    assert "Kestrel Guild" in founded.matches[0].snippet.text  # still first, not confident
    assert not founded.confident
    best = lecture_bot.searcher._rank(analyse(query), None, "any")[0]
    assert best.vetoes == {"figure_apart"}  # this rule alone decides it


def test_a_figure_near_a_query_word_is_near() -> None:
    text = (
        "The guild, founded by ten fishermen and their many friends from the coast, grew in 1901."
    )
    assert _figure_near("date", text, {"grew"})
    assert not _figure_near("date", text, {"guild"})
    assert _figure_near("count", text, {"guild"})  # "ten" is three words from it
    assert _figure_near("date", text, set())  # nothing of the query to be near


def test_a_longer_form_follows_the_query_word_to_its_last_letters() -> None:
    def variants(query: str, vocabulary: set[str]) -> dict[str, dict[str, float]]:
        plan = analyse(query)
        known = {t.stem: 3 for t in plan.terms}  # every query word is in the corpus
        return Ranker(plan, None, known, 100, 60.0)._variants(vocabulary)

    assert "kazakhstan" in variants("kazakh oil", {"kazakhstan", "oil"})["kazakh"]
    assert "economi" in variants("economics", {"economi"})["econom"]
    # "moderator" stems to "moder", the start of "modern": another word, not another form.
    assert "modern" not in variants("moderator", {"modern"}).get("moder", {})


def test_who_is_x_is_answered_by_what_says_who_x_is_not_by_x_s_own_words(
    lecture_bot: Citebot,
) -> None:
    # Her quotes match her name as surely, but verbatim quotes come first only when the
    # question does not ask what or who something is.
    best = lecture_bot.ask("who is Mara Vell?").matches[0].snippet
    assert best.kind == "fact" and "director of the Tundra Trust" in best.text
    # Any other question about her still puts her own words first.
    said = lecture_bot.ask("what did Mara Vell say about the pier?").matches[0].snippet
    assert said.kind == "quote" and "pier" in said.text


def test_a_person_s_words_reported_in_a_sentence_are_theirs(lecture_bot: Citebot) -> None:
    # "Vell sees ..." is no quote, yet it is what she said: a confident answer to
    # "what did Mara Vell say", which only her own words may be.
    result = lecture_bot.ask("what did Mara Vell say about winter trade?")
    assert result.confident and "ferry link" in result.matches[0].snippet.text


MENTIONED = """Port talks

The talks were opened by President Ada Moreno of the Harbour Board on Tuesday in Valparaiso.

“We need deeper berths for the new container ships,” said Carl Jensen, referring to the plan
Ada Moreno presented to the delegates.

Ada Moreno said the northern terminal would reopen to grain ships in May.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def mentioned_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("mentioned"), MENTIONED)


def test_someone_named_but_never_quoted_is_answered_only_by_their_reported_words(
    mentioned_bot: Citebot,
) -> None:
    # Lower case, as people type in Slack: Ada Moreno is named in full in the text but never
    # quoted, so Jensen's words mentioning her are no answer to what she said ...
    result = mentioned_bot.ask("what did ada moreno say about deeper berths for container ships")
    assert result.matches and "deeper berths" in result.matches[0].snippet.text
    assert not result.confident
    # ... while the sentence reporting her words is, and Jensen's own words are his.
    reported = mentioned_bot.ask("what did ada moreno say about the northern terminal")
    assert reported.confident and "northern terminal" in reported.matches[0].snippet.text
    assert mentioned_bot.ask("what did carl jensen say about deeper berths").confident


ALIASES = """Trade routes

Western sanctions against Russia forced exporters in the region to find new routes.

Cooperation with the United States is one of the pillars of the country's foreign policy.

Exporters also shipped more grain through the Caspian ports this year.

Adults in the region learn languages at evening classes.

Children in the region learn languages at school.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def aliases_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("aliases"), ALIASES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sanctions on moscow pushed exporters to new routes", "sanctions against Russia"),
        ("cooperation with the us", "United States"),
        ("cooperation with the U.S.", "United States"),
        ("Washington cooperation pillars", "United States"),
    ],
)
def test_another_name_of_the_same_country_counts_as_it(
    aliases_bot: Citebot, query: str, expected: str
) -> None:
    result = aliases_bot.ask(query)
    assert result.matches and expected in result.matches[0].snippet.text


def test_us_is_the_country_only_where_it_is_written_as_one() -> None:
    from bot.search.aliases import aliases, spell_out

    assert spell_out("ties with the us") == "ties with the USA"
    assert spell_out("U.S. troops and US bases") == "USA troops and USA bases"
    assert spell_out("tell us about it") == "tell us about it"
    assert ("russia",) in aliases("moscow") and ("moscow",) in aliases("russia")


def test_a_word_in_the_same_sense_orders_but_does_not_answer(aliases_bot: Citebot) -> None:
    from bot.search.related import related

    assert "child" in related("kid") and "relationship" in related("relat")
    assert not related("zzzz")
    result = aliases_bot.ask("where do kids learn languages")
    assert result.matches[0].snippet.text.startswith("Children")


OFF_TOPIC_ARTICLES = (
    """Neighbours first

“Our relations with our neighbours have never been stronger,” said Roman Petrov, the deputy
foreign minister.

“Water supplies in the region are shrinking fast,” Petrov said.
""",
    """Grain exports

Exports of grain to Turkey rose sharply this year, traders said.

Turkey also bought more cotton than in any year since 2015.
""",
    """Diplomatic notes

Relations between the two ports were tense for a decade.

Trade relations improved after the new customs code.

Cultural relations grew through student exchanges.
""",
)


@pytest.fixture(scope="module", params=BACKENDS)
def off_topic_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("off_topic"), *OFF_TOPIC_ARTICLES)


def test_a_speaker_s_words_that_never_name_what_is_asked_about_are_no_answer(
    off_topic_bot: Citebot,
) -> None:
    # Typed in lower case: "turkey" is a name because the corpus writes it capitalised, and
    # nothing of Petrov's article names it.
    result = off_topic_bot.ask("what did petrov say about relations with turkey")
    assert result.matches and not result.confident
    assert off_topic_bot.ask("what did petrov say about relations with neighbours").confident


SHARED_SURNAME = """Harbour people

“The harbour needs a new breakwater,” said Anna Lochman.

“The ferries will run all winter,” said Ben Lochman.

“Our bakery opens at six,” said Anna Smith.

“The school choir sings on Sunday,” said Ben Ortiz.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def surname_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    yield from _bot_over(request, tmp_path_factory.mktemp("surname"), SHARED_SURNAME)


def test_people_sharing_a_surname_are_picked_out_by_it_not_by_their_first_names(
    surname_bot: Citebot,
) -> None:
    assert name_parts({"Anna Lochman", "Ben Lochman"}) == {"lochman"}
    assert name_parts({"Laura Lochman"}) == {"laura", "lochman"}
    assert name_parts({"Laura Lochman", "Edward Lemon"}) == {"laura", "lochman", "edward", "lemon"}
    # "what did lochman say": both Lochmans' words, and no one else's — not every Anna's
    # and Ben's, which is also what kept such queries slow over a large archive.
    result = surname_bot.ask("what did lochman say", limit=10)
    assert {m.snippet.speaker for m in result.matches} == {"Anna Lochman", "Ben Lochman"}
