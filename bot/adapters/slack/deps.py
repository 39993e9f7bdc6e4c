"""What the listeners share: the core's router and the reply settings."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands import Router
from bot.service import Citebot


@dataclass(frozen=True)
class Deps:
    """Handed to every listener group's ``register``."""

    router: Router
    public_replies: bool = False

    @property
    def bot(self) -> Citebot:
        return self.router.bot

    @property
    def response_type(self) -> str:
        return "in_channel" if self.public_replies else "ephemeral"
