"""House styles of different outlets: each case is a short passage written for this test and
the quotes a careful reader would credit in it (a word of the quote, speaker, kind)."""

from __future__ import annotations

import pytest

from bot.extraction import extract_text
from bot.models import Document, Quote


def _quotes(body: str) -> list[Quote]:
    return list(extract_text("Title\n\n" + body, Document(title="Title")).quotes)


def _credited(quotes: list[Quote], word: str) -> tuple[str, str]:
    found = [q for q in quotes if word in q.text]
    assert found, (word, [q.text for q in quotes])
    return found[0].speaker, found[0].kind


CASES = {
    "british single marks with apostrophes inside": (
        "‘We haven’t given up on the town,’ said Jane Holloway, the council leader. ‘The "
        "residents’ patience is not endless, and that’s the truth.’\n\n"
        "‘It’s the wrong site for it, and everyone here knows that.’",
        [
            ("given up", "Jane Holloway", "direct"),
            ("patience", "Jane Holloway", "direct"),
            ("wrong site", "Jane Holloway", "direct"),
        ],
    ),
    "multi-paragraph quote opened mid-paragraph": (
        "“People ask me if it’s strange,” Ann Lowe says, wiping the glass. “It isn’t strange. "
        "What was strange was the years away.\n\n"
        "“So I came back, and I stayed.”",
        [("years away", "Ann Lowe", "direct"), ("I stayed", "Ann Lowe", "direct")],
    ),
    "role with a name in apposition": (
        "Sam Ortiz leads the group. A government spokesman, Lukas Berg, said the talks would "
        "resume on Friday and that both sides were close.",
        [("talks would resume", "Lukas Berg", "indirect")],
    ),
    "spokesperson for a body": (
        "A spokesperson for the Department for Rural Affairs said: “We are investing record "
        "sums in flood defences.”",
        [("record sums", "Department for Rural Affairs", "direct")],
    ),
    "anonymous sources": (
        "Two sources familiar with the negotiations told Reuters the company had offered a "
        "28% increase.\n\n"
        '"The gap is not impossible to close," said one of the sources.',
        [
            # (the group, whoever of it spoke: no count)
            ("28% increase", "sources familiar with the negotiations", "indirect"),
            ("gap is not", "sources familiar with the negotiations", "direct"),
        ],
    ),
    "question mark before an inverted cue": (
        "“Why now?” Greta Vogt asked. “Why not two years ago?”",
        [("Why now?", "Greta Vogt", "direct"), ("two years ago", "Greta Vogt", "direct")],
    ),
    "colon after a subject with no speech verb, guillemets": (
        "Sandra Furrer is the transport minister.\n\n"
        "Furrer’s message was blunt: «There will be no new money.»",
        [("no new money", "Sandra Furrer", "direct")],
    ),
    "participle clause after a quote": (
        "“We saw strength in every region,” said Omar Haddad, the finance chief, adding that "
        "the company would raise its full-year forecast.",
        [("raise its full-year", "Omar Haddad", "indirect")],
    ),
    "a document cue credits its author": (
        "The league said in a statement that it would review the decision. “The panel will "
        "meet on Monday,” the statement said.",
        [("panel will meet", "league", "direct")],
    ),
    "informed that and demanded that report speech": (
        "Deputy engineer Sunita Rao informed that two valves had failed in the night. "
        "Corporator Vijay Deshmukh demanded that the civic body restore supply by Friday.",
        [
            ("two valves", "Sunita Rao", "indirect"),
            ("restore supply", "Vijay Deshmukh", "indirect"),
        ],
    ),
    "declined to say, but said": (
        "Police chief Rhonda Vale declined to say how many officers were hurt but said none "
        "of the injuries was serious.",
        [("none of the injuries", "Rhonda Vale", "indirect")],
    ),
    "an unnamed coastguard speaks as a body": (
        "The coastguard said the blaze was “under control” and that all 21 crew were safe.",
        [("under control", "coastguard", "mixed")],
    ),
    "a statement quoting its speaker": (
        "The ministry issued a statement in Arabic. “We will investigate every cause,” the "
        "statement quoted Minister Karim Aziz as saying.",
        [("investigate", "Karim Aziz", "direct")],
    ),
    "the spokesperson of a body named before": (
        "A spokesperson for the Harlan School District said buses would be rerouted. "
        '"Parents should expect delays," the spokesperson said.',
        [("expect delays", "Harlan School District", "direct")],
    ),
    "a body's name before the spokeswoman's role after the quote": (
        "Rival firm Bolthaus said its locks were not affected. "
        '"Our locks open without the cloud," Bolthaus spokeswoman Lena Marx said in an email.',
        [("without the cloud", "Lena Marx", "direct")],
    ),
    "a multi-paragraph quote after a paragraph opening with its speaker": (
        "Ray Castillo, who sparred with him in the 1970s, remembered the gym.\n\n"
        "“It smelled of sweat and liniment. He stood by the ring with a towel on his "
        "shoulder.\n\n"
        "“When you did something right, he just nodded. That nod was worth a trophy.”",
        [("liniment", "Ray Castillo", "direct"), ("nodded", "Ray Castillo", "direct")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_house_styles(name: str) -> None:
    body, expected = CASES[name]
    quotes = _quotes(body)
    for word, speaker, kind in expected:
        assert _credited(quotes, word) == (speaker, kind), name


def test_a_data_source_is_not_a_speaker() -> None:
    quotes = _quotes("Revenue rose 4% in the quarter, according to FactSet data.")
    assert quotes == []


def test_a_name_in_marks_leaves_the_sentence_reported_speech() -> None:
    quotes = _quotes(
        "Dana Price runs the firm. A company spokeswoman said the firm would not comment on "
        'the "Fresh Start" programme.'
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "company spokeswoman")]


def test_a_closing_q_and_a_credits_each_labelled_answer() -> None:
    quotes = _quotes(
        "Mayor Lena Ford said the road would stay shut. Ford said the city had no choice.\n\n"
        "Harbour engineer Piet Janssen said the pier was sound.\n\n"
        "Our reporter Kim Lau sat down with Janssen afterwards.\n\n"
        "LAU: Why did the pier crack?\n\n"
        "JANSSEN: Salt got into the steel over many winters.\n\n"
        "LAU: When will it reopen?\n\n"
        "JANSSEN: Not before spring, and only for people on foot.\n\n"
        "LAU: Anything else people should know?\n\n"
        "JANSSEN: Keep away from the fences while we work."
    )
    answers = [(q.speaker, q.kind) for q in quotes if q.kind == "transcript"]
    assert answers == [("Piet Janssen", "transcript")] * 3
    assert not any("Why did" in q.text for q in quotes)


def test_a_documents_wording_is_not_the_last_speakers_quote() -> None:
    quotes = _quotes(
        "Store owner Rhonda Pike said the alarm went off at 3 a.m.\n\n"
        'The police report lists the items as "assorted rings, approx. 30 pieces," and notes '
        "that two display cases were smashed."
    )
    assert [(q.speaker, q.kind) for q in quotes] == [("Rhonda Pike", "indirect")]
