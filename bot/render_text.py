"""Render a Reply as plain text, for the console and the CLI."""

from __future__ import annotations

import textwrap

from bot.commands import Reply
from bot.models import Citation, Match, Snippet


def citation_line(citation: Citation) -> str:
    """Title · publisher · date · paragraph, and the link when there is one."""
    parts = [citation.title, citation.publisher, citation.published, f"¶{citation.paragraph}"]
    line = " · ".join(part for part in parts if part)
    return f"{line} · {citation.url}" if citation.url else line


def attribution(snippet: Snippet) -> str:
    """Who said it, with their role, or who a fact is credited to."""
    if snippet.kind == "quote":
        role = f", {snippet.speaker_role}" if snippet.speaker_role else ""
        return f"— {snippet.speaker}{role}"
    return f"— fact, according to {snippet.speaker}" if snippet.speaker else "— fact"


def render_match(match: Match, width: int = 88) -> str:
    snippet = match.snippet
    words = f"“{snippet.text}”" if snippet.kind == "quote" else snippet.text
    body = textwrap.fill(words, width=width)
    return f"{body}\n  {attribution(snippet)}\n  {citation_line(snippet.citation)}"


def render_reply(reply: Reply) -> str:
    """The answer the Slack app would give, as plain text."""
    if reply.result is None:
        return reply.text
    notices = "".join(f"({notice})\n" for notice in reply.result.notices)
    best = reply.result.best
    if reply.kind == "answer" and best is not None:
        return notices + render_match(best)
    lines = [f"No confident match for “{reply.query}”."]
    near = [m for m in reply.result.matches[:3] if m.score > 0]
    if near:
        lines.append("Closest, in case one is what you meant:")
        for match in near:
            who = match.snippet.speaker or "fact"
            snippet_text = textwrap.shorten(match.snippet.text, 90, placeholder=" …")
            lines.append(f"  · {snippet_text} ({who}; {citation_line(match.snippet.citation)})")
    return notices + "\n".join(lines)
