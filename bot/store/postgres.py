"""The shared store: one PostgreSQL database (or schema) used by several bot processes.

URL: ``postgresql://user:password@host:port/dbname`` plus any libpq query parameter, and
``schema=NAME`` (ours, not libpq's) to keep Citebot's tables in their own schema, created on
first use. Connections come from a small pool; every write is one transaction.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

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
from bot.store.postgres_search import SEARCH_SCHEMA

log = logging.getLogger(__name__)

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "001_initial",
        """
        CREATE TABLE documents (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            path TEXT NOT NULL,
            title TEXT NOT NULL,
            publisher TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            quotes INTEGER NOT NULL DEFAULT 0,
            facts INTEGER NOT NULL DEFAULT 0,
            added_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        -- Unique on a hash: a B-tree entry holds at most about 2.7 kB, and a path (or a URL
        -- used as one) may be longer. Look paths up with _BY_PATH so this index is used.
        CREATE UNIQUE INDEX documents_path ON documents (md5(path));
        CREATE TABLE paragraphs (
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, number)
        );
        CREATE TABLE snippets (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
            subkind TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            speaker_role TEXT NOT NULL DEFAULT '',
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            figures TEXT[] NOT NULL DEFAULT '{}',
            cue TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX snippets_document ON snippets(document_id);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            claimed_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value BIGINT NOT NULL
        );
        INSERT INTO state (key, value) VALUES ('generation', 0);
        -- Tells this database's contents apart from an earlier one at the same URL.
        INSERT INTO state (key, value)
            VALUES ('identity', floor(random() * 9007199254740991)::bigint);
        """,
    ),
    (
        # Daily digests: who gets one and when, and the ledger that posts each day once.
        "002_digests",
        """
        CREATE TABLE digest_subscriptions (
            workspace TEXT NOT NULL,
            channel TEXT NOT NULL,
            at_time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            topics TEXT[] NOT NULL DEFAULT '{}',
            speakers TEXT[] NOT NULL DEFAULT '{}',
            enabled BOOLEAN NOT NULL DEFAULT true,
            source TEXT NOT NULL DEFAULT 'slack',
            since TIMESTAMPTZ NOT NULL,
            watermark BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (workspace, channel)
        );
        CREATE TABLE digests (
            workspace TEXT NOT NULL,
            channel TEXT NOT NULL,
            day TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped')),
            holder TEXT NOT NULL DEFAULT '',
            lease_until TIMESTAMPTZ,
            attempts INTEGER NOT NULL DEFAULT 1,
            message_ts TEXT NOT NULL DEFAULT '',
            through_id BIGINT NOT NULL DEFAULT 0,
            quote_id BIGINT NOT NULL DEFAULT 0,
            cycle INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT '',
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (workspace, channel, day)
        );
        """,
    ),
    # Full-text and trigram indexes and counts that search reads (bot/store/postgres_search.py).
    ("003_search", SEARCH_SCHEMA),
    (
        # Every document belongs to a workspace ('' for the single-workspace store), and a
        # path is unique within its workspace only.
        "004_workspaces",
        """
        ALTER TABLE documents ADD COLUMN workspace TEXT NOT NULL DEFAULT '';
        DROP INDEX documents_path;
        CREATE UNIQUE INDEX documents_path ON documents (workspace, md5(path));
        """,
    ),
)

# Advisory lock key ("Citebot" in ASCII) held while migrating, so processes starting
# together do not race to create the same tables.
_MIGRATION_LOCK = 0x43697465626F74
_BIGINT = (-(2**63), 2**63 - 1)
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_CONNECT_TIMEOUT = 10
_PAGE = 5000
_BUMP_GENERATION = "UPDATE state SET value = value + 1 WHERE key = 'generation'"
_BY_PATH = "workspace = %(workspace)s AND md5(path) = md5(%(path)s) AND path = %(path)s"


_SNIPPET_COPY = (
    "COPY snippets (document_id, kind, subkind, text, speaker, speaker_role, paragraph,"
    ' start, "end", figures, cue) FROM STDIN'
)


def redact(url: str) -> str:
    """Return ``url`` with any password replaced by ``***``, for messages and logs."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    if password:
        userinfo, _, hostinfo = parts.netloc.rpartition("@")
        parts = parts._replace(netloc=f"{userinfo.split(':', 1)[0]}:***@{hostinfo}")
    if "password=" in parts.query:
        parts = parts._replace(query=re.sub(r"(^|&)password=[^&]*", r"\1password=***", parts.query))
    return urlunsplit(parts)


def parse_url(url: str) -> tuple[str, str | None]:
    """Split a store URL into a libpq connection string and the optional ``schema``.

    Raises StoreError naming what is wrong with the URL.
    """
    shown = redact(url)
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise StoreError(f"{shown}: not a valid PostgreSQL URL ({exc})") from None
    schema: str | None = None
    kept: list[tuple[str, str]] = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "schema":
            schema = value
        else:
            kept.append((key, value))
    if schema is not None and not _SCHEMA_NAME.fullmatch(schema):
        raise StoreError(
            f"{shown}: schema={schema!r} is not a plain name"
            " (lower-case letters, digits and _, not starting with a digit, at most 63)"
        )
    # quote, not urlencode's default quote_plus: libpq reads '+' as a plus sign, not a space.
    conninfo = urlunsplit(parts._replace(query=urlencode(kept, quote_via=quote)))
    try:
        params = conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        raise StoreError(f"{shown}: not a valid PostgreSQL URL ({_one_line(exc)})") from None
    extra: dict[str, Any] = {}
    if "connect_timeout" not in params:
        # libpq waits forever by default; a bot should say the server is down instead.
        extra["connect_timeout"] = _CONNECT_TIMEOUT
    if "application_name" not in params:
        extra["application_name"] = "citebot"
    if schema is not None:
        options = str(params.get("options", ""))
        extra["options"] = f"{options} -c search_path={schema}".strip()
    return make_conninfo(conninfo, **extra), schema


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _clean(text: str) -> str:
    # PostgreSQL text cannot hold NUL; U+FFFD keeps every character offset where it was.
    return text.replace("\x00", "\ufffd")


def _bigint(value: int) -> bool:
    return _BIGINT[0] <= value <= _BIGINT[1]


class PostgresStore(Store):
    """Documents, snippets and claimed events in PostgreSQL, shared by many bot processes."""

    def __init__(self, url: str, *, migrate: str = "auto", min_size: int = 1, max_size: int = 8):
        self.url = url
        self._shown = redact(url)
        conninfo, self._schema = parse_url(url)
        self._conninfo = conninfo
        migrations.prepare(self, migrate)
        self._pool: ConnectionPool[psycopg.Connection[tuple[Any, ...]]] = ConnectionPool(
            conninfo,
            kwargs={"autocommit": True},
            min_size=min_size,
            max_size=max_size,
            open=False,
            # A bot idles for hours; check each connection so a server restart costs one
            # reconnect, not an error in someone's Slack reply.
            check=ConnectionPool.check_connection,
            timeout=_CONNECT_TIMEOUT,
            name="citebot",
        )
        try:
            self._pool.open(wait=True, timeout=_CONNECT_TIMEOUT)
        except PoolTimeout:
            self._pool.close()
            raise StoreError(
                f"{self._shown}: no connection to PostgreSQL within {_CONNECT_TIMEOUT} s"
            ) from None

    def __repr__(self) -> str:
        return f"PostgresStore({self._shown!r})"

    @contextmanager
    def _direct(self) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        """A connection of its own, outside the pool: schema work runs before the pool opens."""
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True)
        except psycopg.OperationalError as exc:
            raise StoreError(
                f"{self._shown}: cannot connect to PostgreSQL ({_one_line(exc)})"
            ) from None
        try:
            yield conn
        except psycopg.Error as exc:
            raise StoreError(
                f"{self._shown}: cannot prepare the Citebot tables ({_one_line(exc)})"
            ) from None
        finally:
            conn.close()

    def migration_status(self) -> MigrationStatus:
        applied: list[str] = []
        with self._direct() as conn:
            # to_regclass follows the search_path, so this looks in the URL's schema only.
            found = conn.execute("SELECT to_regclass('migrations')").fetchone()
            if found is not None and found[0] is not None:
                applied = [row[0] for row in conn.execute("SELECT name FROM migrations")]
        return migrations.compare(self._shown, [name for name, _ in MIGRATIONS], applied)

    def migrate(self) -> tuple[str, ...]:
        applied: list[str] = []
        with self._direct() as conn, conn.transaction():
            # Held to commit: processes starting together apply each migration once, in turn.
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            if self._schema is not None:
                exists = conn.execute(
                    "SELECT 1 FROM pg_namespace WHERE nspname = %s", (self._schema,)
                ).fetchone()
                if not exists:
                    conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(self._schema)))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations"
                " (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            done = [row[0] for row in conn.execute("SELECT name FROM migrations")]
            for name, ddl in migrations.to_apply(self._shown, MIGRATIONS, done):
                try:
                    conn.execute(ddl)
                except psycopg.Error as exc:  # the transaction rolls back every migration
                    raise StoreError(
                        f"{self._shown}: migration {name} failed ({_one_line(exc)})"
                    ) from None
                conn.execute("INSERT INTO migrations (name) VALUES (%s)", (name,))
                applied.append(name)
        for name in applied:
            log.info("%s: applied migration %s", self._shown, name)
        return tuple(applied)

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        """Lend a pooled connection; connection trouble becomes a StoreError."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except PoolClosed:
            raise StoreError(f"{self._shown}: the store is closed") from None
        except PoolTimeout:
            raise StoreError(
                f"{self._shown}: no free PostgreSQL connection within {_CONNECT_TIMEOUT} s"
            ) from None
        except psycopg.OperationalError as exc:
            raise StoreError(f"{self._shown}: PostgreSQL failed ({_one_line(exc)})") from exc

    def connection(self) -> AbstractContextManager[psycopg.Connection[tuple[Any, ...]]]:
        """Lend a pooled connection to search, which reads this store's tables directly."""
        return self._connection()

    def put_document(
        self,
        extraction: Extraction,
        content_hash: str,
        added_at: str | None = None,
        workspace: str = "",
    ) -> int:
        doc = extraction.document
        paragraphs = [(p.number, p.start, p.end) for p in extraction.paragraphs]
        rows: list[tuple[object, ...]] = [
            (
                "quote",
                _clean(q.kind),
                _clean(q.text),
                _clean(q.speaker),
                _clean(q.speaker_role),
                q.paragraph,
                q.start,
                q.end,
                [],
                _clean(q.cue),
            )
            for q in extraction.quotes
        ] + [
            (
                "fact",
                "",
                _clean(f.text),
                _clean(f.attributed_to),
                "",
                f.paragraph,
                f.start,
                f.end,
                [_clean(x) for x in f.figures],
                "",
            )
            for f in extraction.facts
        ]
        path = _clean(doc.path)
        with self._connection() as conn:
            try:
                with conn.transaction():
                    # First, so writers take turns from here to commit: ids are then handed
                    # out in commit order (an incremental reader never sees a smaller id
                    # appear after a larger one), and two processes replacing the same path
                    # cannot collide on it.
                    conn.execute(_BUMP_GENERATION)
                    conn.execute(
                        f"DELETE FROM documents WHERE {_BY_PATH}",
                        {"path": path, "workspace": _clean(workspace)},
                    )
                    row = conn.execute(
                        "INSERT INTO documents (workspace, path, title, publisher, published,"
                        " url, author, content_hash, text, quotes, facts, added_at)"
                        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                        " coalesce(%s::timestamptz, now())) RETURNING id",
                        (
                            _clean(workspace),
                            path,
                            _clean(doc.title),
                            _clean(doc.publisher),
                            _clean(doc.published),
                            _clean(doc.url),
                            _clean(doc.author),
                            _clean(content_hash),
                            _clean(extraction.text),
                            len(extraction.quotes),
                            len(extraction.facts),
                            added_at,
                        ),
                    ).fetchone()
                    assert row is not None  # INSERT ... RETURNING always returns the row
                    doc_id = int(row[0])
                    with conn.cursor() as cur:
                        with cur.copy(
                            'COPY paragraphs (document_id, number, start, "end") FROM STDIN'
                        ) as copy:
                            for paragraph in paragraphs:
                                copy.write_row((doc_id, *paragraph))
                        with cur.copy(_SNIPPET_COPY) as copy:
                            for snippet_row in rows:
                                copy.write_row((doc_id, *snippet_row))
            except (psycopg.DataError, psycopg.IntegrityError) as exc:
                raise StoreError(
                    f"{self._shown}: cannot store {doc.path!r}; the previous version is kept"
                    f" ({_one_line(exc)})"
                ) from exc
        return doc_id

    def content_hash(self, path: str, workspace: str = "") -> str | None:
        with self._connection() as conn:
            row = conn.execute(
                f"SELECT content_hash FROM documents WHERE {_BY_PATH}",
                {"path": _clean(path), "workspace": _clean(workspace)},
            ).fetchone()
        return str(row[0]) if row else None

    def remove_document(self, ref: str, workspace: str = "") -> bool:
        by_id = ref.isdecimal() and _bigint(int(ref))
        with self._connection() as conn, conn.transaction():
            # The generation row first, as in put_document, so the two never deadlock.
            conn.execute(_BUMP_GENERATION)
            if by_id:
                cursor = conn.execute(
                    "DELETE FROM documents WHERE id = %s AND workspace = %s",
                    (int(ref), _clean(workspace)),
                )
            else:
                cursor = conn.execute(
                    f"DELETE FROM documents WHERE {_BY_PATH}",
                    {"path": _clean(ref), "workspace": _clean(workspace)},
                )
            if cursor.rowcount == 0:
                raise psycopg.Rollback()  # nothing removed: the generation stays as it was
        return cursor.rowcount > 0

    def sources(self, workspace: str | None = "", limit: int | None = None) -> list[SourceInfo]:
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT id, title, publisher, published, url, path, author, content_hash,"
                " added_at, quotes, facts FROM documents"
                " WHERE %(w)s::text IS NULL OR workspace = %(w)s"
                " ORDER BY added_at DESC, id DESC LIMIT %(limit)s",
                {"w": None if workspace is None else _clean(workspace), "limit": limit},
            ).fetchall()
        return [
            SourceInfo(
                r[0],
                Document(r[1], r[2], r[3], r[4], r[5], r[6]),
                r[7],
                r[9],
                r[10],
                _utc_iso(r[8]),
            )
            for r in rows
        ]

    def snippets(self, ids: Iterable[int], workspace: str = "") -> list[Snippet]:
        wanted = list(ids)
        valid = [i for i in wanted if _bigint(i)]
        if not valid:
            return []
        with self._connection() as conn:
            rows = conn.execute(
                f"SELECT {SNIPPET_COLUMNS} FROM snippets s JOIN documents d"
                " ON d.id = s.document_id WHERE s.id = ANY(%s::bigint[]) AND d.workspace = %s",
                (valid, _clean(workspace)),
            ).fetchall()
        found = {row[0]: _snippet(row) for row in rows}
        return [found[i] for i in wanted if i in found]

    def iter_snippets(self, after_id: int = 0) -> Iterator[Snippet]:
        if after_id >= _BIGINT[1]:
            return
        last = max(after_id, _BIGINT[0])
        # One snapshot for the whole walk: a replace committed meanwhile is seen entirely
        # on the next walk, never half in this one.
        with (
            self._connection() as conn,
            conn.transaction(),
        ):
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            while True:
                rows = conn.execute(
                    f"SELECT {SNIPPET_COLUMNS} FROM snippets s JOIN documents d"
                    " ON d.id = s.document_id WHERE s.id > %s ORDER BY s.id LIMIT %s",
                    (last, _PAGE),
                ).fetchall()
                for row in rows:
                    yield _snippet(row)
                if len(rows) < _PAGE:
                    return
                last = rows[-1][0]

    def iter_documents(self) -> Iterator[StoredDocument]:
        # One snapshot for the whole walk, as in iter_snippets.
        with self._connection() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            last = 0
            while True:
                rows = conn.execute(
                    f"SELECT {DOCUMENT_COLUMNS}, added_at, workspace FROM documents WHERE id > %s"
                    " ORDER BY id LIMIT 200",
                    (last,),
                ).fetchall()
                if not rows:
                    return
                ids = [row[0] for row in rows]
                paragraphs = by_document(
                    conn.execute(
                        f"SELECT {PARAGRAPH_COLUMNS} FROM paragraphs"
                        " WHERE document_id = ANY(%s) ORDER BY document_id, number",
                        (ids,),
                    )
                )
                snippets = by_document(
                    conn.execute(
                        f"SELECT {SNIPPET_ROW_COLUMNS} FROM snippets"
                        " WHERE document_id = ANY(%s) ORDER BY id",
                        (ids,),
                    )
                )
                for row in rows:
                    yield stored_document(
                        row,
                        _utc_iso(row[9]),
                        paragraphs.get(row[0], []),
                        [(s, s[9]) for s in snippets.get(row[0], [])],
                        workspace=row[10],
                    )
                last = ids[-1]

    def paragraph_text(self, document_id: int, number: int) -> str | None:
        if not (_bigint(document_id) and -(2**31) <= number < 2**31):
            return None
        with self._connection() as conn:
            row = conn.execute(
                'SELECT substr(d.text, p.start + 1, p."end" - p.start) FROM paragraphs p'
                " JOIN documents d ON d.id = p.document_id"
                " WHERE p.document_id = %s AND p.number = %s",
                (document_id, number),
            ).fetchone()
        return str(row[0]) if row else None

    def counts(self, workspace: str = "") -> dict[str, int]:
        with self._connection() as conn:
            row = conn.execute(
                "SELECT count(*), coalesce(sum(quotes), 0), coalesce(sum(facts), 0) FROM documents"
                " WHERE workspace = %s",
                (_clean(workspace),),
            ).fetchone()
        assert row is not None  # an aggregate always returns one row
        return {"documents": int(row[0]), "quotes": int(row[1]), "facts": int(row[2])}

    def top_speakers(self, limit: int = 5, workspace: str = "") -> list[tuple[str, int]]:
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT s.speaker, count(*) AS n FROM snippets s"
                " JOIN documents d ON d.id = s.document_id"
                " WHERE s.kind = 'quote' AND s.speaker <> '' AND d.workspace = %s"
                " GROUP BY s.speaker ORDER BY n DESC, s.speaker LIMIT %s",
                (_clean(workspace), max(limit, 0)),
            ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def generation(self) -> int:
        with self._connection() as conn:
            row = conn.execute("SELECT value FROM state WHERE key = 'generation'").fetchone()
        assert row is not None  # written by the first migration
        return int(row[0])

    def identity(self) -> str:
        with self._connection() as conn:
            row = conn.execute("SELECT value FROM state WHERE key = 'identity'").fetchone()
        assert row is not None  # written by the first migration
        # Not the URL: the same database reached by another host name is the same lineage.
        return f"postgresql#{row[0]}"

    def claim_event(self, event_id: str) -> bool:
        with self._connection() as conn:
            cursor = conn.execute(
                "INSERT INTO events (event_id) VALUES (%s) ON CONFLICT (event_id) DO NOTHING",
                (_clean(event_id),),
            )
        return cursor.rowcount == 1

    # -- digests ---------------------------------------------------------------------------

    def last_snippet_id(self) -> int:
        with self._connection() as conn:
            # The identity sequence, not max(id): ids of removed snippets are never reused.
            row = conn.execute(
                "SELECT coalesce("
                "pg_sequence_last_value(pg_get_serial_sequence('snippets', 'id')), 0)"
            ).fetchone()
        assert row is not None  # a scalar select always returns one row
        return int(row[0])

    def quote_ids(self, workspace: str = "") -> list[int]:
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT s.id FROM snippets s JOIN documents d ON d.id = s.document_id"
                " WHERE s.kind = 'quote' AND d.workspace = %s ORDER BY s.id",
                (_clean(workspace),),
            )
            return [int(r[0]) for r in rows]

    def put_subscription(self, subscription: Subscription) -> None:
        s = subscription
        values = (
            _clean(s.workspace),
            _clean(s.channel),
            s.time,
            s.timezone,
            [_clean(t) for t in s.topics],
            [_clean(t) for t in s.speakers],
            s.enabled,
            s.source,
            s.since or datetime.now(UTC),
            s.watermark,
        )
        with self._connection() as conn:
            conn.execute(
                f"INSERT INTO digest_subscriptions ({SUBSCRIPTION_COLUMNS})"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (workspace, channel) DO UPDATE SET at_time = excluded.at_time,"
                " timezone = excluded.timezone, topics = excluded.topics,"
                " speakers = excluded.speakers, enabled = excluded.enabled,"
                " source = excluded.source, since = excluded.since,"
                " watermark = excluded.watermark",
                values,
            )

    def subscription(self, workspace: str, channel: str) -> Subscription | None:
        with self._connection() as conn:
            row = conn.execute(
                f"SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions"
                " WHERE workspace = %s AND channel = %s",
                (_clean(workspace), _clean(channel)),
            ).fetchone()
        return subscription_from_row(row, row[4], row[5]) if row else None

    def subscriptions(self) -> list[Subscription]:
        with self._connection() as conn:
            rows = conn.execute(
                f"SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions"
                " ORDER BY workspace, channel"
            ).fetchall()
        return [subscription_from_row(row, row[4], row[5]) for row in rows]

    def claim_digest(
        self, workspace: str, channel: str, day: str, holder: str, now: datetime, lease: datetime
    ) -> DigestRecord | None:
        # Concurrent claims of one day serialise on its primary key; one inserts or takes over.
        params = claim_params(_clean(workspace), _clean(channel), day, holder, now, lease)
        with self._connection() as conn:
            row = conn.execute(_pg(CLAIM_DIGEST), params).fetchone()
        return digest_from_row(row) if row else None

    def finish_digest(self, record: DigestRecord) -> bool:
        params = finish_params(replace(record, reason=_clean(record.reason)))
        with self._connection() as conn:
            return conn.execute(_pg(FINISH_DIGEST), params).rowcount == 1

    def release_digest(
        self, workspace: str, channel: str, day: str, holder: str, retry_at: datetime, reason: str
    ) -> bool:
        params = release_params(workspace, channel, day, holder, retry_at, _clean(reason))
        with self._connection() as conn:
            return conn.execute(_pg(RELEASE_DIGEST), params).rowcount == 1

    def digest_records(self, workspace: str, channel: str) -> list[DigestRecord]:
        with self._connection() as conn:
            rows = conn.execute(_pg(DIGEST_RECORDS), (_clean(workspace), _clean(channel)))
            return [digest_from_row(row) for row in rows]

    def close(self) -> None:
        self._pool.close()


def _snippet(row: tuple[Any, ...]) -> Snippet:
    return snippet_from_row(row, row[9])


def _utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _pg(statement: str) -> str:
    """A statement written with ``?`` placeholders, in psycopg's ``%s``."""
    return statement.replace("?", "%s")
