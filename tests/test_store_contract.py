"""The storage contract: every test here runs against SQLite and PostgreSQL alike.

SQLite gets a fresh file under tmp_path; PostgreSQL a fresh schema per test from
``tests/pg.py`` (the server at ``CITEBOT_TEST_POSTGRES_URL``), all of them dropped when the
module ends. Without that server the PostgreSQL cases skip saying why, unless
``CITEBOT_REQUIRE_POSTGRES=1`` (as in CI) makes them fail.

The ``store`` fixture here overrides conftest's, so conftest's ``bot`` and ``sample_bot`` run
the core over both backends too.
"""

from __future__ import annotations

import json
import random
import secrets
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from bot.models import Document, Extraction, Fact, Paragraph, Quote
from bot.service import Citebot
from bot.store import Store, StoreError, open_store
from bot.store.postgres import PostgresStore
from tests.pg import PG_URL, drop_schemas, with_params

# What a failed write may raise: the PostgreSQL store wraps errors in StoreError, the SQLite
# store lets sqlite3's through. Either way the old version must survive.
WRITE_FAILED = (StoreError, sqlite3.Error)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


SPEAKERS = ("Ana Lima", "Bo Chen", "Ana Lima", "Cy Diaz", "Ana Lima", "Bo Chen")


def make_extraction(
    path: str = "docs/a.txt", version: str = "one", quotes: int = 3, facts: int = 2
) -> Extraction:
    """Build a document whose every paragraph after the title is one quote or one fact."""
    blocks = [f"Report {version}"]
    blocks += [f"“We will build {version} bridge number {i},” said someone." for i in range(quotes)]
    blocks += [f"The {version} budget is {i + 10} million dollars." for i in range(facts)]
    text = "\n\n".join(blocks) + "\n"
    paragraphs: list[Paragraph] = []
    position = 0
    for number, block in enumerate(blocks, start=1):
        paragraphs.append(Paragraph(number, position, position + len(block), block))
        position += len(block) + 2
    quote_list = tuple(
        Quote(
            text=p.text[1 : p.text.index("”")],
            speaker=SPEAKERS[i % len(SPEAKERS)],
            speaker_role="Minister" if i == 0 else "",
            paragraph=p.number,
            start=p.start + 1,
            end=p.start + p.text.index("”"),
            cue="said",
            kind="direct" if i % 2 == 0 else "mixed",
        )
        for i, p in enumerate(paragraphs[1 : 1 + quotes])
    )
    fact_list = tuple(
        Fact(
            text=p.text,
            paragraph=p.number,
            start=p.start,
            end=p.end,
            figures=(f"{i + 10} million dollars",),
            attributed_to="Ana Lima" if i == 0 else "",
        )
        for i, p in enumerate(paragraphs[1 + quotes :])
    )
    document = Document(
        title=blocks[0],
        publisher="The Daily",
        published="2024-05-01",
        url="https://example.org/a",
        path=path,
        author="R. Porter",
    )
    return Extraction(document, text, tuple(paragraphs), quote_list, fact_list)


# --- Writing, replacing, removing -------------------------------------------------------------


def test_put_then_read_everything_back(store: Store) -> None:
    extraction = make_extraction()
    doc_id = store.put_document(extraction, "hash-1")
    assert store.content_hash("docs/a.txt") == "hash-1"
    assert store.content_hash("docs/other.txt") is None

    [source] = store.sources()
    assert source.id == doc_id
    assert source.document == extraction.document
    assert (source.content_hash, source.quotes, source.facts) == ("hash-1", 3, 2)
    assert source.added_at[:2] == "20" and source.added_at.endswith("+00:00")

    snippets = list(store.iter_snippets())
    assert [s.kind for s in snippets] == ["quote"] * 3 + ["fact"] * 2
    first, fact = snippets[0], snippets[3]
    quote = extraction.quotes[0]
    assert (first.text, first.speaker, first.speaker_role, first.subkind) == (
        quote.text,
        "Ana Lima",
        "Minister",
        "direct",
    )
    assert snippets[1].subkind == "mixed"
    assert first.document_id == doc_id
    citation = first.citation
    assert (citation.title, citation.publisher, citation.url, citation.published) == (
        "Report one",
        "The Daily",
        "https://example.org/a",
        "2024-05-01",
    )
    assert (citation.path, citation.paragraph, citation.start, citation.end) == (
        "docs/a.txt",
        2,
        quote.start,
        quote.end,
    )
    assert extraction.text[citation.start : citation.end] == first.text
    assert fact.figures == ("10 million dollars",) and fact.speaker == "Ana Lima"
    assert fact.subkind == "" and fact.speaker_role == ""


def test_sample_loads_once_through_the_core(bot: Citebot) -> None:
    assert [o.status for o in bot.load_sample()] == ["added"]
    assert [o.status for o in bot.load_sample()] == ["unchanged"]
    counts = bot.store.counts()
    assert counts["documents"] == 1 and counts["quotes"] > 10 and counts["facts"] > 5
    assert bot.store.top_speakers(1)[0][0] == "Roman Vassilenko"


def test_replace_through_the_core_then_remove(bot: Citebot, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Title\n\n“We will build forty new bridges,” said Jane Roe.\n")
    assert bot.ingest_file(doc).status == "added"
    generation = bot.store.generation()
    doc.write_text("Title\n\n“We will build fifty new bridges soon,” said Jane Roe.\n")
    assert bot.ingest_file(doc).status == "updated"
    assert bot.store.generation() > generation
    texts = [s.text for s in bot.store.iter_snippets()]
    assert any("fifty" in t for t in texts) and not any("forty" in t for t in texts)
    assert bot.store.remove_document(str(doc))
    assert bot.store.counts() == {"documents": 0, "quotes": 0, "facts": 0}
    assert not bot.store.remove_document(str(doc))


def test_replace_swaps_the_whole_document(store: Store) -> None:
    old_id = store.put_document(make_extraction(version="one", quotes=4, facts=3), "h1")
    old_ids = {s.id for s in store.iter_snippets()}
    new_id = store.put_document(make_extraction(version="two", quotes=2, facts=1), "h2")
    assert new_id > old_id
    snippets = list(store.iter_snippets())
    assert len(snippets) == 3 and all("two" in s.text for s in snippets)
    assert min(s.id for s in snippets) > max(old_ids)
    assert store.snippets(sorted(old_ids)) == []
    assert store.paragraph_text(old_id, 2) is None
    assert store.paragraph_text(new_id, 2) is not None
    assert store.counts() == {"documents": 1, "quotes": 2, "facts": 1}
    assert store.content_hash("docs/a.txt") == "h2"
    assert [(s.id, s.quotes, s.facts) for s in store.sources()] == [(new_id, 2, 1)]


def test_remove_by_path_or_id(store: Store) -> None:
    a = store.put_document(make_extraction(path="a.txt"), "ha")
    b = store.put_document(make_extraction(path="b.txt"), "hb")
    store.put_document(make_extraction(path="c.txt"), "hc")
    generation = store.generation()
    assert not store.remove_document("missing.txt")
    assert not store.remove_document(str(b + 1000))
    assert store.generation() == generation  # nothing removed, nothing changed
    assert store.remove_document(str(a))
    assert store.remove_document("b.txt")
    assert not store.remove_document(str(b))
    assert [s.document.path for s in store.sources()] == ["c.txt"]
    assert {s.citation.path for s in store.iter_snippets()} == {"c.txt"}
    assert store.counts() == {"documents": 1, "quotes": 3, "facts": 2}
    assert store.generation() > generation


def test_odd_ids_are_not_found_rather_than_errors(store: Store) -> None:
    store.put_document(make_extraction(path="a.txt"), "ha")
    for ref in ("²", "١٢", str(10**30), "-1", ""):
        assert not store.remove_document(ref), ref
    assert store.snippets([10**30, -(10**30)]) == []
    assert store.paragraph_text(10**30, 1) is None
    assert store.paragraph_text(1, 10**30) is None
    assert store.counts()["documents"] == 1


def test_failed_put_leaves_the_old_version_whole(store: Store) -> None:
    good = make_extraction(version="one")
    store.put_document(good, "h1")

    def everything() -> tuple[object, ...]:
        return (
            list(store.iter_snippets()),
            store.sources(),
            store.counts(),
            store.top_speakers(),
            store.generation(),
        )

    before = everything()

    bad = make_extraction(version="two", quotes=5)
    # A paragraph number twice breaks the write after the document row went in...
    twice = replace(bad, paragraphs=(*bad.paragraphs, bad.paragraphs[-1]))
    with pytest.raises(WRITE_FAILED):
        store.put_document(twice, "h2")
    # ...and a fact without a paragraph breaks it on the very last snippet row.
    broken = replace(bad.facts[-1], paragraph=None)
    last_row = replace(bad, facts=(*bad.facts[:-1], broken))
    with pytest.raises(WRITE_FAILED):
        store.put_document(last_row, "h2")

    assert everything() == before
    assert store.content_hash("docs/a.txt") == "h1"
    # The store is still usable: the connection was not left inside a failed transaction.
    store.put_document(bad, "h2")
    assert store.counts()["quotes"] == 5


def test_a_document_without_snippets_is_still_a_document(store: Store) -> None:
    doc_id = store.put_document(make_extraction(quotes=0, facts=0), "h1")
    assert [(s.id, s.quotes, s.facts) for s in store.sources()] == [(doc_id, 0, 0)]
    assert store.counts() == {"documents": 1, "quotes": 0, "facts": 0}
    assert list(store.iter_snippets()) == [] and store.paragraph_text(doc_id, 1) == "Report one"


def test_reopened_store_keeps_its_data(store_url: str) -> None:
    with open_store(store_url) as first:
        doc_id = first.put_document(make_extraction(), "h1")
        generation = first.generation()
    with open_store(store_url) as again:  # migrations are not applied twice
        assert again.content_hash("docs/a.txt") == "h1"
        assert again.generation() == generation
        assert again.sources()[0].id == doc_id


# --- Reading ----------------------------------------------------------------------------------


def test_sources_newest_first(store: Store) -> None:
    store.put_document(make_extraction(path="a.txt"), "ha")
    store.put_document(make_extraction(path="b.txt"), "hb")
    store.put_document(make_extraction(path="c.txt"), "hc")
    store.put_document(make_extraction(path="a.txt", version="two"), "ha2")  # a is newest now
    assert [s.document.path for s in store.sources()] == ["a.txt", "c.txt", "b.txt"]
    assert [s.document.path for s in store.sources(limit=2)] == ["a.txt", "c.txt"]
    assert store.sources(limit=0) == []


def test_snippets_in_the_order_asked_skipping_unknown(store: Store) -> None:
    store.put_document(make_extraction(), "h1")
    ids = [s.id for s in store.iter_snippets()]
    asked = [ids[3], 10**9, ids[0], -5, ids[4], ids[0]]
    assert [s.id for s in store.snippets(asked)] == [ids[3], ids[0], ids[4], ids[0]]
    assert store.snippets([]) == []
    assert store.snippets(iter([ids[1]]))[0].id == ids[1]  # any iterable
    many = ids * 40  # past the point where SQLite's planner once walked every document
    assert [s.id for s in store.snippets(many)] == many


def test_iter_snippets_pages_through_thousands_in_id_order(store: Store) -> None:
    # Both stores read 5,000 rows a page: 5,505 snippets cross one page boundary.
    store.put_document(make_extraction(path="small.txt"), "h0")
    store.put_document(make_extraction(path="big.txt", quotes=3000, facts=2500), "h1")
    ids = [s.id for s in store.iter_snippets()]
    assert len(ids) == 5505 and ids == sorted(ids) and len(set(ids)) == len(ids)
    for after in (ids[4990], ids[5003]):  # restarting below and above the boundary
        start = ids.index(after) + 1
        assert [s.id for s in store.iter_snippets(after_id=after)] == ids[start:]
    assert list(store.iter_snippets(after_id=ids[-1])) == []
    assert store.counts() == {"documents": 2, "quotes": 3003, "facts": 2502}


def test_paragraph_text(store: Store) -> None:
    extraction = make_extraction()
    doc_id = store.put_document(extraction, "h1")
    for paragraph in extraction.paragraphs:
        assert store.paragraph_text(doc_id, paragraph.number) == paragraph.text
    assert store.paragraph_text(doc_id, 99) is None
    assert store.paragraph_text(doc_id + 1, 1) is None


def test_paragraph_context_through_the_core(sample_bot: Citebot) -> None:
    snippet = next(s for s in sample_bot.store.iter_snippets() if "two-way" in s.text)
    found = sample_bot.context(snippet.id)
    assert found is not None
    assert found[1].startswith("“Overall, I think")


def _unicode_extraction(body: str) -> Extraction:
    title = "Отчёт 🚀 报告"
    text = f"{title}\n\n{body}\n"
    paragraphs = (
        Paragraph(1, 0, len(title), title),
        Paragraph(2, len(title) + 2, len(text) - 1, body),
    )
    start = text.index("Мы")
    quote = Quote("Мы построим 🌉 мост,", "Иван", "", 2, start, start + 19, "сказал")
    return Extraction(Document(title, path="ru/🚀.txt"), text, paragraphs, (quote,), ())


def test_offsets_survive_emoji_and_non_latin_scripts(store: Store) -> None:
    body = "“Мы построим 🌉 мост,” сказал Иван. Ещё 😀 текст."
    extraction = _unicode_extraction(body)
    doc_id = store.put_document(extraction, "h1")
    assert store.paragraph_text(doc_id, 1) == "Отчёт 🚀 报告"
    assert store.paragraph_text(doc_id, 2) == body
    [snippet] = store.iter_snippets()
    assert snippet.text == "Мы построим 🌉 мост," and snippet.speaker == "Иван"
    assert extraction.text[snippet.citation.start : snippet.citation.end] == snippet.text
    assert store.sources()[0].document.path == "ru/🚀.txt"


@pytest.fixture
def store_keeping_nul(store: Store, request: pytest.FixtureRequest) -> Store:
    return store


def test_nul_characters_neither_fail_nor_shift_offsets(store_keeping_nul: Store) -> None:
    # A NUL past decode()'s binary sniff can reach the store. PostgreSQL text cannot hold it:
    # the store may swap it for U+FFFD, never drop it or shift an offset.
    store = store_keeping_nul
    body = "“Мы построим 🌉 мост,” сказал Иван.\x00 Ещё 😀 текст."
    doc_id = store.put_document(_unicode_extraction(body), "h1")
    stored = store.paragraph_text(doc_id, 2)
    assert stored is not None
    assert stored.replace("\x00", "\ufffd") == body.replace("\x00", "\ufffd")
    assert [s.speaker for s in store.iter_snippets()] == ["Иван"]


def test_very_long_paths_and_speakers(store: Store) -> None:
    # Longer than a PostgreSQL B-tree entry may be (about 2.7 kB): a URL used as a path can be.
    path = "https://example.org/a?" + "q=1&" * 2000
    speaker = "Dr. " + "Longname-" * 600
    extraction = make_extraction(path=path, quotes=1, facts=0)
    extraction = replace(extraction, quotes=(replace(extraction.quotes[0], speaker=speaker),))
    store.put_document(extraction, "h1")
    store.put_document(extraction, "h2")  # replaced, not duplicated
    assert store.content_hash(path) == "h2"
    assert store.top_speakers() == [(speaker, 1)]
    assert [s.document.path for s in store.sources()] == [path]
    assert store.remove_document(path) and store.counts()["documents"] == 0


def test_counts_and_top_speakers(store: Store) -> None:
    assert store.counts() == {"documents": 0, "quotes": 0, "facts": 0}
    assert store.top_speakers() == []
    store.put_document(make_extraction(path="a.txt", quotes=6, facts=4), "ha")
    store.put_document(make_extraction(path="b.txt", quotes=2, facts=0), "hb")
    unattributed = make_extraction(path="c.txt", quotes=1, facts=0)
    nobody = replace(unattributed.quotes[0], speaker="")
    store.put_document(replace(unattributed, quotes=(nobody,)), "hc")
    assert store.counts() == {"documents": 3, "quotes": 9, "facts": 4}
    # Ana Lima: 3 + 1 quotes (her attributed fact does not count); Bo Chen 2 + 1; Cy Diaz 1.
    assert store.top_speakers() == [("Ana Lima", 4), ("Bo Chen", 3), ("Cy Diaz", 1)]
    assert store.top_speakers(1) == [("Ana Lima", 4)]
    store.put_document(make_extraction(path="d.txt", quotes=2, facts=0), "hd")
    # A tie is broken by name.
    assert store.top_speakers(2) == [("Ana Lima", 5), ("Bo Chen", 4)]


def _with_speakers(path: str, speakers: list[str], facts: int) -> Extraction:
    """A document whose quotes are said by ``speakers`` in turn ('' for an unattributed one)."""
    extraction = make_extraction(
        path=path, version=str(len(speakers)), quotes=len(speakers), facts=facts
    )
    quotes = tuple(
        replace(q, speaker=who) for q, who in zip(extraction.quotes, speakers, strict=True)
    )
    return replace(extraction, quotes=quotes)


def test_counts_and_top_speakers_follow_adds_replaces_and_removes_per_workspace(
    store: Store,
) -> None:
    # Counts are kept on write (SQLite: per document and per workspace speaker), so every kind
    # of change is checked against a count made afresh from what should be stored.
    rng = random.Random(5)
    people = ["Ana Lima", "Bo Chen", "Cy Diaz", "Dee Eng", ""]
    expected: dict[tuple[str, str], Extraction] = {}
    ids: dict[tuple[str, str], int] = {}
    for step in range(120):
        workspace = rng.choice(["", "T1", "T2"])
        key = (workspace, f"doc{rng.randrange(8)}.txt")
        action = rng.random()
        if action < 0.6:  # add, or replace a document already there
            said = rng.choices(people, k=rng.randrange(5))
            extraction = _with_speakers(key[1], said, facts=rng.randrange(3))
            ids[key] = store.put_document(extraction, f"h{step}", workspace=workspace)
            expected[key] = extraction
        elif action < 0.8:  # remove by path (a missing one removes nothing)
            assert store.remove_document(key[1], workspace) == (key in expected)
            expected.pop(key, None)
        elif key in ids:  # remove by id, first from the wrong workspace (nothing happens)
            other = "T1" if workspace != "T1" else "T2"
            assert not store.remove_document(str(ids[key]), other)
            assert store.remove_document(str(ids.pop(key)), workspace) == (key in expected)
            expected.pop(key, None)
        for space in ("", "T1", "T2"):
            held = [e for (w, _), e in expected.items() if w == space]
            said_here = Counter(q.speaker for e in held for q in e.quotes if q.speaker)
            assert store.counts(space) == {
                "documents": len(held),
                "quotes": sum(len(e.quotes) for e in held),
                "facts": sum(len(e.facts) for e in held),
            }, (step, space)
            ranked = sorted(said_here.items(), key=lambda pair: (-pair[1], pair[0]))
            assert store.top_speakers(10, space) == ranked, (step, space)
            assert store.top_speakers(2, space) == ranked[:2], (step, space)
    assert store.counts("nobody") == {"documents": 0, "quotes": 0, "facts": 0}
    assert store.top_speakers(workspace="nobody") == []


# --- Promises the incremental search index relies on -----------------------------------------


def test_generation_grows_on_every_change_only(store: Store) -> None:
    seen = [store.generation()]
    store.put_document(make_extraction(path="a.txt"), "ha")
    seen.append(store.generation())
    store.put_document(make_extraction(path="a.txt", version="two"), "ha2")
    seen.append(store.generation())
    store.put_document(make_extraction(path="b.txt"), "hb")
    seen.append(store.generation())
    list(store.iter_snippets())
    store.sources()
    store.claim_event("Ev1")
    assert store.generation() == seen[-1]  # reads and event claims change nothing
    assert store.remove_document("a.txt")
    seen.append(store.generation())
    assert seen == sorted(set(seen)), seen


def test_ids_are_never_reused(store: Store) -> None:
    store.put_document(make_extraction(path="a.txt"), "ha")
    b = store.put_document(make_extraction(path="b.txt"), "hb")
    b_ids = [s.id for s in store.iter_snippets() if s.document_id == b]
    assert store.remove_document("b.txt")  # the newest document and snippets go
    c = store.put_document(make_extraction(path="c.txt"), "hc")
    assert c > b
    assert min(s.id for s in store.iter_snippets() if s.document_id == c) > max(b_ids)


def test_identity_is_stable_and_tells_stores_apart(store_url: str, tmp_path: Path) -> None:
    with open_store(store_url) as first:
        identity = first.identity()
    with open_store(store_url) as again:
        assert again.identity() == identity
    if store_url.startswith("sqlite"):
        other_url = f"sqlite:///{tmp_path / 'other.db'}"
    else:
        other_url = store_url.replace("schema=", "schema=x")
    try:
        with open_store(other_url) as other:
            assert other.identity() != identity
    finally:
        if other_url.startswith("postgresql"):
            drop_schemas([other_url.rpartition("schema=")[2]])


def test_incremental_reader_misses_nothing_while_writers_race(store_url: str) -> None:
    """A reader asking only for ids above the last it saw gets every snippet three writers
    (each its own store, so its own connection) commit meanwhile."""
    stores = [open_store(store_url) for _ in range(4)]
    done = threading.Event()

    def write(n: int) -> None:
        for i in range(8):
            stores[n].put_document(make_extraction(path=f"w{n}/{i}.txt", quotes=3), f"h{i}")

    seen: list[int] = []
    reader = stores[3]

    def read() -> None:
        while True:
            finished = done.is_set()
            seen.extend(s.id for s in reader.iter_snippets(after_id=seen[-1] if seen else 0))
            if finished:
                return

    try:
        with ThreadPoolExecutor(4) as pool:
            reading = pool.submit(read)
            writers = [pool.submit(write, n) for n in range(3)]
            for future in writers:
                future.result()
            done.set()
            reading.result()
        assert sorted(seen) == seen
        assert seen == [s.id for s in reader.iter_snippets()]
        assert len(seen) == 3 * 8 * 5
    finally:
        for opened in stores:
            opened.close()


# --- Concurrency ------------------------------------------------------------------------------


REPLACING = {
    "one": make_extraction(version="one", quotes=7, facts=2),
    "two": make_extraction(version="two", quotes=2, facts=5),
}


def _read_while_replacing(store_url: str, check: Callable[[Store], str | None]) -> list[str]:
    """Run ``check`` on a second store over and over while the document flips between two
    versions; return what it found wrong."""
    writer, reader = open_store(store_url), open_store(store_url)
    writer.put_document(REPLACING["one"], "one")
    stop = threading.Event()
    problems: list[str] = []
    reads = 0

    def read() -> None:
        nonlocal reads
        while not stop.is_set():
            problem = check(reader)
            if problem:
                problems.append(problem)
            reads += 1

    try:
        thread = threading.Thread(target=read)
        thread.start()
        # At least 40 replacements, and more until the reader has had 20 turns among them.
        writes, deadline = 0, time.monotonic() + 5
        while writes < 40 or (reads < 20 and time.monotonic() < deadline):
            name = "two" if writes % 2 == 0 else "one"
            writer.put_document(REPLACING[name], name)
            writes += 1
        stop.set()
        thread.join()
    finally:
        writer.close()
        reader.close()
    assert reads >= 20, f"the reader had {reads} turns in 5 s"
    return problems


def test_readers_see_the_old_version_or_the_new_never_a_mix(store_url: str) -> None:
    counts_seen = [
        {"documents": 1, "quotes": len(e.quotes), "facts": len(e.facts)} for e in REPLACING.values()
    ]
    tops_seen = [Counter(q.speaker for q in e.quotes).most_common(1) for e in REPLACING.values()]

    def check(reader: Store) -> str | None:
        # Each call is checked on its own: a replace may land between two of them.
        counts = reader.counts()
        if counts not in counts_seen:
            return f"counts {counts}"
        top = reader.top_speakers(1)
        if top not in tops_seen:
            return f"top speaker {top}"
        hashes = [s.content_hash for s in reader.sources()]
        if hashes not in (["one"], ["two"]):
            return f"sources {hashes}"
        current = reader.content_hash("docs/a.txt")
        if current not in ("one", "two"):
            return f"content hash {current}"
        return None

    assert _read_while_replacing(store_url, check) == []


def test_a_walk_over_the_snippets_sees_one_version(store_url: str) -> None:
    def check(reader: Store) -> str | None:
        texts = [s.text for s in reader.iter_snippets()]
        versions = {"one" if "one" in t else "two" for t in texts}
        if len(texts) not in (9, 7) or len(versions) != 1:
            return f"{len(texts)} snippets from versions {sorted(versions)}"
        return None

    assert _read_while_replacing(store_url, check) == []


def test_claim_event_once_across_instances(store_url: str) -> None:
    with open_store(store_url) as a, open_store(store_url) as b:
        assert a.claim_event("Ev1")
        assert not b.claim_event("Ev1")
        assert not a.claim_event("Ev1")
        assert b.claim_event("Ev2")
        assert a.claim_event("ev1")  # ids are exact strings, case counts
        assert a.claim_event("Ev\x00null") and not b.claim_event("Ev\x00null")


def test_claim_event_race_between_threads(store_url: str) -> None:
    events = [f"Ev{i}" for i in range(25)]
    stores = [open_store(store_url), open_store(store_url)]
    start = threading.Barrier(8)

    def claim(n: int) -> list[str]:
        mine = stores[n % 2]
        start.wait()
        return [e for e in events if mine.claim_event(e)]

    try:
        with ThreadPoolExecutor(8) as pool:
            won = [e for result in pool.map(claim, range(8)) for e in result]
    finally:
        for opened in stores:
            opened.close()
    assert Counter(won) == Counter(events)  # every event won exactly once


_CLAIMER = """
import json, os, sys, time
from bot.store import open_store
url, gate, events = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
store = open_store(url)
print("ready", flush=True)
while not os.path.exists(gate):
    time.sleep(0.001)
won = [e for e in events if store.claim_event(e)]
store.close()
print(json.dumps(won), flush=True)
"""


def test_claim_event_race_between_processes(store_url: str, tmp_path: Path) -> None:
    events = [f"Ev{i}" for i in range(40)]
    open_store(store_url).close()  # migrate first, so the race is over events only
    gate = tmp_path / "go"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _CLAIMER, store_url, str(gate), ",".join(events)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        gate.touch()
        won: list[str] = []
        for process in processes:
            out, _ = process.communicate(timeout=20)
            assert process.returncode == 0
            won += json.loads(out)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    assert Counter(won) == Counter(events)  # every event won exactly once


# --- Opening: clear errors --------------------------------------------------------------------


def test_unknown_url_scheme_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match=r"expected sqlite:///path\.db or postgresql://"):
        open_store("mysql://nope")


def test_unreachable_postgres_is_a_clear_error() -> None:
    # Port 1 on loopback: nothing listens there, so the refusal is immediate.
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL.*Connection refused"):
        open_store("postgresql://postgres@127.0.0.1:1/test")


def test_password_never_appears_in_errors() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://postgres:s3cret-pw@127.0.0.1:1/test")
    assert "s3cret-pw" not in str(caught.value)
    assert "postgres:***@127.0.0.1:1" in str(caught.value)
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://127.0.0.1:1/test?user=postgres&password=s3cret-pw")
    assert "s3cret-pw" not in str(caught.value) and "password=***" in str(caught.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://postgres@127.0.0.1:notaport/test", "notaport"),
        ("postgresql://postgres@127.0.0.1:5432/test?colour=blue", "colour"),
        ("postgresql://postgres@[::1/test", "not a valid PostgreSQL URL"),
        ("postgresql://postgres@127.0.0.1:5432/test?schema=drop;table", "not a plain name"),
        ("postgresql://postgres@127.0.0.1:5432/test?schema=", "not a plain name"),
        ("postgresql://postgres@127.0.0.1:5432/test?schema=MySchema", "lower-case"),
    ],
)
def test_malformed_postgres_url_is_a_clear_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


@pytest.mark.postgres
def test_missing_postgres_database_is_a_clear_error(pg_schema_urls: Callable[[], str]) -> None:
    url = PG_URL.rpartition("/")[0] + "/citebot_no_such_database"
    with pytest.raises(StoreError, match='database "citebot_no_such_database" does not exist'):
        open_store(url)


@pytest.mark.postgres
def test_postgres_store_after_close_is_a_clear_error(pg_schema_urls: Callable[[], str]) -> None:
    store = open_store(pg_schema_urls())
    store.close()
    with pytest.raises(StoreError, match="the store is closed"):
        store.counts()


@pytest.mark.postgres
def test_postgres_store_survives_its_connections_being_killed(
    pg_schema_urls: Callable[[], str],
) -> None:
    name = f"citebot_test_{secrets.token_hex(4)}"
    with open_store(with_params(pg_schema_urls(), application_name=name)) as store:
        store.put_document(make_extraction(), "h1")
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            killed = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name = %s",
                (name,),
            ).fetchone()
        assert killed is not None and killed[0] >= 1
        time.sleep(0.05)
        assert store.counts()["documents"] == 1  # the pool noticed and reconnected


@pytest.mark.postgres
def test_postgres_options_with_spaces_reach_the_server(pg_schema_urls: Callable[[], str]) -> None:
    # As the README shows: `?options=-c%20name%3Dvalue`, a space inside the option.
    url = with_params(pg_schema_urls(), options="-c%20statement_timeout%3D4321")
    store = open_store(url)
    try:
        assert isinstance(store, PostgresStore)
        with store.connection() as conn:
            row = conn.execute("SHOW statement_timeout").fetchone()
        assert row is not None and row[0] == "4321ms"
    finally:
        store.close()


@pytest.mark.postgres
def test_postgres_options_in_the_url_reach_the_server(pg_schema_urls: Callable[[], str]) -> None:
    # libpq options are kept beside the schema: a read-only session cannot create the tables,
    # and says so.
    url = with_params(pg_schema_urls(), options="-cdefault_transaction_read_only%3Don")
    with pytest.raises(StoreError, match=r"cannot prepare the Citebot tables.*read-only"):
        open_store(url)


# -- digests: subscriptions and the exactly-once ledger (bot/digests) -----------------------


def test_digest_subscriptions_round_trip(store: Store) -> None:
    from bot.digests.values import Subscription

    assert store.subscription("T1", "C1") is None and store.subscriptions() == []
    first = Subscription(
        "T1",
        "C1",
        "09:00",
        "Europe/London",
        ("middle corridor", "Ölmarkt"),
        ("Lochman",),
        since="2026-03-28T08:00:00+00:00",
        watermark=41,
    )
    store.put_subscription(first)
    store.put_subscription(Subscription("", "C1", "18:30", "UTC", since="2026-03-28T08:00:00Z"))
    assert store.subscription("T1", "C1") == first
    local = store.subscription("", "C1")
    assert local is not None and local.since == "2026-03-28T08:00:00+00:00"
    changed = replace(first, enabled=False, topics=(), source="config")
    store.put_subscription(changed)
    assert store.subscriptions() == [local, changed]  # by workspace, then channel
    store.put_subscription(Subscription("T2", "C9", "07:00", "UTC"))  # no since: from now
    unset = store.subscription("T2", "C9")
    assert unset is not None and unset.since > "2026-01-01"
    store.put_subscription(unset)  # storing it again changes nothing
    assert store.subscription("T2", "C9") == unset


def test_a_digest_day_is_claimed_once_and_an_expired_claim_taken_over(store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    lease = now + timedelta(minutes=10)
    claim = store.claim_digest("T1", "C1", "2026-03-29", "a", now, lease)
    assert claim is not None and (claim.state, claim.holder, claim.attempts) == ("claimed", "a", 1)
    assert claim.lease_until == "2026-03-29T08:10:00+00:00"
    soon = now + timedelta(minutes=9)
    assert store.claim_digest("T1", "C1", "2026-03-29", "b", soon, lease) is None
    # Another channel, or another workspace's channel of the same id, is another claim.
    assert store.claim_digest("T2", "C1", "2026-03-29", "b", now, lease) is not None
    later = now + timedelta(minutes=11)
    taken = store.claim_digest("T1", "C1", "2026-03-29", "b", later, later + timedelta(minutes=10))
    assert taken is not None and (taken.holder, taken.attempts) == ("b", 2)
    assert not store.finish_digest(replace(claim, state="posted", message_ts="1.1"))  # lost it
    assert store.finish_digest(
        replace(taken, state="posted", message_ts="1.2", through_id=7, quote_id=3, cycle=1)
    )
    much_later = now + timedelta(days=1)
    assert store.claim_digest("T1", "C1", "2026-03-29", "c", much_later, much_later) is None
    (record,) = [r for r in store.digest_records("T1", "C1")]
    assert (record.state, record.message_ts, record.through_id, record.quote_id, record.cycle) == (
        "posted",
        "1.2",
        7,
        3,
        1,
    )


def test_a_released_digest_claim_waits_for_its_retry_time(store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    claim = store.claim_digest("", "C1", "2026-10-25", "a", now, now + timedelta(minutes=10))
    assert claim is not None
    retry = now + timedelta(minutes=5)
    assert store.release_digest("", "C1", "2026-10-25", "a", retry, "ratelimited")
    assert not store.release_digest("", "C1", "2026-10-25", "a", retry, "again")  # not held
    early = now + timedelta(minutes=4)
    assert store.claim_digest("", "C1", "2026-10-25", "b", early, retry) is None
    again = store.claim_digest("", "C1", "2026-10-25", "b", retry, retry + timedelta(minutes=9))
    assert again is not None and again.attempts == 2 and again.reason == "ratelimited"
    assert store.finish_digest(replace(again, state="skipped", reason="missed"))
    store.claim_digest("", "C1", "2026-10-24", "b", now, now)
    assert [(r.day, r.state) for r in store.digest_records("", "C1")] == [
        ("2026-10-25", "skipped"),
        ("2026-10-24", "claimed"),
    ]


def test_concurrent_digest_claims_have_one_winner(store_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    stores = [open_store(store_url) for _ in range(4)]
    barrier = threading.Barrier(8)

    def claim(n: int) -> bool:
        barrier.wait()
        got = stores[n % 4].claim_digest(
            "T1", "C1", "2026-03-29", f"runner{n}", now, now + timedelta(minutes=10)
        )
        return got is not None

    try:
        with ThreadPoolExecutor(8) as pool:
            wins = list(pool.map(claim, range(8)))
    finally:
        for opened in stores:
            opened.close()
    assert wins.count(True) == 1


def test_quote_pool_and_watermark(store: Store) -> None:
    assert store.last_snippet_id() == 0 and store.quote_ids() == []
    store.put_document(make_extraction(path="a.txt", quotes=2, facts=1), "ha")
    store.put_document(make_extraction(path="b.txt", quotes=1, facts=1), "hb")
    quotes = [s.id for s in store.iter_snippets() if s.kind == "quote"]
    assert store.quote_ids() == quotes
    top = store.last_snippet_id()
    assert top == max(s.id for s in store.iter_snippets())
    store.remove_document("b.txt")
    assert store.last_snippet_id() == top  # ids are never reused, so the watermark holds
    assert store.quote_ids() == quotes[:2]
