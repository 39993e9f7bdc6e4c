"""What the listeners share: the core's router, the reply settings, and whose documents a
request may see."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field

from slack_bolt import BoltContext

from bot.adapters.slack.events import PayloadError
from bot.commands import Router
from bot.digests.runner import DigestOptions
from bot.service import Citebot

# Searches are CPU-bound and hold the GIL: more of them at once than there are cores only
# starves the request threads that must ack within 3 s (measured: p99 ack 220 ms with eight
# concurrent searches on 1M snippets, 65 ms with two). Posting to Slack waits outside a slot.
SEARCH_SLOTS = max(2, min(4, os.cpu_count() or 2))


@dataclass(frozen=True)
class Deps:
    """Handed to every listener group's ``register``."""

    router: Router
    public_replies: bool = False
    # Multi-workspace mode: each Slack workspace sees only its own documents, kept under its
    # team id. Single-workspace token mode keeps everything under "".
    multi_workspace: bool = False
    digest_options: DigestOptions = field(default_factory=DigestOptions)
    core_slots: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(SEARCH_SLOTS),
        compare=False,
        repr=False,
    )

    @property
    def bot(self) -> Citebot:
        return self.router.bot

    @property
    def response_type(self) -> str:
        return "in_channel" if self.public_replies else "ephemeral"

    def workspace(self, context: BoltContext) -> str:
        """The workspace a request is answered from: the team Bolt authorized it for (the org
        for an org-wide install) in multi-workspace mode, else the one store's ""."""
        if not self.multi_workspace:
            return ""
        team = context.team_id or context.enterprise_id
        if not team:
            raise PayloadError("the request names no workspace to answer from")
        return str(team)
