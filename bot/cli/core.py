"""The CLI group, its shared context (settings, store) and the `settings` command."""

from __future__ import annotations

from typing import Any

import click

from bot.settings import SETTINGS, Settings, SettingsError, load_settings
from bot.store import StoreError
from bot.wiring import build_bot, configure_logging


class CliContext:
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


pass_context = click.make_pass_decorator(CliContext)


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
    ctx.obj = CliContext(db_url)


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
