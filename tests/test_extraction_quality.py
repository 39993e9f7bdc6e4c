"""Extraction quality on the hand-labelled fixtures, held at what the rules reach.

The thresholds are the figures measured with bench/eval_extraction.py, less a small margin;
a change that makes extraction worse on the labelled set fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _evaluate() -> dict:
    spec = importlib.util.spec_from_file_location(
        "eval_extraction", ROOT / "bench" / "eval_extraction.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module.evaluate()


def test_quality_on_the_labelled_fixtures() -> None:
    results = _evaluate()
    direct, every, transcript = results["direct"], results["all"], results["transcript"]
    assert direct.truths >= 50 and every.truths >= 120 and transcript.truths >= 20
    assert direct.recall >= 0.98, direct.misses
    assert direct.speaker_accuracy >= 0.97, direct.wrong
    assert every.f1 >= 0.95, (every.misses, every.spurious)
    assert every.precision >= 0.95, every.spurious
    assert every.speaker_accuracy >= 0.97, every.wrong
    assert transcript.recall >= 0.95 and transcript.speaker_accuracy >= 0.95
