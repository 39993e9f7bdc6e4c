"""HTTP mode end to end: signed requests to the real Bolt app behind waitress, answers
delivered to a fake Slack on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack import blocks, create_app
from bot.adapters.slack.installs import Installs
from bot.adapters.slack.servers import http_server, stop_http_server
from bot.commands import Router
from bot.models import SearchResult
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
from tests.slack.conftest import (
    action_body,
    form_body,
    payload,
    post,
    sign,
    slack_settings,
)
from tests.slack.fake_slack import FakeSlack

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@contextmanager
def serving(
    bot: Citebot, fake: FakeSlack, installs: Installs | None = None, **settings: str
) -> Iterator[str]:
    """The real app behind waitress on a free port; yields the /slack/events URL."""
    app = create_app(Router(bot), slack_settings(fake, **settings), installs=installs)
    server = http_server(app, "127.0.0.1", 0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}/slack/events"
    finally:
        stop_http_server(server, thread)


@pytest.fixture(scope="module")
def events_url(loaded_bot: Citebot, fake_slack: FakeSlack) -> Iterator[str]:
    with serving(loaded_bot, fake_slack) as url:
        yield url


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


class ControlledBot(Citebot):
    """The real core with a gate before each search, to stand in for a slow or broken store."""

    def __init__(self, store: SQLiteStore, threshold: float = 60.0):
        super().__init__(store, threshold=threshold)
        self.gate = threading.Event()
        self.gate.set()
        self.broken = False

    def ask(
        self, query: str, kind: str = "any", limit: int = 5, workspace: str = ""
    ) -> SearchResult:
        self.gate.wait(10)
        if self.broken:
            raise RuntimeError("the store went away")
        return super().ask(query, kind, limit, workspace)


@pytest.fixture(scope="module")
def controlled(loaded_bot: Citebot, fake_slack: FakeSlack) -> Iterator[tuple[ControlledBot, str]]:
    assert isinstance(loaded_bot.store, SQLiteStore)
    bot = ControlledBot(SQLiteStore(loaded_bot.store.path), threshold=101)  # never confident
    with serving(bot, fake_slack) as url:
        yield bot, url
    bot.store.close()


def slash(url: str, fake: FakeSlack, text: str, name: str = "c1", command: str = "/quote"):
    data = payload(
        "slash_command", text=text, command=command, response_url=fake.response_url(name)
    )
    return post(url, form_body(data), FORM)


def press(url: str, fake: FakeSlack, button: dict[str, Any], name: str, ephemeral: bool = True):
    data = payload("block_actions", response_url=fake.response_url(name))
    data["actions"][0].update(action_id=button["action_id"], value=button["value"])
    data["container"]["is_ephemeral"] = ephemeral
    return post(url, action_body(data), FORM)


def event(url: str, name: str, event_id: str, headers: dict[str, str] | None = None, **fields):
    data = payload(name, event_id=event_id)
    data["event"].update(fields)
    body = json.dumps(data)
    return post(url, body, JSON, {**sign(body), **(headers or {})})


def buttons(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for block in message["blocks"]:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("type") == "button":
                found.setdefault(element["action_id"], element)
    return found


def all_text(message: dict[str, Any]) -> str:
    """Everything Slack would display: the message without the buttons' opaque values."""

    def shown(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: shown(v) for k, v in node.items() if k != "value"}
        if isinstance(node, list):
            return [shown(v) for v in node]
        return node

    return json.dumps(shown(message), ensure_ascii=False)


def response(fake: FakeSlack, name: str) -> dict[str, Any]:
    return fake.wait_for(f"response/{name}")[0].body


# -- answers ------------------------------------------------------------------------------


def test_quote_is_answered_with_speaker_and_citation(events_url: str, fake: FakeSlack) -> None:
    status, body, seconds = slash(events_url, fake, "multivector")
    assert status == 200 and body == "" and seconds < 3
    answer = response(fake, "c1")
    assert answer["response_type"] == "ephemeral"
    sections = [b["text"]["text"] for b in answer["blocks"] if b["type"] == "section"]
    assert sections[0].startswith("&gt; ") and "multivector foreign policy" in sections[0]
    assert sections[1].startswith("*Roman Vassilenko*")
    context = next(b for b in answer["blocks"] if b["type"] == "context")
    line = context["elements"][0]["text"]
    assert "The Astana Times" in line and "¶6" in line and "Multivector Diplomacy" in line
    assert "Roman Vassilenko" in answer["text"] and "Astana Times" in answer["text"]
    assert set(buttons(answer)) == {blocks.SHARE, blocks.NEXT, blocks.CONTEXT}


def test_fact_is_answered_from_its_source(events_url: str, fake: FakeSlack) -> None:
    slash(events_url, fake, "200 millimetres of rain", command="/fact")
    answer = response(fake, "c1")
    assert "200 millimetres of rain" in answer["blocks"][0]["text"]["text"]
    assert answer["blocks"][1]["text"]["text"].startswith("Fact")
    link = answer["blocks"][2]["elements"][0]["text"]
    # The source has a URL: the title links to the exact words with a text fragment.
    assert "<https://news.example.com/storm?id=1&x=2#:~:text=" in link
    assert "Coast &lt;News&gt; &amp; Co" in link and "2024-05-01" in link


def test_command_without_words_gets_short_help_at_once(events_url: str, fake: FakeSlack) -> None:
    status, body, _ = slash(events_url, fake, "   ", command="/fact")
    assert status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral"
    assert "Usage: /fact WORDS" in ack["text"] and ack["blocks"]
    time.sleep(0.2)
    assert fake.count("response") == 0


def test_no_confident_match_says_so_and_offers_near_misses(
    controlled: tuple[ControlledBot, str], fake: FakeSlack
) -> None:
    bot, url = controlled
    slash(url, fake, "multivector foreign policy")
    answer = response(fake, "c1")
    assert answer["blocks"][0]["text"]["text"] == (
        "No confident match for “multivector foreign policy”."
    )
    picks = [b["accessory"] for b in answer["blocks"] if "accessory" in b]
    assert 1 <= len(picks) <= 3
    assert all(p["action_id"] == blocks.PICK for p in picks)
    press(url, fake, picks[0], "pick")
    picked = response(fake, "pick")
    assert picked["replace_original"] is True
    assert "near miss" in picked["blocks"][0]["elements"][0]["text"]
    chosen = bot.ask("multivector foreign policy").matches[0].snippet
    assert f"*{chosen.speaker}*" in all_text(picked)


def test_next_match_replaces_the_card(
    events_url: str, fake: FakeSlack, loaded_bot: Citebot
) -> None:
    slash(events_url, fake, "foreign policy")
    first = response(fake, "c1")
    press(events_url, fake, buttons(first)[blocks.NEXT], "next")
    second = response(fake, "next")
    assert second["replace_original"] is True
    expected = loaded_bot.match_at("foreign policy", "quote", 1)
    assert expected is not None
    assert blocks.escape(expected.snippet.text[:60]) in second["blocks"][1]["text"]["text"]
    assert "Match 2 for “foreign policy”" in second["blocks"][0]["elements"][0]["text"]
    assert json.loads(buttons(second)[blocks.NEXT]["value"])["p"] == 1


def test_next_match_at_the_end_says_there_are_no_more(
    events_url: str, fake: FakeSlack, loaded_bot: Citebot
) -> None:
    last = sum(loaded_bot.store.counts().values())  # no query has more matches than that
    value = json.dumps({"q": "multivector", "k": "quote", "p": last, "s": 1})
    press(events_url, fake, {"action_id": blocks.NEXT, "value": value}, "end")
    answer = response(fake, "end")
    assert answer["replace_original"] is False
    assert "No more matches for “multivector”" in answer["text"]


def test_show_context_gives_the_paragraph(
    events_url: str, fake: FakeSlack, loaded_bot: Citebot
) -> None:
    slash(events_url, fake, "multivector")
    card = response(fake, "c1")
    press(events_url, fake, buttons(card)[blocks.CONTEXT], "ctx")
    shown = response(fake, "ctx")
    assert shown["response_type"] == "ephemeral" and shown["replace_original"] is False
    snippet_id = json.loads(buttons(card)[blocks.CONTEXT]["value"])["s"]
    found = loaded_bot.context(snippet_id)
    assert found is not None
    assert "Paragraph 6 of" in shown["blocks"][0]["elements"][0]["text"]
    assert blocks.escape(found[1][:80]) in shown["blocks"][1]["text"]["text"]


def test_share_posts_the_card_publicly_noting_who(events_url: str, fake: FakeSlack) -> None:
    slash(events_url, fake, "multivector")
    card = response(fake, "c1")
    press(events_url, fake, buttons(card)[blocks.SHARE], "share")
    posted = fake.wait_for("chat.postMessage")[0]
    assert posted.body["channel"] == "C2147483705"
    assert posted.headers["Authorization"] == "Bearer xoxb-test"
    text = all_text(posted.body)
    assert "Shared by <@U2147483697>" in text and "*Roman Vassilenko*" in text
    assert set(buttons(posted.body)) == {blocks.CONTEXT}
    assert response(fake, "share")["delete_original"] is True


def test_share_where_the_bot_is_not_a_member_explains_how_to_fix_it(
    events_url: str, fake: FakeSlack
) -> None:
    fake.fail("chat.postMessage", ok=False, error="not_in_channel")
    slash(events_url, fake, "multivector")
    press(events_url, fake, buttons(response(fake, "c1"))[blocks.SHARE], "share")
    told = response(fake, "share")
    assert told["response_type"] == "ephemeral" and "/invite @Citebot" in told["text"]


def test_unreadable_button_value_gets_a_clear_message(events_url: str, fake: FakeSlack) -> None:
    status, _, _ = press(events_url, fake, {"action_id": blocks.NEXT, "value": "garbage"}, "bad")
    assert status == 200
    assert "couldn't read that button press" in response(fake, "bad")["text"]


# -- mentions, DMs, App Home ------------------------------------------------------------


def test_mention_is_answered_in_a_thread(
    events_url: str, fake: FakeSlack, loaded_bot: Citebot
) -> None:
    status, _, _ = event(events_url, "app_mention", "EvMENTION1")
    assert status == 200
    posted = fake.wait_for("chat.postMessage")[0].body
    assert posted["channel"] == "C0LAN2Q65" and posted["thread_ts"] == "1515449522.000016"
    best = loaded_bot.ask("who spoke of multivector diplomacy?").best
    assert best is not None
    assert blocks.escape(best.snippet.text[:60]) in all_text(posted)


def test_direct_message_is_answered_in_the_dm(events_url: str, fake: FakeSlack) -> None:
    event(events_url, "message_im", "EvDM1")
    posted = fake.wait_for("chat.postMessage")[0].body
    assert posted["channel"] == "D024BE91L" and "thread_ts" not in posted
    assert "*Roman Vassilenko*" in all_text(posted)


def test_bot_messages_and_edits_in_a_dm_are_ignored(events_url: str, fake: FakeSlack) -> None:
    event(events_url, "message_im", "EvDM2", bot_id="BOTHER")
    event(events_url, "message_im", "EvDM3", subtype="message_changed")
    event(events_url, "message_im", "EvDM4", text="multivector")  # a real one, to wait on
    fake.wait_for("chat.postMessage")
    time.sleep(0.2)
    assert fake.count("chat.postMessage") == 1


def test_a_retried_event_is_answered_once_even_by_another_process(
    events_url: str, fake: FakeSlack, loaded_bot: Citebot
) -> None:
    event(events_url, "app_mention", "EvRETRY1")
    fake.wait_for("chat.postMessage")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert event(events_url, "app_mention", "EvRETRY1", retry)[0] == 200
    # A second app on its own connection to the same store stands in for another process.
    assert isinstance(loaded_bot.store, SQLiteStore)
    other_bot = Citebot(SQLiteStore(loaded_bot.store.path))
    with serving(other_bot, fake) as other_url:
        assert event(other_url, "app_mention", "EvRETRY1", retry)[0] == 200
        time.sleep(0.3)
    assert fake.count("chat.postMessage") == 1


def test_app_home_shows_what_the_bot_knows(events_url: str, fake: FakeSlack) -> None:
    event(events_url, "app_home_opened", "EvHOME1")
    published = fake.wait_for("views.publish")[0].body
    assert published["user_id"] == "U061F7AUR"
    text = all_text(published["view"])
    assert published["view"]["type"] == "home"
    assert "I know *2* sources" in text and "Roman Vassilenko" in text
    assert "Harbour town told to leave as storm &lt;!channel&gt;" in text
    assert "/quote WORDS" in text


# -- safety and reliability ---------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=bad"},
        "stale",
        {},
    ],
    ids=["bad-signature", "stale-timestamp", "unsigned"],
)
def test_unsigned_bad_or_stale_requests_get_401(
    events_url: str, fake: FakeSlack, headers: Any
) -> None:
    body = form_body(payload("slash_command", response_url=fake.response_url("x")))
    if headers == "stale":
        headers = sign(body, timestamp=int(time.time()) - 600)
    status, _, _ = post(events_url, body, FORM, headers)
    assert status == 401
    time.sleep(0.1)
    assert fake.count("response") == 0


def test_other_paths_are_404_and_health_is_200(events_url: str) -> None:
    base = events_url.removesuffix("/slack/events")
    assert post(base + "/elsewhere", "x=1", FORM)[0] == 404
    import urllib.request

    with urllib.request.urlopen(base + "/healthz", timeout=5) as reply:
        assert reply.status == 200


def test_a_rate_limited_call_is_retried(events_url: str, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", status=429)
    event(events_url, "app_mention", "EvLIMIT1")
    calls = fake.wait_for("chat.postMessage", 2)
    assert len(calls) == 2 and calls[0].body == calls[1].body


def test_a_failed_reply_is_explained_privately(events_url: str, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", ok=False, error="channel_not_found")
    event(events_url, "app_mention", "EvFAIL1")
    told = fake.wait_for("chat.postEphemeral")[0].body
    assert told["user"] == "U061F7AUR" and "Invite me" in told["text"]


def test_channel_markup_in_a_document_arrives_escaped(events_url: str, fake: FakeSlack) -> None:
    slash(events_url, fake, "leave the harbour tonight")
    text = all_text(response(fake, "c1"))
    assert "*Jane Doe*" in text
    assert "&lt;!channel&gt;" in text and "&lt;!here&gt;" in text
    for live in ("<!channel>", "<!here>", "<https://evil", "<!"):
        assert live not in text


def test_channel_markup_in_a_query_arrives_escaped(
    controlled: tuple[ControlledBot, str], fake: FakeSlack
) -> None:
    _, url = controlled
    # Slack sends a typed "<!channel>" as entities, and an @here it resolved as a token.
    slash(url, fake, "&lt;!channel&gt; <!here> <@U999> multivector")
    answer = response(fake, "c1")
    text = all_text(answer)
    assert "“&lt;!channel&gt; @here @U999 multivector”" in text
    for live in ("<!channel>", "<!here>", "<@U999>"):
        assert live not in text


def test_a_20000_character_query_gets_a_sensible_reply(events_url: str, fake: FakeSlack) -> None:
    status, _, seconds = slash(events_url, fake, "multivector " * 1_667)
    assert status == 200 and seconds < 3
    answer = response(fake, "c1")
    assert "only the first 500 were used" in all_text(answer)
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in answer["blocks"])
    slash(events_url, fake, "multivector", name="after")
    assert "*Roman Vassilenko*" in all_text(response(fake, "after"))


def test_a_slow_store_never_delays_the_ack(
    controlled: tuple[ControlledBot, str], fake: FakeSlack
) -> None:
    bot, url = controlled
    bot.gate.clear()
    try:
        # More stuck searches than there are worker threads: acks must not queue behind them.
        for i in range(12):
            status, _, seconds = slash(url, fake, "multivector", name=f"slow{i}")
            assert status == 200 and seconds < 1
        time.sleep(0.2)
        assert fake.count("response") == 0  # still searching
    finally:
        bot.gate.set()
    fake.wait_for("response", 12)
    assert "No confident match" in response(fake, "slow11")["text"]


def test_a_failure_in_the_core_is_logged_and_explained(
    controlled: tuple[ControlledBot, str], fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    bot, url = controlled
    bot.broken = True
    try:
        with caplog.at_level(logging.ERROR):
            slash(url, fake, "multivector")
            told = response(fake, "c1")
    finally:
        bot.broken = False
    assert "Sorry, something went wrong" in told["text"]
    assert any(
        "answering /quote failed" in r.getMessage() and "U2147483697" in r.getMessage()
        for r in caplog.records
    )


def test_public_replies_setting_answers_in_channel(
    loaded_bot: Citebot, fake: FakeSlack, tmp_path: Path
) -> None:
    with serving(loaded_bot, fake, CITEBOT_PUBLIC_REPLIES="true") as url:
        _status, body, _ = slash(url, fake, "multivector")
        assert json.loads(body)["response_type"] == "in_channel"
        answer = response(fake, "c1")
    assert answer["response_type"] == "in_channel"
    assert blocks.SHARE not in buttons(answer)
