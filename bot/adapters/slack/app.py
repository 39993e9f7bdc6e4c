"""The Bolt app: a client, the listener groups, an error logger. Nothing else happens here."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.adapters.slack.client import web_client
from bot.adapters.slack.deps import Deps
from bot.adapters.slack.listeners import register_listeners
from bot.commands import Router
from bot.settings import Settings

log = logging.getLogger(__name__)


def create_app(
    router: Router, settings: Settings, *, client: WebClient | None = None, workers: int = 8
) -> App:
    """Wire the listeners to a Bolt app; ``workers`` threads do the work after each ack."""
    app = App(
        client=client or web_client(settings),
        signing_secret=settings["SLACK_SIGNING_SECRET"] or None,
        token_verification_enabled=False,  # auth.test on the first request, not at import
        # Run each ack function on the request's own thread and return at once; the work is
        # in lazy listeners on the executor. (Otherwise Bolt queues the ack itself behind
        # busy workers and polls for it every 10 ms: a slow store would delay every ack.)
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(workers, thread_name_prefix="citebot-slack"),
    )
    register_listeners(app, Deps(router, public_replies=settings["CITEBOT_PUBLIC_REPLIES"]))

    @app.error
    def log_error(error: Exception, body: dict[str, Any]) -> None:
        log.error(
            "unhandled error for %s (team %s, user %s): %r",
            body.get("type") or body.get("command"),
            (body.get("team") or {}).get("id") or body.get("team_id"),
            (body.get("user") or {}).get("id") or body.get("user_id"),
            error,
            exc_info=error,
        )

    return app
