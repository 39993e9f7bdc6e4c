"""`citebot digest ...`: run due digests (cron, a scheduler), preview one, manage subscriptions.

Posting uses the Slack Web client (SLACK_BOT_TOKEN, SLACK_API_URL). The subscriptions
declared in CITEBOT_DIGESTS_FILE are applied first by every subcommand that reads them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.digests import config, subscriptions
from bot.digests.render_text import render_digest
from bot.digests.runner import DigestOptions, DigestRunner, Outcome
from bot.digests.schedule import ScheduleError
from bot.digests.values import Digest, Subscription
from bot.service import Citebot
from bot.settings import Settings
from bot.store import Store


def _instant(text: str | None) -> datetime:
    """An ISO 8601 instant (no offset: UTC), or now."""
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not an ISO 8601 time (e.g. 2026-03-29T09:00+01:00)", param_hint="--at"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def apply_declared(settings: Settings, store: Store, now: datetime) -> config.Applied:
    """Apply the subscriptions declared in CITEBOT_DIGESTS_FILE; a bad entry stops the command
    with one line naming it."""
    try:
        declared = config.read(Path(settings["CITEBOT_DIGESTS_FILE"]))
    except config.DigestConfigError as exc:
        raise click.ClickException(str(exc)) from None
    return config.apply(store, declared, now)


class _Digests:
    """What every subcommand needs: the core with the declared subscriptions applied."""

    def __init__(self, ctx: CliContext, now: datetime, poster: Any = None):
        settings = ctx.settings
        self.bot: Citebot = ctx.bot()
        apply_declared(settings, self.bot.store, now)
        self.runner = DigestRunner(self.bot, poster, DigestOptions.from_settings(settings))

    def subscription(self, workspace: str, channel: str) -> Subscription:
        found = self.bot.store.subscription(workspace, channel)
        if found is None:
            where = f"{workspace}/{channel}" if workspace else channel
            raise click.ClickException(
                f"{where} has no digest subscription (see `citebot digest list`)"
            )
        return found


def _slack_poster(ctx: CliContext) -> Any:
    from bot.adapters.slack.client import web_client
    from bot.adapters.slack.digests import SlackPoster

    settings = ctx.settings
    if not settings["SLACK_BOT_TOKEN"]:
        raise click.ClickException(
            "posting digests needs SLACK_BOT_TOKEN (in the environment or .env)"
        )
    client = web_client(settings)
    return SlackPoster(lambda workspace: client)


@cli.group()
def digest() -> None:
    """Daily digests: each subscribed channel's post of what is new, cited, exactly once."""


workspace_option = click.option(
    "--workspace", default="", help="Slack team id (T...); omit for a single workspace."
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print as JSON.")


@digest.command("run-due")
@click.option("--at", "at", metavar="ISO-8601", help="The moment to run for (default: now).")
@json_option
@pass_context
def run_due(ctx: CliContext, at: str | None, as_json: bool) -> None:
    """Post every digest due at this moment that has not been posted, then exit.

    For cron or a Heroku-style scheduler: run it every few minutes; a digest is posted once
    however often it runs or however many run at once. Exits 1 if any post failed (it is
    retried by a later run within the grace window).
    """
    now = _instant(at)
    digests = _Digests(ctx, now, _slack_poster(ctx))
    outcomes = digests.runner.run_due(now)
    if as_json:
        click.echo(json.dumps([o.as_dict() for o in outcomes], indent=2))
    else:
        for outcome in outcomes:
            click.echo(_outcome_line(outcome))
        if not outcomes:
            click.echo(f"No digest due at {now.isoformat(timespec='seconds')}.")
    if any(o.status == "failed" for o in outcomes):
        raise SystemExit(1)


def _outcome_line(outcome: Outcome) -> str:
    where = f"{outcome.workspace}/{outcome.channel}" if outcome.workspace else outcome.channel
    detail = f": {outcome.detail}" if outcome.detail else ""
    ts = f" (ts {outcome.message_ts})" if outcome.message_ts else ""
    return f"{outcome.day} {where} {outcome.status}{detail}{ts}"


@digest.command()
@click.option("--channel", required=True, help="The channel id (C...).")
@workspace_option
@click.option("--at", "at", metavar="ISO-8601", help="Preview as of this moment (default: now).")
@json_option
@pass_context
def preview(ctx: CliContext, channel: str, workspace: str, at: str | None, as_json: bool) -> None:
    """Print the channel's next digest as it would be posted (nothing is posted or recorded)."""
    now = _instant(at)
    digests = _Digests(ctx, now)
    found = digests.runner.preview(digests.subscription(workspace, channel), now)
    if as_json:
        click.echo(json.dumps(_digest_json(found), indent=2, ensure_ascii=False))
    else:
        click.echo(render_digest(found))


def _digest_json(digest: Digest) -> dict[str, Any]:
    quote = digest.quote_of_the_day
    return {
        "key": digest.key,
        "day": digest.day.isoformat(),
        "items": [
            {"score": item.score, **asdict(item.snippet), "also": [asdict(c) for c in item.also]}
            for item in digest.items
        ],
        "more": digest.more,
        "quote_of_the_day": asdict(quote) if quote else None,
        "through_id": digest.through_id,
    }


@digest.command("list")
@click.option("--at", "at", metavar="ISO-8601", help="Next posts as of this moment.")
@json_option
@pass_context
def list_command(ctx: CliContext, at: str | None, as_json: bool) -> None:
    """List every subscription with its next post time."""
    now = _instant(at)
    digests = _Digests(ctx, now)
    rows = []
    for sub in digests.bot.store.subscriptions():
        next_post = digests.runner.next_day(sub, now)[1].isoformat() if sub.enabled else ""
        rows.append({**asdict(sub), "next": next_post})
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No digest subscriptions.")
    for row in rows:
        where = f"{row['workspace']}/{row['channel']}" if row["workspace"] else row["channel"]
        state = f"next {row['next']}" if row["enabled"] else "off"
        focus = "".join(
            f"; {name} {', '.join(row[name])}" for name in ("topics", "speakers") if row[name]
        )
        click.echo(
            f"{where}: daily {row['time']} {row['timezone']} ({row['source']}, {state}){focus}"
        )


@digest.command()
@click.option("--channel", required=True, help="The channel id (C...).")
@workspace_option
@click.option("--time", "at", required=True, help="Local time of day: 09:00, 9am, 18:30.")
@click.option("--timezone", default="UTC", show_default=True, help="IANA zone: Europe/London.")
@click.option("--topics", default=None, help="Comma-separated topics (empty: any topic).")
@click.option("--speakers", default=None, help="Comma-separated speakers (empty: anyone).")
@pass_context
def subscribe(
    ctx: CliContext,
    channel: str,
    workspace: str,
    at: str,
    timezone: str,
    topics: str | None,
    speakers: str | None,
) -> None:
    """Subscribe a channel to a daily digest (or change its time, topics or speakers)."""
    now = datetime.now(UTC)
    store = _Digests(ctx, now).bot.store
    try:
        sub = subscriptions.schedule(store, workspace, channel, at, timezone, now, source="cli")
        if topics is not None:
            sub = subscriptions.set_topics(
                store, workspace, channel, subscriptions.split_list(topics)
            )
        if speakers is not None:
            sub = subscriptions.set_speakers(
                store, workspace, channel, subscriptions.split_list(speakers)
            )
    except (ScheduleError, subscriptions.SubscriptionError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{channel}: daily {sub.time} {sub.timezone}.")


@digest.command()
@click.option("--channel", required=True, help="The channel id (C...).")
@workspace_option
@pass_context
def off(ctx: CliContext, channel: str, workspace: str) -> None:
    """Stop a channel's digests (its topics and speakers are kept)."""
    store = _Digests(ctx, datetime.now(UTC)).bot.store
    try:
        stopped = subscriptions.turn_off(store, workspace, channel)
    except subscriptions.SubscriptionError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{channel}: digests off." if stopped else f"{channel}: no digest was on.")
