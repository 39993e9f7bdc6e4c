"""`citebot serve`: the Slack app in production, over Socket Mode or HTTP."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.settings import Settings
from bot.store import StoreError


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
    Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN. With SLACK_CLIENT_ID and
    SLACK_CLIENT_SECRET instead of a bot token, HTTP mode also serves installs to any
    workspace at /slack/install. SLACK_API_URL, when set, is the Web API base URL for every
    call.
    """
    from bot.adapters.slack import run_http, run_socket_mode
    from bot.adapters.slack.digests import start_schedule
    from bot.cli.digest import apply_declared
    from bot.commands import Router

    settings = ctx.settings
    oauth = _oauth_mode(settings)
    if mode == "auto":
        mode = "socket" if settings["SLACK_APP_TOKEN"] and not oauth else "http"
    if oauth and mode == "socket":
        raise click.ClickException(
            "multi-workspace installs (SLACK_CLIENT_ID) need HTTP mode: drop --mode socket "
            "and SLACK_APP_TOKEN; see the Slack section of the README."
        )
    if oauth and load_sample:
        raise click.ClickException(
            "--load-sample fills the single-workspace store, which no workspace sees in"
            " multi-workspace mode: load documents with `citebot ingest --workspace TEAM_ID PATH`."
        )
    missing = [
        name
        for name in (
            "" if oauth else "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN" if mode == "socket" else "SLACK_SIGNING_SECRET",
        )
        if name and not settings[name]
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
    # Daily digests: the declared subscriptions applied, then due ones posted every minute.
    apply_declared(settings, bot.store, datetime.now(UTC))
    start_schedule(bot, settings, ctx.db_url)
    if mode == "socket":
        click.echo("Connecting to Slack over Socket Mode.", err=True)
        run_socket_mode(router, settings)
        return
    port = port or settings["PORT"]
    click.echo(f"Serving Slack over HTTP on {host}:{port} at /slack/events.", err=True)
    if oauth:
        click.echo("Installs to any workspace start at /slack/install.", err=True)
    try:
        run_http(router, settings, host, port)
    except StoreError as exc:  # the installations' tables could not be made
        raise click.ClickException(str(exc)) from None


def _oauth_mode(settings: Settings) -> bool:
    """Whether the settings ask for multi-workspace installs; half a pair, or a pair beside
    a single-workspace token, is an error naming the settings."""
    client_id, client_secret = settings["SLACK_CLIENT_ID"], settings["SLACK_CLIENT_SECRET"]
    if bool(client_id) != bool(client_secret):
        have, lack = (
            ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")
            if client_id
            else ("SLACK_CLIENT_SECRET", "SLACK_CLIENT_ID")
        )
        raise click.ClickException(
            f"{have} is set but {lack} is not: multi-workspace installs need both."
        )
    if settings.slack_oauth and settings["SLACK_BOT_TOKEN"]:
        raise click.ClickException(
            "SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: use the token for one workspace, "
            "or the client ID and secret for installs to many, not both."
        )
    return bool(settings.slack_oauth)
