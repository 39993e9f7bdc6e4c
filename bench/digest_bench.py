"""Digests at scale: compose time per channel, a whole run over many channels, and posts under
contention — the store's claim against the naive check-then-post.

A store gets ``--background`` synthetic snippets, ``--channels`` subscriptions (a third with
topics, a third with speakers), then ``--new`` snippets "ingested overnight". Posting goes to
an in-memory poster that waits ``--latency`` ms, as a Slack call would.

    python bench/digest_bench.py [--db URL] [--background 20000] [--new 2000] [--channels 100]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.digests import subscriptions
from bot.digests.compose import Composer
from bot.digests.runner import DigestOptions, DigestRunner, Posted
from bot.digests.values import Digest, DigestRecord
from bot.service import Citebot
from bot.store import open_store

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.gen_corpus import direct_extractions  # noqa: E402

TOPICS = ("budget", "trade corridor", "energy", "rail", "water")
SUBSCRIBED = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)


class CountingPoster:
    """Counts posts per (channel, day); each post takes ``latency`` seconds."""

    def __init__(self, latency: float):
        self.latency = latency
        self.posts: dict[str, int] = {}
        self.lock = threading.Lock()

    def post(self, digest: Digest) -> str:
        time.sleep(self.latency)
        with self.lock:
            self.posts[digest.key] = self.posts.get(digest.key, 0) + 1
        return "1.0"

    def find(self, record: DigestRecord, since: datetime) -> Posted | None:
        return None

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.posts.values())


def naive_run(bot: Citebot, poster: CountingPoster, now: datetime) -> None:
    """Check the ledger, post, then record: what a runner without an atomic claim does."""
    composer = Composer(bot)
    day = now.date().isoformat()
    for sub in bot.store.subscriptions():
        if any(r.day == day for r in bot.store.digest_records(sub.workspace, sub.channel)):
            continue
        poster.post(composer.compose(sub, now.date()))
        claim = bot.store.claim_digest(sub.workspace, sub.channel, day, "naive", now, now)
        if claim is not None:
            from dataclasses import replace

            bot.store.finish_digest(replace(claim, state="posted"))


def contended(run: object, threads: int) -> float:
    barrier = threading.Barrier(threads)

    def one(_: int) -> None:
        barrier.wait()
        run()  # type: ignore[operator]

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, range(threads)))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--background", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=2_000)
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--latency", type=float, default=5.0, help="ms per post")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    url = args.db or f"sqlite:///{folder / 'bench.db'}"
    bot = Citebot(open_store(url), index_dir=folder / "index")
    started = time.perf_counter()
    for extraction in direct_extractions(args.background, seed=1):
        bot.store.put_document(extraction, extraction.document.path)
    speakers = [name for name, _ in bot.store.top_speakers(10)]
    for n in range(args.channels):
        sub = subscriptions.schedule(bot.store, "", f"C{n:04d}", "09:00", "UTC", SUBSCRIBED)
        if n % 3 == 1:
            subscriptions.set_topics(bot.store, sub.workspace, sub.channel, (TOPICS[n % 5],))
        elif n % 3 == 2:
            subscriptions.set_speakers(bot.store, sub.workspace, sub.channel, (speakers[n % 10],))
    for extraction in direct_extractions(args.new, seed=2):
        renamed = extraction.document.path.replace("synthetic", "overnight")
        doc = extraction.document.__class__(extraction.document.title, path=renamed)
        bot.store.put_document(extraction.__class__(doc, "", (), extraction.quotes,
                                                     extraction.facts), renamed)  # fmt: skip
    bot.searcher.sync()
    print(
        f"store {url.split('?')[0]}: {bot.store.counts()} in {time.perf_counter() - started:.1f} s"
    )

    composer = Composer(bot)
    times: dict[str, list[float]] = {"plain": [], "topics": [], "speakers": []}
    for sub in bot.store.subscriptions():
        kind = "topics" if sub.topics else "speakers" if sub.speakers else "plain"
        began = time.perf_counter()
        composer.compose(sub, DUE.date())
        times[kind].append((time.perf_counter() - began) * 1000)
    for kind, found in times.items():
        print(f"compose ({kind}, {len(found)} channels): median {statistics.median(found):.1f} ms,"
              f" max {max(found):.1f} ms")  # fmt: skip

    latency = args.latency / 1000
    poster = CountingPoster(latency)
    one = DigestRunner(bot, poster, DigestOptions())
    began = time.perf_counter()
    outcomes = one.run_due(DUE)
    took = time.perf_counter() - began
    each = took / max(len(outcomes), 1) * 1000
    print(f"run-due, 1 runner: {len(outcomes)} digests in {took:.2f} s"
          f" ({each:.1f} ms each incl. {args.latency:g} ms post)")  # fmt: skip

    day = itertools.count(1)
    claim_poster = CountingPoster(latency)
    at = DUE + timedelta(days=next(day))

    def claimed() -> None:
        DigestRunner(bot, claim_poster, DigestOptions()).run_due(at)

    claim_time = contended(claimed, args.threads)
    naive_poster = CountingPoster(latency)
    naive_at = DUE + timedelta(days=next(day))
    naive_time = contended(lambda: naive_run(bot, naive_poster, naive_at), args.threads)
    print(f"{args.threads} runners at once, {args.channels} channels:"
          f" claim {sum(claim_poster.posts.values())} posts, {claim_poster.duplicates} duplicates"
          f" in {claim_time:.2f} s; naive check-then-post {sum(naive_poster.posts.values())} posts,"
          f" {naive_poster.duplicates} duplicates in {naive_time:.2f} s")  # fmt: skip
    bot.store.close()


if __name__ == "__main__":
    main()
