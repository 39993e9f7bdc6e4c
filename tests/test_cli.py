"""Every CLI subcommand has help, and `python -m bot` is the same CLI as `citebot`."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli import cli


def test_help_lists_every_subcommand() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_each_subcommand_has_its_own_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help, f"{name} has no help"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert " ".join(command.help.split()[:4]) in " ".join(result.output.split())


def test_python_m_bot_is_the_cli() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0
    assert "console" in run.stdout


def test_settings_json_hides_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret")
    result = CliRunner().invoke(cli, ["settings", "--json"])
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert rows["SLACK_BOT_TOKEN"]["value"] == "(set)"
    assert "xoxb-secret" not in result.output
