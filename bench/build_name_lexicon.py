"""Build bot/extraction/data/first_names.tsv.gz from the nomquamgender name data (MIT).

nomquamgender (Ian Van Buskirk, 2022, https://github.com/ianvanbuskirk/nomquamgender) ships
``nomquamgender/name_data.json``: about 720,000 lower-cased, diacritic-free names, each
``[sources, counts, p(gf), categories]`` — how many of its 36 reference data sets list the name,
how many people those data sets observed with it, and the share of them gendered female. The
package itself needs pandas and numpy, so Citebot ships only the derived word list:

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg
    .venv/bin/python bench/build_name_lexicon.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

Rules (the constants below):
- evidence: a name is kept when at least MIN_SOURCES (13) of the data sets list it and they
  observed it at least MIN_COUNTS (20) times. The data also holds scraped noise — place and
  common words with a few thousand observations in a handful of data sets ("washington" in 12,
  "texas" in 9, "shadow" in 7) — and a looser rule lets them pass for first names, so
  "Governor of Washington Chris Gregoire" became the person "Washington Chris Gregoire". 13
  was the lowest source count that kept every extraction and search figure at its
  gender-guesser level (2, 5, 8 and 10 lost speakers; 14–16 lost real names such as
  "Aroha"); the cost is that rarer names (many Chinese given names) are unknown;
- shape: letters only, with an inner hyphen or apostrophe allowed ("jean-luc"); no spaces;
- gender: the majority sex when it holds at least 55% of the observations: 'm' when
  p(gf) <= MAX_UNCERTAINTY (0.45), 'f' when p(gf) >= 1 - MAX_UNCERTAINTY, else '' (either).
  gender-guesser likewise answered with the more common sex ("mostly_male" counted as male);
  a stricter 0.2 or 0.35 left names such as "Lee" or "Terry" without a gender and lost a
  pronoun resolution.

Output: gzip'd UTF-8 text, one ``name<TAB>gender`` line per name, sorted, deterministic (gzip
mtime 0) so a rebuild from the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "extraction" / "data" / "first_names.tsv.gz"

MIN_SOURCES = 13
MIN_COUNTS = 20
MAX_UNCERTAINTY = 0.45

_SHAPE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def load_name_data(path: Path) -> dict[str, list]:
    """name_data.json from the wheel (or sdist-extracted JSON file) at ``path``."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return json.loads(wheel.read("nomquamgender/name_data.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def gender_of(p_female: float, max_uncertainty: float) -> str:
    if p_female <= max_uncertainty:
        return "m"
    if p_female >= 1 - max_uncertainty:
        return "f"
    return ""


def build(
    data: dict[str, list],
    min_sources: int = MIN_SOURCES,
    min_counts: int = MIN_COUNTS,
    max_uncertainty: float = MAX_UNCERTAINTY,
) -> dict[str, str]:
    lexicon = {}
    for name, (sources, counts, p_female, *_rest) in data.items():
        if sources < min_sources or counts < min_counts or not _SHAPE.fullmatch(name):
            continue
        lexicon[name] = gender_of(p_female, max_uncertainty)
    return lexicon


def write(lexicon: dict[str, str], out: Path) -> None:
    text = "".join(f"{name}\t{gender}\n" for name, gender in sorted(lexicon.items()))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="nomquamgender wheel or name_data.json")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-sources", type=int, default=MIN_SOURCES)
    parser.add_argument("--min-counts", type=int, default=MIN_COUNTS)
    parser.add_argument("--max-uncertainty", type=float, default=MAX_UNCERTAINTY)
    args = parser.parse_args()
    lexicon = build(
        load_name_data(args.source), args.min_sources, args.min_counts, args.max_uncertainty
    )
    write(lexicon, args.out)
    genders = {g: sum(1 for v in lexicon.values() if v == g) for g in ("m", "f", "")}
    print(
        f"{len(lexicon)} names (m {genders['m']}, f {genders['f']}, either {genders['']}) "
        f"-> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
