"""The console adapter: type what you would type in Slack, read what the bot would answer."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.commands import Router
from bot.render_text import render_reply

PROMPT = "citebot> "
BANNER = (
    "Citebot console — type /quote WORDS, /fact WORDS, @citebot QUESTION or help; Ctrl-D quits."
)


def run_console(router: Router, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Answer one command per line until end of input; return the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        print(BANNER, file=stdout)
    try:
        while True:
            if interactive:
                stdout.write(PROMPT)
                stdout.flush()
            line = stdin.readline()
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
