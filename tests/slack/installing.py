"""Multi-workspace test helpers: the real app serving the OAuth flow, a browser's install, and
recorded payloads moved to another workspace."""

from __future__ import annotations

import copy
import http.client
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from bot.adapters.slack.installs import Installs, open_installs
from bot.service import Citebot
from bot.store import open_store
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http_mode import serving as http_serving

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "test-client-secret"
SAMPLE_TEAM = "TRED"  # the workspace whose store holds the sample corpus


@contextmanager
def serving(bot: Citebot, fake: FakeSlack, installs: Installs) -> Iterator[str]:
    """The real app in multi-workspace mode (a client id and secret, no bot token) behind
    waitress; yields its base URL."""
    oauth = {"SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET}
    with http_serving(bot, fake, installs, SLACK_BOT_TOKEN="", **oauth) as events_url:
        yield events_url.removesuffix("/slack/events")


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str


def get(url: str, cookie: str = "", timeout: float = 10) -> Response:
    """A GET as a browser sends it, without following redirects (status 0: no answer)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", target, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        return Response(response.status, response.headers, response.read().decode())
    except OSError:
        return Response(0, http.client.HTTPMessage(), "")
    finally:
        conn.close()


@dataclass(frozen=True)
class Consent:
    """What /slack/install hands the browser: Slack's consent page URL and the state cookie."""

    location: str
    state: str
    cookie: str

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.location).query)


def start_install(base: str) -> Consent:
    response = get(f"{base}/slack/install")
    assert response.status == 302, response
    location = response.headers["Location"]
    state = parse_qs(urlsplit(location).query)["state"][0]
    cookie = response.headers["Set-Cookie"].split(";")[0]
    return Consent(location, state, cookie)


def finish_install(base: str, consent: Consent, code: str, cookie: str | None = None) -> Response:
    """Slack sends the browser back with the code and the state it was given."""
    query = urlencode({"code": code, "state": consent.state})
    return get(f"{base}/slack/oauth_redirect?{query}", consent.cookie if cookie is None else cookie)


def install(base: str, fake: FakeSlack, team_id: str) -> None:
    """The whole install of the app to one workspace, as a person's browser goes through it."""
    consent = start_install(base)
    code = fake.authorize_code(team_id, scope=consent.query["scope"][0])
    response = finish_install(base, consent, code)
    assert response.status == 200, response


def for_team(data: dict[str, Any], team_id: str) -> dict[str, Any]:
    """A recorded payload as the same request from another workspace would be."""
    data = copy.deepcopy(data)
    if "team_id" in data:
        data["team_id"] = team_id
    if isinstance(data.get("team"), dict):
        data["team"]["id"] = team_id
    for authorization in data.get("authorizations") or []:
        authorization["team_id"] = team_id
    for part in ("event", "user"):
        inner = data.get(part)
        if isinstance(inner, dict):
            if "team" in inner:
                inner["team"] = team_id
            if "team_id" in inner:
                inner["team_id"] = team_id
    return data


def wait_healthy(process: subprocess.Popen[str], base: str, within: float = 20) -> None:
    """Wait for a started ``citebot serve`` to answer /healthz; fail with its output if it dies."""
    deadline = time.monotonic() + within
    while get(f"{base}/healthz", timeout=1).status != 200:
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(process.stdout.read() if process.stdout else "")
        time.sleep(0.1)


@dataclass(frozen=True)
class Served:
    """The app serving installs, on a store whose SAMPLE_TEAM holds the sample corpus."""

    base: str
    installs: Installs
    bot: Citebot

    @property
    def events_url(self) -> str:
        return f"{self.base}/slack/events"

    def installation(self, team_id: str | None) -> Any:
        return self.installs.installation_store.find_installation(
            enterprise_id=None, team_id=team_id
        )


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def served(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    fake_slack: FakeSlack,
) -> Iterator[Served]:
    """One app per module and backend: SQLite, and a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('installs') / 'citebot.db'}"
    else:
        url = request.getfixturevalue("pg_schema_urls")()
    store = open_store(url)
    bot = Citebot(store)
    bot.load_sample(workspace=SAMPLE_TEAM)
    installs = open_installs(store.url, CLIENT_ID)
    with serving(bot, fake_slack, installs) as base:
        yield Served(base, installs, bot)
    installs.close()
    store.close()
