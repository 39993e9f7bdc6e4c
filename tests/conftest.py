"""Shared fixtures: real SQLite files under tmp_path, a loaded core, a clean environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.commands import Router
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
from tests.pg import pg_schema_urls, pg_url, store_url  # noqa: F401  (fixtures for every test)

FIXTURES = Path(__file__).parent / "fixtures"
WIKINEWS = FIXTURES / "corpus" / "wikinews"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees a real token, a developer's .env or config: run from an empty folder."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "CITEBOT_")) or name == "DATABASE_URL":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    db = SQLiteStore(tmp_path / "citebot.db")
    yield db
    db.close()


@pytest.fixture
def bot(store: SQLiteStore) -> Citebot:
    return Citebot(store)


@pytest.fixture
def sample_bot(bot: Citebot) -> Citebot:
    bot.load_sample()
    return bot


@pytest.fixture
def router(sample_bot: Citebot) -> Router:
    return Router(sample_bot)
