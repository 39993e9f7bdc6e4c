"""Mentions (answered in a thread), direct messages (answered in the DM) and the App Home."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.adapters.slack import blocks, delivery, events
from bot.adapters.slack.deps import Deps

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    def answer(message: events.Message, client: WebClient, context: BoltContext) -> None:
        # Slack retries an event it thinks went unanswered, possibly to another process:
        # the store records each event id once, atomically, and only the first claim answers.
        if not deps.bot.claim_event(message.event_id):
            log.info("event %s already answered; skipping the retry", message.event_id)
            return

        def tell(reply: blocks.SlackMessage) -> object:
            return delivery.post(
                client,
                message.channel_id,
                reply,
                thread_ts=message.reply_thread,
                user=message.user_id,
            )

        with delivery.reported(
            "answering a direct message" if message.direct else "answering a mention",
            tell,
            event=message.event_id,
            channel=message.channel_id,
            user=message.user_id,
        ):
            workspace = deps.workspace(context)
            with deps.core_slots:
                reply = deps.router.handle(message.text, workspace)
            tell(blocks.answer(reply, share=False))

    def on_mention(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if events.is_question(body.get("event") or {}):
            answer(events.message(body, context.bot_user_id), client, context)

    def on_message(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        event = body.get("event") or {}
        # Only DMs: channel messages reach the bot as app_mention when it is named.
        if event.get("channel_type") == "im" and events.is_question(event):
            answer(events.message(body, context.bot_user_id), client, context)

    def on_home_opened(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        opened = events.home_opened(body)
        if opened.tab != "home":
            return
        try:
            workspace = deps.workspace(context)
            with deps.core_slots:
                overview = deps.bot.overview(workspace=workspace)
            view = blocks.home_view(overview)
        except Exception:
            log.exception("building the App Home for %s failed", opened.user_id)
            view = {"type": "home", "blocks": blocks.notice(delivery.SORRY).blocks}
        try:
            client.views_publish(user_id=opened.user_id, view=view)
        except Exception:
            log.exception("views.publish for %s failed", opened.user_id)

    def acknowledge(ack: Ack) -> None:
        ack()

    app.event("app_mention")(ack=acknowledge, lazy=[on_mention])
    app.event("message")(ack=acknowledge, lazy=[on_message])
    app.event("app_home_opened")(ack=acknowledge, lazy=[on_home_opened])
