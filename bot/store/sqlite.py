"""The embedded default store: one SQLite file."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from bot.digests.values import DigestRecord, Subscription
from bot.models import Document, Extraction, Snippet, SourceInfo
from bot.store import migrations
from bot.store.base import (
    CLAIM_DIGEST,
    DIGEST_RECORDS,
    FINISH_DIGEST,
    RELEASE_DIGEST,
    SNIPPET_COLUMNS,
    SUBSCRIPTION_COLUMNS,
    Store,
    StoreError,
    claim_params,
    digest_from_row,
    finish_params,
    release_params,
    snippet_from_row,
    subscription_from_row,
    utc_iso,
)
from bot.store.documents import (
    DOCUMENT_COLUMNS,
    PARAGRAPH_COLUMNS,
    SNIPPET_ROW_COLUMNS,
    StoredDocument,
    by_document,
    stored_document,
)
from bot.store.migrations import MigrationStatus

_OPEN_TIMEOUT = 30.0  # seconds a process waits for another one opening the same file
_T = TypeVar("_T")

log = logging.getLogger(__name__)

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "001_initial",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            publisher TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE paragraphs (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, number)
        );
        CREATE TABLE snippets (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
            subkind TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            speaker_role TEXT NOT NULL DEFAULT '',
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            figures TEXT NOT NULL DEFAULT '[]',
            cue TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX snippets_document ON snippets(document_id);
        CREATE INDEX snippets_speaker ON snippets(speaker);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            claimed_at TEXT NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );
        INSERT INTO state (key, value) VALUES ('generation', 0);
        """,
    ),
    (
        # Ids are never reused (the search index deletes and adds by id), and the store gets
        # a random identity so an index left beside a recreated file is known to be stale.
        "002_monotonic_ids",
        """
        INSERT OR IGNORE INTO state (key, value)
            SELECT 'last_document_id', COALESCE(MAX(id), 0) FROM documents;
        INSERT OR IGNORE INTO state (key, value)
            SELECT 'last_snippet_id', COALESCE(MAX(id), 0) FROM snippets;
        INSERT OR IGNORE INTO state (key, value) VALUES ('identity', abs(random()));
        """,
    ),
    (
        # Daily digests: who gets one and when, and the ledger that posts each day once.
        "003_digests",
        """
        CREATE TABLE digest_subscriptions (
            workspace TEXT NOT NULL,
            channel TEXT NOT NULL,
            at_time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            speakers TEXT NOT NULL DEFAULT '[]',
            enabled INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL DEFAULT 'slack',
            since TEXT NOT NULL,
            watermark INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (workspace, channel)
        );
        CREATE TABLE digests (
            workspace TEXT NOT NULL,
            channel TEXT NOT NULL,
            day TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped')),
            holder TEXT NOT NULL DEFAULT '',
            lease_until TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 1,
            message_ts TEXT NOT NULL DEFAULT '',
            through_id INTEGER NOT NULL DEFAULT 0,
            quote_id INTEGER NOT NULL DEFAULT 0,
            cycle INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (workspace, channel, day)
        );
        """,
    ),
    (
        # Every document belongs to a workspace ('' for the single-workspace store), and a path
        # is unique within its workspace only. SQLite cannot drop the old UNIQUE (path), so
        # the three tables are rebuilt: children first, since dropping a parent with foreign
        # keys on would delete its rows' paragraphs and snippets. Ids are kept.
        "004_workspaces",
        """
        CREATE TABLE documents_new (
            id INTEGER PRIMARY KEY,
            workspace TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL,
            title TEXT NOT NULL,
            publisher TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        INSERT INTO documents_new (id, path, title, publisher, published, url, author,
                                   content_hash, text, added_at)
            SELECT id, path, title, publisher, published, url, author, content_hash, text,
                   added_at FROM documents;
        CREATE TABLE paragraphs_new (
            document_id INTEGER NOT NULL REFERENCES documents_new(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, number)
        );
        INSERT INTO paragraphs_new SELECT document_id, number, start, "end" FROM paragraphs;
        CREATE TABLE snippets_new (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents_new(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
            subkind TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            speaker_role TEXT NOT NULL DEFAULT '',
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            figures TEXT NOT NULL DEFAULT '[]',
            cue TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO snippets_new SELECT id, document_id, kind, subkind, text, speaker,
            speaker_role, paragraph, start, "end", figures, cue FROM snippets;
        DROP TABLE snippets;
        DROP TABLE paragraphs;
        DROP TABLE documents;
        ALTER TABLE documents_new RENAME TO documents;
        ALTER TABLE paragraphs_new RENAME TO paragraphs;
        ALTER TABLE snippets_new RENAME TO snippets;
        CREATE UNIQUE INDEX documents_path ON documents (workspace, path);
        CREATE INDEX snippets_document ON snippets(document_id);
        CREATE INDEX snippets_speaker ON snippets(speaker);
        """,
    ),
    (
        # counts() and top_speakers() (the App Home tab, `help`) read counts kept on write
        # instead of joining every snippet to its document's workspace: each document's
        # quotes and facts (as on PostgreSQL), read from a covering index, and each workspace's
        # quotes per speaker. Filled here for the documents already stored.
        "005_document_counts",
        """
        ALTER TABLE documents ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN facts INTEGER NOT NULL DEFAULT 0;
        UPDATE documents SET
            quotes = (SELECT COUNT(*) FROM snippets s
                      WHERE s.document_id = documents.id AND s.kind = 'quote'),
            facts = (SELECT COUNT(*) FROM snippets s
                     WHERE s.document_id = documents.id AND s.kind = 'fact');
        CREATE INDEX documents_counts ON documents (workspace, quotes, facts);
        CREATE TABLE speaker_quotes (
            workspace TEXT NOT NULL,
            speaker TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (workspace, speaker)
        ) WITHOUT ROWID;
        INSERT INTO speaker_quotes (workspace, speaker, quotes)
            SELECT d.workspace, s.speaker, COUNT(*) FROM snippets s
            JOIN documents d ON d.id = s.document_id
            WHERE s.kind = 'quote' AND s.speaker != ''
            GROUP BY d.workspace, s.speaker;
        """,
    ),
)

# A document's quotes per speaker added to (or, negated, taken from) its workspace's counts.
_COUNT_SPEAKERS = (
    "INSERT INTO speaker_quotes (workspace, speaker, quotes) VALUES (?, ?, ?)"
    " ON CONFLICT (workspace, speaker) DO UPDATE SET quotes = quotes + excluded.quotes"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(Store):
    """Documents and snippets in one SQLite file, safe to read while another process writes."""

    def __init__(self, path: str | Path, *, migrate: str = "auto"):
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if str(path) != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.url}: cannot create its folder ({exc})") from None
        self._local = threading.local()
        self._lock = threading.Lock()
        migrations.prepare(self, migrate)

    @property
    def _db(self) -> sqlite3.Connection:
        # One connection per thread: Slack listeners run on worker threads.
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        """A connection in WAL mode (see _patiently: processes opening one new file together)."""

        def attempt() -> sqlite3.Connection:
            conn = sqlite3.connect(self.path, timeout=_OPEN_TIMEOUT, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.Error:
                conn.close()
                raise
            return conn

        return self._patiently(attempt)

    def _patiently(self, attempt: Callable[[], _T]) -> _T:
        """``attempt()``, tried again while another process holds a lock SQLite's busy timeout
        does not wait for (switching a new file to WAL), for up to _OPEN_TIMEOUT; any other
        SQLite error, or one that outlasts it, says the file is not a usable database."""
        deadline = time.monotonic() + _OPEN_TIMEOUT
        while True:
            try:
                return attempt()
            except sqlite3.Error as exc:
                locked = isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)
                if not locked or time.monotonic() > deadline:
                    raise StoreError(f"{self.url}: not a usable Citebot database ({exc})") from None
                time.sleep(0.05)

    def migration_status(self) -> MigrationStatus:
        db = self._db

        def applied() -> list[str]:
            if db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
            ).fetchone():
                return [row[0] for row in db.execute("SELECT name FROM migrations")]
            return []

        done = self._patiently(applied)
        return migrations.compare(self.url, [name for name, _ in MIGRATIONS], done)

    def migrate(self) -> tuple[str, ...]:
        db = self._db
        applied: list[str] = []
        name = ""
        try:
            # IMMEDIATE takes the write lock first: processes opening together take turns here.
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            done = [row[0] for row in db.execute("SELECT name FROM migrations")]
            for name, script in migrations.to_apply(self.url, MIGRATIONS, done):
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
                applied.append(name)
            name = ""
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                failed = f"migration {name} failed" if name else "not a usable Citebot database"
                raise StoreError(f"{self.url}: {failed} ({exc})") from None
            raise
        for name in applied:
            log.info("%s: applied migration %s", self.url, name)
        return tuple(applied)

    def put_document(
        self,
        extraction: Extraction,
        content_hash: str,
        added_at: str | None = None,
        workspace: str = "",
    ) -> int:
        doc = extraction.document
        db = self._db
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                old = db.execute(
                    "SELECT id FROM documents WHERE workspace = ? AND path = ?",
                    (workspace, doc.path),
                ).fetchone()
                if old:
                    self._delete_document(db, old[0], workspace)
                doc_id = self._next_ids(db, "last_document_id", 1)
                first_snippet = self._next_ids(
                    db, "last_snippet_id", len(extraction.quotes) + len(extraction.facts)
                )
                db.execute(
                    "INSERT INTO documents (id, workspace, path, title, publisher, published, url,"
                    " author, content_hash, text, added_at, quotes, facts)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        doc_id,
                        workspace,
                        doc.path,
                        doc.title,
                        doc.publisher,
                        doc.published,
                        doc.url,
                        doc.author,
                        content_hash,
                        extraction.text,
                        added_at or _now(),
                        len(extraction.quotes),
                        len(extraction.facts),
                    ),
                )
                db.executemany(
                    'INSERT INTO paragraphs (document_id, number, start, "end") VALUES (?,?,?,?)',
                    [(doc_id, p.number, p.start, p.end) for p in extraction.paragraphs],
                )
                rows = [
                    (
                        "quote",
                        q.kind,
                        q.text,
                        q.speaker,
                        q.speaker_role,
                        q.paragraph,
                        q.start,
                        q.end,
                        "[]",
                        q.cue,
                    )
                    for q in extraction.quotes
                ] + [
                    (
                        "fact",
                        "",
                        f.text,
                        f.attributed_to,
                        "",
                        f.paragraph,
                        f.start,
                        f.end,
                        json.dumps(list(f.figures)),
                        "",
                    )
                    for f in extraction.facts
                ]
                db.executemany(
                    "INSERT INTO snippets (id, document_id, kind, subkind, text, speaker,"
                    ' speaker_role, paragraph, start, "end", figures, cue)'
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(first_snippet + i, doc_id, *row) for i, row in enumerate(rows)],
                )
                said = Counter(q.speaker for q in extraction.quotes if q.speaker)
                db.executemany(_COUNT_SPEAKERS, [(workspace, *pair) for pair in said.items()])
                db.execute("UPDATE state SET value = value + 1 WHERE key = 'generation'")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return doc_id

    @staticmethod
    def _next_ids(db: sqlite3.Connection, counter: str, count: int) -> int:
        """Reserve ``count`` ids from a counter inside the open transaction; return the first."""
        last = int(db.execute("SELECT value FROM state WHERE key = ?", (counter,)).fetchone()[0])
        db.execute("UPDATE state SET value = ? WHERE key = ?", (last + count, counter))
        return last + 1

    @staticmethod
    def _delete_document(db: sqlite3.Connection, doc_id: int, workspace: str) -> None:
        """Delete a document inside the open transaction, its quotes leaving the speaker counts."""
        said = db.execute(
            "SELECT speaker, COUNT(*) FROM snippets WHERE document_id = ? AND kind = 'quote'"
            " AND speaker != '' GROUP BY speaker",
            (doc_id,),
        ).fetchall()
        db.executemany(_COUNT_SPEAKERS, [(workspace, speaker, -n) for speaker, n in said])
        db.executemany(
            "DELETE FROM speaker_quotes WHERE workspace = ? AND speaker = ? AND quotes <= 0",
            [(workspace, speaker) for speaker, _ in said],
        )
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def content_hash(self, path: str, workspace: str = "") -> str | None:
        row = self._db.execute(
            "SELECT content_hash FROM documents WHERE workspace = ? AND path = ?",
            (workspace, path),
        ).fetchone()
        return row[0] if row else None

    def remove_document(self, ref: str, workspace: str = "") -> bool:
        db = self._db
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                if ref.isascii() and ref.isdigit():
                    doc_id = int(ref) if _in_range(int(ref)) else -1
                    found = db.execute(
                        "SELECT id FROM documents WHERE id = ? AND workspace = ?",
                        (doc_id, workspace),
                    ).fetchone()
                else:
                    found = db.execute(
                        "SELECT id FROM documents WHERE workspace = ? AND path = ?",
                        (workspace, ref),
                    ).fetchone()
                if found:
                    self._delete_document(db, found[0], workspace)
                    db.execute("UPDATE state SET value = value + 1 WHERE key = 'generation'")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return found is not None

    def sources(self, workspace: str | None = "", limit: int | None = None) -> list[SourceInfo]:
        rows = self._db.execute(
            """
            SELECT d.id, d.title, d.publisher, d.published, d.url, d.path, d.author,
                   d.content_hash, d.added_at, d.quotes, d.facts
            FROM documents d WHERE ?1 IS NULL OR d.workspace = ?1
            ORDER BY d.added_at DESC, d.id DESC LIMIT ?2
            """,
            (workspace, -1 if limit is None else limit),
        ).fetchall()
        return [
            SourceInfo(r[0], Document(r[1], r[2], r[3], r[4], r[5], r[6]), r[7], r[9], r[10], r[8])
            for r in rows
        ]

    def snippets(self, ids: Iterable[int], workspace: str = "") -> list[Snippet]:
        wanted = [i for i in ids if _in_range(i)]
        if not wanted:
            return []
        found: dict[int, Snippet] = {}
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            # The unary + keeps the planner on the snippet ids: without it, from about 18 ids
            # up, SQLite walked every document of the workspace instead (1 s at 1M snippets).
            for row in self._db.execute(
                f"SELECT {SNIPPET_COLUMNS} FROM snippets s JOIN documents d"
                f" ON d.id = s.document_id WHERE s.id IN ({marks}) AND +d.workspace = ?",
                [*chunk, workspace],
            ):
                found[row[0]] = _snippet(row)
        return [found[i] for i in wanted if i in found]

    def iter_snippets(self, after_id: int = 0) -> Iterator[Snippet]:
        # A connection of its own holding one read transaction, so the whole walk sees one
        # snapshot: a replace committed mid-walk never shows both versions.
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("BEGIN")
            last = after_id
            while True:
                rows = conn.execute(
                    f"SELECT {SNIPPET_COLUMNS} FROM snippets s JOIN documents d"
                    " ON d.id = s.document_id WHERE s.id > ? ORDER BY s.id LIMIT 5000",
                    (last,),
                ).fetchall()
                if not rows:
                    return
                for row in rows:
                    yield _snippet(row)
                last = rows[-1][0]
        finally:
            conn.close()

    def iter_documents(self) -> Iterator[StoredDocument]:
        # One read transaction on a connection of its own, as in iter_snippets: one snapshot.
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("BEGIN")
            last = 0
            while True:
                rows = conn.execute(
                    f"SELECT {DOCUMENT_COLUMNS}, added_at, workspace FROM documents WHERE id > ?"
                    " ORDER BY id LIMIT 200",
                    (last,),
                ).fetchall()
                if not rows:
                    return
                ids = [row[0] for row in rows]
                marks = ",".join("?" * len(ids))
                paragraphs = by_document(
                    conn.execute(
                        f"SELECT {PARAGRAPH_COLUMNS} FROM paragraphs"
                        f" WHERE document_id IN ({marks}) ORDER BY document_id, number",
                        ids,
                    )
                )
                snippets = by_document(
                    conn.execute(
                        f"SELECT {SNIPPET_ROW_COLUMNS} FROM snippets"
                        f" WHERE document_id IN ({marks}) ORDER BY id",
                        ids,
                    )
                )
                for row in rows:
                    yield stored_document(
                        row,
                        row[9],
                        paragraphs.get(row[0], []),
                        [(s, json.loads(s[9])) for s in snippets.get(row[0], [])],
                        workspace=row[10],
                    )
                last = ids[-1]
        finally:
            conn.close()

    def paragraph_text(self, document_id: int, number: int) -> str | None:
        if not _in_range(document_id) or not _in_range(number):
            return None
        # Sliced in Python: SQLite's substr() stops at a NUL character.
        row = self._db.execute(
            'SELECT d.text, p.start, p."end" FROM paragraphs p'
            " JOIN documents d ON d.id = p.document_id WHERE p.document_id = ? AND p.number = ?",
            (document_id, number),
        ).fetchone()
        return row[0][row[1] : row[2]] if row else None

    def counts(self, workspace: str = "") -> dict[str, int]:
        # The covering index documents_counts answers this without reading a document's text.
        row = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(quotes), 0), COALESCE(SUM(facts), 0) FROM documents"
            " WHERE workspace = ?",
            (workspace,),
        ).fetchone()
        return {"documents": row[0], "quotes": row[1], "facts": row[2]}

    def top_speakers(self, limit: int = 5, workspace: str = "") -> list[tuple[str, int]]:
        return [
            (row[0], row[1])
            for row in self._db.execute(
                "SELECT speaker, quotes FROM speaker_quotes WHERE workspace = ?"
                " ORDER BY quotes DESC, speaker LIMIT ?",
                (workspace, limit),
            )
        ]

    def generation(self) -> int:
        return int(
            self._db.execute("SELECT value FROM state WHERE key = 'generation'").fetchone()[0]
        )

    def identity(self) -> str:
        row = self._db.execute("SELECT value FROM state WHERE key = 'identity'").fetchone()
        return f"{self.url}#{row[0]}"

    def claim_event(self, event_id: str) -> bool:
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO events (event_id, claimed_at) VALUES (?, ?)",
            (event_id, _now()),
        )
        return cursor.rowcount == 1

    # -- digests ---------------------------------------------------------------------------

    def last_snippet_id(self) -> int:
        row = self._db.execute("SELECT value FROM state WHERE key = 'last_snippet_id'").fetchone()
        return int(row[0]) if row else 0

    def quote_ids(self, workspace: str = "") -> list[int]:
        return [
            r[0]
            for r in self._db.execute(
                "SELECT s.id FROM snippets s JOIN documents d ON d.id = s.document_id"
                " WHERE s.kind = 'quote' AND d.workspace = ? ORDER BY s.id",
                (workspace,),
            )
        ]

    def put_subscription(self, subscription: Subscription) -> None:
        s = subscription
        self._db.execute(
            f"INSERT OR REPLACE INTO digest_subscriptions ({SUBSCRIPTION_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                s.workspace,
                s.channel,
                s.time,
                s.timezone,
                json.dumps(list(s.topics)),
                json.dumps(list(s.speakers)),
                int(s.enabled),
                s.source,
                utc_iso(s.since or datetime.now(UTC)),  # unset: from now, as on PostgreSQL
                s.watermark,
            ),
        )

    def subscription(self, workspace: str, channel: str) -> Subscription | None:
        row = self._db.execute(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions"
            " WHERE workspace = ? AND channel = ?",
            (workspace, channel),
        ).fetchone()
        return _subscription(row) if row else None

    def subscriptions(self) -> list[Subscription]:
        rows = self._db.execute(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions ORDER BY workspace, channel"
        )
        return [_subscription(row) for row in rows]

    def claim_digest(
        self, workspace: str, channel: str, day: str, holder: str, now: datetime, lease: datetime
    ) -> DigestRecord | None:
        params = claim_params(workspace, channel, day, holder, now, lease)
        row = self._db.execute(CLAIM_DIGEST, params).fetchone()
        return digest_from_row(row) if row else None

    def finish_digest(self, record: DigestRecord) -> bool:
        return self._db.execute(FINISH_DIGEST, finish_params(record)).rowcount == 1

    def release_digest(
        self, workspace: str, channel: str, day: str, holder: str, retry_at: datetime, reason: str
    ) -> bool:
        params = release_params(workspace, channel, day, holder, retry_at, reason)
        return self._db.execute(RELEASE_DIGEST, params).rowcount == 1

    def digest_records(self, workspace: str, channel: str) -> list[DigestRecord]:
        rows = self._db.execute(DIGEST_RECORDS, (workspace, channel))
        return [digest_from_row(row) for row in rows]

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _in_range(value: int) -> bool:
    """Whether an id fits SQLite's 64-bit integers (anything else cannot be stored)."""
    return -(2**63) <= value < 2**63


def _snippet(row: tuple[Any, ...]) -> Snippet:
    return snippet_from_row(row, json.loads(row[9]))


def _subscription(row: tuple[Any, ...]) -> Subscription:
    return subscription_from_row(row, json.loads(row[4]), json.loads(row[5]))
