"""The command line: a thin click layer that opens the core, calls it and prints."""

from __future__ import annotations

import sys
from typing import Any

import click

from bot.settings import SETTINGS, Settings, SettingsError, load_settings
from bot.store import StoreError
from bot.wiring import build_bot, configure_logging


class _Context:
    def __init__(self, db_url: str | None):
        self.db_url = db_url
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings()
            except SettingsError as exc:
                raise click.ClickException(f"setting {exc}") from None
            configure_logging(self._settings["CITEBOT_LOG_LEVEL"])
        return self._settings

    def bot(self) -> Any:
        try:
            return build_bot(self.settings, self.db_url)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


pass_context = click.make_pass_decorator(_Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    help="Store URL (default: DATABASE_URL, else sqlite:///data/citebot.db).",
)
@click.version_option(package_name="citebot")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Citebot: who said what, where — verbatim, attributed, cited."""
    ctx.obj = _Context(db_url)


@cli.command()
@pass_context
def console(ctx: _Context) -> None:
    """Answer commands typed (or piped) one per line, as the Slack app would."""
    from bot.adapters.console import run_console
    from bot.commands import Router

    sys.exit(run_console(Router(ctx.bot())))


@cli.command()
@pass_context
def run(ctx: _Context) -> None:
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


@cli.command("settings")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def settings_command(as_json: bool) -> None:
    """List every setting with its current value (secrets hidden), default and help."""
    import json

    try:
        values = load_settings()
    except SettingsError as exc:
        raise click.ClickException(f"setting {exc}") from None
    rows = [
        {
            "name": s.name,
            "value": ("(set)" if values[s.name] else "") if s.secret else values[s.name],
            "default": s.default,
            "help": s.help,
        }
        for s in SETTINGS
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['name']}={row['value']}\n    {row['help']} (default: {row['default']!r})")


def main() -> None:
    cli(prog_name="citebot")
