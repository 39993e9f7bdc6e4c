"""Shared pieces for the Slack tests: the fake Slack, recorded payloads, a loaded store,
signed requests. One fake Slack and one app server per test module keeps the suite quick."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.service import Citebot
from bot.settings import Settings, load_settings
from bot.store.sqlite import SQLiteStore
from tests.slack.fake_slack import FakeSlack

FIXTURES = Path(__file__).parent / "fixtures"
SIGNING_SECRET = "test-signing-secret"


def payload(name: str, **changes: Any) -> dict[str, Any]:
    """A recorded payload from fixtures/, with top-level fields changed."""
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data.update(changes)
    return data


def slack_settings(fake: FakeSlack, **extra: str) -> Settings:
    environ = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        **extra,
    }
    return load_settings(environ=environ, env_file=None, config_file=Path("/nonexistent.toml"))


def load_bot(path: Path) -> Citebot:
    """A core on a real SQLite file: the sample corpus plus a document full of Slack markup."""
    bot = Citebot(SQLiteStore(path))
    bot.load_sample()
    outcome = bot.ingest_file(FIXTURES / "corpus" / "alert.txt", label="alert.txt")
    assert outcome.quotes >= 1, outcome
    return bot


@pytest.fixture(scope="module")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def loaded_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Citebot]:
    bot = load_bot(tmp_path_factory.mktemp("slack") / "citebot.db")
    yield bot
    bot.store.close()


def sign(body: str, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """The headers Slack signs a request with."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def form_body(data: dict[str, Any]) -> str:
    return urlencode(data)


def action_body(data: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(data)})


def post(
    url: str,
    body: str,
    content_type: str,
    headers: dict[str, str] | None = None,
    timeout: float = 5.0,
) -> tuple[int, str, float]:
    """POST to the app; return status, body and seconds taken."""
    request = urllib.request.Request(
        url,
        data=body.encode(),
        headers={"Content-Type": content_type, **(headers if headers is not None else sign(body))},
        method="POST",
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), time.perf_counter() - started


# The multi-workspace app (tests/slack/installing.py), imported last: it builds on the above.
from tests.slack.installing import served  # noqa: E402, F401
