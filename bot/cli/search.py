"""`citebot ingest`, `sources`, `remove` and `search`: fill the store and look things up."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.ingest import IngestOutcome, IngestSummary
from bot.models import Match, SearchResult

# Multi-workspace mode keeps each Slack workspace's documents apart, under its team id; the
# single-workspace token mode (and the console) uses "".
_TEAM_ID = re.compile(r"[A-Z][A-Z0-9]{1,31}")


def _team_id(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value and not _TEAM_ID.fullmatch(value):
        raise click.BadParameter(f"{value!r} is not a Slack team id (like T0123ABCD)")
    return value


workspace_option = click.option(
    "--workspace",
    metavar="TEAM_ID",
    default="",
    callback=_team_id,
    help="The Slack workspace (team id, e.g. T0123ABCD) whose documents these are; default:"
    " the single-workspace store.",
)


def result_json(result: SearchResult) -> dict[str, Any]:
    """A search result in the documented JSON shape (plus ``notices`` when there are any)."""
    payload: dict[str, Any] = {
        "query": result.query,
        "took_ms": result.took_ms,
        "results": [_match_json(m) for m in result.matches],
    }
    if result.notices:
        payload["notices"] = list(result.notices)
    return payload


def _match_json(match: Match) -> dict[str, Any]:
    snippet = match.snippet
    c = snippet.citation
    return {
        "kind": snippet.kind,
        "text": snippet.text,
        "speaker": snippet.speaker,
        "score": match.score,
        "confident": match.confident,
        "citation": {
            "title": c.title,
            "publisher": c.publisher,
            "url": c.url,
            "published": c.published,
            "path": c.path,
            "paragraph": c.paragraph,
            "start": c.start,
            "end": c.end,
        },
    }


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_context
def ingest(ctx: CliContext, paths: tuple[str, ...], workspace: str, as_json: bool) -> None:
    """Ingest files, folders (recursively) and glob patterns into the store.

    Unchanged files are skipped; a changed file replaces its previous version. Files that
    cannot be read are skipped with the reason, and the rest go on.
    """
    bot = ctx.bot()
    show_progress = not as_json and sys.stderr.isatty()
    summary = (
        _ingest_with_progress(bot, paths, workspace)
        if show_progress
        else bot.ingest(paths, workspace=workspace)
    )
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary)
    if not any(o.status != "skipped" for o in summary.outcomes):
        sys.exit(1)


def _ingest_with_progress(bot: Any, paths: tuple[str, ...], workspace: str) -> IngestSummary:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[current]}"),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        task = progress.add_task("Ingesting", total=None, current="")

        def on_files(total: int) -> None:
            progress.update(task, total=total)

        def on_file(outcome: IngestOutcome) -> None:
            progress.update(task, advance=1, current=Path(outcome.path).name[:40])

        summary: IngestSummary = bot.ingest(
            paths, on_file=on_file, on_files=on_files, workspace=workspace
        )
        return summary


def _print_summary(summary: IngestSummary) -> None:
    data = summary.as_dict()
    click.echo(
        f"{data['documents']} document(s) ingested ({data['added']} new, {data['updated']}"
        f" updated), {data['unchanged']} unchanged: {data['quotes']} quotes,"
        f" {data['facts']} facts in {data['seconds']:.1f}s."
    )
    if summary.skipped:
        click.echo(f"{len(summary.skipped)} skipped:")
        for outcome in summary.skipped:
            click.echo(f"  {outcome.path}: {outcome.reason}")


@cli.command()
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_context
def sources(ctx: CliContext, workspace: str, as_json: bool) -> None:
    """List the documents in the store, newest first."""
    rows = ctx.bot().store.sources(workspace=workspace)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "title": s.document.title,
                        "publisher": s.document.publisher,
                        "published": s.document.published,
                        "url": s.document.url,
                        "path": s.document.path,
                        "quotes": s.quotes,
                        "facts": s.facts,
                        "content_hash": s.content_hash,
                        "added_at": s.added_at,
                    }
                    for s in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        click.echo("No documents yet: add some with `citebot ingest PATH`.")
        return
    for s in rows:
        click.echo(
            f"{s.id:>6}  {s.quotes:>4} quotes {s.facts:>4} facts  {s.document.title[:60]}\n"
            f"        {s.document.path}  (added {s.added_at})"
        )


@cli.command()
@click.argument("refs", nargs=-1, required=True)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print what was removed as JSON.")
@pass_context
def remove(ctx: CliContext, refs: tuple[str, ...], workspace: str, as_json: bool) -> None:
    """Take documents out of the store, by path or by the id `citebot sources` shows."""
    bot = ctx.bot()
    removed: dict[str, bool] = {}
    for ref in refs:
        done = bot.store.remove_document(ref, workspace=workspace)
        if not done and not ref.isdigit():
            done = bot.store.remove_document(str(Path(ref).resolve()), workspace=workspace)
        removed[ref] = done
    if any(removed.values()):
        bot.searcher.sync()
    if as_json:
        click.echo(json.dumps({"removed": removed}, indent=2))
    else:
        for ref, done in removed.items():
            click.echo(f"removed {ref}" if done else f"not in the store: {ref}")
    if not all(removed.values()):
        sys.exit(1)


@cli.command()
@click.argument("query")
@click.option(
    "--kind",
    type=click.Choice(["any", "quote", "fact"]),
    default="any",
    show_default=True,
    help="Only quotes, only facts, or either.",
)
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_context
def search(
    ctx: CliContext, query: str, kind: str, limit: int, workspace: str, as_json: bool
) -> None:
    """Search the store for QUERY; `-` reads queries from stdin, one per line (JSON Lines).

    Results come best first, scored 0–100; a result is `confident` when it clears
    CITEBOT_MATCH_THRESHOLD.
    """
    bot = ctx.bot()
    if query == "-":
        for line in sys.stdin:
            result = bot.ask(line.rstrip("\n"), kind=kind, limit=limit, workspace=workspace)
            sys.stdout.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    result = bot.ask(query, kind=kind, limit=limit, workspace=workspace)
    for notice in result.notices:
        click.echo(notice, err=True)
    if as_json:
        click.echo(json.dumps(result_json(result), ensure_ascii=False, indent=2))
        return
    _print_result(result)


def _print_result(result: SearchResult) -> None:
    from bot.render_text import attribution, citation_line

    if not result.confident:
        click.echo(f"No confident match for “{result.query}”.")
        if result.matches:
            click.echo("Closest:")
    for number, match in enumerate(result.matches, 1):
        mark = "" if match.confident else " (not confident)"
        click.echo(f"{number}. [{match.score:.0f}{mark}] {match.snippet.text}")
        click.echo(f"   {attribution(match.snippet)}")
        click.echo(f"   {citation_line(match.snippet.citation)}")
    click.echo(f"({result.took_ms:.1f} ms)", err=True)
