"""Several `citebot serve` processes over one PostgreSQL store, as behind a load balancer.

Two real processes (`python -m bot serve --mode http`, each on its own free port) share one
fresh PostgreSQL schema and one fake Slack. Slack retries an event it thinks was not acked in
time, and a load balancer may send the retry to the other process: the same event reaching
both at once must be answered exactly once. A control pair on two separate stores shows the
same traffic answered twice, so the check can fail.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack import blocks
from bot.digests import subscriptions
from bot.digests.schedule import next_due
from bot.service import Citebot
from bot.store import open_store
from tests.slack.conftest import FIXTURES, SIGNING_SECRET, action_body, form_body, payload, post
from tests.slack.conftest import sign as signed
from tests.slack.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parents[2]
FORM = "application/x-www-form-urlencoded"
RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}

pytestmark = pytest.mark.postgres


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """One `citebot serve` process (HTTP, or Socket Mode with ``socket``); its log is kept
    for failure messages."""

    def __init__(self, db_url: str, fake: FakeSlack, log: Path, socket: bool = False):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/slack/events"
        self.log = log
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
        env.update(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=fake.api_url,
            CITEBOT_LOG_LEVEL="INFO",
            PYTHONPATH=str(ROOT),
        )
        if socket:
            env["SLACK_APP_TOKEN"] = "xapp-test"
        command = [sys.executable, "-m", "bot", "--db", db_url, "serve"]
        command += ["--mode", "socket"] if socket else ["--mode", "http"]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with log.open("w") as out:
            self.process = subprocess.Popen(
                command, env=env, cwd=log.parent, stdout=out, stderr=subprocess.STDOUT
            )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"citebot serve did not start:\n{self.output()}") from None
                time.sleep(0.1)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def load(db_url: str) -> None:
    """The sample corpus and the Slack-markup document, loaded once before the servers start."""
    with open_store(db_url) as store:
        bot = Citebot(store)
        bot.load_sample()
        bot.ingest_file(FIXTURES / "corpus" / "alert.txt", label="alert.txt")


@pytest.fixture(scope="module")
def serve_pair(
    fake_slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str, str], tuple[Served, Served]]]:
    """Start two processes on the given store URLs (both the same, or one each)."""
    started: list[Served] = []

    def start(first_url: str, second_url: str) -> tuple[Served, Served]:
        folder = tmp_path_factory.mktemp("serve")
        pair = (
            Served(first_url, fake_slack, folder / "a.log"),
            Served(second_url, fake_slack, folder / "b.log"),
        )
        started.extend(pair)
        for served in pair:
            served.wait_ready()
        return pair

    yield start
    for served in started:
        served.stop()


@pytest.fixture(scope="module")
def shared(
    serve_pair: Callable[[str, str], tuple[Served, Served]], pg_schema_urls: Callable[[], str]
) -> tuple[Served, Served]:
    url = pg_schema_urls()
    load(url)
    return serve_pair(url, url)


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


def mention(event_id: str, n: int) -> str:
    """A recorded app_mention with its own id and message ts (the thread its answer goes to)."""
    data = payload("app_mention", event_id=event_id)
    data["event"]["ts"] = f"1700000000.{n:06d}"
    return json.dumps(data)


def send_to_both(pair: tuple[Served, Served], bodies: list[str]) -> list[int]:
    """Send each body to the first process and, at the same moment, as Slack's retry of it to
    the second; return every HTTP status."""
    statuses: list[int] = []
    start = threading.Barrier(2 * len(bodies))

    def one(url: str, body: str, retry: bool) -> None:
        headers = {**signed(body), **(RETRY if retry else {})}
        start.wait()
        statuses.append(post(url, body, "application/json", headers)[0])

    threads = [
        threading.Thread(target=one, args=(served.url, body, served is pair[1]))
        for body in bodies
        for served in pair
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return statuses


def answered_threads(fake: FakeSlack, expected: int) -> Counter[str]:
    """Wait for ``expected`` answers, then a little longer for any duplicate; count by thread."""
    fake.wait_for("chat.postMessage", expected, timeout=20)
    time.sleep(1.0)  # a duplicate answer, if any, would be posted by now
    return Counter(body.get("thread_ts", "") for body in fake.bodies("chat.postMessage"))


def test_an_event_sent_to_two_processes_at_once_is_answered_once(
    shared: tuple[Served, Served], fake: FakeSlack
) -> None:
    bodies = [mention(f"EvPAIR{n}", n) for n in range(12)]
    statuses = send_to_both(shared, bodies)
    assert statuses == [200] * 24  # both acknowledge: Slack must not retry again
    threads = answered_threads(fake, 12)
    assert threads == Counter({f"1700000000.{n:06d}": 1 for n in range(12)}), threads
    logs = "\n".join(s.output() for s in shared)
    assert "Traceback" not in logs, logs


def test_a_late_retry_to_the_other_process_is_not_answered_again(
    shared: tuple[Served, Served], fake: FakeSlack
) -> None:
    body = mention("EvLATE1", 900)
    assert post(shared[0].url, body, "application/json", signed(body))[0] == 200
    fake.wait_for("chat.postMessage", 1, timeout=20)
    assert post(shared[1].url, body, "application/json", {**signed(body), **RETRY})[0] == 200
    time.sleep(1.0)
    assert fake.count("chat.postMessage") == 1


def test_a_card_from_one_process_works_on_the_other(
    shared: tuple[Served, Served], fake: FakeSlack
) -> None:
    """Button state travels in the button's value, not in a process: Next match pressed on
    the second process continues the card the first one answered."""
    first, second = shared
    command = payload(
        "slash_command", text="multivector", command="/quote", response_url=fake.response_url("c")
    )
    assert post(first.url, form_body(command), FORM)[0] == 200
    card = fake.wait_for("response/c", timeout=20)[0].body
    press = payload("block_actions", response_url=fake.response_url("n"))
    press["actions"][0].update(action_id=blocks.NEXT, value=_button(card, blocks.NEXT)["value"])
    press["container"]["is_ephemeral"] = True
    assert post(second.url, action_body(press), FORM)[0] == 200
    replaced = fake.wait_for("response/n", timeout=20)[0].body
    assert replaced["replace_original"] is True
    assert "Match 2 for “multivector”" in replaced["blocks"][0]["elements"][0]["text"]
    assert json.loads(_button(replaced, blocks.NEXT)["value"])["p"] == 1
    assert _quoted(replaced) != _quoted(card)


def test_control_two_stores_answer_twice(
    serve_pair: Callable[[str, str], tuple[Served, Served]],
    pg_schema_urls: Callable[[], str],
    fake: FakeSlack,
) -> None:
    """Without a shared store each process claims the event for itself: the check above would
    see two answers. This is what it guards against."""
    one, other = pg_schema_urls(), pg_schema_urls()
    load(one)
    load(other)
    pair = serve_pair(one, other)
    assert send_to_both(pair, [mention("EvCONTROL", 1)]) == [200, 200]
    fake.wait_for("chat.postMessage", 2, timeout=20)
    assert Counter(b.get("thread_ts") for b in fake.bodies("chat.postMessage")) == {
        "1700000000.000001": 2
    }


# -- Digests: `citebot digest run-due` from two schedulers at once --------------------------


CHANNELS = ("C0DIGEST1", "C0DIGEST2", "C0DIGEST3", "C0DIGEST4")


def run_due_processes(db_url: str, fake: FakeSlack, at: datetime, count: int) -> list[Any]:
    """Start ``count`` `citebot digest run-due` processes together; return their outcomes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
    env.update(SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=fake.api_url, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "bot", "--db", db_url, "digest", "run-due"]
    command += ["--at", at.isoformat(), "--json"]
    processes = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(count)
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_two_schedulers_running_due_digests_at_once_post_each_once(
    pg_schema_urls: Callable[[], str], fake: FakeSlack
) -> None:
    url = pg_schema_urls()
    now = datetime.now(UTC)
    with open_store(url) as store:
        bot = Citebot(store)
        bot.load_sample()
        for channel in CHANNELS:
            subscriptions.schedule(store, "", channel, "09:00", "UTC", now, source="cli")
        # Something new since subscribing, so every digest has items to post.
        bot.ingest_file(FIXTURES / "corpus" / "alert.txt", label="alert.txt")
        due = max(next_due(s, now)[1] for s in store.subscriptions())

    results = run_due_processes(url, fake, due + timedelta(seconds=5), 2)
    posted = [o for result in results for o in result if o["status"] == "posted"]
    # The other process found each day claimed ("busy") or already posted (no outcome).
    assert {o["status"] for result in results for o in result} <= {"posted", "busy"}, results
    assert sorted(o["channel"] for o in posted) == sorted(CHANNELS), results
    assert sorted(b["channel"] for b in fake.bodies("chat.postMessage")) == sorted(CHANNELS)

    # Run again, later the same day, from two more: nothing is posted twice.
    again = run_due_processes(url, fake, due + timedelta(minutes=10), 2)
    assert [o for result in again for o in result if o["status"] == "posted"] == []
    assert fake.count("chat.postMessage") == len(CHANNELS)


# -- Ingests: two `citebot ingest` runs over the same files at once ---------------------------


def test_two_ingests_of_the_same_files_at_once_store_each_document_once(
    pg_schema_urls: Callable[[], str], tmp_path: Path
) -> None:
    url, alone = pg_schema_urls(), f"sqlite:///{tmp_path / 'alone.db'}"
    folder = ROOT / "tests" / "fixtures" / "corpus" / "wikinews"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "bot", "--db", url, "ingest", str(folder), "--json"]
    runs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode(errors="replace")
    with open_store(url) as store, open_store(alone) as reference:
        Citebot(reference).ingest([str(folder)])
        paths = [s.document.path for s in store.sources()]
        assert len(paths) == len(set(paths)) == len(list(folder.glob("*.txt")))
        assert store.counts() == reference.counts()


# -- Socket Mode: one app, several connections ----------------------------------------------


@pytest.fixture(scope="module")
def socket_pair(
    fake_slack: FakeSlack,
    pg_schema_urls: Callable[[], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Served, Served]]:
    """Two Socket Mode processes on one store, each holding one of the app's connections."""
    url = pg_schema_urls()
    load(url)
    folder = tmp_path_factory.mktemp("socket")
    pair = (
        Served(url, fake_slack, folder / "a.log", socket=True),
        Served(url, fake_slack, folder / "b.log", socket=True),
    )
    try:
        fake_slack.wait_connections(2)
        yield pair
    finally:
        for served in pair:
            served.stop()


def envelope(body: dict[str, Any], retry: int) -> dict[str, Any]:
    return {
        "envelope_id": str(uuid.uuid4()),
        "type": "events_api",
        "payload": body,
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def test_socket_mode_an_event_on_two_connections_is_answered_once(
    socket_pair: tuple[Served, Served], fake: FakeSlack
) -> None:
    sent: list[str] = []
    for n in range(8):
        body = json.loads(mention(f"EvSOCK{n}", 500 + n))
        # The event on one process's connection, Slack's retry of it on the other's.
        for index, retry in ((0, 0), (1, 1)):
            message = envelope(body, retry)
            fake.send_envelope_on(index, message)
            sent.append(message["envelope_id"])
    for envelope_id in sent:
        fake.wait_ack(envelope_id, timeout=10)  # every envelope acknowledged by its process
    threads = answered_threads(fake, 8)
    assert threads == Counter({f"1700000000.{500 + n:06d}": 1 for n in range(8)}), threads
    logs = "\n".join(s.output() for s in socket_pair)
    assert "Traceback" not in logs, logs


def _button(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    for block in message["blocks"]:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no {action_id} button in {json.dumps(message)[:500]}")


def _quoted(message: dict[str, Any]) -> str:
    """The card's quoted words: the first section that quotes."""
    return next(
        b["text"]["text"]
        for b in message["blocks"]
        if b.get("type") == "section" and b["text"]["text"].startswith("&gt; ")
    )
