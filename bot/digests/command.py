"""The ``/digest`` command as a person types it, and the sentences it answers with.

Platform-free: the Slack listener parses with ``parse`` and answers with ``describe`` and the
messages here, so another adapter would read and say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.digests.schedule import ScheduleError, parse_time, zone
from bot.digests.subscriptions import SubscriptionError, split_list
from bot.digests.values import Subscription

Action = Literal["show", "daily", "topics", "speakers", "preview", "off"]

USAGE = """Usage:
  /digest daily 09:00 Europe/London   a digest here every day at that time (zone: yours if left out)
  /digest topics middle corridor, critical minerals   only what is about these (none: anything)
  /digest speakers Lochman, Vassilenko   only what these people said (none: anyone)
  /digest preview   show me the next digest
  /digest off       stop the digests here
  /digest           this channel's digest and when it is next posted"""


class CommandError(ValueError):
    """The command cannot be read; the message says why and shows the usage."""


@dataclass(frozen=True)
class DigestCommand:
    action: Action
    time: str = ""  # "HH:MM" for daily
    timezone: str = ""  # "" for daily: the asker's zone
    items: tuple[str, ...] = ()  # topics or speakers; () clears them


def parse(text: str) -> DigestCommand:
    """Read ``/digest`` arguments, or raise CommandError with the usage."""
    words = text.split()
    if not words:
        return DigestCommand("show")
    action, rest = words[0].lower(), text.strip()[len(words[0]) :].strip()
    try:
        if action in {"preview", "off"}:
            if rest:
                raise CommandError(f"`{action}` takes nothing after it.")
            return DigestCommand(action)  # type: ignore[arg-type]
        if action in {"topics", "speakers"}:
            return DigestCommand(action, items=split_list(rest))  # type: ignore[arg-type]
        if action == "daily":
            parts = rest.split()
            if not parts or len(parts) > 2:
                raise CommandError("`daily` takes a time and, if you like, a time zone.")
            at = parse_time(parts[0])
            timezone = zone(parts[1]).key if len(parts) == 2 else ""
            return DigestCommand("daily", time=at, timezone=timezone)
    except (ScheduleError, SubscriptionError) as exc:
        raise CommandError(f"{exc}.\n\n{USAGE}") from None
    except CommandError as exc:
        raise CommandError(f"{exc}\n\n{USAGE}") from None
    raise CommandError(f"I don't know `/digest {words[0]}`.\n\n{USAGE}")


def describe(subscription: Subscription | None, next_post: datetime | None = None) -> str:
    """A channel's digest settings and next post, in a sentence or three."""
    if subscription is None:
        return "No digest in this channel yet. Start one with `/digest daily 09:00`."
    state = "Daily digest" if subscription.enabled else "Digests are off (were"
    line = f"{state} at {subscription.time} {subscription.timezone}"
    line += "." if subscription.enabled else "). Start again with `/digest daily 09:00`."
    lines = [line]
    lines.append("Topics: " + (", ".join(subscription.topics) or "any"))
    lines.append("Speakers: " + (", ".join(subscription.speakers) or "anyone"))
    if subscription.enabled and next_post is not None:
        local = next_post.astimezone(zone(subscription.timezone))
        lines.append(
            f"Next post: {local:%A} {local.day} {local:%B, %H:%M} ({subscription.timezone})."
        )
    if subscription.source == "config":
        lines.append("Declared in the bot's digests file: change it there.")
    return "\n".join(lines)
