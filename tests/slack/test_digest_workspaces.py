"""Digests with installs to several workspaces, on SQLite and PostgreSQL: a channel subscribed
from one team gets that team's documents only, posted with that team's own token (found
through the installation, as ``citebot serve`` does)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.digests import SlackPoster, clients
from bot.digests.runner import DigestOptions, DigestRunner
from tests.slack.conftest import form_body, payload, post, slack_settings
from tests.slack.fake_slack import FakeSlack
from tests.slack.installing import CLIENT_ID, CLIENT_SECRET, SAMPLE_TEAM, Served, for_team, install

FORM = "application/x-www-form-urlencoded"
RED, GREEN = SAMPLE_TEAM, "TGREEN"
CHANNEL = "C2147483705"  # the recorded payload's channel, in both teams
HARVEST = """Harvest report

"The wheat harvest in Kostanay is the best in a decade," said Ayan Zhaksybek, the regional
agriculture chief.
"""


@pytest.fixture(scope="module")
def installed(served: Served, fake_slack: FakeSlack) -> dict[str, str]:
    for team in (RED, GREEN):
        install(served.base, fake_slack, team)
    return {team: served.installation(team).bot_token for team in (RED, GREEN)}


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


def digest(served: Served, fake: FakeSlack, team: str, text: str, name: str) -> str:
    data = payload(
        "slash_command", command="/digest", text=text, response_url=fake.response_url(name)
    )
    status, _, _ = post(served.events_url, form_body(for_team(data, team)), FORM)
    assert status == 200
    return json.dumps(fake.wait_for(f"response/{name}")[-1].body, ensure_ascii=False)


def test_each_team_gets_its_own_news_with_its_own_token(
    served: Served, installed: dict[str, str], fake: FakeSlack, tmp_path: Path
) -> None:
    assert "Daily digest at 09:00 UTC" in digest(served, fake, RED, "daily 09:00 UTC", "r")
    assert "Daily digest at 09:00 UTC" in digest(served, fake, GREEN, "daily 09:00 UTC", "g")
    subscribed = {s.workspace for s in served.bot.store.subscriptions() if s.channel == CHANNEL}
    assert {RED, GREEN} <= subscribed  # one channel id in two teams: two subscriptions
    harvest = tmp_path / "harvest.txt"
    harvest.write_text(HARVEST, encoding="utf-8")
    served.bot.ingest_file(harvest, label="harvest.txt", workspace=GREEN)

    settings = slack_settings(
        fake,
        SLACK_BOT_TOKEN="",
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET=CLIENT_SECRET,
        DATABASE_URL=served.bot.store.url,
    )
    runner = DigestRunner(served.bot, SlackPoster(clients(settings)), DigestOptions())
    now = datetime.now(UTC)
    due = runner.next_day(served.bot.store.subscription(GREEN, CHANNEL), now)[1]  # type: ignore[arg-type]
    outcomes = runner.run_due(due + timedelta(seconds=5))
    assert sorted((o.workspace, o.status) for o in outcomes if o.channel == CHANNEL) == [
        (GREEN, "posted"),
        (RED, "posted"),
    ]
    by_team: dict[str, dict[str, Any]] = {}
    for call in fake.wait_for("chat.postMessage", 2):
        token = call.headers.get("Authorization", "").removeprefix("Bearer ")
        team = fake.team_of(token)
        assert team is not None and token == installed[team]
        by_team[team] = call.body
    green = json.dumps(by_team[GREEN]["blocks"], ensure_ascii=False)
    red = json.dumps(by_team[RED]["blocks"], ensure_ascii=False)
    assert "Ayan Zhaksybek" in green and "Ayan Zhaksybek" not in red
    assert "Nothing new since the last digest" in red  # RED's quote of the day, nothing new
    assert "Vassilenko" not in green.split("Quote of the day")[0]
