"""Post every digest that is due, each channel and day exactly once, through an adapter.

A day is claimed in the store before anything is posted (``Store.claim_digest``), with a
lease. The runner that holds the claim composes, posts and marks the day posted. If it dies
between claiming and marking, the lease runs out and the next runner takes the claim over;
because the dead runner may have posted just before dying, the new one first asks the
adapter whether the channel already shows that digest (the post carries its key) and only
posts if it does not. If even that cannot be checked, nothing is posted until it can: a
missed digest is better than a repeated one.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, Protocol

from bot.digests.compose import Composer
from bot.digests.schedule import ScheduleError, next_due, occurrences
from bot.digests.values import Digest, DigestRecord, Subscription, digest_key
from bot.service import Citebot

log = logging.getLogger(__name__)

OutcomeStatus = Literal["posted", "recovered", "skipped", "busy", "failed"]


class DeliveryError(RuntimeError):
    """Posting a digest, or checking whether it was posted, failed; the message says why."""


@dataclass(frozen=True)
class Posted:
    """A digest found already in its channel, with what it covered (read from the post)."""

    message_ts: str
    through_id: int
    quote_id: int
    cycle: int


class Poster(Protocol):
    """What an adapter provides to deliver digests (Slack: ``bot.adapters.slack.digests``)."""

    def post(self, digest: Digest) -> str:
        """Post the digest to its channel; return the message's id (Slack: its ts)."""

    def find(self, record: DigestRecord, since: datetime) -> Posted | None:
        """Look in the record's channel, from ``since``, for the post of its digest."""


@dataclass(frozen=True)
class DigestOptions:
    """The digest settings (``CITEBOT_DIGEST_*``)."""

    max_items: int = 5
    when_empty: Literal["quote", "skip"] = "quote"
    grace: timedelta = timedelta(hours=6)
    lease: timedelta = timedelta(minutes=10)
    retry_after: timedelta = timedelta(minutes=5)

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> DigestOptions:
        return cls(
            max_items=settings["CITEBOT_DIGEST_MAX_ITEMS"],
            when_empty=settings["CITEBOT_DIGEST_WHEN_EMPTY"],
            grace=timedelta(hours=settings["CITEBOT_DIGEST_GRACE_HOURS"]),
        )


@dataclass(frozen=True)
class Outcome:
    """What one run did for one channel and day."""

    workspace: str
    channel: str
    day: str
    status: OutcomeStatus
    detail: str = ""
    message_ts: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "workspace": self.workspace,
            "channel": self.channel,
            "day": self.day,
            "status": self.status,
            "detail": self.detail,
            "message_ts": self.message_ts,
        }


def new_holder() -> str:
    """A name for one runner, unique across hosts and processes."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class DigestRunner:
    """Runs due digests for every subscription in one store."""

    def __init__(
        self,
        bot: Citebot,
        poster: Poster | None = None,
        options: DigestOptions | None = None,
        holder: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self.bot = bot
        self.poster = poster
        self.options = options or DigestOptions()
        self.holder = holder or new_holder()
        self.composer = Composer(bot, self.options.max_items)
        self.clock = clock

    @property
    def store(self) -> Any:
        return self.bot.store

    @property
    def _poster(self) -> Poster:
        assert self.poster is not None  # run_due checked
        return self.poster

    # -- the schedule ----------------------------------------------------------------------

    def run_due(self, now: datetime | None = None) -> list[Outcome]:
        """Post (or record as skipped) every digest due at ``now`` that is not done yet."""
        if self.poster is None:
            raise ValueError("running digests needs a poster")
        now = now or self.clock()
        outcomes: list[Outcome] = []
        back = self.options.grace + timedelta(days=2)
        for subscription in self.store.subscriptions():
            if not subscription.enabled:
                continue
            try:
                due_days = occurrences(subscription, now, back)
            except ScheduleError as exc:
                log.error("digest %s/%s: %s", subscription.workspace, subscription.channel, exc)
                continue
            if not due_days:
                continue
            records = {r.day: r for r in self.store.digest_records(*_where(subscription))}
            for position, (day, due) in enumerate(due_days):
                record = records.get(day.isoformat())
                if record is not None and not _open(record, now):
                    continue
                late = now - due
                in_grace = position == 0 and late <= self.options.grace
                reason = (
                    "" if in_grace else f"missed: due {due:%Y-%m-%d %H:%M} UTC, {_hours(late)} late"
                )
                outcome = self._run_day(subscription, day, due, now, list(records.values()), reason)
                if outcome is not None:
                    outcomes.append(outcome)
        return outcomes

    def _run_day(
        self,
        subscription: Subscription,
        day: date,
        due: datetime,
        now: datetime,
        records: list[DigestRecord],
        skip_reason: str,
    ) -> Outcome | None:
        workspace, channel = _where(subscription)
        iso = day.isoformat()
        claim = self.store.claim_digest(
            workspace, channel, iso, self.holder, now, now + self.options.lease
        )
        if claim is None:
            return Outcome(workspace, channel, iso, "busy", "another runner has this day")

        def outcome(status: OutcomeStatus, detail: str = "", ts: str = "") -> Outcome:
            return Outcome(workspace, channel, iso, status, detail, ts)

        if claim.attempts > 1:
            # An earlier attempt never finished: it may have posted just before it died.
            try:
                found = self._poster.find(claim, due - timedelta(minutes=1))
            except DeliveryError as exc:
                self._release(claim, now, f"cannot check for an earlier post: {exc}")
                return outcome("failed", f"cannot check for an earlier post: {exc}")
            if found is not None:
                self._finish(
                    claim,
                    "posted",
                    message_ts=found.message_ts,
                    through_id=found.through_id,
                    quote_id=found.quote_id,
                    cycle=found.cycle,
                    reason="found in the channel after an unfinished attempt",
                )
                return outcome("recovered", "an earlier attempt had posted it", found.message_ts)
        if skip_reason:
            self._finish(claim, "skipped", reason=skip_reason)
            return outcome("skipped", skip_reason)
        digest = self.composer.compose(subscription, day, records)
        if digest.empty or (not digest.items and self.options.when_empty == "skip"):
            self._finish(claim, "skipped", reason="nothing new")
            return outcome("skipped", "nothing new")
        try:
            ts = self._poster.post(digest)
        except DeliveryError as exc:
            self._release(claim, now, str(exc))
            return outcome("failed", str(exc))
        self._finish(
            claim,
            "posted",
            message_ts=ts,
            through_id=digest.through_id,
            quote_id=digest.quote_of_the_day.id if digest.quote_of_the_day else 0,
            cycle=digest.cycle,
        )
        return outcome("posted", f"{len(digest.items)} new, {digest.more} more", ts)

    def _finish(
        self, claim: DigestRecord, state: Literal["posted", "skipped"], **values: Any
    ) -> None:
        if not self.store.finish_digest(replace(claim, state=state, **values)):
            # Our lease ran out and another runner took the day over: it will find our post.
            log.warning("digest %s: the claim was lost before it was marked %s", _key(claim), state)

    def _release(self, claim: DigestRecord, now: datetime, reason: str) -> None:
        log.warning(
            "digest %s: %s; retrying after %s", _key(claim), reason, self.options.retry_after
        )
        self.store.release_digest(
            claim.workspace,
            claim.channel,
            claim.day,
            claim.holder,
            now + self.options.retry_after,
            reason,
        )

    # -- what the next digest would be -----------------------------------------------------

    def next_day(
        self, subscription: Subscription, now: datetime | None = None
    ) -> tuple[date, datetime]:
        """The next day the channel gets a digest and when: today's if it is still to come
        (or due and not done, within the grace window), else the next."""
        now = now or self.clock()
        records = {r.day: r for r in self.store.digest_records(*_where(subscription))}
        for day, due in occurrences(subscription, now, self.options.grace)[:1]:
            record = records.get(day.isoformat())
            if record is None or _open(record, now):
                return day, due
        day, due = next_due(subscription, now)
        if day.isoformat() in records and not _open(records[day.isoformat()], now):
            return next_due(subscription, due + timedelta(minutes=1))
        return day, due

    def preview(self, subscription: Subscription, now: datetime | None = None) -> Digest:
        """The channel's next digest as it would be posted now (nothing is recorded)."""
        day, _ = self.next_day(subscription, now)
        return self.composer.compose(
            subscription, day, self.store.digest_records(*_where(subscription))
        )


def _where(subscription: Subscription) -> tuple[str, str]:
    return subscription.workspace, subscription.channel


def _open(record: DigestRecord, now: datetime) -> bool:
    """Whether a ledger row still needs a runner: claimed, and its lease has run out."""
    return record.state == "claimed" and (
        not record.lease_until or datetime.fromisoformat(record.lease_until) <= now
    )


def _key(record: DigestRecord) -> str:
    return digest_key(record.workspace, record.channel, record.day)


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} h"
