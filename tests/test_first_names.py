"""The bundled first-name lexicon (bot/extraction/data/first_names.tsv.gz) and its build rules."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench import build_name_lexicon
from bot.extraction.lexicon import _FIRST_NAMES, first_name_gender


def test_common_names_have_their_usual_sex() -> None:
    assert first_name_gender("John") == "m"
    assert first_name_gender("Mary") == "f"
    assert first_name_gender("Jordan") in ("m", "")  # known either way, never unknown


def test_lookup_ignores_case_and_diacritics() -> None:
    assert first_name_gender("JOHN") == "m"
    assert first_name_gender("Gérald") == first_name_gender("Gerald") == "m"


@pytest.mark.parametrize("word", ["Zqxwv", "john", "J", "The", "University", "Ministry"])
def test_unknown_lower_case_or_non_name_words_are_none(word: str) -> None:
    assert first_name_gender(word) is None


def test_bundled_file_is_small_sorted_and_well_formed() -> None:
    assert _FIRST_NAMES.stat().st_size < 2_000_000
    with gzip.open(_FIRST_NAMES, "rt", encoding="utf-8") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines]
    assert len(rows) > 10_000
    assert all(len(row) == 2 and row[1] in ("m", "f", "") for row in rows)
    assert [name for name, _ in rows] == sorted(name for name, _ in rows)


def test_build_keeps_names_with_evidence_and_majority_sex(tmp_path: Path) -> None:
    data = {
        "anna": [30, 1000, 0.98, 3],
        "alex": [30, 1000, 0.30, 3],  # 70% male: 'm' under the 0.45 rule
        "sam": [30, 1000, 0.50, 3],  # either
        "texas": [9, 1203, 0.39, 3],  # too few data sets list it
        "rare": [20, 3, 0.0, 3],  # too few observations
        "mary ann": [30, 1000, 1.0, 3],  # a space: never one token
        "jean-luc": [20, 500, 0.0, 3],
    }
    source = tmp_path / "name_data.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    lexicon = build_name_lexicon.build(build_name_lexicon.load_name_data(source))
    assert lexicon == {"anna": "f", "alex": "m", "sam": "", "jean-luc": "m"}
    out = tmp_path / "names.tsv.gz"
    build_name_lexicon.write(lexicon, out)
    first = out.read_bytes()
    build_name_lexicon.write(lexicon, out)
    assert out.read_bytes() == first  # deterministic: a rebuild gives the same bytes
    assert gzip.decompress(first).decode() == "alex\tm\nanna\tf\njean-luc\tm\nsam\t\n"
