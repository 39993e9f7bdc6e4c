"""Throughput with 1, 2, 4 … serving processes over one store, through a fake Slack.

For each count N: start N `citebot serve --mode http` processes against the same store (a
PostgreSQL database, or any store URL) and the same fake Slack on 127.0.0.1, then send rounds of
signed `/quote` and `/fact` commands spread evenly over them, as a load balancer would (the
commands of a round all at once). Prints, per N, answers per second (commands answered on their
response URLs over the wall time of the rounds), p50/p99 time to the answer, and p99 time to
Slack's acknowledgement. Requests and helpers are those of bench/slack_bench.py.

    python bench/processes_bench.py --db 'postgresql://postgres@127.0.0.1:5432/test?schema=citebot_bench_100000'
    python bench/processes_bench.py --db URL --processes 1,2,4 --n 32 --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.slack_bench import fire, percentile, queries, start_app  # noqa: E402
from bot.service import Citebot  # noqa: E402
from bot.store import open_store  # noqa: E402
from tests.slack.fake_slack import FakeSlack  # noqa: E402


def spread(urls: list[str], fake: FakeSlack, batch: list[tuple[str, str]], tag: str) -> list[dict]:
    """Send ``batch`` at once, one share per process; return every request's timings."""
    shares = [batch[i :: len(urls)] for i in range(len(urls))]
    results: list[list[dict]] = [[] for _ in urls]

    def send(i: int) -> None:
        if shares[i]:
            results[i] = fire(urls[i], fake, shares[i], f"{tag}-p{i}")

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(urls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for share in results for r in share]


def measure(
    db_url: str, processes: int, n: int, rounds: int, seed: int, bot: Citebot
) -> dict[str, object]:
    fake = FakeSlack()
    apps = []
    try:
        for _ in range(processes):
            apps.append(start_app(db_url, fake, load_sample=False))
        urls = [url for _, url in apps]
        spread(urls, fake, queries(bot, 2 * processes, seed), "warm")  # every process warm
        results: list[dict] = []
        started = time.monotonic()
        for round_no in range(rounds):
            results += spread(urls, fake, queries(bot, n, seed + 1 + round_no), f"r{round_no}")
        wall = time.monotonic() - started
    finally:
        for app, _ in apps:
            app.terminate()
        for app, _ in apps:
            app.wait(timeout=10)
        fake.close()
    answers = [r["answer"] * 1000 for r in results]
    acks = [r["ack"] * 1000 for r in results]
    return {
        "processes": processes,
        "requests": len(results),
        "answered": sum(r["kind"] == "answer" for r in results),
        "answers_per_s": round(len(results) / wall, 1),
        "answer_p50_ms": round(statistics.median(answers), 1),
        "answer_p99_ms": round(percentile(answers, 99), 1),
        "ack_p99_ms": round(percentile(acks, 99), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="store URL every process serves")
    parser.add_argument("--processes", default="1,2,4", help="process counts to measure")
    parser.add_argument("--n", type=int, default=32, help="commands sent at once per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    store = open_store(args.db)
    bot = Citebot(store)  # only to read snippets for realistic queries
    counts = store.counts()
    print(
        f"== {time.strftime('%Y-%m-%d')}  processes_bench {' '.join(sys.argv[1:])}  "
        f"({counts['quotes'] + counts['facts']:,} snippets; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs) =="
    )
    for processes in (int(p) for p in args.processes.split(",")):
        figures = measure(args.db, processes, args.n, args.rounds, args.seed, bot)
        print(json.dumps(figures), flush=True)
    store.close()


if __name__ == "__main__":
    main()
