"""Slack payloads turned into the bot's own values, at the edge.

Listeners call these first and pass only the frozen values below inward; nothing past this
module reads a Slack dict. Text arrives in Slack's message markup (``&lt;``, ``<@U123>``,
``<https://x|label>``, ``<!channel>``) and leaves here as plain text, so the core searches
what a person typed, and every renderer escapes it again on the way out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

KINDS = ("any", "quote", "fact")
MAX_BUTTON_VALUE = 2_000  # Slack's limit on a button's value
MAX_STATE_QUERY = 1_500

_TOKEN = re.compile(r"<([^<>]*)>")


class PayloadError(ValueError):
    """A payload lacks a field the bot needs, or a button carries a value it did not write."""


def plain_text(markup: str) -> str:
    """Turn Slack message markup into the plain text a person typed."""

    def token(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("!"):
            # <!channel>, <!here>, <!subteam^S123|@team>, <!date^...|fallback>
            return label or "@" + target[1:].split("^")[0]
        if target.startswith(("@", "#")):
            return (target[0] + label) if label else target
        return label or target

    text = _TOKEN.sub(token, markup)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _str(data: dict[str, Any], key: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise PayloadError(f"payload has no {key!r}")
        return ""
    return str(value)


@dataclass(frozen=True)
class SlashCommand:
    """``/quote WORDS`` or ``/fact WORDS`` as typed."""

    command: str
    text: str
    user_id: str
    channel_id: str
    response_url: str

    @property
    def line(self) -> str:
        """The command as the router reads it."""
        return f"{self.command} {self.text}"


def slash_command(body: dict[str, Any]) -> SlashCommand:
    return SlashCommand(
        command=_str(body, "command").lower(),
        text=plain_text(_str(body, "text", required=False)).strip(),
        user_id=_str(body, "user_id"),
        channel_id=_str(body, "channel_id"),
        response_url=_str(body, "response_url"),
    )


@dataclass(frozen=True)
class Message:
    """A question put to the bot: an @mention in a channel or a direct message."""

    event_id: str
    channel_id: str
    user_id: str
    text: str
    ts: str
    thread_ts: str
    direct: bool

    @property
    def reply_thread(self) -> str | None:
        """Where the answer goes: a mention's thread (or the thread it was asked in); a DM's
        answer goes inline unless the question was itself in a thread."""
        if self.direct:
            return self.thread_ts or None
        return self.thread_ts or self.ts


def is_question(event: dict[str, Any]) -> bool:
    """Whether a message event is a person's new message (not an edit, join, or a bot)."""
    return not (event.get("bot_id") or event.get("subtype") or event.get("hidden"))


def message(body: dict[str, Any], bot_user_id: str | None = None) -> Message:
    """An ``app_mention`` or ``message.im`` event callback as a Message."""
    event = body.get("event") or {}
    raw = _str(event, "text", required=False)
    if bot_user_id:
        # The mention can sit anywhere ("thanks <@UBOT>, who said ..."); drop every one.
        raw = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", raw)
    return Message(
        event_id=_str(body, "event_id"),
        channel_id=_str(event, "channel"),
        user_id=_str(event, "user"),
        text=" ".join(plain_text(raw).split()),
        ts=_str(event, "ts"),
        thread_ts=_str(event, "thread_ts", required=False),
        direct=event.get("channel_type") == "im",
    )


@dataclass(frozen=True)
class CardState:
    """What a card's buttons need to act later: the query, and which match the card shows."""

    query: str
    kind: str
    position: int  # 0 = the best match
    snippet_id: int

    def encode(self) -> str:
        """The button value: compact JSON, the query cut until it fits Slack's limit."""
        query = self.query[:MAX_STATE_QUERY]
        while True:
            value = json.dumps(
                {"q": query, "k": self.kind, "p": self.position, "s": self.snippet_id},
                ensure_ascii=False,
                separators=(",", ":"),
            )
            if len(value) <= MAX_BUTTON_VALUE:
                return value
            query = query[: len(query) - (len(value) - MAX_BUTTON_VALUE)]

    @classmethod
    def decode(cls, value: str) -> CardState:
        try:
            data = json.loads(value)
            state = cls(str(data["q"]), str(data["k"]), int(data["p"]), int(data["s"]))
        except (ValueError, TypeError, KeyError) as exc:
            raise PayloadError(f"button value is not a Citebot card state: {value[:80]!r}") from exc
        if state.kind not in KINDS or state.position < 0 or state.snippet_id < 0:
            raise PayloadError(f"button value is out of range: {value[:80]!r}")
        return state


@dataclass(frozen=True)
class ButtonPress:
    """A press on one of a card's buttons."""

    action_id: str
    state: CardState
    user_id: str
    channel_id: str
    response_url: str
    ephemeral: bool


def button_press(body: dict[str, Any]) -> ButtonPress:
    actions = body.get("actions") or []
    if not actions:
        raise PayloadError("block_actions payload has no actions")
    action = actions[0]
    container = body.get("container") or {}
    channel = body.get("channel") or {}
    return ButtonPress(
        action_id=_str(action, "action_id"),
        state=CardState.decode(_str(action, "value")),
        user_id=_str(body.get("user") or {}, "id"),
        channel_id=_str(channel, "id", required=False)
        or _str(container, "channel_id", required=False),
        response_url=_str(body, "response_url"),
        ephemeral=bool(container.get("is_ephemeral")),
    )


@dataclass(frozen=True)
class HomeOpened:
    """A person opened the bot's App Home."""

    user_id: str
    tab: str


def home_opened(body: dict[str, Any]) -> HomeOpened:
    event = body.get("event") or {}
    return HomeOpened(user_id=_str(event, "user"), tab=_str(event, "tab", required=False))
