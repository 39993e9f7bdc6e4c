"""Two workspaces over real HTTP: each sees only its own documents, on SQLite and PostgreSQL.

The app runs in multi-workspace mode; TRED (``SAMPLE_TEAM``) has the sample corpus, TBLUE a
document of its own. TBLUE's slash commands, mentions, DMs, App Home and buttons (even a
forged button carrying one of TRED's snippet ids) never show anything of TRED's, and every
answer goes out with the asking team's own token.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack import blocks
from tests.slack.conftest import action_body, form_body, payload, post, sign
from tests.slack.fake_slack import FakeSlack
from tests.slack.installing import SAMPLE_TEAM, Served, for_team, install

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
RED, BLUE = SAMPLE_TEAM, "TBLUE"
ROUTE = """The Steppe Route

"Nobody in Almaty expected the trains to run this often," said Dana Ospanova, the
logistics director of the Steppe Route Company.
"""
RED_WORDS = ("Vassilenko", "multivector approach", "Astana Times")


@pytest.fixture(scope="module")
def teams(served: Served, fake_slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory):
    """Both teams installed; TBLUE's own document ingested."""
    for team in (RED, BLUE):
        install(served.base, fake_slack, team)
    route: Path = tmp_path_factory.mktemp("blue") / "route.txt"
    route.write_text(ROUTE, encoding="utf-8")
    assert served.bot.ingest_file(route, label="route.txt", workspace=BLUE).quotes == 1
    served.bot.searcher.sync()
    return {team: served.installation(team).bot_token for team in (RED, BLUE)}


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


def red_snippet_id(served: Served) -> int:
    found = served.bot.ask("multivector", kind="quote", workspace=RED)
    assert found.confident
    return found.matches[0].snippet.id


def slash(served: Served, fake: FakeSlack, team: str, text: str, name: str) -> dict[str, Any]:
    data = for_team(payload("slash_command", text=text, response_url=fake.response_url(name)), team)
    status, _, _ = post(served.events_url, form_body(data), FORM)
    assert status == 200
    return fake.wait_for(f"response/{name}")[-1].body


def event(served: Served, fixture: str, team: str, event_id: str, **fields: Any) -> None:
    data = for_team(payload(fixture, event_id=f"{event_id}-{id(served)}"), team)
    data["event"].update(fields)
    body = json.dumps(data)
    status, _, _ = post(served.events_url, body, JSON, sign(body))
    assert status == 200


def press(served: Served, fake: FakeSlack, team: str, action: str, value: str, name: str):
    data = for_team(payload("block_actions", response_url=fake.response_url(name)), team)
    data["actions"][0].update(action_id=action, value=value)
    status, _, _ = post(served.events_url, action_body(data), FORM)
    assert status == 200
    return fake.wait_for(f"response/{name}")[-1].body


def shows_red(message: dict[str, Any]) -> bool:
    text = json.dumps(message, ensure_ascii=False)
    return any(words in text for words in RED_WORDS)


def test_slash_commands_answer_from_the_askers_workspace(
    served: Served, teams: dict[str, str], fake: FakeSlack
) -> None:
    red = slash(served, fake, RED, "multivector", "red-quote")
    assert "Vassilenko" in json.dumps(red)
    for command in ("/quote", "/fact"):
        data = payload(
            "slash_command",
            text="multivector",
            command=command,
            response_url=fake.response_url(f"b{command}"),
        )
        post(served.events_url, form_body(for_team(data, BLUE)), FORM)
        blue = fake.wait_for(f"response/b{command}")[-1].body
        assert not shows_red(blue), blue
    blue = slash(served, fake, BLUE, "trains in Almaty", "blue-own")
    assert "Dana Ospanova" in json.dumps(blue) and not shows_red(blue)


def test_mentions_and_direct_messages_answer_with_the_teams_token_and_documents(
    served: Served, teams: dict[str, str], fake: FakeSlack
) -> None:
    event(
        served,
        "app_mention",
        BLUE,
        "EvBlueMention",
        text="<@UBOT> who spoke of multivector diplomacy?",
    )
    event(served, "message_im", BLUE, "EvBlueDm", text="who was the deputy foreign minister?")
    event(
        served,
        "app_mention",
        RED,
        "EvRedMention",
        text="<@UBOT> who spoke of multivector diplomacy?",
    )
    posts = fake.wait_for("chat.postMessage", 3)
    by_token = {p.headers["Authorization"].removeprefix("Bearer "): [] for p in posts}
    for p in posts:
        by_token[p.headers["Authorization"].removeprefix("Bearer ")].append(p.body)
    assert set(by_token) == {teams[RED], teams[BLUE]}
    assert len(by_token[teams[BLUE]]) == 2
    assert not any(shows_red(body) for body in by_token[teams[BLUE]])
    assert "Vassilenko" in json.dumps(by_token[teams[RED]])


def test_the_app_home_counts_only_the_teams_documents(
    served: Served, teams: dict[str, str], fake: FakeSlack
) -> None:
    event(served, "app_home_opened", BLUE, "EvBlueHome")
    event(served, "app_home_opened", RED, "EvRedHome")
    views = {
        c.headers["Authorization"].removeprefix("Bearer "): c.body
        for c in fake.wait_for("views.publish", 2)
    }
    blue, red = json.dumps(views[teams[BLUE]]), json.dumps(views[teams[RED]])
    assert "I know *1* sources with *1* quotes" in blue and "Dana Ospanova" in blue
    assert not shows_red(json.loads(blue))
    assert "Vassilenko" in red and "Dana Ospanova" not in red


@pytest.mark.parametrize("action", [blocks.SHARE, blocks.CONTEXT, blocks.FULL])
def test_a_button_naming_another_workspaces_snippet_shows_nothing_of_it(
    served: Served, teams: dict[str, str], fake: FakeSlack, action: str
) -> None:
    # A card from TRED, its button value replayed from TBLUE (or forged there).
    value = json.dumps({"q": "multivector", "k": "quote", "p": 0, "s": red_snippet_id(served)})
    answer = press(served, fake, BLUE, action, value, f"forged-{action}")
    assert "no longer in my store" in json.dumps(answer)
    assert not shows_red(answer)
    assert fake.count("chat.postMessage") == 0
    # The same press from TRED shows it.
    assert shows_red(press(served, fake, RED, blocks.FULL, value, f"own-{action}"))


def test_next_match_pages_through_the_askers_workspace_only(
    served: Served, teams: dict[str, str], fake: FakeSlack
) -> None:
    for position in range(3):
        value = json.dumps({"q": "multivector", "k": "any", "p": position, "s": 1})
        answer = press(served, fake, BLUE, blocks.NEXT, value, f"next-{position}")
        assert not shows_red(answer), answer
