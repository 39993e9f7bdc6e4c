"""The app manifest declares what the listeners handle, and the Procfile runs `citebot serve`."""

from __future__ import annotations

import re
from pathlib import Path

from bot.adapters.slack.listeners import digest
from bot.adapters.slack.listeners.commands import COMMANDS

ROOT = Path(__file__).resolve().parents[2]


def manifest() -> str:
    return (ROOT / "config" / "slack-manifest.yml").read_text(encoding="utf-8")


def listed(key: str) -> set[str]:
    """Items of a YAML list under ``key:`` (comments dropped), without a YAML parser."""
    text = manifest()
    block = re.search(rf"^(\s*){key}:\n((?:\1\s+-.*\n|\s*#.*\n)+)", text, re.MULTILINE)
    assert block, key
    return {re.sub(r"\s*#.*", "", line).strip(" -") for line in block.group(2).splitlines()} - {""}


def test_manifest_declares_every_command_the_app_handles() -> None:
    declared = set(re.findall(r"^\s*- command: (\S+)", manifest(), re.MULTILINE))
    assert declared == {*COMMANDS, digest.COMMAND}


def test_manifest_has_the_scopes_digests_use() -> None:
    # users.info (the asker's zone), conversations.info (membership), conversations.history
    # (recovering a digest posted before a crash), in public and private channels.
    wanted = {"users:read", "channels:read", "groups:read", "channels:history", "groups:history"}
    assert wanted <= listed("bot")


def test_manifest_subscribes_to_the_events_and_scopes_the_listeners_need() -> None:
    assert listed("bot_events") == {"app_home_opened", "app_mention", "message.im"}
    assert {"app_mentions:read", "chat:write", "commands", "im:history"} <= listed("bot")


def test_manifest_enables_interactivity_socket_mode_and_the_home_tab() -> None:
    text = manifest()
    assert re.search(r"interactivity:\n\s+is_enabled: true", text)
    assert "socket_mode_enabled: true" in text and "home_tab_enabled: true" in text


def test_procfile_runs_both_modes() -> None:
    lines = (ROOT / "Procfile").read_text(encoding="utf-8").splitlines()
    assert "web: citebot serve --mode http" in lines
    assert "worker: citebot serve --mode socket" in lines
