"""Build the core from validated settings: the one place adapters get a Citebot from."""

from __future__ import annotations

import logging

from bot.service import Citebot
from bot.settings import Settings
from bot.store import open_store


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )


def build_bot(settings: Settings, db_url: str | None = None) -> Citebot:
    """Open the configured store and wrap it in the core."""
    migrate = "auto" if settings["CITEBOT_AUTO_MIGRATE"] else "require"
    store = open_store(db_url or settings["DATABASE_URL"], migrate=migrate)
    return Citebot(
        store,
        threshold=settings["CITEBOT_MATCH_THRESHOLD"],
        max_query_chars=settings["CITEBOT_MAX_QUERY_CHARS"],
        max_file_bytes=settings["CITEBOT_MAX_FILE_BYTES"],
    )
