"""Multi-workspace installs: Bolt's OAuth flow, with installations and OAuth state kept in the
store's own database, and each workspace's bot token rotated before it expires.

With ``SLACK_CLIENT_ID`` and ``SLACK_CLIENT_SECRET`` set, the HTTP app serves
``/slack/install`` (a redirect to Slack's consent page, with a one-time state) and
``/slack/oauth_redirect`` (Slack sends the person back with a code; ``oauth.v2.access`` turns
it into the workspace's token). Installations and states go in slack_sdk's own tables
(``slack_installations``, ``slack_bots``, ``slack_oauth_states``), created when missing, through
SQLAlchemy engines on the same ``sqlite:///`` file or ``postgresql://`` database (and
``?schema=``) as the store. Every request is then authorized with its team's installation;
an expiring token is refreshed with ``oauth.v2.access`` (grant ``refresh_token``) and saved.
All Web API calls, the OAuth ones included, go to ``SLACK_API_URL`` when it is set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
import sqlalchemy
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from slack_sdk.oauth.token_rotation import TokenRotator

from bot.adapters.slack.client import web_client
from bot.settings import Settings
from bot.store import StoreError
from bot.store.postgres import parse_url, redact

log = logging.getLogger(__name__)

# The bot scopes asked for at install: the manifest's (config/slack-manifest.yml; a test keeps
# the two lists equal).
BOT_SCOPES = (
    "app_mentions:read",
    "chat:write",
    "chat:write.public",
    "commands",
    "im:history",
    "users:read",
    "channels:read",
    "groups:read",
    "channels:history",
    "groups:history",
)
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# Slack's rotating tokens live 12 hours; refresh one when it has less than 2 left.
TOKEN_ROTATION_MINUTES = 120
STATE_EXPIRATION_SECONDS = 600
SLACK_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize"
# Advisory lock key ("Cbinstal" in ASCII) held while creating the tables, so processes
# starting together do not race to create them.
_TABLES_LOCK = 0x4362696E7374616C


class NotInstalled(LookupError):
    """Citebot has no installation (or no bot token) in a workspace."""


def engine_for(db_url: str) -> sqlalchemy.Engine:
    """A SQLAlchemy engine on the database a store URL names (psycopg 3 for PostgreSQL).

    A PostgreSQL URL connects exactly as the store does (libpq parameters, timeouts, and
    ``?schema=`` as the search path, so slack_sdk's tables land in that schema).
    """
    if db_url.startswith("sqlite:///"):
        path = db_url.removeprefix("sqlite:///")
        if path in {"", ":memory:"}:
            raise StoreError(f"{db_url}: installations need a database file, not memory")
        return sqlalchemy.create_engine(
            sqlalchemy.URL.create("sqlite", database=path), connect_args={"timeout": 30}
        )
    if db_url.startswith(("postgresql://", "postgres://")):
        conninfo, _schema = parse_url(db_url)
        return sqlalchemy.create_engine(
            "postgresql+psycopg://",
            creator=lambda: psycopg.connect(conninfo),
            pool_size=2,
            max_overflow=6,
            pool_pre_ping=True,  # a server restart costs a reconnect, not a failed install
        )
    raise StoreError(f"{redact(db_url)}: expected sqlite:///path.db or postgresql://...")


@dataclass(frozen=True)
class Installs:
    """Where installations and OAuth states are kept; ``close()`` releases the connections."""

    engine: sqlalchemy.Engine
    installation_store: SQLAlchemyInstallationStore
    state_store: SQLAlchemyOAuthStateStore

    def close(self) -> None:
        self.engine.dispose()


def open_installs(db_url: str, client_id: str) -> Installs:
    """Open the installation and state stores on the store's database, creating their tables."""
    engine = engine_for(db_url)
    installations = SQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=log)
    states = SQLAlchemyOAuthStateStore(
        expiration_seconds=STATE_EXPIRATION_SECONDS, engine=engine, logger=log
    )
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(
                    sqlalchemy.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _TABLES_LOCK}
                )
            installations.metadata.create_all(conn)
            states.metadata.create_all(conn)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreError(
            f"{redact(db_url)}: cannot keep Slack installations there ({reason})"
        ) from None
    return Installs(engine, installations, states)


def authorize_url(settings: Settings) -> str:
    """Slack's consent page, on the host of ``SLACK_API_URL`` when set (GovSlack, a test)."""
    api = settings["SLACK_API_URL"]
    if not api:
        return SLACK_AUTHORIZE_URL
    parts = urlsplit(api)
    return urlunsplit((parts.scheme, parts.netloc, "/oauth/v2/authorize", "", ""))


def oauth_options(settings: Settings, installs: Installs, client: WebClient) -> dict[str, object]:
    """The ``App`` arguments for multi-workspace mode: the OAuth flow and an authorizer that
    rotates tokens through ``client`` (so ``SLACK_API_URL`` applies to the refresh too)."""
    client_id: str = settings["SLACK_CLIENT_ID"]
    client_secret: str = settings["SLACK_CLIENT_SECRET"]
    oauth = OAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(BOT_SCOPES),
        user_scopes=[],
        redirect_uri=settings["SLACK_REDIRECT_URI"] or None,
        install_path=INSTALL_PATH,
        # Straight to Slack's consent page: an "Add to Slack" link points here.
        install_page_rendering_enabled=False,
        redirect_uri_path=REDIRECT_PATH,
        authorization_url=authorize_url(settings),
        installation_store=installs.installation_store,
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        state_store=installs.state_store,
        state_expiration_seconds=STATE_EXPIRATION_SECONDS,
        logger=log,
    )
    authorize = InstallationStoreAuthorize(
        logger=log,
        installation_store=installs.installation_store,
        client_id=client_id,
        client_secret=client_secret,
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        # auth.test once per token, not once per request (a rotated token is a new key).
        cache_enabled=True,
        client=client,
    )
    return {"oauth_settings": oauth, "authorize": authorize}


def workspace_clients(settings: Settings, installs: Installs) -> Callable[[str], WebClient]:
    """A Web client per workspace, with its installation's bot token, refreshed first when it
    has less than TOKEN_ROTATION_MINUTES left: how work no request started (a digest) reaches
    a workspace. Raises NotInstalled for a workspace without one."""
    store = installs.installation_store
    rotator = TokenRotator(
        client_id=settings["SLACK_CLIENT_ID"],
        client_secret=settings["SLACK_CLIENT_SECRET"],
        client=web_client(settings),
    )

    def client_for(workspace: str) -> WebClient:
        installation = store.find_installation(enterprise_id=None, team_id=workspace)
        if installation is None or not installation.bot_token:
            raise NotInstalled(f"Citebot is not installed in workspace {workspace or '(none)'}")
        refreshed = rotator.perform_token_rotation(
            installation=installation, minutes_before_expiration=TOKEN_ROTATION_MINUTES
        )
        if refreshed is not None:
            store.save(refreshed)
            installation = refreshed
        client = web_client(settings)
        client.token = installation.bot_token
        return client

    return client_for
