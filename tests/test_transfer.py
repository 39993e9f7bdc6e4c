"""`citebot export` / `citebot import`: a store moves between backends losing nothing.

The round trip runs SQLite -> PostgreSQL -> SQLite through the real CLI and compares every
document, paragraph, quote, fact, hash and time added; the malformed-file cases each send one
broken line and check the error names it and that nothing was written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.digests.values import Subscription
from bot.models import Extraction
from bot.service import Citebot
from bot.store import Store, open_store
from bot.transfer import TransferError, check_file, import_file
from tests.conftest import WIKINEWS
from tests.test_store_contract import (
    REPLACING,
    _read_while_replacing,
    _unicode_extraction,
    make_extraction,
)


def invoke(*args: str, input: str | None = None) -> Any:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result


def unicode_extraction() -> Extraction:
    return _unicode_extraction("“Мы построим 🌉 мост,” сказал Иван. Ещё 😀 текст.")


def fill(url: str) -> None:
    """Sample corpus, Wikinews articles and edge cases: empty, Unicode, every field set."""
    bot = Citebot(open_store(url))
    bot.load_sample()
    for path in sorted(WIKINEWS.glob("*.txt"))[:6]:
        bot.ingest_file(path)
    bot.store.put_document(make_extraction(path="edge/full.txt"), "hash-full")
    bot.store.put_document(make_extraction(path="edge/empty.txt", quotes=0, facts=0), "h-empty")
    bot.store.put_document(unicode_extraction(), "hash-ru")
    # Another workspace's document at the same path is another document.
    other = make_extraction(path="edge/full.txt", version="two", quotes=2, facts=3)
    bot.store.put_document(other, "hash-full-t2", workspace="T2")
    for sub in SUBSCRIPTIONS:
        bot.store.put_subscription(sub)
    bot.store.close()


SUBSCRIPTIONS = (
    Subscription(
        "T1",
        "C1",
        "09:00",
        "Europe/London",
        ("energy", "gas"),
        ("Roman Vassilenko",),
        since="2026-11-01T09:00:00+00:00",
    ),
    Subscription(
        "",
        "C2",
        "18:30",
        "UTC",
        enabled=False,
        source="config",
        since="2025-03-01T08:00:00+00:00",
        watermark=7,
    ),
)


def contents(url: str) -> dict[str, Any]:
    """Everything a store holds that must survive a move, ids aside (a new store numbers anew)."""
    with open_store(url) as store:
        return {
            "documents": list(store.iter_documents()),
            "sources": [replace(s, id=0) for s in store.sources(workspace=None)],
            "snippets": [replace(s, id=0, document_id=0) for s in store.iter_snippets()],
            "counts": store.counts(),
            "counts_t2": store.counts("T2"),
            "speakers": store.top_speakers(20),
            # A watermark is a snippet id of its own store: import sets it anew (see below).
            "subscriptions": [replace(s, watermark=0) for s in store.subscriptions()],
        }


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.postgres
def test_round_trip_sqlite_postgres_sqlite_loses_nothing(
    tmp_path: Path, pg_schema_urls: Callable[[], str]
) -> None:
    first = f"sqlite:///{tmp_path / 'first.db'}"
    middle = pg_schema_urls()
    last = f"sqlite:///{tmp_path / 'last.db'}"
    fill(first)
    original = contents(first)
    assert original["counts"]["documents"] == 10 and original["counts"]["quotes"] > 50
    assert original["counts_t2"] == {"documents": 1, "quotes": 2, "facts": 3}
    assert len(original["subscriptions"]) == 2

    files = [tmp_path / "1.jsonl", tmp_path / "2.jsonl", tmp_path / "3.jsonl"]
    assert invoke("--db", first, "export", "--out", str(files[0])).exit_code == 0
    imported = invoke("--db", middle, "import", str(files[0]))
    assert imported.exit_code == 0, imported.output
    assert "Imported 11 documents: 11 added, 0 updated, 0 unchanged." in imported.output
    assert "Imported 2 subscriptions: 2 added, 0 updated, 0 unchanged." in imported.output
    assert contents(middle) == original
    with open_store(middle) as store:  # what the export held counts as already digested
        assert {s.watermark for s in store.subscriptions()} == {store.last_snippet_id()}

    assert invoke("--db", middle, "export", "--out", str(files[1])).exit_code == 0
    assert invoke("--db", last, "import", str(files[1])).exit_code == 0
    assert contents(last) == original
    assert invoke("--db", last, "export", "--out", str(files[2])).exit_code == 0

    # The three files differ only in their headers' time and backend.
    bodies = [records(f)[1:] for f in files]
    assert bodies[0] == bodies[1] == bodies[2]
    assert [records(f)[0]["backend"] for f in files] == ["sqlite", "postgresql", "sqlite"]

    # The restored stores answer from what was imported: the search is up to date with it.
    quote = "there is no other alternative for Kazakhstan but to pursue a multi-vector"
    for url in (first, middle, last):
        with open_store(url) as store:
            bot = Citebot(store, index_dir=tmp_path / "index" / url.rpartition("/")[2])
            best = bot.ask(f'"{quote}"').best
            assert best is not None and best.snippet.text.startswith(quote), url
            assert best.snippet.speaker == "Roman Vassilenko"


def test_every_field_survives_on_each_backend(store_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    fill(source)
    exported = tmp_path / "export.jsonl"
    assert invoke("--db", source, "export", "--out", str(exported)).exit_code == 0
    assert invoke("--db", store_url, "import", str(exported)).exit_code == 0
    assert contents(store_url) == contents(source)


def test_iter_documents_gives_back_what_was_put(store: Store) -> None:
    put = [make_extraction(path="a.txt"), unicode_extraction(), make_extraction(path="b.txt")]
    for number, extraction in enumerate(put):
        store.put_document(
            extraction, f"h{number}", added_at=f"2024-01-0{number + 1}T10:00:00+00:00"
        )
    store.put_document(put[0], "h0-again")  # replaced: comes last, with a new time
    documents = list(store.iter_documents())
    assert [d.extraction for d in documents] == [put[1], put[2], put[0]]
    assert [d.content_hash for d in documents] == ["h1", "h2", "h0-again"]
    assert [d.added_at[:10] for d in documents[:2]] == ["2024-01-02", "2024-01-03"]
    assert documents[2].added_at > "2026"


def test_added_at_is_kept_on_import(store: Store) -> None:
    store.put_document(make_extraction(path="old.txt"), "h1", added_at="2021-06-01T09:30:00+00:00")
    store.put_document(make_extraction(path="new.txt"), "h2")
    [new, old] = store.sources()
    assert old.document.path == "old.txt" and old.added_at == "2021-06-01T09:30:00+00:00"
    assert new.added_at > "2026"


def test_import_twice_changes_nothing_and_a_changed_document_is_replaced(
    store_url: str, tmp_path: Path
) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    fill(source)
    exported = tmp_path / "export.jsonl"
    invoke("--db", source, "export", "--out", str(exported))
    assert invoke("--db", store_url, "import", str(exported)).exit_code == 0
    with open_store(store_url) as store:
        generation = store.generation()
    again = invoke("--db", store_url, "import", str(exported), "--json")
    assert json.loads(again.stdout) == {
        "documents": {"unchanged": 11},
        "subscriptions": {"unchanged": 2},
    }
    with open_store(store_url) as store:
        assert store.generation() == generation  # nothing was rewritten

    lines = records(exported)
    at = next(i for i, r in enumerate(lines) if r.get("path") == "edge/full.txt")
    assert lines[at]["workspace"] == ""
    lines[at].update(content_hash="hash-full-2", title="Report three")
    for record in lines[at + 1 :]:
        if record["type"] not in ("quote", "fact"):
            break
        record["citation"]["title"] = "Report three"
    exported.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    third = invoke("--db", store_url, "import", str(exported), "--json")
    assert json.loads(third.stdout) == {
        "documents": {"unchanged": 10, "updated": 1},
        "subscriptions": {"unchanged": 2},
    }
    with open_store(store_url) as store:
        assert store.content_hash("edge/full.txt") == "hash-full-2"
        assert store.counts() == contents(source)["counts"]


def test_export_to_stdout_and_import_from_stdin(tmp_path: Path) -> None:
    source, target = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    fill(source)
    exported = invoke("--db", source, "export")
    assert exported.exit_code == 0
    assert exported.stdout.startswith('{"type": "citebot-export", "version": 1')
    assert "Exported 11 documents" in exported.stderr
    imported = invoke("--db", target, "import", "-", input=exported.stdout)
    assert imported.exit_code == 0, imported.output
    assert contents(target) == contents(source)


def test_an_empty_store_exports_a_valid_empty_file(tmp_path: Path) -> None:
    out = tmp_path / "empty.jsonl"
    assert (
        invoke("--db", f"sqlite:///{tmp_path / 'e.db'}", "export", "--out", str(out)).exit_code == 0
    )
    assert [r["type"] for r in records(out)] == ["citebot-export", "end"]
    assert check_file(out) == {}


# --- Malformed files --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A small valid export: two documents, quotes and facts, as lines of text."""
    folder = tmp_path_factory.mktemp("valid")
    with open_store(f"sqlite:///{folder / 'v.db'}") as store:
        store.put_document(make_extraction(path="a.txt", quotes=2, facts=1), "ha")
        store.put_document(make_extraction(path="b.txt", quotes=1, facts=1), "hb")
    out = folder / "v.jsonl"
    assert (
        invoke("--db", f"sqlite:///{folder / 'v.db'}", "export", "--out", str(out)).exit_code == 0
    )
    return out.read_text(encoding="utf-8").splitlines()
    # Lines: 1 header, 2 document a, 3-4 quotes, 5 fact, 6 document b, 7 quote, 8 fact, 9 end.


def edit(line: str, **changes: Any) -> str:
    record = json.loads(line)
    for key, value in changes.items():
        if value is DROP:
            del record[key]
        else:
            record[key] = value
    return json.dumps(record)


def edit_citation(line: str, **changes: Any) -> str:
    record = json.loads(line)
    record["citation"].update(changes)
    return json.dumps(record)


DROP = object()


def subscription(**changes: Any) -> str:
    record = {
        "type": "subscription",
        "workspace": "T1",
        "channel": "C1",
        "time": "09:00",
        "timezone": "UTC",
        "topics": [],
        "speakers": [],
        "enabled": True,
        "source": "slack",
        "since": "",
    }
    return json.dumps({**record, **changes})


BROKEN: dict[str, tuple[Callable[[list[str]], list[str]], str]] = {
    "not json": (lambda ls: [*ls[:3], "{not json", *ls[4:]], r"line 4: not JSON"),
    "not an object": (lambda ls: [*ls[:3], "[1, 2]", *ls[4:]], r"line 4: expected a JSON object"),
    "no type": (
        lambda ls: [*ls[:2], '{"text": "x"}', *ls[3:]],
        r"line 3: the record has no 'type'",
    ),
    "unknown type": (
        lambda ls: [*ls[:8], '{"type": "reminder", "id": "R1"}', *ls[8:]],
        r"line 9: unknown record type 'reminder' \(this Citebot reads document, fact, quote,",
    ),
    "unknown field": (
        lambda ls: [ls[0], edit(ls[1], colour="blue"), *ls[2:]],
        r"line 2: unknown field 'colour' in a document record \(written by a newer Citebot\?\)",
    ),
    "missing field": (
        lambda ls: [*ls[:2], edit(ls[2], speaker=DROP), *ls[3:]],
        r"line 3: a quote record needs 'speaker'",
    ),
    "wrong type": (
        lambda ls: [*ls[:4], edit(ls[4], figures="10 million"), *ls[5:]],
        r"line 5: 'figures' must be a list of strings",
    ),
    "bad quote kind": (
        lambda ls: [*ls[:6], edit(ls[6], kind="rumour"), *ls[7:]],
        r"line 7: 'kind' must be one of direct, indirect, mixed, transcript, not 'rumour'",
    ),
    "citation of another document": (
        lambda ls: [*ls[:6], edit_citation(ls[6], path="a.txt"), *ls[7:]],
        r"line 7: citation path 'a.txt' is not that of its document on line 6 \('b.txt'\)",
    ),
    "paragraph out of range": (
        lambda ls: [*ls[:2], edit_citation(ls[2], paragraph=40), *ls[3:]],
        r"line 3: citation paragraph 40 is not a paragraph of its document",
    ),
    "span past the text": (
        lambda ls: [*ls[:7], edit_citation(ls[7], end=10**6), *ls[8:]],
        r"line 8: citation span \d+-1000000 is outside its document's text",
    ),
    "negative start": (
        lambda ls: [*ls[:7], edit_citation(ls[7], start=-1), *ls[8:]],
        r"line 8: 'start' must be at least 0, not -1",
    ),
    "bad paragraphs": (
        lambda ls: [*ls[:5], edit(ls[5], paragraphs=[[1, 0]]), *ls[6:]],
        r"line 6: each paragraph must be \[number, start, end\] integers",
    ),
    "bad time": (
        lambda ls: [ls[0], edit(ls[1], added_at="yesterday"), *ls[2:]],
        r"line 2: 'added_at' must be an ISO 8601 date and time, not 'yesterday'",
    ),
    "time without offset": (
        lambda ls: [ls[0], edit(ls[1], added_at="2024-01-01T10:00:00"), *ls[2:]],
        r"line 2: 'added_at' needs a UTC offset",
    ),
    "empty path": (
        lambda ls: [ls[0], edit(ls[1], path=""), *ls[2:]],
        r"line 2: 'path' must not be empty",
    ),
    "a quote missing": (
        lambda ls: [*ls[:3], *ls[4:]],
        r"line 5: the document on line 2 declares 2 quotes but 1 follow it",
    ),
    "quote before any document": (
        lambda ls: [ls[0], ls[2], *ls[1:2], *ls[3:]],
        r"line 2: a quote must follow its document record",
    ),
    "cut short": (
        lambda ls: ls[:7],
        r"line 8: the file ends without its end record \(cut short\?\)",
    ),
    "end counts wrong": (
        lambda ls: [*ls[:8], json.dumps({"type": "end", "records": {"document": 3}})],
        r"line 9: the end record counts \{\"document\": 3\} but the file holds",
    ),
    "after the end": (lambda ls: [*ls, ls[1]], r"line 10: nothing may follow the end record"),
    "not an export": (
        lambda ls: ls[1:],
        r"line 1: not a Citebot export \(the first record's type is 'document'",
    ),
    "newer version": (
        lambda ls: [edit(ls[0], version=2), *ls[1:]],
        r"line 1: format version 2 is newer than this Citebot reads \(1\); upgrade Citebot",
    ),
    "empty file": (lambda ls: [], r"line 1: the file is empty; expected a Citebot export"),
    "subscription time zone": (
        lambda ls: [*ls[:8], subscription(timezone="Mars/Olympus"), ls[8]],
        r"line 9: 'Mars/Olympus' is not an IANA time zone",
    ),
    "subscription time": (
        lambda ls: [*ls[:8], subscription(time="25:00"), ls[8]],
        r"line 9: '25:00' is not a time of day",
    ),
    "subscription enabled": (
        lambda ls: [*ls[:8], subscription(enabled="yes"), ls[8]],
        r"line 9: 'enabled' must be true or false, not str",
    ),
    "subscription inside a document": (
        lambda ls: [*ls[:3], subscription(), *ls[3:]],
        r"line 4: the document on line 2 declares 2 quotes but 1 follow it",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_malformed_line_is_named_and_nothing_is_written(
    case: str, valid_lines: list[str], tmp_path: Path
) -> None:
    assert len(valid_lines) == 9
    breaker, message = BROKEN[case]
    path = tmp_path / "broken.jsonl"
    path.write_text("".join(f"{line}\n" for line in breaker(list(valid_lines))), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'target.db'}"
    with open_store(url) as store:
        with pytest.raises(TransferError, match=message):
            import_file(store, path)
        assert store.counts() == {"documents": 0, "quotes": 0, "facts": 0}
    result = invoke("--db", url, "import", str(path))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: line ") and result.output.count("\n") == 1


def test_the_valid_file_itself_imports(valid_lines: list[str], tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text("\n".join(valid_lines) + "\n\n", encoding="utf-8")  # blank lines are fine
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        assert import_file(store, path).outcomes == {"documents": {"added": 2}, "subscriptions": {}}
        assert store.counts() == {"documents": 2, "quotes": 3, "facts": 2}


def test_binary_and_missing_files_are_clear_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    binary = tmp_path / "x.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = invoke("--db", url, "import", str(binary))
    assert result.exit_code == 1 and "not UTF-8 text" in result.output
    missing = invoke("--db", url, "import", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 1 and "No such file" in missing.output


def test_an_export_reads_one_snapshot_while_a_document_is_replaced(store_url: str) -> None:
    def check(reader: Store) -> str | None:
        [stored] = reader.iter_documents()
        version = stored.extraction.document.title.split()[-1]  # "Report one" or "two"
        if stored.extraction != REPLACING[version] or stored.content_hash != version:
            return f"a mix: {stored.content_hash} titled {version!r}"
        return None

    assert _read_while_replacing(store_url, check) == []
