"""Digests over Slack, end to end: ``/digest`` through the real Bolt app over HTTP, and due
digests posted by the runner with the real Web client to the fake Slack.

The runner's clock is whatever instant a test passes to ``run_due``; the subscriptions are
made through the slash command at the real time, so each test runs the digest due next.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.client import web_client
from bot.adapters.slack.digest_blocks import EVENT_TYPE
from bot.adapters.slack.digests import DigestSchedule, SlackPoster
from bot.digests.runner import DigestOptions, DigestRunner
from bot.digests.values import Subscription
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
from tests.slack.conftest import FIXTURES, form_body, payload, post, slack_settings
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_http_mode import all_text, serving

FORM = "application/x-www-form-urlencoded"
TEAM = ""  # token mode: the single-workspace store (multi-workspace mode: the team id)
CHANNEL = "C2147483705"  # ... and channel_id
USER = "U2147483697"  # ... and user_id

FORUM = """Rail link talks resume

“We must finish the middle corridor rail link before the harvest,” said Laura Lochman, the \
deputy assistant secretary.

“Critical minerals are the new oil of this century,” Roman Vassilenko said at the forum.

Freight on the middle corridor grew 62 percent in 2024, the ministry said.
"""


@pytest.fixture
def fake(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[Citebot]:
    core = Citebot(SQLiteStore(tmp_path / "citebot.db"), index_dir=tmp_path / "index")
    core.load_sample()
    yield core
    core.store.close()


@pytest.fixture
def events_url(bot: Citebot, fake_slack: FakeSlack) -> Iterator[str]:
    with serving(bot, fake_slack) as url:
        yield url


def digest_command(url: str, fake: FakeSlack, text: str, name: str) -> dict[str, Any]:
    """Send ``/digest TEXT`` as Slack would; return the ephemeral answer."""
    data = payload(
        "slash_command", command="/digest", text=text, response_url=fake.response_url(name)
    )
    status, body, took = post(url, form_body(data), FORM)
    assert status == 200 and body == "" and took < 1.0  # acknowledged at once, nothing shown
    answer = fake.wait_for(f"response/{name}")[0].body
    assert answer["response_type"] == "ephemeral"
    return answer


def runner(bot: Citebot, fake: FakeSlack, **options: Any) -> DigestRunner:
    client = web_client(slack_settings(fake))
    return DigestRunner(bot, SlackPoster(lambda workspace: client), DigestOptions(**options))


def subscription(bot: Citebot) -> Subscription:
    found = bot.store.subscription(TEAM, CHANNEL)
    assert found is not None
    return found


def next_due(bot: Citebot, fake: FakeSlack) -> datetime:
    return runner(bot, fake).next_day(subscription(bot), datetime.now(UTC))[1]


def ingest(bot: Citebot, path: Path) -> None:
    summary = bot.ingest([str(path)])
    assert all(o.status == "added" for o in summary.outcomes), summary


# -- subscribing ---------------------------------------------------------------------------


def test_subscribe_in_the_askers_zone_then_the_due_digest_is_posted_with_citations(
    events_url: str, fake: FakeSlack, bot: Citebot, tmp_path: Path
) -> None:
    fake.users[USER] = {"id": USER, "tz": "Europe/London"}
    answer = digest_command(events_url, fake, "daily 09:00", "sub")
    text = all_text(answer)
    assert "Daily digest at 09:00 Europe/London" in text and "Next post:" in text
    sub = subscription(bot)
    assert (sub.time, sub.timezone, sub.source, sub.enabled) == (
        "09:00",
        "Europe/London",
        "slack",
        True,
    )
    assert fake.count("users.info") == 1 and fake.count("conversations.info") == 1

    forum = tmp_path / "forum.txt"
    forum.write_text(FORUM, encoding="utf-8")
    ingest(bot, forum)
    due = next_due(bot, fake)
    local = due.astimezone(sub_zone(sub))
    assert (local.hour, local.minute) == (9, 0)
    outcomes = runner(bot, fake).run_due(due + timedelta(seconds=5))
    assert [o.status for o in outcomes] == ["posted"]
    (posted,) = fake.bodies("chat.postMessage")
    assert posted["channel"] == CHANNEL
    assert posted["metadata"]["event_type"] == EVENT_TYPE
    assert posted["metadata"]["event_payload"]["key"] == f"{TEAM or '-'}/{CHANNEL}/{local.date()}"
    shown = json.dumps(posted["blocks"], ensure_ascii=False)
    assert posted["blocks"][0]["type"] == "header"
    assert f"{local:%B %Y}" in posted["blocks"][0]["text"]["text"]
    assert "*New since the last digest*" in shown and "*Quote of the day*" in shown
    assert "&gt; We must finish the middle corridor rail link" in shown
    assert "*Laura Lochman*, deputy assistant secretary" in shown
    assert "*Rail link talks resume* · ¶2" in shown  # the citation, as in a reply card
    assert "Kazakhstan" not in shown.split("Quote of the day")[0]  # the sample is not new
    assert "new items" in posted["text"]
    assert outcomes[0].message_ts == fake.wait_for("chat.postMessage")[0].body.get("ts", "") or (
        outcomes[0].message_ts.startswith("1700000000.")
    )
    assert bot.store.digest_records(TEAM, CHANNEL)[0].state == "posted"


def sub_zone(sub: Subscription) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(sub.timezone)


def test_without_a_zone_from_slack_the_digest_is_in_utc(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    answer = digest_command(events_url, fake, "daily 7am", "utc")  # users.info: user_not_found
    assert "Daily digest at 07:00 UTC" in all_text(answer)
    answer = digest_command(events_url, fake, "daily 18:30 America/New_York", "ny")
    assert "Daily digest at 18:30 America/New_York" in all_text(answer)
    assert fake.count("users.info") == 1  # a zone given is a zone used


def test_topics_speakers_show_and_off(events_url: str, fake: FakeSlack, bot: Citebot) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    answer = digest_command(events_url, fake, "topics middle corridor,  critical minerals", "t")
    assert "Topics: middle corridor, critical minerals" in all_text(answer)
    answer = digest_command(events_url, fake, "speakers Lochman, Vassilenko", "s")
    assert "Speakers: Lochman, Vassilenko" in all_text(answer)
    sub = subscription(bot)
    assert sub.topics == ("middle corridor", "critical minerals")
    assert sub.speakers == ("Lochman", "Vassilenko")
    shown = all_text(digest_command(events_url, fake, "", "show"))
    assert "Daily digest at 09:00 UTC" in shown and "Next post:" in shown
    assert "Topics: any" in all_text(digest_command(events_url, fake, "topics", "clear"))
    assert "Digests are off" in all_text(digest_command(events_url, fake, "off", "off"))
    assert not subscription(bot).enabled
    assert "No digest was on" in all_text(digest_command(events_url, fake, "off", "off2"))
    assert runner(bot, fake).run_due(datetime.now(UTC) + timedelta(days=1)) == []
    assert "Digests are off (were at 09:00 UTC)" in all_text(
        digest_command(events_url, fake, "", "show2")
    )


def test_preview_is_shown_only_to_the_asker_and_nothing_is_recorded(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    assert "No digest in this channel yet" in all_text(
        digest_command(events_url, fake, "preview", "p0")
    )
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    answer = digest_command(events_url, fake, "preview", "p1")
    text = all_text(answer)
    assert "Preview, only you can see it" in text and "Daily digest · " in text
    assert "Quote of the day" in text and "Nothing new since the last digest" in text
    assert fake.count("chat.postMessage") == 0
    assert bot.store.digest_records(TEAM, CHANNEL) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weekly 09:00", "I don't know `/digest weekly`"),
        ("daily", "`daily` takes a time"),
        ("daily 25:00", "'25:00' is not a time of day"),
        ("daily 09:00 Mars/Olympus", "'Mars/Olympus' is not an IANA time zone"),
        ("daily 09:00 Europe/London extra", "`daily` takes a time"),
        ("preview now", "`preview` takes nothing after it"),
        ("topics " + ",".join(f"t{n}" for n in range(11)), "at most 10 items"),
    ],
)
def test_bad_input_gets_a_clear_line_and_the_usage(
    events_url: str, fake: FakeSlack, bot: Citebot, text: str, expected: str
) -> None:
    answer = all_text(digest_command(events_url, fake, text, "bad"))
    assert expected in answer and "/digest daily 09:00 Europe/London" in answer
    assert bot.store.subscriptions() == []


def test_topics_before_a_schedule_says_how_to_start(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    answer = all_text(digest_command(events_url, fake, "topics methane", "t"))
    assert "no digest yet" in answer and "/digest daily 09:00" in answer


@pytest.mark.parametrize(
    "channel", [{"is_member": False, "is_private": True}, None], ids=["not-a-member", "unseen"]
)
def test_a_channel_the_bot_cannot_post_to_says_how_to_invite_it(
    events_url: str, fake: FakeSlack, bot: Citebot, channel: dict[str, Any] | None
) -> None:
    fake.channels[CHANNEL] = channel
    answer = all_text(digest_command(events_url, fake, "daily 09:00", "inv"))
    assert "/invite @Citebot" in answer
    assert bot.store.subscriptions() == []


def test_digests_are_for_channels_not_direct_messages(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    fake.channels[CHANNEL] = {"is_im": True, "is_member": True}
    assert "Digests go to channels" in all_text(digest_command(events_url, fake, "daily 9am", "im"))


# -- posting -------------------------------------------------------------------------------


def test_run_due_twice_and_two_runners_post_once(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 Europe/London", "d")
    due = next_due(bot, fake)
    assert [o.status for o in runner(bot, fake).run_due(due)] == ["posted"]
    assert runner(bot, fake).run_due(due + timedelta(seconds=30)) == []
    assert runner(bot, fake).run_due(due + timedelta(hours=2)) == []
    assert fake.count("chat.postMessage") == 1


def test_slack_markup_in_a_document_is_escaped_in_the_digest(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    ingest(bot, FIXTURES / "corpus" / "alert.txt")
    runner(bot, fake).run_due(next_due(bot, fake))
    (posted,) = fake.bodies("chat.postMessage")
    everything = json.dumps({"text": posted["text"], "blocks": posted["blocks"]})
    assert "&lt;!channel&gt;" in everything and "&lt;!here&gt;" in everything
    for raw in ("<!channel>", "<!here>", "<https://evil.example"):
        assert raw not in everything
    assert "&amp; take the" in everything


def test_a_crash_between_posting_and_recording_is_found_in_the_history(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    due = next_due(bot, fake)
    dead = runner(bot, fake)
    claim = bot.store.claim_digest(
        TEAM, CHANNEL, due.date().isoformat(), dead.holder, due, due + dead.options.lease
    )
    assert claim is not None
    assert dead.poster is not None
    dead.poster.post(dead.composer.compose(subscription(bot), due.date()))  # ... and it died
    later = runner(bot, fake)
    assert later.run_due(due + timedelta(minutes=5)) == []  # its lease still runs
    outcome = later.run_due(due + dead.options.lease + timedelta(seconds=1))
    assert [o.status for o in outcome] == ["recovered"]
    assert fake.count("chat.postMessage") == 1 and fake.count("conversations.history") == 1
    history = fake.wait_for("conversations.history")[0].body
    assert history["include_all_metadata"] in {"1", "true", "True"}
    assert bot.store.digest_records(TEAM, CHANNEL)[0].state == "posted"


def test_a_crash_before_posting_is_posted_once_after_checking_the_history(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    due = next_due(bot, fake)
    assert bot.store.claim_digest(TEAM, CHANNEL, due.date().isoformat(), "dead", due, due)
    assert [o.status for o in runner(bot, fake).run_due(due + timedelta(seconds=1))] == ["posted"]
    assert fake.count("conversations.history") == 1 and fake.count("chat.postMessage") == 1


def test_an_unreadable_history_posts_nothing_until_it_can_be_read(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    due = next_due(bot, fake)
    bot.store.claim_digest(TEAM, CHANNEL, due.date().isoformat(), "dead", due, due)
    fake.fail("conversations.history", error="missing_scope", ok=False)
    first = runner(bot, fake, retry_after=timedelta(minutes=5)).run_due(due + timedelta(seconds=1))
    assert [o.status for o in first] == ["failed"] and "missing_scope" in first[0].detail
    assert fake.count("chat.postMessage") == 0
    again = runner(bot, fake).run_due(due + timedelta(minutes=6))
    assert [o.status for o in again] == ["posted"] and fake.count("chat.postMessage") == 1


def test_a_rate_limited_post_is_retried_and_posted_once(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    fake.fail("chat.postMessage", status=429)
    outcomes = runner(bot, fake).run_due(next_due(bot, fake))
    assert [o.status for o in outcomes] == ["posted"]
    assert fake.count("chat.postMessage") == 2  # the 429, then the post


def test_posts_to_one_channel_are_a_second_apart_and_other_channels_do_not_wait(
    fake: FakeSlack, bot: Citebot
) -> None:
    client = web_client(slack_settings(fake))
    poster = SlackPoster(lambda workspace: client)
    composer = DigestRunner(bot).composer
    first = Subscription(TEAM, "C1", "09:00", "UTC")
    day = datetime(2026, 3, 29, tzinfo=UTC).date()
    started = time.monotonic()
    for channel in ("C1", "C2", "C1"):
        sub = Subscription(TEAM, channel, first.time, first.timezone)
        poster.post(composer.compose(sub, day))
    calls = fake.wait_for("chat.postMessage", 3)
    assert calls[1].at - started < 0.5  # C2 did not wait for C1
    assert calls[2].at - calls[0].at >= 0.95  # the second post to C1 did


def test_the_schedule_thread_posts_what_is_due_once_however_often_it_ticks(
    events_url: str, fake: FakeSlack, bot: Citebot
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    due = next_due(bot, fake)
    client = web_client(slack_settings(fake))
    clocked = DigestRunner(bot, SlackPoster(lambda workspace: client), clock=lambda: due)
    schedule = DigestSchedule(clocked, tick=0.05).start()
    try:
        fake.wait_for("chat.postMessage")
        time.sleep(0.3)  # several more ticks at the same moment
    finally:
        schedule.stop()
    assert fake.count("chat.postMessage") == 1


def test_topics_and_speakers_set_in_slack_shape_the_posted_digest(
    events_url: str, fake: FakeSlack, bot: Citebot, tmp_path: Path
) -> None:
    digest_command(events_url, fake, "daily 09:00 UTC", "d")
    digest_command(events_url, fake, "topics middle corridor", "t")
    forum = tmp_path / "forum.txt"
    forum.write_text(FORUM, encoding="utf-8")
    ingest(bot, forum)
    ingest(bot, FIXTURES / "corpus" / "alert.txt")
    runner(bot, fake).run_due(next_due(bot, fake))
    (posted,) = fake.bodies("chat.postMessage")
    news = json.dumps(posted["blocks"], ensure_ascii=False).split("Quote of the day")[0]
    assert "Topics: middle corridor" in news
    assert "rail link" in news and "62 percent" in news
    assert "Critical minerals" not in news and "harbour" not in news
    digest_command(events_url, fake, "speakers Lochman", "s")
    preview = all_text(digest_command(events_url, fake, "preview", "p"))
    assert "Speakers: Lochman" in preview and "Nothing new since the last digest" in preview
