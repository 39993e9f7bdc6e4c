"""Schema versions: which named migrations a database has, and whether this code may open it.

Each backend lists its migrations, in order, in its ``MIGRATIONS`` tuple and records each one
in a ``migrations`` table as it applies it. Comparing the two gives three lists: applied,
pending (this code knows them, the database lacks them) and unknown (the database has them,
this code does not: a newer Citebot wrote it). What a store does about them on opening is the
``mode`` it is opened with:

- ``auto``: apply the pending ones (the default; ``CITEBOT_AUTO_MIGRATE=false`` turns it off);
- ``require``: apply nothing, refuse a database with pending migrations;
- ``inspect``: open as it is, to report (``citebot migrate --status``) or migrate on request.

A database with unknown migrations is refused in ``auto`` and ``require`` alike: code that does
not know a table's newer shape must not write to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.store.base import StoreError

if TYPE_CHECKING:
    from bot.store.base import Store

MigrateMode = Literal["auto", "require", "inspect"]
MODES: tuple[MigrateMode, ...] = ("auto", "require", "inspect")


@dataclass(frozen=True)
class MigrationStatus:
    """Where one database stands against the migrations this code knows."""

    store: str  # the store's URL as shown to people (password hidden)
    applied: tuple[str, ...]  # known here and applied, in this code's order
    pending: tuple[str, ...]  # known here, not applied yet
    unknown: tuple[str, ...]  # applied by code newer than this

    @property
    def current(self) -> bool:
        """Whether the database is exactly at this code's version."""
        return not self.pending and not self.unknown


def compare(store: str, known: Sequence[str], applied: Iterable[str]) -> MigrationStatus:
    """Compare the migrations this code knows, in order, with those a database records."""
    done = set(applied)
    return MigrationStatus(
        store=store,
        applied=tuple(name for name in known if name in done),
        pending=tuple(name for name in known if name not in done),
        unknown=tuple(sorted(done - set(known))),
    )


def to_apply(
    store: str, known: Sequence[tuple[str, str]], applied: Iterable[str]
) -> list[tuple[str, str]]:
    """Return the (name, script) of each pending migration, in order, for a migrate step.

    Raise StoreError when the database has migrations this code does not know.
    """
    status = compare(store, [name for name, _ in known], applied)
    refuse_unknown(status)
    return [(name, script) for name, script in known if name in status.pending]


def refuse_unknown(status: MigrationStatus) -> None:
    """Raise StoreError when a newer Citebot has migrated the database past this code."""
    if status.unknown:
        raise StoreError(
            f"{status.store}: the database was migrated by a newer Citebot"
            f" ({', '.join(status.unknown)} unknown to this version); upgrade Citebot to use it"
        )


def refuse_pending(status: MigrationStatus) -> None:
    """Raise StoreError when the database lacks migrations this code needs."""
    if status.pending:
        raise StoreError(
            f"{status.store}: {len(status.pending)} schema migration(s) pending"
            f" ({', '.join(status.pending)}) and CITEBOT_AUTO_MIGRATE is off;"
            " run `citebot migrate` first"
        )


def check_mode(mode: str) -> MigrateMode:
    """Return ``mode`` if it is one a store can be opened with, else raise ValueError."""
    for known in MODES:
        if mode == known:
            return known
    raise ValueError(f"migrate mode must be one of {', '.join(MODES)}, not {mode!r}")


def prepare(store: Store, mode: str) -> None:
    """Bring a store just opened to this code's schema version as ``mode`` says, or refuse."""
    mode = check_mode(mode)
    if mode == "auto":
        store.migrate()
    elif mode == "require":
        status = store.migration_status()
        refuse_unknown(status)
        refuse_pending(status)
