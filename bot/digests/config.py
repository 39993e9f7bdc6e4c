"""Subscriptions declared as code (``config/digests.toml``), applied idempotently at start.

Each ``[[digest]]`` table names a channel, its time and zone, and optionally its topics and
speakers::

    [[digest]]
    workspace = "T0123ABCD"        # the Slack team id; omit for a single workspace
    channel = "C0123ABCD"
    time = "09:00"
    timezone = "Europe/London"     # default UTC
    topics = ["middle corridor", "critical minerals"]
    speakers = ["Lochman"]

Applying the file twice changes nothing; a channel removed from it has its digest turned off;
a declared channel can then only be changed here (``/digest`` refuses, saying so).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.digests.schedule import ScheduleError, parse_time, zone
from bot.digests.subscriptions import SubscriptionError, split_list
from bot.digests.values import Subscription
from bot.store import Store

_KEYS = {"workspace", "channel", "time", "timezone", "topics", "speakers"}


class DigestConfigError(ValueError):
    """The digests file is unreadable or an entry is wrong; one line naming the entry."""


@dataclass(frozen=True)
class Applied:
    """What applying the file did, by channel ("workspace/channel")."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    turned_off: tuple[str, ...] = ()


def read(path: Path) -> list[Subscription]:
    """Read the declared subscriptions; a missing file declares none."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DigestConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(data) - {"digest"}
    if unknown:
        raise DigestConfigError(
            f"{path}: unknown table {sorted(unknown)[0]!r} (expected [[digest]])"
        )
    entries = data.get("digest", [])
    if not isinstance(entries, list):
        raise DigestConfigError(f"{path}: 'digest' must be [[digest]] tables")
    found: dict[tuple[str, str], Subscription] = {}
    for number, entry in enumerate(entries, start=1):
        subscription = _entry(path, number, entry)
        where = (subscription.workspace, subscription.channel)
        if where in found:
            raise DigestConfigError(
                f"{path}: digest #{number} ({subscription.channel}): channel declared twice"
            )
        found[where] = subscription
    return list(found.values())


def _entry(path: Path, number: int, entry: Any) -> Subscription:
    label = f"{path}: digest #{number}"
    if not isinstance(entry, dict):
        raise DigestConfigError(f"{label}: expected a [[digest]] table")
    channel = entry.get("channel")
    if isinstance(channel, str) and channel.strip():
        label += f" ({channel.strip()})"
    unknown = set(entry) - _KEYS
    if unknown:
        raise DigestConfigError(f"{label}: unknown key {sorted(unknown)[0]!r}")
    try:
        if not isinstance(channel, str) or not channel.strip():
            raise ValueError('needs channel = "C..." (the channel id)')
        workspace = _text(entry, "workspace", "")
        at = parse_time(_text(entry, "time", None))
        timezone = _text(entry, "timezone", "UTC")
        zone(timezone)
        topics = split_list(", ".join(_texts(entry, "topics")))
        speakers = split_list(", ".join(_texts(entry, "speakers")))
    except (ValueError, ScheduleError, SubscriptionError) as exc:
        raise DigestConfigError(f"{label}: {exc}") from None
    return Subscription(workspace, channel.strip(), at, timezone, topics, speakers, True, "config")


def _text(entry: dict[str, Any], key: str, default: str | None) -> str:
    value = entry.get(key, default)
    if value is None:
        raise ValueError(f'needs {key} = "..."')
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value.strip()


def _texts(entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    if any("," in v for v in value):
        raise ValueError(f"{key}: one item per string, without commas")
    return value


def apply(store: Store, declared: list[Subscription], now: datetime) -> Applied:
    """Make the store's declared subscriptions match ``declared``; unchanged ones are left be."""
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    for wanted in declared:
        name = f"{wanted.workspace or '-'}/{wanted.channel}"
        current = store.subscription(wanted.workspace, wanted.channel)
        if current is None:
            store.put_subscription(
                replace(wanted, since=now.isoformat(), watermark=store.last_snippet_id())
            )
            added.append(name)
            continue
        same_schedule = (current.time, current.timezone, current.enabled) == (
            wanted.time,
            wanted.timezone,
            True,
        )
        updated = replace(
            wanted,
            since=current.since if same_schedule else now.isoformat(),
            watermark=current.watermark,
        )
        if updated == current:
            unchanged.append(name)
        else:
            store.put_subscription(updated)
            changed.append(name)
    kept = {(s.workspace, s.channel) for s in declared}
    turned_off: list[str] = []
    for current in store.subscriptions():
        if (
            current.source == "config"
            and current.enabled
            and ((current.workspace, current.channel) not in kept)
        ):
            store.put_subscription(replace(current, enabled=False, source="slack"))
            turned_off.append(f"{current.workspace or '-'}/{current.channel}")
    return Applied(tuple(added), tuple(changed), tuple(unchanged), tuple(turned_off))
