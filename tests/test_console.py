"""The console adapter, driven as a person or a script would drive it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from bot.adapters.console import run_console
from bot.commands import Router


def console(router: Router, text: str) -> str:
    out = io.StringIO()
    assert run_console(router, io.StringIO(text), out) == 0
    return out.getvalue()


def test_quote_multivector_is_vassilenko_with_citation(router: Router) -> None:
    out = console(router, "/quote multivector\n")
    assert "— Roman Vassilenko" in out
    assert "shaping our multivector" in out
    assert "The Astana Times" in out and "¶6" in out


def test_fact_middle_corridor_capacity(router: Router) -> None:
    out = console(router, "/fact middle corridor capacity\n")
    assert "six million tons" in out
    assert "¶50" in out


def test_mention_and_plain_question_are_answered(router: Router) -> None:
    out = console(router, "@citebot two-way street\nlucky to have a leadership\n")
    assert "two-way street" in out
    assert "lucky to have a leadership" in out


def test_help_and_unknown_command(router: Router) -> None:
    out = console(router, "help\n/frobnicate now\n")
    assert "/quote WORDS" in out
    assert "Unknown command /frobnicate" in out
    assert "Traceback" not in out


def test_empty_query_gets_usage(router: Router) -> None:
    out = console(router, "/quote\n/fact   \n")
    assert out.count("Usage:") == 2


def test_unanswerable_query_says_no_confident_match(router: Router) -> None:
    out = console(router, "/quote zebra xylophone quantum\n")
    assert "No confident match" in out


def test_huge_query_is_truncated_and_says_so(router: Router) -> None:
    out = console(router, "/quote " + "methane " * 3000 + "\n")
    assert "only the first 500 were used" in out


def test_blank_lines_are_ignored_and_eof_exits(router: Router) -> None:
    assert console(router, "\n\n") == ""


def test_piped_stdin_through_the_real_cli(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "bot", "--db", db, "run"],
        input="/quote two-way street\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "starting the console adapter" in run.stderr
    assert "Loaded the sample corpus" in run.stderr
    assert "two-way street" in run.stdout and "Roman Vassilenko" in run.stdout
    again = subprocess.run(
        [sys.executable, "-m", "bot", "--db", db, "run"],
        input="",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert again.returncode == 0
    assert "Loaded the sample corpus" not in again.stderr  # already in: skipped


def test_terminal_session_shows_prompt_and_quits_on_ctrl_d(tmp_path: Path) -> None:
    import os
    import pty
    import signal
    import time

    db = f"sqlite:///{tmp_path / 't.db'}"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real CLI on a terminal
        os.chdir(tmp_path)
        os.execv(sys.executable, [sys.executable, "-m", "bot", "--db", db, "console"])
    output = b""

    def read_until(marker: bytes, after: int = 0, timeout: float = 30) -> int:
        """Read until ``marker`` appears at or after ``after``; return where it ends."""
        nonlocal output
        deadline = time.monotonic() + timeout
        while output.find(marker, after) < 0 and time.monotonic() < deadline:
            try:
                output += os.read(fd, 4096)
            except OSError:
                break
        found = output.find(marker, after)
        return found + len(marker) if found >= 0 else -1

    def wait_for_exit(timeout: float = 15) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return None

    try:
        first_prompt = read_until(b"citebot> ")
        assert first_prompt > 0, output
        os.write(fd, b"help\n")
        answered = read_until(b"/quote WORDS   the best", after=first_prompt)
        # Ctrl-D only once the next prompt is up, so the terminal is reading a fresh line.
        assert read_until(b"citebot> ", after=answered, timeout=15) > 0, output
        os.write(fd, b"\x04")
        status = wait_for_exit()
    finally:
        os.close(fd)
    text = output.decode("utf-8", "replace")
    assert status is not None, f"the console did not exit on Ctrl-D: {text!r}"
    assert "Ctrl-D quits" in text
    assert "Traceback" not in text
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
