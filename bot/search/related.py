"""Words a snippet may write for a query word in the same sense ("kids" → children, "ties" →
relationship, "built" → construct), from WordNet's commonly used senses
(``data/related_words.tsv.gz``, built by ``bench/build_related_words.py``; WordNet 3.0,
Princeton University, WordNet licence). Keyed and valued by the index's stems.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from bot.search.analysis import STOP_WORDS, stems

_DATA = Path(__file__).with_name("data") / "related_words.tsv.gz"


@cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    with gzip.open(_DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _, others = line.rstrip("\n").partition("\t")
            for key in stems(word)[:1]:
                found = table.setdefault(key, set())
                for other in others.split():
                    if other not in STOP_WORDS:
                        found.update(s for s in stems(other)[:1] if s != key)
    return {key: frozenset(value) for key, value in table.items() if value}


def related(stem: str) -> frozenset[str]:
    """The stems of words used in the same sense as the word stemmed ``stem``."""
    return _table().get(stem, frozenset())
