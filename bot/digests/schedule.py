"""When a subscription is due: a local time of day in an IANA zone, daylight saving included.

09:00 Europe/London is 09:00 on the wall clock every day: 08:00 UTC in summer, 09:00 UTC in
winter. A time the clocks skip that day (01:30 when they jump from 01:00 to 02:00) is posted
when the wall clock would have shown it, i.e. just after the jump; a time that happens twice
(01:30 when they go back) is posted the first time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.digests.values import Subscription

_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", re.IGNORECASE)


class ScheduleError(ValueError):
    """A time of day or a time zone that cannot be used; the message says which and why."""


def parse_time(text: str) -> str:
    """Read "09:00", "9:00", "9am", "6:30pm" or "18:30" as canonical "HH:MM"."""
    found = _TIME.fullmatch(text.strip())
    if not found:
        raise ScheduleError(f"{text!r} is not a time of day (try 09:00 or 6:30pm)")
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    suffix = (found.group(3) or "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"{text!r}: with am/pm the hour is 1 to 12")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif found.group(2) is None:
        raise ScheduleError(f"{text!r} is not a time of day (try 09:00 or 6:30pm)")
    if hour > 23 or minute > 59:
        raise ScheduleError(f"{text!r} is not a time of day (hours 0-23, minutes 0-59)")
    return f"{hour:02d}:{minute:02d}"


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (e.g. Europe/London, UTC), or a ScheduleError saying so."""
    cleaned = name.strip()
    # ZoneInfo also accepts file-system paths and odd spellings; only real zone names will do.
    if cleaned not in _zone_names():
        raise ScheduleError(
            f"{name!r} is not an IANA time zone (e.g. Europe/London, America/New_York, UTC)"
        )
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError) as exc:  # pragma: no cover - listed but unreadable
        raise ScheduleError(f"{name!r}: time zone data unreadable ({exc})") from None


_ZONES: frozenset[str] = frozenset()


def _zone_names() -> frozenset[str]:
    global _ZONES
    if not _ZONES:
        _ZONES = frozenset(available_timezones() | {"UTC"})
    return _ZONES


def due_at(subscription: Subscription, day: date) -> datetime:
    """The instant (UTC) the subscription's digest for local ``day`` is due."""
    tz = zone(subscription.timezone)
    hour, minute = (int(part) for part in subscription.time.split(":"))
    local = datetime.combine(day, time(hour, minute), tzinfo=tz)  # fold=0: the first 01:30
    # Round-trip through UTC: a wall time the clocks skip becomes the instant just after the
    # jump, read with the offset in force before it (01:30 GMT = 02:30 BST).
    return local.astimezone(UTC)


def local_day(subscription: Subscription, moment: datetime) -> date:
    """The subscription's local date at ``moment``."""
    return moment.astimezone(zone(subscription.timezone)).date()


def occurrences(
    subscription: Subscription, now: datetime, back: timedelta
) -> list[tuple[date, datetime]]:
    """The (local day, due instant) pairs due in ``(now - back, now]``, newest first, never
    before the subscription took effect (``since``)."""
    since = datetime.fromisoformat(subscription.since) if subscription.since else None
    today = local_day(subscription, now)
    found: list[tuple[date, datetime]] = []
    for offset in range(0, back.days + 3):
        day = today - timedelta(days=offset)
        due = due_at(subscription, day)
        if due > now:
            continue
        if now - due > back or (since is not None and due < since):
            break
        found.append((day, due))
    return found


def next_due(subscription: Subscription, now: datetime) -> tuple[date, datetime]:
    """The first (local day, due instant) at or after ``now``."""
    today = local_day(subscription, now)
    for offset in range(-1, 3):
        day = today + timedelta(days=offset)
        due = due_at(subscription, day)
        if due >= now:
            return day, due
    raise AssertionError("a daily time is always due within three days")  # pragma: no cover
