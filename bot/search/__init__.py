"""Search: find the snippets that answer a query, scored 0–100."""

from bot.search.searcher import Searcher

__all__ = ["Searcher"]
