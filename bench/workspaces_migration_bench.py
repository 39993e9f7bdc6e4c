"""How long migration 004_workspaces takes on a large SQLite store (it rebuilds three tables).

Builds a store as the code before workspaces left it (migrations up to 003, rows written
directly: DOCUMENTS documents of SNIPPETS snippets each), then times opening it, which applies
004_workspaces, and checks nothing was lost.

    .venv/bin/python bench/workspaces_migration_bench.py [--documents 100000] [--snippets 10]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.store import sqlite as sqlite_store
from bot.store.sqlite import SQLiteStore

TEXT = "Paragraph one.\n\n" + " ".join(["word"] * 300)
SNIPPET = "Some words said by someone about something of note here."


def build(path: Path, documents: int, per_document: int) -> None:
    names = [name for name, _ in sqlite_store.MIGRATIONS]
    full = sqlite_store.MIGRATIONS
    sqlite_store.MIGRATIONS = full[: names.index("004_workspaces")]
    try:
        SQLiteStore(path).close()
    finally:
        sqlite_store.MIGRATIONS = full
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO documents (id, path, title, content_hash, text, added_at)"
        " VALUES (?, ?, ?, 'h', ?, '2026-01-01T00:00:00+00:00')",
        ((i, f"docs/{i}.txt", f"Title {i}", TEXT) for i in range(1, documents + 1)),
    )
    db.executemany(
        'INSERT INTO paragraphs (document_id, number, start, "end") VALUES (?, ?, 0, 10)',
        ((i, n) for i in range(1, documents + 1) for n in (1, 2)),
    )
    total = documents * per_document
    db.executemany(
        'INSERT INTO snippets (id, document_id, kind, text, speaker, paragraph, start, "end")'
        " VALUES (?, ?, ?, ?, 'Ann Lee', 2, 0, 10)",
        (
            (j, (j - 1) // per_document + 1, "quote" if j % 2 else "fact", SNIPPET)
            for j in range(1, total + 1)
        ),
    )
    db.execute("UPDATE state SET value = ? WHERE key = 'last_document_id'", (documents,))
    db.execute("UPDATE state SET value = ? WHERE key = 'last_snippet_id'", (total,))
    db.execute("COMMIT")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--snippets", type=int, default=10, help="snippets per document")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "old.db"
        build(path, args.documents, args.snippets)
        size = path.stat().st_size / 1e6
        started = time.perf_counter()
        store = SQLiteStore(path)
        took = time.perf_counter() - started
        counts = store.counts()
        store.close()
    expected = args.documents * args.snippets
    assert counts["documents"] == args.documents, counts
    assert counts["quotes"] + counts["facts"] == expected, counts
    print(
        f"004_workspaces on {args.documents:,} documents, {expected:,} snippets"
        f" ({size:.0f} MB): {took:.1f} s"
    )


if __name__ == "__main__":
    main()
