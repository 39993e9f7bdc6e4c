"""SQLite-only behaviour; what every store must do is in test_store_contract.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import StoreError, open_store


def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable Citebot database"):
        open_store(f"sqlite:///{bad}")
