"""Search: quality on the labelled set, query understanding, bad input, the index's upkeep.

Quality, understanding and bad input run on both backends (``tests/search_backends.py``):
SQLite through its tantivy index and PostgreSQL through its own, with the same thresholds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.eval_search import citebot_search, evaluate, load_labels
from bot.cli import cli
from bot.search.analysis import analyse
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
from tests.conftest import FIXTURES, WIKINEWS
from tests.search_backends import BACKENDS, open_backend

QUERIES = FIXTURES / "queries"


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Citebot]:
    bot = Citebot(open_backend(request, tmp_path_factory.mktemp("corpus")))
    bot.load_sample()
    bot.ingest([str(WIKINEWS)])
    yield bot
    bot.searcher.close()
    bot.store.close()


def test_labelled_queries_meet_the_reached_quality(corpus_bot: Citebot) -> None:
    scores = evaluate(citebot_search(corpus_bot), load_labels())
    assert scores.answerable >= 60 and scores.unanswerable >= 12
    # Reached 98.5% / 100% / 100%, answered 95.5% (bench/eval_search.py, 2026-11-27); a
    # margin for extraction. Answered: right first *and* confident.
    assert scores.top1 >= 0.95, scores.misses
    assert scores.top3 >= 0.97, scores.misses
    assert scores.rejected >= 0.93, scores.misses
    assert scores.answered >= 0.92, f"answered {scores.answered:.1%}"


def test_held_out_dev_queries_meet_the_reached_quality(corpus_bot: Citebot) -> None:
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout-dev.jsonl"))
    # Reached 89.7% / 97.1% / 100%, answered 86.8% (2026-11-27); 85.3% since the evidence
    # bar rose to 0.6 (2026-11-28).
    assert scores.top1 >= 0.87, scores.misses
    assert scores.top3 >= 0.94, scores.misses
    assert scores.rejected >= 0.92, scores.misses
    assert scores.answered >= 0.84, f"answered {scores.answered:.1%}"


def test_extra_queries_meet_the_reached_quality(corpus_bot: Citebot) -> None:
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "search-extra.jsonl"))
    # Reached 96.3% / 100% / 96.0%, answered 87.7% (2026-11-27); 97.5% top-1, 88.9% answered
    # since reported words count as the speaker's (2026-11-28).
    assert scores.top1 >= 0.91, scores.misses
    assert scores.top3 >= 0.97, scores.misses
    assert scores.rejected >= 0.96, scores.misses
    assert scores.answered >= 0.83, f"answered {scores.answered:.1%}"


def test_held_out_test_queries_meet_the_reached_quality(corpus_bot: Citebot) -> None:
    # Figures only: the held-out test set's lines are never printed, so it stays held out.
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout-test.jsonl"))
    # Reached 85.3% / 92.6% / 100%, answered 73.5% (2026-11-27); 86.8% top-1 with words in
    # the same sense (2026-11-28); 85.3% again once extraction found Obama's tweet in the
    # clock article (a right quote, now first for one of these queries; same day).
    assert scores.answerable >= 60 and scores.unanswerable >= 12
    assert scores.top1 >= 0.85, f"top-1 {scores.top1:.1%}"
    assert scores.top3 >= 0.90, f"top-3 {scores.top3:.1%}"
    assert scores.rejected >= 0.92, f"rejected {scores.rejected:.1%}"
    assert scores.answered >= 0.70, f"answered {scores.answered:.1%}"


def test_second_held_out_queries_hold_their_first_figures(corpus_bot: Citebot) -> None:
    # Figures only, like the test half above: written last and never tuned on.
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout2.jsonl"))
    # Reached 84.0% / 92.0% / 88.0%, answered 76.0% (2026-11-27, its first run); rejected
    # 92.0% since the evidence bar rose to 0.6 (2026-11-28), 96.0% and answered 77.3% since
    # someone named but never quoted needs words reported as theirs (2026-11-28).
    # Later that day 85.3% top-1 (words in the same sense) and 100% rejected (a speaker's
    # words that never name what is asked about).
    assert scores.answerable >= 70 and scores.unanswerable >= 20
    assert scores.top1 >= 0.85, f"top-1 {scores.top1:.1%}"
    assert scores.top3 >= 0.92, f"top-3 {scores.top3:.1%}"
    assert scores.rejected >= 1.00, f"rejected {scores.rejected:.1%}"
    assert scores.answered >= 0.77, f"answered {scores.answered:.1%}"


def test_third_held_out_dev_half_meets_the_reached_quality(corpus_bot: Citebot) -> None:
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout3-dev.jsonl"))
    # First run 77.8% / 86.7% / 73.3%, answered 71.1% (2026-11-28); 86.7% / 88.9% / 86.7%,
    # answered 75.6% after that day's rules (country aliases, distances and durations,
    # people named but never quoted).
    assert scores.top1 >= 0.86, scores.misses
    assert scores.top3 >= 0.88, scores.misses
    assert scores.rejected >= 0.93, scores.misses
    assert scores.answered >= 0.75, f"answered {scores.answered:.1%}"


def test_third_held_out_test_half_holds_its_figures(corpus_bot: Citebot) -> None:
    # Figures only: its lines are never printed or read.
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout3-test.jsonl"))
    # First run (2026-11-28): 84.4% / 91.1% / 73.3%, answered 80.0%; top-3 93.3% with words
    # in the same sense; top-1 86.7% with the wider list of them (third session).
    assert scores.answerable >= 40 and scores.unanswerable >= 15
    assert scores.top1 >= 0.86, f"top-1 {scores.top1:.1%}"
    assert scores.top3 >= 0.93, f"top-3 {scores.top3:.1%}"
    assert scores.rejected >= 0.73, f"rejected {scores.rejected:.1%}"
    assert scores.answered >= 0.80, f"answered {scores.answered:.1%}"


def test_fourth_held_out_dev_half_meets_the_reached_quality(corpus_bot: Citebot) -> None:
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout4-dev.jsonl"))
    # First run (2026-11-28): 84.4% / 88.9% / 86.7%, answered 75.6%; paraphrases 3 of 10.
    assert scores.answerable >= 40 and scores.unanswerable >= 15
    assert scores.top1 >= 0.84, scores.misses
    assert scores.top3 >= 0.88, scores.misses
    assert scores.rejected >= 0.86, scores.misses
    assert scores.answered >= 0.75, f"answered {scores.answered:.1%}"


def test_fourth_held_out_test_half_holds_its_figures(corpus_bot: Citebot) -> None:
    # Figures only: its lines are never printed or read.
    scores = evaluate(citebot_search(corpus_bot), load_labels(QUERIES / "heldout4-test.jsonl"))
    # First run (2026-11-28): 84.4% / 86.7% / 80.0%, answered 68.9%; paraphrases 5 of 10.
    assert scores.answerable >= 40 and scores.unanswerable >= 15
    assert scores.top1 >= 0.84, f"top-1 {scores.top1:.1%}"
    assert scores.top3 >= 0.86, f"top-3 {scores.top3:.1%}"
    assert scores.rejected >= 0.80, f"rejected {scores.rejected:.1%}"
    assert scores.answered >= 0.68, f"answered {scores.answered:.1%}"


@pytest.mark.parametrize(
    ("query", "kind", "expected"),
    [
        ("how much gas is wasted in central asia?", "any", "12 billion cubic meters"),
        ("middle corridor capacity", "fact", "six million tons"),
        ("middle corridor capacity", "any", "six million tons"),
        ("lochmann methane", "any", "methane emissions"),
        ("what did cohen say about the region", "any", "agent of international relations"),
    ],
)
def test_figures_and_speakers(corpus_bot: Citebot, query: str, kind: str, expected: str) -> None:
    result = corpus_bot.ask(query, kind=kind)
    assert result.confident
    assert expected in result.matches[0].snippet.text


def test_misspelled_speaker_is_recognised(corpus_bot: Citebot) -> None:
    best = corpus_bot.ask("lochmann methane").matches[0]
    assert best.snippet.speaker == "Laura Lochman"


def test_quote_kind_returns_only_quotes_direct_first(corpus_bot: Citebot) -> None:
    result = corpus_bot.ask("two-way street", kind="quote")
    assert result.matches and all(m.snippet.kind == "quote" for m in result.matches)
    assert result.matches[0].snippet.subkind in {"direct", "transcript"}


def test_unanswerable_is_flagged(corpus_bot: Citebot) -> None:
    result = corpus_bot.ask("recipe for chocolate chip cookies")
    assert not result.confident


def test_scores_are_0_to_100_best_first(corpus_bot: Citebot) -> None:
    matches = corpus_bot.ask("central asia energy", limit=10).matches
    scores = [m.score for m in matches]
    assert all(0 <= s <= 100 for s in scores)
    assert len(scores) > 3


# --- Bad input ---------------------------------------------------------------------------


def test_empty_query(corpus_bot: Citebot) -> None:
    result = corpus_bot.ask("   ")
    assert not result.matches and not result.confident
    assert "no words" in result.notices[0]


def test_huge_query_is_truncated_and_says_so(corpus_bot: Citebot) -> None:
    result = corpus_bot.ask("methane emissions " * 1200)  # ~21,600 characters
    assert any("only the first 500 were used" in n for n in result.notices)
    assert result.matches


def test_stop_words_only(corpus_bot: Citebot) -> None:
    result = corpus_bot.ask("what is the and of it?")
    assert not result.matches
    assert "only common words" in result.notices[0]


@pytest.mark.parametrize(
    "query",
    [
        '"two-way street',
        "two* OR (street) NEAR -way: \"'",
        "NEAR(multivector, diplomacy)",
        "title:methane AND -gas",
        "^{}[]~!@#$%&*()_+=|\\/<>?",
        "😀🔥🇰🇿",
        "Казахстан многовекторная дипломатия",
        "哈萨克斯坦 多元外交",
        "\x00\x1b[31m",
    ],
)
def test_hostile_queries_answer_without_exceptions(corpus_bot: Citebot, query: str) -> None:
    result = corpus_bot.ask(query)
    assert result.took_ms >= 0
    if not result.matches:
        assert result.notices or not result.confident


def test_syntax_characters_are_words_not_syntax(corpus_bot: Citebot) -> None:
    plain = corpus_bot.ask("two-way street").matches[0].snippet
    noisy = corpus_bot.ask('"two-way street" OR (').matches[0].snippet
    assert noisy.id == plain.id


def test_quoted_phrase_is_honoured() -> None:
    plan = analyse('what did he say about "the two-way street" and methane')
    assert plan.phrase_texts == ("the two way street",)
    assert [t.word for t in plan.terms] == ["two", "way", "street", "methane"]


def test_unknown_kind_is_an_error(corpus_bot: Citebot) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        corpus_bot.ask("methane", kind="rumour")


# --- The index: derived, rebuilt when missing or stale, in step with the store -------------------


def test_index_rebuilds_when_missing(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    bot = Citebot(SQLiteStore(db))
    bot.load_sample()
    index_dir = bot.searcher.source.index.directory  # type: ignore[attr-defined]
    assert index_dir.is_dir() and index_dir.parent == tmp_path
    bot.searcher.close()
    shutil.rmtree(index_dir)
    again = Citebot(SQLiteStore(db))
    assert "six million tons" in again.ask("middle corridor capacity").matches[0].snippet.text
    assert index_dir.is_dir()


def test_index_follows_changes_made_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    reader = Citebot(SQLiteStore(db))
    reader.load_sample()
    assert reader.ask("forty new bridges").confident is False
    writer = Citebot(SQLiteStore(db))
    doc = tmp_path / "bridges.txt"
    doc.write_text("Bridges\n\n“We will build forty new bridges,” said Jane Roe.\n")
    writer.ingest([str(doc)])
    found = reader.ask("forty new bridges")
    assert found.confident and found.matches[0].snippet.speaker == "Jane Roe"
    assert writer.store.remove_document(str(doc.resolve()))
    after = reader.ask("forty new bridges")
    assert all("bridges" not in m.snippet.text for m in after.matches)


def test_index_from_a_recreated_store_is_not_reused(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = Citebot(SQLiteStore(db))
    first.load_sample()
    first.store.close()
    first.searcher.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    second = Citebot(SQLiteStore(db))
    doc = tmp_path / "x.txt"
    doc.write_text("Other\n\n“Nothing about corridors here at all,” said Ann Lee.\n")
    second.ingest([str(doc)])
    result = second.ask("middle corridor capacity six million tons")
    assert all("six million" not in m.snippet.text for m in result.matches)


# --- The CLI --------------------------------------------------------------------------------


def _cli(db: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{db}", *args], input=stdin)
    return result.exit_code, result.stdout


def test_search_json_shape(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    assert (
        _cli(db, "ingest", str(WIKINEWS.parent.parent.parent.parent / "bot" / "sample_corpus"))[0]
        == 0
    )
    code, out = _cli(db, "search", "middle corridor capacity", "--kind", "fact", "--json")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) >= {"query", "took_ms", "results"}
    first = payload["results"][0]
    assert set(first) == {"kind", "text", "speaker", "score", "confident", "citation"}
    assert set(first["citation"]) == {
        "title",
        "publisher",
        "url",
        "published",
        "path",
        "paragraph",
        "start",
        "end",
    }
    assert first["kind"] == "fact" and first["confident"] and "six million" in first["text"]
    assert first["citation"]["paragraph"] == 50


def test_search_stdin_is_json_lines_in_order(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    _cli(db, "ingest", str(Path(__file__).parent.parent / "bot" / "sample_corpus"))
    queries = ["middle corridor capacity", "", "lochmann methane", "😀"]
    code, out = _cli(db, "search", "-", "--limit", "2", stdin="\n".join(queries) + "\n")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["query"] for line in lines] == queries
    assert lines[1]["results"] == [] and lines[3]["notices"]
    assert len(lines[0]["results"]) == 2
