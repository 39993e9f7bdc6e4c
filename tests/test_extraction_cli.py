"""`citebot extract`: the JSON shape, the table, batches with bad files, and no store touched."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli
from bot.service import sample_corpus_dir

SAMPLE = sample_corpus_dir() / "kazakhstan-multivector-diplomacy.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_documented_shape_and_spans_index_the_file(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    code, out, _ = run("--db", f"sqlite:///{db}", "extract", str(SAMPLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"document", "quotes", "facts"}
    assert set(data["document"]) == {"title", "publisher", "published", "url", "path"}
    assert data["document"]["publisher"] == "The Astana Times"  # from the sidecar
    file_text = SAMPLE.read_text(encoding="utf-8")
    for quote in data["quotes"]:
        assert set(quote) == {
            "text",
            "speaker",
            "speaker_role",
            "paragraph",
            "start",
            "end",
            "cue",
            "kind",
        }
        assert file_text[quote["start"] : quote["end"]] == quote["text"]
    for fact in data["facts"]:
        assert set(fact) == {"text", "paragraph", "start", "end", "figures", "attributed_to"}
        assert file_text[fact["start"] : fact["end"]] == fact["text"]
    first = data["quotes"][1]
    assert first["speaker"] == "Roman Vassilenko" and first["paragraph"] == 6
    assert not db.exists(), "extract must not create or touch a store"


def test_table_without_json() -> None:
    code, out, _ = run("extract", str(SAMPLE))
    assert code == 0
    assert "Quotes (" in out and "Facts (" in out
    assert "Roman Vassilenko" in out and "(Kazakh Deputy Foreign Minister)" in out


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    good = tmp_path / "note.txt"
    good.write_text("Note\n\n“Rates will fall,” said Ana Lopes.\n")
    code, out, err = run("extract", str(bad), str(good), "--json")
    assert code == 1
    assert "image.png" in err and "unsupported file type" in err
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0]["quotes"][0]["speaker"] == "Ana Lopes"


def test_size_limit_setting_is_named(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("CITEBOT_MAX_FILE_BYTES", "10")
    big = tmp_path / "big.txt"
    big.write_text("A title\n\nSome words that are more than ten bytes long.")
    code, _, err = run("extract", str(big))
    assert code == 1 and "CITEBOT_MAX_FILE_BYTES" in err
