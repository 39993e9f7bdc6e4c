"""``/digest``: a channel's daily digest, set up and previewed from the channel itself.

Acknowledged at once with nothing shown; the answer (always ephemeral, to the person who
asked) comes after through the response URL. A channel the bot cannot post to gets the way
to invite it instead, since a digest there could never be delivered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.adapters.slack import blocks, delivery, events
from bot.adapters.slack.blocks import SlackMessage
from bot.adapters.slack.deps import Deps
from bot.adapters.slack.digest_blocks import digest_message
from bot.digests import command as digest_command
from bot.digests import subscriptions
from bot.digests.runner import DigestRunner
from bot.digests.schedule import ScheduleError, zone

log = logging.getLogger(__name__)

COMMAND = "/digest"
INVITE = (
    "I'm not in this channel, so I couldn't post its digest. Invite me first with "
    "`/invite @Citebot` (or mention @Citebot here and choose *Add to channel*), then run "
    "`/digest` again."
)
NOT_A_CHANNEL = "Digests go to channels: run `/digest` in the channel that should get one."
ARCHIVED = "This channel is archived, so I can't post a digest in it."


@dataclass(frozen=True)
class DigestRequest:
    """``/digest ...`` as typed, with the workspace it came from."""

    command: events.SlashCommand
    workspace: str  # whose documents it digests: Deps.workspace, "" in token mode

    @classmethod
    def from_body(cls, body: dict[str, Any], workspace: str) -> DigestRequest:
        return cls(events.slash_command(body), workspace)


def register(app: App, deps: Deps) -> None:
    def acknowledge(ack: Ack) -> None:
        ack()  # nothing to read yet: the answer follows through the response URL

    def answer(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        try:
            request = DigestRequest.from_body(body, deps.workspace(context))
        except events.PayloadError as exc:
            log.warning("unreadable /digest command: %s", exc)
            return
        command = request.command

        def tell(message: SlackMessage) -> object:
            return delivery.respond(command.response_url, message, response_type="ephemeral")

        with delivery.reported(
            "answering /digest", tell, user=command.user_id, channel=command.channel_id
        ):
            tell(_handle(request, client, deps))

    app.command(COMMAND)(ack=acknowledge, lazy=[answer])


def _handle(request: DigestRequest, client: WebClient, deps: Deps) -> SlackMessage:
    command = request.command
    try:
        wanted = digest_command.parse(command.text)
    except digest_command.CommandError as exc:
        return blocks.help_message(str(exc))
    store = deps.bot.store
    workspace, channel = request.workspace, command.channel_id
    runner = DigestRunner(deps.bot, options=deps.digest_options)
    now = datetime.now(UTC)
    if wanted.action != "off":
        refusal = _cannot_post(client, channel)
        if refusal:
            return blocks.notice(refusal)
    try:
        if wanted.action == "daily":
            timezone = wanted.timezone or _user_zone(client, command.user_id)
            sub = subscriptions.schedule(store, workspace, channel, wanted.time, timezone, now)
        elif wanted.action == "topics":
            sub = subscriptions.set_topics(store, workspace, channel, wanted.items)
        elif wanted.action == "speakers":
            sub = subscriptions.set_speakers(store, workspace, channel, wanted.items)
        elif wanted.action == "off":
            if subscriptions.turn_off(store, workspace, channel) is None:
                return blocks.notice("No digest was on in this channel.")
            return blocks.notice(
                "Digests are off in this channel. Its topics and speakers are kept: "
                "`/digest daily 09:00` starts them again."
            )
        else:
            found = store.subscription(workspace, channel)
            if found is None or wanted.action == "show" or not found.enabled:
                return _settings(runner, found, now)
            digest = runner.preview(found, now)
            message = digest_message(digest)
            note = blocks.notice("Preview, only you can see it:").blocks
            return SlackMessage(message.text, note + message.blocks)
    except subscriptions.SubscriptionError as exc:
        return blocks.notice(str(exc))
    return _settings(runner, sub, now)


def _settings(runner: DigestRunner, sub: Any, now: datetime) -> SlackMessage:
    next_post = runner.next_day(sub, now)[1] if sub is not None and sub.enabled else None
    return blocks.notice(digest_command.describe(sub, next_post))


def _cannot_post(client: WebClient, channel: str) -> str:
    """Why the bot could not post a digest in ``channel``, or "" if it can."""
    try:
        info = client.conversations_info(channel=channel).get("channel") or {}
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "")
        if error in {"channel_not_found", "not_in_channel"}:
            return INVITE
        # missing_scope on an install from an older manifest, ...: let the post tell later.
        log.warning("conversations.info for %s failed: %s", channel, error)
        return ""
    except (SlackClientError, OSError) as exc:
        log.warning("conversations.info for %s failed: %r", channel, exc)
        return ""
    if info.get("is_im") or info.get("is_mpim"):
        return NOT_A_CHANNEL
    if info.get("is_archived"):
        return ARCHIVED
    if not info.get("is_member", True):
        return INVITE
    return ""


def _user_zone(client: WebClient, user: str) -> str:
    """The person's time zone as set in Slack, else UTC."""
    try:
        found = client.users_info(user=user).get("user") or {}
    except (SlackApiError, SlackClientError, OSError) as exc:
        log.warning("users.info for %s failed: %r; using UTC", user, exc)
        return "UTC"
    name = str(found.get("tz") or "")
    try:
        return zone(name).key if name else "UTC"
    except ScheduleError:
        return "UTC"
