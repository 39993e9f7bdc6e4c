"""Time the store operations the bot leans on, on SQLite and PostgreSQL, at a chosen size.

    .venv/bin/python -m bench.store_bench --snippets 100000
    .venv/bin/python -m bench.store_bench --snippets 1000000 --only postgres
    .venv/bin/python -m bench.store_bench --snippets 1000000 --only sqlite --corpus articles \
        --file /tmp/store-1m.db --counts-only

PostgreSQL runs in a throwaway schema of CITEBOT_TEST_POSTGRES_URL (default the local test
database), dropped at the end; SQLite in a temporary file, or in ``--file`` PATH, kept and
reused by the next run (opening it applies pending migrations: timed and printed). Documents
are ``lines`` (100 snippets each, 200 speakers) or ``articles`` (bench/gen_corpus.py's
synthetic articles built straight into quotes and facts, 50 each, ~1,500 speakers).
``--counts-only`` times just counts() and top_speakers(), what the App Home tab and `help` read.
Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import psycopg
from psycopg import sql

from bench.gen_corpus import direct_extractions
from bot.models import Document, Extraction, Fact, Paragraph, Quote
from bot.store import Store, open_store

PG_URL = os.environ.get("CITEBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SPEAKERS = [f"Speaker {i}" for i in range(200)]


def document(n: int, per_doc: int) -> Extraction:
    """One synthetic document with ``per_doc`` snippets, one paragraph each."""
    blocks = [f"Report {n}"] + [
        f"“Line {n}-{i}: we will build {i % 97} bridges by {2000 + i % 30},” said someone."
        for i in range(per_doc)
    ]
    text = "\n\n".join(blocks)
    paragraphs, position = [], 0
    for number, block in enumerate(blocks, start=1):
        paragraphs.append(Paragraph(number, position, position + len(block), block))
        position += len(block) + 2
    quotes = tuple(
        Quote(p.text, SPEAKERS[(n + i) % len(SPEAKERS)], "", p.number, p.start, p.end, "said")
        for i, p in enumerate(paragraphs[1:])
        if i % 3
    )
    facts = tuple(
        Fact(p.text, p.number, p.start, p.end, (f"{i % 97} bridges",))
        for i, p in enumerate(paragraphs[1:])
        if not i % 3
    )
    return Extraction(
        Document(f"Report {n}", path=f"bench/{n}.txt"), text, tuple(paragraphs), quotes, facts
    )


def timed(label: str, fn: Callable[[], object], repeat: int = 20) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(
        f"  {label:<34} median {statistics.median(times):8.2f} ms"
        f"   p90 {times[int(len(times) * 0.9) - 1]:8.2f} ms"
    )


def documents(corpus: str, total: int, per_doc: int) -> Iterator[Extraction]:
    """The bench's documents, built one at a time: 1M snippets do not fit twice."""
    if corpus == "articles":
        yield from direct_extractions(total, per_document=per_doc)
    else:
        yield from (document(n, per_doc) for n in range(max(1, total // per_doc)))


def fill(store: Store, extractions: Iterable[Extraction]) -> list[str]:
    """Put every document; print the rate; return their paths in order."""
    took, snippets, paths = 0.0, 0, []
    for n, extraction in enumerate(extractions):
        started = time.perf_counter()
        store.put_document(extraction, f"h{n}")
        took += time.perf_counter() - started
        snippets += len(extraction.quotes) + len(extraction.facts)
        paths.append(extraction.document.path)
    print(f"  put_document: {snippets / took:,.0f} snippets/s ({len(paths)} docs)")
    return paths


def time_counts(store: Store) -> None:
    timed("counts()", store.counts)
    timed("top_speakers(5)", store.top_speakers)


def run(store: Store, corpus: str, total: int, per_doc: int, counts_only: bool) -> None:
    paths = [s.document.path for s in store.sources()]
    if paths:
        print(f"  reusing the store: {store.counts()}")
    else:
        paths = fill(store, documents(corpus, total, per_doc))
    if counts_only:
        time_counts(store)
        return
    docs = len(paths)

    started = time.perf_counter()
    count = sum(1 for _ in store.iter_snippets())
    took = time.perf_counter() - started
    print(f"  iter_snippets full walk: {count:,} in {took:.2f} s ({count / took:,.0f}/s)")

    ids = [1 + (i * 7919) % count for i in range(200)]
    timed("snippets(200 ids)", lambda: store.snippets(ids))
    timed("generation()", store.generation, 200)
    time_counts(store)
    timed("sources()", store.sources)
    timed("paragraph_text()", lambda: store.paragraph_text(docs // 2 + 1, per_doc // 2))
    timed("content_hash()", lambda: store.content_hash(paths[docs // 2]), 200)
    event = iter(range(10**9))
    timed("claim_event(new id)", lambda: store.claim_event(f"Ev{next(event)}"), 200)
    replacement = next(documents(corpus, per_doc, per_doc))  # the first document again
    timed("put_document (replace one doc)", lambda: store.put_document(replacement, "r"), 10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snippets", type=int, default=100_000)
    parser.add_argument("--per-doc", type=int, default=100)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    parser.add_argument("--corpus", choices=["lines", "articles"], default="lines")
    parser.add_argument("--file", type=Path, help="SQLite store kept here and reused")
    parser.add_argument("--counts-only", action="store_true")
    args = parser.parse_args()
    bench = (args.corpus, args.snippets, args.per_doc, args.counts_only)
    if args.only != "postgres":
        with tempfile.TemporaryDirectory() as folder:
            print(f"sqlite ({args.snippets:,} snippets, {args.corpus})")
            started = time.perf_counter()
            with open_store(f"sqlite:///{args.file or Path(folder) / 'bench.db'}") as store:
                print(f"  open (migrations included): {time.perf_counter() - started:.2f} s")
                run(store, *bench)
    if args.only != "sqlite":
        schema = f"citebot_bench_{secrets.token_hex(4)}"
        print(f"postgres ({args.snippets:,} snippets)")
        try:
            with open_store(f"{PG_URL}?schema={schema}") as store:
                run(store, *bench)
        finally:
            with psycopg.connect(PG_URL, autocommit=True) as admin:
                admin.execute(
                    sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
                )


if __name__ == "__main__":
    main()
