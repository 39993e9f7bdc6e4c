"""Choose what one channel's digest holds for one day.

"New since the last digest" is every snippet stored after the channel's previous posted digest
(snippet ids grow in commit order, so the previous digest's last id is the watermark), kept
when it is about one of the channel's topics and said by one of its speakers, best first, with
near-copies merged, at most ``max_items`` and how many more. The quote of the day rotates
through every stored quote without repeats until all have been shown, then starts a new round;
the choice is a function of the channel and the day, so a preview and the post agree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz, utils

from bot.digests.values import Digest, DigestItem, DigestRecord, Subscription
from bot.models import Snippet
from bot.search.analysis import STOP_WORDS, analyse, stems, words
from bot.search.speakers import SpeakerDirectory
from bot.service import Citebot

SEARCH_DEPTH = 200  # matches read per topic to rank the new snippets about it
NEAR_COPY = 90  # token-sort similarity (0-100) at which two snippets say the same thing


@dataclass(frozen=True)
class Composer:
    """Builds digests from the core's store and search."""

    bot: Citebot
    max_items: int = 5

    def compose(
        self, subscription: Subscription, day: date, records: Iterable[DigestRecord] = ()
    ) -> Digest:
        """The digest ``subscription`` gets for local ``day``, given the channel's ledger.

        Only ledger rows of earlier days count, so composing a day again gives the same digest
        (as long as nothing new was stored meanwhile).
        """
        earlier = [r for r in records if r.day < day.isoformat() and r.state == "posted"]
        watermark = max([subscription.watermark, *(r.through_id for r in earlier)])
        new = list(self.bot.store.iter_snippets(after_id=watermark))
        through = max([watermark, *(s.id for s in new)])
        # Only the subscription's own workspace's documents, as everywhere else.
        new = [s for s in new if s.workspace == subscription.workspace]
        chosen = self._filter(new, subscription)
        ranked = sorted(
            (DigestItem(s, score) for s, score in self._scores(chosen, subscription).items()),
            key=lambda item: (-item.score, item.snippet.id),
        )
        merged, more = merge_near_copies(ranked, self.max_items)
        items = tuple(merged)
        quote, cycle = self.quote_of_the_day(subscription, day, earlier)
        return Digest(
            workspace=subscription.workspace,
            channel=subscription.channel,
            day=day,
            items=items,
            more=more,
            quote_of_the_day=quote,
            through_id=through,
            cycle=cycle,
            topics=subscription.topics,
            speakers=subscription.speakers,
        )

    # -- filters and ranking ---------------------------------------------------------------

    def _filter(self, snippets: list[Snippet], subscription: Subscription) -> list[Snippet]:
        if subscription.speakers:
            wanted = speakers_named(subscription.speakers, {s.speaker for s in snippets})
            snippets = [s for s in snippets if s.speaker in wanted]
        if subscription.topics:
            needs = [topic_stems(topic) for topic in subscription.topics]
            snippets = [s for s in snippets if _about(s, needs)]
        return snippets

    def _scores(self, snippets: list[Snippet], subscription: Subscription) -> dict[Snippet, float]:
        """Each snippet's merit; with topics, mostly how well search ranks it for them."""
        if not subscription.topics:
            return {s: merit(s) for s in snippets}
        wanted = {s.id for s in snippets}
        relevance: dict[int, float] = {}
        for topic in subscription.topics:
            found = self.bot.ask(topic, limit=SEARCH_DEPTH, workspace=subscription.workspace)
            for match in found.matches:
                if match.snippet.id in wanted:
                    relevance[match.snippet.id] = max(
                        relevance.get(match.snippet.id, 0.0), match.score
                    )
        # A new snippet beyond search's first SEARCH_DEPTH still holds every topic word.
        return {s: 0.7 * relevance.get(s.id, 40.0) + 0.3 * merit(s) for s in snippets}

    # -- quote of the day ------------------------------------------------------------------

    def quote_of_the_day(
        self, subscription: Subscription, day: date, earlier: list[DigestRecord]
    ) -> tuple[Snippet | None, int]:
        """The day's quote and its rotation round: a quote not yet shown in this round.

        Among the unshown quotes the one whose hash with the channel and day is lowest wins
        (rendezvous hashing): stable for the day, and a quote stored later only displaces it
        if it wins outright.
        """
        pool = self.bot.store.quote_ids(subscription.workspace)
        if not pool:
            return None, 0
        cycle = max((r.cycle for r in earlier), default=0)
        shown = {r.quote_id for r in earlier if r.cycle == cycle and r.quote_id}
        unshown = [q for q in pool if q not in shown]
        if not unshown:  # every quote shown: a new round, not starting with the last one
            cycle += 1
            latest = max(earlier, key=lambda r: r.day).quote_id
            unshown = [q for q in pool if q != latest] or pool
        key = f"{subscription.workspace}/{subscription.channel}/{day.isoformat()}"
        chosen = min(unshown, key=lambda q: _rendezvous(key, q))
        found = self.bot.store.snippets([chosen], workspace=subscription.workspace)
        return (found[0] if found else None), cycle


def _rendezvous(key: str, snippet_id: int) -> bytes:
    return hashlib.blake2b(f"{key}:{snippet_id}".encode(), digest_size=8).digest()


def topic_stems(topic: str) -> frozenset[str]:
    """The stems a snippet must hold to be about ``topic``, as the search index stems them."""
    kept = [w for w in words(topic) if w not in STOP_WORDS] or words(topic)
    return frozenset(stem for word in kept for stem in stems(word))


def _about(snippet: Snippet, topics: list[frozenset[str]]) -> bool:
    held = set(stems(snippet.text))
    return any(needed and needed <= held for needed in topics)


def speakers_named(names: Iterable[str], speakers: Iterable[str]) -> set[str]:
    """Which of ``speakers`` the names mean, as search recognises a speaker in a query
    (any part of the name, a typo or two: "Lochman" and "lochmann" are Laura Lochman)."""
    directory = SpeakerDirectory(s for s in set(speakers) if s)
    wanted: set[str] = set()
    for name in names:
        hint = directory.find(analyse(name))
        if hint is not None:
            wanted |= hint.speakers
    return wanted


def merit(snippet: Snippet) -> float:
    """How good a digest item a snippet makes on its own (0-100): a direct quote by a named
    speaker with a role beats an unattributed fragment; a fact with a figure beats one without."""
    score = 40.0
    if snippet.kind == "quote":
        score += {"direct": 25, "mixed": 18, "transcript": 15, "indirect": 10}.get(
            snippet.subkind, 10
        )
        score += 12 if snippet.speaker else 0
        score += 5 if snippet.speaker_role else 0
    else:
        score += 10 * min(len(snippet.figures), 2)
        score += 8 if snippet.speaker else 0
    length = len(snippet.text)
    if length < 30:
        score -= 20
    elif 60 <= length <= 400:
        score += 8
    return max(0.0, min(100.0, score))


def merge_near_copies(ranked: list[DigestItem], shown: int) -> tuple[list[DigestItem], int]:
    """Keep the best of each group of near-copies (the same words in two sources, or a quote
    and the fact inside it) among the first ``shown`` items, the kept item listing where the
    others stand; return them with how many more distinct items there are.

    Each item is compared with the shown ones only, so a day of thousands of new snippets
    costs thousands of comparisons, not millions; beyond the shown ones, identical wordings
    and overlapping spans of one document count once.
    """
    kept: list[DigestItem] = []
    texts: list[str] = []
    beyond: set[str] = set()
    by_paragraph: dict[tuple[int, int], list[Snippet]] = {}
    for item in ranked:
        # Token-sort similarity, with each side's words sorted once rather than per pair.
        text = " ".join(sorted(utils.default_process(item.snippet.text).split()))
        for position, (other, other_text) in enumerate(zip(kept, texts, strict=True)):
            if _same_span(item.snippet, other.snippet) or (
                fuzz.ratio(text, other_text, score_cutoff=NEAR_COPY)
            ):
                if item.snippet.document_id != other.snippet.document_id and (
                    item.snippet.citation not in other.also
                ):
                    kept[position] = replace(other, also=(*other.also, item.snippet.citation))
                break
        else:
            if len(kept) < shown:
                kept.append(item)
                texts.append(text)
                continue
            snippet = item.snippet
            nearby = by_paragraph.setdefault((snippet.document_id, snippet.citation.paragraph), [])
            if text not in beyond and not any(_same_span(snippet, other) for other in nearby):
                beyond.add(text)
                nearby.append(snippet)
    return kept, len(beyond)


def _same_span(a: Snippet, b: Snippet) -> bool:
    """Whether two snippets of one document mostly cover the same characters."""
    if a.document_id != b.document_id:
        return False
    shared = min(a.citation.end, b.citation.end) - max(a.citation.start, b.citation.start)
    shorter = min(a.citation.end - a.citation.start, b.citation.end - b.citation.start)
    return shared > 0 and 2 * shared >= shorter
