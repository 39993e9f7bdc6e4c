"""Ingest with a pool of worker processes: the same outcomes, in the same order, as one process."""

from __future__ import annotations

import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot import ingest
from bot.ingest import PARALLEL_FROM, expand, ingest_paths
from bot.store.sqlite import SQLiteStore
from tests.conftest import WIKINEWS

MAX_BYTES = 5_000_000


class _CountedPool(ProcessPoolExecutor):
    """A real process pool that remembers it was started."""

    started = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        type(self).started += 1
        super().__init__(*args, **kwargs)


def _folder(tmp_path: Path) -> Path:
    """Enough real articles to start a pool, and a binary file among them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(WIKINEWS.glob("GUM_*.txt"))[: PARALLEL_FROM + 11]:
        shutil.copy(path, folder / path.name)
    (folder / "GUM_m_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    return folder


def _rows(store: SQLiteStore) -> list[tuple[object, ...]]:
    return [
        (s.citation.path, s.kind, s.subkind, s.text, s.speaker, s.citation.start, s.figures)
        for s in store.iter_snippets()
    ]


def test_pooled_ingest_stores_and_reports_what_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "ProcessPoolExecutor", _CountedPool)
    monkeypatch.setattr(_CountedPool, "started", 0)
    files, _ = expand([str(_folder(tmp_path))])
    serial = SQLiteStore(tmp_path / "serial.db")
    pooled = SQLiteStore(tmp_path / "pooled.db")
    # One file already in: it is reported unchanged, first, by both.
    for store in (serial, pooled):
        ingest_paths(store, files[5:6], MAX_BYTES, workers=2)
    assert _CountedPool.started == 0  # one changed file is not worth a pool
    synced: list[int] = []
    one = ingest_paths(serial, files, MAX_BYTES, workers=1)
    assert _CountedPool.started == 0
    many = ingest_paths(pooled, files, MAX_BYTES, workers=2, sync=lambda: synced.append(1))
    assert _CountedPool.started == 1
    assert many == one
    assert many[0].path == str(files[5]) and many[0].status == "unchanged"
    skipped = [o for o in many if o.status == "skipped"]
    assert [o.path for o in skipped] == [str(tmp_path / "articles" / "GUM_m_binary.txt")]
    assert "binary" in skipped[0].reason
    assert [o.path for o in many[1:]] == [str(f) for f in files if f != files[5]]
    assert _rows(pooled) == _rows(serial)
    assert synced == [1]  # the index is brought up to date once, at the end
