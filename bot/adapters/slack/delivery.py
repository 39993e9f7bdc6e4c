"""Sending messages to Slack, and turning every failure into a log line and a helpful word.

Nothing here is silent: an API error is logged with its context and, wherever the person
can still be reached (a response URL, an ephemeral message), explained to them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.adapters.slack import blocks
from bot.adapters.slack.blocks import SlackMessage
from bot.adapters.slack.client import webhook

log = logging.getLogger(__name__)

SORRY = (
    "Sorry, something went wrong while answering that. It has been logged; please try again "
    "in a moment."
)
_EXPLANATIONS = {
    "not_in_channel": (
        "I'm not a member of this channel, so I can't post here. Invite me with "
        "`/invite @Citebot`, then try again."
    ),
    "channel_not_found": (
        "I can't post in this conversation (a private channel or a DM I'm not part of). "
        "Invite me to the channel, or ask me in a direct message."
    ),
    "is_archived": "This channel is archived, so I can't post in it.",
    "restricted_action": "This workspace doesn't allow me to post here.",
    "ratelimited": "Slack is rate-limiting me right now; please try again in a minute.",
}


def explain(error: str) -> str:
    """A sentence a person can act on, for a Slack API error code."""
    return _EXPLANATIONS.get(
        error,
        f"Slack refused my reply ({error}). Please try again; if it keeps happening, "
        "tell whoever runs Citebot.",
    )


def _api_error(exc: SlackApiError) -> str:
    return str(exc.response.get("error") or f"HTTP {exc.response.status_code}")


def respond(response_url: str, message: SlackMessage, **options: Any) -> bool:
    """Send a message to a response URL; options are response_type, replace_original, ..."""
    body = {**message.payload(), **{k: v for k, v in options.items() if v is not None}}
    try:
        response = webhook(response_url).send_dict(body)
    except (SlackClientError, OSError) as exc:
        log.error("response_url POST failed (%s): %r", _short(response_url), exc)
        return False
    if response.status_code != 200:
        log.error(
            "response_url answered %s (%s): %s",
            response.status_code,
            _short(response_url),
            str(response.body)[:200],
        )
        return False
    return True


def post(
    client: WebClient,
    channel: str,
    message: SlackMessage,
    *,
    thread_ts: str | None = None,
    user: str = "",
    response_url: str = "",
) -> bool:
    """Post a message; on failure, explain it to ``user`` (via ``response_url`` if given)."""
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message.payload())
        return True
    except SlackApiError as exc:
        error = _api_error(exc)
        log.warning("chat.postMessage to %s (user %s) failed: %s", channel, user or "-", error)
        tell_privately(client, channel, user, notice(explain(error)), response_url)
    except (SlackClientError, OSError) as exc:
        log.error("chat.postMessage to %s failed: %r", channel, exc)
        tell_privately(client, channel, user, notice(SORRY), response_url)
    return False


def tell_privately(
    client: WebClient, channel: str, user: str, message: SlackMessage, response_url: str = ""
) -> bool:
    """Reach one person with a message only they see: the response URL, else postEphemeral."""
    if response_url:
        return respond(response_url, message, response_type="ephemeral", replace_original=False)
    if not user:
        return False
    try:
        client.chat_postEphemeral(channel=channel, user=user, **message.payload())
        return True
    except SlackApiError as exc:
        log.error("could not reach %s in %s either: %s", user, channel, _api_error(exc))
    except (SlackClientError, OSError) as exc:
        log.error("could not reach %s in %s either: %r", user, channel, exc)
    return False


def notice(text: str) -> SlackMessage:
    return blocks.notice(text)


@contextmanager
def reported(
    what: str, tell: Callable[[SlackMessage], object], **context: object
) -> Iterator[None]:
    """Run the work of one listener; any failure is logged with context and explained."""
    try:
        yield
    except Exception:
        where = ", ".join(f"{key}={value}" for key, value in context.items())
        log.exception("%s failed (%s)", what, where)
        try:
            tell(notice(SORRY))
        except Exception:
            log.exception("could not tell the user that %s failed (%s)", what, where)


def log_unhandled(error: Exception, body: dict[str, Any]) -> None:
    """Bolt's last resort: an exception no listener caught, logged with whose request it was."""
    log.error(
        "unhandled error for %s (team %s, user %s): %r",
        body.get("type") or body.get("command"),
        (body.get("team") or {}).get("id") or body.get("team_id"),
        (body.get("user") or {}).get("id") or body.get("user_id"),
        error,
        exc_info=error,
    )


def _short(url: str) -> str:
    # A response URL is a credential for half an hour: log where it points, not all of it.
    parts = urlsplit(url)
    return parts.netloc + "/".join(parts.path.split("/")[:3])
