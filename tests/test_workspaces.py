"""Workspaces keep their documents apart, on SQLite and PostgreSQL alike.

Two workspaces share one store: T1 holds the sample corpus (Roman Vassilenko on multivector
diplomacy), T2 a document of its own. Nothing of T1's may reach T2 through any use case:
search (by words, by a speaker's name or role, by a quoted phrase), the next match, a snippet or
its context by id, the list of sources, the counts and top speakers of the App Home, the
quote-of-the-day pool, removal. Every case runs on both backends (``store_url``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.digests import subscriptions
from bot.digests.compose import Composer
from bot.search.analysis import Term, analyse
from bot.search.candidates import CandidateQuery, name_parts
from bot.search.index import META_FILE, SCHEMA_VERSION
from bot.service import Citebot
from bot.store import open_store
from bot.store import postgres as postgres_store
from bot.store import sqlite as sqlite_store
from bot.store.postgres import parse_url
from bot.transfer import export_store, import_file

T1, T2 = "T0RED", "T0BLUE"
ROUTE = """The Steppe Route

The Steppe Route carries 40,000 containers a year, a tenfold rise since 2019.

"Nobody in Almaty expected the trains to run this often," said Dana Ospanova, the
logistics director of the Steppe Route Company.
"""
# Asked in T2, each of these would find T1's sample corpus.
T1_QUERIES = (
    "multivector",
    "multivector diplomacy",
    "what did Vassilenko say about national identity",
    "what did the deputy foreign minister say",
    '"deeply rooted in our national identity"',
    "middle corridor capacity",
)


@pytest.fixture
def bot(store_url: str, tmp_path: Path) -> Iterator[Citebot]:
    core = Citebot(open_store(store_url), index_dir=tmp_path / "index")
    core.load_sample(workspace=T1)
    route = tmp_path / "route.txt"
    route.write_text(ROUTE, encoding="utf-8")
    outcome = core.ingest_file(route, label="route.txt", workspace=T2)
    assert outcome.status == "added" and outcome.quotes == 1
    core.searcher.sync()
    yield core
    core.store.close()


def t1_snippet_ids(bot: Citebot) -> list[int]:
    return [m.snippet.id for m in bot.ask("multivector diplomacy", limit=10, workspace=T1).matches]


def test_each_workspace_finds_its_own_documents(bot: Citebot) -> None:
    mine = bot.ask("what did Vassilenko say about multivector diplomacy", workspace=T1)
    assert mine.confident and mine.matches[0].snippet.speaker == "Roman Vassilenko"
    assert {m.snippet.workspace for m in mine.matches} == {T1}
    theirs = bot.ask("trains in Almaty", workspace=T2)
    assert theirs.confident and theirs.matches[0].snippet.speaker == "Dana Ospanova"
    assert {m.snippet.workspace for m in theirs.matches} == {T2}


@pytest.mark.parametrize("query", T1_QUERIES)
def test_a_search_never_returns_another_workspaces_snippets(bot: Citebot, query: str) -> None:
    assert bot.ask(query, workspace=T1).matches  # T1 has an answer ...
    for workspace in (T2, ""):  # ... which neither T2 nor the token-mode store ever sees
        for kind in ("any", "quote", "fact"):
            found = bot.ask(query, kind=kind, limit=20, workspace=workspace)
            assert all(m.snippet.workspace == workspace for m in found.matches), (query, kind)
            assert not any("Vassilenko" in m.snippet.speaker for m in found.matches)


def test_next_match_stays_in_the_workspace(bot: Citebot) -> None:
    assert bot.match_at("multivector", "any", 0, workspace=T1) is not None
    for position in range(5):
        match = bot.match_at("multivector", "any", position, workspace=T2)
        assert match is None or match.snippet.workspace == T2


def test_a_snippet_or_its_context_by_id_is_only_its_own_workspaces(bot: Citebot) -> None:
    ids = t1_snippet_ids(bot)
    assert ids
    for snippet_id in ids:
        assert bot.snippet(snippet_id, workspace=T1) is not None
        assert bot.snippet(snippet_id, workspace=T2) is None
        assert bot.context(snippet_id, workspace=T2) is None
        assert bot.snippet(snippet_id) is None
    assert bot.store.snippets(ids, workspace=T2) == []
    assert [s.id for s in bot.store.snippets(ids, workspace=T1)] == ids


def test_sources_counts_and_top_speakers_are_per_workspace(bot: Citebot) -> None:
    t1, t2, none = (bot.overview(workspace=w) for w in (T1, T2, ""))
    assert t1.counts["documents"] == 1 and t1.counts["quotes"] > 1
    assert t2.counts == {"documents": 1, "quotes": 1, "facts": t2.counts["facts"]}
    assert none.counts == {"documents": 0, "quotes": 0, "facts": 0}
    assert [s.document.path for s in t2.latest] == ["route.txt"]
    assert all(s.document.path.startswith("sample:") for s in t1.latest)
    assert [name for name, _ in t2.top_speakers] == ["Dana Ospanova"]
    assert "Dana Ospanova" not in dict(t1.top_speakers)
    assert none.top_speakers == [] and none.latest == []
    every = {s.id for s in bot.store.sources(workspace=None)}
    assert every == {s.id for s in bot.store.sources(T1)} | {s.id for s in bot.store.sources(T2)}


def test_the_quote_of_the_day_pool_is_per_workspace(bot: Citebot) -> None:
    t1, t2 = set(bot.store.quote_ids(T1)), set(bot.store.quote_ids(T2))
    assert t1 and len(t2) == 1 and not t1 & t2
    assert bot.store.quote_ids("") == []


def test_the_same_path_is_a_document_in_each_workspace(bot: Citebot, tmp_path: Path) -> None:
    route = tmp_path / "route.txt"
    # The same file under the same path, in T1 too: a second document, T2's left alone.
    assert bot.ingest_file(route, label="route.txt", workspace=T1).status == "added"
    assert bot.ingest_file(route, label="route.txt", workspace=T2).status == "unchanged"
    store = bot.store
    assert store.content_hash("route.txt", workspace=T1) == store.content_hash("route.txt", T2)
    assert store.content_hash("route.txt") is None
    t2_id = store.sources(T2)[0].id
    # Removing by T2's id or path from another workspace removes nothing.
    assert not store.remove_document(str(t2_id), workspace=T1)
    assert not store.remove_document("route.txt", workspace="")
    assert store.remove_document("route.txt", workspace=T1)
    bot.searcher.sync()
    assert bot.ask("trains in Almaty", workspace=T2).confident
    assert not bot.ask("trains in Almaty", workspace=T1).matches


def raw(url: str) -> sqlite3.Connection | psycopg.Connection:
    if url.startswith("sqlite"):
        return sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    return psycopg.connect(parse_url(url)[0], autocommit=True)


def test_a_store_from_before_workspaces_keeps_its_documents_in_the_single_workspace(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = sqlite_store if store_url.startswith("sqlite") else postgres_store
    names = [name for name, _ in module.MIGRATIONS]
    before = module.MIGRATIONS[: names.index("004_workspaces")]
    with monkeypatch.context() as patch:
        patch.setattr(module, "MIGRATIONS", before)
        open_store(store_url).close()
    text = 'Old news\n\n"The bridge opens in May," said Ann Lee.\n'
    with raw(store_url) as conn:  # a document as the code before workspaces stored it
        if store_url.startswith("sqlite"):
            conn.execute(
                "INSERT INTO documents (id, path, title, content_hash, text, added_at)"
                " VALUES (7, 'old.txt', 'Old news', 'h1', ?, '2026-01-01T00:00:00+00:00')",
                (text,),
            )
            conn.execute("UPDATE state SET value = 7 WHERE key = 'last_document_id'")
            conn.execute("UPDATE state SET value = 9 WHERE key = 'last_snippet_id'")
            snippet = "INSERT INTO snippets (id, document_id, kind, text, speaker, paragraph,"
            snippet += " start, \"end\") VALUES (9, 7, 'quote', ?, 'Ann Lee', 2, 11, 35)"
        else:
            conn.execute(
                "INSERT INTO documents (id, path, title, content_hash, text)"
                " OVERRIDING SYSTEM VALUE VALUES (7, 'old.txt', 'Old news', 'h1', %s)",
                (text,),
            )
            snippet = "INSERT INTO snippets (id, document_id, kind, text, speaker, paragraph,"
            snippet += ' start, "end") OVERRIDING SYSTEM VALUE'
            snippet += " VALUES (9, 7, 'quote', %s, 'Ann Lee', 2, 11, 35)"
        conn.execute(
            'INSERT INTO paragraphs (document_id, number, start, "end") VALUES (7, 2, 10, 50)'
        )
        conn.execute(snippet, ("The bridge opens in May",))

    bot = Citebot(open_store(store_url), index_dir=tmp_path / "index")  # applies 004 on open
    try:
        assert [(s.id, s.document.path) for s in bot.store.sources("")] == [(7, "old.txt")]
        found = bot.ask("when does the bridge open")
        assert found.matches and found.matches[0].snippet.id == 9
        assert not bot.ask("when does the bridge open", workspace=T1).matches
        context = bot.context(9)
        assert context is not None and "Ann Lee" in context[1]
        # Foreign keys survived the rebuild: removing the document removes its snippet.
        assert bot.store.remove_document("old.txt")
        assert bot.store.snippets([9]) == [] and bot.store.counts()["quotes"] == 0
    finally:
        bot.store.close()


def test_the_cli_works_on_one_workspace_at_a_time(tmp_path: Path) -> None:
    route = tmp_path / "route.txt"
    route.write_text(ROUTE, encoding="utf-8")
    db = ["--db", f"sqlite:///{tmp_path / 'cli.db'}"]
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, [*db, *args])
        return result.exit_code, result.output

    assert run("ingest", "--workspace", T2, str(route), "--json")[0] == 0
    code, out = run("search", "--workspace", T2, "trains in Almaty", "--json")
    assert code == 0 and json.loads(out)["results"][0]["speaker"] == "Dana Ospanova"
    code, out = run("search", "trains in Almaty", "--json")  # the single-workspace store
    assert code == 0 and json.loads(out)["results"] == []
    code, out = run("search", "--workspace", T1, "-")
    assert code == 0 and out == ""
    code, out = run("sources", "--workspace", T2, "--json")
    assert [s["path"] for s in json.loads(out)] == [str(route)]
    assert json.loads(run("sources", "--json")[1]) == []
    code, out = run("remove", "--workspace", T1, str(route))
    assert code == 1 and "not in the store" in out
    assert run("remove", "--workspace", T2, str(route))[0] == 0
    code, out = run("sources", "--workspace", "t-lower")
    assert code == 2 and "not a Slack team id" in out


def test_the_candidate_source_fetches_only_the_workspaces_snippets(bot: Citebot) -> None:
    # Beneath the store's own check: each backend's candidate query carries the workspace, so
    # another workspace's snippets never take up the candidates' places.
    plan = analyse("multivector diplomacy national identity Vassilenko")
    known = tuple(Term(t.word, t.stem) for t in plan.terms)
    source = bot.searcher.source
    ids = set(t1_snippet_ids(bot))
    whose = {s.id: s.workspace for s in bot.store.iter_snippets()}
    for workspace, expected in ((T1, True), (T2, False), ("", False)):
        request = CandidateQuery(
            known=known, speakers=frozenset({"Roman Vassilenko"}), workspace=workspace
        )
        request = replace(request, speaker_words=name_parts(request.speakers))
        found = {c.id for c in source.fetch(request)}
        assert bool(found & ids) is expected, workspace
        assert {whose[i] for i in found} <= {workspace}, workspace
    role = ("deputy", "foreign", "minister")
    assert source.role_speakers(role, 50, T1) == {"Roman Vassilenko"}
    assert source.role_speakers(role, 50, T2) == set()


def shown(core: Citebot, workspace: str) -> list[tuple[str, str]]:
    return sorted((s.document.path, s.content_hash) for s in core.store.sources(workspace))


def test_export_and_import_keep_each_document_in_its_workspace(
    bot: Citebot, tmp_path: Path
) -> None:
    route = tmp_path / "route.txt"
    bot.ingest_file(route, label="route.txt", workspace="")  # the same path, a third workspace
    dump = tmp_path / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as out:
        export_store(bot.store, out)
    target = Citebot(open_store(f"sqlite:///{tmp_path / 'copy.db'}"), index_dir=tmp_path / "i2")
    try:
        import_file(target.store, dump, sync=target.searcher.sync)
        for workspace in (T1, T2, ""):
            assert shown(target, workspace) == shown(bot, workspace), workspace
        assert target.ask("trains in Almaty", workspace=T2).confident
        assert not target.ask("multivector", workspace=T2).matches
        # Importing again changes nothing, in any workspace.
        again = import_file(target.store, dump)
        assert set(again.outcomes["documents"]) == {"unchanged"}
    finally:
        target.store.close()


def test_a_search_index_from_before_workspaces_is_rebuilt(tmp_path: Path) -> None:
    core = Citebot(open_store(f"sqlite:///{tmp_path / 's.db'}"), index_dir=tmp_path / "index")
    core.load_sample(workspace=T1)
    meta = tmp_path / "index" / META_FILE
    # An index a version before workspaces wrote: no workspace field in its documents.
    old = json.loads(meta.read_text(encoding="utf-8"))
    meta.write_text(json.dumps({**old, "schema": 3}), encoding="utf-8")
    core.store.close()
    again = Citebot(open_store(f"sqlite:///{tmp_path / 's.db'}"), index_dir=tmp_path / "index")
    try:
        assert again.ask("multivector", workspace=T1).confident
        assert not again.ask("multivector", workspace=T2).matches
        assert json.loads(meta.read_text(encoding="utf-8"))["schema"] == SCHEMA_VERSION == 4
    finally:
        again.store.close()


def test_each_workspaces_digest_holds_only_its_own_news(store_url: str, tmp_path: Path) -> None:
    core = Citebot(open_store(store_url), index_dir=tmp_path / "index")
    try:
        now = datetime(2026, 3, 27, 12, tzinfo=UTC)
        subs = {
            w: subscriptions.schedule(core.store, w, "C1", "09:00", "UTC", now) for w in (T1, T2)
        }
        subscriptions.schedule(core.store, T2, "C2", "09:00", "UTC", now)
        topical = subscriptions.set_topics(core.store, T2, "C2", ("multivector", "trains"))
        core.load_sample(workspace=T1)  # new since both subscribed
        route = tmp_path / "route.txt"
        route.write_text(ROUTE, encoding="utf-8")
        core.ingest_file(route, label="route.txt", workspace=T2)
        core.searcher.sync()
        composer = Composer(core, max_items=20)
        day = date(2026, 3, 28)
        red, blue = (composer.compose(subs[w], day) for w in (T1, T2))
        assert red.items and {i.snippet.workspace for i in red.items} == {T1}
        assert blue.items and {i.snippet.workspace for i in blue.items} == {T2}
        assert red.quote_of_the_day is not None and red.quote_of_the_day.workspace == T1
        assert blue.quote_of_the_day is not None
        assert blue.quote_of_the_day.speaker == "Dana Ospanova"
        # Topics are searched in the subscription's workspace only.
        about = composer.compose(topical, day)
        assert [i.snippet.speaker for i in about.items] == ["Dana Ospanova"]
    finally:
        core.store.close()
