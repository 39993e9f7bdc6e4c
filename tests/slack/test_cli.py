"""`citebot serve` and `citebot run` as a user starts them: real processes, real ports."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.slack.conftest import form_body, payload, post
from tests.slack.fake_slack import FakeSlack


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def citebot(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env={**clean, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"SLACK_BOT_TOKEN": "xoxb-x"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_APP_TOKEN": "xapp-x"}, "SLACK_BOT_TOKEN"),
    ],
)
def test_serve_without_credentials_names_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 1
    assert missing in result.output and "README" in result.output


def test_serve_http_mode_answers_a_signed_command(tmp_path: Path) -> None:
    fake = FakeSlack()
    port = free_port()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": fake.api_url,
        "PORT": str(port),
    }
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    try:
        with citebot(["--db", db, "serve", "--load-sample", "--host", "127.0.0.1"], env) as app:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 20
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=1):
                        break
                except OSError:
                    if app.poll() is not None or time.monotonic() > deadline:
                        raise AssertionError(app.stdout.read() if app.stdout else "") from None
                    time.sleep(0.1)
            body = form_body(payload("slash_command", response_url=fake.response_url("cli")))
            status, _, _ = post(base + "/slack/events", body, "application/x-www-form-urlencoded")
            assert status == 200
            answer = fake.wait_for("response/cli", timeout=10)[0].body
            assert "*Roman Vassilenko*" in json.dumps(answer)
    finally:
        fake.close()


def test_run_with_tokens_connects_over_socket_mode_via_slack_api_url(tmp_path: Path) -> None:
    fake = FakeSlack()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-test",
        "SLACK_API_URL": fake.api_url,
    }
    try:
        with citebot(["--db", f"sqlite:///{tmp_path / 'run.db'}", "run"], env):
            fake.wait_connected(timeout=20)
            assert fake.count("apps.connections.open") == 1
            body = payload("slash_command", response_url=fake.response_url("run"))
            envelope_id = str(uuid.uuid4())
            fake.send_envelope(
                {
                    "envelope_id": envelope_id,
                    "type": "slash_commands",
                    "payload": body,
                    "accepts_response_payload": True,
                }
            )
            fake.wait_ack(envelope_id, timeout=3)
            answer = fake.wait_for("response/run", timeout=10)[0].body
            assert "*Roman Vassilenko*" in json.dumps(answer)
    finally:
        fake.disconnect_all()
        fake.close()
