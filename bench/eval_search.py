"""Search quality on the labelled query set: top-1, top-3 and rejection, with baselines.

    python bench/eval_search.py [--queries FILE] [--doc NAME] [--background 1000] [--verbose]
                                [--db postgresql://...]

Loads the sample article and the Wikinews texts into a fresh SQLite store (or, with ``--db``,
a fresh schema of that PostgreSQL database, dropped at the end; then again mixed
into N synthetic background articles from bench/gen_corpus.py), runs every query of a set in
tests/fixtures/queries/ (default: the tuning set search.jsonl; heldout-test.jsonl is only ever
run, never read, and without --verbose) and prints, for Citebot and for three baselines timed
on the same snippets (rapidfuzz token_set_ratio and WRatio scans, SQLite FTS5 BM25):

- top-1 / top-3: share of answerable queries whose right snippet is first / in the first three;
- rejected: share of unanswerable queries whose best result is not confident;
- answered (Citebot only): share of answerable queries whose first result is right *and*
  confident — what a user gets as an answer rather than "no confident match";
- wrongly confident: share of answerable queries whose first result is wrong yet confident.

A label names the document (a file-name fragment) and a distinctive substring of the right
snippet, so changes in where extraction cuts a snippet do not break it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from bot.models import Snippet  # noqa: E402
from bot.service import Citebot  # noqa: E402
from bot.store import Store, open_store  # noqa: E402
from bot.store.sqlite import SQLiteStore  # noqa: E402

QUERIES = ROOT / "tests" / "fixtures" / "queries" / "search.jsonl"
WIKINEWS = ROOT / "tests" / "fixtures" / "corpus" / "wikinews"
SAMPLE = ROOT / "bot" / "sample_corpus"


@dataclass(frozen=True)
class Label:
    query: str
    category: str
    kind: str
    doc: str | None
    expect: str | None

    @property
    def answerable(self) -> bool:
        return self.expect is not None


@dataclass(frozen=True)
class Scores:
    top1: float
    top3: float
    rejected: float
    answered: float
    wrongly_confident: float
    answerable: int
    unanswerable: int
    misses: tuple[str, ...]
    ms_p50: float
    by_category: dict[str, tuple[int, int]]  # category -> (right first, answerable)


def load_labels(path: Path = QUERIES) -> list[Label]:
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            labels.append(
                Label(
                    raw["query"],
                    raw["category"],
                    raw.get("kind", "any"),
                    raw.get("doc"),
                    raw.get("expect"),
                )
            )
    return labels


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[“”\"‘’']", "'", text).lower().split())


def is_hit(snippet: Snippet, label: Label) -> bool:
    assert label.expect is not None and label.doc is not None
    return label.doc in snippet.citation.path and _norm(label.expect) in _norm(snippet.text)


# A search function: (query, kind) -> ranked snippets with a confident flag for the best.
SearchFn = Callable[[str, str], tuple[list[Snippet], bool]]


def evaluate(search: SearchFn, labels: Iterable[Label]) -> Scores:
    top1 = top3 = answerable = unanswerable = rejected = answered = wrong_sure = 0
    misses: list[str] = []
    times: list[float] = []
    by_category: dict[str, list[int]] = {}
    for label in labels:
        started = time.perf_counter()
        found, confident = search(label.query, label.kind)
        times.append((time.perf_counter() - started) * 1000)
        if label.answerable:
            answerable += 1
            hits = [is_hit(s, label) for s in found[:3]]
            top1 += bool(hits[:1] and hits[0])
            tally = by_category.setdefault(label.category, [0, 0])
            tally[0] += bool(hits[:1] and hits[0])
            tally[1] += 1
            top3 += any(hits)
            answered += bool(hits[:1] and hits[0] and confident)
            wrong_sure += bool(found and not hits[0] and confident)
            if not (hits[:1] and hits[0]):
                best = found[0].text[:70] if found else "(nothing)"
                misses.append(f"[{label.category}] {label.query!r} -> {best!r}")
        else:
            unanswerable += 1
            rejected += not confident
            if confident:
                misses.append(f"[unanswerable] {label.query!r} -> {found[0].text[:70]!r}")
    times.sort()
    return Scores(
        top1 / max(answerable, 1),
        top3 / max(answerable, 1),
        rejected / max(unanswerable, 1),
        answered / max(answerable, 1),
        wrong_sure / max(answerable, 1),
        answerable,
        unanswerable,
        tuple(misses),
        times[len(times) // 2] if times else 0.0,
        {name: (right, total) for name, (right, total) in sorted(by_category.items())},
    )


def load_corpus(bot: Citebot, background: int = 0) -> None:
    """The sample and the Wikinews texts, plus ``background`` synthetic articles."""
    if background:
        from bench.gen_corpus import extractions

        for extraction in extractions(background, seed=7):
            bot.store.put_document(extraction, extraction.document.path)
    bot.load_sample()
    bot.ingest([str(WIKINEWS)])


def citebot_search(bot: Citebot) -> SearchFn:
    def search(query: str, kind: str) -> tuple[list[Snippet], bool]:
        result = bot.ask(query, kind=kind, limit=3)
        return [m.snippet for m in result.matches], result.confident

    return search


def scan_search(snippets: list[Snippet], scorer: Callable[..., float]) -> SearchFn:
    """The naive baseline: score every snippet with a rapidfuzz scorer; confident at 60."""
    choices = [utils.default_process(f"{s.speaker} {s.text}") for s in snippets]

    def search(query: str, kind: str) -> tuple[list[Snippet], bool]:
        hits = process.extract(
            utils.default_process(query), choices, scorer=scorer, processor=None, limit=50
        )
        found = [snippets[i] for _, _, i in hits if kind == "any" or snippets[i].kind == kind]
        return found[:3], bool(hits) and hits[0][1] >= 60

    return search


def fts_search(snippets: list[Snippet]) -> SearchFn:
    """The FTS5 baseline: BM25 over an OR of the query's words (no rejection: always sure)."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, speaker, tokenize='porter unicode61')")
    db.executemany(
        "INSERT INTO f (rowid, text, speaker) VALUES (?, ?, ?)",
        [(i, s.text, s.speaker) for i, s in enumerate(snippets)],
    )

    def search(query: str, kind: str) -> tuple[list[Snippet], bool]:
        words = re.findall(r"\w+", query.lower())
        if not words:
            return [], False
        match = " OR ".join(f'"{w}"' for w in words)
        rows = db.execute(
            "SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 50", (match,)
        ).fetchall()
        found = [snippets[r[0]] for r in rows if kind == "any" or snippets[r[0]].kind == kind]
        return found[:3], bool(found)

    return search


def report(name: str, scores: Scores, confidence: bool = False) -> str:
    line = (
        f"{name:<28} top-1 {scores.top1:6.1%}  top-3 {scores.top3:6.1%}  "
        f"rejected {scores.rejected:6.1%}  p50 {scores.ms_p50:7.2f} ms"
    )
    if confidence:
        line += (
            f"  answered {scores.answered:6.1%}  wrongly confident {scores.wrongly_confident:6.1%}"
        )
    return line


@contextmanager
def fresh_store(folder: Path, db: str = "") -> Iterator[Store]:
    """An empty store: an SQLite file in ``folder``, or with a PostgreSQL URL a new schema of
    that database (``citebot_bench_<pid>_<random>``), dropped when done."""
    if not db:
        store: Store = SQLiteStore(folder / "bench.db")
        try:
            yield store
        finally:
            store.close()
        return
    if not db.startswith(("postgresql://", "postgres://")):
        raise SystemExit(f"--db {db!r}: expected a postgresql:// URL (SQLite is the default)")
    import psycopg
    from psycopg import sql

    schema = f"citebot_bench_{os.getpid()}_{secrets.token_hex(3)}"
    store = open_store(f"{db}{'&' if '?' in db else '?'}schema={schema}")
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(db, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
            )


def run(
    background: int, verbose: bool, queries: Path = QUERIES, doc: str = "", db: str = ""
) -> dict[str, Scores]:
    labels = [
        label
        for label in load_labels(queries)
        if not doc or not label.answerable or (label.doc is not None and doc in label.doc)
    ]
    with tempfile.TemporaryDirectory() as tmp, fresh_store(Path(tmp), db) as store:
        bot = Citebot(store)
        started = time.perf_counter()
        load_corpus(bot, background)
        snippets = list(store.iter_snippets())
        unreachable = [
            lab.query
            for lab in labels
            if lab.answerable and not any(is_hit(s, lab) for s in snippets)
        ]
        print(
            f"corpus: {store.counts()['documents']} documents, {len(snippets)} snippets"
            f" (background {background}), loaded in {time.perf_counter() - started:.1f}s;"
            f" {sum(lab.answerable for lab in labels)} answerable and"
            f" {sum(not lab.answerable for lab in labels)} unanswerable queries"
        )
        results = {
            "citebot": evaluate(citebot_search(bot), labels),
            "rapidfuzz token_set_ratio": evaluate(
                scan_search(snippets, fuzz.token_set_ratio), labels
            ),
            "rapidfuzz WRatio": evaluate(scan_search(snippets, fuzz.WRatio), labels),
            "sqlite fts5 bm25": evaluate(fts_search(snippets), labels),
        }
        for name, scores in results.items():
            print(report(name, scores, confidence=name == "citebot"))
        # Aggregates per category (fine for a held-out set: no query is shown).
        print(
            "citebot top-1 by category: "
            + ", ".join(
                f"{name} {right}/{total}"
                for name, (right, total) in results["citebot"].by_category.items()
            )
        )
        if unreachable:
            # The queries themselves only with --verbose: a held-out set's lines stay unread.
            print(f"  {len(unreachable)} label(s) no snippet holds (extraction, not search)")
            for query in unreachable if verbose else ():
                print(f"    {query!r}")
        if verbose:
            for miss in results["citebot"].misses:
                print("  miss", miss)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="Search quality on the labelled query set.")
    parser.add_argument("--background", type=int, default=0, help="synthetic articles mixed in")
    parser.add_argument("--verbose", action="store_true", help="list Citebot's misses")
    parser.add_argument(
        "--doc",
        default="",
        help="only answerable queries about documents whose name holds this (and every "
        "unanswerable one), e.g. kazakhstan for the sample article",
    )
    parser.add_argument(
        "--queries",
        type=Path,
        default=QUERIES,
        help="query set (default: the tuning set; heldout-test.jsonl is only run, never read)",
    )
    parser.add_argument(
        "--db",
        default="",
        help="a PostgreSQL URL: measure on a fresh schema of that database (default: SQLite)",
    )
    args = parser.parse_args()
    backend = "PostgreSQL" if args.db else "SQLite"
    print(f"== {time.strftime('%Y-%m-%d')} · {args.queries.name} · {backend} ==")
    run(0, args.verbose, args.queries, args.doc, args.db)
    if args.background:
        run(args.background, args.verbose, args.queries, args.doc, args.db)


if __name__ == "__main__":
    main()
