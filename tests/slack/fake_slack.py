"""A fake Slack on 127.0.0.1: the Web API, response URLs, and the Socket Mode WebSocket.

It answers like Slack (``{"ok": true, ...}``), records every call per endpoint, can be told
to fail the next calls to a method (a 429 with Retry-After, an API error), and hands out a
``ws://`` URL from ``apps.connections.open`` whose server sends envelopes and collects acks.
For multi-workspace installs it plays Slack's side of OAuth: ``authorize_code(team)`` is what
Slack's consent page would hand the browser, ``oauth.v2.access`` turns a code (or a refresh
token) into a rotating bot token for that team, ``auth.test`` names a token's team, and a
token made to expire with ``expire(token)`` is refused everywhere with ``token_expired``.
Used by the tests and by ``bench/slack_bench.py``.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from websockets.sync.server import ServerConnection, serve

BOT_USER_ID = "UBOT"
APP_ID = "A0CITEBOT"
TOKEN_LIFETIME = 43_200  # seconds, as Slack's rotating tokens


@dataclass
class Call:
    endpoint: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float


@dataclass
class Failure:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 drops connections under a burst, and a dropped SYN costs a
    # one-second retransmit: the benchmark would measure the fake, not the app.
    request_queue_size = 256
    daemon_threads = True


class FakeSlack:
    """Start with ``FakeSlack()``; stop with ``close()``."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self.calls: dict[str, list[Call]] = defaultdict(list)
        self._failures: dict[str, list[Failure]] = defaultdict(list)
        self._ts = 0
        # Set by tests: users.info answers (id -> user with "tz"), conversations.info answers
        # (id -> fields such as is_member; None: channel_not_found; unlisted: a member).
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any] | None] = {}
        self.history: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # code, or access or refresh token -> (team id, team name, the scopes granted)
        self._codes: dict[str, tuple[str, str, str]] = {}
        self._teams: dict[str, tuple[str, str, str]] = {}
        self._expired: set[str] = set()
        self._issued = 0
        self._http = _Server(("127.0.0.1", 0), self._handler_class())
        self._http.daemon_threads = True
        self.port = self._http.server_address[1]
        threading.Thread(target=self._http.serve_forever, args=(0.05,), daemon=True).start()
        self._acks: dict[str, dict[str, Any]] = {}
        self._sockets: list[ServerConnection] = []
        self._ws = serve(self._ws_session, "127.0.0.1", 0)
        self.ws_port = self._ws.socket.getsockname()[1]
        threading.Thread(target=self._ws.serve_forever, daemon=True).start()

    # -- addresses -------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # -- what the app did ------------------------------------------------------------------

    def count(self, endpoint: str) -> int:
        with self._lock:
            return len(self.calls[endpoint])

    def bodies(self, endpoint: str) -> list[dict[str, Any]]:
        with self._lock:
            return [call.body for call in self.calls[endpoint]]

    def wait_for(self, endpoint: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until ``endpoint`` has at least ``count`` calls; return them."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.calls[endpoint]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = {k: len(v) for k, v in self.calls.items()}
                    raise AssertionError(f"{endpoint}: {count} call(s) not seen in time: {seen}")
                self._lock.wait(left)
            return list(self.calls[endpoint])

    def fail(self, method: str, status: int = 200, times: int = 1, **body: Any) -> None:
        """Make the next ``times`` calls to ``method`` fail (429 adds Retry-After: 0)."""
        headers = {"Retry-After": "0"} if status == 429 else {}
        payload = body or {"ok": False, "error": "ratelimited"}
        with self._lock:
            self._failures[method] += [Failure(status, payload, headers)] * times

    def authorize_code(self, team_id: str, team_name: str = "", scope: str = "") -> str:
        """A one-time code, as Slack's consent page gives the browser for an install to a team
        once a person has granted ``scope`` (comma-separated, as the consent URL asks)."""
        with self._lock:
            self._issued += 1
            code = f"code-{team_id}-{self._issued}"
            self._codes[code] = (team_id, team_name or team_id, scope)
            return code

    def expire(self, token: str) -> None:
        """Make Slack refuse ``token`` from now on, as when a rotating token's 12 hours are up."""
        with self._lock:
            self._expired.add(token)

    def team_of(self, token: str) -> str | None:
        with self._lock:
            team = self._teams.get(token)
            return team[0] if team else None

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self._acks.clear()
            self.users.clear()
            self.channels.clear()
            self.history.clear()

    # -- Socket Mode -----------------------------------------------------------------------

    def wait_connected(self, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while not self._sockets:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError("the app never opened the Socket Mode WebSocket")
                self._lock.wait(left)

    def send_envelope(self, envelope: dict[str, Any]) -> float:
        """Send one envelope to the connected app; return when it was sent."""
        self.wait_connected()
        with self._lock:
            socket = self._sockets[-1]
        sent = time.monotonic()
        socket.send(json.dumps(envelope))
        return sent

    def wait_connections(self, count: int, timeout: float = 30.0) -> None:
        """Wait until ``count`` Socket Mode connections are open (one per serving process)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._sockets) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self._sockets)} of {count} connections opened")
                self._lock.wait(left)

    def send_envelope_on(self, index: int, envelope: dict[str, Any]) -> None:
        """Send one envelope on the ``index``-th open connection: Slack spreads an app's events
        over its connections (up to 10), and a retry may take another one."""
        with self._lock:
            socket = self._sockets[index]
        socket.send(json.dumps(envelope))

    def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> tuple[dict[str, Any], float]:
        """Wait for the app's ack of an envelope; return it and when it arrived."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while envelope_id not in self._acks:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"envelope {envelope_id} was never acknowledged")
                self._lock.wait(left)
            ack = self._acks[envelope_id]
            return ack["message"], ack["at"]

    def disconnect_all(self) -> None:
        """Close every Socket Mode connection from Slack's side, as Slack does on refresh."""
        with self._lock:
            sockets = list(self._sockets)
        for socket in sockets:
            socket.close()

    def _ws_session(self, connection: ServerConnection) -> None:
        with self._lock:
            self._sockets.append(connection)
            self._lock.notify_all()
        connection.send(json.dumps({"type": "hello", "num_connections": 1}))
        try:
            for raw in connection:
                message = json.loads(raw)
                with self._lock:
                    self._acks[message.get("envelope_id", "")] = {
                        "message": message,
                        "at": time.monotonic(),
                    }
                    self._lock.notify_all()
        except Exception:  # the app closed the socket
            pass
        finally:
            with self._lock:
                self._sockets.remove(connection)

    # -- HTTP ------------------------------------------------------------------------------

    def _answer(
        self, endpoint: str, body: dict[str, Any], headers: dict[str, str]
    ) -> tuple[int, dict[str, Any], dict]:
        method = endpoint
        token = body.get("token") or headers.get("Authorization", "").removeprefix("Bearer ")
        with self._lock:
            if self._failures[method]:
                failure = self._failures[method].pop(0)
                return failure.status, failure.body, failure.headers
            self._ts += 1
            ts = f"1700000000.{self._ts:06d}"
            if token in self._expired:
                return 200, {"ok": False, "error": "token_expired"}, {}
            team_id, team_name, _ = self._teams.get(token, ("T0001", "Newsroom", ""))
        if endpoint.startswith("response/"):
            return 200, {"ok": True}, {}
        if method == "oauth.v2.access":
            return 200, self._grant(body), {}
        if method == "auth.test":
            return (
                200,
                {
                    "ok": True,
                    "url": f"https://{team_name.lower()}.slack.com/",
                    "team": team_name,
                    "user": "citebot",
                    "team_id": team_id,
                    "user_id": BOT_USER_ID,
                    "bot_id": "BBOT",
                },
                {},
            )
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": f"ws://127.0.0.1:{self.ws_port}/link/?ticket=t"}, {}
        if method in {"chat.postMessage", "chat.postEphemeral"}:
            if method == "chat.postMessage":
                self._remember(body, ts)
            return 200, {"ok": True, "channel": body.get("channel"), "ts": ts}, {}
        if method in {"users.info", "conversations.info", "conversations.history"}:
            return 200, self._lookup(method, body), {}
        return 200, {"ok": True}, {}

    # -- users, channels and history (for /digest and digest recovery) ---------------------

    def _remember(self, body: dict[str, Any], ts: str) -> None:
        """Keep a posted message, metadata included, for conversations.history."""
        metadata = body.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        message = {"type": "message", "ts": ts, "text": body.get("text", "")}
        if metadata:
            message["metadata"] = metadata
        with self._lock:
            self.history[str(body.get("channel"))].insert(0, message)  # newest first

    def _lookup(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if method == "users.info":
                user = self.users.get(str(body.get("user")))
                return {"ok": True, "user": user} if user else _error("user_not_found")
            channel_id = str(body.get("channel"))
            channel = self.channels.get(channel_id, {"is_member": True})
            if channel is None:
                return _error("channel_not_found")
            if method == "conversations.info":
                return {"ok": True, "channel": {"id": channel_id, "is_private": False, **channel}}
            if not channel.get("is_member"):
                return _error("not_in_channel")
            with_metadata = str(body.get("include_all_metadata")).lower() in {"1", "true"}
            messages = [
                m if with_metadata else {k: v for k, v in m.items() if k != "metadata"}
                for m in self.history[channel_id]
            ]
        return {"ok": True, "messages": messages, "has_more": False}

    def _grant(self, body: dict[str, Any]) -> dict[str, Any]:
        """oauth.v2.access: a code, or a refresh token, exchanged for a new rotating token."""
        with self._lock:
            if body.get("grant_type") == "refresh_token":
                team = self._teams.get(str(body.get("refresh_token")))
                if team is None:
                    return {"ok": False, "error": "invalid_refresh_token"}
            else:
                team = self._codes.pop(str(body.get("code")), None)  # a code works once
                if team is None:
                    return {"ok": False, "error": "invalid_code"}
            self._issued += 1
            access, refresh = (
                f"xoxe.xoxb-{team[0]}-{self._issued}",
                f"xoxe-1-{team[0]}-{self._issued}",
            )
            self._teams[access] = self._teams[refresh] = team
        return {
            "ok": True,
            "app_id": APP_ID,
            "authed_user": {"id": "UINSTALLER"},
            "scope": team[2],
            "token_type": "bot",
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": TOKEN_LIFETIME,
            "bot_user_id": BOT_USER_ID,
            "team": {"id": team[0], "name": team[1]},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _record(self, endpoint: str, body: dict[str, Any], headers: dict[str, str]) -> None:
        call = Call(endpoint, body, headers, time.monotonic())
        with self._lock:
            self.calls[endpoint].append(call)
            if endpoint.startswith("response/"):
                self.calls["response"].append(call)
            self._lock.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = dict(parse_qsl(raw))
                self._reply(body)

            def do_GET(self) -> None:  # users.info, conversations.info and .history use GET
                self._reply(dict(parse_qsl(self.path.partition("?")[2])))

            def _reply(self, body: dict[str, Any]) -> None:
                endpoint = self.path.split("?")[0].strip("/").removeprefix("api/")
                fake._record(endpoint, body, dict(self.headers))
                status, answer, headers = fake._answer(endpoint, body, dict(self.headers))
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def close(self) -> None:
        self._ws.shutdown()
        self._http.shutdown()
        self._http.server_close()


def _error(code: str) -> dict[str, Any]:
    return {"ok": False, "error": code}
