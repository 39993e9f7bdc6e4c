"""A digest as a Slack message: header, what is new (each cited), the quote of the day.

Built from ``blocks.py``'s pieces, so every word from a document goes through the same
escaping and every citation reads as it does in a reply. The message carries metadata
(``citebot_digest`` with the digest's key and what it covered) so a runner recovering from a
crash can find it in the channel's history instead of posting it again.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.slack.blocks import (
    Block,
    SlackMessage,
    _context,
    _section,
    attribution,
    block_quote,
    citation_line,
    cut,
    escape,
)
from bot.digests.values import Digest, DigestItem
from bot.models import Snippet

EVENT_TYPE = "citebot_digest"
ITEM_LIMIT = 600  # characters of an item's words; the rest is in the source
QUOTE_LIMIT = 1_200
ALSO_SHOWN = 3  # near-copies named under an item


def digest_message(digest: Digest) -> SlackMessage:
    """The digest post (or its preview)."""
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": f"Daily digest · {_date(digest)}"},
        }
    ]
    focus = _focus(digest)
    if focus:
        blocks.append(_context(focus))
    blocks.append(_section("*New since the last digest*"))
    for item in digest.items:
        blocks += _item(item)
    if digest.more:
        blocks.append(_context(f"…and {digest.more:,} more."))
    if not digest.items:
        blocks.append(_context("Nothing new since the last digest."))
    quote = digest.quote_of_the_day
    if quote is not None:
        blocks += [
            {"type": "divider"},
            _section("*Quote of the day*"),
            *_snippet(quote, QUOTE_LIMIT),
        ]
    return SlackMessage(escape(fallback(digest)), blocks)


def metadata(digest: Digest) -> dict[str, Any]:
    """The message metadata that lets a later runner recognise this digest's post."""
    quote = digest.quote_of_the_day
    return {
        "event_type": EVENT_TYPE,
        "event_payload": {
            "key": digest.key,
            "through": digest.through_id,
            "quote": quote.id if quote else 0,
            "cycle": digest.cycle,
        },
    }


def fallback(digest: Digest) -> str:
    """The notification text: the date and what the digest holds."""
    count = len(digest.items) + digest.more
    new = f"{count} new item{'s' if count != 1 else ''}" if count else "nothing new"
    quote = digest.quote_of_the_day
    who = f", quote of the day from {quote.speaker}" if quote and quote.speaker else ""
    return f"Daily digest, {_date(digest)}: {new}{who}"


def _date(digest: Digest) -> str:
    return f"{digest.day:%A} {digest.day.day} {digest.day:%B %Y}"


def _focus(digest: Digest) -> str:
    parts = []
    if digest.topics:
        parts.append("Topics: " + ", ".join(escape(t) for t in digest.topics))
    if digest.speakers:
        parts.append("Speakers: " + ", ".join(escape(s) for s in digest.speakers))
    return " · ".join(parts)


def _item(item: DigestItem) -> list[Block]:
    shown = _snippet(item.snippet, ITEM_LIMIT)
    if item.also:
        names = [escape(cut(c.title or c.path, 80)[0]) for c in item.also[:ALSO_SHOWN]]
        extra = len(item.also) - ALSO_SHOWN
        also = "Also in " + "; ".join(names) + (f" and {extra} more" if extra > 0 else "")
        shown[-1]["elements"].append({"type": "mrkdwn", "text": also})
    return shown


def _snippet(snippet: Snippet, limit: int) -> list[Block]:
    """The words as a block quote with who said them, then the citation: as in a reply card."""
    words = cut(snippet.text, limit)[0]
    return [
        _section(f"{block_quote(words)}\n{attribution(snippet)}"),
        _context(citation_line(snippet.citation, snippet.text)),
    ]
