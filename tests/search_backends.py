"""The search tests' corpora on each backend: SQLite (tantivy) and PostgreSQL (its own indexes).

A module-scoped fixture built with ``BACKENDS`` as its params runs every test that uses it once
per backend, with the same labelled queries and the same thresholds; the PostgreSQL corpus lives
in a fresh schema from ``tests/pg.py`` (skipped with the reason when there is no server).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.store import Store, open_store
from bot.store.sqlite import SQLiteStore

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def open_backend(request: pytest.FixtureRequest, folder: Path) -> Store:
    """An empty store of the backend ``request.param`` names."""
    if request.param == "sqlite":
        return SQLiteStore(folder / "search.db")
    new_url: Callable[[], str] = request.getfixturevalue("pg_schema_urls")
    return open_store(new_url())
