"""Ingest: files, folders and globs into the store, skipping what is unchanged.

A file's identity is its path (absolute, as given by the caller); its version is the SHA-256
of its bytes and of its metadata sidecar, so editing either re-ingests it. Each file is one
store transaction (``Store.put_document``): a crash part-way leaves the previous version whole.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.documents import DocumentError, sidecar_path
from bot.extraction import extract_file
from bot.models import Extraction
from bot.store import Store

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one file: added, updated, unchanged, or skipped with a reason."""

    path: str
    status: str  # "added", "updated", "unchanged" or "skipped"
    quotes: int = 0
    facts: int = 0
    reason: str = ""


@dataclass(frozen=True)
class IngestSummary:
    """Every file's outcome and the totals people ask for."""

    outcomes: tuple[IngestOutcome, ...]
    seconds: float = 0.0
    notices: tuple[str, ...] = field(default=())

    def _with(self, *statuses: str) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def documents(self) -> int:
        return len(self._with("added", "updated"))

    @property
    def quotes(self) -> int:
        return sum(o.quotes for o in self._with("added", "updated"))

    @property
    def facts(self) -> int:
        return sum(o.facts for o in self._with("added", "updated"))

    @property
    def skipped(self) -> list[IngestOutcome]:
        return self._with("skipped")

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "added": len(self._with("added")),
            "updated": len(self._with("updated")),
            "unchanged": len(self._with("unchanged")),
            "quotes": self.quotes,
            "facts": self.facts,
            "skipped": [{"path": o.path, "reason": o.reason} for o in self.skipped],
            "seconds": round(self.seconds, 3),
            "files": [
                {"path": o.path, "status": o.status, "quotes": o.quotes, "facts": o.facts}
                for o in self.outcomes
                if o.status != "skipped"
            ],
        }


def expand(arguments: Iterable[str]) -> tuple[list[Path], list[IngestOutcome]]:
    """Turn files, folders (recursively) and glob patterns into files, in a stable order.

    Returns the files and a skipped outcome for each argument that names nothing. Hidden
    files and folders and metadata sidecars (``*.meta.json``) are left out of folder walks.
    """
    files: list[Path] = []
    missing: list[IngestOutcome] = []
    for argument in arguments:
        if _GLOB_CHARS & set(argument) and not Path(argument).exists():
            matched = sorted(glob.glob(argument, recursive=True))
            if not matched:
                missing.append(IngestOutcome(argument, "skipped", reason="no file matches"))
            for name in matched:
                files.extend(_walk(Path(name)))
            continue
        path = Path(argument)
        if not path.exists():
            missing.append(IngestOutcome(argument, "skipped", reason="no such file or folder"))
            continue
        files.extend(_walk(path))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, missing


def _walk(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    found = []
    for child in sorted(path.rglob("*")):
        relative = child.relative_to(path).parts
        if any(part.startswith(".") for part in relative):
            continue
        if child.is_file() and not child.name.endswith(".meta.json"):
            found.append(child)
    return found


def content_hash(path: Path) -> str:
    """SHA-256 of a file and of its metadata sidecar, if it has one."""
    digest = hashlib.sha256(path.read_bytes())
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        digest.update(b"\0sidecar\0")
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def ingest_file(
    store: Store, path: Path, max_bytes: int, label: str | None = None, workspace: str = ""
) -> IngestOutcome:
    """Extract and store one file in ``workspace``; an unchanged file is a no-op, a bad one a
    reasoned skip."""
    key = label or str(path)
    try:
        data_hash = content_hash(path)
    except OSError as exc:
        return IngestOutcome(key, "skipped", reason=f"cannot read ({exc.strerror or exc})")
    previous = store.content_hash(key, workspace=workspace)
    if previous == data_hash:
        return IngestOutcome(key, "unchanged")
    return _store(store, key, data_hash, previous, _extract(path, max_bytes), workspace)


def _extract(path: Path, max_bytes: int) -> Extraction | str:
    """Extract a file, or say why it cannot be (runs in worker processes too)."""
    try:
        return extract_file(path, max_bytes)
    except DocumentError as exc:
        # The summary names the file beside its reason; don't name it twice.
        return str(exc).removeprefix(f"{path}: ")
    except Exception as exc:  # one bad file must not sink a folder: report it and go on
        log.exception("extraction failed for %s", path)
        return f"extraction failed ({type(exc).__name__}: {exc})"


def _store(
    store: Store,
    key: str,
    data_hash: str,
    previous: str | None,
    extracted: Extraction | str,
    workspace: str,
) -> IngestOutcome:
    if isinstance(extracted, str):
        log.warning("skipped %s: %s", key, extracted)
        return IngestOutcome(key, "skipped", reason=extracted)
    extraction = replace(extracted, document=replace(extracted.document, path=key))
    store.put_document(extraction, data_hash, workspace=workspace)
    return IngestOutcome(
        key,
        "updated" if previous else "added",
        quotes=len(extraction.quotes),
        facts=len(extraction.facts),
    )


PARALLEL_FROM = 16  # files to extract before a process pool pays for its start-up


def ingest_paths(
    store: Store,
    files: Iterable[Path],
    max_bytes: int,
    on_file: Callable[[IngestOutcome], None] | None = None,
    sync: Callable[[], object] | None = None,
    sync_every: float = 10.0,
    workers: int | None = None,
    workspace: str = "",
) -> list[IngestOutcome]:
    """Ingest files in order into ``workspace``; ``sync`` (the search index) runs every
    ``sync_every`` seconds.

    Extraction is CPU-bound and per file, so with many changed files it runs in a pool of
    ``workers`` processes (default: one per CPU) while this process writes to the store, one
    transaction per file, in the order given.
    """
    outcomes: list[IngestOutcome] = []
    last_sync = time.monotonic()

    def done(outcome: IngestOutcome) -> None:
        nonlocal last_sync
        outcomes.append(outcome)
        if on_file is not None:
            on_file(outcome)
        if sync is not None and time.monotonic() - last_sync > sync_every:
            sync()
            last_sync = time.monotonic()

    pending: list[tuple[Path, str, str | None]] = []
    for path in files:
        key = str(path)
        try:
            data_hash = content_hash(path)
        except OSError as exc:
            done(IngestOutcome(key, "skipped", reason=f"cannot read ({exc.strerror or exc})"))
            continue
        previous = store.content_hash(key, workspace=workspace)
        if previous == data_hash:
            done(IngestOutcome(key, "unchanged"))
        else:
            pending.append((path, data_hash, previous))
    workers = workers or os.cpu_count() or 1
    paths = [p for p, _, _ in pending]
    if workers > 1 and len(pending) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            extracted = pool.map(_extract, paths, [max_bytes] * len(paths), chunksize=8)
            for (path, data_hash, previous), result in zip(pending, extracted, strict=True):
                done(_store(store, str(path), data_hash, previous, result, workspace))
    else:
        for path, data_hash, previous in pending:
            result = _extract(path, max_bytes)
            done(_store(store, str(path), data_hash, previous, result, workspace))
    if sync is not None:
        sync()
    return outcomes
