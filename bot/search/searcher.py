"""Match a query against stored snippets with rapidfuzz.

A first, honest matcher: every snippet is scored against the query; the best ones are
returned, and the best is confident only above the threshold.
"""

from __future__ import annotations

import threading
import time

from rapidfuzz import fuzz, process, utils

from bot.models import Match, SearchResult, Snippet
from bot.store import Store


class Searcher:
    """Answers queries over one store, reloading its snippets when the store changes."""

    def __init__(self, store: Store, threshold: float = 60.0):
        self.store = store
        self.threshold = threshold
        self._generation = -1
        self._snippets: list[Snippet] = []
        self._choices: list[str] = []
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        generation = self.store.generation()
        if generation == self._generation:
            return
        with self._lock:
            snippets = list(self.store.iter_snippets())
            self._snippets = snippets
            self._choices = [utils.default_process(f"{s.speaker} {s.text}") for s in snippets]
            self._generation = generation

    def search(self, query: str, kind: str = "any", limit: int = 5) -> SearchResult:
        """Return the best ``limit`` matches for ``query`` among snippets of ``kind``."""
        started = time.perf_counter()
        self._refresh()
        wanted = {"any": None, "quote": "quote", "fact": "fact"}[kind]
        processed = utils.default_process(query)
        hits = process.extract(
            processed,
            self._choices,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=None if wanted else limit,
        )
        matches: list[Match] = []
        for _, score, index in hits:
            snippet = self._snippets[index]
            if wanted and snippet.kind != wanted:
                continue
            matches.append(Match(snippet, round(float(score), 1), score >= self.threshold))
            if len(matches) == limit:
                break
        took = (time.perf_counter() - started) * 1000
        return SearchResult(query, tuple(matches), round(took, 2))
