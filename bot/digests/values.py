"""The digest values shared by the store, the core and the adapters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from bot.models import Citation, Snippet

DigestState = Literal["claimed", "posted", "skipped"]
SubscriptionSource = Literal["slack", "config", "cli"]


@dataclass(frozen=True)
class Subscription:
    """One channel's daily digest: when, in which zone, and what it is about.

    ``workspace`` is the Slack team id ("" for local or console use); together with
    ``channel`` it names the subscription. ``since`` (ISO UTC) is when the schedule took
    effect: no digest is due before it. ``watermark`` is the last snippet id that existed
    then, so the first digest holds what was added after subscribing.
    """

    workspace: str
    channel: str
    time: str  # "HH:MM", 24-hour, local to ``timezone``
    timezone: str  # IANA name, e.g. Europe/London
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    enabled: bool = True
    source: SubscriptionSource = "slack"
    since: str = ""
    watermark: int = 0


@dataclass(frozen=True)
class DigestRecord:
    """The store's ledger row for one channel's digest on one local day.

    A row exists once a runner claimed the day; ``state`` says how it ended: ``posted`` (with
    the message's ``message_ts``), ``skipped`` (with a ``reason``), or still ``claimed`` by
    ``holder`` until ``lease_until`` (ISO UTC), after which another runner may take it over.
    """

    workspace: str
    channel: str
    day: str  # local date, ISO
    state: DigestState
    holder: str = ""
    lease_until: str = ""
    attempts: int = 1
    message_ts: str = ""
    through_id: int = 0  # the last snippet id the digest covered
    quote_id: int = 0  # the quote of the day shown (0: none)
    cycle: int = 0  # the quote-of-the-day rotation round it belongs to
    reason: str = ""


@dataclass(frozen=True)
class DigestItem:
    """One entry of "New since the last digest": the best snippet of a group of near-copies,
    and where the merged copies stand."""

    snippet: Snippet
    score: float
    also: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Digest:
    """Everything one digest post holds, ready for an adapter to render."""

    workspace: str
    channel: str
    day: date
    items: tuple[DigestItem, ...]
    more: int  # matching items left out beyond the limit
    quote_of_the_day: Snippet | None
    through_id: int
    cycle: int
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        """The digest's id, carried in the posted message so a later runner can find it."""
        return digest_key(self.workspace, self.channel, self.day.isoformat())

    @property
    def empty(self) -> bool:
        """Nothing new and no quote of the day: nothing worth posting."""
        return not self.items and self.quote_of_the_day is None


def digest_key(workspace: str, channel: str, day: str) -> str:
    return f"{workspace or '-'}/{channel}/{day}"
