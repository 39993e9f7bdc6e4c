"""The SQLite store against real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Citebot
from bot.store import StoreError, open_store
from bot.store.sqlite import SQLiteStore


def test_sample_loads_once_and_counts(bot: Citebot) -> None:
    first = bot.load_sample()
    assert [o.status for o in first] == ["added"]
    assert [o.status for o in bot.load_sample()] == ["unchanged"]
    counts = bot.store.counts()
    assert counts["documents"] == 1 and counts["quotes"] > 10 and counts["facts"] > 5
    assert bot.store.top_speakers(1)[0][0] == "Roman Vassilenko"


def test_replace_and_remove(bot: Citebot, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Title\n\n“We will build forty new bridges,” said Jane Roe.\n")
    assert bot.ingest_file(doc).status == "added"
    generation = bot.store.generation()
    doc.write_text("Title\n\n“We will build fifty new bridges soon,” said Jane Roe.\n")
    assert bot.ingest_file(doc).status == "updated"
    assert bot.store.generation() > generation
    texts = [s.text for s in bot.store.iter_snippets()]
    assert any("fifty" in t for t in texts) and not any("forty" in t for t in texts)
    assert bot.store.remove_document(str(doc))
    assert bot.store.counts()["documents"] == 0
    assert not bot.store.remove_document(str(doc))


def test_paragraph_context(sample_bot: Citebot) -> None:
    snippet = next(s for s in sample_bot.store.iter_snippets() if "two-way" in s.text)
    found = sample_bot.context(snippet.id)
    assert found is not None
    assert found[1].startswith("“Overall, I think")


def test_claim_event_is_once_across_connections(tmp_path: Path) -> None:
    a = SQLiteStore(tmp_path / "e.db")
    b = SQLiteStore(tmp_path / "e.db")
    assert a.claim_event("Ev1")
    assert not b.claim_event("Ev1")
    assert b.claim_event("Ev2")


def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable Citebot database"):
        open_store(f"sqlite:///{bad}")


def test_unknown_url_scheme() -> None:
    with pytest.raises(StoreError):
        open_store("mysql://nope")
