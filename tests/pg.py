"""The PostgreSQL test server, shared by every test that needs a fresh schema.

Tests reach the server at ``CITEBOT_TEST_POSTGRES_URL`` (default
postgresql://postgres@127.0.0.1:5432/test, as in CI) and each gets schemas of its own, named
``citebot_test_<pid>_<random>_<n>`` and dropped when its module ends.

Without a reachable server the PostgreSQL tests are skipped with the reason, so the suite runs
on a laptop that has none. With ``CITEBOT_REQUIRE_POSTGRES=1`` (``.ci/run`` sets it) they fail
instead: in CI a missing server is a broken build, not a quiet skip.

``tests/conftest.py`` re-exports the fixtures, so any test may ask for ``pg_url`` (the server's
URL, once it is known to answer), ``pg_schema_urls`` (a factory of fresh schema URLs) or
``store_url`` (an empty store of each kind: the test runs once on SQLite, once on PostgreSQL).
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

# Read at import: conftest clears CITEBOT_* variables before each test.
PG_URL = os.environ.get("CITEBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRED = os.environ.get("CITEBOT_REQUIRE_POSTGRES", "").strip().lower() in {"1", "true", "yes"}


def with_params(url: str, **params: str) -> str:
    """Append query parameters to a store URL."""
    joined = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{url}{'&' if '?' in url else '?'}{joined}"


@functools.cache
def unreachable_reason(url: str = PG_URL) -> str | None:
    """Why the test server cannot be used, or None when it answers (asked once per run)."""
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL is unreachable at {url} ({' '.join(str(exc).split())})"
    return None


def require_server() -> str:
    """Return the server URL; skip the test without a server, or fail when CI requires one."""
    reason = unreachable_reason()
    if reason is None:
        return PG_URL
    if REQUIRED:
        pytest.fail(
            f"{reason}. CITEBOT_REQUIRE_POSTGRES is set, so the PostgreSQL tests must run:"
            " start the server or point CITEBOT_TEST_POSTGRES_URL at one.",
            pytrace=False,
        )
    pytest.skip(
        f"{reason}; start it or set CITEBOT_TEST_POSTGRES_URL"
        " (CI sets CITEBOT_REQUIRE_POSTGRES=1 and fails here instead)"
    )


def drop_schemas(names: list[str]) -> None:
    """Drop schemas by name, in one statement (much faster than one commit per schema)."""
    if not names:
        return
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        joined = sql.SQL(", ").join(sql.Identifier(name) for name in names)
        admin.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(joined))


@pytest.fixture
def pg_url() -> str:
    """The test server's URL, once it is known to answer."""
    return require_server()


@pytest.fixture(scope="module")
def pg_schema_urls() -> Iterator[Callable[[], str]]:
    """Hand out URLs of fresh, uniquely named schemas; drop every one of them at the end."""
    require_server()
    prefix = f"citebot_test_{os.getpid()}_{secrets.token_hex(3)}"
    created: list[str] = []

    def new_url() -> str:
        name = f"{prefix}_{len(created)}"
        created.append(name)
        return with_params(PG_URL, schema=name)

    yield new_url
    drop_schemas(created)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    new_url: Callable[[], str] = request.getfixturevalue("pg_schema_urls")
    return new_url()
