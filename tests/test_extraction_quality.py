"""Extraction quality on the hand-labelled fixtures, held at what the rules reach.

The thresholds are the figures measured with bench/eval_extraction.py, rounded down to the
hundredth (extraction is deterministic: there is no noise to allow for); a change that makes
extraction worse on the tuning set or on either half of the held-out news articles fails here.
The held-out test halves (heldout, heldout2, heldout3, all of heldout6, heldout9,
heldout11, heldout12, heldout16, heldout20 and heldout21) are only scored
in aggregate, never read while tuning.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "fixtures" / "heldout" / "labels"
HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2" / "labels"
HELDOUT3 = ROOT / "tests" / "fixtures" / "heldout3" / "labels"
HELDOUT4 = ROOT / "tests" / "fixtures" / "heldout4" / "labels"
HELDOUT5 = ROOT / "tests" / "fixtures" / "heldout5" / "labels"
HELDOUT6 = ROOT / "tests" / "fixtures" / "heldout6" / "labels"
HELDOUT7 = ROOT / "tests" / "fixtures" / "heldout7" / "labels"
HELDOUT8 = ROOT / "tests" / "fixtures" / "heldout8" / "labels"
HELDOUT9 = ROOT / "tests" / "fixtures" / "heldout9" / "labels"
HELDOUT10 = ROOT / "tests" / "fixtures" / "heldout10" / "labels"
HELDOUT11 = ROOT / "tests" / "fixtures" / "heldout11" / "labels"
HELDOUT12 = ROOT / "tests" / "fixtures" / "heldout12" / "labels"
HELDOUT13 = ROOT / "tests" / "fixtures" / "heldout13" / "labels"
HELDOUT14 = ROOT / "tests" / "fixtures" / "heldout14" / "labels"
HELDOUT15 = ROOT / "tests" / "fixtures" / "heldout15" / "labels"
HELDOUT16 = ROOT / "tests" / "fixtures" / "heldout16" / "labels"
HELDOUT17 = ROOT / "tests" / "fixtures" / "heldout17" / "labels"
HELDOUT18 = ROOT / "tests" / "fixtures" / "heldout18" / "labels"
HELDOUT19 = ROOT / "tests" / "fixtures" / "heldout19" / "labels"
HELDOUT20 = ROOT / "tests" / "fixtures" / "heldout20" / "labels"
HELDOUT21 = ROOT / "tests" / "fixtures" / "heldout21" / "labels"
HELDOUT22 = ROOT / "tests" / "fixtures" / "heldout22" / "labels"
HELDOUT23 = ROOT / "tests" / "fixtures" / "heldout23" / "labels"
HELDOUT24 = ROOT / "tests" / "fixtures" / "heldout24" / "labels"
HELDOUT25 = ROOT / "tests" / "fixtures" / "heldout25" / "labels"
HELDOUT26 = ROOT / "tests" / "fixtures" / "heldout26" / "labels"
HELDOUT27 = ROOT / "tests" / "fixtures" / "heldout27" / "labels"
HELDOUT28 = ROOT / "tests" / "fixtures" / "heldout28" / "labels"
HELDOUT29 = ROOT / "tests" / "fixtures" / "heldout29" / "labels"
HELDOUT30 = ROOT / "tests" / "fixtures" / "heldout30" / "labels"
HELDOUT31 = ROOT / "tests" / "fixtures" / "heldout31" / "labels"
HELDOUT32 = ROOT / "tests" / "fixtures" / "heldout32" / "labels"
HELDOUT33 = ROOT / "tests" / "fixtures" / "heldout33" / "labels"
HELDOUT34 = ROOT / "tests" / "fixtures" / "heldout34" / "labels"
HELDOUT35 = ROOT / "tests" / "fixtures" / "heldout35" / "labels"
HELDOUT36 = ROOT / "tests" / "fixtures" / "heldout36" / "labels"
HELDOUT37 = ROOT / "tests" / "fixtures" / "heldout37" / "labels"
HELDOUT38 = ROOT / "tests" / "fixtures" / "heldout38" / "labels"
HELDOUT39 = ROOT / "tests" / "fixtures" / "heldout39" / "labels"
HELDOUT40 = ROOT / "tests" / "fixtures" / "heldout40" / "labels"
HELDOUT41 = ROOT / "tests" / "fixtures" / "heldout41" / "labels"
HELDOUT42 = ROOT / "tests" / "fixtures" / "heldout42" / "labels"
HELDOUT43 = ROOT / "tests" / "fixtures" / "heldout43" / "labels"
HELDOUT44 = ROOT / "tests" / "fixtures" / "heldout44" / "labels"
HELDOUT45 = ROOT / "tests" / "fixtures" / "heldout45" / "labels"
HELDOUT46 = ROOT / "tests" / "fixtures" / "heldout46" / "labels"
HELDOUT47 = ROOT / "tests" / "fixtures" / "heldout47" / "labels"
HELDOUT48 = ROOT / "tests" / "fixtures" / "heldout48" / "labels"
HELDOUT49 = ROOT / "tests" / "fixtures" / "heldout49" / "labels"
HELDOUT50 = ROOT / "tests" / "fixtures" / "heldout50" / "labels"
HELDOUT51 = ROOT / "tests" / "fixtures" / "heldout51" / "labels"
HELDOUT52 = ROOT / "tests" / "fixtures" / "heldout52" / "labels"
HELDOUT53 = ROOT / "tests" / "fixtures" / "heldout53" / "labels"
HELDOUT54 = ROOT / "tests" / "fixtures" / "heldout54" / "labels"
HELDOUT55 = ROOT / "tests" / "fixtures" / "heldout55" / "labels"
HELDOUT56 = ROOT / "tests" / "fixtures" / "heldout56" / "labels"
HELDOUT57 = ROOT / "tests" / "fixtures" / "heldout57" / "labels"
HELDOUT58 = ROOT / "tests" / "fixtures" / "heldout58" / "labels"
HELDOUT59 = ROOT / "tests" / "fixtures" / "heldout59" / "labels"
HELDOUT60 = ROOT / "tests" / "fixtures" / "heldout60" / "labels"
HELDOUT61 = ROOT / "tests" / "fixtures" / "heldout61" / "labels"
HELDOUT62 = ROOT / "tests" / "fixtures" / "heldout62" / "labels"
HELDOUT63 = ROOT / "tests" / "fixtures" / "heldout63" / "labels"
HELDOUT64 = ROOT / "tests" / "fixtures" / "heldout64" / "labels"
HELDOUT65 = ROOT / "tests" / "fixtures" / "heldout65" / "labels"
HELDOUT66 = ROOT / "tests" / "fixtures" / "heldout66" / "labels"
HELDOUT67 = ROOT / "tests" / "fixtures" / "heldout67" / "labels"
HELDOUT68 = ROOT / "tests" / "fixtures" / "heldout68" / "labels"
HELDOUT69 = ROOT / "tests" / "fixtures" / "heldout69" / "labels"
HELDOUT70 = ROOT / "tests" / "fixtures" / "heldout70" / "labels"
HELDOUT71 = ROOT / "tests" / "fixtures" / "heldout71" / "labels"
HELDOUT72 = ROOT / "tests" / "fixtures" / "heldout72" / "labels"
HELDOUT73 = ROOT / "tests" / "fixtures" / "heldout73" / "labels"
HELDOUT74 = ROOT / "tests" / "fixtures" / "heldout74" / "labels"
HELDOUT75 = ROOT / "tests" / "fixtures" / "heldout75" / "labels"
HELDOUT76 = ROOT / "tests" / "fixtures" / "heldout76" / "labels"
HELDOUT77 = ROOT / "tests" / "fixtures" / "heldout77" / "labels"
HELDOUT78 = ROOT / "tests" / "fixtures" / "heldout78" / "labels"
HELDOUT79 = ROOT / "tests" / "fixtures" / "heldout79" / "labels"
HELDOUT80 = ROOT / "tests" / "fixtures" / "heldout80" / "labels"
HELDOUT81 = ROOT / "tests" / "fixtures" / "heldout81" / "labels"
HELDOUT82 = ROOT / "tests" / "fixtures" / "heldout82" / "labels"
HELDOUT83 = ROOT / "tests" / "fixtures" / "heldout83" / "labels"
HELDOUT84 = ROOT / "tests" / "fixtures" / "heldout84" / "labels"
HELDOUT85 = ROOT / "tests" / "fixtures" / "heldout85" / "labels"
HELDOUT86 = ROOT / "tests" / "fixtures" / "heldout86" / "labels"
HELDOUT87 = ROOT / "tests" / "fixtures" / "heldout87" / "labels"
HELDOUT88 = ROOT / "tests" / "fixtures" / "heldout88" / "labels"
HELDOUT89 = ROOT / "tests" / "fixtures" / "heldout89" / "labels"
HELDOUT90 = ROOT / "tests" / "fixtures" / "heldout90" / "labels"
HELDOUT91 = ROOT / "tests" / "fixtures" / "heldout91" / "labels"
HELDOUT92 = ROOT / "tests" / "fixtures" / "heldout92" / "labels"
HELDOUT93 = ROOT / "tests" / "fixtures" / "heldout93" / "labels"
HELDOUT94 = ROOT / "tests" / "fixtures" / "heldout94" / "labels"
HELDOUT95 = ROOT / "tests" / "fixtures" / "heldout95" / "labels"
HELDOUT96 = ROOT / "tests" / "fixtures" / "heldout96" / "labels"
HELDOUT97 = ROOT / "tests" / "fixtures" / "heldout97" / "labels"
HELDOUT98 = ROOT / "tests" / "fixtures" / "heldout98" / "labels"
HELDOUT99 = ROOT / "tests" / "fixtures" / "heldout99" / "labels"
HELDOUT100 = ROOT / "tests" / "fixtures" / "heldout100" / "labels"
HELDOUT101 = ROOT / "tests" / "fixtures" / "heldout101" / "labels"
HELDOUT102 = ROOT / "tests" / "fixtures" / "heldout102" / "labels"
HELDOUT103 = ROOT / "tests" / "fixtures" / "heldout103" / "labels"
HELDOUT104 = ROOT / "tests" / "fixtures" / "heldout104" / "labels"
HELDOUT105 = ROOT / "tests" / "fixtures" / "heldout105" / "labels"
HELDOUT106 = ROOT / "tests" / "fixtures" / "heldout106" / "labels"
HELDOUT107 = ROOT / "tests" / "fixtures" / "heldout107" / "labels"
HELDOUT108 = ROOT / "tests" / "fixtures" / "heldout108" / "labels"
HELDOUT109 = ROOT / "tests" / "fixtures" / "heldout109" / "labels"
HELDOUT110 = ROOT / "tests" / "fixtures" / "heldout110" / "labels"
HELDOUT111 = ROOT / "tests" / "fixtures" / "heldout111" / "labels"
HELDOUT112 = ROOT / "tests" / "fixtures" / "heldout112" / "labels"
HELDOUT113 = ROOT / "tests" / "fixtures" / "heldout113" / "labels"
HELDOUT114 = ROOT / "tests" / "fixtures" / "heldout114" / "labels"
HELDOUT115 = ROOT / "tests" / "fixtures" / "heldout115" / "labels"
HELDOUT116 = ROOT / "tests" / "fixtures" / "heldout116" / "labels"
HELDOUT117 = ROOT / "tests" / "fixtures" / "heldout117" / "labels"
HELDOUT118 = ROOT / "tests" / "fixtures" / "heldout118" / "labels"
HELDOUT119 = ROOT / "tests" / "fixtures" / "heldout119" / "labels"
HELDOUT120 = ROOT / "tests" / "fixtures" / "heldout120" / "labels"
HELDOUT121 = ROOT / "tests" / "fixtures" / "heldout121" / "labels"
HELDOUT122 = ROOT / "tests" / "fixtures" / "heldout122" / "labels"
HELDOUT123 = ROOT / "tests" / "fixtures" / "heldout123" / "labels"
HELDOUT124 = ROOT / "tests" / "fixtures" / "heldout124" / "labels"
HELDOUT125 = ROOT / "tests" / "fixtures" / "heldout125" / "labels"
HELDOUT126 = ROOT / "tests" / "fixtures" / "heldout126" / "labels"
HELDOUT127 = ROOT / "tests" / "fixtures" / "heldout127" / "labels"
HELDOUT128 = ROOT / "tests" / "fixtures" / "heldout128" / "labels"
HELDOUT129 = ROOT / "tests" / "fixtures" / "heldout129" / "labels"
HELDOUT130 = ROOT / "tests" / "fixtures" / "heldout130" / "labels"
HELDOUT131 = ROOT / "tests" / "fixtures" / "heldout131" / "labels"
HELDOUT132 = ROOT / "tests" / "fixtures" / "heldout132" / "labels"
HELDOUT133 = ROOT / "tests" / "fixtures" / "heldout133" / "labels"
HELDOUT134 = ROOT / "tests" / "fixtures" / "heldout134" / "labels"
HELDOUT135 = ROOT / "tests" / "fixtures" / "heldout135" / "labels"
HELDOUT136 = ROOT / "tests" / "fixtures" / "heldout136" / "labels"
HELDOUT137 = ROOT / "tests" / "fixtures" / "heldout137" / "labels"
HELDOUT138 = ROOT / "tests" / "fixtures" / "heldout138" / "labels"
HELDOUT139 = ROOT / "tests" / "fixtures" / "heldout139" / "labels"
HELDOUT140 = ROOT / "tests" / "fixtures" / "heldout140" / "labels"


@cache
def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_extraction", ROOT / "bench" / "eval_extraction.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_scorer_ignores_a_speaker_s_article_and_nothing_else() -> None:
    normal = _module()._normal
    assert normal("one agronomist in Almería") == normal("agronomist in Almería")
    assert normal("A club spokesman") == normal("club spokesman")
    assert normal("The company’s") == normal("company")
    assert normal("Anna Smith") != normal("Smith")
    assert normal("two people familiar with the talks") != normal("people familiar with the talks")


def _evaluate(labels: Path | None = None) -> dict:
    module = _module()
    return module.evaluate(labels=labels) if labels else module.evaluate()


def test_quality_on_the_labelled_fixtures() -> None:
    results = _evaluate()
    direct, every, transcript = results["direct"], results["all"], results["transcript"]
    assert direct.truths >= 50 and every.truths >= 120 and transcript.truths >= 20
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.f1 >= 0.98, (every.misses, every.spurious)
    assert every.precision >= 0.98, every.spurious
    assert every.recall >= 0.97, every.misses
    assert every.speaker_accuracy >= 1.00, every.wrong
    assert transcript.recall >= 1.00 and transcript.speaker_accuracy >= 1.00
    assert transcript.precision >= 0.96, transcript.spurious


def test_quality_on_the_heldout_dev_half() -> None:
    results = _evaluate(HELDOUT / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 60 and every.truths >= 100
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.precision >= 1.00, every.spurious
    assert every.recall >= 1.00, every.misses
    assert every.f1 >= 1.00
    assert every.speaker_accuracy >= 1.00, every.wrong


def test_quality_on_the_heldout_test_half() -> None:
    # Aggregate figures only: the messages name no label, so the half stays unread.
    _at_least(
        HELDOUT / "test",
        (60, 100),
        {
            "direct found": 1.00,
            "direct speaker": 1.00,
            "precision": 0.96,
            "recall": 0.94,
            "F1": 0.95,
            "speaker": 0.99,
        },
    )


def test_quality_on_the_second_heldout_dev_half() -> None:
    results = _evaluate(HELDOUT2 / "dev")
    direct, every, transcript = results["direct"], results["all"], results["transcript"]
    assert direct.truths >= 30 and every.truths >= 60 and transcript.truths >= 3
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.precision >= 1.00, every.spurious
    assert every.recall >= 1.00, every.misses
    assert every.f1 >= 1.00
    assert every.speaker_accuracy >= 1.00, every.wrong
    assert transcript.recall >= 1.00 and transcript.speaker_accuracy >= 1.00, transcript.wrong


def test_quality_on_the_second_heldout_test_half() -> None:
    # Aggregate figures only: the values are taken out first, so a failure shows numbers and
    # never the tally's labels. All-quote speaker 0.957 until 2026-11-28's third session, 0.943
    # after a body's name was read across "and" ("Ministry of Family and Community Care"),
    # which gained four labels on other sets.
    _at_least(
        HELDOUT2 / "test",
        (30, 60),
        {
            "direct found": 0.97,
            "direct speaker": 0.97,
            "precision": 0.97,
            "recall": 0.95,
            "F1": 0.96,
            "speaker": 0.94,
        },
    )


def test_quality_on_the_third_heldout_dev_half() -> None:
    results = _evaluate(HELDOUT3 / "dev")
    direct, every, transcript = results["direct"], results["all"], results["transcript"]
    assert direct.truths >= 40 and every.truths >= 70 and transcript.truths >= 7
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.precision >= 0.98, every.spurious
    assert every.recall >= 0.98, every.misses
    assert every.speaker_accuracy >= 1.00, every.wrong
    assert transcript.recall >= 0.85 and transcript.speaker_accuracy >= 1.00, transcript.wrong


def test_quality_on_the_third_heldout_test_half() -> None:
    # Aggregate figures only: the messages name no label, so the half stays unread.
    # 0.847 / 0.819 speaker at the start of 2026-11-28's second session, 0.949 / 0.926 after
    # the rules written on heldout10 and heldout13–15 (this half never read).
    _at_least(
        HELDOUT3 / "test",
        (55, 90),
        {
            "direct found": 1.00,
            "direct speaker": 0.94,
            "precision": 0.95,
            "recall": 0.95,
            "F1": 0.95,
            "speaker": 0.92,
        },
    )


def test_quality_on_the_fourth_labelled_set() -> None:
    # Written blind to the extractor, then read while tuning (a dev set).
    results = _evaluate(HELDOUT4 / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 100 and every.truths >= 180
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.precision >= 0.96, every.spurious
    assert every.recall >= 0.97, every.misses
    assert every.speaker_accuracy >= 0.98, every.wrong


def test_quality_on_the_fifth_labelled_set() -> None:
    # Science and court reports written blind to the extractor, then read while tuning.
    results = _evaluate(HELDOUT5 / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 75 and every.truths >= 150
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 1.00, direct.wrong
    assert every.precision >= 0.96, every.spurious
    assert every.recall >= 0.97, every.misses
    assert every.speaker_accuracy >= 0.99, every.wrong


def test_quality_on_the_sixth_heldout_set() -> None:
    # A test set only (never read while tuning): its aggregate figures, no label shown.
    # First run (2026-11-28): direct found 0.988, speaker 0.905; all F1 0.969, speaker 0.929;
    # 1.000 / 0.941, 0.972 / 0.955 after the second session's rules; 1.000 / 0.976, 0.969 /
    # 0.981 once first names the lexicon lacks and "Cr" were read (written on heldout22).
    _at_least(
        HELDOUT6 / "test",
        (80, 150),
        {"direct found": 0.98, "direct speaker": 0.97, "F1": 0.96, "speaker": 0.98},
    )


def test_quality_on_the_seventh_labelled_set() -> None:
    # Court, science and business stories written blind, then read while tuning.
    results = _evaluate(HELDOUT7 / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 100 and every.truths >= 190
    assert direct.recall >= 1.00, direct.misses
    assert direct.speaker_accuracy >= 0.98, direct.wrong
    assert every.precision >= 0.97, every.spurious
    assert every.recall >= 0.95, every.misses
    assert every.speaker_accuracy >= 0.96, every.wrong


def test_quality_on_the_eighth_labelled_set() -> None:
    # Quote-dense stories written blind, then read while tuning.
    results = _evaluate(HELDOUT8 / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 100 and every.truths >= 150
    assert direct.recall >= 0.98, direct.misses
    assert direct.speaker_accuracy >= 0.94, direct.wrong
    assert every.f1 >= 0.95, (every.misses, every.spurious)
    assert every.speaker_accuracy >= 0.94, every.wrong


def test_quality_on_the_ninth_heldout_set() -> None:
    # A test set only: aggregate figures, no label shown. First run (2026-11-28): direct
    # found 1.000, speaker 0.958; all F1 0.956, speaker 0.941. All-quote speaker 0.935 since
    # "Partnership" ends a body's name (fourth session; the never-read pool gained by it).
    _at_least(
        HELDOUT9 / "test",
        (90, 150),
        {"direct found": 1.00, "direct speaker": 0.95, "F1": 0.95, "speaker": 0.93},
    )


def test_quality_on_the_tenth_heldout_set() -> None:
    # A dev set, written blind and read while tuning. First run (2026-11-28): direct found
    # 0.964, speaker 0.787; all F1 0.955, speaker 0.819.
    results = _evaluate(HELDOUT10 / "dev")
    direct, every = results["direct"], results["all"]
    assert direct.truths >= 100 and every.truths >= 150
    assert direct.recall >= 0.98, direct.misses
    assert direct.speaker_accuracy >= 0.91, direct.wrong
    assert every.f1 >= 0.97, (every.misses, every.spurious)
    assert every.speaker_accuracy >= 0.93, every.wrong


def test_quality_on_the_eleventh_heldout_set() -> None:
    # A test set only: aggregate figures, no label shown. First run (2026-11-28): direct
    # found 1.000, speaker 0.889; all F1 0.976, speaker 0.855. After the rules written on
    # heldout13–15: 0.907 and 0.909.
    _at_least(
        HELDOUT11 / "test",
        (100, 150),
        {"direct found": 1.00, "direct speaker": 0.90, "F1": 0.97, "speaker": 0.90},
    )


def _figures(folder: Path) -> tuple[dict[str, float], Any, Any]:
    """``folder``'s figures by name, with the direct and all-quote tallies behind them."""
    results = _evaluate(folder)
    direct, every = results["direct"], results["all"]
    reached = {
        "direct found": float(direct.recall),
        "direct speaker": float(direct.speaker_accuracy),
        "precision": float(every.precision),
        "recall": float(every.recall),
        "F1": float(every.f1),
        "speaker": float(every.speaker_accuracy),
    }
    return reached, direct, every


def _at_least(folder: Path, truths: tuple[int, int], floors: dict[str, float]) -> None:
    """A test set with at least ``truths`` (direct, all) labels, its figures at ``floors`` or
    better; a failure names counts and figures, never labels."""
    reached, direct, every = _figures(folder)
    counted = (direct.truths, every.truths)
    assert counted[0] >= truths[0] and counted[1] >= truths[1], counted
    low = {name: round(reached[name], 3) for name, floor in floors.items() if reached[name] < floor}
    assert not low, low


def _holds(folder: Path, figures: tuple[float, float, float, float], test: bool) -> None:
    """``folder`` at (direct found, direct speaker, all F1, all speaker) or better, with at
    least 100 direct and 150 labels in all; a test set's failure shows its figures only."""
    names = ("direct found", "direct speaker", "F1", "speaker")
    if test:
        _at_least(folder, (100, 150), dict(zip(names, figures, strict=True)))
        return
    reached, direct, every = _figures(folder)
    assert direct.truths >= 100 and every.truths >= 150
    for name, floor in zip(names, figures, strict=True):
        assert reached[name] >= floor, (name, direct.wrong, every.wrong, every.misses)


def test_quality_on_the_twelfth_heldout_set() -> None:
    # Test only. First run (2026-11-28): 1.000 / 0.879, F1 0.976 / 0.891. F1 0.982 → 0.979
    # when '…, says her colleague Marta Soler' (heldout97) began crediting the name after
    # the verb: one more prediction here that no label holds.
    _holds(HELDOUT12 / "test", (1.00, 0.90, 0.97, 0.91), test=True)


def test_quality_on_the_thirteenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 0.978 / 0.910, F1 0.955 / 0.919.
    _holds(HELDOUT13 / "dev", (1.00, 0.98, 0.96, 0.97), test=False)


def test_quality_on_the_fourteenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 1.000 / 0.923, F1 0.983 / 0.939.
    _holds(HELDOUT14 / "dev", (1.00, 1.00, 0.98, 0.99), test=False)


def test_quality_on_the_fifteenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 1.000 / 0.916, F1 0.968 / 0.904.
    _holds(HELDOUT15 / "dev", (1.00, 0.99, 0.96, 0.98), test=False)


def test_quality_on_the_sixteenth_heldout_set() -> None:
    # Test only, written after most of the day's rules. First run (2026-11-28): 0.992 /
    # 0.947, F1 0.973 / 0.945.
    _holds(HELDOUT16 / "test", (0.99, 0.94, 0.97, 0.94), test=True)


def test_quality_on_the_seventeenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 1.000 / 0.949, F1 0.979 / 0.935.
    _holds(HELDOUT17 / "dev", (1.00, 0.99, 0.97, 0.97), test=False)


def test_quality_on_the_eighteenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 0.986 / 0.922, F1 0.958 / 0.934.
    _holds(HELDOUT18 / "dev", (0.98, 0.99, 0.95, 0.98), test=False)


def test_quality_on_the_nineteenth_heldout_set() -> None:
    # Dev. First run (2026-11-28): 0.993 / 0.926, F1 0.968 / 0.928.
    _holds(HELDOUT19 / "dev", (0.99, 0.99, 0.96, 0.98), test=False)


def test_quality_on_the_twentieth_heldout_set() -> None:
    # Test only, written last. First run (2026-11-28): 0.955 / 0.898, F1 0.950 / 0.914; then
    # 0.985 / 0.901, F1 0.967 / 0.912 once one-letter capitals outside ASCII ("Pádraig Ó
    # Murchú") read as name words.
    _holds(HELDOUT20 / "test", (0.98, 0.93, 0.97, 0.94), test=True)


def test_quality_on_the_twenty_first_heldout_set() -> None:
    # Test only, written at the very end of 2026-11-28's second session, after every rule of
    # it. First run: 0.986 / 0.926, F1 0.977 / 0.938; 0.949 / 0.952 after the rules written
    # on heldout22.
    _holds(HELDOUT21 / "test", (0.98, 0.94, 0.97, 0.95), test=True)


def test_quality_on_the_twenty_second_heldout_set() -> None:
    # Dev, same-gender speakers in every story. First run (2026-11-28): 1.000 / 0.916, F1
    # 0.982 / 0.922.
    _holds(HELDOUT22 / "dev", (1.00, 0.99, 0.99, 0.99), test=False)


def test_quality_on_the_twenty_third_heldout_set() -> None:
    # Dev, regional naming (Wales, Nigeria, Pakistan, New Zealand …). First run (2026-11-28):
    # 1.000 / 0.869, F1 0.970 / 0.871.
    _holds(HELDOUT23 / "dev", (1.00, 0.99, 0.98, 0.97), test=False)


def test_quality_on_the_twenty_fourth_heldout_set() -> None:
    # Dev: AFP, Bloomberg, Sky, BBC, CNN, Al Jazeera, The Hindu, CBC, ESPN, a magazine
    # feature. First run (2026-11-28, third session): 0.993 / 0.919, F1 0.968 / 0.915.
    _holds(HELDOUT24 / "dev", (0.99, 0.97, 0.98, 0.97), test=False)


def test_quality_on_the_twenty_fifth_heldout_set() -> None:
    # Test only, everyday copy from ten outlets. First run (2026-11-28, third session, after
    # the session's first rules): 1.000 / 0.938, F1 0.973 / 0.945; 0.930 / 0.941 after the
    # later rules (one direct quote lost, not looked at).
    _holds(HELDOUT25 / "test", (1.00, 0.92, 0.97, 0.94), test=True)


def test_quality_on_the_twenty_sixth_heldout_set() -> None:
    # Dev: NY Post, Politico, Daily Mail (single marks), AP obituary, local TV, Reuters oil,
    # The Australian, Nation Kenya, a university release, a Guardian interview. First run
    # (2026-11-28, third session): 0.985 / 0.939, F1 0.951 / 0.936.
    _holds(HELDOUT26 / "dev", (0.99, 1.00, 0.97, 0.99), test=False)


def test_quality_on_the_twenty_seventh_heldout_set() -> None:
    # Test only, everyday copy from ten more outlets. First run (2026-11-28, third session):
    # 1.000 / 0.970, F1 0.970 / 0.969.
    _holds(HELDOUT27 / "test", (1.00, 0.98, 0.97, 0.98), test=True)


def test_quality_on_the_twenty_eighth_heldout_set() -> None:
    # Dev: Reuters politics, AP courts, BBC Scotland, Times of India ("V. N. Deshmukh"),
    # Guardian, SMH, Bloomberg ("people familiar with the matter"), Irish Examiner, Washington
    # Post, a match report. First run (2026-11-28, third session): 1.000 / 0.928, F1 0.962 /
    # 0.917.
    _holds(HELDOUT28 / "dev", (1.00, 1.00, 0.97, 0.99), test=False)


def test_quality_on_the_twenty_ninth_heldout_set() -> None:
    # Test only, ten everyday outlets. First run (2026-11-28, third session): 1.000 / 0.956,
    # F1 0.982 / 0.964.
    _holds(HELDOUT29 / "test", (1.00, 0.95, 0.98, 0.96), test=True)


def test_quality_on_the_thirtieth_heldout_set() -> None:
    # Dev: DW, France 24, Japan Times, Korea Herald, Gulf News, Buenos Aires Times, The Star
    # Malaysia ("Datuk", "Tan Sri"), Mail & Guardian, Philadelphia Inquirer, an Economist-style
    # analysis. First run (2026-11-28, third session): 1.000 / 0.881, F1 0.984 / 0.876.
    _holds(HELDOUT30 / "dev", (1.00, 0.96, 0.98, 0.96), test=False)


def test_quality_on_the_thirty_first_heldout_set() -> None:
    # Test only, ten everyday outlets, written last. First run (2026-11-28, third session):
    # 1.000 / 0.992, F1 0.971 / 0.980. All-quote speaker 0.976 since business names ending
    # in Energy, Capital, Insurance … (fourth session; the never-read pool gained by it).
    _holds(HELDOUT31 / "test", (1.00, 0.99, 0.97, 0.97), test=True)


def test_quality_on_the_thirty_second_heldout_set() -> None:
    # Dev, feature-like copy (a chef, her sous-chef and her mother; twins; a coach and two
    # players). First run (2026-11-28, third session): 1.000 / 0.855, F1 0.971 / 0.866.
    _holds(HELDOUT32 / "dev", (1.00, 0.97, 0.97, 0.96), test=False)


def test_quality_on_the_thirty_third_heldout_set() -> None:
    # Test only, ten everyday outlets, written last of all. First run (2026-11-28, third
    # session): 1.000 / 0.960, F1 0.984 / 0.958.
    _holds(HELDOUT33 / "test", (1.00, 0.96, 0.98, 0.95), test=True)


def test_quality_on_the_thirty_fourth_heldout_set() -> None:
    # Dev, same-gender speakers in turn (council vote, magistrates, mine strike, Nigerian
    # protest …). First run (2026-11-28, third session): 0.991 / 0.911, F1 0.986 / 0.917.
    _holds(HELDOUT34 / "dev", (0.99, 0.99, 0.98, 0.99), test=False)


def test_quality_on_the_thirty_fifth_heldout_set() -> None:
    # Test only, eight everyday outlets, the session's last. First run (2026-11-28, third
    # session): 1.000 / 0.971, F1 0.988 / 0.953.
    _holds(HELDOUT35 / "test", (1.00, 0.97, 0.98, 0.95), test=True)


# Fourth session of 2026-11-28: nine more blind sets of everyday copy, eight outlets each.


def test_quality_on_the_thirty_sixth_heldout_set() -> None:
    # Dev, US outlets. First run: 1.000 / 0.972, F1 0.975 / 0.983.
    _holds(HELDOUT36 / "dev", (1.00, 1.00, 0.98, 1.00), test=False)


def test_quality_on_the_thirty_seventh_heldout_set() -> None:
    # Dev, UK and European outlets. First run: 1.000 / 0.923, F1 0.991 / 0.940.
    _holds(HELDOUT37 / "dev", (1.00, 1.00, 0.99, 0.99), test=False)


def test_quality_on_the_thirty_eighth_heldout_set() -> None:
    # Dev, Asia-Pacific and African outlets. First run: 1.000 / 0.904, F1 0.994 / 0.915.
    _holds(HELDOUT38 / "dev", (1.00, 1.00, 0.99, 0.99), test=False)


def test_quality_on_the_thirty_ninth_heldout_set() -> None:
    # Test only. First run: 1.000 / 0.990, F1 0.988 / 0.982.
    _holds(HELDOUT39 / "test", (1.00, 0.99, 0.98, 0.98), test=True)


def test_quality_on_the_fortieth_heldout_set() -> None:
    # Test only. First run: 1.000 / 0.933, F1 0.988 / 0.933.
    _holds(HELDOUT40 / "test", (1.00, 0.93, 0.98, 0.93), test=True)


def test_quality_on_the_forty_first_heldout_set() -> None:
    # Dev, US regional outlets and a feature. First run: 1.000 / 0.893, F1 0.977 / 0.904.
    _holds(HELDOUT41 / "dev", (1.00, 0.94, 0.97, 0.95), test=False)


def test_quality_on_the_forty_second_heldout_set() -> None:
    # Dev, UK and Irish outlets. First run: 1.000 / 0.913, F1 0.976 / 0.921.
    _holds(HELDOUT42 / "dev", (1.00, 0.97, 0.97, 0.96), test=False)


def test_quality_on_the_forty_third_heldout_set() -> None:
    # Dev, wire and Asia-Pacific outlets. First run: 1.000 / 0.933, F1 0.988 / 0.941.
    _holds(HELDOUT43 / "dev", (1.00, 0.97, 0.98, 0.98), test=False)


def test_quality_on_the_forty_fourth_heldout_set() -> None:
    # Test only, written last. First run: 1.000 / 0.960, F1 0.978 / 0.962.
    _holds(HELDOUT44 / "test", (1.00, 0.96, 0.97, 0.96), test=True)


def test_quality_on_the_forty_fifth_heldout_set() -> None:
    # Dev, US broadcast and Washington outlets. First run (direct / all speaker): 0.991 / 0.977.
    _holds(HELDOUT45 / "dev", (1.0, 0.99, 0.98, 0.98), test=False)


def test_quality_on_the_forty_sixth_heldout_set() -> None:
    # Dev, English regional and national papers. First run (direct / all speaker): 0.990 / 0.982.
    # (under 100 direct labels: held by _at_least)
    _at_least(
        HELDOUT46 / "dev",
        (95, 150),
        {"direct found": 1.0, "direct speaker": 1.0, "F1": 0.98, "speaker": 0.99},
    )


def test_quality_on_the_forty_seventh_heldout_set() -> None:
    # Dev, Australian and New Zealand papers. First run (direct / all speaker): 0.940 / 0.946.
    _holds(HELDOUT47 / "dev", (1.0, 1.0, 0.98, 0.98), test=False)


def test_quality_on_the_forty_eighth_heldout_set() -> None:
    # Dev, Reuters, AP and Middle East outlets. First run (direct / all speaker): 0.970 / 0.975.
    # (under 100 direct labels: held by _at_least)
    _at_least(
        HELDOUT48 / "dev",
        (95, 150),
        {"direct found": 1.0, "direct speaker": 1.0, "F1": 0.96, "speaker": 0.99},
    )


def test_quality_on_the_forty_ninth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.912, F1 0.983 / 0.921.
    _holds(HELDOUT49 / "test", (1.0, 0.91, 0.98, 0.92), test=True)


def test_quality_on_the_fiftieth_heldout_set() -> None:
    # Dev, NYT, WSJ, Politico, US regionals. First run (direct / all speaker): 0.963 / 0.949.
    _holds(HELDOUT50 / "dev", (0.99, 0.98, 0.97, 0.96), test=False)


def test_quality_on_the_fifty_first_heldout_set() -> None:
    # Dev, BBC Wales, ITV, Sky, UK tabloids. First run (direct / all speaker): 0.981 / 0.976.
    _holds(HELDOUT51 / "dev", (1.0, 1.0, 0.98, 0.99), test=False)


def test_quality_on_the_fifty_second_heldout_set() -> None:
    # Dev, Canadian outlets. First run (direct / all speaker): 0.930 / 0.932.
    _holds(HELDOUT52 / "dev", (1.0, 1.0, 0.99, 0.99), test=False)


def test_quality_on_the_fifty_third_heldout_set() -> None:
    # Dev, South Asian outlets. First run (direct / all speaker): 0.920 / 0.927.
    _holds(HELDOUT53 / "dev", (1.0, 0.98, 0.99, 0.96), test=False)


def test_quality_on_the_fifty_fourth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.980, F1 0.988 / 0.963.
    # (under 100 direct labels: held by _at_least)
    _at_least(
        HELDOUT54 / "test",
        (95, 150),
        {"direct found": 1.0, "direct speaker": 0.97, "F1": 0.98, "speaker": 0.96},
    )


def test_quality_on_the_fifty_fifth_heldout_set() -> None:
    # Dev, US metro papers. First run (direct / all speaker): 1.000 / 0.988.
    _holds(HELDOUT55 / "dev", (1.0, 1.0, 0.98, 0.98), test=False)


def test_quality_on_the_fifty_sixth_heldout_set() -> None:
    # Dev, UK and Irish outlets. First run (direct / all speaker): 0.933 / 0.934.
    _holds(HELDOUT56 / "dev", (1.0, 1.0, 0.98, 0.99), test=False)


def test_quality_on_the_fifty_seventh_heldout_set() -> None:
    # Dev, African outlets. First run (direct / all speaker): 0.882 / 0.884.
    _holds(HELDOUT57 / "dev", (1.0, 0.98, 0.97, 0.97), test=False)


def test_quality_on_the_fifty_eighth_heldout_set() -> None:
    # Dev, South-East and East Asian outlets. First run (direct / all speaker): 0.856 / 0.877.
    # (under 100 direct labels: held by _at_least)
    _at_least(
        HELDOUT58 / "dev",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.95, "F1": 0.97, "speaker": 0.96},
    )


def test_quality_on_the_fifty_ninth_heldout_set() -> None:
    # Test only, eight outlets. First run: 0.981 / 0.971, F1 0.982 / 0.976.
    _holds(HELDOUT59 / "test", (0.98, 0.97, 0.98, 0.97), test=True)


def test_quality_on_the_sixtieth_heldout_set() -> None:
    # Dev, US national and metro outlets. First run (direct / all speaker): 1.000 / 0.988.
    _holds(HELDOUT60 / "dev", (1.0, 1.0, 0.98, 0.99), test=False)


def test_quality_on_the_sixty_first_heldout_set() -> None:
    # Dev, Scottish, English and Irish outlets. First run (direct / all speaker): 0.922 / 0.920.
    _holds(HELDOUT61 / "dev", (1.0, 0.98, 0.99, 0.98), test=False)


def test_quality_on_the_sixty_second_heldout_set() -> None:
    # Dev, Indian and African outlets. First run (direct / all speaker): 0.951 / 0.941.
    _holds(HELDOUT62 / "dev", (1.0, 0.99, 0.99, 0.99), test=False)


def test_quality_on_the_sixty_third_heldout_set() -> None:
    # Dev, Australian and New Zealand outlets. First run (direct / all speaker): 0.929 / 0.945.
    _holds(HELDOUT63 / "dev", (0.98, 1.0, 0.97, 0.99), test=False)


def test_quality_on_the_sixty_fourth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.897, F1 0.992 / 0.909.
    _holds(HELDOUT64 / "test", (1.0, 0.89, 0.99, 0.9), test=True)


def test_quality_on_the_sixty_fifth_heldout_set() -> None:
    # Dev, Asian business outlets. First run (direct / all speaker): 0.971 / 0.964.
    _holds(HELDOUT65 / "dev", (1.0, 0.99, 1.0, 0.98), test=False)


def test_quality_on_the_sixty_sixth_heldout_set() -> None:
    # Dev, US East Coast and Midwest papers. First run (direct / all speaker): 0.963 / 0.947.
    _holds(HELDOUT66 / "dev", (1.0, 1.0, 0.97, 0.99), test=False)


def test_quality_on_the_sixty_seventh_heldout_set() -> None:
    # Dev, Irish outlets. First run (direct / all speaker): 0.904 / 0.915.
    _holds(HELDOUT67 / "dev", (1.0, 0.99, 0.98, 0.98), test=False)


def test_quality_on_the_sixty_eighth_heldout_set() -> None:
    # Dev, UK national outlets. First run (direct / all speaker): 0.990 / 0.982.
    _holds(HELDOUT68 / "dev", (1.0, 1.0, 0.99, 0.98), test=False)


def test_quality_on_the_sixty_ninth_heldout_set() -> None:
    # Test only, eight outlets, written last. First run: 0.990 / 0.922, F1 0.988 / 0.911.
    _holds(HELDOUT69 / "test", (0.99, 0.92, 0.98, 0.91), test=True)


def test_quality_on_the_seventieth_heldout_set() -> None:
    # Dev, European outlets. First run (direct / all speaker): 0.981 / 0.975.
    _holds(HELDOUT70 / "dev", (0.99, 0.98, 0.97, 0.97), test=False)


def test_quality_on_the_seventy_first_heldout_set() -> None:
    # Dev, US West papers. First run (direct / all speaker): 0.918 / 0.934.
    _holds(HELDOUT71 / "dev", (1.00, 0.93, 0.98, 0.95), test=False)


def test_quality_on_the_seventy_second_heldout_set() -> None:
    # Dev, English and Welsh regionals. First run (direct / all speaker): 0.980 / 0.976.
    _holds(HELDOUT72 / "dev", (0.98, 0.98, 0.97, 0.97), test=False)


def test_quality_on_the_seventy_third_heldout_set() -> None:
    # Dev, Australian and New Zealand papers. First run (direct / all speaker): 0.962 / 0.963.
    _holds(HELDOUT73 / "dev", (1.00, 0.99, 0.98, 0.98), test=False)


def test_quality_on_the_seventy_fourth_heldout_set() -> None:
    # Test only, eight outlets, the session's last. First run: 1.000 / 0.971, F1 0.980 / 0.964.
    _holds(HELDOUT74 / "test", (1.00, 0.97, 0.97, 0.96), test=True)


def test_quality_on_the_seventy_fifth_heldout_set() -> None:
    # Dev, sports desks. First run (direct / all speaker): 0.980 / 0.981.
    _holds(HELDOUT75 / "dev", (1.00, 0.99, 0.98, 0.99), test=False)


def test_quality_on_the_seventy_sixth_heldout_set() -> None:
    # Dev, southern and eastern African outlets. First run: 1.000 / 0.994.
    _at_least(
        HELDOUT76 / "dev",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 1.00, "F1": 0.99, "speaker": 0.99},
    )


def test_quality_on_the_seventy_seventh_heldout_set() -> None:
    # Dev, US metro courts and politics. First run: 0.981 / 0.982.
    _holds(HELDOUT77 / "dev", (1.00, 0.98, 0.97, 0.98), test=False)


def test_quality_on_the_seventy_eighth_heldout_set() -> None:
    # Dev, mixed desks across four continents. First run: 0.922 / 0.921.
    _holds(HELDOUT78 / "dev", (1.00, 0.97, 0.98, 0.96), test=False)


def test_quality_on_the_seventy_ninth_heldout_set() -> None:
    # Test only. First run: 1.000 / 0.971, F1 0.976 / 0.957.
    _holds(HELDOUT79 / "test", (1.00, 0.97, 0.97, 0.95), test=True)


def test_quality_on_the_eightieth_heldout_set() -> None:
    # Dev, wires and national desks. First run (direct / all speaker): 0.971 / 0.975.
    _holds(HELDOUT80 / "dev", (1.00, 0.97, 0.97, 0.97), test=False)


def test_quality_on_the_eighty_first_heldout_set() -> None:
    # Dev, South and South-East Asian outlets. First run: 0.912 / 0.929.
    _holds(HELDOUT81 / "dev", (0.98, 0.93, 0.97, 0.94), test=False)


def test_quality_on_the_eighty_second_heldout_set() -> None:
    # Dev, African outlets. First run: 0.970 / 0.969.
    _at_least(
        HELDOUT82 / "dev",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.96, "F1": 0.97, "speaker": 0.96},
    )


def test_quality_on_the_eighty_third_heldout_set() -> None:
    # Dev, US national, feature and regional outlets. First run: 0.982 / 0.982.
    _holds(HELDOUT83 / "dev", (1.00, 0.98, 0.97, 0.98), test=False)


def test_quality_on_the_eighty_fourth_heldout_set() -> None:
    # Test only, the session's last. First run: 1.000 / 0.959, F1 0.994 / 0.940.
    _at_least(
        HELDOUT84 / "test",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.95, "F1": 0.99, "speaker": 0.93},
    )


def test_quality_on_the_eighty_fifth_heldout_set() -> None:
    # Dev, the Washington Post, Boston Globe, BBC Sport, Scotsman, CBC, SCMP, Hindu and
    # Namibian sport and culture desks. First run: 1.000 / 0.991, F1 0.991 / 0.983.
    _holds(HELDOUT85 / "dev", (1.00, 1.00, 0.99, 0.99), test=False)


def test_quality_on_the_eighty_sixth_heldout_set() -> None:
    # Dev, AFP, Reuters, BBC, Irish Times, CBC, SMH, Straits Times and Namibian business and
    # politics. First run: 1.000 / 0.902, F1 0.989 / 0.907.
    _holds(HELDOUT86 / "dev", (1.00, 0.96, 0.99, 0.97), test=False)


def test_quality_on_the_eighty_seventh_heldout_set() -> None:
    # Dev, court and politics reports. First run: 1.000 / 0.890, F1 0.989 / 0.911.
    _holds(HELDOUT87 / "dev", (1.00, 0.98, 0.99, 0.98), test=False)


def test_quality_on_the_eighty_eighth_heldout_set() -> None:
    # Dev, a magazine, local radio, trade press, releases, a newsletter, a student paper and a
    # blog. First run: 1.000 / 0.920, F1 0.967 / 0.926.
    _holds(HELDOUT88 / "dev", (1.00, 1.00, 0.96, 0.99), test=False)


def test_quality_on_the_eighty_ninth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.963, F1 0.986 / 0.977.
    _holds(HELDOUT89 / "test", (1.00, 0.98, 0.98, 0.98), test=True)


def test_quality_on_the_ninetieth_heldout_set() -> None:
    # Dev, NPR, The Atlantic, FT, DW, Japan Times, Irish Independent, Stuff, Daily Maverick.
    # First run: 0.990 / 0.980, F1 0.991 / 0.960.
    _holds(HELDOUT90 / "dev", (0.99, 1.00, 0.99, 0.98), test=False)


def test_quality_on_the_ninety_first_heldout_set() -> None:
    # Dev, a court report, police and council releases, a hospital newsletter, a club site,
    # local TV, AAP, a tabloid. First run: 1.000 / 0.972, F1 0.991 / 0.982.
    _holds(HELDOUT91 / "dev", (1.00, 0.99, 0.99, 0.99), test=False)


def test_quality_on_the_ninety_second_heldout_set() -> None:
    # Dev, Al Jazeera, France 24, Times of India, Dawn, Rappler, CNA, Globe and Mail,
    # Bloomberg. First run: 1.000 / 0.971, F1 0.971 / 0.952.
    _holds(HELDOUT92 / "dev", (1.00, 1.00, 0.97, 0.98), test=False)


def test_quality_on_the_ninety_third_heldout_set() -> None:
    # Dev, a long read, an obituary, a podcast, a panel, a debate, a press conference, a
    # trial, a profile. First run: 1.000 / 0.905, F1 0.974 / 0.923.
    _holds(HELDOUT93 / "dev", (1.00, 1.00, 0.97, 1.00), test=False)


def test_quality_on_the_ninety_fourth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.990, F1 0.977 / 0.982.
    _holds(HELDOUT94 / "test", (1.00, 0.99, 0.97, 0.98), test=True)


def test_quality_on_the_ninety_fifth_heldout_set() -> None:
    # Dev, Politico Europe, Irish Times, Kyodo, Inquirer, SMH, El País, Korea Herald, Gulf
    # News. First run: 1.000 / 0.981, F1 0.980 / 0.988.
    _holds(HELDOUT95 / "dev", (1.00, 1.00, 0.98, 1.00), test=False)


def test_quality_on_the_ninety_sixth_heldout_set() -> None:
    # Dev, meetings, hearings, inquiries and an inquest. First run: 1.000 / 1.000, F1 0.977 / 0.994.
    _holds(HELDOUT96 / "dev", (1.00, 1.00, 0.97, 0.99), test=False)


def test_quality_on_the_ninety_seventh_heldout_set() -> None:
    # Dev, science and health desks. First run: 1.000 / 0.942, F1 0.979 / 0.964.
    _holds(HELDOUT97 / "dev", (1.00, 0.98, 0.98, 0.98), test=False)


def test_quality_on_the_ninety_eighth_heldout_set() -> None:
    # Test only, eight outlets. First run: 0.991 / 0.945, F1 0.980 / 0.947.
    _holds(HELDOUT98 / "test", (0.99, 0.94, 0.97, 0.94), test=True)


def test_quality_on_the_ninety_ninth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 1.000, F1 0.962 / 0.982.
    _holds(HELDOUT99 / "test", (1.00, 1.00, 0.96, 0.98), test=True)


def test_quality_on_the_hundredth_heldout_set() -> None:
    # Dev, South and East Asian outlets. First run: 0.990 / 0.961, F1 0.975 / 0.960.
    _holds(HELDOUT100 / "dev", (0.99, 0.96, 0.97, 0.96), test=False)


def test_quality_on_the_hundred_and_first_heldout_set() -> None:
    # Dev, family features where relatives share a surname. First run: 1.000 / 0.931, F1 0.974
    # / 0.935.
    _holds(HELDOUT101 / "dev", (1.00, 1.00, 0.97, 0.99), test=False)


def test_quality_on_the_hundred_and_second_heldout_set() -> None:
    # Dev, African outlets. First run: 1.000 / 0.980, F1 0.967 / 0.988.
    _at_least(
        HELDOUT102 / "dev",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.97, "F1": 0.97, "speaker": 0.98},
    )


def test_quality_on_the_hundred_and_third_heldout_set() -> None:
    # Dev, sports desks. First run: 1.000 / 0.973, F1 0.985 / 0.958.
    _holds(HELDOUT103 / "dev", (1.00, 0.99, 0.98, 0.97), test=False)


def test_quality_on_the_hundred_and_fourth_heldout_set() -> None:
    # Test only, US metro papers. First run: 1.000 / 0.981, F1 0.985 / 0.982.
    _holds(HELDOUT104 / "test", (1.00, 0.98, 0.98, 0.98), test=True)


def test_quality_on_the_hundred_and_fifth_heldout_set() -> None:
    # Test only, UK and Irish papers. First run: 1.000 / 0.920, F1 0.994 / 0.932.
    _holds(HELDOUT105 / "test", (1.00, 0.92, 0.99, 0.93), test=True)


def test_quality_on_the_hundred_and_sixth_heldout_set() -> None:
    # Dev, families sharing a surname. First run: 1.000 / 0.942, F1 1.000 / 0.941.
    _holds(HELDOUT106 / "dev", (1.00, 0.99, 1.00, 0.98), test=False)


def test_quality_on_the_hundred_and_seventh_heldout_set() -> None:
    # Dev, financial and political desks with unnamed sources. First run: 0.981 / 0.922, F1
    # 0.967 / 0.912.
    _holds(HELDOUT107 / "dev", (0.98, 0.97, 0.96, 0.98), test=False)


def test_quality_on_the_hundred_and_eighth_heldout_set() -> None:
    # Dev, regional dailies. First run: 1.000 / 1.000, F1 0.988 / 1.000.
    _holds(HELDOUT108 / "dev", (1.00, 1.00, 0.98, 1.00), test=False)


def test_quality_on_the_hundred_and_ninth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.981, F1 0.988 / 0.982.
    _holds(HELDOUT109 / "test", (1.00, 0.98, 0.98, 0.98), test=True)


def test_quality_on_the_hundred_and_tenth_heldout_set() -> None:
    # Test only, US metro papers. First run: 1.000 / 0.981, F1 0.991 / 0.983.
    _holds(HELDOUT110 / "test", (1.00, 0.98, 0.99, 0.98), test=True)


def test_quality_on_the_hundred_and_eleventh_heldout_set() -> None:
    # Dev, wires and broadcasters, same-gender speakers in turn. First run: 1.000 / 0.961, F1
    # 0.991 / 0.964.
    _holds(HELDOUT111 / "dev", (1.00, 1.00, 0.99, 0.99), test=False)


def test_quality_on_the_hundred_and_twelfth_heldout_set() -> None:
    # Dev, South Asian and South-East Asian outlets. First run: 1.000 / 0.798, F1 0.985 / 0.820.
    _at_least(
        HELDOUT112 / "dev",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.94, "F1": 0.98, "speaker": 0.95},
    )


def test_quality_on_the_hundred_and_thirteenth_heldout_set() -> None:
    # Dev, trade, union, university and hobby outlets. First run: 1.000 / 0.947, F1 0.991 / 0.960.
    _holds(HELDOUT113 / "dev", (1.00, 0.98, 0.99, 0.98), test=False)


def test_quality_on_the_hundred_and_fourteenth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.962, F1 0.991 / 0.964.
    _holds(HELDOUT114 / "test", (1.00, 0.96, 0.99, 0.96), test=True)


def test_quality_on_the_hundred_and_fifteenth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.981, F1 0.979 / 0.982.
    _holds(HELDOUT115 / "test", (1.00, 0.98, 0.97, 0.98), test=True)


def test_quality_on_the_hundred_and_sixteenth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.981, F1 0.994 / 0.983.
    _holds(HELDOUT116 / "test", (1.00, 0.98, 0.99, 0.98), test=True)


def test_quality_on_the_hundred_and_seventeenth_heldout_set() -> None:
    # Dev, Middle Eastern outlets. First run: 1.000 / 0.953, F1 0.994 / 0.933.
    _holds(HELDOUT117 / "dev", (1.00, 0.98, 0.99, 0.96), test=False)


def test_quality_on_the_hundred_and_eighteenth_heldout_set() -> None:
    # Dev, South-East Asian outlets. First run: 1.000 / 0.750, F1 0.991 / 0.786.
    _holds(HELDOUT118 / "dev", (1.00, 0.97, 0.99, 0.97), test=False)


def test_quality_on_the_hundred_and_nineteenth_heldout_set() -> None:
    # Dev, courts, inquests and inquiries. First run: 1.000 / 0.953, F1 0.971 / 0.952.
    _holds(HELDOUT119 / "dev", (1.00, 0.95, 0.97, 0.95), test=False)


def test_quality_on_the_hundred_and_twentieth_heldout_set() -> None:
    # Test only, eight outlets. First run: 1.000 / 0.973, F1 0.984 / 0.967.
    _holds(HELDOUT120 / "test", (1.00, 0.97, 0.98, 0.96), test=True)


def test_quality_on_the_hundred_and_twenty_first_heldout_set() -> None:
    # Test only, European outlets. First run: 0.990 / 1.000, F1 0.985 / 0.987.
    _at_least(
        HELDOUT121 / "test",
        (95, 150),
        {"direct found": 0.98, "direct speaker": 1.00, "F1": 0.98, "speaker": 0.98},
    )


def test_quality_on_the_hundred_and_twenty_second_heldout_set() -> None:
    # Test only, local papers on four continents. First run: 0.990 / 0.941, F1 0.977 / 0.941.
    _holds(HELDOUT122 / "test", (0.99, 0.94, 0.97, 0.94), test=True)


def test_quality_on_the_hundred_and_twenty_third_heldout_set() -> None:
    # Dev, African outlets. First run: 1.000 / 0.941, F1 0.961 / 0.919.
    _holds(HELDOUT123 / "dev", (1.00, 0.99, 0.96, 0.96), test=False)


def test_quality_on_the_hundred_and_twenty_fourth_heldout_set() -> None:
    # Dev, Indian outlets. First run: 1.000 / 0.901, F1 0.979 / 0.926.
    _holds(HELDOUT124 / "dev", (1.00, 0.94, 0.97, 0.95), test=False)


def test_quality_on_the_hundred_and_twenty_fifth_heldout_set() -> None:
    # Test only, UK and US wires and broadcasters. First run: 1.000 / 0.961, F1 0.982 / 0.945.
    _holds(HELDOUT125 / "test", (1.00, 0.96, 0.98, 0.94), test=True)


def test_quality_on_the_hundred_and_twenty_sixth_heldout_set() -> None:
    # Test only, Australian and New Zealand papers. First run: 1.000 / 0.981, F1 0.994 / 0.976.
    _holds(HELDOUT126 / "test", (1.00, 0.98, 0.99, 0.97), test=True)


def test_quality_on_the_hundred_and_twenty_seventh_heldout_set() -> None:
    # Test only, Irish, Scottish, Welsh and English regional papers. First run: 1.000 / 0.990,
    # F1 0.991 / 0.988.
    _holds(HELDOUT127 / "test", (1.00, 0.99, 0.99, 0.98), test=True)


def test_quality_on_the_hundred_and_twenty_eighth_heldout_set() -> None:
    # Test only, US national and metro papers. First run: 0.990 / 0.971, F1 0.988 / 0.965.
    _holds(HELDOUT128 / "test", (0.99, 0.97, 0.98, 0.96), test=True)


def test_quality_on_the_hundred_and_twenty_ninth_heldout_set() -> None:
    # Dev, tabloid and local TV crime and community stories. First run: 1.000 / 0.954, F1
    # 0.994 / 0.948.
    _holds(HELDOUT129 / "dev", (1.00, 0.99, 0.99, 0.98), test=False)


def test_quality_on_the_hundred_and_thirtieth_heldout_set() -> None:
    # Dev, financial and economic copy. First run: 1.000 / 0.981, F1 0.978 / 0.966.
    _holds(HELDOUT130 / "dev", (1.00, 0.98, 0.97, 0.96), test=False)


def test_quality_on_the_hundred_and_thirty_first_heldout_set() -> None:
    # Test only, English and Welsh papers. First run: 1.000 / 0.990, F1 0.982 / 0.982.
    _holds(HELDOUT131 / "test", (1.00, 0.99, 0.98, 0.98), test=True)


def test_quality_on_the_hundred_and_thirty_second_heldout_set() -> None:
    # Test only, Canadian outlets. First run: 0.990 / 1.000, F1 0.988 / 0.994.
    _holds(HELDOUT132 / "test", (0.99, 1.00, 0.98, 0.99), test=True)


def test_quality_on_the_hundred_and_thirty_third_heldout_set() -> None:
    # Test only, wires and world broadcasters. First run: 1.000 / 0.981, F1 0.982 / 0.982.
    _holds(HELDOUT133 / "test", (1.00, 0.98, 0.98, 0.98), test=True)


def test_quality_on_the_hundred_and_thirty_fourth_heldout_set() -> None:
    # Test only, East and South-East Asian papers. First run: 1.000 / 0.908, F1 0.986 / 0.932.
    _at_least(
        HELDOUT134 / "test",
        (95, 150),
        {"direct found": 1.00, "direct speaker": 0.90, "F1": 0.98, "speaker": 0.93},
    )


def test_quality_on_the_hundred_and_thirty_fifth_heldout_set() -> None:
    # Dev, East and South-East Asian papers. First run: 1.000 / 0.941, F1 0.994 / 0.953.
    _holds(HELDOUT135 / "dev", (1.00, 0.94, 0.99, 0.95), test=False)


def test_quality_on_the_hundred_and_thirty_sixth_heldout_set() -> None:
    # Dev, South Asian papers. First run: 1.000 / 0.895, F1 0.980 / 0.881.
    _holds(HELDOUT136 / "dev", (1.00, 0.93, 0.97, 0.92), test=False)


def test_quality_on_the_hundred_and_thirty_seventh_heldout_set() -> None:
    # Dev, court reports from East and South-East Asia. First run: 1.000 / 0.830, F1 0.991 / 0.860.
    _holds(HELDOUT137 / "dev", (1.00, 0.93, 0.99, 0.94), test=False)


def test_quality_on_the_hundred_and_thirty_eighth_heldout_set() -> None:
    # Dev, African papers. First run: 0.980 / 0.927, F1 0.971 / 0.917.
    _at_least(
        HELDOUT138 / "dev",
        (95, 150),
        {"direct found": 0.97, "direct speaker": 0.96, "F1": 0.97, "speaker": 0.96},
    )


def test_quality_on_the_hundred_and_thirty_ninth_heldout_set() -> None:
    # Test only, East and South-East Asian papers. First run: 1.000 / 0.962, F1 0.977 / 0.959.
    _holds(HELDOUT139 / "test", (1.00, 0.96, 0.97, 0.95), test=True)


def test_quality_on_the_hundred_and_fortieth_heldout_set() -> None:
    # Test only, South Asian and African papers. First run: 0.990 / 0.971, F1 0.991 / 0.983.
    _holds(HELDOUT140 / "test", (0.99, 0.97, 0.99, 0.98), test=True)
