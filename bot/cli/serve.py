"""`citebot serve`: the Slack app in production, over Socket Mode or HTTP."""

from __future__ import annotations

import click

from bot.cli.core import CliContext, cli, pass_context


@cli.command()
@click.option(
    "--mode",
    type=click.Choice(["auto", "socket", "http"]),
    default="auto",
    show_default=True,
    help="auto: Socket Mode when SLACK_APP_TOKEN is set, else HTTP.",
)
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode: address to bind.")
@click.option("--port", type=int, default=None, help="HTTP mode: port (default: $PORT, 3000).")
@click.option("--load-sample", is_flag=True, help="Load the bundled sample corpus first.")
@pass_context
def serve(ctx: CliContext, mode: str, host: str, port: int | None, load_sample: bool) -> None:
    """Serve Slack: Socket Mode with SLACK_APP_TOKEN, else HTTP on $PORT at /slack/events.

    HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and is served by waitress;
    Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN. SLACK_API_URL, when set, is the
    Web API base URL for every call.
    """
    from bot.adapters.slack import run_http, run_socket_mode
    from bot.commands import Router

    settings = ctx.settings
    if mode == "auto":
        mode = "socket" if settings["SLACK_APP_TOKEN"] else "http"
    missing = [
        name
        for name in (
            "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN" if mode == "socket" else "SLACK_SIGNING_SECRET",
        )
        if not settings[name]
    ]
    if missing:
        raise click.ClickException(
            f"{mode} mode needs {' and '.join(missing)} (in the environment or .env); "
            "see the Slack section of the README."
        )
    bot = ctx.bot()
    if load_sample:
        loaded = [o for o in bot.load_sample() if o.status in {"added", "updated"}]
        click.echo(f"Loaded the sample corpus: {len(loaded)} new document(s).", err=True)
    # Load the search index now, so the first question is not the slow one.
    bot.ask("warm up")
    router = Router(bot)
    if mode == "socket":
        click.echo("Connecting to Slack over Socket Mode.", err=True)
        run_socket_mode(router, settings)
        return
    port = port or settings["PORT"]
    click.echo(f"Serving Slack over HTTP on {host}:{port} at /slack/events.", err=True)
    run_http(router, settings, host, port)
