"""Block Kit rendering: the reply card, no-match, help, context, and the App Home view.

Every piece of document or user text goes through ``escape`` before it reaches mrkdwn, so
nothing in a source or a query can ping ``<!channel>``/``<!here>``/a user or forge a link;
the only markup in a message is markup written here. Block Kit limits (3,000 characters per
section text, 50 blocks per message) are enforced on the way out by ``SlackMessage``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from bot.adapters.slack.events import CardState
from bot.commands import HELP_TEXT, Reply
from bot.models import Citation, Match, Snippet
from bot.service import Overview

SECTION_LIMIT = 3_000
MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
QUOTE_LIMIT = 2_500  # room left in the section for the block-quote markers
FALLBACK_LIMIT = 3_000
QUERY_ECHO_LIMIT = 200
NEAR_MISS_LIMIT = 280

SHARE = "citebot_share"
NEXT = "citebot_next"
CONTEXT = "citebot_context"
FULL = "citebot_full"
PICK = "citebot_pick"
ACTIONS = (SHARE, NEXT, CONTEXT, FULL, PICK)

Block = dict[str, Any]


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> tuple[str, bool]:
    """Cut ``text`` at a word so that, escaped, it fits ``limit``; add an ellipsis if cut."""
    if len(escape(text)) <= limit:
        return text, False
    kept: list[str] = []
    used = 1  # the ellipsis
    for word in re.findall(r"\S+\s*", text):
        size = len(escape(word))
        if used + size > limit:
            break
        kept.append(word)
        used += size
    if not kept:  # one enormous "word": cut it hard rather than return nothing
        hard = text[: max(limit // 5, 1)]
        return hard + "…", True
    return "".join(kept).rstrip() + "…", True


def block_quote(text: str) -> str:
    """Escaped text as a mrkdwn block quote, every line marked."""
    return "\n".join("&gt; " + line if line else "&gt;" for line in escape(text).split("\n"))


def safe_url(url: str) -> str:
    """The URL if it is a plain http(s) link, with characters that would break ``<url|label>``
    percent-encoded; otherwise an empty string (no link is better than a forged one)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return ""
    return "".join(f"%{ord(c):02X}" if c in "<>| \"'`\n\r\t" else c for c in url)


def _fragment_part(words: list[str]) -> str:
    # The text-fragment syntax reserves "-", "," and "&"; quote() leaves "-" alone.
    return quote(" ".join(words), safe="").replace("-", "%2D")


def text_fragment_url(url: str, words: str) -> str:
    """A link to the exact words on the page (``#:~:text=start,end``), when there is a URL."""
    base = safe_url(url)
    if not base:
        return ""
    # Punctuation stays (the page has it too); only quote marks around the whole are dropped.
    tokens = words.strip().strip("“”\"'‘’«»").split()
    if not tokens:
        return base
    if len(tokens) <= 8:
        directive = _fragment_part(tokens)
    else:
        directive = f"{_fragment_part(tokens[:4])},{_fragment_part(tokens[-4:])}"
    joiner = ":~:text=" if "#" in base else "#:~:text="
    return f"{base}{joiner}{directive}"


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(*texts: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t} for t in texts if t]}


def _button(label: str, action_id: str, value: str, style: str = "") -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


@dataclass(frozen=True)
class SlackMessage:
    """A message ready to send: the plain-text fallback and the blocks, within Slack's limits."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", cut(self.text, FALLBACK_LIMIT)[0])
        object.__setattr__(self, "blocks", fit_blocks(self.blocks, MAX_BLOCKS))

    def payload(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def fit_blocks(blocks: list[Block], max_blocks: int) -> list[Block]:
    """Enforce the per-section and per-message limits, as a last guard behind the renderers."""
    fitted: list[Block] = []
    for block in blocks[:max_blocks]:
        text = block.get("text")
        if isinstance(text, dict) and len(text.get("text", "")) > SECTION_LIMIT:
            block = {**block, "text": {**text, "text": text["text"][: SECTION_LIMIT - 1] + "…"}}
        fitted.append(block)
    return fitted


# -- the answer card ----------------------------------------------------------------------


def attribution(snippet: Snippet) -> str:
    """Who said it, bold, with their role; or whom a fact is credited to."""
    if snippet.kind == "quote":
        name = escape(snippet.speaker) or "Unattributed"
        role = f", {escape(snippet.speaker_role)}" if snippet.speaker_role else ""
        return f"*{name}*{role}"
    return f"Fact, according to *{escape(snippet.speaker)}*" if snippet.speaker else "Fact"


def citation_line(citation: Citation, words: str = "") -> str:
    """Title (linked to the words in the source when it has a URL) · publisher · date · ¶N."""
    title = escape(cut(citation.title or citation.path or "Untitled", 300)[0])
    link = text_fragment_url(citation.url, words) if citation.url else ""
    head = f"<{link}|{title}>" if link else f"*{title}*"
    rest = [escape(citation.publisher), escape(citation.published), f"¶{citation.paragraph}"]
    return " · ".join([head, *(part for part in rest if part)])


def _plain_citation(citation: Citation) -> str:
    parts = [citation.title, citation.publisher, citation.published, f"¶{citation.paragraph}"]
    return " · ".join(part for part in parts if part)


def _plain_attribution(snippet: Snippet) -> str:
    if snippet.kind == "quote":
        role = f", {snippet.speaker_role}" if snippet.speaker_role else ""
        return f"{snippet.speaker or 'Unattributed'}{role}"
    return f"fact, according to {snippet.speaker}" if snippet.speaker else "fact"


def card(
    snippet: Snippet,
    state: CardState,
    *,
    share: bool = True,
    next_match: bool = True,
    notes: tuple[str, ...] = (),
) -> SlackMessage:
    """The answer card: the words as a block quote, who said them, where; and the buttons.

    ``notes`` are already-escaped mrkdwn lines shown above the card (notices, who shared it).
    """
    words, was_cut = cut(snippet.text, QUOTE_LIMIT)
    blocks: list[Block] = []
    if notes:
        blocks.append(_context(*notes))
    blocks.append(_section(block_quote(words)))
    blocks.append(_section(attribution(snippet)))
    blocks.append(_context(citation_line(snippet.citation, snippet.text)))
    value = state.encode()
    buttons = []
    if share:
        buttons.append(_button("Share in channel", SHARE, value, "primary"))
    if next_match:
        buttons.append(_button("Next match", NEXT, value))
    buttons.append(_button("Show context", CONTEXT, value))
    if was_cut:
        buttons.append(_button("Show full quote", FULL, value))
    blocks.append({"type": "actions", "elements": buttons})
    short = cut(snippet.text, 1_500)[0]
    fallback = f"“{short}” — {_plain_attribution(snippet)} · {_plain_citation(snippet.citation)}"
    return SlackMessage(escape(fallback), blocks)


def answer(reply: Reply, *, share: bool) -> SlackMessage:
    """Any Reply from the router as a message: a card, a no-match, or help text."""
    result = reply.result
    if result is None:
        return help_message(reply.text)
    notes = tuple(f":information_source: {escape(n)}" for n in result.notices)
    best = result.best
    if reply.kind == "answer" and best is not None:
        state = CardState(result.query, reply.search_kind, 0, best.snippet.id)
        return card(best.snippet, state, share=share, notes=notes)
    return no_match(result.query, reply.search_kind, result.matches, notes)


def no_match(
    query: str, kind: str, matches: tuple[Match, ...], notes: tuple[str, ...] = ()
) -> SlackMessage:
    """Say plainly there is no confident match, and offer up to three near misses to pick."""
    echo = escape(cut(query, QUERY_ECHO_LIMIT)[0])
    blocks: list[Block] = []
    if notes:
        blocks.append(_context(*notes))
    blocks.append(_section(f"No confident match for “{echo}”."))
    near = [m for m in matches[:3] if m.score > 0]
    if near:
        blocks.append(_section("Closest, in case one is what you meant:"))
    for position, match in enumerate(near):
        snippet = match.snippet
        words = block_quote(cut(snippet.text, NEAR_MISS_LIMIT)[0])
        where = escape(cut(snippet.citation.title, 120)[0])
        text = f"{words}\n{attribution(snippet)} · _{where}_ ¶{snippet.citation.paragraph}"
        state = CardState(query, kind, position, snippet.id)
        blocks.append({**_section(text), "accessory": _button("Show this", PICK, state.encode())})
    if not near:
        blocks.append(_context("Try other words, or `/fact` for figures and `/quote` for quotes."))
    fallback = f"No confident match for “{cut(query, QUERY_ECHO_LIMIT)[0]}”."
    return SlackMessage(escape(fallback), blocks)


def help_message(text: str) -> SlackMessage:
    """Help, usage or an unknown-command line, as the router wrote it."""
    return SlackMessage(escape(text), [_section(f"```{escape(text)}```")])


def notice(text: str) -> SlackMessage:
    """A one-line message: an error explained, nothing more to show."""
    return SlackMessage(escape(text), [_section(escape(text))])


def paragraphs_message(heading: str, text: str, fallback: str) -> SlackMessage:
    """Long text split over as many block-quote sections as it needs (within 50 blocks)."""
    blocks: list[Block] = [_context(heading)]
    rest = text
    while rest and len(blocks) < MAX_BLOCKS:
        piece, was_cut = cut(rest, QUOTE_LIMIT)
        if was_cut:
            piece = piece.removesuffix("…")
            if len(blocks) == MAX_BLOCKS - 1:
                piece += "…"
        blocks.append(_section(block_quote(piece)))
        rest = rest[len(piece) :].lstrip() if was_cut else ""
    return SlackMessage(escape(fallback), blocks)


def context_message(snippet: Snippet, paragraph: str) -> SlackMessage:
    """The paragraph a snippet stands in, for "Show context"."""
    citation = snippet.citation
    heading = f"Paragraph {citation.paragraph} of {citation_line(citation, snippet.text)}"
    return paragraphs_message(heading, paragraph, paragraph)


def full_quote_message(snippet: Snippet) -> SlackMessage:
    """The whole of a long quote, for "Show full quote"."""
    heading = f"{attribution(snippet)} · {citation_line(snippet.citation, snippet.text)}"
    return paragraphs_message(heading, snippet.text, snippet.text)


# -- App Home -------------------------------------------------------------------------------


def home_view(overview: Overview) -> dict[str, Any]:
    """The App Home tab: what the bot knows, how to ask, the latest additions."""
    counts = overview.counts
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Citebot"}},
        _section(
            "Who said what, where: verbatim, attributed, cited.\n"
            f"I know *{counts.get('documents', 0):,}* sources with "
            f"*{counts.get('quotes', 0):,}* quotes and *{counts.get('facts', 0):,}* facts."
        ),
    ]
    if overview.top_speakers:
        lines = [f"• *{escape(name)}* — {n:,} quotes" for name, n in overview.top_speakers]
        blocks.append(_section("*Most quoted*\n" + "\n".join(lines)))
    blocks += [
        {"type": "divider"},
        _section(f"*How to ask*\n```{escape(HELP_TEXT)}```"),
        {"type": "divider"},
    ]
    if overview.latest:
        blocks.append(_section("*Latest additions*"))
        for source in overview.latest:
            doc = source.document
            title = escape(cut(doc.title or doc.path, 200)[0])
            link = safe_url(doc.url)
            head = f"<{link}|{title}>" if link else f"*{title}*"
            meta = " · ".join(escape(p) for p in (doc.publisher, doc.published) if p)
            counts_line = f"{source.quotes} quotes, {source.facts} facts"
            blocks.append(_section(" · ".join(p for p in (head, meta, counts_line) if p)))
    else:
        blocks.append(_section("*Latest additions*\nNothing yet: add documents to get started."))
    return {"type": "home", "blocks": fit_blocks(blocks, MAX_HOME_BLOCKS)}
