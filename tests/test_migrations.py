"""Schema versions on both backends: status, explicit and automatic migration, refusals.

A newer schema is simulated the way it really arrives: a migration appended to the backend's
``MIGRATIONS`` (this code is then "newer" than the database), or a name recorded in the
database that this code does not list (the database is then "newer" than this code).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.store import StoreError, open_store
from bot.store import postgres as postgres_store
from bot.store import sqlite as sqlite_store
from bot.store.postgres import parse_url
from tests.test_store_contract import make_extraction

EXTRA = ("900_test_extra", "CREATE TABLE test_extra (x INTEGER NOT NULL)")


def backend(url: str) -> ModuleType:
    return sqlite_store if url.startswith("sqlite") else postgres_store


def known(url: str) -> tuple[str, ...]:
    return tuple(name for name, _ in backend(url).MIGRATIONS)


@contextmanager
def raw(url: str) -> Iterator[Any]:
    """A plain DB-API connection to the store's database, in autocommit, outside the store."""
    if url.startswith("sqlite"):
        conn: Any = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    else:
        conn = psycopg.connect(parse_url(url)[0], autocommit=True)
    try:
        yield conn
    finally:
        conn.close()


def recorded(url: str) -> list[str]:
    with raw(url) as conn:
        return sorted(row[0] for row in conn.execute("SELECT name FROM migrations").fetchall())


def has_table(url: str, table: str) -> bool:
    with raw(url) as conn:
        if url.startswith("sqlite"):
            query = f"SELECT 1 FROM sqlite_master WHERE name = '{table}'"
        else:
            query = f"SELECT to_regclass('{table}')"
        row = conn.execute(query).fetchone()
        return row is not None and row[0] is not None


def add_migrations(monkeypatch: pytest.MonkeyPatch, url: str, *extra: tuple[str, str]) -> None:
    """Make this code one release newer than the database: more migrations to apply."""
    module = backend(url)
    monkeypatch.setattr(module, "MIGRATIONS", (*module.MIGRATIONS, *extra))


def record_future_migration(url: str, name: str = "999_from_a_newer_citebot") -> None:
    """Make the database one release newer than this code."""
    with raw(url) as conn:
        conn.execute(f"INSERT INTO migrations (name, applied_at) VALUES ('{name}', '2030-01-01')")


# --- The store's methods ----------------------------------------------------------------------


def test_a_new_store_is_migrated_on_open(store_url: str) -> None:
    with open_store(store_url) as store:
        status = store.migration_status()
        assert status.applied == known(store_url) and status.current
        assert (status.pending, status.unknown) == ((), ())
        assert store.migrate() == ()  # nothing left to do
        store.put_document(make_extraction(), "h1")
    assert recorded(store_url) == sorted(known(store_url))


def test_require_refuses_a_store_with_pending_migrations(store_url: str) -> None:
    with pytest.raises(StoreError, match=r"schema migration\(s\) pending .*run `citebot migrate`"):
        open_store(store_url, migrate="require")
    with open_store(store_url, migrate="inspect") as store:
        assert store.migration_status().pending == known(store_url)
        assert store.migrate() == known(store_url)
    with open_store(store_url, migrate="require") as store:
        assert store.migration_status().current


def test_pending_migration_is_reported_then_applied_on_open(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()
    add_migrations(monkeypatch, store_url, EXTRA)
    with open_store(store_url, migrate="inspect") as store:
        status = store.migration_status()
        assert status.pending == ("900_test_extra",) and not status.current
        assert status.applied == known(store_url)[:-1]
    with pytest.raises(StoreError, match=r"1 schema migration\(s\) pending \(900_test_extra\)"):
        open_store(store_url, migrate="require")
    assert not has_table(store_url, "test_extra")
    with open_store(store_url) as store:  # auto
        assert store.migration_status().current
    assert has_table(store_url, "test_extra")
    assert "900_test_extra" in recorded(store_url)


def test_a_store_from_a_newer_citebot_is_refused_with_one_line(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()
    record_future_migration(store_url)
    add_migrations(monkeypatch, store_url, EXTRA)  # pending too: it must not be applied
    for mode in ("auto", "require"):
        with pytest.raises(StoreError) as refused:
            open_store(store_url, migrate=mode)
        message = str(refused.value)
        assert "\n" not in message
        assert "migrated by a newer Citebot (999_from_a_newer_citebot unknown" in message
        assert message.endswith("upgrade Citebot to use it")
    with open_store(store_url, migrate="inspect") as store:
        status = store.migration_status()
        assert status.unknown == ("999_from_a_newer_citebot",)
        assert status.pending == ("900_test_extra",)
        with pytest.raises(StoreError, match="upgrade Citebot"):
            store.migrate()
    assert not has_table(store_url, "test_extra")


def test_a_failing_migration_applies_nothing(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()
    add_migrations(monkeypatch, store_url, EXTRA, ("901_broken", "CREATE TABLE test_extra (y)"))
    with pytest.raises(StoreError, match=r"migration 901_broken failed \(.*test_extra"):
        open_store(store_url)
    assert not has_table(store_url, "test_extra")  # the good one before it was rolled back
    assert recorded(store_url) == sorted(known(store_url)[:-2])
    with open_store(store_url, migrate="inspect") as store:  # still usable, still pending
        assert store.migration_status().pending == ("900_test_extra", "901_broken")


def test_unknown_mode_is_an_error(store_url: str) -> None:
    with pytest.raises(ValueError, match="migrate mode must be one of auto, require, inspect"):
        open_store(store_url, migrate="sometimes")


_OPENER = """
import os, sys, time
from bot.store import open_store
url, gate = sys.argv[1], sys.argv[2]
print("ready", flush=True)
while not os.path.exists(gate):
    time.sleep(0.001)
with open_store(url) as store:
    print(",".join(store.migration_status().applied), flush=True)
"""


def test_processes_starting_together_migrate_once(store_url: str, tmp_path: Path) -> None:
    gate = tmp_path / "go"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _OPENER, store_url, str(gate)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        gate.touch()
        for process in processes:
            out, err = process.communicate(timeout=30)
            assert process.returncode == 0, err
            assert out.strip() == ",".join(known(store_url))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    assert recorded(store_url) == sorted(known(store_url))


# --- `citebot migrate` and CITEBOT_AUTO_MIGRATE -----------------------------------------------


def run_cli(*args: str, **env: str) -> Any:
    return CliRunner().invoke(cli, list(args), env=env)


def test_migrate_command_reports_checks_and_applies(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(store_url).close()
    add_migrations(monkeypatch, store_url, EXTRA)

    status = run_cli("--db", store_url, "migrate", "--status")
    assert status.exit_code == 0, status.output
    assert "  pending  900_test_extra" in status.output
    assert f"  applied  {known(store_url)[0]}" in status.output
    assert "1 pending: run `citebot migrate`." in status.output

    check = run_cli("--db", store_url, "migrate", "--check", "--json")
    assert check.exit_code == 1
    report = json.loads(check.output)
    assert report["pending"] == ["900_test_extra"] and report["current"] is False
    assert not has_table(store_url, "test_extra")  # reporting changes nothing

    applied = run_cli("--db", store_url, "migrate")
    assert applied.exit_code == 0, applied.output
    assert "applied 900_test_extra." in applied.output
    assert has_table(store_url, "test_extra")

    again = run_cli("--db", store_url, "migrate")
    assert f"up to date ({len(known(store_url))} migrations)" in again.output
    assert run_cli("--db", store_url, "migrate", "--check").exit_code == 0


def test_migrate_command_refuses_a_newer_store(store_url: str) -> None:
    open_store(store_url).close()
    record_future_migration(store_url)
    status = run_cli("--db", store_url, "migrate", "--status")
    assert status.exit_code == 0
    assert "  unknown  999_from_a_newer_citebot  (from a newer Citebot)" in status.output
    assert "upgrade Citebot" in status.output
    assert run_cli("--db", store_url, "migrate", "--check").exit_code == 1
    applied = run_cli("--db", store_url, "migrate")
    assert applied.exit_code == 1
    assert applied.output.startswith("Error: ") and applied.output.count("\n") == 1
    assert "upgrade Citebot to use it" in applied.output


def test_auto_migrate_off_stops_commands_until_migrate_has_run(store_url: str) -> None:
    off = {"CITEBOT_AUTO_MIGRATE": "false"}
    refused = run_cli("--db", store_url, "sources", **off)
    assert refused.exit_code == 1
    assert "pending" in refused.output and "run `citebot migrate` first" in refused.output
    assert run_cli("--db", store_url, "migrate", **off).exit_code == 0
    assert run_cli("--db", store_url, "sources", **off).exit_code == 0


def test_serve_with_auto_migrate_off_refuses_to_start_on_a_pending_store(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))}
    env.update(CITEBOT_AUTO_MIGRATE="false", SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s")
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    command = [sys.executable, "-m", "bot", "--db", url, "serve", "--mode", "http", "--port", "1"]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.startswith("Error: ") and run.stderr.count("\n") == 1
    assert "pending" in run.stderr and "run `citebot migrate` first" in run.stderr


def test_auto_migrate_is_a_validated_setting(tmp_path: Path) -> None:
    result = run_cli(
        "--db", f"sqlite:///{tmp_path / 'x.db'}", "sources", CITEBOT_AUTO_MIGRATE="maybe"
    )
    assert result.exit_code == 1 and "CITEBOT_AUTO_MIGRATE" in result.output


def test_opening_a_file_another_process_holds_waits_for_it(tmp_path: Path) -> None:
    # A new file held in an exclusive transaction (as while another process turns it to WAL
    # and migrates it): opening it waits, then works, instead of failing "database is locked".
    import threading

    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE other (x)")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with open_store(f"sqlite:///{path}") as store:
            assert store.migration_status().pending == ()
    finally:
        release.join()
        holder.close()
