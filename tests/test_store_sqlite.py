"""SQLite-only behaviour; what every store must do is in test_store_contract.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.models import Document, Extraction
from bot.store import StoreError, open_store
from bot.store import sqlite as sqlite_store


def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable Citebot database"):
        open_store(f"sqlite:///{bad}")


def _store_before_counts(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store as the code before 005_document_counts left it, rows written as that code did."""
    names = [name for name, _ in sqlite_store.MIGRATIONS]
    with monkeypatch.context() as patch:
        patch.setattr(
            sqlite_store,
            "MIGRATIONS",
            sqlite_store.MIGRATIONS[: names.index("005_document_counts")],
        )
        open_store(f"sqlite:///{path}").close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    documents = [(1, "", "a.txt"), (2, "", "b.txt"), (3, "T1", "a.txt"), (4, "T1", "empty.txt")]
    db.executemany(
        "INSERT INTO documents (id, workspace, path, title, content_hash, text, added_at)"
        " VALUES (?, ?, ?, 'Title', 'h', 'text', '2026-01-01T00:00:00+00:00')",
        documents,
    )
    snippets = [
        # document, kind, speaker: a fact's speaker is whom it is attributed to, not a quote.
        (1, "quote", "Ana Lima"),
        (1, "quote", "Ana Lima"),
        (1, "quote", "Bo Chen"),
        (1, "quote", ""),
        (1, "fact", "Ana Lima"),
        (2, "quote", "Bo Chen"),
        (2, "fact", ""),
        (2, "fact", ""),
        (3, "quote", "Cy Diaz"),
        (3, "fact", ""),
    ]
    db.executemany(
        'INSERT INTO snippets (id, document_id, kind, text, speaker, paragraph, start, "end")'
        " VALUES (?, ?, ?, 'words', ?, 1, 0, 5)",
        [(i, *row) for i, row in enumerate(snippets, start=1)],
    )
    db.execute("UPDATE state SET value = 4 WHERE key = 'last_document_id'")
    db.execute("UPDATE state SET value = ? WHERE key = 'last_snippet_id'", (len(snippets),))
    db.execute("COMMIT")
    db.close()


def test_document_counts_migration_fills_counts_of_an_existing_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    _store_before_counts(path, monkeypatch)
    store = open_store(f"sqlite:///{path}")
    assert store.migration_status().pending == ()
    assert store.counts() == {"documents": 2, "quotes": 5, "facts": 3}
    assert store.counts("T1") == {"documents": 2, "quotes": 1, "facts": 1}
    assert store.top_speakers() == [("Ana Lima", 2), ("Bo Chen", 2)]
    assert store.top_speakers(workspace="T1") == [("Cy Diaz", 1)]
    assert {(s.document.path, s.quotes, s.facts) for s in store.sources(None)} == {
        ("a.txt", 4, 1),
        ("b.txt", 1, 2),
        ("a.txt", 1, 1),
        ("empty.txt", 0, 0),
    }
    # The counts filled in are the ones kept from then on: a migrated document removed or
    # replaced leaves nothing of itself behind.
    assert store.remove_document("a.txt")
    assert store.counts() == {"documents": 1, "quotes": 1, "facts": 2}
    assert store.top_speakers() == [("Bo Chen", 1)]
    replacement = Extraction(Document("New", path="a.txt"), "", (), (), ())
    store.put_document(replacement, "h2", workspace="T1")
    assert store.counts("T1") == {"documents": 2, "quotes": 0, "facts": 0}
    assert store.top_speakers(workspace="T1") == []
    store.close()
