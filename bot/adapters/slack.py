"""The Slack adapter: Bolt listeners that parse, call the core's router, and reply."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.commands import Router
from bot.render_text import render_reply
from bot.settings import Settings

log = logging.getLogger(__name__)


def web_client(settings: Settings) -> WebClient:
    """A Web API client honouring SLACK_API_URL."""
    kwargs: dict[str, Any] = {"token": settings["SLACK_BOT_TOKEN"] or None}
    if settings["SLACK_API_URL"]:
        kwargs["base_url"] = settings["SLACK_API_URL"].rstrip("/") + "/"
    return WebClient(**kwargs)


def create_app(router: Router, settings: Settings) -> App:
    """Wire the listeners to a Bolt app."""
    app = App(
        client=web_client(settings),
        signing_secret=settings["SLACK_SIGNING_SECRET"] or None,
        token_verification_enabled=False,
    )
    response_type = "in_channel" if settings["CITEBOT_PUBLIC_REPLIES"] else "ephemeral"

    def on_command(ack: Any, command: dict[str, Any], respond: Any) -> None:
        ack()
        reply = router.handle(f"{command['command']} {command.get('text', '')}")
        respond(text=render_reply(reply), response_type=response_type)

    app.command("/quote")(on_command)
    app.command("/fact")(on_command)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], say: Any) -> None:
        reply = router.handle(event.get("text", ""))
        say(text=render_reply(reply), thread_ts=event.get("thread_ts") or event["ts"])

    @app.event("message")
    def on_message(event: dict[str, Any], say: Any) -> None:
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        say(text=render_reply(router.handle(event.get("text", ""))))

    return app


def run_socket_mode(router: Router, settings: Settings) -> None:
    """Connect to Slack over Socket Mode and serve until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = create_app(router, settings)
    SocketModeHandler(app, settings["SLACK_APP_TOKEN"]).start()
