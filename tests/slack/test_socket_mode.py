"""Socket Mode end to end: the real Bolt app and slack_sdk's Socket Mode client, connected
through ``apps.connections.open`` on the fake Slack to its WebSocket."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from bot.adapters.slack import blocks, create_app
from bot.adapters.slack.servers import socket_mode_handler
from bot.commands import Router
from bot.service import Citebot
from tests.slack.conftest import payload, slack_settings
from tests.slack.fake_slack import Call, FakeSlack


@pytest.fixture(scope="module")
def connected(loaded_bot: Citebot, fake_slack: FakeSlack) -> Iterator[tuple[FakeSlack, list[Call]]]:
    """The app connected over Socket Mode, and the apps.connections.open calls it made."""
    settings = slack_settings(fake_slack, SLACK_APP_TOKEN="xapp-test")
    handler = socket_mode_handler(create_app(Router(loaded_bot), settings), settings)
    handler.connect()
    fake_slack.wait_connected()
    yield fake_slack, list(fake_slack.calls["apps.connections.open"])
    # The client's close waits out a blocking read; closing from Slack's side ends it now.
    handler.client.auto_reconnect_enabled = False
    fake_slack.disconnect_all()
    handler.close()


@pytest.fixture
def fake(connected: tuple[FakeSlack, list[Call]]) -> FakeSlack:
    connected[0].wait_connected()
    connected[0].reset()
    return connected[0]


def envelope(kind: str, body: dict[str, Any], retry: int = 0) -> dict[str, Any]:
    return {
        "envelope_id": str(uuid.uuid4()),
        "type": kind,
        "payload": body,
        "accepts_response_payload": kind != "events_api",
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def send_and_ack(fake: FakeSlack, message: dict[str, Any]) -> tuple[dict[str, Any], float]:
    sent = fake.send_envelope(message)
    ack, at = fake.wait_ack(message["envelope_id"], timeout=3)
    return ack, at - sent


def test_the_connection_is_opened_through_slack_api_url(
    connected: tuple[FakeSlack, list[Call]],
) -> None:
    opened = connected[1]
    assert len(opened) == 1
    assert opened[0].headers["Authorization"] == "Bearer xapp-test"


def test_slash_command_is_acked_then_answered(fake: FakeSlack) -> None:
    body = payload("slash_command", response_url=fake.response_url("sm1"))
    ack, seconds = send_and_ack(fake, envelope("slash_commands", body))
    assert seconds < 3
    assert not ack.get("payload")  # a bare ack: the answer comes after, privately
    answer = fake.wait_for("response/sm1")[0].body
    assert answer["response_type"] == "ephemeral"
    assert "*Roman Vassilenko*" in json.dumps(answer, ensure_ascii=False)
    assert "The Astana Times" in json.dumps(answer, ensure_ascii=False)


def test_empty_command_gets_help_in_the_ack(fake: FakeSlack) -> None:
    body = payload("slash_command", text="", response_url=fake.response_url("sm2"))
    ack, _ = send_and_ack(fake, envelope("slash_commands", body))
    assert "Usage: /quote WORDS" in ack["payload"]["text"]


def test_mention_is_answered_once_in_its_thread_despite_a_retry(fake: FakeSlack) -> None:
    body = payload("app_mention", event_id="EvSOCKET1")
    send_and_ack(fake, envelope("events_api", body))
    send_and_ack(fake, envelope("events_api", body, retry=1))
    posted = fake.wait_for("chat.postMessage")[0].body
    assert posted["thread_ts"] == body["event"]["ts"]
    time.sleep(0.3)
    assert fake.count("chat.postMessage") == 1


def test_direct_message_is_answered(fake: FakeSlack) -> None:
    send_and_ack(fake, envelope("events_api", payload("message_im", event_id="EvSOCKETDM")))
    posted = fake.wait_for("chat.postMessage")[0].body
    assert posted["channel"] == "D024BE91L" and "*Roman Vassilenko*" in json.dumps(posted)


def test_button_press_is_acked_and_answered(fake: FakeSlack) -> None:
    body = payload("block_actions", response_url=fake.response_url("sm3"))
    body["actions"][0]["action_id"] = blocks.CONTEXT
    _, seconds = send_and_ack(fake, envelope("interactive", body))
    assert seconds < 3
    shown = fake.wait_for("response/sm3")[0].body
    assert shown["response_type"] == "ephemeral" and "Paragraph" in shown["text"] + json.dumps(
        shown["blocks"]
    )


def test_app_home_is_published(fake: FakeSlack) -> None:
    send_and_ack(fake, envelope("events_api", payload("app_home_opened", event_id="EvSMHOME")))
    assert fake.wait_for("views.publish")[0].body["view"]["type"] == "home"
