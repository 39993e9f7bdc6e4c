"""Delivering digests to Slack: the Poster the core's runner uses, and the schedule thread.

Posting paces itself to about one message per second per channel (Slack's limit for
chat.postMessage) and the Web client retries 429s after Retry-After. Each post carries the
digest's key in its message metadata; ``find`` reads the channel's history for it, which is
how a runner taking over an unfinished claim knows whether the earlier attempt had posted.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.adapters.slack.client import web_client
from bot.adapters.slack.digest_blocks import EVENT_TYPE, digest_message, metadata
from bot.digests.runner import DeliveryError, DigestOptions, DigestRunner, Posted
from bot.digests.values import Digest, DigestRecord, digest_key
from bot.service import Citebot
from bot.settings import Settings

log = logging.getLogger(__name__)

PER_CHANNEL_INTERVAL = 1.0  # seconds between two posts to one channel
HISTORY_PAGES = 10  # pages of 200 messages read when looking for an earlier post
TICK_SECONDS = 60.0


class SlackPoster:
    """Posts digests with a Web client (one per workspace through ``client_for``)."""

    def __init__(
        self,
        client_for: Callable[[str], WebClient],
        interval: float = PER_CHANNEL_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.client_for = client_for
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._last: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    def post(self, digest: Digest) -> str:
        self._pace(digest.workspace, digest.channel)
        message = digest_message(digest)
        try:
            response = self.client_for(digest.workspace).chat_postMessage(
                channel=digest.channel,
                metadata=metadata(digest),
                unfurl_links=False,
                unfurl_media=False,
                **message.payload(),
            )
        except SlackApiError as exc:
            raise DeliveryError(f"chat.postMessage to {digest.channel}: {_error(exc)}") from None
        except (SlackClientError, OSError) as exc:
            raise DeliveryError(f"chat.postMessage to {digest.channel}: {exc!r}") from None
        return str(response.get("ts") or "")

    def find(self, record: DigestRecord, since: datetime) -> Posted | None:
        key = digest_key(record.workspace, record.channel, record.day)
        client = self.client_for(record.workspace)
        where = f"conversations.history of {record.channel}"
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            try:
                page = client.conversations_history(
                    channel=record.channel,
                    oldest=f"{since.timestamp():.6f}",
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
            except SlackApiError as exc:
                raise DeliveryError(
                    f"conversations.history of {record.channel}: {_error(exc)}"
                ) from None
            except (SlackClientError, OSError) as exc:
                raise DeliveryError(f"conversations.history of {record.channel}: {exc!r}") from None
            for message in page.get("messages") or []:
                found = _posted(message, key)
                if found is not None:
                    return found
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return None
        raise DeliveryError(f"{where}: too long to search")

    def _pace(self, workspace: str, channel: str) -> None:
        with self._lock:
            now = self._clock()
            last = self._last.get((workspace, channel))
            wait = 0.0 if last is None else max(0.0, last + self.interval - now)
            self._last[(workspace, channel)] = now + wait
        if wait:
            self._sleep(wait)


def _posted(message: dict[str, Any], key: str) -> Posted | None:
    data = message.get("metadata") or {}
    payload = data.get("event_payload") or {}
    if data.get("event_type") != EVENT_TYPE or payload.get("key") != key:
        return None
    try:
        return Posted(
            str(message.get("ts") or ""),
            int(payload.get("through", 0)),
            int(payload.get("quote", 0)),
            int(payload.get("cycle", 0)),
        )
    except (TypeError, ValueError):
        return None


def _error(exc: SlackApiError) -> str:
    return str(exc.response.get("error") or f"HTTP {exc.response.status_code}")


class DigestSchedule:
    """Runs due digests every minute on a daemon thread, for ``citebot serve``."""

    def __init__(self, runner: DigestRunner, tick: float = TICK_SECONDS):
        self.runner = runner
        self.tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="citebot-digests", daemon=True)

    def start(self) -> DigestSchedule:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                for outcome in self.runner.run_due():
                    level = logging.WARNING if outcome.status == "failed" else logging.INFO
                    log.log(
                        level,
                        "digest %s/%s %s: %s %s",
                        outcome.workspace or "-",
                        outcome.channel,
                        outcome.day,
                        outcome.status,
                        outcome.detail,
                    )
            except Exception:  # the schedule must outlive one bad run (a store restart, ...)
                log.exception("running due digests failed; trying again in %s s", self.tick)
            # Wake at the start of the next minute, so 09:00 posts at 09:00:0x.
            self._stop.wait(self.tick - time.time() % self.tick)


def clients(settings: Settings) -> Callable[[str], WebClient]:
    """A Web client per workspace: the one bot token, or in multi-workspace mode the
    workspace's installation (its rotating token refreshed as Bolt's authorizer does)."""
    client = web_client(settings)
    if not settings.slack_oauth:
        return lambda workspace: client
    from bot.adapters.slack.installs import NotInstalled, open_installs, workspace_clients

    installs = open_installs(settings["DATABASE_URL"], settings["SLACK_CLIENT_ID"])
    client_for = workspace_clients(settings, installs)

    def for_workspace(workspace: str) -> WebClient:
        try:
            return client_for(workspace)
        except NotInstalled as exc:
            raise DeliveryError(f"{exc} (was the app removed?)") from None

    return for_workspace


def start_schedule(bot: Citebot, settings: Settings, db_url: str | None = None) -> DigestSchedule:
    """Run due digests every minute from now on, posting with the settings' Slack clients."""
    if db_url and settings.slack_oauth:
        settings = Settings({**settings, "DATABASE_URL": db_url})
    runner = DigestRunner(
        bot, SlackPoster(clients(settings)), DigestOptions.from_settings(settings)
    )
    return DigestSchedule(runner).start()
