"""Settings: one table, layered sources, one clear error naming a bad setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import SETTINGS, SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings({}, env_file=None, config_file=tmp_path / "none.toml")
    assert settings["DATABASE_URL"] == "sqlite:///data/citebot.db"
    assert settings["CITEBOT_MATCH_THRESHOLD"] == 60
    assert settings["CITEBOT_PUBLIC_REPLIES"] is False
    assert not settings.slack_socket_mode


def test_environment_beats_dotenv_beats_config(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("CITEBOT_MATCH_THRESHOLD = 70\nPORT = 4000\nCITEBOT_LOG_LEVEL = 'debug'\n")
    env_file = tmp_path / ".env"
    env_file.write_text("CITEBOT_MATCH_THRESHOLD=75\nPORT=5000\n")
    settings = load_settings({"PORT": "6000"}, env_file=env_file, config_file=config)
    assert settings["PORT"] == 6000
    assert settings["CITEBOT_MATCH_THRESHOLD"] == 75
    assert settings["CITEBOT_LOG_LEVEL"] == "DEBUG"


def test_tokens_from_dotenv_enable_socket_mode(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SLACK_BOT_TOKEN=xoxb-1\nSLACK_APP_TOKEN=xapp-1\n")
    settings = load_settings({}, env_file=env_file, config_file=tmp_path / "none.toml")
    assert settings.slack_socket_mode


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CITEBOT_MATCH_THRESHOLD", "high"),
        ("CITEBOT_MATCH_THRESHOLD", "150"),
        ("PORT", "0"),
        ("DATABASE_URL", "mysql://x"),
        ("CITEBOT_PUBLIC_REPLIES", "maybe"),
        ("SLACK_API_URL", "ftp://x"),
    ],
)
def test_malformed_setting_names_it(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value}, env_file=None, config_file=tmp_path / "none.toml")


def test_secret_in_config_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('SLACK_BOT_TOKEN = "xoxb-leak"\n')
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN"):
        load_settings({}, env_file=None, config_file=config)


def test_unknown_and_broken_config(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("NOPE = 1\n")
    with pytest.raises(SettingsError, match="NOPE"):
        load_settings({}, env_file=None, config_file=config)
    config.write_text("this is = = not toml")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings({}, env_file=None, config_file=config)


def test_cli_exits_nonzero_with_one_line_naming_the_setting(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="",
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "CITEBOT_MATCH_THRESHOLD": "lots"},
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode != 0
    assert "CITEBOT_MATCH_THRESHOLD" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_env_example_lists_every_setting() -> None:
    example = (ROOT / ".env.example").read_text()
    for setting in SETTINGS:
        assert f"\n{setting.name}=" in example, setting.name


def test_bundled_config_is_valid() -> None:
    load_settings({}, env_file=None, config_file=ROOT / "config" / "citebot.toml")
