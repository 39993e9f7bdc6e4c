"""The listener groups; each module's ``register(app, deps)`` adds its listeners."""

from __future__ import annotations

from slack_bolt import App

from bot.adapters.slack.deps import Deps
from bot.adapters.slack.listeners import actions, commands, digest, events


def register_listeners(app: App, deps: Deps) -> None:
    commands.register(app, deps)
    events.register(app, deps)
    actions.register(app, deps)
    digest.register(app, deps)
