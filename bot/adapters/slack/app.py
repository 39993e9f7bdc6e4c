"""The Bolt app: a client, the listener groups, an error logger, and in multi-workspace mode
the OAuth flow. Nothing else happens here."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient

from bot.adapters.slack import delivery
from bot.adapters.slack.client import web_client
from bot.adapters.slack.deps import Deps
from bot.adapters.slack.listeners import register_listeners
from bot.commands import Router
from bot.digests.runner import DigestOptions
from bot.settings import Settings

if TYPE_CHECKING:  # SQLAlchemy and the OAuth stores load only in multi-workspace mode
    from bot.adapters.slack.installs import Installs


class _SameTokenWarning(logging.Filter):
    # Bolt reads SLACK_BOT_TOKEN itself and warns that the client's token wins; it is the
    # same token (from settings), so the warning would only alarm whoever reads the logs.
    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_bolt_logger = logging.getLogger("bot.adapters.slack.bolt")
_bolt_logger.addFilter(_SameTokenWarning())


def create_app(
    router: Router,
    settings: Settings,
    *,
    client: WebClient | None = None,
    workers: int = 8,
    installs: Installs | None = None,
) -> App:
    """Wire the listeners to a Bolt app; ``workers`` threads do the work after each ack.

    With ``installs`` (multi-workspace mode) the app serves the OAuth flow and authorizes each
    request with its workspace's installation; without, it uses the one ``SLACK_BOT_TOKEN``.
    """
    client = client or web_client(settings)
    oauth: dict[str, object] = {}
    if installs:
        from bot.adapters.slack.installs import oauth_options

        oauth = oauth_options(settings, installs, client)
    app = App(
        client=client,
        logger=_bolt_logger,
        signing_secret=settings["SLACK_SIGNING_SECRET"],  # "" too: never Bolt's own env read
        token_verification_enabled=False,  # auth.test on the first request, not at import
        # Run each ack function on the request's own thread and return at once; the work is
        # in lazy listeners on the executor. (Otherwise Bolt queues the ack itself behind
        # busy workers and polls for it every 10 ms: a slow store would delay every ack.)
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(workers, thread_name_prefix="citebot-slack"),
        **oauth,  # type: ignore[arg-type]
    )
    if installs:
        # app_uninstalled and tokens_revoked (when subscribed) delete the workspace's tokens.
        app.enable_token_revocation_listeners()
    deps = Deps(
        router,
        public_replies=settings["CITEBOT_PUBLIC_REPLIES"],
        multi_workspace=installs is not None,
        digest_options=DigestOptions.from_settings(settings),
    )
    register_listeners(app, deps)

    app.error(delivery.log_unhandled)
    return app
