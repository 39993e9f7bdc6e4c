"""Search on PostgreSQL: live tables instead of an index, counts kept by triggers, extensions.

Quality runs in tests/test_search.py on both backends; here what only PostgreSQL has.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from bot.search.pg_candidates import Item, _floor, retrieval
from bot.service import Citebot
from bot.store import StoreError, open_store
from bot.store.postgres import PostgresStore
from tests.pg import PG_URL, with_params

pytestmark = pytest.mark.postgres

BRIDGES = "Bridges\n\n“We will build forty new bridges,” said Jane Roe, the Transport Minister.\n"


@pytest.fixture
def pg_store(pg_schema_urls: Callable[[], str]) -> Iterator[PostgresStore]:
    store = open_store(pg_schema_urls())
    assert isinstance(store, PostgresStore)
    yield store
    store.close()


def test_a_document_is_found_by_every_process_the_moment_it_is_stored(
    pg_store: PostgresStore, tmp_path: Path
) -> None:
    reader = Citebot(pg_store)
    reader.load_sample()
    assert not reader.ask("forty new bridges").confident
    writer = Citebot(open_store(pg_store.url))  # another connection pool: another process
    doc = tmp_path / "bridges.txt"
    doc.write_text(BRIDGES, encoding="utf-8")
    writer.ingest([str(doc)])
    found = reader.ask("forty new bridges")  # no sync, no index: the tables are the index
    assert found.confident and found.matches[0].snippet.speaker == "Jane Roe"
    assert reader.ask("what did the transport minister say").matches[0].snippet.speaker == (
        "Jane Roe"
    )
    assert writer.store.remove_document(str(doc.resolve()))
    assert all("bridges" not in m.snippet.text for m in reader.ask("forty new bridges").matches)
    writer.store.close()


def test_trigger_kept_counts_equal_a_recount(pg_store: PostgresStore, tmp_path: Path) -> None:
    bot = Citebot(pg_store)
    bot.load_sample()
    doc = tmp_path / "bridges.txt"
    doc.write_text(BRIDGES, encoding="utf-8")
    bot.ingest([str(doc)])
    doc.write_text(BRIDGES.replace("forty", "fifty"), encoding="utf-8")
    bot.ingest([str(doc)])  # a replace: the old version's counts go, the new one's come
    bot.store.remove_document(str(doc.resolve()))
    with pg_store.connection() as conn:
        kept = conn.execute(
            "SELECT lexeme, texts, roles, titles FROM search_words ORDER BY lexeme"
        ).fetchall()
        recount = conn.execute(
            "SELECT t.lexeme, count(*) FILTER (WHERE 'A' = ANY(t.weights)),"
            " count(*) FILTER (WHERE 'B' = ANY(t.weights)),"
            " count(*) FILTER (WHERE 'D' = ANY(t.weights))"
            " FROM snippets s, unnest(s.terms) t GROUP BY t.lexeme"
            " HAVING bool_or(t.weights && ARRAY['A', 'B', 'D']) ORDER BY t.lexeme"
        ).fetchall()
        assert kept == recount and len(kept) > 500
        speakers = conn.execute("SELECT name, quotes, snippets FROM search_speakers ORDER BY 1")
        assert (
            speakers.fetchall()
            == conn.execute(
                "SELECT speaker, count(*) FILTER (WHERE kind = 'quote'), count(*) FROM snippets"
                " WHERE speaker <> '' GROUP BY speaker ORDER BY 1"
            ).fetchall()
        )
        totals = conn.execute("SELECT snippets, words FROM search_totals").fetchone()
        assert totals == conn.execute("SELECT count(*), sum(words) FROM snippets").fetchone()
        assert not conn.execute("SELECT 1 FROM search_speakers WHERE name = 'Jane Roe'").fetchone()


def test_words_are_cut_folded_and_stemmed_as_on_sqlite(pg_store: PostgresStore) -> None:
    with pg_store.connection() as conn:
        row = conn.execute(
            "SELECT search_terms('Zürich’s two-way “street”, 1,426 pilgrims; Казахстан C5+1',"
            " '', '', '')"
        ).fetchone()
    assert row is not None
    lexemes = set(str(row[0]).replace("'", " ").split())
    # Runs of letters and digits, folded, stemmed, no stop-word list: as tantivy cuts them.
    assert {"zurich", "s", "two", "way", "street", "1", "426", "pilgrim", "c5"} <= {
        lexeme.split(":")[0] for lexeme in lexemes
    }
    assert any(lexeme.startswith("казахстан") for lexeme in lexemes)


def test_rare_words_alone_and_common_ones_in_pairs_within_the_budget() -> None:
    items = [
        Item("'rare':A", 5.0, 10),
        Item("'common':A", 1.0, 40_000),
        Item("'usual':A", 1.2, 30_000),
        Item("'everywhere':A", 0.1, 90_000),
    ]
    chosen = retrieval(items, total=100_000, budget=20_000)
    assert chosen.rare == "('rare':A)" and not chosen.whole
    assert chosen.pairs == "(('usual':A) & ('common':A))"  # 12,000 rows expected together
    small = retrieval(items, total=100_000, budget=1_000_000)  # a small corpus: a plain OR
    assert small.whole and not small.pairs and small.rare.count("|") == 3
    # Two words each in more than MAX_POSTINGS rows are never paired, however few rows the
    # pair is expected to hold: listing either one from the index is the cost.
    often = [Item("'often':A", 0.2, 60_000), Item("'everywhere':A", 0.1, 90_000)]
    assert not retrieval(often, total=1_000_000, budget=20_000).pairs
    # The same word in the text and the title is fetched once, its rows counted together.
    both = [Item("'word':A", 2.0, 1_500, find="'word'"), Item("'word':D", 0.6, 900, find="'word'")]
    assert retrieval(both, total=100_000, budget=2_000).pairs == ""
    assert retrieval(both, total=100_000, budget=2_000).rare == ""


def test_the_trigram_floor_lets_every_word_within_reach_through() -> None:
    from rapidfuzz.distance import OSA

    def trigrams(word: str) -> set[str]:
        padded = f"  {word} "
        return {padded[i : i + 3] for i in range(len(padded) - 2)}

    cases = [("chen", "chan"), ("cohen", "kohen"), ("lochman", "lochmann"), ("emision", "emmision")]
    cases += [("methan", "metan"), ("vassilenko", "vasilenk"), ("abcdefg", "abdcegf")]
    for asked, other in cases:
        assert OSA.distance(asked, other) <= (1 if len(asked) <= 5 else 2)
        a, b = trigrams(asked), trigrams(other)
        assert len(a & b) / len(a | b) >= _floor([asked]), (asked, other)


def test_a_role_that_may_not_create_the_extensions_gets_one_clear_error() -> None:
    suffix = secrets.token_hex(3)
    database, role = f"citebot_noext_{suffix}", f"citebot_noext_{suffix}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    try:
        server = urlsplit(PG_URL)
        url = urlunsplit(
            server._replace(
                netloc=f"{role}@{server.hostname}:{server.port or 5432}", path=f"/{database}"
            )
        )
        with psycopg.connect(
            urlunsplit(server._replace(path=f"/{database}")), autocommit=True
        ) as owner:
            # Its own schema, but no CREATE on the database: no extension of its own.
            owner.execute(
                sql.SQL("CREATE SCHEMA citebot AUTHORIZATION {}").format(sql.Identifier(role))
            )
        with pytest.raises(StoreError) as failed:
            open_store(with_params(url, schema="citebot"))
        message = str(failed.value)
        assert "search on PostgreSQL needs the pg_trgm extension" in message
        assert "CREATE EXTENSION pg_trgm SCHEMA public" in message
        assert "\n" not in message
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
            )
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
