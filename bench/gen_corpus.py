"""Generate a synthetic news corpus: articles with attributed quotes and sentences with figures.

Words are drawn (Zipf-weighted) from the vocabulary of the real fixture texts, so the synthetic
articles share words with the labelled corpus and act as distractors; speakers are drawn from a
pool that includes namesakes of the real speakers (another Cohen, another Lemon).

    python bench/gen_corpus.py OUT_DIR --docs 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bot.extraction import extract_text
from bot.models import Document, Extraction, Fact, Quote

ROOT = Path(__file__).resolve().parent.parent
REAL_TEXTS = [
    *sorted((ROOT / "tests" / "fixtures" / "corpus" / "wikinews").glob("*.txt")),
    *sorted((ROOT / "bot" / "sample_corpus").glob("*.txt")),
]
FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemal",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umar",
    "Vera",
    "Walter",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Miriam",
    "Ariel",
    "Laura",
    "Edward",
    "Roman",
]
LAST = [
    "Cohen",
    "Lemon",
    "Lochman",
    "Vassilenko",
    "Baird",
    "Dewar",
    "Bolden",
    "Heald",
    "Wilkins",
    "Razak",
    "Braverman",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rahman",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zamora",
    "Fischer",
    "Garcia",
    "Hansen",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Olsen",
    "Perez",
    "Rossi",
    "Schmidt",
    "Torres",
]
ROLES = [
    "minister of energy",
    "analyst at a research institute",
    "spokesperson for the ministry",
    "professor of economics",
    "chief executive",
    "union leader",
    "mayor",
    "ambassador",
    "senior fellow",
    "police chief",
]
UNITS = [
    "tons",
    "barrels",
    "people",
    "visitors",
    "euros",
    "dollars",
    "kilometres",
    "percent",
    "votes",
    "cubic metres",
]


def vocabulary() -> tuple[list[str], list[float]]:
    counts: Counter[str] = Counter()
    for path in REAL_TEXTS:
        counts.update(re.findall(r"[A-Za-z][a-z]+", path.read_text(encoding="utf-8")))
    words = [w for w, _ in counts.most_common(6000)]
    weights = [1.0 / (rank + 10) for rank in range(len(words))]
    return words, weights


class Generator:
    """Deterministic synthetic articles from a seed."""

    def __init__(self, seed: int = 1):
        self.random = random.Random(seed)
        self.words, self.weights = vocabulary()
        self.speakers = [f"{f} {last}" for f in FIRST for last in LAST]

    def sentence(self, low: int = 8, high: int = 22) -> str:
        n = self.random.randint(low, high)
        picked = self.random.choices(self.words, self.weights, k=n)
        return picked[0].capitalize() + " " + " ".join(w.lower() for w in picked[1:])

    def figure_sentence(self) -> str:
        number = self.random.choice(
            [str(self.random.randint(2, 999)), f"{self.random.randint(2, 90)} million"]
        )
        unit = self.random.choice(UNITS)
        year = self.random.randint(1990, 2030)
        return f"{self.sentence(5, 10)} reached {number} {unit} in {year}."

    def article(self, number: int, paragraphs: int = 10) -> str:
        title = f"{self.sentence(4, 8)} report {number}"
        blocks = [title]
        for _ in range(paragraphs):
            roll = self.random.random()
            if roll < 0.45:
                speaker = self.random.choice(self.speakers)
                role = self.random.choice(ROLES)
                blocks.append(f"“{self.sentence()}. {self.sentence()},” said {speaker}, {role}.")
            elif roll < 0.8:
                blocks.append(f"{self.figure_sentence()} {self.sentence()}.")
            else:
                blocks.append(f"{self.sentence()}. {self.sentence()}.")
        return "\n\n".join(blocks) + "\n"

    def articles(self, count: int) -> Iterator[tuple[str, str]]:
        for number in range(count):
            yield f"synthetic-{number:07d}.txt", self.article(number)


def extractions(count: int, seed: int = 1) -> Iterator[Extraction]:
    """Synthetic articles already extracted (for loading a large store quickly)."""
    for name, text in Generator(seed).articles(count):
        title = text.split("\n", 1)[0]
        yield extract_text(text, Document(title=title, publisher="Synthetic", path=name))


def direct_extractions(
    snippets: int, seed: int = 1, per_document: int = 50
) -> Iterator[Extraction]:
    """Synthetic documents built straight into quotes and facts (no extractor): for 1M stores."""
    generator = Generator(seed)
    made = 0
    number = 0
    while made < snippets:
        count = min(per_document, snippets - made)
        quotes: list[Quote] = []
        facts: list[Fact] = []
        position = 0
        for i in range(count):
            if generator.random.random() < 0.5:
                text = generator.sentence()
                speaker = generator.random.choice(generator.speakers)
                quotes.append(
                    Quote(text, speaker, "", i + 2, position, position + len(text), "said")
                )
            else:
                text = generator.figure_sentence()
                facts.append(Fact(text, i + 2, position, position + len(text)))
            position += len(text) + 2
        title = f"{generator.sentence(4, 8)} report {number}"
        yield Extraction(
            Document(title=title, publisher="Synthetic", path=f"synthetic-{number:07d}"),
            "",
            (),
            tuple(quotes),
            tuple(facts),
        )
        made += count
        number += 1


def write(out: Path, count: int, seed: int = 1) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in Generator(seed).articles(count):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = write(args.out, args.docs, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
