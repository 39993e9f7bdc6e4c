"""The Slack adapter, in bolt-python's layout.

``app.py`` wires a Bolt app; ``listeners/`` holds the listener groups (commands, events,
actions), each with ``register(app, deps)``; ``events.py`` turns Slack payloads into the bot's
own values; ``blocks.py`` renders Block Kit; ``delivery.py`` sends and reports failures;
``client.py`` builds clients with retries; ``servers.py`` runs Socket Mode or HTTP;
``installs.py`` is multi-workspace mode (OAuth installs, kept in the store's database).
"""

from bot.adapters.slack.app import create_app
from bot.adapters.slack.servers import run_http, run_socket_mode

__all__ = ["create_app", "run_http", "run_socket_mode"]
