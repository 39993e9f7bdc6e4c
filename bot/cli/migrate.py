"""`citebot migrate`: bring the store's schema to this version, or report where it stands."""

from __future__ import annotations

import json

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.store import StoreError, open_store
from bot.store.migrations import MigrationStatus


@cli.command()
@click.option("--status", "report", flag_value="status", help="Only report; exit 0.")
@click.option(
    "--check",
    "report",
    flag_value="check",
    help="Only report; exit 1 unless the schema is exactly this version (for scripts).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@pass_context
def migrate(ctx: CliContext, report: str | None, as_json: bool) -> None:
    """Apply the store's pending schema migrations, in one transaction.

    Commands and `citebot serve` apply them on start unless CITEBOT_AUTO_MIGRATE=false; then
    run this first. A store migrated by a newer Citebot is refused: upgrade instead.
    """
    url = ctx.db_url or ctx.settings["DATABASE_URL"]
    applied: tuple[str, ...] = ()
    try:
        with open_store(url, migrate="inspect") as store:
            if report is None:
                applied = store.migrate()
            status = store.migration_status()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        fields = {
            "store": status.store,
            "current": status.current,
            "applied": list(status.applied),
            "pending": list(status.pending),
            "unknown": list(status.unknown),
        }
        if report is None:
            fields["applied_now"] = list(applied)
        click.echo(json.dumps(fields, indent=2))
    elif report is None:
        click.echo(
            f"{status.store}: applied {', '.join(applied)}."
            if applied
            else f"{status.store}: up to date ({len(status.applied)} migrations)."
        )
    else:
        click.echo(_describe(status))
    if report == "check" and not status.current:
        click.get_current_context().exit(1)


def _describe(status: MigrationStatus) -> str:
    lines = [status.store]
    lines += [f"  applied  {name}" for name in status.applied]
    lines += [f"  pending  {name}" for name in status.pending]
    lines += [f"  unknown  {name}  (from a newer Citebot)" for name in status.unknown]
    if status.unknown:
        lines.append("Migrated by a newer Citebot: upgrade Citebot to use this store.")
    elif status.pending:
        lines.append(f"{len(status.pending)} pending: run `citebot migrate`.")
    else:
        lines.append("Up to date.")
    return "\n".join(lines)
