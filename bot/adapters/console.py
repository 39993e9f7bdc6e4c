"""The console adapter: type what you would type in Slack, read what the bot would answer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from bot.commands import Router
from bot.render_text import render_reply

PROMPT = "citebot> "
BANNER = (
    "Citebot console — type /quote WORDS, /fact WORDS, @citebot QUESTION or help; Ctrl-D quits."
)


def _terminal_reader() -> Callable[[], str]:
    """Read a line with line editing and history (up-arrow), as a shell would."""
    import readline  # noqa: F401  (importing it gives input() editing and history)

    def read() -> str:
        try:
            return input(PROMPT) + "\n"
        except EOFError:
            return ""

    return read


def run_console(router: Router, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Answer one command per line until end of input; return the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    read = stdin.readline
    if interactive:
        print(BANNER, file=stdout)
        if stdin is sys.stdin and stdout is sys.stdout:
            read = _terminal_reader()
    try:
        while True:
            if interactive and read is stdin.readline:
                stdout.write(PROMPT)
                stdout.flush()
            line = read()
            if not line:
                break
            if not line.strip():
                continue
            print(render_reply(router.handle(line)), file=stdout)
            if not interactive:
                print(file=stdout)
            stdout.flush()
    except KeyboardInterrupt:
        pass
    if interactive:
        print(file=stdout)
    return 0
