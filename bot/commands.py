"""Command routing shared by every adapter: text as a person types it in, a Reply out.

``/quote WORDS``, ``/fact WORDS``, ``@citebot question``, a plain question (as in a direct
message) and ``help`` all land here, whether they came from Slack or a terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import SearchResult
from bot.service import Citebot

HELP_TEXT = (
    "Ask me who said what, where:\n"
    "  /quote WORDS   the best-matching quote, with who said it and where\n"
    "  /fact WORDS    the best-matching fact or figure, with its source\n"
    "  @citebot QUESTION   e.g. “what did Lochman say about methane”\n"
    "  help           this message"
)
UNKNOWN_TEXT = "Unknown command {name}: try /quote WORDS, /fact WORDS or help."
_MENTION = re.compile(r"^\s*(?:<@[A-Z0-9]+>|@citebot\b)[\s:,]*", re.IGNORECASE)
_COMMAND_KIND = {"/quote": "quote", "/fact": "fact"}


@dataclass(frozen=True)
class Reply:
    """What the bot says back: an answer, a no-match, help, usage or an error line."""

    kind: str  # "answer", "no_match", "help", "usage", "unknown"
    text: str = ""
    query: str = ""
    search_kind: str = "any"
    result: SearchResult | None = None


def parse(text: str) -> tuple[str, str]:
    """Split input into (command, words); a mention or plain text is the "ask" command."""
    text = text.strip()
    without_mention = _MENTION.sub("", text, count=1)
    if without_mention != text:
        return "ask", without_mention.strip()
    if text.startswith("/"):
        name, _, words = text.partition(" ")
        return name.lower(), words.strip()
    return "ask", text


class Router:
    """Turns a command into a Reply using the core."""

    def __init__(self, bot: Citebot):
        self.bot = bot

    def handle(self, text: str, workspace: str = "") -> Reply:
        """Answer a command asked in ``workspace``, from that workspace's documents only."""
        name, words = parse(text)
        if name in {"/help", "/citebot"} or (name == "ask" and words.lower() in {"help", "?"}):
            return Reply("help", HELP_TEXT)
        if name == "ask":
            return self.answer(words, "any", workspace=workspace)
        if name in _COMMAND_KIND:
            return self.answer(words, _COMMAND_KIND[name], command=name, workspace=workspace)
        return Reply("unknown", UNKNOWN_TEXT.format(name=name))

    def answer(self, words: str, kind: str, command: str = "", workspace: str = "") -> Reply:
        """Search ``workspace`` for ``words`` among snippets of ``kind`` and wrap the result."""
        if not words.strip():
            usage = f"Usage: {command} WORDS\n\n{HELP_TEXT}" if command else HELP_TEXT
            return Reply("usage", usage, search_kind=kind)
        result = self.bot.ask(words, kind=kind, workspace=workspace)
        status = "answer" if result.confident else "no_match"
        return Reply(status, query=result.query, search_kind=kind, result=result)
