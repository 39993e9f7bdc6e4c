"""Clients for the Slack Web API and response URLs, with retries on rate limits and drops.

``SLACK_API_URL`` sets the base URL for every Web API call, ``apps.connections.open``
included: the Socket Mode client asks the app's WebClient for its WebSocket URL.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from bot.settings import Settings

TIMEOUT_SECONDS = 10


def retry_handlers() -> list[RetryHandler]:
    """Retry dropped connections, 429s (honouring Retry-After) and 500/503s."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=2),
        ServerErrorRetryHandler(max_retry_count=1),
    ]


def api_base_url(settings: Settings) -> str | None:
    url: str = settings["SLACK_API_URL"]
    return url.rstrip("/") + "/" if url else None


def web_client(settings: Settings) -> WebClient:
    """A Web API client with the bot token, the configured base URL and the retry handlers."""
    return WebClient(
        token=settings["SLACK_BOT_TOKEN"] or None,
        base_url=api_base_url(settings) or WebClient.BASE_URL,
        timeout=TIMEOUT_SECONDS,
        retry_handlers=retry_handlers(),
    )


def webhook(response_url: str) -> WebhookClient:
    """A client for one response URL, with the same retries as the Web API."""
    return WebhookClient(response_url, timeout=TIMEOUT_SECONDS, retry_handlers=retry_handlers())
