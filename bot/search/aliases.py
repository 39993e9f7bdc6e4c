"""Other names news copy gives the same country or body, for query words the text may write
another way: a capital standing for its government ("sanctions on Moscow" for sanctions
against Russia, "Astana and Washington" for Kazakhstan and the United States) and the short
forms everyone uses ("the US", "UK", "EU", "USSR").

Each group is one thing; any of its names stands for any other. Only whole names: the ranker
credits an alias as it credits a word split in two (``ranking.SPLIT_CREDIT``), and the
searcher offers only the aliases the corpus writes.
"""

from __future__ import annotations

import re

from bot.search.analysis import words

_GROUPS = """
usa | united states | u s | america | washington
united kingdom | uk | britain | london
european union | eu | brussels
soviet union | ussr
united nations | un
russia | moscow | kremlin
china | beijing
kazakhstan | astana
uzbekistan | tashkent
kyrgyzstan | bishkek
tajikistan | dushanbe
turkmenistan | ashgabat
azerbaijan | baku
georgia | tbilisi
armenia | yerevan
turkey | turkiye | ankara
iran | tehran
afghanistan | kabul
pakistan | islamabad
india | new delhi
japan | tokyo
south korea | seoul
north korea | pyongyang
ukraine | kyiv | kiev
belarus | minsk
france | paris
germany | berlin
italy | rome
spain | madrid
poland | warsaw
israel | jerusalem
saudi arabia | riyadh
egypt | cairo
australia | canberra
canada | ottawa
mexico | mexico city
brazil | brasilia
taiwan | taipei
"""


def _parse(table: str) -> dict[str, list[tuple[str, ...]]]:
    by_name: dict[str, list[tuple[str, ...]]] = {}
    for line in table.strip().splitlines():
        names = [tuple(words(name)) for name in line.split("|")]
        for name in names:
            if len(name) == 1:  # a query word looks up its one-word names
                by_name[name[0]] = [other for other in names if other != name]
    return by_name


_BY_NAME = _parse(_GROUPS)

# "the US", "U.S.", "US": the country, not the pronoun "us" (a stop word). Written "USA" for
# the search, a word that finds "United States", "U.S." (the index's "u s") and "America".
_US = re.compile(r"\b(?:[Tt]he\s+(?:US|U\.S\.?|us)|U\.S\.A?\.?|USA|US)(?![\w.])")


def aliases(word: str) -> list[tuple[str, ...]]:
    """The other names of the country or body ``word`` (folded) names, each as its words."""
    return _BY_NAME.get(word, [])


def spell_out(query: str) -> str:
    """The query with "the US" written "the USA", so the country is a term."""
    return _US.sub(lambda m: "the USA" if m.group(0)[:3].lower() == "the" else "USA", query)
