"""A digest as plain text, for `citebot digest preview` and the console."""

from __future__ import annotations

import textwrap

from bot.digests.values import Digest
from bot.models import Snippet
from bot.render_text import attribution, citation_line


def render_digest(digest: Digest, width: int = 88) -> str:
    """The digest as it would be posted, in plain text."""
    day = digest.day
    lines = [f"Daily digest · {day:%A} {day.day} {day:%B %Y} · {digest.channel}"]
    if digest.topics:
        lines.append("Topics: " + ", ".join(digest.topics))
    if digest.speakers:
        lines.append("Speakers: " + ", ".join(digest.speakers))
    lines += ["", "New since the last digest"]
    for item in digest.items:
        lines.append(_snippet(item.snippet, width))
        lines += [f"  also in {citation_line(c)}" for c in item.also]
    if digest.more:
        lines.append(f"…and {digest.more:,} more.")
    if not digest.items:
        lines.append("Nothing new since the last digest.")
    if digest.quote_of_the_day is not None:
        lines += ["", "Quote of the day", _snippet(digest.quote_of_the_day, width)]
    return "\n".join(lines)


def _snippet(snippet: Snippet, width: int) -> str:
    words = f"“{snippet.text}”" if snippet.kind == "quote" else snippet.text
    body = textwrap.fill(words, width=width, initial_indent="• ", subsequent_indent="  ")
    return f"{body}\n  {attribution(snippet)}\n  {citation_line(snippet.citation)}"
