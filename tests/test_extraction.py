"""Quotes, speakers and facts read from real and hand-made news copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extraction import extract_file, extract_text
from bot.models import Document, Extraction
from bot.service import sample_corpus_dir

SAMPLE = sample_corpus_dir() / "kazakhstan-multivector-diplomacy.txt"
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}


def extract(text: str) -> Extraction:
    return extract_text(text, Document(title="t"))


def spans_index_the_text(extraction: Extraction) -> None:
    for item in (*extraction.quotes, *extraction.facts):
        assert extraction.text[item.start : item.end] == item.text
        assert 0 <= item.start <= item.end <= len(extraction.text)


@pytest.fixture(scope="module")
def sample() -> Extraction:
    return extract_file(SAMPLE, 1_000_000)


def test_sample_speakers_roles_and_cues(sample: Extraction) -> None:
    by_paragraph = {(q.paragraph, q.kind): q for q in sample.quotes}
    first = by_paragraph[(6, "direct")]
    assert first.speaker == "Roman Vassilenko"
    assert first.speaker_role == "Kazakh Deputy Foreign Minister"
    assert first.cue == "said Vassilenko"
    assert first.text.startswith("Considering our history") and first.text.endswith("policy,")
    assert by_paragraph[(11, "direct")].speaker == "Roman Vassilenko"  # "said the diplomat"
    assert by_paragraph[(24, "direct")].speaker == "Edward Lemon"  # "he said", after Lemon
    assert by_paragraph[(24, "direct")].speaker_role.startswith("president of the Oxus Society")
    assert by_paragraph[(33, "direct")].speaker == "Ariel Cohen"
    assert "managing director of the Energy, Growth and Security program" in (
        by_paragraph[(33, "direct")].speaker_role
    )
    lochman = by_paragraph[(38, "direct")]  # "she added"
    assert lochman.speaker == "Laura Lochman"
    assert lochman.speaker_role == "U.S. Deputy Assistant Secretary for Energy Diplomacy"
    spans_index_the_text(sample)


def test_sample_kinds(sample: Extraction) -> None:
    kinds = {(q.paragraph, q.kind) for q in sample.quotes}
    assert (5, "indirect") in kinds  # "According to Vassilenko, …"
    assert (8, "mixed") in kinds  # He noted Kazakhstan has “always been right in the middle,”
    assert (37, "mixed") in kinds and (37, "indirect") in kinds  # “led to …”; She stressed
    mixed = next(q for q in sample.quotes if q.paragraph == 8)
    assert mixed.text.startswith("Kazakhstan has “always been right in the middle,”")


def test_coined_terms_are_not_quotes_and_no_pronoun_is_a_speaker(sample: Extraction) -> None:
    assert not any(q.text.strip("‘’'\"“” ") == "multivectorism" for q in sample.quotes)
    assert all(q.speaker and q.speaker.lower() not in PRONOUNS for q in sample.quotes)
    speakers = {q.speaker for q in sample.quotes}
    assert speakers == {"Roman Vassilenko", "Edward Lemon", "Ariel Cohen", "Laura Lochman"}


def test_pronouns_respect_gender() -> None:
    text = (
        "Talks\n\nMaria Santos, the port director, met John Brown, a shipping analyst, "
        "on Friday.\n\n"
        "“The harbour will double its capacity by 2030,” she said.\n\n"
        "“That is ambitious but doable,” he said."
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Maria Santos", "port director"),
        ("John Brown", "shipping analyst"),
    ]


def test_nominal_reference_goes_to_the_person_with_that_role() -> None:
    text = (
        "Visit\n\nForeign Minister Elena Park arrived in Oslo, where she met Tom Hale.\n\n"
        "“We came to listen,” the minister told reporters."
    )
    assert extract(text).quotes[0].speaker == "Elena Park"


def test_surname_and_misspelt_surname_link_to_the_full_name() -> None:
    text = (
        "Budget\n\nKathryn Waters, director of the gallery, opened the show.\n\n"
        "“It is our best year,” Waters said.\n\n“We sold out twice,” Water said."
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Kathryn Waters", "Kathryn Waters"]
    assert quotes[0].speaker_role == "director of the gallery"


def test_continuation_and_multi_paragraph_quotes_keep_the_speaker() -> None:
    text = (
        "Storm\n\n“The river rose two metres overnight,” said Mayor Lena Ortiz.\n\n"
        "“We evacuated 300 homes before midnight.”\n\n"
        "“The first part of a long statement runs on\n\n"
        "“and ends in the next paragraph,” Ortiz added."
    )
    extraction = extract(text)
    quotes = extraction.quotes
    assert [q.speaker for q in quotes] == ["Lena Ortiz"] * 4
    assert [q.paragraph for q in quotes] == [2, 3, 4, 5]
    spans_index_the_text(extraction)


def test_inverted_and_pre_cues_and_appositions() -> None:
    text = (
        "Cues\n\nJeff Rathke, the State Department spokesperson, said, “We urge restraint.”\n\n"
        "“Nobody wins a trade war,” said Ana Lopes, a trade economist.\n\n"
        "Dr. Ravi Menon said: “The data are clear.”"
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_role, q.kind) for q in quotes] == [
        ("Jeff Rathke", "State Department spokesperson", "direct"),
        ("Ana Lopes", "trade economist", "direct"),
        ("Ravi Menon", "", "direct"),
    ]


@pytest.mark.parametrize(
    ("marks", "words"),
    [
        ("“{}”", "Prices will fall next year"),
        ('"{}"', "Prices will fall next year"),
        ("«{}»", "Prices will fall next year"),
        ("‘{}’", "Prices will fall next year"),
        ("“{}”", "Prices will fall after the ‘long winter’ ends"),
    ],
)
def test_quotation_mark_styles_and_nesting(marks: str, words: str) -> None:
    text = f"Prices\n\n{marks.format(words + ',')} said Ana Lopes."
    quotes = extract(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text == words + "," and quotes[0].speaker == "Ana Lopes"


def test_an_unbalanced_mark_never_swallows_the_rest() -> None:
    text = (
        'Broken\n\nThe bill, known as "the fix, passed on Monday.\n\n'
        "“We did it,” said Ana Lopes.\n\nNothing else happened that day at all."
    )
    extraction = extract(text)
    assert [q.text for q in extraction.quotes] == ["We did it,"]
    assert all(q.end <= extraction.paragraphs[1].end for q in extraction.quotes if q.paragraph == 2)


def test_scare_quotes_and_titles_are_not_speech_unless_a_cue_credits_them() -> None:
    text = (
        'Terms\n\nThe so-called "smart" meters reached 40 homes, and the film '
        '"Cowboys and Indians" opened.\n\nAna Lopes called the plan "reckless" on Monday.'
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Ana Lopes", "mixed")]


def test_according_to_and_reported_speech_are_indirect() -> None:
    text = (
        "Report\n\nAccording to Ana Lopes, the bridge will reopen in May.\n\n"
        "Ravi Menon, a city engineer, said that repairs cost $3 million.\n\n"
        "Traffic will double by June, Menon added."
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Ana Lopes", "indirect"),
        ("Ravi Menon", "indirect"),
        ("Ravi Menon", "indirect"),
    ]
    assert quotes[0].text == "the bridge will reopen in May."
    assert quotes[1].text == "repairs cost $3 million."


def test_name_colon_transcripts() -> None:
    text = (
        "Panel transcript\n\nMODERATOR: Welcome. What did the survey find?\n\n"
        "LOPES: Two thirds of farms lost water.\n\nMENON: And half of them lost crops.\n\n"
        "LOPES: That is why we act now."
    )
    extraction = extract(text)
    turns = [(q.speaker, q.kind, q.text) for q in extraction.quotes]
    assert turns == [
        ("Moderator", "transcript", "Welcome. What did the survey find?"),
        ("Lopes", "transcript", "Two thirds of farms lost water."),
        ("Menon", "transcript", "And half of them lost crops."),
        ("Lopes", "transcript", "That is why we act now."),
    ]
    spans_index_the_text(extraction)


def test_wikinews_interview_answers_are_the_interviewees_and_questions_are_not() -> None:
    path = Path(__file__).parent / "fixtures" / "corpus" / "wikinews" / "GUM_interview_shalev.txt"
    extraction = extract_file(path, 1_000_000)
    turns = [q for q in extraction.quotes if q.kind == "transcript"]
    assert len(turns) == 5
    assert {q.speaker for q in turns} == {"Aner Shalev"}
    assert not any(q.text.rstrip().endswith("?") for q in turns)
    assert turns[0].text.startswith("I called it Character")


def test_facts_carry_figures_and_credit() -> None:
    text = (
        "Figures\n\nThe corridor carries six million tons a year, up 12% since 2021.\n\n"
        "“We will reach 10 million tons by 2030,” said Ana Lopes.\n\n"
        "According to Ravi Menon, the fifth anniversary fell on March 3."
    )
    facts = extract(text).facts
    assert facts[0].figures == ("six million tons", "12%", "2021")
    assert facts[0].attributed_to == ""
    assert facts[1].attributed_to == "Ana Lopes" and "10 million tons" in facts[1].figures
    assert facts[2].attributed_to == "Ravi Menon"
    assert "fifth anniversary" in facts[2].figures and "March 3" in facts[2].figures


def test_sample_fact_middle_corridor(sample: Extraction) -> None:
    fact = next(f for f in sample.facts if "six million tons" in f.figures)
    assert fact.paragraph == 50
    assert fact.figures == ("six million tons", "10 million tons", "2030")


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("cp1252"),
        lambda s: s.encode("utf-16"),
        lambda s: s.replace("“", '"').replace("”", '"').replace("–", "-").encode("latin-1"),
    ],
)
def test_legacy_encodings_decode(tmp_path: Path, encode: object) -> None:
    path = tmp_path / "old.txt"
    text = "Café news\n\n“Le café est fermé – pour toujours,” said Zoé Marchand."
    path.write_bytes(encode(text))  # type: ignore[operator]
    extraction = extract_file(path, 10_000)
    assert extraction.quotes[0].speaker == "Zoé Marchand"
    assert "café est fermé" in extraction.quotes[0].text


def test_empty_and_blank_documents_give_zero_items(tmp_path: Path) -> None:
    for content in ("", "\n\n  \n", "Just a title"):
        path = tmp_path / "e.txt"
        path.write_text(content)
        extraction = extract_file(path, 1000)
        assert extraction.quotes == () and extraction.facts == ()


def test_size_limit_names_the_setting(tmp_path: Path) -> None:
    from bot.documents import DocumentError

    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    with pytest.raises(DocumentError, match="CITEBOT_MAX_FILE_BYTES"):
        extract_file(path, 100)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                [
                    "“",
                    "”",
                    '"',
                    "'",
                    "‘",
                    "’",
                    "«",
                    "»",
                    "``",
                    "''",
                    "\n\n",
                    ", said ",
                    " he said.",
                    "According to ",
                    "Ana Lopes",
                    "Mr. ",
                    ": ",
                    "LOPES: ",
                    "?",
                    "12%",
                    "$3 million",
                    " the minister ",
                    "\r\n",
                    "\ufeff",
                    ".",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_random_text_never_crashes_and_spans_index_it(pieces: list[str]) -> None:
    extraction = extract("".join(pieces))
    spans_index_the_text(extraction)
    for quote in extraction.quotes:
        assert quote.speaker and quote.speaker.lower() not in PRONOUNS
        assert quote.kind in ("direct", "indirect", "mixed", "transcript")
