"""Extraction speed: MB of article text extracted per second on one core.

Extracts every Wikinews article and interview in tests/fixtures/corpus/wikinews plus the
sample article, repeated until at least --mb megabytes of text have gone through, one
document at a time in this one process (so one core), and prints the median of --runs.

    .venv/bin/python bench/extract_bench.py [--mb 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.documents import normalise_newlines  # noqa: E402
from bot.extraction import extract_text  # noqa: E402
from bot.models import Document  # noqa: E402


def corpus() -> list[str]:
    paths = sorted((ROOT / "tests" / "fixtures" / "corpus" / "wikinews").glob("GUM_*.txt"))
    paths.append(ROOT / "bot" / "sample_corpus" / "kazakhstan-multivector-diplomacy.txt")
    return [normalise_newlines(p.read_text(encoding="utf-8")) for p in paths]


def one_run(texts: list[str], target_bytes: int) -> tuple[float, int, int]:
    done = documents = quotes = 0
    start = time.perf_counter()
    while done < target_bytes:
        for text in texts:
            extraction = extract_text(text, Document(title="bench"))
            done += len(text.encode("utf-8"))
            documents += 1
            quotes += len(extraction.quotes)
    seconds = time.perf_counter() - start
    return done / 1e6 / seconds, documents, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text per run")
    parser.add_argument("--runs", type=int, default=3, help="runs; the median is reported")
    args = parser.parse_args()
    texts = corpus()
    extract_text(texts[0], Document(title="warm-up"))  # loads the name lexicon once
    rates = []
    for _ in range(args.runs):
        rate, documents, quotes = one_run(texts, int(args.mb * 1e6))
        rates.append(rate)
        print(f"run: {rate:.2f} MB/s ({documents} documents, {quotes} quotes)")
    size = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
    print(
        f"median: {statistics.median(rates):.2f} MB/s of article text on one core "
        f"({len(texts)} distinct documents, {size:.1f} kB average; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
