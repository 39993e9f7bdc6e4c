"""Recognise the speaker a query names, even misspelled: "lochmann methane" → Laura Lochman."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.search.analysis import STOP_WORDS, QueryPlan, words

# Name parts too common to name anyone on their own ("the", "de", "van", titles).
_NOT_NAMES = STOP_WORDS | {"de", "da", "van", "von", "der", "la", "le", "el", "al", "bin", "mr"}
_NOT_NAMES |= {"mrs", "ms", "dr", "prof", "sir", "president", "minister", "jr", "sr"}


def may_name(word: str) -> bool:
    """Whether a folded query word may be part of someone's name (what ``find`` looks up)."""
    return len(word) >= 3 and word not in _NOT_NAMES and not word.isdigit()


def _max_edits(word: str) -> int:
    """How many typos a name part of this length may carry and still be recognised."""
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 6 else 2


@dataclass(frozen=True)
class SpeakerHint:
    """The speakers a query names, and which of its words named them."""

    speakers: frozenset[str]
    words: frozenset[str]  # query words (folded) taken as name parts
    strength: float  # 1.0 exact name parts, less for typos


class SpeakerDirectory:
    """Every speaker's name parts, for matching query words against."""

    def __init__(self, names: Iterable[str]):
        self._by_part: dict[str, set[str]] = defaultdict(set)
        for name in names:
            for part in words(name):
                if len(part) >= 3 and part not in _NOT_NAMES and not part.isdigit():
                    self._by_part[part].add(name)
        self._parts = list(self._by_part)

    def __len__(self) -> int:
        return len(self._parts)

    def find(
        self,
        plan: QueryPlan,
        common: Callable[[str], bool] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> SpeakerHint | None:
        """Return the speaker(s) the query names, or None.

        ``common`` says whether a name part is mostly an ordinary word in the corpus ("new" of
        "New Zealand Herald"): such a part names nobody unless another part of the name is in
        the query too, or it stands where the query names a speaker ("what did X say").
        ``known`` says whether the corpus writes a word: such a word is what it is, not a typo
        of a name ("water" is not "Walter").
        """
        votes: dict[str, float] = defaultdict(float)
        named_by: dict[str, dict[str, float]] = defaultdict(dict)  # name -> query word -> sim
        for term in plan.words:
            word = term.word
            if not may_name(word):
                continue
            if word in self._by_part:
                part, similarity = word, 1.0
            else:
                edits = _max_edits(word)
                if not edits or (known is not None and known(word)):
                    continue
                best = process.extractOne(
                    word,
                    self._parts,
                    scorer=Levenshtein.distance,
                    score_cutoff=edits,
                )
                if best is None or best[0][0] != word[0]:
                    # A typo in the first letter is rare; demanding it keeps "cohen" from
                    # matching "bohen" and the like.
                    continue
                part, similarity = best[0], 1.0 - best[1] / max(len(word), len(best[0]))
            for name in self._by_part[part]:
                votes[name] += similarity
                named_by[name][word] = similarity
        if common is not None:
            slot = set(plan.speaker_slot)
            for name, found in named_by.items():
                if len(found) == 1 and not (slot & set(found)) and all(map(common, found)):
                    del votes[name]
        if not votes:
            return None
        top = max(votes.values())
        chosen = frozenset(name for name, vote in votes.items() if vote >= top - 1e-9)
        used = {w: sim for name in chosen for w, sim in named_by[name].items()}
        return SpeakerHint(chosen, frozenset(used), min(used.values()))
