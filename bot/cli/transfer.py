"""`citebot export` and `citebot import`: the whole store as JSON Lines, and back."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.store import StoreError
from bot.transfer import TransferError, export_store, import_file


@cli.command("export")
@click.option(
    "--out",
    "out",
    default="-",
    show_default=True,
    metavar="FILE|-",
    help="Where to write; - is standard output.",
)
@pass_context
def export_command(ctx: CliContext, out: str) -> None:
    """Write every document, quote and fact, with its citation, as JSON Lines.

    The file is a backup and moves a store between backends: `citebot --db OTHER import FILE`
    restores it exactly. A file is written beside its final name and renamed when complete,
    so it is never left half-written. The summary goes to standard error.
    """
    bot = ctx.bot()
    try:
        if out == "-":
            counts = export_store(bot.store, sys.stdout)
            sys.stdout.flush()
        else:
            target = Path(out)
            partial = target.with_name(f".{target.name}.partial")
            with partial.open("w", encoding="utf-8") as handle:
                counts = export_store(bot.store, handle)
            os.replace(partial, target)
    except (StoreError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bot.store.close()
    where = "standard output" if out == "-" else out
    subscriptions = f", {counts['subscription']} subscriptions" if counts["subscription"] else ""
    click.echo(
        f"Exported {counts['document']} documents ({counts['quote']} quotes,"
        f" {counts['fact']} facts){subscriptions} to {where}.",
        err=True,
    )


@cli.command("import")
@click.argument("source", metavar="FILE|-")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@pass_context
def import_command(ctx: CliContext, source: str, as_json: bool) -> None:
    """Restore a `citebot export` file into the store, then update the search index.

    Every line is checked before anything is written; a bad line stops the import with its
    number. Documents are restored as exported (no re-extraction); one whose path already
    holds the same content is skipped, so importing twice changes nothing. - reads standard
    input.
    """
    bot = ctx.bot()
    try:
        if source == "-":
            # Read twice (check, then write): standard input is spooled to a file first.
            with tempfile.TemporaryDirectory() as folder:
                spooled = Path(folder) / "import.jsonl"
                with spooled.open("wb") as handle:
                    shutil.copyfileobj(sys.stdin.buffer, handle)
                summary = import_file(bot.store, spooled, sync=bot.searcher.sync)
        else:
            summary = import_file(bot.store, Path(source), sync=bot.searcher.sync)
    except TransferError as exc:
        where = "standard input" if source == "-" else source
        raise click.ClickException(f"{where}: {exc}") from None
    except (StoreError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bot.store.close()
    if as_json:
        click.echo(json.dumps(summary.outcomes, indent=2))
        return
    for name, outcomes in summary.outcomes.items():
        total = sum(outcomes.values())
        parts = ", ".join(f"{outcomes.get(k, 0)} {k}" for k in ("added", "updated", "unchanged"))
        click.echo(f"Imported {total} {name}: {parts}.")
