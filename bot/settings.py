"""Every setting in one table: its name, default and help; read and validated once at start-up.

Values come from, highest first: the process environment, a ``.env`` file (python-dotenv),
``config/citebot.toml``, then the default here. Secrets are only ever read from the
environment (which ``.env`` feeds); a secret found in ``config/`` is an error.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dotenv import dotenv_values


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


def _parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected true or false")


def _parse_int(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        value = int(raw.strip())
        if not low <= value <= high:
            raise ValueError(f"expected an integer from {low} to {high}")
        return value

    return parse


def _parse_float(low: float, high: float) -> Callable[[str], float]:
    def parse(raw: str) -> float:
        value = float(raw.strip())
        if not low <= value <= high:
            raise ValueError(f"expected a number from {low:g} to {high:g}")
        return value

    return parse


def _parse_db_url(raw: str) -> str:
    value = raw.strip()
    if not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise ValueError("expected sqlite:///path.db or postgresql://...")
    return value


def _parse_log_level(raw: str) -> str:
    value = raw.strip().upper()
    if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ValueError("expected DEBUG, INFO, WARNING, ERROR or CRITICAL")
    return value


def _parse_text(raw: str) -> str:
    return raw.strip()


def _parse_url(raw: str) -> str:
    value = raw.strip()
    if value and not value.startswith(("http://", "https://")):
        raise ValueError("expected an http:// or https:// URL")
    return value


def _parse_choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"expected {' or '.join(choices)}")
        return value

    return parse


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    parse: Callable[[str], Any] = _parse_text
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        "sqlite:///data/citebot.db",
        "Store to use: sqlite:///path.db (embedded default) or postgresql://...",
        _parse_db_url,
    ),
    Setting(
        "CITEBOT_MATCH_THRESHOLD",
        "60",
        "Score (0-100) a best match needs to be answered as confident.",
        _parse_float(0, 100),
    ),
    Setting(
        "CITEBOT_MAX_QUERY_CHARS",
        "500",
        "Longer queries are truncated to this many characters (and the user is told).",
        _parse_int(10, 100_000),
    ),
    Setting(
        "CITEBOT_MAX_FILE_BYTES",
        "20000000",
        "Documents larger than this many bytes are refused at extraction.",
        _parse_int(1, 2_000_000_000),
    ),
    Setting(
        "CITEBOT_PUBLIC_REPLIES",
        "false",
        "Post slash-command answers publicly in the channel instead of ephemerally.",
        _parse_bool,
    ),
    Setting(
        "CITEBOT_DIGEST_MAX_ITEMS",
        "5",
        'Daily digests: at most this many new items, then "and N more".',
        _parse_int(1, 20),
    ),
    Setting(
        "CITEBOT_DIGEST_WHEN_EMPTY",
        "quote",
        "Daily digests on a day with nothing new: quote (the quote of the day alone) or skip.",
        _parse_choice("quote", "skip"),
    ),
    Setting(
        "CITEBOT_DIGEST_GRACE_HOURS",
        "6",
        "Daily digests missed while the bot was down are posted this many hours late at most,"
        " else recorded as skipped.",
        _parse_float(0, 23),
    ),
    Setting(
        "CITEBOT_DIGESTS_FILE",
        "config/digests.toml",
        "Digest subscriptions declared as code, applied at start (a missing file declares none).",
    ),
    Setting("CITEBOT_LOG_LEVEL", "INFO", "Logging level.", _parse_log_level),
    Setting(
        "CITEBOT_AUTO_MIGRATE",
        "true",
        "Apply pending schema migrations when a command opens the store; false: refuse to"
        " start until `citebot migrate` has run.",
        _parse_bool,
    ),
    Setting("SLACK_BOT_TOKEN", "", "Bot token (xoxb-...). Secret: environment only.", secret=True),
    Setting(
        "SLACK_APP_TOKEN",
        "",
        "App-level token (xapp-...) for Socket Mode. Secret: environment only.",
        secret=True,
    ),
    Setting(
        "SLACK_SIGNING_SECRET",
        "",
        "Signing secret for HTTP mode request verification. Secret: environment only.",
        secret=True,
    ),
    Setting(
        "SLACK_CLIENT_ID",
        "",
        "Client ID for multi-workspace installs (OAuth, HTTP mode), with SLACK_CLIENT_SECRET."
        " Secret: environment only.",
        secret=True,
    ),
    Setting(
        "SLACK_CLIENT_SECRET",
        "",
        "Client secret for multi-workspace installs (OAuth). Secret: environment only.",
        secret=True,
    ),
    Setting(
        "SLACK_REDIRECT_URI",
        "",
        "OAuth redirect URL (https://HOST/slack/oauth_redirect); needed only when the app lists"
        " more than one.",
        _parse_url,
    ),
    Setting(
        "SLACK_API_URL",
        "",
        "Override of the Slack Web API base URL, e.g. https://slack-gov.com/api/ (GovSlack).",
        _parse_url,
    ),
    Setting("PORT", "3000", "HTTP port for `citebot serve` in HTTP mode.", _parse_int(1, 65535)),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings(Mapping[str, Any]):
    """Validated setting values, read-only, looked up by name."""

    def __init__(self, values: dict[str, Any]):
        self._values = values

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    @property
    def slack_socket_mode(self) -> bool:
        return bool(self["SLACK_BOT_TOKEN"] and self["SLACK_APP_TOKEN"])

    @property
    def slack_oauth(self) -> bool:
        """Multi-workspace installs: each workspace's token comes from the OAuth flow."""
        return bool(self["SLACK_CLIENT_ID"] and self["SLACK_CLIENT_SECRET"])


def _read_config(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from exc
    values: dict[str, str] = {}
    for key, value in data.items():
        name = key.upper()
        if name not in _BY_NAME:
            raise SettingsError(f"{path}: unknown setting {key!r}")
        if _BY_NAME[name].secret:
            raise SettingsError(f"{name}: secrets belong in the environment, not in {path}")
        values[name] = str(value).lower() if isinstance(value, bool) else str(value)
    return values


def load_settings(
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = Path(".env"),
    config_file: Path | None = None,
) -> Settings:
    """Read every setting from its sources and validate it, or raise SettingsError naming it."""
    environ = os.environ if environ is None else environ
    if config_file is None:
        config_file = Path(environ.get("CITEBOT_CONFIG", "config/citebot.toml"))
    layered: dict[str, str] = _read_config(config_file)
    if env_file is not None and env_file.exists():
        layered.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    layered.update(environ)
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = layered.get(setting.name, setting.default)
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise SettingsError(f"{setting.name}={raw!r}: {exc}") from None
    return Settings(values)
