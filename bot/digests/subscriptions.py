"""Changing a channel's subscription: schedule, topics, speakers, off.

Every change goes through here, whichever adapter asked, so the rules are one: a new schedule
takes effect from now (a time already past today waits for tomorrow), a first subscription's
digest holds what is stored after it, and a channel declared in the digests file is changed
only there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.digests.schedule import parse_time, zone
from bot.digests.values import Subscription, SubscriptionSource
from bot.store import Store

MAX_TERMS = 10  # topics or speakers per channel
MAX_TERM_CHARS = 100


class SubscriptionError(ValueError):
    """A change that cannot be made; the message says why, in a line a person can act on."""


def split_list(text: str) -> tuple[str, ...]:
    """ "middle corridor, critical minerals" → ("middle corridor", "critical minerals")."""
    items = tuple(dict.fromkeys(" ".join(part.split()) for part in text.split(",")))
    items = tuple(item for item in items if item)
    if len(items) > MAX_TERMS:
        raise SubscriptionError(f"at most {MAX_TERMS} items, separated by commas")
    for item in items:
        if len(item) > MAX_TERM_CHARS:
            raise SubscriptionError(f"{item[:40]!r}…: at most {MAX_TERM_CHARS} characters each")
    return items


def schedule(
    store: Store,
    workspace: str,
    channel: str,
    at: str,
    timezone: str,
    now: datetime,
    source: SubscriptionSource = "slack",
) -> Subscription:
    """Subscribe a channel daily at ``at`` local to ``timezone`` (or change its time)."""
    time_text = parse_time(at)
    zone(timezone)  # raises ScheduleError naming a bad zone
    current = _changeable(store, workspace, channel, source)
    if current is None:
        current = Subscription(
            workspace, channel, time_text, timezone, watermark=store.last_snippet_id()
        )
    updated = replace(
        current,
        time=time_text,
        timezone=timezone.strip(),
        enabled=True,
        source=source,
        since=now.isoformat(),
    )
    store.put_subscription(updated)
    return updated


def set_topics(store: Store, workspace: str, channel: str, topics: tuple[str, ...]) -> Subscription:
    """Keep only items about one of ``topics`` (empty: every topic)."""
    return _update(store, workspace, channel, topics=topics)


def set_speakers(
    store: Store, workspace: str, channel: str, speakers: tuple[str, ...]
) -> Subscription:
    """Keep only items said by (or credited to) one of ``speakers`` (empty: anyone)."""
    return _update(store, workspace, channel, speakers=speakers)


def turn_off(store: Store, workspace: str, channel: str) -> Subscription | None:
    """Stop the channel's digests, keeping its topics and speakers for a later ``daily``."""
    current = _changeable(store, workspace, channel, "slack")
    if current is None or not current.enabled:
        return None
    updated = replace(current, enabled=False)
    store.put_subscription(updated)
    return updated


def _update(store: Store, workspace: str, channel: str, **changes: object) -> Subscription:
    current = _changeable(store, workspace, channel, "slack")
    if current is None:
        raise SubscriptionError(
            "This channel has no digest yet: start one with `/digest daily 09:00` first."
        )
    updated = replace(current, **changes)  # type: ignore[arg-type]
    store.put_subscription(updated)
    return updated


def _changeable(
    store: Store, workspace: str, channel: str, source: SubscriptionSource
) -> Subscription | None:
    current = store.subscription(workspace, channel)
    if current is not None and current.source == "config" and source != "config":
        raise SubscriptionError(
            "This channel's digest is declared in the bot's digests file (config/digests.toml);"
            " change it there."
        )
    return current
