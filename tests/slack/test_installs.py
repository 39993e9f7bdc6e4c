"""Multi-workspace installs end to end: a browser's trip through /slack/install and
/slack/oauth_redirect to the real Bolt app, the installation kept in the store's own database
(SQLite and PostgreSQL), each team's events answered with its own token, and an expired token
rotated through the fake Slack's oauth.v2.access."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy
from click.testing import CliRunner

from bot.adapters.slack.installs import (
    BOT_SCOPES,
    NotInstalled,
    engine_for,
    open_installs,
    workspace_clients,
)
from bot.cli import cli
from bot.service import Citebot
from bot.store import StoreError, open_store
from tests.slack.conftest import SIGNING_SECRET, payload, post, sign, slack_settings
from tests.slack.fake_slack import FakeSlack
from tests.slack.installing import (
    CLIENT_ID,
    CLIENT_SECRET,
    Served,
    finish_install,
    for_team,
    install,
    start_install,
    wait_healthy,
)
from tests.slack.test_cli import citebot, free_port
from tests.slack.test_manifest import listed

JSON = "application/json"


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


def mention(served: Served, team_id: str, event_id: str) -> int:
    data = for_team(payload("app_mention", event_id=event_id), team_id)
    body = json.dumps(data)
    status, _, _ = post(served.events_url, body, JSON, sign(body))
    return status


def test_install_redirects_to_slacks_consent_page_with_a_state(
    served: Served, fake: FakeSlack
) -> None:
    consent = start_install(served.base)
    assert consent.location.startswith(f"http://127.0.0.1:{fake.port}/oauth/v2/authorize?")
    assert consent.query["client_id"] == [CLIENT_ID]
    assert consent.query["scope"] == [",".join(BOT_SCOPES)]
    assert consent.cookie == f"slack-app-oauth-state={consent.state}"
    states = served.installs.state_store.oauth_states
    with served.installs.engine.connect() as conn:
        stored = conn.execute(sqlalchemy.select(states.c.state)).scalars().all()
    assert consent.state in stored


def test_oauth_redirect_stores_the_installation_in_the_database(
    served: Served, fake: FakeSlack
) -> None:
    consent = start_install(served.base)
    code = fake.authorize_code("TINSTALL", "Press", consent.query["scope"][0])
    response = finish_install(served.base, consent, code)
    assert response.status == 200 and "slack://app?team=TINSTALL" in response.body

    exchange = fake.calls["oauth.v2.access"][-1]
    assert exchange.body["code"].startswith("code-TINSTALL-")
    credentials = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert exchange.headers["Authorization"] == f"Basic {credentials}"

    found = served.installation("TINSTALL")
    assert found is not None
    assert found.team_name == "Press" and found.bot_user_id == "UBOT"
    assert fake.team_of(found.bot_token or "") == "TINSTALL"
    assert found.bot_refresh_token and found.bot_token_expires_at
    assert found.bot_token_expires_at > time.time() + 11 * 3600
    assert set(found.bot_scopes or []) == set(BOT_SCOPES)

    # The state was consumed: the same redirect again is refused and stores nothing new.
    again = finish_install(served.base, consent, fake.authorize_code("TINSTALL"))
    assert again.status == 401


def test_a_redirect_without_the_browsers_state_cookie_installs_nothing(
    served: Served, fake: FakeSlack
) -> None:
    consent = start_install(served.base)
    response = finish_install(served.base, consent, fake.authorize_code("TSTRANGER"), cookie="")
    assert response.status == 400
    assert fake.count("oauth.v2.access") == 0
    assert served.installation("TSTRANGER") is None


def test_a_code_slack_refuses_installs_nothing(served: Served, fake: FakeSlack) -> None:
    response = finish_install(served.base, start_install(served.base), "forged-code")
    assert response.status == 401
    assert fake.count("oauth.v2.access") == 1  # asked, and refused with invalid_code
    assert served.installation(None) is None  # type: ignore[arg-type]


def test_each_teams_events_are_answered_with_that_teams_token(
    served: Served, fake: FakeSlack
) -> None:
    install(served.base, fake, "TRED")
    install(served.base, fake, "TBLUE")
    tokens = {team: served.installation(team).bot_token for team in ("TRED", "TBLUE")}
    assert tokens["TRED"] != tokens["TBLUE"]

    for n, team in enumerate(("TRED", "TBLUE", "TRED")):
        assert mention(served, team, f"EvTeams{team}{n}{id(served)}") == 200
        posted = fake.wait_for("chat.postMessage", n + 1)[-1]
        assert posted.headers["Authorization"] == f"Bearer {tokens[team]}"
        assert "multivector" in json.dumps(posted.body).lower()


def test_an_event_from_a_workspace_that_never_installed_is_not_answered(
    served: Served, fake: FakeSlack
) -> None:
    assert mention(served, "TNOBODY", f"EvNobody{id(served)}") == 200
    time.sleep(0.5)
    assert fake.count("chat.postMessage") == 0


def test_an_expired_token_is_rotated_before_the_answer(served: Served, fake: FakeSlack) -> None:
    install(served.base, fake, "TROTATE")
    store = served.installs.installation_store
    before = served.installation("TROTATE")
    old_token, old_refresh = before.bot_token, before.bot_refresh_token
    # Twelve hours later: Slack refuses the token, and the stored expiry says so.
    before.bot_token_expires_at = int(time.time()) - 60
    store.save(before)
    fake.expire(old_token)

    assert mention(served, "TROTATE", f"EvRotate{id(served)}") == 200
    posted = fake.wait_for("chat.postMessage")[-1]
    refreshes = [
        c.body for c in fake.calls["oauth.v2.access"] if c.body.get("grant_type") == "refresh_token"
    ]
    assert refreshes and refreshes[-1]["refresh_token"] == old_refresh

    after = served.installation("TROTATE")
    assert after.bot_token not in {None, old_token}
    assert after.bot_token_expires_at > time.time() + 11 * 3600
    assert posted.headers["Authorization"] == f"Bearer {after.bot_token}"
    assert fake.team_of(after.bot_token) == "TROTATE"


def test_scopes_asked_at_install_are_the_manifests() -> None:
    assert set(BOT_SCOPES) == listed("bot")


def test_installs_need_a_database_file_not_memory() -> None:
    with pytest.raises(StoreError, match="database file"):
        engine_for("sqlite:///:memory:")


def test_an_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    url = "postgresql://nobody:hunter2@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StoreError, match=r"cannot keep Slack installations there") as raised:
        open_installs(url, CLIENT_ID)
    assert "hunter2" not in str(raised.value) and "\n" not in str(raised.value)


def test_installations_live_beside_the_stores_tables(served: Served) -> None:
    # The same SQLite file, or the same PostgreSQL schema (?schema= is the search path).
    tables = set(sqlalchemy.inspect(served.installs.engine).get_table_names())
    assert {"documents", "snippets", "slack_installations", "slack_bots"} <= tables
    assert "slack_oauth_states" in tables


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"SLACK_CLIENT_ID": "1.2", "SLACK_SIGNING_SECRET": "s"}, "SLACK_CLIENT_SECRET is not"),
        ({"SLACK_CLIENT_SECRET": "x", "SLACK_SIGNING_SECRET": "s"}, "SLACK_CLIENT_ID is not"),
        (
            {"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "x", "SLACK_BOT_TOKEN": "xoxb-1"},
            "SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set",
        ),
        ({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "x"}, "needs SLACK_SIGNING_SECRET"),
        (
            {"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "x", "LOAD_SAMPLE": "1"},
            "--load-sample fills the single-workspace store",
        ),
        (
            {"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "x", "SLACK_APP_TOKEN": "xapp-1"},
            "need HTTP mode",
        ),
    ],
)
def test_serve_names_what_is_wrong_with_the_install_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], said: str
) -> None:
    extra = ["--mode", "socket"] if "SLACK_APP_TOKEN" in env else []
    extra += ["--load-sample"] if "LOAD_SAMPLE" in env else []
    for name, value in env.items():
        if name != "LOAD_SAMPLE":
            monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'c.db'}", "serve", *extra])
    assert result.exit_code == 1
    assert said in result.output, result.output


def test_serve_with_a_client_id_serves_installs_from_its_own_process(tmp_path: Path) -> None:
    fake = FakeSlack()
    port = free_port()
    env = {
        "SLACK_CLIENT_ID": CLIENT_ID,
        "SLACK_CLIENT_SECRET": CLIENT_SECRET,
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": fake.api_url,
        "PORT": str(port),
    }
    db = tmp_path / "serve.db"
    try:
        with citebot(["--db", f"sqlite:///{db}", "serve", "--host", "127.0.0.1"], env) as app:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(app, base)
            install(base, fake, "TPROCESS")
        installs = open_installs(f"sqlite:///{db}", CLIENT_ID)
        try:
            found = installs.installation_store.find_installation(
                enterprise_id=None, team_id="TPROCESS"
            )
            assert found is not None and fake.team_of(found.bot_token or "") == "TPROCESS"
        finally:
            installs.close()
    finally:
        fake.close()


def test_work_no_request_started_gets_the_workspaces_own_refreshed_token(
    served: Served, fake: FakeSlack
) -> None:
    install(served.base, fake, "TDIGEST")
    settings = slack_settings(
        fake, SLACK_BOT_TOKEN="", SLACK_CLIENT_ID=CLIENT_ID, SLACK_CLIENT_SECRET=CLIENT_SECRET
    )
    client_for = workspace_clients(settings, served.installs)
    first = client_for("TDIGEST")
    assert first.token == served.installation("TDIGEST").bot_token
    assert first.auth_test()["team_id"] == "TDIGEST"
    # Twelve hours on: the token is refreshed before use, and the new one saved.
    before = served.installation("TDIGEST")
    before.bot_token_expires_at = int(time.time()) - 60
    served.installs.installation_store.save(before)
    fake.expire(first.token or "")
    second = client_for("TDIGEST")
    assert second.token not in {None, first.token}
    assert second.token == served.installation("TDIGEST").bot_token
    assert second.auth_test()["team_id"] == "TDIGEST"
    with pytest.raises(NotInstalled, match="not installed in workspace TNEVER"):
        client_for("TNEVER")


@pytest.mark.postgres
def test_two_processes_share_installations_and_oauth_states(
    pg_schema_urls: Callable[[], str],
) -> None:
    # As behind a load balancer: the install starts on one process and returns to the other,
    # and an event reaching the first is answered with the token the second stored.
    url = pg_schema_urls()
    with open_store(url) as store:
        Citebot(store).load_sample(workspace="TSHARED")
    fake = FakeSlack()
    ports = (free_port(), free_port())

    def env(port: int) -> dict[str, str]:
        return {
            "SLACK_CLIENT_ID": CLIENT_ID,
            "SLACK_CLIENT_SECRET": CLIENT_SECRET,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url,
            "PORT": str(port),
        }

    command = ["--db", url, "serve", "--host", "127.0.0.1"]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        with citebot(command, env(ports[0])) as first, citebot(command, env(ports[1])) as second:
            wait_healthy(first, bases[0])
            wait_healthy(second, bases[1])
            consent = start_install(bases[0])
            code = fake.authorize_code("TSHARED", scope=consent.query["scope"][0])
            assert finish_install(bases[1], consent, code).status == 200
            data = for_team(payload("app_mention", event_id="EvTwoProcesses"), "TSHARED")
            body = json.dumps(data)
            status, _, _ = post(f"{bases[0]}/slack/events", body, JSON, sign(body))
            assert status == 200
            posted = fake.wait_for("chat.postMessage", timeout=20)[0]
        installs = open_installs(url, CLIENT_ID)
        try:
            token = installs.installation_store.find_installation(
                enterprise_id=None, team_id="TSHARED"
            ).bot_token
        finally:
            installs.close()
        assert posted.headers["Authorization"] == f"Bearer {token}"
        assert "Vassilenko" in json.dumps(posted.body)
    finally:
        fake.close()


def test_an_uninstall_forgets_the_workspaces_tokens(served: Served, fake: FakeSlack) -> None:
    install(served.base, fake, "TGONE")
    assert served.installation("TGONE") is not None
    data = for_team(payload("app_uninstalled", event_id=f"EvGone{id(served)}"), "TGONE")
    body = json.dumps(data)
    assert post(served.events_url, body, JSON, sign(body))[0] == 200
    deadline = time.monotonic() + 5
    while served.installation("TGONE") is not None:
        assert time.monotonic() < deadline, "the installation outlived the uninstall"
        time.sleep(0.05)
    # Its events are no longer answered; another workspace's still are.
    install(served.base, fake, "TSTAYS")
    assert mention(served, "TGONE", f"EvGoneAfter{id(served)}") == 200
    assert mention(served, "TSTAYS", f"EvStays{id(served)}") == 200
    posted = fake.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert len(fake.calls["chat.postMessage"]) == 1
    assert posted[0].headers["Authorization"] == f"Bearer {served.installation('TSTAYS').bot_token}"
