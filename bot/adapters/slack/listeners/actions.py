"""The card's buttons: Share in channel, Next match, Show context, Show full quote, and the
near-miss picker. Each is acknowledged at once and does its work after."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.adapters.slack import blocks, delivery, events
from bot.adapters.slack.blocks import SlackMessage
from bot.adapters.slack.deps import Deps

log = logging.getLogger(__name__)

GONE = "That snippet is no longer in my store (its source was removed or updated). Ask again."
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")

# A button's work: the press, a client, and the workspace whose snippets it may show.
Work = Callable[[events.ButtonPress, WebClient, str], None]


def mention(user_id: str) -> str:
    """A user mention we write ourselves; anything that is not a user id stays inert text."""
    return f"<@{user_id}>" if _USER_ID.fullmatch(user_id) else blocks.escape(user_id)


def register(app: App, deps: Deps) -> None:
    bot = deps.bot

    def privately(press: events.ButtonPress, message: SlackMessage) -> bool:
        return delivery.respond(
            press.response_url, message, response_type="ephemeral", replace_original=False
        )

    def share(press: events.ButtonPress, client: WebClient, workspace: str) -> None:
        snippet = bot.snippet(press.state.snippet_id, workspace)
        if snippet is None:
            privately(press, blocks.notice(GONE))
            return
        shared = blocks.card(
            snippet,
            press.state,
            share=False,
            next_match=False,
            notes=(f"Shared by {mention(press.user_id)}",),
        )
        posted = delivery.post(
            client, press.channel_id, shared, user=press.user_id, response_url=press.response_url
        )
        if posted and press.ephemeral:
            # The private card has done its job; leave the public one alone in the channel.
            delivery.respond(press.response_url, blocks.notice("Shared."), delete_original=True)

    def next_match(press: events.ButtonPress, client: WebClient, workspace: str) -> None:
        state = press.state
        position = state.position + 1
        with deps.core_slots:
            match = bot.match_at(state.query, state.kind, position, workspace)
        echo = blocks.escape(blocks.cut(state.query, blocks.QUERY_ECHO_LIMIT)[0])
        if match is None:
            privately(press, blocks.notice(f"No more matches for “{echo}”."))
            return
        note = f"Match {position + 1} for “{echo}”"
        if not match.confident:
            note += " — below the confidence threshold; check it against the source"
        card = blocks.card(
            match.snippet,
            events.CardState(state.query, state.kind, position, match.snippet.id),
            share=press.ephemeral,
            notes=(note,),
        )
        delivery.respond(press.response_url, card, replace_original=True)

    def pick(press: events.ButtonPress, client: WebClient, workspace: str) -> None:
        snippet = bot.snippet(press.state.snippet_id, workspace)
        if snippet is None:
            privately(press, blocks.notice(GONE))
            return
        note = (
            "A near miss you picked: below the confidence threshold, so check it against the source"
        )
        card = blocks.card(snippet, press.state, share=press.ephemeral, notes=(note,))
        delivery.respond(press.response_url, card, replace_original=True)

    def show_context(press: events.ButtonPress, client: WebClient, workspace: str) -> None:
        found = bot.context(press.state.snippet_id, workspace)
        if found is None:
            privately(press, blocks.notice(GONE))
            return
        privately(press, blocks.context_message(*found))

    def show_full(press: events.ButtonPress, client: WebClient, workspace: str) -> None:
        snippet = bot.snippet(press.state.snippet_id, workspace)
        privately(press, blocks.full_quote_message(snippet) if snippet else blocks.notice(GONE))

    works: dict[str, Work] = {
        blocks.SHARE: share,
        blocks.NEXT: next_match,
        blocks.PICK: pick,
        blocks.CONTEXT: show_context,
        blocks.FULL: show_full,
    }

    def acknowledge(ack: Ack) -> None:
        ack()

    for action_id, work in works.items():
        app.action(action_id)(ack=acknowledge, lazy=[_lazy(action_id, work, deps)])


def _lazy(
    action_id: str, work: Work, deps: Deps
) -> Callable[[dict[str, Any], WebClient, BoltContext], None]:
    def run(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        try:
            press = events.button_press(body)
        except events.PayloadError as exc:
            log.warning("%s: unreadable button press: %s", action_id, exc)
            url = body.get("response_url")
            if isinstance(url, str) and url:
                delivery.respond(
                    url,
                    blocks.notice("Sorry, I couldn't read that button press. Ask me again."),
                    response_type="ephemeral",
                    replace_original=False,
                )
            return

        def tell(message: SlackMessage) -> object:
            return delivery.respond(
                press.response_url, message, response_type="ephemeral", replace_original=False
            )

        with delivery.reported(
            action_id, tell, user=press.user_id, channel=press.channel_id, state=press.state
        ):
            work(press, client, deps.workspace(context))

    run.__name__ = f"{action_id}_lazy"
    return run
