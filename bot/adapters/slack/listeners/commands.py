"""``/quote`` and ``/fact``: acknowledged at once, answered after through the response URL."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.adapters.slack import blocks, delivery, events
from bot.adapters.slack.deps import Deps

log = logging.getLogger(__name__)

COMMANDS = ("/quote", "/fact")


def register(app: App, deps: Deps) -> None:
    def acknowledge(ack: Ack, body: dict[str, Any]) -> None:
        # Runs before Slack's 3-second deadline: no store, no search, nothing slow.
        try:
            command = events.slash_command(body)
        except events.PayloadError as exc:
            log.warning("unreadable slash command: %s", exc)
            ack(text="Sorry, I couldn't read that command. Please try again.")
            return
        if not command.text:
            help_reply = deps.router.handle(command.line)
            ack(response_type="ephemeral", **blocks.help_message(help_reply.text).payload())
        elif deps.public_replies:
            ack(response_type="in_channel")  # Slack shows the question with the answer
        else:
            ack()

    def answer(body: dict[str, Any], context: BoltContext) -> None:
        try:
            command = events.slash_command(body)
        except events.PayloadError:
            return  # already explained in the acknowledgement
        if not command.text:
            return

        def tell(message: blocks.SlackMessage) -> object:
            return delivery.respond(command.response_url, message, response_type="ephemeral")

        with delivery.reported(
            f"answering {command.command}", tell, user=command.user_id, channel=command.channel_id
        ):
            workspace = deps.workspace(context)
            with deps.core_slots:
                reply = deps.router.handle(command.line, workspace)
            message = blocks.answer(reply, share=not deps.public_replies)
            delivery.respond(command.response_url, message, response_type=deps.response_type)

    for name in COMMANDS:
        app.command(name)(ack=acknowledge, lazy=[answer])
