"""Search speed: p50/p99 per query at 10k, 100k and 1M snippets, against the naive scan.

    python bench/search_bench.py [--sizes 10000,100000,1000000] [--queries 300] [--ingest 20000]
                                 [--db postgresql://...]

For each size: build a SQLite store of synthetic snippets (bench/gen_corpus.py, built straight
into quotes and facts) plus the real sample and Wikinews texts, build the index, then in a
fresh process run a batch of queries (the labelled set plus queries cut from random snippets,
some with a typo) and report p50/p99, resident memory, store and index size. The naive baseline
(rapidfuzz token_set_ratio over every snippet) is timed in the same run on a few queries.
``--ingest N`` also measures end-to-end ingest (files on disk → extraction → store → index) of
N/6 synthetic article files through ``Citebot.ingest`` in a fresh process, ``--ingest-runs``
times (median reported, with the CPU seconds of the ingesting process and of its worker pool).

With ``--db URL`` (PostgreSQL) each size is loaded into its own schema of that database,
``citebot_bench_<size>``, kept afterwards and reused by the next run when it holds the same
snippets (``--fresh`` loads again); search then runs on PostgreSQL's own indexes (there is no
index to build), and the sizes reported are the tables' and their indexes'.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval_search import SAMPLE, WIKINEWS, load_labels  # noqa: E402
from bench.gen_corpus import direct_extractions, write  # noqa: E402
from bot.service import Citebot  # noqa: E402
from bot.store import Store, open_store  # noqa: E402
from bot.store.postgres import PostgresStore  # noqa: E402

SERVE = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from bot.service import Citebot
from bot.store import open_store
bot = Citebot(open_store(sys.argv[1]))
queries = json.loads(open(sys.argv[2]).read())
bot.ask("warm up")
times = []
for q in queries:
    started = time.perf_counter()
    bot.ask(q, limit=5)
    times.append((time.perf_counter() - started) * 1000)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"times": times, "rss_mb": rss}))
"""


INGEST = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
bot = Citebot(SQLiteStore(sys.argv[1]))
def cpu(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
started, main, pool = time.perf_counter(), cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
summary = bot.ingest([sys.argv[2]])
print(json.dumps({
    "files": summary.documents,
    "snippets": summary.quotes + summary.facts,
    "seconds": time.perf_counter() - started,
    "main_cpu_s": cpu(resource.RUSAGE_SELF) - main,
    "pool_cpu_s": cpu(resource.RUSAGE_CHILDREN) - pool,
}))
"""


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def make_queries(texts: list[str], count: int, seed: int = 3) -> list[str]:
    """Queries cut from snippets: 3–6 consecutive words, one in four with a typo."""
    rng = random.Random(seed)
    queries = [label.query for label in load_labels()]
    while len(queries) < count:
        words = rng.choice(texts).split()
        if len(words) < 4:
            continue
        n = rng.randint(3, min(6, len(words)))
        start = rng.randint(0, len(words) - n)
        picked = words[start : start + n]
        if rng.random() < 0.25:
            i = rng.randrange(len(picked))
            w = picked[i]
            if len(w) > 4:
                j = rng.randrange(1, len(w) - 1)
                picked[i] = w[:j] + w[j + 1 :]
        queries.append(" ".join(picked))
    return queries[:count]


def bench_size(
    size: int, n_queries: int, naive_queries: int, folder: Path, db: str = "", fresh: bool = False
) -> dict[str, float]:
    path = folder / f"bench-{size}.db"
    url = pg_bench_url(db, size) if db else f"sqlite:///{path}"
    if db and fresh:
        drop_schema(db, f"citebot_bench_{size}")
    store: Store = open_store(url)
    bot = Citebot(store)
    started = time.perf_counter()
    reused = bool(db) and store.counts()["documents"] > 0
    if not reused:
        for extraction in direct_extractions(size):
            store.put_document(extraction, extraction.document.path)
    stored = time.perf_counter() - started
    started = time.perf_counter()
    bot.ingest([str(WIKINEWS / "*.txt"), str(SAMPLE / "*.txt")])  # SQLite: builds the index
    indexed = time.perf_counter() - started
    texts = [s.text for s in store.iter_snippets()]
    total = len(texts)
    queries = make_queries(texts, n_queries)
    query_file = folder / f"queries-{size}.json"
    query_file.write_text(json.dumps(queries))
    bot.searcher.close()
    store.close()
    run = subprocess.run(
        [sys.executable, "-c", SERVE, url, str(query_file), str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
    )
    served = json.loads(run.stdout.strip().splitlines()[-1])
    times = sorted(served["times"])
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    # The naive baseline, timed now on the same snippets and the first queries.
    from rapidfuzz import fuzz, process, utils

    choices = [utils.default_process(t) for t in texts]
    naive_times = []
    for query in queries[:naive_queries]:
        started = time.perf_counter()
        process.extract(utils.default_process(query), choices, scorer=fuzz.token_set_ratio, limit=5)
        naive_times.append((time.perf_counter() - started) * 1000)
    naive = statistics.median(naive_times)
    figures = {
        "snippets": total,
        "store_s": "reused" if reused else round(stored, 1),
        "index_build_s": round(indexed, 1),
        "p50_ms": round(p50, 2),
        "p99_ms": round(p99, 2),
        "naive_p50_ms": round(naive, 1),
        "speedup": round(naive / p50, 0),
        "rss_mb": round(served["rss_mb"], 0),
    }
    if db:
        return {**figures, **pg_sizes(url)}
    index_dir = path.with_name(path.name + ".index")
    return {
        **figures,
        "index_mb": round(_size(index_dir) / 1e6, 1),
        "store_mb": round(_size(path) / 1e6, 1),
    }


def pg_bench_url(db: str, size: int) -> str:
    """The URL of the schema a size is kept in on the PostgreSQL server at ``db``."""
    if not db.startswith(("postgresql://", "postgres://")):
        raise SystemExit(f"--db {db!r}: expected a postgresql:// URL (SQLite is the default)")
    return f"{db}{'&' if '?' in db else '?'}schema=citebot_bench_{size}"


def drop_schema(db: str, schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def pg_sizes(url: str) -> dict[str, float]:
    """Megabytes on disk: the snippets table with its indexes, the full-text index alone, and
    every table of the schema (documents and their text included)."""
    store = open_store(url)
    assert isinstance(store, PostgresStore)
    with store.connection() as conn:
        row = conn.execute(
            "SELECT pg_total_relation_size('snippets'), pg_relation_size('snippets_terms'),"
            " (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
            "  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r')"
        ).fetchone()
    store.close()
    assert row is not None
    return {
        "snippets_table_mb": round(row[0] / 1e6, 1),
        "gin_index_mb": round(row[1] / 1e6, 1),
        "schema_mb": round(float(row[2]) / 1e6, 1),
    }


def bench_ingest(snippets: int, folder: Path, runs: int = 3) -> dict[str, Any]:
    """End to end: synthetic article files → extraction → store → index, via Citebot.ingest.

    ``snippets // 6`` article files are written once, then ingested ``runs`` times, each into
    a fresh store, in a fresh process (as a user would run it). Reports the median rate, each
    run's, and where the CPU time went: this process (store, index) and the extraction pool.
    """
    articles = folder / "articles"
    write(articles, max(1, snippets // 6), seed=11)
    results = []
    for run in range(runs):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                INGEST,
                str(folder / f"ingest-{run}.db"),
                str(articles),
                str(ROOT),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    rates = [r["snippets"] / r["seconds"] for r in results]
    middle = sorted(results, key=lambda r: r["snippets"] / r["seconds"])[len(results) // 2]
    return {
        "files": middle["files"],
        "snippets": middle["snippets"],
        "seconds": round(middle["seconds"], 2),
        "snippets_per_s": round(statistics.median(rates)),
        "runs_per_s": [round(rate) for rate in rates],
        "main_cpu_s": round(middle["main_cpu_s"], 2),
        "pool_cpu_s": round(middle["pool_cpu_s"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Search speed at several corpus sizes.")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--naive-queries", type=int, default=5)
    parser.add_argument(
        "--ingest", type=int, default=20000, help="ingest N/6 article files (0: skip)"
    )
    parser.add_argument("--ingest-runs", type=int, default=3, help="ingest runs; median reported")
    parser.add_argument(
        "--db", default="", help="a PostgreSQL URL: measure search there (default: SQLite)"
    )
    parser.add_argument(
        "--fresh", action="store_true", help="with --db: load the schemas again, not reuse them"
    )
    args = parser.parse_args()
    print(
        f"== {time.strftime('%Y-%m-%d')}  search_bench {' '.join(sys.argv[1:])}  "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs) =="
    )
    with tempfile.TemporaryDirectory(dir=ROOT / "data" if (ROOT / "data").is_dir() else None) as t:
        folder = Path(t)
        if args.ingest:
            figures = bench_ingest(args.ingest, folder, args.ingest_runs)
            print("ingest", json.dumps(figures), flush=True)
        for size in (int(s) for s in args.sizes.split(",")):
            figures = bench_size(
                size, args.queries, args.naive_queries, folder, args.db, args.fresh
            )
            print(f"size {size:>8}", json.dumps(figures), flush=True)
    print(f"(parent max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
