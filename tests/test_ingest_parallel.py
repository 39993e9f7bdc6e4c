"""Ingest with a pool of worker processes: the same outcomes, in the same order, as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.ingest import BATCH, PARALLEL_FROM, _extract, _Extractor, expand, ingest_paths
from bot.models import Extraction
from bot.store.sqlite import SQLiteStore
from tests.conftest import WIKINEWS

MAX_BYTES = 5_000_000


def _folder(tmp_path: Path) -> Path:
    """Enough real articles to start a pool, and a binary file among them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(WIKINEWS.glob("GUM_*.txt"))[: PARALLEL_FROM + BATCH + 3]:
        shutil.copy(path, folder / path.name)
    (folder / "GUM_m_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    return folder


def _rows(store: SQLiteStore) -> list[tuple[object, ...]]:
    return [
        (s.citation.path, s.kind, s.subkind, s.text, s.speaker, s.citation.start, s.figures)
        for s in store.iter_snippets()
    ]


def test_the_pool_extracts_in_order_what_one_process_does(tmp_path: Path) -> None:
    files, _ = expand([str(_folder(tmp_path))])
    extractor = _Extractor(workers=2, max_bytes=MAX_BYTES)
    try:
        for path in files:
            extractor.add(path)
        assert extractor.pool is not None
        pooled = list(extractor.results())
    finally:
        extractor.close()
    alone = [_extract(path, MAX_BYTES) for path in files]
    assert len(pooled) == len(files)
    assert pooled == alone
    binary = files.index(tmp_path / "articles" / "GUM_m_binary.txt")
    reason = pooled[binary]
    assert isinstance(reason, str) and "binary" in reason
    assert sum(isinstance(result, Extraction) for result in pooled) == len(files) - 1


def test_few_changed_files_are_extracted_without_a_pool(tmp_path: Path) -> None:
    files, _ = expand([str(_folder(tmp_path))])
    extractor = _Extractor(workers=2, max_bytes=MAX_BYTES)
    for path in files[: PARALLEL_FROM - 1]:
        extractor.add(path)
    assert extractor.pool is None
    assert list(extractor.results()) == [
        _extract(path, MAX_BYTES) for path in files[: PARALLEL_FROM - 1]
    ]


def test_pooled_ingest_stores_and_reports_what_one_process_does(tmp_path: Path) -> None:
    files, _ = expand([str(_folder(tmp_path))])
    serial = SQLiteStore(tmp_path / "serial.db")
    pooled = SQLiteStore(tmp_path / "pooled.db")
    # One file already in: it is reported unchanged, first, by both.
    for store in (serial, pooled):
        ingest_paths(store, files[5:6], MAX_BYTES, workers=1)
    synced: list[int] = []
    one = ingest_paths(serial, files, MAX_BYTES, workers=1)
    many = ingest_paths(pooled, files, MAX_BYTES, workers=2, sync=lambda: synced.append(1))
    assert many == one
    assert many[0].path == str(files[5]) and many[0].status == "unchanged"
    assert [o.status for o in many].count("skipped") == 1
    assert [o.path for o in many[1:]] == [str(f) for f in files if f != files[5]]
    assert _rows(pooled) == _rows(serial)
    assert synced == [1]  # the index is brought up to date once, at the end
