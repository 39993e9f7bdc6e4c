"""Score quote extraction against the hand-labelled fixtures in tests/fixtures/labelled/.

A labelled quote counts as found when one predicted quote (each used once) covers at least
30% of its span; its speaker is right when the predicted name equals the label's (or one of
its accepted alternatives), ignoring case and a leading "the". Prints precision, recall, F1
and speaker accuracy for direct quotes, for all quotes (direct, mixed, indirect) and for
interview transcripts.

    .venv/bin/python bench/eval_extraction.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.extraction import extract_file  # noqa: E402
from bot.models import Quote  # noqa: E402

LABELLED = ROOT / "tests" / "fixtures" / "labelled"
COVERAGE = 0.30


@dataclass
class Truth:
    start: int
    end: int
    speakers: tuple[str, ...]
    kind: str
    text: str


@dataclass
class Tally:
    truths: int = 0
    found: int = 0
    right_speaker: int = 0
    predicted: int = 0
    matched_predictions: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.truths += other.truths
        self.found += other.found
        self.right_speaker += other.right_speaker
        self.predicted += other.predicted
        self.matched_predictions += other.matched_predictions
        self.misses += other.misses
        self.wrong += other.wrong
        self.spurious += other.spurious

    @property
    def recall(self) -> float:
        return self.found / self.truths if self.truths else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.found if self.found else 1.0


def _normal(name: str) -> str:
    name = re.sub(r"(?:’s|'s)\b", "", name.lower())
    # (An article is no part of a speaker: "the company", "one agronomist in Almería".)
    return re.sub(r"^(?:the|an?|one)\s+", "", " ".join(name.split()))


def load_truths(label: dict, text: str, paragraphs: list[tuple[int, int]]) -> list[Truth]:
    """Turn a label file's entries into spans of the document text."""
    truths = []
    for entry in label["quotes"]:
        speakers = (entry["speaker"], *entry.get("alt_speakers", ()))
        if "para" in entry:
            at = text.find(entry["para"])
            if at < 0:
                raise ValueError(f"{label['source']}: paragraph not found: {entry['para']!r}")
            start, end = next((s, e) for s, e in paragraphs if s <= at < e)
        else:
            start = -1
            for _ in range(entry.get("occurrence", 1)):
                start = text.find(entry["text"], start + 1)
            if start < 0:
                raise ValueError(f"{label['source']}: text not found: {entry['text']!r}")
            end = start + len(entry["text"])
            if "extend_to" in entry:
                tail = text.find(entry["extend_to"], end)
                if tail < 0:
                    raise ValueError(
                        f"{label['source']}: extend_to not found: {entry['extend_to']!r}"
                    )
                end = tail + len(entry["extend_to"])
        truths.append(Truth(start, end, speakers, entry["kind"], text[start:end]))
    return truths


def match(truths: list[Truth], predictions: list[Quote]) -> tuple[Tally, dict[str, Tally]]:
    """One-to-one matching by coverage; returns the overall tally and one per true kind."""
    used: set[int] = set()
    total = Tally(truths=len(truths), predicted=len(predictions))
    by_kind: dict[str, Tally] = {}
    for truth in truths:
        tally = by_kind.setdefault(truth.kind, Tally())
        tally.truths += 1
        best, best_cover = -1, 0.0
        for i, quote in enumerate(predictions):
            if i in used:
                continue
            overlap = min(truth.end, quote.end) - max(truth.start, quote.start)
            cover = overlap / max(1, truth.end - truth.start)
            if cover >= COVERAGE and cover > best_cover:
                best, best_cover = i, cover
        if best < 0:
            total.misses.append(f"[{truth.kind}] {truth.speakers[0]}: {truth.text[:90]}")
            tally.misses.append(total.misses[-1])
            continue
        used.add(best)
        total.found += 1
        total.matched_predictions += 1
        tally.found += 1
        quote = predictions[best]
        if _normal(quote.speaker) in {_normal(s) for s in truth.speakers}:
            total.right_speaker += 1
            tally.right_speaker += 1
        else:
            total.wrong.append(
                f"[{truth.kind}] {quote.speaker!r} for {truth.speakers[0]!r}: {truth.text[:70]}"
            )
            tally.wrong.append(total.wrong[-1])
    for i, quote in enumerate(predictions):
        if i not in used:
            total.spurious.append(f"[{quote.kind}] {quote.speaker}: {quote.text[:90]}")
    return total, by_kind


def evaluate(
    verbose: bool = False, labels: Path = LABELLED, by_document: bool = False
) -> dict[str, Tally]:
    """Score every labelled document; return tallies for 'direct', 'all' and 'transcript'.
    ``by_document`` prints each document's counts alone (no label text: fine for a held-out
    set)."""
    results = {"direct": Tally(), "all": Tally(), "transcript": Tally()}
    for path in sorted(labels.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        extraction = extract_file(ROOT / label["source"], 50_000_000)
        text = extraction.text
        spans = [(p.start, p.end) for p in extraction.paragraphs]
        truths = load_truths(label, text, spans)
        quotes = [q for q in extraction.quotes if q.kind != "transcript"]
        turns = [q for q in extraction.quotes if q.kind == "transcript"]
        speech, by_kind = match([t for t in truths if t.kind != "transcript"], quotes)
        transcript, _ = match([t for t in truths if t.kind == "transcript"], turns)
        results["all"].add(speech)
        results["transcript"].add(transcript)
        if "direct" in by_kind:
            results["direct"].add(by_kind["direct"])
        if by_document and not verbose:
            print(
                f"{path.stem:<40} found {speech.found}/{speech.truths}, predicted "
                f"{speech.predicted}, speakers right {speech.right_speaker}"
            )
        if verbose:
            print(
                f"\n== {path.name}: found {speech.found}/{speech.truths}, "
                f"predicted {speech.predicted}, speakers right {speech.right_speaker}"
            )
            for line in speech.misses:
                print("  MISS   ", line)
            for line in speech.wrong:
                print("  WRONG  ", line)
            for line in speech.spurious:
                print("  EXTRA  ", line)
            for line in transcript.misses + transcript.wrong + transcript.spurious:
                print("  TURN   ", line)
    return results


def report(results: dict[str, Tally]) -> str:
    lines = [
        f"{'set':<12}{'labels':>7}{'found':>7}{'pred':>7}{'prec':>8}{'recall':>8}"
        f"{'F1':>8}{'speaker':>9}"
    ]
    for name in ("direct", "all", "transcript"):
        t = results[name]
        precision = f"{t.precision:8.3f}" if name != "direct" else f"{'-':>8}"
        f1 = f"{t.f1:8.3f}" if name != "direct" else f"{'-':>8}"
        predicted = t.predicted if name != "direct" else "-"
        lines.append(
            f"{name:<12}{t.truths:>7}{t.found:>7}{predicted!s:>7}{precision}"
            f"{t.recall:8.3f}{f1}{t.speaker_accuracy:9.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list misses, wrong speakers and extras"
    )
    parser.add_argument(
        "--by-document",
        action="store_true",
        help="counts per document, no label text (allowed on a held-out test half)",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        default=LABELLED,
        help="folder of label files (default: the tuning set; tests/fixtures/heldout/labels/test "
        "is held out: run it for its figures only)",
    )
    args = parser.parse_args()
    results = evaluate(args.verbose, args.labels, args.by_document)
    print()
    print(report(results))
    print(
        "\n'all' = direct, mixed and indirect quotes; 'direct' counts recall among direct labels "
        "(a direct label may be found by a prediction of any kind); found = prediction covers "
        f">= {COVERAGE:.0%} of the labelled span."
    )


if __name__ == "__main__":
    main()
