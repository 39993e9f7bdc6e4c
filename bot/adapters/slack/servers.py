"""Running the app: Socket Mode over a WebSocket, or HTTP behind waitress (a production WSGI
server) at ``/slack/events``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.adapters.slack.app import create_app
from bot.commands import Router
from bot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are a few KB; refuse anything absurd
HTTP_THREADS = 8

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def socket_mode_handler(app: App, settings: Settings) -> SocketModeHandler:
    """A Socket Mode handler that opens its connection through the app's own WebClient,
    so SLACK_API_URL applies to ``apps.connections.open`` too."""
    return SocketModeHandler(app, settings["SLACK_APP_TOKEN"], web_client=app.client)


def run_socket_mode(router: Router, settings: Settings) -> None:
    """Connect to Slack over Socket Mode and serve until interrupted."""
    handler = socket_mode_handler(create_app(router, settings), settings)
    log.info("connecting to Slack over Socket Mode")
    handler.start()


def wsgi_app(app: App) -> WsgiApp:
    """Bolt's WSGI handler at /slack/events, plus a /healthz for the host's health checks."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok\n"]
        return bolt(environ, start_response)

    return application


def http_server(app: App, host: str, port: int, threads: int = HTTP_THREADS) -> Any:
    """A waitress server for the app, bound but not yet running (``.run()``, ``.close()``)."""
    from waitress import create_server

    return create_server(
        wsgi_app(app),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=MAX_BODY_BYTES,
        ident="citebot",
    )


def stop_http_server(server: Any, thread: threading.Thread | None = None) -> None:
    """Stop a server running in another thread: its loop closes its own sockets and ends."""
    from waitress import wasyncore

    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    if thread is not None:
        thread.join(timeout=5)
    server.task_dispatcher.shutdown()


def run_http(router: Router, settings: Settings, host: str, port: int) -> None:
    """Serve Slack's HTTP requests on host:port until interrupted.

    With SLACK_CLIENT_ID and SLACK_CLIENT_SECRET, also the OAuth flow for installs to any
    workspace, the installations kept in the store's database.
    """
    installs = None
    if settings.slack_oauth:
        from bot.adapters.slack.installs import INSTALL_PATH, open_installs

        installs = open_installs(router.bot.store.url, settings["SLACK_CLIENT_ID"])
    try:
        server = http_server(create_app(router, settings, installs=installs), host, port)
        base = f"http://{host}:{server.effective_port}"
        log.info("listening for Slack on %s%s", base, EVENTS_PATH)
        if installs:
            log.info("installs to any workspace start at %s%s", base, INSTALL_PATH)
        try:
            server.run()
        finally:
            server.close()
    finally:
        if installs:
            installs.close()
