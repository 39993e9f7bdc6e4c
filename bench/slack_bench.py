"""Fire concurrent slash commands at the Slack app in HTTP mode, through a fake Slack.

`citebot serve` (Bolt behind waitress) runs in its own process, as in production, and
answers signed `/quote` and `/fact` requests; a fake Slack on 127.0.0.1 (in this process)
receives the answers on their response URLs.
Prints how many were acknowledged within Slack's 3 seconds, p50/p99/max time to the ack,
and p50/p99/max time until the answer reached the response URL.

    python bench/slack_bench.py                      # the sample corpus in a temp SQLite file
    python bench/slack_bench.py --db sqlite:///big.db --n 50 --rounds 3

Targets (issue 5): every one acked within 3 s, p99 ack < 200 ms, p99 answer < 1 s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import Citebot  # noqa: E402
from bot.store import open_store  # noqa: E402
from tests.slack.conftest import payload, sign  # noqa: E402
from tests.slack.fake_slack import FakeSlack  # noqa: E402

SECRET = "bench-signing-secret"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def queries(bot: Citebot, n: int, seed: int) -> list[tuple[str, str]]:
    """Realistic queries: three to five consecutive words of stored snippets."""
    rng = random.Random(seed)
    pool = []
    for snippet in bot.store.iter_snippets():
        pool.append(snippet)
        if len(pool) >= 5_000:
            break
    if not pool:
        raise SystemExit("the store is empty: load documents first")
    chosen = []
    for _ in range(n):
        snippet = rng.choice(pool)
        words = snippet.text.split()
        size = rng.randint(3, 5)
        start = rng.randrange(max(1, len(words) - size))
        command = "/quote" if snippet.kind == "quote" else "/fact"
        chosen.append((command, " ".join(words[start : start + size])))
    return chosen


def fire(url: str, fake: FakeSlack, batch: list[tuple[str, str]], tag: str) -> list[dict]:
    """Send the batch all at once; return per-request timings."""
    barrier = threading.Barrier(len(batch))
    results: list[dict] = [{} for _ in batch]

    def one(i: int, command: str, text: str) -> None:
        data = payload(
            "slash_command",
            command=command,
            text=text,
            response_url=fake.response_url(f"{tag}-{i}"),
        )
        body = urlencode(data)
        headers = sign(body, secret=SECRET)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        target = urlsplit(url)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        barrier.wait()
        started = time.monotonic()
        # http.client, not urllib: the client's own overhead should not count as the app's.
        connection.request("POST", target.path, body=body, headers=headers)
        reply = connection.getresponse()
        reply.read()
        results[i] = {"status": reply.status, "started": started, "ack": time.monotonic() - started}
        connection.close()

    threads = [
        threading.Thread(target=one, args=(i, command, text))
        for i, (command, text) in enumerate(batch)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i, result in enumerate(results):
        call = fake.wait_for(f"response/{tag}-{i}", timeout=30)[0]
        result["answer"] = call.at - result["started"]
        result["kind"] = "answer" if "blocks" in call.body else "other"
    return results


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_app(db_url: str, fake: FakeSlack, load_sample: bool) -> tuple[subprocess.Popen, str]:
    """`citebot serve` in HTTP mode in its own process, as in production; wait until it listens."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        CITEBOT_LOG_LEVEL="WARNING",
    )
    command = [sys.executable, "-m", "bot", "--db", db_url, "serve", "--mode", "http"]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    if load_sample:
        command.append("--load-sample")
    app = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 600  # a large store may take a while to open and warm up
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return app, f"http://127.0.0.1:{port}/slack/events"
        except OSError:
            if app.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("citebot serve did not start") from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="store URL (default: the sample corpus in a temp file)")
    parser.add_argument("--n", type=int, default=50, help="concurrent commands per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (figures pool all rounds)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    db_url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    source = args.db or "sample corpus"
    fake = FakeSlack()
    started = time.monotonic()
    app, url = start_app(db_url, fake, load_sample=not args.db)
    startup = time.monotonic() - started
    try:
        store = open_store(db_url)
        bot = Citebot(store)  # only to read snippets for realistic queries
        counts = store.counts()
        fire(url, fake, queries(bot, 2, args.seed), "warm")
        results: list[dict] = []
        for round_no in range(args.rounds):
            batch = queries(bot, args.n, args.seed + round_no)
            results += fire(url, fake, batch, f"r{round_no}")
    finally:
        app.terminate()
        app.wait(timeout=10)
        fake.close()

    acks = [r["ack"] * 1000 for r in results]
    answers = [r["answer"] * 1000 for r in results]
    figures = {
        "date": time.strftime("%Y-%m-%d"),
        "store": source,
        "snippets": counts.get("quotes", 0) + counts.get("facts", 0),
        "concurrent": args.n,
        "requests": len(results),
        "status_200": sum(r["status"] == 200 for r in results),
        "acked_within_3s": sum(r["status"] == 200 and r["ack"] < 3 for r in results),
        "ack_ms": {
            "p50": round(statistics.median(acks), 1),
            "p99": round(percentile(acks, 99), 1),
            "max": round(max(acks), 1),
        },
        "answer_ms": {
            "p50": round(statistics.median(answers), 1),
            "p99": round(percentile(answers, 99), 1),
            "max": round(max(answers), 1),
        },
        "startup_s": round(startup, 2),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    ok = figures["acked_within_3s"] == len(results)
    print(f"store: {source} ({figures['snippets']:,} snippets); {args.rounds} rounds of {args.n}")
    print(f"acked within 3 s: {figures['acked_within_3s']}/{len(results)} {'ok' if ok else 'FAIL'}")
    for name, target in (("ack_ms", 200), ("answer_ms", 1000)):
        row = figures[name]
        verdict = "ok" if row["p99"] < target else "over target"
        print(
            f"{name[:-3]:>6}: p50 {row['p50']:.1f} ms  p99 {row['p99']:.1f} ms  "
            f"max {row['max']:.1f} ms  (target p99 < {target} ms: {verdict})"
        )
    print(f"citebot serve start-up (open, warm up, listen): {figures['startup_s']} s")


if __name__ == "__main__":
    main()
