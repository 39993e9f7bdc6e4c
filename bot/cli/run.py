"""`citebot run` and `citebot console`: the bot in a terminal, or on Slack with tokens."""

from __future__ import annotations

import sys

import click

from bot.cli.core import CliContext, cli, pass_context


@cli.command()
@pass_context
def console(ctx: CliContext) -> None:
    """Answer commands typed (or piped) one per line, as the Slack app would."""
    from bot.adapters.console import run_console
    from bot.commands import Router

    sys.exit(run_console(Router(ctx.bot())))


@cli.command()
@pass_context
def run(ctx: CliContext) -> None:
    """Load the sample corpus if needed, then start: Socket Mode with tokens, else the console."""
    from bot.commands import Router

    settings = ctx.settings
    bot = ctx.bot()
    loaded = [o for o in bot.load_sample() if o.status in {"added", "updated"}]
    if loaded:
        click.echo(f"Loaded the sample corpus: {len(loaded)} document(s).", err=True)
    router = Router(bot)
    if settings.slack_socket_mode:
        from bot.adapters.slack import run_socket_mode

        click.echo("Slack tokens found: connecting over Socket Mode.", err=True)
        run_socket_mode(router, settings)
        return
    from bot.adapters.console import run_console

    click.echo("No SLACK_BOT_TOKEN/SLACK_APP_TOKEN set: starting the console adapter.", err=True)
    sys.exit(run_console(router))
