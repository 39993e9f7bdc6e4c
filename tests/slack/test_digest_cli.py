"""`citebot digest ...`: each subcommand's help and JSON, and `run-due` as cron would run it:
two real processes at once against one SQLite file and one PostgreSQL schema, posting to the
fake Slack, with the channel declared in a digests file — one post either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli import cli
from bot.digests.schedule import next_due
from bot.digests.values import Subscription
from bot.service import Citebot
from bot.store import open_store
from tests.slack.conftest import FIXTURES
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_cli import citebot, free_port

DECLARED = """
[[digest]]
channel = "CDESK"
time = "09:00"
timezone = "Europe/London"
"""


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.mark.parametrize("name", ["run-due", "preview", "list", "subscribe", "off"])
def test_each_digest_subcommand_has_help(name: str) -> None:
    group = cli.commands["digest"]
    command = group.commands[name]  # type: ignore[attr-defined]
    assert command.help
    result = run("digest", name, "--help")
    assert result.exit_code == 0 and " ".join(command.help.split()[:3]) in result.output


def test_subscribe_list_preview_and_off_from_the_cli(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    bot = Citebot(open_store(db))
    bot.load_sample()
    bot.store.close()
    made = run(
        "--db", db, "digest", "subscribe", "--channel", "C1", "--time", "7am",
        "--timezone", "Asia/Tokyo", "--topics", "methane, critical minerals",
    )  # fmt: skip
    assert made.exit_code == 0 and "C1: daily 07:00 Asia/Tokyo." in made.output
    listed = json.loads(run("--db", db, "digest", "list", "--json").output)
    assert [(row["channel"], row["time"], row["topics"], row["source"]) for row in listed] == [
        ("C1", "07:00", ["methane", "critical minerals"], "cli")
    ]
    assert listed[0]["next"].endswith("+00:00")
    at = "2026-03-29T00:00:00+00:00"
    preview = json.loads(run("--db", db, "digest", "preview", "--channel", "C1", "--at", at,
                             "--json").output)  # fmt: skip
    assert preview["key"] == "-/C1/2026-03-30" and preview["items"] == []  # 07:00 JST passed
    assert preview["quote_of_the_day"]["citation"]["title"]
    text = run("--db", db, "digest", "preview", "--channel", "C1").output
    assert "Quote of the day" in text and "Topics: methane, critical minerals" in text
    assert "digests off" in run("--db", db, "digest", "off", "--channel", "C1").output
    assert "off)" in run("--db", db, "digest", "list").output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["preview", "--channel", "CNONE"], "CNONE has no digest subscription"),
        (["subscribe", "--channel", "C1", "--time", "25:00"], "'25:00' is not a time of day"),
        (["subscribe", "--channel", "C1", "--time", "9am", "--timezone", "Moon/Base"],
         "'Moon/Base' is not an IANA time zone"),
        (["run-due"], "posting digests needs SLACK_BOT_TOKEN"),
        (["run-due", "--at", "tomorrow"], "'tomorrow' is not an ISO 8601 time"),
    ],
)  # fmt: skip
def test_bad_cli_input_is_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("--db", f"sqlite:///{tmp_path / 'c.db'}", "digest", *args)
    assert result.exit_code != 0 and message in result.output


def test_a_bad_declared_entry_stops_with_a_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "digests.toml"
    path.write_text('[[digest]]\nchannel = "CDESK"\ntime = "9"\n', encoding="utf-8")
    result = run(
        "--db", f"sqlite:///{tmp_path / 'c.db'}", "digest", "list",
        env={"CITEBOT_DIGESTS_FILE": str(path)},
    )  # fmt: skip
    assert result.exit_code == 1
    assert f"Error: {path}: digest #1 (CDESK): '9' is not a time of day" in result.output


# -- run-due in real processes --------------------------------------------------------------


def prepare(db: str, tmp_path: Path) -> None:
    """A store with the sample corpus, then (after the declared subscription exists) news."""
    bot = Citebot(open_store(db), index_dir=tmp_path / "index")
    bot.load_sample()
    bot.store.close()


def run_due(db: str, fake: FakeSlack, digests: Path, at: datetime) -> list[subprocess.Popen[str]]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CITEBOT_"))},
        "DATABASE_URL": db,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": fake.api_url,
        "CITEBOT_DIGESTS_FILE": str(digests),
        "CITEBOT_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "bot", "digest", "run-due", "--json", "--at", at.isoformat()]
    return [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]


def statuses(processes: list[subprocess.Popen[str]]) -> list[str]:
    found: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        found += [outcome["status"] for outcome in json.loads(out)]
    return sorted(found)


def declared_then_news(db: str, tmp_path: Path, fake: FakeSlack) -> tuple[Path, datetime]:
    digests = tmp_path / "digests.toml"
    digests.write_text(DECLARED, encoding="utf-8")
    prepare(db, tmp_path)
    assert (
        run("--db", db, "digest", "list", env={"CITEBOT_DIGESTS_FILE": str(digests)}).exit_code == 0
    )
    bot = Citebot(open_store(db), index_dir=tmp_path / "index")
    bot.ingest([str(FIXTURES / "corpus" / "alert.txt")])
    bot.store.close()
    # The next 09:00 in London, whatever the real date: after the subscription was made.
    due = next_due(Subscription("", "CDESK", "09:00", "Europe/London"), datetime.now(UTC))[1]
    return digests, due


def check_one_post(fake: FakeSlack) -> None:
    (posted,) = fake.bodies("chat.postMessage")
    assert posted["channel"] == "CDESK" and posted["metadata"]["event_type"] == "citebot_digest"
    assert "*Jane Doe*" in json.dumps(posted["blocks"], ensure_ascii=False)


def test_two_run_due_processes_at_once_post_once(
    tmp_path: Path, fake: FakeSlack, store_url: str
) -> None:
    # store_url (tests/pg.py): one SQLite file, then one fresh PostgreSQL schema.
    digests, due = declared_then_news(store_url, tmp_path, fake)
    # The slower process finds the day claimed ("busy") or, if it starts late, already done.
    found = statuses(run_due(store_url, fake, digests, due + timedelta(seconds=30)))
    assert found.count("posted") == 1 and set(found) <= {"posted", "busy"}
    check_one_post(fake)
    assert statuses(run_due(store_url, fake, digests, due + timedelta(minutes=1))) == []
    assert fake.count("chat.postMessage") == 1


def test_serve_posts_a_due_digest_from_its_schedule_thread(tmp_path: Path, fake: FakeSlack) -> None:
    """`citebot serve` runs the schedule: a digest due an hour ago (within the grace window)
    is posted on its first tick, once, while the server answers Slack."""
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    prepare(db, tmp_path)
    now = datetime.now(UTC)
    store = open_store(db)
    hour_ago = (now - timedelta(hours=1)).strftime("%H:%M")
    since = (now - timedelta(hours=2)).isoformat()
    store.put_subscription(Subscription("", "CSERVE", hour_ago, "UTC", since=since))
    store.close()
    env = {
        "DATABASE_URL": db,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": fake.api_url,
        "CITEBOT_DIGESTS_FILE": str(tmp_path / "none.toml"),
    }
    with citebot(["serve", "--mode", "http", "--port", str(free_port())], env) as process:
        try:
            (call,) = fake.wait_for("chat.postMessage", timeout=60)
        except AssertionError:
            process.terminate()
            raise AssertionError(process.communicate(timeout=10)[0]) from None
        time.sleep(1)
    assert call.body["channel"] == "CSERVE" and fake.count("chat.postMessage") == 1
    with open_store(db) as store:
        (record,) = store.digest_records("", "CSERVE")
    assert record.state == "posted" and record.message_ts.startswith("1700000000.")
