"""The command line: a thin click layer that opens the core, calls it and prints.

``core.py`` holds the group and the shared context; each feature's subcommands live in
their own module and register on the group when imported here.
"""

from bot.cli import core, digest, extract, migrate, run, search, serve, transfer  # noqa: F401  (importing registers the subcommands)
from bot.cli.core import cli


def main() -> None:
    cli(prog_name="citebot")


__all__ = ["cli", "main"]
