"""The full-text index: a tantivy index derived from the store, kept in step incrementally.

The store is the system of record; this index can always be rebuilt from it. Beside the
tantivy files sits ``citebot-index.json``: the store identity and generation the index reflects,
the highest snippet id in it and the ids of the documents in it. Catching up after the store
changes costs work in proportion to the change: removed documents are deleted by document id,
snippets above the last id seen are added (store ids are never reused, see ``Store``).

One writer at a time across processes: tantivy's lock file. A process that finds the lock
taken searches the index as it is and tries again on its next query; results are always read
back from the store, so a removed document never surfaces even from a lagging index.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tantivy

from bot.models import Snippet
from bot.search.analysis import (
    ANALYZER_NAME,
    FOLD_ANALYZER_NAME,
    fold_analyzer,
    stem_analyzer,
)
from bot.search.candidates import Candidate
from bot.store import Store

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 3: the speaker's role, stored and searchable; 4: the workspace
META_FILE = "citebot-index.json"
WRITER_HEAP = 64_000_000


class IndexBusy(RuntimeError):
    """Another process holds the index writer."""


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("doc", indexed=True)
    builder.add_integer_field("figures", stored=True)
    builder.add_text_field("kind", stored=True, tokenizer_name="raw")
    builder.add_text_field("subkind", stored=True, tokenizer_name="raw")
    builder.add_text_field("text", stored=True, tokenizer_name=ANALYZER_NAME)
    builder.add_text_field("speaker", stored=True, tokenizer_name=FOLD_ANALYZER_NAME)
    builder.add_text_field("speaker_name", tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name=ANALYZER_NAME)
    builder.add_text_field("role", stored=True, tokenizer_name=ANALYZER_NAME)
    builder.add_text_field("workspace", tokenizer_name="raw")  # see workspace_key
    return builder.build()


def workspace_key(workspace: str) -> str:
    """How a workspace is indexed: a raw term cannot be empty, so "" (the single-workspace
    store) is "-", which no Slack team id is."""
    return workspace or "-"


def default_index_dir(store: Store) -> Path:
    """Where a store's index lives: beside an SQLite file, else under ``data/index/``."""
    path = getattr(store, "path", None)
    if isinstance(path, Path) and str(path) != ":memory:":
        return path.with_name(path.name + ".index")
    import hashlib

    digest = hashlib.sha256(store.url.encode()).hexdigest()[:16]
    return Path("data") / "index" / digest


@dataclass
class _Meta:
    identity: str = ""
    generation: int = -1
    last_snippet_id: int = 0
    documents: frozenset[int] = frozenset()
    schema: int = SCHEMA_VERSION

    def to_json(self) -> str:
        return json.dumps(
            {
                "schema": self.schema,
                "identity": self.identity,
                "generation": self.generation,
                "last_snippet_id": self.last_snippet_id,
                "documents": sorted(self.documents),
            }
        )

    @classmethod
    def load(cls, path: Path) -> _Meta | None:
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                identity=str(raw["identity"]),
                generation=int(raw["generation"]),
                last_snippet_id=int(raw["last_snippet_id"]),
                documents=frozenset(int(d) for d in raw["documents"]),
                schema=int(raw["schema"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None


class SnippetIndex:
    """A tantivy index of one store's snippets."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None
        self._meta = _Meta()
        self._lock = threading.RLock()

    # -- opening -------------------------------------------------------------------------

    def _open(self, fresh: bool = False) -> tantivy.Index:
        if fresh and self.directory.exists():
            shutil.rmtree(self.directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        try:
            index = tantivy.Index(self.schema, path=str(self.directory), reuse=True)
        except ValueError as exc:
            if fresh:
                raise
            log.warning("search index at %s unreadable (%s); rebuilding", self.directory, exc)
            return self._open(fresh=True)
        index.register_tokenizer(ANALYZER_NAME, stem_analyzer())
        index.register_tokenizer(FOLD_ANALYZER_NAME, fold_analyzer())
        return index

    @property
    def index(self) -> tantivy.Index:
        if self._index is None:
            self._index = self._open()
        return self._index

    def searcher(self) -> tantivy.Searcher:
        if self._searcher is None:
            self._searcher = self.index.searcher()
        return self._searcher

    def _reload(self) -> None:
        self.index.reload()
        self._searcher = self.index.searcher()

    def _meta_path(self) -> Path:
        return self.directory / META_FILE

    def _write_meta(self, meta: _Meta) -> None:
        tmp = self._meta_path().with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(meta.to_json(), encoding="utf-8")
        os.replace(tmp, self._meta_path())
        self._meta = meta

    # -- keeping in step -----------------------------------------------------------------

    def is_current(self, store: Store) -> bool:
        """Whether the index reflects the store as it is now (cheap: two small reads)."""
        return (
            self._meta.generation == store.generation()
            and self._meta.identity == store.identity()
            and self._index is not None
        )

    def sync(self, store: Store, wait: bool = False) -> bool:
        """Bring the index up to date with the store; False if another process is writing.

        With ``wait`` the call retries until the writer is free (ingest does this; a search
        does not, it reads the index as it is instead).
        """
        with self._lock:
            generation = store.generation()
            identity = store.identity()
            on_disk = _Meta.load(self._meta_path())
            if (
                on_disk is not None
                and on_disk.schema == SCHEMA_VERSION
                and on_disk.identity == identity
                and on_disk.generation == generation
                and (self.directory / "meta.json").exists()
            ):
                if self._index is None or on_disk.generation != self._meta.generation:
                    self._reload()
                self._meta = on_disk
                return True
            deadline = time.monotonic() + (600 if wait else 0)
            while True:
                try:
                    writer = self._writer(
                        rebuild=on_disk is None or on_disk.schema != SCHEMA_VERSION
                    )
                    break
                except IndexBusy:
                    if time.monotonic() >= deadline:
                        if self._index is not None:
                            self._reload()
                        return False
                    time.sleep(0.05)
            try:
                self._catch_up(store, writer, generation, identity)
            finally:
                del writer  # releases the lock file
            return True

    def _writer(self, rebuild: bool) -> Any:
        if rebuild or not (self.directory / "meta.json").exists():
            self._index = self._open(fresh=True)
            self._searcher = None
            self._meta = _Meta()
        try:
            return self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        except ValueError as exc:
            if "LockBusy" in str(exc):
                raise IndexBusy(str(exc)) from None
            raise

    def _catch_up(self, store: Store, writer: Any, generation: int, identity: str) -> None:
        meta = _Meta.load(self._meta_path())  # another process may have moved it on
        if meta is None or meta.identity != identity or meta.schema != SCHEMA_VERSION:
            log.info("building the search index at %s from the store", self.directory)
            writer.delete_all_documents()
            meta = _Meta(identity=identity)
        started = time.perf_counter()
        # Snippets above the last id may be half-added by a writer that died before writing
        # the meta file: delete them first so adding is idempotent.
        writer.delete_documents_by_query(
            tantivy.Query.range_query(
                self.schema,
                "id",
                tantivy.FieldType.Integer,
                lower_bound=meta.last_snippet_id + 1,
                use_inverted_index=True,
            )
        )
        added_documents: set[int] = set()
        last_id = meta.last_snippet_id
        count = 0
        for snippet in store.iter_snippets(after_id=meta.last_snippet_id):
            writer.add_document(_document(snippet))
            added_documents.add(snippet.document_id)
            last_id = max(last_id, snippet.id)
            count += 1
        # Read after the snippets: a document removed meanwhile is deleted now, one added
        # meanwhile has a higher id than any seen and is picked up next time.
        sizes = {s.id: s.quotes + s.facts for s in store.sources(workspace=None)}
        known = meta.documents | added_documents
        removed = known - set(sizes)
        for document_id in removed:
            writer.delete_documents_by_term("doc", document_id)
        documents = set(known - removed)
        newest = max(known, default=0)
        holes = [d for d, size in sizes.items() if d not in documents and d < newest and size]
        if holes:
            # A document below the newest one seen that the index never got: ids came out of
            # commit order (a backend broke its promise); start again rather than serve a hole.
            log.warning("search index missed %d document(s); rebuilding", len(holes))
            writer.delete_all_documents()
            for snippet in store.iter_snippets():
                writer.add_document(_document(snippet))
                last_id = max(last_id, snippet.id)
            documents = set(sizes)
        documents |= {d for d, size in sizes.items() if not size}
        writer.commit()
        writer.wait_merging_threads()
        self._write_meta(_Meta(identity, generation, last_id, frozenset(documents)))
        self._reload()
        log.info(
            "search index: +%d snippets, -%d documents in %.2fs",
            count,
            len(removed),
            time.perf_counter() - started,
        )

    # -- reading -------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        """The store generation the index reflects (-1 before the first sync)."""
        return self._meta.generation

    def doc_freq(self, stem: str) -> int:
        return int(self.searcher().doc_freq("text", stem))

    def speaker_freq(self, word: str) -> int:
        """How many snippets a speaker with this name part said."""
        return int(self.searcher().doc_freq("speaker", word))

    def num_docs(self) -> int:
        return int(self.searcher().num_docs)

    def speaker_names(self) -> list[str]:
        """Every speaker name in the index."""
        return [t for t, _ in self.searcher().terms_with_prefix("speaker_name", "") if t]

    def search(self, query: tantivy.Query, limit: int) -> list[Candidate]:
        """Run a query; return its hits with their stored fields, best BM25 first."""
        searcher = self.searcher()
        hits = searcher.search(query, limit, count=False).hits
        found: list[Candidate] = []
        for score, address in hits:
            fields = searcher.doc(address).to_dict()
            found.append(
                Candidate(
                    id=int(fields["id"][0]),
                    kind=str(fields["kind"][0]),
                    subkind=str(fields.get("subkind", [""])[0]),
                    text=str(fields["text"][0]),
                    speaker=str(fields.get("speaker", [""])[0]),
                    figures=int(fields.get("figures", [0])[0]),
                    bm25=float(score),
                    title=str(fields.get("title", [""])[0]),
                    role=str(fields.get("role", [""])[0]),
                )
            )
        return found

    def close(self) -> None:
        self._searcher = None
        self._index = None


def _document(snippet: Snippet) -> tantivy.Document:
    fields: dict[str, Any] = {
        "id": snippet.id,
        "doc": snippet.document_id,
        "figures": len(snippet.figures),
        "kind": snippet.kind,
        "subkind": snippet.subkind,
        "text": snippet.text,
        "speaker": snippet.speaker,
        "title": snippet.citation.title,
        "role": snippet.speaker_role,
        "workspace": workspace_key(snippet.workspace),
    }
    if snippet.kind == "quote" and snippet.speaker:
        fields["speaker_name"] = snippet.speaker
    return tantivy.Document(**fields)


def iter_ids(candidates: Iterable[Candidate]) -> Iterator[int]:
    seen: set[int] = set()
    for candidate in candidates:
        if candidate.id not in seen:
            seen.add(candidate.id)
            yield candidate.id


def discard(path: Path) -> None:
    """Remove an index folder (tests and `citebot reindex`-like recoveries)."""
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(path)
